// Package schema validates a case against the embedded JSON Schema of the
// case model and turns every leaf validation error into a violation at the
// offending value, with a Swedish and an English message.
package schema

import (
	"github.com/tjlint/tjlint/internal/i18n"

	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/schemas"
)

// Validator holds the compiled schema. It is safe for concurrent use.
type Validator struct {
	sch *jsonschema.Schema
	en  *message.Printer
}

// Violation is one schema error.
type Violation struct {
	Keyword string // "type", "enum", "format", ...; the rule is "schema/<keyword>"
	Pointer string // the offending value (or member, when AtKey)
	AtKey   bool   // locate at the member's key rather than its value
	Message i18n.Text
}

// New compiles the embedded case schema.
func New() (*Validator, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemas.Case))
	if err != nil {
		return nil, fmt.Errorf("read case schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	const url = "case.schema.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, fmt.Errorf("add case schema: %w", err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("compile case schema: %w", err)
	}
	return &Validator{sch: sch, en: message.NewPrinter(language.English)}, nil
}

// Validate returns the schema violations of v (a decoded case), sorted by
// pointer.
func (x *Validator) Validate(v map[string]any) []Violation {
	err := x.sch.Validate(v)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []Violation{{Keyword: "internal", Message: i18n.T(err.Error(), err.Error())}}
	}
	var out []Violation
	x.leaves(ve, &out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pointer < out[j].Pointer })
	return out
}

func (x *Validator) leaves(e *jsonschema.ValidationError, out *[]Violation) {
	if len(e.Causes) > 0 {
		for _, c := range e.Causes {
			x.leaves(c, out)
		}
		return
	}
	ptr := pointer(e.InstanceLocation)
	kw := strings.Join(e.ErrorKind.KeywordPath(), "/")
	if k, ok := e.ErrorKind.(*kind.AdditionalProperties); ok {
		for _, p := range k.Properties {
			*out = append(*out, Violation{
				Keyword: "additionalProperties", Pointer: ptr + "/" + casemodel.EscapeToken(p), AtKey: true,
				Message: i18n.T(fmt.Sprintf("okänt fält %q (stavfel? tillåtna fält finns i schemat, se tjlint schema)", p), fmt.Sprintf("unknown field %q (a typo? see tjlint schema for the allowed fields)", p)),
			})
		}
		return
	}
	if _, ok := e.ErrorKind.(*kind.Reference); ok {
		return // a $ref's failure is reported by its own leaves
	}
	*out = append(*out, Violation{
		Keyword: kw, Pointer: ptr,
		Message: i18n.T(swedish(e.ErrorKind), e.ErrorKind.LocalizedString(x.en)),
	})
}

func pointer(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(casemodel.EscapeToken(t))
	}
	return b.String()
}

// swedish renders the error kinds the case schema can produce.
func swedish(k jsonschema.ErrorKind) string {
	switch k := k.(type) {
	case *kind.Type:
		want := make([]string, len(k.Want))
		for i, w := range k.Want {
			want[i] = typeName(w)
		}
		return fmt.Sprintf("fel typ: %s, ska vara %s", typeName(k.Got), strings.Join(want, " eller "))
	case *kind.Enum:
		var want []string
		for _, w := range k.Want {
			want = append(want, display(w))
		}
		return fmt.Sprintf("%s är inte tillåtet; ska vara något av %s", display(k.Got), strings.Join(want, ", "))
	case *kind.Const:
		return fmt.Sprintf("%s är inte tillåtet; ska vara %s", display(k.Got), display(k.Want))
	case *kind.Format:
		if k.Want == "date" {
			return fmt.Sprintf("%s är inte ett giltigt datum (ÅÅÅÅ-MM-DD)", display(k.Got))
		}
		return fmt.Sprintf("%s har inte formatet %s", display(k.Got), k.Want)
	case *kind.Required:
		return "obligatoriskt fält saknas: " + strings.Join(k.Missing, ", ")
	case *kind.MinLength:
		return fmt.Sprintf("för kort: %d tecken, minst %d", k.Got, k.Want)
	case *kind.MaxLength:
		return fmt.Sprintf("för lång: %d tecken, högst %d", k.Got, k.Want)
	case *kind.MinItems:
		return fmt.Sprintf("för få poster: %d, minst %d", k.Got, k.Want)
	case *kind.Pattern:
		return fmt.Sprintf("%q matchar inte mönstret %s", k.Got, k.Want)
	}
	return k.LocalizedString(message.NewPrinter(language.English))
}

func typeName(t string) string {
	switch t {
	case "string":
		return "text"
	case "array":
		return "lista"
	case "object":
		return "objekt"
	case "integer":
		return "heltal"
	case "number":
		return "tal"
	case "boolean":
		return "sant/falskt"
	case "null":
		return "null"
	}
	return t
}

func display(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case json.Number:
		return x.String()
	case nil:
		return "null"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
