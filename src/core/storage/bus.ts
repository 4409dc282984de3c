import { describeElement, warnOnce } from '../warn.js';

/**
 * Instances that save to the same storage and key on one page. `localStorage` fires no `storage` event
 * in the page that wrote, so without this two instances each keep their own copy and the last save
 * replaces the other's edits. A peer that saved tells the others, which merge what it wrote.
 */
export interface Peer {
  readonly host: HTMLElement;
  receive(text: string | null): void;
}

const rooms = new WeakMap<object, Map<string, Set<Peer>>>();

/** Joins the room for `storage` + `key`; returns a function that leaves it. */
export function join(storage: object, key: string, peer: Peer): () => void {
  let byKey = rooms.get(storage);
  if (!byKey) rooms.set(storage, (byKey = new Map()));
  let peers = byKey.get(key);
  if (!peers) byKey.set(key, (peers = new Set()));
  const other = [...peers].find((p) => p.host !== peer.host);
  if (other) {
    // Usually an accident (two widgets left on the default key); they stay in sync, but the host should know.
    warnOnce(
      storage,
      `bus:${key}`,
      `${describeElement(other.host)} and ${describeElement(peer.host)} save to the same key "${key}"; they are kept in sync. Give each its own storage-key if they should hold different data.`,
    );
  }
  peers.add(peer);
  const room = peers;
  return () => {
    room.delete(peer);
  };
}

/** Tells the other peers in the room that `from` stored `text`. */
export function publish(storage: object, key: string, from: Peer, text: string | null): void {
  for (const peer of rooms.get(storage)?.get(key) ?? []) if (peer !== from) peer.receive(text);
}
