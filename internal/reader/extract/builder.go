package extract

import (
	"encoding/json"
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
)

type posT = casemodel.Pos

type builder struct {
	blocks []Block
	opts   Options
	c      *casemodel.Case
	val    map[string]any
	lines  []line

	dnrFromReferral bool
}

func newBuilder(blocks []Block, opts Options) *builder {
	format := opts.Format
	if format == "" {
		format = "text"
	}
	c := casemodel.New(format)
	// Copy: splitLines rewrites table rows.
	bs := make([]Block, len(blocks))
	copy(bs, blocks)
	return &builder{blocks: bs, opts: opts, c: c, val: c.Value}
}

// set stores v at the JSON pointer ptr (objects created on the way) and
// records its position.
func (x *builder) set(ptr string, v any, p posT) {
	toks := strings.Split(ptr[1:], "/")
	m := x.val
	for i, t := range toks[:len(toks)-1] {
		next, ok := m[t].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[t] = next
			parent := "/" + strings.Join(toks[:i+1], "/")
			if _, ok := x.c.Positions[parent]; !ok && !p.IsZero() {
				x.c.Positions[parent] = p
			}
		}
		m = next
	}
	m[toks[len(toks)-1]] = v
	if !p.IsZero() {
		x.c.Positions[ptr] = p
	}
}

func (x *builder) has(ptr string) bool {
	toks := strings.Split(ptr[1:], "/")
	var cur any = x.val
	for _, t := range toks {
		m, ok := cur.(map[string]any)
		if !ok {
			return false
		}
		cur, ok = m[t]
		if !ok {
			return false
		}
	}
	return true
}

func (x *builder) setIfAbsent(ptr string, v any, p posT) {
	if !x.has(ptr) {
		x.set(ptr, v, p)
	}
}

var errNotACase = &casemodel.NotACaseError{
	Message:   "dokumentet ser inte ut som ett tjänsteutlåtande, en tjänsteskrivelse eller ett yttrande: ingen känd rubrik och inget förslag till beslut",
	MessageEN: "the document does not look like a tjänsteutlåtande, tjänsteskrivelse or yttrande: no known heading and no decision proposal",
}

func (x *builder) build() (*casemodel.Case, error) {
	x.lines = splitLines(x.blocks)
	if len(x.lines) == 0 {
		return nil, errNotACase
	}
	x.lines = splitLongLines(x.lines)
	x.c.Positions[""] = x.lines[0].pos(0)
	x.set("/schema_version", json.Number("1"), posT{})

	x.signatures(x.lines)
	secs := x.findSections(x.lines)
	firstHead := len(x.lines)
	if len(secs) > 0 {
		firstHead = secs[0].at
	}
	x.header(x.lines[:firstHead])
	x.datesInText(x.lines)
	known := x.fillSections(secs)
	if !x.has("/decision_proposal") {
		x.inlineDecision(x.lines)
	}
	if !known && !x.has("/decision_proposal") {
		return nil, errNotACase
	}
	x.referral(x.lines)
	x.motion(x.lines)
	x.c.Value = x.val
	return x.c, nil
}
