package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
)

var englishDate = checker.Rule{
	ID:       "english-date",
	Title:    "English month-day date",
	Category: "locale/date-format",
	Severity: checker.Minor,
	Message:  "Englisches Datumsformat: im Deutschen steht der Tag vor dem Monat („23. November 2024“).",
	Doc: `Catches dates in English month-day order: "November 23, 2024", "March 3", "Nov. 23, 2024", ` +
		`"January 5th". Machine translation often keeps the date of an English dateline or sentence as it was, ` +
		`sometimes with the month name translated but the order kept. German writes the day first as an ordinal ` +
		`("23. November 2024"). To stay precise, a German month name followed by a bare number only counts when a ` +
		`comma and a four-digit year follow ("im November 23 Tore" is fine); English-only month names ` +
		`("March", "Oct.") and English ordinal days ("5th") count on their own.`,
	Bad: []string{
		`{{November 23, 2024}}`,
		`Die Anhörung ist für {{March 3}} angesetzt.`,
		`Das Urteil fiel am {{Nov. 23, 2024}} in Washington.`,
		`Der Vertrag läuft seit {{January 5th}}.`,
		`Am {{Juni 5, 2023}} wurde das Werk eröffnet.`,
		`Bis {{October 31st, 2025}} gilt die alte Regel.`,
		`Zwischen {{Dec. 1}} und {{Dec. 24}} bleibt das Büro geschlossen.`,
		`Die Wahl am {{May 12}} entscheidet über die Regierung.`,
	},
	Good: []string{
		`Das Urteil fiel am 23. November 2024 in Washington.`,
		`Die Anhörung ist am 3. März angesetzt.`,
		`Im November 23 Tore, im Dezember nur noch zwölf.`,
		`Der Vertrag läuft seit Januar 2024.`,
		`Das Misstrauensvotum gegen Theresa May 12 Monate später scheiterte.`,
		`Im März 2023 wurde das Werk eröffnet, im April 5 weitere Filialen.`,
		`Jan 5 Minuten zu spät, sagte der Trainer.`,
		`Der Film lief im June 2020 Programm des Festivals.`,
		`Die Lieferung kam am 5. Jan. 2024.`,
		`Stand der Daten: Nov. 24, Quelle: Statistisches Bundesamt.`,
	},
	Check: checkEnglishDate,
}

func checkEnglishDate(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for i := 0; i < len(d.Tokens); i++ {
		if d.Tokens[i].SentenceStart && pass.Stopped() {
			return
		}
		if !lx.Ask(i, isMonth) {
			continue // no date starts here: the quick test of matchEnglishDate
		}
		m, ok := matchEnglishDate(d, i)
		if !ok {
			continue
		}
		german := formatGermanDate(m.day, m.month, m.year)
		msg := fmt.Sprintf("Englisches Datumsformat: „%s“ – im Deutschen „%s“.", d.Slice(spanOf(d, i, m.end-1)), german)
		pass.Report(spanOf(d, i, m.end-1), msg, german)
		i = m.end - 1
	}
}

// isMonth asks whether a word names a month (checker.MonthOf).
var isMonth = clause.NewQuestion(func(w string) bool {
	_, ok := checker.MonthOf(w)
	return ok
})

// dateMatch is an English-order date found at a token.
type dateMatch struct {
	day, month, year int // year 0 when absent
	end              int // index after the last token of the date
}

// matchEnglishDate matches "Month day[, year]" starting at token i.
func matchEnglishDate(d *checker.Doc, i int) (dateMatch, bool) {
	if !isWord(d, i) {
		return dateMatch{}, false
	}
	mn, ok := checker.MonthOf(d.TokenText(i))
	if !ok {
		return dateMatch{}, false
	}
	// An English-only name ("March", "Oct.") makes a following day an English
	// date by itself; "Nov. 24" without a year may be German for November 2024.
	english := mn.English
	j := i + 1
	if mn.Abbrev {
		if tokenIs(d, j, ".") && !d.Tokens[j].SpaceBefore {
			j++
		} else {
			english = false // "Mar 3" without a full stop may be a word of another language
		}
	}
	if !sameParagraph(d, i, j) || !d.Tokens[j].SpaceBefore {
		return dateMatch{}, false
	}
	day, ordinal, ok := parseDay(d.TokenText(j))
	if !ok {
		return dateMatch{}, false
	}
	m := dateMatch{day: day, month: mn.Month, end: j + 1}
	// ", 2024"
	if y := j + 2; tokenIs(d, j+1, ",") && !d.Tokens[j+1].SpaceBefore && sameParagraph(d, i, y) &&
		d.Tokens[y].Kind == checker.Number && d.Tokens[y].SpaceBefore {
		if year, ok := parseYear(d.TokenText(y)); ok {
			m.year, m.end = year, y+1
		}
	}
	if monthNameGuards[d.TokenText(i)] && m.year == 0 && !ordinal && isNameBefore(d, i) {
		return dateMatch{}, false // "Theresa May 12 …"
	}
	if m.year == 0 && !ordinal && !english {
		return dateMatch{}, false // "im November 23 Tore"
	}
	return m, true
}

// isNameBefore reports whether the token before i is a capitalised word or an
// honorific that makes token i part of a name.
func isNameBefore(d *checker.Doc, i int) bool {
	p := i - 1
	if tokenIs(d, p, ".") {
		p--
	}
	if !isCapWord(d, p) || !sameParagraph(d, p, i) {
		return false
	}
	return !datePrepositions[d.TokenText(p)]
}

// parseDay parses a day of the month, 1–31, with an optional English ordinal
// suffix ("23", "5th"). A leading zero is allowed ("05").
func parseDay(s string) (day int, ordinal, ok bool) {
	digits := s
	for _, suf := range ordinalSuffixes {
		if strings.HasSuffix(s, suf) {
			digits, ordinal = strings.TrimSuffix(s, suf), true
			break
		}
	}
	if len(digits) == 0 || len(digits) > 2 || !allDigits(digits) {
		return 0, false, false
	}
	n, _ := strconv.Atoi(digits)
	if n < 1 || n > 31 {
		return 0, false, false
	}
	return n, ordinal, true
}

// parseYear parses a four-digit year.
func parseYear(s string) (int, bool) {
	if len(s) != 4 || !allDigits(s) || s[0] == '0' {
		return 0, false
	}
	n, _ := strconv.Atoi(s)
	return n, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// formatGermanDate writes a date the German way: "23. November 2024", or
// "3. März" without a year (year 0). The month must be 1–12.
func formatGermanDate(day, month, year int) string {
	s := strconv.Itoa(day) + ". " + checker.GermanMonth(month)
	if year != 0 {
		s += " " + strconv.Itoa(year)
	}
	return s
}
