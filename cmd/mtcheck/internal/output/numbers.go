package output

import (
	"math"
	"strconv"
	"strings"
)

// numbers formats numbers for people: German (86,7 and 1.234) or plain
// (86.7 and 1234).
type numbers struct{ plain bool }

// dec formats a number with at most one decimal: 91,3, 100, 1.234,5.
func (n numbers) dec(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
	if n.plain {
		return s
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(s, ".")
	out := group(whole)
	if hasFrac {
		out += "," + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// seconds formats a duration in seconds: two decimals below 10 s, one above.
func (n numbers) seconds(v float64) string {
	if v >= 10 {
		return n.dec(v)
	}
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if !n.plain {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// int formats a whole number: 1.234 (German) or 1234 (plain).
func (n numbers) int(v int) string {
	s := strconv.Itoa(v)
	if n.plain {
		return s
	}
	if v < 0 {
		return "-" + group(s[1:])
	}
	return group(s)
}

// count formats a number and the word for it: "1 Wort", "1.234 Wörter".
func (n numbers) count(v int, one, many string) string {
	if v == 1 {
		return "1 " + one
	}
	return n.int(v) + " " + many
}

// group inserts a dot between groups of three digits: 1234567 → 1.234.567.
func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	first := len(digits) % 3
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// num formats a number for machines: at most one decimal, a point: 91.3, 100.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
