package rules

// Word lists for the capitals and glued words that split link text leaves
// (midsentence-capital, glued-words). Plain data.

// capitalAdverbs are adverbs that link text leaves capitalised mid-sentence
// ("finden Sie Hier", "hat Bereits begonnen"); they are no nouns, except
// after an article ("das Heute").
var capitalAdverbs = wordSet(
	"Hier", "Dort", "Jetzt", "Heute", "Gestern", "Bereits", "Schon", "Noch", "Nicht", "Nur", "Sehr", "Deutlich",
	"Hierzu", "Dazu", "Mehr", "Online", "Live", "Weiter",
)

// gluedLinkWords are capitalised words that start a link title or teaser
// and, glued to the word before, show a lost link boundary
// ("ÜberblickWarum", "hierJetzt").
var gluedLinkWords = wordSet(
	"Warum", "Wieso", "Weshalb", "Wann", "Wer", "Welche", "Welcher", "Welches", "Wo", "Worum", "Wohin",
	"Woher", "Hier", "Jetzt", "Alle",
)
