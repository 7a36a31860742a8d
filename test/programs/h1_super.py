class A:
    def __init__(self): self.log = ["A"]
    def hello(self): return "A.hello"
    @classmethod
    def cm(cls): return f"A.cm({cls.__name__})"
    @staticmethod
    def sm(): return "A.sm"
    @property
    def prop(self): return "A.prop"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def cm(cls): return "B>" + super().cm()
    @staticmethod
    def sm(): return "B>" + super(B, B).sm()
    @property
    def prop(self): return "B>" + super().prop
    def comp(self):
        return [super().hello() for _ in range(2)]
    def gen(self):
        yield super().hello()
    def via_lambda(self):
        return (lambda: super(B, self).hello())()
    def cls_cell(self):
        return __class__
b = B()
print(b.log, b.hello(), B.cm(), b.cm(), B.sm(), b.prop, list(b.gen()), b.via_lambda(), b.cls_cell().__name__)
print(super(B, b).hello(), super(B, B).cm(), type(super(B, b)).__name__, super(A, b).__init__ is not None)
class C(B):
    def hello(self):
        return "C>" + super().hello()
print(C().hello(), C.cm(), C.cls_cell(C()).__name__)
try:
    b.comp()
except TypeError as e:
    print("comp:", e)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
class D:
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    D().m()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
class E(A):
    @staticmethod
    def s():
        return super().sm()
try:
    E.s()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(A, 5)
except TypeError as e:
    print(e)
class F(A):
    def hello(self):
        return super().nonexistent()
try:
    F().hello()
except AttributeError as e:
    print(e)
class Cnt:
    n = 0
    def __init__(self):
        type(self).n += 1
        self.__class__.n += 0
class Sub(Cnt): pass
Cnt(); Sub(); Sub()
print(Cnt.n, Sub.n)
class Named:
    """Doc here."""
print(Named.__doc__, Named.__name__, Named.__qualname__, Named.__module__)
Named.__name__ = "Renamed"
print(Named.__name__, repr(Named)[-10:], Named().__class__.__name__)
class X: pass
class Y: pass
x = X(); x.__class__ = Y
print(type(x).__name__, isinstance(x, Y))
class Private:
    def __init__(self): self.__secret = 1
    def get(self): return self.__secret
p = Private()
print(p.get(), p._Private__secret, hasattr(p, "__secret"), sorted(vars(p)))
class WithClassVar:
    items = []
    def add(self, x): self.items.append(x)
w1, w2 = WithClassVar(), WithClassVar()
w1.add(1); w2.add(2)
print(WithClassVar.items, w1.items is w2.items)
w1.items = ["own"]
print(w1.items, w2.items, WithClassVar.items)
class Meta:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Meta(1) == Meta(1), Meta(1) != Meta(1), Meta(1) == 1)
class StrRepr:
    def __repr__(self): return "R"
print(str(StrRepr()), f"{StrRepr()!s}", [StrRepr()], (StrRepr(),), {1: StrRepr()})
print(type(A.__dict__).__name__, "hello" in A.__dict__, A.__dict__["sm"].__class__.__name__)
