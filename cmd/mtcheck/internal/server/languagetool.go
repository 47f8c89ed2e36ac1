package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/config"
)

// The wire types of LanguageTool's HTTP API v2, as its clients parse them.

type ltResponse struct {
	Software ltSoftware `json:"software"`
	Warnings ltWarnings `json:"warnings"`
	Language ltLanguage `json:"language"`
	Matches  []ltMatch  `json:"matches"`
}

type ltSoftware struct {
	Name        string `json:"name"`
	Version     string `json:"version"`
	BuildDate   string `json:"buildDate"`
	APIVersion  int    `json:"apiVersion"`
	Premium     bool   `json:"premium"`
	PremiumHint string `json:"premiumHint"`
	Status      string `json:"status"`
}

type ltWarnings struct {
	IncompleteResults bool `json:"incompleteResults"`
}

type ltLanguage struct {
	Name             string             `json:"name"`
	Code             string             `json:"code"`
	DetectedLanguage ltDetectedLanguage `json:"detectedLanguage"`
}

type ltDetectedLanguage struct {
	Name       string  `json:"name"`
	Code       string  `json:"code"`
	Confidence float64 `json:"confidence"`
}

type ltMatch struct {
	Message                     string          `json:"message"`
	ShortMessage                string          `json:"shortMessage"`
	Replacements                []ltReplacement `json:"replacements"`
	Offset                      int             `json:"offset"`
	Length                      int             `json:"length"`
	Context                     ltContext       `json:"context"`
	Sentence                    string          `json:"sentence"`
	Type                        ltType          `json:"type"`
	Rule                        ltRule          `json:"rule"`
	IgnoreForIncompleteSentence bool            `json:"ignoreForIncompleteSentence"`
	ContextForSureMatch         int             `json:"contextForSureMatch"`
}

type ltReplacement struct {
	Value string `json:"value"`
}

type ltContext struct {
	Text   string `json:"text"`
	Offset int    `json:"offset"`
	Length int    `json:"length"`
}

type ltType struct {
	TypeName string `json:"typeName"`
}

type ltRule struct {
	ID          string     `json:"id"`
	Description string     `json:"description"`
	IssueType   string     `json:"issueType"`
	Category    ltCategory `json:"category"`
}

type ltCategory struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// ltLanguageEntry is one entry of GET /v2/languages.
type ltLanguageEntry struct {
	Name     string `json:"name"`
	Code     string `json:"code"`
	LongCode string `json:"longCode"`
}

// germanVariants are the languages mtcheck answers for, as LanguageTool names them.
var germanVariants = []ltLanguageEntry{
	{"German", "de", "de"},
	{"German (Germany)", "de", "de-DE"},
	{"German (Austria)", "de", "de-AT"},
	{"German (Swiss)", "de", "de-CH"},
}

// languageCodes lists the codes /v2/check accepts, for messages.
const languageCodes = "auto, de, de-AT, de-CH, de-DE"

// ltLanguageOf returns the language of a "language" parameter and the
// variant the text is checked as: a German variant (case-insensitively)
// checks as that variant; "de" and "auto" check as def, the configured
// variant, and "auto" answers with def's language, as if detected.
func ltLanguageOf(code string, def checker.Variant) (lang ltLanguageEntry, v checker.Variant, ok bool) {
	if strings.EqualFold(code, "auto") {
		code = string(def)
	}
	for _, l := range germanVariants {
		if strings.EqualFold(code, l.LongCode) {
			if l.LongCode != "de" {
				v = checker.Variant(l.LongCode)
			}
			return l, v, true
		}
	}
	return ltLanguageEntry{}, "", false
}

// buildDate is the time of the commit mtcheck was built from, as
// LanguageTool writes its build date ("2024-03-28 13:04"), or "".
var buildDate = func() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.time" {
			if t, err := time.Parse(time.RFC3339, s.Value); err == nil {
				return t.UTC().Format("2006-01-02 15:04")
			}
		}
	}
	return ""
}()

// handleLTLanguages answers GET /v2/languages.
func (s *Server) handleLTLanguages(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, germanVariants)
}

// ltError answers an error the way LanguageTool does: a status and a plain
// text "Error: …".
func ltError(w http.ResponseWriter, status int, msg string, retry bool) {
	if retry {
		w.Header().Set("Retry-After", retryAfter)
	}
	plain(w, status, "Error: "+msg)
}

