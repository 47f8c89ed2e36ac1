package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

var englishDate = checker.Rule{
	ID:       "english-date",
	Title:    "English month-day date",
	Category: "locale/date-format",
	Severity: checker.Minor,
	Message:  "Englisches Datumsformat: im Deutschen steht der Tag mit Punkt vor dem Monat („23. November 2024“).",
	Doc: `Catches dates in an English shape: month-day order ("November 23, 2024", "March 3", "Nov. 23, ` +
		`2024", "Mär 4 2025", "January 5th"), a day without the German full stop ("4 März 2025", "3 March", ` +
		`"6 Mär 2025"), an English ordinal day ("2nd April", "3rd of March"), an English month name where ` +
		`German copy has its own ("im May 2024", "im Oct.", "3. March"), an English weekday ("am Tuesday", ` +
		`"bis Friday") and slash dates ("3/4/2025"). In Austrian text (variant de-AT) the suggestions name ` +
		`January and February as Austria does: "5. Jänner", "3. Feber" (with "3. Februar" as a second ` +
		`suggestion, since both are Austrian standard). Machine translation keeps the date of an English dateline ` +
		`or sentence as it was, sometimes with the month name translated but the order kept. German writes ` +
		`the day first as an ordinal ("23. November 2024", "Dienstag"). To stay precise, a German month name ` +
		`after a bare number counts only with a day of 1 to 31 directly before it; a German month before a ` +
		`bare number only when a year follows ("im November 23 Tore" is fine); "May" and "June" after a ` +
		`capitalised word are names ("Theresa May"), and a weekday that is part of a name ("Black Friday", ` +
		`"Super Tuesday", "Sunday Times") or of a quotation is left alone.`,
	Bad: []string{
		`{{November 23, 2024}}`,
		`Die Anhörung ist für {{March 3}} angesetzt.`,
		`Das Urteil fiel am {{Nov. 23, 2024}} in Washington.`,
		`Der Vertrag läuft seit {{January 5th}}.`,
		`Am {{Juni 5, 2023}} wurde das Werk eröffnet.`,
		`Bis {{October 31st, 2025}} gilt die alte Regel.`,
		`Zwischen {{Dec. 1}} und {{Dec. 24}} bleibt das Büro geschlossen.`,
		`Die Wahl am {{May 12}} entscheidet über die Regierung.`,
		`Reisende zahlen ab dem {{2nd April}} eine Gebühr.`,
		`Dienstag, {{4 März 2025}}, 09:15`,
		`Das Gesetz wurde im {{May 2024}} unterzeichnet.`,
		`Die Klage war im {{Oct.}} eingereicht worden.`,
		`Die Schulen bleiben bis {{Friday}} geschlossen.`,
		`Veröffentlicht {{Mär 4 2025}} um 10 Uhr`,
		`Die Frist endet am {{3/14/2025}}.`,
		`[de-AT] Der Vertrag läuft seit {{January 5}}.`,
		`[de-AT] Das Gesetz wurde im {{February 2024}} beschlossen.`,
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
		`Am Black Friday und am Cyber Monday kaufen viele online ein.`,
		`Die Sunday Times berichtete zuerst.`,
		`Der Song „Friday I'm in Love“ lief im Radio.`,
		`Die Saison 2024/25 beginnt im August.`,
		`Theresa May 2019 zum Rücktritt gezwungen`,
		`Von den 30 März-Terminen fielen 4 aus.`,
		`[de-AT] Der Vertrag läuft seit 5. Jänner.`,
		`[de-AT] Am 3. Feber 2025 wurde gewählt.`,
	},
	Check: checkEnglishDate,
}

func checkEnglishDate(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for i := 0; i < len(d.Tokens); i++ {
		t := &d.Tokens[i]
		if t.SentenceStart && pass.Stopped() {
			return
		}
		var m dateMatch
		var ok bool
		switch {
		case t.Kind == checker.Number:
			if m, ok = matchDayFirstDate(lx, i); !ok {
				m, ok = matchSlashDate(d, i)
			}
		case t.Kind != checker.Word || t.Shape == checker.Lower && (t.End-t.Start > 4 || d.Text[t.Start] > '9'):
			continue // month and weekday names are capitalised, ordinal days ("2nd") short and lower-case
		case lx.Ask(i, isMonth):
			if m, ok = matchEnglishDate(d, i); !ok {
				m, ok = matchEnglishMonth(lx, i)
			}
		case lx.Ask(i, isEnglishDateWord):
			if m, ok = matchDayFirstDate(lx, i); !ok {
				m, ok = matchEnglishWeekday(d, i)
			}
		}
		if !ok {
			continue
		}
		span := spanOf(d, i, m.end-1)
		fixes := m.germanForms(pass.Variant())
		msg := fmt.Sprintf("Englisches Datumsformat: „%s“ – im Deutschen „%s“.", d.Slice(span), fixes[0])
		if m.noFix {
			fixes = nil
		}
		pass.Report(span, msg, fixes...)
		i = m.end - 1
	}
}

