# __getattribute__, __index__, __class__ assignment, object's comparison slots
class Logged:
    def __init__(self):
        self.calls = 0
        self.value = 5

    def __getattribute__(self, name):
        if name == "magic":
            return 42
        if name != "calls":
            object.__setattr__(self, "calls", object.__getattribute__(self, "calls") + 1)
        return object.__getattribute__(self, name)

    def double(self):
        return self.value * 2


lg = Logged()
print(lg.magic, lg.value, lg.double(), lg.calls)
for _ in range(3):
    lg.value
print(lg.calls)


class Fallback:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<missing {name}>"


fb = Fallback()
fb.open = 1
print(fb.open, fb.secret_key, fb.other)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __index__(self):
        return self.cents

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(255)
print(hex(m), bin(Money(5)), oct(Money(8)), [10, 20, 30][Money(1)], range(10)[Money(2)])
print("ab" * Money(3), [0] * Money(2), Money(2) * "xy", (1,) * Money(2))
try:
    "ab" * object()
except TypeError as e:
    print("TypeError:", e)


class BadIndex:
    def __index__(self):
        return "no"


try:
    hex(BadIndex())
except TypeError as e:
    print("TypeError:", e)


class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
print(getattr(object, "__lt__")(1, 2), object.__ge__(object(), 3), object.__eq__(1, 1))


class NoOrder:
    pass


try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError:", e)
