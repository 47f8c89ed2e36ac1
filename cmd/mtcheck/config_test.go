package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/batch"
	"github.com/mtcheck/mtcheck/rules/config"
)

// writeTree creates files (slash-separated names relative to dir) and returns dir.
func writeTree(t *testing.T, dir string, files map[string]string) string {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	return dir
}

// housePack is a user pack with one entry that flags "Sinn machen".
const housePack = `name: house-style
description: The house style of the newsroom.
category: style/calque
severity: minor
entries:
  - id: sinn-machen
    title: Sinn machen for Sinn ergeben
    message: "„Sinn machen“ ist eine Lehnübersetzung: „Sinn ergeben“."
    pattern: 'Sinn ... mach*'
    suggestions: ["Sinn ergeben"]
    bad: ["Das würde {{Sinn machen}}."]
    good: ["Das ergibt Sinn."]
`

// findingsByDoc returns "rule/severity" of every finding per document path, relative to dir.
func findingsByDoc(t *testing.T, dir string, r report) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, d := range r.Documents {
		rel, err := filepath.Rel(dir, d.Path)
		require.NoError(t, err)
		out[filepath.ToSlash(rel)] = []string{}
		for _, f := range d.Findings {
			out[filepath.ToSlash(rel)] = append(out[filepath.ToSlash(rel)], f.Rule+"/"+f.Severity.String())
		}
	}
	return out
}

// text is a document with one finding of each test rule but the critical one.
const text = "Er sagte sagte es, ähm.\n"

// TestCheckConfigPerDirectory checks one batch over directories with
// different configuration files: every file gets the nearest one above it.
func TestCheckConfigPerDirectory(t *testing.T) {
	dir := writeTree(t, t.TempDir(), map[string]string{
		config.FileName:               "disable: [filler-word]\n",
		"a.txt":                       text,
		"inherits/deep/b.txt":         text,
		"strict/" + config.FileName:   "severity: {filler-word: critical}\n",
		"strict/c.txt":                text,
		"strict/sub/d.txt":            text,
		"house/" + config.FileName:    "rules: [../packs/house.yaml]\naccept: [ähm]\n",
		"house/e.md":                  "Das würde Sinn machen, ähm.\n",
		"packs/house.yaml":            housePack,
		"empty/" + config.FileName:    "# the defaults\n",
		"empty/f.txt":                 text,
		"inherits/deep/not-text.yaml": "x: y\n",
	})
	want := map[string][]string{
		"a.txt":               {"double-said/major"},
		"inherits/deep/b.txt": {"double-said/major"},
		"strict/c.txt":        {"double-said/major", "filler-word/critical"},
		"strict/sub/d.txt":    {"double-said/major", "filler-word/critical"},
		"house/e.md":          {"sinn-machen/minor"},
		"empty/f.txt":         {"double-said/major", "filler-word/minor"},
	}
	for _, jobs := range []string{"1", "4"} {
		res := runWith(t, nil, "check", "--format", "json", "--jobs", jobs, dir)
		assert.Equal(t, exitFailed, res.code, res.stderr)
		assert.Equal(t, "mtcheck: passed over 2 files of a format mtcheck does not read (-v lists them)\n", res.stderr,
			"the pack and not-text.yaml")
		assert.Equal(t, want, findingsByDoc(t, dir, decodeReport(t, res.stdout)), "--jobs %s", jobs)
	}

	// Operands in different directories, named one by one.
	res := runWith(t, nil, "check", "--format", "json", filepath.Join(dir, "strict", "c.txt"), filepath.Join(dir, "a.txt"))
	assert.Equal(t, map[string][]string{"strict/c.txt": want["strict/c.txt"], "a.txt": want["a.txt"]},
		findingsByDoc(t, dir, decodeReport(t, res.stdout)))
}

