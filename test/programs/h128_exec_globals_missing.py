# gilvm-nogil:
# exec/eval with a dict subclass as the globals (and no separate locals): a name not among
# its entries is globals[name] first, so a __missing__ answers before the builtins, as
# CPython 3.11's LOAD_NAME / LOAD_GLOBAL slow path (gilvm went to the builtins, NameError)
class M(dict):
    def __missing__(self, k):
        if k.startswith('m_'):
            return 'missing ' + k
        raise KeyError(k)
print(eval('m_zz', M()))
print(eval('m_zz', {}, M()))
print(eval('len("ab")', M()))
exec('def f():\n    return m_inner, len("abc")\nprint(f())', M())
exec('for i in range(2):\n    print(m_loop, i)', M())
try:
    eval('nothing', M())
except NameError as e:
    print(e)
class Loud(dict):
    def __missing__(self, k):
        print('missing', k)
        return 0
try:
    exec('print(zz)', Loud())
except TypeError as e:
    print(e)
class Plain(dict):
    pass
print(eval('len([1]) + x', Plain(x=1)))
try:
    eval('y', Plain())
except NameError as e:
    print(e)
class Bad(dict):
    def __missing__(self, k):
        raise ValueError('bad ' + k)
try:
    eval('q', Bad())
except ValueError as e:
    print(e)