// isMonth asks whether a word names a month (checker.MonthOf).
var isMonth = clause.NewQuestion(func(w string) bool {
	_, ok := checker.MonthOf(w)
	return ok
})

// isEnglishDateWord asks whether a word is an English weekday or an English
// ordinal day ("2nd", "31st").
var isEnglishDateWord = clause.NewQuestion(func(w string) bool {
	if englishWeekdayNames[w] != "" {
		return true
	}
	_, ordinal, ok := parseDay(w)
	return ok && ordinal
})

// dateMatch is an English-shaped date found at a token.
type dateMatch struct {
	day, month, year int // year 0 when absent, day 0 for a month alone
	end              int // index after the last token of the date
	// german is the German form when it is not a date of a month (a
	// weekday, a slash date); noFix says there is none to suggest.
	german string
	noFix  bool
}

// germanForms returns the German forms of the date as variant v writes
// them, the usual one first: "5. Jänner" in Austria, where February is
// "Feber" or "Februar".
func (m dateMatch) germanForms(v checker.Variant) []string {
	if m.german != "" {
		return []string{m.german}
	}
	names := germanMonthNames(v, m.month)
	forms := make([]string, len(names))
	for k, name := range names {
		forms[k] = formatDate(m.day, name, m.year)
	}
	return forms
}

// germanMonthNames returns the names of month m (1–12) in variant v, the
// usual one first: Austria writes "Jänner" for January and "Feber" as well
// as "Februar". The lists are shared and must not be changed.
func germanMonthNames(v checker.Variant, m int) []string {
	if v == checker.DeAT && m <= len(austrianMonths) {
		return austrianMonths[m-1]
	}
	return germanMonthLists[m-1]
}

// austrianMonths are the Austrian names of the months that differ, January first.
var austrianMonths = [][]string{{"Jänner"}, {"Feber", "Februar"}}

