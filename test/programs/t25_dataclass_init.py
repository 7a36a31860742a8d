# gilvm-nogil: --workers 2
# dataclass __init__ is CPython's generated function: argument errors, what lands in the
# instance __dict__ (init=False fields with a plain default stay class attributes), kw_only,
# InitVar, frozen, slots, a field named self, and the "<string>" frame of a failing
# __post_init__ (the uncaught error at the end).
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields


@dataclass
class Point:
    x: int
    y: int = 0


print(Point(1), Point(1, 2), Point(y=5, x=3), Point.__init__.__qualname__, Point.__init__.__name__)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"z": 0}), ((), {"y": 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, init=False)
    log: list = field(default_factory=lambda: ["created"], init=False)
    secret: str = field(default="s3", init=False, repr=False)

    def __post_init__(self):
        self.count = len(self.items)


inv = Inventory("shelf", ["a", "b"])
print(inv, sorted(vars(inv)), inv.secret, Inventory.secret, Inventory("x").items is not Inventory("y").items)


@dataclass
class Config:
    host: str
    _: KW_ONLY
    port: int = 80
    debug: bool = False


print(Config("h", port=8080), Config("h", debug=True))
try:
    Config("h", 8080)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Secret:
    value: str
    salt: InitVar[str] = "pepper"

    def __post_init__(self, salt):
        self.digest = f"{self.value}:{salt}"


s = Secret("pw")
print(s, s.digest, Secret("pw", "x").digest, [f.name for f in fields(Secret)], "salt" in vars(s))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: list = field(default_factory=list)


fz = Frozen(1)
print(fz, hash(Frozen(1, ())) == hash(Frozen(1, ())))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = field(default=7, init=False)


sl = Slotted(3)
print(sl, sl.b, Slotted.__slots__)


@dataclass
class Odd:
    self: int
    other: int = 2


print(Odd(1), Odd(self=5))


@dataclass
class Base:
    a: int
    b: int = 1


@dataclass
class Child(Base):
    c: int = 2


print(Child(0), Child(0, 5, 6))
try:
    Child()
except TypeError as e:
    print("TypeError", e)


def failing_factory():
    raise RuntimeError("factory failed")


@dataclass
class Lazy:
    data: list = field(default_factory=failing_factory)


try:
    Lazy()
except RuntimeError as e:
    print("RuntimeError", e, e.__traceback__.tb_next.tb_frame.f_code.co_filename)


@dataclass
class Account:
    owner: str
    balance: float = 0.0

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative balance for {self.owner}: {self.balance}")


print(Account("ann", 10.5))
Account("bob", -3)
