package config

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules"
	"github.com/mtcheck/mtcheck/rules/internal/editdist"
	"github.com/mtcheck/mtcheck/rules/pack"
)

// RuleSource returns the rules a configuration chooses from, in the order the
// engine runs them, with the user's packs compiled in.
type RuleSource func(userPacks ...*pack.Pack) ([]checker.Rule, error)

// Registry is the default RuleSource: rules.All(), or rules.WithPacks when
// there are user packs.
func Registry(userPacks ...*pack.Pack) ([]checker.Rule, error) {
	if len(userPacks) == 0 {
		return rules.All(), nil
	}
	return rules.WithPacks(userPacks...)
}

// Options adjust how configurations become engines.
type Options struct {
	// Rules is where the rules come from; nil means Registry.
	Rules RuleSource
	// Overrides apply to every configuration, on top of its file (e.g. the
	// threshold of --fail-under): Setup.Engine is the engine with them.
	Overrides Overrides
}

// Setup is a configuration applied to a rule set. It is read-only once
// built and safe for concurrent use.
type Setup struct {
	// Config is the configuration; its Path is "" for the default one.
	Config *Config
	// Rules are every rule known under the configuration, running or not: the
	// registry and the user's packs, with their default severities.
	Rules []checker.Rule
	// Settings are what the configuration and the options' overrides resolve
	// to, by rule ID.
	Settings checker.Config
	// Engine runs the rules with Settings; EngineWith(Overrides{}) returns it.
	Engine *checker.Engine

	// variants are Engine for each language variant (Engine.WithVariant),
	// built with it: EngineWith returns them for overrides that set only
	// the variant, such as most requests to the server.
	variants map[checker.Variant]*checker.Engine

	// names are the names of Rules, for resolving overrides.
	names *names
}

// Engine builds the configuration's engine over the registry and the user's packs.
func (c *Config) Engine() (*checker.Engine, error) {
	s, err := c.Build(Options{})
	if err != nil {
		return nil, err
	}
	return s.Engine, nil
}

