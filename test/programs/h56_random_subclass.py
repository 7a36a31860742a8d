# random.Random subclassed, as Lib/random.py allows: seeded by Random.__init__ (through the
# subclass's own seed() when it has one), extra methods and attributes, no __init__ call
import random


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


class Named(random.Random):
    def __init__(self, name, seed):
        super().__init__(seed)
        self.name = name

    def pick(self, items):
        return self.name + ':' + self.choice(items)


class Logged(random.Random):
    def seed(self, a=None, version=2):
        print('seeding with', a)
        super().seed(a, version)


class NoInit(random.Random):
    def __init__(self):
        self.made = True


print([Dice(42).roll() for _ in range(5)])
d = Dice(7)
print([d.roll() for _ in range(8)], isinstance(d, random.Random), type(d).__name__)
n = Named('n', 3)
print(n.pick(['a', 'b', 'c']), n.pick(['a', 'b', 'c']), n.random())
g = Logged(5)
print(g.random() == random.Random(5).random())
g.seed(11)
print(g.randrange(100))
x = NoInit()
v = x.random()
print(x.made, 0.0 <= v < 1.0)
r = random.Random(9)
r2 = Dice(9)
print(r.random() == r2.random(), r.getstate() == r2.getstate())
print('__init__' in dir(random), hasattr(random, 'seed'))
