// Package i18n is tjlint's one type for user-facing text: every message a
// person reads exists in Swedish (the default) and English, and the
// language is chosen once, by --lang or ?lang=, where the text is shown.
// It also holds the one place that turns operating-system errors into
// words, so that no Go error text reaches a Swedish message.
package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// Text is a user-facing text in Swedish and English.
type Text struct {
	SV, EN string
}

// T returns the text sv in Swedish, en in English.
func T(sv, en string) Text { return Text{SV: sv, EN: en} }

// Sprintf formats sv and en with the same arguments. An argument that is a
// Text is formatted in the language of each format.
func Sprintf(sv, en string, args ...any) Text {
	return Text{SV: fmt.Sprintf(sv, in(args, "sv")...), EN: fmt.Sprintf(en, in(args, "en")...)}
}

func in(args []any, lang string) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if t, ok := a.(Text); ok {
			a = t.In(lang)
		}
		out[i] = a
	}
	return out
}

// In returns the text in lang ("en" for English, anything else Swedish);
// an English text that is missing falls back to the Swedish one.
func (t Text) In(lang string) string {
	if lang == "en" && t.EN != "" {
		return t.EN
	}
	return t.SV
}

// IsZero reports whether t has no text.
func (t Text) IsZero() bool { return t.SV == "" && t.EN == "" }

// ParseLang accepts "sv" and "en" ("" is Swedish).
func ParseLang(s string) (string, bool) {
	switch s {
	case "", "sv":
		return "sv", true
	case "en":
		return "en", true
	}
	return "", false
}

// OSError says in words why a file or directory could not be used: the
// reason of a *fs.PathError (not its Go text with the path), in Swedish
// for the common cases and as the system says it in English.
func OSError(err error) Text {
	if err == nil {
		return Text{}
	}
	var pe *fs.PathError
	en := err.Error()
	if errors.As(err, &pe) {
		en = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Text{SV: "finns inte", EN: en}
	case errors.Is(err, fs.ErrPermission):
		return Text{SV: "behörighet saknas", EN: en}
	case errors.Is(err, syscall.EISDIR):
		return Text{SV: "är en katalog", EN: en}
	case errors.Is(err, syscall.ENOTDIR):
		return Text{SV: "är ingen katalog", EN: en}
	case errors.Is(err, syscall.ELOOP):
		return Text{SV: "för många nivåer av symboliska länkar", EN: en}
	case errors.Is(err, syscall.ENOSPC):
		return Text{SV: "disken är full", EN: en}
	case errors.Is(err, syscall.EROFS):
		return Text{SV: "filsystemet är skrivskyddat", EN: en}
	}
	return Text{SV: en, EN: en}
}

// ErrorText is what err says to a person, in both languages: the Text of
// the first error in its chain that has one (tjlint's own errors about a
// file, a config or a command line do), else err's own text in both.
func ErrorText(err error) Text {
	var t interface{ Text() Text }
	if errors.As(err, &t) {
		return t.Text()
	}
	return T(err.Error(), err.Error())
}

// Errorf returns an error whose text is sv and en formatted with args (as
// Sprintf); ErrorText gives both, Error the Swedish one.
func Errorf(sv, en string, args ...any) error {
	return &textError{text: Sprintf(sv, en, args...)}
}

type textError struct{ text Text }

func (e *textError) Error() string { return e.text.SV }
func (e *textError) Text() Text    { return e.text }
