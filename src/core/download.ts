/**
 * Saves text as a file through a Blob and a temporary link: no network, no popup. Returns false if the
 * browser refused (some sandboxed iframes), so the widget can offer "copy" instead.
 */
export function downloadText(name: string, text: string, type = 'text/plain'): boolean {
  try {
    const blob = new Blob([text], { type: `${type};charset=utf-8` });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: Firefox and Safari read the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    return true;
  } catch {
    return false;
  }
}

/** MIME types of the exports. */
export const MIME = {
  ics: 'text/calendar',
  vcf: 'text/vcard',
  csv: 'text/csv',
  md: 'text/markdown',
  txt: 'text/plain',
  json: 'application/json',
} as const;
