package corpus

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// The injectors of conventions: numbers, units, times and dates written the
// English way, direct speech punctuated the English way, and spacing.

var (
	decimalPattern   = regexp.MustCompile(`^\d+,\d+$`)
	thousandsPattern = regexp.MustCompile(`^\d{1,3}(\.\d{3})+$`)
	integerPattern   = regexp.MustCompile(`^\d+$`)
	clockPattern     = regexp.MustCompile(`^(\d{1,2})(?:[.:](\d{2}))?$`)
	ordinalPattern   = regexp.MustCompile(`^(\d{1,2})\.$`)
	yearPattern      = regexp.MustCompile(`^\d{4}$`)
)

// englishMonths maps the German month names to the English ones.
var englishMonths = map[string]string{
	"Januar": "January", "Februar": "February", "März": "March", "April": "April", "Mai": "May", "Juni": "June",
	"Juli": "July", "August": "August", "September": "September", "Oktober": "October", "November": "November",
	"Dezember": "December",
}

// injectUnits are the units written with a space after the number in German.
var injectUnits = map[string]bool{
	"cm": true, "mm": true, "m": true, "km": true, "kg": true, "g": true, "mg": true, "l": true, "ml": true,
	"kW": true, "MW": true, "GB": true, "MB": true, "TB": true, "km/h": true, "°C": true, "ha": true, "t": true,
}

// englishOrdinal writes n the English way: 1st, 2nd, 3rd, 4th, 11th …
func englishOrdinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

func injectNumber(s *TreebankSentence, rng *rand.Rand, _ *nounVocabulary) (edit, bool) {
	var cands []func() edit
	toks := s.Tokens
	next := func(t int) string {
		if t+1 < len(toks) {
			return toks[t+1].Form
		}
		return ""
	}
	for t, tok := range toks {
		f := tok.Form
		switch {
		case decimalPattern.MatchString(f):
			cands = append(cands, func() edit { return replaceTokens(s, t, t, "decimal", strings.Replace(f, ",", ".", 1)) })
		case thousandsPattern.MatchString(f) && next(t) != "Uhr":
			cands = append(cands, func() edit { return replaceTokens(s, t, t, "thousands", strings.ReplaceAll(f, ".", ",")) })
		}
		if !tok.SpaceAfter {
			continue
		}
		n := next(t)
		isNumber := integerPattern.MatchString(f) || decimalPattern.MatchString(f) || thousandsPattern.MatchString(f)
		switch {
		case isNumber && (n == "%" || n == "Prozent"):
			cands = append(cands, func() edit { return replaceTokens(s, t, t+1, "percent", f+"%") })
		case isNumber && injectUnits[n]:
			cands = append(cands, func() edit { return replaceTokens(s, t, t+1, "unit", f+n) })
		case isNumber && (n == "€" || n == "Euro" || n == "EUR"):
			cands = append(cands, func() edit { return replaceTokens(s, t, t+1, "currency", "€"+f) })
		case n == "Uhr" && clockPattern.MatchString(f):
			m := clockPattern.FindStringSubmatch(f)
			h, _ := strconv.Atoi(m[1])
			if h > 24 {
				continue
			}
			cands = append(cands, func() edit { return replaceTokens(s, t, t+1, "time", englishTime(h, m[2])...) })
		case ordinalPattern.MatchString(f) && englishMonths[n] != "":
			day := ordinalPattern.FindStringSubmatch(f)[1]
			month := englishMonths[n]
			last := t + 1
			year := ""
			if t+2 < len(toks) && yearPattern.MatchString(toks[t+2].Form) && toks[t+1].SpaceAfter {
				last, year = t+2, toks[t+2].Form
			}
			cands = append(cands, func() edit {
				d, _ := strconv.Atoi(day)
				if rng.IntN(2) == 0 {
					if year != "" {
						return replaceTokens(s, t, last, "date", month, day+",", year)
					}
					return replaceTokens(s, t, last, "date", month, day)
				}
				if year != "" {
					return replaceTokens(s, t, last, "ordinal", englishOrdinal(d), month, year)
				}
				return replaceTokens(s, t, last, "ordinal", englishOrdinal(d), month)
			})
		}
	}
	c, ok := pick(rng, cands)
	if !ok {
		return edit{}, false
	}
	return c(), true
}

// englishTime writes a German clock time ("17", "45") the English way: "5:45", "pm".
func englishTime(h int, minutes string) []string {
	suffix := "am"
	if h >= 12 && h < 24 {
		suffix = "pm"
	}
	h12 := h % 12
	if h12 == 0 {
		h12 = 12
	}
	if minutes == "" || minutes == "00" {
		return []string{strconv.Itoa(h12), suffix}
	}
	return []string{strconv.Itoa(h12) + ":" + minutes, suffix}
}

// replaceTokens replaces the tokens [first, last] by words separated by
// spaces; the span covers the new words.
func replaceTokens(s *TreebankSentence, first, last int, detail string, words ...string) edit {
	repl := make([]SurfaceToken, len(words))
	for i, w := range words {
		repl[i] = SurfaceToken{Form: w, SpaceAfter: true}
	}
	repl[len(repl)-1].SpaceAfter = s.Tokens[last].SpaceAfter
	toks := slices.Concat(s.Tokens[:first], repl, s.Tokens[last+1:])
	return edit{toks: toks, first: first, last: first + len(words) - 1, detail: detail}
}

