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
}

// mqmGroupTally accumulates the figures of the segments of one origin.
type mqmGroupTally struct {
	segments, words, findings, onErrors int
	ruleFindings, ruleOnErrors          map[string]int
	order                               []string
	// score, penaltyPerWord and negMQM hold one value per segment.
	score, penaltyPerWord, negMQM []float64
	systems                       map[string]*systemTally
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
	ds := &mqmDataset{name: name, rows: t.unitKeys(), key: t.key, groups: map[Origin]*mqmGroupTally{}}
	t.mqm = append(t.mqm, ds)
	return ds
}

func (ds *mqmDataset) add(d *Document, res *checker.Result) []Case {
	g := ds.groups[d.MQM.Origin]
	if g == nil {
		g = &mqmGroupTally{ruleFindings: map[string]int{}, ruleOnErrors: map[string]int{}, systems: map[string]*systemTally{}}
		g.order = append(g.order, ds.rows...)
		ds.groups[d.MQM.Origin] = g
	}
	return g.add(d, res, ds.key)
}

func (g *mqmGroupTally) add(d *Document, res *checker.Result, key func(string) string) []Case {
	var cases []Case
	g.segments++
	g.words += res.Words
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
	}
	ppw := float64(res.Penalty)
	if res.Words > 0 {
		ppw /= float64(res.Words)
	}
	g.score = append(g.score, res.Score)
	g.penaltyPerWord = append(g.penaltyPerWord, ppw)
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
	}
	return f
}

func (g *mqmGroupTally) figures(o Origin) MQMGroup {
	f := MQMGroup{Origin: o, Systems: len(g.systems), Segments: g.segments, Words: g.words,
		Findings: g.findings, OnErrorSpans: g.onErrors, SpanPrecision: ratio(g.onErrors, g.findings),
		SegmentSpearmanScore:   round4(Spearman(g.score, g.negMQM)),
		SegmentSpearmanPenalty: round4(Spearman(g.penaltyPerWord, g.negMQM)),
	}
	for _, id := range g.order {
		f.Rules = append(f.Rules, MQMRule{Rule: id, Findings: g.ruleFindings[id], OnErrorSpans: g.ruleOnErrors[id],
			SpanPrecision: ratio(g.ruleOnErrors[id], g.ruleFindings[id])})
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
