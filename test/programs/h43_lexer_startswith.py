# gilvm-nogil: --workers 2
# A hand-written lexer over a long source: `src.startswith(op, pos)` to match operators and
# `src.count("\n", 0, pos)` for line numbers. Both converted the whole source string at each
# call when given start/end (O(n) per token: quadratic); they now work on the string's units.
OPERATORS = sorted(["==", "!=", "<=", ">=", "**", "//", "->", "+", "-", "*", "/", "%",
                    "<", ">", "=", "(", ")", "[", "]", ",", ":", "."], key=len, reverse=True)
KEYWORDS = {"def", "return", "if", "else", "while", "for", "in"}


class LexError(Exception):
    pass


def tokenize(src):
    pos, n = 0, len(src)
    while pos < n:
        ch = src[pos]
        if ch in " \t\n":
            pos += 1
            continue
        if src.startswith("#", pos):
            end = src.find("\n", pos)
            pos = n if end < 0 else end
            continue
        if ch.isdigit():
            start = pos
            while pos < n and (src[pos].isdigit() or src[pos] == "."):
                pos += 1
            yield ("NUM", src[start:pos], src.count("\n", 0, start) + 1)
            continue
        if ch.isalpha() or ch == "_":
            start = pos
            while pos < n and (src[pos].isalnum() or src[pos] == "_"):
                pos += 1
            word = src[start:pos]
            yield ("KW" if word in KEYWORDS else "NAME", word, src.count("\n", 0, start) + 1)
            continue
        for op in OPERATORS:
            if src.startswith(op, pos):
                yield ("OP", op, src.count("\n", 0, pos) + 1)
                pos += len(op)
                break
        else:
            line = src.count("\n", 0, pos) + 1
            col = pos - (src.rfind("\n", 0, pos) + 1)
            raise LexError(f"unexpected {ch!r} at line {line}, column {col}")


chunk = """def area_{i}(w, h) -> float:
    # rectangle number {i}
    if w >= 0 and h != {i}:
        return w * h // 2 + {i}.5
    else:
        return (w ** 2) % {i}
"""
source = "".join(chunk.format(i=i) for i in range(1, 150))
tokens = list(tokenize(source))
kinds = {}
for kind, text, line in tokens:
    kinds[kind] = kinds.get(kind, 0) + 1
print(len(source), len(tokens), sorted(kinds.items()))
print(tokens[:6])
print(tokens[-4:])
print(sum(1 for t in tokens if t[1] == "//"), max(t[2] for t in tokens))
print(source.startswith(("xx", "def"), 0, 3), source.endswith(":", 0, source.find("\n")),
      source.count("return", 10, -10), source.startswith("area", -len(source) + 4))
try:
    list(tokenize(source + "x = 1 ? 2\n"))
except LexError as e:
    print("LexError:", e)
