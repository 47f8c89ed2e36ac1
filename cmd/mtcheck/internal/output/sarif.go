package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// SARIF 2.1.0: the types are written here, once, rather than taken from a
// SARIF library, because the writer streams (a library builds the whole log
// in memory before encoding it) and needs every field below; only the parts
// mtcheck fills are declared.

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// informationURI is mtcheck's home page.
	informationURI = "https://github.com/mtcheck/mtcheck"
	// srcRoot is the uriBaseId of artifact URIs relative to the working directory.
	srcRoot = "SRCROOT"
	// fingerprintKey names mtcheck's partial fingerprint.
	fingerprintKey = "mtcheckFinding/v1"
	// maxNotifications bounds the error notifications kept for the end of
	// the log; the rest are counted in one last notification.
	maxNotifications = 10000
)

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifArtifactContent struct {
	Text string `json:"text"`
}

type sarifRegion struct {
	StartLine   int                   `json:"startLine,omitempty"`
	StartColumn int                   `json:"startColumn,omitempty"`
	EndLine     int                   `json:"endLine,omitempty"`
	EndColumn   int                   `json:"endColumn,omitempty"`
	CharOffset  *int                  `json:"charOffset,omitempty"`
	CharLength  *int                  `json:"charLength,omitempty"`
	ByteOffset  *int                  `json:"byteOffset,omitempty"`
	ByteLength  *int                  `json:"byteLength,omitempty"`
	Snippet     *sarifArtifactContent `json:"snippet,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifLogicalLocation struct {
	Name               string `json:"name,omitempty"`
	FullyQualifiedName string `json:"fullyQualifiedName,omitempty"`
	Kind               string `json:"kind,omitempty"`
}

type sarifLocation struct {
	ID               *int                   `json:"id,omitempty"`
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogicalLocation `json:"logicalLocations,omitempty"`
	Message          *sarifMessage          `json:"message,omitempty"`
	Properties       *sarifTextPosition     `json:"properties,omitempty"`
}

// sarifTextPosition is the position of a finding of a record without a
// file (standard input, a JSONL record, a feed item), in the location's
// property bag: SARIF's regions belong to physical locations only.
type sarifTextPosition struct {
	StartLine   int  `json:"startLine"`
	StartColumn int  `json:"startColumn"`
	EndLine     int  `json:"endLine,omitempty"`
	EndColumn   int  `json:"endColumn,omitempty"`
	ByteOffset  int  `json:"byteOffset"`
	ByteLength  int  `json:"byteLength"`
	CharOffset  *int `json:"charOffset,omitempty"`
	CharLength  *int `json:"charLength,omitempty"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion           `json:"deletedRegion"`
	InsertedContent *sarifArtifactContent `json:"insertedContent,omitempty"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifFix struct {
	Description     *sarifMessage         `json:"description,omitempty"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifResultProperties struct {
	Severity    string   `json:"severity"`
	Category    string   `json:"category"`
	Paragraph   int      `json:"paragraph"`
	Text        string   `json:"text"`
	Suggestions []string `json:"suggestions,omitempty"`
	Also        []string `json:"also,omitempty"`
	About       []string `json:"about,omitempty"`
	DocumentID  string   `json:"documentId,omitempty"`
}

type sarifResult struct {
	RuleID              string                 `json:"ruleId"`
	RuleIndex           *int                   `json:"ruleIndex,omitempty"`
	Level               string                 `json:"level"`
	Message             sarifMessage           `json:"message"`
	Locations           []sarifLocation        `json:"locations"`
	PartialFingerprints map[string]string      `json:"partialFingerprints"`
	RelatedLocations    []sarifLocation        `json:"relatedLocations,omitempty"`
	Fixes               []sarifFix             `json:"fixes,omitempty"`
	Properties          *sarifResultProperties `json:"properties,omitempty"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifDescriptorProperties struct {
	Tags     []string `json:"tags"`
	Severity string   `json:"severity"`
	Pack     string   `json:"pack,omitempty"`
}

type sarifReportingDescriptor struct {
	ID                   string                     `json:"id"`
	Name                 string                     `json:"name"`
	ShortDescription     *sarifMessage              `json:"shortDescription,omitempty"`
	FullDescription      *sarifMessage              `json:"fullDescription,omitempty"`
	Help                 *sarifMessage              `json:"help,omitempty"`
	DefaultConfiguration sarifConfiguration         `json:"defaultConfiguration"`
	Properties           *sarifDescriptorProperties `json:"properties,omitempty"`
}

type sarifToolComponent struct {
	Name           string                     `json:"name"`
	FullName       string                     `json:"fullName,omitempty"`
	Version        string                     `json:"version,omitempty"`
	InformationURI string                     `json:"informationUri"`
	Rules          []sarifReportingDescriptor `json:"rules"`
}

type sarifTool struct {
	Driver sarifToolComponent `json:"driver"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifRunProperties struct {
	Documents int `json:"documents"`
	Passed    int `json:"passed"`
	Failed    int `json:"failed"`
	Errors    int `json:"errors"`
	Findings  int `json:"findings"`
	Words     int `json:"words"`
}

// SARIFWriter writes one SARIF 2.1.0 log with one run, streaming:
//
//	{"$schema", "version": "2.1.0", "runs": [{"tool", "columnKind",
//	  "originalUriBaseIds", "results": [RESULT, ...], "invocations",
//	  "properties"}]}
//
// The tool and its rules come first (they are known from Options.Rules),
// then every result as its record arrives, and the invocation last. JSON
// leaves the order of an object's members free, and SARIF readers accept it.
//
//   - tool.driver names mtcheck with Options.Version and every enabled rule
//     as a reportingDescriptor: id, name (the ID in PascalCase),
//     shortDescription (the title), fullDescription (the doc), help (doc and
//     the bad and good examples, as text and Markdown), defaultConfiguration
//     and the category as tags.
//   - Levels: critical and major findings are "error", minor ones "warning".
//   - Each finding is one result with ruleId, ruleIndex, level, the German
//     message, the location, relatedLocations (Finding.Related, with ids and
//     messages) and partialFingerprints["mtcheckFinding/v1"]: a hash of the
//     rule, the finding's text and its paragraph's text (not its line), so
//     that an edit elsewhere in the document keeps it; ":k" counts repeats.
//     Severity, category, suggestions, also and about are in its properties.
//   - Locations of a text file are physical: artifactLocation.uri relative
//     to Options.WorkDir (uriBaseId SRCROOT, forward slashes,
//     percent-encoded) or an absolute file: URI for a file outside it, and
//     a region with start and end line and column (run.columnKind
//     "unicodeCodePoints": columns count code points, the end column is the
//     one after the last character), charOffset/charLength (code points, a
//     byte order mark not counted), byteOffset/byteLength (the input's own
//     bytes) and the text as snippet. A record without a file (standard
//     input, a JSONL record, a feed item, a URL) has a logical location
//     instead, fullyQualifiedName its label (path[id]), kind "resource", and
//     the same position in the location's properties.
//   - Fixes: one per suggestion, replacing the finding's region, only for a
//     text file read as plain UTF-8; for text extracted from markup or
//     decoded from another encoding the input's region may hold tags or
//     other bytes, and the suggestions are only in the properties.
//   - A document that could not be checked becomes a toolExecutionNotification
//     of level "error" in invocations[0], naming its path and id, and makes
//     executionSuccessful false.
type SARIFWriter struct {
	w       *bufio.Writer
	enc     *encoder
	opt     Options
	started bool
	n       int
	rules   []sarifReportingDescriptor
	index   map[string]int
	fp      fingerprints
	notes   []sarifNotification
	dropped int
}

// NewSARIF returns a SARIFWriter writing to w.
func NewSARIF(w io.Writer, opt Options) *SARIFWriter {
	s := &SARIFWriter{w: bufio.NewWriter(w), enc: newEncoder(), opt: opt, index: map[string]int{}}
	rules := opt.Rules
	if !hasRule(rules, checker.SuppressionRule().ID) {
		rules = append(rules[:len(rules):len(rules)], checker.SuppressionRule())
	}
	for i := range rules {
		if _, dup := s.index[rules[i].ID]; dup {
			continue
		}
		s.index[rules[i].ID] = len(s.rules)
		s.rules = append(s.rules, descriptor(&rules[i]))
	}
	return s
}

func hasRule(rules []checker.Rule, id string) bool {
	for i := range rules {
		if rules[i].ID == id {
			return true
		}
	}
	return false
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s checker.Severity) string {
	if s == checker.Minor {
		return "warning"
	}
	return "error"
}

// descriptor returns the reportingDescriptor of a rule.
func descriptor(r *checker.Rule) sarifReportingDescriptor {
	d := sarifReportingDescriptor{ID: r.ID, Name: pascalCase(r.ID),
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(r.Severity)},
		Properties:           &sarifDescriptorProperties{Tags: tags(r.Category), Severity: r.Severity.String(), Pack: r.Pack}}
	if r.Title != "" {
		d.ShortDescription = &sarifMessage{Text: r.Title}
	}
	if r.Doc != "" {
		d.FullDescription = &sarifMessage{Text: r.Doc}
	}
	d.Help = ruleHelp(r)
	return d
}

// tags returns the SARIF tags of a category: the category and its family.
func tags(category string) []string {
	if category == "" {
		return []string{}
	}
	family, _, ok := strings.Cut(category, "/")
	if !ok {
		return []string{category}
	}
	return []string{category, family}
}

// pascalCase turns a kebab-case rule ID into a SARIF-friendly name:
// "duplicate-reporting-verb" → "DuplicateReportingVerb".
func pascalCase(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]))
		b.WriteString(part[1:])
	}
	return b.String()
}

