# gilvm-nogil:
# dict.__init__ on a dict that holds items: CPython's dict_init updates in place (keeps the
# old items, keeps pairs stored before a bad element), it does not clear first
class E(dict): pass
print(E((k, k) for k in range(3)), E(iter([(1, 2)]), z=0))
class F(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        super().__init__(extra=1)
print(F((k, k) for k in range(3)))
d = {1: 2}
try: d.__init__(1, 2)
except TypeError as e: print(e)
try: dict.__init__(d, {}, {}, x=1)
except TypeError as e: print(e)
try: d.__init__([(5, 6), [7]])
except ValueError as e: print(e)
print(d)
dict.__init__(d, {"k": "v"}, k2="v2"); print(d)
print(d.__init__())
try: dict.__init__(5)
except TypeError as e: print(e)
try: dict.__init__()
except TypeError as e: print(e)
class G(dict):
    def __init__(self):
        dict.__init__(self, [("a", 1)], b=2)
print(G(), G().__class__.__name__)
