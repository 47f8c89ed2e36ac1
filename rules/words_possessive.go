package rules

// Word lists for the english-genitive-apostrophe rule. Plain data.

// possessiveExceptions are names whose "'s" is not an English genitive in
// German copy: brands with an apostrophe ("McDonald's"), English
// contractions ("It's"), German colloquial forms ("Gibt's") and English
// irregular plurals ("Women's").
var possessiveExceptions = wordSet(
	// brands and houses
	"McDonald", "Domino", "Levi", "Kellogg", "Macy", "Moody", "Sainsbury", "Wendy", "Denny", "Applebee", "Hardee",
	"Christie", "Sotheby", "Lloyd", "Reader", "Jerry", "Tiffany", "Carl", "Arby", "Chili", "Dunkin", "Bailey",
	"Hershey", "Harrod", "Hooter", "Nathan", "Trader", "Claire", "Kiehl", "Ben", "Hellmann", "Mrs",
	// English contractions
	"It", "That", "What", "Let", "He", "She", "There", "Here", "Who", "Where", "How", "When", "Everyone",
	"Nobody", "Somebody", "Today", "Tonight",
	// German colloquial forms
	"Gibt", "Gab", "Geht", "Ging", "Wie", "War", "Hat", "Ist", "Wird", "Macht", "Klappt", "Kommt", "Steht",
	"Sieht", "Läuft", "Hilft", "Wenn", "Ob", "Wo", "So", "Da", "Nimm", "Lass", "Hol", "Mach", "Hab", "Bleibt",
	"Tut", "Reicht",
	// English irregular plurals and titles
	"Children", "People", "Women", "Men", "Majesty",
)

// possessiveDeterminers before a possessive show an English name or title
// ("the King's Speech", "Her Majesty's Government"), compared in lower case.
var possessiveDeterminers = wordSet("the", "a", "an", "her", "his", "my", "our", "their", "your", "its", "saint")

// englishNameHeads are English words that head the names of cups, leagues,
// clubs, places, ships, games and works after a possessive ("World Cup",
// "Gate", "End"), besides the words of prose's dictionary, in lower case.
var englishNameHeads = wordSet(
	"cup", "league", "trophy", "award", "awards", "prize", "open", "championship", "classic", "super", "club",
	"athletic", "rangers", "united", "city", "end", "gate", "park", "island", "isle", "bay", "hill", "lane",
	"row", "way", "place", "point", "head", "lake", "river", "valley", "field", "fields", "wood", "woods", "inn",
	"lodge", "arms", "castle", "kitchen", "grill", "garden", "gardens", "tower", "bridge", "palace", "abbey",
	"theatre", "hall", "court", "cross", "square", "street", "road", "college", "school", "church", "cathedral",
	"hospital", "day", "eve", "night", "speech", "guide", "tale", "tales", "quest", "creed", "fortune", "mansion",
	"revenge", "stone", "list", "diary", "eleven", "twelve", "thirteen", "legacy", "journey", "story", "game",
	"edition", "choice", "pride", "landing", "harbour", "harbor", "vineyard",
)
