/*
 * `threading` and `queue` (issue 5): Python source compiled at first import, on top of the
 * native core `_thread` (modules/thread.ts), as CPython's own threading.py and queue.py
 * are written on top of _thread.
 *
 * Native (in _thread, re-exported here): Lock (allocate_lock), RLock (through a factory
 * function, as CPython's threading.RLock), Condition, Semaphore,
 * BoundedSemaphore, Event: every object a `with` statement or a blocking call meets is
 * native, so BEFORE_WITH and CALL reach the blocking native directly from the thread's
 * outermost eval loop and the thread parks with retry (vm/threads.ts) instead of blocking
 * its executor. Python here: Thread (start hands the target, args and kwargs to
 * _thread._start, which builds the thread's first frame directly: no nested loop; a
 * subclass's run() is the entry instead), Timer, Barrier, local, current_thread,
 * enumerate, excepthook (called by the runner through _invoke_excepthook), and the queue
 * classes (CPython's queue.py design: one mutex, three Conditions on it).
 *
 * Condition, Semaphore, BoundedSemaphore and Event are native types that Python code may
 * subclass (modules/thread.ts); Lock and RLock are not subclassable, as in CPython.
 * Thread.start() returns once the new thread has begun running (_thread._wait_started, as
 * CPython waits on the thread's _started Event; not when start() is called inside a nested
 * call before the first thread ever ran). Differences from CPython, on purpose:
 * `local` keeps its per-thread attribute dicts (keyed by get_ident()) in a module registry
 * keyed by id(obj) (no __dict__ swapping): __getattribute__ reads this thread's dict before
 * the class (data descriptors excepted), and a subclass's __init__ is rerun with the
 * constructor's arguments on a thread's first use, as CPython's _threading_local.
 * Deprecated camelCase aliases warn through _thread._warn_deprecated; an exception in
 * excepthook is reported by _invoke_excepthook itself ("Exception in threading.excepthook").
 *
 * No module-level mutable state (the sources are constants).
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, newRef } from '../vm/refs.js';
import { claimModule, moduleInitialized } from './importer.js';
import { raiseNew } from '../vm/errors.js';
import { runFrameNested } from '../vm/call.js';
import { dictDelItem, dictGetStr, dictNew, dictSetItem } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { moduleNew } from '../objects/method.js';
import { loadCode } from '../objects/code.js';
import { compileOwnSource } from '../compiler/code-cache.js';
import { prestartForThreading } from '../vm/threads.js';
import { PySyntaxError } from '../frontend/errors.js';

const THREADING_SOURCE = `
import _thread
import _types
from _thread import get_ident, get_native_id, Condition, Semaphore, BoundedSemaphore, Event
from _thread import RLock as _CRLock
from _thread import allocate_lock as Lock
from _thread import allocate_lock as _allocate_lock
from time import monotonic as _time
import sys as _sys

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'excepthook', 'ExceptHookArgs',
           'setprofile', 'settrace', 'getprofile', 'gettrace', 'local', 'stack_size', 'get_native_id',
           'TIMEOUT_MAX']

ThreadError = _thread.error


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    return _CRLock(*args, **kwargs)

TIMEOUT_MAX = _thread.TIMEOUT_MAX
# Thread-N numbers: one atomic step (CPython's itertools.count().__next__), so threads
# creating threads without the GIL never get the same name
from _atomic import fetch_add as _fetch_add
_counter = [0]


def _newname(name_template="Thread-%d"):
    return name_template % (_fetch_add(_counter, 1) + 1)


def _noop():
    pass


class _MethodHolder:
    def method(self):
        pass


_FunctionType = type(_noop)
_MethodType = type(_MethodHolder().method)
del _MethodHolder


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._handle = None
        self._started = False
        self._interrupted_join = False
        # CPython's _make_invoke_excepthook: the hooks are checked, and threading.excepthook
        # kept, when the Thread is made (a hook set to None later falls back to it)
        if excepthook is None:
            raise RuntimeError("threading.excepthook is None")
        if _sys.excepthook is None:
            raise RuntimeError("sys.excepthook is None")
        self._old_excepthook = excepthook
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._started and not self.is_alive():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        ident = self.ident
        if ident is not None:
            status += " %s" % ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def _get_handle(self):
        # start() stores the handle once the new thread runs; the thread itself (or
        # another one) may ask before that
        h = self._handle
        if h is None and self._started:
            h = _thread._handle_of(self)
        return h

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        direct = False
        # (a run() called before start() deleted the target: the new thread's run() then
        # fails, as in CPython)
        if type(self).run is Thread.run and hasattr(self, '_target'):
            args, kwargs = self._args, self._kwargs
            if self._target is None:
                func, args, kwargs = _noop, (), None
                direct = True
            elif (type(args) is tuple or type(args) is list) and type(kwargs) is dict:
                func, args = self._target, tuple(args)
                direct = True
                if type(func) is not _FunctionType and not (type(func) is _MethodType and type(func.__func__) is _FunctionType):
                    # a built-in or other callable: called by the thread's first frame
                    # (lib/_thread_entry.py), so that a blocking built-in target (time.sleep,
                    # an Event's wait) parks the thread instead of holding its executor
                    from _thread_entry import call
                    func, args, kwargs = call, (func, args, kwargs), None
            else:
                # any other iterable or mapping is unpacked by the new thread, which
                # reports the error if it is not one, as CPython's
                func, args, kwargs = self.run, (), None
        else:
            func, args, kwargs = self.run, (), None
        if direct:
            # the new thread's frame will hold them: dropped as CPython's run() drops them
            # when the target returns (no cycle through a bound-method target)
            del self._target, self._args, self._kwargs
        # CPython's thread runs _bootstrap, _bootstrap_inner and run below the target:
        # frames gilvm's has not, counted towards the recursion limit as there
        self._handle = _thread._start(self, func, args, kwargs, self._name, self._daemonic, 3 if direct else 2)
        _thread._wait_started(self._handle)
        self._ident = _thread._ident(self._handle)
        self._native_id = _thread._native_id(self._handle)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        h = self._get_handle()
        if h is None:
            return
        try:
            if timeout is None:
                _thread._join(h, -1)
            else:
                _thread._join(h, max(timeout, 0))
        except BaseException:
            # CPython 3.11: a join interrupted (Ctrl-C) while the thread runs marks it
            # stopped, so the interpreter's exit does not wait for it
            if _thread._is_alive(h):
                _thread._abandon(h)
                self._interrupted_join = True
            raise

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._ident is None and self._started:
            h = self._get_handle()
            if h is not None:
                return _thread._ident(h)
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._native_id is None and self._started:
            h = self._get_handle()
            if h is not None:
                return _thread._native_id(h)
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if not self._started or self._interrupted_join:
            return False
        h = self._get_handle()
        if h is None:
            return True
        return _thread._is_alive(h)

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _thread._warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _thread._warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _thread._warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _thread._warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()

    def _get_handle(self):
        return _thread._main_handle()

    def is_alive(self):
        # False once its code has ended (_shutdown), as CPython's _main_thread._stop()
        if self._is_stopped:
            return False
        return Thread.is_alive(self)

    _is_stopped = False


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")  # CPython 3.11's assert False


_dummies = {}


def current_thread():
    t = _thread._current()
    if t is not None:
        return t
    ident = get_ident()
    if ident == _main_thread._ident:
        return _main_thread
    d = _dummies.get(ident)
    if d is None:
        d = _DummyThread()
        _dummies[ident] = d
    return d


def currentThread():
    _thread._warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def main_thread():
    return _main_thread


def enumerate():
    # a _DummyThread stays listed once made, as in CPython 3.11 (its _active entry is
    # never removed)
    return [_main_thread] + _thread._alive_objects() + list(_dummies.values())


def active_count():
    return len(enumerate())


def _shutdown():
    # CPython's threading._shutdown, which the main thread runs once its code has ended
    # (atexit._run_exitfuncs_in_run): the main thread counts as stopped, then every
    # non-daemon thread is waited for, those started meanwhile too; daemon threads run on
    _main_thread._is_stopped = True
    while True:
        waiting = [t for t in _thread._alive_objects() if not t.daemon]
        if not waiting:
            break
        for t in waiting:
            t.join()


def activeCount():
    _thread._warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


class _ExceptHookArgs(tuple):
    # CPython's is a struct sequence of _thread: a 4-tuple with named fields
    __module__ = '_thread'

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return f"_thread._ExceptHookArgs(exc_type={self[0]!r}, exc_value={self[1]!r}, exc_traceback={self[2]!r}, thread={self[3]!r})"


ExceptHookArgs = _ExceptHookArgs


def excepthook(args):
    if type(args) is not _ExceptHookArgs:
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    # a Thread's uncaught exception: CPython's traceback starts in threading.py's frames,
    # which this threading has not, so its header stays even for a built-in target, and
    # for a target called with wrong arguments (no frame at all here: _thread_reports)
    _thread._print_exception(args.exc_value, name, args.thread is not None and (
        args.exc_traceback is not None or id(args.exc_value) in _thread_reports))


__excepthook__ = excepthook


# ids of the exceptions _invoke_excepthook is reporting: the ends of threads' runs, whose
# tracebacks in CPython always hold threading.py's frames
_thread_reports = set()


def _invoke_excepthook(thread, exc):
    # as CPython's _make_invoke_excepthook: an exception in the hook is reported, never
    # raised to the runner
    _thread_reports.add(id(exc))
    try:
        hook = excepthook
        if hook is None:
            hook = getattr(thread, '_old_excepthook', __excepthook__)
        hook(_ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except Exception as hook_exc:
        hook_exc.__suppress_context__ = True
        sys_hook = _sys.excepthook
        if sys_hook is None or sys_hook is _sys.__excepthook__:
            _thread._print_hook_exception(hook_exc)
        else:
            # a user's sys.excepthook reports it, after CPython's header
            print("Exception in threading.excepthook:", file=_sys.stderr, flush=True)
            sys_hook(type(hook_exc), hook_exc, hook_exc.__traceback__)
    finally:
        _thread_reports.discard(id(exc))


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    # CPython 3.11's state machine: 0 filling, 1 draining, -1 resetting, -2 broken
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter() # Block while the barrier drains.
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda : self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


# A local's state (_LocalImpl) lives in the local object's own instance dict. The
# attribute dicts live in _local_threads: thread ident -> {local's key: that thread's dict}.
# The VM deletes a thread's entry as the thread ends (vm/threads.ts dropThreadLocals), as
# CPython clears a thread state's dict; a weak reference's callback drops a dead local's
# dicts from every thread (_local_refs keeps those weak references alive).
_local_threads = {}
_local_refs = {}
_LOCAL_IMPL = '_local__impl'


class _LocalImpl:
    def __init__(self, args, kw):
        self.args = args
        self.kw = kw
        self.key = object()
        self.idents = set()

    def get(self, ident):
        per = _local_threads.get(ident)
        return None if per is None else per.get(self.key)

    def register(self, ident):
        d = {}
        per = _local_threads.get(ident)
        if per is None:
            per = _local_threads[ident] = {}
        per[self.key] = d
        self.idents.add(ident)
        return d


def _local_cleanup(key, idents):
    # the tables are the closure's, not globals: the callback may run after this module's
    # globals were cleared at exit (a local in a reference cycle, freed by the final
    # collection)
    refs = _local_refs
    threads = _local_threads

    def cleanup(_ref):
        refs.pop(key, None)
        for ident in list(idents):
            per = threads.get(ident)
            if per is not None:
                per.pop(key, None)
    return cleanup


def _local_dict(self):
    # this thread's attribute dict of local object self; a thread's first use of a
    # subclass with __init__ runs __init__ again with the constructor's arguments
    impl = object.__getattribute__(self, '__dict__')[_LOCAL_IMPL]
    ident = get_ident()
    per = _local_threads.get(ident)
    d = None if per is None else per.get(impl.key)
    if d is None:
        d = impl.register(ident)
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *impl.args, **impl.kw)
    return d


def _local_data_descriptor(self, name):
    # _local's and object's own data descriptors are __class__, __dict__ and __weakref__;
    # a subclass's are looked up in each class's own namespace (_types.own: a class's
    # __dict__ is a mappingproxy made per call)
    cls = type(self)
    if cls is not _local:
        for klass in cls.__mro__:
            if klass is _local or klass is object:
                continue
            v = _types.own(klass, name, _local_threads)
            if v is not _local_threads:
                return hasattr(type(v), '__set__')
    return name == '__class__' or name == '__weakref__'


def _local_type_name(self):
    return "_thread._local" if type(self) is _local else type(self).__name__


def _local_no_attribute(self, name):
    tname = _local_type_name(self)
    return AttributeError(f"'{tname}' object has no attribute '{name}'")


class _local:
    # CPython's is _thread._local
    __module__ = '_thread'

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kw)
        impl.register(get_ident())
        object.__getattribute__(self, '__dict__')[_LOCAL_IMPL] = impl
        from weakref import ref
        _local_refs[impl.key] = ref(self, _local_cleanup(impl.key, impl.idents))
        return self

    def __getattribute__(self, name):
        # (_local_dict's common case inline: this thread has used the local before)
        per = _local_threads.get(get_ident())
        d = None if per is None else per.get(object.__getattribute__(self, '__dict__')[_LOCAL_IMPL].key)
        if d is None:
            d = _local_dict(self)
        if name == "__dict__":
            return d
        if name in d:
            # (_local_data_descriptor's answer for a plain local inline: the common case)
            if type(self) is _local:
                if name != '__class__' and name != '__weakref__':
                    return d[name]
            elif not _local_data_descriptor(self, name):
                return d[name]
        if type(self) is _local:
            try:
                return object.__getattribute__(self, name)
            except AttributeError:
                raise _local_no_attribute(self, name) from None
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"'{_local_type_name(self)}' object attribute '__dict__' is read-only")
        # (_local_dict's and _local_data_descriptor's common cases inline: this thread has
        # used the local before, and it is a plain local)
        per = _local_threads.get(get_ident())
        d = None if per is None else per.get(object.__getattribute__(self, '__dict__')[_LOCAL_IMPL].key)
        if d is None:
            d = _local_dict(self)
        if type(self) is _local:
            if name == '__class__' or name == '__weakref__':
                object.__setattr__(self, name, value)
            else:
                d[name] = value
        elif _local_data_descriptor(self, name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(f"'{_local_type_name(self)}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        if _local_data_descriptor(self, name):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise _local_no_attribute(self, name)


local = _local


# gilvm runs no tracing or profiling functions: they are kept for gettrace/getprofile only
_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


# the size new threads would get (recorded only: executors have a fixed stack), as
# CPython's threading.stack_size, which is _thread's
stack_size = _thread.stack_size


_main_thread = _MainThread()
`;

const QUEUE_SOURCE = `
import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    __module__ = '_queue'


class Full(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    # heapq's push and pop, as CPython's: items that compare equal come out in its order
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    # CPython's _queue.SimpleQueue (C) does what its pure-Python twin queue._PySimpleQueue
    # does, as here: a deque of the items and a semaphore counting them (both native)
    __module__ = '_queue'

    def __init__(self, *args, **kwargs):
        # a C type in CPython: _queue.SimpleQueue's own argument messages
        if args:
            raise TypeError("SimpleQueue() takes no positional arguments")
        if kwargs:
            raise TypeError("SimpleQueue() takes no keyword arguments")
        self._queue = deque()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._count.release()

    def put_nowait(self, item):
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if not block:
            timeout = None
        elif timeout is not None:
            # a C type in CPython: a blocking get converts its timeout to a time first
            if not isinstance(timeout, (int, float)):
                raise TypeError(f"'{type(timeout).__name__}' object cannot be interpreted as an integer")
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
`;
import { pushModuleFrame } from '../vm/call.js';

/**
 * Runs Python `source` as module `name` (registered in sys.modules before its body runs,
 * removed again if the body raises). New reference or NULL.
 */
