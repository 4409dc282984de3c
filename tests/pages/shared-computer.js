// A job board's page on its own origin (the test frames it from another one, so its Web Storage is its
// own): the parent drives it with postMessage and reads back every key left in this origin's storage.
import * as kit from '../../dist/strong-finish.bundle.js';
const host = document.getElementById('host');
let el;

const storedKeys = () => ({ local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage).sort() });

const commands = {
  async mount({ storage, key }) {
    el?.remove();
    el = document.createElement('internship-wrap-up');
    el.setAttribute('storage', storage);
    el.setAttribute('storage-key', key);
    el.setAttribute('end-date', '2026-12-18');
    host.append(el);
    await el.updateComplete;
    return { tasks: el.tasks.length };
  },
  async work() {
    // What an intern does in one sitting: her name in the profile, a few ticks across steps.
    el.value = { ...el.value, profile: { ...el.value.profile, internName: 'Lucía Fernández' } };
    for (const task of el.tasks.slice(0, 3)) el.tick(task.id, true);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 700));
    return storedKeys();
  },
  hostKey() {
    localStorage.setItem('board/theme', 'dark');
    sessionStorage.setItem('board/session', 'abc');
    return storedKeys();
  },
  async clearAll() {
    const removed = await el.clearAll();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 700));
    return { removed, keys: storedKeys(), done: el.tasks.filter((t) => t.done).length, name: el.value.profile?.internName ?? '' };
  },
  clearAllFunction() {
    return { removed: kit.clearAll(), keys: storedKeys() };
  },
  keys: storedKeys,
};

addEventListener('message', async (e) => {
  const { id, cmd, args } = e.data ?? {};
  if (!commands[cmd]) return;
  try {
    e.source.postMessage({ id, result: await commands[cmd](args ?? {}) }, '*');
  } catch (error) {
    e.source.postMessage({ id, error: String(error?.stack ?? error) }, '*');
  }
});
parent.postMessage({ ready: true }, '*');
