# gilvm-nogil: --workers 2
# scoping (test_scope): closures and late binding, nonlocal/global, class-body scope rules, UnboundLocalError/NameError messages, del of locals, comprehension scopes, default-argument binding.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders(); print([f(10) for f in early], [f(10) for f in late])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return inc, get
inc, get = counter(); inc(); inc(); print(get())
g_val = 1
def use_global():
    global g_val, g_new
    g_val += 1
    g_new = "created"
use_global(); print(g_val, g_new)
def unbound():
    print(x_local)
    x_local = 1
t(unbound)
def unbound_aug():
    g_val += 1
t(unbound_aug)
def free_unbound():
    def inner(): return y
    t(inner)
    y = 2
    return inner()
t(free_unbound)
def deleted():
    z = 1
    del z
    return z
t(deleted)
def del_free():
    w = 1
    def inner(): return w
    del w
    return inner()
t(del_free)
t(lambda: undefined_global_xyz)
def nested_del():
    v = 1
    def f():
        nonlocal v
        del v
    f()
    return v
t(nested_del)
x = "global"
class C:
    x = "class"
    def m(self): return x
    y = [x for _ in range(1)]
    z = x
print(C().m(), C.y, C.z)
def f_class_in_func():
    v = "func"
    class K:
        v = "class"
        w = v
        def m(self): return v
    return K.w, K().m()
print(f_class_in_func())
def class_free():
    q = 1
    class K:
        q2 = q
        q = 2
    return K.q2, K.q
t(class_free)
def comp_scope():
    i = "outer"
    r = [i for i in range(3)]
    return i, r, [j for j in range(2) for i in range(j)]
print(comp_scope())
def walrus():
    data = [1, 5, 10]
    if any((hit := v) > 4 for v in data):
        return hit
print(walrus(), [(y := n * 2) for n in range(3)], y)
def default_eval():
    k = 1
    def f(a=k): return a
    k = 2
    return f()
print(default_eval())
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
def locals_view():
    a = 1
    b = 2
    return sorted(locals().items())
print(locals_view())
def closure_cells():
    a = 1
    def f(): return a
    return f.__closure__[0].cell_contents, f.__code__.co_freevars
print(closure_cells())
def gen_scope():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5): add(i)
    return total
print(gen_scope())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return a
        return l2
    return l1()()
print(deep())
lam = lambda: lam_free
lam_free = "bound later"; print(lam())
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
t(lambda: exec("nonlocal_bad = 1\ndef f():\n    nonlocal nonlocal_bad\n"))
t(lambda: exec("def f():\n    x = 1\n    global x\n"))
t(lambda: exec("def f(a):\n    global a\n"))
t(lambda: exec("nonlocal q"))
t(lambda: exec("def f():\n    return\n    yield\nprint(type(f()).__name__)"))
t(lambda: exec("class A:\n    return 1"))
t(lambda: exec("x = 1\ndel x\nprint(x)"))
