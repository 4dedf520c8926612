package finding

import (
	"reflect"
	"testing"
)

func TestSortOrdersAndDeduplicates(t *testing.T) {
	in := []Finding{
		{File: "b.json", Line: 1, Column: 1, Rule: "x/a"},
		{File: "a.json", Line: 10, Column: 2, Rule: "x/b"},
		{File: "a.json", Line: 2, Column: 5, Rule: "x/c"},
		{File: "a.json", Line: 2, Column: 5, Rule: "x/a"},
		{File: "a.json", Line: 2, Column: 5, Rule: "x/a"},
	}
	got := Sort(in)
	want := []Finding{
		{File: "a.json", Line: 2, Column: 5, Rule: "x/a"},
		{File: "a.json", Line: 2, Column: 5, Rule: "x/c"},
		{File: "a.json", Line: 10, Column: 2, Rule: "x/b"},
		{File: "b.json", Line: 1, Column: 1, Rule: "x/a"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v", got)
	}
}

func TestSeverity(t *testing.T) {
	for _, s := range []Severity{Info, Warning, Error} {
		b, _ := s.MarshalText()
		var back Severity
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v round-trips to %v (%v)", s, back, err)
		}
	}
	if !(Info < Warning && Warning < Error) {
		t.Error("severities are not ordered")
	}
	if Warning.Word("sv") != "varning" || Warning.Word("en") != "warning" {
		t.Error("words")
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("fatal parsed")
	}
}
