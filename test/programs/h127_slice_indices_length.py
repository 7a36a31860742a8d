# gilvm-nogil:
# slice.indices(length): length goes through PyNumber_Index, so a non-integer gets
# "cannot be interpreted as an integer", not the slice-bound message; big lengths and bounds give exact ints
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class I:
    def __index__(self): return 4
t(lambda: slice(1, 2).indices(None))
t(lambda: slice(1, 2).indices(2.5))
t(lambda: slice(1, 2).indices('5'))
t(lambda: slice(None, None, -1).indices(I()))
t(lambda: slice(1, 2).indices(True))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice('a', 2).indices(5))
t(lambda: slice(1, 2, 2.0).indices(5))
t(lambda: slice(-2, None).indices(5))
# exact (unclamped) results for big lengths and bounds, as _PySlice_GetLongIndices
B = 10**30
for s in [slice(None), slice(None, None, -1), slice(5, -5), slice(-B, B), slice(B, -B, -1), slice(-3, None, 2), slice(None, None, B), slice(None, None, -B), slice(2, 1, 0)]:
    for n in [0, 7, B, -1, 2**53 + 1]:
        t(lambda: s.indices(n))
t(lambda: slice(B, 'x').indices(5))
t(lambda: slice(True, False, B).indices(B))
