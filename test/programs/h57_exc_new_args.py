# an exception class overriding only __new__: the inherited BaseException.__init__ sets args (session 33 probe)
class E(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, "forced")
print(E(1, 2).args, E().args, repr(E('x')))
class F(Exception):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls)
        self.extra = kw
        return self
f = F(3, k=1) if False else F(3)
print(f.args, f.extra)
class G(ValueError):
    def __new__(cls, a):
        return super().__new__(cls, a * 2)
    def __init__(self, a):
        super().__init__(a + 100)
print(G(1).args)
class H(Exception):
    def __new__(cls, *a):
        return ValueError('other')
print(repr(H(1)))
try:
    raise E('boom')
except E as e:
    print(e, e.args)
