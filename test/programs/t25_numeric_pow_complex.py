# gilvm-nogil: --workers 2
# A negative float base to a fractional power gives a complex result (CPython's float_pow
# hands over to complex), for ** and pow(), int and float operands alike.
print((-8) ** 0.5)
print(pow(-2, 0.5))
print((-2.0) ** 1.5)
print((-27) ** (1 / 3))
print(type((-1.0) ** 0.5).__name__)
print((-1) ** 2.0, (-2.0) ** 3, (-2.0) ** -2)
print(float('-inf') ** 0.5, float('-inf') ** 3.0)
x = -4.0
x **= 0.5
print(x, abs(x))
values = [(-b) ** 0.25 for b in (1, 16, 81)]
print(values)
try:
    print(0.0 ** -0.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
