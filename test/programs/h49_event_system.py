# gilvm-nogil: --workers 2
"""Class-based event system: __init_subclass__, __set_name__, __class_getitem__, classmethods."""


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None
        self.owner = None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        raise AttributeError(f"can't delete {self.name}")

    def __repr__(self):
        return f"<Field {self.owner}.{self.name}: {self.kind.__name__}>"


class Event:
    registry = {}
    priority = 0

    def __init_subclass__(cls, /, topic=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.topic = topic or cls.__name__.lower()
        cls.priority = priority
        Event.registry[cls.topic] = cls
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

    def __init__(self, **kwargs):
        for name in self.fields:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
        if kwargs:
            raise TypeError(f"unexpected fields: {', '.join(sorted(kwargs))}")

    @classmethod
    def from_dict(cls, data):
        data = dict(data)
        topic = data.pop("topic")
        return cls.registry[topic](**data)

    def handle(self):
        raise NotImplementedError(f"{type(self).__name__}.handle")

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.fields)
        return f"{type(self).__qualname__}({inner})"


class UserCreated(Event, topic="user.created", priority=5):
    name = Field(str, "anon")
    age = Field(int, 0)

    def handle(self):
        return f"welcome {self.name} ({self.age})"


class OrderPlaced(Event, topic="order.placed", priority=10):
    order_id = Field(int)
    total = Field(float, 0.0)

    def handle(self):
        return f"order #{self.order_id} total {self.total:.2f}"


class Heartbeat(Event):
    pass


class Bus:
    def __init__(self):
        self.subscribers = {}
        self.log = []

    def subscribe(self, topic):
        def deco(fn):
            self.subscribers.setdefault(topic, []).append(fn)
            return fn
        return deco

    def publish(self, event):
        results = [event.handle()] if type(event).handle is not Event.handle else []
        for fn in self.subscribers.get(event.topic, ()):
            results.append(fn(event))
        self.log.append((event.priority, event.topic))
        return results


bus = Bus()


@bus.subscribe("user.created")
def audit(evt):
    return f"audit:{evt.name}"


@bus.subscribe("order.placed")
@bus.subscribe("user.created")
def count(evt, _seen=[]):
    _seen.append(evt.topic)
    return len(_seen)


print(sorted(Event.registry), UserCreated.fields, OrderPlaced.priority, Heartbeat.topic)
print(UserCreated.name, UserCreated.__dict__["age"], Event["x"], UserCreated[int], OrderPlaced[3])
events = [
    UserCreated(name="ada", age=36),
    Event.from_dict({"topic": "order.placed", "order_id": 7, "total": 19.5}),
    UserCreated(),
    Heartbeat(),
]
for e in sorted(events, key=lambda e: -e.priority):
    try:
        print(repr(e), bus.publish(e))
    except NotImplementedError as exc:
        print("not implemented:", exc, exc.args)
print(bus.log)
for bad in (lambda: UserCreated(name=5), lambda: UserCreated(nick="x", zzz=1), lambda: OrderPlaced(total=1)):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
u = events[0]
try:
    del u.name
except AttributeError as exc:
    print("AttributeError:", exc)
print(vars(u), hasattr(u, "_age"), getattr(u, "missing", "dflt"))
try:
    Heartbeat().handle()
except NotImplementedError as exc:
    print(type(exc).__name__, exc, isinstance(exc, RuntimeError))


class Base:
    subclasses = []

    def __init_subclass__(cls, **kw):
        Base.subclasses.append((cls.__name__, sorted(kw)))


try:
    class Bad(Base, color="red"):
        pass
except TypeError as exc:
    print("TypeError:", exc)
print(Base.subclasses)
try:
    class Bad2(Event, nope=1):
        pass
except TypeError as exc:
    print("TypeError:", exc)
print(type(UserCreated).__name__, UserCreated.__mro__[1].__name__, UserCreated.__qualname__, Field.__set_name__.__name__)
