package casemodel

import (
	"github.com/tjlint/tjlint/internal/i18n"

	"fmt"
	"unicode/utf8"
)

// InputError is a problem with a user's file that stops it from being read:
// malformed syntax, invalid UTF-8, a corrupt DOCX. It names the position when
// one is known and carries the message in Swedish and English.
type InputError struct {
	Pos     Pos
	Message i18n.Text
	Err     error // the underlying error, if any
}

func (e *InputError) Error() string {
	if e.Pos.IsZero() {
		return e.Message.In("en")
	}
	return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Message.In("en"))
}

func (e *InputError) Unwrap() error { return e.Err }

// Text is the error's message in both languages, with its position.
func (e *InputError) Text() i18n.Text {
	if e.Pos.IsZero() {
		return e.Message
	}
	return i18n.Sprintf("%d:%d: %s", "%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Message)
}

// Errorf builds an InputError at pos with a Swedish and an English message.
func Errorf(pos Pos, sv, en string, args ...any) *InputError {
	return &InputError{Pos: pos, Message: i18n.T(fmt.Sprintf(sv, args...), fmt.Sprintf(en, args...))}
}

// NotACaseError says that a document was read but is clearly not a
// tjänsteutlåtande (no known heading, no decision proposal). It becomes one
// input/not-a-case finding instead of many misleading ones.
type NotACaseError struct {
	Message i18n.Text
}

func (e *NotACaseError) Error() string { return e.Message.In("en") }

// Text is the error's message in both languages.
func (e *NotACaseError) Text() i18n.Text { return e.Message }

// CheckUTF8 returns an InputError at the first byte of src that is not valid
// UTF-8, or nil. lineOffset shifts the reported line (for a part of a file,
// such as Markdown front matter).
func CheckUTF8(src []byte, lineOffset int) error {
	if utf8.Valid(src) {
		return nil
	}
	off := 0
	for off < len(src) {
		r, size := utf8.DecodeRune(src[off:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		off += size
	}
	pos := NewLineIndex(src).Pos(off)
	pos.Line += lineOffset
	return Errorf(pos, "ogiltig UTF-8 (spara filen som UTF-8)", "invalid UTF-8 (save the file as UTF-8)")
}
