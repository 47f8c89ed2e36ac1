package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/markup"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/batch"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/output"
	"github.com/mtcheck/mtcheck/rules/config"
)

// contextWithTimeout returns the request's context with the request timeout.
func contextWithTimeout(r *http.Request, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), d)
}

// apiError answers an error of mtcheck's own API: {"error": "..."}.
func apiError(w http.ResponseWriter, status int, msg string, retry bool) {
	if retry {
		w.Header().Set("Retry-After", retryAfter)
	}
	writeJSON(w, status, map[string]string{"error": msg})
}

// checkRequest is the body of POST /api/v1/check.
type checkRequest struct {
	Text        *string       `json:"text"`
	HTML        *string       `json:"html"`
	Markdown    *string       `json:"markdown"`
	ID          string        `json:"id"`
	IncludeText bool          `json:"include_text"`
	Config      *configFields `json:"config"`
}

// configFields are the settings a request may adjust; rule packs come only
// from the server's own configuration.
type configFields struct {
	Threshold *float64          `json:"threshold"`
	Disable   []string          `json:"disable"`
	Enable    []string          `json:"enable"`
	Severity  map[string]string `json:"severity"`
	Accept    []string          `json:"accept"`
	// Variant is the language variant of the text (de-DE, de-AT or de-CH),
	// as the key variant of .mtcheck.yaml; "" keeps the server's.
	Variant string `json:"variant"`
}

var (
	requestKeys = []string{"text", "html", "markdown", "id", "include_text", "config"}
	configKeys  = []string{"threshold", "disable", "enable", "severity", "accept", "variant"}
)

// decodeCheckRequest reads the body of POST /api/v1/check strictly: an
// unknown key, at the top or in "config", is an error naming it.
func decodeCheckRequest(body []byte) (*checkRequest, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(body, &top); err != nil {
		return nil, jsonError("the request body", err)
	}
	if err := knownKeys(top, requestKeys, "the request"); err != nil {
		return nil, err
	}
	if raw, ok := top["config"]; ok && !bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		var cfg map[string]json.RawMessage
		if err := json.Unmarshal(raw, &cfg); err != nil {
			return nil, jsonError("config", err)
		}
		if err := knownKeys(cfg, configKeys, "config"); err != nil {
			return nil, err
		}
	}
	var req checkRequest
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, jsonError("the request body", err)
	}
	return &req, nil
}

// knownKeys reports the first key of obj (in sorted order) that is not one of keys.
func knownKeys(obj map[string]json.RawMessage, keys []string, where string) error {
	var unknown []string
	for k := range obj {
		if !slices.Contains(keys, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	slices.Sort(unknown)
	return fmt.Errorf("unknown key %q in %s (want %s)", unknown[0], where, strings.Join(keys, ", "))
}

// jsonError explains a JSON decoding error.
func jsonError(what string, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		field := te.Field
		if field == "" {
			field = what
		}
		return fmt.Errorf("%s: want %s, not a JSON %s", field, jsonType(te.Type.Kind().String()), te.Value)
	}
	return fmt.Errorf("%s is not valid JSON: %v", what, err)
}

func jsonType(kind string) string {
	switch kind {
	case "ptr", "string":
		return "a string"
	case "float64", "int":
		return "a number"
	case "bool":
		return "true or false"
	case "slice":
		return "a list"
	case "map", "struct":
		return "an object"
	}
	return kind
}

// overrides turns a request's config into overrides whose errors name the
// keys as "config.disable" and so on.
func (c *configFields) overrides() config.Overrides {
	o := config.Overrides{Labels: config.Labels{Disable: "config.disable", Enable: "config.enable",
		Threshold: "config.threshold", Severity: "config.severity", Accept: "config.accept", Variant: "config.variant"}}
	if c == nil {
		return o
	}
	o.Disable, o.Enable, o.Severity, o.Accept, o.Variant = c.Disable, c.Enable, c.Severity, c.Accept, c.Variant
	if c.Threshold != nil {
		o.Threshold = config.ThresholdOf(*c.Threshold)
	}
	return o
}

// readBody reads a request body within --max-body; a longer one is a 413.
func readBody(r *http.Request) ([]byte, *checkError) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, &checkError{status: http.StatusRequestEntityTooLarge,
				msg: fmt.Sprintf("the request body is larger than the limit of %s (--max-body)", FormatByteSize(mbe.Limit))}
		}
		return nil, &checkError{status: http.StatusBadRequest, msg: "could not read the request body: " + err.Error()}
	}
	return body, nil
}

