# chainmap (probe fixes, session 33)
from collections import ChainMap
cm = ChainMap({'a': 1}, {'b': 2})
for f in [lambda: cm == 5, lambda: cm.update(z=1) or cm.maps[0], lambda: cm.setdefault('q', 4),
          lambda: cm.keys(), lambda: cm | {'w': 0}, lambda: cm.popitem(), lambda: ChainMap.fromkeys('ab', 0),
          lambda: {'x': 1} | cm, lambda: sorted(cm.items()), lambda: list(cm.values()), lambda: cm.items(),
          lambda: cm.values(), lambda: cm.keys() & {'a', 'zz'}, lambda: 'a' in cm.keys(), lambda: ('b', 2) in cm.items(),
          lambda: 2 in cm.values(), lambda: len(cm.keys()), lambda: cm == {'a': 1, 'z': 1, 'b': 2}, lambda: cm.keys() == {'a', 'b', 'z'},
          lambda: ChainMap().popitem(), lambda: cm.update([('k', 1)]) or cm.maps, lambda: hash(cm)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
cm |= {'i': 9}
print(cm)
