# Descriptors with one half: __get__ and __delete__ without __set__ is a data descriptor
# (assignment fails with AttributeError: __set__); __set__ without __get__ lets the
# instance dict's value show on reads
class DelOnly:
    def __get__(self, obj, owner): return 'got'
    def __delete__(self, obj): print('deleted')
class SetOnly:
    def __set__(self, obj, v): print('set', v)
class C:
    d = DelOnly()
    s = SetOnly()
c = C()
try:
    c.d = 1
except AttributeError as e: print('AttributeError', e)
print(c.d)
del c.d
c.__dict__['d'] = 'shadow?'
print(c.d)
c.s = 5
print(type(c.s).__name__)
try:
    del c.s
except AttributeError as e: print('AttributeError', e)
c.__dict__['s'] = 'inst'
print(c.s)
for i in range(3): print(c.d, c.s)
