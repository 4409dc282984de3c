// Verified answers end to end (#31), in headless Chromium and Firefox ESR (Debian's, through
// puppeteer-core): the intern's kit makes a private link (an opaque id only), her supervisor answers on
// an English page that speaks the intern's Arabic, the kit receives the answers signed by the reference
// server on PostgreSQL and shows "Verified by …"; a changed word loses the badge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, createToken, freshUser, auth, BROWSERS, launchBrowser } from './helpers.mjs';

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

const shadow = (page, tag, selector) => page.evaluate((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s)?.textContent ?? null, tag, selector);
async function until(page, fn, ...args) {
  await page.waitForFunction(fn, { timeout: 15_000, polling: 100 }, ...args);
}

for (const name of BROWSERS) {
  test(`${name}: opaque link → the supervisor answers in the intern's language → the kit shows "Verified by", and loses it when a word changes`, async () => {
    const browser = await launchBrowser(name);
    try {
      const user = freshUser('lama');
      const api = stack.srv.url;
      const respond = `${stack.origin}/tests/sync/pages/respond.html?api=${encodeURIComponent(api)}`;
      const intern = await browser.newPage();
      const errors = [];
      intern.on('pageerror', (e) => errors.push(e.message));
      await intern.goto(`${stack.origin}/tests/sync/pages/intern.html?api=${encodeURIComponent(api)}&token=${createToken(user)}&respond=${encodeURIComponent(respond)}&lang=ar`);
      await until(intern, () => document.querySelector('feedback-questions')?.shadowRoot?.querySelector('button.create-link'));
      await intern.evaluate(() => document.querySelector('feedback-questions')?.shadowRoot?.querySelector('button.create-link').click());
      await until(intern, () => !!document.querySelector('feedback-questions').responseLink);
      const link = await intern.evaluate(() => document.querySelector('feedback-questions').responseLink);
      const mailto = await intern.evaluate(() => document.querySelector('feedback-questions').mailto);
      assert.match(link, /#sf-request=[A-Za-z0-9_-]{24}$/);
      assert.ok(decodeURIComponent(mailto).includes(link), 'the request e-mail carries the link');
      for (const secret of ['Lama', 'keep doing', 'improve', 'sf-agenda']) assert.ok(!decodeURIComponent(link).includes(secret), `the link reveals nothing: ${secret}`);

      // The supervisor's page: an English host page; the element follows the request's language.
      const supervisor = await browser.newPage();
      supervisor.on('pageerror', (e) => errors.push(e.message));
      await supervisor.goto(link);
      await until(supervisor, () => document.querySelector('feedback-response')?.shadowRoot?.querySelector('#a0'));
      assert.equal(await supervisor.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await supervisor.evaluate(() => document.querySelector('feedback-response').getAttribute('lang')), 'ar');
      await until(supervisor, () => document.querySelector('feedback-response')?.shadowRoot?.querySelector('.base').dir === 'rtl');
      assert.match(await shadow(supervisor, 'feedback-response', 'h2'), /Lama Haddad/);
      await until(supervisor, () => /أجيبوا/.test(document.querySelector('feedback-response')?.shadowRoot?.querySelector('.intro').textContent));
      await supervisor.evaluate(() => {
        const root = document.querySelector('feedback-response')?.shadowRoot;
        const fill = (sel, v) => {
          const box = root.querySelector(sel);
          box.value = v;
          box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        };
        fill('#a0', 'Your careful SQL reviews');
        fill('#quote', 'Lama is thorough and kind.');
        fill('#from', 'Dr. Sara Ali');
        root.querySelector('input[name="ref"]').click();
      });
      await supervisor.evaluate(() => document.querySelector('feedback-response')?.shadowRoot?.querySelector('button.send-server').click());
      await until(supervisor, () => /أُرسلت/.test(document.querySelector('feedback-response')?.shadowRoot?.querySelector('#send-hint').textContent));
      assert.equal(await supervisor.evaluate(() => document.querySelector('feedback-response')?.shadowRoot?.querySelector('button.send-server').disabled), true);

      // Back in the kit: check for the answers.
      await intern.evaluate(() => {
        const root = document.querySelector('feedback-questions')?.shadowRoot;
        [...root.querySelectorAll('.stage button')][1].click();
      });
      await until(intern, () => document.querySelector('feedback-questions')?.shadowRoot?.querySelector('button.check-answers'));
      await intern.evaluate(() => document.querySelector('feedback-questions')?.shadowRoot?.querySelector('button.check-answers').click());
      await until(intern, () => document.querySelector('feedback-questions')?.shadowRoot?.querySelector('.provenance.verified')).catch(async (e) => {
        console.log(await intern.evaluate(() => document.querySelector('feedback-questions')?.shadowRoot?.querySelector('.paste').textContent));
        throw e;
      });
      const badge = await shadow(intern, 'feedback-questions', '.provenance.verified');
      assert.match(badge, /موثَّق من Strong Finish reference server/);
      const value = await intern.evaluate(() => document.querySelector('feedback-questions').value);
      assert.equal(value.selected[0].said, 'Your careful SQL reviews');
      assert.deepEqual({ from: value.response.from, quote: value.response.quote, reference: value.response.reference }, { from: 'Dr. Sara Ali', quote: 'Lama is thorough and kind.', reference: true });
      const href = await intern.evaluate(() => document.querySelector('feedback-questions')?.shadowRoot?.querySelector('.provenance.verified a').href);
      assert.equal(href, value.response.verified.url);
      const check = await (await fetch(href)).json();
      assert.equal(check.valid, true);

      // She edits the stored quote: the badge gives way to a warning.
      await intern.evaluate(() => {
        const el = document.querySelector('feedback-questions');
        el.value = { ...el.value, response: { ...el.value.response, quote: 'The strongest intern in a decade.' } };
      });
      await until(intern, () => document.querySelector('feedback-questions')?.shadowRoot?.querySelector('.provenance.failed'));
      assert.equal(await shadow(intern, 'feedback-questions', '.provenance.verified'), null);

      // The supervisor's link again: already answered, nothing to send twice.
      await supervisor.goto('about:blank');
      await supervisor.goto(link);
      await until(supervisor, () => document.querySelector('feedback-response')?.shadowRoot?.querySelector('button.send-server')?.disabled === true);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
}

test('"Send to" fills the intern’s address from the registered request; a revoked link says so', async () => {
  const browser = await launchBrowser(BROWSERS[0]);
  try {
    const user = freshUser('maya');
    const api = stack.srv.url;
    const made = await (
      await fetch(`${api}/responses`, {
        method: 'POST',
        headers: { ...auth(user), 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Maya Chen', questions: [{ id: 'q1', text: 'What went well?' }], lang: 'es', register: 'formal', replyTo: 'maya@example.com' }),
      })
    ).json();
    const page = await browser.newPage();
    await page.goto(`${stack.origin}/tests/sync/pages/respond.html?api=${encodeURIComponent(api)}#sf-request=${made.id}`);
    await until(page, () => document.querySelector('feedback-response')?.shadowRoot?.querySelector('#a0')).catch(async (e) => {
      console.log(await page.evaluate(() => document.querySelector('feedback-response')?.shadowRoot?.textContent), page.url());
      throw e;
    });
    assert.match(await page.evaluate(() => document.querySelector('feedback-response').mailto), /^mailto:maya@example\.com\?/);
    // Formal Spanish, as her request addressed her supervisor.
    await until(page, () => /Responda las preguntas/.test(document.querySelector('feedback-response')?.shadowRoot?.querySelector('.intro').textContent));
    await fetch(`${api}/responses/${made.id}`, { method: 'DELETE', headers: auth(user) });
    await page.reload();
    // The request is gone, and its language with it: the host page's (English) says so.
    await until(page, () => /expired or was withdrawn/.test(document.querySelector('feedback-response')?.shadowRoot?.textContent ?? '')).catch(async (e) => {
      console.log(await page.evaluate(() => document.querySelector('feedback-response')?.shadowRoot?.textContent));
      throw e;
    });
  } finally {
    await browser.close();
  }
});
