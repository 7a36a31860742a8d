# A small Scheme interpreter in the style of Norvig's lis.py: tokenizer, reader, environments
# as dict subclasses, closures as callable Procedure objects, tail calls not optimised.
import math
import operator as op
from functools import reduce


class Symbol(str):
    pass


class LispError(Exception):
    pass


def tokenize(chars):
    return chars.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read_from(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF while reading")
    token = tokens.pop(0)
    if token == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read_from(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return out
    if token == ")":
        raise SyntaxError("unexpected )")
    if token == "'":
        return [Symbol("quote"), read_from(tokens)]
    return atom(token)


def atom(token):
    for kind in (int, float):
        try:
            return kind(token)
        except ValueError:
            pass
    if token in ("#t", "#f"):
        return token == "#t"
    return Symbol(token)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__()
        if len(params) != len(args):
            raise LispError(f"expected {len(params)} arguments, got {len(args)}")
        self.update(zip(params, args))
        self.outer = outer

    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise LispError(f"unbound symbol: {var}")
        return self.outer.find(var)


def standard_env():
    env = Env()
    env.update(vars(math))
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda *a: reduce(op.mul, a, 1), "/": op.truediv, "quotient": op.floordiv,
        "modulo": op.mod, ">": op.gt, "<": op.lt, ">=": op.ge, "<=": op.le, "=": op.eq,
        "abs": abs, "append": op.add, "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda x, y: [x] + y, "eq?": op.is_, "equal?": op.eq, "length": len,
        "list": lambda *x: list(x), "list?": lambda x: isinstance(x, list),
        "map": lambda f, xs: list(map(f, xs)), "filter": lambda f, xs: [x for x in xs if f(x)],
        "max": max, "min": min, "not": op.not_, "null?": lambda x: x == [],
        "number?": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
        "procedure?": callable, "round": round, "symbol?": lambda x: isinstance(x, Symbol),
        "display": lambda x: print(lispstr(x)) or None,
    })
    return env


class Procedure:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))

    def __repr__(self):
        return f"#<procedure {self.name}/{len(self.params)}>"


def evaluate(x, env):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    if not x:
        raise LispError("empty application")
    head, *args = x
    if head == "quote":
        return args[0]
    if head == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) is not False else alt, env)
    if head == "define":
        name, expr = args
        if isinstance(name, list):
            name, *params = name
            env[name] = Procedure(params, expr, env, name)
        else:
            env[name] = evaluate(expr, env)
        return None
    if head == "set!":
        name, expr = args
        env.find(name)[name] = evaluate(expr, env)
        return None
    if head == "lambda":
        params, body = args
        return Procedure(params, body, env)
    if head == "begin":
        result = None
        for e in args:
            result = evaluate(e, env)
        return result
    if head == "let":
        bindings, body = args
        names = [b[0] for b in bindings]
        return Procedure(names, body, env, "let")(*[evaluate(b[1], env) for b in bindings])
    proc = evaluate(head, env)
    vals = [evaluate(a, env) for a in args]
    if not callable(proc):
        raise LispError(f"not a procedure: {lispstr(proc)}")
    return proc(*vals)


def lispstr(exp):
    if isinstance(exp, list):
        return "(" + " ".join(map(lispstr, exp)) + ")"
    if exp is True:
        return "#t"
    if exp is False:
        return "#f"
    return str(exp)


GLOBAL = standard_env()


def run(source):
    tokens = tokenize(source)
    while tokens:
        expr = read_from(tokens)
        try:
            val = evaluate(expr, GLOBAL)
        except RecursionError:
            print(f"error in {lispstr(expr)[:40]}: recursion too deep")
            continue
        except (LispError, TypeError, ZeroDivisionError, IndexError) as e:
            print(f"error in {lispstr(expr)[:40]}: {type(e).__name__}: {e}")
            continue
        if val is not None:
            print(lispstr(val) if not callable(val) or isinstance(val, Procedure) else "#<builtin>")


run("""
(define r 10)
(* pi (* r r))
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 10)
(fact 50)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(map fib (list 0 1 2 3 4 5 6 7 8 9 10 11 12))
(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1)))))
(count 100)
(count 220)
(define (range a b) (if (= a b) (quote ()) (cons a (range (+ a 1) b))))
(range 0 10)
(length (range 0 200))
(define (sum-list xs) (if (null? xs) 0 (+ (car xs) (sum-list (cdr xs)))))
(sum-list (range 0 250))
(define (compose f g) (lambda (x) (f (g x))))
((compose (lambda (x) (* x 2)) (lambda (x) (+ x 3))) 4)
(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))
(define c1 (make-counter))
(c1) (c1) (c1)
(filter (lambda (x) (= (modulo x 3) 0)) (range 1 20))
(let ((a 2) (b 3)) (+ (* a a) (* b b)))
(quote (a b (c d) "e"))
(if (> 3 2) 'yes 'no)
fact
(undefined-thing 1)
(1 2 3)
(/ 1 0)
(fact 1 2)
(car (quote ()))
(sqrt 16)
(round 2.5)
(equal? (list 1 2) (list 1 2))
(eq? (list 1 2) (list 1 2))
(number? #t)
""")
for bad in ["(+ 1 2", ")", ""]:
    try:
        run(bad)
        print("ok:", repr(bad))
    except SyntaxError as e:
        print("SyntaxError:", e)
