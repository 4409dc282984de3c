import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
// Catalogues are opt-in: the language toolbar loads Spanish or Arabic when picked.
import '../src/translations/lazy.js';

// Statics (kitSlot, schemaVersion, styles…) are each class's plumbing, not the element's API: keep them out of the controls table.
for (const mod of (manifest as unknown as { modules: { declarations?: { members?: { static?: boolean }[] }[] }[] }).modules) {
  for (const d of mod.declarations ?? []) if (d.members) d.members = d.members.filter((m) => !m.static);
}
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (sets lang and dir)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as string) || 'en';
      document.documentElement.lang = locale;
      document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};
export default preview;
