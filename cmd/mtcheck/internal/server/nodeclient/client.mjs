// A LanguageTool client as Markdown editor integrations (LTeX, the Obsidian
// and VS Code LanguageTool plugins) build it: annotatedtext-remark turns a
// Markdown article into LanguageTool's annotated text, which is POSTed as
// `data` to /v2/check; every match must then point, with offset and length
// in UTF-16 code units of the Markdown source, at exactly the text mtcheck
// is expected to flag. Each match's context must highlight what its offsets
// select of the text sent, markup included (LanguageTool builds the context
// from the text with markup), and the plain text of the annotation, sent as
// `text`, must be flagged at the same places.
//
//	node client.mjs [URL] [FILE.md]   (URL default: $MTCHECK_URL)
//
// Exit status: 0 when every check holds, 1 on a mismatch, 2 when the server
// cannot be asked.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import annotatedtextRemark from "annotatedtext-remark";

// expected lists what the server must flag in artikel.md, as the slice of the
// Markdown source (markup inside the span included) and why.
const expected = [
  { text: "sagte der **Minister** sagte er", why: "two reporting verbs for one quote" },
  { text: "November 23, 2024", why: "English date format" },
  { text: "Tweet](https://example.org/status/1)In", why: "words glued at a link boundary" },
  { text: "Früher das Unternehmen hatte", why: "verb third after a fronted adverbial" },
  { text: "Mr. Schmidt", why: "English honorific" },
  { text: "Bildquelle, Getty Images", why: "image credit left over from the page" },
];

const url = (process.argv[2] || process.env.MTCHECK_URL || "").replace(/\/+$/, "");
const file = process.argv[3] || fileURLToPath(new URL("artikel.md", import.meta.url));
if (!url) {
  console.error("usage: node client.mjs URL [FILE.md]  (or set MTCHECK_URL), e.g. http://127.0.0.1:8081");
  process.exit(2);
}
const markdown = readFileSync(file, "utf8");

// Options as editor plugins set them: inline code stands for a word, so that
// the sentence around it stays a sentence; everything else is the default.
const options = {
  ...annotatedtextRemark.defaults,
  annotatetextnode(node, text) {
    if (node.type === "inlineCode") {
      const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
      return { markup: text.substring(start, end), interpretAs: "Code", offset: { start, end } };
    }
    return annotatedtextRemark.defaults.annotatetextnode(node, text);
  },
};
const data = annotatedtextRemark.build(markdown, options);

// plainOf returns the plain text LanguageTool makes of source[from, to): the
// text inside the span, and what markup lying wholly inside it stands for.
function plainOf(from, to) {
  let out = "";
  for (const a of data.annotation) {
    const { start, end } = a.offset;
    if (a.text !== undefined) out += a.text.slice(Math.max(from, start) - start, Math.max(0, Math.min(to, end) - start));
    else if (start >= from && end <= to && start < end) out += a.interpretAs;
  }
  return out;
}
const plain = plainOf(0, markdown.length);

