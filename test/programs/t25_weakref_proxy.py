# gilvm-nogil: --workers 2
# weakref.proxy: attribute access and operators forwarded while the referent lives,
# ReferenceError after; isinstance() also consults an object's __class__.
import gc
import weakref


class Node:
    def __init__(self, value):
        self.value = value
        self.children = [1, 2, 3]

    def describe(self):
        return f"Node({self.value})"

    def __len__(self):
        return len(self.children)

    def __iter__(self):
        return iter(self.children)

    def __getitem__(self, i):
        return self.children[i]

    def __add__(self, other):
        return self.value + other

    def __lt__(self, other):
        return self.value < other.value

    def __str__(self):
        return f"<{self.value}>"


class Callback:
    def __call__(self, x):
        return x * 3


node = Node(5)
p = weakref.proxy(node)
print(p.value, p.describe(), len(p), list(p), p[0], p + 1, 10 + p.value, str(p), f"{p}")
print(type(p).__name__, type(p) is weakref.ProxyType, isinstance(p, Node), p.__class__.__name__)
print(p < Node(6), Node(4) < p, 2 in p, bool(p), weakref.getweakrefcount(node))
p.value = 42
print(node.value)
del p.children
print(hasattr(node, "children"))
c = weakref.proxy(Callback())
print(type(c).__name__)
gc.collect()
try:
    c(2)
except ReferenceError as e:
    print("ReferenceError", e)
cb = Callback()
cp = weakref.proxy(cb)
print(cp(4), callable(cp), weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
notes = []
other = Node(1)
op = weakref.proxy(other, lambda proxy: notes.append("callback ran"))
del other
print(notes)
del node
gc.collect()
try:
    p.value
except ReferenceError as e:
    print("ReferenceError", e)
try:
    weakref.proxy(42)
except TypeError as e:
    print("TypeError", e)


class Pretender:
    @property
    def __class__(self):
        return dict


print(isinstance(Pretender(), dict), isinstance(Pretender(), Pretender), isinstance(Pretender(), list))
