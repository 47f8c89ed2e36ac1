package markup

import (
	"context"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/checker"
)

const xliff12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="de" datatype="plaintext" original="story.txt">
  <header><note>file note, not a unit's</note></header>
  <body>
   <trans-unit id="u1">
    <source>Flight <g id="1">328</g> landed at 6:19 p.m.</source>
    <seg-source><mrk mtype="seg" mid="1">Flight 328 landed.</mrk></seg-source>
    <target state="translated">Flug <g id="1">328</g> landete um 18.19&#160;Uhr.</target>
    <alt-trans><target>Falscher Text</target></alt-trans>
    <note>checked</note>
   </trans-unit>
   <group>
    <trans-unit id="u2" approved="yes">
     <source>Police &amp; firefighters<x id="2"/> came.</source>
     <target state="final">Polizei &amp; Feuerwehr<x id="2"/> kamen<ph id="3">&lt;br/&gt;</ph>.</target>
    </trans-unit>
   </group>
   <trans-unit id="u3" translate="no"><source>Skip me</source><target>Nicht prüfen</target></trans-unit>
   <trans-unit id="u4"><source><![CDATA[Tom & Jerry]]></source><target><![CDATA[Tom & Jerry]]> kommen.</target></trans-unit>
   <trans-unit id="u5"><source>Not yet translated.</source></trans-unit>
  </body>
 </file>
</xliff>
`

func TestXLIFF12(t *testing.T) {
	src, err := XLIFF(xliff12)
	if err != nil {
		t.Fatal(err)
	}
	wantTarget := "Flug 328 landete um 18.19\u00a0Uhr.\n\nPolizei & Feuerwehr kamen.\n\nTom & Jerry kommen."
	wantSource := "Flight 328 landed at 6:19 p.m.\n\nPolice & firefighters came.\n\nTom & Jerry\n\nNot yet translated."
	if src.Text != wantTarget {
		t.Errorf("target text %q, want %q", src.Text, wantTarget)
	}
	if src.Original == nil || src.Original.Text != wantSource {
		t.Fatalf("source text %+v, want %q", src.Original, wantSource)
	}
	if len(src.Pairs) != 4 {
		t.Fatalf("pairs %+v", src.Pairs)
	}
	units := []checker.Unit{{ID: "u1", State: "translated", Notes: []string{"checked"}}, {ID: "u2", State: "final"},
		{ID: "u4"}, {ID: "u5"}}
	for i, p := range src.Pairs {
		if p.Unit == nil || p.Unit.ID != units[i].ID || p.Unit.State != units[i].State || strings.Join(p.Unit.Notes, "|") != strings.Join(units[i].Notes, "|") {
			t.Errorf("unit %d: %+v, want %+v", i, p.Unit, units[i])
		}
	}
	if p := src.Pairs[3]; p.Target.Len() != 0 || src.Original.Text[p.Source.Start:p.Source.End] != "Not yet translated." {
		t.Errorf("untranslated unit %+v", p)
	}
	// Spans map into the file: copied text is the file's bytes, an entity
	// maps to all of itself.
	for _, w := range []struct{ text, in string }{{"landete", "landete"}, {"Feuerwehr kamen", "Feuerwehr<x id=\"2\"/> kamen"},
		{"&", "&amp;"}, {"\u00a0", "&#160;"}} {
		at := strings.Index(src.Text, w.text)
		in := src.Map.Span(checker.Span{Start: at, End: at + len(w.text)})
		if got := xliff12[in.Start:in.End]; got != w.in {
			t.Errorf("%q maps to %q, want %q", w.text, got, w.in)
		}
	}
	at := strings.Index(src.Original.Text, "6:19")
	if in := src.Original.Map.Span(checker.Span{Start: at, End: at + 4}); xliff12[in.Start:in.End] != "6:19" {
		t.Errorf("source maps to %q", xliff12[in.Start:in.End])
	}
}

const xliff20 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
 <file id="f1">
  <unit id="1">
   <notes><note category="comment">headline</note></notes>
   <originalData><data id="d1">&lt;b&gt;</data></originalData>
   <segment state="reviewed">
    <source>The <pc id="1" dataRefStart="d1">minister</pc> did not come<ph id="2"/>.</source>
    <target>Die <pc id="1" dataRefStart="d1">Ministerin</pc> kam<ph id="2"/>.</target>
   </segment>
   <ignorable><source> </source><target> </target></ignorable>
   <segment state="translated">
    <source>Prices rose<cp hex="0021"/></source>
    <target>Die Preise stiegen<cp hex="0021"/></target>
   </segment>
  </unit>
  <unit id="2" translate="no"><segment><source>x</source><target>y</target></segment></unit>
 </file>
</xliff>`

