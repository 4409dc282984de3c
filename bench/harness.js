// In-page half of the benchmark (loaded by bench/index.html). Three variants of one list UI:
//   A  static: the widget's own rendered shadow DOM, captured once, inserted as plain markup
//      into a shadow root with the same stylesheet (the floor);
//   B  our widget (the built bundle), driven through its public `value`;
//   C  the Shoelace peer (`peer-list` in bench/peer/peer.js), the same list from sl-* components.
// Every operation returns milliseconds from before the change to after a forced layout.
const range = (n) => Array.from({ length: n }, (_, k) => k);
const SECTIONS = ['evaluate', 'feedback', 'gratitude', 'reflect', 'finish', 'keep-in-touch'];
const FQ_THEMES = ['performance', 'strengths', 'improve', 'skills', 'style', 'industry', 'offers', 'references'];
const RJ_THEMES = ['industry', 'self', 'worked', 'didnt', 'fit', 'next'];

/** Per widget: data for N items, how to edit it, which rows it renders, its exports, its filter. */
export const drivers = {
  'internship-checklist': {
    kind: 'check',
    make: (n) => ({ items: range(n).map((k) => item(k)), explore: [], ask: [] }),
    list: 'items',
    fresh: (k) => ({ ...item(k), id: `n${k}`, text: `New task [n${k}]`, section: 'evaluate' }),
    field: 'text',
    rows: '.item',
    row: (it) => ({ id: it.id, title: it.text, done: it.done, section: it.section }),
    exports: ['toICS', 'toMarkdown'],
    async filter(el) {
      const b = [...el.shadowRoot.querySelectorAll('button[aria-pressed]')].find((x) => /open/i.test(x.textContent));
      b.click();
    },
    peerFilter: (p) => p.renderRoot.querySelector('sl-button[data-show="open"]').click(),
  },
  'keep-in-touch': {
    kind: 'contact',
    make: (n) => ({
      contacts: range(n).map((k) => ({
        id: `c${k}`, name: `Person [c${k}]`, role: 'Engineer', team: `Team ${k % 7}`, email: `p${k}@example.com`,
        how: 'Coffee', notes: '', tags: ['team'], cadence: 'monthly', lastContact: '2026-10-01', log: [],
      })),
    }),
    list: 'contacts',
    fresh: (k) => ({ id: `n${k}`, name: `New person [n${k}]`, role: 'Designer', tags: [], cadence: 'monthly', log: [] }),
    field: 'name',
    rows: '.contact',
    row: (c) => ({ id: c.id, title: c.name, sub: `${c.role ?? ''} · ${c.team ?? ''}`, last: c.lastContact, how: c.how, email: c.email, tags: c.tags }),
    exports: ['toICS', 'toCSV', 'toVCard', 'toMarkdown'],
    async filter(el) {
      // The search box waits 150 ms after the last keystroke; the benchmark runs that timer at once,
      // so the time is the work a keystroke causes, without the deliberate delay.
      const input = el.shadowRoot.querySelector('input[type="search"]');
      input.value = '7';
      withImmediateTimers(() => input.dispatchEvent(new Event('input', { bubbles: true, composed: true })));
    },
    peerFilter(p) {
      const input = p.renderRoot.querySelector('sl-input#q');
      input.value = '7';
      input.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
    },
  },
  'feedback-questions': {
    kind: 'question',
    make: (n) => ({
      selected: range(n).map((k) => ({ id: `q${k}`, text: `Question [q${k}] about my work?`, theme: FQ_THEMES[k % 8], answer: k % 2 ? `Answer ${k}` : undefined })),
      actions: [],
    }),
    list: 'selected',
    fresh: (k) => ({ id: `n${k}`, text: `New question [n${k}]?`, theme: 'performance' }),
    field: 'text',
    rows: 'ol.list > li',
    row: (q) => ({ id: q.id, title: q.text, sub: q.theme, answer: q.answer, takeaway: q.takeaway }),
    exports: ['toICS', 'toMarkdown'],
  },
  'reflection-journal': {
    kind: 'entry',
    make: (n) => ({
      framework: 'seed', summary: '', skills: [], bullets: [],
      entries: range(n).map((k) => ({ id: `e${k}`, theme: RJ_THEMES[k % 6], prompt: 'What did you learn?', text: `I learned [e${k}] something`, skills: [] })),
    }),
    list: 'entries',
    fresh: (k) => ({ id: `n${k}`, theme: 'industry', prompt: 'What did you learn?', text: `New entry [n${k}]`, skills: [] }),
    field: 'text',
    rows: '.entries > .entry',
    row: (e) => ({ id: e.id, title: e.prompt, sub: e.theme, text: e.text }),
    exports: ['toMarkdown'],
  },
};

/** Runs `fn` with setTimeout calling back synchronously (to step over a debounce). */
function withImmediateTimers(fn) {
  const original = window.setTimeout;
  window.setTimeout = (cb) => (cb(), 0);
  try {
    fn();
  } finally {
    window.setTimeout = original;
  }
}

