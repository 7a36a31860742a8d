# gilvm-nogil: --workers 2
# sets of strings: display order, set algebra, pop/discard, tuples of strings, frozensets
text = """the quick brown fox jumps over the lazy dog while the cat sleeps
under the warm sun and the dog dreams of chasing the quick cat"""
words = text.split()
vocab = set(words)
print(len(words), len(vocab))
print(vocab)
first_line = set(text.splitlines()[0].split())
second_line = set(text.splitlines()[1].split())
print("both:", first_line & second_line)
print("only first:", first_line - second_line)
print("either:", first_line | second_line)
print("one side:", first_line ^ second_line)
print(first_line <= vocab, second_line.isdisjoint({"zebra"}), {"cat", "dog"} < vocab)

letters = set("mississippi")
print(letters, frozenset("hello"), {c.upper() for c in "banana"})
print(set("abcdefghij"), set("ABCxyz"))
vowels = {"a", "e", "i", "o", "u"}
print({w for w in vocab if w[0] in vowels}, {len(w) for w in vocab})
stop = {"the", "of", "and", "over", "under", "while"}
content = vocab - stop
print(sorted(content) == sorted(w for w in vocab if w not in stop), content)

# mutation history affects CPython's order; gilvm must track it
tags = {"red", "green", "blue"}
tags.add("yellow")
tags.discard("green")
tags.add("purple")
tags.update(["orange", "cyan", "magenta", "black", "white"])
print(tags)
tags.remove("red")
print(tags, tags.pop(), tags.pop(), tags)
tags.clear()
tags.add("again")
print(tags)

# sets of tuples mixing strings and ints
pairs = {("alice", 3), ("bob", 1), ("carol", 2), ("alice", 1)}
print(pairs)
print({name for name, _ in pairs}, {(n, s * 2) for n, s in pairs if s > 1})
grid = {(r, c) for r in "ab" for c in "xyz"}
print(grid)

# dict keys views with set operations give sets
inventory = {"apple": 3, "pear": 0, "plum": 7, "fig": 2}
orders = {"plum": 1, "kiwi": 4, "apple": 2}
print(inventory.keys() & orders.keys(), inventory.keys() - orders.keys(), orders.keys() | {"lime"})
print(inventory.items() & {("fig", 2), ("plum", 1)})

# hashes of strings are CPython's under PYTHONHASHSEED=0
print(hash("") == 0, hash("a") == hash("a"), {hash("x") for _ in range(3)} == {hash("x")})
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(set(counts) == vocab, frozenset(vocab) == vocab, len({frozenset(vocab), frozenset(words)}))
print(" ".join(sorted(vocab, key=len)))
print(list({"b": 1, "a": 2}), list({"b", "a"}), [*{"k1", "k2", "k3"}])
