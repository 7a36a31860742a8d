# bytes/bytearray edge cases: replace with an empty pattern and a count, isascii of empty
# data, searches starting past the end, and argument errors naming the type.
for e in ["b'a'.upper(1)", "bytearray(b'a').upper(1)", "b'a'.islower(1)", "b'a'.isdigit(1)",
          "b'x'.join(1)", "bytearray().extend('str')", "bytearray().extend('')",
          "b'a'.isascii(1)", "b'a'.istitle(2)"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
print(b'abc'.replace(b'', b'-', 2), b'a'.replace(b'', b'X', 5), b''.replace(b'', b'x', 1),
      b'ab'.replace(b'', b'-'), b'ab'.replace(b'', b'-', 0), b'aaa'.replace(b'a', b'b', 2))
print(bytearray(b'abc').replace(b'', b'-', 2))
print(b''.isascii(), bytearray().isascii(), b'\x80'.isascii(), b'abc'.isascii())
b = b'ab'
print(b.find(b'', 5), b.rfind(b'', 5), b.count(b'', 5), b.startswith(b'', 5), b.endswith(b'', 3))
print(b.find(b'', 2), b.count(b'', 2), b.startswith(b'', 2), b.find(b'b', -1), b.count(b'', -10))
print(b.endswith(b'', 2, 1), b.startswith((b'x', b''), 1), bytearray(b'ab').find(b'', 3))
try:
    b.index(b'', 5)
except ValueError as e:
    print(e)
