package textlang

import "testing"

func TestGuess(t *testing.T) {
	sv := "Nämnden godkänner att förvaltningen ser över behovet och att det inte är för sent med en ny plan för parken som de har."
	en := "The board approves that the office reviews the need and that it is not too late for a new plan for the park with this."
	if g := Guess(sv); g != "sv" {
		t.Errorf("sv: %q", g)
	}
	if g := Guess(en); g != "en" {
		t.Errorf("en: %q", g)
	}
	if g := Guess("Bakgrund"); g != "" {
		t.Errorf("too short: %q", g)
	}
}
