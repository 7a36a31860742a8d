# gilvm: --max-heap 32m
# A program that fills the heap, catches MemoryError, prints while the heap is still full
# (its first print: stdout's buffer cannot be allocated then), drops its data and goes on:
# the freed pages serve other sizes afterwards. CPython (no limit) never raises here.
x = []
try:
    for i in range(12000):
        x.append([0] * 1000)
except MemoryError:
    pass
print("lists kept:", len(x) > 100)
x = None
y = [str(i) for i in range(50000)]
print(len(y), y[-1])
z = [[i] * 50 for i in range(20000)]
print(len(z), sum(len(r) for r in z))
