# gilvm-nogil: --workers 2
# Records parsed with split(sep, maxsplit): a header split off a long document once per
# record, and "key: value, with, commas" fields. split with a maxsplit split the whole
# string at every separator and joined the tail back (a string per separator per call);
# partition converted the whole receiver to a JS string and back.
document = "\n".join(f"{i:05d}|user{i % 17}|{'x' * (i % 9)}|note, with, commas {i}" for i in range(1500))
rest = document
records = []
while rest:
    parts = rest.split("\n", 1)
    line = parts[0]
    rest = parts[1] if len(parts) > 1 else ""
    ident, user, tail = line.split("|", 2)
    pad, note = tail.split("|", 1)
    records.append((int(ident), user, len(pad), note.split(", ", 1)[1]))
print(len(records), records[:2], records[-1])
by_user = {}
for ident, user, pad, note in records:
    by_user.setdefault(user, []).append(ident)
print(sorted((u, len(v)) for u, v in by_user.items())[:5])
print("a,b,c,d".split(",", 0), "a,b,c,d".split(",", 2), ",a,,b,".split(",", 3), "a b  c ".split(" ", 2),
      "k=v=w".split("=", maxsplit=1), "abcabc".split("bc", 1), "x".split("x", 5), "".split(",", 1))
print("a,b,c,d".rsplit(",", 2), "  a b c  ".split(None, 1), "  a b c  ".rsplit(maxsplit=1))

# the same records consumed with partition (now on the string's units, not a JS copy)
rest, total = document, 0
while rest:
    line, _, rest = rest.partition("\n")
    head, sep, note = line.rpartition("|")
    total += len(head) + len(note)
print(total, "a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))


class Sep(str):
    pass


parts = "k=v".partition(Sep("="))
print(parts, type(parts[1]).__name__, type("k=v".rpartition(Sep("="))[1]).__name__, "x😀y".partition("😀"))
