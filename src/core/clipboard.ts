/**
 * Copies text. Tries the async Clipboard API, then the older selection + execCommand route (needed in
 * iframes whose permissions policy refuses clipboard-write). Resolves false if both are refused, so the
 * widget can say so instead of pretending.
 */
export async function copyText(text: string, root: Node = document.body): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy route
  }
  return legacyCopy(text, root);
}

function legacyCopy(text: string, root: Node): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;inset-block-start:0;opacity:0;pointer-events:none';
  const parent = root instanceof ShadowRoot || root instanceof Element ? root : document.body;
  parent.appendChild(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
