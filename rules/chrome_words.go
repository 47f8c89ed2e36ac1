package rules

import "strings"

// Word lists of the page-chrome family (rules/chrome_*.go). A word's classes
// say what it can be on a scraped page; the rules decide by the shape of a
// whole paragraph (all its words from these classes, a Sie-imperative, a
// counter), never by one word alone. Plain data, compared in lower case.

// chromeClass is a set of classes of a word of page chrome.
type chromeClass uint32

const (
	// cwButton: verbs and nouns of buttons and links that are chrome in a
	// paragraph of their own ("Teilen", "Speichern", "Aktie" for "Share").
	cwButton chromeClass = 1 << iota
	// cwUINoun: nouns that name things on a page ("Artikel", "Link", "Video");
	// chrome only together with buttons or next to other chrome.
	cwUINoun
	// cwPlatform: social platforms and share targets ("Facebook", "X", "E-Mail").
	cwPlatform
	// cwGlue: function words of button labels ("Sie", "diesen", "über").
	cwGlue
	// cwTimeLabel: labels of timestamps ("Aktualisiert", "Veröffentlicht").
	cwTimeLabel
	// cwTimeUnit: units of relative times and reading times ("Stunden", "Min").
	cwTimeUnit
	// cwReading: reading and listening times ("Lesezeit", "Hören").
	cwReading
	// cwZone: time-zone labels ("GMT", "EST", "MEZ").
	cwZone
	// cwDay: weekday names and abbreviations, German and English.
	cwDay
	// cwAd: advertisement and sponsor words ("Werbung", "gesponsert").
	cwAd
	// cwList: labels of tag and link lists ("Themen", "meistgelesen").
	cwList
	// cwComment: words of comment sections ("Kommentare", "Diskussion").
	cwComment
	// cwPromoNoun: objects of newsletter, app and subscription promotions.
	cwPromoNoun
	// cwEmbedNoun: what an embed box is about ("Inhalt", "Beitrag", "Cookies").
	cwEmbedNoun
	// cwEmbedVerb: what an embed box asks or says ("zulassen", "gehostet").
	cwEmbedVerb
	// cwAgency: photo and news agencies of credits ("Reuters", "Getty").
	cwAgency
	// cwEnglish: English words of page chrome left untranslated ("Sponsored").
	// English labels the pack untranslated knows ("Related Topics",
	// "Advertisement") are left to it.
	cwEnglish
	// cwCaption: labels of credits and captions ("Foto", "Bildunterschrift").
	cwCaption
	// cwCredit: words of credit, contributor and copyright lines
	// ("beigetragen", "Berichterstattung", "Urheberrecht").
	cwCredit
	// cwConsent: what consent boxes ask about ("Cookies", "Drittanbieter").
	cwConsent
	// cwAffiliate: words of affiliate disclosures ("Provision").
	cwAffiliate
	// cwPromoVerb: verbs of Sie-imperatives that promote (promoVerbs).
	cwPromoVerb
	// cwMonth: month names and abbreviations, German and English.
	cwMonth
	// cwHandle and cwCopyrightSign mark, in a paragraph's classes, an
	// @handle and a copyright sign; no word has them.
	cwHandle
	cwCopyrightSign
)

