// The editor page of mtcheck serve: sends the article to POST api/v1/check
// and shows the analysed text with its findings. Checked text is untrusted
// (scraped copy): it is rendered only as text nodes, never as HTML.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const src = $("source"), form = $("form"), statusEl = $("status"), summary = $("summary"),
    result = $("result"), resultBody = $("result-body"), docEl = $("doc"), list = $("findings");
  const SEV = { critical: "kritisch", major: "schwer", minor: "gering" };
  const FAM = { accuracy: "Genauigkeit", fluency: "Sprachrichtigkeit", style: "Stil",
    locale: "Landeskonventionen", markup: "Seitenreste" };
  const FORMAT = { text: ["Text", "txt", "text/plain"], markdown: ["Markdown", "md", "text/markdown"],
    html: ["HTML", "html", "text/html"] };
  const nf = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });
  let rules = {}, last = null, checks = 0, busy = false, refocus = -1;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  const sevOf = (f) => (SEV[f.severity] ? f.severity : "minor");
  const famOf = (f) => { const k = String(f.category || "").split("/")[0]; return FAM[k] ? k : "other"; };
  const words = (s) => s.split(",").map((w) => w.trim()).filter(Boolean);
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

  function say(msg, error) {
    statusEl.textContent = msg;
    statusEl.classList.toggle("error", !!error);
  }

  // detect guesses the format of a pasted article: tags are HTML, headings,
  // emphasis, lists, links or code fences are Markdown, the rest is text.
  function detect(s) {
    if (/<(!--|\/?[a-zA-Z][\w-]*(\s[^<>]*)?\/?>)/.test(s)) return "html";
    if (/^(#{1,6}\s|\s*([*+-]|\d+\.)\s|```|>\s)|\*\*?\S|\]\([^)\s]*\)|`[^`\n]+`/m.test(s)) return "markdown";
    return "text";
  }

  // byteIndex converts a UTF-8 byte offset into s to a string index (UTF-16).
  function byteIndex(s, bytes) {
    let b = 0, i = 0;
    while (i < s.length && b < bytes) {
      const c = s.charCodeAt(i);
      if (c < 0x80) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) { b += 4; i++; }
      else b += 3;
      i++;
    }
    return i;
  }

  function config() {
    const c = {}, t = $("threshold").value.trim(), d = words($("disable").value), a = words($("accept").value);
    if (t !== "" && !isNaN(Number(t))) c.threshold = Number(t);
    if (d.length) c.disable = d;
    if (a.length) c.accept = a;
    return Object.keys(c).length ? c : null;
  }

  // check sends the textarea to the server and shows the result; done, if
  // given, says what led to this check.
  async function check(done) {
    if (busy) return;
    const text = src.value;
    if (!text.trim()) { say("Bitte zuerst einen Artikel einfügen.", true); src.focus(); return; }
    const chosen = form.elements.format.value;
    const format = chosen === "auto" ? detect(text) : chosen;
    const req = { [format]: text, id: "editor", include_text: true };
    const cfg = config();
    if (cfg) req.config = cfg;
    busy = true;
    result.setAttribute("aria-busy", "true");
    say("Prüfe …");
    try {
      const res = await fetch("api/v1/check", { method: "POST",
        headers: { "Content-Type": "application/json" }, body: JSON.stringify(req) })
        .catch(() => { throw new Error("Der Server ist nicht erreichbar."); });
      let data = null;
      try { data = await res.json(); } catch (e) { /* not JSON: reported below */ }
      if (!res.ok || !data || data.error) {
        throw new Error((data && data.error) || `Der Server antwortete mit Status ${res.status}.`);
      }
      last = { doc: data, submitted: text, format, threshold: cfg && cfg.threshold != null ? cfg.threshold : 95 };
      render();
      say(`${done ? done + " " : ""}Geprüft als ${FORMAT[format][0]}.`);
    } catch (e) {
      say(`Fehler: ${e.message}`, true);
    } finally {
      busy = false;
      refocus = -1;
      result.removeAttribute("aria-busy");
    }
  }

  function render() {
    const d = last.doc, fs = d.findings || [];
    summary.replaceChildren(
      el("span", "verdict " + (d.passed ? "pass" : "fail"), d.passed ? "✔ bestanden" : "✘ nicht bestanden"), " ",
      el("strong", null, `${nf.format(d.score)} Punkte`),
      ` · ${plural(fs.length, "Befund", "Befunde")} · Abzug ${d.penalty} (${nf.format(d.penalty_per_1000_words)} je 1000 Wörter) · ${plural(d.words, "Wort", "Wörter")}`);
    renderDoc(d, fs);
    renderList(fs);
    filter();
    resultBody.hidden = false;
    result.dataset.checks = String(++checks);
    if (refocus >= 0) {
      const items = list.querySelectorAll("li:not([hidden])");
      (items[Math.min(refocus, items.length - 1)] || $("h-findings")).focus();
      refocus = -1;
    }
  }

  // renderDoc shows the analysed text paragraph by paragraph, each with its
  // score bar, and marks the findings in it.
  function renderDoc(d, fs) {
    docEl.replaceChildren();
    const started = fs.map(() => false);
    const text = typeof d.text === "string" ? d.text : null;
    if (text === null) docEl.append(el("p", "note", "Der Server hat den geprüften Text nicht mitgeschickt."));
    const spans = [];
    if (text !== null) {
      fs.forEach((f, i) => {
        if (Number.isInteger(f.text_start) && Number.isInteger(f.text_end)) {
          const s = Math.max(0, Math.min(f.text_start, text.length));
          spans.push({ s, e: Math.max(s, Math.min(f.text_end, text.length)), i });
        }
      });
      const paras = (d.paragraphs || []).filter((p) => Number.isInteger(p.text_start))
        .sort((a, b) => a.text_start - b.text_start);
      const blocks = [];
      let pos = 0;
      for (const p of paras) {
        const s = Math.max(pos, Math.min(p.text_start, text.length)), e = Math.max(s, Math.min(p.text_end, text.length));
        if (s > pos) blocks.push({ s: pos, e: s });
        blocks.push({ s, e, p });
        pos = e;
      }
      if (pos < text.length) blocks.push({ s: pos, e: text.length });
      for (const b of blocks) {
        // White space between paragraphs is shown only if a finding lies in it.
        if (!b.p && !/\S/.test(text.slice(b.s, b.e)) && !spans.some((x) => x.s >= b.s && x.e <= b.e && !started[x.i])) continue;
        const row = el("div", b.p ? "para" + (b.p.headline ? " headline" : "") : "para gap"), gutter = el("div", "gutter");
        if (b.p) {
          const sc = b.p.score, n = b.p.index + 1, bar = el("span", "bar"),
            fill = el("span", "fill " + (sc >= last.threshold ? "ok" : sc >= 80 ? "warn" : "bad"));
          fill.style.width = Math.max(0, Math.min(100, sc)) + "%";
          bar.setAttribute("aria-hidden", "true");
          bar.append(fill);
          const num = el("span", "pscore");
          num.append(el("span", "sr", `Absatz ${n}: `), nf.format(sc), el("span", "sr", " Punkte"));
          gutter.title = `Absatz ${n}: ${nf.format(sc)} Punkte, ${plural(b.p.words, "Wort", "Wörter")}, Abzug ${b.p.penalty}`;
          gutter.append(bar, num);
        }
        const t = el("p", "ptext");
        mark(t, text, b.s, b.e, spans, started, fs);
        row.append(gutter, t);
        docEl.append(row);
      }
    }
    const rest = fs.map((f, i) => i).filter((i) => !started[i]);
    if (rest.length) {
      const row = el("div", "para gap"), t = el("p", "ptext", "Ohne Stelle im Text: ");
      for (const i of rest) t.append(markEl(fs, i, started), " ");
      row.append(el("div", "gutter"), t);
      docEl.append(row);
    }
  }

  // markEl makes the element of one piece of a finding's highlight: the
  // first piece of each finding has the class "finding" and is focusable,
  // the pieces that overlapping findings split off are "finding-cont".
  function markEl(fs, i, started) {
    const first = !started[i];
    started[i] = true;
    const m = el("mark", (first ? "finding" : "finding-cont") + " sev-" + sevOf(fs[i]));
    m.dataset.i = String(i);
    if (first) {
      m.id = "m-" + i;
      m.tabIndex = 0;
      m.setAttribute("aria-describedby", "fm-" + i);
    }
    return m;
  }

  // mark appends text[from:to] to root with the spans in it highlighted.
  // Spans may overlap in any way: a highlight that ends while highlights
  // opened inside it go on closes them too and reopens them after itself.
  function mark(root, text, from, to, spans, started, fs) {
    const todo = spans.filter((x) => (x.s === x.e ? x.s >= from && x.s <= to && !started[x.i] : x.s < to && x.e > from))
      .map((x) => ({ s: Math.max(x.s, from), e: Math.min(x.e, to), i: x.i }))
      .sort((a, b) => a.s - b.s || b.e - a.e || a.i - b.i);
    const stack = [];
    const top = () => (stack.length ? stack[stack.length - 1].node : root);
    const open = (x) => {
      const node = markEl(fs, x.i, started);
      top().append(node);
      if (x.e > x.s) stack.push({ e: x.e, i: x.i, s: x.s, node });
    };
    let pos = from, k = 0;
    for (;;) {
      let next = to;
      if (k < todo.length) next = Math.min(next, todo[k].s);
      for (const x of stack) next = Math.min(next, x.e);
      if (next > pos) { top().append(text.slice(pos, next)); pos = next; }
      const outer = stack.findIndex((x) => x.e <= pos);
      if (outer >= 0) stack.splice(outer).filter((x) => x.e > pos).forEach(open);
      while (k < todo.length && todo[k].s <= pos) open(todo[k++]);
      if (pos >= to && !stack.length && k >= todo.length) break;
    }
  }

  function renderList(fs) {
    list.replaceChildren();
    const order = fs.map((f, i) => i).sort((a, b) => (fs[a].start - fs[b].start) || a - b);
    if (!fs.length) {
      const li = el("li", "none", "Keine Befunde.");
      list.append(li);
      return;
    }
    for (const i of order) {
      const f = fs[i], sev = sevOf(f), fam = famOf(f), li = el("li", "item sev-" + sev);
      li.id = "f-" + i;
      li.dataset.i = String(i);
      li.tabIndex = -1;
      const meta = el("p", "meta");
      meta.append(el("span", "badge sev-" + sev, SEV[sev]), ` ${FAM[fam] || "Sonstige"} · Zeile ${f.line}, Spalte ${f.column}`);
      const msg = el("p", "msg", f.message);
      msg.id = "fm-" + i;
      const r = rules[f.rule], rule = el("p", "rule");
      rule.append("Regel: ", r && r.title ? r.title + " " : "", el("code", null, f.rule));
      if (f.also && f.also.length) rule.append(` (auch: ${f.also.join(", ")})`);
      li.append(meta, msg, rule);
      if (f.suggestions && f.suggestions.length) {
        const box = el("p", "sugs");
        box.append(el("span", "label", f.suggestions.length === 1 ? "Vorschlag:" : "Vorschläge:"));
        for (const s of f.suggestions) {
          const b = el("button", "sug");
          b.type = "button";
          b.dataset.i = String(i);
          b.dataset.s = s;
          b.append(el("span", "sr", "Ersetzen durch "), s === "" ? "(streichen)" : s);
          box.append(" ", b);
        }
        li.append(box);
      }
      const show = el("button", "show", "Im Text zeigen");
      show.type = "button";
      show.dataset.show = String(i);
      if (!$("m-" + i)) show.hidden = true;
      li.append(show);
      list.append(li);
    }
  }

  function select(i, focus) {
    for (const e of document.querySelectorAll(".active")) e.classList.remove("active");
    for (const e of document.querySelectorAll("[aria-current]")) e.removeAttribute("aria-current");
    for (const m of docEl.querySelectorAll(`mark[data-i="${i}"]`)) m.classList.add("active");
    const li = $("f-" + i);
    if (!li) return;
    li.classList.add("active");
    li.setAttribute("aria-current", "true");
    if (focus) li.focus();
    else li.scrollIntoView({ block: "nearest" });
  }

  function showMark(i) {
    const m = $("m-" + i);
    if (!m) return;
    m.scrollIntoView({ block: "center" });
    m.focus({ preventScroll: true });
  }

  // apply replaces the finding's text in the textarea by a suggestion and
  // checks again. Positions are the finding's byte offsets into the
  // submitted text; in HTML and Markdown only a span without markup in it
  // can be replaced.
  function apply(i, sug) {
    const f = last.doc.findings[i], s = src.value;
    if (s !== last.submitted) {
      say("Der Text wurde seit der Prüfung geändert – bitte zuerst erneut prüfen.", true);
      return;
    }
    const same = (x) => x === f.text || x.normalize("NFC") === String(f.text).normalize("NFC");
    let a = byteIndex(s, f.start), b = byteIndex(s, f.end);
    if (!same(s.slice(a, b)) && last.format === "text" && last.doc.text === s && Number.isInteger(f.text_start)) {
      a = f.text_start;
      b = f.text_end;
    }
    if (!same(s.slice(a, b))) {
      say(last.format === "text"
        ? `„${f.text}“ ließ sich im Text nicht finden – bitte von Hand ändern.`
        : `„${f.text}“ enthält im ${FORMAT[last.format][0]}-Quelltext Auszeichnungen (etwa einen Link) und muss dort von Hand geändert werden.`, true);
      return;
    }
    src.value = s.slice(0, a) + sug + s.slice(b);
    src.setSelectionRange(a, a + sug.length);
    const li = $("f-" + i);
    refocus = li ? [...list.querySelectorAll("li:not([hidden])")].indexOf(li) : -1;
    say(`„${f.text}“ durch „${sug}“ ersetzt – prüfe erneut …`);
    check(`„${f.text}“ durch „${sug}“ ersetzt.`);
  }

  function buildFilters() {
    for (const [group, kind, labels] of [["filter-family", "fam", FAM], ["filter-severity", "sev", SEV]]) {
      for (const [key, label] of Object.entries(labels)) {
        const l = el("label"), c = el("input");
        c.type = "checkbox";
        c.checked = true;
        c.name = kind;
        c.value = key;
        l.append(c, ` ${label} `, el("span", "count"));
        $(group).append(l);
      }
    }
    resultBody.addEventListener("change", (e) => { if (e.target.matches("input[type=checkbox]")) filter(); });
  }

  function shown(kind, key) {
    const c = resultBody.querySelector(`input[name=${kind}][value="${key}"]`);
    return !c || c.checked;
  }

  function filter() {
    const fs = last ? last.doc.findings || [] : [];
    const vis = fs.map((f) => shown("fam", famOf(f)) && shown("sev", sevOf(f)));
    for (const m of docEl.querySelectorAll("mark")) {
      const v = vis[+m.dataset.i];
      m.classList.toggle("off", !v);
      if (m.classList.contains("finding")) m.tabIndex = v ? 0 : -1;
    }
    for (const li of list.querySelectorAll("li.item")) li.hidden = !vis[+li.dataset.i];
    for (const c of resultBody.querySelectorAll("input[type=checkbox]")) {
      const n = fs.filter((f) => (c.name === "fam" ? famOf(f) : sevOf(f)) === c.value).length;
      c.parentElement.querySelector(".count").textContent = `(${n})`;
    }
  }

  function download(name, type, data) {
    const url = URL.createObjectURL(new Blob([data], { type: type + ";charset=utf-8" }));
    const a = el("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function formatOf() {
    const chosen = form.elements.format.value;
    return chosen === "auto" ? detect(src.value) : chosen;
  }

  function load(file) {
    const r = new FileReader();
    r.onload = () => {
      src.value = String(r.result);
      const m = /\.(txt|md|markdown|html?)$/i.exec(file.name);
      if (m) {
        const ext = m[1].toLowerCase();
        form.elements.format.value = ext === "txt" ? "text" : ext.startsWith("htm") ? "html" : "markdown";
      }
      say(`„${file.name}“ geladen – Prüfen startet die Prüfung.`);
    };
    r.onerror = () => say(`„${file.name}“ ließ sich nicht lesen.`, true);
    r.readAsText(file);
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); check(""); });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(""); }
  });
  $("file").addEventListener("change", (e) => { if (e.target.files[0]) load(e.target.files[0]); });
  const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes("Files");
  src.addEventListener("dragover", (e) => { if (hasFiles(e)) { e.preventDefault(); src.classList.add("drop"); } });
  src.addEventListener("dragleave", () => src.classList.remove("drop"));
  src.addEventListener("drop", (e) => {
    src.classList.remove("drop");
    if (!hasFiles(e) || !e.dataTransfer.files.length) return;
    e.preventDefault();
    load(e.dataTransfer.files[0]);
  });
  // A file dropped beside the field must not replace the page.
  for (const t of ["dragover", "drop"]) window.addEventListener(t, (e) => { if (hasFiles(e)) e.preventDefault(); });

  docEl.addEventListener("click", (e) => {
    const m = e.target.closest("mark:not(.off)");
    if (m) select(m.dataset.i, false);
  });
  docEl.addEventListener("keydown", (e) => {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches("mark.finding")) {
      e.preventDefault();
      select(e.target.dataset.i, true);
    }
  });
  docEl.addEventListener("focusin", (e) => { if (e.target.matches("mark.finding")) select(e.target.dataset.i, false); });
  list.addEventListener("click", (e) => {
    const b = e.target.closest("button");
    if (b && b.dataset.s != null) apply(+b.dataset.i, b.dataset.s);
    else if (b && b.dataset.show != null) showMark(b.dataset.show);
    else if (e.target.closest("li.item")) select(e.target.closest("li.item").dataset.i, false);
  });
  list.addEventListener("keydown", (e) => {
    const li = e.target.closest("li.item");
    if (e.key === "Escape" && li) showMark(li.dataset.i);
  });

  $("copy").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(src.value);
      say("Korrigierter Text in die Zwischenablage kopiert.");
    } catch (e) {
      src.select();
      const ok = document.execCommand("copy");
      say(ok ? "Korrigierter Text in die Zwischenablage kopiert."
        : "Kopieren nicht möglich – bitte den Text im Eingabefeld markieren und kopieren.", !ok);
    }
  });
  $("download-text").addEventListener("click", () => {
    const [, ext, type] = FORMAT[formatOf()];
    download("artikel-korrigiert." + ext, type, src.value);
  });
  $("download-json").addEventListener("click", () => {
    if (last) download("mtcheck-ergebnis.json", "application/json", JSON.stringify(last.doc, null, 2) + "\n");
  });

  buildFilters();
  fetch("api/v1/rules").then((r) => (r.ok ? r.json() : [])).then((rs) => {
    for (const r of (Array.isArray(rs) ? rs : rs && rs.rules) || []) rules[r.id] = r;
    if (last) { renderList(last.doc.findings || []); filter(); }
  }).catch(() => {});
})();