func TestCheckConfigFlags(t *testing.T) {
	dir := writeTree(t, t.TempDir(), map[string]string{
		config.FileName:          "disable: [filler-word]\n",
		"a.txt":                  text,
		"other/strict.yaml":      "severity: {double-said: minor}\n",
		"sub/" + config.FileName: "disable: [double-said]\n",
		"sub/b.txt":              text,
	})
	tests := []struct {
		name string
		args []string
		want map[string][]string
	}{
		{"discovery", nil, map[string][]string{
			"a.txt": {"double-said/major"}, "sub/b.txt": {"filler-word/minor"}}},
		{"--config for every input", []string{"--config", filepath.Join(dir, "other", "strict.yaml")}, map[string][]string{
			"a.txt": {"double-said/minor", "filler-word/minor"}, "sub/b.txt": {"double-said/minor", "filler-word/minor"}}},
		{"--no-config", []string{"--no-config"}, map[string][]string{
			"a.txt": {"double-said/major", "filler-word/minor"}, "sub/b.txt": {"double-said/major", "filler-word/minor"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runWith(t, nil, append(append([]string{"check", "--format", "json"}, tc.args...), dir)...)
			assert.Equal(t, "mtcheck: passed over 1 file of a format mtcheck does not read (-v lists them)\n", res.stderr,
				"other/strict.yaml")
			assert.Equal(t, tc.want, findingsByDoc(t, dir, decodeReport(t, res.stdout)))
		})
	}
	res := runWith(t, nil, "check", "--config", filepath.Join(dir, config.FileName), "--no-config", dir)
	assert.Equal(t, exitTrouble, res.code)
	assert.Equal(t, "mtcheck: --config and --no-config exclude each other\n", res.stderr)
	assert.Empty(t, res.stdout)
}

func TestCheckConfigForStdin(t *testing.T) {
	wd := writeTree(t, t.TempDir(), map[string]string{
		config.FileName: "severity: {double-said: critical}\n",
		"sub/.keep":     "",
	})
	for _, tc := range []struct {
		name, wd string
		args     []string
		severity string
	}{
		{"the working directory's file", wd, nil, "critical"},
		{"a file above the working directory", filepath.Join(wd, "sub"), nil, "critical"},
		{"explicit stdin operand", wd, []string{"-"}, "critical"},
		{"--no-config", wd, []string{"--no-config"}, "major"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &env{stdin: strings.NewReader("Er sagte sagte es."), rules: testRules(), wd: tc.wd}
			res := runEnv(t, e, append([]string{"check", "--format", "json"}, tc.args...)...)
			r := decodeReport(t, res.stdout)
			require.Len(t, r.Documents, 1)
			require.Len(t, r.Documents[0].Findings, 1)
			assert.Equal(t, tc.severity, r.Documents[0].Findings[0].Severity.String())
		})
	}
}

// TestCheckThresholdPrecedence: --fail-under beats the configuration's threshold.
func TestCheckThresholdPrecedence(t *testing.T) {
	// 31 words with one minor finding: 96.8 points.
	doc := longClean + "ähm"
	tests := []struct {
		name   string
		config string
		args   []string
		code   int
	}{
		{"default threshold 95", "", nil, exitOK},
		{"config 97 fails it", "threshold: 97\n", nil, exitFailed},
		{"config 0 passes anything", "threshold: 0\n", nil, exitOK},
		{"--fail-under 95 beats config 97", "threshold: 97\n", []string{"--fail-under", "95"}, exitOK},
		{"--fail-under 97 beats config 90", "threshold: 90\n", []string{"--fail-under", "97"}, exitFailed},
		{"--fail-under 0 beats config 99", "threshold: 99\n", []string{"--fail-under", "0"}, exitOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, t.TempDir(), map[string]string{config.FileName: tc.config, "doc.txt": doc})
			res := runWith(t, nil, append([]string{"check", filepath.Join(dir, "doc.txt")}, tc.args...)...)
			assert.Equal(t, tc.code, res.code, res.stdout+res.stderr)
		})
	}
}

