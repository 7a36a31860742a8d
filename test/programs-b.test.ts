// The language corpus, shard 2 of 2 (test/programs-corpus.ts says what it checks).
import { defineProgramTests } from './programs-corpus.js';

defineProgramTests(1, 2);
