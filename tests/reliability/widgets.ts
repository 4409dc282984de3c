/**
 * The widgets under the reliability suite, as a table: adding a widget is one entry here.
 *
 * Each entry says how to fill every free-text field with one string (`fill`), where that text is shown
 * (`slots`), which real inputs a user types into (`typing`), and which exports carry the text (`exports`).
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { $, $$, fill, maybe$ } from '../helpers/harness.js';
import type { SfElement } from '../../src/core/base-element.js';
import { agendaLink } from '../../src/core/formats/feedback-link.js';
import { addDays } from '../../src/core/dates.js';

export type Widget = SfElement<object> & Record<string, unknown>;
/** How a slot shows text: as text content, in an `<input>` (no line breaks) or a `<textarea>` (LF only). */
export type SlotKind = 'text' | 'input' | 'textarea';

export interface Slot {
  name: string;
  kind: SlotKind;
  /** The element showing the text (undefined when it is not rendered). */
  find(root: ShadowRoot): Element | null | undefined;
  /** When the slot isn't rendered for this text (e.g. an empty optional note). */
  absentWhen?: (s: string) => boolean;
  /** Brings the slot on screen first (e.g. switches a stage). */
  reveal?: (el: Widget) => Promise<void> | void;
  /** The schema's limit for this field: longer text is cut to it (with a console warning). */
  max?: number;
}

export interface TypingField {
  name: string;
  /** Brings the control on screen (optional) and returns it. */
  control(el: Widget): HTMLInputElement | HTMLTextAreaElement;
  /** `input`, `change`, or `submit` (sets the value, then submits the control's form). */
  via: 'input' | 'change' | 'submit';
  /** Where the typed text lands in `value`. */
  read(value: any): string | undefined;
  /** When the widget rightly ignores this text (e.g. adding a blank entry). */
  ignored?: (s: string) => boolean;
  reveal?: (el: Widget) => Promise<void> | void;
  max?: number;
  /** What the widget keeps of typed text when it deliberately normalises it (e.g. trims a form field). */
  kept?: (typed: string) => string;
}

export interface IcsExpectation {
  /** Which calendar component (matched by UID prefix) and what SUMMARY / DESCRIPTION should be. */
  uid: string;
  summary?: string;
  description?: string;
}

export interface MailtoExpectation {
  url: string;
  subject?: string;
  body: string;
}

export interface WidgetCase {
  tag: string;
  /**
   * Attributes a host page sets for the widget to show its fields (e.g. the agenda link the supervisor's
   * page is opened with). Attributes a test sets itself win over these.
   */
  attrs?: Record<string, string>;
  /** Longest text the widget keeps in its fields (schema limit). */
  max?: number;
  fill(s: string, el: Widget): object;
  slots: Slot[];
  typing: TypingField[];
  exports: {
    markdown(el: Widget): string;
    ics?(el: Widget, s: string): { text: string; expect: IcsExpectation[] };
    mailto?(el: Widget, s: string): MailtoExpectation[];
    /** CSV text and the cells (data row 1-based, column) that must parse back to the text. */
    csv?(el: Widget): { text: string; cells: [row: number, col: number][] };
    /** vCard text and the properties that must equal the text (joined as the widget joins them). */
    vcard?(el: Widget, s: string): { text: string; expect: Record<string, string> };
  };
  /** A field a user can type into on a fresh widget (for the storage and lifecycle tests); `fill(s)` puts s where `read` looks. */
  edit: TypingField;
  /**
   * A text input outside any form that edits `value` (for pages that only have the bundle, such as the
   * sandboxed iframe, where forms can't submit), with the part of a value that makes it appear.
   */
  probe?: string;
  probeSetup?: object;
  /** Where a LinkedIn/profile URL can be entered (for the link tests). */
  link?: { fill(url: string, el: Widget): object; control(el: Widget): HTMLInputElement; via: TypingField['via']; reveal?: (el: Widget) => Promise<void> | void };
}

const q = <E extends Element = HTMLElement>(root: ParentNode, sel: string) => root.querySelector<E>(sel);
/** Clicks the feedback widget's stage button ("1. Prepare" or "2. During and after the talk"). */
const stage = (n: 0 | 1) => async (el: Widget) => {
  const buttons = $$<HTMLButtonElement>(el, '.stage button');
  if (buttons[n].getAttribute('aria-pressed') !== 'true') buttons[n].click();
  await el.updateComplete;
};

