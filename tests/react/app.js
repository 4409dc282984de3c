// A tiny React app that renders every wrapper from strong-finish/react (bundled by
// tests/node/react.test.mjs against React 18 and React 19). Table-driven: it renders whatever the
// entry exports, so a new wrapper is covered without touching this file.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import * as wrappers from '../../dist/react/index.js';

const h = React.createElement;
const log = (window.__events = []);
const components = Object.entries(wrappers).filter(([, c]) => c && typeof c === 'object' && 'render' in c);
const eventProps = (tag) =>
  Object.fromEntries(Object.keys(wrappers.reactEvents[tag]).map((prop) => [prop, (e) => log.push({ tag, prop, type: e.type, detail: e.detail ?? null, hasValue: 'value' in e.target })]));

function App() {
  const refs = React.useRef({});
  React.useEffect(() => {
    window.__refsOk = Object.values(refs.current).every((el) => el instanceof HTMLElement);
  }, []);
  return h(
    'main',
    null,
    components.map(([name, C]) =>
      h(C, {
        key: name,
        ref: (el) => (refs.current[name] = el),
        internName: 'Maya React',
        storage: 'none',
        endDate: '2026-12-18',
        now: new Date('2026-11-20T12:00:00'),
        className: 'wrapped',
        ...eventProps(tagOf(name)),
      }),
    ),
  );
}

function tagOf(name) {
  return name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase());
}

window.__react = { version: React.version, wrappers: components.map(([name]) => tagOf(name)) };
createRoot(document.getElementById('root')).render(h(App));
