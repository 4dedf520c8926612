package schema

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/schemas"
)

func TestValidate(t *testing.T) {
	v, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		doc  string
		want []string // "pointer keyword" of each violation
		msg  string   // a fragment of the first Swedish message
	}{
		{"valid", `{"schema_version": 1, "kind": "yttrande", "date": "2024-02-29", "sections": {"other": [{"heading": "H", "text": "T"}]}, "signatories": [{"name": "A B", "title": "C"}]}`, nil, ""},
		{"missing content is not a schema error", `{}`, nil, ""},
		{"wrong version", `{"schema_version": 2}`, []string{"/schema_version const"}, "ska vara 1"},
		{"wrong kind", `{"kind": "protokoll"}`, []string{"/kind enum"}, "protokoll"},
		{"impossible date", `{"date": "2024-02-30"}`, []string{"/date format"}, "inte ett giltigt datum"},
		{"swedish date", `{"referral": {"deadline": "1 oktober 2020"}}`, []string{"/referral/deadline format"}, "ÅÅÅÅ-MM-DD"},
		{"wrong type", `{"decision_proposal": "Nämnden godkänner"}`, []string{"/decision_proposal type"}, "ska vara lista"},
		{"item type", `{"motion": {"authors": ["A B", 3]}}`, []string{"/motion/authors/1 type"}, "fel typ: tal"},
		{"unknown field", `{"signatory": []}`, []string{"/signatory additionalProperties"}, `okänt fält "signatory"`},
		{"unknown section", `{"sections": {"summery": {"text": "x"}}}`, []string{"/sections/summery additionalProperties"}, "summery"},
		{"two errors", `{"kind": 1, "date": "x"}`, []string{"/date format", "/kind enum"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var doc map[string]any
			dec := json.NewDecoder(strings.NewReader(tc.doc))
			dec.UseNumber()
			if err := dec.Decode(&doc); err != nil {
				t.Fatal(err)
			}
			got := v.Validate(doc)
			var ids []string
			for _, x := range got {
				ids = append(ids, x.Pointer+" "+x.Keyword)
				if x.Message.SV == "" || x.Message.EN == "" {
					t.Errorf("%s: empty message %+v", x.Pointer, x)
				}
			}
			if strings.Join(ids, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("got %v, want %v", ids, tc.want)
			}
			if tc.msg != "" && !strings.Contains(got[0].Message.SV, tc.msg) {
				t.Errorf("message %q does not contain %q", got[0].Message.SV, tc.msg)
			}
		})
	}
}

// TestSchemaDocumentsEveryProperty keeps the public contract documented: every
// property has a Swedish title and description.
func TestSchemaDocumentsEveryProperty(t *testing.T) {
	var s map[string]any
	if err := json.Unmarshal(schemas.Case, &s); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, node map[string]any)
	walk = func(path string, node map[string]any) {
		props, _ := node["properties"].(map[string]any)
		for name, p := range props {
			pm := p.(map[string]any)
			if pm["title"] == nil || pm["description"] == nil {
				t.Errorf("%s/%s lacks a title or description", path, name)
			}
			walk(path+"/"+name, pm)
		}
	}
	walk("", s)
}
