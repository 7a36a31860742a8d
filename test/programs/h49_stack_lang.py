# gilvm-nogil: --workers 2
"""Interpreter for a tiny Forth-like stack language: tokenizer, word definitions, control flow."""


class ForthError(Exception):
    pass


class StackUnderflow(ForthError):
    def __init__(self, word, need, have):
        super().__init__(f"{word}: needs {need}, stack has {have}")


class UnknownWord(ForthError, KeyError):
    def __str__(self):
        return f"unknown word {self.args[0]!r}"


def binary(fn):
    def op(vm):
        b, a = vm.pop(2)
        vm.push(fn(a, b))
    return op


class VM:
    def __init__(self):
        self.stack = []
        self.out = []
        self.words = {}
        self.builtins = {
            "+": binary(lambda a, b: a + b),
            "-": binary(lambda a, b: a - b),
            "*": binary(lambda a, b: a * b),
            "/": binary(lambda a, b: a // b),
            "mod": binary(lambda a, b: a % b),
            "=": binary(lambda a, b: -1 if a == b else 0),
            "<": binary(lambda a, b: -1 if a < b else 0),
            ">": binary(lambda a, b: -1 if a > b else 0),
            "dup": lambda vm: vm.push(*vm.pop(1) * 2),
            "drop": lambda vm: vm.pop(1),
            "swap": lambda vm: vm.push(*reversed(vm.pop(2))),
            "over": lambda vm: vm.push(*(lambda a, b: (b, a, b))(*reversed(vm.pop(2)))),
            "rot": lambda vm: vm.push(*(lambda c, b, a: (b, c, a))(*vm.pop(3))),
            ".": lambda vm: vm.out.append(str(*vm.pop(1))),
            "emit": lambda vm: vm.out.append(chr(*vm.pop(1))),
            "cr": lambda vm: vm.out.append("\n"),
            ".s": lambda vm: vm.out.append(f"<{len(vm.stack)}> " + " ".join(map(str, vm.stack))),
        }
        self.current = "?"

    def push(self, *values):
        self.stack.extend(values)

    def pop(self, n):
        if len(self.stack) < n:
            raise StackUnderflow(self.current, n, len(self.stack))
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals[::-1] if n > 1 else vals

    @staticmethod
    def tokenize(src):
        tokens = []
        in_comment = False
        for tok in src.split():
            if tok == "(":
                in_comment = True
            elif tok == ")" and in_comment:
                in_comment = False
            elif not in_comment:
                tokens.append(tok.lower())
        return tokens

    def run(self, src):
        self.execute(self.tokenize(src))
        return "".join(self.out).replace(" \n", "\n")

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            self.current = tok
            if tok == ":":
                end = tokens.index(";", i)
                name, body = tokens[i + 1], tokens[i + 2:end]
                self.words[name] = body
                i = end + 1
                continue
            if tok == "if":
                depth, j, else_at = 0, i + 1, None
                while True:
                    t = tokens[j]
                    if t == "if":
                        depth += 1
                    elif t == "then":
                        if depth == 0:
                            break
                        depth -= 1
                    elif t == "else" and depth == 0:
                        else_at = j
                    j += 1
                (flag,) = self.pop(1)
                if flag:
                    self.execute(tokens[i + 1:else_at if else_at is not None else j])
                elif else_at is not None:
                    self.execute(tokens[else_at + 1:j])
                i = j + 1
                continue
            if tok == "do":
                end = len(tokens) - 1 - tokens[::-1].index("loop")
                body = tokens[i + 1:end]
                start, limit = self.pop(2)
                for k in range(start, limit):
                    self.words["i"] = [str(k)]
                    self.execute(body)
                i = end + 1
                continue
            if tok in self.words:
                self.execute(self.words[tok])
            elif tok in self.builtins:
                self.builtins[tok](self)
            else:
                try:
                    self.push(int(tok, 0))
                except ValueError:
                    raise UnknownWord(tok) from None
            if self.out and self.out[-1] not in ("\n",) and tok in (".", ".s"):
                self.out.append(" ")
            i += 1


programs = [
    "2 3 + 4 * . cr",
    ": square dup * ; : cube dup square * ; 3 square . 4 cube . cr",
    "1 2 3 rot .s cr swap .s cr over .s cr",
    ": fact dup 1 > if dup 1 - fact * then ; 10 fact . 20 fact . cr",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign . cr",
    "( comments are ignored ) 0 5 do i . loop cr",
    ": star 42 emit ; : stars 0 swap do star loop ; 5 stars cr 0x41 emit 0b10 . cr",
    ": fib dup 2 < if else dup 1 - fib swap 2 - fib + then ; 0 15 do i fib . loop cr",
    "17 5 mod . -17 5 mod . -17 5 / . 7 7 = . 3 4 < . cr",
    "1 +",
    "1 2 frobnicate",
    "5 0 /",
]
for src in programs:
    vm = VM()
    try:
        print(repr(vm.run(src)))
    except ForthError as e:
        print(f"{type(e).__name__}: {e} | stack={vm.stack} | is KeyError: {isinstance(e, KeyError)}")
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, vm.stack)
print(VM.tokenize("A ( b c ) D ( e"), UnknownWord.__mro__[1:3], len(VM().builtins))
