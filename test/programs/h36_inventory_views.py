# gilvm-nogil: --workers 2
# an inventory reconciler: dict views as sets, set algebra on keys/items, Counter-like logic
warehouse = {"apple": 3, "pear": 0, "plum": 7, "fig": 2, "kiwi": 1, "lime": 5}
orders = {"plum": 1, "kiwi": 4, "apple": 2, "date": 9}
catalog = ["apple", "banana", "date", "fig", "grape", "kiwi", "lime", "pear", "plum"]

wk, ok = warehouse.keys(), orders.keys()
print("stocked & ordered:", wk & ok, ok & wk)
print("never ordered:", wk - ok)
print("ordered, unknown:", ok - wk)
print("all names:", wk | ok, ok | wk)
print("exactly one side:", wk ^ ok)
print("catalog check:", wk & set(catalog), set(catalog) - wk - ok)
print("list operands:", wk & ["fig", "nope", "lime"], wk - ["pear"], ok ^ ("plum", "x"))

exact = warehouse.items() & {("plum", 7), ("fig", 3), ("kiwi", 1)}
print("exact matches:", exact)
print("changed:", warehouse.items() - {("pear", 0), ("lime", 5)})
print("union items:", orders.items() | {("egg", 12)})

shortfall = {}
for name in ok & wk:
    missing = orders[name] - warehouse[name]
    if missing > 0:
        shortfall[name] = missing
for name in ok - wk:
    shortfall[name] = orders[name]
print("shortfall:", dict(sorted(shortfall.items())))

# views are live
keys = warehouse.keys()
values = warehouse.values()
items = warehouse.items()
warehouse["mango"] = 4
del warehouse["pear"]
print(len(keys), "mango" in keys, 4 in values, ("fig", 2) in items, list(values)[-1])
print(keys == {"apple", "plum", "fig", "kiwi", "lime", "mango"}, keys != set(), items >= {("fig", 2)})
print(sorted(keys, key=lambda k: warehouse[k]), max(items, key=lambda kv: kv[1]))
print(keys.isdisjoint({"x", "y"}), keys.isdisjoint(["apple"]), items.isdisjoint([("fig", 1)]))

try:
    keys & 5
except TypeError as e:
    print("TypeError:", e)
try:
    for k in keys:
        warehouse[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    hash(keys)
except TypeError as e:
    print("TypeError:", e)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(repr(orders.keys()), repr(orders.values()), repr(orders.items()))
print(list(reversed(orders.keys())), list(reversed(orders.items()))[0])
