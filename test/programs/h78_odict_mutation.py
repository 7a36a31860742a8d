# OrderedDict iteration raises as CPython's odict_iterator when the dict changes under it:
# insertions, deletions and moves ("mutated", then the iterator is done), clear()
# ("changed size", every step); a value replaced, or a move_to_end of the key already
# there, is no change. Forward and reversed, over the dict and its three views.
from collections import OrderedDict
def t(name, mut, view=lambda o: o):
    o = OrderedDict(a=1, b=2, c=3)
    try:
        for k in view(o):
            mut(o, k)
        print(name, 'ok', list(o.items()))
    except RuntimeError as e:
        print(name, 'RuntimeError', e, list(o.items()))
t('add', lambda o,k: o.__setitem__('z'+k, 0))
t('del', lambda o,k: o.__delitem__(k))
t('move', lambda o,k: o.move_to_end(k))
t('setexisting', lambda o,k: o.__setitem__(k, 9))
t('popitem', lambda o,k: o.popitem())
t('rev-del', lambda o,k: o.__delitem__(k), reversed)
t('keys-move', lambda o,k: o.move_to_end(k), lambda o: o.keys())
t('items-move', lambda o,k: o.move_to_end(k[0]), lambda o: o.items())
t('values-add', lambda o,k: o.__setitem__('q', 1), lambda o: o.values())
t('move-last-noop', lambda o,k: o.move_to_end('c'))
t('move-first-noop', lambda o,k: o.move_to_end('a', last=False))
t('clear', lambda o,k: o.clear())
t('update-existing', lambda o,k: o.update(a=5))
t('pop-readd', lambda o,k: o.__setitem__(k, o.pop(k)))
t('rev-keys-add', lambda o,k: o.__setitem__('n', 1), lambda o: reversed(o.keys()))
t('rev-items-ok', lambda o,k: None, lambda o: reversed(o.items()))
o = OrderedDict(x=1, y=2)
for k, v in o.items():
    print(k, v)
print(list(o), list(reversed(o)), list(o.values()), list(reversed(o.values())), dict(o), sorted(o), [*o], {**o})
it = iter(o)
next(it)
o['w'] = 0
for _ in range(2):
    try:
        next(it)
    except (RuntimeError, StopIteration) as e:
        print('again:', type(e).__name__, e)
it = iter(o)
o.clear()
for _ in range(2):
    try:
        next(it)
    except (RuntimeError, StopIteration) as e:
        print('cleared:', type(e).__name__, e)
try:
    o.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
