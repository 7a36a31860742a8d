# Tier 2: bytes, bytearray, str.encode/bytes.decode.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), b.hex())
print("héllo €".encode(), "héllo €".encode("utf-8").decode(), bytes([65, 66, 67]), bytes(3))
print(b"abc" + b"def", b"ab" * 2, b"a,b".split(b","), b" x ".strip(), b"abc".upper(), b"x" in b"xyz")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), len(ba), ba.decode())
print(bytes.fromhex("de ad be ef"), int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(b"'"), repr(b'"'), repr(b"\t\n"), b"%d-%s" % (5, b"x"))
