package checker

// Calendar words: the names of months and weekdays.

// MonthName is what a month name says: which month, and in which language
// and form.
type MonthName struct {
	Month int // 1–12
	// English is true for names German does not use ("March", "Oct"), which
	// make a following day number an English date by themselves.
	English bool
	// Abbrev is true for abbreviations ("Nov", "Dec"). They are written with a
	// full stop, which then ends no sentence.
	Abbrev bool
}

// germanMonths are the German month names, January first.
var germanMonths = [12]string{
	"Januar", "Februar", "März", "April", "Mai", "Juni",
	"Juli", "August", "September", "Oktober", "November", "Dezember",
}

// monthNames maps German and English month names and their abbreviations.
// English names that German shares ("April", "November") are German here.
var monthNames = map[string]MonthName{
	// German (and Austrian "Jänner", "Feber")
	"Januar": {1, false, false}, "Jänner": {1, false, false}, "Februar": {2, false, false}, "Feber": {2, false, false},
	"März": {3, false, false}, "April": {4, false, false}, "Mai": {5, false, false},
	"Juni": {6, false, false}, "Juli": {7, false, false}, "August": {8, false, false},
	"September": {9, false, false}, "Oktober": {10, false, false}, "November": {11, false, false},
	"Dezember": {12, false, false},
	// English names German does not share
	"January": {1, true, false}, "February": {2, true, false}, "March": {3, true, false},
	"May": {5, true, false}, "June": {6, true, false}, "July": {7, true, false},
	"October": {10, true, false}, "December": {12, true, false},
	// abbreviations (German and English)
	"Jan": {1, false, true}, "Feb": {2, false, true}, "Mar": {3, true, true}, "Mär": {3, false, true},
	"Apr": {4, false, true}, "Jun": {6, false, true}, "Jul": {7, false, true}, "Aug": {8, false, true},
	"Sep": {9, false, true}, "Sept": {9, false, true}, "Oct": {10, true, true}, "Okt": {10, false, true},
	"Nov": {11, false, true}, "Dec": {12, true, true}, "Dez": {12, false, true},
}

// MonthOf reports which month w names: a German or English month name or
// abbreviation (without its full stop), as written ("November", "Oct").
func MonthOf(w string) (MonthName, bool) {
	m, ok := monthNames[w]
	return m, ok
}

// IsMonthName reports whether w is a full German or English month name
// ("November", "March"), not an abbreviation. The sentence splitter reads a
// number with a full stop before one as an ordinal date ("am 25. November"),
// not as the end of a sentence.
func IsMonthName(w string) bool {
	m, ok := monthNames[w]
	return ok && !m.Abbrev
}

// GermanMonth returns the German name of month m (1–12): "November".
func GermanMonth(m int) string { return germanMonths[m-1] }

// weekdays are the German names of the days of the week.
var weekdays = setOf("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag")

// IsWeekday reports whether w is the German name of a day of the week
// ("Montag", "Sonnabend").
func IsWeekday(w string) bool { return weekdays[w] }
