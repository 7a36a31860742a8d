# gilvm-nogil:
# slice.indices(length): length goes through PyNumber_Index, so a non-integer gets
# "cannot be interpreted as an integer", not the slice-bound message
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
