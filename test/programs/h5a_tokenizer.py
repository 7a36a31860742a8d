# A tokenizer, recursive-descent parser and evaluator for a tiny calculator language.
import math
from collections import namedtuple

Token = namedtuple("Token", "kind text pos")


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        base = super().__str__()
        return base if self.pos is None else f"{base} at column {self.pos}"


KEYWORDS = {"let", "print"}
OPS = {"+", "-", "*", "/", "%", "^", "(", ")", "=", ",", "//"}


def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in "._"):
                j += 1
            text = src[i:j]
            out.append(Token("NUM", text, i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            out.append(Token("KW" if word in KEYWORDS else "NAME", word, i))
            i = j
        elif src.startswith("//", i):
            out.append(Token("OP", "//", i))
            i += 2
        elif ch in OPS:
            out.append(Token("OP", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    out.append(Token("EOF", "", len(src)))
    return out


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise CalcError(f"expected {text!r}, got {tok.text or 'end of input'!r}", tok.pos)
        self.i += 1
        return tok

    def statement(self):
        tok = self.peek()
        if tok.kind == "KW" and tok.text == "let":
            self.take()
            name = self.take().text
            self.take("=")
            return ("let", name, self.expr())
        return ("expr", self.expr())

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%", "//"):
            op = self.take().text
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "^":
            self.take()
            return ("^", base, self.unary())
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            text = tok.text.replace("_", "")
            return ("num", float(text) if "." in text else int(text))
        if tok.kind == "NAME":
            if self.peek().text == "(":
                self.take()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.take()
                        args.append(self.expr())
                self.take(")")
                return ("call", tok.text, args)
            return ("var", tok.text)
        if tok.text == "(":
            node = self.expr()
            self.take(")")
            return node
        raise CalcError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hyp": math.hypot,
         "fact": math.factorial, "log": math.log}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise CalcError(f"undefined name {node[1]!r}") from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        fn = FUNCS.get(node[1])
        if fn is None:
            raise CalcError(f"no function {node[1]}")
        return fn(*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    try:
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                "/": lambda: a / b, "%": lambda: a % b, "//": lambda: a // b,
                "^": lambda: a ** b}[kind]()
    except ZeroDivisionError as e:
        raise CalcError(f"math error: {e}") from e


def run(lines):
    env = {"pi": math.pi, "e": math.e}
    for line in lines:
        try:
            stmt = Parser(tokenize(line)).statement()
            if stmt[0] == "let":
                env[stmt[1]] = evaluate(stmt[2], env)
                print(f"{stmt[1]} = {env[stmt[1]]!r}")
            else:
                print(f"{line.strip():<28} => {evaluate(stmt[1], env)}")
        except CalcError as e:
            cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
            print(f"{line.strip():<28} !! {e}{cause}")
        except (ValueError, OverflowError, TypeError) as e:
            print(f"{line.strip():<28} !! {type(e).__name__}: {e}")


run([
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "7 // 2 + 7 % 3 - 7 / 2",
    "-7 // 2",
    "-7 % 3",
    "let x = 1_000_000",
    "x * x * x * x",
    "let r = sqrt(2)",
    "r * r",
    "hyp(3, 4)",
    "max(1, 5, 3) + min(4, 2)",
    "fact(20)",
    "fact(25) // fact(23)",
    "2 ^ 0.5",
    "10 / 4",
    "0.1 + 0.2",
    "1 / 3",
    "2 ^ 100",
    "2 ^ -2",
    "1 / 0",
    "5 % 0",
    "y + 1",
    "sqrt(-1)",
    "log(0)",
    "foo(1)",
    "1 + ",
    "(1 + 2",
    "3 $ 4",
    "pi * 2",
    "e ^ 2",
    "1e3",
    "fact(-1)",
    "2.0 ^ 2000",
])
print(tokenize("let a_1 = 3.5 // 2")[1:4])
t = Token("NUM", "1", 0)
print(t._replace(text="2"), t._asdict(), Token._fields, t.kind, t[2])
