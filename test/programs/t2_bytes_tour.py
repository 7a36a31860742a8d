# bytes and bytearray methods, hex, encode / decode errors, int.to_bytes / from_bytes.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b.upper(), b.split(), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.decode(), b.decode("ascii"), str(b), repr(b"\x00\xff'\""), bytes(3), bytes([65, 66]), bytes("é", "utf-8"))
print(b.hex(), bytes.fromhex("de ad be ef"), b.hex(":", 2) if True else "", b"abc".hex("-"))
print(b"a,b,,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b"ab" * 3, b"a" + b"b", b"ab" in b"cab", 98 in b"abc")
print(list(b"abc"), b"abc" < b"abd", b"abc" == bytearray(b"abc"), hash(b"abc") == hash(b"abc"))
print(b"%s=%d" % (b"k", 5), b"{}".decode(), b"Hello".swapcase(), b"hello".title(), b"a\tb".expandtabs(4))
print(b"12".isdigit(), b"ab".isalpha(), b"  ".isspace(), b"abc".center(7, b"*"), b"5".zfill(3), b"abc".partition(b"b"))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
ba.insert(0, 33); ba.remove(ord("b")); del ba[1]; print(ba)
ba[1:3] = b"XYZ"; print(ba, ba.find(b"Y"), ba.upper(), ba.reverse(), ba)
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "ascii"), repr(bytearray()))
try:
    b[0] = 1
except TypeError as e:
    print("TE", e)
try:
    bytes([256])
except ValueError as e:
    print("VE", e)
try:
    b"abc" + "d"
except TypeError as e:
    print("TE", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UEE", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UDE", e)
print(b"\xff".decode("utf-8", errors="replace"), b"\xff".decode("latin-1"), "é".encode("ascii", "ignore"), "é".encode("utf-8", "strict"))
m = memoryview(b"abcd") if 'memoryview' in dir(__builtins__) else None
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), (1).to_bytes(4, byteorder="little"))
print(bytes(range(5)), b"x".ljust(3, b"."), b"abcabc".rstrip(b"c"), b"ab\ncd\r\nef".splitlines(), b"ab\ncd".splitlines(keepends=True))
print(sorted([b"b", b"a"]), max(b"abc"), sum(b"\x01\x02"), b"".join([]), bytes(b"x") is not None)
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
for x in b"hi":
    print(x, end=" ")
print()
print(f"{b'x'}", format(b"x"), "%s" % b"x", "%r" % b"x")
print(bytes.fromhex("ff").hex().upper(), b"\x7f\x80".hex())
print(isinstance(ba, (bytes, bytearray)), type(ba[0:1]).__name__, type(b[0:1]).__name__)
