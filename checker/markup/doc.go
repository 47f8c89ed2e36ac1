// Package markup reads HTML and Markdown documents into the plain text that
// mtcheck checks: a *checker.Source whose text holds the prose of the page,
// with no markup, and whose OffsetMap leads every offset of that text back to
// the bytes of the original file. Rules never see markup, and no position is
// ever found again by searching for text.
//
// # Building the text piece by piece
//
// Like LanguageTool's annotated text, a reader walks the document in input
// order and builds the text with a checker.MapBuilder: text copied from the
// input is added as it is (Text), and markup is added as what it stands for
// (Markup): an entity or a Markdown escape for its character, the end of a
// block for a paragraph break ("\n\n"), <br> or a soft line break for "\n",
// a run of HTML white space for one space, and a tag, a comment or a URL for
// nothing. A span of the text therefore maps back to exactly the input bytes
// it came from, markup inside it included: the glued word "TweetIn" of
// <a href="…">Tweet</a>In maps to `Tweet</a>In`, "Milliardär" of
// Milliard&auml;r to `Milliard&auml;r`. Inline markup inserts nothing, so a
// word that a link boundary splits stays glued, as it is on the page.
// Separators are written only between two pieces of text and never pile up:
// a paragraph has no leading or trailing white space and paragraphs are
// separated by exactly one blank line. The text is normalised to Unicode NFC
// last (checker.Source.Normalize), its map chained to the reader's.
//
// Offsets, lines and columns of findings refer to the original file (in its
// own encoding), while a finding's text is the extracted text: the sources
// have Extracted set, Input holding the original bytes, and Headlines
// holding the text spans of HTML h1–h6 elements and Markdown headings.
//
// # HTML
//
// HTML uses the tokenizer of golang.org/x/net/html, which is forgiving:
// unclosed tags, stray end tags and "<" in text still give text. The reader
// keeps its own stack of open elements; an end tag closes the innermost open
// element of its name and everything opened inside it, a stray end tag is
// ignored (</p> and </br> act as in browsers).
//
//   - Block elements (p, div, h1–h6, li, ul, ol, dl, dt, dd, blockquote,
//     figure, figcaption, table, tr, td, th, section, article, header,
//     footer, aside, nav, main, pre, hr, address, details, summary, form and
//     the like) end paragraphs: every table cell, list item and figure
//     caption is a paragraph of its own. <br> is a line break, two or more in
//     a row a paragraph break.
//   - Other elements (a, em, strong, b, i, span, abbr, q, sub, sup, time …)
//     insert nothing.
//   - Skipped with all their content: head and title, script, style,
//     noscript, template, svg, math, iframe, object, canvas, video, audio,
//     picture, pre, code, textarea, select, button, and every element with
//     the hidden attribute, aria-hidden="true" or a style attribute with
//     display:none or visibility:hidden.
//   - Comments are skipped, except a suppression comment
//     ("<!-- mtcheck-disable rule: reason -->", any comment containing
//     "mtcheck-"), which stays in the text as a paragraph of its own (its
//     white space collapsed) so that the engine reads it as a directive.
//     Suppression comments count wherever they are, in or out of the
//     checked scope, except inside skipped elements.
//   - White space is collapsed as HTML renders it: a run of spaces, tabs and
//     line breaks is one space, and white space at block boundaries is
//     dropped. A non-breaking space (&nbsp;) is kept as U+00A0; soft
//     hyphens (&shy;, U+00AD) are dropped, in Markdown too, so that
//     "Bundes&shy;netz&shy;agentur" is one plain word.
//   - Entities are decoded as HTML decodes text, including the legacy names
//     without semicolon (&auml, &amp) and numeric references.
//
// Only the article body is checked. HTMLOptions.Select names it with a
// comma-separated list of simple selectors: element names ("article"), "*",
// classes (".story-body"), IDs ("#main"), their combinations
// ("div.story#main", ".a.b") and descendant combinators ("article
// .body p"). Text inside any element that matches one of them is checked.
// Other combinators (">", "+", "~"), attribute selectors and
// pseudo-classes are not supported and are an error. Names match case-
// insensitively, classes and IDs exactly. Without a selector the reader
// checks the first <article> element, else the first <main>, else <body>,
// else the whole document (elements inside skipped elements do not count).
// The <title> is never checked.
//
// The encoding is found as browsers find it: a byte order mark (or the NUL
// bytes of UTF-16 text without one), then <meta charset> or <meta
// http-equiv="Content-Type" content="…; charset=…"> in the first 1024
// bytes, else UTF-8. Single-byte encodings (windows-1252, iso-8859-1,
// iso-8859-15, …) are decoded byte by byte and UTF-16 by
// checker.DecodeSource, each with its own map chained behind the
// extraction's, so that offsets still refer to the file's bytes; the
// source's Encoding is then checker.Windows1252 (lines and columns count
// bytes) or checker.UTF16LE/BE. Multi-byte legacy encodings (Shift_JIS,
// GBK …) are not supported. Invalid UTF-8 is a *checker.InputError naming
// the offset of the first bad byte.
//
// # Markdown
//
// Markdown uses github.com/yuin/goldmark (CommonMark with GitHub's tables,
// strikethrough and task lists), whose tree carries the byte segments of the
// source. Checked: the prose of paragraphs, headings, list items, block
// quotes and table cells, the text of links and of emphasis. Every block is
// a paragraph of its own; a soft line break inside a paragraph and a hard
// break are "\n". Skipped: fenced and indented code blocks, code spans,
// link and image destinations and titles, images with their alt text,
// autolinks, raw HTML blocks and inline HTML (except an HTML block that is a
// suppression comment, which stays a paragraph of its own, and an inline
// <br>, which is a line break), YAML front matter ("---" … "---" or "..."
// at the very start) and TOML front matter ("+++" … "+++"). List markers,
// ">", emphasis delimiters and backslashes of escapes are markup; an
// escape ("\*") and an entity ("&auml;") map back to all of their bytes.
// Runs of white space are one space, as when the document is rendered.
//
// # Bounded work
//
// Both readers do work linear in the input. goldmark's work on a line grows
// with the square of the number of block quotes and list items it opens, so
// the Markdown reader parses a copy of the document in which container
// markers beyond the 32nd on a line are blanked; such deeper content is read
// as the content of the 32nd container. No input makes a reader panic.
package markup
