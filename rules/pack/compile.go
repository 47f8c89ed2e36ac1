package pack

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
)

// set is the compiled form of one or more packs: every entry, every pattern
// and the index over their first tokens. It is read-only and shared by all
// rules compiled together.
type set struct {
	entries  []*Entry
	packs    []string // pack name of each entry
	patterns []setPattern
	index    *index
	// hits are the matches of every entry on a check's document.
	hits *checker.SharedOf[[][]hit]
}

// setPattern is one pattern of one entry; patterns are numbered entry by entry,
// so that sorting pattern numbers orders them by entry and then by file order.
type setPattern struct {
	entry int32
	pat   *pattern
	// offset fixes the order in which matches are tried: at every token in
	// text order, the patterns indexed there by number, each from the token's
	// index minus offset (the position of pattern.indexToken's token, or 0).
	// The order decides which of two overlapping hits of an entry is kept.
	offset int
	// keyFirst and keyLast are the first and the last position, within a
	// match, of the token the pattern is looked for by (pattern.keyToken),
	// or 0 when that is the first token.
	keyFirst, keyLast int
	// filter is the test of that token when it depends on the token's text
	// alone, or nil: a token whose text fails it cannot be where the key
	// token of a match is.
	filter *tokenTest
}

// newSet checks packs against each other (pack names and entry IDs must be
// unique) and builds the index.
func newSet(packs []*Pack) (*set, error) {
	var errs Errors
	s := &set{index: newIndex()}
	s.hits = checker.NewShared(func(p *checker.Pass) [][]hit { return s.runStoppable(p.Doc, p.Stopped) })
	names := map[string]*Pack{}
	ids := map[string]*Entry{}
	for _, p := range packs {
		if q, ok := names[p.Name]; ok {
			errs = append(errs, &Error{File: p.File, Line: p.nameLine, Field: "name",
				Msg: fmt.Sprintf("pack %q is also defined in %s:%d", p.Name, q.File, q.nameLine)})
			continue
		}
		names[p.Name] = p
		for _, e := range p.Entries {
			if f, ok := ids[e.ID]; ok {
				errs = append(errs, &Error{File: e.File, Line: e.idLine, Field: fmt.Sprintf("entry %q: id", e.ID),
					Msg: fmt.Sprintf("duplicate id, first defined at %s:%d", f.File, f.idLine)})
				continue
			}
			ids[e.ID] = e
			n := int32(len(s.entries))
			s.entries = append(s.entries, e)
			s.packs = append(s.packs, p.Name)
			for _, pat := range e.patterns {
				s.patterns = append(s.patterns, newSetPattern(s.index, int32(len(s.patterns)), n, pat))
			}
		}
	}
	return s, errs.err()
}

// newSetPattern files pattern number id of entry number entry in ix.
func newSetPattern(ix *index, id, entry int32, pat *pattern) setPattern {
	sp := setPattern{entry: entry, pat: pat}
	sp.offset, _ = pat.indexToken()
	var key *tokenTest
	sp.keyFirst, sp.keyLast, key = pat.keyToken()
	ix.add(id, key, pat)
	if key != nil {
		sp.filter = key
		return sp
	}
	// Without a key token, the pattern is tried from every token its first
	// token may be; when that one is always there, its test filters them.
	for i := range pat.elems {
		if e := &pat.elems[i]; e.consumes() {
			if e.kind == elemToken && !e.optional && len(e.test.preds) == 0 {
				sp.filter = &e.test
			}
			break
		}
	}
	return sp
}

// Compile turns packs into rules, one per entry, in pack and file order, with
// Pack set to the pack's name. Pack names and entry IDs must be unique across
// the packs. The rules of one Compile call share one index: the first of them
// to run on a document matches every entry (checker.SharedOf), and each
// rule reports its own matches.
func Compile(packs ...*Pack) ([]checker.Rule, error) {
	s, err := newSet(packs)
	if err != nil {
		return nil, err
	}
	var errs Errors
	rules := make([]checker.Rule, len(s.entries))
	for i, e := range s.entries {
		rules[i] = s.rule(i)
		if err := rules[i].Validate(); err != nil {
			errs = append(errs, &Error{File: e.File, Line: e.Line, Field: fmt.Sprintf("entry %q", e.ID), Msg: err.Error()})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return rules, nil
}

// rule returns the checker rule of entry i.
func (s *set) rule(i int) checker.Rule {
	e := s.entries[i]
	msg := e.Message
	if e.message != nil {
		msg = e.message.placeholder()
	}
	return checker.Rule{
		ID: e.ID, Title: e.Title, Category: e.Category, Severity: e.Severity, Message: msg, Doc: e.Doc,
		Bad: e.Bad, Good: e.Good, Pack: s.packs[i], Experimental: e.Experimental,
		Check: func(pass *checker.Pass) {
			for _, h := range s.shared(pass)[i] {
				dg := checker.Diagnostic{Span: h.span, Message: h.message, Suggestions: h.suggestions}
				if e.About == AboutFlagged {
					dg.About = []string{pass.Doc.Slice(h.span)}
				}
				pass.ReportDiagnostic(dg)
			}
		},
	}
}

// shared returns the set's matches for the pass's document, computing them
// on first use.
func (s *set) shared(pass *checker.Pass) [][]hit { return s.hits.Get(pass) }