/** Opens the wrap-up's "Edit your details" disclosure. */
const openDetails = async (el: Widget) => {
  const details = maybe$<HTMLDetailsElement>(el, 'details.edit');
  if (details && !details.open) details.open = true;
  await el.updateComplete;
};

/** Opens keep-in-touch's edit panel for the first contact. */
const editContact = async (el: Widget) => {
  if (!maybe$(el, 'form.panel #f-name')) {
    $$<HTMLButtonElement>(el, 'li.contact .actions button').find((b) => b.textContent!.trim() === 'Edit')!.click();
    await el.updateComplete;
  }
};
/** Opens keep-in-touch's "add a contact" form. */
const addContact = async (el: Widget) => {
  if (!maybe$(el, '#f-name')) {
    $<HTMLButtonElement>(el, 'button.add').click();
    await el.updateComplete;
  }
};
const contact = (over: object) => ({ id: 'k1', name: 'Ana Ruiz', email: 'ana@example.com', tags: [], cadence: 'monthly', lastContact: '2029-12-01', log: [], ...over });
const trimmed = (t: string) => t.trim();
/** The agenda a supervisor's page is opened with (from the intern's request e-mail). */
const AGENDA_LINK = agendaLink('https://jobs.example/respond', {
  name: 'Maya Chen',
  questions: [
    { id: 'q1', text: 'Overall, how would you describe my work this internship?' },
    { id: 'q2', text: 'What should I learn next?' },
  ],
})!;
const answerTo = (id: string) => (v: any) => v.answers.find((a: any) => a.id === id)?.answer;
/** The planner's daily-log fields for the day shown (today): goal, then "what went well". */
const logField = (n: 0 | 1) => (el: Widget) => $$<HTMLInputElement>(el, '.log .grid input[dir="auto"]')[n];
/** Today's log entry: the log is sorted by date and holds nothing after today. */
const todayLog = (v: any) => v.log.at(-1);
/** Adds a project to the planner's handover when it has none. */
const ensureProject = async (el: Widget) => {
  if (!maybe$(el, '[data-p="0"]')) {
    $$<HTMLButtonElement>(el, '.handover button').find((b) => b.textContent!.includes('Add a project'))!.click();
    await el.updateComplete;
  }
};

