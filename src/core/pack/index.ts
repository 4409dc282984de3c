/**
 * The programme pack layer (issue #30): types, the runtime check, per-language text and the version
 * merge. The kit imports it on use (only a page with a pack pays for it).
 */
export type * from './types.js';
export { readPack, packText, partRules, PACK_TAGS } from './validate.js';
export { localize, partFor, packFrom, stampOf } from './resolve.js';
export { mergePack, showsItem, restoreRetired, type MergeItem, type MergeResult as PackMergeResult, type PackSeen } from './merge.js';
export { shapeList } from './list.js';
