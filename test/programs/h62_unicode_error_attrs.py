# UnicodeEncodeError / UnicodeDecodeError: args (encoding, object, start, end, reason), the
# attributes, and str() as CPython's codecs make them
def show(e):
    print(type(e).__name__, "|", e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
    print("  args:", e.args)

for text, enc in [("x\u20ac", "ascii"), ("ab\u20ac\u20acz", "ascii"), ("caf\xe9", "ascii"), ("\U0001F600!", "latin-1"), ("ok\ud800", "utf-8")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        show(e)

for data, enc in [(b"ab\xff", "utf-8"), (b"\xe2\x82", "utf-8"), (b"a\x80b", "ascii"), (b"\xc3\x28", "utf-8"), (b"ok\xf0\x9f\x98", "utf-8")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        show(e)

e = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "invalid")
show(e)
e.start = 0
e.reason = "changed"
print(e, e.start)
print(repr(UnicodeEncodeError("ascii", "x\xe9", 1, 2, "bad")))
for args in [("x",), ()]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as t:
        print("TypeError", t)
print(UnicodeError("plain"), UnicodeError("a", "b"), isinstance(e, ValueError))
try:
    "\u20ac".encode("ascii")
except ValueError as e:
    print("caught as ValueError:", e)
"\xe9".encode("ascii")
