import math

class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

TOKEN_KINDS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "^": "CARET",
               "(": "LP", ")": "RP", ",": "COMMA"}

def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            lit = text[i:j]
            try:
                yield ("NUM", float(lit) if "." in lit else int(lit), i)
            except ValueError:
                raise CalcError(f"bad number {lit!r}", i) from None
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ("NAME", text[i:j], i)
            i = j
        elif ch in TOKEN_KINDS:
            yield (TOKEN_KINDS[ch], ch, i)
            i += 1
        else:
            raise CalcError(f"unexpected {ch!r}", i)
    yield ("EOF", None, len(text))

class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
    def __init__(self, text, env):
        self.tokens = list(tokenize(text))
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def advance(self, kind=None):
        tok = self.tokens[self.pos]
        if kind and tok[0] != kind:
            raise CalcError(f"expected {kind}, got {tok[0]}", tok[2])
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek()[0] in ("PLUS", "MINUS"):
            op = self.advance()[0]
            rhs = self.term()
            value = value + rhs if op == "PLUS" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while (kind := self.peek()[0]) in ("STAR", "SLASH"):
            tok = self.advance()
            rhs = self.factor()
            if kind == "SLASH":
                try:
                    value /= rhs
                except ZeroDivisionError as e:
                    raise CalcError(str(e), tok[2]) from e
            else:
                value *= rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek()[0] == "CARET":
            self.advance()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek()[0] == "MINUS":
            self.advance()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, val, pos = self.advance()
        match_kind = kind
        if match_kind == "NUM":
            return val
        if match_kind == "LP":
            v = self.expr()
            self.advance("RP")
            return v
        if match_kind == "NAME":
            if self.peek()[0] == "LP":
                self.advance()
                args = [self.expr()]
                while self.peek()[0] == "COMMA":
                    self.advance()
                    args.append(self.expr())
                self.advance("RP")
                try:
                    return self.FUNCS[val](*args)
                except KeyError:
                    raise CalcError(f"unknown function {val}", pos)
            if val not in self.env:
                raise CalcError(f"undefined {val}", pos)
            return self.env[val]
        raise CalcError(f"unexpected {kind}", pos)

def calc(text, **env):
    p = Parser(text, env)
    v = p.expr()
    p.advance("EOF")
    return v

for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-(4 - 6) * 2.5", "sqrt(16) + max(1, x, 3)", "10 / 4", "7 / 0",
            "1 +", "3 $ 4", "1..2 + 1", "foo(1)", "y * 2", "(1 + 2", "2 ^ -1", "abs(-3) * min(4, 2)"]:
    try:
        print(f"{src!r:>26} = {calc(src, x=9)!r}")
    except CalcError as e:
        cause = e.__cause__
        print(f"{src!r:>26} ! {e} (pos={e.pos}, cause={type(cause).__name__ if cause else None}, ctx={e.__context__!r})")
print(calc("1 + (2") )
