# gilvm-nogil: --workers 2
"""An Event-driven order-processing state machine: each order is a thread that moves
through states when the controller sets Events; a Condition-guarded transition log; a
watcher thread waits for "all shipped"; Event.wait timeouts report False."""
import threading

STATES = ["created", "paid", "packed", "shipped"]
TRANSITIONS = {"created": "paid", "paid": "packed", "packed": "shipped"}


class InvalidTransition(Exception):
    def __init__(self, order, src, dst):
        super().__init__(f"order {order}: {src} -> {dst} not allowed")
        self.order = order


class Order:
    def __init__(self, oid, log):
        self.oid = oid
        self.state = "created"
        self.log = log
        self.events = {s: threading.Event() for s in STATES[1:]}
        self.lock = threading.Lock()

    def move(self, dst):
        with self.lock:
            if TRANSITIONS.get(self.state) != dst:
                raise InvalidTransition(self.oid, self.state, dst)
            self.state = dst
        self.log.record(self.oid, dst)


class Log:
    def __init__(self):
        self.cond = threading.Condition()
        self.entries = []
        self.shipped = 0

    def record(self, oid, state):
        with self.cond:
            self.entries.append((oid, state))
            if state == "shipped":
                self.shipped += 1
            self.cond.notify_all()


def run_order(order, errors, timeout=10):
    for state in STATES[1:]:
        if not order.events[state].wait(timeout=timeout):
            errors.append((order.oid, "timeout", state))
            return
        order.move(state)


log = Log()
orders = [Order(i, log) for i in range(6)]
errors = []
threads = [threading.Thread(target=run_order, args=(o, errors)) for o in orders]
for t in threads:
    t.start()

summary = {}


def watcher():
    with log.cond:
        ok = log.cond.wait_for(lambda: log.shipped == len(orders), timeout=10)
        summary["all shipped"] = ok
        summary["entries"] = len(log.entries)


w = threading.Thread(target=watcher)
w.start()
for state in STATES[1:]:
    for o in orders:
        o.events[state].set()
for t in threads:
    t.join()
w.join()
print(summary, errors)
per_order = {}
for oid, state in log.entries:
    per_order.setdefault(oid, []).append(state)
for oid in sorted(per_order):
    print(oid, per_order[oid])
print("states:", sorted({o.state for o in orders}))

try:
    orders[0].move("paid")
except InvalidTransition as e:
    print("rejected:", e, e.order)

# an order whose controller never pays: its wait times out
lone = Order(99, log)
lone_errors = []
lone.events["paid"].set()
lone.events["paid"].clear()
t = threading.Thread(target=run_order, args=(lone, lone_errors, 0.05))
t.start()
t.join()
print("lone:", lone.state, lone_errors)
e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
