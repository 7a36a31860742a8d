# gilvm-nogil: --workers 2
# __class__ assignment for a state machine; type() introspection
class Connection:
    def __init__(self):
        self.__class__ = Closed
        self.history = []

    def _note(self, what):
        self.history.append(f"{type(self).__name__}:{what}")

class Closed(Connection):
    def open(self):
        self._note("open")
        self.__class__ = Open
    def send(self, data):
        raise RuntimeError("connection is closed")
    def close(self):
        self._note("close-noop")

class Open(Connection):
    def open(self):
        self._note("already open")
    def send(self, data):
        self._note(f"send {data!r}")
        return len(data)
    def close(self):
        self._note("close")
        self.__class__ = Closed

c = Connection()
print(type(c).__name__, isinstance(c, Connection))
try:
    c.send("x")
except RuntimeError as e:
    print("RuntimeError:", e)
c.open()
c.open()
print(c.send("hello"), c.send(""))
c.close()
c.close()
print(c.history)
print(type(c) is Closed, c.__class__.__mro__[1].__name__)

# invalid __class__ assignments
class Plain:
    pass
class WithSlots:
    __slots__ = ("a",)
for target, newcls in [(Plain(), int), (1, Plain), (Plain(), WithSlots)]:
    try:
        target.__class__ = newcls
        print("assigned", type(target).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    Plain().__class__ = "str"
except TypeError as e:
    print("TypeError:", e)

# type() three-arg form and introspection
def greet(self):
    return f"hi from {type(self).__name__} {self.n}"
Dyn = type("Dyn", (Plain,), {"n": 7, "greet": greet, "__repr__": lambda self: "<Dyn>"})
d = Dyn()
print(d.greet(), repr(d), Dyn.__name__, Dyn.__qualname__, Dyn.__bases__, Dyn.__module__)
print([k for k in vars(Dyn) if not k.startswith("__")])
Sub = type("Sub", (Dyn,), {})
print(Sub().greet(), Sub.__mro__)
print(type(d) is Dyn, type(Dyn) is type, type(type), isinstance(Dyn, type))
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", Plain, {})
except TypeError as e:
    print("TypeError:", e)

# class attributes vs instance attributes, shadowing, class-level mutation
class Account:
    interest = 0.02
    accounts = []
    def __init__(self, owner):
        self.owner = owner
        Account.accounts.append(owner)
a1, a2 = Account("x"), Account("y")
a1.interest = 0.05
print(a1.interest, a2.interest, Account.interest, Account.accounts)
Account.interest = 0.03
print(a1.interest, a2.interest)
del a1.interest
print(a1.interest)
try:
    del a1.interest
except AttributeError as e:
    print("AttributeError:", e)
print(Account.__dict__["interest"], "owner" in vars(a1), a1.__dict__)

# __qualname__ of nested classes and methods
class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
print(Outer().make().__qualname__, Outer().make().__name__)
print(repr(Outer.Inner)[:30], Outer.Inner.__module__)
