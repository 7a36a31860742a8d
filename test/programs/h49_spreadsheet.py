# gilvm-nogil: --workers 2
"""Spreadsheet with formula cells evaluated recursively, cycle detection via custom exceptions."""


class SheetError(Exception):
    pass


class CycleError(SheetError):
    def __init__(self, path):
        super().__init__("cycle: " + " -> ".join(path))
        self.path = tuple(path)


class RefError(SheetError):
    def __init__(self, ref):
        super().__init__(f"bad reference {ref!r}")
        self.ref = ref


def col_index(name):
    n = 0
    for ch in name:
        n = n * 26 + (ord(ch) - ord("A") + 1)
    return n


def col_name(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def split_ref(ref):
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters):]
    if not letters or not digits or not letters.isalpha() or not letters.isupper():
        raise RefError(ref)
    return letters, int(digits)


class Sheet:
    def __init__(self):
        self.cells = {}
        self.cache = {}
        self.evals = 0

    def __setitem__(self, ref, value):
        split_ref(ref)
        self.cells[ref] = value
        self.cache.clear()

    def __getitem__(self, ref):
        return self.value(ref, [])

    def value(self, ref, stack):
        if ref in stack:
            raise CycleError(stack[stack.index(ref):] + [ref])
        if ref in self.cache:
            return self.cache[ref]
        raw = self.cells.get(ref, 0)
        stack.append(ref)
        try:
            if isinstance(raw, str) and raw.startswith("="):
                result = self.formula(raw[1:], stack)
            else:
                result = raw
        finally:
            stack.pop()
        self.evals += 1
        self.cache[ref] = result
        return result

    def expand(self, rng):
        a, _, b = rng.partition(":")
        (ca, ra), (cb, rb) = split_ref(a), split_ref(b)
        for c in range(col_index(ca), col_index(cb) + 1):
            for r in range(ra, rb + 1):
                yield f"{col_name(c)}{r}"

    def formula(self, text, stack):
        text = text.strip()
        for fname, fn in (("SUM", sum), ("MAX", max), ("MIN", min)):
            if text.startswith(fname + "(") and text.endswith(")"):
                vals = [self.value(r, stack) for r in self.expand(text[len(fname) + 1:-1])]
                return fn(vals)
        if text.startswith("AVG(") and text.endswith(")"):
            vals = [self.value(r, stack) for r in self.expand(text[4:-1])]
            return sum(vals) / len(vals)
        for op in "+-*/":
            left, sep, right = text.rpartition(op)
            if sep and left:
                a = self.formula(left, stack)
                b = self.formula(right, stack)
                if op == "+":
                    return a + b
                if op == "-":
                    return a - b
                if op == "*":
                    return a * b
                return a / b
        if text[0].isdigit():
            return float(text) if "." in text else int(text)
        return self.value(text, stack)

    def render(self, cols, rows):
        width = 10
        print(" " * 4 + "".join(c.center(width) for c in cols))
        for r in range(1, rows + 1):
            cells = []
            for c in cols:
                try:
                    v = self[f"{c}{r}"]
                except CycleError:
                    v = "#CYCLE"
                except ZeroDivisionError:
                    v = "#DIV/0"
                if isinstance(v, float):
                    cells.append(f"{v:>{width}.2f}")
                else:
                    cells.append(str(v).rjust(width))
            print(f"{r:>3} " + "".join(cells))


s = Sheet()
s["A1"], s["A2"], s["A3"] = 10, 20, 30
s["B1"] = "=A1*2"
s["B2"] = "=A2+B1"
s["B3"] = "=SUM(A1:B2)"
s["C1"] = "=AVG(A1:A3)"
s["C2"] = "=MAX(A1:B3)"
s["C3"] = "=C1/0"
s.render(["A", "B", "C"], 3)
print("evals", s.evals)

s["D1"] = "=D2+1"
s["D2"] = "=D3*2"
s["D3"] = "=D1"
try:
    s["D1"]
except CycleError as e:
    print("caught:", e, e.path, isinstance(e, SheetError))
try:
    s["d1"] = 5
except SheetError as e:
    print(type(e).__name__, e.args, e.ref)
print([col_name(n) for n in (1, 26, 27, 52, 53, 702, 703)])
print([col_index(col_name(n)) for n in (1, 26, 27, 52, 53, 702, 703)])
try:
    s["Z9"] = "=Q1+"
    print(s["Z9"])
except (IndexError, SheetError) as e:
    print("error", type(e).__name__, e)
s["E1"] = "=E1"
print(s["E1"])
