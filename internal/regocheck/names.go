package regocheck

import (
	"maps"
	"slices"
)

func sortedNames(files map[string][]byte) []string { return slices.Sorted(maps.Keys(files)) }
