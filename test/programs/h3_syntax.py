# gilvm-nogil: --workers 2
# statements and syntax errors (test_grammar/test_syntax): return/subscript star-unpacking, try/except/else/finally order, del targets, compile() of invalid targets, walrus misuse, parameter lists, imports and annotations.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def ret_star():
    a = [1, 2]
    return *a, *a
t(ret_star)
class G:
    def __getitem__(self, k): return k
t(lambda: G()[*[1, 2]])
t(lambda: G()[1:2, *[3]])
def order():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
t(order)
def exc_order():
    log = []
    try:
        try:
            raise ValueError("v")
        except ValueError as e:
            log.append("caught " + str(e))
            raise TypeError("t") from e
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("outer " + repr(e.__cause__))
    return log
t(exc_order)
def del_targets():
    a = [1, 2, 3]; b = {"k": 1}
    class O: pass
    o = O(); o.x = 1
    del a[0], b["k"], o.x
    return a, b, hasattr(o, "x")
t(del_targets)
def del_tuple():
    x, y = 1, 2
    del (x, y)
    return "ok"
t(del_tuple)
def del_list():
    x = [1]
    del [x]
    return "ok"
t(del_list)
t(lambda: compile("del f()", "<s>", "exec"))
t(lambda: compile("del 1", "<s>", "exec"))
t(lambda: compile("[x for x in range(3) if (y := x)]; (z := 1) = 2", "<s>", "exec"))
t(lambda: compile("[i := 0 for i in range(3)]", "<s>", "exec"))
t(lambda: compile("[x for x in (y := [1])]", "<s>", "exec"))
t(lambda: compile("def f(*): pass", "<s>", "exec"))
t(lambda: compile("def f(**k, a): pass", "<s>", "exec"))
t(lambda: compile("nonlocal x", "<s>", "exec"))
t(lambda: compile("a = yield", "<s>", "exec"))
t(lambda: compile("async def f(): yield from x", "<s>", "exec"))
t(lambda: compile("def f():\n    global x\n    x = 1\n    nonlocal y", "<s>", "exec"))
t(lambda: compile("x = 1 if 2", "<s>", "exec"))
t(lambda: compile("for x in 1, 2: pass", "<s>", "exec") is not None)
t(lambda: compile("with a as b, c as (d, e): pass", "<s>", "exec") is not None)
t(lambda: compile("with (a as b, c as d): pass", "<s>", "exec") is not None)
t(lambda: compile("x: int = 5; y: list", "<s>", "exec") is not None)
t(lambda: compile("(x): int = 5", "<s>", "exec") is not None)
t(lambda: compile("x, y: int", "<s>", "exec"))
t(lambda: compile("lambda: (yield)", "<s>", "exec") is not None)
t(lambda: compile("class C: x = [y for y in range(3)]", "<s>", "exec") is not None)
t(lambda: compile("if x:\n  pass\n else:\n  pass", "<s>", "exec"))
t(lambda: compile("f(**)", "<s>", "exec"))
t(lambda: compile("a.1", "<s>", "exec"))
t(lambda: compile("x = 'a' 'b' f'c'", "<s>", "exec") is not None)
t(lambda: compile("print(f'{x!r:>{w}}')", "<s>", "exec") is not None)
t(lambda: compile("True = 1", "<s>", "exec"))
t(lambda: compile("__debug__ = 1", "<s>", "exec"))
t(lambda: compile("def f(True): pass", "<s>", "exec"))
t(lambda: compile("import a.b as c, d", "<s>", "exec") is not None)
t(lambda: compile("from . import x", "<s>", "exec") is not None)
t(lambda: compile("from x import (a, b,)", "<s>", "exec") is not None)
t(lambda: compile("from x import a, b,", "<s>", "exec"))
t(lambda: compile("from x import *, a", "<s>", "exec"))
t(lambda: compile("def f():\n    from x import *", "<s>", "exec"))
t(lambda: compile("x = [1, 2,, 3]", "<s>", "exec"))
t(lambda: compile("x = {1: 2, 3}", "<s>", "exec"))
t(lambda: compile("x = {**a, b}", "<s>", "exec"))
t(lambda: compile("f(a for a in b for c in d)", "<s>", "exec") is not None)
t(lambda: compile("x = (yield) = 1", "<s>", "exec"))
t(lambda: compile("a + 1 = 2", "<s>", "exec"))
t(lambda: compile("(a, b) = c = d", "<s>", "exec") is not None)
t(lambda: compile("[a, *b, c] = d", "<s>", "exec") is not None)
t(lambda: compile("a if b else c = d", "<s>", "exec"))
t(lambda: compile("not a = 1", "<s>", "exec"))
t(lambda: compile("a < b = 1", "<s>", "exec"))
t(lambda: compile("{a: b} = 1", "<s>", "exec"))
t(lambda: compile("'s' = 1", "<s>", "exec"))
t(lambda: compile("... = 1", "<s>", "exec"))
t(lambda: compile("f'{x}' = 1", "<s>", "exec"))
t(lambda: compile("with x:\n    continue", "<s>", "exec"))
t(lambda: compile("with x, y:\n    pass\n    break", "<s>", "exec"))
t(lambda: compile("try:\n    pass\nfinally:\n    with z:\n        break", "<s>", "exec"))
t(lambda: compile("def f():\n    with x:\n        continue", "<s>", "exec"))
