// The "nothing lost" matrix for the checklist (issue #28): see ./matrix.ts for the tables.
import { matrix } from './matrix.js';
import { checklist } from './steps.js';

matrix(checklist);