// germanMonthLists holds the German name of each month as a list of one.
var germanMonthLists = func() (l [12][]string) {
	for m := range l {
		l[m] = []string{checker.GermanMonth(m + 1)}
	}
	return l
}()

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
	// ", 2024", or " 2024" right after the day ("Mär 4 2025")
	y := j + 1
	if tokenIs(d, y, ",") && !d.Tokens[y].SpaceBefore {
		y++
	}
	if sameParagraph(d, i, y) && d.Tokens[y].Kind == checker.Number && d.Tokens[y].SpaceBefore {
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

// matchDayFirstDate matches a day before a month without the German full
// stop, "4 März 2025", "3 March", "6 Mär 2025", or with an English ordinal
// suffix, "2nd April", "3rd of March", starting at token i.
func matchDayFirstDate(lx *clause.Lex, i int) (dateMatch, bool) {
	d := lx.Doc()
	day, ordinal, ok := parseDay(d.TokenText(i))
	if !ok || len(d.TokenText(i)) > 2 && !ordinal || i > 0 && numberBefore(d, i) {
		return dateMatch{}, false
	}
	j := i + 1
	if ordinal && tokenIs(d, j, "of") {
		j++
	}
	if !sameParagraph(d, i, j) || !d.Tokens[j].SpaceBefore || !isWord(d, j) || !lx.Ask(j, isMonth) {
		return dateMatch{}, false
	}
	mn, _ := checker.MonthOf(d.TokenText(j))
	m := dateMatch{day: day, month: mn.Month, end: j + 1}
	if mn.Abbrev && tokenIs(d, j+1, ".") && !d.Tokens[j+1].SpaceBefore {
		m.end++
	}
	if y := m.end; sameParagraph(d, i, y) && d.Tokens[y].Kind == checker.Number && d.Tokens[y].SpaceBefore {
		if year, ok := parseYear(d.TokenText(y)); ok {
			m.year, m.end = year, y+1
		}
	}
	return m, true
}

// numberBefore reports whether token i continues a number or a list of
// numbers ("1, 2 März" is not a date of its own; "14.30" is a time).
func numberBefore(d *checker.Doc, i int) bool {
	p := i - 1
	if !sameParagraph(d, p, i) {
		return false
	}
	if d.Tokens[p].Kind == checker.Number {
		return true
	}
	return (tokenIs(d, p, ",") || tokenIs(d, p, ".") || tokenIs(d, p, "-") || tokenIs(d, p, "/")) &&
		p > 0 && d.Tokens[p-1].Kind == checker.Number && sameParagraph(d, p-1, i)
}

// matchEnglishMonth matches an English month name standing where German
// copy names its month: before a year ("May 2024"), after a German
// preposition or article ("im March") or an ordinal day ("3. March"), and an
// English abbreviation with its full stop ("im Oct.").
func matchEnglishMonth(lx *clause.Lex, i int) (dateMatch, bool) {
	d := lx.Doc()
	mn, _ := checker.MonthOf(d.TokenText(i))
	if !mn.English {
		return dateMatch{}, false
	}
	if q, ok := d.QuoteAt(i); ok && q.Words <= maxTitleWords {
		return dateMatch{}, false // a title: „March of the Penguins“
	}
	m := dateMatch{month: mn.Month, end: i + 1}
	if mn.Abbrev {
		if !tokenIs(d, i+1, ".") || d.Tokens[i+1].SpaceBefore || !monthContextBefore(lx, i) {
			return dateMatch{}, false
		}
		m.end++
		return m, true
	}
	if y := i + 1; sameParagraph(d, i, y) && d.Tokens[y].Kind == checker.Number && d.Tokens[y].SpaceBefore {
		if year, ok := parseYear(d.TokenText(y)); ok && !(monthNameGuards[d.TokenText(i)] && isNameBefore(d, i)) &&
			!(isCapWord(d, y+1) && sameParagraph(d, y, y+1) && !d.Tokens[y+1].SentenceStart) { // not "June 2020 Programm"
			m.year, m.end = year, y+1
			return m, true
		}
	}
	if n := i + 1; monthContextBefore(lx, i) && !(sameParagraph(d, i, n) && (isCapWord(d, n) ||
		d.Tokens[n].Kind == checker.Number || englishFunctionWords[d.TokenText(n)])) { // not "March for Life"
		return m, true
	}
	return dateMatch{}, false
}

// monthContextBefore reports whether token i follows what stands before a
// month in a German sentence: a lower-case preposition or article ("im",
// "seit", "bis") or an ordinal day ("3.").
func monthContextBefore(lx *clause.Lex, i int) bool {
	d := lx.Doc()
	p := i - 1
	if !sameParagraph(d, p, i) {
		return false
	}
	if tokenIs(d, p, ".") && p > 0 && d.Tokens[p-1].Kind == checker.Number && !d.Tokens[p].SpaceBefore {
		return true
	}
	return isLowerWord(d, p) && (monthPrepositions[d.TokenText(p)] || lx.Is(p, lexicon.Article|lexicon.Preposition|lexicon.Contraction))
}

// matchEnglishWeekday matches an English weekday in German copy ("am
// Tuesday"), except in names ("Black Friday", "Sunday Times") and quotations.
func matchEnglishWeekday(d *checker.Doc, i int) (dateMatch, bool) {
	german := englishWeekdayNames[d.TokenText(i)]
	if german == "" || d.Tokens[i].Shape != checker.Capitalized {
		return dateMatch{}, false
	}
	if _, ok := d.QuoteAt(i); ok {
		return dateMatch{}, false
	}
	if p := i - 1; sameParagraph(d, p, i) && isCapWord(d, p) && !d.Tokens[i].SentenceStart {
		return dateMatch{}, false // "Black Friday", "Super Tuesday"
	}
	if n := i + 1; sameParagraph(d, i, n) && isCapWord(d, n) && !checker.IsMonthName(d.TokenText(n)) {
		return dateMatch{}, false // "Sunday Times", "Friday Night Lights"
	}
	return dateMatch{end: i + 1, german: german}, true
}

// matchSlashDate matches a date written with slashes, "3/14/2025" or
// "14/3/25". The German form is suggested when the order is clear (a day
// over 12).
func matchSlashDate(d *checker.Doc, i int) (dateMatch, bool) {
	if i+4 >= len(d.Tokens) || !tokenIs(d, i+1, "/") || !tokenIs(d, i+3, "/") ||
		d.Tokens[i+2].Kind != checker.Number || d.Tokens[i+4].Kind != checker.Number {
		return dateMatch{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if d.Tokens[k].SpaceBefore {
			return dateMatch{}, false
		}
	}
	a, b, y := d.TokenText(i), d.TokenText(i+2), d.TokenText(i+4)
	if len(a) > 2 || len(b) > 2 || len(y) != 4 && len(y) != 2 || !allDigits(a) || !allDigits(b) || !allDigits(y) ||
		i+5 < len(d.Tokens) && !d.Tokens[i+5].SpaceBefore && d.Tokens[i+5].Kind == checker.Number {
		return dateMatch{}, false
	}
	x, z := atoi(a), atoi(b)
	if x < 1 || z < 1 || x > 31 || z > 31 || x > 12 && z > 12 {
		return dateMatch{}, false
	}
	m := dateMatch{end: i + 5}
	switch {
	case x > 12: // day/month/year
		m.german = fmt.Sprintf("%d.%d.%s", x, z, y)
	case z > 12: // month/day/year
		m.german = fmt.Sprintf("%d.%d.%s", z, x, y)
	default:
		m.german, m.noFix = "TT.MM.JJJJ", true
	}
	return m, true
}

// atoi parses a string of digits.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
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

// formatDate writes a date the German way with the month's name: "23.
// November 2024", "3. März" without a year (year 0), "Mai 2024" and "Mai"
// without a day (day 0).
func formatDate(day int, month string, year int) string {
	s := month
	if day != 0 {
		s = strconv.Itoa(day) + ". " + s
	}
	if year != 0 {
		s += " " + strconv.Itoa(year)
	}
	return s
}
