# gilvm-nogil: --workers 2
# functools.cmp_to_key returns a KeyWrapper object (CPython's C type), not a class.
import functools


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


key = functools.cmp_to_key(by_length_then_alpha)
print(type(key).__name__, type(key).__module__, callable(key))
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=key))
k1, k2 = key("abc"), key("abd")
print(type(k1).__name__, k1 < k2, k1 > k2, k1 == key("abc"), k1 <= k2, k1 >= k2)
print(max(["aa", "b", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
try:
    k1 < "abc"
except TypeError as e:
    print("TypeError", e)
try:
    hash(k1)
except TypeError as e:
    print("TypeError", e)
