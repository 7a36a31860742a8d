# gilvm-nogil: --workers 2
# An event scheduler with hand-written priority logic (a sorted list with binary insertion),
# recurring jobs, cancellation, dependencies and a simulated clock.
from dataclasses import dataclass, field
from itertools import count
from collections import defaultdict


@dataclass(order=True)
class Event:
    time: float
    priority: int
    seq: int
    name: str = field(compare=False)
    action: object = field(compare=False, repr=False)
    every: float = field(default=0, compare=False)
    cancelled: bool = field(default=False, compare=False)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0.0
        self._seq = count()
        self.trace = []
        self.stats = defaultdict(int)

    def _insert(self, ev):
        lo, hi = 0, len(self.queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.queue[mid] < ev:
                lo = mid + 1
            else:
                hi = mid
        self.queue.insert(lo, ev)

    def at(self, when, name, action, priority=5, every=0):
        if when < self.now:
            raise ValueError(f"cannot schedule {name!r} in the past ({when} < {self.now})")
        ev = Event(when, priority, next(self._seq), name, action, every)
        self._insert(ev)
        return ev

    def after(self, delay, name, action, **kw):
        return self.at(self.now + delay, name, action, **kw)

    def cancel(self, ev):
        ev.cancelled = True

    def pending(self):
        return [e.name for e in self.queue if not e.cancelled]

    def run(self, until=float("inf")):
        while self.queue and self.queue[0].time <= until:
            ev = self.queue.pop(0)
            if ev.cancelled:
                self.stats["cancelled"] += 1
                continue
            self.now = ev.time
            try:
                result = ev.action(self)
            except Exception as exc:
                self.stats["failed"] += 1
                self.trace.append(f"t={self.now:6.2f} {ev.name}: FAILED {type(exc).__name__}: {exc}")
            else:
                self.stats["ran"] += 1
                self.trace.append(f"t={self.now:6.2f} {ev.name}" + (f" -> {result}" if result is not None else ""))
            if ev.every and not ev.cancelled:
                ev.time += ev.every
                ev.seq = next(self._seq)
                self._insert(ev)
        self.now = max(self.now, until) if until != float("inf") else self.now


def make_counter(label):
    n = 0

    def tick(s):
        nonlocal n
        n += 1
        return f"{label} #{n}"
    return tick


def make_job(name, work, deps=()):
    done = set()

    def job(s):
        missing = [d for d in deps if d not in s.completed]
        if missing:
            s.after(0.5, name, job, priority=9)
            return f"waiting for {', '.join(missing)}"
        total = sum(i * i for i in range(work))
        s.completed.add(name)
        done.add(name)
        return f"done ({total})"
    return job


sched = Scheduler()
sched.completed = set()
heartbeat = sched.at(0, "heartbeat", make_counter("beat"), priority=1, every=2.5)
sched.at(1, "compile", make_job("compile", 100))
sched.at(1, "test", make_job("test", 50, deps=("compile",)), priority=0)
sched.at(0.5, "deploy", make_job("deploy", 10, deps=("test", "compile")))
sched.at(3, "flaky", lambda s: 1 / 0)
sched.at(3, "lookup", lambda s: {"a": 1}["b"], priority=4)
doomed = sched.at(4, "doomed", lambda s: "should not run")
sched.at(3.5, "canceller", lambda s: s.cancel(doomed) or "cancelled doomed")
sched.at(6, "stop-heartbeat", lambda s: s.cancel(heartbeat) or "heartbeat stopped")
sched.at(2, "spawner", lambda s: s.after(1.25, "spawned", lambda s2: f"spawned at {s2.now}") and None)
print("pending:", sched.pending())
sched.run(until=5)
print(f"-- paused at {sched.now}, pending: {sched.pending()}")
sched.run()
print("\n".join(sched.trace))
print(dict(sorted(sched.stats.items())), sorted(sched.completed))
try:
    sched.at(1, "late", lambda s: None)
except ValueError as e:
    print("ValueError:", e)
a = Event(1.0, 1, 0, "a", None)
b = Event(1.0, 1, 1, "b", None)
print(a < b, a == Event(1.0, 1, 0, "zzz", print), sorted([b, a])[0].name, max(a, b).name)
print(repr(Event(2, 3, 4, "x", None, every=1.5)))
