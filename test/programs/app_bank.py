# A small bank simulation: classes, properties, custom exceptions, a transaction
# log, sorting and formatted reports.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance


class Account:
    _next_number = 1000

    def __init__(self, owner, opening=0.0):
        self.owner = owner
        self._balance = 0.0
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
        if opening:
            self.deposit(opening)

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self._balance:.2f})"


class SavingsAccount(Account):
    rate = 0.025

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


accounts = [Account("ann", 120), SavingsAccount("bob", 1000), Account("cid")]
ann, bob, cid = accounts
transfer(bob, cid, 250.5)
print(bob.add_interest())
for src, dst, amt in [(ann, bob, 500), (cid, ann, 50), (ann, cid, -5)]:
    try:
        transfer(src, dst, amt)
        print("ok", src.owner, "->", dst.owner, amt)
    except InsufficientFunds as e:
        print("refused:", e, f"(short by {e.shortfall:.2f})")
    except ValueError as e:
        print("invalid:", e)
print(accounts)
print(f"{'no.':<6}{'owner':<8}{'balance':>10}")
for acct in sorted(accounts, key=lambda a: a.balance, reverse=True):
    print(f"{acct.number:<6}{acct.owner:<8}{acct.balance:>10.2f}")
print("total:", f"{sum(a.balance for a in accounts):.2f}")
for acct in accounts:
    kinds = {}
    for kind, amount in acct.history:
        kinds[kind] = kinds.get(kind, 0) + amount
    print(acct.owner, kinds, len(acct.history))
print(isinstance(bob, Account), type(bob).__name__, [c.__name__ for c in type(bob).__mro__])
try:
    ann.balance = 1_000_000
except AttributeError as e:
    print(type(e).__name__, e)
