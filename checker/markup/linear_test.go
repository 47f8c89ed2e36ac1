package markup

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// pathological lists inputs built to make a reader quadratic: deep nesting,
// stray end tags, runs of ampersands and brackets.
var pathological = []struct {
	name     string
	markdown bool
	unit     string
}{
	{"html/nested divs", false, "<div>x"},
	{"html/unclosed inline tags", false, "<b class=a>x"},
	{"html/open then stray end tags", false, "<i>"},
	{"html/stray end tags", false, "</span>x "},
	{"html/ampersands", false, "&"},
	{"html/long entity names", false, "&auml" + strings.Repeat("a", 50)},
	{"html/line breaks", false, "<br>"},
	{"html/comments", false, "<!-- mtcheck-x -->y"},
	{"html/unclosed head", false, "<head><title>t</title>"},
	{"html/selectors", false, `<div class="a b c d"><p id=x>`},
	{"markdown/brackets", true, "["},
	{"markdown/emphasis", true, "*a "},
	{"markdown/nested quotes", true, "> "},
	{"markdown/nested lists", true, "- "},
	{"markdown/backticks", true, "`a"},
	{"markdown/backslashes", true, "\\"},
	{"markdown/ampersands", true, "&a"},
	{"markdown/links", true, "[a](b "},
	{"markdown/soft breaks", true, "a\n"},
	{"markdown/nested lists on one line", true, "1. "},
	{"markdown/nested quotes without spaces", true, ">"},
	{"markdown/quotes and lists", true, "> + "},
}

// TestPathologicalInputsScaleLinearly: 8 times the input takes well under
// 64 times as long, in CPU time (the machine may be busy with other work).
func TestPathologicalInputsScaleLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("times readers")
	}
	for _, tc := range pathological {
		t.Run(tc.name, func(t *testing.T) {
			read := func(s string) {
				if tc.markdown {
					_, _ = Markdown(s)
				} else {
					_, _ = HTML(s, HTMLOptions{Select: ".a .b, p#x"})
				}
			}
			timeIt := func(n int) time.Duration {
				s := strings.Repeat(tc.unit, n)
				best := time.Duration(1 << 62)
				for range 3 {
					runtime.GC()
					start := cpuTime()
					read(s)
					best = min(best, cpuTime()-start)
				}
				return best
			}
			small, large := timeIt(2000), timeIt(16000)
			ratio := float64(large) / float64(max(small, time.Millisecond))
			assert.Less(t, ratio, 24.0, "8 times the input took %.1f times as long (%v vs %v)", ratio, large, small)
		})
	}
}
