# Building bytes: bytes(n) / bytearray(n) zeroed, concatenation of bytes and bytearray
# in either order (the result has the left operand's type), += in a loop.
print(bytes(0), bytes(5), bytearray(3), bytes(True), bytearray(False), len(bytes(100000)))
b = b""
for i in range(300):
    b += bytes([i % 256]) + b"-"
print(len(b), b[:12], b[-6:], sum(b) % 1000)
ba = bytearray()
for i in range(300):
    ba += b"xy"
print(len(ba), ba[:6])
print(b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"" + b"", bytearray() + bytearray())
x = bytes(4)
y = x + b""
print(x == y, type(y).__name__, (bytearray(2) + b"\x01")[2])
for bad in (lambda: bytes(-1), lambda: bytearray(-3), lambda: b"a" + "b", lambda: bytearray(b"a") + 1, lambda: bytes(2.5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
