# random.SystemRandom: os.urandom behind Random's methods (values differ per run: only
# their ranges, types and the stateless methods' errors are printed)
import random
from random import SystemRandom

sr = random.SystemRandom()
print(SystemRandom is random.SystemRandom, isinstance(sr, random.Random), SystemRandom.__mro__[1] is random.Random)
print(repr(SystemRandom), SystemRandom.__module__)
vals = [sr.random() for _ in range(200)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 190)
print(all(1 <= sr.randint(1, 6) <= 6 for _ in range(200)))
print(sr.choice("abc") in "abc", sorted(sr.sample(range(10), 10)) == list(range(10)))
deck = list(range(20))
sr.shuffle(deck)
print(sorted(deck) == list(range(20)))
print(0 <= sr.getrandbits(16) < 65536, sr.getrandbits(0), type(sr.randbytes(5)), len(sr.randbytes(5)))
print(type(sr.uniform(1, 2)).__name__, 1 <= sr.uniform(1, 2) <= 2, type(sr.gauss(0, 1)).__name__)
print(sr.randrange(0, 100, 10) % 10, len(sr.choices("xy", k=7)))
print(sr.seed(42), sr.seed())
for name in ("getstate", "setstate"):
    try:
        getattr(sr, name)(None) if name == "setstate" else sr.getstate()
    except NotImplementedError as e:
        print(name, "NotImplementedError", e)
try:
    sr.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    random.NoSuchThing
except AttributeError as e:
    print("AttributeError", e)
try:
    random._private
except AttributeError as e:
    print("AttributeError", e)
print("SystemRandom" in dir(random))
