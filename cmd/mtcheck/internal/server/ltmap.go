package server

import (
	"strings"
)

// How mtcheck's categories appear in LanguageTool's answer. A category is
// "family/kind"; rule.issueType is the ITS 2.0 issue type LanguageTool uses
// (clients colour matches by it), rule.category the family.
//
//	mtcheck category            issueType          category id / name        type.typeName
//	locale/*                    locale-violation   LOCALE / Lokale Konventionen  Other
//	style/*                     style              STYLE / Stil                  Hint
//	fluency/word-order          grammar            FLUENCY / Sprachfluss         Other
//	fluency/grammar             grammar            FLUENCY / Sprachfluss         Other
//	fluency/fragment            grammar            FLUENCY / Sprachfluss         Other
//	fluency/spelling            misspelling        FLUENCY / Sprachfluss         Other
//	fluency/capitalization      typographical      FLUENCY / Sprachfluss         Other
//	fluency/punctuation         typographical      FLUENCY / Sprachfluss         Other
//	fluency/duplicate-verb      duplication        FLUENCY / Sprachfluss         Other
//	fluency/* (other)           grammar            FLUENCY / Sprachfluss         Other
//	markup/duplicate-paragraph  duplication        MARKUP / Seitenreste und Markup Other
//	markup/truncated            omission           MARKUP / Seitenreste und Markup Other
//	markup/* (other)            markup             MARKUP / Seitenreste und Markup Other
//	accuracy/untranslated       untranslated       ACCURACY / Genauigkeit        Other
//	accuracy/mistranslation     mistranslation     ACCURACY / Genauigkeit        Other
//	accuracy/false-friend       mistranslation     ACCURACY / Genauigkeit        Other
//	accuracy/* (other)          mistranslation     ACCURACY / Genauigkeit        Other
//
// The category ids are what disabledCategories and enabledCategories take
// (case-insensitively); mtcheck's own names (a family such as "locale" or
// a category such as "locale/date-format") work there too.

// issueTypes maps categories, and families for the kinds not listed, to
// LanguageTool issue types.
var issueTypes = map[string]string{
	"locale":                     "locale-violation",
	"style":                      "style",
	"fluency":                    "grammar",
	"fluency/word-order":         "grammar",
	"fluency/grammar":            "grammar",
	"fluency/fragment":           "grammar",
	"fluency/spelling":           "misspelling",
	"fluency/capitalization":     "typographical",
	"fluency/punctuation":        "typographical",
	"fluency/duplicate-verb":     "duplication",
	"markup":                     "markup",
	"markup/duplicate-paragraph": "duplication",
	"markup/truncated":           "omission",
	"accuracy":                   "mistranslation",
	"accuracy/untranslated":      "untranslated",
	"accuracy/mistranslation":    "mistranslation",
	"accuracy/false-friend":      "mistranslation",
}

// familyNames are the German names of the families, LanguageTool's category names.
var familyNames = map[string]string{
	"accuracy": "Genauigkeit",
	"fluency":  "Sprachfluss",
	"style":    "Stil",
	"locale":   "Lokale Konventionen",
	"markup":   "Seitenreste und Markup",
}

// shortMessages are LanguageTool's shortMessage: a short German label of
// the kind of problem, by category, else by family.
var shortMessages = map[string]string{
	"locale/date-format":         "Datumsformat",
	"locale/honorific":           "Englische Anrede",
	"locale/number-format":       "Zahlenformat",
	"locale/currency":            "Währungsangabe",
	"locale/time-format":         "Uhrzeitformat",
	"locale/quotes":              "Anführungszeichen",
	"locale/apostrophe":          "Apostroph",
	"locale":                     "Lokale Konvention",
	"style/calque":               "Lehnübersetzung",
	"style":                      "Stil",
	"fluency/word-order":         "Wortstellung",
	"fluency/grammar":            "Grammatik",
	"fluency/fragment":           "Satzfragment",
	"fluency/spelling":           "Rechtschreibung",
	"fluency/capitalization":     "Großschreibung",
	"fluency/punctuation":        "Zeichensetzung",
	"fluency/duplicate-verb":     "Doppeltes Redeverb",
	"fluency":                    "Sprachfluss",
	"markup/duplicate-paragraph": "Doppelter Absatz",
	"markup/truncated":           "Abgebrochener Absatz",
	"markup/leftover":            "Seitenrest",
	"markup/suppression":         "Unterdrückung",
	"markup":                     "Seitenrest",
	"accuracy/untranslated":      "Unübersetzt",
	"accuracy/false-friend":      "Falscher Freund",
	"accuracy/mistranslation":    "Fehlübersetzung",
	"accuracy":                   "Übersetzungsfehler",
}

// incompleteSentenceKinds are the categories whose findings need the whole
// sentence or paragraph: LanguageTool's ignoreForIncompleteSentence is true
// for them (an editor add-on hides them while the sentence is being typed)
// and contextForSureMatch is -1.
var incompleteSentenceKinds = map[string]bool{
	"fluency/word-order":         true,
	"fluency/fragment":           true,
	"fluency/punctuation":        true,
	"fluency/duplicate-verb":     true,
	"markup/duplicate-paragraph": true,
	"markup/truncated":           true,
}

// family returns the family of a category ("locale" of "locale/date-format").
func family(category string) string {
	f, _, _ := strings.Cut(category, "/")
	return f
}

// lookup returns the value for a category, else for its family, else def.
func lookup(m map[string]string, category, def string) string {
	if v, ok := m[category]; ok {
		return v
	}
	if v, ok := m[family(category)]; ok {
		return v
	}
	return def
}

// issueType returns LanguageTool's issue type for a category.
func issueType(category string) string { return lookup(issueTypes, category, "other") }

// shortMessage returns LanguageTool's shortMessage for a category.
func shortMessage(category string) string { return lookup(shortMessages, category, "") }

// categoryID returns LanguageTool's category id: the family in upper case.
func categoryID(category string) string { return strings.ToUpper(family(category)) }

// categoryName returns LanguageTool's category name: the family's German name.
func categoryName(category string) string {
	if n, ok := familyNames[family(category)]; ok {
		return n
	}
	return family(category)
}

// typeName returns LanguageTool's type.typeName: "Hint" for style
// suggestions, "Other" for everything else (mtcheck has no unknown words).
func typeName(category string) string {
	if family(category) == "style" {
		return "Hint"
	}
	return "Other"
}
