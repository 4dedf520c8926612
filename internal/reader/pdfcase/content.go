package pdfcase

import (
	"fmt"
	"io"
	"math"
	"time"

	"github.com/ledongthuc/pdf"
)

// run is one shown string: its text, where it starts and ends on the
// baseline and its size, in page space (points, y up).
type run struct {
	X0, X1, Y float64
	Size      float64
	Text      string
}

// pageContent is what one page shows: text runs and images.
type pageContent struct {
	Runs   []run
	Images int
}

type matrix [3][3]float64

var ident = matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

// mul multiplies two affine matrices (third column 0 0 1).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		{m[0][0]*n[0][0] + m[0][1]*n[1][0], m[0][0]*n[0][1] + m[0][1]*n[1][1], 0},
		{m[1][0]*n[0][0] + m[1][1]*n[1][0], m[1][0]*n[0][1] + m[1][1]*n[1][1], 0},
		{m[2][0]*n[0][0] + m[2][1]*n[1][0] + n[2][0], m[2][0]*n[0][1] + m[2][1]*n[1][1] + n[2][1], 1},
	}
}

func translate(tx, ty float64) matrix { return matrix{{1, 0, 0}, {0, 1, 0}, {tx, ty, 1}} }

// font is a page font: how its codes become text and how wide they are.
type font struct {
	enc     pdf.TextEncoding
	twoByte bool            // a Type0 (CID) font with two-byte codes
	first   int             // simple fonts: FirstChar
	widths  []float64       // simple fonts: Widths
	cidW    map[int]float64 // CID fonts: /W
	dw      float64         // CID fonts: /DW
	// decoded caches enc.Decode: office suites show a glyph or two per
	// string, between kerning values, so the same strings come back.
	decoded map[string]string
}

func (f *font) decode(raw string) string {
	if t, ok := f.decoded[raw]; ok {
		return t
	}
	t := f.enc.Decode(raw)
	if len(f.decoded) < 4096 {
		f.decoded[raw] = t
	}
	return t
}

