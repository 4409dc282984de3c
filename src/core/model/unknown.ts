/** The issue `obj()` reports for a field it does not know (kept, not dropped). */
export const UNKNOWN_FIELD = ': unknown field';

/**
 * The issues worth a warning for stored data: unknown fields there are a newer build's, kept on purpose,
 * not a host's mistake.
 */
export function withoutUnknownFieldIssues(issues: readonly string[]): string[] {
  return issues.filter((issue) => !issue.endsWith(UNKNOWN_FIELD));
}
