# An event bus: handler registration with decorators, priorities, closures that
# capture state, unsubscribe, and an error in one handler not stopping the others.
class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, priority=0):
        def register(func):
            self.handlers.setdefault(event, []).append((priority, func))
            self.handlers[event].sort(key=lambda pair: -pair[0])
            return func
        return register

    def off(self, event, func):
        self.handlers[event] = [(p, f) for p, f in self.handlers.get(event, []) if f is not func]

    def emit(self, event, **payload):
        results = []
        for _, handler in self.handlers.get(event, []):
            try:
                results.append(handler(**payload))
            except Exception as e:
                results.append(f"{handler.__name__} failed: {type(e).__name__}: {e}")
        return results


bus = EventBus()
log = []


@bus.on("login")
def greet(user, **_):
    return f"welcome {user}"


@bus.on("login", priority=10)
def audit(user, **extra):
    log.append(("login", user, sorted(extra)))
    return "audited"


@bus.on("login", priority=5)
def check_banned(user, **_):
    if user == "mallory":
        raise PermissionError(f"{user} is banned")
    return "allowed"


def make_counter(name):
    count = 0

    def counter(**_):
        nonlocal count
        count += 1
        return f"{name} #{count}"
    counter.__name__ = f"counter_{name}"
    return counter


bus.on("login")(make_counter("logins"))
print(bus.emit("login", user="ann"))
print(bus.emit("login", user="mallory", ip="10.0.0.1"))
bus.off("login", greet)
print(bus.emit("login", user="bob"))
print(bus.emit("logout", user="bob"))
print(log)
print([f.__name__ for _, f in bus.handlers["login"]])
