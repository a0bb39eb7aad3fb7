// Progressive enhancement only: copy buttons for citations, and marking the paragraph in the URL hash.
document.addEventListener("click", function (e) {
  var b = e.target.closest("button.copy");
  if (!b) return;
  var area = document.getElementById(b.dataset.copy);
  if (!area) return;
  var done = function () { var old = b.textContent; b.textContent = b.dataset.done; setTimeout(function () { b.textContent = old; }, 1500); };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(area.value).then(done, function () { area.select(); document.execCommand("copy"); done(); });
  } else { area.select(); document.execCommand("copy"); done(); }
});
function markTarget() {
  document.querySelectorAll(".para-item.target").forEach(function (el) { el.classList.remove("target"); });
  if (location.hash.length > 1) {
    var el = document.getElementById(location.hash.slice(1));
    if (el) el.classList.add("target");
  }
}
window.addEventListener("hashchange", markTarget);
document.addEventListener("DOMContentLoaded", markTarget);
