# gilvm-nogil:
# slot wrappers called with keywords name themselves ("wrapper __add__() takes no keyword
# arguments"); the sequence repeat wrappers (__mul__/__rmul__/__imul__ of str, list, tuple,
# bytes, bytearray) give wrap_indexargfunc's count message with its empty name
def f(): pass
class D:
    x = property(lambda s: 1)
for g in [lambda: f.__get__(1, type=None), lambda: D.x.__set__(D(), 1, x=2), lambda: D.x.__get__(D(), x=1), lambda: (1).__add__(x=1), lambda: (1).__pow__(2, x=1), lambda: [].__len__(x=1), lambda: D.x.__set__(D(), x=1),
          lambda: [].__mul__(1,2), lambda: (1).__mul__(1,2), lambda: b''.__rmul__(), lambda: 'a'.__rmul__(), lambda: ().__mul__(), lambda: bytearray().__mul__(), lambda: [].__imul__(), lambda: [].__add__(), lambda: 'a'.__add__(),
          lambda: "ab".__mul__(2), lambda: "ab".__rmul__(3), lambda: [1].__mul__("x"), lambda: (1.5).__rmul__(2), lambda: f.__call__(), lambda: list.__init__([], [1]), lambda: dict().__init__(a=1),
          lambda: "abc".__getitem__(1, 2), lambda: "ab".__contains__(x="a"), lambda: (3).__pow__(2, 5), lambda: (3).__rpow__(2, 5), lambda: (3).__rpow__(2, 5, 6), lambda: D.x.__delete__(D(), x=1)]:
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
