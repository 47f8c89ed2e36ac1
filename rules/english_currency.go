package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
)

var currencyShorthand = checker.Rule{
	ID:       "currency-shorthand",
	Title:    "English currency shorthand such as $44bn",
	Category: "locale/currency",
	Severity: checker.Minor,
	Message:  "Englische Betragsschreibweise: im Deutschen steht die Währung nach dem Betrag, z. B. „44 Mrd. Dollar“.",
	Doc: `Catches amounts in English shorthand: a currency sign before the number ("$500", "£35.4bn", ` +
		`"€5bn", "US$5", "¥300") and the suffixes "bn", "m", "mn", "tn" and "k" ("$44bn", "44bn", "$10m"), ` +
		`and suggests the German form: the amount with German separators, the scale ("Mrd.", "Mio.", ` +
		`"Billionen", or a scale word that follows: "$32 billion" → "32 Milliarden Dollar", "$1,2 Milliarden" ` +
		`→ "1,2 Milliarden Dollar") and the currency after it ("44 Mrd. Dollar", "500 Dollar", "35,4 Mrd. ` +
		`Pfund"). A bare number with "m" is not flagged (metres), nor a sign set apart before a German amount ` +
		`("€ 5,00", as price lists write it), the Swiss "CHF 3.50" and "Fr. 2.80", or "$" in a variable ($HOME).`,
	Bad: []string{
		"Musk kaufte Twitter für {{$44bn}}.",
		"Die Strafe beträgt {{£35.4bn}}.",
		"Das Budget liegt bei {{$500}} pro Monat.",
		"Die EU investiert {{€5bn}} in Chips.",
		"Der Umsatz stieg auf {{44bn}} Dollar.",
		"Das kostet {{$10m}}.",
		"Die Fabrik kostet {{€250 Millionen}}.",
		"Der Konzern wollte {{$32 billion}} investieren.",
		"Das Programm soll Steuervorteile von {{$1,2 Milliarden}} gewähren.",
		"Die Aktie kostete {{US$5}}.",
	},
	Good: []string{
		"Musk kaufte Twitter für 44 Mrd. $.",
		"Musk kaufte Twitter für 44 Milliarden US-Dollar.",
		"Der Preis beträgt 5 €.",
		"Der Preis beträgt € 5,00.",
		"Die Variable $HOME zeigt auf das Verzeichnis.",
		"Er zahlte 100 $ Strafe.",
		"Ein Billett kostet CHF 3.50 oder Fr. 2.80.",
		"Die Strecke ist 10m lang.",
	},
	Check: checkCurrencyShorthand,
}

// currencySigns maps the currency signs English writes before an amount to
// the German name of the currency.
var currencySigns = map[string]string{"$": "Dollar", "£": "Pfund", "€": "Euro", "¥": "Yen"}

// currencySuffixes map the English scale suffixes to the German abbreviation.
var currencySuffixes = []struct{ suffix, german string }{
	{"bn", "Mrd."}, {"mn", "Mio."}, {"tn", "Billionen"}, {"m", "Mio."}, {"k", "Tsd."},
}

// scaleWords map the scale words after an amount to the German ones.
var scaleWords = map[string]string{
	"billion": "Milliarden", "billions": "Milliarden", "million": "Millionen", "millions": "Millionen",
	"trillion": "Billionen", "Milliarde": "Milliarde", "Milliarden": "Milliarden", "Million": "Million",
	"Millionen": "Millionen", "Billion": "Billion", "Billionen": "Billionen", "Mrd": "Mrd.", "Mio": "Mio.",
}

// isCurrencyStart asks whether a token can start an English amount: a
// currency sign, "US" before "$", or a number with a scale suffix ("44bn").
var isCurrencyStart = clause.NewQuestion(func(w string) bool {
	if _, ok := currencySigns[w]; ok || w == "US" {
		return true
	}
	_, _, ok := cutScaleSuffix(w, false)
	return ok
})

func checkCurrencyShorthand(pass *checker.Pass) {
	d := pass.Doc
	for i := range anchors(pass, sharedAnchors.Get(pass).currency) {
		if tokenIs(d, i-1, "US") && !d.Tokens[i].SpaceBefore {
			continue // "US$5" is matched from "US"
		}
		m, ok := matchCurrency(d, i)
		if !ok {
			continue
		}
		span := spanOf(d, i, m.end-1)
		msg := fmt.Sprintf("Englische Betragsschreibweise: „%s“ – im Deutschen „%s“.", d.Slice(span), m.german)
		pass.Report(span, msg, m.german)
	}
}

