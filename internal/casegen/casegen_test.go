package casegen

import (
	"bytes"
	"testing"
)

func TestDeterministic(t *testing.T) {
	for i := range 20 {
		a, b := Generate(7, i), Generate(7, i)
		if !bytes.Equal(a.JSON(), b.JSON()) {
			t.Fatalf("case %d differs between runs", i)
		}
	}
	if bytes.Equal(Generate(7, 0).JSON(), Generate(8, 0).JSON()) {
		t.Fatal("different seeds give the same case")
	}
}

func TestDefectShare(t *testing.T) {
	defective := 0
	for i := range 1000 {
		c := Generate(1, i)
		if len(c.Want) > 0 {
			defective++
		}
		if n := len(c.JSON()); n < 2000 || n > 6000 {
			t.Fatalf("case %d is %d bytes, want a realistic 2–6 KB", i, n)
		}
	}
	if defective != 200 {
		t.Fatalf("%d defective cases of 1000, want 200", defective)
	}
}