// directSpeechFrames are the reporting clauses the direct-speech injection
// puts after a sentence made into a quotation.
var directSpeechFrames = [][]string{{"sagte", "sie"}, {"sagte", "er"}, {"erklärte", "die", "Sprecherin"},
	{"betonte", "der", "Minister"}}

// isQuoteForm reports whether a token is a quotation mark of any language.
func isQuoteForm(f string) bool {
	return strings.ContainsAny(f, "\"„“”‚‘’«»") || f == "``" || f == "''"
}

// directSpeechBase returns the tokens of a sentence to be quoted as direct
// speech, without its final full stop; false when the sentence does not lend
// itself (no final full stop, quotation marks inside, fewer than five or
// more than 30 tokens).
func directSpeechBase(s *TreebankSentence) ([]SurfaceToken, bool) {
	n := len(s.Tokens)
	if n < 5 || n > 30 || s.Tokens[n-1].Form != "." {
		return nil, false
	}
	for _, t := range s.Tokens {
		if isQuoteForm(t.Form) {
			return nil, false
		}
	}
	body := cloneTokens(s.Tokens[:n-1])
	body[len(body)-1].SpaceAfter = false
	return body, true
}

func injectDirectSpeech(s *TreebankSentence, rng *rand.Rand, _ *nounVocabulary) (edit, bool) {
	body, ok := directSpeechBase(s)
	if !ok {
		return edit{}, false
	}
	frame := directSpeechFrames[rng.IntN(len(directSpeechFrames))]
	tok := func(f string, space bool) SurfaceToken { return SurfaceToken{Form: f, SpaceAfter: space} }
	var toks []SurfaceToken
	var first, last int
	add := func(ts ...SurfaceToken) { toks = append(toks, ts...) }
	addFrame := func() {
		for i, w := range frame {
			add(tok(w, i < len(frame)-1))
		}
		add(tok(".", false))
	}
	detail := ""
	switch rng.IntN(4) {
	case 0: // „Komm,“ sagte er.
		detail = "comma-inside"
		add(tok("„", false))
		add(body...)
		first = len(toks)
		add(tok(",", false), tok("“", true))
		last = len(toks) - 1
		addFrame()
	case 1: // „Komm“ sagte er.
		detail = "comma-missing"
		add(tok("„", false))
		add(body...)
		first = len(toks)
		add(tok("“", true))
		last = len(toks)
		addFrame()
	case 2: // “Komm”, sagte er.
		detail = "english-quotes"
		first, last = 0, 0
		add(tok("“", false))
		add(body...)
		add(tok("”", false), tok(",", true))
		addFrame()
	default: // „Komm.“, sagte er.
		detail = "full-stop-inside"
		add(tok("„", false))
		add(body...)
		first = len(toks)
		add(tok(".", false), tok("“", false))
		last = len(toks) - 1
		add(tok(",", true))
		addFrame()
	}
	return edit{toks: toks, first: first, last: last, detail: detail}, true
}

// DirectSpeechControl returns the sentence made into correct direct speech
// („…“, sagte sie.), the clean counterpart of the direct-speech injection,
// or false when the injection does not apply to it.
func DirectSpeechControl(s *TreebankSentence) (string, bool) {
	body, ok := directSpeechBase(s)
	if !ok {
		return "", false
	}
	toks := append([]SurfaceToken{{Form: "„"}}, body...)
	toks = append(toks, SurfaceToken{Form: "“"}, SurfaceToken{Form: ",", SpaceAfter: true},
		SurfaceToken{Form: "sagte", SpaceAfter: true}, SurfaceToken{Form: "sie"}, SurfaceToken{Form: "."})
	text, _ := renderTokens(toks)
	return text, true
}

func injectSpacing(s *TreebankSentence, rng *rand.Rand, _ *nounVocabulary) (edit, bool) {
	toks := s.Tokens
	var cands []func() edit
	for t := 1; t < len(toks); t++ {
		f, prev := toks[t].Form, toks[t-1]
		switch {
		case (f == "," || f == "." && t == len(toks)-1 || f == "?" || f == "!" || f == ";") && !prev.SpaceAfter &&
			checker.IsLetters(prev.Form):
			cands = append(cands, func() edit {
				c := cloneTokens(toks)
				c[t-1].SpaceAfter = true
				return edit{toks: c, first: t - 1, last: t, detail: "space-before"}
			})
		case f == "," && toks[t].SpaceAfter && t+1 < len(toks) && checker.IsLetters(toks[t+1].Form) && checker.IsLetters(prev.Form):
			cands = append(cands, func() edit {
				c := cloneTokens(toks)
				c[t].SpaceAfter = false
				return edit{toks: c, first: t - 1, last: t + 1, detail: "no-space-after"}
			})
		case checker.IsLetters(f) && checker.IsLetters(prev.Form) && prev.SpaceAfter && t%4 == 0:
			cands = append(cands, func() edit {
				c := cloneTokens(toks)
				c[t-1].Form += " "
				return edit{toks: c, first: t - 1, last: t, detail: "double-space"}
			})
		}
	}
	c, ok := pick(rng, cands)
	if !ok {
		return edit{}, false
	}
	return c(), true
}
