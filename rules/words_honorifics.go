package rules

// Word lists for the english-honorific rule. Plain data so that they can move
// into the German lexicon (rules/lexicon) unchanged.

// englishHonorifics maps English titles of address to their German equivalents.
// "Miss" is left out: German uses it itself ("Miss Marple", "Miss Germany").
var englishHonorifics = map[string]string{
	"Mr":  "Herr",
	"Mrs": "Frau",
	"Ms":  "Frau",
	"Mx":  "",
}

// englishTitleAbbreviations maps the abbreviated English titles of offices
// and ranks that US news style puts before a name ("Gov. Brian Kemp", "Lt.
// Col. …", "Cllr Jane Smith") to their German words. Except "Cllr" they
// count only with their full stop, which German abbreviations of the same
// letters do not take before a name. "Sen." and "Rep." are the pack
// untranslated's (us-congress-label).
var englishTitleAbbreviations = map[string]string{
	"Gov": "Gouverneur", "Lt": "Leutnant", "Sgt": "Sergeant", "Capt": "Kapitän", "Cmdr": "Commander",
	"Adm": "Admiral", "Col": "Oberst", "Gen": "General", "Maj": "Major", "Det": "Detective",
	"Supt": "Superintendent", "Insp": "Inspektor", "Atty": "Staatsanwalt", "Rev": "Reverend", "Cllr": "Stadtrat",
	"Pres": "Präsident", "Sec": "Minister",
}

// honorificNameExceptions are names that keep the English title in German:
// fictional characters, titles and brands ("Mr. Bean", "Mr. Proper").
var honorificNameExceptions = wordSet(
	"Bean", "Spock", "Robot", "Proper", "Right", "Wrong", "Doubtfire", "Universe", "Universum", "Olympia",
	"Freeze", "Big", "Burns", "Miyagi", "Nobody", "Holland", "Tambourine", "Moneybags", "Potato", "Krabs",
	"Magoo", "Incredible", "Marvel", "America", "Hook", "Kirk", "Hyde", "Jekyll", "Who", "Strange", "Phil",
	"Pepper", "Oz", "Jones", "Porter",
)
