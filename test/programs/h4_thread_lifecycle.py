# gilvm-nogil: --workers 2
# Thread lifecycle from test_threading.py: start twice, join before start, join self, daemon after start, names, idents, is_alive, Timer cancel, subclasses, enumerate.
import threading, _thread
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

th = threading.Thread(target=lambda: None)
t('join before start', th.join)
t('ident before', lambda: th.ident)
t('native_id before', lambda: th.native_id)
t('alive before', th.is_alive)
t('daemon default', lambda: th.daemon)
th.start()
t('start twice', th.start)
th.join()
t('start after join', th.start)
t('alive after', th.is_alive)
t('ident int', lambda: isinstance(th.ident, int))
t('daemon after start', lambda: setattr(th, 'daemon', True))
t('join again', lambda: th.join())
t('join timeout done', lambda: th.join(0.01))
t('join self', lambda: threading.current_thread().join())
def selfjoin():
    threading.current_thread().join()
box = []
def wrap():
    try: selfjoin()
    except RuntimeError as e: box.append(str(e))
w = threading.Thread(target=wrap); w.start(); w.join()
t('join self in thread', lambda: box)
t('main join', lambda: threading.main_thread().join())
t('main is current', lambda: threading.main_thread() is threading.current_thread())
t('main name', lambda: threading.main_thread().name)
t('main ident', lambda: threading.main_thread().ident == threading.get_ident())
t('main daemon', lambda: threading.main_thread().daemon)
t('main alive', lambda: threading.main_thread().is_alive())

# names and daemon inheritance
t('named', lambda: threading.Thread(name='worker-x').name)
t('int name', lambda: threading.Thread(name=42).name)
t('target name', lambda: threading.Thread(target=selfjoin).name.endswith('(selfjoin)'))
d = threading.Thread(daemon=True)
t('daemon kw', lambda: d.daemon)
inherit = []
def parent():
    c = threading.Thread(target=lambda: None)
    inherit.append(c.daemon)
p = threading.Thread(target=parent, daemon=True); p.start(); p.join()
t('daemon inherited', lambda: inherit)
x = threading.Thread()
x.name = 'renamed'
t('rename', lambda: x.name)
t('getName', lambda: x.getName())
t('isDaemon', lambda: x.isDaemon())
t('setDaemon', lambda: x.setDaemon(True) or x.daemon)
t('repr initial', lambda: repr(threading.Thread(name='r1')))
t('repr daemon', lambda: repr(threading.Thread(name='r2', daemon=True)))
done = threading.Thread(name='r3', target=lambda: None); done.start(); done.join()
t('repr stopped', lambda: repr(done).split(', ')[0])

# args, kwargs, subclass run, return values ignored
out = []
def f(a, b, *, c):
    out.append((a, b, c))
    return 'ignored'
th = threading.Thread(target=f, args=(1, 2), kwargs={'c': 3}); th.start(); th.join()
th = threading.Thread(target=f, args=[4, 5], kwargs={'c': 6}); th.start(); th.join()
t('args', lambda: out)
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name='Worker-%d' % n)
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * 10
ws = [Worker(i) for i in range(3)]
for w in ws: w.start()
for w in ws: w.join()
t('subclass results', lambda: [(w.name, w.result) for w in ws])
class NoInit(threading.Thread):
    def __init__(self):
        pass
t('no super init start', lambda: NoInit().start())
t('no super init repr', lambda: repr(NoInit()))
t('no super init name', lambda: NoInit().name)

# enumerate / active_count see running threads
gate = threading.Event()
ws = [threading.Thread(target=gate.wait, name='enum-%d' % i) for i in range(3)]
for w in ws: w.start()
t('active_count', lambda: threading.active_count())
t('enumerate names', lambda: sorted(x.name for x in threading.enumerate()))
t('alive', lambda: [w.is_alive() for w in ws])
gate.set()
for w in ws: w.join()
t('after count', lambda: threading.active_count())

# join with timeout on a running thread returns None, thread still alive
gate = threading.Event()
w = threading.Thread(target=gate.wait); w.start()
t('join timeout', lambda: w.join(0.01))
t('still alive', w.is_alive)
gate.set(); w.join()
t('now dead', w.is_alive)
t('join neg timeout', lambda: w.join(-1))

# Timer: cancel before it fires; a running timer fires once with args
fired = []
tm = threading.Timer(10, fired.append, args=('never',))
tm.start(); tm.cancel(); tm.join()
t('cancelled', lambda: fired)
tm = threading.Timer(0.01, fired.append, args=['yes'])
tm.start(); tm.join()
t('fired', lambda: fired)
tm.cancel()
t('cancel after', lambda: fired)
tm = threading.Timer(0, lambda **k: fired.append(k), kwargs={'a': 1})
tm.start(); tm.join()
t('kwargs', lambda: fired)
t('timer is thread', lambda: isinstance(tm, threading.Thread))
t('timer name', lambda: tm.name.startswith('Thread-'))
t('timer finished', lambda: tm.finished.is_set())

# bad targets and arguments surface in the thread, not at start
t('Thread(bad kw)', lambda: threading.Thread(bogus=1))
t('Thread(positional group)', lambda: threading.Thread(1))
t('_thread.start_new_thread bad', lambda: _thread.start_new_thread(print, 5))
t('_thread.start_new_thread kw', lambda: _thread.start_new_thread(print, (), 5))
t('_thread.start_new_thread nc', lambda: _thread.start_new_thread(5, ()))
ev = threading.Event()
_thread.start_new_thread(lambda a, b=0: (out.append(a + b), ev.set()), (1,), {'b': 41})
ev.wait(5)
t('start_new_thread ran', lambda: out[-1])
t('start_new_thread 4 args', lambda: _thread.start_new_thread(print, (), {}, 1))
t('start_new_thread 1 arg', lambda: _thread.start_new_thread(print))
t('Thread(target=5) run', lambda: threading.Thread(target=5).run())
