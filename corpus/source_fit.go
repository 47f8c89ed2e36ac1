package corpus

import (
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/mtcheck/mtcheck/checker"
)

// SourceFit are the parameters of the source-aware length model fitted on
// the human translations of MQM sets: the Gale–Church length ratio and
// variance (checker.AlignParams) and the percentiles of the length
// deviation (checker.LengthDeviation) that the length rules use as
// thresholds. It also says how the thresholds split the machine
// translations of the same sets: the share beyond each, and the share of
// those with an expert-marked omission or addition.
type SourceFit struct {
	// Pairs counts the human segment pairs fitted on (with a source and a
	// target of at least MinLength characters).
	Pairs int `json:"pairs"`
	// Ratio is Σ target length / Σ source length; Variance is the variance
	// of a target's length per unit of the mean length (as Gale and Church
	// measure it).
	Ratio    float64 `json:"ratio"`
	Variance float64 `json:"variance"`
	// Percentiles of the deviation δ over the human pairs, refitted with
	// Ratio and Variance.
	P001 float64 `json:"p0_1"`
	P01  float64 `json:"p1"`
	P99  float64 `json:"p99"`
	P999 float64 `json:"p99_9"`
	// MT counts the machine-translated segments; ShortMinor and ShortMajor
	// those at or below P01 and P001, LongMinor and LongMajor those at or
	// above P99 and P999; the ...Omission and ...Addition counts those of
	// them with an expert-marked omission or addition; MTOmission and
	// MTAddition all MT segments with one.
	MT                 int `json:"mt"`
	MTOmission         int `json:"mt_omission"`
	MTAddition         int `json:"mt_addition"`
	ShortMinor         int `json:"short_minor"`
	ShortMajor         int `json:"short_major"`
	LongMinor          int `json:"long_minor"`
	LongMajor          int `json:"long_major"`
	ShortMinorOmission int `json:"short_minor_omission"`
	ShortMajorOmission int `json:"short_major_omission"`
	LongMinorAddition  int `json:"long_minor_addition"`
	LongMajorAddition  int `json:"long_major_addition"`

	humanTargets, humanSources, mtTargets, mtSources   []int
	mtOmission, mtAddition                             []bool
	sumTarget, sumSource, sumSquares, sumMeanOfLengths float64
}

// FitMinLength is the shortest source (in checker.Length units) a pair
// must have to be fitted on, as the length rules judge only those.
const FitMinLength = 20

// FitSource fits the length model on the MQM files paths (JSON lines,
// optionally gzip-compressed): the human translations give the parameters,
// the machine translations the check of the thresholds.
func FitSource(paths []string) (SourceFit, error) {
	var f SourceFit
	for _, p := range paths {
		err := LoadFile(p, func(d *Document) error {
			if d.Kind != MQM || d.Source == "" {
				return nil
			}
			t, s := checker.Length(d.Text), checker.Length(d.Source)
			if s < FitMinLength {
				return nil
			}
			if d.MQM.Origin == OriginHuman {
				f.humanTargets = append(f.humanTargets, t)
				f.humanSources = append(f.humanSources, s)
				return nil
			}
			var omission, addition bool
			for _, c := range d.MQM.Categories {
				switch c {
				case "accuracy/omission":
					omission = true
				case "accuracy/addition":
					addition = true
				}
			}
			f.mtTargets = append(f.mtTargets, t)
			f.mtSources = append(f.mtSources, s)
			f.mtOmission = append(f.mtOmission, omission)
			f.mtAddition = append(f.mtAddition, addition)
			return nil
		})
		if err != nil {
			return f, err
		}
	}
	if len(f.humanTargets) == 0 {
		return f, fmt.Errorf("no human translation with a source of at least %d characters", FitMinLength)
	}
	f.fit()
	return f, nil
}

