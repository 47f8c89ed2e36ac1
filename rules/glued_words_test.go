package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsTitleCase(t *testing.T) {
	assert.True(t, isTitleCase("Minister"))
	assert.True(t, isTitleCase("Über"))
	assert.False(t, isTitleCase("TV"))
	assert.False(t, isTitleCase("minister"))
	assert.False(t, isTitleCase("McDonald"))
	assert.False(t, isTitleCase(""))
}
