# repr of strs: printable ASCII is copied inside its quotes (' or " as CPython picks),
# the rest takes the general path; lists and tuples of strs and numbers format their
# items without a heap str each.
cases = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'back\\slash', 'caf\u00e9', '\x7f', ' ~', 'x' * 50, '\U0001f600', "'", '"', '\n']
for c in cases:
    print(repr(c), str([c]), repr((c, 1.5, 3)), f"{c!r}", '%r' % c)
class S(str): pass
print(repr(S('abc')), [S("it's")])
print({'k': ['v', 2.5, -7, 2**70]}, [1e300, 0.1, -0.0, float('inf'), float('nan')])
