/*
 * The order in which CPython 3.11 finalizes what the dead module namespaces held at
 * interpreter exit (objects/finalizer.ts clearMainAtExit: __main__'s when it is cyclic
 * garbage, and the script's own imported modules').
 *
 * What CPython does: Py_FinalizeEx runs a full collection while __main__ is alive
 * (_PyGC_CollectIfEnabled), then takes the modules out of sys.modules and collects again
 * (finalize_modules). In that last collection the namespace and everything only it reaches
 * are garbage, and PEP 442 runs every finalizer (__del__, a suspended generator's close) in
 * the order of the collector's object list before it clears anything: so every __del__
 * still sees the module's globals. The list's order is the order objects were tracked,
 * reordered by the first collection's move_unreachable: it scans the list in order; an
 * object that no object scanned before it has reached (marked) is set aside, and when a
 * later-scanned object reaches it, it is moved to the list's end. So an object held only by
 * a container tracked after it (a list display's items, `N(1, N(2))`'s inner node, a dict's
 * first value: CPython tracks a dict when its first tracked value goes in) ends up behind
 * everything not yet scanned, in the order the container's tp_traverse visits it (lists
 * and tuples from the last item to the first).
 *
 * How: the objects reachable from the namespace (gc-tracked ones; through instances'
 * attributes and slots, containers' items, classes' namespaces, functions' defaults,
 * closures and __dict__, and what gcTraverse gives for the other kinds; not through
 * modules or functions' globals) are put in their estimated tracking order and the scan is
 * simulated on them. The tracking order is known for instances of classes with __del__ and
 * generators with handlers (Runtime.finalizerOrder) and for lists (the LIST_BORN stamp);
 * a tuple, a set or a dict display (DICT_DISPLAY_VERSION) is made after its items, a class
 * after its namespace's values, a function after its defaults and closure cells, another
 * dict is tracked at its first tracked value, an instance of a class without __del__ and a
 * cell are made before their contents (__init__ sets the attributes), modules are older
 * than what the program makes.
 *
 * Scratch only: JS maps and arrays for one call at exit, nothing kept.
 */
import { FLAG_GC_TRACKED, IMMORTAL_REFCNT, OB_FLAGS, OB_REF_LOCAL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { Kind } from './kinds.js';
import { kindOf, typeOf } from './object.js';
import { TP_DICT, TP_FLAGS, TPF_HEAPTYPE } from './typelayout.js';
import { TUPLE_ITEMS_WORD } from './tuple.js';
import { LIST_BORN, LIST_ITEMS, LIST_SIZE } from './list.js';
import { DICT_DISPLAY_VERSION, DICT_VERSION, dictEntryKey, dictEntryValue, dictNextEntry } from './dict.js';
import { FN_CLOSURE, FN_DEFAULTS, FN_DICT, FN_KWDEFAULTS, CELL_REF } from './function.js';
import { instanceDict } from './abstract.js';
import { slotWordsRange } from './member.js';
import { gcTraverse } from './gcsupport.js';
import { garbageNeedsFinalizer } from './finalizer.js';

/** The estimated tracking age of objects older than anything the program made. */
const OLD = -1e15;

/** Whether v is an object the collector's lists would hold: tracked, not immortal. */
function isNode(rt: Runtime, v: Ref): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const i32 = rt.i32;
  return (i32[(v + OB_FLAGS) >> 2]! & FLAG_GC_TRACKED) !== 0 && i32[(v + OB_REF_LOCAL) >> 2] !== IMMORTAL_REFCNT;
}

/** The values (and non-str keys) of dict `d`, in entry order, as dict_traverse visits them. */
function dictChildren(rt: Runtime, d: Ref, out: Ref[]): void {
  for (let ix = dictNextEntry(rt, d, 0); ix >= 0; ix = dictNextEntry(rt, d, ix + 1)) {
    const k = dictEntryKey(rt, d, ix);
    if (kindOf(rt, k) !== Kind.STR) out.push(k);
    out.push(dictEntryValue(rt, d, ix));
  }
}

/** The values of a module namespace that the collector tracks. */
function namespaceChildren(rt: Runtime, namespace: Ref): Ref[] {
  const out: Ref[] = [];
  dictChildren(rt, namespace, out);
  return out.filter((c) => isNode(rt, c));
}

/** The estimated tracking age of the namespaces: before anything else (each is referenced
 * from outside the garbage in the first collection, so all are scanned as reachable). */
const NAMESPACE_AGE = -Infinity;

