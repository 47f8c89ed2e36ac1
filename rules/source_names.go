package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/internal/editdist"
)

var sourceName = checker.Rule{
	ID:        "source-name",
	Title:     "Name or code of the original missing",
	Category:  "accuracy/mistranslation",
	Severity:  checker.Minor,
	Bilingual: true,
	Message:   "Name des Originals fehlt in der Übersetzung.",
	Doc: `Looks for the names, acronyms, product codes, URLs, e-mail addresses, @handles and #hashtags of the
original in the translation, pair by pair of the alignment. A name counts as rendered when the translation has
a word that begins with it ("Londons", "Trump-Regierung"), its German exonym or adjective ("Munich" →
"München", "French" → "französisch"; a table of the rule's own), or a word that differs only slightly
(transliteration: "Tchaikovsky", "Tschaikowsky"); of a name of several words ("California Highway Patrol") one
is enough, and words that German translates ("Department", "House", "Minister") are not looked for. Capitalised
words at the start of a sentence and in title-case headlines are not taken for names, nor are ordinary English
words that are merely capitalised, which German translates: a name made only of words that English news text also
writes in lower case ("Dog", "Northern Lights", "Equality Act"; the casing model of the Punkt sentence splitter,
about 20,000 words), and a label before a number ("Category 4"). Of a hyphenated word only the capitalised parts
are looked for ("Kansas-based", "mid-August"); the spelling of cognates is compared loosely ("Vatican",
"Vatikan"). Words in capitals that are English words ("BAN") are emphasis, not acronyms; an acronym that the
original spells out before it in parentheses may be rendered by the German words; share codes ("UBER.N") and
party labels ("D-Calif.") need no counterpart; a code of one or two letters and a number ("FY2020") is rendered by
the number. An acronym or code that the translation has in a changed form ("BWI" → "BHI") is a major
mistranslation; a missing name is minor.`,
	Bad: []string{
		"The plane landed at {{BWI}} on Thursday. ||| Das Flugzeug landete am Donnerstag bei der {{BHI}}.",
		"Police said {{Zeus}} died on Sunday. ||| {{Die Polizei sagte, der Hund sei am Sonntag gestorben.}}",
		"He flew a {{B777}} to Denver. ||| Er flog eine {{B787}} nach Denver.",
		"Write to {{info@example.org}} for details. ||| {{Schreiben Sie uns für Einzelheiten.}}",
		"The talks in {{Geneva}} failed. ||| {{Die Gespräche in Wien scheiterten.}}",
		"Officials at the {{FAA}} said so. ||| {{Beamte der Behörde sagten das.}}",
		"The {{Kansas}}-based chain reopened on Monday. ||| {{Die Kette öffnete am Montag wieder.}}",
	},
	Good: []string{
		"The FAA said Flight 328 landed at BWI in Baltimore. ||| Die FAA sagte, Flug 328 sei am BWI in Baltimore gelandet.",
		"London's mayor met officials in Munich. ||| Londons Bürgermeister traf Beamte in München.",
		"The Department of Justice said the EU and the US agreed. ||| Das Justizministerium sagte, die EU und die USA seien sich einig.",
		"California Highway Patrol officer Ruben Jones told CNN. ||| Ruben Jones von der kalifornischen Autobahnpolizei sagte CNN.",
		"French and German leaders met on Monday. ||| Französische und deutsche Spitzenpolitiker trafen sich am Montag.",
		"Tchaikovsky wrote it for COVID-19 patients. ||| Tschaikowski schrieb es für Covid-19-Patienten.",
		"Follow @mtcheck and #translation on https://example.org. ||| Folgen Sie @mtcheck und #translation auf https://example.org.",
		"The Kansas-based chain reopened in mid-August. ||| Die in Kansas ansässige Kette öffnete Mitte August wieder.",
		"Experts said Dog attacks rose. ||| Experten sagten, Angriffe von Hunden hätten zugenommen.",
		"Lorenzo became a Category 4 storm. ||| Lorenzo wurde zu einem Sturm der Stärke 4.",
		"The surprise postponement of the WeWork IPO hurt. ||| Die überraschende Verschiebung des Börsengangs von WeWork schadete.",
		"The Communist Party of China (CPC) met. ||| Die Kommunistische Partei Chinas (KPCh) tagte.",
		"A BAN on advertising is being considered. ||| Ein VERBOT der Werbung wird erwogen.",
		"Shares of Uber Technologies (UBER.N) fell. ||| Die Aktien von Uber Technologies fielen.",
		"The FY2020 results were strong. ||| Die Zahlen des Geschäftsjahres 2020 waren gut.",
		"Pope Francis visited the Vatican and Qatari envoys. ||| Papst Franziskus besuchte den Vatikan und katarische Gesandte.",
		"The Northern Lights were seen over the Equality Act rally. ||| Die Nordlichter waren über der Kundgebung für das Gleichstellungsgesetz zu sehen.",
	},
	Check: checkSourceName,
}

