package checker

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// StreamOptions adjust how CheckStream cuts a long text into windows.
type StreamOptions struct {
	// Window is the size in bytes a window grows to before it is cut at the
	// next paragraph boundary; 0 means 1 MiB.
	Window int
	// Jobs is the number of windows checked at the same time; 0 means 1.
	Jobs int
	// Budget returns the time budget of a window of n bytes; nil means none.
	Budget func(n int) time.Duration
	// Remember is the largest number of distinct paragraphs remembered for
	// finding repeated paragraphs across windows (about 40 bytes each); 0
	// means 1<<18. Later paragraphs are compared within their window only.
	Remember int
}

// StreamSink receives the results of a streamed check in input order.
// Findings of faulty suppressions come last, when all scopes are known.
type StreamSink interface {
	Paragraphs([]ParagraphScore) error
	Findings([]Finding) error
}

// ParagraphMemory tells a rule where a paragraph occurred before in the
// windows of a streamed document that precede the one being checked.
type ParagraphMemory interface {
	// Earlier returns the first occurrence of a paragraph whose text,
	// normalised by NormalizeSpace, is key.
	Earlier(key string) (Related, bool)
}

// CheckStream checks plain UTF-8 text read from r window by window, so that
// memory stays bounded by the windows in flight however long the text is:
// windows are cut at paragraph boundaries (the layout is decided once from
// the first 64 KiB), checked in parallel, and their results handed to sink in
// input order with offsets, lines and paragraph indices of the whole text.
//
// What crosses windows: a window sees the first paragraph of the next one
// (for rules that look ahead, such as a paragraph that stops mid-sentence),
// repeated paragraphs are found through a memory of the paragraphs of the
// windows before (ParagraphMemory), suppressions hold across windows, and a
// block of leftovers is merged across a window boundary. A window, not the
// whole text, gets the time budget. It returns the document's score.
func (e *Engine) CheckStream(ctx context.Context, r io.Reader, opt StreamOptions, sink StreamSink) (DocScore, error) {
	if opt.Window <= 0 {
		opt.Window = 1 << 20
	}
	if opt.Jobs <= 0 {
		opt.Jobs = 1
	}
	if opt.Remember <= 0 {
		opt.Remember = 1 << 18
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	st := &stream{e: e, opt: opt, mem: newParagraphMemory(opt.Remember), sp: newSuppressor(e), sink: sink}
	windows := make(chan *window)
	var readErr error
	go func() {
		defer close(windows)
		readErr = st.read(ctx, bufio.NewReaderSize(r, 64<<10), windows)
	}()

	// Workers check windows; results are taken in order through slots.
	slots := make(chan chan windowResult, opt.Jobs)
	go func() {
		defer close(slots)
		for w := range windows {
			slot := make(chan windowResult, 1)
			select {
			case slots <- slot:
			case <-ctx.Done():
				return
			}
			go func(w *window) { slot <- st.check(ctx, w) }(w)
		}
	}()
	var firstErr error
	for slot := range slots {
		res := <-slot
		if firstErr == nil && res.err != nil {
			firstErr = res.err
			cancel()
		}
		if firstErr == nil {
			if err := st.emit(res); err != nil {
				firstErr = err
				cancel()
			}
		}
	}
	if firstErr == nil && readErr != nil {
		firstErr = readErr
	}
	if firstErr != nil {
		return DocScore{}, firstErr
	}
	return st.finish()
}

// window is one part of a streamed text: whole paragraphs, and the first
// paragraph of the next window as context.
type window struct {
	index     int
	text      string // the window's own text
	context   string // the next window's first paragraph, or ""
	base      int    // byte offset of text in the whole input
	lineBase  int    // lines before text
	paraBase  int    // paragraphs (directives excluded) before text
	paragraph int    // paragraphs of text
	layout    Layout
}

// windowResult is what checking a window gives.
type windowResult struct {
	w        *window
	doc      *Doc
	findings []Finding // sorted, merged per span; DocSpan in the window's text
	err      error
}

// stream is the state of one CheckStream call.
type stream struct {
	e    *Engine
	opt  StreamOptions
	mem  *paragraphMemory
	sp   *suppressor
	sink StreamSink

	// held are findings of the last paragraphs emitted so far that may still
	// merge with leftovers of the next window, with their paragraph scores;
	// recent are the windows since the first held finding, for quoting a
	// block that goes on over several windows.
	recent    []*window
	held      []Finding
	heldParas []ParagraphScore
	total     DocScore
	critical  bool
	paras     int
}

// read cuts r into windows and sends them in order.
func (st *stream) read(ctx context.Context, br *bufio.Reader, out chan<- *window) error {
	head, err := br.Peek(layoutSample)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return err
	}
	whole := len(head) < layoutSample
	layout := DetectLayout(string(head), whole)
	base := 0
	if strings.HasPrefix(string(head), bom) {
		br.Discard(len(bom))
		base = len(bom)
	}
	var prev *window
	lines, paras := 0, 0
	for index := 0; ; index++ {
		text, err := readWindow(br, st.opt.Window, layout)
		if err != nil {
			return err
		}
		if text == "" {
			break
		}
		if !utf8.ValidString(text) {
			ie := ValidateUTF8(text).(*InputError)
			ie.Offset += base
			return ie
		}
		w := &window{index: index, text: text, base: base, lineBase: lines, paraBase: paras, layout: layout}
		w.paragraph = st.mem.register(w)
		if prev != nil {
			prev.context = firstParagraph(text, layout)
			select {
			case out <- prev:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		prev = w
		base += len(text)
		lines += strings.Count(text, "\n")
		paras += w.paragraph
	}
	if prev != nil {
		select {
		case out <- prev:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// readWindow reads at least size bytes (or to the end) and then up to the
// next paragraph boundary: after a blank line, or after any line break in
// the one-paragraph-per-line layout.
func readWindow(br *bufio.Reader, size int, layout Layout) (string, error) {
	var b strings.Builder
	lastBlank := false
	for {
		line, err := br.ReadString('\n')
		b.WriteString(line)
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		blank := strings.TrimSpace(line) == ""
		if b.Len() >= size && (layout == LayoutLines || blank && !lastBlank) {
			return b.String(), nil
		}
		lastBlank = blank
	}
}

// firstParagraph returns the text of the first paragraph of text.
func firstParagraph(text string, layout Layout) string {
	spans, _ := splitParagraphs(text, layout)
	for _, s := range spans {
		if _, ok := parseDirective(text, s); !ok {
			return text[s.Start:s.End]
		}
	}
	return ""
}

// check analyses and checks one window with its context paragraph.
func (st *stream) check(ctx context.Context, w *window) windowResult {
	if st.opt.Budget != nil {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, st.opt.Budget(len(w.text)))
		defer cancel()
	}
	full := w.text
	if w.context != "" {
		full = strings.TrimRight(w.text, " \t\r\n") + "\n\n" + w.context
	}
	src, err := TextSource(full)
	if err != nil {
		return windowResult{w: w, err: err}
	}
	src.Layout, src.Base, src.LineBase = w.layout, w.base, w.lineBase
	d, err := AnalyzeSource(ctx, src)
	if err != nil {
		return windowResult{w: w, err: stopped(ctx, err, "the analysis of the text")}
	}
	d.Earlier = st.mem.view(w.index)
	fs, err := st.e.runRules(ctx, d)
	if err != nil {
		return windowResult{w: w, err: err}
	}
	// Only the window's own text counts; the context paragraph is the next
	// window's.
	own := len(strings.TrimRight(w.text, " \t\r\n"))
	kept := fs[:0]
	for _, f := range fs {
		if d.Source.Map.Start(f.DocSpan.Start) < own {
			f.Paragraph += w.paraBase
			kept = append(kept, f)
		}
	}
	return windowResult{w: w, doc: d, findings: st.e.sortFindings(kept)}
}

// emit hands the window's results to the sink, holding back the last
// paragraphs when a block of leftovers may go on in the next window.
func (st *stream) emit(res windowResult) error {
	w, d := res.w, res.doc
	st.recent = append(st.recent, w)
	st.sp.add(d, w.paraBase, func(s Span) Finding { return st.locate(w, d, directiveFinding(d, s)) })
	fs := st.sp.filter(res.findings)
	for i := range fs {
		// From here on findings are compared by their place in the whole
		// input: windows' own text offsets would collide.
		fs[i] = st.locate(w, d, fs[i])
		fs[i].DocSpan = fs[i].Span
	}
	own := d.Paragraphs[:min(len(d.Paragraphs), w.paragraph)]
	paras := make([]ParagraphScore, len(own))
	for i, p := range own {
		paras[i] = ParagraphScore{Index: w.paraBase + i, Span: d.InputSpan(p.Span), Line: d.Position(p.Start).Line,
			Words: p.Words, Headline: p.Headline}
	}
	fs = append(st.held, fs...)
	paras = append(st.heldParas, paras...)
	// Hold back the trailing run of paragraphs with leftovers: the next
	// window's leftovers may continue their block.
	cut := len(paras)
	for cut > 0 && hasLeftoverIn(fs, paras[cut-1].Index) &&
		(cut == len(paras) || paras[cut].Index == paras[cut-1].Index+1) {
		cut--
	}
	firstHeld := w.paraBase + w.paragraph // nothing held
	if cut < len(paras) {
		firstHeld = paras[cut].Index
	}
	k := 0
	for k < len(fs) && fs[k].Paragraph < firstHeld {
		k++
	}
	st.held = append([]Finding(nil), fs[k:]...)
	st.heldParas = append([]ParagraphScore(nil), paras[cut:]...)
	st.paras = w.paraBase + w.paragraph
	if err := st.flush(fs[:k], paras[:cut]); err != nil {
		return err
	}
	// Only the windows that held findings reach into are needed any more.
	keepFrom := w.base
	if len(st.held) > 0 {
		keepFrom = st.held[0].Start
	}
	for len(st.recent) > 1 && st.recent[0].base+len(st.recent[0].text) <= keepFrom {
		st.recent = st.recent[1:]
	}
	return nil
}

// hasLeftoverIn reports whether a leftover finding starts in paragraph p.
func hasLeftoverIn(fs []Finding, p int) bool {
	for _, f := range fs {
		if f.Paragraph == p && f.Category == LeftoverCategory {
			return true
		}
	}
	return false
}

// flush merges leftover blocks of fs (located findings of whole paragraphs,
// in order), scores the paragraphs and hands both to the sink.
func (st *stream) flush(fs []Finding, paras []ParagraphScore) error {
	fs = mergeFindings(fs, st.e.order)
	for i := range fs {
		if fs[i].Category == LeftoverCategory && len(fs[i].Related) > 0 {
			fs[i].Text = st.quote(fs[i].Span) // a block, which may reach over two windows
		}
	}
	byIndex := map[int]int{}
	for i, p := range paras {
		byIndex[p.Index] = i
	}
	for _, f := range fs {
		w := f.Severity.Weight()
		st.total.Penalty += w
		st.critical = st.critical || f.Severity == Critical
		if i, ok := byIndex[f.Paragraph]; ok {
			paras[i].Penalty += w
		}
	}
	for i := range paras {
		paras[i].Score = Score(paras[i].Penalty, paras[i].Words)
		st.total.Words += paras[i].Words
	}
	if len(paras) > 0 {
		if err := st.sink.Paragraphs(paras); err != nil {
			return err
		}
	}
	if len(fs) > 0 {
		return st.sink.Findings(fs)
	}
	return nil
}

// finish emits what is held back and the faults of suppressions, and
// scores the document.
func (st *stream) finish() (DocScore, error) {
	if err := st.flush(st.held, st.heldParas); err != nil {
		return DocScore{}, err
	}
	if faults := st.sp.faults(st.paras); len(faults) > 0 {
		for _, f := range faults {
			st.total.Penalty += f.Severity.Weight()
		}
		if err := st.sink.Findings(faults); err != nil {
			return DocScore{}, err
		}
	}
	t := st.total
	t.Score = Score(t.Penalty, t.Words)
	t.PenaltyPer1000 = PenaltyPer1000(t.Penalty, t.Words)
	t.Passed = t.Score >= st.e.threshold && !st.critical
	return t, nil
}

// quote returns the input's text of a span inside the recent windows.
func (st *stream) quote(s Span) string {
	var b strings.Builder
	for _, w := range st.recent {
		from, to := max(s.Start, w.base), min(s.End, w.base+len(w.text))
		if from < to {
			b.WriteString(w.text[from-w.base : to-w.base])
		}
	}
	return b.String()
}

// locate places a finding of a window (analysed as d, whose source knows
// where the window lies) in the whole input.
func (st *stream) locate(_ *window, d *Doc, f Finding) Finding {
	locate(d, &f)
	return f
}

// paragraphMemory remembers the first occurrence of each distinct
// paragraph of a streamed document, by a 64-bit hash of its normalised text.
type paragraphMemory struct {
	mu    sync.RWMutex
	max   int
	first map[uint64]memoryEntry
}

// memoryEntry is where a paragraph first occurred.
type memoryEntry struct {
	start                int64
	length, window, line uint32
	column               uint16
}

func newParagraphMemory(max int) *paragraphMemory {
	return &paragraphMemory{max: max, first: map[uint64]memoryEntry{}}
}

func keyOf(normalized string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(normalized))
	return h.Sum64()
}

// register records the paragraphs of w and returns how many there are
// (directives excluded), as the analysis will count them.
func (m *paragraphMemory) register(w *window) int {
	spans, _ := splitParagraphs(w.text, w.layout)
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	lines, lineAt := 0, 0
	for _, s := range spans {
		if _, ok := parseDirective(w.text, s); ok {
			continue
		}
		n++
		lines += strings.Count(w.text[lineAt:s.Start], "\n")
		lineAt = s.Start
		key := keyOf(NormalizeSpace(w.text[s.Start:s.End]))
		if _, seen := m.first[key]; seen || len(m.first) >= m.max {
			continue
		}
		col := utf8.RuneCountInString(w.text[strings.LastIndexByte(w.text[:s.Start], '\n')+1:s.Start]) + 1
		m.first[key] = memoryEntry{start: int64(w.base + s.Start), length: uint32(s.End - s.Start),
			window: uint32(w.index), line: uint32(w.lineBase + lines + 1), column: uint16(min(col, 1<<16-1))}
	}
	return n
}

// view returns the memory as window index sees it: only paragraphs of the
// windows before it.
func (m *paragraphMemory) view(index int) ParagraphMemory { return memoryView{m, index} }

type memoryView struct {
	m     *paragraphMemory
	index int
}

func (v memoryView) Earlier(key string) (Related, bool) {
	v.m.mu.RLock()
	e, ok := v.m.first[keyOf(key)]
	v.m.mu.RUnlock()
	if !ok || int(e.window) >= v.index {
		return Related{}, false
	}
	return Related{Span: Span{int(e.start), int(e.start) + int(e.length)},
		Position: Position{Line: int(e.line), Column: int(e.column)}, outside: true}, true
}

// String describes the options, for logs.
func (o StreamOptions) String() string {
	return fmt.Sprintf("window %d bytes, %d jobs", o.Window, o.Jobs)
}
