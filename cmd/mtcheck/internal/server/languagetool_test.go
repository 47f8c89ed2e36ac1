package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// decodeLT decodes a /v2/check answer into the server's wire types.
func decodeLT(t *testing.T, body string) ltResponse {
	t.Helper()
	var r ltResponse
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatalf("answer is not LanguageTool JSON: %v\n%s", err, body)
	}
	return r
}

func ruleIDs(ms []ltMatch) []string {
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.Rule.ID)
	}
	return ids
}

func TestLTCheckText(t *testing.T) {
	s, _ := newTestServer(t, nil)
	text := "Am November 23, 2024 traf Mr. Keller den Minister."
	w := ltPost(s, url.Values{"text": {text}, "language": {"de-DE"}})
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	r := decodeLT(t, w.Body.String())
	if got, want := ruleIDs(r.Matches), []string{"english-date", "english-honorific"}; !slices.Equal(got, want) {
		t.Fatalf("rules %v, want %v", got, want)
	}
	m := r.Matches[0]
	if got := units16(text, m.Offset, m.Length); got != "November 23, 2024" {
		t.Errorf("match covers %q", got)
	}
	if m.Rule.Description != "English month-day date" || m.Rule.IssueType != "locale-violation" ||
		m.Rule.Category != (ltCategory{"LOCALE", "Lokale Konventionen"}) || m.ShortMessage != "Datumsformat" ||
		m.Type.TypeName != "Other" || len(m.Replacements) != 1 || m.Replacements[0].Value != "23. November 2024" {
		t.Errorf("match %+v", m)
	}
	if got := units16(m.Context.Text, m.Context.Offset, m.Context.Length); got != "November 23, 2024" {
		t.Errorf("context %q covers %q", m.Context.Text, got)
	}
	if m.Sentence != text {
		t.Errorf("sentence %q", m.Sentence)
	}
	if r.Language.Code != "de-DE" || r.Language.Name != "German (Germany)" || r.Software.APIVersion != 1 || r.Software.Version != "test" {
		t.Errorf("header %+v %+v", r.Language, r.Software)
	}
}

func TestLTCheckGETQuery(t *testing.T) {
	s, _ := newTestServer(t, nil)
	q := url.Values{"text": {"Wir trafen Mr. Keller."}, "language": {"de"}}
	w := serve(s, http.MethodGet, "/v2/check?"+q.Encode(), "", "")
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	r := decodeLT(t, w.Body.String())
	if got := ruleIDs(r.Matches); !slices.Equal(got, []string{"english-honorific"}) || r.Language.Code != "de" {
		t.Errorf("rules %v, language %+v", got, r.Language)
	}
}

func TestLTLanguageVariants(t *testing.T) {
	s, _ := newTestServer(t, nil)
	for code, want := range map[string]string{"de": "German", "de-AT": "German (Austria)", "DE-ch": "German (Swiss)",
		"auto": "German (Germany)", "de-DE": "German (Germany)"} {
		w := ltPost(s, url.Values{"text": {"Ein Satz."}, "language": {code}})
		if w.Code != http.StatusOK {
			t.Errorf("%s: status %d: %s", code, w.Code, w.Body)
			continue
		}
		if r := decodeLT(t, w.Body.String()); r.Language.Name != want || r.Language.DetectedLanguage.Name != want || len(r.Matches) != 0 {
			t.Errorf("%s: %+v", code, r)
		}
	}
}

func TestLTLanguages(t *testing.T) {
	s, _ := newTestServer(t, nil)
	w := serve(s, http.MethodGet, "/v2/languages", "", "")
	var got []map[string]string
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || w.Code != http.StatusOK {
		t.Fatalf("status %d, %v: %s", w.Code, err, w.Body)
	}
	want := []map[string]string{{"name": "German", "code": "de", "longCode": "de"},
		{"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
		{"name": "German (Austria)", "code": "de", "longCode": "de-AT"},
		{"name": "German (Swiss)", "code": "de", "longCode": "de-CH"}}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		for k, v := range want[i] {
			if got[i][k] != v || len(got[i]) != 3 {
				t.Errorf("entry %d: %v, want %v", i, got[i], want[i])
			}
		}
	}
}

