# gilvm-nogil:
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence, Hashable
import copy

d = UserDict({'a': 1}, b=2)
d['c'] = 3
print(d, len(d), d['a'], 'b' in d, d.get('z', 0), list(d), d.data)
del d['a']
print(d, d.pop('b'), d.setdefault('q', 5), d)
print(d | {'x': 1}, {'x': 1} | d, type(d | {'x': 1}).__name__)
d |= UserDict(y=2)
print(d, d == {'c': 3, 'q': 5, 'y': 2}, d.copy(), type(d.copy()).__name__)
print(UserDict.fromkeys('ab', 0), isinstance(d, MutableMapping), isinstance(d, dict))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)

class Default(UserDict):
    def __missing__(self, key):
        return key.upper()
dd = Default(a=1)
print(dd['a'], dd['zz'], 'zz' in dd, dd.get('zz'), dd.copy(), type(dd.copy()).__name__)
c = copy.copy(dd)
c['n'] = 1
print(c, dd)

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
lo = Lower({'A': 1}, B=2)
lo.update(C=3)
print(lo, sorted(lo.keys()), list(lo.items()), list(lo.values()))
print(d.keys(), d.items(), d.values())

l = UserList([3, 1, 2])
l.append(0)
l.extend(UserList([9]))
l.insert(0, 7)
print(l, len(l), l[0], l[1:3], type(l[1:3]).__name__, l.index(2), l.count(1))
l.sort()
print(l, l.pop(), l.pop(0), l)
l.reverse()
l.remove(2)
print(l, l + [5], [5] + l, l * 2, 2 * l, type([5] + l).__name__)
l += (8,)
l *= 2
print(l, l == [3, 1, 0, 8, 3, 1, 0, 8], l < [4], l > UserList([3]), 8 in l)
print(l.copy(), copy.copy(l), UserList(), UserList('ab'), UserList(UserList([1])))
del l[0]
l[0] = 'x'
print(l, isinstance(l, MutableSequence), isinstance(l, list), list(reversed(l)))
l.clear()
print(l)

s = UserString('Hello World')
print(s, repr(s), len(s), s[0], s[1:4], type(s[1:4]).__name__, s.upper(), s.lower().title())
print(s.split(), s.replace('World', UserString('There')), s.find('o'), s.rfind(UserString('o')), s.count('l'))
print(s.startswith('He'), s.endswith('x'), s.strip('Hd'), s.center(15, '*'), s.zfill(13), s.swapcase())
print(s + '!', '>' + s, s * 2, s + UserString('?'), type('>' + s).__name__, 'World' in s, UserString('lo') in s)
print(s == 'Hello World', s < 'Z', s == UserString('Hello World'), hash(s) == hash('Hello World'))
print(UserString(42), int(UserString('7')) + 1, float(UserString('1.5')), UserString('%s-%s') % (1, 2))
print(s.join(['a', 'b']), s.partition(' '), s.isalpha(), UserString('abc').isalpha(), s.index('W'))
print(s.encode(), s.ljust(13, '.'), s.rjust(13), s.expandtabs(), s.capitalize(), s.casefold())
print(s.removeprefix('Hello '), s.removesuffix('World'), s.splitlines(), s.format(), UserString('{}!').format(3))
print(isinstance(s, Sequence), isinstance(s, str), isinstance(s, Hashable), list(reversed(UserString('abc'))))
print(sorted([UserString('b'), UserString('a')]), {s: 1}[UserString('Hello World')])

class Shout(UserString):
    def shout(self):
        return self.upper() + '!'
print(Shout('hi').shout(), type(Shout('hi').upper()).__name__, Shout('abc')[::-1])
