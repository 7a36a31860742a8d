import sys
data = {"users": [{"name": "ann", "age": 31, "tags": ["a", "b"]}, {"name": "bob", "age": 25, "tags": []}]}
def walk(obj, depth=0):
    pad = "  " * depth
    if isinstance(obj, dict):
        for k, v in obj.items():
            print(f"{pad}{k}:")
            walk(v, depth + 1)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            print(f"{pad}[{i}]")
            walk(v, depth + 1)
    else:
        print(f"{pad}{obj!r}")
walk(data)
print(sorted(data["users"], key=lambda u: u["age"])[0]["name"], [u["name"].upper() for u in data["users"] if u["tags"]])
text = """line one
  line two\twith tab
line three   """
for n, line in enumerate(text.splitlines(), 1):
    print(f"{n:>3}: {line.strip()!r} words={len(line.split())}")
print(text.count("line"), text.upper().find("TWO"), text.title()[:8], repr(text[-5:]))
csv = "name,score\nann,90\nbob,85\ncarl,77\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, *body = rows
scores = {name: int(score) for name, score in body}
print(header, scores, sum(scores.values()) / len(scores), max(scores.items(), key=lambda kv: kv[1]))
avg = sum(scores.values()) / len(scores)
print(f"avg={avg:.3f} above={[n for n, s in scores.items() if s > avg]}")
grid = [[(r * 3 + c) % 4 for c in range(3)] for r in range(3)]
for row in grid:
    print(" ".join(str(v).rjust(2) for v in row))
transposed = [list(col) for col in zip(*grid)]
print(transposed, [sum(r) for r in grid], [max(c) for c in zip(*grid)], sum(map(sum, grid)))
flat = [v for row in grid for v in row]
print(flat, sorted(set(flat)), flat.count(0), flat.index(3), list(filter(lambda v: v > 1, flat)))
from math import gcd
def frac(a, b):
    g = gcd(a, b)
    return f"{a // g}/{b // g}"
print([frac(a, 12) for a in range(1, 7)])
s = "The Quick Brown Fox"
print(s.swapcase(), s.lower().split(), "_".join(w.lower() for w in s.split()), "".join(w[0] for w in s.split()), s[::-1].lower(), sorted(s.lower().replace(" ", "")))
vowels = sum(1 for ch in s.lower() if ch in "aeiou")
print(vowels, {ch: s.lower().count(ch) for ch in "aeiou" if ch in s.lower()})
def binary_search(arr, x):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == x: return mid
        if arr[mid] < x: lo = mid + 1
        else: hi = mid - 1
    return -1
arr = list(range(0, 100, 7))
print([binary_search(arr, x) for x in (0, 49, 50, 98)])
def bubble(xs):
    xs = xs[:]
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
print(bubble([5, 2, 9, 1, 5, 6]), bubble([]), bubble(["b", "a"]))
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("done", file=sys.stdout)
print("to stderr", file=sys.stderr)
