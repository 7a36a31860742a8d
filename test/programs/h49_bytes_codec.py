# gilvm-nogil: --workers 2
"""Run-length and base64-style encoders on bytes/bytearray; hex, int.from_bytes/to_bytes."""

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        pad = 3 - len(chunk)
        n = int.from_bytes(chunk + b"\x00" * pad, "big")
        quad = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.extend(quad[:4 - pad])
        out += b"=" * pad
    return bytes(out)


def b64decode(text: bytes) -> bytes:
    lookup = {c: i for i, c in enumerate(ALPHABET)}
    text = text.rstrip(b"=")
    out = bytearray()
    for i in range(0, len(text), 4):
        group = text[i:i + 4]
        n = 0
        for c in group:
            n = (n << 6) | lookup[c]
        n <<= 6 * (4 - len(group))
        raw = n.to_bytes(3, "big")
        out += raw[:len(group) - 1]
    return bytes(out)


def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)


def rle_decode(data):
    out = bytearray()
    for count, value in zip(data[::2], data[1::2]):
        out.extend(bytes([value]) * count)
    return bytes(out)


for msg in [b"", b"f", b"fo", b"foo", b"foobar", "héllo ✓".encode(), bytes(range(10))]:
    enc = b64encode(msg)
    assert b64decode(enc) == msg
    print(msg, enc, enc.decode("ascii"), len(enc))

raw = b"aaaabbbcccd" + b"\x00" * 300 + b"xyz"
packed = rle_encode(raw)
print(packed[:12], len(raw), len(packed), rle_decode(packed) == raw, packed.hex()[:20], packed.hex(":", 2)[:23])

n = 0xDEADBEEF
for order in ("big", "little"):
    b = n.to_bytes(6, order)
    print(order, b, b.hex(), int.from_bytes(b, order), int.from_bytes(b, order, signed=True))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), int.from_bytes(b"\xff\x7f", "little", signed=True))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), int.from_bytes(b"", "big"), (1024).bit_length(), (2**64).to_bytes(9, "big"))
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: bytes.fromhex("zz"),
            lambda: bytes([256]), lambda: bytearray(b"x").append(300), lambda: b"a" + "b", lambda: b64decode(b"!!!!")):
    try:
        bad()
    except (OverflowError, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD!!"
del ba[-1]
ba.insert(5, 44)
ba.reverse()
ba.reverse()
print(ba, len(ba), ba.upper(), ba.find(b"WOR"), ba.count(b"!"), ba.pop(), ba.startswith(b"Hell"), ba.split(b" "))
print(bytes(4), bytes([65, 66]), bytes("é", "utf-8"), bytearray(3), b"ab" * 3, b"abc"[1], b"abc"[1:], b"a" in b"cat", 98 in b"abc")
print(b"  x y  ".strip(), b"a,b,,c".split(b","), b"-".join([b"a", bytearray(b"b")]), b"abc".replace(b"b", b"B"), b"Hello".swapcase())
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("0102").hex(), b"\x00\x10\xff".hex("-"), b"abc" < b"abd", b"abc" == bytearray(b"abc"))
print(list(b"hi"), [bytes([c]) for c in b"hi"], b"%d-%s-%05.1f-%x" % (5, b"x", 2.5, 255), repr(b"'\"\n\t\\"), b"x".isalpha(), b"12".isdigit())
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], memoryview(b"abc").tobytes() if False else "", b"abc".decode(), str(b"ab"), bytes(bytearray(b"z")))
checksum = sum(raw) % 65536
print(f"checksum {checksum:#06x} {checksum:,} xor {0xAA ^ 0x55:08b} {bin(0b1010 & 0b0110)} {~5} {-5 >> 1} {1 << 70}")
try:
    ba[100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
