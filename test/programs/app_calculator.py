# A recursive-descent calculator: tokenizer as a generator, parser with precedence
# climbing, evaluation with variables, and error reporting through exceptions.
class CalcError(Exception):
    pass


def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            yield ("num", float(literal) if "." in literal else int(literal))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            yield ("name", text[start:i])
        elif ch in "+-*/%^()=":
            yield ("op", ch)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    yield ("end", None)


class Parser:
    BINARY = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

    def __init__(self, text, env):
        self.tokens = list(tokenize(text))
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.pos + 1] == ("op", "="):
            name = self.advance()[1]
            self.advance()
            value = self.expression(0)
            self.env[name] = value
            return value
        return self.expression(0)

    def expression(self, min_prec):
        left = self.unary()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in self.BINARY or self.BINARY[op] < min_prec:
                return left
            self.advance()
            prec = self.BINARY[op]
            right = self.expression(prec if op == "^" else prec + 1)
            left = self.apply(op, left, right)

    def apply(self, op, a, b):
        if op in "/%" and b == 0:
            raise CalcError("division by zero")
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                "/": lambda: a / b, "%": lambda: a % b, "^": lambda: a ** b}[op]()

    def unary(self):
        if self.peek() == ("op", "-"):
            self.advance()
            return -self.unary()
        return self.primary()

    def primary(self):
        kind, value = self.advance()
        if kind == "num":
            return value
        if kind == "name":
            if value not in self.env:
                raise CalcError(f"unknown variable {value!r}")
            return self.env[value]
        if (kind, value) == ("op", "("):
            inner = self.expression(0)
            if self.advance() != ("op", ")"):
                raise CalcError("expected ')'")
            return inner
        raise CalcError(f"unexpected token {value!r}")


env = {}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x * 2.5",
             "x + y", "7 / 2", "7 % 3", "2 ^ 100", "1 / 0", "z + 1", "3 $ 4", "(1 + 2",
             "0.1 + 0.2", "big = 2 ^ 64 - 1", "big % 1000"]:
    try:
        print(f"{line:<18} => {Parser(line, env).statement()}")
    except CalcError as e:
        print(f"{line:<18} !! {e}")
print(sorted(env.items()))
