package rules

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// quantity is one number of a text as the number rule reads it: where it
// is, the values it may stand for (a time of the afternoon is 18.19 or
// 6.19, "1,200" in German copy is 1.2 or 1200), whether it is written with
// digits, and whether it may go unmatched (a written-out "one", a month
// name, miles that a translator converts to kilometres).
type quantity struct {
	span     checker.Span
	values   []float64
	digits   bool
	optional bool
	// code is the token's text when it is a word of digits and letters
	// ("3512b"), which matches the same text on the other side whatever
	// its reading.
	code string
}

// scan walks the tokens [first, end) of d and reads their quantities with
// the conventions of one language.
type numberScan struct {
	d          *checker.Doc
	first, end int
	german     bool
	out        []quantity
}

// quantities returns the quantities of tokens [first, end) of d, read as
// English (german false) or German.
func quantities(d *checker.Doc, first, end int, german bool) []quantity {
	s := &numberScan{d: d, first: first, end: end, german: german}
	for i := first; i < end; {
		i = s.at(i)
	}
	return s.out
}

// lower returns the lower-case text of token i, or "" outside the range.
func (s *numberScan) lower(i int) string {
	if i < s.first || i >= s.end {
		return ""
	}
	return s.d.TokenLower(i)
}

// adjacent reports whether token i exists in range and follows i-1 with no
// space between them.
func (s *numberScan) adjacent(i int) bool {
	return i > s.first && i < s.end && !s.d.Tokens[i].SpaceBefore
}

// at reads the quantity starting at token i, if any, and returns the index
// of the next token to look at.
func (s *numberScan) at(i int) int {
	d := s.d
	tk := d.Tokens[i]
	text := d.TokenText(i)
	switch {
	case tk.Kind == checker.Number:
		return s.number(i, text)
	case tk.Kind == checker.Word && startsWithDigit(text):
		return s.digitWord(i, text)
	case tk.Kind == checker.Word && strings.IndexFunc(text, unicode.IsDigit) > 0:
		return s.codeDigits(i, text)
	case tk.Kind == checker.Word:
		return s.word(i)
	}
	return i + 1
}

// codeDigits reads the digits inside a code ("FY2020", "No10", "B777") as
// numbers a translation may write on their own.
func (s *numberScan) codeDigits(i int, text string) int {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if v, err := strconv.Atoi(f); err == nil {
			s.out = append(s.out, quantity{span: s.d.Tokens[i].Span, values: []float64{float64(v)}, optional: true, code: text})
		}
	}
	return i + 1
}

// cutRange splits "236-174", "2020–21" or "50/55" into its two numbers.
func cutRange(t string) (first, rest string, ok bool) {
	for _, sep := range []string{"-", "–", "/"} {
		if a, b, found := strings.Cut(t, sep); found && isDigits(a) && isDigits(b) {
			return a, b, true
		}
	}
	return "", "", false
}

// isDigits reports whether s is one or more ASCII digits, possibly with
// separators inside.
func isDigits(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' && s[i] != ',' {
			return false
		}
	}
	return true
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// number reads a number token and what follows it: minutes after a colon,
// a.m. or p.m., a scale word, a unit.
func (s *numberScan) number(i int, text string) int {
	q := quantity{span: s.d.Tokens[i].Span, digits: true}
	next := i + 1
	vals := s.numberValues(text)
	if len(vals) == 0 {
		return next
	}
	if s.german && s.isShortDate(i, text) {
		day, month, _ := strings.Cut(text, ".")
		d, _ := strconv.Atoi(day)
		m, _ := strconv.Atoi(month)
		s.out = append(s.out, quantity{span: q.span, values: []float64{float64(d)}, digits: true},
			quantity{span: q.span, values: []float64{float64(m)}, digits: true, optional: true})
		return next
	}
	if vals[0] == -1 { // a date such as 5.8.2019: its parts
		for _, part := range strings.Split(strings.Trim(text, "."), ".") {
			if v, err := strconv.Atoi(part); err == nil {
				s.out = append(s.out, quantity{span: q.span, values: []float64{float64(v)}, digits: true, optional: v <= 31})
			}
		}
		return next
	}
	// h:mm, a time.
	if s.adjacent(next) && s.lower(next) == ":" && s.adjacent(next+1) && s.d.Tokens[next+1].Kind == checker.Number {
		if m, err := strconv.Atoi(s.d.TokenText(next + 1)); err == nil && len(vals) == 1 && vals[0] < 25 && m < 60 {
			vals = []float64{vals[0] + float64(m)/100}
			q.span = q.span.To(s.d.Tokens[next+1].Span)
			next += 2
		}
	}
	if !s.german {
		if h, ok := s.meridiem(next); ok {
			vals = addHours(vals, h)
			next++
		}
	}
	if sc, n := s.scale(next); n > 0 {
		vals = s.scaled(vals, sc)
		q.span = q.span.To(s.d.Tokens[next].Span)
		next += n
	}
	q.values = vals
	q.optional = s.converted(i, next)
	s.out = append(s.out, q)
	return next
}

