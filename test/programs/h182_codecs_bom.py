# gilvm-nogil:
# Codecs: utf-8 keeps a leading BOM (U+FEFF) as CPython does; utf-8-sig drops it; utf-16 and
# utf-32 (with a BOM, -le, -be) encode and decode with CPython's errors, positions and handlers;
# text files in those codecs write the BOM once.
import os
P = f'/tmp/gilvm-h182-{os.getpid()}-'  # per run: both modes may run at once
tests=[(b'\x00\xd8','utf-16'),(b'\x00\xd8a\x00','utf-16'),(b'\x00\xdc','utf-16'),(b'a\x00b','utf-16'),(b'\xfe\xff\x00a','utf-16'),(b'\xff\xfea\x00','utf-16-le'),(b'\x00\x00\x11\x00','utf-32'),(b'\x00\xd8\x00\x00','utf-32'),(b'ab','utf-32'),(b'\xef\xbb\xbf\xff','utf-8-sig'),(b'\xff\xfea\x00','utf-16-be'), (b'\x00\xd8a\x00','utf-16-le'), (b'\x00\xd8a','utf-16'), (b'\x00\xd8a\x00b\x00', 'utf_16'), (b'=\xd8\x00\xde', 'u16'), (b'\xef\xbb\xbfx', 'utf-8'), (b'\xef\xbb\xbfx\xef\xbb\xbf', 'utf-8-sig'), (b'\xef\xbb\xbf', 'utf-8'), (b'a\x00\x00\x00b', 'utf-32'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'', 'utf-16'), (b'\xff\xfe', 'utf-16')]
for b,e in tests:
  try: print(repr(b.decode(e)))
  except Exception as x: print(type(x).__name__, x, x.start, x.end, x.object, x.encoding)
  try: print(repr(b.decode(e,'replace')), repr(b.decode(e,'ignore')), repr(b.decode(e, 'backslashreplace')))
  except Exception as x: print(type(x).__name__, x)
  try: print(s.encode(e))
  except Exception as x: print(type(x).__name__, x)
  for h in ['replace','ignore','surrogatepass','backslashreplace','xmlcharrefreplace']:
    try: print(h, s.encode(e,h))
    except Exception as x: print(h, type(x).__name__, x)
print(str(b'\xef\xbb\xbfab', 'utf-8'), len('\ufeffx'.encode().decode()), len(bytearray(b'\xef\xbb\xbf\xef\xbb\xbf').decode()))
with open(P + 'bom.txt', 'wb') as f: f.write(b'\xef\xbb\xbfhello\n')
print(repr(open(P + 'bom.txt', encoding='utf-8').read()))
print(repr(open(P + 'bom.txt', encoding='utf-8-sig').read()))
with open(P + 'u16.txt', 'w', encoding='utf-16') as f: f.write('hi\nthere\n')
print(open(P + 'u16.txt', 'rb').read())
print(repr(open(P + 'u16.txt', encoding='utf-16').read()))
with open(P + 'u16.txt', encoding='utf-16') as f:
  for line in f: print(repr(line))
# a BOM once per file: flushed pieces and appends do not repeat it
name = P + 'pieces.txt'
with open(name, 'w', encoding='utf-16') as f:
    f.write('one\n')
    f.flush()
    f.write('two\n')
with open(name, 'a', encoding='utf-16') as f:
    f.write('three\n')
print(open(name, 'rb').read())
print(open(name, encoding='utf-16').read().split())
with open(name, 'w', encoding='utf-8-sig') as f:
    print('x', file=f, flush=True)
    print('y', file=f)
print(open(name, 'rb').read(), open(name, encoding='utf-8-sig').read().split())
for n in ('bom.txt', 'u16.txt', 'pieces.txt'):
    os.remove(P + n)
