# gilvm-nogil:
# lib/json.py: dumps/loads/dump/load as CPython 3.11's json (C scanner and one-shot C encoder:
# their error positions and messages), JSONEncoder subclasses, hooks, JSONDecodeError
import json

data = {"name": "gilvm", "version": [1, 2, 3], "ok": True, "none": None, "pi": 3.141592653589793,
        "small": 1e-7, "big": 1e22, "neg": -0.0, "nested": {"a": [], "b": {}, "c": [{"x": 1}, [2, [3]]]},
        "text": 'quote " backslash \\ newline \n tab \t bell \x07 del \x7f é ☃ 𝄞', "tuple": (1, "two"),
        1: "int key", 2.5: "float key", None: "none key", False: "bool key"}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({"b": [1, {"c": []}], "a": {}}, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps("plain"), json.dumps(5), json.dumps(None), json.dumps(1.5), json.dumps(True), json.dumps([]))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
back = json.loads(s)
print(back)
print(back["text"] == data["text"], back["tuple"], back["1"], back["2.5"], back["null"], back["false"])
print(json.loads('  {"a" : [1, 2.5, -3e2, 0, -0, 1E+2, true, false, null, "x\\u00e9\\ud834\\udd1e\\n"]}  '))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads('"\\/"'), json.loads(b'[1]'))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)
enc = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, cls=PointEncoder)
print(enc)
def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
dec = json.loads(enc, object_hook=hook)
print(type(dec["p"]).__name__, dec["p"].x, dec["ps"][0].y)
print(json.dumps({1, 2} if False else [1, 2], default=list), json.dumps({"s": {3}}, default=sorted))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads("1.5", parse_float=lambda t: "F" + t), json.loads("10", parse_int=float), json.loads("[NaN]", parse_constant=str))
print(json.dumps({"z": 1, "y": 2}, sort_keys=True, indent=4, separators=(", ", " = ")))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({"a": 1, object(): 2, "b": 3}, skipkeys=True))
for bad in ['', '   ', '[1, 2', '{"a" 1}', '[1 2]', '{"a": tru}', '[1] x', '{a: 1}', '{"a": 1,}', '[1,]',
            '"abc', '"a\\qb"', '"\\u12"', '"tab\there"', '{"a":1 "b":2}', '\n\n  [1,\n 2,,]', '-', '01', '1.', '.5',
            '{"a": [1, {"b": }]}', '\ufeff[]', 'nul', '[1, 2]]', '{', '[', '"\\']:
    try:
        print(repr(bad), "->", json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "!!", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for bad in [{"k": object()}, {(1,): 2}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
try:
    json.loads(5)
except TypeError as e:
    print(e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print(e)
import io
buf = io.StringIO()
json.dump({"x": [1, 2, {"y": None}]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"k": [true]}')))
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__name__, json.JSONDecoder().raw_decode('[1] tail'))
print(json.dumps(10**30), json.dumps(1e16), json.dumps(123456789.123), json.dumps(0.1 + 0.2), json.dumps(True + 1))
try:
    json.loads('{"records": [1, 2, 3,]}')
except ValueError as e:
    print(type(e).__name__, e)
big = json.dumps([{"id": i, "tags": [str(i)] * (i % 3), "v": i / 7} for i in range(300)])
print(len(big), json.loads(big)[-1], json.loads(big) == json.loads(json.dumps(json.loads(big), indent=2)))