export const WIDGETS: WidgetCase[] = [
  {
    tag: 'internship-checklist',
    edit: { name: 'explore entry', via: 'submit', control: (el) => $<HTMLInputElement>(el, '.lists form.add-entry input[name="entry"]'), read: (v) => v.explore.at(-1) },
    probe: '.lists li.entry input',
    probeSetup: { explore: ['an area'] },
    fill: (s) => ({
      items: [{ id: 'r1', section: 'finish', text: s, done: false, note: s, due: '2030-01-15', custom: true }],
      explore: [s],
      ask: [s],
    }),
    slots: [
      { name: 'item text', kind: 'text', find: (r) => q(r, 'li.item[data-id="r1"] label.text') },
      { name: 'item note', kind: 'text', find: (r) => q(r, 'li.item[data-id="r1"] .note'), absentWhen: (s) => !s },
      { name: 'explore entry', kind: 'input', find: (r) => q(r, '.lists .mini li.entry input') },
    ],
    typing: [
      {
        name: 'new step',
        via: 'submit',
        control: (el) => $<HTMLInputElement>(el, '#a-text'),
        read: (v) => v.items.at(-1)?.text,
        ignored: (s) => !s.trim(),
      },
      {
        name: 'explore entry',
        via: 'submit',
        control: (el) => $<HTMLInputElement>(el, '.lists form.add-entry input[name="entry"]'),
        read: (v) => v.explore.at(-1),
        ignored: (s) => !s.trim(),
      },
    ],
    exports: {
      markdown: (el) => (el as any).toMarkdown(),
      ics: (el, s) => ({ text: (el as any).toICS(), expect: [{ uid: 'checklist-r1', summary: s, description: s || undefined }] }),
    },
  },
  {
    tag: 'feedback-questions',
    edit: { name: 'request subject', via: 'input', reveal: stage(0), control: (el) => $<HTMLInputElement>(el, '#r-subject'), read: (v) => v.request?.subject },
    probe: '#r-subject',
    fill: (s) => ({
      selected: [{ id: 'q1', text: s, theme: 'performance', custom: true, answer: s, takeaway: s }],
      actions: [s],
      meeting: { date: '2030-01-15', time: '10:00', minutes: 30, with: s, email: 'sup@example.com' },
      request: { subject: s, body: s },
    }),
    slots: [
      { name: 'question', kind: 'text', find: (r) => q(r, '#q0') },
      { name: 'notes', kind: 'textarea', find: (r) => q(r, '#a0'), reveal: stage(1) },
      { name: 'takeaway', kind: 'input', find: (r) => q(r, '#k0'), reveal: stage(1) },
      { name: 'next step', kind: 'text', find: (r) => q(r, '#n0'), reveal: stage(1) },
      { name: 'meeting with', kind: 'input', find: (r) => q(r, '#m-with'), reveal: stage(0), max: 300 },
      { name: 'request subject', kind: 'input', find: (r) => q(r, '#r-subject'), reveal: stage(0), max: 2000 },
      { name: 'request body', kind: 'textarea', find: (r) => q(r, '#r-body'), reveal: stage(0) },
    ],
    typing: [
      { name: 'notes', via: 'input', reveal: stage(1), control: (el) => $<HTMLTextAreaElement>(el, '#a0'), read: (v) => v.selected[0].answer },
      { name: 'takeaway', via: 'input', reveal: stage(1), control: (el) => $<HTMLInputElement>(el, '#k0'), read: (v) => v.selected[0].takeaway },
      { name: 'next step', via: 'submit', reveal: stage(1), control: (el) => $<HTMLInputElement>(el, '#act'), read: (v) => v.actions.at(-1)?.text, ignored: (s) => !s.trim() },
      { name: 'request subject', via: 'input', reveal: stage(0), max: 2000, control: (el) => $<HTMLInputElement>(el, '#r-subject'), read: (v) => v.request?.subject },
      { name: 'request body', via: 'input', reveal: stage(0), control: (el) => $<HTMLTextAreaElement>(el, '#r-body'), read: (v) => v.request?.body },
      { name: 'meeting with', via: 'input', reveal: stage(0), max: 300, control: (el) => $<HTMLInputElement>(el, '#m-with'), read: (v) => v.meeting?.with },
    ],
    exports: {
      markdown: (el) => (el as any).toMarkdown(),
      ics: (el, s) => ({
        text: (el as any).toICS(),
        expect: [{ uid: 'feedback-meeting', summary: s ? `Feedback conversation with ${s.slice(0, 300)}` : undefined, description: `1. ${s}` }],
      }),
      mailto: (el, s) => [{ url: (el as any).mailto, subject: s ? s.slice(0, 2000) : undefined, body: s }],
    },
  },
  {
    tag: 'thank-you-composer',
    edit: { name: 'add a person', via: 'submit', control: (el) => $<HTMLInputElement>(el, '#new-name'), read: (v) => v.people.at(-1)?.name },
    probe: '#p-name',
    probeSetup: { people: [{ id: 'p1', name: 'Ana', relationship: 'mentor', specifics: {}, tone: 'warm', channel: 'email', draft: '', status: 'todo' }] },
    fill: (s) => ({
      people: [
        {
          id: 'p1', name: s, relationship: 'supervisor', email: 'ana@example.com', specifics: { project: s, learned: s },
          tone: 'warm', channel: 'email', draft: s, status: 'drafted', edited: true,
        },
      ],
      team: { draft: s, edited: true },
    }),
    slots: [
      { name: 'person in list', kind: 'text', find: (r) => q(r, '.people .pname') },
      { name: 'name field', kind: 'input', find: (r) => q(r, '#p-name') },
      { name: 'project', kind: 'textarea', find: (r) => q(r, '#s-project') },
      { name: 'draft', kind: 'textarea', find: (r) => q(r, '#d-p1') },
    ],
    typing: [
      { name: 'name', via: 'change', control: (el) => $<HTMLInputElement>(el, '#p-name'), read: (v) => v.people[0].name },
      { name: 'project', via: 'input', control: (el) => $<HTMLTextAreaElement>(el, '#s-project'), read: (v) => v.people[0].specifics.project },
      { name: 'draft', via: 'input', control: (el) => $<HTMLTextAreaElement>(el, '#d-p1'), read: (v) => v.people[0].draft },
    ],
    exports: {
      markdown: (el) => (el as any).toMarkdown(),
      mailto: (el, s) => [
        { url: (el as any).toMailto('p1'), body: s },
        { url: (el as any).toMailto('team'), body: s },
      ],
    },
    link: {
      fill: (url) => ({
        people: [{ id: 'p1', name: 'Ana', relationship: 'mentor', linkedin: url, specifics: {}, tone: 'warm', channel: 'linkedin', draft: 'Hi', status: 'todo' }],
      }),
      control: (el) => $<HTMLInputElement>(el, '#p-li'),
      via: 'change',
    },
  },
  {
    tag: 'reflection-journal',
    edit: { name: 'summary', via: 'input', control: (el) => $<HTMLInputElement>(el, '#summary'), read: (v) => v.summary },
    probe: '#summary',
    fill: (s, el) => {
      const v = el.value as any; // the defaults (entries, skills); every field set below is replaced
      v.summary = s;
      v.entries = v.entries.map((e: any) => (e.theme === 'industry' ? { ...e, text: s } : e));
      v.bullets = [s];
      return v;
    },
    slots: [
      { name: 'summary', kind: 'input', find: (r) => q(r, '#summary') },
      { name: 'first entry', kind: 'textarea', find: (r) => q(r, '#t0') },
      { name: 'bullet', kind: 'text', find: (r) => q(r, '.bullets .text'), max: 2000 },
    ],
    typing: [
      { name: 'summary', via: 'input', control: (el) => $<HTMLInputElement>(el, '#summary'), read: (v) => v.summary },
      { name: 'entry', via: 'input', control: (el) => $<HTMLTextAreaElement>(el, '#t0'), read: (v) => v.entries.find((e: any) => e.theme === 'industry').text },
    ],
    exports: { markdown: (el) => (el as any).toMarkdown() },
  },
  {
    tag: 'internship-wrap-up',
    edit: { name: 'your name', via: 'change', reveal: openDetails, control: (el) => $<HTMLInputElement>(el, '#f-internName'), read: (v) => v.profile.internName },
    probe: '#f-internName',
    max: 500,
    fill: (s) => ({ profile: { internName: s, role: s, company: s, supervisor: s } }),
    slots: [
      { name: 'your name', kind: 'input', find: (r) => q(r, '#f-internName') },
      { name: 'company', kind: 'input', find: (r) => q(r, '#f-company') },
    ],
    typing: [
      { name: 'your name', via: 'change', reveal: openDetails, control: (el) => $<HTMLInputElement>(el, '#f-internName'), read: (v) => v.profile.internName },
      { name: 'role', via: 'change', reveal: openDetails, control: (el) => $<HTMLInputElement>(el, '#f-role'), read: (v) => v.profile.role },
    ],
    exports: { markdown: (el) => (el as any).toMarkdown() },
  },
  {
    tag: 'keep-in-touch',
    edit: { name: 'add a contact', via: 'submit', reveal: addContact, control: (el) => $<HTMLInputElement>(el, '#f-name'), read: (v) => v.contacts.at(-1)?.name },
    // Every text field here is in a form (forms can't submit in that sandbox): the iframe test assigns a value.
    probeSetup: { contacts: [contact({ name: 'typed in the sandbox' })] },
    fill: (s) => ({ contacts: [contact({ name: s, role: s, team: s, how: s, notes: s, log: [{ date: '2029-12-01', channel: 'coffee', note: s }] })] }),
    slots: [
      { name: 'name', kind: 'text', find: (r) => q(r, '#n-k1') },
      { name: 'how you know them', kind: 'text', find: (r) => q(r, 'li.contact > p[dir="auto"]'), absentWhen: (s) => !s },
      { name: 'notes', kind: 'text', find: (r) => q(r, 'li.contact .notes'), absentWhen: (s) => !s },
      { name: 'log note', kind: 'text', find: (r) => q(r, 'li.contact .log span[dir="auto"]'), absentWhen: (s) => !s },
    ],
    typing: [
      { name: 'notes', via: 'submit', reveal: editContact, kept: trimmed, control: (el) => $<HTMLTextAreaElement>(el, '#f-notes'), read: (v) => v.contacts[0].notes, ignored: (s) => !s.trim() },
      { name: 'how you know them', via: 'submit', reveal: editContact, kept: trimmed, control: (el) => $<HTMLInputElement>(el, '#f-how'), read: (v) => v.contacts[0].how, ignored: (s) => !s.trim() },
    ],
    exports: {
      markdown: (el) => (el as any).toMarkdown(),
      ics: (el, s) => ({
        text: (el as any).toICS(),
        expect: [{ uid: 'kit-k1', summary: s ? `Keep in touch: ${s}` : undefined, description: [s, 'ana@example.com', s].filter(Boolean).join('\n') }],
      }),
      csv: (el) => ({ text: (el as any).toCSV(), cells: [[1, 0], [1, 3], [1, 4], [1, 5], [1, 6]] }),
      vcard: (el, s) => ({ text: (el as any).toVCard(), expect: { ...(s ? { title: s } : {}), ...([s, s].filter(Boolean).length ? { note: [s, s].filter(Boolean).join('\n') } : {}) } }),
    },
    link: {
      fill: (url) => ({ contacts: [contact({ linkedin: url })] }),
      control: (el) => $<HTMLInputElement>(el, '#f-linkedin'),
      via: 'submit',
      reveal: editContact,
    },
  },
  {
    tag: 'feedback-response',
    // The supervisor's page: opened from the intern's link. Its drafts are kept only when the supervisor
    // ticks "Keep a draft" or the host sets `storage`; the storage tests need the latter.
    attrs: { agenda: AGENDA_LINK, storage: 'local' },
    edit: { name: 'your name', via: 'input', control: (el) => $<HTMLInputElement>(el, '#from'), read: (v) => v.from, max: 300 },
    probe: '#from',
    fill: (s) => ({ from: s, answers: [{ id: 'q1', answer: s }], quote: s, reference: true }),
    slots: [
      { name: 'answer', kind: 'textarea', find: (r) => q(r, '#a0') },
      { name: 'quote', kind: 'textarea', find: (r) => q(r, '#quote'), max: 2000 },
      { name: 'your name', kind: 'input', find: (r) => q(r, '#from'), max: 300 },
    ],
    typing: [
      { name: 'answer', via: 'input', control: (el) => $<HTMLTextAreaElement>(el, '#a0'), read: answerTo('q1') },
      { name: 'quote', via: 'input', max: 2000, control: (el) => $<HTMLTextAreaElement>(el, '#quote'), read: (v) => v.quote },
      { name: 'your name', via: 'input', max: 300, control: (el) => $<HTMLInputElement>(el, '#from'), read: (v) => v.from },
    ],
    exports: {
      markdown: (el) => (el as any).toMarkdown(),
      // The reply as composed (readable answers and the checksummed block) must reach the mail app unchanged.
      mailto: (el) => [{ url: (el as any).mailto, body: (el as any).replyText }],
    },
  },
  {
    tag: 'finish-strong-planner',
    edit: { name: 'goal for today', via: 'input', control: logField(0), read: (v) => todayLog(v)?.goal },
    probe: '.log .grid input[dir="auto"]',
    // Dated from the widget's today, so the countdown and the weeks' strip show too: one milestone with
    // its own date, one that follows the last day.
    fill: (s, el) => ({
      holidays: [],
      milestones: [
        { id: 'm1', text: s, date: addDays(el.today, 10), done: false },
        { id: 'm2', text: s, date: '', done: false, offset: -2 },
      ],
      projects: [{ id: 'p1', name: s, status: s, next: s, files: s, access: s, owner: s, contacts: s, deadline: addDays(el.today, 20) }],
      log: [{ date: el.today, goal: s, done: true, note: s }],
      endDate: addDays(el.today, 28),
    }),
    slots: [
      { name: 'milestone', kind: 'text', find: (r) => q(r, '.timeline li[data-id="m1"] label.check span[dir="auto"]') },
      { name: 'milestone after the last day', kind: 'text', find: (r) => q(r, '.timeline li[data-id="m2"] label.check span[dir="auto"]') },
      { name: 'project name', kind: 'input', find: (r) => q(r, '[data-p="0"] input[dir="auto"]') },
      { name: 'project status', kind: 'textarea', find: (r) => q(r, '[data-p="0"] textarea') },
      { name: 'project legend', kind: 'text', find: (r) => q(r, '[data-p="0"] legend'), absentWhen: (s) => !s },
      { name: 'handover heading', kind: 'text', find: (r) => q(r, '.doc h5'), absentWhen: (s) => !s },
      { name: 'handover field', kind: 'text', find: (r) => q(r, '.doc dd'), absentWhen: (s) => !s },
      { name: 'goal for today', kind: 'input', find: (r) => q(r, '.log .grid input[dir="auto"]') },
      { name: 'what went well', kind: 'input', find: (r) => r.querySelectorAll<HTMLInputElement>('.log .grid input[dir="auto"]')[1] },
      { name: 'log history', kind: 'text', find: (r) => q(r, '.history span[dir="auto"]') },
    ],
    typing: [
      { name: 'new milestone', via: 'submit', control: (el) => $<HTMLInputElement>(el, '.timeline form.add input[name="text"]'), read: (v) => v.milestones.at(-1)?.text, ignored: (s) => !s.trim() },
      { name: 'project name', via: 'input', reveal: ensureProject, control: (el) => $<HTMLInputElement>(el, '[data-p="0"] input[dir="auto"]'), read: (v) => v.projects[0].name },
      { name: 'project status', via: 'input', reveal: ensureProject, control: (el) => $<HTMLTextAreaElement>(el, '[data-p="0"] textarea'), read: (v) => v.projects[0].status },
      { name: 'goal for today', via: 'input', control: logField(0), read: (v) => todayLog(v)?.goal },
      { name: 'what went well', via: 'input', control: logField(1), read: (v) => todayLog(v)?.note },
    ],
    exports: {
      markdown: (el) => (el as any).toMarkdown(),
      ics: (el, s) => ({ text: (el as any).toICS(), expect: [{ uid: 'planner-m1', summary: s }, { uid: 'planner-m2', summary: s }] }),
    },
  },
];