// isShortDate reports whether number token i of German text is a day and
// a month, "31.10." (the final period a token of its own).
func (s *numberScan) isShortDate(i int, text string) bool {
	day, month, ok := strings.Cut(text, ".")
	if !ok || len(day) > 2 || len(month) != 2 || !s.adjacent(i+1) || s.lower(i+1) != "." {
		return false
	}
	d, err1 := strconv.Atoi(day)
	m, err2 := strconv.Atoi(month)
	return err1 == nil && err2 == nil && d >= 1 && d <= 31 && m >= 1 && m <= 12
}

// numberValues reads the digits of a number token by the language's
// conventions; a number that one may read both ways (German copy with an
// English separator) has both values. A date of three dot-separated parts
// gives the marker -1.
func (s *numberScan) numberValues(t string) []float64 {
	dots, commas := strings.Count(t, "."), strings.Count(t, ",")
	if dots >= 2 && !groupsOfThree(t, '.') {
		return []float64{-1}
	}
	english := parseNumber(t, ',', '.')
	german := parseNumber(t, '.', ',')
	if !s.german {
		if english >= 0 {
			return []float64{english}
		}
		return nil
	}
	var out []float64
	if german >= 0 {
		out = append(out, german)
	}
	// An English separator in German copy: read it the English way too.
	if english >= 0 && english != german && (dots+commas == 1) {
		out = append(out, english)
	}
	return out
}

// groupsOfThree reports whether every part of t after the first, cut at sep
// (and before a decimal part), has three digits: a thousands grouping.
func groupsOfThree(t string, sep byte) bool {
	if sep == '.' {
		t, _, _ = strings.Cut(t, ",")
	}
	parts := strings.Split(t, string(sep))
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// parseNumber reads t with thousands separator th and decimal mark dec,
// or returns -1 when t is not such a number. Thousands groups must have
// three digits; a lone separator followed by other than three digits is
// read as the decimal mark of the other convention ("18.19" in German copy
// is 18.19).
func parseNumber(t string, th, dec byte) float64 {
	intPart, frac, hasFrac := strings.Cut(t, string(dec))
	if hasFrac && strings.IndexByte(frac, th) >= 0 {
		return -1
	}
	if strings.IndexByte(intPart, th) >= 0 {
		parts := strings.Split(intPart, string(th))
		if len(parts) == 2 && len(parts[1]) != 3 && !hasFrac {
			// "18.19" read with "." as thousands separator: not a
			// grouping, so a decimal mark after all.
			v, err := strconv.ParseFloat(parts[0]+"."+parts[1], 64)
			if err != nil {
				return -1
			}
			return v
		}
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return -1
			}
		}
		intPart = strings.Join(parts, "")
	}
	num := intPart
	if hasFrac {
		num += "." + frac
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return -1
	}
	return v
}

// meridiem reads "a.m." or "p.m." (also "am", "pm", "AM", "PM") at token
// i: the hours to add for p.m. (12; 0 for a.m.).
func (s *numberScan) meridiem(i int) (float64, bool) {
	switch s.lower(i) {
	case "p.m", "pm":
		return 12, true
	case "a.m":
		return 0, true
	case "am":
		return 0, s.d.TokenText(i) == "AM" // "am" is a word of its own too
	}
	return 0, false
}

// addHours returns the times vals on a 24-hour clock as well: 6.19 p.m.
// is 18.19 (and still 6.19, as some write it).
func addHours(vals []float64, h float64) []float64 {
	out := append([]float64(nil), vals...)
	for _, v := range vals {
		if h > 0 && v < 12 {
			out = append(out, v+h)
		}
		if h == 0 && v >= 12 && v < 13 {
			out = append(out, v-12)
		}
	}
	return out
}

