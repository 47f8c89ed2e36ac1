package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
)

var twelveHourTime = checker.Rule{
	ID:       "twelve-hour-time",
	Title:    "Twelve-hour time with am or pm",
	Category: "locale/time-format",
	Severity: checker.Minor,
	Message:  "Uhrzeit im englischen 12-Stunden-Format: im Deutschen gilt die 24-Stunden-Zählung, z. B. „15 Uhr“.",
	Doc: `Catches times with am or pm, in every shape English writes them ("3pm", "10 a.m.", "11 PM", ` +
		`"3:30pm", "7.30am", "4:15 PM", "10:30 a.m."), and suggests the German time on the 24-hour clock with ` +
		`"Uhr" ("15 Uhr", "15.30 Uhr", "0.30 Uhr" for 12:30 am). The bare lower-case "am" after a number is ` +
		`not flagged, as it is the German "am" ("um 10 am Bahnhof"), nor "PM" as a noun ("die 2 PMs"). ` +
		`It also catches the generic US time zones after "Uhr" ("10:30 Uhr ET", "16 Uhr PT"), which German ` +
		`spells out or gives as local time; a clock time with an English zone and no "Uhr" ("23:40 GMT") is ` +
		`the locale pack's english-time-zone. "14.30 Uhr MEZ", "12 Uhr GMT" and "23 Uhr EDT", which German ` +
		`copy and translators use, stay clean.`,
	Bad: []string{
		"Die Sitzung beginnt um {{3pm}}.",
		"Der Start ist um {{10 a.m.}}",
		"Das Konzert endet um {{11 PM}}.",
		"Um {{3:30pm}} landete das Flugzeug.",
		"Um {{7.30am}} öffnet der Laden.",
		"Um {{4:15 PM}} war alles vorbei.",
		"Die Sitzung beginnt um {{10:30 a.m.}} im Rathaus.",
		"Die Anträge werden bis Freitag, {{5 p.m.}} entgegengenommen.",
		"Die Behörden ordneten um {{10:30 Uhr ET}} die Evakuierung an.",
		"Die Börse schloss um {{16 Uhr PT}}.",
		"Das Spiel beginnt um {{19.30 Uhr CT}}.",
	},
	Good: []string{
		"Die Sitzung beginnt um 15 Uhr.",
		"Wir treffen uns um 10 am Bahnhof.",
		"Der Laden öffnet um 7.30 Uhr.",
		"Die Zahl der PM-Einträge stieg auf 12.",
		"Am 3. Mai um 14:30 Uhr begann die Sitzung.",
		"Die 2 PMs des Vereins sind online.",
		"Die Sitzung begann um 14.30 Uhr MEZ.",
		"Die Raumsonde startete um 12 Uhr GMT.",
		"Die Wartung beginnt um 15:00 UTC.",
		"Der Zug fährt um 10:30 Uhr ab, ET steht für Eastern Time.",
		"Die Partei kam auf 10 ET-Stimmen.",
		"Der Anpfiff ist um 20.45 Uhr (21.45 Uhr MEZ).",
		"Gegen 23.00 Uhr EDT befand sich das Auge des Sturms vor der Küste.",
	},
	Check: checkTwelveHourTime,
}

// isClockSuffix asks whether a word is an am/pm mark or ends in one
// ("pm", "a.m", "3pm", "30pm", "7.30am").
var isClockSuffix = clause.NewQuestion(func(w string) bool {
	lw := strings.ToLower(w)
	return lw == "pm" || lw == "a.m" || lw == "p.m" || w == "AM" ||
		(strings.HasSuffix(lw, "am") || strings.HasSuffix(lw, "pm")) && len(lw) > 2 && lw[0] >= '0' && lw[0] <= '9'
})

func checkTwelveHourTime(pass *checker.Pass) {
	d := pass.Doc
	lx := clause.LexOf(pass)
	for i := range anchors(pass, sharedAnchors.Get(pass).clock) {
		t := &d.Tokens[i]
		if t.Shape == checker.Upper && t.End-t.Start <= 4 {
			if span, german, ok := matchTimeZone(d, i); ok {
				msg := fmt.Sprintf("Uhrzeit mit englischer Zeitzone: „%s“ – im Deutschen die Zeitzone ausschreiben („Ostküstenzeit“) oder als Ortszeit angeben („%s Ortszeit“).", d.Slice(span), german)
				pass.Report(span, msg)
				continue
			}
		}
		if !isDigitByte(d.Text[t.Start]) && t.End-t.Start > 3 || !lx.Ask(i, isClockSuffix) {
			continue // a time zone only: a short mark ("pm", "a.m") or a word starting with a digit ("3pm")
		}
		start, german, ok := matchTwelveHour(d, i)
		if !ok {
			continue
		}
		end := i
		if tokenIs(d, i+1, ".") && !d.Tokens[i+1].SpaceBefore && strings.Contains(d.TokenText(i), ".") {
			end = i + 1 // the full stop of "a.m."
		}
		span := spanOf(d, start, end)
		msg := fmt.Sprintf("Uhrzeit im englischen 12-Stunden-Format: „%s“ – im Deutschen „%s“.", d.Slice(span), german)
		pass.Report(span, msg, german)
	}
}

