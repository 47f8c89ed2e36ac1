package markup

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// prescanLen is how much of a document the search for <meta charset> reads,
// as in the HTML standard's prescan.
const prescanLen = 1024

// decoded is an HTML document in UTF-8, ready to be tokenised.
type decoded struct {
	text string             // the document in UTF-8
	m    *checker.OffsetMap // from text back to the raw bytes; nil if text is the raw input
	enc  checker.Encoding
	// start is the offset in text where the document starts (after a UTF-8
	// byte order mark).
	start int
}

// decodeHTML finds the encoding of an HTML document and decodes it: a byte
// order mark (or the NUL bytes of UTF-16 and UTF-32 text) first, then a
// <meta charset> or <meta http-equiv="Content-Type"> in the first 1024
// bytes, else UTF-8. Single-byte encodings are decoded byte by byte so that
// offsets lead back to the raw bytes. Invalid UTF-8 is an *checker.InputError.
func decodeHTML(raw string) (decoded, error) {
	enc, bomLen := checker.DetectEncoding(raw)
	if enc != checker.UTF8 {
		src, err := checker.DecodeSource(raw, &enc)
		if err != nil {
			return decoded{}, err
		}
		return decoded{text: src.Text, m: src.Map, enc: enc}, nil
	}
	if bomLen == 0 {
		if e := metaEncoding(raw[:min(len(raw), prescanLen)]); e != nil {
			if cm, ok := e.(*charmap.Charmap); ok {
				text, m := checker.DecodeSingleByte(raw, cm)
				return decoded{text: text, m: m, enc: checker.Windows1252}, nil
			}
			if name, _ := htmlindex.Name(e); name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
				return decoded{}, &checker.InputError{Offset: -1,
					Msg: "unsupported encoding " + name + " (mtcheck reads UTF-8, UTF-16 and single-byte encodings such as windows-1252)"}
			}
		}
	}
	if err := checker.ValidateUTF8(raw); err != nil {
		return decoded{}, err
	}
	return decoded{text: raw, enc: checker.UTF8, start: bomLen}, nil
}

// metaEncoding returns the encoding the first <meta> element that names a
// known one declares, or nil.
func metaEncoding(head string) encoding.Encoding {
	z := html.NewTokenizer(strings.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" {
				continue
			}
			var label, content string
			pragma := false
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					if label == "" {
						label = string(v)
					}
				case "http-equiv":
					pragma = pragma || strings.EqualFold(string(v), "content-type")
				case "content":
					if content == "" {
						content = string(v)
					}
				}
			}
			if label == "" && pragma {
				label = charsetFromContent(content)
			}
			if label == "" {
				continue
			}
			if e, err := htmlindex.Get(label); err == nil {
				return e
			}
		}
	}
}

// charsetFromContent extracts the charset from a Content-Type value such as
// "text/html; charset=iso-8859-1", or returns "".
func charsetFromContent(s string) string {
	s = strings.ToLower(s)
	for {
		i := strings.Index(s, "charset")
		if i < 0 {
			return ""
		}
		s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
		if !strings.HasPrefix(s, "=") {
			continue
		}
		s = strings.TrimLeft(s[1:], " \t\n\f\r")
		if s == "" {
			return ""
		}
		if q := s[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(s[1:], q)
			if end < 0 {
				return ""
			}
			return s[1 : 1+end]
		}
		if end := strings.IndexAny(s, "; \t\n\f\r"); end >= 0 {
			return s[:end]
		}
		return s
	}
}
