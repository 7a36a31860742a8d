# Unicode identifiers, soft keywords used as plain names, keyword-like names.
π = 3.14159
café = "coffee"
naïve_count = 3
变量 = "chinese"
Ωmega = 937
print(π, café, naïve_count, 变量, Ωmega)
match = "match is a soft keyword"
case = 5
_ = "underscore"
type = "type shadowed"
print(match, case, _, type)
del type
print(type(1).__name__)


def match(pattern, text):
    return pattern in text


print(match("ab", "cabd"), match("x", "abc"))
__dunder_like__ = 1
_private = 2
__mangled = 3
print(__dunder_like__ + _private + __mangled)
print("True" == str(True), None is None)
names = [n for n in dir() if not n.startswith("__")]
print(sorted(names))
x1_y2 = 12
print(x1_y2)
