# Argument checks in CPython's order and words: Py_ssize_t arguments past 2**63 raise
# OverflowError (bytes padding, list.insert/pop), start/end are converted before the
# substring, bytes methods' argument-count messages, a dict view compared by sizes before
# anything is hashed, str.format looks the field up before its conversion, and more.
EXPRS = [
    '"a".ljust(2**63)', 'b"a".ljust(2**62)', 'b"a".zfill(2**62)', 'b"a".zfill(2**63)',
    '[1].insert(2**63, 0)', '[1].pop(2**63)', '[1].pop(-2**63-1)', 'b"abc".ljust(2**63, [1,2])',
    'bytearray(b"a").center(2**63)', 'bytearray(b"a").pop(2**63)', 'b"a b".split(maxsplit=2**63)',
    'b"a".rjust(3, b"x")', '[1,2,3].insert(-2**62, 9)',
    'b"abc".find()', 'b"abc".find(1,2,3,4)', 'b"abc".count()', 'b"abc".count(1,2,3,4)',
    'b"abc".startswith()', 'b"abc".startswith(1,2,3,4)', 'b"a".strip(1,2)', 'b"a".replace(1)',
    'b"a".replace(1,2,3,4)', 'b"a".translate()', 'b"a".index()', 'b"a".rindex(1,2,3,4)',
    'b"a".lstrip(1,2)', "b'a'.strip(chars=b'a')", 'b"a".center(3, fillchar=b"x")',
    "'abc'.find(1.5, {})", "b'abc'.find(None, [])", "'abc'.count(1, 'x')", "'abc'.index(2, 1.5)",
    "b'abc'.count(None, 'x')", "'abc'.find('b', 1)", "b'abcb'.rfind(b'b', 0, 3)", "b'abcb'.count(b'b', 1)",
    "'aXbXc'.count('X', -3)",
    '"{!z}".format()', '"{!z}".format(1)', '"{!z}".format_map({})', '"{a!z}".format_map({})',
    '"{0!z}".format()', '"{!z:{}}".format(1)', '"{a.b!z}".format(a=1)',
    'b"a".splitlines(0.5)', 'b"a".splitlines(None)', 'b"a\\nb".splitlines(True)',
    "int(2.5, 1)", "int('10', 1)", "int('z', 37)", "issubclass(5, 5)", "issubclass(int, 5)",
    "sum(None, '')", "sum([1], '')", "sum(5)", "sorted(5, reverse='x')", "sorted([2,1], foo=1)",
    "int.from_bytes('ab', 'x')", "int.from_bytes(3, 'little')", "(5).to_bytes(-1, 'mid')",
    "(5).to_bytes(-1, None)", "(5).to_bytes(-1, 'big')", "(5).to_bytes(2**63, 'big')",
    "'a'.encode(1, {})", "b''.decode(3, None)", "bytes('a', 1, {})", "b''.decode('nope')",
    "bytearray().decode('nope')", "b'x'.decode('nope')",
    "b'a'.endswith((1,))", "b'ab'.endswith((b'b', 1))", "b'ab'.endswith(1)",
    "b'abc'.rpartition(bytearray(b'b'))", "b'abc'.partition(bytearray(b'b'))",
    "bytearray(b'abc').partition(b'b')", "b'abc'.rpartition(bytearray(b'z'))",
]
d = {'k': [1]}
e = {'a': 1, 'b': 2}
EXPRS += [
    "d.items() == {'a', 'b'}", "d.items() < {'b': 0}.keys()", "e.keys() == {'a','b'}",
    "{'a','b'} == e.keys()", "e.keys() < {'a','b','c'}", "{'a','b','c'} > e.keys()",
    "e.keys() <= {'a','b'}", "{'a'} < e.keys()", "e.items() == {('a',1),('b',2)}",
    "e.items() >= {('a',1)}", "{('a',1)} <= e.items()", "e.keys() != {'a','c'}",
    "e.keys() == {'a': 0, 'b': 1}.keys()", "d.items() == {('k', 1)}", "e.keys() > set()",
    "e.keys() == frozenset('ab')", "e.keys() == ['a','b']", "e.items() != d.items()",
]
for src in EXPRS:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as exc:
        print(src, '->', type(exc).__name__, exc)
