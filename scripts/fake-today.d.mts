/** Replaces `scope.Date` with one whose "now" is `today` (YYYY-MM-DD) at 10:00 local time plus the time elapsed since. */
export function installFakeToday(scope: typeof globalThis, today: string): void;
/** The browser's version: a classic script for a test page's `<head>`. */
export function fakeTodayScript(today: string): string;
