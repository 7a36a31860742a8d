# gilvm-test: also -c
def f(n):
    return f(n + 1)
f(0)
