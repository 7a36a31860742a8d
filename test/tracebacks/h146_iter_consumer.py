# An exception raised inside a generator that max() consumes: the traceback shows the
# caller's line and the generator's frame, no frame of the built-in.
def g(n):
    for i in range(n):
        yield 10 // (i - 2)


print(sum(x for x in range(3)))
print(max(g(5)))
