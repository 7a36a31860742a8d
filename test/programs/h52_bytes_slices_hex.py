# gilvm-nogil: --workers 2
# bytes/bytearray slices copy heap to heap; hex() uses one encoder pass, and its grouped
# form (sep, bytes_per_sep) builds the groups without a quadratic unshift
b = bytearray(range(40))
print(b[2:5], b[::-2], b[5:2], b[1:9:3], b[-3:], b[:0], b[::], type(b[1:2]))
bb = bytes(b)
print(bb[3:7], bb[::7], bb[-1:-6:-2], bb[100:], type(bb[0:1]))
chunks = [b[i:i + 3] for i in range(0, len(b), 3)]
print(len(chunks), chunks[-1], sum(len(c) for c in chunks))
s = b[0:4]
s.append(99)
print(s, b[0:5])
print(bytes(range(20)).hex())
print(bytes(range(20)).hex(':'), bytes(range(20)).hex(':', 3), bytes(range(20)).hex('-', -3))
print(bytearray(b'abc').hex(' ', 1), b''.hex(), b''.hex(':', 2), b'\xff'.hex(':', 2), b'\x00\x01'.hex(b'|', 5))
print(bytes(range(256)).hex()[-20:], len(bytes(range(256)).hex('.', 4)))
try:
    b'ab'.hex('::')
except ValueError as e:
    print('ValueError', e)
print(bytes.fromhex(bytes(range(30)).hex()) == bytes(range(30)))