func TestLTCheckErrors(t *testing.T) {
	s, _ := newTestServer(t, func(o *Options) { o.MaxTextLength = 50; o.MaxBody = 4 << 10 })
	long := strings.Repeat("Ein Satz. ", 6) // 60 characters
	tests := []struct {
		name   string
		form   url.Values
		raw    string // a raw body instead of form
		status int
		msg    string
	}{
		{"missing text", url.Values{"language": {"de"}}, "", 400, "Error: Missing 'text' or 'data' parameter"},
		{"missing language", url.Values{"text": {"x"}}, "", 400, "Error: Missing 'language' parameter"},
		{"wrong language", url.Values{"text": {"x"}, "language": {"en-US"}}, "", 400,
			"Error: 'en-US' is not a language code known to LanguageTool. Supported language codes are: auto, de, de-AT, de-CH, de-DE"},
		{"text and data", url.Values{"text": {"x"}, "data": {`{"annotation":[]}`}, "language": {"de"}}, "", 400,
			"Error: Set only 'text' or 'data' parameter, not both"},
		{"too long text", url.Values{"text": {long}, "language": {"de"}}, "", 413,
			"Error: Your text exceeds the limit of 50 characters (it's 60 characters). Please submit a shorter text."},
		{"too long data", url.Values{"data": {`{"annotation":[{"text":"` + long + `"},{"markup":"<b>"}]}`}, "language": {"de"}}, "", 413,
			"Error: Your text exceeds the limit of 50 characters (it's 60 characters)"},
		{"body too large", nil, "language=de&text=" + strings.Repeat("a", 5<<10), 413,
			"Error: Your request exceeds this server's limit of 4KiB (--max-body)"},
		{"bad data JSON", url.Values{"data": {`{"annotation":[{"text":"x"}`}, "language": {"de"}}, "", 400,
			"Error: invalid 'data' parameter: not the JSON object"},
		{"data not an object", url.Values{"data": {`[1,2]`}, "language": {"de"}}, "", 400, "Error: invalid 'data' parameter"},
		{"data without annotation", url.Values{"data": {`{"text":"x"}`}, "language": {"de"}}, "", 400,
			"Error: invalid 'data' parameter: no 'annotation' list"},
		{"data part with text and markup", url.Values{"data": {`{"annotation":[{"text":"x","markup":"<b>"}]}`}, "language": {"de"}}, "", 400,
			"Error: invalid 'data' parameter: annotation[0] has both 'text' and 'markup'"},
		{"data part with neither", url.Values{"data": {`{"annotation":[{"text":"x"},{"interpretAs":"y"}]}`}, "language": {"de"}}, "", 400,
			"Error: invalid 'data' parameter: annotation[1] has neither 'text' nor 'markup'"},
		{"invalid UTF-8", nil, "language=de&text=Gr%FC%DFe", 400, "Error: 'text' parameter: invalid UTF-8 at byte offset 2"},
		{"enabledOnly alone", url.Values{"text": {"x"}, "language": {"de"}, "enabledOnly": {"true"}}, "", 400,
			"Error: 'enabledOnly=true' needs 'enabledRules' or 'enabledCategories'"},
		{"rule both on and off", url.Values{"text": {"x"}, "language": {"de"}, "enabledRules": {"english-date"},
			"disabledRules": {"english-date"}}, "", 400, "Error: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.raw
			if tt.form != nil {
				body = tt.form.Encode()
			}
			w := serve(s, http.MethodPost, "/v2/check", "application/x-www-form-urlencoded", body)
			if w.Code != tt.status || !strings.HasPrefix(w.Body.String(), tt.msg) {
				t.Errorf("status %d, body %q; want %d, %q…", w.Code, w.Body, tt.status, tt.msg)
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
				t.Errorf("Content-Type %q, want text/plain as LanguageTool", ct)
			}
		})
	}
}

func TestLTRuleParameters(t *testing.T) {
	s, logs := newTestServer(t, nil)
	text := "Am November 23, 2024 traf Mr. Keller in einem TweetIn den Minister."
	check := func(extra url.Values) []string {
		t.Helper()
		form := url.Values{"text": {text}, "language": {"de-DE"}}
		for k, v := range extra {
			form[k] = v
		}
		w := ltPost(s, form)
		if w.Code != http.StatusOK {
			t.Fatalf("%v: status %d: %s", extra, w.Code, w.Body)
		}
		return ruleIDs(decodeLT(t, w.Body.String()).Matches)
	}
	all := []string{"english-date", "english-honorific", "glued-words"}
	for _, tt := range []struct {
		params url.Values
		want   []string
	}{
		{url.Values{}, all},
		{url.Values{"disabledRules": {"english-date"}}, all[1:]},
		{url.Values{"disabledRules": {"ENGLISH_DATE, glued-words"}}, all[1:2]},
		{url.Values{"disabledCategories": {"LOCALE"}}, all[2:]},
		{url.Values{"disabledCategories": {"locale/date-format"}}, all[1:]},
		{url.Values{"enabledRules": {"english-honorific"}, "enabledOnly": {"true"}}, all[1:2]},
		{url.Values{"enabledCategories": {"FLUENCY"}, "enabledOnly": {"TRUE"}}, all[2:]},
		{url.Values{"enabledRules": {"NO_SUCH_RULE"}, "enabledOnly": {"true"}}, nil},
		{url.Values{"disabledRules": {"NO_SUCH_RULE,english-date"}, "disabledCategories": {"TYPOS"}}, all[1:]},
		{url.Values{"level": {"picky"}, "motherTongue": {"en"}, "preferredVariants": {"de-AT"}, "username": {"u"},
			"apiKey": {"k"}, "whatever": {"1"}}, all},
	} {
		if got := check(tt.params); !slices.Equal(got, tt.want) {
			t.Errorf("%v: rules %v, want %v", tt.params, got, tt.want)
		}
	}
	for _, ignored := range []string{"enabledRules=NO_SUCH_RULE", "disabledRules=NO_SUCH_RULE", "disabledCategories=TYPOS"} {
		if !strings.Contains(logs.String(), ignored) {
			t.Errorf("the log does not name the ignored %s:\n%s", ignored, logs)
		}
	}
}

func TestLTMultipartForm(t *testing.T) {
	s, _ := newTestServer(t, nil)
	body := "--XX\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nde\r\n" +
		"--XX\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nWir trafen Mr. Keller.\r\n--XX--\r\n"
	w := serve(s, http.MethodPost, "/v2/check", "multipart/form-data; boundary=XX", body)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if got := ruleIDs(decodeLT(t, w.Body.String()).Matches); !slices.Equal(got, []string{"english-honorific"}) {
		t.Errorf("rules %v", got)
	}
}
