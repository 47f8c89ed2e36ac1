package rules

// Word lists for the duplicate-reporting-verb rule. They are plain data so that
// they can move into the German lexicon (rules/lexicon) unchanged.

// reportingVerbs maps the lemmas of verbs that introduce or close a quote to
// the separable particle their split forms need: empty for simple verbs
// ("sagte"), "hinzu" for "hinzufügen" ("fügte … hinzu"). The rule finds every
// finite form through the German lexicon (rules/lexicon), which must list
// each lemma with the same particle; a test checks this.
var reportingVerbs = map[string][]string{
	"sagen": nil, "erklären": nil, "betonen": nil, "meinen": nil, "schreiben": nil, "ergänzen": nil,
	"erwidern": nil, "antworten": nil, "berichten": nil, "bestätigen": nil, "warnen": nil, "behaupten": nil,
	"versichern": nil, "unterstreichen": nil, "erläutern": nil, "kommentieren": nil, "twittern": nil,
	"verkünden": nil, "bemerken": nil, "entgegnen": nil, "bekräftigen": nil, "beteuern": nil, "fragen": nil,
	"erzählen": nil,

	// separable verbs: the particle follows the subject ("teilte das Ministerium mit")
	"hinzufügen": {"hinzu"}, "mitteilen": {"mit"}, "angeben": {"an"}, "zugeben": {"zu"},
	"bekanntgeben": {"bekannt"}, "ausführen": {"aus"}, "hervorheben": {"hervor"}, "klarstellen": {"klar"},
	"einräumen": {"ein"}, "anmerken": {"an"}, "einwenden": {"ein"}, "feststellen": {"fest"},
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
