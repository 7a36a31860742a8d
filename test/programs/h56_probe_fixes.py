import sys
try:
    print(round(1.5e308, -308))
except OverflowError as e:
    print("caught", e)
print(round(2.675, 2), round(-0.5), round(1e300, -300))
class B:
    def __setitem__(self, k, v): pass
class C:
    def __delitem__(self, k): pass
class G:
    def __getitem__(self, k): return k
class L(list):
    def __setitem__(self, k, v): super().__setitem__(k, v)
for stmt in ["del B()[0]", "C()[0] = 1", "del G()[0]", "del G()['a']", "G()[0] = 1", "del (5)[0]", "del (1,)[0]",
             "del (1,)[0:1]", "del 'a'[:]", "del 'a'[0]", "del range(3)[0]", "del {1}[0]", "del {1: 2}.keys()[0]",
             "del (lambda: 0)[0]", "del None[0]", "x = 5; x[0] = 1", "del iter({1})[0]"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
l = L([1, 2, 3]); del l[0]; print(l)
print(sys.stdout.write("😀\n"))
print(ord(b"a"), ord(bytearray(b"z")))
for x in [b'ab', bytearray(b''), '😀😀', '']:
    try: ord(x)
    except TypeError as e: print(e)
try:
    [0] * 2**40
except MemoryError:
    print("ME")
x = [0, 1]
try:
    x *= 2**62
except MemoryError:
    print("ME2", x)
x *= 2
print(x)
import math
print(math.perm(5), math.perm(0))
for f in [lambda: math.perm(-1), lambda: math.perm(-1, 2), lambda: math.perm(5, -1), lambda: math.exp2(1024),
          lambda: math.exp2(1e300), lambda: 2.0 ** 10000, lambda: (-2.0) ** 10001, lambda: pow(10.0, 400)]:
    try:
        f()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e, e.args)
print(math.exp2(-1080), math.exp2(10), math.exp2(0.5))
for s in ['nan', '-nan', 'inf', '-Infinity', ' +inf ', 'NaN', '0x1p3', '  0x1.8p1  ', 'x', '0x1p2000']:
    try:
        print(repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
