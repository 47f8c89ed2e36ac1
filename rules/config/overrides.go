package config

import (
	"fmt"
	"maps"
	"slices"

	"github.com/mtcheck/mtcheck/checker"
)

// Overrides adjust a configured engine for one use: a command's flags, a
// request's parameters (LanguageTool's disabledRules, enabledRules,
// enabledOnly, disabledCategories and enabledCategories map onto Disable,
// Enable, Only, DisableCategories and EnableCategories). They apply on top of
// the configuration and beat it. The zero value changes nothing.
//
// A rule is decided by the most specific name about it: its ID, then its
// pack's name, then its category (family/kind), then its category's family.
// With disable: [leftovers] and enable: [embed-skip-link] that one entry of
// the pack runs; with DisableCategories: [style] and Enable: [some-calque]
// that one style rule does. Naming one thing both off and on is an error.
type Overrides struct {
	// Disable and Enable turn rules (by ID) or whole packs (by name) off and
	// on; Enable turns experimental rules on too, and rules the configuration turns off.
	Disable, Enable []string
	// Only runs nothing but what Enable and EnableCategories turn on (minus
	// what Disable and DisableCategories turn off again).
	Only bool
	// DisableCategories and EnableCategories turn off and on the rules of a
	// category ("locale/date-format") or of a whole family ("locale").
	DisableCategories, EnableCategories []string
	// Threshold, when set, replaces the configuration's threshold.
	Threshold Threshold
	// Severity sets the severity (minor, major or critical) of rules by ID or of packs by name.
	Severity map[string]string
	// Accept adds words and names never to flag to the configuration's list.
	Accept []string
	// Variant, when not empty, replaces the configuration's language variant:
	// a tag checker.ParseVariant reads ("de-CH").
	Variant string
	// Labels name the fields above in errors.
	Labels Labels
}

// Labels name the fields of Overrides in errors, e.g. as the parameters of a
// request ("disabledRules") or the flags of a command ("--rule"). An empty
// label stands for the key of a configuration file: disable, enable, only,
// disable-categories, enable-categories, threshold, severity, accept, variant.
type Labels struct {
	Disable, Enable, Only, DisableCategories, EnableCategories, Threshold, Severity, Accept, Variant string
}

// or returns l with the empty labels filled in.
func (l Labels) or() Labels {
	fill := func(s *string, def string) {
		if *s == "" {
			*s = def
		}
	}
	fill(&l.Disable, "disable")
	fill(&l.Enable, "enable")
	fill(&l.Only, "only")
	fill(&l.DisableCategories, "disable-categories")
	fill(&l.EnableCategories, "enable-categories")
	fill(&l.Threshold, "threshold")
	fill(&l.Severity, "severity")
	fill(&l.Accept, "accept")
	fill(&l.Variant, "variant")
	return l
}

// isZero reports whether o changes nothing.
func (o *Overrides) isZero() bool { return o.Variant == "" && o.OnlyVariant() }

// OnlyVariant reports whether o changes nothing but, perhaps, the language
// variant: EngineWith then returns one of the setup's engines, one per
// variant, built with the setup, instead of building one.
func (o *Overrides) OnlyVariant() bool {
	return len(o.Disable)+len(o.Enable)+len(o.DisableCategories)+len(o.EnableCategories)+
		len(o.Severity)+len(o.Accept) == 0 && !o.Only && !o.Threshold.Set
}

// EngineWith returns the configured engine adjusted by o. Unknown names
// (with the nearest known one as a suggestion), contradictions and invalid
// values are returned as checker.FileErrors, one per problem, whose Field is
// the label of the override (see Labels). It reuses the setup's rules (no
// pack is compiled again), is cheap enough to call per request, and is safe
// for concurrent use; with zero overrides it returns Setup.Engine, and with
// overrides that set only the variant the setup's engine for that variant
// (built once, with the setup).
func (s *Setup) EngineWith(o Overrides) (*checker.Engine, error) {
	if o.isZero() {
		return s.Engine, nil
	}
	if o.OnlyVariant() {
		v, err := checker.ParseVariant(o.Variant)
		if err != nil {
			return nil, checker.FileErrors{{Field: o.Labels.or().Variant, Msg: err.Error()}}
		}
		if e := s.variants[v]; e != nil {
			return e, nil
		}
		return s.Engine.WithVariant(v)
	}
	cfg, err := s.override(s.Settings, o)
	if err != nil {
		return nil, err
	}
	return checker.NewEngine(s.Rules, cfg)
}

// override returns base adjusted by o, without changing base.
func (s *Setup) override(base checker.Config, o Overrides) (checker.Config, error) {
	if o.isZero() {
		return base, nil
	}
	ns := s.names
	if ns == nil {
		ns = namesOf(s.Rules)
	}
	r := newReader("")
	lb := o.Labels.or()
	sw := newSwitches()
	for _, list := range []struct {
		values []string
		label  string
		on     bool
		lookup func(*reader, Name) level
	}{
		{o.Disable, lb.Disable, false, ns.rule},
		{o.Enable, lb.Enable, true, ns.rule},
		{o.DisableCategories, lb.DisableCategories, false, ns.category},
		{o.EnableCategories, lb.EnableCategories, true, ns.category},
	} {
		for _, v := range list.values {
			n := Name{Value: v, Field: list.label}
			if v == "" {
				r.Add(0, n.Field, "must not be empty")
				continue
			}
			sw.add(r, list.lookup(r, n), n, list.on)
		}
	}
	if o.Only && len(o.Enable)+len(o.EnableCategories) == 0 {
		r.Add(0, lb.Only, "turns every rule off: enable rules, packs or categories to run")
	}
	if !o.Threshold.Valid() {
		r.Add(0, lb.Threshold, fmt.Sprintf("%v is not a number from 0 to 100", o.Threshold.Score))
	}
	var sevs []SeverityOverride
	for _, k := range slices.Sorted(maps.Keys(o.Severity)) {
		if so, ok := r.severity(Name{Value: k, Field: lb.Severity + ": " + k}, o.Severity[k], 0); ok {
			sevs = append(sevs, so)
		}
	}
	sv := ns.severities(r, sevs)
	for _, a := range o.Accept {
		if msg := acceptable(a); msg != "" {
			r.Add(0, lb.Accept, fmt.Sprintf("%q %s", a, msg))
		}
	}
	variant := base.Variant
	if o.Variant != "" {
		v, err := checker.ParseVariant(o.Variant)
		if err != nil {
			r.Add(0, lb.Variant, err.Error())
		}
		variant = v
	}
	if err := r.err(); err != nil {
		return checker.Config{}, err
	}

	cfg := checker.Config{Threshold: base.Threshold, Disable: cloneMap(base.Disable), Enable: cloneMap(base.Enable),
		Severity: cloneMap(base.Severity), Accept: slices.Concat(base.Accept, o.Accept), Variant: variant}
	sw.apply(&cfg, s.Rules, o.Only)
	sv.apply(&cfg, s.Rules)
	o.Threshold.apply(&cfg)
	return cfg, nil
}

// cloneMap returns a copy of m that can be written to, even when m is nil.
func cloneMap[V any](m map[string]V) map[string]V {
	out := make(map[string]V, len(m))
	maps.Copy(out, m)
	return out
}
