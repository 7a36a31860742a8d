"""multiprocessing for gilvm: the other way around the GIL.

Each process is a separate gilvm interpreter (own heap, own GIL) on its own OS thread, made as
CPython 3.11 on Linux makes it, by fork: at Process.start() the child's heap is a copy of the
parent's (src/vm/fork.ts), so the child has every module, global and object as they were at
start(), the thread that called start() as its only thread, and runs the Process object's
_bootstrap() (the same object, at the same address in the copy: _fork_child_main). Targets are
not pickled: a lambda, a closure, a function defined under `if __name__ == '__main__':` work.
What travels between processes afterwards is pickled (Queue, Pipe, Pool tasks and results, as
in CPython): functions and classes by module + qualified name; instances as pickle does: by
their class's __reduce_ex__/__reduce__ when it defines one, else __getstate__/__setstate__,
__dict__ and __slots__. A Pool's function must therefore be a module-level one (CPython raises
the same PicklingError for a lambda). Objects whose state is shared memory (Value, Array, the
locks, Event, Barrier, the queues) refuse to be pickled, as CPython's assert_spawning: they
reach a child by inheritance only. Errors are reported where CPython reports them: Queue.put
prints a pickling error and drops the item (CPython's feeder thread), a Pool task's error is
raised by its result's get().
The native half is _multiprocessing (src/modules/_multiprocessing.ts; the child's entry is
src/vm/mp-child.ts). Names follow CPython 3.11 on Linux: 'Process-N', 'ForkPoolWorker-N',
current_process().name == 'MainProcess'.

Provides: Process, current_process, parent_process, active_children, cpu_count, Pool
(map, starmap, imap, imap_unordered, apply, apply_async, map_async, starmap_async, close,
join, terminate, context manager), AsyncResult (get, wait, ready, successful), Queue,
SimpleQueue, JoinableQueue, Pipe (Connection: send, recv, poll, close), Lock, RLock, Event,
Semaphore, BoundedSemaphore, Condition, Barrier, Value, Array, get_start_method, set_start_method,
get_context, freeze_support, TimeoutError, ProcessError.
"""
import sys
import _os
import _multiprocessing as _mp

# Import time: this module imports no Python module (os, queue and threading are compiled at
# import; `queue` is imported only to raise queue.Empty) and not _thread either (importing it
# makes gilvm pre-start its thread executors).


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# as CPython, where they are defined in multiprocessing.context (an uncaught one prints
# "multiprocessing.context.TimeoutError")
for _cls in (ProcessError, BufferTooShort, TimeoutError, AuthenticationError):
    _cls.__module__ = 'multiprocessing.context'
del _cls


class PicklingError(Exception):
    pass


PicklingError.__module__ = '_pickle'


# ------------------------------------------------------------------ pickling

def _function_type():
    return type(_function_type)


_FunctionType = _function_type()
_BuiltinType = type(len)
try:
    _ComplexType = complex
except NameError:     # a gilvm without complex
    _ComplexType = None
_MethodType = type(_function_type.__get__(0))   # a bound method (an exception's __str__ is a method-wrapper)


class _Sample:
    def method(self):
        pass


_BoundMethodType = type(_Sample().method)


def _qualified_type_name(t):
    mod = getattr(t, '__module__', 'builtins')
    name = getattr(t, '__qualname__', t.__name__)
    if mod == 'builtins' or mod is None:
        return name
    return mod + '.' + name


def _lookup(module, qualname):
    mod = sys.modules.get(module)
    if mod is None:
        mod = _mp.import_module(module)
    obj = mod
    for part in qualname.split('.'):
        obj = getattr(obj, part)
    return obj


def _reduce_global(obj):
    name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
    module = getattr(obj, '__module__', None)
    if module is None:
        module = 'builtins'
    if name is None:
        raise TypeError(f"cannot pickle {type(obj).__name__!r} object")
    if '<locals>' in name:
        raise AttributeError(f"Can't pickle local object {name!r}")
    try:
        found = _lookup(module, name)
    except Exception:
        raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module} failed") from None
    if found is not obj:
        raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module}.{name}")
    return ('g', module, name)


_DESCRIPTOR_TYPES = ('method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor',
                     'getset_descriptor', 'member_descriptor')


def _reduce(obj):
    if isinstance(obj, type) or type(obj) is _FunctionType:
        return _reduce_global(obj)
    t = type(obj)
    if t is _BuiltinType:
        # a built-in function of a module by name; a built-in method bound to an object or
        # a class ("-".join, dict.fromkeys) as getattr(its __self__, name), as CPython's
        # builtin_function_or_method.__reduce__
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner).__name__ == 'module':
            return _reduce_global(obj)
        return ('m', owner, obj.__name__)
    if t.__name__ in _DESCRIPTOR_TYPES and t.__module__ == 'builtins':
        # str.upper, int.__neg__: getattr(the class, name), as their __reduce__
        return ('m', obj.__objclass__, obj.__name__)
    if t is _BoundMethodType:
        return ('m', obj.__self__, obj.__func__.__name__)
    reducer = _custom_reducer(t)
    if reducer is not None:
        # as pickle: a class's own __reduce_ex__/__reduce__ says how to rebuild it
        rv = obj.__reduce_ex__(2) if reducer == '__reduce_ex__' else obj.__reduce__()
        if isinstance(rv, str):
            return _reduce_global(obj)
        if not isinstance(rv, tuple) or not 2 <= len(rv) <= 5:
            raise PicklingError(f"{reducer} must return a string or tuple")
        rv = rv + (None,) * (5 - len(rv))
        return ('R', rv[0], tuple(rv[1]), rv[2],
                None if rv[3] is None else list(rv[3]),
                None if rv[4] is None else list(rv[4]))
    if isinstance(obj, BaseException):
        state = getattr(obj, '__dict__', None)
        return ('e', t, obj.args, dict(state) if state else None)
    if t is range:
        return ('r', obj.start, obj.stop, obj.step)
    if t is slice:
        return ('s', obj.start, obj.stop, obj.step)
    if t is _ComplexType:
        return ('c', obj.real, obj.imag)
    if isinstance(obj, (int, float, str, complex)) and t.__module__ != 'builtins':
        # a subclass of an immutable built-in: its value (object.__reduce_ex__ passes
        # __getnewargs__'s value to cls.__new__) and its instance __dict__; no __init__
        if isinstance(obj, int):
            value = int.__int__(obj)
        elif isinstance(obj, float):
            value = float.__float__(obj)
        elif isinstance(obj, str):
            value = str.__str__(obj)
        else:
            value = complex(obj.real, obj.imag)
        state = getattr(obj, '__dict__', None)
        return ('V', t, value, dict(state) if state else None)
    for base, tag in ((dict, 'D'), (list, 'L'), (tuple, 'T'), (set, 'S'), (frozenset, 'F')):
        if isinstance(obj, base):
            # a subclass of a container (defaultdict, OrderedDict, namedtuple ...): its
            # items, and its instance __dict__
            items = dict(obj) if base is dict else base(obj) if base in (set, frozenset) else list(obj)
            state = getattr(obj, '__dict__', None)
            return (tag, t, items, dict(state) if state else None)
    getstate = None
    for klass in t.__mro__:
        if klass is object:
            break
        if '__getstate__' in klass.__dict__:
            getstate = klass.__dict__['__getstate__']
            break
    if getstate is not None:
        return ('o', t, getstate(obj))
    state = None
    try:
        state = obj.__dict__
    except AttributeError:
        pass
    if t.__module__ in ('_thread', 'threading'):
        # as CPython: what the object holds that cannot be pickled is a lock or an RLock
        held = 'RLock' if t.__name__ in ('RLock', 'Condition') else 'lock'
        raise TypeError(f"cannot pickle '_thread.{held}' object")
    slots = _slot_names(t) if t.__module__ != 'builtins' else []
    if slots:
        # as object.__getstate__ does for __slots__: (the __dict__ or None, the set slots)
        values = {}
        for name in slots:
            try:
                values[name] = getattr(obj, name)
            except AttributeError:
                pass
        return ('O', t, dict(state) if state else None, values)
    if state is None or t.__module__ == 'builtins':
        raise TypeError(f"cannot pickle {_qualified_type_name(t)!r} object")
    return ('o', t, dict(state))


def _custom_reducer(t):
    # the name of the __reduce_ex__/__reduce__ a class below the built-in types defines
    for klass in t.__mro__:
        if klass.__module__ == 'builtins':
            return None
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return '__reduce_ex__'
        if '__reduce__' in d:
            return '__reduce__'
    return None


def _slot_names(cls):
    # copy's (the same rule as copyreg._slotnames), imported on first use
    from copy import _slot_names as names_of
    return names_of(cls)


