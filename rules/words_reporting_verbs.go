package rules

// Word lists for the duplicate-reporting-verb rule. They are plain data so that
// they can move into the German lexicon (rules/lexicon) unchanged.

// reportingVerbs maps finite forms (3rd person singular and plural, present and
// past) of verbs that introduce or close a quote to the separable particles the
// form needs to be a reporting verb. An empty slice means the form stands alone
// ("sagte"); otherwise one of the particles must follow the subject ("fügte …
// hinzu", "gab … an" or "gab … zu").
var reportingVerbs = map[string][]string{
	// sagen
	"sagt": nil, "sagte": nil, "sagten": nil, "sagen": nil,
	// erklären
	"erklärt": nil, "erklärte": nil, "erklärten": nil,
	// betonen
	"betont": nil, "betonte": nil, "betonten": nil,
	// meinen
	"meint": nil, "meinte": nil, "meinten": nil,
	// schreiben
	"schreibt": nil, "schrieb": nil, "schrieben": nil,
	// ergänzen
	"ergänzt": nil, "ergänzte": nil, "ergänzten": nil,
	// erwidern
	"erwidert": nil, "erwiderte": nil, "erwiderten": nil,
	// antworten
	"antwortet": nil, "antwortete": nil, "antworteten": nil,
	// berichten
	"berichtet": nil, "berichtete": nil, "berichteten": nil,
	// bestätigen
	"bestätigt": nil, "bestätigte": nil, "bestätigten": nil,
	// warnen
	"warnt": nil, "warnte": nil, "warnten": nil,
	// behaupten
	"behauptet": nil, "behauptete": nil, "behaupteten": nil,
	// versichern
	"versichert": nil, "versicherte": nil, "versicherten": nil,
	// unterstreichen
	"unterstreicht": nil, "unterstrich": nil,
	// erläutern
	"erläutert": nil, "erläuterte": nil, "erläuterten": nil,
	// kommentieren
	"kommentiert": nil, "kommentierte": nil, "kommentierten": nil,
	// twittern
	"twittert": nil, "twitterte": nil, "twitterten": nil,
	// verkünden
	"verkündet": nil, "verkündete": nil, "verkündeten": nil,
	// bemerken
	"bemerkt": nil, "bemerkte": nil, "bemerkten": nil,

	// separable verbs: the particle follows the subject
	"fügt": {"hinzu"}, "fügte": {"hinzu"}, "fügten": {"hinzu"},
	"teilt": {"mit"}, "teilte": {"mit"}, "teilten": {"mit"},
	"gibt": {"an", "zu", "bekannt"}, "gab": {"an", "zu", "bekannt"}, "gaben": {"an", "zu", "bekannt"},
	"führt": {"aus"}, "führte": {"aus"}, "führten": {"aus"},
	"hebt": {"hervor"}, "hob": {"hervor"}, "hoben": {"hervor"},
	"stellt": {"klar"}, "stellte": {"klar"}, "stellten": {"klar"},
	"räumt": {"ein"}, "räumte": {"ein"}, "räumten": {"ein"},
	"merkt": {"an"}, "merkte": {"an"}, "merkten": {"an"},
}

// subjectPronouns are personal pronouns in the nominative that can be the whole
// subject of a reporting clause ("sagte er").
var subjectPronouns = wordSet("er", "sie", "es", "man", "wir", "ich", "du")

// objectPronouns are dative and accusative pronouns; after "es" they show that
// "es" is an object ("sagte es ihm"), not a subject.
var objectPronouns = wordSet("ihm", "ihr", "ihnen", "mir", "dir", "uns", "euch", "mich", "dich", "sich")

// subjectDeterminers open a nominative noun phrase ("der Milliardär", "ihr Anwalt").
var subjectDeterminers = wordSet(
	"der", "die", "das", "ein", "eine", "einer", "kein", "keine",
	"dieser", "diese", "dieses", "jener", "jene", "jenes",
	"sein", "seine", "ihr", "ihre", "unser", "unsere", "euer", "eure",
	"mein", "meine", "dein", "deine", "dessen", "deren",
)

// adjectiveEndings are the inflectional endings of an attributive adjective
// between determiner and noun ("der frühere Minister").
var adjectiveEndings = []string{"e", "en", "er", "es", "em"}

// notSubjectWords can never be part of a reporting clause's subject: they
// join or subordinate clauses, or are adverbs and particles that show the
// clause goes on ("sagte er und sagte dann nichts").
var notSubjectWords = wordSet(
	"und", "oder", "aber", "sondern", "denn", "dass", "daß", "weil", "ob", "wenn", "als", "wie", "was",
	"doch", "jedoch", "sowie", "bzw", "noch", "auch", "dann", "nur", "nicht", "nichts", "so", "da",
	"schon", "bereits", "immer", "wieder", "später", "zuvor", "gestern", "heute", "zudem", "außerdem",
)

// frontedAdverbs may stand alone before a fronted reporting verb at the start
// of a sentence ("Später sagte der Sprecher …").
var frontedAdverbs = wordSet(
	"Dann", "Später", "Danach", "Daraufhin", "Zudem", "Außerdem", "Gestern", "Heute", "Damals",
	"Anschließend", "Zuvor", "Weiter", "Nun", "Jetzt", "Dazu", "Ferner",
)
