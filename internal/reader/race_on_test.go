//go:build race

package reader

// raceEnabled: under the race detector sync.Pool drops items at random, so
// every regular expression match may allocate a new matcher, and the
// allocation bounds of TestHostile do not hold (CI runs that test once more
// without -race).
const raceEnabled = true
