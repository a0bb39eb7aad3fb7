// Progressive enhancement only: every feature below also works, more plainly, without script.
document.documentElement.classList.add("js");

function copyFrom(b) {
  var area = document.getElementById(b.dataset.copy);
  if (!area) return;
  var done = function () { var old = b.textContent; b.textContent = b.dataset.done; setTimeout(function () { b.textContent = old; }, 1500); };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(area.value).then(done, function () { area.select(); document.execCommand("copy"); done(); });
  } else { area.select(); document.execCommand("copy"); done(); }
}

// A document page fetches a paragraph's citations, evidence and related measures only when asked:
// the page stays light however long the document. The panel is HTML our server escaped.
function togglePanel(link) {
  var item = link.closest(".para-item");
  var open = item.querySelector(".panel");
  if (open) { open.remove(); link.setAttribute("aria-expanded", "false"); return; }
  fetch(link.href + (link.href.indexOf("?") < 0 ? "?" : "&") + "fragment=1", {headers: {"Accept": "text/html"}})
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
    .then(function (html) {
      var tpl = document.createElement("template");
      tpl.innerHTML = html;
      link.after(tpl.content);
      link.setAttribute("aria-expanded", "true");
      var first = item.querySelector(".panel textarea");
      if (first) first.focus();
    })
    .catch(function () { location.href = link.href; });
}

document.addEventListener("click", function (e) {
  var b = e.target.closest("button.copy");
  if (b) { copyFrom(b); return; }
  var c = e.target.closest("a.cite-open");
  if (c && !e.ctrlKey && !e.metaKey && !e.shiftKey) { e.preventDefault(); togglePanel(c); return; }
  var f = e.target.closest("button.filter-toggle");
  if (f) {
    var panel = document.getElementById(f.getAttribute("aria-controls"));
    var opened = panel.classList.toggle("open");
    f.setAttribute("aria-expanded", opened ? "true" : "false");
    if (opened) { var first = panel.querySelector("a"); if (first) first.focus(); }
  }
});

function markTarget() {
  document.querySelectorAll(".para-item.target").forEach(function (el) { el.classList.remove("target"); });
  if (location.hash.length > 1) {
    var el = document.getElementById(location.hash.slice(1));
    if (el) el.classList.add("target");
  }
}
// A long document is shown a page of paragraphs at a time (kb/web/pages.py DOC_PAGE_PARAS): a
// #p<para> link to a paragraph on another page (a citation, an old bookmark) goes to its page.
function toParaPage() {
  var list = document.querySelector("ol.paras[data-per-page]");
  var m = /^#p(\d+)$/.exec(location.hash);
  if (!list || !m || document.getElementById("p" + m[1])) return;
  var page = Math.floor((Number(m[1]) - 1) / Number(list.dataset.perPage)) + 1;
  if (String(page) === list.dataset.page) return;
  var url = new URL(location.href);
  url.searchParams.set("page", String(page));
  location.replace(url.toString());
}
// The link to the other interface language keeps the paragraph read (#p40): a fragment never
// reaches the server, so the link the server wrote lacks it.
function keepHash() {
  var a = document.getElementById("lang-switch");
  if (a) a.href = a.href.split("#")[0] + location.hash;
}
window.addEventListener("hashchange", keepHash);
document.addEventListener("DOMContentLoaded", keepHash);
window.addEventListener("hashchange", toParaPage);
document.addEventListener("DOMContentLoaded", toParaPage);
window.addEventListener("hashchange", markTarget);
document.addEventListener("DOMContentLoaded", markTarget);
