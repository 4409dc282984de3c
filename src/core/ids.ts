let counter = 0;

/** A short id that is unique within the page and stable enough for storage (time + random + counter). */
export function newId(prefix = 'i'): string {
  counter = (counter + 1) % 1296;
  const random = Math.floor(Math.random() * 1679616).toString(36).padStart(4, '0');
  return `${prefix}${Date.now().toString(36)}${random}${counter.toString(36)}`;
}
