# gilvm-nogil: --workers 2
# anagram and letter-set puzzles: frozensets as keys and set members, set order of strings
WORDS = """listen silent enlist inlets google tinsel banana stone tones notes onset
seton evil vile live veil apple pale leap plea peal""".split()

by_sorted = {}
for w in WORDS:
    by_sorted.setdefault("".join(sorted(w)), []).append(w)
groups = [g for g in by_sorted.values() if len(g) > 1]
print(len(groups), "anagram groups")
for g in groups:
    print(" ", g, set(g))

letter_sets = {}
for w in WORDS:
    letter_sets.setdefault(frozenset(w), set()).add(w)
print(len(letter_sets), "distinct letter sets")
for key in sorted(letter_sets, key=lambda k: ("".join(sorted(k)))):
    print(f"  {''.join(sorted(key)):<8} {letter_sets[key]}")

unique_sets = {frozenset(w) for w in WORDS}
print(len(unique_sets), frozenset("apple") in unique_sets, frozenset("xyz") in unique_sets)
print({frozenset("ab"), frozenset("ba"), frozenset("abc")})
print(hash(frozenset("pale")) == hash(frozenset("leap")), hash(frozenset()) == hash(frozenset([])))

def pangram_missing(sentence):
    return set("abcdefghijklmnopqrstuvwxyz") - set(sentence.lower())
print(pangram_missing("The quick brown fox jumps over the lazy dog"))
print(pangram_missing("Sphinx of black quartz"))

vowels = frozenset("aeiou")
for w in ["rhythm", "sequoia", "strengths", "education"]:
    have = vowels & set(w)
    print(f"{w:<10} vowels={have or '{}'} missing={vowels - have}")

pairs = {(a, b) for a in ("x", "y") for b in frozenset({"p", "q"})}
print(pairs, {frozenset(p) for p in pairs})
nested = {frozenset({frozenset("ab"), "c"}), frozenset({"c"})}
print(nested)
