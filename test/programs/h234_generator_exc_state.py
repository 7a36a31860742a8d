# A generator's exception state: a handler it opens while its resumer handles another exception
# saves the generator's own state (None), so a later resumption elsewhere does not bring the
# resumer's exception back (sys.exc_info(), a later exception's __context__); closing its
# last handler shows the resumer's exception again, as CPython's exc_info chain does.
import sys
def g():
    try: raise ValueError("v")
    except ValueError: yield 1
    print("after except:", sys.exc_info()[0])
    yield 2
    raise RuntimeError("late")
gen = g()
try: raise IndexError("i")
except IndexError: next(gen)
print("outside:", sys.exc_info()[0])
next(gen)
try: next(gen)
except RuntimeError as e: print(repr(e), repr(e.__context__))

def h():
    try: raise ValueError("v2")
    except ValueError: print("in h handler:", sys.exc_info()[0])
    print("h after handler:", sys.exc_info()[0])
    yield sys.exc_info()[0]
    try: raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        print("h resumed in handler:", sys.exc_info()[0])
    print("h end:", sys.exc_info()[0])
    yield sys.exc_info()[0]
try: raise IndexError("i")
except IndexError:
    hh = h()
    print(next(hh))
    print(next(hh))
    print("caller:", sys.exc_info()[0])
try: raise TypeError("t")
except TypeError:
    print(next(hh))
print(next(hh, 'done'))

def k():
    try:
        yield 1
    except ZeroDivisionError:
        yield sys.exc_info()[0]
        raise
kk = k(); next(kk)
try: raise IndexError("x")
except IndexError: print(kk.throw(ZeroDivisionError))
try: next(kk)
except ZeroDivisionError as e: print("ctx", repr(e.__context__))

def m():
    try:
        raise ValueError(1)
    except ValueError:
        yield 1
        try: raise KeyError(2)
        except KeyError: yield 2
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
mm = m()
try: raise IndexError
except IndexError: print([next(mm) for _ in range(2)])
print(next(mm), next(mm))
try: raise OSError
except OSError: print(list(m()))
