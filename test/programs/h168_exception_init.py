# gilvm-nogil:
# Exception classes with a Python __init__: the instance's args (the call's positional
# arguments, whatever __init__ does), keywords, super().__init__ and Base.__init__, a
# non-None return, an __init__ that raises, built-in bases with fields, str/repr, raising
# and catching them in a loop, and in threads.
import threading


class AppError(Exception):
    pass


class Plain(AppError):
    def __init__(self, text, pos):
        self.pos = pos


class Super(AppError):
    def __init__(self, text, pos=0, *, hint=None):
        super().__init__(f"bad input at {pos}: {text}")
        self.pos = pos
        self.hint = hint


class Direct(AppError):
    def __init__(self, *args):
        AppError.__init__(self, 'direct', *args)


class Returns(AppError):
    def __init__(self, v):
        return v


class Raises(AppError):
    def __init__(self, v):
        if v < 0:
            raise ValueError(f'negative {v}')
        self.v = v


class MyKey(KeyError):
    def __init__(self, key, note):
        super().__init__(key)
        self.note = note


class MyOS(OSError):
    def __init__(self, *args):
        super().__init__(*args)


class MyStop(StopIteration):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra


p = Plain('x', 3)
print(p.args, p.pos, str(p), repr(p), isinstance(p, AppError))
s = Super('y', 4, hint='h')
print(s.args, s.pos, s.hint, str(s), repr(s))
s2 = Super('z')
print(s2.args, s2.pos, s2.hint)
print(Direct(1, 2).args, Direct().args, str(Direct(5)))
print(Returns(None).args)
try:
    Returns(5)
except TypeError as e:
    print('TypeError:', e)
try:
    Raises(-1)
except ValueError as e:
    print('ValueError:', e)
print(Raises(2).v, Raises(2).args)
k = MyKey('k', 'n')
print(k.args, str(k), repr(k), k.note)
o = MyOS(2, 'No such file', 'f.txt')
print(o.args, o.errno, o.strerror, o.filename, str(o), type(o).__name__)
st = MyStop(7, 'e')
print(st.args, st.value, st.extra)
try:
    Plain('x')
except TypeError as e:
    print('TypeError:', e)
try:
    Super('x', 1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    Super('x', nope=1)
except TypeError as e:
    print('TypeError:', e)
print(Super(text='kw', pos=9).args)

caught = 0
positions = 0
for i in range(3000):
    try:
        if i % 3 == 0:
            raise Super('t', i)
        raise Plain('u', i)
    except AppError as e:
        caught += 1
        positions += e.pos
print(caught, positions)

try:
    try:
        raise Plain('inner', 1)
    except Plain as e:
        raise Super('outer', 2) from e
except Super as e:
    print(repr(e), repr(e.__cause__), e.__cause__.pos)

totals = [0] * 4


def work(t):
    n = 0
    for i in range(2000):
        try:
            raise Super('w', i, hint=t)
        except Super as e:
            n += e.pos + e.hint + len(e.args)
    totals[t] = n


ts = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(totals)
raise Super('final', 42, hint='end')
