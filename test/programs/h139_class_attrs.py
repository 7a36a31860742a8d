# gilvm-nogil:
# class attributes read and written through the class itself (counters, settings,
# inherited values, shadowing, replacing values with functions and back, deletes)
class Base:
    count = 0
    label = 'base'
    ratio = 1.5

    def __init__(self):
        Base.count += 1
        type(self).count += 1


class Child(Base):
    pass


class Other(Base):
    label = 'other'


def labels():
    return [c.label for c in (Base, Child, Other)]


for i in range(5):
    Base()
    Child()
print(Base.count, Child.count, Other.count, Base.__dict__['count'], 'count' in Child.__dict__)
print(labels())
Base.label = 'rebased'
print(labels())
Child.label = 'child'
print(labels())
del Child.label
print(labels())


def read_ratio(n):
    total = 0.0
    for _ in range(n):
        total += Base.ratio
    return total


print(read_ratio(4))
Base.ratio = 2
print(read_ratio(4))
Base.ratio = lambda: 'now a function'
print(Base.ratio(), Child.ratio())
Base.ratio = 3
print(read_ratio(2), Child.ratio)
Base.ratio = staticmethod(lambda: 'static')
print(Base.ratio(), Child.ratio())
Base.ratio = property(lambda self: 'prop')
print(type(Base.ratio).__name__, Child().ratio)
Base.ratio = 0.25
print(read_ratio(4), Base().ratio)
del Base.ratio
try:
    print(read_ratio(1))
except AttributeError as e:
    print('AttributeError:', e)
print(Base.__name__, Child.__qualname__, Other.__mro__[1].__name__, Base.mro()[0].__name__)


class Config:
    debug = False
    level = 0


def bump_level(times):
    for _ in range(times):
        Config.level += 1
        Config.debug = not Config.debug
    return Config.level, Config.debug


print(bump_level(3), bump_level(4))
Config.level = 'high'
print(Config.level * 2)
try:
    Config.level += 1
except TypeError as e:
    print('TypeError:', e)
for cls in (Config, Base, Child):
    cls.tag = cls.__name__
print([c.tag for c in (Config, Base, Child, Other)])
print(sorted(k for k in vars(Config) if not k.startswith('__')))
