package markdowncase

import (
	"bytes"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// prescan refuses, before goldmark parses it, a body that no real document
// has and whose parsing would not be linear: lists and block quotes nested
// deeper than casemodel.MaxNesting, a table row of more than
// casemodel.MaxTableCells cells, a paragraph of more than
// casemodel.MaxLinkOpeners "[" (each one a possible link that goldmark
// keeps open). firstLine is the body's first line in the file. One pass
// over the bytes.
func prescan(body []byte, firstLine int) error {
	openers := 0
	for n := 0; len(body) > 0; n++ {
		line := body
		if i := bytes.IndexByte(body, '\n'); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		pos := casemodel.Pos{Line: firstLine + n, Column: 1}
		if len(bytes.TrimSpace(line)) == 0 {
			openers = 0 // a blank line ends the paragraph
			continue
		}
		if nesting(line) > casemodel.MaxNesting {
			return casemodel.TooMany(pos, casemodel.MaxNesting, "nivåer av listor och citat i varandra", "levels of lists and quotes inside each other")
		}
		if bytes.Count(line, []byte("|")) > casemodel.MaxTableCells+1 {
			return casemodel.TooMany(pos, casemodel.MaxTableCells, "celler i en tabellrad", "cells in a table row")
		}
		if openers += bytes.Count(line, []byte("[")); openers > casemodel.MaxLinkOpeners {
			return casemodel.TooMany(pos, casemodel.MaxLinkOpeners, "hakparenteser [ i ett stycke", "brackets [ in one paragraph")
		}
	}
	return nil
}

// nesting is how deep a line's list items and block quotes are at most: its
// leading quote and list markers ("> - > 1. text"), and two levels for
// each four columns of indentation before them (a nested list item is
// indented by its parent's marker width, two columns or more).
func nesting(line []byte) int {
	indent := 0
	for indent < len(line) && (line[indent] == ' ' || line[indent] == '\t') {
		if line[indent] == '\t' {
			indent += 3 // a tab is up to four columns
		}
		indent++
	}
	depth, i := 0, 0
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i < len(line) && line[i] == '>' {
			depth, i = depth+1, i+1
			continue
		}
		if m := listMarker(line[i:]); m > 0 {
			depth, i = depth+1, i+m
			continue
		}
		break
	}
	if depth == 0 {
		return 0 // indented text or code, no container
	}
	return depth + indent/2
}

// listMarker returns the length of a list marker at the start of b ("- ",
// "* ", "+ ", "12. ", "3) "), or 0.
func listMarker(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	end := 0
	switch {
	case b[0] == '-' || b[0] == '*' || b[0] == '+':
		end = 1
	case b[0] >= '0' && b[0] <= '9':
		for end < len(b) && end < 9 && b[end] >= '0' && b[end] <= '9' {
			end++
		}
		if end == len(b) || b[end] != '.' && b[end] != ')' {
			return 0
		}
		end++
	default:
		return 0
	}
	if end < len(b) && b[end] != ' ' && b[end] != '\t' {
		return 0
	}
	return end
}