// chromeWords maps words in lower case to their classes.
var chromeWords = func() map[string]chromeClass {
	m := map[string]chromeClass{}
	add := func(c chromeClass, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(cwButton,
		// share, save, follow, subscribe and their literal renderings ("Aktie" is share as a noun)
		"teilen", "geteilt", "aktie", "aktien", "speichern", "gespeichert", "merken", "gemerkt", "folgen", "entfolgen",
		"abonnieren", "abonniert", "drucken", "herunterladen", "download", "einbetten", "kopieren", "kopiert",
		"anmelden", "abmelden", "registrieren", "einloggen", "ausloggen", "liken", "gefällt",
		// media and caption controls
		"abspielen", "wiedergeben", "pausieren", "anhören", "umschalten", "ausblenden", "einblenden", "vergrößern",
		"schließen", "vollbild", "stummschalten", "transkript", "playlist", "wiedergabeliste",
		// navigation
		"weiterlesen", "zurück", "weiter", "nächster", "nächste", "nächstes", "vorheriger", "vorherige", "vorher", "oben",
		"anzeigen", "laden", "ausklappen", "einklappen", "menü", "startseite", "suche",
		// lists of the reader, licensing and reprints
		"lesezeichen", "leseliste", "merkliste", "lizenzrechte", "nachdrucke", "nachdruckrechte", "feedback", "tab",
		"hinzufügen", "geschenkartikel", "verschenken", "geschenk",
		// controls of touch screens and forms ("Tippen Sie hier", "Eintragen", "Demo anfordern")
		"tippen", "klicken", "drücken", "eintragen", "anfordern",
		// clipboard and scrolling of the page ("Kopieren/Einfügen", "Scrollen Sie")
		"einfügen", "scrollen",
	)
	add(cwUINoun,
		"artikel", "geschichte", "geschichten", "beitrag", "link", "links", "video", "videos", "bild", "bilder",
		"foto", "fotos", "galerie", "bildergalerie", "seite", "audio", "podcast", "version", "text", "inhalt",
		"inhalte", "story", "kommentar", "kommentare", "newsletter", "app", "folie", "grafik", "karte",
		"zusammenfassung", "demo", "browser", "player", "videoplayer", "audioplayer", "play", "kanal",
	)
	add(cwPlatform,
		"facebook", "twitter", "x", "instagram", "linkedin", "whatsapp", "reddit", "pinterest", "tiktok", "youtube",
		"flipboard", "telegram", "threads", "bluesky", "messenger", "facebook-messenger", "snapchat", "tumblr",
		"mastodon", "xing", "e-mail", "email", "mail", "sms", "spotify", "copy",
	)
	add(cwGlue,
		"sie", "ihr", "ihre", "ihren", "ihrem", "uns", "diesen", "diese", "dieses", "dieser", "den", "die", "das", "der",
		"dem", "des", "ein", "eine", "einen", "über", "auf", "per", "mit", "von", "vom", "zu", "zum", "zur", "an",
		"in", "im", "als", "alle", "allen", "erneut", "jetzt", "hier", "neuen", "neuem", "neue", "neues", "öffnet",
		"vollständigen", "ganzen", "kostenlos", "kostenlosen", "mehr", "oder", "und", "für", "nach", "bei", "aus",
		"unter", "wird", "werden", "erwerben", "bestellen", "kaufen", "&", "ansehen", "öffnen", "lesen",
	)
	add(cwTimeLabel,
		"aktualisiert", "veröffentlicht", "zuletzt", "erstellt", "gepostet", "geändert", "erschienen", "gesendet",
		"updated", "published", "posted", "last",
	)
	add(cwTimeUnit,
		"sekunde", "sekunden", "sek", "minute", "minuten", "min", "mins", "stunde", "stunden", "std", "h",
		"tag", "tage", "tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren",
		"minute", "minutes", "hour", "hours", "hrs", "day", "days", "ago",
	)
	add(cwReading,
		"lesezeit", "lesedauer", "hörzeit", "hördauer", "hören", "anhören", "lesen", "gelesen", "read", "listen",
		"minuten-hören", "minuten-lesezeit", "min-lesezeit",
	)
	add(cwZone,
		"gmt", "bst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ct", "mt", "utc",
		"aest", "aedt", "acst", "awst", "nzst", "nzdt", "ist", "hkt", "sgt", "jst", "kst", "cet", "cest",
		"mez", "mesz", "wez", "wesz", "oez",
	)
	add(cwDay,
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
		"mo", "di", "mi", "do", "fr", "sa", "so",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	)
	add(cwAd,
		"werbung", "anzeige", "anzeigen", "werbeanzeige", "sponsor", "sponsoren", "gesponsert", "gesponserte",
		"gesponserten", "sponsormeldung", "sponsorennachricht", "partnerinhalt", "partnerinhalte", "bezahlte",
		"bezahlter", "bezahlt", "promotion", "advertorial", "anzeigen-feedback", "werbe-feedback",
		"sponsored", "ad", "ads", "promoted",
	)
	add(cwList,
		"themen", "thema", "schlagwörter", "schlagworte", "stichwörter", "tags", "verwandte", "verwandter",
		"verwandtes", "ähnliche", "ähnliches", "ähnlicher", "weitere", "empfohlene", "empfohlen", "beliebteste",
		"beliebtesten", "meistgelesen", "meistgelesene", "meistgelesenen", "meistgesehen", "meistgesehene",
		"meistgesehenen", "meistgeteilt", "meistgeteilte", "highlights", "top-geschichten", "top-videos",
		"top-nachrichten", "topthemen", "meisten", "trending", "schlagzeilen", "top-schlagzeilen",
		// "Trending" rendered as an adjective
		"trendige", "trendigen", "trendende", "trendenden",
		// "Related:" rendered as a predicate
		"verwandt",
	)
	add(cwComment,
		"kommentar", "kommentare", "kommentaren", "kommentieren", "kommentiert", "diskussion", "diskutieren",
		"unterhaltung", "gespräch", "gespräche", "gesprächen", "konversation", "debatte", "leser", "lesern",
		"antworten", "meinung", "comments", "comment",
	)
	add(cwPromoNoun,
		"newsletter", "newsletters", "posteingang", "e-mail", "e-mails", "email", "app", "apps", "abo", "abonnement",
		"abonnenten", "updates", "journalismus", "feed", "podcast", "konto", "mitglied", "mitgliedschaft",
		"benachrichtigungen", "push-benachrichtigungen", "e-mail-updates", "e-mail-adresse", "briefing",
		"zusammenfassung", "ausgabe", "spende", "spenden", "unterstützung", "podcasts", "kanal", "laufenden",
		"demo", "posteingang",
	)
	add(cwEmbedNoun,
		"inhalt", "inhalte", "inhalts", "beitrag", "beiträge", "post", "posts", "tweet", "tweets", "video", "videos",
		"cookies", "cookie", "drittanbieter", "drittanbietern", "drittanbieter-cookies", "einwilligung", "zustimmung",
		"datenschutz", "datenschutzeinstellungen", "cookie-einstellungen", "einstellungen",
	)
	add(cwEmbedVerb,
		"zulassen", "zuzulassen", "akzeptieren", "akzeptiert", "aktivieren", "erlauben", "zustimmen", "gehostet",
		"stammt", "eingebettet", "bereitgestellt", "abspielen", "abzuspielen", "anzuzeigen", "ansehen", "anzeigen",
		"laden", "geladen", "verfügbar", "verwalten",
	)
	add(cwAgency,
		"reuters", "ap", "afp", "dpa", "getty", "images", "epa", "efe", "epa-efe", "shutterstock", "alamy", "pa",
		"nurphoto", "sipa", "imago", "keystone", "xinhua", "anadolu", "anp", "zuma", "redux", "sopa",
		"lightrocket", "pool", "handout", "istock", "corbis", "bloomberg", "kyodo", "ansa", "apa",
	)
	add(cwEnglish,
		"share", "save", "follow", "subscribe", "sponsored", "advertisement", "headlines", "comments", "related",
		"topics", "read", "more", "watch", "listen", "print", "copy", "link", "email", "sign", "up", "in",
	)
	add(cwCaption, "foto", "fotos", "bild", "bilder", "bildquelle", "bildnachweis", "bildnachweise", "fotonachweis",
		"illustration", "foto-illustration", "fotoillustration", "fotografie", "grafik", "video", "kredit",
		"gutschrift", "bildkredit", "fotokredit", "bildrechte", "quelle", "abbildung", "bildunterschrift",
		"bildbeschriftung", "beschriftung", "untertitel", "bildtext")
	add(cwCredit, "beigetragen", "trug", "trugen", "zusammengestellt", "copyright", "urheberrecht", "vorbehalten",
		"nachrichtendienste", "nachrichtendienst", "nachrichtenagenturen", "newsdienste", "aktualisierungen",
		"aktualisierung", "korrektur", "korrigiert", "updates", "berichterstattung", "zusatzberichterstattung",
		"mitberichterstattung", "redaktion", "bearbeitung", "bearbeitet", "geschrieben", "recherche", "übersetzt",
		"unterstützung", "beiträgen", "koordination", "produziert", "produktion")
	add(cwConsent, "cookies", "cookie", "drittanbieter", "drittanbietern", "drittanbieter-cookies",
		"cookie-einstellungen", "datenschutzeinstellungen", "einwilligung", "zustimmung")
	add(cwAffiliate, "provision", "provisionen", "vergütung", "partnerlink", "partnerlinks", "affiliate-link",
		"affiliate-links", "affiliate")
	for v := range promoVerbs {
		m[v] |= cwPromoVerb
	}
	add(cwPromoNoun, "datenschutzhinweis", "datenschutzhinweise")
	add(cwMonth, "januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli", "august",
		"september", "oktober", "november", "dezember", "january", "february", "march", "may", "june", "july",
		"october", "december", "jan", "feb", "mar", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt",
		"nov", "dec", "dez")
	return m
}()

// chromeClassOf returns the classes of a word in lower case. A word glued to
// a counter ("teilen2", "kommentare12") counts as the word. A hyphenated
// compound gets the classes of its longest known tail ("Headlines-E-Mail":
// "e-mail"), and cwPlatform or cwAd when its first part is a platform or an
// advertisement word ("YouTube-Inhalt", "Anzeigen-Feedback"), cwButton when
// a button word comes before a noun of the page ("Geschenk-Artikel").
func chromeClassOf(lower string) chromeClass {
	if c, ok := chromeWords[lower]; ok {
		return c
	}
	if trimmed := trimTrailingDigits(lower); trimmed != lower && len(trimmed) >= 3 {
		return chromeWords[trimmed] & (cwButton | cwUINoun | cwComment)
	}
	first := strings.IndexByte(lower, '-')
	if first < 0 {
		return uiCompoundHead(lower)
	}
	var c chromeClass
	for i := first; i >= 0; {
		if tail, ok := chromeWords[lower[i+1:]]; ok {
			c = tail
			break
		}
		next := strings.IndexByte(lower[i+1:], '-')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	if c == 0 {
		c = uiCompoundHead(lower[strings.LastIndexByte(lower, '-')+1:])
	}
	switch head := chromeWords[lower[:first]]; {
	case head&cwPlatform != 0:
		c |= cwPlatform
	case head&cwAd != 0:
		c |= cwAd
	case head&cwPromoNoun != 0:
		c |= cwPromoNoun // "Newsletter-Promotion"
	case head&cwButton != 0 && c&cwUINoun != 0:
		c |= cwButton // "Geschenk-Artikel", "Teilen-Link"
	}
	return c
}

// uiCompoundHeads are the nouns of links a German compound may end in
// ("Einbettungslink", "Barrierefreiheitsverknüpfungen").
var uiCompoundHeads = []string{"links", "link", "verknüpfungen", "verknüpfung"}

// uiCompoundHead returns cwUINoun when the word w, one part of a compound
// without hyphens, ends in a noun of links after a modifier of at least
// four letters, and 0 otherwise.
func uiCompoundHead(w string) chromeClass {
	for _, h := range uiCompoundHeads {
		if len(w) >= len(h)+4 && strings.HasSuffix(w, h) {
			return cwUINoun
		}
	}
	return 0
}

// trimTrailingDigits returns s without the digits at its end.
func trimTrailingDigits(s string) string {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	return s[:i]
}

// promoVerbs are the verbs of Sie-imperatives that promote a newsletter, an
// app, a subscription or a donation ("Abonnieren Sie", "Melden Sie sich …
// an"), as infinitives.
var promoVerbs = wordSet(
	"abonnieren", "melden", "registrieren", "erhalten", "holen", "laden", "folgen", "spenden", "unterstützen",
	"testen", "probieren", "sichern", "entdecken", "verpassen", "bleiben", "tragen", "geben", "werden",
	"lesen", "hören", "schalten", "aktivieren", "installieren", "starten", "abonniere", "hol",
)

// strongPromoVerbs promote by themselves, without a newsletter or app named.
var strongPromoVerbs = wordSet("abonnieren", "registrieren", "spenden", "abonniere")

// commentVerbs are the verbs of Sie-imperatives that call to comment or to
// join a discussion ("Treten Sie der Unterhaltung bei").
var commentVerbs = wordSet(
	"treten", "beteiligen", "diskutieren", "kommentieren", "schreiben", "teilen", "sagen", "hinterlassen",
	"nehmen", "lassen", "melden",
)

// creditLeads open a credit line in the English shape "Reporting by …",
// "Editing by …", rendered literally; they must be followed by "von" or a colon.
var creditLeads = wordSet(
	"berichterstattung", "zusatzberichterstattung", "mitberichterstattung", "redaktion", "bearbeitung",
	"bearbeitet", "geschrieben", "schreiben", "recherche", "zusammengestellt", "übersetzt", "unterstützung",
	"beiträgen", "beitrag", "berichte", "bericht", "grafik", "grafiken", "produktion", "produziert", "text",
	"koordination",
)

// creditLeadAdjectives may stand before a credit lead ("Zusätzliche Berichterstattung").
var creditLeadAdjectives = wordSet("zusätzliche", "weitere", "ergänzende", "mit")

// captionLabels are the labels of photo credits and captions. German writes
// "Foto: Name/Agentur"; after a comma, with "von" or, for the literal
// renderings of "Photograph:" and "Credit:", the label is English in shape.
var captionLabels = wordSet(
	"foto", "fotos", "bild", "bilder", "bildquelle", "bildnachweis", "bildnachweise", "fotonachweis",
	"illustration", "foto-illustration", "fotoillustration", "fotografie", "grafik", "video", "kredit",
	"gutschrift", "bildkredit", "fotokredit", "bildrechte", "quelle", "abbildung",
)

// mistranslatedCaptionLabels are literal renderings of English credit labels
// that German credits never use ("Photograph:", "Credit:", "Photo illustration").
var mistranslatedCaptionLabels = wordSet(
	"fotografie", "kredit", "gutschrift", "bildkredit", "fotokredit", "foto-illustration", "fotoillustration",
)

// captionToggles are the controls of a caption ("hide caption", "toggle caption").
var captionToggles = wordSet("umschalten", "ausblenden", "einblenden", "anzeigen", "schließen", "vergrößern")

// captionToggleNouns name the caption a toggle controls.
var captionToggleNouns = wordSet("bildunterschrift", "bildbeschriftung", "beschriftung", "untertitel", "bildtext")