// TestCheckUserPackAndAcceptList runs a user pack and an accept list
// through check with the text report.
func TestCheckUserPackAndAcceptList(t *testing.T) {
	dir := writeTree(t, t.TempDir(), map[string]string{
		config.FileName:          "rules: [style/house.yaml]\naccept: [KAPUTT]\nseverity: {house-style: major}\n",
		"style/house.yaml":       housePack,
		"artikel.txt":            "Das würde Sinn machen, sagte er. KAPUTT ist nur ein Name.\n",
		"sub/" + config.FileName: "",
		"sub/zweiter.txt":        "Das würde Sinn machen. KAPUTT.\n",
	})
	res := runWith(t, nil, "check", filepath.Join(dir, "artikel.txt"), filepath.Join(dir, "sub", "zweiter.txt"))
	assert.Equal(t, exitFailed, res.code, res.stderr)
	assert.Contains(t, res.stdout, filepath.Join(dir, "artikel.txt")+
		":1:11: major sinn-machen: „Sinn machen“ ist eine Lehnübersetzung: „Sinn ergeben“.\n    Vorschlag: Sinn ergeben\n")
	assert.NotContains(t, res.stdout, "artikel.txt:1:34", "KAPUTT is accepted")
	assert.Contains(t, res.stdout, filepath.Join(dir, "sub", "zweiter.txt")+":1:24: critical fatal-marker:")
	assert.NotContains(t, res.stdout, "zweiter.txt:1:11", "the pack belongs to the other configuration")
}

// TestCheckBrokenConfiguration: a broken configuration or user pack stops
// the run with exit status 2 and its problems, before anything is checked.
func TestCheckBrokenConfiguration(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // stderr lines, with DIR for the temporary directory
	}{
		{"unknown field", map[string]string{config.FileName: "treshold: 90\n"}, []string{
			`mtcheck: DIR/.mtcheck.yaml:1: treshold: unknown field "treshold" (known: [threshold disable enable severity accept rules variant])`}},
		{"unknown rule", map[string]string{config.FileName: "disable:\n  - filler-words\n"}, []string{
			`mtcheck: DIR/.mtcheck.yaml:2: disable[0]: unknown rule or pack "filler-words" (did you mean "filler-word"?); mtcheck rules lists them`}},
		{"broken user pack", map[string]string{config.FileName: "rules: [house.yaml]\n",
			"house.yaml": strings.Replace(housePack, "severity: minor", "severity: grave", 1)}, []string{
			`mtcheck: DIR/house.yaml:4: severity: unknown severity "grave" (want minor, major or critical)`,
			`mtcheck: DIR/house.yaml:6: entry "sinn-machen": severity: missing, and the pack has no default`}},
		{"missing user pack", map[string]string{config.FileName: "accept: [x]\nrules: [gone.yaml]\n"}, []string{
			`mtcheck: DIR/.mtcheck.yaml:2: rules[0]: cannot read rule pack DIR/gone.yaml: no such file or directory`}},
		{"a user pack with a taken ID", map[string]string{config.FileName: "rules: [house.yaml]\n",
			"house.yaml": strings.Replace(housePack, "id: sinn-machen", "id: double-said", 1)}, []string{
			`mtcheck: DIR/house.yaml:6: entry "double-said": id: is the ID of a built-in rule`}},
		{"two broken files", map[string]string{config.FileName: "threshold: 101\n", "sub/" + config.FileName: "accept: Musk\n"}, []string{
			`mtcheck: DIR/.mtcheck.yaml:1: threshold: 101 is not a number from 0 to 100`,
			`mtcheck: DIR/sub/.mtcheck.yaml:1: accept: must be a list of strings, e.g. [a, b]`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, t.TempDir(), tc.files)
			writeTree(t, dir, map[string]string{"a.txt": text, "sub/b.txt": text})
			res := runWith(t, nil, "check", "--format", "jsonl", dir)
			assert.Equal(t, exitTrouble, res.code)
			assert.Empty(t, res.stdout, "nothing is checked")
			assert.Equal(t, strings.Join(tc.want, "\n")+"\n", strings.ReplaceAll(res.stderr, dir, "DIR"))
		})
	}

	t.Run("broken --config", func(t *testing.T) {
		dir := writeTree(t, t.TempDir(), map[string]string{"c.yaml": "severity: {double-said: huge}\n"})
		res := runWith(t, strings.NewReader(text), "check", "--config", filepath.Join(dir, "c.yaml"))
		assert.Equal(t, exitTrouble, res.code)
		assert.Empty(t, res.stdout)
		assert.Equal(t, "mtcheck: DIR/c.yaml:1: severity: double-said: unknown severity \"huge\" (want minor, major or critical)\n",
			strings.ReplaceAll(res.stderr, dir, "DIR"))

		res = runWith(t, strings.NewReader(text), "check", "--config", filepath.Join(dir, "missing.yaml"))
		assert.Equal(t, exitTrouble, res.code)
		assert.Equal(t, "mtcheck: DIR/missing.yaml: cannot read the configuration: no such file or directory\n",
			strings.ReplaceAll(res.stderr, dir, "DIR"))
	})

	t.Run("broken file of standard input", func(t *testing.T) {
		wd := writeTree(t, t.TempDir(), map[string]string{config.FileName: "enable: [nope]\n"})
		res := runEnv(t, &env{stdin: strings.NewReader(text), rules: testRules(), wd: wd}, "check")
		assert.Equal(t, exitTrouble, res.code)
		assert.Empty(t, res.stdout)
		assert.Contains(t, res.stderr, `.mtcheck.yaml:1: enable[0]: unknown rule or pack "nope"`)
	})

	t.Run("a broken file that applies to no input is not read", func(t *testing.T) {
		dir := writeTree(t, t.TempDir(), map[string]string{"skipped/" + config.FileName: "broken: yes\n",
			"skipped/notes.yaml": "", "ok/a.txt": "Gut."})
		res := runWith(t, nil, "check", dir)
		assert.Equal(t, exitOK, res.code, res.stderr)
	})
}

