"""os for gilvm: the small part scripts touch, on the native module _os (src/modules/os.ts).

getpid, getppid, getcwd, cpu_count, fspath, listdir, urandom, remove/unlink, mkdir, makedirs, rmdir,
rename/replace, environ (a mapping whose changes reach the
process environment, repr environ({...}) as CPython's), getenv, putenv, unsetenv,
name, sep, pathsep, linesep, curdir, pardir, extsep, devnull, and os.path (posixpath, also
importable as `import os.path`). No file descriptors, processes or stat results.
"""
import sys
import _os
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = None
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
defpath = path.defpath
devnull = path.devnull

getpid = _os.getpid
getppid = _os.getppid
getcwd = _os.getcwd
cpu_count = _os.cpu_count
listdir = _os.listdir
putenv = _os.putenv
unsetenv = _os.unsetenv
urandom = _os.urandom
remove = _os.remove
unlink = _os.remove
mkdir = _os.mkdir
rmdir = _os.rmdir
rename = _os.rename
replace = _os.rename


def makedirs(name, mode=0o777, exist_ok=False):
    """CPython's os.makedirs: the missing parents first, then the leaf."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise
_exit = _os._exit
fspath = path.fspath



def _check_str(value):
    if not isinstance(value, str):
        raise TypeError(f'str expected, not {type(value).__name__}')
    return value


class _Environ:
    """os.environ: a str -> str mapping kept in step with the process environment
    (a mapping, not a dict, as CPython's)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        _check_str(key)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None
        _os.unsetenv(key)

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        _check_str(key)
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    __hash__ = None

    def get(self, key, default=None):
        _check_str(key)
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self._data:
            value = self._data.pop(key)
            _os.unsetenv(key)
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        key, value = self._data.popitem()
        _os.unsetenv(key)
        return key, value

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), /, **kwds):
        for key, value in dict(other, **kwds).items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return f'environ({self._data!r})'


environ = _Environ(_os.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


# `from os import *`: the public names, not the modules os imports (CPython's os.__all__)
__all__ = [_n for _n in globals() if not _n.startswith('_') and _n != 'sys']
