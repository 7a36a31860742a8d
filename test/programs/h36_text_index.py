# gilvm-nogil: --workers 2
# build an inverted index over a small corpus; sets of strings, frozensets, sorted output
DOCS = {
    "d1": "Python makes simple things simple and complex things possible",
    "d2": "The GIL makes threads take turns running Python bytecode",
    "d3": "Simple is better than complex; complex is better than complicated",
    "d4": "Threads share memory, processes do not share memory",
}
STOP = frozenset({"the", "is", "and", "than", "do", "not"})

def tokenize(text):
    for raw in text.lower().replace(";", " ").replace(",", " ").split():
        if raw not in STOP:
            yield raw

index = {}
for doc_id, text in DOCS.items():
    for term in tokenize(text):
        index.setdefault(term, set()).add(doc_id)

print(len(index), "terms")
for term in sorted(index)[:6]:
    print(f"  {term:<12} {sorted(index[term])}")

def search(query):
    terms = list(tokenize(query))
    if not terms:
        return set()
    result = index.get(terms[0], set()).copy()
    for t in terms[1:]:
        result &= index.get(t, set())
    return result

for q in ["simple complex", "threads memory", "python", "the", "missing word"]:
    print(repr(q), "->", search(q))

vocab_by_doc = {d: set(tokenize(t)) for d, t in DOCS.items()}
print(vocab_by_doc["d4"])
print(vocab_by_doc["d1"] & vocab_by_doc["d3"], vocab_by_doc["d2"] - vocab_by_doc["d1"])
shared_everywhere = set.intersection(*vocab_by_doc.values())
print("shared:", shared_everywhere, "any:", len(set.union(*vocab_by_doc.values())))
pairs = {frozenset((a, b)) for a in DOCS for b in DOCS if a < b and vocab_by_doc[a] & vocab_by_doc[b]}
print(sorted(tuple(sorted(p)) for p in pairs))
letters = {ch for t in DOCS.values() for ch in t.lower() if ch.isalpha()}
print("".join(sorted(letters)), len(letters), set("aeiou") <= letters, set("qxz") - letters)
print(STOP, frozenset(["x"]) | STOP)
word_lengths = {}
for w in index:
    word_lengths.setdefault(len(w), set()).add(w)
for n in sorted(word_lengths):
    print(n, word_lengths[n])