function item(k) {
  return { id: `i${k}`, section: SECTIONS[k % 6], text: `Task [i${k}] to finish well`, done: k % 3 === 0 };
}

const stage = () => document.getElementById('stage');
const layout = (node) => node.getBoundingClientRect().height;
const idOf = (row) => {
  const texts = [row.textContent, ...[...row.querySelectorAll('textarea, input')].map((x) => x.value)];
  for (const t of texts) {
    const m = /\[(\w+)\]/.exec(t);
    if (m) return m[1];
  }
  return undefined;
};

let S; // state of the current widget and N

/** Renders the widget once with N items and captures its final DOM and styles for variant A. */
export async function setup(tag, n) {
  const d = drivers[tag];
  const data = d.make(n);
  stage().replaceChildren();
  const el = document.createElement(tag);
  el.setAttribute('storage', 'none');
  el.value = data;
  stage().append(el);
  await el.updateComplete;
  const root = el.shadowRoot;
  // Make the live state visible to serialization: values, checks, and a row id the static copy keeps.
  for (const x of root.querySelectorAll('textarea')) x.textContent = x.value;
  for (const x of root.querySelectorAll('input')) {
    if (x.type === 'checkbox' || x.type === 'radio') x.toggleAttribute('checked', x.checked);
    else if (x.value) x.setAttribute('value', x.value);
  }
  const rows = [...root.querySelectorAll(d.rows)];
  for (const r of rows) {
    const id = idOf(r);
    if (id) r.dataset.benchId = id;
  }
  // Which rows the widget's filter keeps (for the static floor's filter), from a filtered copy.
  let filterKeep;
  if (d.filter) {
    const f = document.createElement(tag);
    f.setAttribute('storage', 'none');
    f.value = data;
    stage().append(f);
    await f.updateComplete;
    await d.filter(f);
    await f.updateComplete;
    filterKeep = new Set([...f.shadowRoot.querySelectorAll(d.rows)].map(idOf));
    f.remove();
  }
  const markup = root.getHTML ? root.getHTML({ serializableShadowRoots: true }) : root.innerHTML;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n') +
    [...root.querySelectorAll('style')].map((s) => s.textContent).join('\n'));
  const list = el.value[d.list];
  stage().replaceChildren();
  S = { tag, n, d, data, markup, filterKeep, sheet, rowsShown: rows.length, nodes: root.querySelectorAll('*').length, listLength: list.length };
  return { rowsShown: S.rowsShown, nodes: S.nodes, listLength: S.listLength, markupBytes: markup.length };
}

// The data edits every variant applies (B and C through data; A through the DOM).
function edited(list) {
  const i = 0;
  const next = [...list];
  next[i] = { ...next[i], [S.d.field]: `${next[i][S.d.field]} (edited)` };
  return next;
}
const added = (list) => [...range(10).map((k) => S.d.fresh(k)), ...list];
const removed = (list) => list.slice(10);
function reordered(list) {
  if (list.length < 7) return [...list].reverse();
  const next = [...list];
  const [x] = next.splice(6, 1);
  next.unshift(x);
  return next;
}

let current; // { variant, el, list, root }

