a, b, c = 1, None, 3
x = a + b + c
