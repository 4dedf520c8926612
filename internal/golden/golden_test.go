package golden

import "testing"

func TestDiff(t *testing.T) {
	got := Diff("a\nb\nc\nd\ne\n", "a\nb\nX\nd\ne\nf\n")
	want := "@@ line 3 @@\n a\n b\n-c\n+X\n d\n e\n+f\n"
	if got != want {
		t.Errorf("Diff:\n%s\nwant\n%s", got, want)
	}
}
