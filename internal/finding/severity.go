package finding

import "fmt"

// Severity orders findings; a higher value is more serious.
type Severity int

// The severities, in increasing order.
const (
	Info Severity = iota + 1
	Warning
	Error
)

// String is the stable English name used in JSON and configuration.
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// Swedish is the word shown to clerks.
func (s Severity) Swedish() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "varning"
	case Error:
		return "fel"
	}
	return s.String()
}

// Word returns the severity's name in lang ("sv" or "en").
func (s Severity) Word(lang string) string {
	if lang == "en" {
		return s.String()
	}
	return s.Swedish()
}

// ParseSeverity parses "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return 0, fmt.Errorf("okänd allvarlighetsgrad %q (error, warning, info)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
