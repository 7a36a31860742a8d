# gilvm-nogil:
# sys.stdout.buffer / sys.stderr.buffer (bytes after the text written before them) and
# sys.stdin.buffer (standard input as bytes; this test's stdin is empty).
import sys
print('text first')
sys.stdout.buffer.write(b'raw bytes\n')
print('text after')
n = sys.stdout.buffer.write(bytearray('é\n'.encode()))
print(n, sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno())
print(type(sys.stdout.buffer).__name__ in ('BufferedWriter', 'FileIO'), sys.stdout.buffer.writable())
sys.stdout.buffer.writelines([b'a', b'b\n'])
sys.stdout.buffer.flush()
for bad in ('str', 5, None):
    try:
        sys.stdout.buffer.write(bad)
    except TypeError as e:
        print('TypeError', e)
print(repr(sys.stdin.buffer), sys.stdin.buffer.read(), sys.stdin.buffer.readline())
sys.stderr.buffer.write(b'last line on stderr\n')
