# gilvm-nogil: --workers 2
# threading.excepthook from test_threading.py: args fields, custom hooks, hook raising, SystemExit in threads, __excepthook__, default report on stderr.
import threading, sys
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

t('same default', lambda: threading.excepthook is threading.__excepthook__)
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                 args.thread.name if args.thread else None, type(args).__name__))
threading.excepthook = hook
def boom(msg):
    raise ValueError(msg)
th = threading.Thread(target=boom, args=('first',), name='boomer'); th.start(); th.join()
t('hook saw', lambda: seen[-1])
t('thread survived join', lambda: th.is_alive())
th = threading.Thread(target=lambda: sys.exit(3), name='exiter'); th.start(); th.join()
t('SystemExit to hook', lambda: seen[-1][:2])
th = threading.Thread(target=lambda: (_ for _ in ()).throw(KeyError('k')), name='gen'); th.start(); th.join()
t('KeyError', lambda: seen[-1][:2])
class Custom(Exception):
    def __str__(self): return 'custom!'
th = threading.Thread(target=lambda: (_ for _ in ()).throw(Custom()), name='c'); th.start(); th.join()
t('custom str', lambda: seen[-1][:2])

# ExceptHookArgs fields
captured = []
threading.excepthook = lambda args: captured.append(args)
th = threading.Thread(target=boom, args=('fields',)); th.start(); th.join()
a = captured.pop()
t('fields', lambda: (len(a), a[0] is ValueError, a.exc_value.args, a[3] is th))
t('ExceptHookArgs type', lambda: threading.ExceptHookArgs is type(a))
def last_frame(tb):
    while tb.tb_next is not None: tb = tb.tb_next
    return tb.tb_frame.f_code.co_name
t('tb last frame', lambda: last_frame(a.exc_traceback))
del a

# a hook that raises: reported, thread still ends
def bad_hook(args):
    raise RuntimeError('hook failed')
threading.excepthook = bad_hook
th = threading.Thread(target=boom, args=('x',)); th.start(); th.join()
t('after bad hook alive', th.is_alive)

# the default hook prints "Exception in thread NAME:" and the traceback to stderr; SystemExit silently
threading.excepthook = threading.__excepthook__
th = threading.Thread(target=lambda: sys.exit('quiet'), name='quiet'); th.start(); th.join()
t('SystemExit quiet', lambda: 'ok')
# calling the default hook by hand with None thread
def manual():
    try:
        raise IndexError('manual')
    except IndexError as e:
        threading.excepthook(threading.ExceptHookArgs([IndexError, e, e.__traceback__, None]))
manual()
t('ExceptHookArgs bad len', lambda: threading.ExceptHookArgs([1, 2]))
th = threading.Thread(target=boom, args=('last words',), name='final'); th.start(); th.join()
print('main continues')
