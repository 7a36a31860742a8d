# Converters and codecs: Roman numerals both ways, numbers in English words, bases,
# run-length encoding, a Huffman code built with a sorted list as the priority queue, Luhn
# and ISBN checks, and self-checking round trips.
from collections import Counter
from itertools import groupby

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range for Roman numerals")
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"{s!r} is not a canonical numeral")
    return total


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")
    raise AssertionError("unreachable")


def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign, n = ("-", -n) if n < 0 else ("", n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def huffman(text):
    queue = sorted((n, i, ch) for i, (ch, n) in enumerate(sorted(Counter(text).items())))
    tie = len(queue)
    while len(queue) > 1:
        (n1, _, a), (n2, _, b) = queue[0], queue[1]
        queue = queue[2:]
        node = (n1 + n2, tie, (a, b))
        tie += 1
        lo, hi = 0, len(queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if queue[mid][:2] < node[:2]:
                lo = mid + 1
            else:
                hi = mid
        queue.insert(lo, node)
    codes = {}

    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(queue[0][2], "")
    return codes


def luhn_ok(number):
    digits = [int(d) for d in str(number) if d.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def isbn10_ok(code):
    chars = code.replace("-", "")
    if len(chars) != 10:
        return False
    total = 0
    for i, ch in enumerate(chars):
        if ch == "X" and i == 9:
            v = 10
        elif ch.isdigit():
            v = int(ch)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} = {r:<12} = {words(n)}")
for bad in [0, 4000, "IIII", "VX", "MMMM"]:
    try:
        print(to_roman(bad) if isinstance(bad, int) else from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
for n in [0, 13, 85, 100, 101, 999, 1001, 12345, 1_000_000, 1_234_567_890, -42, 10**12 + 7]:
    print(f"{n:,}: {words(n)}")
print([to_base(n, b) for n, b in [(255, 2), (255, 16), (-255, 8), (10**20, 36), (0, 7)]])
print([int(to_base(n, b), b) for n, b in [(255, 2), (-255, 8), (10**20, 36)]], hex(255), oct(-255), bin(5))
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc"]:
    enc = rle(s)
    assert unrle(enc) == s
    print(enc, len(s), "->", len(enc))
text = "this is an example of a huffman tree"
codes = huffman(text)
encoded = "".join(codes[c] for c in text)
print(sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6])
print(len(encoded), "bits vs", 8 * len(text), f"({len(encoded) / (8 * len(text)):.1%})", huffman("aaaa"))
inverse = {v: k for k, v in codes.items()}
decoded, cur = [], ""
for bit in encoded:
    cur += bit
    if cur in inverse:
        decoded.append(inverse[cur])
        cur = ""
print("".join(decoded) == text)
print([luhn_ok(n) for n in ["4539 1488 0343 6467", "8273 1232 7352 0569", 79927398713, 0]])
print([isbn10_ok(c) for c in ["0-306-40615-2", "3-598-21508-8", "3-598-21507-X", "3-598-2150X-8", "0-306"]])
