# Connection.recv_bytes_into: into a bytearray at an offset; too small a buffer raises BufferTooShort.
import multiprocessing as mp
a, b = mp.Pipe()
b.send_bytes(b"abc")
buf = bytearray(8)
print(a.recv_bytes_into(buf), bytes(buf))
b.send_bytes(b"xy")
print(a.recv_bytes_into(buf, 3), bytes(buf))
b.send_bytes(b"toolongmessage")
try:
    a.recv_bytes_into(buf)
except mp.BufferTooShort as e:
    print('BufferTooShort', e.args[0])
