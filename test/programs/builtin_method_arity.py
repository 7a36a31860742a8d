# argument-count checks of built-in methods and functions, CPython's messages
calls = [
    lambda: (1.5).is_integer(1),
    lambda: (1.5).hex(1),
    lambda: (1.5).as_integer_ratio(1),
    lambda: (7).bit_length(2),
    lambda: (7).conjugate(1),
    lambda: [3, 1].reverse(1),
    lambda: {1, 2}.pop(1),
    lambda: range(3).index(),
    lambda: dict.fromkeys(),
    lambda: {}.fromkeys("ab", 0, 1),
    lambda: int("1", 2, 3),
    lambda: pow(2),
    lambda: pow(),
    lambda: pow(1, 2, 3, 4),
    lambda: format(1, 2),
    lambda: format(3.14159, ".2f"),
    lambda: (1.5).is_integer(),
    lambda: (6).bit_length(),
    lambda: dict.fromkeys("ab"),
    lambda: pow(2, 10, 1000),
]
for i, c in enumerate(calls):
    try:
        print(i, "->", repr(c()))
    except TypeError as e:
        print(i, "TypeError:", e)