// scale reads a scale word at token i ("million", "Mrd."): its factor and
// how many tokens it takes (0 when there is none).
func (s *numberScan) scale(i int) (float64, int) {
	w := s.lower(i)
	table := englishScales
	if s.german {
		table = germanScales
	}
	f, ok := table[w]
	if !ok {
		return 1, 0
	}
	n := 1
	if s.lower(i+1) == "." && s.adjacent(i+1) {
		n++
	}
	return f, n
}

// scaled multiplies values by a scale word's factor. In English, the
// original, the bare values stay readings too ("two decades" may be
// "zwei Jahrzehnte" as well as 20 years), while a German number is
// only what its scale word makes it, so that "4.5 billion" rendered as
// "4,5 Billionen" still differs.
func (s *numberScan) scaled(vals []float64, sc float64) []float64 {
	out := make([]float64, 0, 2*len(vals))
	for _, v := range vals {
		out = append(out, v*sc)
		if !s.german {
			out = append(out, v)
		}
	}
	return out
}

// englishScales and germanScales are the words that multiply a number.
var englishScales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
	"trillion": 1e12, "bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12, "k": 1e3, "decades": 10, "dozen": 12,
	"hundreds": 100, "thousands": 1e3,
}

var germanScales = map[string]float64{
	"hundert": 100, "tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6,
	"milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12, "bio": 1e12,
	"jahrzehnt": 10, "jahrzehnte": 10, "jahrzehnten": 10, "dutzend": 12,
}

// converted reports whether the number at tokens [i, next) is one a
// translator converts or leaves out: a measure in imperial units (or, in
// German, the metric measure it became), or a part of a fraction or a date
// written with slashes.
func (s *numberScan) converted(i, next int) bool {
	if s.lower(i-1) == "/" && s.adjacent(i) || s.lower(next) == "/" && s.adjacent(next) {
		return true
	}
	u := s.lower(next)
	if u == "°" || u == "-" && s.adjacent(next) {
		u = s.lower(next + 1)
	}
	if s.german {
		return metricUnits[u]
	}
	return imperialUnits[u]
}

// imperialUnits are English units that German copy converts; metricUnits
// the units they become.
var imperialUnits = wordSet("mile", "miles", "mph", "foot", "feet", "ft", "inch", "inches", "in", "yard", "yards",
	"pound", "pounds", "lb", "lbs", "ounce", "ounces", "oz", "gallon", "gallons", "acre", "acres", "fahrenheit", "f",
	"degree", "degrees", "square", "cubic", "ton", "tons", "stone", "pint", "pints")

var metricUnits = wordSet("km", "kilometer", "kilometern", "kilometers", "m", "meter", "metern", "meters", "cm",
	"zentimeter", "zentimetern", "mm", "millimeter", "kilo", "kilogramm", "kg", "gramm", "g", "tonne", "tonnen", "t",
	"liter", "litern", "l", "hektar", "ha", "grad", "celsius", "c", "km/h", "stundenkilometer", "stundenkilometern",
	"quadratmeter", "quadratkilometer", "qm", "kubikmeter", "°c")

