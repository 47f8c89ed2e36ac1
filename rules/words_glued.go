package rules

// Word lists for the glued-words rule. Plain data so that they can move into
// the German lexicon (rules/lexicon) unchanged.

// gluedFunctionWords are capitalised German function words that, glued to the
// end of a lowercase word, show a lost word boundary ("TweetIn", "BerichtDie").
var gluedFunctionWords = wordSet(
	// prepositions and contractions
	"In", "Im", "Ins", "Am", "An", "Ans", "Auf", "Aus", "Bei", "Beim", "Mit", "Nach", "Von", "Vom", "Zu", "Zum",
	"Zur", "Für", "Über", "Unter", "Vor", "Durch", "Gegen", "Ohne", "Um", "Seit", "Bis", "Laut", "Trotz",
	"Während", "Wegen", "Neben", "Hinter", "Zwischen",
	// articles and determiners
	"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines",
	"Dieser", "Diese", "Dieses", "Diesen", "Diesem", "Sein", "Seine", "Seinen", "Seinem", "Seiner",
	"Ihre", "Ihren", "Ihrem", "Ihrer", "Kein", "Keine",
	// pronouns ("Man" is left out: "PacMan", "SpiderMan")
	"Er", "Sie", "Es", "Wir", "Ich", "Ihr",
	// conjunctions and adverbs that open a sentence
	"Und", "Oder", "Aber", "Dass", "Wenn", "Als", "Wie", "Was", "Auch", "Doch", "So", "Nun", "Dann",
	// frequent finite forms of sein, haben and werden ("Hat" is left out: "RedHat")
	"Ist", "Sind", "War", "Waren", "Haben", "Hatte", "Wird", "Werden",
)

// gluedExceptions are camel-case names and English compounds whose inner
// capital is intended ("LinkedIn", "PlugIn"); compared without regard to case.
var gluedExceptions = wordSet(
	"youtube", "paypal", "whatsapp", "playstation", "ebay", "biontech", "mcdonald", "iphone", "ipad",
	"powerpoint", "javascript", "github", "daimlerchrysler", "thyssenkrupp", "wirtschaftswoche", "hafencity",
	"bahncard", "mediamarkt", "prosieben", "flixbus", "teamviewer", "mastercard", "blackberry",
	"linkedin", "checkin", "plugin", "login", "signin", "logon", "walkin", "drivein", "addin", "optin",
	"builtin", "sitin", "teachin", "lovein", "livein", "standin", "phonein", "loggedin", "pushin", "popin",
	"fadein", "zoomin", "rollin", "bookin", "dialin", "cashin", "buyin", "sleepin", "hangin", "proam",
)

// binnenISuffixes end the masculine stem of a gender-inclusive form with a
// capital I ("LehrerIn", "StudentIn", "KollegIn"); "In" after them is a
// feminine ending, not a glued preposition.
var binnenISuffixes = []string{
	"er", "or", "ent", "ant", "ist", "eur", "ör", "at", "ot", "ut", "it", "ekt", "rt", "lt", "zt", "ar", "är",
	"og", "eg", "ig", "nd", "ld", "ad", "af", "ef", "oph",
}

// germanNounSuffixes end German nouns and rarely the first part of a brand
// name; a capitalised word glued after them is a lost word boundary.
var germanNounSuffixes = []string{"ung", "heit", "keit", "schaft", "tät", "ismus"}

// gluedBrandStems are first parts of camel-case names that end like German
// nouns ("SamsungPay"), compared in lower case.
var gluedBrandStems = wordSet("samsung", "young", "hyundai", "kung")