async function check(params) {
  const body = new URLSearchParams({ language: "de-DE", ...params });
  let res;
  try {
    res = await fetch(url + "/v2/check", { method: "POST", body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" } });
  } catch (e) {
    console.error(`client: cannot reach ${url}/v2/check: ${e.cause?.message || e.message}`);
    process.exit(2);
  }
  const raw = await res.text();
  if (!res.ok) {
    console.error(`client: ${url}/v2/check answered ${res.status}: ${raw.slice(0, 500)}`);
    process.exit(2);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    console.error(`client: the answer is not JSON: ${e.message}: ${raw.slice(0, 200)}`);
    process.exit(2);
  }
}

// Each check has a key: an expected span, a match of an answer, or the
// comparison of the two answers; a check with a problem has failed.
const problems = [], failed = new Set();
const problem = (key, msg) => { problems.push(msg); failed.add(key); };
const show = (s) => JSON.stringify(s);

// lineCol gives the 1-based line and column (in UTF-16 units) of offset in s.
function lineCol(s, offset) {
  const before = s.slice(0, offset), nl = before.lastIndexOf("\n");
  return `${before.split("\n").length}:${offset - nl}`;
}

// verify checks the matches of one answer against the source they were
// computed on: the Markdown for data, the plain text for text.
function verify(kind, answer, source) {
  if (!Array.isArray(answer.matches)) {
    problem(`${kind}`, `${kind}: the answer has no matches array`);
    return [];
  }
  for (const [i, m] of answer.matches.entries()) {
    const name = `${kind}: match ${i + 1} (${m.rule?.id ?? "no rule id"})`;
    if (!Number.isInteger(m.offset) || !Number.isInteger(m.length) || m.offset < 0 || m.length <= 0 ||
        m.offset + m.length > source.length) {
      problem(`${kind}#${i}`, `${name}: offset ${m.offset}, length ${m.length} do not lie in the text of ${source.length} UTF-16 units`);
      continue;
    }
    if (!m.message || !m.rule?.id || !Array.isArray(m.replacements)) {
      problem(`${kind}#${i}`, `${name}: message, rule.id and replacements are required`);
    }
    const ctx = m.context;
    // LanguageTool's context shows line breaks as spaces.
    const want = source.slice(m.offset, m.offset + m.length).replace(/\n/g, " ");
    const got = ctx && typeof ctx.text === "string" ? ctx.text.substr(ctx.offset, ctx.length) : undefined;
    if (got !== want) {
      problem(`${kind}#${i}`, `${name}: context highlights ${show(got)}, but offset ${m.offset} and length ${m.length} select ${show(want)}`);
    }
  }
  return answer.matches.filter((m) => Number.isInteger(m.offset) && Number.isInteger(m.length));
}

const withData = await check({ data: JSON.stringify(data) });
const dataMatches = verify("data", withData, markdown);
const withText = await check({ text: plain });
const textMatches = verify("text", withText, plain);

// Every match of the annotated text is one of the expected spans of the
// Markdown source, and every expected span is found once.
const found = new Map();
for (const [i, m] of dataMatches.entries()) {
  const slice = markdown.slice(m.offset, m.offset + m.length);
  const e = expected.find((x) => x.text === slice);
  if (!e) {
    problem(`data#${i}`, `data: unexpected match at ${lineCol(markdown, m.offset)} (${m.rule?.id}): source[${m.offset}:${m.offset + m.length}] = ${show(slice)}`);
  } else if (found.has(e)) {
    problem(`data#${i}`, `data: ${show(e.text)} matched twice (${found.get(e).rule?.id}, ${m.rule?.id})`);
  } else {
    found.set(e, m);
  }
}
for (const e of expected) {
  if (!found.has(e)) problem(`expect:${e.text}`, `data: no match selects ${show(e.text)} (${e.why})`);
}
// The same article sent as plain text is flagged at the same places.
const plainOfData = dataMatches.map((m) => plainOf(m.offset, m.offset + m.length)).sort();
const plainOfText = textMatches.map((m) => plain.slice(m.offset, m.offset + m.length)).sort();
if (show(plainOfData) !== show(plainOfText)) {
  problem("compare", `text: the plain text was flagged at ${show(plainOfText)}, the annotated text at ${show(plainOfData)}`);
}

console.log(`client: ${url}/v2/check, ${file}: ${markdown.length} UTF-16 units of Markdown, ` +
  `${data.annotation.length} annotation parts, ${plain.length} of plain text`);
for (const m of dataMatches) {
  const reps = (m.replacements || []).map((r) => r.value).join(" | ");
  console.log(`  ${lineCol(markdown, m.offset)} ${m.rule?.id}: ${show(markdown.slice(m.offset, m.offset + m.length))}` +
    (reps ? ` → ${reps}` : ""));
}
const total = expected.length + dataMatches.length + textMatches.length + 1;
if (problems.length) {
  for (const p of problems) console.error(`MISMATCH ${p}`);
  console.error(`client: ${problems.length} mismatches; ${found.size} of ${expected.length} expected spans found`);
  console.log(`client: ${Math.max(0, total - failed.size)} passed, ${failed.size} failed`);
  process.exit(1);
}
console.log(`client: ${found.size} of ${expected.length} expected spans found, ` +
  `${dataMatches.length} matches with data, ${textMatches.length} with text, offsets and contexts agree`);
console.log(`client: ${total} passed, 0 failed`);
