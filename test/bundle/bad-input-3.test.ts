// Bad input into every attribute: the elements' share 3 of 3 (the checks are in bad-input.ts).
import { describeBadInput } from './bad-input.js';

describeBadInput(2, 3);