func (f *font) width(code int) float64 {
	if f.twoByte {
		if w, ok := f.cidW[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return 500 // unknown: an average glyph
}

func loadFont(v pdf.Value) *font {
	pf := pdf.Font{V: v}
	f := &font{enc: pf.Encoder(), first: pf.FirstChar(), dw: 1000, decoded: map[string]string{}}
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = cidWidths(d.Key("W"))
		return f
	}
	w := v.Key("Widths")
	for i := 0; i < w.Len() && i < 256; i++ {
		f.widths = append(f.widths, w.Index(i).Float64())
	}
	return f
}

// cidWidths reads a CID font's /W array: "c [w1 w2 ...]" and "c1 c2 w".
func cidWidths(w pdf.Value) map[int]float64 {
	out := map[int]float64{}
	n := w.Len()
	for i := 0; i < n && len(out) < 1<<16; {
		c := int(w.Index(i).Int64())
		if i+1 >= n {
			break
		}
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && j < 1<<16; j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		c2 := int(w.Index(i + 1).Int64())
		wd := w.Index(i + 2).Float64()
		for c := c; c <= c2 && c-int(w.Index(i).Int64()) < 1<<16; c++ {
			out[c] = wd
		}
		i += 3
	}
	return out
}

type textState struct {
	ctm                     matrix
	tc, tw, th, tl, ts, tfs float64
	font                    *font
}

// interp runs content streams and collects what they show.
type interp struct {
	out     *pageContent
	lim     *limits
	streamN int64 // decoded content bytes so far on this page
	// deadline is when reading the file must stop; ops counts operators
	// so that the clock is looked at every 4096 of them.
	deadline time.Time
	ops      int
}

// checkStream reads a content stream once with a bound, so that a
// compressed-stream bomb is refused before it is interpreted.
func (in *interp) checkStream(strm pdf.Value) error {
	var parts []pdf.Value
	if strm.Kind() == pdf.Array {
		for i := 0; i < strm.Len(); i++ {
			parts = append(parts, strm.Index(i))
		}
	} else {
		parts = []pdf.Value{strm}
	}
	for _, p := range parts {
		if p.Kind() != pdf.Stream {
			continue
		}
		rc := p.Reader()
		n, err := io.Copy(io.Discard, io.LimitReader(rc, in.lim.streamBytes-in.streamN+1))
		rc.Close()
		in.streamN += n
		if in.streamN > in.lim.streamBytes {
			return errStreamTooLarge
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// run interprets strm with resources res under the matrix ctm; depth
// counts nested form XObjects.
func (in *interp) run(strm, res pdf.Value, ctm matrix, depth int) error {
	if depth > in.lim.formDepth {
		return errTooDeep
	}
	if err := in.checkStream(strm); err != nil {
		return err
	}
	fonts := map[string]*font{}
	g := textState{ctm: ctm, th: 1}
	var stack []textState
	var tm, tlm matrix
	var ferr error

	show := func(raw string) {
		if g.font == nil {
			return
		}
		f := g.font
		trm := matrix{{g.tfs * g.th, 0, 0}, {0, g.tfs, 0}, {0, g.ts, 1}}.mul(tm).mul(g.ctm)
		x0, y := trm[2][0], trm[2][1]
		size := math.Hypot(trm[1][0], trm[1][1])
		step := 1
		if f.twoByte {
			step = 2
		}
		for i := 0; i+step <= len(raw); i += step {
			code := int(raw[i])
			if step == 2 {
				code = code<<8 | int(raw[i+1])
			}
			tx := f.width(code)/1000*g.tfs + g.tc
			if step == 1 && code == ' ' {
				tx += g.tw
			}
			tm = translate(tx*g.th, 0).mul(tm)
		}
		end := matrix{{g.tfs * g.th, 0, 0}, {0, g.tfs, 0}, {0, g.ts, 1}}.mul(tm).mul(g.ctm)
		text := f.decode(raw)
		if text == "" {
			return
		}
		if len(in.out.Runs) >= in.lim.runsPerPage {
			ferr = errTooMuchText
			return
		}
		in.out.Runs = append(in.out.Runs, run{X0: x0, X1: end[2][0], Y: y, Size: size, Text: text})
	}
	nextLine := func(tx, ty float64) {
		tlm = translate(tx, ty).mul(tlm)
		tm = tlm
	}
	num := func(v pdf.Value) float64 { return v.Float64() }

	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		if ferr != nil {
			for stk.Len() > 0 {
				stk.Pop()
			}
			return
		}
		if in.ops++; in.ops%4096 == 0 && time.Now().After(in.deadline) {
			ferr = errTimeout
		}
		n := stk.Len()
		args := make([]pdf.Value, n)
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		need := func(k int) bool { return len(args) >= k }
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if len(stack) > 0 {
				g = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if need(6) {
				var m matrix
				for i := 0; i < 6; i++ {
					m[i/2][i%2] = num(args[i])
				}
				m[2][2] = 1
				g.ctm = m.mul(g.ctm)
			}
		case "BT":
			tm, tlm = ident, ident
		case "Tf":
			if need(2) {
				name := args[0].Name()
				f, ok := fonts[name]
				if !ok {
					f = loadFont(res.Key("Font").Key(name))
					fonts[name] = f
				}
				g.font = f
				g.tfs = num(args[1])
			}
		case "Td":
			if need(2) {
				nextLine(num(args[0]), num(args[1]))
			}
		case "TD":
			if need(2) {
				g.tl = -num(args[1])
				nextLine(num(args[0]), num(args[1]))
			}
		case "Tm":
			if need(6) {
				var m matrix
				for i := 0; i < 6; i++ {
					m[i/2][i%2] = num(args[i])
				}
				m[2][2] = 1
				tm, tlm = m, m
			}
		case "T*":
			nextLine(0, -g.tl)
		case "Tc":
			if need(1) {
				g.tc = num(args[0])
			}
		case "Tw":
			if need(1) {
				g.tw = num(args[0])
			}
		case "Tz":
			if need(1) {
				g.th = num(args[0]) / 100
			}
		case "TL":
			if need(1) {
				g.tl = num(args[0])
			}
		case "Ts":
			if need(1) {
				g.ts = num(args[0])
			}
		case "Tj":
			if need(1) {
				show(args[0].RawString())
			}
		case "'":
			if need(1) {
				nextLine(0, -g.tl)
				show(args[0].RawString())
			}
		case "\"":
			if need(3) {
				g.tw, g.tc = num(args[0]), num(args[1])
				nextLine(0, -g.tl)
				show(args[2].RawString())
			}
		case "TJ":
			if need(1) {
				v := args[0]
				for i := 0; i < v.Len() && ferr == nil; i++ {
					x := v.Index(i)
					if x.Kind() == pdf.String {
						show(x.RawString())
						continue
					}
					tm = translate(-x.Float64()/1000*g.tfs*g.th, 0).mul(tm)
				}
			}
		case "Do":
			if !need(1) {
				break
			}
			xo := res.Key("XObject").Key(args[0].Name())
			switch xo.Key("Subtype").Name() {
			case "Image":
				in.out.Images++
			case "Form":
				m := ident
				if mv := xo.Key("Matrix"); mv.Len() == 6 {
					for i := 0; i < 6; i++ {
						m[i/2][i%2] = mv.Index(i).Float64()
					}
				}
				r := xo.Key("Resources")
				if r.IsNull() {
					r = res
				}
				ferr = in.run(xo, r, m.mul(g.ctm), depth+1)
			}
		case "BI":
			in.out.Images++
		}
	})
	return ferr
}

// Errors of the limits; the reader turns them into messages that name the
// limit.
var (
	errStreamTooLarge = fmt.Errorf("content stream too large")
	errTooDeep        = fmt.Errorf("form XObjects nested too deep")
	errTooMuchText    = fmt.Errorf("too much text on a page")
	errTimeout        = fmt.Errorf("time limit reached")
)