// handleLTCheck answers LanguageTool's POST /v2/check (form-encoded body)
// and GET /v2/check (query). See the package documentation.
func (s *Server) handleLTCheck(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := contextWithTimeout(r, s.opts.RequestTimeout)
	defer cancel()
	if err := parseForm(r, s.opts.MaxBody); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			ltError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf(
				"Your request exceeds this server's limit of %s (--max-body). Please submit a shorter text.", FormatByteSize(mbe.Limit)), false)
			return
		}
		ltError(w, http.StatusBadRequest, "could not read the parameters: "+err.Error(), false)
		return
	}
	form := r.Form
	langParam := form.Get("language")
	if _, ok := form["language"]; !ok || langParam == "" {
		ltError(w, http.StatusBadRequest, "Missing 'language' parameter, e.g. 'language=de-DE' for German (Germany) or 'language=auto'", false)
		return
	}
	st := s.state.Load()
	lang, variant, ok := ltLanguageOf(langParam, st.setup.Engine.Variant())
	if !ok {
		ltError(w, http.StatusBadRequest, fmt.Sprintf(
			"'%s' is not a language code known to LanguageTool. Supported language codes are: %s (mtcheck checks German only).",
			langParam, languageCodes), false)
		return
	}
	_, hasText := form["text"]
	_, hasData := form["data"]
	var src *checker.Source
	var input string
	switch {
	case hasText && hasData:
		ltError(w, http.StatusBadRequest, "Set only 'text' or 'data' parameter, not both", false)
		return
	case hasText:
		input = form.Get("text")
		if n := utf16Len(input); n > s.opts.MaxTextLength {
			ltError(w, http.StatusRequestEntityTooLarge, tooLongLT(s.opts.MaxTextLength, n), false)
			return
		}
		var err error
		if src, err = checker.TextSource(input); err != nil {
			ltError(w, http.StatusBadRequest, "'text' parameter: "+err.Error(), false)
			return
		}
	case hasData:
		var err error
		if src, err = parseAnnotated(form.Get("data")); err != nil {
			ltError(w, http.StatusBadRequest, err.Error(), false)
			return
		}
		input = src.Input
		if n := utf16Len(src.Text); n > s.opts.MaxTextLength {
			ltError(w, http.StatusRequestEntityTooLarge, tooLongLT(s.opts.MaxTextLength, n), false)
			return
		}
	default:
		ltError(w, http.StatusBadRequest, "Missing 'text' or 'data' parameter", false)
		return
	}

	o, ignored, none, err := st.ltOverrides(form)
	o.Variant = string(variant)
	if err != nil {
		ltError(w, http.StatusBadRequest, err.Error(), false)
		return
	}
	if len(ignored) > 0 {
		s.log.Info("unknown rules or categories ignored", "api", "languagetool", "names", ignored)
	}
	resp := ltResponse{
		Software: ltSoftware{Name: "mtcheck", Version: s.opts.Version, BuildDate: buildDate, APIVersion: 1},
		Language: ltLanguage{Name: lang.Name, Code: lang.LongCode,
			DetectedLanguage: ltDetectedLanguage{Name: lang.Name, Code: lang.LongCode, Confidence: 1}},
		Matches: []ltMatch{},
	}
	if resp.Software.Version == "" {
		resp.Software.Version = "(devel)"
	}
	if none { // enabledOnly with nothing known enabled: nothing runs
		writeJSON(w, http.StatusOK, resp)
		return
	}
	eng, err := st.engines.engine(o)
	if err != nil {
		ltError(w, http.StatusBadRequest, plainConfigError(err), false)
		return
	}
	res, err := s.check(ctx, eng, src, "languagetool", true)
	if err != nil {
		ce := asCheckError(err)
		ltError(w, ce.status, ce.msg, ce.retry)
		return
	}
	resp.Matches = ltMatches(res, input, st.titles)
	writeJSON(w, http.StatusOK, resp)
}

// tooLongLT is LanguageTool's message for a text over the limit.
func tooLongLT(limit, n int) string {
	return fmt.Sprintf("Your text exceeds the limit of %d characters (it's %d characters). Please submit a shorter text.", limit, n)
}

// parseForm parses the query and a form-encoded (or multipart) body.
func parseForm(r *http.Request, maxBody int64) error {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "multipart/form-data" {
		return r.ParseMultipartForm(maxBody)
	}
	return r.ParseForm()
}