// fit computes the parameters from the collected lengths.
func (f *SourceFit) fit() {
	f.Pairs = len(f.humanTargets)
	for i := range f.humanTargets {
		f.sumTarget += float64(f.humanTargets[i])
		f.sumSource += float64(f.humanSources[i])
	}
	f.Ratio = f.sumTarget / f.sumSource
	for i := range f.humanTargets {
		t, s := float64(f.humanTargets[i]), float64(f.humanSources[i])
		d := t - f.Ratio*s
		f.sumSquares += d * d
		f.sumMeanOfLengths += (s + t/f.Ratio) / 2
	}
	f.Variance = f.sumSquares / f.sumMeanOfLengths
	f.MT = len(f.mtTargets)
	if f.Variance <= 0 {
		return // every translation exactly as long as expected: no spread to measure
	}
	p := checker.AlignParams{Ratio: f.Ratio, Variance: f.Variance}
	devs := make([]float64, f.Pairs)
	for i := range devs {
		devs[i] = checker.LengthDeviation(f.humanTargets[i], f.humanSources[i], p)
	}
	sort.Float64s(devs)
	f.P001, f.P01 = percentile(devs, 0.001), percentile(devs, 0.01)
	f.P99, f.P999 = percentile(devs, 0.99), percentile(devs, 0.999)
	for i := range f.mtTargets {
		d := checker.LengthDeviation(f.mtTargets[i], f.mtSources[i], p)
		om, ad := f.mtOmission[i], f.mtAddition[i]
		f.MTOmission += b2i(om)
		f.MTAddition += b2i(ad)
		if d <= f.P01 {
			f.ShortMinor++
			f.ShortMinorOmission += b2i(om)
		}
		if d <= f.P001 {
			f.ShortMajor++
			f.ShortMajorOmission += b2i(om)
		}
		if d >= f.P99 {
			f.LongMinor++
			f.LongMinorAddition += b2i(ad)
		}
		if d >= f.P999 {
			f.LongMajor++
			f.LongMajorAddition += b2i(ad)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// percentile returns the q-quantile of sorted values, interpolating
// linearly between neighbours.
func percentile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (sorted[hi]-sorted[lo])*(pos-float64(lo))
}

// WriteSourceFit prints the fitted parameters as the constants of the code
// that uses them, and the check of the thresholds on machine translation.
func WriteSourceFit(w io.Writer, f SourceFit) error {
	share := func(n, of int) string {
		if of == 0 {
			return "–"
		}
		return fmt.Sprintf("%.1f %%", 100*float64(n)/float64(of))
	}
	_, err := fmt.Fprintf(w, `Length model fitted on %d human translations (sources of %d characters or more):
  checker (align.go):      fittedLengthRatio = %.4f, fittedLengthVariance = %.4f
  rules (source_length.go): omissionMinor = %.2f, omissionMajor = %.2f, additionMinor = %.2f, additionMajor = %.2f
    (percentiles 1 and 0.1 of the deviation, 99 and 99.9)
Check on %d machine translations (%s with an expert-marked omission, %s with an addition):
  at or below omissionMinor: %d (%s), %s of them with an omission
  at or below omissionMajor: %d (%s), %s of them with an omission
  at or above additionMinor: %d (%s), %s of them with an addition
  at or above additionMajor: %d (%s), %s of them with an addition
`, f.Pairs, FitMinLength, f.Ratio, f.Variance, f.P01, f.P001, f.P99, f.P999,
		f.MT, share(f.MTOmission, f.MT), share(f.MTAddition, f.MT),
		f.ShortMinor, share(f.ShortMinor, f.MT), share(f.ShortMinorOmission, f.ShortMinor),
		f.ShortMajor, share(f.ShortMajor, f.MT), share(f.ShortMajorOmission, f.ShortMajor),
		f.LongMinor, share(f.LongMinor, f.MT), share(f.LongMinorAddition, f.LongMinor),
		f.LongMajor, share(f.LongMajor, f.MT), share(f.LongMajorAddition, f.LongMajor))
	return err
}
