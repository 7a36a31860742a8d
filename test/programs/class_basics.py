# Classes: instance and class attributes, methods, bound methods, __dict__,
# __class__, __name__, __qualname__, __module__, vars().
class Account:
    """A bank account."""
    interest = 0.02
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self

    def describe(self):
        return f"{self.owner}: {self.balance}"

    class Meta:
        kind = "nested"


a = Account("ann", 100)
b = Account("bob")
a.deposit(50).deposit(25)
print(a.describe(), b.describe(), Account.count)
print(a.__dict__, vars(b))
print(Account.__name__, Account.__qualname__, Account.__module__, Account.__doc__)
print(Account.Meta.__qualname__, Account.describe.__qualname__, Account.describe.__name__)
print(a.__class__ is Account, type(a) is Account, a.__class__.__name__)
b.interest = 0.5             # instance attribute shadows class attribute
print(a.interest, b.interest, Account.interest)
del b.interest
print(b.interest)
Account.interest = 0.03
print(a.interest, "interest" in a.__dict__, "interest" in Account.__dict__)
m = a.describe
print(m(), m.__self__ is a, m.__func__ is Account.describe, m.__name__)
print(Account.describe(b))
deposit_to_b = b.deposit
deposit_to_b(7)
print(b.balance)
a.extra = [1, 2]
print(sorted(vars(a)))
print(isinstance(a, Account), isinstance(a, object), type(Account).__name__)
print(type(a.describe).__name__, type(Account.describe).__name__)


class Empty:
    pass


e = Empty()
e.anything = "dynamic"
print(e.anything, Empty.__bases__ == (object,), Empty.__name__)
try:
    e.missing
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Empty.missing
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Account()
except TypeError as err:
    print(type(err).__name__, err)
try:
    a.describe(1)
except TypeError as err:
    print(type(err).__name__, err)


class Dynamic:
    pass


Dynamic.added = lambda self: "method added later"
print(Dynamic().added())
setattr(Dynamic, "value", 10)
print(getattr(Dynamic(), "value"), hasattr(Dynamic, "nope"), getattr(Dynamic, "nope", "default"))
print(Account.__dict__["deposit"].__name__, "__init__" in Account.__dict__)
print(repr(e) .startswith("<__main__.Empty object at "))
