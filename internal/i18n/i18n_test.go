package i18n

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestOSError(t *testing.T) {
	_, err := os.Open(filepath.Join(t.TempDir(), "saknas.json"))
	got := OSError(err)
	if got.SV != "finns inte" || got.EN != "no such file or directory" {
		t.Errorf("missing file: %+v", got)
	}
	_, err = os.ReadFile(t.TempDir())
	if got := OSError(err); got.SV != "är en katalog" {
		t.Errorf("directory: %+v", got)
	}
	if got := OSError(errors.New("x")); got.SV != "x" || got.EN != "x" {
		t.Errorf("other: %+v", got)
	}
}

func TestText(t *testing.T) {
	name := T("ärendet", "the case")
	got := Sprintf("%s saknar %d fält", "%s lacks %d fields", name, 2)
	if got.In("sv") != "ärendet saknar 2 fält" || got.In("en") != "the case lacks 2 fields" {
		t.Errorf("%+v", got)
	}
	if T("bara svenska", "").In("en") != "bara svenska" {
		t.Error("a missing English text does not fall back to Swedish")
	}
}
