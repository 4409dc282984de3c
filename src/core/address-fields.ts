/**
 * The form fields where the intern sees and changes how a person is addressed (docs/internals/address.md):
 * title, gender for agreement (asked in a sentence, and only said to matter where it does), register,
 * and whether the recipient is a team. One template for every element that writes to people; each
 * element keeps its own "how to greet them" field beside it. Works in a `<form>` (every control has a
 * `name`) or controlled (`onChange` gets a patch with the stored field names).
 */
import { html, type TemplateResult } from 'lit';
import { FORMS, needsForm, titleForm, type Addressee, type Form, type PersonAddress, type Register } from './address.js';
import type { Translator } from './i18n.js';

export interface AddressFieldsOptions {
  /** Prefix of the controls' ids (`p-` gives `p-title`, `p-form`, `p-register`, `p-kind`). */
  id: string;
  t: Translator;
  /** What is stored on the person. */
  person: PersonAddress;
  /** The person as texts address them now (`resolveAddress`). */
  address: Addressee;
  onChange?: (patch: Partial<PersonAddress>) => void;
  /** How texts greet them now ("Estimada Dra. Haddad:"), shown while the fields are folded away. */
  preview?: string;
  /** Offer "this is a team" (not for a feedback talk, which is with one person). */
  team?: boolean;
}

/**
 * Folded into one disclosure (one Tab stop) that says how texts greet the person now; open by itself
 * while a formal text in the language needs the gender nobody said.
 */
export function addressFields({ id, t, person, address: a, onChange, preview, team: offerTeam = true }: AddressFieldsOptions): TemplateResult {
  const on = (field: keyof PersonAddress, read: (el: HTMLInputElement & HTMLSelectElement) => unknown) => (e: Event) =>
    onChange?.({ [field]: read(e.target as HTMLInputElement & HTMLSelectElement) } as Partial<PersonAddress>);
  const inferred = !person.form || person.form === 'neutral' ? titleForm(a.title, a.lang) : undefined;
  const form: Form = person.form && person.form !== 'neutral' ? person.form : (inferred ?? 'neutral');
  const team = a.kind === 'team';
  const formLabels: Record<Form, string> = {
    neutral: t('address.form.neutral', 'Not said: wording that needs no gender'),
    feminine: t('address.form.feminine', 'As a woman (“Estimada”, “الأستاذة”)'),
    masculine: t('address.form.masculine', 'As a man (“Estimado”, “الأستاذ”)'),
  };
  const register: Register = a.formal ? 'formal' : 'familiar';
  const hint = inferred
    ? t('address.formFromTitle', 'From the title “{title}”.', { title: a.title })
    : needsForm(a)
      ? t('address.formAsk', 'A formal greeting in this language agrees with the person: choose, or the text uses wording that needs none.')
      : '';
  return html`<details class="address field" ?open=${needsForm(a)}>
    <summary>${preview ? t('address.summary', 'How texts address them: {how}', { how: preview.split('\n')[0] }) : t('address.summaryEmpty', 'How texts address them')}</summary>
    ${offerTeam
      ? html`<div class="field">
          <label for=${`${id}kind`} class="check">
            <input id=${`${id}kind`} name="kind" type="checkbox" value="team" .checked=${team} @change=${on('kind', (el) => (el.checked ? 'team' : 'person'))} />
            ${t('address.kind.team', 'This is a team, not one person')}
          </label>
        </div>`
      : ''}
    ${team
      ? ''
      : html`<div class="field">
            <label for=${`${id}title`}>${t('address.title', 'Title (optional)')}</label>
            <input id=${`${id}title`} name="title" dir="auto" maxlength="40" autocomplete="off" aria-describedby=${`${id}title-hint`} placeholder=${a.title}
              .value=${person.title ?? ''} @change=${on('title', (el) => el.value.trim())} />
            <span id=${`${id}title-hint`} class="hint">${t('address.titleHint', 'As you write it before their name: Dr., Dra., Prof., د.')}</span>
          </div>
          <div class="field">
            <label for=${`${id}form`}>${t('address.form', 'Write to {name}', { name: a.name || a.given })}</label>
            <select id=${`${id}form`} name="form" aria-describedby=${`${id}form-hint`} @change=${on('form', (el) => el.value)}>
              ${FORMS.map((f) => html`<option value=${f} .selected=${f === form}>${formLabels[f]}</option>`)}
            </select>
            <span id=${`${id}form-hint`} class=${needsForm(a) ? 'hint ask' : 'hint'}>${hint}</span>
          </div>`}
    <div class="field">
      <label for=${`${id}register`}>${t('address.register', 'How you write to them')}</label>
      <select id=${`${id}register`} name="register" @change=${on('register', (el) => el.value)}>
        <option value="formal" .selected=${register === 'formal'}>${t('address.register.formal', 'Formally (“Dear Dr. Haddad”)')}</option>
        <option value="familiar" .selected=${register === 'familiar'}>${t('address.register.familiar', 'Informally (“Hi Sara”)')}</option>
      </select>
    </div>
  </details>`;
}
