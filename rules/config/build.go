package config

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules"
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
	// Threshold, when not nil, replaces the threshold of every configuration
	// (a score from 0 to 100, e.g. --fail-under given on the command line).
	Threshold *float64
}

// Setup is a configuration applied to a rule set.
type Setup struct {
	// Config is the configuration; its Path is "" for the default one.
	Config *Config
	// Rules are every rule known under the configuration, running or not: the
	// registry and the user's packs, with their default severities.
	Rules []checker.Rule
	// Settings are what the configuration resolves to, by rule ID.
	Settings checker.Config
	// Engine runs the rules with Settings.
	Engine *checker.Engine
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
// configuration's names to rule IDs and builds the engine. Unknown names and
// contradictions are returned as pack.Errors naming the file, line and field.
func (c *Config) Build(opts Options) (*Setup, error) {
	src := opts.Rules
	if src == nil {
		src = Registry
	}
	rs, err := src(c.Packs...)
	if err != nil {
		return nil, err
	}
	s := &Setup{Config: c, Rules: rs}
	if s.Settings, err = c.settings(rs); err != nil {
		return nil, err
	}
	if opts.Threshold != nil {
		s.Settings.Threshold = engineThreshold(*opts.Threshold)
	}
	if s.Engine, err = checker.NewEngine(rs, s.Settings); err != nil {
		if c.Path != "" {
			return nil, &pack.Error{File: c.Path, Msg: err.Error()}
		}
		return nil, err
	}
	return s, nil
}

// engineThreshold maps a score threshold to checker.Config.Threshold, where 0
// means the default; a negative one lets every score pass, as 0 should.
func engineThreshold(t float64) float64 {
	if t == 0 {
		return -1
	}
	return t
}

// names are the rule IDs and pack names of a rule set.
type names struct {
	ids   map[string]bool
	packs map[string]bool
}

// lookup says whether n is a rule ID (else a pack name), recording an error when it is neither.
func (ns names) lookup(r *reader, n Name) (isID, ok bool) {
	switch {
	case ns.ids[n.Value]:
		return true, true
	case ns.packs[n.Value]:
		return false, true
	case n.Value == checker.SuppressionRule().ID:
		r.add(n.Line, n.Field, fmt.Sprintf("%q is the engine's own rule for faulty suppressions and cannot be configured; fix the directives it reports", n.Value))
	default:
		r.add(n.Line, n.Field, ns.unknown(n.Value))
	}
	return false, false
}

// unknown is the message for a name that is neither a rule ID nor a pack name.
func (ns names) unknown(name string) string {
	msg := fmt.Sprintf("unknown rule or pack %q", name)
	if s := ns.nearest(name); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	return msg + "; mtcheck rules lists them"
}

// namesOf collects the rule IDs and pack names of rs.
func namesOf(rs []checker.Rule) names {
	ns := names{ids: map[string]bool{}, packs: map[string]bool{}}
	for _, r := range rs {
		ns.ids[r.ID] = true
		if r.Pack != "" {
			ns.packs[r.Pack] = true
		}
	}
	return ns
}

// UnknownName returns the error for a name that is neither the ID of a rule
// of rs nor the name of a pack, with the nearest name as a suggestion, the
// way configuration errors put it. The engine's own rule counts as a name.
func UnknownName(name string, rs []checker.Rule) error {
	ns := namesOf(rs)
	ns.ids[checker.SuppressionRule().ID] = true
	return errors.New(ns.unknown(name))
}

// nearest returns the known name closest to s, if it is a likely typo.
func (ns names) nearest(s string) string {
	best, dist := "", 3
	for _, m := range [...]map[string]bool{ns.ids, ns.packs} {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if d := editDistance(s, k); d < dist {
				best, dist = k, d
			}
		}
	}
	return best
}

// settings resolves the configuration against rs. A rule's ID beats its pack's name.
func (c *Config) settings(rs []checker.Rule) (checker.Config, error) {
	ns := namesOf(rs)
	r := &reader{file: c.Path}
	// byID and byPack hold what the file turns off and on by rule ID and by pack name.
	type says struct{ disable, enable map[string]Name }
	byID := says{map[string]Name{}, map[string]Name{}}
	byPack := says{map[string]Name{}, map[string]Name{}}
	level := func(isID bool) says {
		if isID {
			return byID
		}
		return byPack
	}
	for _, n := range c.Disable {
		if isID, ok := ns.lookup(r, n); ok {
			level(isID).disable[n.Value] = n
		}
	}
	for _, n := range c.Enable {
		isID, ok := ns.lookup(r, n)
		if !ok {
			continue
		}
		s := level(isID)
		if d, clash := s.disable[n.Value]; clash {
			r.add(n.Line, n.Field, fmt.Sprintf("%q is disabled too, at line %d (%s)", n.Value, d.Line, d.Field))
			continue
		}
		s.enable[n.Value] = n
	}
	sevID, sevPack := map[string]checker.Severity{}, map[string]checker.Severity{}
	for _, o := range c.Severity {
		isID, ok := ns.lookup(r, o.Name)
		switch {
		case !ok:
		case isID:
			sevID[o.Value] = o.Severity
		default:
			sevPack[o.Value] = o.Severity
		}
	}
	if err := r.err(); err != nil {
		return checker.Config{}, err
	}

	cfg := checker.Config{Disable: map[string]bool{}, Enable: map[string]bool{},
		Severity: map[string]checker.Severity{}, Accept: slices.Clone(c.Accept)}
	if c.HasThreshold {
		cfg.Threshold = engineThreshold(c.Threshold)
	}
	has := func(m map[string]Name, k string) bool { _, ok := m[k]; return ok && k != "" }
	for _, rule := range rs {
		switch {
		case has(byID.disable, rule.ID):
			cfg.Disable[rule.ID] = true
		case has(byID.enable, rule.ID):
			cfg.Enable[rule.ID] = true
		case has(byPack.disable, rule.Pack):
			cfg.Disable[rule.ID] = true
		case has(byPack.enable, rule.Pack):
			cfg.Enable[rule.ID] = true
		}
		if s, ok := sevID[rule.ID]; ok {
			cfg.Severity[rule.ID] = s
		} else if s, ok := sevPack[rule.Pack]; ok && rule.Pack != "" {
			cfg.Severity[rule.ID] = s
		}
	}
	return cfg, nil
}

// editDistance is the Levenshtein distance of a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
