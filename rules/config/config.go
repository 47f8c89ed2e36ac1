// Package config reads mtcheck's user configuration, the file .mtcheck.yaml,
// and builds checker engines from it.
//
// # The file
//
// Every field is optional; unknown fields are errors, and an empty file is the
// default configuration:
//
//	threshold: 90                      # the score (0-100) a document needs to pass
//	disable: [english-date, calques]   # rule IDs or pack names to turn off
//	enable: [extraposed-object]        # experimental rule IDs or pack names to turn on
//	severity:                          # rule ID or pack name: minor, major or critical
//	  glued-words: major
//	accept: [Musk, LinkedIn]           # words and names never to flag (exact case)
//	rules: [house-style.yaml]          # the user's rule packs, relative to this file
//	variant: de-CH                     # de-DE (the default), de-AT or de-CH
//
// A name in disable, enable or severity is a rule ID or the name of a rule pack,
// which stands for every rule of the pack. A rule's ID beats its pack's name:
// with disable: [leftovers] and enable: [embed-skip-link] that one entry of the
// pack runs. Naming one thing in both disable and enable is an error, and so is
// a name that is neither a rule nor a pack. The user's packs (rules) are in the
// rule-pack format (package rules/pack) and are compiled together with the
// built-in packs (rules.WithPacks), so their entry IDs must be new. The
// variant is the variety of German the documents are written in
// (checker.Variant); the few rules that depend on it read it from their pass.
//
// # Discovery
//
// Find looks for FileName in a directory and its parents, up to the file
// system's root; the nearest file wins and files are not merged. Cache builds
// one engine per configuration file and is safe for concurrent use.
//
// # Engines
//
// Config.Build applies a configuration to a rule set and returns its Setup;
// Setup.EngineWith is how every front end gets an engine: the configured one,
// with rules, packs or categories turned off or on, only some of them, and
// other overrides, checked the way the file's names are.
//
// # Errors
//
// Problems are returned as checker.FileErrors (the type the rule-pack parser
// uses too), each naming the file, line and field: ".mtcheck.yaml:3:
// disable[1]: unknown rule or pack "calque"".
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"go.yaml.in/yaml/v3"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/pack"
	"github.com/mtcheck/mtcheck/rules/yamlnode"
)

// FileName is the name of the configuration file that Find looks for.
const FileName = ".mtcheck.yaml"

// Config is one parsed and validated configuration file. The zero value is the
// default configuration: every non-experimental rule of the registry with its
// default severity and the default threshold.
type Config struct {
	// Path is the file the configuration was read from; "" for the default configuration.
	Path string
	// Threshold is the score (0-100) a document needs to pass, when the file sets one.
	Threshold Threshold
	// Disable and Enable are the names (rule IDs or pack names) the file turns off and on.
	Disable, Enable []Name
	// Severity are the file's severity overrides, in file order.
	Severity []SeverityOverride
	// Accept lists words and names never to flag (checker.Config.Accept).
	Accept []string
	// RuleFiles are the user's pack files, resolved against the directory of
	// Path; Value is the resolved path.
	RuleFiles []Name
	// Packs are the parsed user packs, one per rule file (filled by Load).
	Packs []*pack.Pack
	// Variant is the variety of German the file sets (checker.Config.Variant);
	// "" when it sets none, which is checker.DeDE.
	Variant checker.Variant
}

// Name is a value given in the configuration file, with where it was given:
// Line is its 1-based line in the file (0 for an override, which has no
// file), and Field names it in errors, e.g. "disable[1]" or "severity: glued-words".
type Name = yamlnode.String

// SeverityOverride sets the severity of a rule, or of every rule of a pack.
type SeverityOverride struct {
	Name
	Severity checker.Severity
}

// fields are the top-level fields of a configuration file.
var fields = []string{"threshold", "disable", "enable", "severity", "accept", "rules", "variant"}

// Find returns the configuration file that applies to files in dir: FileName
// in dir or in the nearest of its parents. The path returned is absolute. ok
// is false when there is none. Directories that cannot be searched are passed
// over; err reports a FileName that is not a regular file or cannot be examined.
func Find(dir string) (path string, ok bool, err error) {
	dir, err = filepath.Abs(dir)
	if err != nil {
		return "", false, err
	}
	for {
		p := filepath.Join(dir, FileName)
		fi, err := os.Stat(p)
		switch {
		case err == nil && fi.Mode().IsRegular():
			return p, true, nil
		case err == nil:
			return "", false, &checker.FileError{File: p, Msg: "is not a regular file"}
		case !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, fs.ErrPermission) && !errors.Is(err, syscall.ENOTDIR):
			return "", false, &checker.FileError{File: p, Msg: plainErr(err).Error()}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false, nil
		}
		dir = parent
	}
}

