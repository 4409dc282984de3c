const DEFAULT_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * Returns a URL safe to put in an `href`, or undefined. Only absolute `http:`, `https:` and `mailto:`
 * URLs pass (or the narrower list given); `javascript:`, `data:`, `vbscript:`, relative URLs and their
 * disguised variants (case, whitespace, control characters) never do.
 */
export function safeUrl(raw: unknown, schemes: readonly string[] = DEFAULT_SCHEMES): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // The WHATWG parser (the one the browser uses for href) strips the control characters and
  // whitespace an attacker could hide a scheme behind, so we judge exactly what the browser would open.
  const trimmed = raw.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!schemes.includes(url.protocol)) return undefined;
  return url.href;
}

/** An http(s) URL for a profile link such as LinkedIn; a bare "linkedin.com/in/x" gains https://. */
export function safeWebUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  if (/^(www\.)?linkedin\.com\//i.test(trimmed)) return safeUrl(`https://${trimmed}`, ['https:']);
  return safeUrl(trimmed, ['http:', 'https:']);
}

/** What to keep for a typed profile link: `linkedin.com/in/x` (as placeholders show it) becomes `https://…`; anything else is kept as typed. */
export function webAddress(raw: string): string {
  return safeWebUrl(raw) ?? raw.trim();
}