// nameKind is the kind of a name of the original.
type nameKind uint8

const (
	kindName    nameKind = iota // capitalised words: "Ruben Jones", "Baltimore"
	kindAcronym                 // "FAA", "U.S."
	kindCode                    // letters and digits: "B777", "COVID-19"
	kindAddress                 // URL, e-mail address, @handle, #hashtag
)

// sourceNameUnit is one name of the original: its span, its text, and the
// folded words to look for.
type sourceNameUnit struct {
	span  checker.Span
	text  string
	kind  nameKind
	words []string
}

func checkSourceName(pass *checker.Pass) {
	bt := sharedBitext.Get(pass)
	for bp := range bt.alignedPairs(pass) {
		units := sourceNames(bt.o, bp.sFirst, bp.sEnd)
		if len(units) == 0 {
			continue
		}
		tv := newTargetView(bt.d, bp.tFirst, bp.tEnd)
		for _, u := range units {
			if tv.renders(u) {
				continue
			}
			ss := u.span
			dg := checker.Diagnostic{SourceSpan: &ss, About: []string{u.text}}
			if u.kind == kindAcronym || u.kind == kindCode {
				if i, ok := tv.near(u); ok {
					dg.Span, dg.Severity = bt.d.Tokens[i].Span, checker.Major
					dg.Message = fmt.Sprintf("Name oder Kürzel weicht vom Original ab: „%s“, im Original „%s“.",
						bt.d.TokenText(i), u.text)
					pass.ReportDiagnostic(dg)
					continue
				}
			}
			at, ok := bt.targetFor(bp, u.span.Start)
			if !ok {
				continue
			}
			dg.Span = at
			dg.Message = fmt.Sprintf("Name des Originals fehlt in der Übersetzung: „%s“.", u.text)
			if u.kind == kindAddress {
				dg.Message = fmt.Sprintf("Adresse des Originals fehlt in der Übersetzung: „%s“.", u.text)
			}
			pass.ReportDiagnostic(dg)
		}
	}
}

