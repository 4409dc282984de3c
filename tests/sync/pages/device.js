// ?api=<server base>&token=<bearer>&key=<storage-key>: an <internship-checklist> saved through createHttpStorage().
// As a one-tag host does it: the loader defines the element when it is appended; the adapter is its own file.
import '../../../dist/strong-finish.js';
import { createHttpStorage } from '../../../dist/http-storage.js';

const params = new URLSearchParams(location.search);
const el = document.createElement('internship-checklist');
el.setAttribute('intern-name', 'Maya Chen');
el.setAttribute('end-date', '2026-12-18');
el.setAttribute('storage-key', params.get('key') ?? 'sync');
el.setAttribute('storage-label', 'Saved to your account');
el.storageAdapter = createHttpStorage({
  url: params.get('api'),
  headers: { Authorization: `Bearer ${params.get('token')}` },
  label: 'Saved to your account',
});
document.body.append(el);
