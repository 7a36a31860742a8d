# A str subclass instance as a dict key is found by an equal plain str, and the reverse,
# in dicts, sets and namespaces (the exact-str fast lookup must not skip subclass keys).
class Tag(str):
    def shout(self):
        return self.upper() + "!"


class Code(int):
    pass


t = Tag("red")
d = {t: 1}
print(d["red"], d[t], "red" in d, d.get("red"), d.pop("red", None), d)
d2 = {"blue": 2}
print(d2[Tag("blue")], Tag("blue") in d2)
s = {Tag("x"), "y"}
print("x" in s, Tag("y") in s, len(s | {"x"}))
counts = {}
for w in [Tag("a"), "a", Tag("b"), "a"]:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print({Code(5): "five"}[5], {5: "five"}[Code(5)], {Tag("k"): 0}.keys() == {"k"})
ns = {}
ns[Tag("name")] = "value"
print(ns["name"], list(ns), type(list(ns)[0]).__name__)
kw = dict(**{Tag("key"): 1})
print(kw["key"])
