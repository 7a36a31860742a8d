# The report of a Thread whose target (or run) is called with wrong arguments has its
# "Traceback (most recent call last):" header, as CPython's (whose traceback holds
# threading.py's frames; they are filtered out here, gilvm has none).
import io
import sys
import threading


def work(x):
    pass


class W(threading.Thread):
    def run(self, extra):
        pass


def boom():
    1 / 0


def report(thread):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        thread.start()
        thread.join()
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    for line in text.splitlines():
        if 'threading.py' in line or line.strip() in ('self.run()', 'self._target(*self._args, **self._kwargs)'):
            continue
        if line.strip().startswith('^'):
            continue
        if line.startswith('  File "'):
            line = '  File "' + line.split('"')[1].split('/')[-1] + '"' + line.split('"', 2)[2]
        print(line)


report(threading.Thread(target=work, args=(1, 2), name='T1'))
report(threading.Thread(target=work, kwargs={'y': 1}, name='T2'))
report(W(name='T3'))
report(threading.Thread(target=len, args=(1, 2), name='T4'))
report(threading.Thread(target=boom, name='T5'))
saved = sys.stderr
sys.stderr = io.StringIO()
threading.excepthook(threading.ExceptHookArgs([ValueError, ValueError('direct'), None, threading.current_thread()]))
print(sys.stderr.getvalue().splitlines())
sys.stderr = saved
