package markup

import (
	"strings"
	"testing"
)

// benchSize is the size of the benchmark documents.
const benchSize = 1 << 20

// bigPage returns the article page with its body repeated to about 1 MB.
func bigPage(b *testing.B) string {
	page := readSeed(b, "testdata/artikel.html")
	const open, end = `<div class="story__body">`, "</div>\n</article>"
	i, j := strings.Index(page, open)+len(open), strings.Index(page, end)
	body := page[i:j]
	return page[:i] + strings.Repeat(body, benchSize/len(body)+1) + page[j:]
}

// bigMarkdown returns the Markdown article repeated to about 1 MB.
func bigMarkdown(b *testing.B) string {
	doc := readSeed(b, "testdata/artikel.md")
	doc = doc[skipFrontMatter(doc, 0):]
	return strings.Repeat(doc+"\n", benchSize/len(doc)+1)
}

func BenchmarkHTML(b *testing.B) {
	page := bigPage(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		src, err := HTML(page, HTMLOptions{})
		if err != nil || len(src.Text) < benchSize/2 {
			b.Fatal(err, len(src.Text))
		}
	}
}

func BenchmarkHTMLSelect(b *testing.B) {
	page := bigPage(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		src, err := HTML(page, HTMLOptions{Select: "article .story__body, figure"})
		if err != nil || len(src.Text) < benchSize/2 {
			b.Fatal(err, len(src.Text))
		}
	}
}

func BenchmarkMarkdown(b *testing.B) {
	doc := bigMarkdown(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		src, err := Markdown(doc)
		if err != nil || len(src.Text) < benchSize/2 {
			b.Fatal(err, len(src.Text))
		}
	}
}
