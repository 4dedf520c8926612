package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// Fingerprint identifies a finding across runs without its position: a hash
// of the rule, the file, the JSON pointer and the normalised message. A
// finding keeps its fingerprint when lines are inserted above it or the file
// is reformatted, and when the run's language changes (the English message is
// used when there is one).
func Fingerprint(f Finding) string {
	msg := f.Message.In("en")
	h := sha256.New()
	for _, s := range []string{f.Rule, f.File, f.Pointer, NormalizeMessage(msg)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// NormalizeMessage lower-cases a message, collapses white space and replaces
// each run of digits with "#", so that counts and positions quoted in a
// message do not change a fingerprint.
func NormalizeMessage(s string) string {
	var b strings.Builder
	space, digit := false, false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space, digit = true, false
		case unicode.IsDigit(r):
			if !digit {
				b.WriteByte('#')
			}
			space, digit = false, true
		default:
			b.WriteRune(unicode.ToLower(r))
			space, digit = false, false
		}
	}
	return b.String()
}
