package corpus

import (
	"sort"

	"github.com/mtcheck/mtcheck/checker"
)

// mqmDataset accumulates the figures of one MQM dataset, by origin.
type mqmDataset struct {
	name   string
	rows   []string            // row names in registry order
	key    func(string) string // the row of a rule's findings
	groups map[Origin]*mqmGroupTally
	// withSource holds the same segments checked against their source
	// (Options.WithSource), by origin.
	withSource map[Origin]*mqmGroupTally
}

// mqmGroupTally accumulates the figures of the segments of one origin.
type mqmGroupTally struct {
	segments, words, findings, onErrors, onAccuracy int
	ruleFindings, ruleOnErrors, ruleOnAccuracy      map[string]int
	order                                           []string
	// score, penaltyPerWord, negPenalty and negMQM hold one value per segment.
	score, penaltyPerWord, negPenalty, negMQM []float64
	systems                                   map[string]*systemTally
	// sourceOnly counts the findings of a check with the source that the
	// check without it did not have (with-source groups only).
	sourceOnly *sourceOnlyTally
}

// sourceOnlyTally counts findings that only a check with the source makes.
type sourceOnlyTally struct {
	findings, onErrors, onAccuracy int
}

// systemTally sums the segments of one system.
type systemTally struct {
	segments, words, findings int
	sumScore, sumNegMQM       float64
}

// mqmDataset returns the accumulator of a document's dataset, adding it when new.
func (t *Tally) mqmDataset(d *Document) *mqmDataset {
	name := d.MQM.Dataset
	if name == "" {
		name = d.Path
	}
	for _, ds := range t.mqm {
		if ds.name == name {
			return ds
		}
	}
	ds := &mqmDataset{name: name, rows: t.unitKeys(), key: t.key, groups: map[Origin]*mqmGroupTally{},
		withSource: map[Origin]*mqmGroupTally{}}
	t.mqm = append(t.mqm, ds)
	return ds
}

func (ds *mqmDataset) add(d *Document, res *checker.Result) []Case {
	return ds.group(ds.groups, d.MQM.Origin).add(d, res, ds.key)
}

// group returns the accumulator of an origin in groups, adding it when new.
func (ds *mqmDataset) group(groups map[Origin]*mqmGroupTally, o Origin) *mqmGroupTally {
	g := groups[o]
	if g == nil {
		g = &mqmGroupTally{ruleFindings: map[string]int{}, ruleOnErrors: map[string]int{}, ruleOnAccuracy: map[string]int{},
			systems: map[string]*systemTally{}}
		g.order = append(g.order, ds.rows...)
		groups[o] = g
	}
	return g
}

// addWithSource counts the check of a segment against its source (with),
// and the findings it has that the check without the source lacks; it
// returns the cases of those that lie on no error span.
func (ds *mqmDataset) addWithSource(d *Document, without, with *checker.Result) []Case {
	g := ds.group(ds.withSource, d.MQM.Origin)
	g.add(d, with, ds.key)
	var cases []Case
	if g.sourceOnly == nil {
		g.sourceOnly = &sourceOnlyTally{}
	}
	type key struct {
		rule       string
		start, end int
	}
	before := map[key]bool{}
	for _, f := range without.Findings {
		before[key{f.Rule, f.Start, f.End}] = true
	}
	accuracy := d.MQM.accuracySpans()
	for _, f := range with.Findings {
		if before[key{f.Rule, f.Start, f.End}] {
			continue
		}
		g.sourceOnly.findings++
		if overlapsAny(f.Span, d.MQM.Errors) {
			g.sourceOnly.onErrors++
		} else {
			cases = append(cases, findingCase(d, f))
		}
		if overlapsAny(f.Span, accuracy) {
			g.sourceOnly.onAccuracy++
		}
	}
	return cases
}

// accuracySpans returns the spans of the segment's accuracy errors.
func (m *MQMInfo) accuracySpans() []checker.Span {
	var out []checker.Span
	for i, e := range m.Errors {
		if i < len(m.Categories) && IsAccuracy(m.Categories[i]) {
			out = append(out, e)
		}
	}
	return out
}

