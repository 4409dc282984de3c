// Every element in the language given by ?lang= (and ?only=<tag> for one), for review and RTL screenshots.
const params = new URLSearchParams(location.search);
const lang = params.get('lang') || 'es';
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
const tags = ['internship-checklist', 'feedback-questions', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch', 'internship-wrap-up'];
const only = params.get('only');
const host = document.getElementById('widgets');
for (const tag of only ? [only] : tags) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries({ theme: 'auto', storage: 'none', 'intern-name': 'Maya Chen', company: 'Northwind', supervisor: 'Jordan Alvarez', 'end-date': '2026-12-18' })) el.setAttribute(k, v);
  el.style.marginBlockEnd = '2rem';
  host.append(el);
}
await import('../dist/strong-finish.js');
