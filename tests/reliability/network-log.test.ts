// Issue #31: docs/job-boards.md's privacy statement, checked against what the page actually sends during
// a journey through every step of the kit: with browser storage nothing at all; with createHttpStorage
// only requests to the url the host gave.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { createHttpStorage } from '../../src/core/storage/http-storage.js';
import { createHttpResponses } from '../../src/core/storage/http-responses.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { STEPS } from '../../src/internship-wrap-up/content.js';
import { clearKeys, settle } from '../helpers/test-element.js';

const PREFIX = 'netlog-';

/** Every way a page can talk to a server, wrapped to record the URL; resource timing catches the rest. */
function recordNetwork(): { log: string[]; stop: () => void } {
  const log: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  const saved = { fetch: w.fetch, EventSource: w.EventSource, WebSocket: w.WebSocket, beacon: navigator.sendBeacon, open: XMLHttpRequest.prototype.open };
  const started = performance.now();
  w.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    log.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return (saved.fetch as typeof fetch)(input, init);
  };
  w.EventSource = function (url: string) {
    log.push(`EventSource ${url}`);
    throw new Error('recorded');
  };
  w.WebSocket = function (url: string) {
    log.push(`WebSocket ${url}`);
    throw new Error('recorded');
  };
  navigator.sendBeacon = (url: string | URL) => {
    log.push(`beacon ${String(url)}`);
    return true;
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
    log.push(`xhr ${method} ${String(url)}`);
    return (saved.open as (m: string, u: string | URL) => void).call(this, method, url);
  };
  return {
    log,
    stop() {
      Object.assign(w, { fetch: saved.fetch, EventSource: saved.EventSource, WebSocket: saved.WebSocket });
      navigator.sendBeacon = saved.beacon;
      XMLHttpRequest.prototype.open = saved.open;
      // Loading the kit's own code (a step's chunk, a catalogue) is the one kind of request allowed:
      // same origin, a script. Fonts, images, pixels or another origin would show here.
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (e.startTime < started) continue;
        const url = new URL(e.name);
        const ownCode = url.origin === location.origin && ['script', 'other', 'link'].includes(e.initiatorType) && /\.(js|ts|mjs|json)(\?|$)/.test(url.pathname);
        if (!ownCode) log.push(`${e.initiatorType} ${e.name}`);
      }
    },
  };
}

/** A journey through the kit: her profile, every step shown, tasks ticked in several steps. */
async function journey(el: InternshipWrapUp): Promise<void> {
  el.now = new Date(2026, 11, 1);
  const name = el.shadowRoot!.querySelector<HTMLInputElement>('#f-internName')!;
  name.value = 'Lucía Fernández';
  name.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
  expect(el.kitProfile.internName).to.equal('Lucía Fernández');
  for (const { slot } of STEPS) {
    el.selectStep(slot);
    await el.updateComplete;
    await settle(80);
  }
  for (const task of el.tasks.slice(0, 6)) el.tick(task.id, true);
  await settle(900);
}

