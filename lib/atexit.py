"""atexit: register functions to run when the interpreter exits, as CPython's module does.

gilvm's exit (vm/run.ts finishRun, modules/atexit-native.ts runAtexitCallbacks) calls
_run_exitfuncs() once the program has ended, before __main__ is torn down: the callbacks
run last registered first, each one's exception reported ("Exception ignored in atexit
callback: ...") and not raised. A program that started threads runs them on its main
thread while the run is still live (_run_exitfuncs_in_run). os._exit() skips them, as in
CPython.
"""
import sys as _sys
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
    # CPython's atexit_delete_cb: the slot is emptied, not removed (_ncallbacks still counts it)
    for i, h in enumerate(_exithandlers):
        if h is not None and h[0] == func:
            _exithandlers[i] = None


def _run_exitfuncs():
    # CPython's atexit_callfuncs: last registered first, from the count at the start (one
    # registered meanwhile is not called), every callback kept until all have run; then
    # atexit_cleanup lets them go in registration order (their arguments die then)
    i = len(_exithandlers) - 1
    while i >= 0:
        h = _exithandlers[i] if i < len(_exithandlers) else None
        if h is not None:
            _call_reporting(h[0], h[1], h[2])
        i -= 1
    h = None
    _clear()


def _run_exitfuncs_in_run():
    # The main thread's code has ended in a program that started threads (vm/threads.ts
    # startMainEpilogue runs this on it): CPython's Py_FinalizeEx order, threading._shutdown()
    # waits for every non-daemon thread, then the callbacks run while daemon threads still
    # run (they are abandoned only after), so a callback may signal and join one.
    threading = _sys.modules.get('threading')
    if threading is not None:
        threading._shutdown()
    _run_exitfuncs()


def _clear():
    # each registration's function, then its arguments, then its keywords (atexit_delete_cb)
    for i in range(len(_exithandlers)):
        h = _exithandlers[i]
        _exithandlers[i] = None
        if h is not None:
            func, args, kwargs = h
            del h
            del func
            del args
            del kwargs
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)
