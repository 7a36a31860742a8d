# A small spreadsheet: cells hold numbers, text or formulas (=A1+B2*2, =SUM(A1:A5)),
# evaluated lazily through __getitem__ with memoisation, dependency tracking, cycle
# detection with a custom exception, recalculation and a formatted grid printout.
import math

from functools import reduce



class CycleError(Exception):
    def __init__(self, path):
        super().__init__(" -> ".join(path))
        self.path = path


class FormulaError(Exception):
    pass


def col_index(name):
    return ord(name[0]) - ord("A")


def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    if i == 0 or i == len(ref) or not ref[i:].isdigit():
        raise FormulaError(f"bad cell reference {ref!r}")
    return ref[:i].upper(), int(ref[i:])


def expand(a, b):
    (ca, ra), (cb, rb) = split_ref(a), split_ref(b)
    return [f"{chr(c)}{r}" for c in range(ord(ca), ord(cb) + 1) for r in range(ra, rb + 1)]


FUNCS = {
    "SUM": lambda xs: sum(xs),
    "AVG": lambda xs: sum(xs) / len(xs) if xs else 0,
    "MAX": max, "MIN": min,
    "PROD": lambda xs: reduce(lambda a, b: a * b, xs, 1),
    "COUNT": len,
}


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.evaluating = []
        self.deps = {}

    def __setitem__(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()

    def __getitem__(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            raise CycleError(self.evaluating[self.evaluating.index(ref):] + [ref])
        self.evaluating.append(ref)
        try:
            raw = self.raw.get(ref, 0)
            value = self.evaluate(ref, raw[1:]) if isinstance(raw, str) and raw.startswith("=") else raw
        finally:
            self.evaluating.pop()
        self.cache[ref] = value
        return value

    def evaluate(self, ref, formula):
        refs = []
        expr = formula.replace(" ", "")
        out, i = [], 0
        while i < len(expr):
            ch = expr[i]
            if ch.isalpha():
                j = i
                while j < len(expr) and (expr[j].isalnum() or expr[j] == ":"):
                    j += 1
                word = expr[i:j]
                if j < len(expr) and expr[j] == "(":
                    k = expr.index(")", j)
                    a, _, b = expr[j + 1:k].partition(":")
                    cells = expand(a, b) if b else [a]
                    refs += cells
                    name = word.upper()
                    if name not in FUNCS:
                        raise FormulaError(f"unknown function {name}")
                    values = [self[c] for c in cells]
                    out.append(repr(FUNCS[name]([v for v in values if isinstance(v, (int, float))])))
                    i = k + 1
                    continue
                split_ref(word)
                refs.append(word)
                out.append(f"self[{word!r}]")
                i = j
            else:
                out.append(ch)
                i += 1
        self.deps[ref] = sorted(set(refs))
        try:
            return eval("".join(out), {"self": self, "math": math})
        except ZeroDivisionError:
            return "#DIV/0!"
        except TypeError:
            return "#VALUE!"

    def show(self, cols, rows, width=9):
        print("    " + "".join(f"{c:^{width}}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self[f"{c}{r}"]
                except CycleError:
                    v = "#CYCLE"
                if isinstance(v, float):
                    cells.append(f"{v:>{width}.2f}")
                elif isinstance(v, int):
                    cells.append(f"{v:>{width},}")
                else:
                    cells.append(f"{str(v)[:width - 1]:<{width}}")
            print(f"{r:>3} " + "".join(cells))


sheet = Sheet()
data = {"A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
        "A2": "pens", "B2": 12, "C2": 1.25, "D2": "=B2*C2",
        "A3": "paper", "B3": 3, "C3": 4.99, "D3": "=B3*C3",
        "A4": "ink", "B4": 2, "C4": 23.5, "D4": "=B4 * C4",
        "A5": "total", "B5": "=SUM(B2:B4)", "D5": "=SUM(D2:D4)",
        "A6": "avg", "C6": "=AVG(C2:C4)", "D6": "=D5 / B5",
        "A7": "ratio", "D7": "=D4 / (B2 - 12)", "C7": "=A2 * 2", "B7": "=MAX(B2:B4) - MIN(B2:B4)"}
for k, v in data.items():
    sheet[k] = v
sheet.show("ABCD", range(1, 8))
print(sheet.deps["D5"], sheet.deps["D6"], sheet["D5"], round(sheet["D6"], 4))

sheet["B2"] = 100
print("after B2=100:", sheet["D2"], sheet["D5"], sheet["B5"])

for i in range(1, 151):
    sheet[f"E{i}"] = f"=E{i + 1} + 1" if i < 150 else 0
print("chain E1 =", sheet["E1"], "depth", len(sheet.deps), sheet.deps["E1"])

sheet["F1"] = "=F2 + 1"
sheet["F2"] = "=F3 * 2"
sheet["F3"] = "=F1"
try:
    sheet["F1"]
except CycleError as e:
    print("CycleError:", e, "| path length", len(e.path))
for bad in ["=FOO(A1:A2)", "=A1 +", "=1A + 2", "=SUM(B2:B4) / 0"]:
    sheet["G1"] = bad
    try:
        print(f"{bad!r:<16} ->", sheet["G1"])
    except FormulaError as e:
        print(f"{bad!r:<16} -> FormulaError: {e}")
    except SyntaxError as e:
        print(f"{bad!r:<16} -> SyntaxError: {e.msg}")
print(expand("A1", "B2"), split_ref("AA12"), col_index("C"), sorted(FUNCS))
print(FUNCS["PROD"]([2, 3, 4]), FUNCS["AVG"]([]), FUNCS["COUNT"]([1, 2]))
