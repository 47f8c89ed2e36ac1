package rules

import (
	"github.com/mtcheck/mtcheck/checker"
)

var chromeTimestamp = checker.Rule{
	ID:       "chrome-timestamp",
	Title:    "Timestamp or reading time of the scraped page",
	Category: "markup/leftover",
	Severity: checker.Minor,
	Message:  "Zeitangabe der Originalseite (Veröffentlichungszeit, „vor … Stunden“, Lesezeit): entfernen.",
	Doc: `Catches the timestamps and reading times a news page shows above or below an article, rendered ` +
		`as paragraphs of their own: relative times ("vor 3 Stunden", "vor 5 Std."), reading and listening ` +
		`times ("3 Minuten Lesezeit", "Hören · 4:12", "4-Minuten-Hören"), labelled times ("Aktualisiert 6:47 PM ` +
		`EST, 4. März 2025", "Veröffentlicht am …") and date lines with a clock time in an English shape or ` +
		`with an English time zone ("Do 6 Mär 2025 14.32 GMT", "4. März 2025, 15:00 UTC"). Every word of the ` +
		`paragraph must be a word of times and dates. A German date line ("Dienstag, 4. März 2025"), a ` +
		`German time ("14.30 Uhr", "14.30 Uhr MEZ"), a rubric like "Vor 50 Jahren" and times inside ` +
		`sentences are correct copy and stay clean; an English date alone is the rule english-date's. ` +
		`A label of the outlet and a colon may stand before a reading time ("Smart Brevity® Zählung: 2 min. lesen"), and the author's name and a dash before a date with a clock time and a counter after a pipe ("Eric Berger – 14. Mai 2025 22:41 Uhr | 87").`,
	Bad: []string{
		"{{vor 3 Stunden}}\n\nDie Regierung hat am Dienstag einen Notstand ausgerufen.",
		"{{3 Minuten Lesezeit}}",
		"{{Aktualisiert 6:47 PM EST, 4. März 2025}}",
		"{{Do 6 Mär 2025 14.32 GMT}}",
		"{{Hören · 4:12}}",
		"{{Lesezeit: 4 Min.}}",
		"{{4. März 2025, 15:00 UTC}}",
		"{{Vor 5 Std.}}",
		"{{Aktualisiert 5. März 2025 um 17:12 Uhr EST|Veröffentlicht 5. März 2025 um 6:00 Uhr EST}}",
		"{{Mittwoch, 5. März 2025 09:14, Großbritannien}}",
		"{{Gestern aktualisiert}}",
		"{{Smart Brevity® Zählung: 2 min. lesen}}",
		"{{Eric Berger – 14. Mai 2025 22:41 Uhr | 87}}",
	},
	Good: []string{
		"Dienstag, 4. März 2025",
		"Vor 50 Jahren",
		"14.30 Uhr: Der Zug fährt ein.",
		"Die Sitzung begann vor 3 Stunden und dauert an.",
		"Montag, 3. März 2025, 14.30 Uhr MEZ",
		"November 23, 2024",
		"Stand: 4. März 2025",
		"Mittwoch, 5. März 2025, Berlin",
		"Berlin, 5. März 2025, 14.30 Uhr",
		"Heute",
		"Gestern veröffentlicht die Regierung ihren Bericht.",
		"Anna Berger – 14. Mai 2025, 14.30 Uhr",
		"Hinweis: 2 Minuten lesen reicht nicht.",
	},
	Check: func(pass *checker.Pass) {
		reportChrome(pass, kindTimestamp, "Zeitangabe der Originalseite („%s“: Veröffentlichungszeit, „vor … Stunden“ oder Lesezeit): entfernen.")
	},
}

// timeWords are the other words a timestamp paragraph may hold.
var timeWords = wordSet("am", "um", "vor", "seit", "uhr", "ortszeit", "ago", "at", "on", "lesen", "zum", "von")

// isTimestamp reports whether paragraph p is a timestamp or a reading time:
// only words of times and dates, and a relative time, a reading time, a
// label with a date or time, or a clock time with an English time zone or
// in an English date.
func (s *chromeScan) isTimestamp(p *checker.Paragraph) bool {
	d := s.d
	if p.Words == 0 || p.Words > maxLabelWords+4 {
		return false
	}
	var label, reading, relative, clock, zone, date, english, units, germanZone, place, day bool
	end := p.EndToken
	start, lead := s.timestampLead(p)
	for i := start; i < end; i++ {
		t := d.Tokens[i]
		switch t.Kind {
		case checker.Number:
			if j, ok := s.clockTime(i, end); ok {
				clock = true
				i = j - 1
				continue
			}
			if tokenIs(d, i-1, "vor") || tokenIs(d, i-1, "Vor") {
				if u := i + 1; u < end && isWord(d, u) && s.class(u)&cwTimeUnit != 0 && shortTimeUnit(s.lower(u)) {
					relative = true
				}
			}
			date = true
		case checker.Word:
			w := s.lower(i)
			c := s.class(i)
			switch {
			case c&cwTimeLabel != 0:
				label = true
			case c&cwReading != 0 && w != "lesen":
				reading = true
				units = units || s.timeCompound(i)
			case c&cwZone != 0 && t.Shape == checker.Upper:
				zone = true
				germanZone = germanZone || w == "mez" || w == "mesz"
			case c&cwTimeUnit != 0:
				units = true
			case c&cwDay != 0:
				date = true
				english = english || isEnglishWeekday(d.TokenText(i))
			case w == "am" && t.Shape == checker.Upper, w == "pm", w == "a.m", w == "p.m":
				english = true
			case relativeDays[w]:
				day = true // "Gestern aktualisiert"
			case (w == "lesen" || w == "read") && s.unitBefore(i, start):
				reading, units = true, true // "2 min. lesen"
			case timeWords[w]:
			default:
				if m, ok := checker.MonthOf(d.TokenText(i)); ok {
					date = true
					english = english || m.English
					continue
				}
				if _, ord, ok := parseDay(w); ok && ord {
					english, date = true, true
					continue
				}
				if clock && date && i == end-1 && tokenIs(d, i-1, ",") && isCapWord(d, i) {
					place = true // the place of the time on the page: "09:14, Großbritannien" for "09:14, UK"
					continue
				}
				if !s.timeCompound(i) {
					return false
				}
				reading, units = true, true
			}
		case checker.Punct, checker.Symbol:
			if !labelPunct[d.TokenText(i)] {
				return false
			}
		default:
			return false
		}
	}
	switch {
	case lead == leadLabel:
		return relative || reading && units
	case lead == leadName:
		return clock && date && s.pipeCounterAt(end-1)
	case relative, reading && (units || clock), place:
		return true
	case label:
		return date || clock || day
	case clock:
		return zone && !germanZone || english
	}
	return false
}

