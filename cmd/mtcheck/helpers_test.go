package main

import (
	"bytes"
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/checker"
)

// phraseRule returns a test rule that flags every occurrence of phrase; its
// findings are about the phrase (an accept list can drop them).
func phraseRule(id, category string, sev checker.Severity, phrase, message string, suggestions ...string) checker.Rule {
	return checker.Rule{
		ID: id, Title: "Test rule " + id, Category: category, Severity: sev, Message: message,
		Doc:  "Flags every occurrence of \"" + phrase + "\".\nUsed by the command tests only.",
		Bad:  []string{"Er {{" + phrase + "}} es."},
		Good: []string{"Er sagte es."},
		Check: func(p *checker.Pass) {
			text := p.Doc.Text
			for at := 0; ; {
				i := strings.Index(text[at:], phrase)
				if i < 0 {
					return
				}
				at += i
				p.ReportDiagnostic(checker.Diagnostic{Span: checker.Span{Start: at, End: at + len(phrase)},
					Suggestions: suggestions, About: []string{phrase}})
				at += len(phrase)
			}
		},
	}
}

// testRules is the rule set of the command tests; nothing depends on the
// real registry.
func testRules() []checker.Rule {
	return []checker.Rule{
		phraseRule("double-said", "fluency/duplicate-verb", checker.Major, "sagte sagte", "Doppeltes Redeverb.", "sagte"),
		phraseRule("filler-word", "style/filler", checker.Minor, "ähm", "Füllwort."),
		phraseRule("fatal-marker", "accuracy/mistranslation", checker.Critical, "KAPUTT", "Kritischer Fehler.", "heil", "ganz"),
	}
}

// result is what one run of the command produced.
type result struct {
	stdout, stderr string
	code           int
}

// runWith runs the command with the test rules, stdin and args.
func runWith(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	return runEnv(t, &env{stdin: stdin, rules: testRules()}, args...)
}

// runEnv runs the command in e, capturing its output. Unless e says otherwise,
// the working directory is an empty temporary one, so that no configuration
// file above the test's directory applies.
func runEnv(t *testing.T, e *env, args ...string) result {
	t.Helper()
	if e.wd == "" {
		e.wd = t.TempDir()
	}
	var out, errOut bytes.Buffer
	e.stdout, e.stderr = &out, &errOut
	if e.stdin == nil {
		e.stdin = strings.NewReader("")
	}
	code := run(e, args)
	return result{out.String(), errOut.String(), code}
}

func slicesSort(s []string) { sort.Strings(s) }
