/*
 * chevrotain, loaded from its single-file bundle.
 *
 * Why: chevrotain's package entry (lib/src/api.js) pulls in hundreds of small modules
 * (lodash-es and chevrotain's own), which costs ~0.5-1.3 s of module loading at every start
 * of gilvm, against ~50 ms for the bundle the package ships (lib/chevrotain.min.mjs, the
 * same code). The package's "exports" map hides the bundle, so it is located from the
 * resolved entry point and imported by file URL. Types still come from 'chevrotain'.
 * Every front-end module imports chevrotain values from here, never from 'chevrotain'.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Chevrotain = typeof import('chevrotain');

const entry = createRequire(import.meta.url).resolve('chevrotain');
const bundle = join(dirname(entry), '..', 'chevrotain.min.mjs');
const chevrotain = (await import(pathToFileURL(bundle).href)) as Chevrotain;

export const {
  createToken, createTokenInstance, Lexer, EmbeddedActionsParser, defaultParserErrorProvider, VERSION, tokenMatcher,
  getLookaheadPaths,
} = chevrotain;

/** The classes of chevrotain's grammar tree (GAST), by name: grammar-cache.ts rebuilds
 * recorded rules from them. */
export const GAST_CLASSES = {
  Rule: chevrotain.Rule,
  NonTerminal: chevrotain.NonTerminal,
  Terminal: chevrotain.Terminal,
  Alternation: chevrotain.Alternation,
  Alternative: chevrotain.Alternative,
  Option: chevrotain.Option,
  Repetition: chevrotain.Repetition,
  RepetitionMandatory: chevrotain.RepetitionMandatory,
  RepetitionMandatoryWithSeparator: chevrotain.RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator: chevrotain.RepetitionWithSeparator,
} as const;
