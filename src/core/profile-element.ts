import { LitElement, isServer } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { profileContext, profileOf, type Profile } from './profile.js';
import { ensureContextRoot } from './context-root.js';

/**
 * The intern's profile as every Strong Finish element reads it: its own attributes over what the kit
 * provides through `@lit/context`. The `role` attribute is taken as the intern's role (and removed:
 * on an element it is an ARIA role that screen readers would announce).
 */
export abstract class ProfileElement extends LitElement {
  /** The intern's name (overrides the profile context). */
  @property({ attribute: 'intern-name' }) internName?: string;
  /** The intern's own e-mail, where the supervisor's written answers are sent (overrides the profile context). */
  @property({ attribute: 'intern-email' }) internEmail?: string;
  /** The company (overrides the profile context). */
  @property() company?: string;
  /** The supervisor's name (overrides the profile context). */
  @property() supervisor?: string;
  /** The supervisor's e-mail (overrides the profile context). */
  @property({ attribute: 'supervisor-email' }) supervisorEmail?: string;
  /** How to greet the supervisor, e.g. "عبد الله" or "Sara" (overrides the profile context); derived from the name when empty. */
  @property({ attribute: 'supervisor-greeting' }) supervisorGreeting?: string;
  /**
   * The intern's role or title (overrides the profile context). Set it with the `role` attribute
   * (moved here and removed from the element, because `role` on an element is an ARIA role that
   * screen readers would announce) or with `intern-role`.
   */
  @property({ attribute: 'intern-role' }) internRole?: string;
  /** First day, `YYYY-MM-DD` (overrides the profile context). */
  @property({ attribute: 'start-date' }) startDate?: string;
  /** Last day, `YYYY-MM-DD` (overrides the profile context). */
  @property({ attribute: 'end-date' }) endDate?: string;
  /** The weekend days, e.g. `fri sat` or `5 6` (1 = Monday … 7 = Sunday); defaults to the locale's weekend (read by the elements that count working days). */
  @property() weekend?: string;

  /** @internal */
  @consume({ context: profileContext, subscribe: true })
  @state()
  protected contextProfile?: Profile;

  /** The profile: these attributes over what the kit's context provides. */
  get profile(): Profile {
    return profileOf(this, this.contextProfile);
  }

  override connectedCallback(): void {
    // Before this element asks for the kit's context: a request made before the kit is defined is
    // answered when the kit connects (define order doesn't matter).
    if (!isServer) ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'role') {
      if (value !== null) {
        this.internRole = value;
        this.removeAttribute('role');
      }
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }
}
