# The classic GIL demo's single-threaded work (examples/gil_classic_single.py): the sum
# of i * i over range(1_000_000), computed twice one after the other. ROUNDS repeats the
# pair so the run is long enough to time; the result does not depend on it.
ROUNDS = 3
N = 1_000_000


def work():
    total = 0
    for n in range(N):
        total += n * n
    return total


results = []
for _ in range(ROUNDS):
    first = work()
    second = work()
    results.append(first + second)
print(f"first: {first}")
print(f"second: {second}")
print("gil_classic checksum:", sum(results))
