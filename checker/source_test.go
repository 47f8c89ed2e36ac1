package checker

import (
	"context"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// flagWord is a rule that flags every token equal to one of words.
func flagWord(words ...string) Rule {
	r := wordRule("flag", words[0], Minor)
	r.Check = func(p *Pass) {
		for i, tk := range p.Doc.Tokens {
			for _, w := range words {
				if p.Doc.TokenText(i) == w {
					p.Report(tk.Span, "")
				}
			}
		}
	}
	return r
}

func TestNFDInputIsNormalisedAndReportedInItsOwnBytes(t *testing.T) {
	nfc := "Über den Bericht\n\nDie Bürger äußerten sich, sagte er über München."
	nfd := norm.NFD.String(nfc)
	require.NotEqual(t, nfc, nfd)
	e, err := NewEngine([]Rule{flagWord("Bürger", "München")}, Config{})
	require.NoError(t, err)
	want, err := e.CheckText(nfc)
	require.NoError(t, err)
	got, err := e.CheckText(nfd)
	require.NoError(t, err)
	require.Len(t, got.Findings, 2, "decomposed umlauts are still words the rules know")
	for i, f := range got.Findings {
		assert.Equal(t, nfd[f.Start:f.End], f.Text, "plain text: the finding quotes the input's bytes")
		assert.Equal(t, want.Findings[i].Text, norm.NFC.String(f.Text))
		line := strings.Count(nfd[:f.Start], "\n") + 1
		col := len([]rune(nfd[strings.LastIndexByte(nfd[:f.Start], '\n')+1:f.Start])) + 1
		assert.Equal(t, Position{line, col}, f.Position, "a column counts code points of the input")
	}
	assert.Equal(t, Position{3, 44}, got.Findings[1].Position, "three decomposed umlauts before it, one more code point each")
	for i, p := range got.Paragraphs {
		assert.Equal(t, norm.NFC.String(nfd[p.Start:p.End]), nfc[want.Paragraphs[i].Start:want.Paragraphs[i].End])
	}
}

func TestDecomposedColumnsCountTheInput(t *testing.T) {
	// "ü" decomposed is two code points of the input.
	text := "Zu" + "u\u0308" + "ber Bürger"
	e, err := NewEngine([]Rule{flagWord("Bürger")}, Config{})
	require.NoError(t, err)
	res, err := e.CheckText(text)
	require.NoError(t, err)
	require.Len(t, res.Findings, 1)
	assert.Equal(t, Position{1, 9}, res.Findings[0].Position)
}

func utf16Bytes(s string, bigEndian, bom bool) string {
	var b []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			b = binary.BigEndian.AppendUint16(b, u)
		} else {
			b = binary.LittleEndian.AppendUint16(b, u)
		}
	}
	return string(b)
}

func utf32Bytes(s string, bigEndian bool) string {
	var b []byte
	for _, r := range s {
		if bigEndian {
			b = binary.BigEndian.AppendUint32(b, uint32(r))
		} else {
			b = binary.LittleEndian.AppendUint32(b, uint32(r))
		}
	}
	return string(b)
}

func TestDecodeSourceWideEncodings(t *testing.T) {
	text := "Titel 😀\n\nDer Bürger sprach.\nZweite Zeile mit Bürger."
	e, err := NewEngine([]Rule{flagWord("Bürger")}, Config{})
	require.NoError(t, err)
	want, err := e.CheckText(text)
	require.NoError(t, err)
	require.Len(t, want.Findings, 2)
	tests := []struct {
		name string
		raw  string
		enc  Encoding
		unit int
		bom  int
	}{
		{"UTF-16LE with BOM", utf16Bytes(text, false, true), UTF16LE, 2, 2},
		{"UTF-16LE without BOM", utf16Bytes(text, false, false), UTF16LE, 2, 0},
		{"UTF-16BE with BOM", utf16Bytes(text, true, true), UTF16BE, 2, 2},
		{"UTF-16BE without BOM", utf16Bytes(text, true, false), UTF16BE, 2, 0},
		{"UTF-32LE with BOM", "\xFF\xFE\x00\x00" + utf32Bytes(text, false), UTF32LE, 4, 4},
		{"UTF-32BE without BOM", utf32Bytes(text, true), UTF32BE, 4, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, bom := DetectEncoding(tt.raw)
			assert.Equal(t, tt.enc, enc)
			assert.Equal(t, tt.bom, bom)
			src, err := DecodeSource(tt.raw, nil)
			require.NoError(t, err)
			assert.Equal(t, text, src.Text)
			res, err := e.CheckSource(context.Background(), src)
			require.NoError(t, err)
			require.Len(t, res.Findings, 2)
			for i, f := range res.Findings {
				assert.Equal(t, "Bürger", f.Text, "the text of a finding is UTF-8")
				assert.Equal(t, want.Findings[i].Position, f.Position)
				// The span covers the word's code units in the input.
				assert.Equal(t, 6*tt.unit, f.Len())
				assert.Equal(t, tt.raw[f.Start:f.End], encodeLike(tt.raw, f.Text, tt.enc))
			}
			assert.Equal(t, tt.bom, res.Paragraphs[0].Start, "the first paragraph starts after the byte order mark")
		})
	}
}

