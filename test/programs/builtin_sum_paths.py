# sum(): the int and float fast paths and their exits (overflow past 2**52, mixed types,
# subclasses, start values), which must give exactly the + protocol's results
class F(float):
    pass
class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 1000)
    __radd__ = __add__

print(sum([1, 2, 3]), sum([1.5, 2, 3]), sum([2**60, 1]), sum([1, 2**60]))
print(sum(range(10**6)), sum([0.1] * 10), sum([], -0.0), sum([-0.0]), sum([-0.0], -0.0))
print(sum([True, True, 3]), sum([1, 2], 0.5), sum([1.0, 2**70]), sum([10**15] * 10))
print(sum([2**52 - 1, 1, 1, -5]), sum([-(2**52), -1, -1]), sum(x * x for x in range(100000)))
print(sum([F(1.5), 2.0]), type(sum([1.0, F(2)])), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([1, I(2), 3]), type(sum([1, I(2), 3])), sum([1.5, I(2)]))
print(sum([1e308, 1e308, -1e308]), sum([float('inf'), 1]), sum([1, float('nan')]))
print(sum([0.1, 0.2, 0.3], 1), sum((i / 7 for i in range(50)), 2**53))
for bad in ([1, "a"], [1.0, "a"], [1, None]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)

# int/float/str subclasses: conversions give the exact built-in type, and a built-in
# left operand's method runs before a non-subtype right operand's reflected method
class S(str):
    pass
class G(float):
    def __radd__(self, other):
        return "G.radd"
print(type(int(I(2))), type(float(F(2))), type(str(S("a"))), type(int(F(2.5))), type(float(I(3))))
print(type(I(2).__int__()), type(+I(2)), type(abs(I(-2))), type(I(2).real), type(F(2).real))
print(type(round(I(2))), type(round(I(2), 1)), type(I(5) // 1), type(I(2).__index__()), type(I(2).conjugate()))
print(1.5 + I(2), 2 + G(1.0), 2.5 + G(1.0), I(1) + 2, type(int(True)), int(S("42")), float(S("1.5")))
