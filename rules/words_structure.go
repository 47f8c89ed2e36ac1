package rules

// Word lists for the sentence-structure rules. Plain data, so that they can
// move into the German lexicon (rules/lexicon) unchanged.

// politeForms are capitalised pronouns of polite or letter-style address
// ("Sie", "Ihnen", "Dir"); a capital is right mid-sentence.
var politeForms = wordSet(
	"Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen",
	"Du", "Dich", "Dir", "Dein", "Deine", "Deinen", "Deinem", "Deiner", "Deines",
	"Euch", "Euer", "Eure", "Euren", "Eurem", "Eurer", "Eures",
)

// capitalCoordinators are coordinating conjunctions that are wrong with a
// capital inside a sentence ("Cookie-Richtlinie Und Datenschutz").
var capitalCoordinators = wordSet("Und", "Oder", "Aber", "Sondern", "Sowie", "Denn", "Sowohl", "Beziehungsweise")

// capitalPrepositions are German prepositions that are no English words; a
// capital inside a sentence marks former link text ("mehr Infos Auf
// unserer Seite"). "In", "Am", "An" are left out: they are English too.
var capitalPrepositions = wordSet(
	"Mit", "Von", "Vom", "Für", "Auf", "Aus", "Bei", "Beim", "Nach", "Über", "Unter", "Gegen", "Ohne",
	"Durch", "Seit", "Wegen", "Trotz", "Zum", "Zur", "Zu", "Im", "Ins", "Vor", "Zwischen", "Neben", "Hinter", "Um",
)

// capitalArticles are oblique article forms, which rarely open a title
// ("mit Dem Auto"); nominative "Der", "Die", "Das", "Ein" often do ("die
// Partei Die Linke") and are left alone.
var capitalArticles = wordSet("Dem", "Den", "Des", "Einem", "Einen", "Eines")

// capitalPronouns are personal pronouns that are wrong with a capital inside
// a sentence ("sagte Er"). Polite forms are in politeForms; "Man" is English too.
var capitalPronouns = wordSet("Er", "Es", "Wir", "Ich")

// titleNouns introduce names and titles of works that keep their capitals
// ("der Film Wie im Himmel", "die Apotheke Am Markt"); compared with the end
// of the lower-cased previous word, so compounds count ("Kinofilm").
var titleNouns = newSuffixSet(
	"film", "buch", "roman", "titel", "song", "lied", "album", "serie", "sendung", "show", "stück", "oper",
	"musical", "band", "gruppe", "zeitung", "magazin", "zeitschrift", "blatt", "partei", "motto", "slogan",
	"kampagne", "aktion", "ausstellung", "programm", "kolumne", "rubrik", "podcast", "spiel", "hit", "single",
	"bestseller", "gedicht", "werk", "festival", "projekt", "initiative", "verein", "restaurant", "hotel",
	"gasthaus", "gasthof", "apotheke", "praxis", "café", "bar", "kneipe", "laden", "label", "schlagzeile",
	"überschrift", "hashtag", "reihe", "format", "sender", "kanal", "kapitel", "abschnitt", "stichwort",
	"schlagwort", "thema", "motiv", "parole", "spruch", "zitat",
)

// commaSubordinators are the subordinating conjunctions of the lexicon
// whose missing comma comma-before-subclause checks: the common strong
// ones, and the weak "als", "während", "damit", "da" and "solange" (also a
// particle, a preposition or an adverb), which the rule confirms by what
// follows. The other subordinators are left out: their clauses are rarer
// and harder to confirm.
var commaSubordinators = wordSet(
	"dass", "daß", "weil", "ob", "obwohl", "damit", "nachdem", "sodass", "sodaß", "wenn", "als", "während",
	"da", "bevor", "falls", "sobald", "solange", "obgleich", "sofern", "indem",
)

// commaCorrelates are pronominal adverbs that announce the clause after
// them ("führt dazu, dass", "liegt daran, dass"): the comma goes between
// them and the conjunction, although they are adverbs.
var commaCorrelates = wordSet("dazu", "daran", "darauf", "darüber", "dafür", "davon", "dadurch", "daraus", "darin",
	"dabei", "dagegen", "darum", "davor", "danach", "dahin", "daher", "deshalb", "deswegen", "dessen")

// commaFocusWords go with the conjunction after them, so that a comma belongs
// before them ("kurz nachdem", "egal ob", "vor allem weil", "ohne dass"),
// beyond the adverbs and particles of the lexicon.
var commaFocusWords = wordSet(
	"ohne", "statt", "anstatt", "außer", "ausser", "bis", "auf", "kaum", "trotz", "je", "kurz", "lange",
	"direkt", "unmittelbar", "knapp", "egal", "gleichgültig", "allem", "zumal", "teils", "teilweise",
	"hauptsächlich", "vornehmlich", "umso", "desto", "grade", "einfach", "vorausgesetzt", "angenommen",
	"gesetzt", "ausgenommen", "insbesondere", "speziell", "gerade", "bloß", "vermutlich", "wahrscheinlich",
	"dh", "zb", "bzw", "usw", "etc", "ua",
)

