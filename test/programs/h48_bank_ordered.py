# gilvm-nogil: --workers 2
"""Bank transfer simulation: every account has its own lock; a transfer takes both
locks in a fixed global order (by account id) to avoid deadlock. Tellers run transfers
concurrently; the total balance is invariant, and an auditor thread takes every lock
(in order) to check a consistent snapshot while transfers run."""
import threading
import random


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, acct_id, balance):
        self.id = acct_id
        self.balance = balance
        self.lock = threading.Lock()
        self.history = []

    def __repr__(self):
        return f"Account({self.id}, {self.balance})"


class Bank:
    def __init__(self, n, initial):
        self.accounts = [Account(i, initial) for i in range(n)]
        self.stats_lock = threading.Lock()
        self.done = 0
        self.failed = 0

    def transfer(self, src, dst, amount):
        if src == dst:
            raise ValueError("same account")
        first, second = sorted((self.accounts[src], self.accounts[dst]), key=lambda a: a.id)
        with first.lock, second.lock:
            a, b = self.accounts[src], self.accounts[dst]
            if a.balance < amount:
                raise InsufficientFunds(f"account {src} has {a.balance}, needs {amount}")
            a.balance -= amount
            b.balance += amount
            a.history.append(-amount)
            b.history.append(amount)

    def total_locked(self):
        # take every lock in id order: a consistent snapshot
        for acct in self.accounts:
            acct.lock.acquire()
        try:
            return sum(a.balance for a in self.accounts)
        finally:
            for acct in reversed(self.accounts):
                acct.lock.release()


def teller(bank, seed, count, results):
    rng = random.Random(seed)
    ok = failed = 0
    for _ in range(count):
        src = rng.randrange(len(bank.accounts))
        dst = rng.randrange(len(bank.accounts) - 1)
        if dst >= src:
            dst += 1
        amount = rng.randint(1, 80)
        try:
            bank.transfer(src, dst, amount)
            ok += 1
        except InsufficientFunds:
            failed += 1
    with bank.stats_lock:
        bank.done += ok
        bank.failed += failed
    results[seed] = (ok, failed)


def auditor(bank, stop, audits):
    while not stop.is_set():
        audits.append(bank.total_locked())
        stop.wait(0.001)


bank = Bank(8, 200)
results = {}
stop = threading.Event()
audits = []
aud = threading.Thread(target=auditor, args=(bank, stop, audits))
aud.start()
tellers = [threading.Thread(target=teller, args=(bank, s, 300, results)) for s in range(6)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
stop.set()
aud.join()

print("transfers attempted:", bank.done + bank.failed)
print("per teller totals:", sorted(sum(v) for v in results.values()))
print("final total:", sum(a.balance for a in bank.accounts))
print("audits consistent:", all(x == 1600 for x in audits), len(audits) > 0)
print("history matches balances:",
      all(200 + sum(a.history) == a.balance for a in bank.accounts))
print("no negative balance:", all(a.balance >= 0 for a in bank.accounts))
print("locks free:", [a.lock.locked() for a in bank.accounts])
try:
    bank.transfer(3, 3, 10)
except ValueError as e:
    print("ValueError:", e)
# draining one account exactly
acct = bank.accounts[0]
bal = acct.balance
if bal:
    bank.transfer(0, 1, bal)
try:
    bank.transfer(0, 1, 1)
except InsufficientFunds as e:
    print("InsufficientFunds:", e)
print("after drain:", bank.accounts[0].balance, sum(a.balance for a in bank.accounts))
