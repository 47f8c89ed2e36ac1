package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/mtcheck/mtcheck/rules/config"
)

// swissText is Swiss copy with two words in the spelling of Germany and an
// English date.
const swissText = "Die Straße bleibt seit January 5 gesperrt, der Andrang war groß."

// ltRules returns the rule IDs and the replacements of an answer of /v2/check.
func ltRules(t *testing.T, w *httptest.ResponseRecorder) ([]string, [][]string, ltLanguage) {
	t.Helper()
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	r := decodeLT(t, w.Body.String())
	var reps [][]string
	for _, m := range r.Matches {
		var vs []string
		for _, v := range m.Replacements {
			vs = append(vs, v.Value)
		}
		reps = append(reps, vs)
	}
	return ruleIDs(r.Matches), reps, r.Language
}

// TestLTLanguageSelectsVariant checks that language=de-CH flags ß and only
// it, and that language=de-AT suggests the Austrian month names.
func TestLTLanguageSelectsVariant(t *testing.T) {
	s, _ := newTestServer(t, nil)
	post := func(lang string) ([]string, [][]string, ltLanguage) {
		return ltRules(t, ltPost(s, url.Values{"text": {swissText}, "language": {lang}}))
	}
	for _, lang := range []string{"de-DE", "de", "auto", "de-AT"} {
		ids, _, _ := post(lang)
		if slices.Contains(ids, "swiss-eszett") {
			t.Errorf("language=%s: swiss-eszett flagged ß: %v", lang, ids)
		}
	}
	ids, reps, lang := post("de-CH")
	if want := []string{"swiss-eszett", "english-date", "swiss-eszett"}; !slices.Equal(ids, want) {
		t.Fatalf("language=de-CH: rules %v, want %v", ids, want)
	}
	if !slices.Equal(reps[0], []string{"Strasse"}) || !slices.Equal(reps[2], []string{"gross"}) {
		t.Errorf("language=de-CH: replacements %v", reps)
	}
	if lang.Code != "de-CH" {
		t.Errorf("language=de-CH answered %+v", lang)
	}
	for lang, want := range map[string]string{"de-AT": "5. Jänner", "de-at": "5. Jänner", "de-DE": "5. Januar", "de": "5. Januar", "de-CH": "5. Januar"} {
		ids, reps, _ := post(lang)
		i := slices.Index(ids, "english-date")
		if i < 0 || !slices.Equal(reps[i], []string{want}) {
			t.Errorf("language=%s: %v %v, want english-date suggesting %q", lang, ids, reps, want)
		}
	}
	// the language with other rule parameters: an engine of the cache
	w := ltPost(s, url.Values{"text": {swissText}, "language": {"de-CH"}, "disabledRules": {"english-date"}})
	if ids, _, _ := ltRules(t, w); !slices.Equal(ids, []string{"swiss-eszett", "swiss-eszett"}) {
		t.Errorf("language=de-CH with disabledRules: %v", ids)
	}
	w = ltPost(s, url.Values{"text": {swissText}, "language": {"de-DE"}, "disabledRules": {"english-date"}})
	if ids, _, _ := ltRules(t, w); len(ids) != 0 {
		t.Errorf("language=de-DE with disabledRules: %v", ids)
	}
	if n := s.state.Load().engines.len(); n != 2 {
		t.Errorf("%d engines cached, want 2 (the language alone takes the setup's engines)", n)
	}
}

// TestLTLanguageDefaultIsConfigured checks that de and auto check as the
// configured variant and that an explicit language beats it.
func TestLTLanguageDefaultIsConfigured(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, config.FileName)
	if err := os.WriteFile(path, []byte("variant: de-CH\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, _ := newTestServer(t, func(o *Options) { o.NoConfig = false; o.ConfigFile = path })
	for lang, want := range map[string]bool{"de": true, "auto": true, "de-CH": true, "de-DE": false, "de-AT": false} {
		w := ltPost(s, url.Values{"text": {swissText}, "language": {lang}})
		ids, _, l := ltRules(t, w)
		if got := slices.Contains(ids, "swiss-eszett"); got != want {
			t.Errorf("language=%s on a de-CH server: swiss-eszett %v, want %v (%v)", lang, got, want, ids)
		}
		if lang == "auto" && l.Code != "de-CH" {
			t.Errorf("language=auto on a de-CH server answered %+v", l)
		}
	}
}

// TestAPIConfigVariant checks the variant of a request to /api/v1/check.
func TestAPIConfigVariant(t *testing.T) {
	s, _ := newTestServer(t, nil)
	rulesOfAnswer := func(body string) []string {
		t.Helper()
		w := apiPost(s, body)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		var doc struct {
			Findings []struct {
				Rule string `json:"rule"`
			} `json:"findings"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, f := range doc.Findings {
			ids = append(ids, f.Rule)
		}
		return ids
	}
	if ids := rulesOfAnswer(`{"text": ` + quote(swissText) + `}`); slices.Contains(ids, "swiss-eszett") {
		t.Errorf("no variant: %v", ids)
	}
	if ids := rulesOfAnswer(`{"text": ` + quote(swissText) + `, "config": {"variant": "de-CH"}}`); !slices.Equal(ids, []string{"swiss-eszett", "english-date", "swiss-eszett"}) {
		t.Errorf("variant de-CH: %v", ids)
	}
	if ids := rulesOfAnswer(`{"text": ` + quote(swissText) + `, "config": {"variant": "de-CH", "disable": ["english-date"]}}`); !slices.Equal(ids, []string{"swiss-eszett", "swiss-eszett"}) {
		t.Errorf("variant de-CH without english-date: %v", ids)
	}
	w := apiPost(s, `{"text": "a", "config": {"variant": "de-LI"}}`)
	if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `config.variant: unknown language variant \"de-LI\"`) {
		t.Errorf("unknown variant: %d %s", w.Code, w.Body)
	}
	sc := newSchemas(t)
	w = apiPost(s, `{"text": `+quote(swissText)+`, "config": {"variant": "de-CH"}}`)
	sc.validate("POST /api/v1/check with a variant", pointer("components", "schemas", "Document"), w.Body.Bytes())
	sc.validate("config with a variant", pointer("components", "schemas", "RequestConfig"), []byte(`{"variant": "de-CH"}`))
	w = ltPost(s, url.Values{"text": {swissText}, "language": {"de-CH"}})
	sc.validate("POST /v2/check language=de-CH", pointer("components", "schemas", "LTCheckResponse"), w.Body.Bytes())
}

// TestVariantEnginesConcurrent checks requests of every language at once
// (go test -race): each gets its variant's findings.
func TestVariantEnginesConcurrent(t *testing.T) {
	s, _ := newTestServer(t, nil)
	var wg sync.WaitGroup
	for i := range 24 {
		lang := []string{"de-DE", "de-AT", "de-CH", "de"}[i%4]
		wg.Add(1)
		go func() {
			defer wg.Done()
			form := url.Values{"text": {swissText}, "language": {lang}}
			if i%3 == 0 {
				form.Set("disabledRules", "english-honorific")
			}
			w := ltPost(s, form)
			if w.Code != http.StatusOK {
				t.Errorf("%s: status %d", lang, w.Code)
				return
			}
			r := decodeLT(t, w.Body.String())
			if got, want := slices.Contains(ruleIDs(r.Matches), "swiss-eszett"), lang == "de-CH"; got != want {
				t.Errorf("language=%s: swiss-eszett %v", lang, got)
			}
		}()
	}
	wg.Wait()
}
