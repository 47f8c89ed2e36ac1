package pack

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// A snapshot holds packs that Parse has read and checked, so that a program
// can embed them and read them back quickly (see rules/packs.go, which
// embeds the built-in packs): WriteSnapshot writes them, ReadSnapshot
// compiles their patterns and templates again but reads no YAML and does
// not repeat Parse's checks of fields and examples.

// snapshotMagic starts a snapshot.
const snapshotMagic = "mtcheck-packs\x01"

// WriteSnapshot encodes packs, as Parse returned them, for ReadSnapshot.
func WriteSnapshot(packs []*Pack) []byte {
	w := snapshotWriter{b: []byte(snapshotMagic)}
	w.uint(len(packs))
	for _, p := range packs {
		w.strings(p.File, p.Name, p.Description, p.Category)
		w.uint(int(p.Severity), int(p.About), p.nameLine, len(p.Entries))
		for _, e := range p.Entries {
			w.strings(e.ID, e.Title, e.Category, e.Message, e.Doc, e.File, e.string)
			w.uint(int(e.Severity), int(e.Scope), bool01(e.Experimental), int(e.About), e.Line, e.line, e.idLine,
				e.messageLine)
			for _, list := range [][]string{e.Patterns, e.Suggestions, e.Exceptions, e.Bad, e.Good} {
				w.list(list)
			}
			for _, lines := range [][]int{e.badLines, e.goodLines, e.suggestionLines} {
				w.ints(lines)
			}
		}
	}
	return w.b
}

// ReadSnapshot decodes the packs that WriteSnapshot encoded in data. Their
// strings are parts of data.
func ReadSnapshot(data string) ([]*Pack, error) {
	if !strings.HasPrefix(data, snapshotMagic) {
		return nil, errors.New("pack: not a snapshot of packs")
	}
	r := &snapshotReader{data: data, pos: len(snapshotMagic)}
	packs := make([]*Pack, r.uint())
	for i := range packs {
		p := &Pack{File: r.string(), Name: r.string(), Description: r.string(), Category: r.string(),
			Severity: checker.Severity(r.uint()), About: About(r.uint()), nameLine: r.uint()}
		p.Entries = make([]*Entry, r.uint())
		for k := range p.Entries {
			e := &Entry{ID: r.string(), Title: r.string(), Category: r.string(), Message: r.string(),
				Doc: r.string(), File: r.string(), string: r.string(), Severity: checker.Severity(r.uint()),
				Scope: Scope(r.uint()), Experimental: r.uint() == 1, About: About(r.uint()), Line: r.uint(),
				line: r.uint(), idLine: r.uint(), messageLine: r.uint()}
			e.Patterns, e.Suggestions, e.Exceptions, e.Bad, e.Good = r.list(), r.list(), r.list(), r.list(), r.list()
			e.badLines, e.goodLines, e.suggestionLines = r.ints(), r.ints(), r.ints()
			if r.err != nil {
				return nil, r.err
			}
			if err := e.compile(); err != nil {
				return nil, fmt.Errorf("pack: snapshot of %s: entry %q: %v", p.File, e.ID, err)
			}
			p.Entries[k] = e
		}
		packs[i] = p
	}
	if r.err == nil && r.pos != len(data) {
		r.fail()
	}
	return packs, r.err
}

// compile compiles the patterns, exceptions, message and suggestions of an
// entry read from a snapshot, as Parse does.
func (e *Entry) compile() error {
	for _, srcs := range []struct {
		src []string
		out *[]*pattern
	}{{e.Patterns, &e.patterns}, {e.Exceptions, &e.exceptions}} {
		for _, src := range srcs.src {
			p, err := parsePattern(src)
			if err != nil {
				return err
			}
			*srcs.out = append(*srcs.out, p)
		}
	}
	if e.Message != "" {
		t, err := parseTemplate(e.Message)
		if err != nil {
			return err
		}
		e.message = t
	}
	for _, s := range e.Suggestions {
		t, err := parseTemplate(s)
		if err != nil {
			return err
		}
		e.suggestions = append(e.suggestions, t)
	}
	return nil
}

func bool01(b bool) int {
	if b {
		return 1
	}
	return 0
}

// snapshotWriter appends the parts of a snapshot: numbers as uvarints,
// strings with their length, lists with theirs (nil and empty told apart).
type snapshotWriter struct{ b []byte }

func (w *snapshotWriter) uint(vs ...int) {
	for _, v := range vs {
		w.b = binary.AppendUvarint(w.b, uint64(v))
	}
}

func (w *snapshotWriter) strings(ss ...string) {
	for _, s := range ss {
		w.uint(len(s))
		w.b = append(w.b, s...)
	}
}

// list writes a list of strings: 0 for nil, else its length plus one.
func (w *snapshotWriter) list(ss []string) {
	if ss == nil {
		w.uint(0)
		return
	}
	w.uint(len(ss) + 1)
	w.strings(ss...)
}

// ints writes a list of numbers like list.
func (w *snapshotWriter) ints(vs []int) {
	if vs == nil {
		w.uint(0)
		return
	}
	w.uint(len(vs) + 1)
	w.uint(vs...)
}

// snapshotReader reads what snapshotWriter wrote.
type snapshotReader struct {
	data string
	pos  int
	err  error
}

func (r *snapshotReader) fail() {
	if r.err == nil {
		r.err = errors.New("pack: malformed snapshot of packs")
	}
	r.pos = len(r.data)
}

func (r *snapshotReader) uint() int {
	var v uint64
	for shift := 0; r.pos < len(r.data) && shift < 64; shift += 7 {
		c := r.data[r.pos]
		r.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			if v > 1<<31 {
				break
			}
			return int(v)
		}
	}
	r.fail()
	return 0
}

func (r *snapshotReader) string() string {
	n := r.uint()
	if n > len(r.data)-r.pos {
		r.fail()
		return ""
	}
	s := r.data[r.pos : r.pos+n]
	r.pos += n
	return s
}

func (r *snapshotReader) list() []string {
	n := r.uint()
	if n == 0 || n > len(r.data) {
		return nil
	}
	out := make([]string, n-1)
	for i := range out {
		out[i] = r.string()
	}
	return out
}

func (r *snapshotReader) ints() []int {
	n := r.uint()
	if n == 0 || n > len(r.data) {
		return nil
	}
	out := make([]int, n-1)
	for i := range out {
		out[i] = r.uint()
	}
	return out
}
