/** The shared core: everything the widgets build on, also public for hosts that extend the kit. */
export { define } from './define.js';
export { VERSION } from './version.js';
export { SfElement } from './base-element.js';
export { createSfEvent, type SfEventMap, type SfEventName } from './events.js';
export { PersistenceController, MemoryStorage, type StorageMode, type SaveStatus } from './persistence.js';
export { merge3, jsonEqual, type MergeOptions, type MergeResult } from './storage/merge.js';
export { ConflictError, AuthError, OfflineError, type StorageLike, type SetItemOptions, type StorageListener } from './storage/contract.js';
export { profileContext, kitContext, type Profile, type Kit } from './profile.js';
export { LocaleController, registerTranslations, availableLocales, type Messages } from './i18n.js';
export { greetingName, greetName } from './names.js';
export { safeUrl, safeWebUrl } from './url.js';
export { copyText } from './clipboard.js';
export { downloadText } from './download.js';
export * from './dates.js';
export * from './formats/index.js';
export { sharedStyles, tokens, controls } from './styles.js';
