package corpus

import "github.com/mtcheck/mtcheck/checker"

// NewNative returns a document of text originally written in German: it has no
// annotations, and every finding on it counts as a false alarm.
func NewNative(path, text string) (*Document, error) {
	if err := checker.ValidateUTF8(text); err != nil {
		return nil, utf8Error(path, text, err)
	}
	return &Document{ID: path, Path: path, Kind: Native, Text: text, Line: 1}, nil
}
