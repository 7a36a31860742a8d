# bytes/bytearray padding, splitlines, rpartition, translate/maketrans, removeprefix,
# removesuffix, expandtabs, istitle, and CPython's messages for bad integer arguments.
b = b'hello'
print(b.center(9, b'*'), b.ljust(7, b'.'), b.rjust(7), b.center(2), b'ab'.center(5))
print(bytearray(b'ab').center(6, b'-'), b.rpartition(b'l'), b.rpartition(b'z'))
print(b'a\r\nb\rc\n\nd'.splitlines(), b'a\r\nb\n'.splitlines(True), b''.splitlines())
table = bytes.maketrans(b'el', b'ip')
print(b.translate(table), b.translate(None, b'l'), b.translate(table, b'o'))
print(b.removeprefix(b'he'), b.removesuffix(b'lo'), b.removeprefix(b'x'), bytearray(b'xy').removesuffix(b'y'))
print(b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(4), b'x\n\ty'.expandtabs(2))
print(b'Hello World'.istitle(), b'hello'.istitle(), b'A1 B'.istitle(), b''.istitle())
for expr in ['b"abc".center(7, "x")', 'b"abc".center(7, b"xy")', 'b"abc".center()',
             'b"abc".ljust("a")', 'b"a".translate(b"ab")', 'bytes.maketrans(b"a", b"bc")',
             'b"a".removeprefix("a")', 'b"a".rpartition(b"")', 'b"ab".zfill("a")',
             'b"abc".find(b"a", "x")', 'bytearray(b"a").pop("x")', 'b"a b".split(maxsplit="1")']:
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
