import { expect } from '@open-wc/testing';
import { deepElements, make, typeInto, WIDGETS } from './widgets.js';

/** Scheme tricks a LinkedIn field might receive: none may ever become an href. */
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001fjavascript:alert(1)',
  '\u00a0javascript:alert(1)',
  '\u200bjavascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript\t:alert(1)',
  'javascript://linkedin.com/in/x%0aalert(1)',
  'javascript:/*linkedin.com/in/x*/alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VbScRiPt:msgbox(1)',
  '  vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/1',
  '//evil.example/in/x',
  '/in/relative',
  'linkedin.com/in/x" onmouseover="alert(1)',
  'linkedin.com/in/javascript:alert(1)',
];

const SAFE = ['http:', 'https:', 'mailto:'];

function unsafeHrefs(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const e of deepElements(root)) {
    for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      const v = e.getAttribute(attr);
      if (v === null) continue;
      let protocol = 'invalid';
      try {
        protocol = new URL(v, location.href).protocol;
      } catch {
        /* invalid stays invalid */
      }
      if (!SAFE.includes(protocol) || /^\s*(javascript|data|vbscript):/i.test(v)) out.push(`${attr}=${JSON.stringify(v)}`);
    }
    for (const a of e.getAttributeNames()) if (a.startsWith('on')) out.push(a);
  }
  return out;
}

describe('reliability: links', function () {
  this.timeout(30_000);
  for (const w of WIDGETS.filter((x) => x.link)) {
    describe(`<${w.tag}>`, () => {
      it('turns a real LinkedIn URL into an https link (so the checks below can see links)', async () => {
        const el = await make(w.tag);
        el.value = w.link!.fill('linkedin.com/in/ana-ruiz', el);
        await el.updateComplete;
        const hrefs = deepElements(el.shadowRoot!).map((e) => e.getAttribute('href')).filter(Boolean);
        expect(hrefs).to.include('https://linkedin.com/in/ana-ruiz');
        el.parentElement!.remove();
      });

      it('never makes an href from javascript:, data:, vbscript: or disguised variants, assigned as value', async () => {
        const el = await make(w.tag);
        const failures: string[] = [];
        for (const url of HOSTILE_URLS) {
          el.value = w.link!.fill(url, el);
          await el.updateComplete;
          const bad = unsafeHrefs(el.shadowRoot!);
          if (bad.length) failures.push(`${JSON.stringify(url)}: ${bad.join(', ')}`);
        }
        el.parentElement!.remove();
        expect(failures).to.deep.equal([]);
      });

      it('never makes an href from them when typed into the field', async () => {
        const el = await make(w.tag);
        el.value = w.link!.fill('linkedin.com/in/start', el);
        await el.updateComplete;
        const failures: string[] = [];
        for (const url of HOSTILE_URLS) {
          await w.link!.reveal?.(el);
          await typeInto(el, w.link!.control(el), url, w.link!.via);
          const bad = unsafeHrefs(el.shadowRoot!);
          if (bad.length) failures.push(`${JSON.stringify(url)}: ${bad.join(', ')}`);
        }
        el.parentElement!.remove();
        expect(failures).to.deep.equal([]);
      });
    });
  }

  it('no widget shows an unsafe href with hostile URLs in every text field', async () => {
    const failures: string[] = [];
    for (const w of WIDGETS) {
      const el = await make(w.tag);
      for (const url of HOSTILE_URLS) {
        el.value = w.fill(url, el);
        await el.updateComplete;
        const bad = unsafeHrefs(el.shadowRoot!);
        if (bad.length) failures.push(`<${w.tag}> ${JSON.stringify(url)}: ${bad.join(', ')}`);
      }
      el.parentElement!.remove();
    }
    expect(failures).to.deep.equal([]);
  });
});
