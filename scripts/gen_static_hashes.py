"""Writes src/objects/statichash.ts: the low 16 bits of CPython's hash() of None, Ellipsis,
NotImplemented, the built-in types and the types of None, functions, generators, modules
and methods, as the python3 running this script has them.

CPython hashes these objects by address (_Py_HashPointer: the address rotated right by 4
bits). They are static data of the interpreter's library, so within one build their address
changes from run to run only above the bits that place them in a set or dict: the order in
which `{None, 1}` or `{int, str, float}` iterates is the same every run. gilvm gives them
hashes with the same low 16 bits (objects/abstract.ts staticIdentityHash), so those sets
print in the reference interpreter's order. Types CPython makes at start-up on its heap
(ExceptionGroup, importlib's loader) move from run to run and are left out.

Run: python3 scripts/gen_static_hashes.py
"""
import builtins
import subprocess
import sys

PROBE = """
import builtins
for n, v in sorted(vars(builtins).items()):
    if isinstance(v, type) and not (v.__flags__ & (1 << 9)):
        print(n, hash(v) & 0xffff)
for n in ("None", "Ellipsis", "NotImplemented"):
    print(n, hash(getattr(builtins, n)) & 0xffff)
def function(): yield
for t in (type(None), type(NotImplemented), type(...), type(function), type(len), type(function()),
          type(builtins), type([].append), type(object.__init__), type(str.join), type(int.real)):
    print(t.__name__, hash(t) & 0xffff)
"""


def run():
    return subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout


def main():
    first, second = run(), run()
    stable = dict(line.split() for line in first.splitlines())
    other = dict(line.split() for line in second.splitlines())
    rows = sorted((n, int(h)) for n, h in stable.items() if other.get(n) == h)
    out = ["/*",
           " * The low 16 bits of CPython's hash() of None, Ellipsis, NotImplemented and the built-in",
           f" * types (python {sys.version.split()[0]}), written by scripts/gen_static_hashes.py: see there",
           " * for why. Used by objects/abstract.ts staticIdentityHash. Do not edit.",
           " */",
           "export const CPYTHON_STATIC_HASH_LOW16: ReadonlyMap<string, number> = new Map([",]
    out += [f"  ['{n}', {h}]," for n, h in rows]
    out += ["]);", ""]
    with open("src/objects/statichash.ts", "w") as f:
        f.write("\n".join(out))
    print(f"{len(rows)} objects")


main()