/** Sets a case's host attributes on a created widget (before it connects). */
export function withAttrs(el: Element): Element {
  for (const [k, v] of Object.entries(WIDGETS.find((w) => w.tag === el.localName)?.attrs ?? {})) if (!el.hasAttribute(k)) el.setAttribute(k, v);
  return el;
}

/** Tags of the widgets whose tests need the whole bundle (iframes, other pages). */
export const TAGS = WIDGETS.map((w) => w.tag);

/** A widget in the document with storage off unless attributes say otherwise. */
export async function make(tag: string, attrs = 'storage="none"', parent: HTMLElement = document.body): Promise<Widget> {
  const host = document.createElement('div');
  parent.append(host);
  // The test's attributes come first: of two equal names, the HTML parser keeps the first.
  const own = Object.entries(WIDGETS.find((w) => w.tag === tag)?.attrs ?? {}).map(([k, v]) => `${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  host.innerHTML = `<${tag} intern-name="Sam Lee" company="Acme" ${attrs} ${own.join(' ')}></${tag}>`;
  const el = host.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}

/** Sets a control's value and tells the widget the way a user's typing would. */
export async function typeInto(el: Widget, control: HTMLInputElement | HTMLTextAreaElement, text: string, via: TypingField['via']): Promise<void> {
  control.focus();
  fill(control, text);
  if (via === 'submit') control.form!.requestSubmit();
  else if (via === 'change') control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Types `text` into the widget's everyday field (`w.edit`, revealed first) and checks it reached `value`. */
export async function typeEdit(w: WidgetCase, el: Widget, text: string): Promise<void> {
  await w.edit.reveal?.(el);
  await typeInto(el, w.edit.control(el), text, w.edit.via);
  expect(w.edit.read(el.value), `${w.tag}: typed text in value`).to.equal(text);
}

/** Every element in a shadow tree and the shadow trees inside it. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const e of root.querySelectorAll('*')) {
    out.push(e);
    if (e.shadowRoot) out.push(...deepElements(e.shadowRoot));
  }
  return out;
}
