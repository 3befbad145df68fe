// "/" opens search from any page (announced by aria-keyshortcuts on the header link),
// unless the reader is typing in a field.
document.addEventListener("keydown", function (event) {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const search = document.querySelector("input[type=search]");
  const link = document.querySelector("[data-portal-search-link]");
  event.preventDefault();
  if (search) search.focus();
  else if (link) window.location.href = link.href;
});
