// Server rendering: importing the package touches no browser global; every element renders in Node
// with @lit-labs/ssr (declarative shadow DOM) and hydrates in headless Chromium without an error or a
// mismatch: the server's nodes are kept (not re-rendered), and the elements work afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium, manifestTags } from './browser.mjs';

const TAGS = manifestTags();
/** Same attributes on the server and in the browser; `storage="none"` so nothing saved earlier differs. */
const ATTRS = 'intern-name="Maya Server" company="Northwind" end-date="2026-12-18" storage="none"';

let browser;
before(async () => {
  assert.ok(existsSync('dist/all.js'), 'run `npm run build` first');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

test('importing any entry touches no window, document, navigator or storage', () => {
  // Lit itself checks `globalThis.document` to pick its server path; only our own code is counted.
  const entries = ['dist/index.js', 'dist/all.js', 'dist/core/index.js', 'dist/react/index.js', ...readdirSync('dist', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`dist/${d.name}/define.js`))
    .map((d) => `dist/${d.name}/define.js`)];
  const code = `
    const touched = new Set();
    for (const name of ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'matchMedia']) {
      Object.defineProperty(globalThis, name, { configurable: true, get() {
        const frame = new Error().stack.split('\\n')[2] ?? '';
        if (!frame.includes('/node_modules/')) touched.add(name + ' ' + frame.trim());
        return undefined;
      } });
    }
    for (const entry of ${JSON.stringify(entries)}) await import(new URL(entry, 'file://${process.cwd()}/').href);
    console.log(JSON.stringify([...touched]));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out.trim().split('\n').pop()), [], `imported ${entries.length} entries`);
});

async function serverRender() {
  // In a child process, as a server would: Lit's Node build plus @lit-labs/ssr's global DOM shim.
  const code = `
    import '@lit-labs/ssr/lib/install-global-dom-shim.js';
    import { render } from '@lit-labs/ssr';
    import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
    import { html, unsafeStatic } from 'lit/static-html.js';
    await import(new URL('dist/all.js', 'file://${process.cwd()}/').href);
    const out = {};
    for (const tag of ${JSON.stringify(TAGS)}) {
      const t = unsafeStatic(tag);
      out[tag] = collectResultSync(render(html\`<\${t} ${ATTRS}></\${t}>\`));
    }
    console.log(JSON.stringify(out));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop());
}

test('every element renders on the server with declarative shadow DOM', async () => {
  const html = await serverRender();
  assert.deepEqual(Object.keys(html).sort(), TAGS);
  for (const tag of TAGS) {
    assert.match(html[tag], new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), `${tag}: declarative shadow root`);
    assert.match(html[tag], /part="base/, `${tag}: base part rendered`);
  }
});

test('server-rendered elements hydrate in Chromium without an error or a mismatch', async () => {
  const ssr = await serverRender();
  const client = await build({
    stdin: {
      contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './dist/all.js';\n",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['development'],
    logLevel: 'silent',
  });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>
${TAGS.map((t) => `<section>${ssr[t]}</section>`).join('\n')}
<script>
  // Before any element is defined: the declarative shadow roots are there, and their nodes are noted.
  window.__before = ${JSON.stringify(TAGS)}.map((t) => {
    const root = document.querySelector(t)?.shadowRoot;
    return { tag: t, dsd: !!root, base: root && root.querySelector('[part~="base"]') };
  });
</script>
<script type="module" src="/client.js"></script>
</body></html>`;
  const tab = await browser.newPage();
  const errors = [];
  const warnings = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
  });
  await tab.setRequestInterception(true);
  tab.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path === '/') req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
    else if (path === '/client.js') req.respond({ status: 200, contentType: 'text/javascript', body: client.outputFiles[0].text });
    else req.respond({ status: path === '/favicon.ico' ? 204 : 404, body: '' });
  });
  await tab.goto('http://127.0.0.1/');
  await tab.waitForFunction(
    async (tags) => {
      for (const t of tags) {
        const el = document.querySelector(t);
        if (!customElements.get(t) || !el.hasUpdated) return false;
        await el.updateComplete;
      }
      return true;
    },
    { timeout: 15000 },
    TAGS,
  );
  const result = await tab.evaluate(() =>
    window.__before.map(({ tag, dsd, base }) => {
      const el = document.querySelector(tag);
      return { tag, dsd, kept: !!base && base.isConnected && el.shadowRoot?.contains(base), name: el.internName, upgraded: el instanceof customElements.get(tag) };
    }),
  );
  for (const r of result) assert.deepEqual(r, { tag: r.tag, dsd: true, kept: true, name: 'Maya Server', upgraded: true }, `${r.tag} hydrated in place`);

  // Hydrated elements work: a tick in the checklist fires change; the kit shows its step's widget.
  if (TAGS.includes('internship-checklist')) {
    const changed = await tab.evaluate(async () => {
      const el = document.querySelector('section > internship-checklist');
      let fired = 0;
      el.addEventListener('change', () => fired++);
      el.shadowRoot?.querySelector('input[type="checkbox"]').click();
      await el.updateComplete;
      return fired;
    });
    assert.equal(changed, 1, 'change after a tick');
  }
  if (TAGS.includes('internship-wrap-up')) {
    const shown = await tab.evaluate(async () => {
      const kit = document.querySelector('internship-wrap-up');
      await kit.updateComplete;
      return kit.shadowRoot?.querySelector('[part~="panel"] internship-checklist')?.localName ?? null;
    });
    assert.equal(shown, 'internship-checklist', 'the kit adds its widget after hydrating');
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings.filter((w) => /hydrat|mismatch|scheduled an update/i.test(w)), []);
  await tab.close();
});
