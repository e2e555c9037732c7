// Bad input into every attribute (the checks are in bad-input.ts; the elements are shared out among
// this file and bad-input-2/-3.test.ts).
import { describeBadInput, describeManifestChecks } from './bad-input.js';

describe('bad input: the manifest', describeManifestChecks);
describeBadInput(0, 3);
