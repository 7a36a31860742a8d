# sorted() and list.sort(): key functions, reverse, stability, mixed comparables,
# sorting dicts/sets/strings/generators, errors.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))     # stable even reversed
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, 1, 2]), sorted("banana"), sorted((2.5, -1, 0)), sorted({"b": 1, "a": 2}))
print(sorted({5, 3, 9}), sorted(x * x for x in range(-3, 4)), sorted([]), sorted(range(3), reverse=True))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
print(sorted(["ten", "a", "three", "xy"], key=len), sorted([-3, 2, -1], key=abs))
print(sorted([[2, 1], [1, 2], [1, 1, 0]]), sorted([True, False, 0, 1, -1]))
data = {"x": 3, "y": 1, "z": 2}
print(sorted(data, key=data.get), sorted(data.items(), key=lambda kv: kv[1], reverse=True))
original = [4, 2, 3]
result = sorted(original)
print(original, result, result is original)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], key=lambda x: None if x > 1 else 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)


class Card:
    order = "23456789TJQKA"

    def __init__(self, face):
        self.face = face

    def __lt__(self, other):
        return self.order.index(self.face) < self.order.index(other.face)

    def __repr__(self):
        return self.face


print(sorted([Card(c) for c in "KA2T9"]), max([Card("3"), Card("J")]), min(Card(c) for c in "Q7K"))
words = "the Quick brown fox Jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(sorted(words), key=len))
nums = [5, 1, 4]
nums.sort(key=lambda n: -n)
print(nums, sorted(nums, reverse=True) == sorted(nums)[::-1])
print(sorted([0.1, -0.0, 0.0, -1e-9]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
