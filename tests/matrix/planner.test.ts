// The "nothing lost" matrix for the finish-strong planner (issue #28): see ./matrix.ts for the tables.
import { matrix } from './matrix.js';
import { planner } from './steps.js';

matrix(planner);