describe('The privacy statement holds against the network log (#31)', function () {
  this.timeout(20000);
  afterEach(() => clearKeys(PREFIX));

  it('the statement says what this test checks', async () => {
    const doc = await (await fetch('/docs/job-boards.md')).text();
    const statement = doc.slice(doc.indexOf('## 11. Privacy statement'), doc.indexOf('## 12.'));
    expect(statement).to.include('Nothing (no request at all)');
    expect(statement).to.include('only `url`, your backend');
    expect(statement).to.include('tests/reliability/network-log.test.ts');
  });

  it('with browser storage, a whole journey sends nothing anywhere', async () => {
    const net = recordNetwork();
    try {
      const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key="${PREFIX}local" end-date="2026-12-18"></internship-wrap-up>`);
      await journey(el);
      expect(el.tasks.filter((t) => t.done).length, 'the journey did work').to.be.greaterThan(0);
    } finally {
      net.stop();
    }
    expect(net.log).to.deep.equal([]);
  });

  it('with createHttpStorage, every request goes to the url the host gave, and nowhere else', async () => {
    const url = `${location.origin}/accounts/sync`;
    const sent: string[] = [];
    const documents = new Map<string, string>();
    // The host's backend, answered in the page: the adapter's requests are what this test reads.
    const backend = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const href = String(input instanceof Request ? input.url : input);
      const method = init?.method ?? 'GET';
      sent.push(`${method} ${href}`);
      const key = decodeURIComponent(new URL(href).pathname.slice('/accounts/sync/'.length));
      if (method === 'PUT') {
        documents.set(key, String(init?.body ?? ''));
        return new Response(null, { status: 204, headers: { ETag: `"${documents.size}"` } });
      }
      if (key.startsWith('events')) return new Response(new ReadableStream(), { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
      const body = documents.get(key);
      return body === undefined ? new Response(null, { status: 404 }) : new Response(body, { status: 200, headers: { ETag: '"1"' } });
    };
    const net = recordNetwork();
    try {
      const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key="${PREFIX}http" end-date="2026-12-18"></internship-wrap-up>`);
      el.storageAdapter = createHttpStorage({ url, fetch: backend, scope: 'u-1' });
      await el.updateComplete;
      await journey(el);
    } finally {
      net.stop();
    }
    expect(sent.length, 'the adapter talked to the backend').to.be.greaterThan(0);
    expect(sent.filter((r) => !r.slice(r.indexOf(' ') + 1).startsWith(`${url}/`) && !r.slice(r.indexOf(' ') + 1).startsWith(`${url}?`))).to.deep.equal([]);
    expect(net.log, 'nothing but the adapter talked').to.deep.equal([]);
  });

  it('with createHttpResponses too, making the answer link and checking for answers talk only to the url the host gave', async () => {
    const url = `${location.origin}/accounts/sync`;
    const sent: string[] = [];
    const backend = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const href = String(input instanceof Request ? input.url : input);
      const method = init?.method ?? 'GET';
      sent.push(`${method} ${href}`);
      const path = new URL(href).pathname.slice('/accounts/sync/'.length);
      const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      if (path === 'responses' && method === 'POST') return json(201, { id: 'Abc123_-Abc123_-Abc123_-', expiresAt: '2027-01-06T10:00:00.000Z' });
      if (path.startsWith('responses/')) return json(200, { status: 'waiting', expiresAt: '2027-01-06T10:00:00.000Z' });
      if (path.startsWith('events')) return new Response(new ReadableStream(), { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
      return method === 'PUT' ? new Response(null, { status: 204, headers: { ETag: '"1"' } }) : new Response(null, { status: 404 });
    };
    const net = recordNetwork();
    let link: string | undefined;
    try {
      const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key="${PREFIX}resp" end-date="2026-12-18" respond-url="https://jobs.example/respond"></internship-wrap-up>`);
      el.storageAdapter = createHttpStorage({ url, fetch: backend, scope: 'u-1' });
      el.responses = createHttpResponses({ url, fetch: backend });
      await el.updateComplete;
      await journey(el);
      el.selectStep('feedback');
      await el.updateComplete;
      await settle(100);
      const feedback = el.shadowRoot!.querySelector('feedback-questions') as FeedbackQuestions;
      feedback.value = { selected: [{ id: 'q1', text: 'What should I keep doing?', theme: 'strengths' }], actions: [] };
      await feedback.updateComplete;
      await feedback.createLink();
      link = feedback.responseLink;
      expect(await feedback.checkAnswers()).to.equal('waiting');
    } finally {
      net.stop();
    }
    expect(link, 'the link carries the id only').to.equal('https://jobs.example/respond#sf-request=Abc123_-Abc123_-Abc123_-');
    expect(sent.some((r) => r.startsWith(`POST ${url}/responses`)), 'the request was registered').to.equal(true);
    expect(sent.filter((r) => !r.slice(r.indexOf(' ') + 1).startsWith(`${url}/`) && !r.slice(r.indexOf(' ') + 1).startsWith(`${url}?`))).to.deep.equal([]);
    expect(net.log, 'nothing but the adapters talked').to.deep.equal([]);
  });
});
