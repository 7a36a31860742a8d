# An event-sourced account store: frozen dataclass events ordered on a heap by time, state
# rebuilt by replay, snapshots with copy.deepcopy (mutating a snapshot leaves the store
# alone), OrderedDict for the latest-first view, dataclasses.replace for corrections.
import copy
import heapq
from collections import OrderedDict, deque
from dataclasses import dataclass, field, replace, asdict, FrozenInstanceError


@dataclass(frozen=True, order=True)
class Event:
    at: int
    account: str = field(compare=False)
    kind: str = field(compare=False)
    amount: int = field(default=0, compare=False)


@dataclass
class Account:
    name: str
    balance: int = 0
    history: list = field(default_factory=list)


class Store:
    def __init__(self):
        self.queue = []
        self.accounts = {}
        self.recent = deque(maxlen=3)

    def submit(self, event):
        heapq.heappush(self.queue, event)

    def apply(self, event):
        acct = self.accounts.setdefault(event.account, Account(event.account))
        if event.kind == "deposit":
            acct.balance += event.amount
        elif event.kind == "withdraw":
            if event.amount > acct.balance:
                raise ValueError(f"{event.account}: insufficient funds for {event.amount}")
            acct.balance -= event.amount
        acct.history.append(event.at)
        self.recent.append(event.at)

    def run(self):
        errors = []
        while self.queue:
            ev = heapq.heappop(self.queue)
            try:
                self.apply(ev)
            except ValueError as e:
                errors.append(str(e))
        return errors


store = Store()
for ev in [Event(5, "bob", "deposit", 50), Event(1, "ann", "deposit", 100), Event(3, "ann", "withdraw", 30),
           Event(2, "bob", "withdraw", 10), Event(4, "ann", "withdraw", 500), Event(6, "cy", "deposit", 1)]:
    store.submit(ev)
print(store.queue[0])
print(store.run())
for name, acct in sorted(store.accounts.items()):
    print(name, acct.balance, acct.history)
print(list(store.recent))

snap = copy.deepcopy(store.accounts)
snap["ann"].balance = -1
snap["ann"].history.append(99)
print(store.accounts["ann"], snap["ann"].balance)
shallow = copy.copy(store.accounts)
print(shallow["ann"] is store.accounts["ann"], shallow is not store.accounts)

fix = replace(Event(4, "ann", "withdraw", 500), amount=50)
print(fix, fix == Event(4, "zed", "other"), fix < Event(5, "x", "y"))
try:
    fix.amount = 1
except FrozenInstanceError as e:
    print("frozen:", e)
print(asdict(fix))
store.submit(fix)
print(store.run(), store.accounts["ann"].balance)

latest = OrderedDict()
for name, acct in store.accounts.items():
    latest[name] = acct.history[-1]
for name in sorted(latest, key=latest.get):
    latest.move_to_end(name)
print(list(latest.items()))
print(latest.popitem(), latest.popitem(last=False))
print(sorted([Event(3, "a", "k"), Event(1, "b", "k"), Event(2, "c", "k")]))