func TestXLIFF20(t *testing.T) {
	src, err := XLIFF(xliff20)
	if err != nil {
		t.Fatal(err)
	}
	if src.Text != "Die Ministerin kam. Die Preise stiegen!" || src.Original.Text != "The minister did not come. Prices rose!" {
		t.Fatalf("texts %q, %q", src.Text, src.Original.Text)
	}
	if len(src.Pairs) != 1 || src.Pairs[0].Unit.ID != "1" || src.Pairs[0].Unit.State != "reviewed" ||
		len(src.Pairs[0].Unit.Notes) != 1 || src.Pairs[0].Unit.Notes[0] != "headline" {
		t.Fatalf("pairs %+v %+v", src.Pairs, src.Pairs[0].Unit)
	}
	at := strings.Index(src.Text, "!")
	if in := src.Map.Span(checker.Span{Start: at, End: at + 1}); xliff20[in.Start:in.End] != `<cp hex="0021"/>` {
		t.Errorf("<cp/> maps to %q", xliff20[in.Start:in.End])
	}
	d, err := checker.AnalyzeSource(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Alignment) != 1 || d.Alignment[0].ID != "1" {
		t.Errorf("alignment %+v", d.Alignment)
	}
}

func TestXLIFFErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<html><body>x</body></html>`, "root element is not <xliff>"},
		{`<xliff version="1.2"><file><body></body></file></xliff>`, "no translation unit"},
		{`<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>`, "malformed XLIFF"},
		{`<?xml version="1.0" encoding="ISO-8859-1"?><xliff version="1.2"/>`, "must be UTF-8"},
		{"<xliff version=\"1.2\"><file><body><trans-unit><source>\xff</source></trans-unit></body></file></xliff>", "invalid UTF-8"},
	} {
		_, err := XLIFF(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: err %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestIsXLIFF(t *testing.T) {
	for in, want := range map[string]bool{
		xliff12: true, xliff20: true, "\uFEFF<!-- c --><xliff:xliff>": true,
		"<html>": false, "<?xml version=\"1.0\"?><rss>": false, "plain": false, "<?xml": false,
	} {
		if got := IsXLIFF([]byte(in)); got != want {
			t.Errorf("IsXLIFF(%.30q) = %v", in, got)
		}
	}
}

// FuzzXLIFF checks the XLIFF reader's invariants on arbitrary input: it
// never panics; a source it returns has valid UTF-8 texts whose maps lead
// back into the input, pairs inside both texts and in order, and text that
// it copied from the input is the input's bytes there.
func FuzzXLIFF(f *testing.F) {
	f.Add(xliff12)
	f.Add(xliff20)
	f.Add(`<xliff version="1.2"><file><body><trans-unit id="a"><source>A &lt; B</source><target>A &#x3c; B<![CDATA[ & ]]>C</target></trans-unit></body></file></xliff>`)
	f.Add("<xliff version=\"2.0\"><file><unit id=\"1\"><segment><source>Zu\u0308rich\r\nx</source><target>Zu\u0308rich\r\ny</target></segment></unit></file></xliff>")
	f.Fuzz(func(t *testing.T, in string) {
		src, err := XLIFF(in)
		if err != nil {
			return
		}
		for _, s := range []*checker.Source{src, src.Original} {
			if s == nil || !utf8Valid(s.Text) {
				t.Fatalf("invalid source %+v", s)
			}
			if n := s.Map.InputLen(); n != -1 && n != len(in) {
				t.Fatalf("map leads to %d bytes, input has %d", n, len(in))
			}
			for i := 0; i <= len(s.Text); i++ {
				a, b := s.Map.Start(i), s.Map.End(i)
				if a < 0 || a > len(in) || b < 0 || b > len(in) {
					t.Fatalf("offset %d maps to %d/%d outside %d bytes", i, a, b, len(in))
				}
			}
		}
		prevT, prevS := 0, 0
		for _, p := range src.Pairs {
			if p.Target.Start < prevT || p.Target.End < p.Target.Start || p.Target.End > len(src.Text) ||
				p.Source.Start < prevS || p.Source.End < p.Source.Start || p.Source.End > len(src.Original.Text) {
				t.Fatalf("pair %+v out of order or outside %d and %d bytes", p, len(src.Text), len(src.Original.Text))
			}
			prevT, prevS = p.Target.End, p.Source.End
		}
		// Every word the text has, copied from the input, is the input's bytes.
		if d, err := checker.AnalyzeSource(context.Background(), src); err == nil {
			for i := range d.Tokens {
				sp := d.Tokens[i].Span
				inSp := src.Map.Span(sp)
				if inSp.Start > inSp.End || inSp.End > len(in) {
					t.Fatalf("token %q maps to %v", d.TokenText(i), inSp)
				}
			}
			seen := 0
			for _, pp := range d.Alignment {
				seen += len(pp.Target)
			}
			if seen != len(d.Paragraphs) {
				t.Fatalf("alignment covers %d of %d paragraphs", seen, len(d.Paragraphs))
			}
		} else {
			t.Fatal(err)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
