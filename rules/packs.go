package rules

import (
	"embed"
	"fmt"
	"slices"
	"sync"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/pack"
)

// packFiles are the built-in rule packs, one YAML file per pack (see packs/README.md).
//
//go:embed packs/*.yaml
var packFiles embed.FS

// compiledPacks holds packFiles parsed (pack.WriteSnapshot), so that
// starting mtcheck reads no YAML. go generate writes it;
// TestCompiledPacksUpToDate fails when it no longer matches the pack files.
//
//go:generate go run ./internal/genpacks -o packs.bin
//go:embed packs.bin
var compiledPacks string

// builtinPacks reads the built-in packs once, from their snapshot.
var builtinPacks = sync.OnceValues(func() ([]*pack.Pack, error) {
	return pack.ReadSnapshot(compiledPacks)
})

// builtinPackRules compiles the embedded packs once; the rules share one index.
var builtinPackRules = sync.OnceValues(func() ([]checker.Rule, error) {
	packs, err := builtinPacks()
	if err != nil {
		return nil, err
	}
	return pack.Compile(packs...)
})

// Packs returns the built-in rule packs, parsed and validated, in file-name
// order. They are shared and must not be modified; compile them together with
// user packs through pack.Compile so that entry IDs are checked across all of them.
func Packs() ([]*pack.Pack, error) { return builtinPacks() }

// packRules returns the rules of the built-in packs. The packs are part of the
// binary and tested, so a failure here is a programming error.
func packRules() []checker.Rule {
	rs, err := builtinPackRules()
	if err != nil {
		panic("rules: built-in rule packs: " + err.Error())
	}
	return rs
}

// WithPacks returns the registry with extra rule packs (a user's) compiled
// together with the built-in ones: the rules written in Go, then the rules of
// the built-in packs and of extra, in that order, all packs sharing one index.
// Entry IDs must be unique across all packs and must not be the ID of a rule
// written in Go; problems are checker.FileErrors naming the file, line and field.
func WithPacks(extra ...*pack.Pack) ([]checker.Rule, error) {
	builtin, err := Packs()
	if err != nil {
		return nil, err
	}
	var rs []checker.Rule
	for _, r := range All() {
		if r.Pack == "" {
			rs = append(rs, r)
		}
	}
	if err := CheckNewIDs(rs, extra...); err != nil {
		return nil, err
	}
	packRules, err := pack.Compile(append(slices.Clone(builtin), extra...)...)
	if err != nil {
		return nil, err
	}
	return append(rs, packRules...), nil
}

// CheckNewIDs reports every entry of packs whose ID is that of a rule of
// builtin, as checker.FileErrors naming the entry: `entry "x": id: is the ID
// of a built-in rule`. Pack compilation checks IDs among packs; this checks
// them against rules compiled apart, such as those written in Go.
func CheckNewIDs(builtin []checker.Rule, packs ...*pack.Pack) error {
	ids := make(map[string]bool, len(builtin))
	for _, r := range builtin {
		ids[r.ID] = true
	}
	var errs checker.FileErrors
	for _, p := range packs {
		for _, e := range p.Entries {
			if ids[e.ID] {
				errs = append(errs, &checker.FileError{File: e.File, Line: e.Line, Field: fmt.Sprintf("entry %q: id", e.ID),
					Msg: "is the ID of a built-in rule"})
			}
		}
	}
	return errs.Err()
}
