// Counts CSP violations, then loads the one-tag autoloader and renders every element.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
});
const tags = new URLSearchParams(location.search).get('tags').split(',');
await import('../../dist/strong-finish.js');
const host = document.getElementById('host');
for (const tag of tags) {
  const el = document.createElement(tag);
  el.setAttribute('storage', 'none');
  el.setAttribute('intern-name', 'Strict <b>Host</b>');
  el.setAttribute('end-date', '2026-12-18');
  host.append(el);
}
// The autoloader defines each tag once it is on the page.
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
await Promise.all([...host.children].map((el) => el.updateComplete));
window.__ready = true;
