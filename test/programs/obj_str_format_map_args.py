# str.format_map (with a dict subclass's __missing__), and the argument errors of the find family and of split's maxsplit, as CPython's.
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{x} {y}".format_map(D(x=1)))
for call in ('"a".startswith()', '"a".count()', '"a".find()', '"a".split(sep=",", maxsplit="x")', '"a".endswith()', '"a".index()'):
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)
print("a b c".split(), "a,b,c".split(",", 1), "a b c".rsplit(maxsplit=1), "a,b".split(sep=",", maxsplit=True))
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{z}".format_map({})
except KeyError as e:
    print("KeyError:", e)
