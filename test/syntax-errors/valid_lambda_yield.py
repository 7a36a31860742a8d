# valid: a lambda that yields is a generator function
f = lambda: (yield)
print(type(f()).__name__)
