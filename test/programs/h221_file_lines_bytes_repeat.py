# text files read natively when UTF-8 without '\\r' (every newline mode), iterated by lines with readline's common case inline; bytes repetition
import os
p = f'/tmp/gilvm-h221-{os.getpid()}.txt'  # per run: both modes may run at once
with open(p, 'w') as f: f.write('one\ntwo\r\nthree\rfour\n\nlast')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, newline=nl) as f: print(nl and repr(nl), list(f))
with open(p, 'rb') as f: print(list(f))
with open(p) as f:
    print(next(f), f.readline(), f.read(3), next(f))
    f.close()
    try: next(f)
    except ValueError as e: print(e)
with open(p, 'w') as f: f.write('héllo\nwörld\n')
with open(p) as f: print(list(f), f.encoding)
with open(p, encoding='latin-1') as f: print(list(f))
with open(p, 'rb') as f: print(f.read())
with open(p, 'wb') as f: f.write(b'\xff\xfe bad\n')
try:
    with open(p) as f: print(list(f))
except UnicodeDecodeError as e: print('UDE', e)
with open(p, errors='replace') as f: print(list(f))
with open(p, 'w') as f: f.write('')
with open(p) as f: print(list(f), f.read())
with open(p, 'w') as f: f.write('x\ny')
with open(p, 'a+') as f:
    f.seek(0); print(list(f))
with open(p, 'w') as f:
    try: next(f)
    except Exception as e: print(type(e).__name__, e)
print(b'x' * 5, b'ab' * 3, bytearray(b'ab') * 3, b'' * 5, b'abc' * 0, b'abc' * -1, len(b'xyz' * 10000), (b'xyz' * 10001)[-4:])
ba = bytearray(b'12'); ba *= 3; print(ba)
print(bytes(3) * 2, b'\x00\xff' * 2)
os.remove(p)
