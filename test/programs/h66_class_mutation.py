# Classes changed while their methods run: a method replaced (by a lambda, None, setattr, on a
# base) is what the next call finds, whatever the call sites cached; hooks (__getattr__,
# __setattr__, __getattribute__, __delattr__, __del__) assigned to a base after its subclasses
# were made apply to them.
# --- dyn_method_replacement_in_loop
def _dyn_method_replacement_in_loop():
    class Counter:
        def step(self): return 1
    c = Counter()
    total = 0
    for i in range(20):
        total += c.step()
        if i == 9:
            Counter.step = lambda self: 100
    print(total)
    class S:
        __slots__ = ("a",)
    s = S(); s.a = 1
    vals = []
    for i in range(4):
        vals.append(s.a)
        s.a += 1
    print(vals)
_dyn_method_replacement_in_loop()
# --- dyn_method_replace_stale
def _dyn_method_replace_stale():
    class A:
        def step(self): return 1
    keep = A.step
    a = A()
    def call(): return a.step()
    print(call())
    A.step = lambda self: 2
    print(call())
    class B:
        def m(self): return "old"
    b = B()
    def callb(): return b.m()
    print(callb())
    B.m = lambda self: "new"
    print(b.m())
    print(callb())
_dyn_method_replace_stale()
# --- dyn_setattr_method_replace
def _dyn_setattr_method_replace():
    class A:
        def step(self): return 1
    a = A()
    def call(): return a.step()
    print(call())
    setattr(A, "step", lambda self: 2)
    print(call())
_dyn_setattr_method_replace()
# --- dyn_base_class_modified
def _dyn_base_class_modified():
    class Base:
        def hello(self): return "base hello"
    class Child(Base): pass
    c = Child()
    r = []
    for i in range(3):
        r.append(c.hello())
        if i == 0:
            Base.hello = lambda self: "patched"
        if i == 1:
            Child.hello = lambda self: "child own"
    print(r)
    del Child.hello
    print(c.hello())
    Base.__eq__ = lambda s, o: True
    print(Child() == 5, Child.__hash__ is None, Base.__hash__ is None)
    try:
        hash(Child())
        print("hashable after adding __eq__ later")
    except TypeError as e:
        print(e)
_dyn_base_class_modified()
# --- dyn_method_replace_none
def _dyn_method_replace_none():
    class A:
        def step(self): return "original"
    keep = A.step
    a = A()
    def call():
        try:
            return a.step()
        except TypeError as e:
            return f"TypeError: {e}"
    print(call())
    A.step = None
    print(call())
    class Callable:
        def __call__(self, *args): return f"callable obj got {len(args)} args"
    A.step = Callable()
    print(call())
_dyn_method_replace_none()
# --- dyn_hook_flags_on_base
def _dyn_hook_flags_on_base():
    class Base: pass
    class Child(Base): pass
    c = Child()
    Base.__getattr__ = lambda self, n: f"base getattr {n}"
    try:
        print(c.missing)
    except AttributeError as e:
        print("AttributeError", e)
    log = []
    Base.__setattr__ = lambda self, n, v: log.append((n, v))
    c.x = 1
    print(log, vars(c))
    Base.__del__ = lambda self: print("base del called")
    d = Child()
    del d
    print("after del")
    Base.__getattribute__ = lambda self, n: "intercepted " + n
    print(c.anything)
    class G: pass
    class H(G): pass
    h = H()
    G.__delattr__ = lambda self, n: print("custom delattr", n)
    h.__dict__["q"] = 1
    del h.q
    print(vars(h))
_dyn_hook_flags_on_base()
