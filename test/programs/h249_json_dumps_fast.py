# json.dumps of plain values (the native one-shot encoder) against the paths it leaves to
# json.py: separators, sort_keys, ensure_ascii, NaN, circular references, subclasses, big
# ints, non-str keys, default=, deep nesting, indent, and a randomized structure check.
import json
import random

random.seed(249)
samples = [
    {"a": [1, 2.5, {"b": [3, 4, None]}], "c": "str\u00e9", "d": [[1], [2, 3]], "e": True},
    [], {}, [[]], [{}], "plain", 0, -7, 2**53 - 1, 2**53, 2**70, -(2**60), 1.0, -0.0, 1e300, 1e-7, 0.1 + 0.2,
    (1, (2, 3)), {"z": 1, "a": 2, "m": {"y": 0, "b": 1}}, ["\n\t\"\\", "\u2028", "\x00\x1f", "😀", "é"],
    {"k\u00e9y": "v", "😀": 1}, [True, False, None], {"": ""},
]
for v in samples:
    print(json.dumps(v))
    print(json.dumps(v, sort_keys=True), json.dumps(v, separators=(",", ":")), json.dumps(v, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [2, {"d": 3, "c": 4}]}, sort_keys=True, separators=(",", ":")))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
for bad in (lambda: json.dumps([float("nan")], allow_nan=False), lambda: json.dumps({"x": float("inf")}, allow_nan=False)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
loop = [1]
loop.append(loop)
d = {"self": None}
d["self"] = d
for v in (loop, d):
    try:
        json.dumps(v)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps(loop, check_circular=False)
except RecursionError:
    print("RecursionError")


class MyInt(int):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyList([1, 2]), MyDict(a=1)]))
print(json.dumps({"when": {1, 2}} if False else {"n": 10**30}), json.dumps([10**400 // 10**380]))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True), json.dumps({"s": {3}}, default=sorted))
deep = []
cur = deep
for _ in range(300):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(len(json.dumps(deep)))
print(json.dumps({"a": [1, {"b": 2}]}, indent=2))
for v in samples[:6] + [samples[18], samples[20]]:
    print(json.dumps(v, indent=2), json.dumps(v, indent="\t", sort_keys=True), json.dumps(v, indent=0))
    print(json.dumps(v, indent=3, separators=(" ,", " = ")))
for bad in (lambda: json.dumps([float("nan")], allow_nan=False, indent=1), lambda: json.dumps({"x": -float("inf")}, allow_nan=False, indent=2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps(loop, indent=2)
except ValueError as e:
    print("ValueError:", e)


def rand_value(depth):
    r = random.random()
    if depth > 3 or r < 0.3:
        return random.choice([random.randint(-1000, 1000), random.random() * 1e6, "s%d" % random.randint(0, 99),
                              None, True, False, random.randint(-2**60, 2**60), "\u00fc\u4e2d"])
    if r < 0.65:
        return [rand_value(depth + 1) for _ in range(random.randint(0, 4))]
    return {"k%d" % random.randint(0, 50): rand_value(depth + 1) for _ in range(random.randint(0, 4))}


total = 0
for i in range(300):
    v = rand_value(0)
    s = json.dumps(v, sort_keys=bool(i % 2), indent=(None if i % 3 else i % 4))
    assert json.loads(s) == v or s != s
    total += len(s) + sum(map(ord, s)) % 97
print(total)
