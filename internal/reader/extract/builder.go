package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/i18n"
)

type posT = casemodel.Pos

type builder struct {
	blocks []Block
	opts   Options
	c      *casemodel.Case
	val    map[string]any
	lines  []line

	dnrFromReferral bool
	// err is a limit exceeded while filling the case (see
	// casemodel.ListLimits), returned by build.
	err error
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
	Message: i18n.T("dokumentet ser inte ut som ett tjänsteutlåtande, en tjänsteskrivelse eller ett yttrande: ingen känd rubrik och inget förslag till beslut", "the document does not look like a tjänsteutlåtande, tjänsteskrivelse or yttrande: no known heading and no decision proposal"),
}

func (x *builder) build() (*casemodel.Case, error) {
	if len(x.blocks) > casemodel.MaxBlocks {
		return nil, casemodel.TooMany(x.blocks[casemodel.MaxBlocks].Pos(), casemodel.MaxBlocks,
			"stycken, listpunkter, rubriker och tabellrader", "paragraphs, list items, headings and table rows")
	}
	if n := packetDocs(x.blocks); n > 0 {
		return nil, packetErr(n)
	}
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
	if x.err != nil {
		return nil, x.err
	}
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

// A meeting packet (handlingar: a kallelse with its agenda, then several
// tjänsteskrivelser and their attachments, as a municipality publishes them)
// is not one case. Build recognises one by its document labels: three or
// more "TJÄNSTESKRIVELSE"/"TJÄNSTEUTLÅTANDE" lines of their own, or a
// "KALLELSE" and at least one of them, and reads no case from it.
type packetError struct {
	nc *casemodel.NotACaseError
}

func (e *packetError) Error() string { return e.nc.Error() }
func (e *packetError) Unwrap() error { return e.nc }

// IsPacket reports whether err says that the document is a meeting packet.
func IsPacket(err error) bool {
	var p *packetError
	return errors.As(err, &p)
}

// PacketError is the error for a meeting packet of n tjänsteskrivelser (a
// reader that knows more than the blocks, such as front matter that
// describes a packet, may raise it itself).
func PacketError(n int) error { return packetErr(n) }

func packetErr(n int) error {
	return &packetError{nc: &casemodel.NotACaseError{
		Message: i18n.T(fmt.Sprintf("filen är ett sammanträdes handlingar med %d tjänsteskrivelser, inte ett enskilt ärende: "+
			"tjlint granskar ett ärende per fil. Spara varje tjänsteskrivelse som en egen fil och granska dem var för sig", n), fmt.Sprintf("the file is a meeting packet with %d tjänsteskrivelser, not a single case: "+
			"tjlint checks one case per file. Save each tjänsteskrivelse as a file of its own and check them one by one", n)),
	}}
}

var (
	docLabelLineRE = lazyRegexp(`(?i)^(?:tjänsteskrivelse|tjänsteutlåtande)$`)
	// the kallelse's label: "KALLELSE", "KALLELSE/UNDERRÄTTELSE",
	// "Kallelse" alone; not a title such as "Kallelse till årsstämma"
	kallelseRE = lazyRegexp(`^(?:KALLELSE(?:\s*/\s*UNDERRÄTTELSE)?|[Kk]allelse(?:\s*/\s*[Uu]nderrättelse)?|FÖREDRAGNINGSLISTA|[Ff]öredragningslista)$`)
)

// packetDocs returns the number of tjänsteskrivelser in a meeting packet,
// or 0 when the blocks are not one: three labels or more, or a kallelse and
// one label at least (two labels may be a case with another förvaltning's
// tjänsteskrivelse attached).
func packetDocs(blocks []Block) int {
	docs, kallelse := docLabels(blocks)
	if docs >= 3 || kallelse && docs >= 1 {
		return docs
	}
	return 0
}

// DocLabels counts the "TJÄNSTESKRIVELSE"/"TJÄNSTEUTLÅTANDE" labels that
// stand alone in the blocks: the documents a file holds.
func DocLabels(blocks []Block) int {
	n, _ := docLabels(blocks)
	return n
}

func docLabels(blocks []Block) (docs int, kallelse bool) {
	for i := range blocks {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(blocks[i].Text), "*#_ "))
		if len(t) > 40 {
			continue
		}
		switch {
		case docLabelLineRE().MatchString(t):
			docs++
		case kallelseRE().MatchString(t):
			kallelse = true
		}
	}
	return docs, kallelse
}