def _set_state(obj, state):
    setstate = getattr(obj, '__setstate__', None)
    if setstate is not None and '__setstate__' in _class_attrs(type(obj)):
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        obj.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(obj, name, value)


def _rebuild(t):
    tag = t[0]
    if tag == 'g':
        return _lookup(t[1], t[2])
    if tag == 'm':
        return getattr(t[1], t[2])
    if tag == 'e':
        exc = t[1](*t[2])
        if t[3]:
            exc.__dict__.update(t[3])
        return exc
    if tag == 'r':
        return range(t[1], t[2], t[3])
    if tag == 's':
        return slice(t[1], t[2], t[3])
    if tag == 'c':
        return complex(t[1], t[2])
    if tag == 'R':
        obj = t[1](*t[2])
        if t[3] is not None:
            _set_state(obj, t[3])
        if t[4] is not None:
            for item in t[4]:
                obj.append(item)
        if t[5] is not None:
            for key, value in t[5]:
                obj[key] = value
        return obj
    if tag == 'V':
        obj = t[1].__new__(t[1], t[2])
        if t[3]:
            obj.__dict__.update(t[3])
        return obj
    if tag in ('T', 'F'):
        base = tuple if tag == 'T' else frozenset
        obj = base.__new__(t[1], t[2])
        if t[3]:
            obj.__dict__.update(t[3])
        return obj
    if tag in ('D', 'L', 'S'):
        cls = t[1]
        obj = cls.__new__(cls)
        if t[3]:
            obj.__dict__.update(t[3])
        if tag == 'D':
            dict.update(obj, t[2])
        elif tag == 'L':
            list.extend(obj, t[2])
        else:
            set.update(obj, t[2])
        return obj
    if tag in ('o', 'O'):
        obj = t[1].__new__(t[1])
        _fill(obj, t)
        return obj
    if tag == 'n':
        # an instance's first half (_multiprocessing's Tag.INST): made, not filled yet, as
        # its state may refer to it
        return t[1].__new__(t[1])
    if tag == 'st':
        _fill(t[1], t[2])      # the second half: ('o' or 'O' reduction)
        return None
    raise ValueError('corrupt multiprocessing message')


def _fill(obj, t):
    # sets an instance's state from its ('o', cls, state) or ('O', cls, dict, slots) reduction
    if t[0] == 'O':
        if t[2]:
            obj.__dict__.update(t[2])
        for name, value in t[3].items():
            object.__setattr__(obj, name, value)
        return
    setstate = getattr(obj, '__setstate__', None)
    if setstate is not None and '__setstate__' in _class_attrs(type(obj)):
        setstate(t[2])
    else:
        obj.__dict__.update(t[2])


def _class_attrs(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is object:
            break
        names.update(klass.__dict__)
    return names


def _dumps(obj):
    return _mp.dumps(obj, _reduce)


def _loads(data):
    return _mp.loads(data, _rebuild)


# ------------------------------------------------------------------ processes

_process_counter = [0]
_children = set()


def _next_identity():
    _process_counter[0] += 1
    return _current_process._identity + (_process_counter[0],)


class BaseProcess:
    pass


class Process(BaseProcess):
    """A process running target(*args, **kwargs) in a separate interpreter."""

    _start_method = None   # as CPython's multiprocessing.Process (the context's method: fork)

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        self._identity = _next_identity()
        self._config = {}
        self._parent_pid = _os.getpid()
        self._parent_name = _current_process.name
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = _current_process.daemon if daemon is None else bool(daemon)
        self._record = None
        self._pid = None
        self._exitcode = None
        self._closed = False

    def __getstate__(self):
        state = dict(self.__dict__)
        state['_record'] = None
        state['_exitcode'] = None
        return state

    def run(self):
        if self._target:
            # plain calls for the usual shapes: a call with *args runs in a nested eval loop
            # in gilvm, where a target that starts threads could not switch to them
            args = self._args
            if self._kwargs or len(args) > 4:
                self._target(*args, **self._kwargs)
            elif len(args) == 0:
                self._target()
            elif len(args) == 1:
                self._target(args[0])
            elif len(args) == 2:
                self._target(args[0], args[1])
            elif len(args) == 3:
                self._target(args[0], args[1], args[2])
            else:
                self._target(args[0], args[1], args[2], args[3])

    def start(self):
        self._check_closed()
        assert self._record is None, 'cannot start a process twice'
        assert self._parent_pid == _os.getpid(), 'can only start a process object created by current process'
        assert not _current_process.daemon, 'daemonic processes are not allowed to have children'
        # fork: the child is a copy of this interpreter now; it runs self._bootstrap(). Its
        # copies of the open Pipe ends count as write ends until it closes them or ends.
        inherited = list(_open_connections)
        for conn in inherited:
            _mp.word_add(conn._writers, 1)
        try:
            self._record, self._pid = _mp.start(self, self._daemonic)
        except BaseException:
            for conn in inherited:
                _mp.word_add(conn._writers, -1)
            raise
        _children.add(self)

    def terminate(self):
        self._check_closed()
        if self._record is not None and _mp.exitcode(self._record) is None:
            _mp.terminate(self._record, 15)

    def kill(self):
        # SIGKILL: exitcode -9 (terminate() is SIGTERM, -15)
        self._check_closed()
        if self._record is not None and _mp.exitcode(self._record) is None:
            _mp.terminate(self._record, 9)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == _os.getpid(), 'can only join a child process'
        assert self._record is not None, 'can only join a started process'
        code = _mp.join(self._record, timeout)
        if code is not None:
            self._exitcode = code
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        if self._record is None:
            return False
        code = _mp.exitcode(self._record)
        if code is None:
            return True
        self._exitcode = code
        _children.discard(self)
        return False

    def close(self):
        if self._record is not None and _mp.exitcode(self._record) is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError('process object is closed')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._record is None, 'process has already started'
        self._daemonic = bool(daemonic)

    @property
    def exitcode(self):
        self._check_closed()
        if self._record is None:
            return None
        if self._exitcode is None:
            self._exitcode = _mp.exitcode(self._record)
        return self._exitcode

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return _os.getpid()
        return self._pid

    pid = ident

    @property
    def authkey(self):
        return b''

    @property
    def sentinel(self):
        return self._record

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != _os.getpid():
            status = 'unknown'
        elif self._record is None:
            status = 'initial'
        else:
            exitcode = _mp.exitcode(self._record)
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._record is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        global _current_process, _process_counter
        _current_process = self
        _process_counter = [0]
        _children.clear()
        # no event loop runs in the new process (CPython's asyncio ties the running loop to
        # the pid): asyncio.run() in a child started from inside a coroutine works
        aio = sys.modules.get('asyncio')
        if aio is not None:
            aio._running_loops.clear()
        # the global random generator is reseeded, as CPython's
        # os.register_at_fork(after_in_child=random._inst.seed): each child (and Pool
        # worker) draws its own numbers, not a copy of the parent's stream
        rnd = sys.modules.get('random')
        if rnd is not None:
            rnd.seed()
        try:
            self.run()
            exitcode = 0
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            _mp.print_process_exception(self.name, e)
        # as CPython's exit handler: daemonic children are terminated first, then the
        # others joined
        for child in list(_children):
            if child.daemon:
                child.terminate()
        for child in list(_children):
            if not child.daemon:
                child.join()
        # the child's ends of Pipes close with it, as its file descriptors do
        for conn in list(_open_connections):
            conn.close()
        return exitcode


class _MainProcess(Process):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._daemonic = False
        self._config = {}
        self._record = None
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._target = None
        self._args = ()
        self._kwargs = {}

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current_process = _MainProcess()
_parent_process = None


def current_process():
    return _current_process


def parent_process():
    return _parent_process


class _ParentProcess:
    def __init__(self, name, pid):
        self.name = name
        self.pid = pid
        self.ident = pid
        self.daemon = False

    def is_alive(self):
        return True

    def __repr__(self):
        return f"<_ParentProcess name={self.name!r} parent=None unknown>"


def active_children():
    for p in list(_children):
        p.is_alive()
    return list(_children)


def cpu_count():
    n = _os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def _fork_child_main():
    # a forked child's first Python code (src/vm/mp-child.ts): the Process object whose
    # start() forked it is the same object here
    global _parent_process
    proc = _mp.forked_process()
    _parent_process = _ParentProcess(proc._parent_name, proc._parent_pid)
    code = proc._bootstrap()
    _mp.flush()
    sys.exit(code)


# The start method as CPython's DefaultContext keeps it: None until set_start_method, or
# until get_start_method() fixes the default ('fork' on Linux). Every method starts a
# child as 'fork' does here (a copy of the parent's heap): a 'spawn' child does not re-run
# the main module's top level, and sees the parent's globals as they were at start().
_actual_start_method = None
_START_METHODS = ('fork', 'spawn', 'forkserver')


def get_start_method(allow_none=False):
    global _actual_start_method
    if _actual_start_method is None:
        if allow_none:
            return None
        _actual_start_method = 'fork'
    return _actual_start_method


def set_start_method(method, force=False):
    global _actual_start_method
    if _actual_start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is None and force:
        _actual_start_method = None
        return
    if method not in _START_METHODS:
        raise ValueError(f'cannot find context for {method!r}')
    _actual_start_method = method


def get_all_start_methods():
    return list(_START_METHODS)


def freeze_support():
    pass


class _Context:
    def __init__(self, method):
        self._method = method

    def get_start_method(self, allow_none=False):
        return self._method

    def __getattr__(self, name):
        return globals()[name]


# one context object per start method, of CPython's class for it (type(get_context('spawn'))
# is multiprocessing.context.SpawnContext); all of them start processes gilvm's one way
class ForkContext(_Context):
    pass


class SpawnContext(_Context):
    pass


class ForkServerContext(_Context):
    pass


for _cls in (ForkContext, SpawnContext, ForkServerContext):
    _cls.__module__ = 'multiprocessing.context'
del _cls
_CONTEXTS = {'fork': ForkContext('fork'), 'spawn': SpawnContext('spawn'),
             'forkserver': ForkServerContext('forkserver')}


def get_context(method=None):
    if method is None:
        return _CONTEXTS[get_start_method()]
    if method not in _START_METHODS:
        raise ValueError(f'cannot find context for {method!r}')
    return _CONTEXTS[method]


# ------------------------------------------------------------------ queues and pipes

def _refuse_pickling(self):
    # CPython's context.assert_spawning: an object whose state lives in shared memory (a
    # Queue, a lock, a Value) reaches another process by inheritance only (a Process's
    # args, a Pool's initargs), never pickled (a Pool task's argument, a Queue item)
    raise RuntimeError(f'{type(self).__name__} objects should only be shared between processes through inheritance')


def _refuse_pickling_as_condition(self):
    # Event and Barrier: CPython pickles their Condition first, which refuses
    raise RuntimeError('Condition objects should only be shared between processes through inheritance')


class Queue:
    """A FIFO between processes: objects are pickled into the shared arena."""

    def __init__(self, maxsize=0):
        self._channel = _mp.chan_new()
        self._maxsize = maxsize
        self._closed = False

    # CPython's Queue pickles in a feeder thread, which prints a pickling error and drops
    # the item (put itself returns); its SimpleQueue pickles in put, which raises
    _pickles_in_feeder = True

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f'Queue {self!r} is closed')
        try:
            data = _dumps(obj)
        except Exception as e:
            if not self._pickles_in_feeder:
                raise
            sys.excepthook(type(e), e, e.__traceback__)
            return
        if self._maxsize > 0:
            if not block:
                timeout = 0
            if not _mp.chan_wait_room(self._channel, self._maxsize, timeout):
                import queue
                raise queue.Full
        _mp.chan_put(self._channel, data)

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f'Queue {self!r} is closed')
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        data = _mp.chan_get(self._channel, timeout)
        if data is None:
            import queue
            raise queue.Empty
        return _loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _mp.chan_count(self._channel)

    def empty(self):
        return _mp.chan_count(self._channel) == 0

    def full(self):
        return self._maxsize > 0 and _mp.chan_count(self._channel) >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass

    __reduce__ = _refuse_pickling


