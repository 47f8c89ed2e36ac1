package checkertest

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestGermanTextIsDeterministicAndSized(t *testing.T) {
	a := GermanText(50_000, 1)
	assert.Equal(t, a, GermanText(50_000, 1))
	assert.NotEqual(t, a, GermanText(50_000, 2))
	assert.GreaterOrEqual(t, len(a), 50_000)
	assert.Less(t, len(a), 52_000)
	assert.True(t, utf8.ValidString(a))
	assert.Contains(t, a, "\n\n")
}
