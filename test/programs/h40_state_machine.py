class TransitionError(Exception):
    """Raised when a machine gets an event it cannot handle."""
    def __init__(self, state, event):
        super().__init__(state, event)
        self.state, self.event = state, event
    def __str__(self):
        return f"no transition from {self.state!r} on {self.event!r}"

class State:
    registry = {}
    def __init__(self, name, terminal=False):
        self.name, self.terminal = name, terminal
        State.registry[name] = self
    def __repr__(self):
        return f"<State {self.name}{' (final)' if self.terminal else ''}>"
    def __eq__(self, other):
        return isinstance(other, State) and self.name == other.name
    __hash__ = lambda self: hash(self.name)

IDLE, RUNNING, PAUSED, DONE = (State(n) for n in ("idle", "running", "paused", "done"))
DONE.terminal = True

class Machine:
    transitions = {
        (IDLE, "start"): RUNNING,
        (RUNNING, "pause"): PAUSED,
        (PAUSED, "resume"): RUNNING,
        (RUNNING, "finish"): DONE,
        (PAUSED, "stop"): DONE,
    }
    def __init__(self):
        self.state = IDLE
        self.log = []
        self.hooks = {}
    def on(self, state):
        def register(fn):
            self.hooks.setdefault(state, []).append(fn)
            return fn
        return register
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise TransitionError(self.state.name, event)
        old, self.state = self.state, self.transitions[key]
        self.log.append(f"{old.name}->{self.state.name}")
        for hook in self.hooks.get(self.state, ()):
            hook(old, self.state)
        return self

m = Machine()
seen = []
@m.on(RUNNING)
def entering_running(old, new):
    seen.append(("run", old.name))
@m.on(DONE)
def entering_done(old, new):
    seen.append(("done", old.name, new.terminal))

m.fire("start").fire("pause").fire("resume")
print(m.state, m.log, seen)
for ev in ("start", "explode"):
    try:
        m.fire(ev)
    except TransitionError as e:
        print("TransitionError:", e, e.args, repr(e))
m.fire("finish")
print(m.state, m.state.terminal, len(m.log), seen[-1])
print(sorted(State.registry), State.registry["paused"] == PAUSED, {IDLE: 1}[State.registry["idle"]])
events = "start pause stop".split()
m2 = Machine()
for ev in events:
    m2.fire(ev)
print(" | ".join(m2.log), entering_running.__name__, Machine.on.__qualname__)
counts = {}
for a, b in (s.split("->") for s in m.log + m2.log):
    counts[a] = counts.get(a, 0) + 1
print(counts, max(counts, key=counts.get), min(counts.items(), key=lambda kv: (kv[1], kv[0])))
m2.fire("resume")
