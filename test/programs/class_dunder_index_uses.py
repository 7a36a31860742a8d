# Objects with __index__ work wherever CPython takes an integer: slice bounds and steps,
# enumerate's start, str method counts; bools become plain ints there.
class Two:
    def __index__(self):
        return 2


t = Two()
data = [0, 1, 2, 3, 4, 5]
print(data[t:], data[:t], data[::t], "abcdef"[t::t], data[t:-1])
print(slice(t, None, t).indices(10), range(10)[t:8:t])
copy = list(data)
copy[t:t] = ["x"]
del copy[::t]
print(copy)
print(list(enumerate("ab", t)), list(enumerate("ab", True)), list(enumerate("a", start=10 ** 20)))
for bad in (1.5, "1", None):
    try:
        enumerate("a", bad)
    except TypeError as e:
        print("enumerate:", e)
try:
    data["a":]
except TypeError as e:
    print(e)
print("a b c d".split(" ", t), "a,b,c".rsplit(",", t), "ab".center(t, "-"), "1".zfill(t))
print([1, 2, 3].pop(t), (5, 6, 7).index(7, t), "xyxy".find("x", t), [0] * t, "ab" * t)
