package rules

// Word lists for the untranslated-english rule. Plain data, all lower case,
// with ’ written as '. A test checks that no word of englishFunctionWords is
// known to the German lexicon.

// englishFunctionWords are closed-class English words (and a few reporting
// words) that are not German words in lower case: one of them in a German
// sentence is strong evidence of untranslated English. Homographs of German
// words ("in", "an", "am", "so", "also", "was", "will", "war", "man", "hat",
// "her", "all", "still", "such") are in englishGermanHomographs instead.
var englishFunctionWords = wordSet(
	// determiners and articles
	"the", "a", "this", "these", "those", "every", "each", "another", "some", "any", "both", "either", "neither",
	// pronouns
	"it", "its", "they", "them", "their", "theirs", "themselves", "he", "him", "his", "himself", "she", "hers",
	"herself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "me", "my", "myself",
	"who", "whom", "whose", "which", "what", "whatever", "whoever", "something", "nothing", "anything",
	"everything", "someone", "somebody", "anyone", "everyone", "nobody",
	// prepositions
	"of", "to", "with", "for", "from", "by", "at", "on", "into", "onto", "upon", "about", "after", "before",
	"between", "against", "during", "through", "throughout", "among", "across", "without", "within", "toward",
	"towards", "under", "over", "above", "below", "behind", "beside", "besides", "despite", "since", "until",
	"amid", "around",
	// conjunctions and connectives
	"and", "or", "but", "if", "than", "then", "when", "where", "why", "how", "nor", "yet", "as", "because",
	"whether", "although", "though", "however", "therefore", "whereas", "while", "whilst", "unless",
	// auxiliaries and modals
	"is", "are", "were", "be", "been", "being", "has", "have", "having", "had", "does", "did", "do",
	"would", "could", "should", "shall", "might", "must", "can", "cannot", "may",
	// adverbs
	"not", "very", "just", "only", "even", "never", "always", "often", "already", "again", "really", "here",
	"there", "now", "too",
	// reporting
	"said", "says", "told", "according", "including",
	// contractions
	"it's", "that's", "there's", "what's", "let's", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
	"weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't",
	"you're", "we're", "they're", "he's", "she's", "we've", "they've", "you've", "you'll", "we'll", "they'll",
	"he'll", "she'll", "it'll", "i'm", "i've", "i'll", "i'd",
	// "that" last: also a frequent English conjunction
	"that",
)

// englishGermanHomographs are words that are German and English alike. They
// are neither evidence of English nor of German: a run of English words may
// contain them ("he was in the office") but not begin or end with them.
var englishGermanHomographs = wordSet(
	"in", "an", "am", "so", "also", "was", "will", "war", "man", "hat", "bin", "her", "all", "still", "such",
	"fast", "via", "per", "pro", "plus", "minus", "contra", "versus", "last", "hand", "kind", "rose", "wild",
	"blind", "warm", "arm", "modern", "bitter", "rein", "halt", "bald", "elf", "hell", "gross", "plant",
	"rate", "wage", "stock", "film", "genes", "wo", "ca", "status", "quo", "de", "facto", "ad",
	"hoc", "et", "al", "etc", "vice", "versa", "national", "international", "global", "normal", "private",
	"positive", "negative", "aggressive", "regional", "legal", "real", "final", "digital", "total", "ideal",
	"original", "solid", "neutral", "formal", "liberal", "brutal", "fatal", "minimal", "maximal", "optimal",
	"human", "intern", "extern", "elegant", "relevant", "tolerant", "dominant", "prominent", "intelligent",
	"transparent", "locker", "nun", "oft", "um", "top", "radikal", "sexy", "mobile",
)

// englishLoanwords are English words established in German that German copy
// writes in lower case ("online", "live", "cool"). They end a run of English
// words like a German word does.
var englishLoanwords = wordSet(
	"online", "offline", "live", "cool", "fair", "okay", "ok", "sorry", "happy", "easy", "smart", "fit", "hip",
	"trendy", "nice", "crazy", "lost", "out", "super", "fancy", "tough", "clean", "safe", "fake", "open",
	"down", "up", "hot", "lol", "wow", "hey", "hi", "bye", "yeah", "yes", "no", "sale", "free", "flat",
	"high", "low", "busy", "lucky", "relaxed", "stylish", "casual", "vintage", "retro", "indie", "pop",
	"rock", "punk", "soul", "jazz", "funk", "metal", "gay", "queer", "trans", "fair-trade", "bio", "vegan",
)

