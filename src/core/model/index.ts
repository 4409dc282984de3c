/**
 * The data model shared by every element (issue #28, DATA.md): the stored envelope and its versions,
 * items stored as what the intern did (defaults and pack items by id, her words as `text`), and unknown
 * fields kept through every edit (`obj()` in ../schema.ts carries them). Each element's own model
 * (schema, default ids, migrations) lives in `src/<tag>/model.ts`.
 */
export { readEnvelope, writeEnvelope, migrate, type Envelope, type Migrations, type ReadResult } from './envelope.js';
export { isHers, itemText, withText, defaultItem, itemSource, type ItemSource, type StoredItem, type TextLookup } from './items.js';
export { UNKNOWN_FIELD, withoutUnknownFieldIssues } from './unknown.js';
