// The preview's live part: follows the server's event stream, reloads what was
// rebuilt, shows the last build's errors over the page. It runs in the page
// around the previews: they forbid scripts (their Content-Security-Policy), and
// their frame is sandboxed.
"use strict";
(() => {
  const root = document.documentElement;
  const status = document.getElementById("bk-status");
  const overlay = document.getElementById("bk-overlay");
  const errorList = document.getElementById("bk-errors");
  const frame = document.getElementById("bk-html");
  const pages = document.getElementById("bk-pdf");
  // A view showing one pane has no frame or no pages: what it does not show is not reloaded.
  const { event, document: doc, page, show } = root.dataset;
  // What was shown, and when: read by the tests and the benchmark.
  const shown = (window.briefkitShown = []);
  const record = (kind, version) => shown.push({ kind, version: String(version), at: Date.now() });

  function entry(error) {
    const item = document.createElement("li");
    const where = document.createElement("div");
    where.className = "where";
    const place = error.file ? error.file + (error.line ? ":" + error.line : "") : error.title;
    where.textContent = [place, error.field].filter(Boolean).join(" — ");
    const message = document.createElement("p");
    message.className = "message";
    message.textContent = error.message;  // text, never markup: messages quote templates
    item.append(where, message);
    return item;
  }

  function showErrors(errors) {
    errorList.replaceChildren(...errors.map(entry));
    overlay.hidden = errors.length === 0;
  }

  // Sorted on both sides: JavaScript lists keys that look like numbers ("2025") first.
  function catalogue(files) {
    return Object.keys(files).sort().map((name) => name + ":" + Object.keys(files[name]).sort().join(",") + ";").join("");
  }

  function reloadFrame(version) {
    if (frame.dataset.version === String(version)) return;
    frame.dataset.version = version;
    let scroll = 0;
    try { scroll = frame.contentWindow.scrollY; } catch (e) { /* not loaded yet */ }
    frame.addEventListener("load", () => {
      try { frame.contentWindow.scrollTo(0, scroll); } catch (e) { /* nothing to keep */ }
      record("html", version);
    }, { once: true });
    const url = `/out/${event}/${doc}.html?v=${version}`;
    try { frame.contentWindow.location.replace(url); } catch (e) { frame.src = url; }
  }

  // The PDF's pages, as the server says they are (its version is the hash of its
  // bytes, told as soon as the watch has rendered it, before the file is written).
  // Each page is swapped in place as soon as it is decoded (the first, being read,
  // usually first); the layout keeps its place, pages being the same size.
  async function showPages(info) {
    const version = info.version;
    if (pages.dataset.version === version) return;
    pages.dataset.version = version;
    record("pdf-told", version);
    const superseded = () => pages.dataset.version !== version;
    while (pages.children.length < info.count) {  // a place for each new page
      const slot = document.createElement("div");
      slot.className = "page-slot";
      pages.append(slot);
    }
    const swaps = [];
    let failed = false;
    for (let n = 1; n <= info.count; n++) {
      const image = new Image();
      image.alt = `Page ${n} of ${info.count}`;
      image.src = `/pages/${event}/${doc}/${n}?v=${version}`;
      swaps.push(image.decode().then(() => {
        if (superseded()) return;
        pages.children[n - 1].replaceWith(image);
        if (n === 1) record("pdf-first", version);
      }, () => { failed = true; }));
    }
    await Promise.all(swaps);
    if (superseded()) return;
    while (pages.children.length > info.count) pages.lastElementChild.remove();
    if (failed) {  // asked again at the next change, or by the next message
      pages.dataset.version = "";
      return;
    }
    record("pdf", version);
  }

  function apply(state) {
    showErrors(state.errors);
    status.textContent = state.errors.length ? "rebuild failed" : state.building ? "building…" : "up to date";
    if (page === "index") {
      if (catalogue(state.files) !== root.dataset.catalogue) location.reload();
      return;
    }
    const formats = (state.files[event] || {})[doc] || {};
    const missing = (fmt, pane) => formats[fmt] && !pane && show !== (fmt === "html" ? "pdf" : "html");
    if (missing("html", frame) || missing("pdf", pages)) { location.reload(); return; }
    if (formats.html && frame) reloadFrame(formats.html);
    const shownPages = (state.pages || {})[event + "/" + doc];
    if (pages && shownPages) showPages(shownPages);
  }

  const source = new EventSource(page === "document" ? `${root.dataset.live}?view=${event}/${doc}` : root.dataset.live);
  source.addEventListener("state", (message) => apply(JSON.parse(message.data)));
  source.addEventListener("error", () => { status.textContent = "disconnected, retrying…"; });
})();
