import threading

class BankError(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:,.2f}")
        self.account = account
        self.amount = amount

class InsufficientFunds(BankError):
    pass

class FrozenAccount(BankError):
    def __str__(self):
        return f"account {self.account.number:05d} is frozen"

class Account:
    _next_number = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.lock = threading.Lock()
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return round(self._balance, 2)

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance {value!r}")
        self._balance = value

    def deposit(self, amount):
        with self.lock:
            self.balance = self._balance + amount
            self.history.append(("dep", amount))

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self, amount)
        with self.lock:
            if amount > self._balance:
                raise InsufficientFunds(self, amount)
            self.balance = self._balance - amount
            self.history.append(("wd", amount))

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self.balance:.2f})"

class Savings(Account):
    rate = 0.025
    def add_interest(self):
        self.deposit(self._balance * self.rate)

def transfer(src, dst, amount):
    first, second = sorted([src, dst], key=lambda a: a.number)
    with first.lock, second.lock:
        if amount > src._balance:
            raise InsufficientFunds(src, amount)
        src._balance -= amount
        dst._balance += amount

alice = Account("alice", 1000)
bob = Savings("bob", 500)
print(alice, bob)
errors = []
def worker(n):
    for i in range(50):
        try:
            if i % 2:
                transfer(alice, bob, 3)
            else:
                transfer(bob, alice, 2)
        except BankError as e:
            errors.append(str(e))

threads = [threading.Thread(target=worker, args=(k,), name=f"w{k}") for k in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(alice.balance + bob.balance, len(errors))
print(alice, bob, sep=" | ")
bob.add_interest()
print(f"{bob.balance:>12,.3f}|{bob.balance:<12.1e}|{bob.rate:.1%}")
try:
    alice.withdraw(10**6)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.amount, isinstance(e, BankError))
alice.frozen = True
try:
    alice.withdraw(1)
except BankError as e:
    print(repr(e), str(e), e.args)
try:
    alice.balance = -5
except ValueError as e:
    print(e)
print(alice.history, bob.history[:1])
print(sorted([alice, bob], key=lambda a: -a.balance))
alice.frozen = False
alice.withdraw(alice.balance + 1)
