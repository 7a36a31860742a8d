# A bank: account classes with inheritance and super(), properties, class and static
# methods, transactions as context managers that roll back, custom exceptions with
# chaining, an audit log, interest, and a final uncaught error with its cause.
from collections import defaultdict
from itertools import count


class BankError(Exception):
    """Base of the bank's errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount / 100:.2f}: balance {account.balance / 100:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class TransferFailed(BankError):
    pass


class Account:
    _ids = count(1000)
    kind = "basic"
    fee = 0

    def __init__(self, owner, balance=0):
        self.id = next(Account._ids)
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < self.min_balance():
            raise InsufficientFunds(self, self._balance - value)
        self._balance = value

    def min_balance(self):
        return 0

    @classmethod
    def open(cls, owner, dollars):
        return cls(owner, round(dollars * 100))

    @staticmethod
    def fmt(cents):
        sign = "-" if cents < 0 else ""
        return f"{sign}${abs(cents) // 100:,}.{abs(cents) % 100:02d}"

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, cents):
        self._check()
        if cents <= 0:
            raise ValueError(f"deposit must be positive, got {cents}")
        self.balance += cents
        self.history.append(("dep", cents))

    def withdraw(self, cents):
        self._check()
        self.balance -= cents + self.fee
        self.history.append(("wd", cents))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self.fmt(self.balance)})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __lt__(self, other):
        return (self.balance, self.id) < (other.balance, other.id)


class Checking(Account):
    kind = "checking"
    fee = 25

    def __init__(self, owner, balance=0, overdraft=0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def min_balance(self):
        return -self.overdraft


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
        self.withdrawals = 0

    def withdraw(self, cents):
        if self.withdrawals >= 2:
            raise BankError(f"{self.owner}: savings withdrawal limit reached")
        super().withdraw(cents)
        self.withdrawals += 1

    def month_end(self):
        interest = round(self.balance * self.rate / 12)
        if interest:
            self.deposit(interest)
        self.withdrawals = 0


class Transaction:
    def __init__(self, bank, label):
        self.bank = bank
        self.label = label

    def __enter__(self):
        self.snapshot = {a.id: (a._balance, len(a.history)) for a in self.bank.accounts.values()}
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            self.bank.log.append((self.label, "ok"))
            return False
        for acc in self.bank.accounts.values():
            bal, n = self.snapshot[acc.id]
            acc._balance = bal
            del acc.history[n:]
        self.bank.log.append((self.label, f"rolled back: {et.__name__}"))
        return issubclass(et, BankError) and not isinstance(ev, TransferFailed)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def add(self, account):
        self.accounts[account.id] = account
        return account

    def transfer(self, src, dst, cents):
        try:
            src.withdraw(cents)
            dst.deposit(cents)
        except (BankError, ValueError) as e:
            raise TransferFailed(f"transfer {src.id}->{dst.id} of {Account.fmt(cents)} failed") from e

    def report(self):
        by_kind = defaultdict(list)
        for acc in self.accounts.values():
            by_kind[acc.kind].append(acc)
        lines = [f"== {self.name} =="]
        for kind in sorted(by_kind):
            accs = sorted(by_kind[kind], reverse=True)
            total = sum(a.balance for a in accs)
            lines.append(f"{kind:<9}{len(accs):>2} accounts {Account.fmt(total):>12}")
            lines += [f"    {a!r}" for a in accs]
        return "\n".join(lines)


bank = Bank("First Python Bank")
alice = bank.add(Checking.open("alice", 120.50))
bob = bank.add(Savings.open("bob", 1000))
carol = bank.add(Checking("carol", 0, overdraft=5000))
dave = bank.add(Account.open("dave", 10))

with Transaction(bank, "payday"):
    alice.deposit(250_000)
    bob.deposit(100)

with Transaction(bank, "rent"):
    alice.withdraw(150_000)
    carol.withdraw(4000)
    dave.withdraw(5000)

with Transaction(bank, "savings"):
    bob.withdraw(100)
    bob.withdraw(100)
    bob.withdraw(100)

for acc in bank.accounts.values():
    acc.month_end()

for src, dst, amt in [(alice, bob, 10_000), (dave, alice, 999_999), (bob, carol, 0)]:
    try:
        with Transaction(bank, f"transfer {src.owner}->{dst.owner}"):
            bank.transfer(src, dst, amt)
        print("transferred", Account.fmt(amt), "from", src.owner, "to", dst.owner)
    except TransferFailed as e:
        cause = e.__cause__
        print(f"FAILED: {e} (because {type(cause).__name__}: {cause})")

carol.frozen = True
try:
    carol.deposit(1)
except AccountFrozen as e:
    print("frozen:", e, "| is BankError:", isinstance(e, BankError))

print(bank.report())
print(bank.log)
print([a.owner for a in sorted(bank.accounts.values())], max(bank.accounts.values()).owner)
print({acc: acc.kind for acc in [alice, alice, bob]}, alice == Account("x"), alice in {alice})
print(Checking.__mro__[1].__name__, Savings.fee, Checking.fee, alice.history[-2:], len(bob.history))
print(Account.fmt(-12345), Account.fmt(5), Account.fmt(100_000_00))
try:
    bank.transfer(dave, alice, 10**9)
except TransferFailed as e:
    raise RuntimeError("nightly settlement aborted") from e
