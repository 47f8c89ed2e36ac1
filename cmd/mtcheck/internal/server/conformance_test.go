package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/checker"
)

// The client side of LanguageTool's HTTP API v2, written from its
// documentation (the JSON of POST /v2/check as LanguageTool's server sends
// it and its clients read it), not from the server's types: every field
// with its documented name and type. Decoded with DisallowUnknownFields,
// and checked for missing fields, an answer must fit exactly.
type clientCheckResult struct {
	Software struct {
		Name        string `json:"name"`
		Version     string `json:"version"`
		BuildDate   string `json:"buildDate"`
		APIVersion  int    `json:"apiVersion"`
		Premium     bool   `json:"premium"`
		PremiumHint string `json:"premiumHint"`
		Status      string `json:"status"`
	} `json:"software"`
	Warnings struct {
		IncompleteResults bool `json:"incompleteResults"`
	} `json:"warnings"`
	Language struct {
		Name             string `json:"name"`
		Code             string `json:"code"`
		DetectedLanguage struct {
			Name       string  `json:"name"`
			Code       string  `json:"code"`
			Confidence float64 `json:"confidence"`
		} `json:"detectedLanguage"`
	} `json:"language"`
	Matches []clientMatch `json:"matches"`
}

type clientMatch struct {
	Message      string `json:"message"`
	ShortMessage string `json:"shortMessage"`
	Replacements []struct {
		Value string `json:"value"`
	} `json:"replacements"`
	Offset  int `json:"offset"`
	Length  int `json:"length"`
	Context struct {
		Text   string `json:"text"`
		Offset int    `json:"offset"`
		Length int    `json:"length"`
	} `json:"context"`
	Sentence string `json:"sentence"`
	Type     struct {
		TypeName string `json:"typeName"`
	} `json:"type"`
	Rule struct {
		ID          string `json:"id"`
		Description string `json:"description"`
		IssueType   string `json:"issueType"`
		Category    struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"category"`
	} `json:"rule"`
	IgnoreForIncompleteSentence bool `json:"ignoreForIncompleteSentence"`
	ContextForSureMatch         int  `json:"contextForSureMatch"`
}

// Every key LanguageTool's answer has, by object.
var (
	ltTopKeys      = []string{"software", "warnings", "language", "matches"}
	ltSoftwareKeys = []string{"name", "version", "buildDate", "apiVersion", "premium", "premiumHint", "status"}
	ltLanguageKeys = []string{"name", "code", "detectedLanguage"}
	ltDetectedKeys = []string{"name", "code", "confidence"}
	ltMatchKeys    = []string{"message", "shortMessage", "replacements", "offset", "length", "context", "sentence",
		"type", "rule", "ignoreForIncompleteSentence", "contextForSureMatch"}
	ltContextKeys  = []string{"text", "offset", "length"}
	ltRuleKeys     = []string{"id", "description", "issueType", "category"}
	ltCategoryKeys = []string{"id", "name"}
)

// The issue types of LanguageTool (ITS 2.0 localization quality issue types).
var ltIssueTypes = []string{"terminology", "mistranslation", "omission", "untranslated", "addition", "duplication",
	"inconsistency", "grammar", "legal", "register", "locale-specific-content", "locale-violation", "style",
	"characters", "misspelling", "typographical", "formatting", "inconsistent-entities", "numbers", "markup",
	"pattern-problem", "whitespace", "internationalization", "length", "non-conformance", "uncategorized", "other"}

// strictLT decodes an answer as a strict LanguageTool client does and
// checks that no documented field is missing.
func strictLT(t *testing.T, body []byte) clientCheckResult {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var r clientCheckResult
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("a strict LanguageTool client cannot read the answer: %v\n%s", err, body)
	}
	var raw map[string]any
	if err := json.Unmarshal(body, &raw); err != nil {
		t.Fatal(err)
	}
	keys := func(where string, v any, want []string) map[string]any {
		t.Helper()
		obj, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s is %T, not an object", where, v)
		}
		var got []string
		for k := range obj {
			got = append(got, k)
		}
		sort.Strings(got)
		w := slices.Sorted(slices.Values(want))
		if !slices.Equal(got, w) {
			t.Errorf("%s has keys %v, want %v", where, got, w)
		}
		return obj
	}
	top := keys("answer", raw, ltTopKeys)
	keys("software", top["software"], ltSoftwareKeys)
	lang := keys("language", top["language"], ltLanguageKeys)
	keys("language.detectedLanguage", lang["detectedLanguage"], ltDetectedKeys)
	matches, ok := top["matches"].([]any)
	if !ok {
		t.Fatalf("matches is %T, not a list", top["matches"])
	}
	for i, m := range matches {
		mo := keys("match", m, ltMatchKeys)
		keys("match.context", mo["context"], ltContextKeys)
		keys("match.type", mo["type"], []string{"typeName"})
		rule := keys("match.rule", mo["rule"], ltRuleKeys)
		keys("match.rule.category", rule["category"], ltCategoryKeys)
		for _, rep := range mo["replacements"].([]any) {
			keys("match.replacements[]", rep, []string{"value"})
		}
		cm := r.Matches[i]
		if !slices.Contains(ltIssueTypes, cm.Rule.IssueType) {
			t.Errorf("issueType %q is not one of LanguageTool's", cm.Rule.IssueType)
		}
		if cm.Type.TypeName != "Other" && cm.Type.TypeName != "Hint" {
			t.Errorf("typeName %q", cm.Type.TypeName)
		}
	}
	return r
}

// TestLTConformance checks the answer's shape against the strict client and
// the offsets, in UTF-16 code units, against the words they must cover on
// texts where bytes, code points and UTF-16 units differ before the finding.
func TestLTConformance(t *testing.T) {
	s, _ := newTestServer(t, nil)
	tests := []struct {
		name, text string
		want       map[string]string // rule → covered words
	}{
		{"emoji", "Gute Nachricht 😀😀 für alle: Wir trafen Mr. Keller am November 23, 2024 im Rathaus.",
			map[string]string{"english-honorific": "Mr. Keller", "english-date": "November 23, 2024"}},
		{"combining marks", "Die Bu\u0308rger von Mu\u0308nchen trafen Mr. Keller am November 23, 2024 im Rathaus.",
			map[string]string{"english-honorific": "Mr. Keller", "english-date": "November 23, 2024"}},
		{"CRLF", "Zeile eins ohne Befund.\r\nZeile zwei auch nicht.\r\n\r\nWir trafen Mr. Keller am November 23, 2024 im Rathaus.\r\n",
			map[string]string{"english-honorific": "Mr. Keller", "english-date": "November 23, 2024"}},
		{"all of them", "😀 Über\r\nÜbe\u0308r 👍🏽 in einem TweetIn dem Beitrag.",
			map[string]string{"glued-words": "TweetIn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, method := range []string{http.MethodPost, http.MethodGet} {
				form := url.Values{"text": {tt.text}, "language": {"de-DE"}}
				var w = ltPost(s, form)
				if method == http.MethodGet {
					w = serve(s, method, "/v2/check?"+form.Encode(), "", "")
				}
				if w.Code != http.StatusOK {
					t.Fatalf("%s: status %d: %s", method, w.Code, w.Body)
				}
				r := strictLT(t, w.Body.Bytes())
				got := map[string]string{}
				for _, m := range r.Matches {
					got[m.Rule.ID] = units16(tt.text, m.Offset, m.Length)
					ctx := units16(m.Context.Text, m.Context.Offset, m.Context.Length)
					if want := strings.NewReplacer("\r", " ", "\n", " ").Replace(got[m.Rule.ID]); ctx != want {
						t.Errorf("%s: context %q covers %q, want %q", m.Rule.ID, m.Context.Text, ctx, want)
					}
				}
				for rule, words := range tt.want {
					if got[rule] != words {
						t.Errorf("%s: %s covers %q, want %q (all: %q)", method, rule, got[rule], words, got)
					}
				}
			}
		})
	}
}

// TestLTConformanceData checks the offsets of annotated text: they count in
// the concatenation of every part, markup included, and markup before the
// finding (with and without interpretAs) must not shift them.
func TestLTConformanceData(t *testing.T) {
	s, _ := newTestServer(t, nil)
	parts := []map[string]string{
		{"markup": "<html><body>"},
		{"markup": "<h1 class=\"😀\">"}, {"text": "Ein Titel"}, {"markup": "</h1>", "interpretAs": "\n\n"},
		{"markup": "<p>"}, {"text": "Gute Nachricht 😀 für Mu\u0308nchen:"},
		{"markup": "<br/>", "interpretAs": "\n"},
		{"text": "Wir trafen "}, {"markup": "<b>"}, {"text": "Mr. Keller"}, {"markup": "</b>"},
		{"text": " am November 23, 2024 und lasen einen Tweet"}, {"markup": "</a>"}, {"text": "In dem Beitrag."},
		{"markup": "</p>", "interpretAs": "\n\n"},
	}
	var original strings.Builder
	for _, p := range parts {
		original.WriteString(p["text"] + p["markup"])
	}
	data, _ := json.Marshal(map[string]any{"annotation": parts})
	w := ltPost(s, url.Values{"data": {string(data)}, "language": {"de-DE"}})
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	r := strictLT(t, w.Body.Bytes())
	got := map[string]string{}
	for _, m := range r.Matches {
		got[m.Rule.ID] = units16(original.String(), m.Offset, m.Length)
	}
	want := map[string]string{"english-honorific": "Mr. Keller", "english-date": "November 23, 2024", "glued-words": "Tweet</a>In"}
	for rule, words := range want {
		if got[rule] != words {
			t.Errorf("%s covers %q, want %q (all: %q)", rule, got[rule], words, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("matches %q, want %q", got, want)
	}
}

// TestLTMatchesEngine checks that /v2/check reports on an article exactly
// what the engine (mtcheck check) finds, at the same places: the engine's
// byte offsets converted to UTF-16 units.
func TestLTMatchesEngine(t *testing.T) {
	s, _ := newTestServer(t, nil)
	texts := map[string]string{
		"article":              article,
		"article with emoji":   strings.Replace(article, "Berlin,", "Berlin 😀,", 1),
		"article with CRLF":    strings.ReplaceAll(article, "\n", "\r\n"),
		"article decomposed":   strings.ReplaceAll(article, "ü", "u\u0308"),
		"article with a title": "🗞️ " + article,
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			src, err := checker.TextSource(text)
			if err != nil {
				t.Fatal(err)
			}
			res, err := s.state.Load().setup.Engine.CheckSource(context.Background(), src)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Findings) < 5 {
				t.Fatalf("the engine finds only %d problems in the article", len(res.Findings))
			}
			idx := newUTF16Index(text)
			var want []string
			for _, f := range res.Findings {
				want = append(want, placed(f.Rule, idx.at(f.Start), idx.at(f.End)-idx.at(f.Start), text[f.Start:f.End]))
			}
			w := ltPost(s, url.Values{"text": {text}, "language": {"de-DE"}})
			r := strictLT(t, w.Body.Bytes())
			var got []string
			for _, m := range r.Matches {
				got = append(got, placed(m.Rule.ID, m.Offset, m.Length, units16(text, m.Offset, m.Length)))
			}
			if !slices.Equal(got, want) {
				t.Errorf("/v2/check:\n%s\nengine:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// placed describes a finding by rule, UTF-16 offset and length, and words.
func placed(rule string, off, n int, words string) string {
	return fmt.Sprintf("%s @%d+%d %q", rule, off, n, words)
}
