# gilvm-nogil:
# ExitStack calls a context manager's __exit__ (enter_context, push) as a bound method,
# as CPython's: no extra frame between ExitStack.__exit__ and the __exit__ in a traceback
from contextlib import ExitStack, contextmanager

@contextmanager
def failing_teardown():
    yield
    raise OSError("teardown")

class CM:
    def __enter__(self): return self
    def __exit__(self, *exc):
        raise KeyError("cm exit")

def frames(e):
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names

for setup in [lambda s: s.enter_context(failing_teardown()), lambda s: s.enter_context(CM()), lambda s: s.push(CM())]:
    try:
        with ExitStack() as s:
            setup(s)
    except Exception as e:
        print(type(e).__name__, e, frames(e))
with ExitStack() as s:
    cm = CM()
    s.push(cm)
    s.pop_all()
print("pop_all dropped the callbacks")
