package rules

// Date words for the english-date rule, besides the month names of the text
// model (checker.MonthOf).

// ordinalSuffixes are the English ordinal endings of a day ("5th", "23rd").
var ordinalSuffixes = []string{"st", "nd", "rd", "th"}

// monthNameGuards are English month names that are also common names
// ("Theresa May"); after a capitalised word they are taken as a name.
var monthNameGuards = wordSet("May", "June")

// datePrepositions may stand capitalised before a month name at the start of
// a sentence without making it a name ("Im May 3 …" is still a date).
var datePrepositions = wordSet("Am", "Im", "Ab", "Bis", "Seit", "Vom", "Zum", "Anfang", "Mitte", "Ende", "Bereits", "Schon")

// monthPrepositions stand before a month in German copy ("im", "seit",
// "Anfang") besides the prepositions and articles of the lexicon.
var monthPrepositions = wordSet("im", "seit", "bis", "ab", "vom", "zum", "anfang", "mitte", "ende", "letzten",
	"nächsten", "kommenden", "vergangenen")

// englishWeekdayNames maps the English names of the days of the week to the
// German ones.
var englishWeekdayNames = map[string]string{
	"Monday": "Montag", "Tuesday": "Dienstag", "Wednesday": "Mittwoch", "Thursday": "Donnerstag",
	"Friday": "Freitag", "Saturday": "Samstag", "Sunday": "Sonntag",
}
