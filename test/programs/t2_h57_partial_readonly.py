# partial_readonly (probe fixes, session 33)
from functools import partial
p = partial(max, 1)
for f in (lambda: setattr(p, 'func', min), lambda: delattr(p, 'args'), lambda: setattr(p, 'keywords', {})):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
p.extra = 5
print(p.extra, p(5), p.func, p.args, p.keywords)
class P(partial):
    pass
q = P(min, 3, key=abs)
q.note = 'x'
print(q(-5), q.note, repr(q))
import copy
print(copy.copy(p)(9), copy.deepcopy(q)(-1))
p.func = min
