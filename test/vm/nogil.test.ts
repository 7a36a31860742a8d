// No-GIL mode (issue 6): the mode flag, the per-object locks (vm/objlock.ts), the QSBR
// retire lists and the end-of-run count folding (vm/nogil.ts), on one JS thread. The
// parallel behaviour itself is tested end to end by test/programs (nogil_*.py and every
// thread_*.py run a second time with --no-gil --workers 2).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile-source.js';
import { runCode } from '../../src/vm/run.js';
import { createInterpreter } from '../../src/vm/interp.js';
import type { Runtime } from '../../src/vm/runtime.js';
import type { Ref } from '../../src/heap/layout.js';
import { OB_FLAGS, OB_REF_LOCAL, OB_REF_SHARED } from '../../src/heap/layout.js';
import { EXR_QSBR_SEEN, EXR_RETIRE_LEN, HDR_EXECUTOR_COUNT, HDR_NOGIL_PARALLEL, HDR_QSBR_EPOCH } from '../../src/heap/memory.js';
import { objLock, objLock2, objLockHolder, objUnlock, objUnlock2 } from '../../src/vm/objlock.js';
import {
  parallelRunEnded, parallelRunning, parallelRunStarting, qsbrSliceEnd, qsbrSliceStart, QSBR_OFFLINE,
} from '../../src/vm/nogil.js';
import { dictNew, dictSetItem, dictSize } from '../../src/objects/dict.js';
import { listNew, listAppend, listSize } from '../../src/objects/list.js';
import { floatNew } from '../../src/objects/float.js';
import { TS_ID } from '../../src/vm/threadstate.js';
import { smallIntRef } from '../../src/heap/layout.js';

function runPy(source: string, noGil: boolean): string {
  const r = runCode(compileSource(source, '<nogil>'), { capture: true, checkRefs: true, threads: { noGil } });
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout;
}

function retired(rt: Runtime, executor: number): number {
  return rt.i32[rt.heap.execRecordWord(executor) + EXR_RETIRE_LEN]!;
}

