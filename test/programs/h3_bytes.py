# gilvm-nogil: --workers 2
# bytes and bytearray (tier 2): constructors, indexing/slicing, methods shared with str, hex/fromhex, decode errors, mutation of bytearray, comparisons, % formatting, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bytes(3)); t(lambda: bytes([65, 66])); t(lambda: bytes("é", "utf-8")); t(lambda: bytes("x")); t(lambda: bytes([256])); t(lambda: bytes([-1])); t(lambda: bytes(-1)); t(lambda: bytes(1.5)); t(lambda: bytes(range(3))); t(lambda: bytes(b"ab")); t(lambda: bytes(bytearray(b"z")))
b = b"hello world"
t(lambda: b[0]); t(lambda: b[-1]); t(lambda: b[1:4]); t(lambda: b[::-2]); t(lambda: b[20]); t(lambda: list(b[:3])); t(lambda: b"l" in b); t(lambda: 108 in b); t(lambda: 300 in b); t(lambda: "l" in b)
t(lambda: b.split()); t(lambda: b.split(b"o")); t(lambda: b.upper()); t(lambda: b.title()); t(lambda: b.replace(b"l", b"L", 2)); t(lambda: b.find(b"o")); t(lambda: b.find(111)); t(lambda: b.count(b"l")); t(lambda: b.startswith((b"x", b"he"))); t(lambda: b.strip(b"hd")); t(lambda: b.center(15, b"*")); t(lambda: b.zfill(13))
t(lambda: b"-".join([b"a", bytearray(b"b")])); t(lambda: b"-".join([b"a", "b"])); t(lambda: b.split("o")); t(lambda: b + "x"); t(lambda: b + bytearray(b"!")); t(lambda: b * 2); t(lambda: b.partition(b" ")); t(lambda: b.isalpha()); t(lambda: b"123".isdigit()); t(lambda: b.islower())
t(lambda: b.hex()); t(lambda: b.hex(":")); t(lambda: b"\x00\xff".hex("-", 1)); t(lambda: bytes.fromhex("41 42 ff")); t(lambda: bytes.fromhex("4")); t(lambda: bytes.fromhex("zz")); t(lambda: bytearray.fromhex("00"))
t(lambda: b"\xc3\xa9".decode()); t(lambda: b"\xff".decode()); t(lambda: b"\xff".decode("utf-8", "replace")); t(lambda: b"\xff".decode("utf-8", "ignore")); t(lambda: b"\xff".decode("latin-1")); t(lambda: b"abc".decode("ascii")); t(lambda: b"\x80".decode("ascii")); t(lambda: b"x".decode("nope"))
t(lambda: repr(b"\x00\n\t'\"\\\x7f\x80")); t(lambda: str(b"a")); t(lambda: repr(bytearray(b"a'b"))); t(lambda: b'"' + b"'")
ba = bytearray(b"abc"); ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba[1:3] = b"XYZ"; del ba[-1]; print(ba, len(ba)); ba.insert(0, 33); print(ba.pop(), ba.pop(0), ba); ba.reverse(); print(ba); ba.remove(88); print(ba)
t(lambda: ba.append(256)); t(lambda: ba.append("a")); t(lambda: ba.remove(200)); t(lambda: ba.__setitem__(0, -1)); t(lambda: bytearray().pop()); t(lambda: hash(bytearray())); t(lambda: hash(b"a") == hash(b"a"))
def setb():
    x = b"abc"
    x[0] = 1
t(setb)
ba2 = bytearray(b"xy"); ba2 += b"z"; ba2 *= 2; print(ba2, ba2 == b"xyzxyz", b"xyzxyz" == ba2, bytes(ba2), ba2.decode(), ba2.upper(), type(ba2.upper()).__name__, type(ba2[0:2]).__name__)
print(b"a" < b"b", b"abc" < b"abd", b"" < b"\x00", b"a" == bytearray(b"a"), b"a" != "a", sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"), list(reversed(b"ab")))
t(lambda: b"%s and %d" % (b"x", 5)); t(lambda: b"%r" % "é"); t(lambda: b"%s" % "str"); t(lambda: b"%c%c" % (65, b"B")); t(lambda: b"%5b|" % b"ab"); t(lambda: b"%x" % 255); t(lambda: b"%a" % b"x")
t(lambda: "é".encode()); t(lambda: "é".encode("latin-1")); t(lambda: "€".encode("latin-1")); t(lambda: "x".encode(errors="strict")); t(lambda: len("😀".encode()))
t(lambda: int.from_bytes(b"\x00\x10", "big")); t(lambda: (16).to_bytes(2, "big")); t(lambda: bytes(memoryview(b"ab")) if False else b"skip"); t(lambda: b"ab".translate(None, b"a")); t(lambda: b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print([x for x in b"AB"], b"a b".split(None), b"  x ".strip(), b"a,b".split(b","), b"x".ljust(3, b"."), b"AbC".swapcase(), b"abc".removeprefix(b"a"), bytes(2) + b"\x01")