func TestRulesCheckPack(t *testing.T) {
	dir := writeTree(t, t.TempDir(), map[string]string{
		"good.yaml": housePack,
		"two.yaml": strings.NewReplacer("name: house-style", "name: two", "id: sinn-machen", "id: sinn-machen-2").Replace(housePack) + `  - id: zu-viel
    title: Viel zu viel for zu viel
    message: "Zu viel."
    pattern: 'viel zu viel'
    bad: ["Das ist {{viel zu viel}}."]
    good: ["Das ist zu viel."]
`,
		"broken.yaml": `name: broken
description: Examples that do not hold and a bad pattern.
category: style/calque
entries:
  - id: sinn-machen
    title: Sinn machen for Sinn ergeben
    severity: minor
    message: "Lehnübersetzung."
    pattern: 'Sinn ... mach*'
    bad: ["Das würde {{Sinn}} machen."]
    good: ["Das würde Sinn machen."]
  - id: kaputt
    title: A broken entry
    severity: huge
    message: "Kaputt."
    pattern: 'kaputt {'
    bad: ["{{kaputt}}"]
    good: ["heil"]
`,
		"taken.yaml":     strings.Replace(housePack, "id: sinn-machen", "id: filler-word", 1),
		"same-name.yaml": strings.Replace(housePack, "id: sinn-machen", "id: sinn-machen-3", 1),
		"syntax.yaml":    "name: [x\n",
	})
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr []string
	}{
		{"a good pack", []string{"good.yaml"}, exitOK, "DIR/good.yaml: 1 rule, all examples pass\n", nil},
		{"two good packs", []string{"good.yaml", "two.yaml"}, exitOK,
			"DIR/good.yaml: 1 rule, all examples pass\nDIR/two.yaml: 2 rules, all examples pass\n", nil},
		{"a broken pack", []string{"broken.yaml"}, exitTrouble, "", []string{
			`DIR/broken.yaml:14: entry "kaputt": severity: unknown severity "huge" (want minor, major or critical)`,
			`DIR/broken.yaml:16: entry "kaputt": pattern: { without } (in "kaputt {")`,
		}},
		{"one pack name twice", []string{"good.yaml", "same-name.yaml"}, exitTrouble,
			"DIR/good.yaml: 1 rule, all examples pass\n", []string{
				`DIR/same-name.yaml:1: name: pack "house-style" is also defined in DIR/good.yaml:1`,
			}},
		{"an ID of a built-in rule", []string{"taken.yaml"}, exitTrouble, "", []string{
			`DIR/taken.yaml:6: entry "filler-word": id: is the ID of a built-in rule`,
		}},
		{"a YAML error and a missing file", []string{"syntax.yaml", "gone.yaml", "good.yaml"}, exitTrouble,
			"DIR/good.yaml: 1 rule, all examples pass\n", []string{
				`DIR/syntax.yaml:1: yaml: line 1: did not find expected ',' or ']'`,
				`DIR/gone.yaml: cannot read: no such file or directory`,
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"rules"}
			for _, f := range tc.args {
				args = append(args, "--check", filepath.Join(dir, f))
			}
			res := runWith(t, nil, args...)
			assert.Equal(t, tc.code, res.code)
			assert.Equal(t, tc.stdout, strings.ReplaceAll(res.stdout, dir, "DIR"))
			want := ""
			if len(tc.stderr) > 0 {
				want = strings.Join(tc.stderr, "\n") + "\n"
			}
			assert.Equal(t, want, strings.ReplaceAll(res.stderr, dir, "DIR"))
		})
	}
}