describe('the no-GIL mode flag', () => {
  it('sys._is_gil_enabled() is False with --no-gil, True otherwise', () => {
    const src = 'import sys\nprint(sys._is_gil_enabled())\n';
    expect(runPy(src, true)).toBe('False\n');
    expect(runPy(src, false)).toBe('True\n');
  });

  it('a single-threaded program gives the same output and no leak in both modes', () => {
    const src = [
      'd = {}', 'l = []', 's = set()',
      'for i in range(2000):', '    d[i] = [i] * 3', '    l.append(d[i])', '    s.add(i % 97)',
      'del d[5]', 'l.pop(0)', 'print(len(d), len(l), len(s), sum(len(x) for x in l), 3 in s, list(d)[:3])',
    ].join('\n') + '\n';
    expect(runPy(src, true)).toBe(runPy(src, false));
  });

  it('gilvm run --no-gil runs threads (CLI, built dist/)', () => {
    const code = [
      'import sys, threading',
      'out = []',
      'ts = [threading.Thread(target=lambda k=k: out.append((k, sys._is_gil_enabled()))) for k in range(3)]',
      'for t in ts: t.start()',
      'for t in ts: t.join()',
      'print(sorted(out))',
    ].join('\n');
    const r = spawnSync(process.execPath, [resolve('bin/gilvm.js'), 'run', '--no-gil', '--workers', '2', '--check-refs', '-c', code], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[(0, False), (1, False), (2, False)]\n');
    expect(r.status).toBe(0);
  });
});

/** A no-GIL interpreter in the state of a parallel run (objLock takes locks only then). */
function parallelInterpreter(): Runtime {
  const rt = createInterpreter({ noGil: true });
  Atomics.store(rt.i32, HDR_NOGIL_PARALLEL >> 2, 1);
  return rt;
}

describe('per-object locks (vm/objlock.ts)', () => {
  it('takes nothing while one executor runs alone (before the first thread starts)', () => {
    const rt = createInterpreter({ noGil: true });
    const l = listNew(rt, 0);
    expect(objLock(rt, l)).toBe(false);
    expect(objLockHolder(rt, l)).toBe(0);
    Atomics.store(rt.i32, HDR_NOGIL_PARALLEL >> 2, 1);
    expect(objLock(rt, l)).toBe(true);
    expect(objLockHolder(rt, l)).toBe(1);
    objUnlock(rt, l);
    Atomics.store(rt.i32, HDR_NOGIL_PARALLEL >> 2, 0);
    rt.rc.decref(l);
  });

  it('lock bits live in OB_FLAGS 16-31 and leave the low half alone; re-entry does not re-take', () => {
    const rt = parallelInterpreter();
    const l = listNew(rt, 0);
    const flagsBefore = rt.i32[(l + OB_FLAGS) >> 2]! & 0xffff;
    expect(objLockHolder(rt, l)).toBe(0);
    expect(objLock(rt, l)).toBe(true);
    expect(objLockHolder(rt, l)).toBe(1); // the main thread's tid
    expect(rt.i32[(l + OB_FLAGS) >> 2]! & 0xffff).toBe(flagsBefore);
    expect(objLock(rt, l)).toBe(false); // already ours
    // a container operation inside the critical section re-enters without deadlock
    listAppend(rt, l, smallIntRef(7));
    expect(listSize(rt, l)).toBe(1);
    objUnlock(rt, l);
    expect(objLockHolder(rt, l)).toBe(0);
    expect(rt.i32[(l + OB_FLAGS) >> 2]! & 0xffff).toBe(flagsBefore);
    rt.rc.decref(l);
  });

  it('the holder is the running thread: another thread state is another token', () => {
    const rt = parallelInterpreter();
    const d = dictNew(rt);
    expect(objLock(rt, d)).toBe(true);
    const saved = rt.i32[(rt.ts + TS_ID) >> 2]!;
    rt.i32[(rt.ts + TS_ID) >> 2] = 9;
    expect(objLockHolder(rt, d)).toBe(1);
    rt.i32[(rt.ts + TS_ID) >> 2] = saved;
    objUnlock(rt, d);
    rt.rc.decref(d);
  });

  it('two objects are locked in address order and released by mask', () => {
    const rt = parallelInterpreter();
    const a = listNew(rt, 0);
    const b = dictNew(rt);
    const taken = objLock2(rt, b, a);
    expect(taken).toBe(3);
    expect(objLockHolder(rt, a)).toBe(1);
    expect(objLockHolder(rt, b)).toBe(1);
    expect(objLock2(rt, a, b)).toBe(0); // both already held: nothing taken again
    objUnlock2(rt, b, a, taken);
    expect(objLockHolder(rt, a)).toBe(0);
    expect(objLockHolder(rt, b)).toBe(0);
    expect(objLock2(rt, a, a)).toBe(1);
    objUnlock2(rt, a, a, 1);
    expect(objLockHolder(rt, a)).toBe(0);
    rt.rc.decref(a);
    rt.rc.decref(b);
  });
});

describe('QSBR retire lists and the end of the parallel run (vm/nogil.ts)', () => {
  function parallelSetup(): Runtime {
    const rt = createInterpreter({ noGil: true });
    rt.i32[HDR_EXECUTOR_COUNT >> 2] = 2;
    parallelRunStarting(rt, 2);
    expect(parallelRunning(rt.heap)).toBe(true);
    return rt;
  }

  it('a dict keys block replaced by a resize waits until every online executor passed a slice start', () => {
    const rt = parallelSetup();
    qsbrSliceStart(rt); // executor 0 online
    const other = rt.heap.execRecordWord(1) + EXR_QSBR_SEEN;
    rt.i32[other] = rt.i32[HDR_QSBR_EPOCH >> 2]!; // executor 1 online since before the retire
    const d = dictNew(rt);
    for (let i = 0; i < 40; i++) dictSetItem(rt, d, smallIntRef(i), smallIntRef(i));
    const n = retired(rt, 0);
    expect(n).toBeGreaterThan(0); // old keys blocks retired, not freed
    qsbrSliceStart(rt);
    expect(retired(rt, 0)).toBe(n); // executor 1 may still read them
    rt.i32[other] = QSBR_OFFLINE; // executor 1 ended its slice
    qsbrSliceStart(rt);
    expect(retired(rt, 0)).toBe(0);
    qsbrSliceEnd(rt);
    expect(dictSize(rt, d)).toBe(40);
    rt.rc.decref(d);
    parallelRunEnded(rt);
  });

  it('a replaced dict value is released only after the grace period (lock-free readers)', () => {
    const rt = parallelSetup();
    qsbrSliceStart(rt);
    const other = rt.heap.execRecordWord(1) + EXR_QSBR_SEEN;
    rt.i32[other] = rt.i32[HDR_QSBR_EPOCH >> 2]!;
    const d = dictNew(rt);
    const key = smallIntRef(1);
    const f = floatNew(rt, 1.5);
    dictSetItem(rt, d, key, f);
    rt.rc.decref(f); // the dict holds the only reference
    expect(rt.i32[(f + OB_REF_LOCAL) >> 2]).toBe(1);
    dictSetItem(rt, d, key, smallIntRef(2));
    expect(rt.i32[(f + OB_REF_LOCAL) >> 2]).toBe(1); // not released yet
    rt.i32[other] = QSBR_OFFLINE;
    qsbrSliceStart(rt);
    expect(rt.i32[f >> 2]).toBe(0); // released and freed (OB_TYPE 0)
    rt.rc.decref(d);
    parallelRunEnded(rt);
  });

  it('parallelRunEnded folds shared counts into plain local counts owned by executor 0', () => {
    const rt = parallelSetup();
    const l = listNew(rt, 0);
    const w = l >> 2;
    // as if executor 1 owned it with one local reference and two shared ones
    rt.i32[w + (OB_FLAGS >> 2)] = (rt.i32[w + (OB_FLAGS >> 2)]! & ~0xff) | 1;
    rt.i32[w + (OB_REF_SHARED >> 2)] = 2 << 2;
    parallelRunEnded(rt);
    expect(parallelRunning(rt.heap)).toBe(false);
    expect(rt.i32[w + (OB_REF_LOCAL >> 2)]).toBe(3);
    expect(rt.i32[w + (OB_REF_SHARED >> 2)]).toBe(0);
    expect(rt.i32[w + (OB_FLAGS >> 2)]! & 0xff).toBe(0);
    for (let k = 0; k < 3; k++) rt.rc.decref(l as Ref);
    expect(rt.i32[l >> 2]).toBe(0);
  });
});