// ltOverrides turns the rule parameters of a /v2/check request into
// overrides. Like LanguageTool, it ignores names it does not know and
// returns them; none is true when enabledOnly leaves nothing to run.
func (st *state) ltOverrides(form url.Values) (o config.Overrides, ignored []string, none bool, err error) {
	o.Labels = config.Labels{Disable: "disabledRules", Enable: "enabledRules", Only: "enabledOnly",
		DisableCategories: "disabledCategories", EnableCategories: "enabledCategories"}
	pick := func(param string, known map[string]bool, norm func(string) string) []string {
		var out []string
		for _, v := range strings.Split(form.Get(param), ",") {
			v = strings.TrimSpace(v)
			if v == "" {
				continue
			}
			if n := norm(v); known[n] {
				out = append(out, n)
			} else {
				ignored = append(ignored, param+"="+v)
			}
		}
		return out
	}
	o.Disable = pick("disabledRules", st.ruleNames, ruleName)
	o.Enable = pick("enabledRules", st.ruleNames, ruleName)
	o.DisableCategories = pick("disabledCategories", st.categories, strings.ToLower)
	o.EnableCategories = pick("enabledCategories", st.categories, strings.ToLower)
	if strings.EqualFold(form.Get("enabledOnly"), "true") {
		if form.Get("enabledRules") == "" && form.Get("enabledCategories") == "" {
			return o, nil, false, errors.New("'enabledOnly=true' needs 'enabledRules' or 'enabledCategories'")
		}
		o.Only = true
		none = len(o.Enable)+len(o.EnableCategories) == 0
	}
	return o, ignored, none, nil
}

// ruleName reads a rule ID or pack name as LanguageTool clients may write
// it: "ENGLISH_DATE" is english-date.
func ruleName(s string) string { return strings.ReplaceAll(strings.ToLower(s), "_", "-") }

// plainConfigError writes the problems of overrides on one line.
func plainConfigError(err error) string {
	if fes := checker.AsFileErrors(err); len(fes) > 0 {
		msgs := make([]string, len(fes))
		for i, fe := range fes {
			msgs[i] = fe.Error()
		}
		return strings.Join(msgs, "; ")
	}
	return err.Error()
}

// ltMatches converts findings into LanguageTool matches. input is the
// original text (for data: every part concatenated), whose byte offsets the
// findings' spans are; offsets and lengths are counted in UTF-16 units of it.
func ltMatches(res *checker.Result, input string, titles map[string]string) []ltMatch {
	idx := newUTF16Index(input)
	out := make([]ltMatch, 0, len(res.Findings))
	for _, f := range res.Findings {
		start, end := idx.at(f.Start), idx.at(f.End)
		ctx, ctxOff, ctxLen := matchContext(input, f.Start, f.End)
		reps := make([]ltReplacement, len(f.Suggestions))
		for i, s := range f.Suggestions {
			reps[i].Value = s
		}
		m := ltMatch{
			Message: f.Message, ShortMessage: shortMessage(f.Category), Replacements: reps,
			Offset: start, Length: end - start,
			Context:  ltContext{Text: ctx, Offset: ctxOff, Length: ctxLen},
			Sentence: sentenceOf(res.Doc, f),
			Type:     ltType{TypeName: typeName(f.Category)},
			Rule: ltRule{ID: f.Rule, Description: ruleTitle(titles, f.Rule), IssueType: issueType(f.Category),
				Category: ltCategory{ID: categoryID(f.Category), Name: categoryName(f.Category)}},
		}
		if incompleteSentenceKinds[f.Category] {
			m.IgnoreForIncompleteSentence, m.ContextForSureMatch = true, -1
		}
		out = append(out, m)
	}
	return out
}

// ruleTitle returns the title of a rule (LanguageTool's rule.description).
func ruleTitle(titles map[string]string, id string) string {
	if t, ok := titles[id]; ok {
		return t
	}
	return id
}

// sentenceOf returns the text of the sentence a finding starts in, or of
// its paragraph when it starts outside every sentence.
func sentenceOf(d *checker.Doc, f checker.Finding) string {
	at := f.DocSpan.Start
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > at })
	if i < len(d.Sentences) && d.Sentences[i].Start <= at {
		return d.Slice(d.Sentences[i].Span)
	}
	if f.Paragraph >= 0 && f.Paragraph < len(d.Paragraphs) {
		return d.Slice(d.Paragraphs[f.Paragraph].Span)
	}
	return ""
}

// writeJSON writes v as JSON, without escaping <, > and &.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
