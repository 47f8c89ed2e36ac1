package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// builder turns the embedded data files into a Lexicon.
type builder struct {
	t          *table
	paradigms  map[string]*paradigm
	strong     map[string]*principalParts
	cache      map[string]*paradigm // conjugated strong verbs
	verbs      map[string]string    // lemma → separable prefix
	verbOrigin map[string]string    // "lemma|prefix" → file:line, for duplicate errors
}

// Load builds a new, immutable Lexicon from the embedded data files, as go
// generate does for the compiled lexicon. Most callers want the shared
// Default instead, which is compiled ahead of time.
func Load() (*Lexicon, error) { return loadFS(dataFS) }

// loadFS builds the lexicon of the data files of fsys, compiles it and
// returns it.
func loadFS(fsys fs.FS) (*Lexicon, error) {
	bin, err := buildFS(fsys)
	if err != nil {
		return nil, err
	}
	t, err := openTable(string(bin))
	if err != nil {
		return nil, err
	}
	return &Lexicon{t: t}, nil
}

// buildFS builds the lexicon of the data files of fsys and compiles it.
func buildFS(fsys fs.FS) ([]byte, error) {
	b, err := buildLexicon(fsys)
	if err != nil {
		return nil, err
	}
	return b.encode()
}

// buildLexicon builds the lexicon of the data files of fsys.
func buildLexicon(fsys fs.FS) (*built, error) {
	read := func(name string) (string, error) {
		b, err := fs.ReadFile(fsys, "data/"+name)
		return string(b), err
	}
	b := &builder{t: newTable(), cache: map[string]*paradigm{}, verbs: map[string]string{},
		verbOrigin: map[string]string{}}
	for _, name := range []string{"closed.txt", "nouns.txt", "nouns_common.txt"} {
		text, err := read(name)
		if err != nil {
			return nil, err
		}
		if err := loadWordClasses(b.t, name, text); err != nil {
			return nil, err
		}
	}
	text, err := read("paradigms.txt")
	if err != nil {
		return nil, err
	}
	var order []string
	if b.paradigms, order, err = loadParadigms("paradigms.txt", text); err != nil {
		return nil, err
	}
	if text, err = read("strong.txt"); err != nil {
		return nil, err
	}
	if b.strong, err = loadStrong("strong.txt", text); err != nil {
		return nil, err
	}
	for _, inf := range order {
		p := b.paradigms[inf]
		b.verbs[inf] = ""
		b.verbOrigin[inf+"|"] = "paradigms.txt"
		emitVerb(b.t, inf, "", p, p.kind, "")
	}
	files, err := fs.Glob(fsys, "data/verbs_*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		text, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		if err := b.loadVerbs(strings.TrimPrefix(f, "data/"), string(text)); err != nil {
			return nil, err
		}
	}
	out := &built{verbs: b.verbs, strongCount: len(b.strong)}
	out.index, out.entries = b.t.freeze()
	return out, nil
}

// loadVerbs reads a verb list: white-space separated verb specs.
func (b *builder) loadVerbs(file, text string) error {
	for _, l := range splitLines(file, text) {
		for _, s := range l.fields {
			v, ok := parseVerbSpec(s)
			if !ok {
				return l.errorf("malformed verb %q", s)
			}
			// A lemma may be listed twice only with a separable and an
			// inseparable reading: um|gehen and um+gehen.
			key := v.lemma + "|" + v.sep
			if prev, dup := b.verbOrigin[key]; dup {
				return l.errorf("verb %q already listed at %s", s, prev)
			}
			b.verbOrigin[key] = fmt.Sprintf("%s:%d", file, l.num)
			if prefix, seen := b.verbs[v.lemma]; !seen || prefix == "" {
				b.verbs[v.lemma] = v.sep
			}
			p := b.resolve(v.stem, v.noAuto, v.weak)
			kind := p.kind
			if v.sep != "" {
				kind = FullVerb
			}
			emitVerb(b.t, v.lemma, v.sep, p, kind, v.part)
		}
	}
	return nil
}

// resolve conjugates a verb without separable prefix. A verb in the
// paradigm or strong tables is taken from there; otherwise inseparable
// prefixes (marked "+" or recognised automatically) are split off and the
// remainder conjugated, so verstehen inherits from stehen and bestätigen
// gets its participle without ge-; anything else is weak. weak skips the
// tables for the base.
func (b *builder) resolve(stem string, noAuto, weak bool) *paradigm {
	plain := strings.ReplaceAll(stem, "+", "")
	if p := b.base(plain); p != nil && !weak {
		return p
	}
	if pre, rest, ok := strings.Cut(stem, "+"); ok {
		return b.resolve(rest, noAuto, weak).withPrefix(pre)
	}
	if !noAuto {
		if pre, rest, ok := splitAutoPrefix(stem); ok {
			return b.resolve(rest, false, weak).withPrefix(pre)
		}
	}
	return weakParadigm(plain)
}

// base returns the paradigm of a verb from the full-paradigm or strong
// tables, or nil.
func (b *builder) base(inf string) *paradigm {
	if p := b.paradigms[inf]; p != nil {
		return p
	}
	if p := b.cache[inf]; p != nil {
		return p
	}
	pp := b.strong[inf]
	if pp == nil {
		return nil
	}
	p := pp.paradigm()
	b.cache[inf] = p
	return p
}
