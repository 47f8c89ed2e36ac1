package rules

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
)

var weekdayDateComma = checker.Rule{
	ID:       "weekday-date-comma",
	Title:    "Missing comma between weekday and date",
	Category: "fluency/punctuation",
	Severity: checker.Minor,
	Message:  "Zwischen Wochentag und Datum steht ein Komma.",
	Doc: `Catches a weekday and the date after it written without the comma German puts between them: ` +
		`"am Dienstag 4. März" for "am Dienstag, 4. März" or "am Dienstag, dem 4. März", and "Dienstag den ` +
		`4. März" for "Dienstag, den 4. März". The date is an apposition to the weekday; English "Tuesday ` +
		`March 4" sets no comma and literal translation keeps it that way. The comma after the date is ` +
		`optional and not checked.`,
	Bad: []string{
		`Das Treffen ist am {{Dienstag 4}}. März in Berlin.`,
		`Er kam am {{Freitag dem}} 12. Mai zurück.`,
		`{{Montag den}} 3. Juni beginnt der Kurs.`,
		`Die Wahl findet am {{Sonntag 26}}. September statt.`,
		`Bis {{Mittwoch 15}}. Januar gilt die Frist.`,
	},
	Good: []string{
		`Das Treffen ist am Dienstag, 4. März, in Berlin.`,
		`Er kam am Freitag, dem 12. Mai, zurück.`,
		`Montag, den 3. Juni, beginnt der Kurs.`,
		`Am Dienstag 4 Stunden Arbeit und am Mittwoch 3.`,
		`Am Sonntag den ganzen Tag und am Montag dem Chef zuliebe.`,
	},
	Check: checkWeekdayDateComma,
}

func checkWeekdayDateComma(pass *checker.Pass) {
	d := pass.Doc
	for i := range candidates(pass, grammarIndexOf(pass).weekday) {
		if !isCapWord(d, i) || !checker.IsWeekday(d.TokenText(i)) || !weekdayDateFollows(d, i) {
			continue
		}
		w, next := d.TokenText(i), d.TokenText(i+1)
		pass.Report(spanOf(d, i, i+1), fmt.Sprintf("Komma zwischen Wochentag und Datum: „%s, %s“.", w, next), w+", "+next)
	}
}

// weekdayDateFollows reports whether a date follows the weekday at token i
// without a comma: a day ("4.") and a month name, after "den" or "dem" or
// directly.
func weekdayDateFollows(d *checker.Doc, i int) bool {
	j := i + 1
	if j >= len(d.Tokens) || !d.Tokens[j].SpaceBefore || d.Tokens[j].Sentence != d.Tokens[i].Sentence &&
		!sameParagraph(d, i, j) {
		return false
	}
	if tokenIs(d, j, "den") || tokenIs(d, j, "dem") {
		j++
	}
	if j+2 >= len(d.Tokens) || d.Tokens[j].Kind != checker.Number || !tokenIs(d, j+1, ".") ||
		d.Tokens[j+1].SpaceBefore {
		return false
	}
	return checker.IsMonthName(d.TokenText(j+2)) || d.Tokens[j+2].Kind == checker.Number
}
