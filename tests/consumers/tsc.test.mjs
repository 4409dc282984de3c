// A TypeScript consumer: `tsc --noEmit` in the clean project over code that uses the classes, the tag-name
// map, typed events, JSX typings and the React wrappers (the docs' blocks included), once per
// `moduleResolution` a host may use: node16, nodenext, bundler, and node10 (through `typesVersions`).
// Also type-checked: docs/frameworks.md's JSX typings for React plain tags, docs/sync.md's adapter setup.
// `@ts-expect-error` lines prove the types are real: if an import fell back to `any`, they would fail.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, consumer, docBlock, workspace } from './project.mjs';

let project;
let dir;
before(async () => {
  project = await consumer();
  dir = workspace(project.dir, 'tsc');
  writeFileSync(join(dir, 'plain.ts'), docBlock('frameworks-plain-ts'));
  writeFileSync(join(dir, 'Finish.tsx'), docBlock('react-finish'));
  // docs/frameworks.md's JSX typings for React 19 plain tags, and plain tags that need them.
  writeFileSync(join(dir, 'strong-finish-jsx.d.ts'), docBlock('frameworks-jsx-react'));
  writeFileSync(join(dir, 'plain-tags.tsx'), `export const plain = (
  <>
    <keep-in-touch storage-key="plain" theme="dark" intern-name="Maya" />
    {/* @ts-expect-error: not a theme */}
    <internship-wrap-up theme="blue" />
  </>
);
`);
  // The createHttpStorage setup of docs/sync.md, checked as JavaScript (checkJs): the option names and the
  // adapter's type must still be what the package declares. (job-boards.md's twin runs in sync.test.mjs.)
  writeFileSync(join(dir, 'sync-setup.js'), `import 'strong-finish/internship-wrap-up/define.js';\n${docBlock('sync-setup')}`);
  writeFileSync(join(dir, 'host.d.ts'), 'declare const session: { accessToken: string; userId: string };\n');
  writeFileSync(join(dir, 'analytics.ts'), 'export const analytics = (name: string, value: string): void => console.log(name, value);\n');
  writeFileSync(join(dir, 'usage.tsx'), `import 'strong-finish/all.js';
import 'strong-finish/keep-in-touch/define.js';
import { InternshipChecklist, KeepInTouch, registerTranslations, type ChecklistValue, type SfEventMap, type StorageLike } from 'strong-finish';
import { define } from 'strong-finish/core';
import { KeepInTouch as KeepInTouchWrapper } from 'strong-finish/react/keep-in-touch.js';
import { InternshipWrapUp, reactEvents } from 'strong-finish/react';
import type { StrongFinishIntrinsicElements } from 'strong-finish/jsx';
// The files a page loads by URL, imported by a host that bundles or type-checks them too.
import { load } from 'strong-finish/strong-finish.js';
import { createHttpStorage } from 'strong-finish/http-storage.js';
import { KeepInTouch as StandaloneContacts } from 'strong-finish/standalone/keep-in-touch.js';
import { InternshipWrapUp as BundledKit } from 'strong-finish/strong-finish.bundle.js';

const list: InternshipChecklist = document.createElement('internship-checklist');
const contacts: KeepInTouch | null = document.querySelector('keep-in-touch');
list.addEventListener('sf-item-toggle', (e) => {
  const next: boolean = e.detail.next;
  if (next) e.preventDefault();
});
contacts?.addEventListener('sf-contact-logged', (e) => e.detail.contactId.toUpperCase());
const value: ChecklistValue = list.value;
list.value = value;
list.value = undefined;
list.theme = 'dark';
// @ts-expect-error: not a theme
list.theme = 'blue';
const detail: SfEventMap['sf-export'] = { format: 'ics', tag: 'internship-checklist' };
const adapter: StorageLike = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
list.storageAdapter = adapter;
registerTranslations('fr', { 'checklist.title': 'Bien finir son stage' });
define('my-checklist', class extends InternshipChecklist {});
const props: StrongFinishIntrinsicElements['keep-in-touch'] = { theme: 'auto' };
const loaded: Promise<void> = load('keep-in-touch');
list.storageAdapter = createHttpStorage({ url: '/api/strong-finish' });
const standalone: StandaloneContacts | null = document.querySelector('keep-in-touch');
const kit: BundledKit = document.createElement('internship-wrap-up');
// @ts-expect-error: the loader's load() takes tag names
void load(1);
export const view = (
  <>
    <KeepInTouchWrapper storageKey="a" onSfContactLogged={(e) => e.detail.channel} />
    <InternshipWrapUp endDate="2026-12-18" onSfStep={(e) => e.detail.index + 1} />
    {/* @ts-expect-error: sf-send's detail has no format */}
    <InternshipWrapUp onSfSend={(e) => e.detail.format} />
  </>
);
export { detail, kit, loaded, props, reactEvents, standalone };
`);
});

const CONFIGS = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  // node10 reads `typesVersions`; @lit/react's typings `import React from 'react'`, which needs this flag.
  node10: { module: 'esnext', moduleResolution: 'node10', allowSyntheticDefaultImports: true },
};

for (const [name, options] of Object.entries(CONFIGS)) {
  test(`tsc --noEmit with moduleResolution ${name}: classes, tag names, events, JSX and React wrappers are typed`, () => {
    const config = {
      compilerOptions: { ...options, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: false, types: [], allowJs: true, checkJs: true },
      files: ['usage.tsx', 'Finish.tsx', 'plain.ts', 'strong-finish-jsx.d.ts', 'plain-tags.tsx', 'sync-setup.js', 'host.d.ts'],
    };
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
    let out = '';
    try {
      bin(project.dir, 'tsc', ['-p', `tsconfig.${name}.json`], dir);
    } catch (error) {
      out = String(error.stdout || error.message);
    }
    assert.equal(out, '');
  });
}
