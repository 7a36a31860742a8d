# string.Formatter: CPython's class (format, vformat, parse, get_field, convert_field,
# overridable hooks), and functools.partial() with no arguments.
import string
import functools

f = string.Formatter()
print(f.format('{0}-{x}', 1, x=2), f.format('{}, {}!', 'Hello', 'World'))
print(f.format('{0!r:>8}|{1:^7.2f}|{name.__class__.__name__}', 'ab', 3.14159, name='ann'))
print(f.format('{0[1]} {d[key]} {{literal}}', [10, 20], d={'key': 'v'}))
print(f.format('{:{width}}|', 'x', width=5), f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
print(list(f.parse('a{{b}}c{0!s:>3}d{}')))
print(list(f.parse('')), list(f.parse('plain')))


class Defaulting(string.Formatter):
    """Missing keys become a placeholder; unused arguments are an error."""

    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used_args, args, kwargs):
        extra = set(kwargs) - used_args
        if extra:
            raise ValueError(f'unused: {sorted(extra)}')

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


d = Defaulting()
print(d.format('{greeting}, {name!u}!', name='bob'))
try:
    d.format('{a}', a=1, b=2)
except ValueError as e:
    print('ValueError', e)
for bad in ['{', '}', 'a{0', '{0!rr}', '{0!z}', '{}{0}', '{0}{}', '{a.}', '{0[x}']:
    try:
        print(f.format(bad, 1, a=1))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    functools.partial()
except TypeError as e:
    print('TypeError', e)
p = functools.partial(max, 3, key=abs)
print(p(-5, 2), p.args, p.keywords, functools.partial(p, -9)())
