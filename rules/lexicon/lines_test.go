package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// TestDataErrorsNameFileAndLine: a problem of a data file is a
// checker.FileError, "file:line: message", like those of packs and configuration.
func TestDataErrorsNameFileAndLine(t *testing.T) {
	tests := []struct {
		over map[string]string
		want checker.FileError
	}{
		{map[string]string{"closed.txt": "[article]\nder\n[nonsense]\n"},
			checker.FileError{File: "closed.txt", Line: 3, Msg: `unknown class "nonsense"`}},
		{map[string]string{"strong.txt": "# strong verbs\nstehen stand\n"},
			checker.FileError{File: "strong.txt", Line: 2, Msg: "want 4 or 5 fields, have 2"}},
		{map[string]string{"paradigms.txt": "verb sein aux\npart gewesen\n"},
			checker.FileError{File: "paradigms.txt", Msg: "paradigm of sein lacks present or participle"}},
	}
	for _, tt := range tests {
		t.Run(tt.want.File, func(t *testing.T) {
			_, err := loadFS(minimalData(tt.over))
			es := checker.AsFileErrors(err)
			require.Len(t, es, 1, "%v", err)
			assert.Equal(t, tt.want, *es[0])
		})
	}
	_, err := loadFS(minimalData(map[string]string{"closed.txt": "[article]\nder\n[nonsense]\n"}))
	assert.EqualError(t, err, `closed.txt:3: unknown class "nonsense"`)
}
