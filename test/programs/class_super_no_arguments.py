# Zero-argument super() needs the function's first positional argument: a nested helper,
# a *args-only or keyword-only method, or a deleted self raise CPython's RuntimeError.
class A:
    def hello(self): return "A"
class B(A):
    def meth(self):
        def inner():
            return super().hello()
        return inner()
    def star(*args):
        return super().hello()
    def kwonly(*, k=1):
        return super().hello()
    def ok(self):
        f = lambda: self
        return super().hello() + "ok"
    def deleted(self):
        del self
        return super().hello()
    @classmethod
    def cm(cls): return super().hello
for name, call in [("meth", lambda: B().meth()), ("star", lambda: B().star()), ("kwonly", lambda: B.kwonly()),
                   ("deleted", lambda: B().deleted())]:
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError", e)
print(B().ok(), B.cm().__name__)