// sourceNames returns the names of tokens [first, end) of the original.
func sourceNames(o *checker.Doc, first, end int) []sourceNameUnit {
	var out []sourceNameUnit
	var cur *sourceNameUnit
	curStart := false // cur began a sentence
	curSentence := -1
	curLast := -1 // the last token of cur
	flush := func() {
		if cur != nil && keepName(o, cur, curStart, curLast) {
			out = append(out, *cur)
		}
		cur = nil
	}
	// add adds the capitalised word w at span sp of token i to the name
	// being read, or begins one.
	add := func(i int, w string, sp checker.Span) {
		tk := o.Tokens[i]
		if cur != nil && curSentence != tk.Sentence {
			flush() // "… HALO Trust. Twenty-two years ago": two sentences
		}
		if cur == nil {
			cur = &sourceNameUnit{span: sp, kind: kindName}
			curSentence = tk.Sentence
			curStart = tk.SentenceStart || startsQuote(o, i)
		}
		cur.span = cur.span.To(sp)
		cur.words = append(cur.words, w)
		cur.text = o.Slice(cur.span)
		curLast = i
	}
	titleCase := -1 // the sentence last found to be in title case
	checkedSentence := -1
	for i := first; i < end; i++ {
		tk := o.Tokens[i]
		if tk.Sentence != checkedSentence {
			checkedSentence = tk.Sentence
			if isTitleCaseSentence(o, tk.Sentence) {
				titleCase = tk.Sentence
			}
		}
		text := o.TokenText(i)
		switch {
		case tk.Kind == checker.URL:
			flush()
			out = append(out, sourceNameUnit{span: tk.Span, text: text, kind: kindAddress, words: []string{strings.ToLower(text)}})
			continue
		case tk.Kind != checker.Word || startsWithDigit(text):
			if tk.Kind != checker.Punct || !isNameJoiner(text) {
				flush()
			}
			continue
		}
		bare := trimPossessive(text)
		if strings.IndexFunc(bare, checker.IsHyphen) > 0 && tk.Sentence != titleCase {
			if u, ok := hyphenatedCode(tk.Span, bare); ok {
				flush()
				if u.kind != kindAcronym || keepAcronym(o, i, u.words[0]) {
					out = append(out, u)
				}
				continue
			}
			// A compound: its capitalised parts are names ("Kansas-based",
			// "mid-August", "New York-set"); a name goes on only through a
			// compound that ends in one.
			parts := hyphenParts(tk.Start, bare)
			if !isCapitalised(parts[0].text) {
				flush()
			}
			for _, p := range parts {
				if isCapitalised(p.text) && !isPartyLabel(parts) {
					add(i, foldLower(p.text), p.span)
				} else {
					flush()
				}
			}
			continue
		}
		hasDigit := strings.IndexFunc(bare, unicode.IsDigit) >= 0
		switch {
		case hasDigit:
			flush()
			out = append(out, sourceNameUnit{span: tk.Span, text: bare, kind: kindCode, words: []string{foldLower(bare)}})
		case tk.Shape == checker.Upper && nameLetters(bare) >= 2 || isAcronymPlural(bare):
			flush()
			acr := strings.ReplaceAll(bare, ".", "")
			if isAcronymPlural(bare) {
				acr = strings.TrimSuffix(acr, "s")
			}
			if isStockCode(bare) || !keepAcronym(o, i, acr) {
				continue
			}
			out = append(out, sourceNameUnit{span: tk.Span, text: bare, kind: kindAcronym, words: []string{acr}})
		case (tk.Shape == checker.Capitalized || tk.Shape == checker.Mixed) && tk.Sentence != titleCase:
			w := foldLower(bare)
			if englishFunctionWords[w] || w == "i" {
				flush()
				continue
			}
			add(i, w, checker.Span{Start: tk.Start, End: tk.Start + len(bare)})
		default:
			flush()
		}
	}
	flush()
	return out
}

// keepName reports whether the capitalised words u, the last of them token
// last, are a name to look for in the translation. Not when they are one
// word at the start of a sentence (unless a name German renders: "Munich"),
// a label before a number ("Category 4", "Stage 3": the number rule checks
// the number), or ordinary English words only, which German translates
// ("Dog", "Northern Lights", "Common Good"; see isCommonEnglishWord).
func keepName(o *checker.Doc, u *sourceNameUnit, atStart bool, last int) bool {
	rendered := false
	for _, w := range u.words {
		if nameRenderings[w] != nil {
			rendered = true
		}
	}
	if rendered {
		return true
	}
	if atStart && len(u.words) == 1 {
		return false
	}
	if len(u.words) == 1 && last+1 < len(o.Tokens) && o.Tokens[last+1].Kind == checker.Number {
		return false
	}
	common := 0
	for _, w := range u.words {
		switch {
		case isCommonEnglishWord(w):
			common++
		case genericNameWords[w]:
		default:
			return true
		}
	}
	return common == 0
}

// keepAcronym reports whether the word in capitals at token i (acr, without
// periods and plural s) is an acronym to look for. Not when it is an English
// word set in capitals for emphasis ("NO", "BAN", "MURDERED") or an acronym
// that the original spells out just before it ("liquefied natural gas (LNG)":
// the translation may give the German words instead).
func keepAcronym(o *checker.Doc, i int, acr string) bool {
	l := strings.ToLower(acr)
	if acronymRenderings[l] != nil {
		return true
	}
	if englishFunctionWords[l] || englishNegators[l] || len(l) >= 3 && isCommonEnglishWord(l) {
		return false
	}
	return !spelledOut(o, i, acr)
}

