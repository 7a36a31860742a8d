from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
import itertools

text = """the quick brown fox jumps over the lazy dog the fox barks
a dog and a fox are friends of the quick cat"""
words = text.split()
counts = Counter(words)
print(counts.most_common(3), counts["fox"], counts["zebra"], len(counts))
print(sorted(counts.elements())[:5], counts.total())
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(4), (letters - Counter("thequick")).most_common(2))
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, -c2 + c1)
c1.update("aab"); c1.subtract({"b": 10})
print(c1, +c1, dict(c1))

index = defaultdict(list)
for pos, w in enumerate(words):
    index[w[0]].append(pos)
print(dict(sorted(index.items()))["f"], len(index), index.default_factory.__name__)
nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[len(w)][w[0]] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
print(repr(defaultdict(int, {"a": 1})))

d = deque(range(1, 8), maxlen=7)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.append(99); d.appendleft(-1)
print(d, d.maxlen, d[0], d[-1], d.count(3), list(reversed(d))[:2])
d.extendleft([100, 200]); print(d, d.popleft(), d.pop())
window = deque(maxlen=3)
moving = []
for x in [1, 5, 2, 8, 3, 9]:
    window.append(x)
    moving.append(round(sum(window) / len(window), 2))
print(moving)

Card = namedtuple("Card", ["rank", "suit"], defaults=["spades"])
deck = [Card(r, s) for s in ("hearts", "spades") for r in ("A", "K", "Q")]
print(deck[0], Card("J"), deck[1]._replace(suit="clubs"), deck[2]._asdict())
print(Card._fields, Card._field_defaults, deck[0].rank, deck[0][1], tuple(deck[0]))
r, s = deck[-1]
print(r, s, deck.index(Card("K", "spades")), Card("A", "x") < Card("B", "a"))
try:
    Card("A", "b", "c")
except TypeError as e:
    print("TypeError:", e)

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b"); od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

grouped = itertools.groupby(sorted(words, key=len), key=len)
print({k: sorted(set(g)) for k, g in grouped if k > 4})
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate(range(1, 6), lambda a, b: a * b, initial=10)))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations("abcd", 3)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.chain.from_iterable(["ab", [1, 2]])), list(itertools.islice(itertools.count(5, 3), 2, 6)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.compress("abcdef", [1, 0, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.repeat("x", 3)), list(itertools.pairwise("abcd")))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(Counter("abracadabra").most_common()[-1], counts.fox)
