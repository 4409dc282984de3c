/**
 * Removes everything Strong Finish wrote to this browser: every element's saved data (`strong-finish/…`
 * in `localStorage` and `sessionStorage`) and the sync adapter's queue of edits not yet sent
 * (`strong-finish-sync:…`). For shared computers: call it when the intern signs out.
 *
 * It never touches keys of the host page, and never reaches a host's backend (an account's data stays
 * in the account). Edits the sync adapter had not sent yet are dropped with the queue.
 * @returns how many keys were removed.
 */
export function clearAll(): number {
  let removed = 0;
  for (const [area, key] of storedKeys()) {
    area.removeItem(key);
    removed++;
  }
  return removed;
}

/** Every key of ours in this browser's Web Storage, with the area that holds it. */
export function storedKeys(): [Storage, string][] {
  const found: [Storage, string][] = [];
  for (const area of browserAreas()) {
    for (let i = 0; i < area.length; i++) {
      const key = area.key(i);
      if (key !== null && (key.startsWith('strong-finish/') || key.startsWith('strong-finish-sync:'))) found.push([area, key]);
    }
  }
  return found;
}

function browserAreas(): Storage[] {
  const areas: Storage[] = [];
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      // Reading the property throws where storage is blocked (sandboxed frames, some privacy modes).
      const area = typeof window === 'undefined' ? undefined : window[name];
      if (area) areas.push(area);
    } catch {
      /* blocked: nothing of ours can be there */
    }
  }
  return areas;
}