// Build compiles the user's packs with the rules of opts, resolves the
// configuration's names to rule IDs, applies the options' overrides and
// builds the engine. Unknown names and contradictions are returned as
// checker.FileErrors naming the file, line and field.
func (c *Config) Build(opts Options) (*Setup, error) {
	src := opts.Rules
	if src == nil {
		src = Registry
	}
	rs, err := src(c.Packs...)
	if err != nil {
		return nil, err
	}
	s := &Setup{Config: c, Rules: rs, names: namesOf(rs)}
	file, err := c.settings(s.names, rs)
	if err != nil {
		return nil, err
	}
	if s.Settings, err = s.override(file, opts.Overrides); err != nil {
		return nil, err
	}
	if s.Engine, err = checker.NewEngine(rs, s.Settings); err != nil {
		if c.Path != "" {
			return nil, &checker.FileError{File: c.Path, Msg: err.Error()}
		}
		return nil, err
	}
	s.variants = make(map[checker.Variant]*checker.Engine, len(checker.Variants))
	for _, v := range checker.Variants {
		if s.variants[v], err = s.Engine.WithVariant(v); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// settings resolves the file's names against rs. A rule's ID beats its pack's name.
func (c *Config) settings(ns *names, rs []checker.Rule) (checker.Config, error) {
	r := newReader(c.Path)
	sw := newSwitches()
	for _, n := range c.Disable {
		sw.add(r, ns.rule(r, n), n, false)
	}
	for _, n := range c.Enable {
		sw.add(r, ns.rule(r, n), n, true)
	}
	sev := ns.severities(r, c.Severity)
	if err := r.err(); err != nil {
		return checker.Config{}, err
	}
	cfg := checker.Config{Disable: map[string]bool{}, Enable: map[string]bool{},
		Severity: map[string]checker.Severity{}, Accept: slices.Clone(c.Accept), Variant: c.Variant}
	c.Threshold.apply(&cfg)
	sw.apply(&cfg, rs, false)
	sev.apply(&cfg, rs)
	return cfg, nil
}

// level is how a name picks rules: by ID, by pack, by category (family/kind)
// or by family. A more specific name beats a less specific one.
type level int

const (
	byID level = iota
	byPack
	byCategory
	byFamily
	levels
	unknown = -1 // a name that picks no rule
)

// keyOf returns the name of rule r at level l; "" for none (a rule written in
// Go has no pack).
func keyOf(r *checker.Rule, l level) string {
	switch l {
	case byID:
		return r.ID
	case byPack:
		return r.Pack
	case byCategory:
		return r.Category
	}
	family, _, _ := strings.Cut(r.Category, "/")
	return family
}

// switches are the names that turn rules off and on, by level.
type switches [levels]struct{ off, on map[string]Name }

func newSwitches() *switches {
	var sw switches
	for l := range sw {
		sw[l].off, sw[l].on = map[string]Name{}, map[string]Name{}
	}
	return &sw
}

// add records n, a name of level l, as turning rules on or off. Naming one
// thing both off and on is an error, reported at the second of the two.
func (sw *switches) add(r *reader, l level, n Name, on bool) {
	if l == unknown {
		return
	}
	set, other, verb := sw[l].off, sw[l].on, "enabled"
	if on {
		set, other, verb = other, set, "disabled"
	}
	if d, clash := other[n.Value]; clash {
		at := ""
		if d.Line > 0 {
			at = fmt.Sprintf(", at line %d", d.Line)
		}
		r.Add(n.Line, n.Field, fmt.Sprintf("%q is %s too%s (%s)", n.Value, verb, at, d.Field))
		return
	}
	set[n.Value] = n
}

// decide says whether the most specific name about rule turns it on; ok is
// false when no name is about it.
func (sw *switches) decide(rule *checker.Rule) (on, ok bool) {
	for l := range levels {
		k := keyOf(rule, l)
		if k == "" {
			continue
		}
		if _, off := sw[l].off[k]; off {
			return false, true
		}
		if _, on := sw[l].on[k]; on {
			return true, true
		}
	}
	return false, false
}

// apply turns the rules of rs off and on in cfg as the names decide; with
// only, every rule no name turns on is off.
func (sw *switches) apply(cfg *checker.Config, rs []checker.Rule, only bool) {
	for i := range rs {
		id := rs[i].ID
		switch on, ok := sw.decide(&rs[i]); {
		case ok && on:
			delete(cfg.Disable, id)
			cfg.Enable[id] = true
		case ok || only:
			delete(cfg.Enable, id)
			cfg.Disable[id] = true
		}
	}
}

// severityNames are severity overrides by rule ID and by pack name.
type severityNames [2]map[string]checker.Severity

// severities resolves severity overrides; problems are recorded in r.
func (ns *names) severities(r *reader, overrides []SeverityOverride) severityNames {
	sv := severityNames{map[string]checker.Severity{}, map[string]checker.Severity{}}
	for _, o := range overrides {
		if l := ns.rule(r, o.Name); l != unknown {
			sv[l][o.Value] = o.Severity
		}
	}
	return sv
}

// apply sets the severities of the rules of rs in cfg. A rule's ID beats its pack's name.
func (sv severityNames) apply(cfg *checker.Config, rs []checker.Rule) {
	for _, rule := range rs {
		if s, ok := sv[byID][rule.ID]; ok {
			cfg.Severity[rule.ID] = s
		} else if s, ok := sv[byPack][rule.Pack]; ok && rule.Pack != "" {
			cfg.Severity[rule.ID] = s
		}
	}
}

// names are the names of a rule set at each level: rule IDs, pack names,
// categories and families.
type names [levels]map[string]bool

// namesOf collects the names of rs.
func namesOf(rs []checker.Rule) *names {
	var ns names
	for l := range ns {
		ns[l] = map[string]bool{}
	}
	for i := range rs {
		for l := range levels {
			if k := keyOf(&rs[i], l); k != "" {
				ns[l][k] = true
			}
		}
	}
	return &ns
}

// rule returns the level of n, a rule ID or a pack name, recording an error
// when it is neither.
func (ns *names) rule(r *reader, n Name) level {
	if sr := checker.SuppressionRule().ID; n.Value == sr && !ns[byID][sr] {
		r.Add(n.Line, n.Field, fmt.Sprintf("%q is the engine's own rule for faulty suppressions and cannot be configured; fix the directives it reports", n.Value))
		return unknown
	}
	return ns.lookup(r, n, "rule or pack", byID, byPack)
}

// category returns the level of n, a category (family/kind) or a family,
// recording an error when it is neither.
func (ns *names) category(r *reader, n Name) level {
	return ns.lookup(r, n, "category", byCategory, byFamily)
}

// lookup returns the first of the levels ls that has the name n. Otherwise it
// records n as an unknown what (e.g. "rule or pack") and returns unknown.
func (ns *names) lookup(r *reader, n Name, what string, ls ...level) level {
	for _, l := range ls {
		if ns[l][n.Value] {
			return l
		}
	}
	r.Add(n.Line, n.Field, ns.unknown(n.Value, what, ls...))
	return unknown
}

// unknown is the message for a name that is none of the names of levels ls,
// with the nearest of them as a suggestion.
func (ns *names) unknown(name, what string, ls ...level) string {
	msg := fmt.Sprintf("unknown %s %q", what, name)
	if s := ns.nearest(name, ls...); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	return msg + "; mtcheck rules lists them"
}

// UnknownName returns the error for a name that is neither the ID of a rule
// of rs nor the name of a pack, with the nearest name as a suggestion, the
// way configuration errors put it. The engine's own rule counts as a name.
func UnknownName(name string, rs []checker.Rule) error {
	ns := namesOf(rs)
	ns[byID][checker.SuppressionRule().ID] = true
	return errors.New(ns.unknown(name, "rule or pack", byID, byPack))
}

// nearest returns the name of the levels closest to s, if it is a likely typo.
func (ns *names) nearest(s string, ls ...level) string {
	best, dist := "", 3
	for _, l := range ls {
		for _, k := range slices.Sorted(maps.Keys(ns[l])) {
			if d := editdist.Levenshtein([]byte(s), []byte(k)); d < dist {
				best, dist = k, d
			}
		}
	}
	return best
}