class SimpleQueue(Queue):
    _pickles_in_feeder = False

    def close(self):
        pass


class JoinableQueue(Queue):
    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = Value('i', 0)
        self._all_done = Event()
        self._all_done.set()

    def put(self, obj, block=True, timeout=None):
        with self._unfinished.get_lock():
            self._unfinished.value += 1
            self._all_done.clear()
        Queue.put(self, obj, block, timeout)

    def task_done(self):
        with self._unfinished.get_lock():
            if self._unfinished.value <= 0:
                raise ValueError('task_done() called too many times')
            self._unfinished.value -= 1
            if self._unfinished.value == 0:
                self._all_done.set()

    def join(self):
        self._all_done.wait()


class Connection:
    """One end of a Pipe.

    End of file as a pipe's: every write end of a channel (this end's copies in every
    process, counted in a shared word, _writers) adds one; close(), a dropped Connection and
    the end of a child process that still held one take it away. recv() on an empty channel
    whose count is 0 raises EOFError, and poll() answers True there. A child made by
    Process.start() holds a copy of every open end (_open_connections), as a forked child
    inherits the pipe's file descriptors. (A child killed by terminate() keeps its copies
    counted: its ends never close.)"""

    _writers = None        # the shared word counting the open write ends of _write's channel
    _read_writers = None   # that word of _read's channel (None: no end of file)

    def __init__(self, read_channel, write_channel, writers=None, read_writers=None):
        self._read = read_channel
        self._write = write_channel
        self._closed = False
        self._writers = writers
        self._read_writers = read_writers
        if writers is not None:
            _open_connections.add(self)

    def _check(self, reading):
        if self._closed:
            raise OSError('handle is closed')
        if reading and self._read is None:
            raise OSError('connection is write-only')
        if not reading and self._write is None:
            raise OSError('connection is read-only')

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._read is not None

    @property
    def writable(self):
        return self._write is not None

    def send(self, obj):
        self._check(False)
        _mp.chan_put(self._write, _dumps(obj))

    def _take(self):
        data = _mp.chan_get(self._read, None, self._read_writers)
        if data is False:
            raise EOFError
        return data

    def recv(self):
        self._check(True)
        return _loads(self._take())

    def send_bytes(self, buf, offset=0, size=None):
        self._check(False)
        data = bytes(buf)
        if size is None:
            size = len(data) - offset
        _mp.chan_put(self._write, _dumps(data[offset:offset + size]))

    def recv_bytes(self, maxlength=None):
        self._check(True)
        return _loads(self._take())

    def recv_bytes_into(self, buf, offset=0):
        # into a writable buffer (a bytearray), as CPython's: the message's size; a message
        # larger than the room after offset raises BufferTooShort holding the message
        self._check(True)
        if offset < 0:
            raise ValueError("negative offset")
        if offset > len(buf):
            raise ValueError("offset too large")
        data = _loads(self._take())
        n = len(data)
        if n > len(buf) - offset:
            raise BufferTooShort(data)
        buf[offset:offset + n] = data
        return n

    def _at_eof(self):
        return self._read_writers is not None and _mp.word_add(self._read_writers, 0) <= 0

    def poll(self, timeout=0.0):
        self._check(True)
        if _mp.chan_count(self._read) > 0 or self._at_eof():
            return True
        if timeout == 0:
            return False
        # wait for a message without taking it: take it and put it back in front is not
        # possible, so poll by short waits on the count
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while _mp.chan_count(self._read) == 0 and not self._at_eof():
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(0.001)
        return True

    def close(self):
        if not self._closed:
            self._closed = True
            if self._writers is not None:
                _open_connections.discard(self)
                _mp.word_add(self._writers, -1)

    def __del__(self):
        self.close()

    def fileno(self):
        return self._read if self._read is not None else self._write

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getstate__(self):
        return {'_read': self._read, '_write': self._write, '_closed': False}


class _OpenConnections:
    # the Connections of this process whose write end is open (see Connection), held by
    # weak references (a dropped one closes: __del__); weakref is imported by the first Pipe

    def __init__(self):
        self._refs = {}

    def add(self, conn):
        from weakref import ref
        self._refs[id(conn)] = ref(conn)

    def discard(self, conn):
        self._refs.pop(id(conn), None)

    def __iter__(self):
        for ref in list(self._refs.values()):
            conn = ref()
            if conn is not None:
                yield conn


_open_connections = _OpenConnections()


def _new_writers_word():
    addr = _mp.shm_new(8)
    _mp.word_add(addr, 1)
    return addr


def Pipe(duplex=True):
    a = _mp.chan_new()
    wa = _new_writers_word()
    if duplex:
        b = _mp.chan_new()
        wb = _new_writers_word()
        return Connection(a, b, wb, wa), Connection(b, a, wa, wb)
    return Connection(a, None, None, wa), Connection(None, a, wa, None)


# ------------------------------------------------------------------ synchronization

