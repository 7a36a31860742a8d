// Shared helpers for the numeric leaf-library tests: load the JSON fixtures written by
// scripts/gen_leaf_expected.py (CPython 3.11) and encode floats/errors the same way.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NumericError } from '../../src/objects/intmath.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function loadFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;
}

const view = new DataView(new ArrayBuffer(8));

export function bitsToFloat(hex: string): number {
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

export function floatToBits(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Runs fn; returns its value, or "!Type: message" for a NumericError (as the fixtures). */
export function attempt<T>(fn: () => T): T | string {
  try {
    return fn();
  } catch (e) {
    // str() of the Python exception: an errno-based one shows its (errno, message) args
    if (e instanceof NumericError) return e.errno === undefined ? `!${e.pyType}: ${e.message}` : `!${e.pyType}: (${e.errno}, '${e.message}')`;
    throw e;
  }
}

/** Distance in units in the last place between two same-signed finite floats given as bits. */
export function ulpDistance(aBits: string, bBits: string): number {
  const d = BigInt('0x' + aBits) - BigInt('0x' + bBits);
  return Number(d < 0n ? -d : d);
}
