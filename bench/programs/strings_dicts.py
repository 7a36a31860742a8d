# Dicts and strings: word counts over generated text, string building with join and
# +=, str methods (split, strip, upper, replace, find, startswith, partition, zfill)
# and f-strings with format specs. Deterministic: no hashing-order dependence (dicts
# are insertion-ordered, and nothing iterates a set of strings).
ROUNDS = 22

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
         "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]


def make_text(n_lines, seed):
    lines = []
    state = seed
    for i in range(n_lines):
        parts = []
        for k in range(8):
            state = (state * 1103515245 + 12345) % 2147483648
            w = WORDS[state % len(WORDS)]
            if state % 5 == 0:
                w = w.capitalize()
            parts.append(w)
        lines.append("  " + " ".join(parts) + ", line " + str(i) + ".  ")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        line = line.strip().rstrip(".")
        body, sep, tail = line.partition(",")
        for word in body.split():
            word = word.lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def build_report(counts):
    rows = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"{word:<10}|{n:>6}|{n / 1000:8.3f}|{word.upper()!r}")
    return "\n".join(rows)


def string_ops(text):
    total = 0
    s = ""
    for i, line in enumerate(text.split("\n")):
        if line.strip().startswith("Alpha"):
            total += 1
        total += line.find("pi") + line.count("a")
        if i % 50 == 0:
            s += line.replace("eta", "ETA").strip()[:20] + str(i).zfill(6) + ";"
    return total, len(s), s[:40]


def index_letters(text):
    first_seen = {}
    for pos, ch in enumerate(text[:60_000]):
        if ch.isalpha() and ch not in first_seen:
            first_seen[ch] = pos
    keys = "".join(first_seen)
    return keys, sum(first_seen.values())


checksum = 0
for r in range(ROUNDS):
    text = make_text(1500, r + 1)
    counts = count_words(text)
    report = build_report(counts)
    checksum += len(report) + sum(counts.values())
    total, slen, head = string_ops(text)
    checksum += total + slen
    keys, s = index_letters(text)
    checksum += s
print(head)
print(keys)
print(report.split("\n")[0])
print("strings checksum:", checksum)
