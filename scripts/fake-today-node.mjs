// `node --import ./scripts/fake-today-node.mjs …`: fakes today in Node when SF_TODAY=YYYY-MM-DD (see fake-today.mjs).
import { installFakeToday } from './fake-today.mjs';

if (process.env.SF_TODAY) installFakeToday(globalThis, process.env.SF_TODAY);