// Load reads the configuration file at path and the rule packs it names.
// Every problem is returned, as checker.FileErrors naming the file, line and field.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, checker.FileErrors{{File: path, Msg: "cannot read the configuration: " + plainErr(err).Error()}}
	}
	c, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	var errs checker.FileErrors
	for _, f := range c.RuleFiles {
		data, err := os.ReadFile(f.Value)
		if err != nil {
			errs = append(errs, &checker.FileError{File: path, Line: f.Line, Field: f.Field,
				Msg: fmt.Sprintf("cannot read rule pack %s: %v", f.Value, plainErr(err))})
			continue
		}
		p, err := pack.Parse(f.Value, data)
		if err != nil {
			es := checker.AsFileErrors(err)
			if es == nil {
				es = checker.FileErrors{{File: f.Value, Msg: err.Error()}}
			}
			errs = append(errs, es...)
			continue
		}
		c.Packs = append(c.Packs, p)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Parse parses and validates a configuration file's contents without reading
// the rule packs it names; path names the file in errors, and the rule files
// are resolved against its directory.
func Parse(path string, data []byte) (*Config, error) {
	r := newReader(path)
	c := &Config{Path: path}
	root, ok := r.Document(data)
	if !ok {
		return nil, r.err()
	}
	if root == nil || yamlnode.IsNull(root) {
		return c, nil // an empty file
	}
	m := r.Mapping(root, "", fmt.Sprintf("must be a mapping of fields (known: %v)", fields), fields...)
	for _, f := range m.Fields {
		switch f.Key.Value {
		case "threshold":
			c.Threshold = r.threshold(f.Value)
		case "disable":
			c.Disable = r.names(f.Value, "disable")
		case "enable":
			c.Enable = r.names(f.Value, "enable")
		case "severity":
			c.Severity = r.severities(f.Value)
		case "accept":
			for _, n := range r.strs(f.Value, "accept") {
				if err := acceptable(n.Value); err != "" {
					r.Add(n.Line, n.Field, err)
					continue
				}
				c.Accept = append(c.Accept, n.Value)
			}
		case "rules":
			c.RuleFiles = r.ruleFiles(f.Value, filepath.Dir(path))
		case "variant":
			c.Variant = r.variant(f.Value)
		}
	}
	if err := r.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// threshold reads the threshold, a number from 0 to 100.
func (r *reader) threshold(n *yaml.Node) Threshold {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" && n.Tag != "!!float" {
		r.Add(n.Line, "threshold", "must be a number from 0 to 100")
		return Threshold{}
	}
	v, err := strconv.ParseFloat(n.Value, 64)
	if t := ThresholdOf(v); err == nil && t.Valid() {
		return t
	}
	r.Add(n.Line, "threshold", fmt.Sprintf("%s is not a number from 0 to 100", n.Value))
	return Threshold{}
}

// variant reads the language variant: de-DE, de-AT or de-CH.
func (r *reader) variant(n *yaml.Node) checker.Variant {
	s, ok := r.Str(n, "variant")
	if !ok {
		return ""
	}
	v, err := checker.ParseVariant(s)
	if err != nil {
		r.Add(n.Line, "variant", err.Error())
		return ""
	}
	return v
}

// names reads a list of rule IDs or pack names.
func (r *reader) names(n *yaml.Node, field string) []Name {
	out := r.strs(n, field)
	for _, v := range out {
		if v.Value == "" {
			r.Add(v.Line, v.Field, "must not be empty")
		}
	}
	return out
}

// severities reads the mapping of rule IDs or pack names to severities.
func (r *reader) severities(n *yaml.Node) []SeverityOverride {
	if yamlnode.IsNull(n) {
		return nil
	}
	var out []SeverityOverride
	for _, f := range r.Mapping(n, "severity", "must be a mapping of rule IDs or pack names to severities, e.g. {glued-words: major}").Fields {
		name := Name{Value: f.Key.Value, Line: f.Key.Line, Field: "severity: " + f.Key.Value}
		if f.Value.Kind != yaml.ScalarNode || f.Value.Tag != "!!str" {
			r.Add(f.Value.Line, name.Field, "must be minor, major or critical")
			continue
		}
		if o, ok := r.severity(name, f.Value.Value, f.Value.Line); ok {
			out = append(out, o)
		}
	}
	return out
}

// ruleFiles reads the list of pack files and resolves them against dir.
func (r *reader) ruleFiles(n *yaml.Node, dir string) []Name {
	var out []Name
	first := map[string]int{}
	for _, f := range r.strs(n, "rules") {
		if f.Value == "" {
			r.Add(f.Line, f.Field, "must not be empty")
			continue
		}
		if !filepath.IsAbs(f.Value) {
			f.Value = filepath.Join(dir, filepath.FromSlash(f.Value))
		}
		f.Value = filepath.Clean(f.Value)
		if line, ok := first[f.Value]; ok {
			r.Add(f.Line, f.Field, fmt.Sprintf("repeated rule pack, first given at line %d", line))
			continue
		}
		first[f.Value] = f.Line
		out = append(out, f)
	}
	return out
}

// severity parses the severity given to name at line.
func (r *reader) severity(name Name, value string, line int) (SeverityOverride, bool) {
	s, err := checker.ParseSeverity(value)
	if err != nil {
		r.Add(line, name.Field, err.Error())
		return SeverityOverride{}, false
	}
	return SeverityOverride{Name: name, Severity: s}, true
}

// acceptable says why an accept-list entry could never match, or returns "".
func acceptable(s string) string {
	switch {
	case s == "":
		return "must not be empty"
	case s != strings.TrimSpace(s):
		return "has white space at its start or end and would never match"
	}
	return ""
}

// plainErr drops the operation and path from a *fs.PathError, since messages
// name the path already.
func plainErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
