"""asyncio for gilvm: an event loop written in Python over the VM's coroutines.

One module (the importer has no packages) holding what CPython 3.11 spreads over
asyncio/{events,base_events,futures,tasks,locks,queues,timeouts,runners,threads}.py. The
algorithms are CPython's, simplified, so that the ORDER in which callbacks and tasks run
is CPython's (programs print in that order):

- The loop keeps a list of ready handles and a list of timers sorted by deadline (ties
  keep insertion order). One iteration (_run_once): wait (sleep, or block on the
  thread-safe queue when executor threads exist) until the first timer is due or a
  thread posts, move the due timers to the ready FIFO, then run exactly the handles that
  were ready at that point, as BaseEventLoop._run_once.
- A Task steps its coroutine with send()/throw(). A coroutine suspends by yielding up a
  Future (Future.__await__ yields itself, marked _asyncio_future_blocking) or None (a bare
  yield: sleep(0)). Futures schedule their done callbacks with call_soon, never run them
  inline, exactly as CPython does.
- Threads: run_in_executor/to_thread submit to a ThreadPoolExecutor (the loop's default
  one is CPython's: threads asyncio_0, asyncio_1 ..., reused while idle), whose future
  posts its result through call_soon_threadsafe into a queue.Queue the loop blocks on when
  it has nothing to do. Other executors (a process pool, whose futures complete when
  polled) are waited on by one thread per call. asyncio.run shuts the default executor
  down at the end (shutdown_default_executor), as CPython does.
- Exceptions keep CPython's module names (asyncio.exceptions.CancelledError ...) so an
  uncaught one prints as CPython prints it. asyncio.TimeoutError is the built-in
  TimeoutError (3.11).

TaskGroup raises the built-in ExceptionGroup (lib/_exceptiongroup.py; gilvm has no
except*: `except ExceptionGroup as eg` and eg.split/subgroup are the way).
Not done: streams, subprocesses, signal handlers, contextvars, debug mode,
asyncgen finalizer hooks. "Task exception was never retrieved" is reported when the task is
destroyed, as CPython (Future.__del__); "Task was destroyed but it is pending!" when the loop
closes (asyncio.run's end) or at exit for a loop never closed (CPython: when the task is
garbage collected).
"""

# CPython's Future and Task are C types (_asyncio): tracebacks show none of their frames
# gilvm: c-frames Future.* Task.* _Sleep0.*

import sys as _sys
import time as _time

__all__ = [
    'run', 'sleep', 'create_task', 'ensure_future', 'gather', 'wait', 'wait_for',
    'as_completed', 'shield', 'Task', 'Future', 'CancelledError', 'TimeoutError',
    'InvalidStateError', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull',
    'Lock', 'Event', 'Semaphore', 'BoundedSemaphore', 'Condition', 'get_event_loop',
    'get_running_loop', 'new_event_loop', 'set_event_loop', 'current_task', 'all_tasks',
    'to_thread', 'timeout', 'timeout_at', 'iscoroutine', 'iscoroutinefunction', 'isfuture',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'TaskGroup', 'Runner',
    'Timeout', 'BoundedSemaphore', 'run_coroutine_threadsafe', 'wrap_future',
    'Barrier', 'BrokenBarrierError',
]

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# ---------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    """The Future or Task was cancelled."""


CancelledError.__module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


InvalidStateError.__module__ = 'asyncio.exceptions'


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


BrokenBarrierError.__module__ = 'asyncio.exceptions'

TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


QueueEmpty.__module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


QueueFull.__module__ = 'asyncio.queues'


# ---------------------------------------------------------------- coroutine helpers

async def _sample():
    pass


_coro = _sample()
_CoroutineType = type(_coro)
_coro.close()
del _coro


def _sample_generator():
    yield


# a generator counts as a coroutine in 3.11 (types.GeneratorType is in CPython's
# coroutines._COROUTINE_TYPES: a @types.coroutine generator is awaited as one)
_coroutine_types = {_CoroutineType: True, type(_sample_generator()): True}