// digitWord reads a word that starts with digits: "4.5bn", "21st",
// "1990s", "3pm", "28-year-old", "22-jährige", "1990er"; a range or score
// ("236-174", "2020-21") gives a quantity for each number.
func (s *numberScan) digitWord(i int, text string) int {
	if first, rest, ok := cutRange(text); ok {
		for _, part := range []string{first, rest} {
			for _, v := range s.numberValues(part) {
				if v >= 0 {
					s.out = append(s.out, quantity{span: s.d.Tokens[i].Span, values: []float64{v}, digits: true})
				}
			}
		}
		return i + 1
	}
	end := 0
	for end < len(text) && (text[end] >= '0' && text[end] <= '9' || text[end] == '.' || text[end] == ',') {
		end++
	}
	numText := strings.TrimRight(text[:end], ".,")
	vals := s.numberValues(numText)
	if len(vals) == 0 || vals[0] == -1 {
		return i + 1
	}
	suffix := strings.ToLower(strings.TrimLeft(text[len(numText):], "-"))
	q := quantity{span: s.d.Tokens[i].Span, digits: true}
	if suffix != "" && numText == text[:len(numText)] && !strings.ContainsAny(suffix, "-") {
		q.code = text
	}
	if !s.german {
		switch {
		case suffix == "bn" || suffix == "b" || suffix == "tn" || suffix == "trn" || suffix == "mn" || suffix == "k":
			f := englishScales[suffix]
			if suffix == "b" {
				f = 1e9
			}
			for k := range vals {
				vals[k] *= f
			}
		case suffix == "m":
			vals = []float64{vals[0] * 1e6, vals[0]} // million, or metres
		case suffix == "pm" || suffix == "p.m":
			vals = addHours(vals, 12)
		case suffix == "am" || suffix == "a.m":
			vals = addHours(vals, 0)
		case imperialUnits[suffix] || strings.HasPrefix(suffix, "mile") || strings.HasPrefix(suffix, "foot") ||
			strings.HasPrefix(suffix, "feet") || strings.HasPrefix(suffix, "inch") || strings.HasPrefix(suffix, "pound"):
			q.optional = true
		}
	} else if metricUnits[suffix] {
		q.optional = true
	}
	if sc, n := s.scale(i + 1); n > 0 {
		vals = s.scaled(vals, sc)
		q.span = q.span.To(s.d.Tokens[i+1].Span)
		i += n
	}
	q.values = vals
	s.out = append(s.out, q)
	return i + 1
}

// word reads a number written out ("three", "seventy-four", "drei",
// "vierundsiebzig"), a month name or a word for a time of day; in German
// also the first part of a compound ("dreijährige").
func (s *numberScan) word(i int) int {
	w := s.lower(i)
	if s.german {
		v, ok := germanNumberWord(w)
		if !ok {
			return i + 1
		}
		q := quantity{span: s.d.Tokens[i].Span, values: []float64{v}, optional: true}
		if sc, n := s.scale(i + 1); n > 0 {
			q.values = append(q.values, v*sc)
			q.span = q.span.To(s.d.Tokens[i+1].Span)
			i += n
		}
		s.out = append(s.out, q)
		return i + 1
	}
	if v, ok := englishOptionalWords[w]; ok {
		s.out = append(s.out, quantity{span: s.d.Tokens[i].Span, values: v, optional: true})
		return i + 1
	}
	v, ok := englishNumberWord(w)
	if !ok {
		// "two-million"
		if num, sc, found := strings.Cut(w, "-"); found {
			if v, ok := englishNumberWord(num); ok {
				if f, ok := englishScales[sc]; ok {
					s.out = append(s.out, quantity{span: s.d.Tokens[i].Span, values: []float64{v * f, v}})
				}
			}
		}
		return i + 1
	}
	q := quantity{span: s.d.Tokens[i].Span, values: []float64{v}, optional: v < 3 || s.converted(i, i+1)}
	next := i + 1
	// "twenty one"
	if v >= 20 && v < 100 && math.Mod(v, 10) == 0 {
		if u, ok := englishNumberWord(s.lower(next)); ok && u < 10 {
			q.values[0] += u
			q.span = q.span.To(s.d.Tokens[next].Span)
			next++
		}
	}
	if sc, n := s.scale(next); n > 0 {
		q.values = s.scaled(q.values[:1], sc)
		q.optional = s.converted(i, next+n)
		q.span = q.span.To(s.d.Tokens[next].Span)
		next += n
	}
	s.out = append(s.out, q)
	return next
}

// englishUnits are the English number words below twenty and the tens.
var englishUnits = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
}