// ruleHelp returns a rule's doc and examples as text and Markdown; the
// flagged span of a bad example is «quoted» in the text and bold in the
// Markdown.
func ruleHelp(r *checker.Rule) *sarifMessage {
	var text, md strings.Builder
	text.WriteString(r.Doc)
	md.WriteString(markdownEscape(r.Doc))
	section := func(title string, examples []string) {
		if len(examples) == 0 {
			return
		}
		fmt.Fprintf(&text, "\n\n%s:", title)
		fmt.Fprintf(&md, "\n\n**%s:**\n", title)
		for _, ex := range examples {
			plain, marks, err := checker.ParseMarked(ex)
			if err != nil {
				plain, marks = ex, nil
			}
			var t, m strings.Builder
			at := 0
			for _, mk := range marks {
				t.WriteString(plain[at:mk.Start] + "«" + plain[mk.Start:mk.End] + "»")
				m.WriteString(markdownEscape(plain[at:mk.Start]) + "**" + markdownEscape(plain[mk.Start:mk.End]) + "**")
				at = mk.End
			}
			t.WriteString(plain[at:])
			m.WriteString(markdownEscape(plain[at:]))
			fmt.Fprintf(&text, "\n- %s", t.String())
			fmt.Fprintf(&md, "\n- %s", m.String())
		}
	}
	section("Flagged", r.Bad)
	section("Not flagged", r.Good)
	if text.Len() == 0 {
		return nil
	}
	return &sarifMessage{Text: text.String(), Markdown: md.String()}
}

