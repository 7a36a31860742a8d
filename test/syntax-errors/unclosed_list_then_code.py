# unclosed list then code
xs = [1, 2, 3
print(xs)