// spelledOut reports whether the acronym acr at token i stands in
// parentheses after the words it abbreviates: their initials, function words
// left out or not, end with it ("Business, Energy and Industrial Strategy
// (BEIS)").
func spelledOut(o *checker.Doc, i int, acr string) bool {
	if i < 2 || o.TokenText(i-1) != "(" || len(acr) < 2 {
		return false
	}
	var all, content []byte
	for j := i - 2; j >= 0 && j >= i-2-3*len(acr); j-- {
		t := o.Tokens[j]
		if t.Kind != checker.Word {
			if t.Kind == checker.Punct && (o.TokenText(j) == "," || checker.IsHyphen(rune(o.TokenText(j)[0]))) {
				continue
			}
			break
		}
		c := unicode.ToUpper(rune(o.TokenText(j)[0]))
		if c > unicode.MaxASCII {
			break
		}
		all = append([]byte{byte(c)}, all...)
		if !englishFunctionWords[o.TokenLower(j)] {
			content = append([]byte{byte(c)}, content...)
		}
		if strings.HasSuffix(string(all), acr) || strings.HasSuffix(string(content), acr) {
			return true
		}
	}
	return false
}

// hyphenPart is one part of a hyphenated word.
type hyphenPart struct {
	span checker.Span
	text string
}

// hyphenParts splits the word w at byte offset start at its hyphens.
func hyphenParts(start int, w string) []hyphenPart {
	var out []hyphenPart
	from := 0
	for k, r := range w + "-" {
		if !checker.IsHyphen(r) {
			continue
		}
		if k > from {
			out = append(out, hyphenPart{span: checker.Span{Start: start + from, End: start + k}, text: w[from:k]})
		}
		from = k + utf8.RuneLen(r)
	}
	return out
}

// hyphenatedCode reads a hyphenated word as a code or acronyms when it is
// one: capitals and digits ("COVID-19", "K-12", "B-52") are a code, capitals
// only ("UK-SA") an acronym of their own.
func hyphenatedCode(sp checker.Span, w string) (sourceNameUnit, bool) {
	parts := hyphenParts(sp.Start, w)
	upper, digits := true, false
	for _, p := range parts {
		for _, r := range p.text {
			switch {
			case unicode.IsDigit(r):
				digits = true
			case !unicode.IsUpper(r) && r != '.':
				upper = false
			}
		}
	}
	switch {
	case !upper:
		return sourceNameUnit{}, false
	case digits:
		return sourceNameUnit{span: sp, text: w, kind: kindCode, words: []string{foldLower(w)}}, true
	case isPartyLabel(parts) || nameLetters(w) < 2:
		return sourceNameUnit{}, false
	}
	acr := strings.ReplaceAll(w, ".", "")
	return sourceNameUnit{span: sp, text: w, kind: kindAcronym, words: []string{acr}}, true
}

// isPartyLabel reports whether the parts of a hyphenated word are an
// American party label ("D-Calif", "R-Texas", "D-N.Y"): German writes it
// out ("Demokratin aus Kalifornien").
func isPartyLabel(parts []hyphenPart) bool {
	return len(parts) == 2 && (parts[0].text == "D" || parts[0].text == "R" || parts[0].text == "I")
}

