# gilvm-nogil: --workers 2
# RLock re-entrancy: a bank account whose methods call each other under the same lock.
import threading


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self._lock = threading.RLock()
        self.log = []

    def deposit(self, amount):
        with self._lock:
            self.balance += amount
            self._record("deposit", amount)

    def withdraw(self, amount):
        with self._lock:
            if amount > self.balance:
                raise ValueError(f"{self.owner}: insufficient funds ({self.balance} < {amount})")
            self.balance -= amount
            self._record("withdraw", amount)

    def _record(self, kind, amount):
        with self._lock:  # re-entered from deposit/withdraw
            self.log.append((kind, amount))

    def transfer_to(self, other, amount):
        first, second = sorted([self, other], key=lambda a: a.owner)
        with first._lock, second._lock:
            self.withdraw(amount)
            other.deposit(amount)


a = Account("alice", 1000)
b = Account("bob", 1000)
errors = []

def shuffle(src, dst, n):
    for i in range(n):
        try:
            src.transfer_to(dst, 7)
        except ValueError as e:
            errors.append(str(e))

ts = [threading.Thread(target=shuffle, args=(a, b, 50)),
      threading.Thread(target=shuffle, args=(b, a, 50)),
      threading.Thread(target=shuffle, args=(a, b, 30))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total preserved:", a.balance + b.balance)
print("balances:", a.balance, b.balance)
print("log sizes:", len(a.log), len(b.log))
print("errors:", errors)

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

other_got = []
def try_other():
    other_got.append(r.acquire(timeout=0.01))
with r:
    t = threading.Thread(target=try_other)
    t.start()
    t.join()
print("other thread could acquire while held:", other_got)

lock = threading.Lock()
lock.acquire()
print("plain lock re-acquire non-blocking:", lock.acquire(False))
print("locked:", lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    b.withdraw(10 ** 6)
except ValueError as e:
    print(e)
