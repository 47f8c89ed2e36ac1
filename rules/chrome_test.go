package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// TestChromeNeighbours checks the paragraphs that are chrome only next to
// chrome: a row of share targets after "Aktie", tags after "Themen", a name
// before its follow button, a newsletter's description inside its box.
func TestChromeNeighbours(t *testing.T) {
	body := "Die Zahl der Seehunde im Wattenmeer steigt seit Jahren, wie die jüngste Zählung zeigt.\n\n"
	checkertest.Run(t, chromeButton,
		checkertest.Case{Text: body + "{{Aktie\n\nX\n\nFacebook\n\nLinkedin\n\nE-Mail\n\nLink}}"},
		checkertest.Case{Text: "{{X\n\nFacebook\n\nTeilen}}\n\n" + body},
		checkertest.Case{Text: body + "Facebook\n\n" + body},
		checkertest.Case{Text: body + "{{214\n\nTeilen}}"},
	)
	checkertest.Run(t, chromeLinkList,
		checkertest.Case{Text: body + "{{Themen\n\nWildtiere\n\nMeeresleben\n\nnachrichten}}"},
		checkertest.Case{Text: body + "Wildtiere in Not\n\n" + body},
		checkertest.Case{Text: body + "{{Smartphones}}\n\nFolgen"},
	)
	checkertest.Run(t, chromePromoBox,
		checkertest.Case{Text: body + "{{Melden Sie sich für Down to Earth an\n\nDie wichtigsten Umweltgeschichten der Woche\n\nnach der Newsletter-Werbung}}"},
		checkertest.Case{Text: body + "Die wichtigsten Umweltgeschichten der Woche\n\n" + body},
		// the head of a box before its button, after a paragraph of the article
		checkertest.Case{Text: body + "{{Dieser Artikel ist Teil von POLITICO Pro\n\nExklusive Scoops und Einblicke\n\nDemo anfordern}}"},
		// the article's headline and teaser before a promotion are no box
		checkertest.Case{Text: "Seehunde im Wattenmeer\n\nDie Zahl der Jungtiere steigt\n\n{{Melden Sie sich für Down to Earth an}}\n\n" + body},
		// a newsletter box without an imperative: title, description with the reader's inbox, button
		checkertest.Case{Text: body + "{{Bildung, die zählt\n\nDie wichtigsten Geschichten über Schulen, jeden Donnerstag in Ihrem Posteingang.}}\n\nEintragen"},
	)
	checkertest.Run(t, chromeButton,
		// a link to the reader between two parts of chrome
		checkertest.Case{Text: "{{Teilen\n\nWarum Sie Sky News vertrauen können\n\nSpeichern}}\n\n" + body},
		checkertest.Case{Text: "Was Sie über die Wahl wissen müssen\n\n{{Teilen}}\n\n" + body},
		// the summary button next to the buttons of the page (the reading time between is chrome-timestamp's)
		checkertest.Case{Text: "{{Zusammenfassung}}\n\n5 Min.\n\n{{Geschenk-Artikel}}\n\n" + body},
	)
	checkertest.Run(t, chromeTimestamp,
		checkertest.Case{Text: "Zusammenfassung\n\n{{5 Min.}}\n\nGeschenk-Artikel\n\n" + body},
		checkertest.Case{Text: body + "5 Minuten\n\n" + body},
	)
}

// TestIsPromotedThing checks the nouns a promotion sells, in compounds too.
func TestIsPromotedThing(t *testing.T) {
	for w, want := range map[string]bool{
		"newsletter": true, "fox-news-app": true, "headlines-e-mail-updates": true, "konto": false, "e-mail": false,
		"zusammenfassung": false, "app-store-konto": false,
	} {
		assert.Equal(t, want, isPromotedThing(w), w)
	}
}

// TestChromeClassOf checks the classes of compounds and glued counters.
func TestChromeClassOf(t *testing.T) {
	tests := []struct {
		word string
		want chromeClass
	}{
		{"teilen2", cwButton},
		{"youtube-inhalt", cwPlatform},
		{"anzeigen-feedback", cwAd},
		{"video-anzeigen-feedback", cwAd},
		{"morning headlines-e-mail", cwPromoNoun},
		{"newsletter-promotion", cwPromoNoun},
		{"geschenk-artikel", cwButton},
		{"artikel-video-einbettungslinks", cwUINoun},
		{"barrierefreiheitsverknüpfungen", cwUINoun},
		{"flinks", 0},
		{"haus", 0},
	}
	for _, tt := range tests {
		got := chromeClassOf(tt.word)
		if tt.want == 0 {
			assert.Zero(t, got, tt.word)
			continue
		}
		assert.NotZero(t, got&tt.want, "%s: %b", tt.word, got)
	}
}

