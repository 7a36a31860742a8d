def f(a, b):
    return a
f(1,
  undefined_name,
  3)
