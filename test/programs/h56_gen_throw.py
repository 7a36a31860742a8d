import sys
def g():
    try:
        yield 1
    except Exception as e:
        print('in gen', repr(e), e.__traceback__ is not None, repr(e.__context__))
        yield 2
x = g(); next(x)
print(x.throw(ValueError, 'msg'))
x = g(); next(x)
print(x.throw(ValueError, ('a','b')))
x = g(); next(x)
print(x.throw(ValueError, ValueError('inst')))
x = g(); next(x)
print(x.throw(ValueError, KeyError('k')))
x = g(); next(x)
try: x.throw(ValueError('a'), 5)
except TypeError as e: print(e)
x = g(); next(x)
try: x.throw(ValueError, None, 5)
except TypeError as e: print(e)
class NotExc: pass
try: g().throw(NotExc)
except TypeError as e: print(e)
try: g().throw(NotExc())
except TypeError as e: print(e)
try: g().throw(5)
except TypeError as e: print(e)
def h():
    try:
        yield
    except ValueError as e:
        print(repr(e.__context__))
        raise KeyError('again')
x = h(); next(x)
try:
    raise KeyError("caller")
except KeyError:
    try:
        x.throw(ValueError("thrown"))
    except KeyError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
def h2():
    try:
        raise KeyError('inner')
    except KeyError:
        try:
            yield
        except ValueError as e:
            print('h2', repr(e.__context__))
x = h2(); next(x)
try:
    raise IndexError('caller')
except IndexError:
    try:
        x.throw(ValueError('t'))
    except StopIteration:
        print('stop')
y = g()
try:
    y.throw(ValueError('fresh'))
except ValueError as e:
    print('fresh', repr(e.__context__))
try:
    raise KeyError('c2')
except KeyError:
    try:
        y.throw(ValueError('done'))
    except ValueError as e:
        print('finished', repr(e.__context__))
try:
    raise KeyError('c3')
except KeyError:
    try:
        g().throw(ValueError('new'))
    except ValueError as e:
        print('new', repr(e.__context__))
try:
    raise KeyError('c4')
except KeyError:
    try:
        raise ValueError('plain')
    except ValueError as e:
        print('plain', repr(e.__context__))