// What stands before the time of a timestamp paragraph.
const (
	leadNone  = iota
	leadLabel // a label of the outlet and a colon: "Smart Brevity® Zählung: 2 min. lesen"
	leadName  // the author's name and a dash: "Eric Berger – 14. Mai 2025 22:41 Uhr | 87"
)

// timestampLead returns where the time of paragraph p starts after a
// leading label with a colon (up to four words without a number) or the
// author's name with a dash or a pipe, and which lead it found. A lead
// makes a timestamp only with a reading or relative time (after a label)
// or with a date, a clock time and a counter after a pipe (after a name),
// so that "Stand: 4. März 2025" and "Berlin, 5. März 2025, 14.30 Uhr" stay
// German copy.
func (s *chromeScan) timestampLead(p *checker.Paragraph) (int, int) {
	d := s.d
	for i := p.FirstToken; i < p.EndToken && i <= p.FirstToken+5; i++ {
		switch t := d.TokenText(i); {
		case t == ":" && i > p.FirstToken:
			return i + 1, leadLabel
		case isWord(d, i) && s.class(i)&timeLeadClasses != 0:
			return p.FirstToken, leadNone // "Lesezeit: 4 Min.", "Aktualisiert | 5. März"
		case (checker.IsDash(t) || t == "|") && i > p.FirstToken+1:
			for k := p.FirstToken; k < i; k++ {
				if !isCapWord(d, k) || s.class(k) != 0 {
					return p.FirstToken, leadNone
				}
			}
			return i + 1, leadName
		case d.Tokens[i].Kind == checker.Number:
			return p.FirstToken, leadNone
		}
	}
	return p.FirstToken, leadNone
}

// timeLeadClasses are the classes of the words of a timestamp itself,
// which are no lead before it.
const timeLeadClasses = cwTimeLabel | cwReading | cwTimeUnit | cwZone | cwDay | cwMonth

// unitBefore reports whether a time unit after a number stands right
// before word token i, after start ("2 min." before "lesen").
func (s *chromeScan) unitBefore(i, start int) bool {
	u := i - 1
	if tokenIs(s.d, u, ".") {
		u--
	}
	return u > start && isWord(s.d, u) && shortTimeUnit(s.lower(u)) && s.d.Tokens[u-1].Kind == checker.Number
}

// pipeCounterAt reports whether token i is a counter after a pipe ("| 87").
func (s *chromeScan) pipeCounterAt(i int) bool {
	return s.d.Tokens[i].Kind == checker.Number && tokenIs(s.d, i-1, "|")
}

// relativeDays are the days a label of a timestamp may give instead of a date.
var relativeDays = wordSet("heute", "gestern", "vorgestern", "today", "yesterday")

// shortTimeUnit reports whether a unit of a relative time is one of a
// timestamp: seconds to days ("vor 5 Std."), not the years of a rubric
// ("Vor 50 Jahren").
func shortTimeUnit(w string) bool {
	switch w {
	case "sekunde", "sekunden", "sek", "minute", "minuten", "min", "mins", "stunde", "stunden", "std", "h",
		"tag", "tagen", "minutes", "hour", "hours", "hrs", "days":
		return true
	}
	return false
}

// timeCompound reports whether word token i is a compound of a number, a
// time unit and a reading word ("4-Minuten-Hören", "3-Min-Lesezeit").
func (s *chromeScan) timeCompound(i int) bool {
	w := s.lower(i)
	var unit, reading bool
	for _, part := range splitHyphens(w) {
		switch c := chromeWords[part]; {
		case allDigits(part):
		case c&cwTimeUnit != 0:
			unit = true
		case c&cwReading != 0:
			reading = true
		default:
			return false
		}
	}
	return unit && reading
}

// splitHyphens splits w at its hyphens.
func splitHyphens(w string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			parts = append(parts, w[start:i])
			start = i + 1
		}
	}
	return append(parts, w[start:])
}

// englishWeekdays are the English names of the days of the week and their
// abbreviations.
var englishWeekdays = wordSet("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")

// isEnglishWeekday reports whether w is an English weekday name or abbreviation.
func isEnglishWeekday(w string) bool { return englishWeekdays[w] }
