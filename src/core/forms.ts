/**
 * Submit buttons dispatch the form's `submit` event themselves instead of letting the browser submit.
 * In an iframe sandboxed without `allow-forms` (a CMS preview, some embed tools) the browser drops a
 * submission before any `submit` event, so every "Add" form did nothing. Our forms never navigate
 * anyway (each handler reads the fields and prevents the default), so this changes nothing elsewhere;
 * Enter in a field still works, because implicit submission clicks the form's submit button.
 */
export function submitWithoutNavigation(event: Event): void {
  const button = (event.target as Element | null)?.closest?.('button');
  const form = button?.form;
  // Only our own forms: a host's form slotted into a widget keeps its native submission.
  if (!button || button.getRootNode() !== event.currentTarget || form?.getRootNode() !== event.currentTarget) return;
  if (!form.isConnected || button.type !== 'submit' || button.disabled || event.defaultPrevented) return;
  event.preventDefault();
  if (!form.noValidate && !button.formNoValidate && !form.reportValidity()) return;
  const init = { bubbles: true, cancelable: true, submitter: button };
  form.dispatchEvent(typeof SubmitEvent === 'function' ? new SubmitEvent('submit', init) : new Event('submit', init));
}
