class A:
    cls_attr = 1
    def __init__(self): self.x = 1
    def method(self): pass
a = A()
print([n for n in dir(a) if not n.startswith("_")], [n for n in dir(A) if not n.startswith("__")])
print(dir(a))
print(len(dir(object())), dir(object()))
import math
print([n for n in dir(math) if not n.startswith("_")][:8])
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
print(sorted(vars(a)), a.__dict__)
class B(A):
    def extra(self): pass
print(dir(B()))
class S:
    __slots__ = ("p", "q")
print(dir(S()))
class E(Exception): pass
print([n for n in dir(E()) if not n.startswith("__")])
class L(list): pass
print([n for n in dir(L()) if not n.startswith("_")])
