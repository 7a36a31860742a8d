# custom exception hierarchies, raise from / from None, __context__, finally, generator cleanup, exception attributes
class AppError(Exception):
    """Base for the app."""
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
class NotFound(AppError, KeyError):
    pass

def validate(d):
    if 'name' not in d:
        raise ValidationError('name', 'missing')
    return d['name']

for d in [{'name': 'x'}, {}]:
    try:
        print(validate(d))
    except AppError as e:
        print(type(e).__name__, e, e.args, e.field, isinstance(e, Exception))
try:
    raise NotFound('k')
except KeyError as e:
    print('caught as KeyError', repr(e), str(e), NotFound.__mro__[1:3])
def load(path):
    try:
        return {}[path]
    except KeyError as e:
        raise FileNotFoundError(f'no such file: {path}') from e
try:
    load('a.txt')
except OSError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError as e:
    print(e, '| context:', repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError('inner')
    except TypeError:
        raise RuntimeError('outer') from None
except RuntimeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
for v in gen():
    print(v)
    break
import gc; gc.collect()
e = ValueError('a', 2)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()), str(KeyError('k')), str(KeyError()), repr(OSError(2, 'No such file')))
print(str(OSError(2, 'No such file', 'x.txt')), OSError(2, 'x').errno, type(OSError(2, 'x')).__name__)
try:
    raise Exception('a', 'b')
except Exception as e:
    print(e)
class WithStr(Exception):
    def __str__(self):
        return 'custom!'
print(str(WithStr()), repr(WithStr(1)))
try:
    assert 1 == 2, 'math broke'
except AssertionError as e:
    print('AssertionError', e)
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print('body', i)
        finally:
            print('fin', i)
g()
try:
    raise ExceptionGroup if False else StopIteration(5)
except StopIteration as e:
    print('stop', e.value)
e = RuntimeError('x')
e.add_note('note 1')
print(e.__notes__)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    x = undefined_thing
except NameError as e:
    print(e, e.name)
try:
    'abc'.foo
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(KeyboardInterrupt, Exception))