class Lock:
    """A lock shared between processes (a word in the arena)."""

    def __init__(self):
        self._addr = _mp.shm_new(8)

    def acquire(self, block=True, timeout=None):
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = 0
        return _mp.lock_acquire(self._addr, timeout)

    def release(self):
        if not _mp.lock_release(self._addr):
            raise ValueError('semaphore or lock released too many times')

    def __enter__(self):
        return _mp.lock_acquire(self._addr, None)

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('SomeOtherProcess' if _mp.shm_get(self._addr, 'i', 0) else 'None')

    __reduce__ = _refuse_pickling


class RLock:
    """A reentrant lock shared between processes: owner (pid, thread) and count in the arena."""

    def __init__(self):
        self._lock = Lock()
        self._state = _mp.shm_new(16)

    def _me(self):
        return _mp.owner_id()

    def acquire(self, block=True, timeout=None):
        me = self._me()
        if _mp.shm_get(self._state, 'q', 0) == me:
            _mp.shm_set(self._state, 'i', 2, _mp.shm_get(self._state, 'i', 2) + 1)
            return True
        if not self._lock.acquire(block, timeout):
            return False
        _mp.shm_set(self._state, 'q', 0, me)
        _mp.shm_set(self._state, 'i', 2, 1)
        return True

    def release(self):
        if _mp.shm_get(self._state, 'q', 0) != self._me():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        n = _mp.shm_get(self._state, 'i', 2) - 1
        _mp.shm_set(self._state, 'i', 2, n)
        if n == 0:
            _mp.shm_set(self._state, 'q', 0, 0)
            self._lock.release()

    def __enter__(self):
        me = self._me()
        if _mp.shm_get(self._state, 'q', 0) == me:
            _mp.shm_set(self._state, 'i', 2, _mp.shm_get(self._state, 'i', 2) + 1)
            return True
        self._lock.__enter__()
        _mp.shm_set(self._state, 'q', 0, me)
        _mp.shm_set(self._state, 'i', 2, 1)
        return True

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        owner = _mp.shm_get(self._state, 'q', 0)
        if owner == self._me():
            import threading
            name = current_process().name
            if threading.current_thread().name != 'MainThread':
                name += '|' + threading.current_thread().name
            return '<RLock(%s, %d)>' % (name, _mp.shm_get(self._state, 'i', 2))
        if owner == 0:
            return '<RLock(None, 0)>'
        other = 'SomeOtherThread' if owner // 2 ** 31 == _os.getpid() else 'SomeOtherProcess'
        return '<RLock(%s, nonzero)>' % other

    __reduce__ = _refuse_pickling


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._lock = Lock()
        self._value = _mp.shm_new(8)
        _mp.shm_set(self._value, 'i', 0, value)
        self._initial = value

    def acquire(self, block=True, timeout=None):
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self._lock:
                v = _mp.shm_get(self._value, 'i', 0)
                if v > 0:
                    _mp.shm_set(self._value, 'i', 0, v - 1)
                    return True
            if not block or (deadline is not None and time.monotonic() >= deadline):
                return False
            time.sleep(0.001)

    def release(self):
        with self._lock:
            _mp.shm_set(self._value, 'i', 0, _mp.shm_get(self._value, 'i', 0) + 1)

    def get_value(self):
        return _mp.shm_get(self._value, 'i', 0)

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self.get_value())

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    __reduce__ = _refuse_pickling


class BoundedSemaphore(Semaphore):
    def release(self):
        with self._lock:
            v = _mp.shm_get(self._value, 'i', 0)
            if v >= self._initial:
                raise ValueError('semaphore or lock released too many times')
            _mp.shm_set(self._value, 'i', 0, v + 1)

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self.get_value(), self._initial)