// markdownEscape escapes the characters that Markdown (GitHub Flavored)
// would read as markup, and turns line breaks into spaces.
var markdownEscape = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`,
	"|", `\|`, "~", `\~`, "\r\n", " ", "\n", " ", "\r", " ",
).Replace

// start writes the head of the log, up to the opening of the results.
func (s *SARIFWriter) start() error {
	if s.started {
		return nil
	}
	s.started = true
	tool, err := s.enc.marshal(sarifTool{Driver: sarifToolComponent{Name: "mtcheck",
		FullName: "mtcheck: German machine-translation quality checker",
		Version:  s.opt.Version, InformationURI: informationURI, Rules: s.rules}})
	if err != nil {
		return err
	}
	fmt.Fprintf(s.w, `{"$schema":%q,"version":%q,"runs":[{"tool":`, sarifSchema, sarifVersion)
	s.w.Write(tool)
	s.w.WriteString(`,"columnKind":"unicodeCodePoints"`)
	if s.opt.WorkDir != "" {
		fmt.Fprintf(s.w, `,"originalUriBaseIds":{%q:{"uri":%q}}`, srcRoot, dirURI(s.opt.WorkDir))
	}
	s.w.WriteString(`,"results":[`)
	return nil
}

// artifact returns the artifact location of a record's file.
func (s *SARIFWriter) artifact(r *Record) sarifArtifactLocation {
	uri, rel := artifactURI(r.Path, s.opt.WorkDir)
	a := sarifArtifactLocation{URI: uri}
	if rel && s.opt.WorkDir != "" {
		a.URIBaseID = srcRoot
	}
	return a
}

// logical returns the logical location of a record without a file.
func logical(r *Record) []sarifLogicalLocation {
	return []sarifLogicalLocation{{Name: r.ID, FullyQualifiedName: Label(r), Kind: "resource"}}
}

func intp(v int) *int { return &v }

// region returns the SARIF region of an extent.
func (e extent) region() *sarifRegion {
	reg := &sarifRegion{StartLine: e.StartLine, StartColumn: e.StartColumn, EndLine: e.EndLine,
		EndColumn: e.EndColumn, ByteOffset: intp(e.ByteOffset), ByteLength: intp(e.ByteLength)}
	if e.CharOffset >= 0 {
		reg.CharOffset, reg.CharLength = intp(e.CharOffset), intp(e.CharLength)
	}
	return reg
}

// textPosition returns the position of an extent for a logical location.
func (e extent) textPosition() *sarifTextPosition {
	p := &sarifTextPosition{StartLine: e.StartLine, StartColumn: e.StartColumn, EndLine: e.EndLine,
		EndColumn: e.EndColumn, ByteOffset: e.ByteOffset, ByteLength: e.ByteLength}
	if e.CharOffset >= 0 {
		p.CharOffset, p.CharLength = intp(e.CharOffset), intp(e.CharLength)
	}
	return p
}

// location returns the location of a span of r.
func (s *SARIFWriter) location(r *Record, file bool, e extent, snippet string) sarifLocation {
	if !file {
		return sarifLocation{LogicalLocations: logical(r), Properties: e.textPosition()}
	}
	reg := e.region()
	if snippet != "" {
		reg.Snippet = &sarifArtifactContent{Text: snippet}
	}
	return sarifLocation{PhysicalLocation: &sarifPhysicalLocation{ArtifactLocation: s.artifact(r), Region: reg}}
}

// result returns the SARIF result of a finding.
func (s *SARIFWriter) result(r *Record, f *checker.Finding, file bool) sarifResult {
	e := extentOf(r, f.Span, f.Position)
	res := sarifResult{RuleID: f.Rule, Level: sarifLevel(f.Severity), Message: sarifMessage{Text: f.Message},
		Locations:           []sarifLocation{s.location(r, file, e, f.Text)},
		PartialFingerprints: map[string]string{fingerprintKey: s.fp.of(r, f)},
		Properties: &sarifResultProperties{Severity: f.Severity.String(), Category: f.Category,
			Paragraph: f.Paragraph, Text: f.Text, Suggestions: f.Suggestions, Also: f.Also, About: f.About}}
	if i, ok := s.index[f.Rule]; ok {
		res.RuleIndex = intp(i)
	}
	if !file {
		res.Properties.DocumentID = r.ID
	}
	for i, rel := range f.Related {
		loc := s.location(r, file, extentOf(r, rel.Span, rel.Position), "")
		loc.ID = intp(i + 1)
		loc.Message = &sarifMessage{Text: rel.Message}
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	if file && exactInput(r) && e.CharOffset >= 0 {
		for _, sug := range f.Suggestions {
			res.Fixes = append(res.Fixes, sarifFix{
				Description: &sarifMessage{Text: "Ersetzen durch „" + sug + "“"},
				ArtifactChanges: []sarifArtifactChange{{ArtifactLocation: s.artifact(r),
					Replacements: []sarifReplacement{{
						DeletedRegion: sarifRegion{CharOffset: intp(e.CharOffset), CharLength: intp(e.CharLength),
							ByteOffset: intp(e.ByteOffset), ByteLength: intp(e.ByteLength)},
						InsertedContent: &sarifArtifactContent{Text: sug}}}}},
			})
		}
	}
	return res
}

// Write implements Writer.
func (s *SARIFWriter) Write(r *Record) error {
	if err := s.start(); err != nil {
		return err
	}
	file := HasFile(r)
	if r.Error != "" {
		s.note(r, file)
		return s.w.Flush()
	}
	s.fp.reset()
	for i := range r.Findings {
		b, err := s.enc.marshal(s.result(r, &r.Findings[i], file))
		if err != nil {
			return err
		}
		if s.n > 0 {
			s.w.WriteByte(',')
		}
		s.n++
		s.w.WriteByte('\n')
		s.w.Write(b)
	}
	return s.w.Flush()
}

// note keeps the notification of a document that could not be checked.
func (s *SARIFWriter) note(r *Record, file bool) {
	if len(s.notes) >= maxNotifications {
		s.dropped++
		return
	}
	n := sarifNotification{Level: "error", Message: sarifMessage{Text: Label(r) + ": " + r.Error}}
	if file {
		n.Locations = []sarifLocation{{PhysicalLocation: &sarifPhysicalLocation{ArtifactLocation: s.artifact(r)}}}
	} else {
		n.Locations = []sarifLocation{{LogicalLocations: logical(r)}}
	}
	s.notes = append(s.notes, n)
}

// Close implements Writer: it ends the results and writes the invocation.
func (s *SARIFWriter) Close(sum Summary) error {
	if err := s.start(); err != nil {
		return err
	}
	inv := sarifInvocation{ExecutionSuccessful: len(s.notes) == 0, ToolExecutionNotifications: s.notes}
	if s.dropped > 0 {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error",
			Message: sarifMessage{Text: fmt.Sprintf("%d more documents could not be checked; the other formats list them", s.dropped)}})
	}
	b, err := s.enc.marshal([]sarifInvocation{inv})
	if err != nil {
		return err
	}
	s.w.WriteString("\n],\"invocations\":")
	s.w.Write(b)
	b, err = s.enc.marshal(sarifRunProperties{Documents: sum.Documents, Passed: sum.Passed, Failed: sum.Failed,
		Errors: sum.Errors, Findings: sum.Findings, Words: sum.Words})
	if err != nil {
		return err
	}
	s.w.WriteString(`,"properties":{"mtcheck/summary":`)
	s.w.Write(b)
	s.w.WriteString("}}]}\n")
	return s.w.Flush()
}
