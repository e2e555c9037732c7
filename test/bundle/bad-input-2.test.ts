// Bad input into every attribute: the elements' share 2 of 3 (the checks are in bad-input.ts).
import { describeBadInput } from './bad-input.js';

describeBadInput(1, 3);
