# gilvm-nogil: --workers 2
# classic infinite-recursion mistakes in properties and dunders, caught and reported
# (each recursion passes one recursion check per level, so the message does not depend
# on where gilvm's JS-stack bound stops a recursion through natives)
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

class BrokenAccount:
    def __init__(self, owner):
        self.owner = owner

    @property
    def owner(self):
        return self.owner          # mistake: reads itself

    @owner.setter
    def owner(self, value):
        self.owner = value         # mistake: assigns itself

class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __len__(self):
        return len(self.xs)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    __hash__ = None

class BadVec(Vec):
    def __len__(self):
        return len(self)           # mistake
    def __getitem__(self, i):
        return self[i]             # mistake
    def __bool__(self):
        return bool(self)          # mistake
    def __iter__(self):
        return iter(self)          # mistake

class Lazy:
    def __getattr__(self, name):
        return self.fallback       # mistake: fallback is missing too

def report(label, action):
    try:
        result = action()
    except RecursionError as e:
        print(f"{label:<14} RecursionError: {e}")
    else:
        print(f"{label:<14} ok: {result!r}")

a = Account("ann", 10)
a.balance += 5
report("good account", lambda: (a.owner, a.balance))
report("broken init", lambda: BrokenAccount("bob"))
b = object.__new__(BrokenAccount)
report("broken get", lambda: b.owner)
v = Vec(1, 2)
report("good vec", lambda: (len(v), v == Vec(1, 2), bool(v)))
bv = BadVec(1)
report("len", lambda: len(bv))
report("getitem", lambda: bv[0])
report("bool", lambda: bool(bv))
report("if", lambda: "yes" if bv else "no")
report("iter", lambda: list(bv))
report("getattr", lambda: Lazy().anything)
report("hasattr", lambda: hasattr(Lazy(), "x"))

def countdown(n):
    return n if n == 0 else countdown(n - 1)
report("countdown 500", lambda: countdown(500))
report("countdown 5000", lambda: countdown(5000))
def forgot_base_case(items):
    return forgot_base_case(items[1:])
report("no base case", lambda: forgot_base_case([1, 2, 3]))
print("still running after all of them")