// englishPhrases are English phrases established in German copy ("last but not
// least", "business as usual"). A run of English words that these cover is
// not reported. Words are separated by single spaces; hyphenated forms are
// single tokens and need no entry.
var englishPhrases = []string{
	"last but not least", "learning by doing", "business as usual", "too big to fail", "too big to jail",
	"wait and see", "trial and error", "nice to have", "must have", "up to date", "state of the art",
	"out of the box", "just in time", "all you can eat", "work in progress", "law and order",
	"checks and balances", "the show must go on", "point of no return", "first come first served",
	"the winner takes it all", "love it or leave it", "back to the roots", "made in germany", "to go",
	"for free", "on demand", "on top", "by the way", "of course", "no way", "no go", "one of a kind",
	"happy end", "open air", "public viewing", "live and let live", "follow the money", "hall of fame",
	"walk of fame", "man of the match", "player of the match", "player of the year", "best of", "making of",
	"call to action", "proof of concept", "point of sale", "state of the union", "rule of law",
	"plug and play", "do it yourself", "fridays for future", "black lives matter", "me too", "yes we can",
	"america first", "make america great again", "time is money", "keep calm and carry on", "keep it simple",
	"easy going", "pay as you go", "bring your own device", "fear of missing out", "home sweet home",
	"better late than never", "take it easy", "never change a running system", "think big",
	"the american way of life", "way of life", "sense of urgency", "save the date", "the new normal",
	"game over", "stay at home", "stay home", "the place to be", "ladies and gentlemen", "happy birthday",
	"merry christmas", "happy new year", "god save the queen", "god save the king", "thank you", "see you",
	"welcome to", "good night", "good morning", "all inclusive", "on the rocks", "for the win", "i love you",
	"who is who", "who's who", "the same procedure as every year", "dinner for one", "and the winner is",
	"all in", "win win", "get together", "rock and roll", "rock 'n' roll", "drum and bass", "rhythm and blues",
	"bed and breakfast", "hit and run", "stop and go", "park and ride", "kiss and ride", "work and travel",
	"wear and tear", "fish and chips", "pros and cons", "ups and downs", "to do", "to-do", "follow me",
	"how to", "do's and don'ts", "dos and don'ts", "in a nutshell", "out of office", "on the road",
	"on the job", "off the record", "behind the scenes", "one more thing", "and more", "or not",
}

// englishGlossCues are words before a run of English words that announce it
// as a quoted term, a title or a gloss ("sogenannte", "Motto", "auf Englisch",
// "heißt es"). They are matched in lower case, as prefixes.
var englishGlossCues = []string{
	"engl", "sogenannt", "genannt", "motto", "slogan", "titel", "hashtag",
	"schlagwort", "begriff", "ausdruck", "floskel", "zitat", "spruch", "devise", "parole", "aufschrift",
	"heißt", "hieß", "lautet", "nennt", "nannte", "nennen", "übersetzt", "wörtlich", "sinngemäß", "song",
	"album", "single", "film", "serie", "buch", "roman", "überschrift", "schriftzug", "banner", "plakat",
	"schild", "kampagne", "werbespruch", "claim", "refrain", "zeile", "liedzeile", "textzeile",
}

// englishConnectives are the English connectives that the pack "untranslated"
// flags on their own (entry english-connective). A run of English words that
// contains one is left to the pack, so that one phrase gets one finding; a
// test checks that the pack flags each of them.
var englishConnectives = []string{
	"according to", "as well as", "in order to", "due to", "such as", "instead of", "rather than",
	"in terms of", "on behalf of", "in addition to", "as a result of", "even though", "as soon as",
	"in front of", "in spite of", "so that", "as long as",
}

// englishDeterminers are the function words that make a "in" before them
// English ("in the wake of", "in their view").
var englishDeterminers = wordSet(
	"the", "a", "this", "these", "those", "its", "their", "his", "our", "my", "your", "every", "each", "some",
	"any", "which", "what", "whose",
)