// encodeLike encodes s in the encoding of a test input.
func encodeLike(_ string, s string, enc Encoding) string {
	switch enc {
	case UTF16LE:
		return utf16Bytes(s, false, false)
	case UTF16BE:
		return utf16Bytes(s, true, false)
	case UTF32LE:
		return utf32Bytes(s, false)
	case UTF32BE:
		return utf32Bytes(s, true)
	}
	return s
}

func TestDecodeSourceErrors(t *testing.T) {
	_, err := DecodeSource("Gr\xfc\xdfe aus K\xf6ln", nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "invalid UTF-8 at byte offset 2")
	assert.Contains(t, err.Error(), "windows-1252", "the error names the likely encoding")

	_, err = DecodeSource(utf16Bytes("Hallo", false, true)+"\x00", nil)
	assert.ErrorContains(t, err, "ends inside a character")

	// A lone surrogate is invalid UTF-16.
	_, err = DecodeSource("\xFF\xFE\x00\xD8a\x00", nil)
	assert.ErrorContains(t, err, "invalid UTF-16LE at byte offset 2")
}

func TestDecodeWindows1252(t *testing.T) {
	raw := "Gr\xfc\xdfe aus K\xf6ln \x84Zitat\x93."
	enc, err := ParseEncoding("Latin-1")
	require.NoError(t, err)
	src, err := DecodeSource(raw, &enc)
	require.NoError(t, err)
	assert.Equal(t, "Grüße aus Köln „Zitat“.", src.Text)
	e, err := NewEngine([]Rule{flagWord("Köln")}, Config{})
	require.NoError(t, err)
	res, err := e.CheckSource(context.Background(), src)
	require.NoError(t, err)
	require.Len(t, res.Findings, 1)
	f := res.Findings[0]
	assert.Equal(t, "K\xf6ln", raw[f.Start:f.End])
	assert.Equal(t, "Köln", f.Text)
	assert.Equal(t, Position{1, 11}, f.Position)
	_, err = ParseEncoding("ebcdic")
	assert.Error(t, err)
}

func TestUTF8ByteOrderMarkIsNotText(t *testing.T) {
	text := "\uFEFFBürger kamen.\nNoch ein Bürger."
	e, err := NewEngine([]Rule{flagWord("Bürger")}, Config{})
	require.NoError(t, err)
	res, err := e.CheckText(text)
	require.NoError(t, err)
	require.Len(t, res.Findings, 2)
	assert.Equal(t, Position{1, 1}, res.Findings[0].Position, "the first character after the mark is column 1")
	assert.Equal(t, 3, res.Findings[0].Start, "offsets count the mark's bytes")
	assert.Equal(t, "Bürger", res.Findings[0].Text)
	assert.Equal(t, Position{2, 10}, res.Findings[1].Position)
}

func TestLineIndexLongLinesWithCheckpoints(t *testing.T) {
	line := strings.Repeat("äb ", 2000) // 8,000 bytes, 6,000 code points
	text := line + "\n" + line
	li := NewLineIndex(text)
	for _, off := range []int{0, 4, 1500, 3001, 7999, 8000, 8001, 8005, 12001, len(text)} {
		line := strings.Count(text[:off], "\n") + 1
		start := strings.LastIndexByte(text[:off], '\n') + 1
		want := Position{line, len([]rune(text[start:off])) + 1}
		assert.Equal(t, want, li.Position(off), "offset %d", off)
	}
}