class Event:
    def __init__(self):
        self._flag = _mp.shm_new(8)

    def is_set(self):
        return _mp.shm_get(self._flag, 'i', 0) != 0

    def set(self):
        _mp.shm_set(self._flag, 'i', 0, 1)

    def clear(self):
        _mp.shm_set(self._flag, 'i', 0, 0)

    def wait(self, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        return _mp.wait_word(self._flag, timeout)

    def __repr__(self):
        return f"<{type(self).__qualname__} at {id(self):#x} {'set' if self.is_set() else 'unset'}>"

    __reduce__ = _refuse_pickling_as_condition


class Condition:
    """A condition variable shared between processes, as CPython's multiprocessing.synchronize
    builds it: a lock (an RLock by default) and three semaphores counting the sleepers, the
    woken and the wake-ups (a notifier waits until the sleepers it woke have woken)."""

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def release(self):
        self._lock.release()

    def _owned_count(self):
        # how many times this thread holds the lock (a plain Lock: once; its owner is not kept)
        lock = self._lock
        if isinstance(lock, RLock):
            if _mp.shm_get(lock._state, 'q', 0) != lock._me():
                return 0
            return _mp.shm_get(lock._state, 'i', 2)
        return 1

    def wait(self, timeout=None):
        count = self._owned_count()
        if not count:
            raise AssertionError('must acquire() condition before using wait()')
        self._sleeping_count.release()          # this thread is going to sleep
        for _ in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()         # this thread has woken
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        if not self._owned_count():
            raise AssertionError('lock is not owned')
        # the sleepers that timed out since the last notify are not sleeping any more
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()      # wake up one sleeper
            sleepers += 1
        if sleepers:
            for _ in range(sleepers):
                self._woken_count.acquire()     # wait for a sleeper to wake
            while self._wait_semaphore.acquire(False):
                pass                            # rezero: some waits may have timed out

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result

    def __repr__(self):
        return '<Condition(%r, %d)>' % (self._lock, self._sleeping_count.get_value() - self._woken_count.get_value())

    __reduce__ = _refuse_pickling


class Barrier:
    """threading.Barrier's algorithm over a Condition and a state word shared between
    processes (CPython's multiprocessing.synchronize.Barrier). Raises
    threading.BrokenBarrierError.

    CPython's subclasses threading.Barrier; this one repeats its methods instead: a
    subclass would make this module import threading (and with it _thread, which starts
    the thread executors) in every process at start-up, which the module avoids (see the
    imports above), and a child would need threading before it could unpickle one."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition()
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._array = _mp.shm_new(8)     # [state, count]; state 0 filling, 1 draining,
                                         # -1 resetting, -2 broken

    @property
    def _state(self):
        return _mp.shm_get(self._array, 'i', 0)

    @_state.setter
    def _state(self, value):
        _mp.shm_set(self._array, 'i', 0, value)

    @property
    def _count(self):
        return _mp.shm_get(self._array, 'i', 1)

    @_count.setter
    def _count(self, value):
        _mp.shm_set(self._array, 'i', 1, value)

    def _broken_error(self):
        import threading
        return threading.BrokenBarrierError()

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()                # block while the barrier drains
            index = self._count
            self._count = index + 1
            try:
                if index + 1 == self._parties:
                    self._release()      # the last one in releases the others
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count = self._count - 1
                self._exit()             # wake the threads waiting for it to drain

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise self._broken_error()

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
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise self._broken_error()
        if self._state < 0:
            raise self._broken_error()

    def _exit(self):
        if self._count == 0 and self._state in (-1, 1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (0, -2):
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
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>'
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: waiters={self.n_waiting}/{self.parties}>'

    __reduce__ = _refuse_pickling_as_condition


# ------------------------------------------------------------------ shared memory

# the ctypes type each typecode stands for, by its name on 64-bit Linux (where c_longlong
# is c_long and c_ulonglong is c_ulong, so 'q' prints as c_long)
_TYPECODE_NAMES = {'c': 'c_char', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int',
                   'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_long',
                   'Q': 'c_ulong', 'f': 'c_float', 'd': 'c_double'}


def _typecode(typecode_or_type):
    if typecode_or_type not in _TYPECODE_NAMES:
        raise TypeError(f'unsupported typecode {typecode_or_type!r} (gilvm: c b B h H i I l L q Q f d)')
    return typecode_or_type


class _ValueStorage:
    """One number in shared memory (_addr, _typecode): Value's and RawValue's data side."""

    def _store(self, typecode, value):
        self._typecode = typecode
        self._addr = _mp.shm_new(8)
        _mp.shm_set(self._addr, typecode, 0, value)

    @property
    def value(self):
        return _mp.shm_get(self._addr, self._typecode, 0)

    @value.setter
    def value(self, v):
        _mp.shm_set(self._addr, self._typecode, 0, v)


def _slice_assignment(i, length, v):
    """The (index, value) pairs of `array[i] = v` for slice i over a fixed-size shared array:
    as many values as the slice has places (ctypes' rule, its ValueError otherwise)."""
    idx = range(*i.indices(length))
    vals = list(v)
    if len(vals) != len(idx):
        raise ValueError('Can only assign sequence of same size')
    return zip(idx, vals)


class _ArrayStorage:
    """A fixed-size array in shared memory (_addr, _typecode, _length): Array's and RawArray's
    data side."""

    def _store(self, typecode, size_or_initializer):
        self._typecode = typecode
        if isinstance(size_or_initializer, int):
            items = None
            n = size_or_initializer
        else:
            items = list(size_or_initializer)
            n = len(items)
        self._length = n
        self._addr = _mp.shm_new(max(8, n * _mp.itemsize(typecode)))
        if items is not None:
            for i, v in enumerate(items):
                _mp.shm_set(self._addr, typecode, i, v)

    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [_mp.shm_get(self._addr, self._typecode, k) for k in range(*i.indices(self._length))]
        return _mp.shm_get(self._addr, self._typecode, self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            for k, x in _slice_assignment(i, self._length, v):
                _mp.shm_set(self._addr, self._typecode, k, x)
            return
        _mp.shm_set(self._addr, self._typecode, self._index(i), v)

    def __iter__(self):
        for k in range(self._length):
            yield _mp.shm_get(self._addr, self._typecode, k)


def _char_code(v):
    # what ctypes' c_char accepts: a one-byte bytes or bytearray, or an int
    if isinstance(v, (bytes, bytearray)) and len(v) == 1:
        return v[0]
    if isinstance(v, int):
        return v
    raise TypeError('one character bytes, bytearray or integer expected')


class _CharValue:
    """Value('c') / RawValue('c'): one c_char, a one-byte bytes object (stored as 'B').
    A mixin before _ValueStorage, so numeric Values' .value stays the plain property."""

    def _store(self, typecode, value):
        self._typecode = typecode
        self._addr = _mp.shm_new(8)
        _mp.shm_set(self._addr, 'B', 0, _char_code(value))

    @property
    def value(self):
        return bytes([_mp.shm_get(self._addr, 'B', 0)])

    @value.setter
    def value(self, v):
        _mp.shm_set(self._addr, 'B', 0, _char_code(v))


class _CharArray:
    """Array('c') / RawArray('c'): a c_char array (stored as 'B'): items and slices are bytes,
    .value the bytes up to the first NUL, .raw all of them (ctypes' c_char_Array_N)."""

    def _store(self, typecode, size_or_initializer):
        self._typecode = typecode
        if isinstance(size_or_initializer, int):
            codes = None
            n = size_or_initializer
        elif isinstance(size_or_initializer, (bytes, bytearray)):
            codes = list(size_or_initializer)
            n = len(codes)
        else:
            codes = [_char_code(v) for v in size_or_initializer]
            n = len(codes)
        self._length = n
        self._addr = _mp.shm_new(max(8, n))
        if codes is not None:
            for i, v in enumerate(codes):
                _mp.shm_set(self._addr, 'B', i, v)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return bytes([_mp.shm_get(self._addr, 'B', k) for k in range(*i.indices(self._length))])
        return bytes([_mp.shm_get(self._addr, 'B', self._index(i))])

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            for k, x in _slice_assignment(i, self._length, v):
                _mp.shm_set(self._addr, 'B', k, _char_code(x))
            return
        _mp.shm_set(self._addr, 'B', self._index(i), _char_code(v))

    def __iter__(self):
        for k in range(self._length):
            yield bytes([_mp.shm_get(self._addr, 'B', k)])

    def _write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f'bytes expected instead of {type(data).__name__} instance')
        if len(data) > self._length:
            raise ValueError('byte string too long')
        for k, b in enumerate(data):
            _mp.shm_set(self._addr, 'B', k, b)

    @property
    def raw(self):
        return bytes([_mp.shm_get(self._addr, 'B', k) for k in range(self._length)])

    @raw.setter
    def raw(self, data):
        self._write(data)

    @property
    def value(self):
        raw = self.raw
        end = raw.find(0)
        return raw if end < 0 else raw[:end]

    @value.setter
    def value(self, data):
        self._write(data)
        if len(data) < self._length:
            _mp.shm_set(self._addr, 'B', len(data), 0)


class _RawValue(_ValueStorage):
    """RawValue / Value(lock=False): the bare ctypes object CPython returns (c_int(5)), no
    lock; its class is named for the ctypes type (_raw_class)."""

    def __repr__(self):
        return f'{type(self).__name__}({self.value!r})'

    __reduce__ = _refuse_pickling


class _RawArray(_ArrayStorage):
    """RawArray / Array(lock=False): the bare ctypes array (c_int_Array_3), no lock."""

    __reduce__ = _refuse_pickling


_raw_classes = {}


def _raw_class(base, name, module):
    # one class per ctypes type, as ctypes makes c_int_Array_3 once (typecode and length
    # are few: the cache stays small)
    cls = _raw_classes.get(name)
    if cls is None:
        cls = type(base)(name, (base,), {'__module__': module, '__qualname__': name})
        _raw_classes[name] = cls
    return cls


class _RawCharValue(_CharValue, _RawValue):
    pass


class _RawCharArray(_CharArray, _RawArray):
    pass


def _raw_value_class(typecode):
    return _raw_class(_RawCharValue if typecode == 'c' else _RawValue, _TYPECODE_NAMES[typecode], 'ctypes')


def _raw_array_class(typecode, n):
    return _raw_class(_RawCharArray if typecode == 'c' else _RawArray, f'{_TYPECODE_NAMES[typecode]}_Array_{n}',
                      'multiprocessing.sharedctypes')


def _raw_value(typecode, value):
    cls = _raw_value_class(typecode)
    obj = cls.__new__(cls)
    obj._store(typecode, value)
    return obj


def _raw_array(typecode, size_or_initializer):
    n = size_or_initializer if isinstance(size_or_initializer, int) else len(size_or_initializer)
    cls = _raw_array_class(typecode, n)
    obj = cls.__new__(cls)
    obj._store(typecode, size_or_initializer)
    return obj


class SynchronizedBase:
    """The lock side of Value and Array (as CPython's multiprocessing.sharedctypes)."""

    def get_lock(self):
        return self._lock

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    __reduce__ = _refuse_pickling


class Synchronized(SynchronizedBase, _ValueStorage):
    """Value(typecode, value): one number in shared memory, with a lock."""

    def __init__(self, typecode, value, lock):
        self._store(typecode, value)
        self._lock = lock

    def get_obj(self):
        # the wrapped ctypes object: a view of the same shared memory
        cls = _raw_value_class(self._typecode)
        obj = cls.__new__(cls)
        obj._typecode = self._typecode
        obj._addr = self._addr
        return obj

    def __repr__(self):
        return f'<Synchronized wrapper for {_TYPECODE_NAMES[self._typecode]}({self.value!r})>'


def Value(typecode_or_type, *args, lock=True):
    tc = _typecode(typecode_or_type)
    value = args[0] if args else (0.0 if tc in 'fd' else 0)
    if lock is False:
        return _raw_value(tc, value)
    if lock is True:
        lock = RLock()
    return (_SynchronizedChar if tc == 'c' else Synchronized)(tc, value, lock)


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args, lock=False)


class SynchronizedArray(SynchronizedBase, _ArrayStorage):
    """Array(typecode, size_or_initializer): a fixed-size array in shared memory."""

    def __init__(self, typecode, size_or_initializer, lock):
        self._store(typecode, size_or_initializer)
        self._lock = lock

    def get_obj(self):
        cls = _raw_array_class(self._typecode, self._length)
        obj = cls.__new__(cls)
        obj._typecode = self._typecode
        obj._length = self._length
        obj._addr = self._addr
        return obj

    def __repr__(self):
        return f'<{type(self).__name__} wrapper for {self.get_obj()!r}>'


class _SynchronizedChar(_CharValue, Synchronized):
    """Value('c'): CPython's Synchronized over a c_char."""


_SynchronizedChar.__name__ = _SynchronizedChar.__qualname__ = 'Synchronized'
_SynchronizedChar.__module__ = 'multiprocessing.sharedctypes'


class SynchronizedString(_CharArray, SynchronizedArray):
    """Array('c'): a SynchronizedArray whose items are bytes, with .value and .raw."""


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    tc = _typecode(typecode_or_type)
    if lock is False:
        return _raw_array(tc, size_or_initializer)
    if lock is True:
        lock = RLock()
    return (SynchronizedString if tc == 'c' else SynchronizedArray)(tc, size_or_initializer, lock)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)


# ------------------------------------------------------------------ Pool

def _run_task(func, items, star):
    # one pool task: apply (star 2: (args, kwargs)), starmap's chunk (1) or map's chunk (0)
    if star == 2:
        return func(*items[0], **items[1])
    if star == 1:
        return [func(*args) for args in items]
    return [func(x) for x in items]


