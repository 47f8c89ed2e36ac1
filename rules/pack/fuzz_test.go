package pack

import (
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/checker"
)

// fuzzPack is a pack file with one entry whose pattern the fuzzer chooses.
const fuzzPack = `name: fuzz
description: A pack made by the fuzzer.
category: style/calque
severity: minor
entries:
  - id: fuzz-entry
    title: Pattern chosen by the fuzzer
    message: "Befund: $0"
    pattern: %PATTERN%
    bad: ["{{x}}"]
    good: ["y"]
`

// FuzzPack parses a user pack whose pattern (or whole file) the fuzzer
// writes, compiles it and runs it over a text: parsing never panics, every
// error names the file, and every finding of a compiled pack lies inside the
// text on token boundaries.
func FuzzPack(f *testing.F) {
	for _, s := range [][2]string{
		{"'Sinn machen'", "Das macht keinen Sinn machen."},
		{"'{/(?P<stem>\\p{Lu}\\w*)[\\x27’]s/} <word>'", "Musk's Firma wächst."},
		{"'*-inhalte überspringen , <number>'", "Twitter-Inhalte überspringen, 1"},
		{"'^ =Video erklären [,] $'", "Video erklären,"},
		{"['a ...3 b', '{c} d|e']", "a x y b c d"},
		{"'[,'", "x"},
		{"''", ""},
	} {
		f.Add(s[0], s[1], false)
	}
	f.Add("name: x\nentries: [", "Text", true)
	f.Fuzz(func(t *testing.T, pattern, text string, whole bool) {
		data := strings.Replace(fuzzPack, "%PATTERN%", pattern, 1)
		if whole {
			data = pattern
		}
		p, err := Parse("fuzz.yaml", []byte(data))
		if err != nil {
			for _, e := range checker.AsFileErrors(err) {
				if e.File != "fuzz.yaml" {
					t.Fatalf("error %q does not name the file", e)
				}
			}
			return
		}
		rs, err := Compile(p)
		if err != nil {
			return
		}
		eng, err := checker.NewEngine(rs, checker.Config{})
		if err != nil {
			return // e.g. examples that do not validate
		}
		res, err := eng.CheckText(text)
		if err != nil {
			if checker.ValidateUTF8(text) == nil {
				t.Fatalf("check of valid text failed: %v", err)
			}
			return
		}
		for _, fd := range res.Findings {
			if fd.Start < 0 || fd.End > len(text) || fd.Start >= fd.End {
				t.Fatalf("finding at %v outside the %d-byte text", fd.Span, len(text))
			}
			if fd.Text != text[fd.Start:fd.End] {
				t.Fatalf("finding text %q, text has %q", fd.Text, text[fd.Start:fd.End])
			}
		}
	})
}
