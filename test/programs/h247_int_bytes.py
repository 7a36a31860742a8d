# int.to_bytes / int.from_bytes over every width: small values in doubles, 6/7-byte
# boundaries, big values, negative values with signed=True, little and big endian,
# lengths larger than the value, errors in CPython's order.
import random

random.seed(247)
cases = [0, 1, 127, 128, 255, 256, 65535, 2**24, 2**31 - 1, 2**32, 2**47, 2**48 - 1, 2**48,
         2**52 + 3, 2**53 - 1, 2**53, 2**64 - 1, 2**100 + 12345, -1, -128, -129, -(2**47),
         -(2**47) - 1, -(2**52), -(2**63), -(2**200) + 7]
for v in cases:
    for length in (0, 1, 2, 6, 7, 8, 9, 16, 40):
        for order in ("big", "little"):
            for signed in (False, True):
                try:
                    b = v.to_bytes(length, order, signed=signed)
                    back = int.from_bytes(b, order, signed=signed)
                    print(v, length, order, signed, b.hex(), back == v)
                except OverflowError as e:
                    print(v, length, order, signed, "OverflowError", e)
total = 0
for _ in range(2000):
    n = random.getrandbits(random.choice((8, 16, 31, 48, 53, 64, 200)))
    length = (n.bit_length() + 7) // 8 + random.randrange(3)
    b = n.to_bytes(length, "little")
    assert int.from_bytes(b, "little") == n
    total += int.from_bytes(b[:6], "big") % 1000
print(total)
print(int.from_bytes(b"\xff" * 7, "big", signed=True), int.from_bytes(b"\x80" + b"\x00" * 6, "big", signed=True))
print(int.from_bytes(bytes(range(256)), "little") % 10**9, (2**2000 + 1).to_bytes(251, "big")[:3])
print((1000).to_bytes(5000, "little")[:3], len((-5).to_bytes(5000, "big", signed=True)), (-5).to_bytes(5000, "big", signed=True)[-2:])
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), bool.from_bytes(b"\x01", "big"))
for bad in [lambda: (5).to_bytes(-1, "big"), lambda: (5).to_bytes(1, "middle"), lambda: (-5).to_bytes(1, "big"),
            lambda: (256).to_bytes(1, "big"), lambda: int.from_bytes("ab", "big"), lambda: (5).to_bytes(1.0, "big")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