var englishTens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// englishNumberWord reads an English number word below a hundred,
// hyphenated compounds included ("seventy-four").
func englishNumberWord(w string) (float64, bool) {
	if v, ok := englishUnits[w]; ok {
		return v, true
	}
	if v, ok := englishTens[w]; ok {
		return v, true
	}
	if tens, unit, ok := strings.Cut(w, "-"); ok {
		t, ok1 := englishTens[tens]
		u, ok2 := englishUnits[unit]
		if ok1 && ok2 && u > 0 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// englishOptionalWords are English words that stand for numbers a
// translation may or may not write: ordinals, months, times of day.
var englishOptionalWords = map[string][]float64{
	"first": {1}, "second": {2}, "fourth": {4}, "fifth": {5}, "sixth": {6}, "seventh": {7},
	"eighth": {8}, "ninth": {9}, "tenth": {10}, "once": {1}, "twice": {2}, "both": {2}, "half": {0.5, 50}, "quarter": {0.25, 25}, "third": {3, 33},
	"january": {1}, "jan": {1}, "february": {2}, "feb": {2}, "march": {3}, "april": {4}, "apr": {4}, "may": {5},
	"june": {6}, "july": {7}, "august": {8}, "aug": {8}, "september": {9}, "sept": {9}, "sep": {9},
	"october": {10}, "oct": {10}, "november": {11}, "nov": {11}, "december": {12}, "dec": {12},
	"noon": {12}, "midday": {12}, "midnight": {0, 24}, "decade": {10}, "decades": {10}, "century": {100},
	"couple": {2}, "pair": {2}, "hundreds": {100}, "thousands": {1000}, "millions": {1e6}, "billions": {1e9},
	"dozens": {12},
}

// germanNumberStems are German number words that begin words and
// compounds ("drei", "dreijährige", "Dreierbündnis"), longest first where
// one begins another.
var germanNumberStems = []struct {
	stem  string
	value float64
}{
	{"zwanzig", 20}, {"dreißig", 30}, {"vierzig", 40}, {"fünfzig", 50}, {"sechzig", 60}, {"siebzig", 70},
	{"achtzig", 80}, {"neunzig", 90}, {"hundert", 100}, {"tausend", 1000},
	{"dreizehn", 13}, {"vierzehn", 14}, {"fünfzehn", 15}, {"sechzehn", 16}, {"siebzehn", 17}, {"achtzehn", 18},
	{"neunzehn", 19}, {"zwölf", 12}, {"zwei", 2}, {"drei", 3}, {"vier", 4}, {"fünf", 5}, {"sechs", 6},
	{"sieben", 7}, {"acht", 8}, {"neun", 9}, {"zehn", 10}, {"elf", 11}, {"dutzend", 12},
	{"beide", 2}, {"doppel", 2}, {"paar", 2}, {"hälfte", 0.5}, {"halb", 0.5}, {"jahrzehnt", 10},
	{"jahrhundert", 100}, {"hunderte", 100}, {"tausende", 1000},
}

// germanWords are German words for numbers that begin no compounds:
// articles standing for one, ordinals, months, times of day.
var germanWords = map[string]float64{
	"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "eins": 1, "einmal": 1,
	"erste": 1, "ersten": 1, "erster": 1, "erstes": 1, "zweite": 2, "zweiten": 2, "zweiter": 2, "dritte": 3,
	"dritten": 3, "dritter": 3, "mittag": 12, "mittags": 12, "mitternacht": 24,
	"januar": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6,
	"juli": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
	"november": 11, "nov": 11, "dezember": 12, "dez": 12, "zweimal": 2, "dreimal": 3,
}

// germanNumberWord reads a German number word or the number a word begins
// with: "drei", "vierundsiebzig", "dreijährige", "Millionen" (1e6).
func germanNumberWord(w string) (float64, bool) {
	if v, ok := germanWords[w]; ok {
		return v, true
	}
	if v, ok := germanScales[w]; ok && utf8.RuneCountInString(w) > 3 {
		return v, true
	}
	// "vierundsiebzig": unit, "und", tens.
	if unit, tens, ok := strings.Cut(w, "und"); ok && unit != "" {
		u, okU := germanStem(unit, true)
		t, okT := germanStem(tens, false)
		if okU && okT && u < 10 && t >= 20 && t < 100 {
			return u + t, true
		}
	}
	return germanStem(w, false)
}

// germanStem returns the value of the number stem w begins with (exact:
// w is the stem itself).
func germanStem(w string, exact bool) (float64, bool) {
	if w == "ein" {
		return 1, true
	}
	for _, st := range germanNumberStems {
		if exact && w == st.stem || !exact && strings.HasPrefix(w, st.stem) {
			return st.value, true
		}
	}
	return 0, false
}

// valueKey makes values comparable across readings: rounded to four
// decimals.
func valueKey(v float64) float64 { return math.Round(v*1e4) / 1e4 }

// hasLetterOrDigit reports whether s has a letter or a digit.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
