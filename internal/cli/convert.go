package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader"
)

// convertOptions are the flags of tjlint convert.
type convertOptions struct {
	To          string
	InputFormat string
	ShowText    bool
	Lang        string
}

func newConvertCmd(env Env) *cobra.Command {
	o := &convertOptions{}
	cmd := &cobra.Command{
		Use:   "convert FILE",
		Short: "Visa hur tjlint läser ett dokument: ärendemodellen med rad för varje värde",
		Long: `Läser ett dokument (JSON, YAML, text, Markdown, DOCX eller PDF) och skriver
ärendemodellen som tjlint har tagit fram ur det, med raden som varje värde kom
från, så att du kan se hur dokumentet tolkades.

--to yaml (standard): ärendet som YAML med en kommentar "# rad N" efter varje värde.
--to json: {"case": {...}, "source_map": {"/title": "3:1", ...}}.

En PDF-fil läses som en fast textåtergivning med en rad "<!-- sida N -->" före
varje sida, raderna återuppbyggda ur textens läge på sidan och spalter åtskilda
av mellanslag; positionerna avser den. En DOCX-fil har inga rader. Positionerna avser då en fast textåtergivning av
dokumentet: sidhuvuden, sidfötter och sedan brödtexten, en rad per stycke
(och per manuell radbrytning) och en rad per tabellrad med cellerna åtskilda
av " | ". I YAML-utdata skrivs återgivningen först, som kommentarer; i JSON
som "text". --show-text skriver bara återgivningen (för alla format).

Slutkoder: 0 läst, 2 fel i användning eller indata.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runConvert(env, o, args[0])
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.To, "to", "yaml", "utdataformat: yaml eller json")
	f.StringVar(&o.InputFormat, "input-format", "", "tvinga indataformat: "+strings.Join(reader.Formats(), ", "))
	f.BoolVar(&o.ShowText, "show-text", false, "skriv bara den numrerade textåtergivning som positionerna avser")
	f.StringVar(&o.Lang, "lang", "sv", "språk för felmeddelanden: sv eller en")
	return cmd
}

func runConvert(env Env, o *convertOptions, path string) error {
	if o.To != "yaml" && o.To != "json" {
		return usageError("--to: okänt format %q (yaml, json)", "--to: unknown format %q (yaml, json)", o.To)
	}
	if o.Lang != "sv" && o.Lang != "en" {
		return usageError("--lang: okänt språk %q (sv, en)", "--lang: unknown language %q (sv, en)", o.Lang)
	}
	if o.InputFormat != "" && !slices.Contains(reader.Formats(), o.InputFormat) {
		return usageError("--input-format: okänt format %q (%s)", "--input-format: unknown format %q (%s)", o.InputFormat, strings.Join(reader.Formats(), ", "))
	}
	name := path
	var src []byte
	var err error
	if path == "-" {
		name = "" // the content chooses the format
		src, err = io.ReadAll(io.LimitReader(env.Stdin, check.DefaultMaxFileBytes+1))
	} else {
		src, err = readLimited(path, check.DefaultMaxFileBytes)
	}
	if err != nil {
		return &exitError{Code: ExitError, Err: i18n.Errorf("%s: %s", "%s: %s", path, i18n.OSError(err))}
	}
	if len(src) > check.DefaultMaxFileBytes {
		return &exitError{Code: ExitError, Err: i18n.Errorf("%s: filen är större än %d MiB", "%s: the file is larger than %d MiB", path, check.DefaultMaxFileBytes>>20)}
	}
	format, ok := reader.Lookup(o.InputFormat)
	if !ok {
		if format, err = reader.Detect(name, src); err != nil {
			return usageError("%s: %v", "%s: %v", path, err)
		}
	}
	text, terr := format.Render(src)
	if o.ShowText {
		if terr != nil {
			return inputFailure(path, terr)
		}
		return writeRendering(env.Stdout, text, "")
	}
	c, err := format.Reader.Read(path, src)
	if err != nil {
		return inputFailure(path, err)
	}
	if format.Name != "docx" && format.Name != "pdf" {
		text = nil // the source itself is the rendering
	}
	if o.To == "json" {
		return WriteConvertJSON(env.Stdout, c, text)
	}
	return WriteConvertYAML(env.Stdout, path, c, text)
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

func inputFailure(path string, err error) error {
	var ie *casemodel.InputError
	var nc *casemodel.NotACaseError
	switch {
	case errors.As(err, &ie):
		pos := ie.Pos
		if pos.IsZero() {
			pos = casemodel.Pos{Line: 1, Column: 1}
		}
		return &exitError{Code: ExitError, Err: i18n.Errorf("%s:%d:%d: %s", "%s:%d:%d: %s", path, pos.Line, pos.Column, ie.Message)}
	case errors.As(err, &nc):
		return &exitError{Code: ExitError, Err: i18n.Errorf("%s:1:1: %s", "%s:1:1: %s", path, nc.Message)}
	}
	return &exitError{Code: ExitError, Err: i18n.Errorf("%s: %s", "%s: %s", path, i18n.ErrorText(err))}
}

var partLabel = map[string]string{"header": "sidhuvud", "footer": "sidfot", "body": "brödtext"}

// writeRendering prints the numbered lines, each prefixed by prefix (for
// YAML comments), with the DOCX part when it changes.
func writeRendering(w io.Writer, lines []reader.Line, prefix string) error {
	width := len(strconv.Itoa(len(lines)))
	last := ""
	var b strings.Builder
	for i, l := range lines {
		if l.Part != "" && l.Part != last {
			fmt.Fprintf(&b, "%s%*s  [%s]\n", prefix, width, "", partLabel[l.Part])
			last = l.Part
		}
		fmt.Fprintf(&b, "%s%*d  %s\n", prefix, width, i+1, strings.ReplaceAll(l.Text, "\t", "→"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteConvertJSON writes {"case": ..., "source_map": {pointer: "line:col"}}
// and, for DOCX, "text": the rendering's lines.
func WriteConvertJSON(w io.Writer, c *casemodel.Case, text []reader.Line) error {
	sm := map[string]string{}
	for p, pos := range c.Positions {
		if p == "" || pos.IsZero() {
			continue
		}
		sm[p] = fmt.Sprintf("%d:%d", pos.Line, pos.Column)
	}
	out := struct {
		Format    string            `json:"format"`
		Case      map[string]any    `json:"case"`
		SourceMap map[string]string `json:"source_map"`
		Text      []string          `json:"text,omitempty"`
	}{Format: c.Format, Case: c.Value, SourceMap: sm}
	for _, l := range text {
		out.Text = append(out.Text, l.Text)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// WriteConvertYAML writes the case as YAML with a "# rad N" comment on every
// value whose line is known; for DOCX the rendering comes first, as
// comments.
func WriteConvertYAML(w io.Writer, name string, c *casemodel.Case, text []reader.Line) error {
	var head bytes.Buffer
	fmt.Fprintf(&head, "# tjlint convert %s (%s)\n", name, c.Format)
	if text != nil {
		head.WriteString("# Textåtergivning av dokumentet; \"rad N\" nedan avser dessa rader.\n")
		head.WriteString("# (Text rendering of the document; \"rad N\" below refers to these lines.)\n")
		if err := writeRendering(&head, text, "# "); err != nil {
			return err
		}
		head.WriteString("#\n")
	}
	root := yamlNode(c, "", c.Value)
	var body bytes.Buffer
	enc := yaml.NewEncoder(&body)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	if _, err := w.Write(head.Bytes()); err != nil {
		return err
	}
	_, err := w.Write(body.Bytes())
	return err
}

// keyOrder puts the case's keys in the order a clerk reads a document.
var keyOrder = []string{"schema_version", "kind", "dnr", "date", "title", "authority", "recipient", "meeting_date",
	"referral", "motion", "decision_proposal", "sections", "signatories", "tjlint",
	"heading", "text", "name", "from", "received", "deadline", "authors", "rule", "reason", "until"}

var sectionOrder = []string{"summary", "background", "preparation", "matter", "assessment", "gender_equality",
	"child_rights", "economy", "decision_basis", "distribution", "other"}

func orderedKeys(ptr string, m map[string]any) []string {
	order := keyOrder
	switch {
	case ptr == "/sections":
		order = sectionOrder
	case strings.HasPrefix(ptr, "/signatories/"):
		order = []string{"name", "title"}
	}
	rank := func(k string) int {
		if i := slices.Index(order, k); i >= 0 {
			return i
		}
		return len(order)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		ri, rj := rank(keys[i]), rank(keys[j])
		if ri != rj {
			return ri < rj
		}
		return keys[i] < keys[j]
	})
	return keys
}

func lineComment(c *casemodel.Case, ptr string) string {
	if p, ok := c.Positions[ptr]; ok && !p.IsZero() {
		return "rad " + strconv.Itoa(p.Line)
	}
	return ""
}

func yamlNode(c *casemodel.Case, ptr string, v any) *yaml.Node {
	switch x := v.(type) {
	case map[string]any:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for _, k := range orderedKeys(ptr, x) {
			child := ptr + "/" + casemodel.EscapeToken(k)
			kn := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}
			vn := yamlNode(c, child, x[k])
			if vn.Kind != yaml.ScalarNode {
				kn.LineComment = lineComment(c, child)
			}
			n.Content = append(n.Content, kn, vn)
		}
		return n
	case []any:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for i, e := range x {
			n.Content = append(n.Content, yamlNode(c, ptr+"/"+strconv.Itoa(i), e))
		}
		return n
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, LineComment: lineComment(c, ptr)}
	switch x := v.(type) {
	case nil:
		n.Tag, n.Value = "!!null", "null"
	case bool:
		n.Tag, n.Value = "!!bool", strconv.FormatBool(x)
	case json.Number:
		n.Tag, n.Value = "!!int", x.String()
		if strings.ContainsAny(x.String(), ".eE") {
			n.Tag = "!!float"
		}
	case int:
		n.Tag, n.Value = "!!int", strconv.Itoa(x)
	case int64:
		n.Tag, n.Value = "!!int", strconv.FormatInt(x, 10)
	case float64:
		n.Tag, n.Value = "!!float", strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		n.Tag, n.Value = "!!str", x
		if strings.Contains(x, "\n") {
			n.Style = yaml.LiteralStyle
		}
	default:
		n.Tag, n.Value = "!!str", fmt.Sprint(x)
	}
	return n
}
