"""concurrent.futures for gilvm (lib/concurrent.py registers this module under that name).

After CPython 3.11's concurrent/futures/_base.py and thread.py: Future (a condition-guarded
state machine: PENDING, RUNNING, CANCELLED, FINISHED; done-callbacks; waiters for
as_completed/wait), as_completed, wait, Executor.map, ThreadPoolExecutor (threads started
on demand up to max_workers, named ThreadPoolExecutor-N_M), ProcessPoolExecutor (on a
multiprocessing.Pool: each worker is its own interpreter).

Differences from CPython, because gilvm has no threading._register_atexit hook: an idle
ThreadPoolExecutor worker looks every IDLE_SECONDS whether the main thread has ended and
then ends too, so a script that never calls shutdown() still exits, after finishing every
queued item as CPython's exit handler does (while the main thread runs, idle workers stay,
as CPython's: an initializer runs once per worker). A ProcessPoolExecutor's futures complete when polled (result(), done(),
as_completed, wait drain its multiprocessing.Pool's results in the asking thread); its pool
starts on the first submit. Calls with *args are avoided where gilvm would run them in a
nested eval loop (a blocking wait there holds up thread switching): _call, Executor.map.
"""
import threading
import queue as _queue
import time as _time
from _atomic import fetch_add as _fetch_add

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor',
           'wait', 'as_completed', 'ThreadPoolExecutor', 'ProcessPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

def _log_exception(message, exc):
    # CPython logs these through the concurrent.futures LOGGER, whose records reach stderr
    # through logging's last-resort handler: the message, then the traceback
    import sys
    import _multiprocessing
    sys.stderr.write(message + '\n' + _multiprocessing.format_exception(exc))


def _log_callback_exception(future, exc):
    _log_exception(f'exception calling callback for {future!r}', exc)


_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

IDLE_SECONDS = 0.25
_main_thread = threading.main_thread()


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    __module__ = 'concurrent.futures.thread'


class BrokenProcessPool(BrokenExecutor):
    __module__ = 'concurrent.futures.process'


# ------------------------------------------------------------------ waiters

class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """Holds every future's condition: no future completes while the waiter is installed."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes."""
    if any(isinstance(f, _ProcessFuture) for f in fs):
        yield from _polled_as_completed(list(dict.fromkeys(fs)), timeout)
        return
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter, ref_collect=(fs, pending))
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


def _done_and_not_done():
    import collections
    return collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


DoneAndNotDoneFutures = _done_and_not_done()
DoneAndNotDoneFutures.__module__ = 'concurrent.futures._base'


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures to complete: a named 2-tuple of sets (done, not_done)."""
    fs = set(fs)
    if any(isinstance(f, _ProcessFuture) for f in fs):
        return _polled_wait(fs, timeout, return_when)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        not_done = fs - done
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif (return_when == FIRST_EXCEPTION) and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


# ------------------------------------------------------------------ Future

class Future:
    """Represents the result of an asynchronous computation."""

    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _log_callback_exception(self, exc)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel the future if possible: False if it is running or done."""
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Attaches fn(future), called when the future is cancelled or finishes."""
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _log_callback_exception(self, exc)

    def result(self, timeout=None):
        """The result of the call (waits up to timeout seconds); raises what the call raised."""
        try:
            with self._condition:
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                else:
                    raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception raised by the call, or None (waits up to timeout seconds)."""
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


# ------------------------------------------------------------------ executors

