# gilvm-nogil: --workers 2
# A bytearray prime sieve and a byte buffer built by append/extend/+=: indexing, iterating,
# append and += were O(n) per call (a copy of the whole buffer), so these loops were
# quadratic (a 300,000-byte sieve's enumerate took 45 s).
def sieve(n):
    is_prime = bytearray([1]) * (n + 1)
    is_prime[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, flag in enumerate(is_prime) if flag]


primes = sieve(200000)
print(len(primes), primes[:10], primes[-3:])

buf = bytearray()
for i in range(60000):
    buf.append(i * 7 & 255)
buf.extend(range(250, 256))
buf += b"end"
buf.extend(bytearray(b"!?"))
print(len(buf), buf[:8], buf[-11:], sum(buf), buf.count(0))
total = 0
for byte in buf:
    total ^= byte
print(total, buf[-1], buf[-60000], 255 in buf)
buf[0] = 65
buf[-1] = 66
print(buf[:3], buf[-3:], bytes(buf[10:20:3]), buf.index(b"end"))
frozen = bytes(buf)
print(sum(frozen[i] for i in range(0, len(frozen), 97)), frozen[5], list(frozen[:4]))
small = bytearray(b"ab")
small.extend(small)
small.append(0x41)
print(small, len(small))
try:
    buf.append(256)
except ValueError as e:
    print("ValueError:", e)
try:
    buf[len(buf)]
except IndexError as e:
    print("IndexError:", e)
