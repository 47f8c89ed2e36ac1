package rules

// Month names for the english-date rule. Plain data so that they can move into
// the German lexicon (rules/lexicon) unchanged.

// germanMonths are the German month names, January first.
var germanMonths = [12]string{
	"Januar", "Februar", "März", "April", "Mai", "Juni",
	"Juli", "August", "September", "Oktober", "November", "Dezember",
}

// monthName describes a word that names a month.
type monthName struct {
	month int // 1–12
	// englishOnly is true for names German does not use ("March", "Oct."),
	// which make a following day number an English date by themselves.
	englishOnly bool
	// abbrev is true for abbreviations ("Nov", "Dec"). They are month names
	// only with a full stop; "Nov. 24" alone may be German for November 2024,
	// so only English-only abbreviations ("Dec. 24") count without a year.
	abbrev bool
}

// monthNames maps German and English month names and their abbreviations.
var monthNames = map[string]monthName{
	// German (and Austrian "Jänner")
	"Januar": {1, false, false}, "Jänner": {1, false, false}, "Februar": {2, false, false},
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

// ordinalSuffixes are the English ordinal endings of a day ("5th", "23rd").
var ordinalSuffixes = []string{"st", "nd", "rd", "th"}

// monthNameGuards are English month names that are also common names
// ("Theresa May"); after a capitalised word they are taken as a name.
var monthNameGuards = wordSet("May", "June")

// datePrepositions may stand capitalised before a month name at the start of
// a sentence without making it a name ("Im May 3 …" is still a date).
var datePrepositions = wordSet("Am", "Im", "Ab", "Bis", "Seit", "Vom", "Zum", "Anfang", "Mitte", "Ende", "Bereits", "Schon")
