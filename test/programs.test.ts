// The language corpus, shard 1 of 2 (test/programs-corpus.ts says what it checks; the
// other shard is programs-b.test.ts, so that vitest runs the two on both cores).
import { defineProgramTests } from './programs-corpus.js';

defineProgramTests(0, 2);
