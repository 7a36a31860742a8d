# Word statistics over a small corpus: string.punctuation stripping, Counter ranking with
# ties, itertools.groupby over sorted keys, functools.reduce merges of per-document
# counters, heapq top-k, bisect percentiles, defaultdict indexes, namedtuple results.
import string
import itertools
import functools
import heapq
import bisect
from collections import Counter, defaultdict, namedtuple

DOCS = {
    "d1": "The quick brown fox jumps over the lazy dog. The dog sleeps!",
    "d2": "A quick brown dog? No -- a quick, quick fox; the fox wins.",
    "d3": "Lazy afternoons: the cat, the dog and the fox all sleep.",
    "d4": "",
}
table = str.maketrans("", "", string.punctuation)


def tokens(text):
    return [w for w in text.translate(table).lower().split() if w]


per_doc = {name: Counter(tokens(text)) for name, text in DOCS.items()}
total = functools.reduce(lambda a, b: a + b, per_doc.values(), Counter())
print(total.most_common(6))
print(sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(len(total), sum(total.values()), total["missing"])

index = defaultdict(set)
for name, counts in per_doc.items():
    for word in counts:
        index[word].add(name)
print({w: sorted(index[w]) for w in ["fox", "dog", "cat", "quick"]})

Stat = namedtuple("Stat", "length words examples")
by_len = sorted(total, key=len)
stats = []
for length, group in itertools.groupby(by_len, key=len):
    group = sorted(group)
    stats.append(Stat(length, len(group), group[:3]))
for s in stats:
    print(s)
print(max(stats, key=lambda s: s.words)._asdict())

print(heapq.nlargest(3, total.items(), key=lambda kv: kv[1]))
print(heapq.nsmallest(3, total, key=lambda w: (total[w], w)))

lengths = sorted(len(w) for w in total.elements())
def percentile(p):
    k = bisect.bisect_left(range(len(lengths)), p * (len(lengths) - 1) / 100)
    return lengths[min(k, len(lengths) - 1)]
print(lengths[:5], [percentile(p) for p in (0, 25, 50, 75, 100)])

pairs = Counter(itertools.chain.from_iterable(itertools.pairwise(tokens(t)) for t in DOCS.values()))
print(pairs.most_common(3))
diff = per_doc["d1"] - per_doc["d2"]
common = per_doc["d1"] & per_doc["d2"]
print(sorted(diff.items()), sorted(common.items()))
print(string.capwords(" ".join(w for w, _ in total.most_common(4))))
letters = Counter(c for c in "".join(DOCS.values()).lower() if c in string.ascii_lowercase)
print("".join(c for c, _ in letters.most_common(10)), len(set(string.ascii_lowercase) - set(letters)))