func TestRulesCheckPackExamples(t *testing.T) {
	dir := writeTree(t, t.TempDir(), map[string]string{"p.yaml": `name: examples
description: Examples that do not hold.
category: style/calque
severity: minor
entries:
  - id: sinn-machen
    title: Sinn machen for Sinn ergeben
    message: "Lehnübersetzung."
    pattern: 'Sinn ... mach*'
    bad:
      - "Das würde {{Sinn}} machen."
      - "Das würde {{Sinn machen}}."
    good:
      - "Das würde Sinn machen."
`})
	res := runWith(t, nil, "rules", "--check", filepath.Join(dir, "p.yaml"))
	assert.Equal(t, exitTrouble, res.code)
	assert.Empty(t, res.stdout)
	assert.Equal(t, ""+
		`DIR/p.yaml:11: entry "sinn-machen": bad[0]: expected "Sinn"@11 to be flagged, but "Sinn machen"@11 is`+"\n"+
		`DIR/p.yaml:14: entry "sinn-machen": good[0]: a good example, but "Sinn machen"@11 is flagged`+"\n",
		strings.ReplaceAll(res.stderr, dir, "DIR"))

	res = runWith(t, nil, "rules", "--check", filepath.Join(dir, "p.yaml"), "sinn-machen")
	assert.Equal(t, exitTrouble, res.code)
	assert.Equal(t, "mtcheck: --check takes no rule or pack name, --config or --no-config\n", res.stderr)
}

// TestRulesCheckPackRegistry checks a user pack against the real registry.
func TestRulesCheckPackRegistry(t *testing.T) {
	dir := writeTree(t, t.TempDir(), map[string]string{
		"good.yaml":  strings.Replace(housePack, "id: sinn-machen", "id: hausstil-sinn-machen", 1),
		"taken.yaml": strings.Replace(housePack, "id: sinn-machen", "id: english-date", 1),
	})
	res := runEnv(t, &env{}, "rules", "--check", filepath.Join(dir, "good.yaml"))
	assert.Equal(t, exitOK, res.code, res.stderr)
	assert.Equal(t, filepath.Join(dir, "good.yaml")+": 1 rule, all examples pass\n", res.stdout)

	res = runEnv(t, &env{}, "rules", "--check", filepath.Join(dir, "taken.yaml"))
	assert.Equal(t, exitTrouble, res.code)
	assert.Equal(t, filepath.Join(dir, "taken.yaml")+`:6: entry "english-date": id: is the ID of a built-in rule`+"\n", res.stderr)
}