// comparativeWords are followed by a comparative "als", not by a clause ("mehr als").
var comparativeWords = wordSet("mehr", "weniger", "eher", "lieber", "anders", "nichts", "niemand", "sowohl", "so",
	"ebenso", "genauso", "doppelt", "zweimal", "dreimal", "mal")

// timeSpanNouns measure time before "nachdem", "bevor", "wenn" and
// "während", where the comma may stand before the span ("zwei Tage nachdem").
var timeSpanNouns = wordSet("tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten", "jahr",
	"jahre", "jahren", "stunde", "stunden", "minute", "minuten", "sekunde", "sekunden", "zeit", "augenblick",
	"moment", "nacht", "nächte", "abend", "morgen")

// ellipticalAfterConjunction follow "wenn" or "ob" in set phrases that need no
// comma ("wenn nötig", "ob nun").
var ellipticalAfterConjunction = wordSet("nötig", "möglich", "überhaupt", "auch", "nicht", "ja", "nein",
	"gewünscht", "erforderlich", "notwendig", "vorhanden", "zutreffend", "überhaupt", "nun", "denn", "schon", "wie")

// danglingCoordinators cannot end a sentence: coordinating conjunctions
// that need a following conjunct ("… und"). Subordinators are
// danglingSubordinator.
var danglingCoordinators = wordSet("und", "oder", "sowie", "sondern", "sowohl", "beziehungsweise")

// ellipticalSubordinators are strong subordinators that can end an
// elliptical sentence: "Und ob!", "je nachdem", "Nur wenn."
var ellipticalSubordinators = wordSet("ob", "nachdem", "wenn")

// danglingPhraseWords cannot end a sentence either: articles, contractions
// and prepositions that are never separable verb particles ("… zum",
// "… des", "… von"). "an", "auf", "mit", "zu" and the like are left out:
// "Er gab zu."
var danglingPhraseWords = wordSet("zum", "zur", "im", "am", "beim", "vom", "ins", "des", "eines", "einem",
	"von", "für", "seit", "ohne", "trotz", "zwischen", "wegen", "während", "bezüglich", "hinsichtlich")

// greetingOpeners start the salutation of a letter, which ends in a comma.
var greetingOpeners = wordSet("liebe", "lieber", "liebes", "sehr", "hallo", "hi", "hey", "servus", "moin", "guten",
	"grüß", "werte", "werter", "geehrte", "geehrter", "verehrte", "verehrter", "dear", "hello", "mit", "viele",
	"beste", "herzliche", "freundliche", "schöne", "schönen")

// fragmentPrepositions open the prepositional phrases that English news copy
// uses as sentences of their own and literal translation keeps ("Zum
// Zeitpunkt der Klage.", "Nach Angaben der Polizei."). "Von", "Mit", "Für",
// "Aus" are left out: they open bylines, credits and evaluations ("Von
// Anna Berger", "Mit Material von dpa", "Für mich die beste Wahl").
var fragmentPrepositions = wordSet("zum", "zur", "nach", "laut", "gemäß", "wegen", "aufgrund", "trotz", "während",
	"seit", "bis", "vor", "bei", "beim", "im", "am", "angesichts", "infolge", "hinsichtlich", "bezüglich",
	"anlässlich", "innerhalb", "außerhalb", "unter", "gegen", "dank", "mangels", "seitens", "durch")

// attributionPrepositions name a source; with them a short phrase is already a
// fragment ("Laut einem Sprecher.").
var attributionPrepositions = wordSet("laut", "gemäß")

// genitiveDeterminers open a genitive attribute ("der Klage", "des Ministeriums").
var genitiveDeterminers = wordSet("des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "dieses",
	"dieser", "jenes", "jener", "unseres", "unserer", "eures", "eurer", "meines", "meiner", "deines", "deiner",
	"keines", "keiner", "aller", "beider", "vieler", "mehrerer", "einiger", "zweier", "dreier")

// nominativeDeterminers are the determiners without the ending -e that can
// open a subject and cannot be genitive or dative.
var nominativeDeterminers = wordSet("das", "ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "dies")

// evaluativeNouns head sentence adverbials that German writers set as
// stylistic fragments of their own ("Zum Ärger der Anwohner.", "Zu seinem
// Bedauern."); a fragment ending in them is not flagged.
var evaluativeNouns = wordSet("Erstaunen", "Ärger", "Leidwesen", "Freude", "Überraschung", "Entsetzen", "Glück",
	"Unmut", "Bedauern", "Enttäuschung", "Erleichterung", "Verwunderung", "Missfallen", "Verdruss", "Schrecken",
	"Kummer", "Unverständnis", "Unglück", "Pech", "Schaden", "Begeisterung", "Empörung", "Genugtuung", "Zufriedenheit",
	"Verärgerung", "Belustigung", "Beruhigung", "Sorge", "Verblüffung", "Irritation")
