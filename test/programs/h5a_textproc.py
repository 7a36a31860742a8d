# String processing: a word-frequency report, a hand-written CSV reader, text wrapping and
# justification, a Caesar/Vigenere cipher, slugs and a template mini-language.
import string
from collections import Counter, OrderedDict
from itertools import groupby, zip_longest

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.  "We had everything before us; we had nothing before us!"
"""

STOP = frozenset("it was the of a an and we us had".split())


def words(text):
    table = str.maketrans({c: " " for c in string.punctuation if c not in "'-"})
    for w in text.translate(table).lower().split():
        w = w.strip("'-")
        if w:
            yield w


def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justify(line_words, width):
    if len(line_words) == 1:
        return line_words[0].ljust(width)
    gaps = len(line_words) - 1
    spaces = width - sum(map(len, line_words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line_words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + line_words[-1]


def parse_csv(text, sep=","):
    rows = []
    for line in text.strip().splitlines():
        row, field, quoted, i = [], "", False, 0
        while i < len(line):
            ch = line[i]
            if quoted:
                if ch == '"' and line[i + 1:i + 2] == '"':
                    field += '"'
                    i += 1
                elif ch == '"':
                    quoted = False
                else:
                    field += ch
            elif ch == '"':
                quoted = True
            elif ch == sep:
                row.append(field)
                field = ""
            else:
                field += ch
            i += 1
        row.append(field)
        rows.append(row)
    return rows


def caesar(s, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return s.translate(table)


def vigenere(s, key, decrypt=False):
    out, j = [], 0
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[j % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + (-shift if decrypt else shift)) % 26 + base))
            j += 1
        else:
            out.append(ch)
    return "".join(out)


def slugify(title):
    keep = "".join(c if c.isalnum() else " " for c in title.lower())
    return "-".join(keep.split())


def render(template, **values):
    out, rest = [], template
    while True:
        head, sep, tail = rest.partition("{{")
        out.append(head)
        if not sep:
            break
        name, sep2, rest = tail.partition("}}")
        if not sep2:
            raise ValueError(f"unclosed tag: {{{{{name}")
        name, _, filt = (p.strip() for p in name.partition("|"))
        value = values.get(name, f"<{name}?>")
        if filt == "upper":
            value = str(value).upper()
        elif filt == "title":
            value = string.capwords(str(value))
        elif filt:
            value = format(value, filt)
        out.append(str(value))
    return "".join(out)


freq = Counter(w for w in words(TEXT) if w not in STOP)
print(freq.most_common(6))
print(sorted(w for w, n in freq.items() if n == 1)[:8])
by_len = {k: sorted(set(g)) for k, g in groupby(sorted(words(TEXT), key=len), key=len)}
print({k: v[:3] for k, v in by_len.items() if k > 7})
print(max(words(TEXT), key=len), sum(1 for _ in words(TEXT)), len(set(words(TEXT))))

for line in wrap(TEXT, 38)[:6]:
    print("|" + justify(line, 38) + "|")
print("|" + "centered title".center(38, "~") + "|")
print("|" + "right".rjust(38, ".") + "|")

csv = '''name,qty,price,note
"Widget, large",4,3.50,"says ""hi"""
Gadget,10,0.99,
"",0,0,"empty name"
'''
rows = parse_csv(csv)
header, *data = rows
print(header, len(data))
for r in data:
    rec = OrderedDict(zip_longest(header, r, fillvalue="?"))
    total = int(rec["qty"]) * float(rec["price"])
    print(f"{rec['name']!r:<18} {rec['qty']:>3} x {float(rec['price']):5.2f} = {total:7.2f} {rec['note']!r}")

secret = caesar("Hello, World! xyz", 3)
print(secret, caesar(secret, -3), caesar("abc", 26))
v = vigenere("Attack at dawn!", "Lemon")
print(v, vigenere(v, "Lemon", decrypt=True))
print([slugify(t) for t in ["Hello, World!", "  Python 3.11 -- What's New?  ", "ÜBER café"]])
print(render("Dear {{ name|title }}, you owe {{amount|,.2f}} ({{ status | upper }}) {{missing}}.",
             name="ada lovelace", amount=1234.5, status="overdue"))
try:
    render("broken {{ tag", tag=1)
except ValueError as e:
    print("ValueError:", e)
s = "  Mixed CASE words, with   spacing\tand\ttabs  "
print(repr(s.split()), repr(s.strip().split(" ")), s.count(" "), s.find("CASE"), s.rfind("a"))
print(s.expandtabs(4).replace("  ", "_"), "|".join(s.split("\t")))
print(s.title(), s.swapcase().strip(), s.lower().islower(), " ".join(reversed(s.split())))
print("abc".zfill(6), "-12".zfill(6), "3.14".rjust(8, "0"), "{:*^11}".format("mid"), "%-6s|%6s|" % ("l", "r"))
print(" ".join(w[::-1] for w in "stressed desserts live evil".split()), "racecar" == "racecar"[::-1])
print([line.partition(":")[::2] for line in "a: 1\nb:2\nc\n:d".splitlines()])
print(string.Template("$who likes ${what}s").substitute(who="Tim", what="kung pao"), string.ascii_letters[20:30])
