# str.translate: exact dicts read without KeyError per character, an ASCII memo per call,
# other mappings through __getitem__ (LookupError keeps the character), multi-character and
# astral results, the error messages.
import string

text = "Hello, World! Ünïcödé 😀 and ḃits; (more)..."
print(text.translate(str.maketrans('', '', string.punctuation)))
print(text.translate(str.maketrans('lo', 'LO')))
print(text.translate({ord('o'): 'oo', ord('😀'): '<smile>', ord('Ü'): None, 0x1e03: 0x1f600}))
print(text.translate({}))
print('abc'.translate({97: True, 98: False}) == '\x01\x00c')
print(''.translate({97: 'x'}), repr('a'.translate({97: ''})), 'a'.translate({97: 'bb'}))

class Mapper:
    def __init__(self):
        self.calls = []
    def __getitem__(self, cp):
        self.calls.append(cp)
        if cp == ord('e'):
            raise KeyError(cp)
        if cp == ord('x'):
            raise IndexError('LookupError too')
        return chr(cp).upper()

m = Mapper()
print('heyx hey'.translate(m), sorted(set(m.calls)) == sorted(set(map(ord, 'heyx '))))

class Nested(dict):
    def __missing__(self, key):
        return 'abc'.translate({97: '[a]'})
print('qa'.translate(Nested({ord('q'): 'Q'})))

for bad in ({97: 1.5}, {97: -1}, {97: 0x110000}, {97: b'x'}):
    try:
        'a'.translate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Boom:
    def __getitem__(self, cp):
        raise RuntimeError(f'boom at {cp}')
try:
    'ab'.translate(Boom())
except RuntimeError as e:
    print('RuntimeError', e)
big = ('abc, def! ' * 20000).translate(str.maketrans(',!', ';?', ' '))
print(len(big), big[:20], big.count(';'), big.count('?'))