// handleCheck answers POST /api/v1/check with the document object of
// mtcheck check --format json.
func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := contextWithTimeout(r, s.opts.RequestTimeout)
	defer cancel()
	body, cerr := readBody(r)
	if cerr != nil {
		apiError(w, cerr.status, cerr.msg, false)
		return
	}
	req, err := decodeCheckRequest(body)
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error(), false)
		return
	}
	var format batch.Format
	var input string
	given := 0
	for _, c := range []struct {
		s *string
		f batch.Format
	}{{req.Text, batch.FormatText}, {req.HTML, batch.FormatHTML}, {req.Markdown, batch.FormatMarkdown}} {
		if c.s != nil {
			given++
			input, format = *c.s, c.f
		}
	}
	if given != 1 {
		apiError(w, http.StatusBadRequest, `give the document as exactly one of "text", "html" or "markdown"`, false)
		return
	}
	if n := utf16Len(input); n > s.opts.MaxTextLength {
		apiError(w, http.StatusRequestEntityTooLarge, tooLong(s.opts.MaxTextLength, n), false)
		return
	}
	src, err := sourceOf(input, format)
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error(), false)
		return
	}
	eng, err := s.state.Load().engines.engine(req.Config.overrides())
	if err != nil {
		apiError(w, http.StatusBadRequest, plainConfigError(err), false)
		return
	}
	res, err := s.check(ctx, eng, src, "check", true)
	if err != nil {
		ce := asCheckError(err)
		apiError(w, ce.status, ce.msg, ce.retry)
		return
	}
	rec := output.NewRecord(req.ID, "", res)
	rec.Format = string(format)
	b, err := recordJSON(rec, req.IncludeText)
	if err != nil {
		apiError(w, http.StatusInternalServerError, err.Error(), false)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(append(b, '\n'))
}

// tooLong is the message for a document over --max-text-length.
func tooLong(limit, n int) string {
	return fmt.Sprintf("the text is %d characters long, more than the limit of %d (--max-text-length)", n, limit)
}

// sourceOf prepares a document of a format for the checker, as mtcheck
// check does: HTML and Markdown without their markup.
func sourceOf(text string, f batch.Format) (*checker.Source, error) {
	switch f {
	case batch.FormatHTML:
		return markup.HTML(text, markup.HTMLOptions{})
	case batch.FormatMarkdown:
		return markup.Markdown(text)
	}
	return checker.TextSource(text)
}

// recordJSON returns the JSON of a record. With withText it adds the
// analysed text as "text", and "text_start" and "text_end", the span in
// UTF-16 units of that text, to every finding and paragraph (for the editor
// page, which highlights the analysed text).
func recordJSON(rec *output.Record, withText bool) ([]byte, error) {
	b, err := rec.MarshalJSON()
	if err != nil || !withText || rec.Doc == nil {
		return b, err
	}
	idx := newUTF16Index(rec.Doc.Text)
	spans := func(key string, n int, span func(i int) checker.Span) func([]byte) ([]byte, error) {
		return func(raw []byte) ([]byte, error) {
			var items []json.RawMessage
			if err := json.Unmarshal(raw, &items); err != nil {
				return nil, err
			}
			if len(items) != n {
				return nil, fmt.Errorf("%s: %d items for %d values", key, len(items), n)
			}
			var out bytes.Buffer
			out.WriteByte('[')
			for i, item := range items {
				if i > 0 {
					out.WriteByte(',')
				}
				sp := span(i)
				out.Write(addFields(item, "text_start", strconv.Itoa(idx.at(sp.Start)), "text_end", strconv.Itoa(idx.at(sp.End))))
			}
			out.WriteByte(']')
			return out.Bytes(), nil
		}
	}
	text, err := marshalNoEscape(rec.Doc.Text)
	if err != nil {
		return nil, err
	}
	return rewriteObject(b, map[string]func([]byte) ([]byte, error){
		"findings":   spans("findings", len(rec.Findings), func(i int) checker.Span { return rec.Findings[i].DocSpan }),
		"paragraphs": spans("paragraphs", len(rec.Paragraphs), func(i int) checker.Span { return rec.Paragraphs[i].DocSpan }),
	}, "text", string(text))
}

// addFields appends "key": value pairs (values given as JSON) to a JSON object.
func addFields(obj []byte, kv ...string) []byte {
	obj = bytes.TrimSpace(obj)
	out := slices.Clone(obj[:len(obj)-1])
	empty := len(bytes.TrimSpace(out)) == 1
	for i := 0; i+1 < len(kv); i += 2 {
		if !empty {
			out = append(out, ',')
		}
		empty = false
		out = append(out, strconv.Quote(kv[i])...)
		out = append(out, ':')
		out = append(out, kv[i+1]...)
	}
	return append(out, '}')
}

// rewriteObject returns the JSON object obj with the values of some keys
// rewritten and "key": value pairs added at its end, keeping the order of
// its keys.
func rewriteObject(obj []byte, rewrite map[string]func([]byte) ([]byte, error), kv ...string) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object")
	}
	var out bytes.Buffer
	out.WriteByte('{')
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		if f, ok := rewrite[key]; ok {
			if raw, err = f(raw); err != nil {
				return nil, err
			}
		}
		if out.Len() > 1 {
			out.WriteByte(',')
		}
		k, _ := marshalNoEscape(key)
		out.Write(k)
		out.WriteByte(':')
		out.Write(raw)
	}
	out.WriteByte('}')
	return addFields(out.Bytes(), kv...), nil
}

