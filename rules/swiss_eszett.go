package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

var swissEszett = checker.Rule{
	ID:       "swiss-eszett",
	Title:    "ß in Swiss German text",
	Category: "locale/spelling",
	Severity: checker.Minor,
	Message:  "In der Schweiz wird kein ß geschrieben, sondern ss.",
	Doc: `Only for Swiss German text (variant de-CH; in de-DE and de-AT text it reports nothing): catches a ` +
		`word written with ß ("Straße", "groß", "Fußball-WM") and suggests the Swiss spelling with ss ` +
		`("Strasse", "gross", "Fussball-WM"; capital ẞ becomes SS). Swiss German has not used ß for ` +
		`generations, in names as well ("Strauss", "Meissen"), so a ß in de-CH copy comes from a translation ` +
		`engine or a source that writes German as Germany does. A name that must keep its ß goes on the ` +
		`accept list of the configuration.`,
	Bad: []string{
		`[de-CH] Die {{Straße}} bleibt bis Freitag gesperrt.`,
		`[de-CH] Der Andrang war {{groß}}, sagte die Sprecherin.`,
		`[de-CH] Die {{Fußball-WM}} beginnt im Juni.`,
		`[de-CH] Er {{weiß}} nicht, {{daß}} sie kommt.`,
		`[de-CH] {{Grüße}} aus Bern`,
		`[de-CH] Die Polizei sperrte die {{STRAẞE}}.`,
	},
	Good: []string{
		`[de-CH] Die Strasse bleibt bis Freitag gesperrt.`,
		`[de-CH] Der Andrang war gross, sagte die Sprecherin.`,
		`[de-CH] Die Fussball-WM beginnt im Juni.`,
		`Die Straße bleibt bis Freitag gesperrt.`,
		`[de-DE] Der Andrang war groß, sagte die Sprecherin.`,
		`[de-AT] Die Fußball-WM beginnt im Jänner.`,
	},
	Check: checkSwissEszett,
}

func checkSwissEszett(pass *checker.Pass) {
	d := pass.Doc
	if pass.Variant() != checker.DeCH || !strings.ContainsAny(d.Text, "ßẞ") {
		return
	}
	for i := range pass.Tokens() {
		swiss, ok := matchSwissEszett(d, i)
		if !ok {
			continue
		}
		w := d.TokenText(i)
		pass.ReportDiagnostic(checker.Diagnostic{
			Span:        d.Tokens[i].Span,
			Message:     fmt.Sprintf("In der Schweiz wird kein ß geschrieben: „%s“ statt „%s“.", swiss, w),
			Suggestions: []string{swiss},
			About:       []string{w},
		})
	}
}

// eszettToSS writes ß as ss and ẞ as SS.
var eszettToSS = strings.NewReplacer("ß", "ss", "ẞ", "SS")

// matchSwissEszett returns the Swiss spelling of token i when it is a word
// written with ß or ẞ.
func matchSwissEszett(d *checker.Doc, i int) (string, bool) {
	if !isWord(d, i) {
		return "", false
	}
	w := d.TokenText(i)
	if !strings.ContainsAny(w, "ßẞ") {
		return "", false
	}
	return eszettToSS.Replace(w), true
}
