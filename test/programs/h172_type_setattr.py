# gilvm-nogil:
# object.__setattr__ / __delattr__ refuse a class (CPython's hackcheck); type.__setattr__ and
# type.__delattr__ are a class's own store.
class A: pass
for f in (lambda: object.__setattr__(A, 'x', 1), lambda: object.__delattr__(A, 'x'), lambda: object.__setattr__(int, 'x', 1),
          lambda: type.__setattr__(A, 'y', 2), lambda: type.__setattr__(int, 'y', 2), lambda: object.__setattr__(1, 'x', 1),
          lambda: type.__delattr__(A, 'y'), lambda: type.__delattr__(A, 'y'), lambda: type.__setattr__(3, 'y', 2), lambda: A.__setattr__(A(), 'z', 1)):
    try: f(); print('ok')
    except Exception as e: print(type(e).__name__, e)
print(A.__dict__.get('y'), type.__setattr__, A.__setattr__)