function moduleFromSource(rt: Runtime, name: string, source: string): Ref {
  let code;
  try {
    code = compileOwnSource(source, `<gilvm ${name}>`);
  } catch (e) {
    if (e instanceof PySyntaxError) return raiseNew(rt, rt.exc.SystemError!, `built-in module ${name}: ${e.msg} (line ${e.lineno})`);
    throw e;
  }
  const codeRef = loadCode(rt, code);
  const nameRef = internJS(rt, name);
  const globals = dictNew(rt);
  // the importer makes a built-in module immortal: so is its dict (teardown clears it)
  rt.rc.makeImmortal(globals);
  dictSetItem(rt, globals, rt.names.__name__, nameRef);
  dictSetItem(rt, globals, rt.names.__doc__, rt.None);
  dictSetItem(rt, globals, rt.names.__builtins__, dictGetStr(rt, rt.modules, rt.names.builtins));
  const mod = moduleNew(rt, nameRef, globals);
  decref(rt, globals);
  // registered before the body runs (imports it makes see it), marked as initializing so
  // that other threads importing it wait for the body; a thread that registered it first
  // wins (one module for everyone)
  const first = claimModule(rt, nameRef, mod, globals);
  if (first !== NULL) {
    decref(rt, mod);
    return newRef(rt, first);
  }
  const fp = pushModuleFrame(rt, codeRef as Ref, globals, false);
  const r = runFrameNested(rt, fp);
  moduleInitialized(rt, globals);
  if (r === NULL) {
    dictDelItem(rt, rt.modules, nameRef);
    decref(rt, mod);
    return NULL;
  }
  decref(rt, r);
  return mod;
}

export function createThreadingModule(rt: Runtime): Ref {
  // the executors' workers start loading now (vm/threads.ts prestartForThreading). On the
  // import of threading, not of _thread: collections and typing import _thread (a repr's
  // recursion guard), and two workers loading beside a single-threaded program took ~0.2 s
  // of CPU each from it on 2 cores
  const mod = moduleFromSource(rt, 'threading', THREADING_SOURCE);
  if (mod !== NULL) prestartForThreading(rt);
  return mod;
}

export function createQueueModule(rt: Runtime): Ref {
  return moduleFromSource(rt, 'queue', QUEUE_SOURCE);
}
