// The "nothing lost" matrix for the kit's own profile (issue #28): see ./matrix.ts for the tables.
import { matrix } from './matrix.js';
import { profile } from './steps.js';

// The profile is the kit's: no host places it, and it is never alone.
matrix(profile, ['kit']);
