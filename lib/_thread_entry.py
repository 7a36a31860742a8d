"""The first frame of a thread whose target is not a Python function (gilvm's own helper).

threading.Thread.start() hands a built-in or other callable target (time.sleep, an Event's
wait, a Queue's get, a class) to call() below, which is the thread's entry frame: the
target is then called by CALL_FUNCTION_EX from the thread's outermost eval loop, where a
blocking built-in parks the thread with retry (vm/threads.ts retryableCall) instead of
waiting inside a nested call that keeps its executor. Tracebacks leave this frame out, as
they do every lib/_*.py frame (CPython's threading.py frames are its own).
"""


def call(target, args, kwargs):
    return target(*args, **kwargs)
