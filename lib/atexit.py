"""atexit: register functions to run when the interpreter exits, as CPython's module does.

gilvm's exit (vm/run.ts finishRun, modules/atexit-native.ts runAtexitCallbacks) calls
_run_exitfuncs() once the program and its threads have ended, before __main__ is torn down:
the callbacks run last registered first, each one's exception reported ("Exception ignored
in atexit callback: ...") and not raised. os._exit() skips them, as in CPython.
"""
from _atexit import call_reporting as _call_reporting

_exithandlers = []


def register(func, *args, **kwargs):
    """Register func(*args, **kwargs) to be called at exit; returns func (a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func (compared with ==)."""
    _exithandlers[:] = [h for h in _exithandlers if not h[0] == func]


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        _call_reporting(func, args, kwargs)


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)
