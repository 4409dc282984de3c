// ?api=<server base>&token=<bearer>&key=<storage-key>: an <internship-checklist> saved through createHttpStorage().
import { createHttpStorage } from '../../../dist/strong-finish.js';

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
