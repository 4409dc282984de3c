// Mocha's describe/it/after as the journey file uses them, collected so tests/sync/journey.test.mjs can
// run one language's journey at a time; and the kit the journey mounts gets the page's HTTP adapter.
const suites = new Map();
let current;
globalThis.describe = (name, fn) => {
  current = { its: [], afters: [] };
  suites.set(name, current);
  fn.call({ timeout() {} });
};
globalThis.it = (name, fn) => current.its.push(fn);
globalThis.after = (fn) => current.afters.push(fn);
globalThis.before = (fn) => current.its.unshift(fn);
export { suites };

const create = document.createElement.bind(document);
document.createElement = (tag, options) => {
  const el = create(tag, options);
  // As a host gives the kit its adapter: before it is connected.
  if (String(tag).toLowerCase() === 'internship-wrap-up' && window.sfStorage) el.storageAdapter = window.sfStorage;
  return el;
};