func TestRulesWithConfiguration(t *testing.T) {
	rs := testRules()
	rs[1].Experimental = true
	wd := writeTree(t, t.TempDir(), map[string]string{
		config.FileName: "rules: [house.yaml]\ndisable: [double-said]\nenable: [filler-word]\nseverity: {house-style: critical}\n",
		"house.yaml":    housePack,
		"sub/.keep":     "",
	})
	want := "" +
		"double-said   fluency/duplicate-verb   major     -            Test rule double-said (disabled)\n" +
		"filler-word   style/filler             minor     -            Test rule filler-word (experimental, enabled)\n" +
		"fatal-marker  accuracy/mistranslation  critical  -            Test rule fatal-marker\n" +
		"sinn-machen   style/calque             critical  house-style  Sinn machen for Sinn ergeben\n"
	res := runEnv(t, &env{rules: rs, wd: filepath.Join(wd, "sub")}, "rules")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Equal(t, want, res.stdout)

	res = runEnv(t, &env{rules: rs, wd: t.TempDir()}, "rules", "--config", filepath.Join(wd, config.FileName))
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Equal(t, want, res.stdout)

	res = runEnv(t, &env{rules: rs, wd: wd}, "rules", "--no-config")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.NotContains(t, res.stdout, "sinn-machen")
	assert.Contains(t, res.stdout, "Test rule filler-word (experimental)\n")

	res = runEnv(t, &env{rules: rs, wd: wd}, "rules", "sinn-machen")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.True(t, strings.HasPrefix(res.stdout, `Rule:     sinn-machen
Title:    Sinn machen for Sinn ergeben
Category: style/calque
Severity: critical (configured; default minor)
Message:  „Sinn machen“ ist eine Lehnübersetzung: „Sinn ergeben“.
Pack:     house-style
`), res.stdout)

	res = runEnv(t, &env{rules: rs, wd: wd}, "rules", "double-said")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Contains(t, res.stdout, "Status:   disabled by "+filepath.Join(wd, config.FileName)+"\n")

	res = runEnv(t, &env{rules: rs, wd: wd}, "rules", "house-style")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Equal(t, "Pack house-style: 1 rule\n"+
		"sinn-machen  style/calque  critical  house-style  Sinn machen for Sinn ergeben\n",
		res.stdout, "the pack's rules under the configuration")

	res = runEnv(t, &env{rules: rs, wd: writeTree(t, t.TempDir(), map[string]string{config.FileName: "enable: [x]\n"})}, "rules")
	assert.Equal(t, exitTrouble, res.code)
	assert.Contains(t, res.stderr, `.mtcheck.yaml:1: enable[0]: unknown rule or pack "x"`)
}

func TestEvalWithConfiguration(t *testing.T) {
	dir := evalCorpus(t)
	conf := writeTree(t, t.TempDir(), map[string]string{
		"c.yaml":     "disable: [filler-word]\nrules: [house.yaml]\n",
		"house.yaml": housePack,
	})
	// Configuration files in the corpus and the working directory are not looked for.
	writeTree(t, dir, map[string]string{config.FileName: "disable: [double-said]\n"})
	t.Chdir(dir)

	r := evalRun(t, dir)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "  double-said      2       0")
	assert.Contains(t, r.stdout, "  filler-word      0       0       0     0     0      1")

	r = evalRun(t, "--config", filepath.Join(conf, "c.yaml"), dir)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.NotContains(t, r.stdout, "filler-word      0       0", "filler-word is off")
	assert.Contains(t, r.stdout, "  double-said      2       0")

	r = evalRun(t, "--config", filepath.Join(conf, "c.yaml"), "--rule", "sinn-machen", dir)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = evalRun(t, "--config", filepath.Join(conf, "c.yaml"), "--rule", "filler-word", dir)
	require.Equal(t, exitOK, r.code, "--rule beats the configuration: %s", r.stderr)
	assert.Contains(t, r.stdout, "filler-word")

	r = evalRun(t, "--config", filepath.Join(conf, "nope.yaml"), dir)
	assert.Equal(t, exitTrouble, r.code)
	assert.Contains(t, r.stderr, "nope.yaml: cannot read the configuration")
}

// TestEnginesBuiltOncePerFile: the documents of one configuration share its engine.
func TestEnginesBuiltOncePerFile(t *testing.T) {
	dir := writeTree(t, t.TempDir(), map[string]string{
		config.FileName: "", "a/x.txt": "", "a/y.txt": "", "b/" + config.FileName: "", "b/z.txt": "",
	})
	e := &env{rules: testRules(), wd: dir}
	pick, _, err := e.engines(configFlags{}, e.configCache(config.Overrides{}), []string{dir}, batch.Options{MaxBytes: 1 << 20})
	require.NoError(t, err)
	eng := func(path string) *checker.Engine {
		en, err := pick(batch.Document{Path: filepath.Join(dir, path)})
		require.NoError(t, err)
		return en
	}
	assert.Same(t, eng("a/x.txt"), eng("a/y.txt"))
	assert.NotSame(t, eng("a/x.txt"), eng("b/z.txt"))
	assert.Same(t, eng("a/x.txt"), eng("top.txt"))
}
