package regocheck

import (
	"strings"
	"testing"
)

func TestUnformatted(t *testing.T) {
	files := map[string][]byte{
		"ok.rego":  []byte("package a\n\nx := 1\n"),
		"bad.rego": []byte("package a\nx:=1\n"),
	}
	got, err := Unformatted(files)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != "bad.rego" {
		t.Errorf("got %v, want [bad.rego]", got)
	}
	if _, err := Unformatted(map[string][]byte{"broken.rego": []byte("package")}); err == nil {
		t.Error("a file that does not parse is no error")
	}
}

func TestCheckStrict(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"clean", "package a\n\nallow if input.x == 1\n", ""},
		{"unused local", "package a\n\nallow if {\n\ty := 1\n\tinput.x == 1\n}\n", "assigned var y unused"},
		{"unused import", "package a\n\nimport data.b\n\nallow if input.x == 1\n", "import data.b unused"},
		{"undefined function", "package a\n\nallow if nosuch(input.x)\n", "undefined function"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckStrict(map[string][]byte{"a.rego": []byte(tt.src)})
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}
