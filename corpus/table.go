package corpus

import (
	"io"
	"strings"
	"unicode/utf8"
)

// table is a text table with a left-aligned first column and right-aligned others.
type table struct {
	rows [][]string
	// textLast left-aligns the last column (free text) instead of right-aligning it.
	textLast bool
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// write prints the rows indented by two spaces, columns two spaces apart.
func (t *table) write(w io.Writer) error {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		b.WriteString("  ")
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			switch {
			case t.textLast && i > 0 && i == len(r)-1:
				if c != "" {
					b.WriteString("  " + c)
				}
			case i == 0:
				b.WriteString(c)
				if len(r) > 1 {
					b.WriteString(pad)
				}
			default:
				b.WriteString("  " + pad + c)
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
