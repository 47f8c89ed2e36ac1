// Package server is mtcheck serve: the checker over HTTP, for editors
// (LanguageTool's API, which editor add-ons and browser extensions speak),
// for CMS and CI integrations (mtcheck's own JSON API) and for operations
// (health, readiness, metrics). Routes lists the routes; openapi.json,
// served at /api/v1/openapi.json, describes them.
//
// # LanguageTool API v2
//
// GET and POST /v2/check take LanguageTool's parameters from the query or a
// form-encoded (or multipart) body: "text", or "data" (annotated text:
// {"annotation": [{"text": "…"}, {"markup": "<b>"}, {"markup": "<p>",
// "interpretAs": "\n\n"}]}, whose text parts are checked and whose markup
// parts stand for their interpretAs, or nothing), "language" (de, de-DE,
// de-AT, de-CH or auto, case-insensitively: all German; any other code is
// answered 400 with LanguageTool's message: de-DE, de-AT and de-CH check
// the text as that variety of German, de and auto as the configured
// variant, and auto answers with the configured variant's language),
// "enabledRules",
// "disabledRules", "enabledCategories", "disabledCategories" and
// "enabledOnly". As LanguageTool does, unknown rule and category names are
// ignored (and logged). Rule names are mtcheck's rule IDs and pack names
// ("ENGLISH_DATE" is read as english-date); categories are the ids of the
// answer (ACCURACY, FLUENCY, STYLE, LOCALE, MARKUP) or mtcheck's families
// and categories ("locale", "locale/date-format"). "level", "motherTongue",
// "preferredVariants", "username", "apiKey" and unknown parameters are
// accepted and ignored: mtcheck has no picky rules.
//
// The answer has LanguageTool's shape, field for field. Offsets and lengths
// count UTF-16 code units (Java string indices) of the text as submitted —
// for "data", of every part's text or markup concatenated — so that text
// with emoji, decomposed umlauts or CRLF line ends before a finding is
// highlighted at the right words. A finding that lies wholly in the
// interpretAs of an empty markup part has length 0, at the markup's place. rule.description is the rule's title,
// shortMessage a short German label of the category, context 40 units on
// each side of the match ("..." where cut), sentence the sentence the
// finding starts in. See ltmap.go for the table of categories, issue types
// and category ids. ignoreForIncompleteSentence is true (and
// contextForSureMatch -1) for findings that need the whole sentence or
// paragraph: word order, fragments, commas, duplicated reporting verbs and
// paragraphs, truncated paragraphs.
//
// GET /v2/languages lists the German variants in LanguageTool's shape.
//
// # mtcheck's API
//
// POST /api/v1/check takes {"text"|"html"|"markdown": "…", "id": "…",
// "include_text": bool, "config": {"threshold", "disable", "enable",
// "severity", "accept", "variant"}} and answers with the document object of mtcheck
// check --format json: byte offsets into the submitted string, paragraph
// scores, score and pass. "include_text" adds "text", the analysed text
// (the extracted text of HTML and Markdown), and "text_start" and
// "text_end", UTF-16 code units of it, to every finding and paragraph.
// "config" adjusts the server's configuration like the keys of
// .mtcheck.yaml; rule packs come only from the server's configuration.
// Unknown keys, unknown names (with a did-you-mean) and invalid values are
// answered 400 with {"error": "…"}. Engines adjusted by a config are kept
// in a small LRU cache keyed by the canonical JSON of the overrides. A
// language variant alone (the language of most /v2/check requests, or a
// config with only "variant") needs no cache: the configuration keeps one
// engine per variant (config.Setup.EngineWith), derived from its engine
// with checker.Engine.WithVariant, which shares the rules and costs nothing
// per request.
//
// POST /api/v1/batch takes JSON Lines as mtcheck check --input jsonl does
// ({"id", "text", "format"}) and answers one record per non-blank line, in
// order, each written as soon as it is ready; a line that cannot be used
// gets an error record. A batch checks a few documents at a time.
//
// GET /api/v1/rules lists the rules of the configuration in force.
//
// # Limits and status codes
//
//   - 413: a text longer than --max-text-length characters (UTF-16 code
//     units of the plain text, as LanguageTool counts), or a body larger
//     than --max-body (http.MaxBytesReader; the default body limit is far
//     above the text limit, so an over-long text gets the 413 with the
//     text's message).
//   - 503 with Retry-After: the queue of requests waiting for a worker is
//     full (--queue), or a request waited longer than --request-timeout.
//   - 503 without Retry-After: the check itself took longer than what was
//     left of --request-timeout; as in LanguageTool, the message says
//     "Text checking took longer than allowed maximum of … milliseconds"
//     and names the rule that was running. 503 rather than 504: the
//     server is not a gateway, and the same text will take as long again.
//   - 400: missing or unusable parameters; 500: a rule failed.
//
// # Operations
//
// /healthz answers 200 while the process is up, /readyz 200 once the
// engine is built and 503 while the server drains on shutdown. /metrics
// serves Prometheus metrics (see metrics). CORS: --cors-origin allows
// origins (or "*"); preflight requests are answered 204, or 403 for an
// origin not allowed. SIGHUP reloads the configuration (Server.Reload).
package server
