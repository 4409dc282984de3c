/**
 * The programme pack: one JSON document a career center gives `<internship-wrap-up>` (its `content`
 * property or a child `<script type="application/json">`) to put its programme in the kit, in its own
 * voice and languages. Each step's part has the shape that step accepts on its own as `content`.
 * The JSON Schema of the same shape ships as `strong-finish/pack.schema.json`; docs/programmes.md is
 * the guide.
 */

/** A text in one language, or per language: `"Hand in the report"` or `{ "en": "…", "es": "…" }`. */
export type PackText = string | { readonly [lang: string]: string };

/** Common to every list a pack shapes: items by id replace the kit's item of that id, new ids add one. */
export interface PackListPart {
  /** Start from an empty list instead of the kit's defaults. */
  replace?: boolean;
  /** Ids of the kit's default items (or sections, themes) not to show. */
  hide?: string[];
}

/** A checklist section a pack adds (or renames: an existing id). */
export interface PackSection {
  id: string;
  title: PackText;
}

/** A checklist item. `offsetDays`: days from the intern's last day (-14 = two weeks before). */
export interface PackChecklistItem {
  id: string;
  section: string;
  text: PackText;
  why?: PackText;
  offsetDays?: number;
}

/** `<internship-checklist>`'s content. */
export interface PackChecklist extends PackListPart {
  sections?: PackSection[];
  items?: PackChecklistItem[];
}

/** A feedback theme a pack adds or renames. */
export interface PackTheme {
  id: string;
  label: PackText;
}

/** A feedback question. */
export interface PackQuestion {
  id: string;
  theme: string;
  text: PackText;
  tip?: PackText;
}

/** `<feedback-questions>`'s content. */
export interface PackFeedback extends PackListPart {
  themes?: PackTheme[];
  questions?: PackQuestion[];
}

/** One tone's sentences for `<thank-you-composer>` (see `ToneTemplate`). */
export type PackToneTemplate = Partial<Record<'greeting' | 'opening' | 'project' | 'learned' | 'moment' | 'forward' | 'closing' | 'short' | 'signoff', PackText>>;

/** `<thank-you-composer>`'s content. */
export interface PackThanks {
  templates?: Partial<Record<'warm' | 'formal' | 'brief', PackToneTemplate>>;
  subject?: PackText;
  team?: PackText;
  teamSubject?: PackText;
}

/** A reflection framework: a name, a hint and one prompt per theme. */
export interface PackFramework {
  label: PackText;
  hint?: PackText;
  prompts: { [theme: string]: PackText };
}

/** A reflection theme: one of the six renamed (`industry`, `self`, `worked`, `didnt`, `fit`, `next`), or the programme's own, with its prompt. */
export interface PackReflectionTheme extends PackTheme {
  /** The question under a theme of the programme's own (a framework's `prompts[id]` wins over it). */
  prompt?: PackText;
}

/**
 * `<reflection-journal>`'s content. `themes` rename the six themes or add the programme's own (after the
 * six, each with a `prompt`); `hide` leaves some out of a new journal.
 */
export interface PackReflection {
  themes?: PackReflectionTheme[];
  hide?: string[];
  frameworks?: { [id: string]: PackFramework };
  skills?: PackText[];
  verbs?: PackText[];
}

/** A milestone: `offsetDays` from the last day, or a fixed `date`. */
export interface PackMilestone {
  id: string;
  text: PackText;
  offsetDays?: number;
  date?: string;
}

/** `<finish-strong-planner>`'s content. */
export interface PackPlanner extends PackListPart {
  milestones?: PackMilestone[];
}

/** A keep-in-touch message template (placeholders as in `Template`). */
export interface PackTemplate {
  id: string;
  label: PackText;
  subject: PackText;
  body: PackText;
}

/** A follow-up cadence: `week-after`, `monthly`, `quarterly`, `twice-a-year` or `custom:<days>`. */
export type PackCadence = string;

/** `<keep-in-touch>`'s content. */
export interface PackContacts extends PackListPart {
  templates?: PackTemplate[];
  /** The cadence new contacts start with, and cadences per tag ("every mentor monthly"). */
  cadences?: { default?: PackCadence; tags?: { tag: PackText; cadence: PackCadence }[] };
}

/** The whole pack. */
export interface ProgrammePack {
  /** The programme's id (letters, digits, `-`, `_`, `.`): it namespaces the intern's stored data. */
  id: string;
  /** Raise it when the pack changes: started interns get new items, dropped ones are retired. */
  version: number;
  /** The programme's name. */
  name?: PackText;
  /** The kit's own words per language, by message id (`{ "es": { "wrapup.step.planner": "…" } }`). */
  strings?: { [lang: string]: { [id: string]: string } };
  'internship-checklist'?: PackChecklist;
  'feedback-questions'?: PackFeedback;
  'thank-you-composer'?: PackThanks;
  'reflection-journal'?: PackReflection;
  'finish-strong-planner'?: PackPlanner;
  'keep-in-touch'?: PackContacts;
}

/** The steps a pack has a part for, by tag. */
export type PackStepTag = 'internship-checklist' | 'feedback-questions' | 'thank-you-composer' | 'reflection-journal' | 'finish-strong-planner' | 'keep-in-touch';

/** Where stored data came from: the programme and the pack version it was merged with. */
export interface PackStamp {
  id: string;
  version: number;
}