def iscoroutine(obj):
    """Return True if obj is a coroutine object, a generator (3.11's generator-based
    coroutines), or quacks like collections.abc.Coroutine (__await__, send, throw and
    close, as agen.aclose()'s awaitable)."""
    t = type(obj)
    known = _coroutine_types.get(t)
    if known is None:
        known = all(hasattr(t, name) for name in ('__await__', 'send', 'throw', 'close'))
        if len(_coroutine_types) < 100:
            _coroutine_types[t] = known
    return known


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`)."""
    code = getattr(func, '__code__', None)
    if code is None:
        func = getattr(func, '__func__', None)
        code = getattr(func, '__code__', None)
    flags = getattr(code, 'co_flags', None)
    if flags is not None:
        return bool(flags & 0x80)
    return getattr(func, '_is_coroutine', False) is True


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and \
        obj._asyncio_future_blocking is not None


class _Sleep0:
    """`await _SLEEP0` yields None once: the task goes round the loop (CPython's __sleep0)."""

    def __await__(self):
        yield


_SLEEP0 = _Sleep0()


def _short_repr(x, level=6):
    # reprlib.repr (what asyncio's format_helpers uses for callback arguments): strings
    # over 30 characters, ints over 40 digits and other reprs over 30 are cut in the middle,
    # containers show their first items
    if level <= 0 and isinstance(x, (tuple, list, dict, set, frozenset)) and x:
        return {tuple: '(...)', list: '[...]', dict: '{...}'}.get(type(x), '...')
    if type(x) is str:
        s = repr(x)
        limit = 30
    elif type(x) is int:
        s = repr(x)
        limit = 40
    elif type(x) in (tuple, list):
        most = 6
        items = [_short_repr(v, level - 1) for v in x[:most]]
        if len(x) > most:
            items.append('...')
        if type(x) is list:
            return '[' + ', '.join(items) + ']'
        return '(' + ', '.join(items) + (',)' if len(x) == 1 else ')')
    elif type(x) is dict:
        items = [_short_repr(k, level - 1) + ': ' + _short_repr(x[k], level - 1) for k in list(x)[:4]]
        if len(x) > 4:
            items.append('...')
        return '{' + ', '.join(items) + '}'
    else:
        try:
            s = repr(x)
        except Exception:
            return '<%s instance at %#x>' % (type(x).__name__, id(x))
        limit = 30
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def _format_args(args, kwargs):
    items = [_short_repr(a) for a in args or ()]
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(cb, args=(), kwargs=None, suffix=''):
    # CPython's format_helpers._format_callback_source: "name(args) at file:line"; a
    # task's wakeup is the C Task's "Task.task_wakeup()"
    if getattr(cb, '__name__', None) == '_wakeup' and isinstance(getattr(cb, '__self__', None), Task):
        return 'Task.task_wakeup()'
    source = cb
    while True:
        func = getattr(source, 'func', None)
        if func is None or not hasattr(source, 'keywords'):    # functools.partial
            break
        suffix = _format_args(args, kwargs) + suffix
        args, kwargs = source.args, source.keywords
        source = func
    name = getattr(source, '__qualname__', None) or getattr(source, '__name__', None) or repr(source)
    text = name + _format_args(args, kwargs) + suffix
    code = getattr(source, '__code__', None)
    if code is not None and type(source).__name__ == 'function':
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def _report(message, exc=None):
    """CPython's default exception handler, without the logging module."""
    if exc is None:
        _sys.stderr.write(message + '\n')
        return
    # the exception's traceback and chain, as logging's exc_info prints them
    import _multiprocessing
    _sys.stderr.write(message + '\n' + _multiprocessing.format_exception(exc))


# ---------------------------------------------------------------- handles and the loop

class Handle:
    """A callback registered with call_soon."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            # f(*args) runs in a nested eval loop in gilvm; direct calls run inline
            args = self._args
            n = len(args)
            if n == 0:
                self._callback()
            elif n == 1:
                self._callback(args[0])
            elif n == 2:
                self._callback(args[0], args[1])
            else:
                self._callback(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_format_callback(self._callback, self._args)}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback registered with call_later / call_at."""

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def when(self):
        return self._when

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled()
        super().cancel()


# per thread, as CPython's (a loop may run in each thread: asyncio.run in worker threads);
# key None is the main thread (_thread_key)
_running_loops = {}
_current_loops = {}
_set_called = set()
_task_counter = 0
_thread_counter = 0


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class AbstractEventLoop:
    pass


# The loops not closed yet, oldest first: at exit their failed and pending tasks are
# reported (as CPython, whose tasks report it when destroyed at exit). Registers the atexit
# hook when the first loop is made.
_unclosed_loops = []


def _track_unclosed(loop):
    if not _unclosed_loops:
        import atexit
        atexit.unregister(_report_unclosed_loops)
        atexit.register(_report_unclosed_loops)
    _unclosed_loops.append(loop)


# True once a task failed: a collection at exit then finds the failed tasks left in cycles
# (an exception escaping asyncio.run keeps them in its traceback's frames) while the
# modules are intact, as CPython's collection before it clears them; gilvm's teardown
# collects first only when __main__ holds objects with __del__ (objects/finalizer.ts)
_collect_at_exit = False


def _register_collect_at_exit():
    global _collect_at_exit
    _collect_at_exit = True
    import atexit
    atexit.register(_collect_failed_tasks)


def _collect_failed_tasks():
    import gc
    if gc.isenabled():
        gc.collect()


def _report_unclosed_loops():
    while _unclosed_loops:
        loop = _unclosed_loops.pop(0)
        if not loop._running:
            loop._report_unfinished_tasks()


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._tasks = {}
        _track_unclosed(self)
        self._threadsafe = None      # queue.Queue of handles posted by other threads
        self._threads = []           # threads waiting on other executors, joined at the end
        self._default_executor = None
        self._executor_shutdown_called = False
        self._exception_handler = None
        self._debug = False

    def __repr__(self):
        return f'<_UnixSelectorEventLoop running={self._running} closed={self._closed} debug={self._debug}>'

    # -- time and scheduling
    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        sched = self._scheduled
        lo, hi = 0, len(sched)
        while lo < hi:
            mid = (lo + hi) // 2
            if when < sched[mid]._when:
                hi = mid
            else:
                lo = mid + 1
        sched.insert(lo, timer)
        timer._scheduled = True
        return timer

    def _timer_cancelled(self):
        pass

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = Handle(callback, args, self)
        self._threadsafe_queue().put(handle)
        return handle

    def _threadsafe_queue(self):
        q = self._threadsafe
        if q is None:
            # the loop's thread and a posting thread may both get here first: one
            # dict.setdefault (atomic) picks the queue they share
            import queue
            q = self.__dict__.setdefault('_threadsafe_shared', queue.Queue())
            self._threadsafe = q
        return q

    # -- futures and tasks
    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # -- running
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        key = _thread_key()
        if _running_loops.get(key) is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loops[key] = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loops.pop(key, None)

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._scheduled = []
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        if self in _unclosed_loops:
            _unclosed_loops.remove(self)
        self._report_unfinished_tasks()

    def _report_unfinished_tasks(self):
        # CPython reports these when the task is destroyed (at the latest at exit); gilvm
        # when the loop closes (no task can finish after that), or at exit for a loop never
        # closed (_report_unclosed_loops). A failed task's exception never retrieved is
        # reported when it is destroyed, as CPython (Task.__del__)
        pending = self._tasks
        self._tasks = {}
        for task in pending:
            if not task.done():
                self.call_exception_handler({'task': task, 'message': 'Task was destroyed but it is pending!'})

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        threads = self._threads
        self._threads = []
        for t in threads:
            t.join()
        # as CPython: the executor's shutdown(wait=True) in a thread of its own (default
        # name Thread-N (_do_shutdown): later threads are numbered as CPython numbers them)
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _wait(self, timeout):
        """Waits up to timeout seconds (None: until a thread posts) for threads' handles."""
        q = self._threadsafe
        if q is None and (timeout is None and '_thread' in _sys.modules
                          or timeout is not None and timeout > 0 and 'threading' in _sys.modules):
            # nothing to run (or only timers): a thread's call_soon_threadsafe must be able
            # to wake the loop, so wait on the queue it posts to, not in time.sleep
            q = self._threadsafe_queue()
        if q is None:
            if timeout is None:
                raise RuntimeError('Event loop has nothing to run and nothing to wait for')
            if timeout > 0:
                _time.sleep(timeout)
            return
        import queue
        try:
            if timeout == 0:
                handle = q.get_nowait()
            else:
                handle = q.get(timeout=timeout)
        except queue.Empty:
            return
        self._ready.append(handle)
        while True:
            try:
                handle = q.get_nowait()
            except queue.Empty:
                return
            self._ready.append(handle)

    def _run_once(self):
        sched = self._scheduled
        while sched and sched[0]._cancelled:
            sched.pop(0)._scheduled = False
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = max(0, sched[0]._when - self.time())
        else:
            timeout = None
        self._wait(timeout)
        end_time = self.time() + 1e-09
        while sched:
            handle = sched[0]
            if handle._when >= end_time:
                break
            sched.pop(0)
            handle._scheduled = False
            self._ready.append(handle)
        # exactly the handles ready now; call_soon from them appends to the next batch
        ready = self._ready
        if ready:
            self._ready = []
            # each handle dropped once run, as CPython's popleft: a task whose last
            # reference it was is destroyed (its "never retrieved" report) before the next
            for i in range(len(ready)):
                handle = ready[i]
                ready[i] = None
                if not handle._cancelled:
                    handle._run()
                handle = None

    # -- errors
    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        # the message, then "key: repr(value)" for the rest of the context (CPython's lines)
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        _report('\n'.join(lines), context.get('exception'))

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    # -- threads
    def run_in_executor(self, executor, func, *args):
        global _thread_counter
        self._check_closed()
        import threading
        import concurrent.futures
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        self._threadsafe_queue()
        if isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            # its worker threads complete the future: the done callback posts to the loop
            return wrap_future(executor.submit(func, *args), loop=self)
        future = self.create_future()
        if executor is not None:
            # the call runs in the given executor (its workers: a pool's max_workers and
            # thread names, or other processes); this thread waits for it (a process
            # pool's futures complete when polled)
            call = func

            def func(*args):
                return executor.submit(call, *args).result()

        def work():
            try:
                result = func(*args)
            except BaseException as exc:
                self.call_soon_threadsafe(_set_state_from_thread, future, None, exc)
            else:
                self.call_soon_threadsafe(_set_state_from_thread, future, result, None)

        name = f'asyncio_{_thread_counter}'
        _thread_counter += 1
        thread = threading.Thread(target=work, name=name)
        self._threads.append(thread)
        thread.start()
        return future

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor


def _set_state_from_thread(future, result, exc):
    if future.cancelled():
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(result)


class BaseSelectorEventLoop(BaseEventLoop):
    pass


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    pass


SelectorEventLoop = _UnixSelectorEventLoop


def _asyncgen_finalizer_hook(agen):
    """Called by the VM when a suspended async generator is dropped (CPython's loop
    installs the same hook with sys.set_asyncgen_hooks): closed by a task on the running
    loop. Returns False when no loop runs (the VM then closes it at once)."""
    loop = _get_running_loop()
    if loop is None or loop._closed:
        return False
    loop.call_soon(loop.create_task, agen.aclose())
    return True


def new_event_loop():
    return _UnixSelectorEventLoop()


def _thread_key():
    # None in the main thread; other threads exist only once _thread was imported (not
    # imported here: importing it starts gilvm's thread executors)
    # (the same key whether or not threading or _thread is imported meanwhile: collections
    # imports _thread)
    _thread = _sys.modules.get('_thread')
    if _thread is None:
        return None
    ident = _thread.get_ident()
    return None if ident == _thread._get_main_thread_ident() else ident


def get_running_loop():
    loop = _running_loops.get(_thread_key())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _running_loops.get(_thread_key())


def get_event_loop():
    """The running loop, else the current one (created on first use until
    set_event_loop is called, as the default policy does in the main thread)."""
    key = _thread_key()
    loop = _running_loops.get(key)
    if loop is not None:
        return loop
    if key is None and _current_loops.get(key) is None and key not in _set_called:
        set_event_loop(new_event_loop())
    loop = _current_loops.get(key)
    if loop is None:
        name = 'MainThread' if key is None else _sys.modules['threading'].current_thread().name
        raise RuntimeError(f"There is no current event loop in thread {name!r}.")
    return loop


def set_event_loop(loop):
    key = _thread_key()
    _set_called.add(key)
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _current_loops[key] = loop


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(loop._tasks) if not t.done()}


# ---------------------------------------------------------------- futures

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """A value that will be set later; awaiting it suspends the task until then."""

    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None

    def __repr__(self):
        return f'<{type(self).__name__} {self._repr_info()}>'

    def __del__(self):
        # CPython's FutureObj_finalize: an exception never retrieved is reported when the
        # future (or task) is destroyed (a dropped one at once, a list of them last to first)
        if self._log_traceback:
            self._log_traceback = False
            self._loop.call_exception_handler({
                'message': f'{type(self).__name__} exception was never retrieved',
                'exception': self._exception,
                'future': self,
            })

    def _repr_info(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state = f'{state} exception={self._exception!r}'
            else:
                state = f'{state} result={self._result!r}'
        if self._callbacks:
            state += ' ' + _format_callbacks(self._callbacks)
        return state

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


# ---------------------------------------------------------------- tasks

def _format_callbacks(cbs):
    size = len(cbs)
    if size == 1:
        inner = _format_callback(cbs[0])
    elif size == 2:
        inner = f'{_format_callback(cbs[0])}, {_format_callback(cbs[1])}'
    else:
        inner = f'{_format_callback(cbs[0])}, <{size - 2} more>, {_format_callback(cbs[-1])}'
    return f'cb=[{inner}]'


def _format_coroutine(coro):
    # CPython's asyncio.coroutines._format_coroutine: "f() running at FILE:LINE" while the
    # coroutine can run, "f() done, defined at FILE:LINE" once it finished (gilvm's
    # coroutines give (filename, first line, current line or None) by _gilvm_location)
    cname = (getattr(coro, '__qualname__', None) or type(coro).__name__) + '()'
    location = getattr(coro, '_gilvm_location', None)
    if location is None:
        return cname
    filename, first, line = location()
    if line is not None:
        return f'{cname} running at {filename}:{line}'
    return f'{cname} done, defined at {filename}:{first}'


class Task(Future):
    """A coroutine scheduled on the loop, stepped until it returns."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            _task_counter += 1
            self._name = f'Task-{_task_counter}'
        else:
            self._name = str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks[self] = None

    def _repr_info(self):
        # CPython's base_tasks._task_repr_info: state, name, coro, wait_for, outcome, cb
        state = self._state.lower()
        if (self._must_cancel or self._num_cancels_requested) and self._state == _PENDING:
            state = 'cancelling'
        info = f"{state} name='{self._name}' coro=<{_format_coroutine(self._coro)}>"
        if self._fut_waiter is not None:
            info += f' wait_for={self._fut_waiter!r}'
        if self._state == _FINISHED:
            if self._exception is not None:
                info += f' exception={self._exception!r}'
            else:
                info += f' result={self._result!r}'
        if self._callbacks:
            info += ' ' + _format_callbacks(self._callbacks)
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_context(self):
        return None

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        loop._current_task = self
        try:
            self._step_run(exc)
        finally:
            loop._current_task = None

    def _step_run(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
            self._finished()
        except CancelledError as cancel:
            self._cancelled_exc = cancel
            Future.cancel(self)
            self._finished()
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            self._finished()
            raise
        except BaseException as error:
            # the traceback starts at the coroutine, as CPython's C step has no frame:
            # this frame (holding self) would make the task a cycle, and its "never
            # retrieved" report (__del__) wait for the collector
            error.__traceback__ = error.__traceback__.tb_next
            Future.set_exception(self, error)
            if not _collect_at_exit:
                _register_collect_at_exit()
            self._finished()
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if result._loop is not self._loop:
                    new_exc = RuntimeError(
                        f'Task {self!r} got Future {result!r} attached to a different loop')
                    self._loop.call_soon(self._step, new_exc)
                elif blocking:
                    if result is self:
                        new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                        self._loop.call_soon(self._step, new_exc)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self._wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError(
                        f'yield was used instead of yield from in task {self!r} with {result!r}')
                    self._loop.call_soon(self._step, new_exc)
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                new_exc = RuntimeError(f'Task got bad yield: {result!r}')
                self._loop.call_soon(self._step, new_exc)

    def _finished(self):
        self._loop._tasks.pop(self, None)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    # as CPython 3.11: the task is made unnamed (using up a Task-N number), then named;
    # loop.create_task(coro, name=...) and Task(coro, name=...) use up no number
    task = get_running_loop().create_task(coro)
    if name is not None:
        task.set_name(name)
    return task


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _SLEEP0
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; their results in argument order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    nfuts = 0
    nfinished = 0
    children = []
    arg_to_fut = {}
    loop = None
    outer = None

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Waits for fut with a timeout; on timeout cancels it and raises TimeoutError."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures; returns (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines whose results come in completion order."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    # a generator function, as CPython's: nothing above runs (no task made, no TypeError)
    # until the first iteration
    for _ in range(len(todo)):
        yield _wait_for_one()


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    elif source.exception() is not None:
        dest.set_exception(source.exception())
    else:
        dest.set_result(source.result())


def run_coroutine_threadsafe(coro, loop):
    """Submits coro to loop from another thread; returns a concurrent.futures.Future."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def on_task_done(task):
        if future.cancelled():
            return
        if not future.set_running_or_notify_cancel():
            return
        _copy_future_state(task, future)

    def callback():
        try:
            task = ensure_future(coro, loop=loop)
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise
        task.add_done_callback(on_task_done)

        def on_cancelled(f):
            if f.cancelled():
                loop.call_soon_threadsafe(task.cancel)
        future.add_done_callback(on_cancelled)

    loop.call_soon_threadsafe(callback)
    return future


def wrap_future(future, *, loop=None):
    """An asyncio Future following a concurrent.futures.Future (completed in any thread)."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def on_done(f):
        loop.call_soon_threadsafe(_copy_future_state, f, new_future)

    def on_new_done(f):
        if f.cancelled():
            future.cancel()

    new_future.add_done_callback(on_new_done)
    future.add_done_callback(on_done)
    return new_future


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in a separate thread; awaits its result."""
    loop = get_running_loop()

    def call():
        return func(*args, **kwargs)

    return await loop.run_in_executor(None, call)


# ---------------------------------------------------------------- timeouts

class Timeout:
    """async with asyncio.timeout(delay): cancels the block's task when the delay passes."""

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def __repr__(self):
        info = ''
        if self._state == 'active':
            info = f" when={round(self._when, 3) if self._when is not None else None}"
        return f'<Timeout [{self._state}]{info}>'

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = 'active'
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------- task groups

from _exceptiongroup import BaseExceptionGroup as _BaseExceptionGroup


class TaskGroup:
    """async with asyncio.TaskGroup() as tg: tg.create_task(...) -- all awaited at exit;
    the first failure cancels the rest (CPython 3.11's algorithm)."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            # an ExceptionGroup when every error is an Exception (BaseExceptionGroup.__new__)
            raise _BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro)   # named afterwards, as asyncio.create_task
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in list(self._tasks):
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---------------------------------------------------------------- locks

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


def _state_repr(obj, state):
    """The repr of an asyncio lock, event, condition or semaphore: `<... [state, waiters:N]>`."""
    if obj._waiters:
        state = f'{state}, waiters:{len(obj._waiters)}'
    return f'<{object.__repr__(obj)[1:-1]} [{state}]>'


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A mutex for coroutines: async with lock: ..."""

    def __repr__(self):
        return _state_repr(self, 'locked' if self._locked else 'unlocked')

    def __init__(self):
        self._waiters = None
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """A flag coroutines can wait for."""

    def __repr__(self):
        return _state_repr(self, 'set' if self._value else 'unset')

    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """wait() / notify() for coroutines sharing a Lock."""

    def __repr__(self):
        return _state_repr(self, 'locked' if self.locked() else 'unlocked')

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """At most `value` holders at a time."""

    def __repr__(self):
        return _state_repr(self, 'locked' if self.locked() else f'unlocked, value:{self._value}')

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# ---------------------------------------------------------------- queues

class Queue(_LoopBoundMixin):
    """A FIFO queue for coroutines (not thread-safe)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        # a deque, as CPython's (a list's pop(0) made a backlog O(n**2))
        from collections import deque
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class Barrier(_LoopBoundMixin):
    """asyncio.Barrier (3.11): CPython's algorithm, over a Condition; states as strings
    ('filling', 'draining', 'resetting', 'broken': CPython's _BarrierState values)."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == 'broken'


for _cls in (Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier):
    _cls.__module__ = 'asyncio.locks'


class PriorityQueue(Queue):
    """Smallest item first: a heap, as CPython's (heapq), so items that compare equal come
    out in CPython's order."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        from heapq import heappush
        heappush(self._queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self._queue)


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


for _cls in (Queue, PriorityQueue, LifoQueue):
    _cls.__module__ = 'asyncio.queues'


# ---------------------------------------------------------------- run

def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    """asyncio.Runner (3.11): a loop for several run() calls, closed at the end."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._debug = debug
        self._loop_factory = loop_factory

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def _lazy_init(self):
        if self._loop is None:
            self._loop = new_event_loop() if self._loop_factory is None else self._loop_factory()
            set_event_loop(self._loop)
            if self._debug is not None:
                self._loop.set_debug(self._debug)

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def close(self):
        loop = self._loop
        if loop is None:
            return
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()
            self._loop = None


def run(main, *, debug=None):
    """Runs coroutine main on a new event loop and returns its result."""
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if 'threading' in _sys.modules:
        # a program with threads: the default executor's module is imported now, not at the
        # first run_in_executor / to_thread, where its 30-60 ms (more under load) stalled
        # the running loop (a heartbeat task missed its beats: t2_asyncio_threads)
        import concurrent.futures
    with Runner(debug=debug) as runner:
        return runner.run(main)


# the modules CPython's classes live in (type(task) prints <class '_asyncio.Task'>)
Future.__module__ = '_asyncio'
Task.__module__ = '_asyncio'
Handle.__module__ = 'asyncio.events'
TimerHandle.__module__ = 'asyncio.events'
AbstractEventLoop.__module__ = 'asyncio.events'
BaseEventLoop.__module__ = 'asyncio.base_events'
BaseSelectorEventLoop.__module__ = 'asyncio.selector_events'
_UnixSelectorEventLoop.__module__ = 'asyncio.unix_events'
Timeout.__module__ = 'asyncio.timeouts'
TaskGroup.__module__ = 'asyncio.taskgroups'
Runner.__module__ = 'asyncio.runners'
