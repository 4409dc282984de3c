// The "nothing lost" matrix for one step (issue #28): see ./matrix.ts for the tables.
import { matrix } from './matrix.js';
import { thanks } from './steps.js';

matrix(thanks);
