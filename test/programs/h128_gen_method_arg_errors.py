# gilvm-nogil:
# generator/coroutine/async-generator methods called with a wrong argument count or a keyword:
# CPython's METH_O/METH_NOARGS messages name the method with its type (generator.send(),
# coroutine_wrapper.close()); __next__/__await__ are slot wrappers ('expected 0 arguments')
async def co(): return 1
async def ag():
    yield 1
def t(fn, *a, **k):
    try:
        fn(*a, **k)
        print('ok')
    except TypeError as e:
        print(e)
def g(): yield 1
gen = g()
t(gen.send); t(gen.send, 1, 2); t(gen.send, x=1); t(gen.close, 1); t(gen.close, x=1); t(gen.throw); t(gen.throw, x=1)
t(gen.throw, 1, 2, 3, 4); t(gen.__next__, 1)
c = co()
t(c.send); t(c.send, 1, 2); t(c.send, x=1); t(c.close, 1); t(c.close, x=1); t(c.throw); t(c.throw, 1, 2, 3, 4); t(c.__await__, 1)
w = c.__await__()
t(w.send); t(w.close, 1); t(w.throw); t(w.send, 1, 2)
a = ag()
t(a.asend); t(a.aclose, 1); t(a.asend, x=1)
s = a.asend(None)
t(s.send); t(s.close, 1); t(s.throw)
s.close()
c.close(); w.close()
c = co()
t(c.__await__, x=1); t(gen.__next__, x=1); t(c.throw, ValueError, x=1); t(w.close, x=1)
c.close()