// matchTwelveHour matches the time that ends with the am/pm mark at token i
// and returns its first token and its German form.
func matchTwelveHour(d *checker.Doc, i int) (int, string, bool) {
	w := d.TokenText(i)
	lw := strings.ToLower(w)
	pm := strings.HasSuffix(strings.ReplaceAll(lw, ".", ""), "pm")
	mark := strings.ReplaceAll(lw, ".", "")
	if mark == "am" || mark == "pm" {
		// a separate mark: "10 a.m.", "11 PM", "4:15 PM"; lower-case "am" alone is German
		if mark == "am" && w != "AM" && lw != "a.m" || mark == "pm" && w != "PM" && w != "pm" && lw != "p.m" {
			return 0, "", false
		}
		if !d.Tokens[i].SpaceBefore || !sameParagraph(d, i-1, i) {
			return 0, "", false
		}
		return clockBefore(d, i-1, pm)
	}
	// glued: "3pm", "7.30am", or "30pm" after "3:"
	digits := strings.TrimSuffix(strings.TrimSuffix(lw, "am"), "pm")
	if tokenIs(d, i-1, ":") && !d.Tokens[i].SpaceBefore && !d.Tokens[i-1].SpaceBefore && i >= 2 &&
		d.Tokens[i-2].Kind == checker.Number {
		return germanClock(d.TokenText(i-2), digits, pm, i-2)
	}
	h, m, _ := strings.Cut(digits, ".")
	if h == digits {
		h, m, _ = strings.Cut(digits, ":")
	}
	return germanClock(h, m, pm, i)
}

// clockBefore reads the time that ends at token e before a separate am/pm
// mark: "10", "10.30" or "10:30".
func clockBefore(d *checker.Doc, e int, pm bool) (int, string, bool) {
	if e < 0 || d.Tokens[e].Kind != checker.Number {
		return 0, "", false
	}
	if e >= 2 && tokenIs(d, e-1, ":") && !d.Tokens[e].SpaceBefore && !d.Tokens[e-1].SpaceBefore &&
		d.Tokens[e-2].Kind == checker.Number {
		return germanClock(d.TokenText(e-2), d.TokenText(e), pm, e-2)
	}
	h, m, _ := strings.Cut(d.TokenText(e), ".")
	return germanClock(h, m, pm, e)
}

// germanClock turns hour and minutes of the 12-hour clock into the German
// 24-hour form ("3", "30", pm → "15.30 Uhr"), starting at token start.
func germanClock(h, m string, pm bool, start int) (int, string, bool) {
	hour, err := strconv.Atoi(h)
	if err != nil || len(h) > 2 || hour < 1 || hour > 12 || m != "" && (len(m) != 2 || !allDigits(m) || m[0] > '5') {
		return 0, "", false
	}
	switch {
	case pm && hour != 12:
		hour += 12
	case !pm && hour == 12:
		hour = 0
	}
	german := strconv.Itoa(hour)
	if m != "" && m != "00" {
		german += "." + m
	}
	return start, german + " Uhr", true
}

// usZones are the generic US time-zone labels that German copy does not
// use after "Uhr" (translators write "23 Uhr EDT", never "23 Uhr ET").
var usZones = wordSet("ET", "PT", "CT")

// matchTimeZone matches a clock time with "Uhr" before the generic US
// time-zone label at token i ("10:30 Uhr ET") and returns its span and the
// German clock time ("10.30 Uhr").
func matchTimeZone(d *checker.Doc, i int) (checker.Span, string, bool) {
	if !usZones[d.TokenText(i)] || i < 2 || !tokenIs(d, i-1, "Uhr") || !sameParagraph(d, i-2, i) {
		return checker.Span{}, "", false
	}
	start, german, ok := clockEndingAt(d, i-2)
	if !ok {
		return checker.Span{}, "", false
	}
	return spanOf(d, start, i), german + " Uhr", true
}

// clockEndingAt reads a clock time of the 24-hour clock that ends at token
// e ("23:40", "14.30", "16") and returns its first token and its German
// form ("23.40", "14.30", "16").
func clockEndingAt(d *checker.Doc, e int) (int, string, bool) {
	if e < 0 || d.Tokens[e].Kind != checker.Number {
		return 0, "", false
	}
	h, m := d.TokenText(e), ""
	start := e
	if e >= 2 && tokenIs(d, e-1, ":") && !d.Tokens[e].SpaceBefore && !d.Tokens[e-1].SpaceBefore &&
		d.Tokens[e-2].Kind == checker.Number {
		h, m, start = d.TokenText(e-2), d.TokenText(e), e-2
	} else if hh, mm, ok := strings.Cut(h, "."); ok {
		h, m = hh, mm
	}
	hour, err := strconv.Atoi(h)
	if err != nil || len(h) > 2 || hour > 24 || m != "" && (len(m) != 2 || !allDigits(m) || m[0] > '5') {
		return 0, "", false
	}
	if m == "" {
		return start, h, true
	}
	return start, h + "." + m, true
}
