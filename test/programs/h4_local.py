# gilvm-nogil: --workers 2
# threading.local from test_threading_local.py: per-thread attributes, __init__ rerun per thread, subclasses with slots/properties/args, __dict__, errors.
import threading
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

def in_thread(f):
    box = []
    def body():
        try: box.append(f())
        except BaseException as e: box.append('!! %s %s' % (type(e).__name__, e))
    th = threading.Thread(target=body); th.start(); th.join()
    return box[0]

loc = threading.local()
loc.x = 1
t('main x', lambda: loc.x)
t('thread sees x', lambda: in_thread(lambda: loc.x))
t('thread hasattr', lambda: in_thread(lambda: hasattr(loc, 'x')))
t('thread sets y', lambda: in_thread(lambda: (setattr(loc, 'y', 2), loc.y)[1]))
t('main y', lambda: hasattr(loc, 'y'))
t('dict', lambda: loc.__dict__)
t('thread dict', lambda: in_thread(lambda: loc.__dict__))
t('del', lambda: (delattr(loc, 'x'), hasattr(loc, 'x'))[1])
t('del missing', lambda: delattr(loc, 'x'))
t('getattr missing', lambda: loc.nope)
t('set __dict__', lambda: setattr(loc, '__dict__', {}))
t('del __dict__', lambda: delattr(loc, '__dict__'))
t('local args', lambda: threading.local(1))
t('local kwargs', lambda: threading.local(a=1))
t('type name', lambda: type(loc).__name__)

# many threads, each its own value
results = {}
lock = threading.Lock()
def worker(i):
    loc.v = i
    for _ in range(50):
        loc.v += 1
    with lock:
        results[i] = loc.v
ths = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for th in ths: th.start()
for th in ths: th.join()
t('per thread', lambda: sorted(results.items()))
t('main no v', lambda: hasattr(loc, 'v'))

# a subclass's __init__ runs once in each thread that touches it, with the same args
inits = []
class MyLocal(threading.local):
    color = 'class attr'
    def __init__(self, start, *, step=1):
        inits.append(threading.current_thread().name)
        self.n = start
        self.step = step
    def bump(self):
        self.n += self.step
        return self.n
    @property
    def double(self):
        return self.n * 2
ml = MyLocal(10, step=5)
t('sub main', lambda: (ml.bump(), ml.double, ml.color))
t('sub thread', lambda: in_thread(lambda: (ml.bump(), ml.bump(), ml.double)))
t('sub main again', lambda: ml.n)
t('inits', lambda: [n == 'MainThread' for n in inits])
t('set class attr per thread', lambda: in_thread(lambda: (setattr(ml, 'color', 'mine'), ml.color)[1]))
t('class attr main', lambda: ml.color)
t('property set', lambda: setattr(ml, 'double', 3))

class Slotted(threading.local):
    __slots__ = ('a', '__dict__')
    def __init__(self):
        self.a = 'slot'
        self.b = 'dict'
sl = Slotted()
t('slotted', lambda: (sl.a, sl.b))
t('slotted thread', lambda: in_thread(lambda: (sl.a, sl.b)))
sl.a = 'changed'
t('slot shared?', lambda: in_thread(lambda: sl.a))

class NoInit(threading.local):
    pass
t('subclass args no init', lambda: NoInit(1))
class Raising(threading.local):
    def __init__(self):
        if threading.current_thread() is not threading.main_thread():
            raise ValueError('no locals here')
        self.ok = True
r = Raising()
t('raising main', lambda: r.ok)
t('raising thread', lambda: in_thread(lambda: r.ok))

