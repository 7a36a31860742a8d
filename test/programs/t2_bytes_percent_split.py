# bytes % formatting follows PyBytes_Format (bytes arguments, ASCII reprs, bytes keys),
# and split/rsplit with a maxsplit keep the whitespace of the remainder.
class Blob:
    def __bytes__(self):
        return b'<blob>'

class NotBytes:
    def __bytes__(self):
        return 'text'

print(b'%s=%d' % (b'count', 3), b'%b|%5s|%-5b|' % (b'a', b'bc', b'de'))
print(b'%r %a' % (b'raw', 'caf\xe9'), b'%r' % bytearray(b'q'))
print(b'%c%c' % (72, b'i'), b'%x %o %05.1f %+d' % (255, 8, 3.14159, 7))
print(b'%(name)s is %(age)d' % {b'name': b'Ann', b'age': 30})
print(b'%s' % Blob(), bytes(Blob()), bytearray(b'<%s>') % b'x')
for fmt, args in [(b'%s', 'text'), (b'%s', 5), (b'%c', 256), (b'%c', b'ab'), (b'%d', 'x'),
                  (b'%(k)s', {'k': b'v'}), (b'%d %d', (1, 2, 3)), (b'%d', ()), (b'%s', NotBytes())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    bytes(NotBytes())
except TypeError as e:
    print('TypeError', e)

print(b'  a  b  '.split(None, 1), b'  a  b  '.rsplit(None, 1))
print(bytearray(b' x y z ').split(maxsplit=1), b'a\tb\nc  '.rsplit(maxsplit=1))
print(b'one two three'.split(None, 0), b'  one two  '.rsplit(None, 0))
