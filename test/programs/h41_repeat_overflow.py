# A repeat count that is no Py_ssize_t is OverflowError "cannot fit 'int' into an
# index-sized integer" for every sequence (list, tuple, str, bytes, bytearray, in place
# too), before any size check, and an empty sequence repeated a huge (but ssize_t) number
# of times is empty at once: at run time and in the compiler's constant folding.
big = 10 ** 20
huge = 10 ** 15
for seq in [[1], (1,), "a", b"a", bytearray(b"a"), [], (), "", b""]:
    for count in [big, -big]:
        try:
            print(type(seq).__name__, len(seq * count))
        except OverflowError as e:
            print(type(seq).__name__, "OverflowError", e)
        try:
            print(type(seq).__name__, len(count * seq))
        except OverflowError as e:
            print(type(seq).__name__, "OverflowError", e)
print(len([] * huge), len(() * huge), len("" * huge), len(b"" * huge), len(huge * []))
print(() * 10 ** 15, "" * 10 ** 15, (1, 2) * 2, "ab" * 3, () * -5)
items = [0]
try:
    items *= big
except OverflowError as e:
    print("in place:", e, items)
try:
    print(() * 10 ** 20)
except OverflowError as e:
    print("folded:", e)
grid = [[0] * 3] * 2
print(grid)
row = [None] * big
