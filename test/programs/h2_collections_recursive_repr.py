# gilvm-nogil: --workers 2
# Containers of collections that hold themselves: deque shows [...], OrderedDict and
# ChainMap show ... (CPython's Py_ReprEnter / recursive_repr), defaultdict through dict's.
from collections import *
d = deque([1]); d.append(d); print(d)
d2 = deque([1], maxlen=3); d2.append([d2]); print(d2)
dd = defaultdict(list); dd['a'] = dd; print(dd)
od = OrderedDict(a=1); od['s'] = od; print(od)
od2 = OrderedDict(a=[]); od2['a'].append(od2); print(od2, repr(od2.items()))
cm = ChainMap({}); cm.maps[0]['me'] = cm; print(cm)
P = namedtuple('P','a'); l=[]; p=P(l); l.append(p); print(p)
print(deque([deque([1])]), OrderedDict(x=OrderedDict(y=1)))
