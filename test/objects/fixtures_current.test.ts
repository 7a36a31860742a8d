// The committed fixtures under test/objects/fixtures/ are exactly what
// scripts/gen_leaf_expected.py produces (checked only where python3 is CPython 3.11,
// since the expected values are CPython 3.11's).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, '..', '..', 'scripts', 'gen_leaf_expected.py');

function python311(): boolean {
  try {
    return execFileSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' }).trim() === 'True';
  } catch {
    return false;
  }
}

describe.runIf(python311())('leaf fixtures', () => {
  it('are current', () => {
    const out = mkdtempSync(join(tmpdir(), 'gilvm-fixtures-'));
    try {
      execFileSync('python3', [script], { env: { ...process.env, GILVM_FIXTURE_OUT: out } });
      const committed = readdirSync(join(here, 'fixtures')).sort();
      expect(readdirSync(out).sort()).toEqual(committed);
      for (const name of committed) {
        const same = readFileSync(join(out, name), 'utf8') === readFileSync(join(here, 'fixtures', name), 'utf8');
        expect(same, `${name} differs: rerun python3 scripts/gen_leaf_expected.py`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
