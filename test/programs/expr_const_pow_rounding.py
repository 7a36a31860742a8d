# Powers folded at compile time must round as the run-time float pow does (glibc-exact),
# not as JavaScript's Math.pow: 7 ** -2 is 0.02040816326530612 in CPython.
x, y = 7, -2
print(7 ** -2, x ** y, pow(7, -2), 7.0 ** -2, 7 ** -2 == x ** y)
print(10 ** -1, 3 ** -3, 2 ** -1074, 1.1 ** 2, (-2) ** -3, 9.81 ** 2.5, 2.0 ** 0.5)
print(5 ** -4, 12 ** -7, 0.5 ** 3, 1.5 ** -2, 100 ** -0.5)
