# Equality of long strings (compared natively from 64 units, with the cached hashes first):
# equal and unequal, ASCII, non-ASCII and astral, as dict keys and set items.
a = "x" * 100; b = "".join(["x"] * 100); c = "x" * 99 + "y"
print(a == b, a == c, a != b, {a: 1}[b], b in {a}, c in {a}, ("é" * 70) == "".join(["é"] * 70), ("😀" * 40) == "".join(["😀"] * 40), ("😀" * 40) == ("😀" * 39 + "😁"))
h = {}
for i in range(200):
    k = "key-" + "q" * 80 + str(i)
    h[k] = i
print(sum(h["key-" + "q" * 80 + str(i)] for i in range(200)))