// marshalNoEscape marshals v without escaping <, > and &.
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// batchJobs is how many documents of one batch are checked at the same time.
const batchJobs = 4

// handleBatch answers POST /api/v1/batch: JSON Lines in the format of
// mtcheck check --input jsonl ({"id", "text", "format"} per line), one
// document record per line out, in order, each written and flushed as soon
// as it and those before it are done. A line that cannot be used yields an
// error record. At most batchJobs documents of a batch (and never more than
// --max-concurrent) are checked at a time, each within --request-timeout.
func (s *Server) handleBatch(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	jobs := min(batchJobs, max(s.opts.MaxConcurrent, 1))
	rc := http.NewResponseController(w)
	// Records are written while the body is still being read: without full
	// duplex, the HTTP/1 server would drain and close the body at the first
	// write.
	if err := rc.EnableFullDuplex(); err != nil {
		s.log.Warn("batch: full duplex not supported; records are written after the body is read", "err", err.Error())
	}
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	out := output.NewJSONL(w)
	st := s.state.Load()
	// Lines longer than the body limit cannot arrive; the limit of a
	// document is --max-text-length, checked per record.
	docs := batch.JSONL(&deadlineReader{r: r.Body, rc: rc}, "", int(min(s.opts.MaxBody, 1<<30)))
	// A body over --max-body ends the stream with an error record that says so.
	withLimit := func(yield func(batch.Document) bool) {
		for d := range docs {
			var mbe *http.MaxBytesError
			if d.Err != nil && errors.As(d.Err, &mbe) {
				d.Err = fmt.Errorf("the request body is larger than the limit of %s (--max-body)", FormatByteSize(mbe.Limit))
			}
			if !yield(d) {
				return
			}
		}
	}
	work := func(d batch.Document) *output.Record { return s.checkDocument(ctx, st, d) }
	err := batch.Run(ctx, withLimit, jobs, work, func(rec *output.Record) error {
		rc.SetWriteDeadline(time.Now().Add(s.opts.RequestTimeout + writeSlack))
		if err := out.Write(rec); err != nil {
			return err
		}
		return rc.Flush()
	})
	if err != nil && !errors.Is(err, context.Canceled) {
		s.log.Warn("batch ended early", "err", err.Error())
	}
}

// checkDocument checks one document of a batch into its record.
func (s *Server) checkDocument(ctx context.Context, st *state, d batch.Document) *output.Record {
	errRecord := func(err error) *output.Record {
		rec := output.ErrorRecord(d.ID, d.Path, err)
		rec.Format = string(d.Format)
		return rec
	}
	if d.Err != nil {
		return errRecord(d.Err)
	}
	if n := utf16Len(d.Text); n > s.opts.MaxTextLength {
		return errRecord(errors.New(tooLong(s.opts.MaxTextLength, n)))
	}
	src, err := sourceOf(d.Text, d.Format)
	if err != nil {
		return errRecord(err)
	}
	ctx, cancel := context.WithTimeout(ctx, s.opts.RequestTimeout)
	defer cancel()
	res, err := s.check(ctx, st.setup.Engine, src, "batch", false)
	if err != nil {
		return errRecord(err)
	}
	rec := output.NewRecord(d.ID, d.Path, res)
	rec.Format = string(d.Format)
	return rec
}

// deadlineReader moves the read deadline of a streamed request body
// forward with every read, so that a long batch is not cut off by the
// server's read timeout while it keeps sending.
type deadlineReader struct {
	r  io.Reader
	rc *http.ResponseController
}

func (d *deadlineReader) Read(p []byte) (int, error) {
	d.rc.SetReadDeadline(time.Now().Add(readTimeout))
	return d.r.Read(p)
}

// ruleInfo is one rule of GET /api/v1/rules.
type ruleInfo struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Category     string   `json:"category"`
	Severity     string   `json:"severity"`
	Pack         string   `json:"pack"`
	Experimental bool     `json:"experimental"`
	Message      string   `json:"message"`
	Doc          string   `json:"doc"`
	Bad          []string `json:"bad"`
	Good         []string `json:"good"`
}

// handleRules answers GET /api/v1/rules: the rules the configuration in
// force runs, in the order they run, with their configured severities.
func (s *Server) handleRules(w http.ResponseWriter, r *http.Request) {
	rs := s.state.Load().setup.Engine.Rules()
	out := make([]ruleInfo, len(rs))
	for i, rule := range rs {
		out[i] = ruleInfo{ID: rule.ID, Title: rule.Title, Category: rule.Category, Severity: rule.Severity.String(),
			Pack: rule.Pack, Experimental: rule.Experimental, Message: rule.Message, Doc: rule.Doc,
			Bad: nonNil(rule.Bad), Good: nonNil(rule.Good)}
	}
	writeJSON(w, http.StatusOK, map[string]any{"rules": out})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
