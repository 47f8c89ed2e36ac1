package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

var chromeEmbedBox = checker.Rule{
	ID:       "chrome-embed-box",
	Title:    "Embed or consent box of a platform",
	Category: "markup/leftover",
	Severity: checker.Major,
	Message:  "Einbettungs- oder Einwilligungsbox einer Plattform der Originalseite: entfernen.",
	Doc: `Catches the boxes a news page shows in place of an embedded post, video or podcast of any ` +
		`platform (Instagram, YouTube, TikTok, X/Twitter, Facebook, Spotify …), rendered as paragraphs of ` +
		`the article: the label ("YouTube-Inhalt", "Spotify-Inhalt"), the notice ("Dieser Inhalt wird von ` +
		`Instagram gehostet", "Dieser Inhalt kann auch auf der Website angezeigt werden, von der er stammt"), ` +
		`the consent request ("Um diesen Inhalt anzuzeigen, müssen Sie Cookies von YouTube zulassen", ` +
		`"akzeptieren Sie bitte Cookies von Drittanbietern"), the link ("Diesen Beitrag auf Instagram ` +
		`ansehen") and the byline of a post ("Ein Beitrag geteilt von Name (@handle)"). A sentence needs ` +
		`"dieser Inhalt/Beitrag" or cookies with a verb of hosting, showing or consenting, or a platform ` +
		`with such a verb and no finite verb; a sentence that reports on a platform ("Sie sah das Video auf ` +
		`YouTube") stays clean. The engine merges the parts of one box into one finding; the box breaks the ` +
		`text, hence major.`,
	Bad: []string{
		"{{YouTube-Inhalt}}",
		"{{Dieser Inhalt wird von Instagram gehostet}}",
		"{{Um diesen Inhalt anzuzeigen, müssen Sie Cookies von YouTube zulassen.}}",
		"{{Diesen Beitrag auf Instagram ansehen\n\nEin Beitrag geteilt von Reise Tipps (@reisetipps_uk)}}",
		"Die EU erklärt die Regeln.\n\n{{Spotify-Inhalt\n\nDieser Inhalt wird von Spotify gehostet. Um ihn abzuspielen, akzeptieren Sie bitte Cookies von Drittanbietern.}}",
		"{{Dieser Inhalt kann auch auf der Website angezeigt werden, von der er stammt.}}",
	},
	Good: []string{
		"Sie sah sich das Video auf YouTube an.",
		"Dieser Inhalt des Vertrags wurde nie veröffentlicht.",
		"Die Behörde verlangt, dass Plattformen Cookies nur mit Zustimmung setzen.",
		"Der Beitrag wurde von Instagram gelöscht.",
		"Diesen Beitrag hat die Redaktion gekürzt.",
		"Auf YouTube ansehen kann man das Video nicht mehr.",
		"Instagram und YouTube",
	},
	Check: func(pass *checker.Pass) {
		reportChrome(pass, kindEmbed, "Einbettungs- oder Einwilligungsbox einer Plattform der Originalseite („%s“): entfernen.")
	},
}

// embedDemonstratives open "dieser Inhalt" and "diesen Beitrag".
var embedDemonstratives = wordSet("dieser", "diesen", "dieses", "diese")

// embedObjects are what an embed box stands for.
var embedObjects = wordSet("inhalt", "inhalte", "beitrag", "post", "tweet", "video", "podcast", "clip")

// isEmbed reports whether paragraph p is part of an embed or consent box.
func (s *chromeScan) isEmbed(p *checker.Paragraph) bool {
	d := s.d
	if p.Words > 50 {
		return false
	}
	if p.Words <= 3 && s.embedLabel(p) {
		return true
	}
	for si := p.FirstSentence; si < p.EndSentence; si++ {
		st := d.Sentences[si]
		var this, consent, verb, platform, shared, handle bool
		for i := st.First; i < st.End; i++ {
			t := d.Tokens[i]
			if t.Kind == checker.URL && strings.HasPrefix(d.TokenText(i), "@") && tokenIs(d, i-1, "(") {
				handle = true
				continue
			}
			if t.Kind != checker.Word {
				continue
			}
			w, c := s.lower(i), s.class(i)
			switch {
			case embedObjects[w] && i > 0 && embedDemonstratives[s.lower(i-1)]:
				this = true
			case w == "cookies" || w == "cookie" || strings.HasPrefix(w, "drittanbieter") ||
				strings.HasSuffix(w, "-cookies"):
				consent = true
			case w == "geteilt" && tokenIs(d, i+1, "von"):
				shared = true
			}
			if c&cwEmbedVerb != 0 || w == "angezeigt" {
				verb = true
			}
			if c&cwPlatform != 0 && t.Shape != checker.Lower {
				platform = true
			}
		}
		switch {
		case this && verb, consent && verb, shared && (platform || handle):
			return true
		case platform && verb && !s.hasFiniteIn(st.First, st.End) && st.End-st.First <= 8:
			return true
		}
	}
	return false
}

// embedLabel reports whether the short paragraph p is the label of an
// embed: a platform's content, post or video ("YouTube-Inhalt",
// "Instagram-Beitrag", "TikTok Video").
func (s *chromeScan) embedLabel(p *checker.Paragraph) bool {
	d := s.d
	label := false
	for i := p.FirstToken; i < p.EndToken; i++ {
		t := d.Tokens[i]
		switch t.Kind {
		case checker.Word:
			w, c := s.lower(i), s.class(i)
			switch {
			case c&cwPlatform != 0 && strings.Contains(w, "-") && c&cwEmbedNoun != 0:
				label = true // "YouTube-Inhalt"
			case c&cwPlatform != 0 && isWord(d, i+1) && embedObjects[s.lower(i+1)]:
				label = true // "TikTok Video"
			case c&(cwPlatform|cwEmbedNoun|cwEmbedVerb) != 0:
			default:
				return false
			}
		case checker.Punct:
			if !labelPunct[d.TokenText(i)] && d.TokenText(i) != "?" {
				return false
			}
		default:
			return false
		}
	}
	return label
}

// hasFiniteIn reports whether the tokens [from, end) hold a finite verb by the lexicon.
func (s *chromeScan) hasFiniteIn(from, end int) bool {
	for i := from; i < end; i++ {
		if knownFiniteAt(s.lx, i) {
			return true
		}
	}
	return false
}
