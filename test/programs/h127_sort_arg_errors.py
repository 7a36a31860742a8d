# gilvm-nogil:
# list.sort/sorted argument errors in CPython clinic order: too many arguments counted first
# ("takes at most 2 arguments (3 given)"), then positional ones refused; slice.indices count message
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: [3, 1].sort(1, 2, 3))
t(lambda: [3, 1].sort(1, 2))
t(lambda: [3, 1].sort(1))
t(lambda: [3, 1].sort(1, key=None))
t(lambda: [3, 1].sort(1, key=None, reverse=True))
t(lambda: [3, 1].sort(1, 2, key=None))
t(lambda: [3, 1].sort(key=None, reverse=True, x=1))
t(lambda: [3, 1].sort(x=1))
t(lambda: [3, 1].sort(x=1, key=None))
t(lambda: sorted([3, 1], 1))
t(lambda: sorted([3, 1], 1, 2))
t(lambda: sorted([3, 1], 1, 2, 3))
t(lambda: sorted([3, 1], 1, key=None, reverse=1))
t(lambda: sorted([3, 1], key=None, reverse=1, x=2))
t(lambda: sorted([3, 1], x=2))
t(lambda: sorted())
t(lambda: sorted(iterable=[1]))
t(lambda: list.sort([3, 1], 1, 2, 3))
t(lambda: slice(1, 2).indices())
t(lambda: slice(1, 2).indices(1, 2))
t(lambda: slice(1, 2).indices(x=1))
