# gilvm-nogil: --workers 2
# every tier-1 builtin with unusual-but-valid and wrong arguments: results and exact messages
tests = [
 "abs('x')", "all(1)", "any(None)", "ascii()", "bin(1.5)", "bool(1, 2)", "callable()", "chr(-1)", "chr(0x110000)", "chr('a')",
 "delattr(1)", "dict(1)", "dict([1])", "dict([(1,2,3)])", "dir(1, 2)", "divmod(1)", "divmod(1, 0)", "divmod('a', 1)", "enumerate()", "enumerate([], 'x')",
 "filter(None)", "float('abc')", "float([])", "format(1, 'q')", "format('s', 'd')", "frozenset(1)", "getattr(1)", "getattr(1, 2)", "getattr(1, 'x')",
 "hasattr(1)", "hash([])", "hex('1')", "id()", "int('12x')", "int('10', 1)", "int('10', 37)", "int(1.5, 2)", "int([])", "int(None)", "int('')", "int(' 1_0 ')", "int('1__0')",
 "isinstance(1, 1)", "isinstance(1, (int, 1))", "issubclass(1, int)", "issubclass(int, 1)", "iter(1)", "iter(1, 2)", "len(5)", "list(1)", "max()", "max([])", "max(1)",
 "min([], default=3)", "min(1, 2, default=3)", "max([1], [2], key=len, default=0)", "next(1)", "next(iter([]))", "oct(1.0)", "ord('ab')", "ord(1)", "ord('')",
 "pow(2, 3, 0)", "pow(2, -1, 5)", "pow(2.0, 3, 5)", "pow(0, -1)", "pow()", "range(1.5)", "range()", "range(1, 2, 0)", "repr()", "reversed(1)", "round('1')", "round(1.5, 'x')",
 "set(1)", "setattr(1, 'x', 2)", "slice()", "sorted(1)", "sorted([1, 'a'])", "sorted([], 1)", "str(1, 2)", "str(b'x', 'bogus')", "sum(1)", "sum(['a', 'b'], '')", "sum([[1]], [])",
 "tuple(1)", "type()", "type(1, 2)", "vars(1)", "zip(1)", "list(zip([1], [1, 2], strict=True))", "list(zip([1, 2], [1], strict=True))", "list(zip([1], [2], [3, 4], strict=True))",
 "print(sep=1)", "print(end=2)", "print(file=1)", "print(1, flush=1)", "object(1)", "classmethod()", "input(1, 2)",
 "[].pop()", "[].remove(1)", "[1].index(2)", "().index(1)", "'a'.index('b')", "{}.popitem()", "set().pop()", "{1}.remove(2)", "'x'.join([1])", "'a'.split('')", "'%d' % 'x'", "'{}'.format()", "'{0}{}'.format(1, 2)", "'{x}'.format()",
 "round(2.5)", "round(3.5)", "round(-0.5)", "round(0.125, 2)", "round(2.675, 2)", "round(1234, -2)", "round(1250, -2)", "round(1350, -2)", "round(1.5, None)", "round(float('inf'))", "round(float('nan'))", "round(5, 'a')",
 "int('0x1f', 0)", "int('0b101', 0)", "int('017', 0)", "int('0o17', 8)", "int('٣')", "int('  -0  ')", "int('+7')", "int(True)", "int('1e3')", "float('1_000.5')", "float(' -inf ')", "float('nan ')", "float('infinity')",
 "min('abc', key=ord)", "max({1: 'a', 3: 'b'})", "sorted('bca', reverse=True)", "sorted([3, 1], key=None)", "list(reversed(range(5)))", "list(enumerate('ab', start=10))", "dict(a=1, **{'b': 2})", "dict({'a': 1}, a=2)",
 "divmod(-7, 2)", "divmod(7.5, -2)", "pow(3, 4, 5)", "pow(-2, 3, 5)", "abs(-0.0)", "abs(True)", "hash(True)", "ascii('é')", "repr('é\\n')", "chr(955)", "ord('λ')", "bin(-5)", "oct(-8)", "hex(-255)", "format(255, '#x')",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)

print(type(reversed({})).__name__ in ("dict_reversekeyiterator", "list_reverseiterator"), list(reversed({"a": 1, "b": 2})))
def local_vars(a, b=2):
    c = a * b
    return vars()
print(local_vars(3))
class WithSlots:
    __slots__ = ("a",)
try:
    vars(WithSlots())
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(type("T", (), {"x": 1, "y": 2}))))
