def f(a, b=2):
    return a + b
class A:
    def m(self, x):
        return super().m(x)
print(f(1), [i*i for i in range(3)])
try:
    x = 1
except ValueError as e:
    pass
