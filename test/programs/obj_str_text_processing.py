# text processing with str methods: split/strip/find/replace/translate/title/partition, Counter word counts, repr of strings
text = "The Quick brown fox. It jumped!  Over the lazy dog's back...\tEnd"
print(text.split(), text.split(' '), text.split('.', 1), text.rsplit(None, 2), text.splitlines(), 'a\nb\r\nc\rd'.splitlines(True))
print(text.title(), text.capitalize(), text.swapcase(), text.casefold(), "they're bill's".title())
print(text.count('the'), text.lower().count('the'), text.find('fox'), text.rfind('o'), text.find('zzz'), text.index('T'), text.find('o', 20, 30))
print('  pad  '.strip(), 'xxhixx'.strip('x'), '..a..'.lstrip('.'), '..a..'.rstrip('.'), 'abc'.removeprefix('ab'), 'abc'.removesuffix('bc'))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.center(9, '*'), 'abc'.ljust(6, '-'), 'abc'.rjust(6), 'ab'.center(5))
print('a,b,,c'.split(','), ','.join(['x', 'y']), '-'.join('abc'), ''.join(reversed('hello')), 'ab' * 3, 'x'.join([]))
print('hello world'.replace('o', '0'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'tab\there'.expandtabs(4), 'a\tbc\td'.expandtabs())
print('abc123'.isalnum(), '123'.isdigit(), '½'.isnumeric(), '²'.isdigit(), '²'.isdecimal(), 'abc'.isalpha(), ' '.isspace(), ''.isspace(), 'Title Case'.istitle(), 'UP'.isupper(), 'x1'.isidentifier(), '1x'.isidentifier())
print('key=value=x'.partition('='), 'no'.partition('='), 'a.b.c'.rpartition('.'), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 0, 3), 'abc'.startswith('b', 1))
print(str.maketrans('abc', 'xyz'), 'aabbcc'.translate(str.maketrans('abc', 'xyz')), 'hello'.translate({ord('l'): None}), 'abc'.translate(str.maketrans({'a': '1', 'b': None})))
print(ord('€'), chr(8364), 'é'.encode('utf-8'), b'caf\xc3\xa9'.decode(), 'naïve'.encode('ascii', 'replace'), 'naïve'.encode('ascii', 'ignore'), len('😀'), '😀'.encode())
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\n\t\\'), repr('\x00\x7f\x80'), repr('ü'), str(b'x'), repr('\u200b'))
print('%-10s|' % 'left', '{:^10}|'.format('mid'), f'{"right":>10}|', 'abc' < 'abd', 'Z' < 'a', 'apple' > 'app', min('hello'), sorted('hello'))
s = 'Mississippi'
print(s.lower().count('ss'), s[::2], s[-4:], s.upper()[1:5], s.index('ss', 3), list(s)[:3], set(s) == set('Misp'), s.split('ss'), s.rsplit('i', 2))
words = "It was the best of times, it was the worst of times".lower().replace(',', '').split()
from collections import Counter
c = Counter(words)
print(c.most_common(3), c['times'], len(c), sum(c.values()))
print('{:<8}{:>6}'.format('word', 'count'))
for w, n in sorted(c.items(), key=lambda t: (-t[1], t[0]))[:4]:
    print(f'{w:<8}{n:>6}')
caesar = lambda s, k: ''.join(chr((ord(ch) - 97 + k) % 26 + 97) if ch.islower() else ch for ch in s)
print(caesar('hello, world', 3), caesar(caesar('abc xyz', 5), -5))
vowels = sum(1 for ch in 'programming language' if ch in 'aeiou')
print(vowels, 'racecar' == 'racecar'[::-1], ' '.join(w[::-1] for w in 'abc def'.split()), 'a-b_c d'.replace('-', ' ').replace('_', ' ').split())
print(str(123), str(1.0), str(None), str([1, 'a']), str({'a': (1,)}), repr([1.5, 'x', None, True]), str(-0.0), str(1e-10), str(123456789.123))
print('abc'.encode('utf-16-le') if False else 'ok', 'x'.isascii(), 'Ω'.lower(), 'ß'.upper(), 'ǅ'.title(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()))
print('Hello'.find(''), 'Hello'.count(''), ''.split(','), ''.split(), 'a b'.split(None, 0), ' a b '.split(' '), 'abc'.split('abc'))
try:
    'a'.join([1, 2])
except TypeError as e:
    print(e)
try:
    'abc'.index('d')
except ValueError as e:
    print(e)
try:
    ''.split('')
except ValueError as e:
    print(e)
print('a' 'b' "c", """multi
line""", r'raw\n', len(r'\n'), '\u00e9', '\x41', '\101', '\U0001F600')
for s in ['ǅ', 'ǆemal', 'hello world', "they're bill's friends", '1st place', 'ßtraße', 'ﬁne ﬂy', 'אa', 'ᾳ', 'HELLO wORLD', 'a1b2 c_d', 'ΣΑΣ σας', 'i̇', 'mr. o\'neil', '', ' x']:
    print(repr(s.title()), repr(s.capitalize()), s.title().istitle())