// isStockCode reports whether w is the code of a share with its exchange
// ("UBER.N", "HSBA.L", "DDOG.O"), which translations leave out at will.
func isStockCode(w string) bool {
	k := strings.IndexByte(w, '.')
	if k < 2 || len(w)-k-1 < 1 || len(w)-k-1 > 2 {
		return false
	}
	for _, r := range w[:k] + w[k+1:] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// isAcronymPlural reports whether w is the plural of an acronym: "MPs",
// "CEOs".
func isAcronymPlural(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for _, r := range w[:len(w)-1] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// isNameJoiner reports whether punctuation may stand inside a name
// ("Jean-Luc", "St. Louis"): a hyphen or a period.
func isNameJoiner(p string) bool { return p == "." || p == "-" }

// startsQuote reports whether token i follows an opening quotation mark or
// a colon: a capital there starts a sentence of its own.
func startsQuote(o *checker.Doc, i int) bool {
	if i == 0 {
		return true
	}
	prev := o.TokenText(i - 1)
	return o.QuoteMarkRole(i-1) > 0 || prev == ":" || prev == "(" || prev == "—" || prev == "–"
}

// isTitleCaseSentence reports whether sentence si is in title case, as
// headlines are ("Omni Air Flight Lands in Baltimore"): three or more words
// of four letters or more, and none of them in lower case but function
// words.
func isTitleCaseSentence(o *checker.Doc, si int) bool {
	long := 0
	for i := o.Sentences[si].First; i < o.Sentences[si].End; i++ {
		t := o.Tokens[i]
		if t.Kind != checker.Word || nameLetters(o.TokenText(i)) < 4 {
			continue
		}
		long++
		if t.Shape == checker.Lower && !englishFunctionWords[o.TokenLower(i)] {
			return false
		}
	}
	return long >= 3
}

// trimPossessive drops an English possessive ending: "Diana's" → "Diana".
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// targetView is the words of one side of a pair of the alignment, as the
// name rule looks names up in them.
type targetView struct {
	d *checker.Doc
	// tokens are the word and URL tokens.
	tokens []int
	// parts are the folded words and their hyphen-separated parts.
	parts []string
	// joined is the folded text of the words, separated by spaces.
	joined string
}

func newTargetView(d *checker.Doc, first, end int) *targetView {
	tv := &targetView{d: d}
	var b strings.Builder
	for i := first; i < end; i++ {
		k := d.Tokens[i].Kind
		if k != checker.Word && k != checker.URL && k != checker.Number {
			continue
		}
		tv.tokens = append(tv.tokens, i)
		f := foldLower(d.TokenText(i))
		tv.parts = append(tv.parts, f)
		if strings.IndexFunc(f, checker.IsHyphen) >= 0 {
			tv.parts = append(tv.parts, strings.FieldsFunc(f, checker.IsHyphen)...)
		}
		b.WriteString(f)
		b.WriteByte(' ')
	}
	tv.joined = b.String()
	return tv
}

// renders reports whether the translation renders the name u.
func (tv *targetView) renders(u sourceNameUnit) bool {
	switch u.kind {
	case kindAddress:
		return strings.Contains(tv.joined, u.words[0]) || strings.Contains(tv.joined, foldLower(u.words[0]))
	case kindCode:
		return strings.Contains(tv.joined, u.words[0]) || tv.hasNumberOf(u.words[0])
	case kindAcronym:
		return tv.rendersAcronym(u.words[0])
	}
	for k, w := range u.words {
		if k+1 < len(u.words) {
			if rs, ok := nameRenderings[w+" "+u.words[k+1]]; ok && tv.hasAny(rs) {
				return true
			}
		}
	}
	looked := false
	for _, w := range u.words {
		if genericNameWords[w] && nameRenderings[w] == nil {
			continue
		}
		looked = true
		if tv.hasWord(w) || tv.hasAny(nameRenderings[w]) {
			return true
		}
	}
	return !looked
}

// rendersAcronym reports whether the translation has the acronym (with
// its case, without periods: "U.S." is "US", also as the beginning of a
// compound, "US-Präsident") or a German rendering of it.
func (tv *targetView) rendersAcronym(acr string) bool {
	for _, i := range tv.tokens {
		t := strings.ReplaceAll(tv.d.TokenText(i), ".", "")
		if strings.HasPrefix(t, acr) {
			return true
		}
		for _, p := range strings.FieldsFunc(t, checker.IsHyphen)[1:] {
			if strings.HasPrefix(p, acr) {
				return true // "Blockbuster-DVDs"
			}
		}
	}
	return tv.hasAny(acronymRenderings[strings.ToLower(acr)])
}

// hasNumberOf reports whether the translation has the number of the code c
// when the letters of c are an abbreviation of one or two letters that German
// writes out ("FY2020" → "Geschäftsjahr 2020", "No10" → "Nr. 10", "Q3" →
// "3. Quartal").
func (tv *targetView) hasNumberOf(c string) bool {
	k := strings.IndexFunc(c, unicode.IsDigit)
	if k < 1 || k > 2 || strings.IndexFunc(c[k:], func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		return false
	}
	for _, i := range tv.tokens {
		if tv.d.Tokens[i].Kind == checker.Number && strings.TrimRight(tv.d.TokenText(i), ".") == c[k:] {
			return true
		}
	}
	return false
}

// hasAny reports whether the translation has a word that begins with one
// of the renderings rs (a rendering of several words: the words in a row).
// Renderings of up to three letters must be a whole word, or in capitals
// begin one ("KI", "BIP").
func (tv *targetView) hasAny(rs []string) bool {
	for _, r := range rs {
		switch {
		case strings.Contains(r, " "):
			if strings.Contains(tv.joined, r) {
				return true
			}
		case len(r) <= 3:
			upper := strings.ToUpper(r)
			for _, i := range tv.tokens {
				if strings.HasPrefix(tv.d.TokenText(i), upper) {
					return true
				}
			}
			for _, p := range tv.parts {
				if p == r {
					return true
				}
			}
		default:
			if strings.Contains(tv.joined, r) {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether the translation has a word that begins with the
// folded name w or contains it (a name of four letters or more inside a
// compound: "Mitteleuropa"), or its first three quarters (the German
// adjective of a demonym: "Georgian", "georgisch"), or that differs from it
// only slightly (transliteration).
func (tv *targetView) hasWord(w string) bool {
	n := len(w)
	stem := ""
	if n >= 6 {
		stem = w[:max(4, n*3/4)]
	}
	for _, p := range tv.parts {
		if strings.HasPrefix(p, w) || n >= 4 && strings.Contains(p, w) || stem != "" && strings.Contains(p, stem) {
			return true
		}
		if n >= 4 && (closeForms(p, w) || closeForms(cognateFold(p), cognateFold(w))) {
			return true
		}
	}
	return false
}

// cognateFold spells a folded word the way German and English spellings of
// one name meet: c and q as k, ph as f, th as t, y as i ("Vatican" and
// "Vatikan", "Category" and "Kategorie", "Philadelphia" and "Filadelfia").
func cognateFold(w string) string {
	return cognateReplacer.Replace(w)
}

var cognateReplacer = strings.NewReplacer("ph", "f", "th", "t", "ck", "k", "c", "k", "q", "k", "y", "i", "z", "s")

// closeForms reports whether p, cut to about the length of w, differs from
// w by at most a quarter of its letters (transliteration, inflection).
func closeForms(p, w string) bool {
	pr, wr := []rune(p), []rune(w)
	if len(pr) > len(wr)+2 {
		pr = pr[:len(wr)+2]
	}
	if abs(len(pr)-len(wr)) > len(wr)/4 {
		// An inflected or derived form: its beginning as long as w
		// ("elefanten" for "elephant").
		if len(pr) < len(wr) {
			return false
		}
		pr = pr[:len(wr)]
	}
	return editdist.Levenshtein(pr, wr) <= len(wr)/4
}

// near returns a capitalised word or code of the translation that differs
// from the acronym or code u by one or a few characters ("BHI" for "BWI"),
// the likely mistranslation of it.
func (tv *targetView) near(u sourceNameUnit) (int, bool) {
	want := []rune(strings.ToLower(u.words[0]))
	limit := max(1, len(want)/3)
	for _, i := range tv.tokens {
		t := tv.d.Tokens[i]
		if t.Shape != checker.Upper && t.Shape != checker.Mixed && strings.IndexFunc(tv.d.TokenText(i), unicode.IsDigit) < 0 {
			continue
		}
		got := []rune(strings.ToLower(strings.ReplaceAll(tv.d.TokenText(i), ".", "")))
		if abs(len(got)-len(want)) > limit {
			continue
		}
		if e := editdist.Levenshtein(got, want); e > 0 && e <= limit {
			return i, true
		}
	}
	return 0, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// nameLetters counts the letters of s.
func nameLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