const variants = {
  A: {
    async render() {
      const t0 = performance.now();
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [S.sheet];
      root.innerHTML = S.markup;
      stage().append(host);
      layout(host);
      const t = performance.now() - t0;
      current = { variant: 'A', el: host, root, list: S.data[S.d.list] };
      return t;
    },
    rowOf: (id) => current.root.querySelector(`[data-bench-id="${id}"]`),
    async update() {
      const id = current.list[0].id;
      const row = variants.A.rowOf(id);
      const old = current.list[0][S.d.field];
      let target = null;
      let area = null;
      if (row) {
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.includes(old)) { target = n; break; }
        if (!target) area = [...row.querySelectorAll('textarea, input')].find((x) => x.value === old) ?? null;
      }
      const t0 = performance.now();
      if (target) target.data = target.data.replace(old, `${old} (edited)`);
      else if (area) area.value = `${old} (edited)`;
      layout(current.el);
      current.list = edited(current.list);
      return performance.now() - t0;
    },
    async add() {
      const first = variants.A.rowOf(current.list[0].id) ?? current.root.querySelector('[data-bench-id]');
      const t0 = performance.now();
      if (first) {
        for (let k = 0; k < 10; k++) {
          const copy = first.cloneNode(true);
          copy.dataset.benchId = `n${k}`;
          first.before(copy);
        }
      }
      layout(current.el);
      current.list = added(current.list);
      return performance.now() - t0;
    },
    async remove() {
      const rows = current.list.slice(0, 10).map((x) => variants.A.rowOf(x.id)).filter(Boolean);
      const t0 = performance.now();
      for (const r of rows) r.remove();
      layout(current.el);
      current.list = removed(current.list);
      return performance.now() - t0;
    },
    async reorder() {
      const a = variants.A.rowOf(current.list[0]?.id);
      const b = variants.A.rowOf(current.list[6]?.id);
      const t0 = performance.now();
      if (a && b) a.before(b);
      layout(current.el);
      current.list = reordered(current.list);
      return performance.now() - t0;
    },
    async filter() {
      // The floor of a filter: hide the rows the widget's filter removes (ids from the B run).
      const hide = [...current.root.querySelectorAll('[data-bench-id]')].filter((r) => !S.filterKeep?.has(r.dataset.benchId));
      const t0 = performance.now();
      for (const r of hide) r.hidden = true;
      layout(current.el);
      return performance.now() - t0;
    },
  },
  B: {
    async render() {
      const t0 = performance.now();
      const el = document.createElement(S.tag);
      el.setAttribute('storage', 'none');
      el.value = S.data;
      stage().append(el);
      await el.updateComplete;
      layout(el);
      const t = performance.now() - t0;
      current = { variant: 'B', el, list: S.data[S.d.list] };
      return t;
    },
    async set(list) {
      const t0 = performance.now();
      current.el.value = { ...S.data, [S.d.list]: list };
      await current.el.updateComplete;
      layout(current.el);
      const t = performance.now() - t0;
      current.list = list;
      return t;
    },
    update: () => variants.B.set(edited(current.list)),
    add: () => variants.B.set(added(current.list)),
    remove: () => variants.B.set(removed(current.list)),
    reorder: () => variants.B.set(reordered(current.list)),
    async filter() {
      const t0 = performance.now();
      await S.d.filter(current.el);
      await current.el.updateComplete;
      layout(current.el);
      return performance.now() - t0;
    },
  },
  C: {
    async render() {
      const t0 = performance.now();
      const el = document.createElement('peer-list');
      el.kind = S.d.kind;
      el.limit = Math.max(1, S.rowsShown);
      el.rows = S.data[S.d.list].map(S.d.row);
      stage().append(el);
      await el.updateComplete;
      await settleChildren(el);
      layout(el);
      const t = performance.now() - t0;
      current = { variant: 'C', el, list: S.data[S.d.list] };
      return t;
    },
    async set(list) {
      const t0 = performance.now();
      current.el.rows = list.map(S.d.row);
      await current.el.updateComplete;
      await settleChildren(current.el);
      layout(current.el);
      const t = performance.now() - t0;
      current.list = list;
      return t;
    },
    update: () => variants.C.set(edited(current.list)),
    add: () => variants.C.set(added(current.list)),
    remove: () => variants.C.set(removed(current.list)),
    reorder: () => variants.C.set(reordered(current.list)),
    async filter() {
      const t0 = performance.now();
      S.d.peerFilter(current.el);
      await current.el.updateComplete;
      await settleChildren(current.el);
      layout(current.el);
      return performance.now() - t0;
    },
  },
};

/** Shoelace components render asynchronously too: wait until every one has finished its update. */
async function settleChildren(el) {
  const pending = [...el.renderRoot.querySelectorAll('*')].filter((x) => x.localName.startsWith('sl-') && x.isUpdatePending);
  if (pending.length) await Promise.all(pending.map((x) => x.updateComplete));
}

/** One sample of every operation on one variant: render, then each update on that same instance. */
export async function sample(variant, ops) {
  const v = variants[variant];
  stage().replaceChildren();
  await new Promise((r) => setTimeout(r, 0));
  const out = { render: await v.render() };
  for (const op of ops) {
    if (op === 'render' || op === 'export') continue;
    if (op === 'filter' && !S.d.filter) continue;
    await new Promise((r) => setTimeout(r, 0));
    const start = performance.now();
    out[op] = await v[op]();
    out[`${op}:window`] = [start, performance.now()];
  }
  return out;
}

/** Export timings on a fresh widget holding N items (B only: the others have no export). */
export async function exports() {
  stage().replaceChildren();
  const el = document.createElement(S.tag);
  el.setAttribute('storage', 'none');
  el.value = S.data;
  stage().append(el);
  await el.updateComplete;
  const out = {};
  for (const fn of S.d.exports) {
    if (typeof el[fn] !== 'function') continue;
    const t0 = performance.now();
    const text = el[fn]();
    out[fn] = { ms: performance.now() - t0, bytes: text.length };
  }
  stage().replaceChildren();
  return out;
}

// Long tasks, attributed to operation windows by the runner.
export const longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });

/** create → attach → update → remove, `cycles` times (for the heap check). */
export async function churn(tag, cycles) {
  const data = drivers[tag].make(10);
  for (let i = 0; i < cycles; i++) {
    const el = document.createElement(tag);
    el.setAttribute('storage', 'none');
    el.value = data;
    stage().append(el);
    await el.updateComplete;
    el.remove();
  }
  stage().replaceChildren();
  current = undefined;
}

export function reset() {
  stage().replaceChildren();
  current = undefined;
}