class Executor:
    """Base class of the executors."""

    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls run concurrently; results in order."""
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        if len(iterables) == 1:
            fs = [self.submit(fn, arg) for arg in iterables[0]]
        else:
            fs = [self.submit(fn, *args) for args in zip(*iterables)]
        if fs:
            # a switch point in the caller's own eval loop (submit above ran as a nested
            # call): gilvm's scheduler must run before list(ex.map(...)) waits nested
            _time.sleep(0.001)

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _call(fn, args, kwargs):
    # plain calls for the usual shapes: in gilvm a call with *args runs in a nested eval
    # loop, where a blocking wait (sleep, lock, join) holds up the thread switching
    if kwargs:
        return fn(*args, **kwargs)
    n = len(args)
    if n == 0:
        return fn()
    if n == 1:
        return fn(args[0])
    if n == 2:
        return fn(args[0], args[1])
    if n == 3:
        return fn(args[0], args[1], args[2])
    return fn(*args)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = _call(self.fn, self.args, self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _thread_worker(executor, slot):
    work_queue = executor._work_queue
    try:
        if executor._initializer is not None:
            try:
                executor._initializer(*executor._initargs)
            except BaseException as exc:
                # CPython: LOGGER.critical('Exception in initializer:', exc_info=True)
                _log_exception('Exception in initializer:', exc)
                executor._initializer_failed()
                return
        while True:
            try:
                work_item = work_queue.get(timeout=IDLE_SECONDS)
            except _queue.Empty:
                # idle while the main thread runs: wait on
                if _main_thread.is_alive():
                    continue
                # the main thread has ended (CPython's exit handler would shut the executor
                # down now): end this worker; the check and the bookkeeping under one
                # lock, so a submit (from another thread) sees either this worker or none
                with executor._shutdown_lock:
                    if work_queue.empty():
                        executor._worker_gone(slot)
                        slot = None
                        return
                continue
            if work_item is not None:
                work_item.run()
                del work_item
                executor._idle_semaphore.release()
                continue
            # None: shutdown; pass it on to the other workers
            work_queue.put(None)
            return
    finally:
        if slot is not None:
            with executor._shutdown_lock:
                executor._worker_gone(slot)


class ThreadPoolExecutor(Executor):
    """Runs calls in a pool of at most max_workers threads."""

    __module__ = 'concurrent.futures.thread'
    _counter = [0]

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._live = 0
        self._free_slots = []
        self._next_slot = 0
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            # a number only for an executor without a prefix, as CPython's counter
            # one atomic step: executors made by several threads at once get distinct names
            thread_name_prefix = "ThreadPoolExecutor-%d" % _fetch_add(ThreadPoolExecutor._counter, 1)
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            started = self._adjust_thread_count()
        if started:
            # a switch point here, in the caller's own eval loop: gilvm's scheduler must be
            # running before a result is awaited from a nested call (list(ex.map(...)))
            _time.sleep(0.001)
        return f

    def _adjust_thread_count(self):
        # called with _shutdown_lock held; True if a worker thread was started
        if self._idle_semaphore.acquire(timeout=0):
            return False
        if self._live >= self._max_workers:
            return False
        if self._free_slots:
            self._free_slots.sort()
            slot = self._free_slots.pop(0)
        else:
            slot = self._next_slot
            self._next_slot += 1
        t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, slot),
                             target=_thread_worker, args=(self, slot))
        t.start()
        self._threads = {w for w in self._threads if w.is_alive()}
        self._threads.add(t)
        self._live += 1
        return True

    def _worker_gone(self, slot):
        # called with _shutdown_lock held
        self._free_slots.append(slot)
        self._live -= 1
        # the idle count included the worker that ended: start afresh (at worst a new
        # thread starts where an idle one could have taken the item)
        self._idle_semaphore = threading.Semaphore(0)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except _queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stops accepting work; with wait, returns once every pending call has run."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


class _RemoteTraceback(Exception):
    """The __cause__ of an exception raised in a ProcessPoolExecutor worker: its traceback there."""

    __module__ = 'concurrent.futures.process'

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ProcessFuture(Future):
    # the future of a ProcessPoolExecutor job: completed by its pool's result handler, or by
    # polling its AsyncResult from whichever thread asks

    def __init__(self, async_result, executor):
        super().__init__()
        self._async_result = async_result
        self._executor = executor
        self._state = RUNNING
        self._completing = False

    def _arrived(self, _value):
        # the pool's result-handler thread, once the AsyncResult is done (a result that came
        # before submit stored it is taken by the next poll instead)
        if self._async_result is not None:
            self._poll(0)

    def _claim(self):
        # True for the one caller that is to complete this future
        with self._condition:
            claimed = not self._completing
            self._completing = True
        return claimed

    def _poll(self, timeout=0):
        if self._state == FINISHED:
            return True
        ar = self._async_result
        if timeout == 0:
            ready = ar.ready() or self._executor._check_broken()
        else:
            # in steps of at most 50 ms: a worker that died (os._exit, a failed initializer)
            # breaks the pool, and the futures get BrokenProcessPool instead of waiting forever
            deadline = None if timeout is None else _time.monotonic() + timeout
            while True:
                step = 0.05 if deadline is None else max(0.0, min(0.05, deadline - _time.monotonic()))
                ar.wait(step)
                if ar._done or self._executor._check_broken():
                    break
                if deadline is not None and _time.monotonic() >= deadline:
                    break
            ready = ar._done or self._state == FINISHED
        if ready and self._state != FINISHED:
            # the result handler and a waiting thread can both find the job ready: one of
            # them completes the future, the other waits until it has (set_result twice
            # would raise InvalidStateError)
            if not self._claim():
                with self._condition:
                    while self._state != FINISHED:
                        self._condition.wait()
                return True
            if ar._success:
                self.set_result(ar._value)
            else:
                exc = ar._value
                cause = exc.__cause__
                if type(cause).__name__ == 'RemoteTraceback' and type(cause).__module__ == 'multiprocessing.pool':
                    exc.__cause__ = _RemoteTraceback(cause.tb)
                self.set_exception(exc)
        return ready

    def _drain(self, timeout):
        self._async_result._pool._drain(timeout)

    def done(self):
        self._poll(0)
        return super().done()

    def result(self, timeout=None):
        self._poll(timeout)
        return super().result(0)

    def exception(self, timeout=None):
        self._poll(timeout)
        return super().exception(0)


def _polled_as_completed(fs, timeout):
    # as_completed over futures some of which complete only when polled
    end_time = None if timeout is None else _time.monotonic() + timeout
    pending = list(fs)
    total = len(pending)
    while pending:
        progressed = False
        for f in list(pending):
            if f.done():
                pending.remove(f)
                progressed = True
                yield f
        if pending and not progressed:
            if end_time is not None and _time.monotonic() >= end_time:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            polled = [f for f in pending if isinstance(f, _ProcessFuture)]
            if polled:
                polled[0]._drain(0.05)
            else:
                _time.sleep(0.005)


def _polled_wait(fs, timeout, return_when):
    end_time = None if timeout is None else _time.monotonic() + timeout
    fs = set(fs)
    while True:
        done = set(f for f in fs if f.done())
        not_done = fs - done
        if not not_done:
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f.exception() is not None for f in done):
            break
        if end_time is not None and _time.monotonic() >= end_time:
            break
        polled = [f for f in not_done if isinstance(f, _ProcessFuture)]
        if polled:
            polled[0]._drain(0.05)
        else:
            _time.sleep(0.005)
    return DoneAndNotDoneFutures(done, not_done)


def _process_initializer(initializer, initargs):
    # a worker's start (CPython's _process_worker): a failing initializer is logged and
    # ends the worker, which breaks the pool (ProcessPoolExecutor._check_broken)
    if initializer is None:
        return
    try:
        initializer(*initargs)
    except BaseException as exc:
        _log_exception('Exception in initializer:', exc)
        import os
        os._exit(1)


class ProcessPoolExecutor(Executor):
    """Runs calls in a pool of processes (each its own gilvm interpreter)."""

    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        import multiprocessing
        if max_workers is None:
            max_workers = multiprocessing.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._pool = None
        self._futures = []
        self._shutdown = False
        self._broken = False
        self._lock = threading.Lock()    # threads submit at once (run_in_executor)

    def _check_broken(self):
        # CPython's executor manager: a worker process that ended while the pool runs
        # breaks the pool; every pending future fails with BrokenProcessPool
        if self._broken:
            return True
        pool = self._pool
        if pool is None or not any(w.exitcode is not None for w in pool._pool):
            return False
        self._broken = True
        for f in self._futures:
            if f._state != FINISHED and f._claim():
                f.set_exception(BrokenProcessPool('A process in the process pool was terminated abruptly while the future was running or pending.'))
        return True

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool('A child process terminated abruptly, the process pool is not usable anymore')
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if self._pool is None:
                import multiprocessing
                # workers named as CPython's executor names them (its processes are the
                # fork context's Process: 'ForkProcess-N')
                self._pool = multiprocessing.Pool(self._max_workers, _process_initializer,
                                                  (self._initializer, self._initargs),
                                                  _worker_prefix='ForkProcess')
            pool = self._pool
        f = _ProcessFuture(None, self)
        # completed when its result arrives (the pool's result handler runs _arrived), so
        # done-callbacks run without anyone waiting on the future, as CPython's
        f._async_result = pool.apply_async(fn, args, kwargs, callback=f._arrived, error_callback=f._arrived)
        with self._lock:
            # the futures shutdown(wait=True) waits for: none lost to a concurrent submit
            self._futures = [g for g in self._futures if g._state != FINISHED]
            self._futures.append(f)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stops accepting work; with wait, returns once every pending call has finished."""
        self._shutdown = True
        if wait:
            for f in self._futures:
                f._poll(None)
        self._futures = []
        pool = self._pool
        self._pool = None
        if pool is not None and wait:
            # every job is done: end the workers, as Pool.__exit__ does (no join: shutdown
            # often runs in __exit__, where gilvm cannot wait on a process)
            pool.terminate()