func (g *mqmGroupTally) add(d *Document, res *checker.Result, key func(string) string) []Case {
	var cases []Case
	g.segments++
	g.words += res.Words
	accuracy := d.MQM.accuracySpans()
	for _, f := range res.Findings {
		g.findings++
		k := key(f.Rule)
		g.order = countRow(g.ruleFindings, g.order, k)
		if overlapsAny(f.Span, d.MQM.Errors) {
			g.onErrors++
			g.ruleOnErrors[k]++
		} else {
			cases = append(cases, findingCase(d, f))
		}
		if overlapsAny(f.Span, accuracy) {
			g.onAccuracy++
			g.ruleOnAccuracy[k]++
		}
	}
	ppw := float64(res.Penalty)
	if res.Words > 0 {
		ppw /= float64(res.Words)
	}
	g.score = append(g.score, res.Score)
	g.penaltyPerWord = append(g.penaltyPerWord, ppw)
	g.negPenalty = append(g.negPenalty, -float64(res.Penalty))
	g.negMQM = append(g.negMQM, -d.MQM.Score)
	s := g.systems[d.MQM.System]
	if s == nil {
		s = &systemTally{}
		g.systems[d.MQM.System] = s
	}
	s.segments++
	s.words += res.Words
	s.findings += len(res.Findings)
	s.sumScore += res.Score
	s.sumNegMQM -= d.MQM.Score
	return cases
}

func (ds *mqmDataset) figures() MQMFigures {
	f := MQMFigures{Dataset: ds.name}
	for _, o := range []Origin{OriginMT, OriginHuman} {
		if g := ds.groups[o]; g != nil {
			f.Groups = append(f.Groups, g.figures(o))
		}
		if g := ds.withSource[o]; g != nil {
			f.WithSource = append(f.WithSource, g.figures(o))
		}
	}
	return f
}

func (g *mqmGroupTally) figures(o Origin) MQMGroup {
	f := MQMGroup{Origin: o, Systems: len(g.systems), Segments: g.segments, Words: g.words,
		Findings: g.findings, OnErrorSpans: g.onErrors, SpanPrecision: ratio(g.onErrors, g.findings),
		OnAccuracySpans: g.onAccuracy, AccuracyPrecision: ratio(g.onAccuracy, g.findings),
		SegmentSpearmanScore:      round4(Spearman(g.score, g.negMQM)),
		SegmentSpearmanPenalty:    round4(Spearman(g.penaltyPerWord, g.negMQM)),
		SegmentSpearmanNegPenalty: round4(Spearman(g.negPenalty, g.negMQM)),
	}
	if so := g.sourceOnly; so != nil {
		f.SourceOnly = &SourceOnly{Findings: so.findings, OnErrorSpans: so.onErrors, OnAccuracySpans: so.onAccuracy,
			SpanPrecision: ratio(so.onErrors, so.findings), AccuracyPrecision: ratio(so.onAccuracy, so.findings)}
	}
	for _, id := range g.order {
		f.Rules = append(f.Rules, MQMRule{Rule: id, Findings: g.ruleFindings[id], OnErrorSpans: g.ruleOnErrors[id],
			SpanPrecision: ratio(g.ruleOnErrors[id], g.ruleFindings[id]), OnAccuracySpans: g.ruleOnAccuracy[id],
			AccuracyPrecision: ratio(g.ruleOnAccuracy[id], g.ruleFindings[id])})
	}
	names := make([]string, 0, len(g.systems))
	for name := range g.systems {
		names = append(names, name)
	}
	sort.Strings(names)
	meanScore := make([]float64, len(names))
	meanNeg := make([]float64, len(names))
	for i, name := range names {
		s := g.systems[name]
		n := float64(s.segments)
		meanScore[i], meanNeg[i] = s.sumScore/n, s.sumNegMQM/n
		f.SystemTable = append(f.SystemTable, SystemRow{System: name, Segments: s.segments,
			MeanScore: round(meanScore[i], 4), MeanNegMQM: round(meanNeg[i], 4),
			Findings: s.findings, Per1000: per1000(s.findings, s.words)})
	}
	f.SystemPearson = round4(Pearson(meanScore, meanNeg))
	f.SystemKendall = round4(KendallTauB(meanScore, meanNeg))
	sort.SliceStable(f.SystemTable, func(i, j int) bool { return f.SystemTable[i].MeanNegMQM > f.SystemTable[j].MeanNegMQM })
	return f
}
