from math import sqrt
class Node:
    __match_args__ = ("value",)
    def __init__(self, value, nxt=None):
        self.value, self.next = value, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head); self._size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self): return self._size
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v): return any(x == v for x in self)
    def __eq__(self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __reversed__(self): return reversed(list(self))
ll = LinkedList([1, "two", 3.0])
print(ll, len(ll), ll[1], ll[::2], "two" in ll, list(reversed(ll)), ll == LinkedList([1, "two", 3.0]))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0]) if self.rows else 0
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o): return self.rows == o.rows
    def __str__(self):
        w = max(len(f"{x}") for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{w}}" for x in r) for r in self.rows)
    def __repr__(self): return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
print(m * Matrix.identity(2) == m, repr(m * 2), repr(0.5 * m), m.shape)
print(m * m)
try:
    m * Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id; Account._next_id += 1
        self.owner = owner; self._balance = balance; self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError(f"invalid amount: {amt!r}")
        self._balance += amt; self.history.append(("dep", amt)); return self
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(self, amt)
        self._balance -= amt; self.history.append(("wd", amt)); return self
    def __str__(self): return f"#{self.id} {self.owner:<6} {self._balance:>10,.2f}"
class InsufficientFunds(Exception):
    def __init__(self, acct, amt):
        super().__init__(f"{acct.owner} cannot withdraw {amt}")
        self.acct, self.amt = acct, amt
accts = [Account("ann", 100), Account("bob"), Account("carla", 1234567.891)]
accts[0].deposit(50).withdraw(30)
for a, amt in [(accts[1], 10), (accts[0], -5)]:
    try:
        a.withdraw(amt) if amt > 0 else a.deposit(amt)
    except InsufficientFunds as e:
        print("insufficient:", e, e.amt, e.acct.owner)
    except ValueError as e:
        print("value:", e)
for a in sorted(accts, key=lambda a: a.balance, reverse=True):
    print(a)
print(accts[0].history, sum(a.balance for a in accts))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, max(freq, key=freq.get), {w: len(w) for w in sorted(set(words)) if len(w) > 4})
def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(sqrt(limit)) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(sieve) if p]
print(primes(50), len(primes(1000)))
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit(): stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
print(stack)
table = [("name", "qty", "price"), ("apple", 3, 0.5), ("banana", 12, 0.25)]
for row in table:
    print("{:<8}|{:>5}|{:>7}".format(*row))
print("\n".join(f"{n:<8}{q:>5}{p:>8.2f}" for n, q, p in table[1:]))