def _pool_worker(inqueue, outqueue, initializer, initargs, maxtasks):
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        task = inqueue.get()
        if task is None:
            break
        job, index, func, items, star = task
        try:
            result = (True, _run_task(func, items, star))
        except Exception as e:
            result = (False, _ExceptionWithTraceback(e))
        try:
            outqueue.put((job, index, result))
        except Exception as e:
            value = result[1].exc if isinstance(result[1], _ExceptionWithTraceback) else result[1]
            outqueue.put((job, index, (False, MaybeEncodingError(e, value))))
        done += 1


class RemoteTraceback(Exception):
    """The __cause__ of an exception re-raised from a pool worker: its traceback there."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


RemoteTraceback.__module__ = 'multiprocessing.pool'


class _ExceptionWithTraceback:
    """A pool worker's exception with its traceback as text (CPython's
    multiprocessing.pool.ExceptionWithTraceback); the parent's _drain rebuilds it."""

    def __init__(self, exc):
        self.exc = exc
        self.tb = '\n"""\n' + _mp.format_exception(exc) + '"""'

    def rebuild(self):
        self.exc.__cause__ = RemoteTraceback(self.tb)
        return self.exc


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


def _thread_ident():
    import threading
    return threading.get_ident()


class ApplyResult:
    """The result of apply_async (and, as MapResult, of map_async / starmap_async)."""

    def __init__(self, pool, nchunks, single, callback, error_callback):
        self._pool = pool
        self._job = pool._new_job(self)
        self._pending = nchunks
        self._chunks = [None] * nchunks
        self._single = single
        self._callback = callback
        self._error_callback = error_callback
        self._success = True
        self._value = None
        self._done = nchunks == 0
        # the thread running the callbacks while it runs them (_set): wait() and get() of
        # another thread return only after them, as CPython's, which sets its event after
        self._in_callbacks = None
        if self._done:
            # an empty map: done at once, and not a job the pool's join() waits for
            self._value = []
            pool._jobs.pop(self._job, None)
            self._finish()
        elif callback is not None or error_callback is not None:
            pool._start_result_handler()

    def _set(self, index, result):
        ok, value = result
        if ok:
            self._chunks[index] = value
        elif self._success:
            self._success = False
            self._value = value
        self._pending -= 1
        if self._pending == 0:
            if self._success:
                if self._single:
                    self._value = self._chunks[0]
                else:
                    out = []
                    for chunk in self._chunks:
                        out.extend(chunk)
                    self._value = out
            self._chunks = None
            if self._callback is not None or self._error_callback is not None:
                import threading   # (imported already: callbacks start the result handler)
                self._in_callbacks = threading.get_ident()
            self._done = True
            self._pool._jobs.pop(self._job, None)
            try:
                self._finish()
            finally:
                self._in_callbacks = None

    def _finish(self):
        if self._success and self._callback is not None:
            self._callback(self._value)
        if not self._success and self._error_callback is not None:
            self._error_callback(self._value)

    def ready(self):
        self._pool._drain(0)
        return self._done

    def successful(self):
        if not self.ready():
            raise ValueError(f'{self!r} not ready')
        return self._success

    def wait(self, timeout=None):
        # ready, and its callbacks run unless this thread is the one running them
        self._pool._wait_for(lambda: self._done and (self._in_callbacks is None or self._in_callbacks == _thread_ident()), timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._done:
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    pass


class _LazyIter:
    # iter(iterable) at the first item: CPython's task handler calls it, so a non-iterable's
    # TypeError comes from imap()'s next(), not from imap()
    def __init__(self, iterable):
        self._iterable = iterable
        self._it = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            self._it = iter(self._iterable)
            self._iterable = None
        return next(self._it)


class IMapIterator:
    """imap's results. CPython's task-handler thread iterates the source as fast as it can,
    queueing every task; here the source is taken lazily, chunk by chunk, by the consumer's
    next() (at most a few chunks per worker ahead of it) and by the pool's join(), so an
    endless source (itertools.count()) works as in CPython, and an exception raised by the
    source is raised by next() in its place, after the results before it."""

    def __init__(self, pool, func, source, chunksize, ordered):
        self._pool = pool
        self._job = pool._new_job(self)
        self._ordered = ordered
        self._func = func
        self._source = source
        self._chunksize = chunksize
        self._ahead = 2 * pool._processes
        self._submitted = 0
        self._done = 0
        self._exhausted = False
        self._arrived = {}
        self._next_index = 0
        self._ready_items = []

    def _finished(self):
        return self._exhausted and self._done == self._submitted

    def _feed(self, limit):
        # the next chunks of the source as tasks, while fewer than `limit` are in flight
        while not self._exhausted and self._submitted - self._done < limit:
            index = self._submitted
            try:
                if self._chunksize == 1:
                    chunk = []
                    for x in self._source:
                        chunk.append(x)
                        break
                else:
                    from itertools import islice
                    chunk = list(islice(self._source, self._chunksize))
            except Exception as e:
                # CPython's _guarded_task_generation: the error takes the task's place
                self._exhausted = True
                self._submitted += 1
                self._set(index, (False, e))
                break
            if not chunk:
                self._exhausted = True
                break
            self._submitted += 1
            self._pool._put_task((self._job, index, self._func, chunk, 0))
        if self._finished():
            self._pool._jobs.pop(self._job, None)

    def _set(self, index, result):
        self._done += 1
        if self._finished():
            self._pool._jobs.pop(self._job, None)
        if self._ordered:
            self._arrived[index] = result
            while self._next_index in self._arrived:
                self._ready_items.append(self._arrived.pop(self._next_index))
                self._next_index += 1
        else:
            self._ready_items.append(result)

    def __iter__(self):
        return self

    def next(self, timeout=None):
        while not self._ready_items:
            self._feed(self._ahead)
            if self._ready_items:
                break
            if self._finished():
                raise StopIteration
            before = len(self._ready_items)
            self._pool._wait_for(lambda: len(self._ready_items) > before or self._finished(), timeout)
            if not self._ready_items and not self._finished():
                raise TimeoutError
        ok, value = self._ready_items.pop(0)
        if not ok:
            raise value
        if len(value) > 1:
            self._ready_items[0:0] = [(True, [v]) for v in value[1:]]
        return value[0]

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    pass


def _count_handler_threads():
    # CPython's Pool starts three handler threads after its workers (worker, task and
    # result handlers); gilvm's pool needs none, but their default names ("Thread-N") are
    # taken from threading's counter, so the next thread's name is CPython's
    import threading
    for _ in range(3):
        threading._newname()


class Pool:
    """A pool of worker processes; tasks and results travel through two queues."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None,
                 *, _worker_prefix='ForkPoolWorker'):
        if processes is None:
            processes = _os.cpu_count() or 1
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        self._processes = processes
        self._worker_prefix = _worker_prefix
        self._maxtasks = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        self._jobs = {}
        self._job_counter = 0
        self._job_lock = Lock()      # threads submit at once (ProcessPoolExecutor, to_thread)
        self._state = 'RUN'
        self._drain_lock = Lock()
        self._pool = []
        for _ in range(processes):
            self._pool.append(self._start_worker())
        _count_handler_threads()

    def _start_worker(self):
        w = Process(target=_pool_worker,
                    args=(self._inqueue, self._outqueue, self._initializer, self._initargs, self._maxtasks))
        w.name = w.name.replace('Process', self._worker_prefix)
        w.daemon = True
        w.start()
        return w

    def _replace_finished_workers(self):
        # maxtasksperchild: a worker exits after that many tasks; a new one takes its place
        # (CPython's _maintain_pool, run here whenever the pool waits for results)
        if self._maxtasks is None or self._state != 'RUN':
            return
        for i, w in enumerate(self._pool):
            if w.exitcode is not None:
                w.join()
                self._pool[i] = self._start_worker()

    def _new_job(self, result):
        # one id per job even when several threads submit at once (CPython: next() of an
        # itertools.count); a shared id would hand one job's result to the other's
        # AsyncResult and leave that one waiting forever
        with self._job_lock:
            self._job_counter += 1
            job = self._job_counter
            self._jobs[job] = result
        return job

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError('Pool not running')

    def _drain(self, timeout):
        """Dispatches results that arrived; waits up to timeout for the first one."""
        # the lock for at most timeout too: while another thread (the result handler) drains,
        # it dispatches the results, and a caller waiting on a result with a deadline must
        # not wait here beyond it (the handler takes the lock again at once, so a blocking
        # acquire could wait until every job was done)
        if not self._drain_lock.acquire(timeout != 0, timeout if timeout else -1):
            return
        try:
            self._replace_finished_workers()
            data = _mp.chan_get(self._outqueue._channel, timeout)
            while data is not None:
                job, index, result = _loads(data)
                if not result[0] and isinstance(result[1], _ExceptionWithTraceback):
                    result = (False, result[1].rebuild())
                target = self._jobs.get(job)
                if target is not None:
                    target._set(index, result)
                data = _mp.chan_get(self._outqueue._channel, 0)
        finally:
            self._drain_lock.release()

    def _start_result_handler(self):
        # callbacks run when their results arrive, as CPython's result-handler thread runs
        # them, not only when the caller next waits on the pool (`while len(done) < n:
        # time.sleep(...)`): a daemon thread drains the results while jobs are pending
        with self._job_lock:
            if getattr(self, '_result_handler', None) is not None:
                return
            import threading
            self._result_handler = threading.Thread(target=self._handle_results, name='_handle_results', daemon=True)
            self._result_handler.start()

    def _handle_results(self):
        while True:
            with self._job_lock:
                if not self._jobs or self._state == 'TERMINATE':
                    # ends under the lock that _start_result_handler takes: a job added
                    # after this starts a new handler
                    self._result_handler = None
                    return
            self._drain(0.05)

    def _wait_for(self, condition, timeout):
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while not condition():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                self._drain(0)
                return
            self._drain(0.05 if left is None else min(left, 0.05))

    def _submit(self, job, func, chunks, star):
        for i, chunk in enumerate(chunks):
            self._put_task((job, i, func, chunk, star))

    def _put_task(self, task):
        # as CPython's task handler thread: a task that cannot be pickled (a lambda, a
        # shared lock) fails its chunk, raised by the result's get(); the others still run
        try:
            self._inqueue.put(task)
        except Exception as e:
            result = self._jobs.get(task[0])
            if result is not None:
                result._set(task[1], (False, e))
        except BaseException:
            # interrupted (KeyboardInterrupt): the job will never complete
            self._jobs.pop(task[0], None)
            raise

    @staticmethod
    def _chunks(items, chunksize):
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)]

    def _chunksize(self, n, chunksize):
        if chunksize is None:
            chunksize, extra = divmod(n, self._processes * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        return chunksize

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, 1, True, callback, error_callback)
        self._put_task((result._job, 0, func, (tuple(args), dict(kwds)), 2))
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _map_async(self, func, iterable, chunksize, star, callback, error_callback):
        self._check_running()
        items = list(iterable)
        chunks = self._chunks(items, self._chunksize(len(items), chunksize)) if items else []
        result = MapResult(self, len(chunks), False, callback, error_callback)
        try:
            self._submit(result._job, func, chunks, star)
        except BaseException:
            self._jobs.pop(result._job, None)
            raise
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, 0, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, 1, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, chunksize, 0, None, None).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, chunksize, 1, None, None).get()

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError('Chunksize must be 1+, not {0:n}'.format(chunksize))
        # the source is iterated by the iterator (a non-iterable fails at next())
        it = (IMapIterator if ordered else IMapUnorderedIterator)(self, func, _LazyIter(iterable), chunksize, ordered)
        if chunksize == 1:
            return it
        # CPython's results of chunks come through a generator
        return (item for item in it)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == 'RUN':
            # imap's sources not taken yet run to their ends before the workers' end marks
            # (IMapIterator: CPython's task handler queues every task before them)
            for job in list(self._jobs.values()):
                if isinstance(job, IMapIterator):
                    job._feed(float('inf'))
            self._state = 'CLOSE'
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        self._state = 'TERMINATE'
        for w in self._pool:
            w.terminate()
        for _ in self._pool:
            self._inqueue.put(None)
        self._join_result_handler()

    def join(self):
        if self._state == 'RUN':
            raise ValueError('Pool is still running')
        if self._state == 'CLOSE':
            self._wait_for(lambda: not self._jobs, None)
        for w in self._pool:
            w.join()
        self._join_result_handler()

    def _join_result_handler(self):
        # it ends within one drain step once no job is pending or the pool is terminated
        import threading
        handler = getattr(self, '_result_handler', None)
        if handler is not None and handler is not threading.current_thread():
            handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return f'<multiprocessing.pool.Pool state={self._state} pool_size={self._processes}>'


def worker(inqueue, outqueue, initializer=None, initargs=()):
    # a ThreadPool's thread (named "Thread-N (worker)" after this function, as CPython's
    # multiprocessing.pool.worker): tasks and results are handed over as objects, nothing
    # pickled, so lambdas and locks are fine
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = inqueue.get()
        if task is None:
            break
        job, index, func, items, star = task
        try:
            result = (True, _run_task(func, items, star))
        except Exception as e:
            result = (False, e)
        outqueue.put((job, index, result))


class ThreadPool(Pool):
    """multiprocessing.pool.ThreadPool: Pool's interface over threads of this process (the
    way around the GIL that is not one: for waiting, as asyncio)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        import queue
        if processes is None:
            processes = _os.cpu_count() or 1
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._worker_prefix = 'Thread'
        self._maxtasks = None
        self._initializer = initializer
        self._initargs = initargs
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
        self._jobs = {}
        self._job_counter = 0
        self._job_lock = Lock()
        self._state = 'RUN'
        self._drain_lock = Lock()
        self._pool = []
        for _ in range(processes):
            self._pool.append(self._start_worker())
        _count_handler_threads()

    def _start_worker(self):
        import threading
        t = threading.Thread(target=worker, args=(self._inqueue, self._outqueue, self._initializer, self._initargs))
        t.daemon = True
        t.start()
        return t

    def _replace_finished_workers(self):
        pass

    def _drain(self, timeout):
        import queue
        if not self._drain_lock.acquire(timeout != 0, timeout if timeout else -1):
            return
        try:
            try:
                item = self._outqueue.get(timeout=timeout) if timeout != 0 else self._outqueue.get_nowait()
            except queue.Empty:
                return
            while True:
                job, index, result = item
                target = self._jobs.get(job)
                if target is not None:
                    target._set(index, result)
                try:
                    item = self._outqueue.get_nowait()
                except queue.Empty:
                    return
        finally:
            self._drain_lock.release()

    def _put_task(self, task):
        self._inqueue.put(task)

    def terminate(self):
        # threads cannot be killed: the queued tasks are dropped, running ones finish
        self._state = 'TERMINATE'
        import queue
        while True:
            try:
                self._inqueue.get_nowait()
            except queue.Empty:
                break
        for _ in self._pool:
            self._inqueue.put(None)
        self._join_result_handler()

    def __repr__(self):
        return f'<multiprocessing.pool.ThreadPool state={self._state} pool_size={self._processes}>'


