package checker

import (
	"fmt"
	"slices"
)

// LeftoverCategory is the category of leftovers of the scraped page. An
// editor deletes a leftover as a whole, so the engine reports a block of
// them as one finding and nothing inside it.
const LeftoverCategory = "markup/leftover"

// mergeFindings turns sorted findings into one finding per problem:
//
//  1. findings of different rules with the identical span become one, the
//     most severe (ties: the rule that runs first), listing the other rules
//     in Also;
//  2. leftover findings in one paragraph or in consecutive paragraphs (an
//     embed box, a consent dialog, a caption with its credit) become one
//     finding over the whole block, the component findings becoming its
//     related locations;
//  3. a finding whose span lies inside a leftover finding is dropped: the
//     leftover is deleted anyway.
//
// order gives each rule's position in the registry. The result is sorted.
func mergeFindings(fs []Finding, order map[string]int) []Finding {
	fs = mergeSameSpan(fs, order)
	fs = mergeLeftoverBlocks(fs, order)
	return dropInsideLeftovers(fs)
}

// mergeSameSpan merges the findings of identical spans (step 1).
func mergeSameSpan(fs []Finding, order map[string]int) []Finding {
	out := fs[:0]
	for i := 0; i < len(fs); {
		j := i + 1
		for j < len(fs) && fs[j].DocSpan == fs[i].DocSpan {
			j++
		}
		group := fs[i:j]
		best := 0
		for k := range group {
			if outranks(group[k], group[best], order) {
				best = k
			}
		}
		f := group[best]
		for k, g := range group {
			if k != best && g.Rule != f.Rule && !slices.Contains(f.Also, g.Rule) {
				f.Also = append(f.Also, g.Rule)
			}
		}
		out = append(out, f)
		i = j
	}
	return out
}

// outranks reports whether a is the finding to keep over b: more severe, or
// as severe from a rule that runs earlier.
func outranks(a, b Finding, order map[string]int) bool {
	if a.Severity != b.Severity {
		return a.Severity > b.Severity
	}
	return order[a.Rule] < order[b.Rule]
}

// mergeLeftoverBlocks merges leftover findings of one paragraph or of
// consecutive paragraphs into one finding each (step 2).
func mergeLeftoverBlocks(fs []Finding, order map[string]int) []Finding {
	if !slices.ContainsFunc(fs, func(f Finding) bool { return f.Category == LeftoverCategory }) {
		return fs
	}
	out := make([]Finding, 0, len(fs))
	for i := 0; i < len(fs); {
		if fs[i].Category != LeftoverCategory {
			out = append(out, fs[i])
			i++
			continue
		}
		// The block runs while the next leftover is in the same or the next
		// paragraph; findings of other categories in between stay as they are.
		block := []int{i}
		last := i
		for j := i + 1; j < len(fs); j++ {
			if fs[j].Category != LeftoverCategory {
				continue
			}
			if fs[j].Paragraph > fs[last].Paragraph+1 {
				break
			}
			block = append(block, j)
			last = j
		}
		if len(block) == 1 {
			out = append(out, fs[i])
			i++
			continue
		}
		merged := leftoverBlock(fs, block, order)
		inBlock := map[int]bool{}
		for _, k := range block {
			inBlock[k] = true
		}
		out = append(out, merged)
		for k := i + 1; k <= last; k++ {
			if !inBlock[k] {
				out = append(out, fs[k])
			}
		}
		i = last + 1
	}
	slices.SortStableFunc(out, func(a, b Finding) int {
		if a.DocSpan.Start != b.DocSpan.Start {
			return a.DocSpan.Start - b.DocSpan.Start
		}
		return a.DocSpan.End - b.DocSpan.End
	})
	return out
}

// leftoverBlock builds the one finding of a block of leftover findings.
func leftoverBlock(fs []Finding, block []int, order map[string]int) Finding {
	best := block[0]
	span := fs[block[0]].DocSpan
	for _, k := range block {
		if outranks(fs[k], fs[best], order) {
			best = k
		}
		span.End = max(span.End, fs[k].DocSpan.End)
	}
	f := fs[best]
	f.DocSpan = span
	f.Span = Span{fs[block[0]].Span.Start, max(fs[block[0]].Span.End, fs[block[len(block)-1]].Span.End)}
	f.Position = fs[block[0]].Position
	f.Paragraph = fs[block[0]].Paragraph
	f.Suggestions = []string{}
	f.About = nil
	f.Also = nil
	f.Related = nil
	paragraphs := fs[block[len(block)-1]].Paragraph - f.Paragraph + 1
	f.Message = fmt.Sprintf("Block aus Resten der Originalseite (%d Befunde in %s): ganz entfernen.",
		len(block), paragraphCount(paragraphs))
	for _, k := range block {
		if fs[k].Rule != f.Rule && !slices.Contains(f.Also, fs[k].Rule) {
			f.Also = append(f.Also, fs[k].Rule)
		}
		for _, r := range fs[k].Also {
			if r != f.Rule && !slices.Contains(f.Also, r) {
				f.Also = append(f.Also, r)
			}
		}
		f.Related = append(f.Related, Related{DocSpan: fs[k].DocSpan, Span: fs[k].Span, Position: fs[k].Position,
			Message: fs[k].Message})
	}
	return f
}

func paragraphCount(n int) string {
	if n == 1 {
		return "einem Absatz"
	}
	return fmt.Sprintf("%d Absätzen", n)
}

// dropInsideLeftovers drops the findings whose span lies inside a leftover
// finding's span (step 3). fs is sorted by start.
func dropInsideLeftovers(fs []Finding) []Finding {
	out := fs[:0]
	cover := Span{-1, -1} // the leftover span reaching furthest so far
	for _, f := range fs {
		if f.Category != LeftoverCategory && cover.Contains(f.DocSpan) {
			continue
		}
		if f.Category == LeftoverCategory && f.DocSpan.End > cover.End {
			cover = f.DocSpan
		}
		out = append(out, f)
	}
	return out
}
