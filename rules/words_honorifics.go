package rules

// Word lists for the english-honorific rule. Plain data so that they can move
// into the German lexicon (rules/lexicon) unchanged.

// englishHonorifics maps English titles of address to their German equivalents.
// "Miss" is left out: German uses it itself ("Miss Marple", "Miss Germany").
var englishHonorifics = map[string]string{
	"Mr":  "Herr",
	"Mrs": "Frau",
	"Ms":  "Frau",
}

// honorificNameExceptions are names that keep the English title in German:
// fictional characters, titles and brands ("Mr. Bean", "Mr. Proper").
var honorificNameExceptions = wordSet(
	"Bean", "Spock", "Robot", "Proper", "Right", "Wrong", "Doubtfire", "Universe", "Universum", "Olympia",
	"Freeze", "Big", "Burns", "Miyagi", "Nobody", "Holland", "Tambourine", "Moneybags", "Potato", "Krabs",
	"Magoo", "Incredible",
)