# ------------------------------------------------------------------ managers

class Namespace:
    """A bag of attributes (Manager().Namespace() lives in the manager's process)."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class _ManagedValue:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % ('Value', self._typecode, self._value)


_DICT_VIEWS = (type({}.keys()), type({}.values()), type({}.items()))


def _manager_serve(requests):
    """The manager process: one request at a time, (reply channel, object id, method, args,
    kwds) from the request channel; the objects live here. CPython serves each connection
    on its own thread: here a call that blocks (none of the managed types' methods do)
    would hold up the others."""
    objects = {}
    next_id = 0
    while True:
        reply, oid, method, args, kwds = _loads(_mp.chan_get(requests, None))
        if method == '#shutdown':
            _mp.chan_put(reply, _dumps(('#RETURN', None)))
            return
        try:
            if method == '#create':
                next_id += 1
                objects[next_id] = args[0](*args[1], **kwds)
                result = next_id
            else:
                result = getattr(objects[oid], method)(*args, **kwds)
                if isinstance(result, _DICT_VIEWS):
                    result = list(result)
            kind = '#RETURN'
        except Exception as e:
            kind, result = '#ERROR', e
        try:
            data = _dumps((kind, result))
        except Exception as e:
            data = _dumps(('#ERROR', e))
        _mp.chan_put(reply, data)


class BaseProxy:
    """A reference to an object in a manager's process: method calls travel there."""

    def __init__(self, requests, oid, typeid):
        self._requests = requests
        self._id = oid
        self._typeid = typeid
        self._reply = None
        self._reply_lock = None

    def _callmethod(self, methodname, args=(), kwds={}):
        if self._reply is None:
            # per proxy object and process; the lock keeps threads' replies apart
            self._reply_lock = Lock()
            self._reply = _mp.chan_new()
        _mp.lock_acquire(self._reply_lock._addr, None)
        try:
            _mp.chan_put(self._requests, _dumps((self._reply, self._id, methodname, tuple(args), dict(kwds))))
            kind, value = _loads(_mp.chan_get(self._reply, None))
        finally:
            self._reply_lock.release()
        if kind == '#ERROR':
            raise value
        return value

    def _getvalue(self):
        return self._callmethod('copy') if self._typeid in ('dict', 'list') else None

    def __getstate__(self):
        return {'_requests': self._requests, '_id': self._id, '_typeid': self._typeid,
                '_reply': None, '_reply_lock': None}

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _proxy_method(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def _make_proxy_type(name, exposed):
    namespace = {}
    for meth in exposed:
        namespace[meth] = _proxy_method(meth)
    cls = type(name, (BaseProxy,), namespace)
    cls.__module__ = 'multiprocessing.managers'
    return cls


class _ListIterMixin:
    def __iter__(self):
        return iter(self._callmethod('copy'))


class _DictIterMixin:
    def __iter__(self):
        return iter(self._callmethod('keys'))


DictProxy = _make_proxy_type('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy',
    'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
DictProxy.__iter__ = _DictIterMixin.__iter__
ListProxy = _make_proxy_type('ListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
    '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index', 'insert',
    'pop', 'remove', 'reverse', 'sort', 'copy'))
ListProxy.__iter__ = _ListIterMixin.__iter__


def _list_iadd(self, value):
    self._callmethod('extend', (value,))
    return self


def _list_imul(self, value):
    self._callmethod('__imul__', (value,))
    return self


ListProxy.__iadd__ = _list_iadd
ListProxy.__imul__ = _list_imul


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


ValueProxy.__module__ = 'multiprocessing.managers'


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == '_':
            raise AttributeError(key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


NamespaceProxy.__module__ = 'multiprocessing.managers'


class _AutoProxyBase(BaseProxy):
    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        return lambda *args, **kwds: self._callmethod(name, args, kwds)


_auto_proxy_types = {}


def _auto_proxy_type(typeid):
    cls = _auto_proxy_types.get(typeid)
    if cls is None:
        cls = type('AutoProxy[%s]' % typeid, (_AutoProxyBase,), {})
        cls.__module__ = 'multiprocessing.managers'
        _auto_proxy_types[typeid] = cls
        # pickled by name: a child finds it where the script's register() put it
        setattr(sys.modules['multiprocessing.managers'], cls.__name__, cls)
    return cls


class BaseManager:
    """A server process holding shared objects, reached through proxies (CPython's
    multiprocessing.managers.BaseManager, without address, authkey or remote access)."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        self._process = None
        self._requests = None
        self._state = 'INITIAL'
        self._control = None

    def start(self, initializer=None, initargs=()):
        if self._state == 'STARTED':
            raise ProcessError('Already started server')
        if self._state == 'SHUTDOWN':
            raise ProcessError('Manager has shut down')
        self._requests = _mp.chan_new()
        self._process = Process(target=_manager_serve, args=(self._requests,))
        self._process.name = type(self).__name__ + '-' + ':'.join(str(i) for i in self._process._identity)
        self._process.daemon = True
        self._process.start()
        self._control = BaseProxy(self._requests, 0, '#control')
        self._state = 'STARTED'

    def _create(self, typeid, factory, args, kwds):
        if self._state != 'STARTED':
            raise ProcessError('Manager has not been started' if self._state == 'INITIAL' else 'Manager has shut down')
        oid = self._control._callmethod('#create', (factory, args), kwds)
        return oid

    def shutdown(self):
        if self._state == 'STARTED':
            self._control._callmethod('#shutdown')
            self._process.join(1.0)
            if self._process.is_alive():
                self._process.terminate()
            self._state = 'SHUTDOWN'

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def __enter__(self):
        if self._state == 'INITIAL':
            self.start()
        if self._state != 'STARTED':
            raise ProcessError('Unable to start server')
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        if proxytype is None:
            proxytype = _auto_proxy_type(typeid)
        cls._registry[typeid] = (callable, proxytype)
        if create_method:
            def temp(self, *args, **kwds):
                factory, ptype = type(self)._registry[typeid]
                oid = self._create(typeid, factory, args, kwds)
                return ptype(self._requests, oid, typeid)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class SyncManager(BaseManager):
    # synchronization objects and queues are multiprocessing's own (shared through the
    # arena, usable from every process); the containers live in the manager's process
    def Lock(self):
        return Lock()

    def RLock(self):
        return RLock()

    def Semaphore(self, value=1):
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return BoundedSemaphore(value)

    def Event(self):
        return Event()

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return JoinableQueue(maxsize)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return Pool(processes, initializer, initargs, maxtasksperchild)


BaseManager.__module__ = SyncManager.__module__ = Namespace.__module__ = BaseProxy.__module__ = 'multiprocessing.managers'
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('Value', _ManagedValue, ValueProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)


def Manager():
    """A started SyncManager (its server is a daemon child process)."""
    m = SyncManager()
    m.start()
    return m


# ------------------------------------------------------------------ submodule names

def _submodule(name, **names):
    module = _mp.new_module('multiprocessing.' + name)
    for key, value in names.items():
        setattr(module, key, value)
    sys.modules['multiprocessing.' + name] = module
    return module


pool = _submodule('pool', Pool=Pool, ThreadPool=ThreadPool, AsyncResult=AsyncResult, ApplyResult=ApplyResult,
                  MapResult=MapResult, IMapIterator=IMapIterator,
                  IMapUnorderedIterator=IMapUnorderedIterator, MaybeEncodingError=MaybeEncodingError,
                  TimeoutError=TimeoutError)
process = _submodule('process', current_process=current_process, parent_process=parent_process,
                     active_children=active_children, BaseProcess=BaseProcess, _MainProcess=_MainProcess)
queues = _submodule('queues', Queue=Queue, SimpleQueue=SimpleQueue, JoinableQueue=JoinableQueue)
connection = _submodule('connection', Pipe=Pipe, Connection=Connection)
synchronize = _submodule('synchronize', Lock=Lock, RLock=RLock, Semaphore=Semaphore,
                         BoundedSemaphore=BoundedSemaphore, Event=Event, Condition=Condition,
                         Barrier=Barrier)
sharedctypes = _submodule('sharedctypes', Value=Value, Array=Array, RawValue=RawValue,
                          RawArray=RawArray, Synchronized=Synchronized,
                          SynchronizedArray=SynchronizedArray, SynchronizedString=SynchronizedString)
managers = _submodule('managers', BaseManager=BaseManager, SyncManager=SyncManager,
                      BaseProxy=BaseProxy, Namespace=Namespace, DictProxy=DictProxy,
                      ListProxy=ListProxy, ValueProxy=ValueProxy, NamespaceProxy=NamespaceProxy)
context = _submodule('context', get_context=get_context, TimeoutError=TimeoutError,
                     ProcessError=ProcessError, Process=Process)

# the classes' modules are CPython's (print(type(q)) shows <class 'multiprocessing.queues.Queue'>);
# each is also an attribute of that submodule, so pickling a class by module + name finds it
for _module in (pool, process, queues, connection, synchronize, sharedctypes, context):
    for _cls in vars(_module).values():
        if isinstance(_cls, type) and _cls.__module__ == __name__:
            _cls.__module__ = _module.__name__
del _module, _cls


def _dummy_getattr(name):
    # multiprocessing.dummy: the multiprocessing API over threads. Filled on first use, so
    # that importing multiprocessing does not import threading (which starts the executors)
    import threading
    import queue

    class DummyProcess(threading.Thread):
        @property
        def exitcode(self):
            return 0 if self.ident is not None and not self.is_alive() else None

    def Pool(processes=None, initializer=None, initargs=()):
        return ThreadPool(processes, initializer, initargs)

    def active_children():
        return [t for t in threading.enumerate() if isinstance(t, DummyProcess) and t.is_alive()]

    names = dict(Process=DummyProcess, DummyProcess=DummyProcess, Pool=Pool, ThreadPool=ThreadPool,
                 Queue=queue.Queue, JoinableQueue=queue.Queue, Lock=threading.Lock, RLock=threading.RLock,
                 Condition=threading.Condition, Event=threading.Event, Semaphore=threading.Semaphore,
                 BoundedSemaphore=threading.BoundedSemaphore, Barrier=threading.Barrier,
                 current_process=threading.current_thread, active_children=active_children,
                 cpu_count=cpu_count, freeze_support=freeze_support, Value=_DummyValue, Array=_DummyArray,
                 TimeoutError=TimeoutError)
    for key, value in names.items():
        setattr(dummy, key, value)
    if name in names:
        return names[name]
    raise AttributeError(f"module 'multiprocessing.dummy' has no attribute '{name}'")


class _DummyValue:
    # multiprocessing.dummy.Value: a plain holder (CPython's dummy.Value)
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self.value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self.value)


def _DummyArray(typecode, sequence, lock=True):
    # CPython's is an array.array; gilvm has no array module: a list of the items
    return list(sequence)


dummy = _submodule('dummy', __getattr__=_dummy_getattr)
