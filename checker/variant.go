package checker

import (
	"fmt"
	"strings"
)

// Variant is the national variety of German a text is written in, as a
// language tag: "de-DE", "de-AT" or "de-CH". The zero value is the default,
// German as written in Germany; an engine reports it as DeDE.
//
// Most rules do not depend on the variant. Those that do ask Pass.Variant:
// english-date suggests the Austrian month names "Jänner" and "Feber" in
// de-AT text, and swiss-eszett flags ß only in de-CH text.
type Variant string

// The variants mtcheck knows.
const (
	DeDE Variant = "de-DE" // Germany (the default)
	DeAT Variant = "de-AT" // Austria
	DeCH Variant = "de-CH" // Switzerland (and Liechtenstein): no ß
)

// Variants lists the known variants, the default first.
var Variants = []Variant{DeDE, DeAT, DeCH}

// variantList names the known variants in messages.
const variantList = "de-DE, de-AT or de-CH"

// ParseVariant parses a language tag into a variant: "de-DE", "de-AT" or
// "de-CH", in any case and with "-" or "_" ("de_ch"). Anything else,
// including "", is an error that names the known variants.
func ParseVariant(s string) (Variant, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	for _, v := range Variants {
		if strings.EqualFold(t, string(v)) {
			return v, nil
		}
	}
	return "", fmt.Errorf("unknown language variant %q (want %s)", s, variantList)
}

// resolve returns the variant v stands for (DeDE for the zero value), or an
// error for an unknown one.
func (v Variant) resolve() (Variant, error) {
	if v == "" {
		return DeDE, nil
	}
	for _, k := range Variants {
		if v == k {
			return v, nil
		}
	}
	return "", fmt.Errorf("unknown language variant %q (want %s)", string(v), variantList)
}

// ExampleVariant splits the variant tag off a rule's example: an example
// that starts with a known variant in brackets and a space ("[de-CH] Die
// {{Straße}} ist gesperrt.") is checked as text of that variant, so that a
// rule that depends on the variant can show and test each one. Without a
// tag, v is "" (the default variant) and rest is ex.
func ExampleVariant(ex string) (v Variant, rest string) {
	if len(ex) < 8 || ex[0] != '[' || ex[6] != ']' || ex[7] != ' ' {
		return "", ex
	}
	for _, k := range Variants {
		if ex[1:6] == string(k) {
			return k, ex[8:]
		}
	}
	return "", ex
}