/** What `ref` references, in CPython's tp_traverse order, restricted as the file comment says. */
function childrenOf(rt: Runtime, ref: Ref): Ref[] {
  const i32 = rt.i32;
  const out: Ref[] = [];
  const kind = kindOf(rt, ref);
  const type = typeOf(rt, ref);
  if ((i32[(type + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0 && kind !== Kind.TYPE) {
    // subtype_traverse: __slots__, then the attributes (3.11 keeps them inline), then the class
    const slots = slotWordsRange(rt, type);
    const attrs = instanceDict(rt, ref, false);
    if (slots !== null) {
      for (let at = slots[0]; at < slots[1]; at += 4) {
        const v = i32[(ref + at) >> 2]!;
        if (v !== 0 && v !== attrs) out.push(v as Ref);
      }
    }
    if (attrs !== 0) dictChildren(rt, attrs, out);
    out.push(type);
  }
  switch (kind) {
    case Kind.LIST: {
      const items = i32[(ref + LIST_ITEMS) >> 2]! >> 2;
      for (let i = i32[(ref + LIST_SIZE) >> 2]! - 1; i >= 0; i--) out.push(i32[items + i]! as Ref);
      break;
    }
    case Kind.TUPLE: {
      const base = (ref >> 2) + TUPLE_ITEMS_WORD;
      for (let i = i32[(ref >> 2) + 4]! - 1; i >= 0; i--) out.push(i32[base + i]! as Ref);
      break;
    }
    case Kind.DICT:
      dictChildren(rt, ref, out);
      break;
    case Kind.SET: case Kind.FROZENSET:
      for (let ix = dictNextEntry(rt, ref, 0); ix >= 0; ix = dictNextEntry(rt, ref, ix + 1)) out.push(dictEntryKey(rt, ref, ix));
      break;
    case Kind.FUNCTION:
      for (const off of [FN_DEFAULTS, FN_KWDEFAULTS, FN_DICT, FN_CLOSURE]) out.push(i32[(ref + off) >> 2]! as Ref);
      break;
    case Kind.CELL:
      out.push(i32[(ref + CELL_REF) >> 2]! as Ref);
      break;
    case Kind.TYPE:
      if ((i32[(ref + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
        const ns = i32[(ref + TP_DICT) >> 2]! as Ref;
        if (ns !== 0) dictChildren(rt, ns, out);
      }
      break;
    case Kind.MODULE: case Kind.OBJECT:
      break;
    default:
      if ((i32[(type + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) gcTraverse(rt, ref, (c) => void out.push(c));
  }
  return out.filter((c) => isNode(rt, c));
}

/**
 * The objects with a finalizer still to run among those reachable from the module
 * `namespaces`, in the order CPython's last collection runs them (see the file comment);
 * null when more than `limit` objects are reachable (the caller falls back to a cheaper
 * order).
 */
export function exitFinalizationOrder(rt: Runtime, namespaces: Ref[], limit: number): Ref[] | null {
  // the reachable objects, in discovery order, with their children
  const index = new Map<Ref, number>();
  const nodes: Ref[] = [];
  for (const ns of namespaces) {
    if (index.has(ns)) continue;
    index.set(ns, nodes.length);
    nodes.push(ns);
  }
  const roots = nodes.length;
  const children: Ref[][] = [];
  for (let i = 0; i < nodes.length; i++) {
    const own = i < roots ? namespaceChildren(rt, nodes[i]!) : childrenOf(rt, nodes[i]!);
    children.push(own);
    for (const c of own) {
      if (index.has(c)) continue;
      if (nodes.length >= limit) return null;
      index.set(c, nodes.length);
      nodes.push(c);
    }
  }
  // estimated tracking ages
  const age = new Float64Array(nodes.length).fill(NaN);
  for (let r = 0; r < roots; r++) age[r] = NAMESPACE_AGE;
  const estimate = (i: number, depth: number): number => {
    if (!Number.isNaN(age[i]!)) return age[i]!;
    const ref = nodes[i]!;
    age[i] = OLD + i; // provisional: a cycle back to this node sees it as old
    const known = rt.finalizerOrder.get(ref);
    if (known !== undefined) return (age[i] = known);
    const kind = kindOf(rt, ref);
    if (kind === Kind.MODULE) return age[i]!;
    if (kind === Kind.LIST && typeOf(rt, ref) === rt.tList) {
      const born = rt.i32[(ref + LIST_BORN) >> 2]!;
      if (born !== 0) return (age[i] = born);
    }
    if (depth > 64) return age[i]!;
    const ages: number[] = [];
    const heapInstance = kind !== Kind.TYPE && (rt.i32[(typeOf(rt, ref) + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
    // a function is made after its defaults and closure, not its __dict__'s values
    const funcDict = kind === Kind.FUNCTION ? rt.i32[(ref + FN_DICT) >> 2]! : 0;
    for (const c of children[i]!) {
      if ((heapInstance && c === typeOf(rt, ref)) || (funcDict !== 0 && c === funcDict)) continue;
      const a = estimate(index.get(c)!, depth + 1);
      if (a > OLD / 2) ages.push(a);
    }
    if (ages.length === 0) return age[i]!;
    if (kind === Kind.DICT) {
      // a display is made after all its values; another dict is tracked at its first
      // tracked value (CPython's MAINTAIN_TRACKING), which the others may come after
      const display = (rt.i32[(ref + DICT_VERSION) >> 2]! & DICT_DISPLAY_VERSION) !== 0;
      return (age[i] = (display ? Math.max(...ages) : ages[0]!) + 0.5);
    }
    if (heapInstance || kind === Kind.CELL) return (age[i] = Math.min(...ages) - 0.25);
    return (age[i] = Math.max(...ages) + 0.5);
  };
  for (let i = roots; i < nodes.length; i++) estimate(i, 0);
  const young = nodes.map((_, i) => i).sort((a, b) => age[a]! - age[b]! || a - b);
  // the first collection's move_unreachable, the namespaces referenced from outside
  const at = new Int32Array(nodes.length); // each node's current position in `young`
  young.forEach((n, p) => void (at[n] = p));
  const marked = new Uint8Array(nodes.length);
  const setAside = new Uint8Array(nodes.length);
  marked.fill(1, 0, roots);
  for (let p = 0; p < young.length; p++) {
    const n = young[p]!;
    if (at[n] !== p) continue;
    if (marked[n] === 0) {
      setAside[n] = 1;
      continue;
    }
    for (const c of children[n]!) {
      const ci = index.get(c)!;
      if (setAside[ci] === 1) {
        setAside[ci] = 0;
        at[ci] = young.length;
        young.push(ci);
      }
      marked[ci] = 1;
    }
  }
  const order: Ref[] = [];
  young.forEach((n, p) => {
    if (at[n] === p && garbageNeedsFinalizer(rt, nodes[n]!)) order.push(nodes[n]!);
  });
  return order;
}
