# Text statistics over a multi-line string: word frequencies with a dict, longest
# words, sentence splitting, character classes, a formatted histogram.
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps!
A fox, a dog and a cat: the cat watches the fox.
Is the quick fox quicker than the lazy cat? Nobody knows."""

words = [w.strip(".,!?:").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("words:", len(words), "distinct:", len(freq))
for word, count in top:
    print(f"{word:>8} {'#' * count} {count}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length)[-3:]:
    print(length, by_length[length])
sentences = []
current = ""
for ch in TEXT.replace("\n", " "):
    current += ch
    if ch in ".!?":
        sentences.append(current.strip())
        current = ""
print(len(sentences), [s[:12] for s in sentences])
classes = {"upper": 0, "lower": 0, "space": 0, "punct": 0}
for ch in TEXT:
    if ch.isupper():
        classes["upper"] += 1
    elif ch.islower():
        classes["lower"] += 1
    elif ch.isspace():
        classes["space"] += 1
    else:
        classes["punct"] += 1
print(classes, sum(classes.values()) == len(TEXT))
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2}: {len(line):3} chars, {len(line.split()):2} words, first word {line.split()[0]!r}")
vowels = sum(1 for ch in TEXT.lower() if ch in "aeiou")
print("vowel ratio:", round(vowels / sum(ch.isalpha() for ch in TEXT), 3))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, TEXT.count("the"), TEXT.lower().count("the"), TEXT.find("lazy"), TEXT.rfind("lazy"))
title = " ".join(w.capitalize() for w in lines[0].split()[:4])
print(title, "|", lines[1].title()[:20], "|", lines[2].swapcase()[:10])
