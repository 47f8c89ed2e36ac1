// Package checker is mtcheck's engine: the German text model, the rule type
// and the engine that runs rules over documents and scores them. It knows no
// rule of its own except the one that reports faulty suppressions; the rules
// live in package rules.
//
// A check goes through these steps:
//
//   - an input becomes a Source (DecodeSource, TextSource, or a markup
//     reader): UTF-8 text in Unicode NFC plus an OffsetMap back to the
//     input's bytes;
//   - AnalyzeSource builds the Doc: paragraphs, sentences, tokens and
//     quotations, each with a byte span into the analysed text, and the
//     inline suppression directives;
//   - Engine.CheckSource runs every enabled Rule in registry order; a rule
//     reports Diagnostics through its Pass, and per-document results that
//     several rules need are computed once (SharedOf);
//   - the engine applies the accept list and the suppressions, merges the
//     findings, maps every span back to the input, and scores paragraphs and
//     the document (see Score).
//
// An Engine is immutable and safe for concurrent use; everything that
// belongs to one check lives in that check.
package checker
