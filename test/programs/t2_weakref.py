# weakref: ref (shared plain refs, callbacks, hash and equality), the weak containers,
# WeakMethod and finalize, as CPython.
import gc
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello from " + self.name

    def __repr__(self):
        return "Thing(%s)" % self.name


a = Thing("a")
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print("shared plain ref:", r1 is r2, "count:", weakref.getweakrefcount(a))
r3 = weakref.ref(a, lambda wr: print("callback r3, dead:", wr() is None))
r4 = weakref.ref(a, lambda wr: print("callback r4"))
print("count:", weakref.getweakrefcount(a), "refs:", len(weakref.getweakrefs(a)))
print("call:", r1(), r3() is a, "hash equal:", hash(r1) == hash(a), "eq:", r1 == r3)
print("type:", type(r1), isinstance(r1, weakref.ref), r1.__callback__)
print("repr alive:", repr(r1).startswith("<weakref at 0x"), "to 'Thing'" in repr(r1))
del a
print("after del:", r1(), r3(), "repr dead:", repr(r1).endswith("; dead>"))
try:
    print(hash(weakref.ref(Thing("temp"))))
except TypeError as e:
    print("TypeError:", e)

for value in (1, "s", (1, 2), [1], {}, None, 2.5):
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)


def func():
    return 42


fr = weakref.ref(func)
cr = weakref.ref(Thing)
print("function and class:", fr()(), cr() is Thing)

# a cache whose entries go when the values die
cache = weakref.WeakValueDictionary()
objs = [Thing(str(i)) for i in range(5)]
for o in objs:
    cache[o.name] = o
print("cache:", len(cache), sorted(cache.keys()), cache.get("3"), cache.get("9", "missing"))
del objs[1:3]
print("cache after:", len(cache), sorted(cache.keys()), "1" in cache, "4" in cache)

# per-object data that does not keep the objects alive
extra = weakref.WeakKeyDictionary()
k1, k2 = Thing("k1"), Thing("k2")
extra[k1] = "data1"
extra[k2] = "data2"
print("extra:", len(extra), extra[k1], k2 in extra)
del k1
print("extra after:", len(extra), [t.name for t in extra.keys()])

ws = weakref.WeakSet()
members = [Thing("m%d" % i) for i in range(4)]
for m in members:
    ws.add(m)
print("weakset:", len(ws), members[0] in ws)
members.pop()
members.pop()
print("weakset after:", len(ws), sorted(t.name for t in ws))

t = Thing("t")
wm = weakref.WeakMethod(t.hello)
print("WeakMethod:", wm()())
del t
print("WeakMethod after:", wm())

b = Thing("b")
f = weakref.finalize(b, print, "finalizer ran for", "b")
print("finalize alive:", f.alive)
del b
print("finalize alive after:", f.alive)
c = Thing("c")
f2 = weakref.finalize(c, print, "never twice")
f2()
f2()
print("called:", f2.alive)
del c

# a cycle with a weak reference to one of its members: cleared by the collector
gc.disable()
x = Thing("x")
x.self = x
rx = weakref.ref(x, lambda wr: print("cycle member gone"))
del x
print("collected:", gc.collect() >= 1, "rx:", rx())


class Sub(weakref.ref):
    def __init__(self, obj, callback=None, tag=""):
        super().__init__(obj, callback)
        self.tag = tag


s_obj = Thing("s")
sr = Sub(s_obj, None, tag="tagged")
print("subclass:", sr.tag, sr() is s_obj, sr is not weakref.ref(s_obj))
del s_obj
print("subclass after:", sr())
print("end")
