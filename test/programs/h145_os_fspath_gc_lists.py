# gilvm-nogil:
# os.fspath (str/bytes, __fspath__, its TypeErrors), os.path.commonpath and normcase through
# it, and gc.garbage / gc.callbacks (empty lists)
import os, gc
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
class P:
    def __fspath__(self): return '/tmp/x'
class Bad:
    def __fspath__(self): return 5
t(os.fspath, 'a/b'); t(os.fspath, b'a'); t(os.fspath, P()); t(os.fspath, Bad()); t(os.fspath, 5); t(os.fspath, None)
t(os.path.commonpath, ['/usr/lib', '/usr/local/lib']); t(os.path.commonpath, ['a/b/c', 'a/b/d', 'a/./b/e']); t(os.path.commonpath, []); t(os.path.commonpath, ['/a', 'b']); t(os.path.commonpath, ['/a/b']); t(os.path.commonpath, ['a', 5]); t(os.path.commonpath, ['/', '/a']); t(os.path.commonpath, ('x//y/', 'x/y'))
t(os.path.normcase, 'A/B'); t(os.path.normcase, 3)
print(gc.garbage, gc.callbacks, type(gc.garbage))
gc.collect(); print(gc.garbage)
