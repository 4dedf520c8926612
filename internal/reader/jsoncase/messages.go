package jsoncase

import (
	"errors"
	"io"
	"strings"
)

// swedishSyntax translates the jsontext syntax errors users meet most often.
// jsontext's messages are not typed, so this matches on their text and falls
// back to the English original.
func swedishSyntax(err error) string {
	if err == nil {
		return "okänt fel"
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "filen tar slut mitt i ett värde"
	}
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "duplicate object member name"):
		return "namnet förekommer två gånger i samma objekt" + quoted(msg)
	case strings.Contains(msg, "invalid UTF-8"):
		return "ogiltig UTF-8 (spara filen som UTF-8)"
	case strings.Contains(msg, "after object value (expecting ',' or '}')"):
		return "kommatecken saknas mellan fälten (eller en avslutande })" + quoted(msg)
	case strings.Contains(msg, "after array element (expecting ',' or ']')"):
		return "kommatecken saknas mellan posterna i listan (eller en avslutande ])" + quoted(msg)
	case strings.Contains(msg, "after object name (expecting ':')"):
		return "kolon saknas efter namnet" + quoted(msg)
	case strings.HasPrefix(msg, "invalid character"):
		return "oväntat tecken" + quoted(msg) + " (saknas ett kommatecken, ett citattecken eller en parentes?)"
	case strings.Contains(msg, "missing character ':'"):
		return "kolon saknas efter namnet"
	case strings.Contains(msg, "missing character ','"):
		return "kommatecken saknas mellan värdena"
	case strings.Contains(msg, "unexpected EOF"):
		return "filen tar slut mitt i ett värde"
	}
	return msg
}

// quoted returns the first quoted fragment of msg, as " (x)", or "".
func quoted(msg string) string {
	i := strings.IndexAny(msg, "'\"")
	if i < 0 {
		return ""
	}
	q := msg[i]
	j := strings.IndexByte(msg[i+1:], q)
	if j < 0 {
		return ""
	}
	return " (" + msg[i:i+j+2] + ")"
}
