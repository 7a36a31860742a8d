# dict methods: get, setdefault, pop, popitem, update, keys/values/items views,
# fromkeys, copy, clear, |, |=, insertion order, KeyError messages.
inventory = {"apples": 3, "pears": 0}
inventory["kiwis"] = 7
inventory["apples"] += 2
print(inventory, len(inventory), "pears" in inventory, 3 in inventory)
print(inventory.get("apples"), inventory.get("plums"), inventory.get("plums", -1))
print(inventory.setdefault("plums", 9), inventory.setdefault("apples", 0), inventory)
print(inventory.pop("pears"), inventory.pop("nothing", "absent"), inventory)
print(inventory.popitem(), inventory)
inventory.update({"figs": 1}, dates=4)
inventory.update([("apples", 50)])
print(inventory)
keys = inventory.keys()
values = inventory.values()
items = inventory.items()
inventory["new"] = 0                   # views are live
print(list(keys), list(values), list(items))
print(len(keys), "figs" in keys, ("figs", 1) in items, 4 in values)
print(keys & {"figs", "zzz"}, sorted(keys | {"extra"}), keys - {"apples", "kiwis", "figs", "dates"})
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict(a=1, b=2), dict([(1, 2)]), dict())
print(dict(zip("ab", [1, 2])), {k: v for k, v in [("p", 1)]})
c = inventory.copy()
c.clear()
print(c, len(inventory))
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print(d1 | d2, d2 | d1)
d1 |= d2
print(d1)
try:
    inventory["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    {}.pop("x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {(1, 2): 0}[(1, 3)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
order = {}
for word in ["zeta", "alpha", "mid", "alpha"]:
    order[word] = order.get(word, 0) + 1
print(order, list(order), list(reversed(order)))
del order["zeta"]
order["zeta"] = 1                  # re-insertion goes to the end
print(order)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "int", 1.0: "float"}, {True: "bool", 1: "int"})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
print(list({"b": 1, "a": 2}.items())[0], min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()))
print({"x": 1} == {"x": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, dict(d1) is d1)
for k, v in sorted({"q": 3, "p": 4}.items()):
    print(k, v)