// TestChromeTimestampShapes checks German and English time lines.
func TestChromeTimestampShapes(t *testing.T) {
	checkertest.Run(t, chromeTimestamp,
		checkertest.Case{Text: "{{4-Minuten-Hören}}"},
		checkertest.Case{Text: "{{5. März 2025, 23:41 Uhr ET}}"},
		checkertest.Case{Text: "{{Dienstag, 4 März 2025 09:15 GMT}}"},
		checkertest.Case{Text: "{{Veröffentlicht am 4. März 2025}}"},
		checkertest.Case{Text: "Dienstag, 4. März 2025, 14.30 Uhr"},
		checkertest.Case{Text: "{{vor 3 Tagen}}"},
		checkertest.Case{Text: "Vor 30 Jahren"},
	)
}

func TestPossessiveStem(t *testing.T) {
	tests := []struct {
		word, stem string
		british    bool
	}{
		{"Musk's", "Musk", false},
		{"Adams’s", "Adams", true},
		{"Marx's", "Marx", true},
		{"McDonald's", "", false},
		{"CD's", "", false},
		{"Gibt's", "", false},
		{"it's", "", false},
		{"Musk", "", false},
	}
	for _, tt := range tests {
		stem, british := possessiveStem(tt.word)
		assert.Equal(t, tt.stem, stem, tt.word)
		if stem != "" {
			assert.Equal(t, tt.british, british, tt.word)
		}
	}
}

func TestEnglishSpelling(t *testing.T) {
	for _, w := range []string{"cup", "speech", "league", "bush", "smith", "day", "creed", "cross"} {
		assert.True(t, englishSpelling(w), w)
	}
	for _, w := range []string{"unternehmen", "schule", "meer", "idee", "tee", "amtszeit", "thema", "treffer"} {
		assert.False(t, englishSpelling(w), w)
	}
}

// TestEnglishFormsSuggestions checks the German forms the locale rules suggest.
func TestEnglishFormsSuggestions(t *testing.T) {
	checkertest.Run(t, englishDate,
		checkertest.Fix("Ab dem {{2nd April}} gilt die Regel.", "2. April"),
		checkertest.Fix("Am {{4 März 2025}} begann es.", "4. März 2025"),
		checkertest.Fix("Im {{May 2024}} begann es.", "Mai 2024"),
		checkertest.Fix("Die Schulen bleiben bis {{Friday}} zu.", "Freitag"),
		checkertest.Fix("Die Frist endet am {{14/3/2025}}.", "14.3.2025"),
		checkertest.Fix("Die Frist endet am {{3/4/2025}}."),
	)
	checkertest.Run(t, englishHonorific,
		checkertest.Fix("{{Gov. Brian}} Kemp unterschrieb.", "Gouverneur Brian"),
		checkertest.Fix("{{Mr Johnson}} kam.", "Herr Johnson", "Johnson"),
		checkertest.Fix("{{Lt. Col. Anna}} Smith kam.", "Leutnant Oberst Anna"),
	)
	checkertest.Run(t, englishGenitiveApostrophe,
		checkertest.Fix("{{Adams’s}} Sprecher schwieg.", "Adams'"),
		checkertest.Fix("{{Musk's}} Firma wächst.", "Musks"),
	)
}

// TestAmountAndClockSuggestions checks the German forms of amounts and times.
func TestAmountAndClockSuggestions(t *testing.T) {
	checkertest.Run(t, currencyShorthand,
		checkertest.Fix("Musk kaufte Twitter für {{$44bn}}.", "44 Mrd. Dollar"),
		checkertest.Fix("Die Strafe beträgt {{£35.4bn}}.", "35,4 Mrd. Pfund"),
		checkertest.Fix("Das kostet {{$1,200.50}}.", "1.200,50 Dollar"),
		checkertest.Fix("Sie wollten {{$32 billion}} investieren.", "32 Milliarden Dollar"),
		checkertest.Fix("Steuervorteile von {{$1,2 Milliarden}}.", "1,2 Milliarden Dollar"),
		checkertest.Fix("Der Umsatz stieg auf {{44bn}} Dollar.", "44 Mrd."),
		checkertest.Fix("Die Aktie kostete {{US$5}}.", "5 US-Dollar"),
		checkertest.Fix("Das kostet {{€12m}}.", "12 Mio. Euro"),
	)
	checkertest.Run(t, twelveHourTime,
		checkertest.Fix("Um {{3pm}} beginnt es.", "15 Uhr"),
		checkertest.Fix("Um {{3:30pm}} beginnt es.", "15.30 Uhr"),
		checkertest.Fix("Um {{10:30 a.m.}} beginnt es.", "10.30 Uhr"),
		checkertest.Fix("Um {{12:15 a.m.}} endet es.", "0.15 Uhr"),
		checkertest.Fix("Um {{12 PM}} endet es.", "12 Uhr"),
		checkertest.Fix("Um {{7.30am}} öffnet der Laden.", "7.30 Uhr"),
	)
}
