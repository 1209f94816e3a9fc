// Enhancement only: every link works without this file.
// "Go back" returns through the browser's history when the reader came from a page of this site,
// so that the list keeps its scroll position; otherwise the link's own address is followed.
document.addEventListener("click", function (event) {
  var target = event.target;
  if (!(target instanceof Element)) return;
  var link = target.closest("a[data-go-back]");
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  var referrer = document.referrer;
  if (referrer && new URL(referrer).origin === location.origin && history.length > 1) {
    event.preventDefault();
    history.back();
  }
});
