# Function decorators: plain, with arguments, stacked (applied bottom-up), decorators
# that keep state, class decorators, decorators returning other objects.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    wrapper.__name__ = func.__name__
    return wrapper


def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


def trace(label):
    def decorator(func):
        print(f"decorating {func.__name__} with {label}")

        def wrapper(*args):
            print(f"[{label}] calling {func.__name__}{args}")
            return func(*args)
        return wrapper
    return decorator


@shout
def greet(name):
    return f"hello {name}"


@repeat(3)
def roll(x):
    return x * 2


@trace("outer")
@trace("inner")
def add(a, b):
    return a + b


print(greet("ada"), greet.__name__)
print(roll(4))
print(add(2, 3))


def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@count_calls
def work(n):
    return n


for n in range(5):
    work(n)
print("work called", work.calls, "times")
registry = {}


def register(func):
    registry[func.__name__] = func
    return func


@register
def alpha():
    return "a"


@register
def beta():
    return "b"


print(sorted(registry), registry["beta"]())


def add_greeting(cls):
    cls.greeting = lambda self: f"I am {type(self).__name__}"
    return cls


@add_greeting
class Robot:
    pass


print(Robot().greeting())


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, value):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)


def to_value(func):
    return func()


@to_value
def computed():
    return 6 * 7


print(computed)
decorators = [shout]


@decorators[0]
def indexed():
    return "any expression works"


print(indexed())


@(lambda f: lambda: f() + 1)
def one():
    return 1


print(one())
