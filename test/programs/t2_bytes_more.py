# Tier 2: bytes and bytearray beyond the basics: construction, methods, comparisons,
# hashing, mutation, codecs and their errors, int <-> bytes.
b = bytes(range(65, 71))
print(b, type(b), type(b).__name__, isinstance(b, bytes), str(b), f"{b}", len(b), bool(b""), bool(b))
print(bytes(), bytes(b"xy"), bytes(bytearray(b"z")), bytes("hé", "utf-8"), bytes("abc", encoding="ascii"), bytearray(2))
print(b == b"ABCDEF", b == bytearray(b"ABCDEF"), b"a" < b"b", b"ab" < b"abc", b"b" > b"abc", b"x" == "x", b"" <= b"")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}), sorted([b"b", b"a", b"ab"]))
print(list(b"hi"), [x for x in bytearray(b"ok")], b[::2], b[::-1], b[-2:], b[10:], b"abc"[1], 98 in b"abc", b"bc" in b"abc")
print(b"a-b-c".split(b"-"), b"a-b-c".split(b"-", 1), b"a-b-c".rsplit(b"-", 1), b"  a  b ".split(), b"x".join([b"1", b"2", b"3"]))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".index(b"e"), b"hello".count(b"l"), b"hello".count(ord("l")))
print(b"Hello".lower(), b"Hello".upper(), b"hello world".title(), b"hELLO".capitalize(), b"aBc".swapcase())
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"L", 1))
print(b"xxhixx".strip(b"x"), b"  hi ".lstrip(), b"  hi ".rstrip(), b"42".zfill(5), b"a=b".partition(b"="))
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"\xff".isascii())
print(b"\x00\x01\xfe".hex(), b"\x01\x02\x03".hex(":"), b"\x01\x02\x03\x04".hex("-", 2), bytes.fromhex("00 ff10"), bytearray.fromhex("41"))
print(b"ab" * 3, 2 * b"x", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"%s=%d %x %%" % (b"k", 42, 255), b"%r" % b"v" if False else b"")
ba = bytearray(b"hello")
same = ba
ba += b"!"
ba[0] = ord("H")
ba[1:3] = b"EL"
del ba[-1]
ba.insert(0, 62)
print(ba, same is ba, ba.pop(), ba.pop(0), ba, len(ba))
ba.extend([32, 33])
ba.remove(33)
ba.reverse()
print(ba, ba.copy(), bytes(ba), ba == b" OLLEH"[::-1][::-1], ba.decode())
ba.clear()
print(ba, bytearray(b"abc").upper(), bytearray(b"a,b").split(b","))
print("€uro".encode(), "ascii".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8").decode("utf-8"), b"caf\xc3\xa9".decode())
print("ab€".encode("ascii", "ignore"), "ab€".encode("ascii", "replace"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"\xe9t\xe9".decode("latin-1"), b"abc".decode("ascii"))
for bad in (lambda: "é".encode("ascii"), lambda: "ab\u20ac\u20acx".encode("latin-1"), lambda: b"\xc3".decode(),
            lambda: b"a\xe2\x82".decode("utf-8"), lambda: b"\xc3(".decode(), lambda: b"\x80abc".decode("ascii"),
            lambda: "x".encode("nope")):
    try:
        bad()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 0], "little"), int.from_bytes(b""))
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"), (255).to_bytes(1, byteorder="little"), (5).to_bytes())
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(-1), lambda: b"a" + "b", lambda: b"abc"[5],
            lambda: bytearray(b"a").__setitem__(0, 300), lambda: hash(bytearray()), lambda: "a" in b"abc",
            lambda: b"x".decode(5), lambda: bytes.fromhex("zz"), lambda: b"a".index(b"z"), lambda: bytearray().pop()):
    try:
        bad()
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__ + ":", e)