// currencyMatch is an amount in English shorthand and its German form.
type currencyMatch struct {
	end    int
	german string
}

// matchCurrency matches an English amount starting at token i: a sign glued
// to a number or a number with a suffix, perhaps with a scale word after it,
// or a number with a scale suffix alone ("44bn").
func matchCurrency(d *checker.Doc, i int) (currencyMatch, bool) {
	w := d.TokenText(i)
	if d.Tokens[i].Kind == checker.Word {
		if w == "US" && tokenIs(d, i+1, "$") && !d.Tokens[i+1].SpaceBefore {
			m, ok := matchCurrency(d, i+1)
			m.german = strings.Replace(m.german, "Dollar", "US-Dollar", 1)
			return m, ok
		}
		amount, scale, ok := cutScaleSuffix(w, true)
		if _, sign := currencySigns[d.TokenText(max(i-1, 0))]; !ok || i > 0 && sign && !d.Tokens[i].SpaceBefore {
			return currencyMatch{}, false // "$44bn" is matched from its sign
		}
		return currencyMatch{end: i + 1, german: germanAmount(amount) + " " + scale}, true
	}
	currency, ok := currencySigns[w]
	n := i + 1
	if !ok || n >= len(d.Tokens) || d.Tokens[n].SpaceBefore || !sameParagraph(d, i, n) {
		return currencyMatch{}, false
	}
	var amount, scale string
	switch t := d.Tokens[n]; t.Kind {
	case checker.Number:
		amount = d.TokenText(n)
	case checker.Word:
		if amount, scale, ok = cutScaleSuffix(d.TokenText(n), false); !ok {
			return currencyMatch{}, false // "$HOME"
		}
	default:
		return currencyMatch{}, false
	}
	end := n + 1
	if s := end; scale == "" && s < len(d.Tokens) && d.Tokens[s].SpaceBefore && sameParagraph(d, n, s) {
		if german, ok := scaleWords[d.TokenText(s)]; ok {
			scale, end = german, s+1
			if tokenIs(d, end, ".") && !d.Tokens[end].SpaceBefore && strings.HasSuffix(german, ".") {
				end++
			}
		}
	}
	german := germanAmount(amount)
	if scale != "" {
		german += " " + scale
	}
	return currencyMatch{end: end, german: german + " " + currency}, true
}

// cutScaleSuffix splits a word such as "44bn" or "35.4bn" into its amount
// and the German scale. With strict, only bn and tn count (a bare "10m" is
// metres).
func cutScaleSuffix(w string, strict bool) (amount, scale string, ok bool) {
	lw := strings.ToLower(w)
	for _, s := range currencySuffixes {
		if strict && s.suffix != "bn" && s.suffix != "tn" {
			continue
		}
		if a, found := strings.CutSuffix(lw, s.suffix); found && a != "" && isAmount(a) {
			return a, s.german, true
		}
	}
	return "", "", false
}

// isAmount reports whether s is digits with English or German separators.
func isAmount(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// germanAmount writes an amount with German separators: an English decimal
// point becomes a comma ("35.4" → "35,4"), English thousands commas become
// points ("1,200.50" → "1.200,50"). An amount that may already be German
// ("1,2", "1.000") is kept as it is.
func germanAmount(a string) string {
	dot, comma := strings.Count(a, "."), strings.Count(a, ",")
	switch {
	case dot > 0 && comma > 0 && strings.LastIndexByte(a, '.') > strings.LastIndexByte(a, ','):
		// English "1,200.50"
		return strings.NewReplacer(",", ".", ".", ",").Replace(a)
	case dot == 1 && comma == 0 && len(a)-strings.IndexByte(a, '.')-1 != 3:
		return strings.Replace(a, ".", ",", 1) // "35.4"
	case comma > 0 && dot == 0 && threeDigitGroups(a, ','):
		return strings.ReplaceAll(a, ",", ".") // "1,200"
	}
	return a
}

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// threeDigitGroups reports whether every group after a separator sep has
// three digits ("1,200,000").
func threeDigitGroups(a string, sep byte) bool {
	parts := strings.Split(a, string(sep))
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return len(parts) > 1
}
