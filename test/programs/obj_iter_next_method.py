# Calling __next__ directly on an exhausted built-in iterator raises StopIteration.
for make in (lambda: iter([1]), lambda: iter((1,)), lambda: iter("a"), lambda: iter(range(1)),
             lambda: iter({1: 2}), lambda: iter({5}), lambda: enumerate([1]), lambda: zip([1], [2])):
    it = make()
    step = it.__next__
    print(step())
    try:
        step()
    except StopIteration as e:
        print("StopIteration", e.args)
