export * from './content-line.js';
export * from './ics.js';
export * from './vcard.js';
export * from './csv.js';
export * from './mailto.js';
export * from './markdown.js';
export * from './text.js';
