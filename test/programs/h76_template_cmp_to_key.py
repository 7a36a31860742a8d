# string.Template over a non-str template and cmp_to_key's argument errors, with CPython's
# messages (re's subject check; C argument parsing).
from string import Template
from functools import cmp_to_key
for t in (1, None, b'x'):
    for m in ('substitute', 'safe_substitute'):
        try:
            getattr(Template(t), m)()
        except TypeError as e:
            print('TypeError:', e)
for call in (lambda: cmp_to_key(), lambda: cmp_to_key(1, 2), lambda: cmp_to_key(mycmp=1, x=2),
             lambda: cmp_to_key(x=1), lambda: cmp_to_key(len, mycmp=len)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(sorted([3, 1, 2], key=cmp_to_key(mycmp=lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
