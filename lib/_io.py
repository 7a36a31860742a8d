# open() for text and binary files: CPython's io.TextIOWrapper / BufferedReader /
# BufferedWriter behaviour for the common cases, on the whole-file primitives of the
# native _os module (src/modules/os.ts: _read_file, _write_file).
#
# Reading: the file's content is read once at open (UTF-8; universal newlines: '\r\n' and
# '\r' become '\n' in text mode) and served from memory. Writing: 'w' truncates (and 'x'
# creates) the file at open, as CPython does; written text is buffered and appended to
# the file when the buffer passes 64 KiB, on flush(), on close(), when the object dies
# (__del__: the registry of open writers holds weak references) and at interpreter exit
# (_flush_all, called by objects/finalizer.ts). '+'
# modes (read and write) keep one in-memory content written back whole on flush.
# seek/tell work on the in-memory position (in text mode tell() answers the UTF-8 / codec
# byte offset of the position, as CPython's cookie for a stateless decoder, and seek() takes it).
# With --no-gil a file's methods take its own RLock (_lock_methods), so threads sharing one
# file lose no text; the exit flush and __del__ flush without it (a daemon thread may have
# stopped holding it).

import _os
import sys as _sys
from weakref import ref as _weakref

_BUFFER_LIMIT = 65536
# id(file) -> weak reference, for every file open for writing: _flush_all writes what the
# live ones still buffer at exit. Weak: a file nobody references any more dies, and its
# __del__ closes it at once (flushed), as in CPython; a strong list kept every unclosed
# file alive until exit, so `del f` wrote nothing and the text appeared only at exit
# (even re-creating a file the program had removed meanwhile).
_open_writers = {}


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _flush_all():
    for r in list(_open_writers.values()):
        f = r()
        if f is None:
            continue
        try:
            # at exit a daemon thread may have stopped holding the file's lock (--no-gil):
            # the unlocked flush
            _File._flush_unlocked(f)
        except Exception:
            pass


def _lock_methods(cls, names):
    """--no-gil only: each of cls's methods `names` runs holding self._lock (an RLock the
    class's __init__ creates), so that threads sharing one stream take turns."""
    for name in names:
        setattr(cls, name, _locked(getattr(cls, name)))


def _locked(method):
    # the common shapes (write(s), flush(), tell(), getvalue()) without *args / **kwargs:
    # a no-gil StringIO.write costs ~half as much as through the generic wrapper
    code = method.__code__
    if method.__defaults__ is None and code.co_argcount == 2 and code.co_varnames[1] == 's':
        def locked(self, s):     # write(s): a missing argument's message names s
            with self._lock:
                return method(self, s)
    elif code.co_argcount == 1:
        def locked(self):
            with self._lock:
                return method(self)
    else:
        def locked(self, *args, **kwargs):
            with self._lock:
                return method(self, *args, **kwargs)
    locked.__name__ = method.__name__
    locked.__qualname__ = method.__qualname__
    return locked


class _File:
    def __init__(self, file, mode, binary, encoding=None, newline=None, errors=None):
        self.name = file
        # the codec's error handler (text mode): 'strict' unless open() was given one
        self._errors = 'strict' if errors is None else errors
        # newline (text mode): None translates '\r\n' / '\r' to '\n' on reading; any
        # other value keeps line endings as they are; '\r' / '\r\n' are written for '\n'
        self._newline = newline
        # a text file's codec when it is not UTF-8 (the natives' own): contents are decoded
        # at open and encoded on each write (to raise its errors there, as CPython) and flush
        self._codec = None
        if encoding is not None and _codec_key(encoding) not in ('utf8', 'u8', 'utf'):
            self._codec = encoding
        self._encoding = 'UTF-8' if encoding is None else encoding
        self.mode = mode
        self._binary = binary
        self.closed = False
        if _NOGIL:
            self._lock = _RLock()
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._pending = []
        self._pending_size = 0
        self._update = '+' in mode
        base = mode.replace('b', '').replace('t', '').replace('+', '')
        # bytes a text file could not decode: the first read raises the UnicodeDecodeError
        # (CPython decodes as it reads, so open() succeeds and read() raises)
        self._undecoded = None
        # universal newlines: where each '\r\n' read became one '\n' (its index in _data),
        # for tell() and seek(), whose positions count the file's bytes
        self._crlf = []
        if base == 'r':
            # UTF-8 text without a '\r' (the common case): decoded natively, nothing to
            # translate (_os._read_text); else the general way
            data = _os._read_text(file) if not binary and self._codec is None else None
            if data is None:
                data = self._read_all(file, binary)
                if not binary and newline is None:
                    if '\r\n' in data:
                        parts = data.split('\r\n')
                        at = 0
                        for part in parts[:-1]:
                            at += len(part)
                            self._crlf.append(at)
                            at += 1
                        data = '\n'.join(parts)
                    data = data.replace('\r', '\n')
        elif base == 'a':
            try:
                data = self._read_all(file, binary) if self._update else (b'' if binary else '')
            except FileNotFoundError:
                data = b'' if binary else ''
            _os._write_file(file, b'' if binary else '', 'a')
        else:
            data = b'' if binary else ''
            _os._write_file(file, data, 'x' if base == 'x' else 'w')
        self._data = data
        self._pos = len(data) if base == 'a' else 0
        # 'a' without '+' keeps no content: tell() counts from the file's size at open
        self._start = 0
        if base == 'a' and not self._update:
            info = _os._path_info(file)
            self._start = info[1] if info is not None else 0
        self._append = base == 'a'
        self._line_buffering = False   # open(..., buffering=1): each write with a newline flushes
        # __next__'s inline readline: what it needs, fixed at open (--no-gil: the locked one)
        self._nl = b'\n' if binary else '\n'
        self._simple_lines = (self._readable and self._undecoded is None and not _NOGIL
                              and (binary or newline is None or newline == '\n'))
        if self._writable:
            _open_writers[id(self)] = _weakref(self)

    def _read_all(self, file, binary):
        if binary:
            return _os._read_file(file, True)
        raw = _os._read_file(file, True)
        try:
            return raw.decode(self._codec or 'utf-8', self._errors)
        except UnicodeDecodeError:
            self._undecoded = raw
            return ''

    def _write_all(self, data, how):
        if self._codec is not None:
            data = data.encode(self._codec, self._errors)
            # a codec that starts with a BOM (utf-16, utf-32, utf-8-sig) writes it once, at
            # the start of the file, as CPython's encoder: not before every flushed piece
            bom = ''.encode(self._codec)
            if bom and how == 'a':
                info = _os._path_info(self.name)
                if info is not None and info[1] > 0:
                    data = data[len(bom):]
        _os._write_file(self.name, data, how)

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('not readable')
        if self._undecoded is not None:
            raw = self._undecoded
            self._undecoded = None
            raw.decode(self._codec or 'utf-8')  # raises the error that kept it undecoded

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            out = self._data[self._pos:]
        else:
            out = self._data[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._check_readable()
        if self._binary or self._newline in (None, '\n'):
            nl = b'\n' if self._binary else '\n'
            end = self._data.find(nl, self._pos)
            end = len(self._data) if end < 0 else end + 1
        else:
            end = self._line_end()
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def _line_end(self):
        # where the line at _pos ends for newline '' (any of '\n', '\r', '\r\n'), '\r', '\r\n'
        data = self._data
        if self._newline == '':
            i = self._pos
            n = len(data)
            while i < n:
                c = data[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    return i + 2 if i + 1 < n and data[i + 1] == '\n' else i + 1
                i += 1
            return n
        end = data.find(self._newline, self._pos)
        return len(data) if end < 0 else end + len(self._newline)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        if self._simple_lines and not self.closed:
            # readline()'s common case inline (a readable, decoded file of '\n' lines,
            # under the GIL): one frame a line
            data = self._data
            pos = self._pos
            end = data.find(self._nl, pos)
            if end < 0:
                end = len(data)
                if end <= pos:
                    raise StopIteration
            else:
                end += 1
            self._pos = end
            return data[pos:end]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('not writable')
        if self._binary:
            if not isinstance(s, (bytes, bytearray)):
                raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
            s = bytes(s)
        elif not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {"None" if s is None else type(s).__name__}')
        elif self._codec is not None:
            s.encode(self._codec, self._errors)
        result = len(s)
        if not self._binary and self._newline not in (None, '', '\n'):
            s = s.replace('\n', self._newline)
        if self._update:
            if self._append:
                self._pos = len(self._data)
            elif self._pos > len(self._data):
                # past the end (after a seek or a truncate): the gap reads back as NULs
                self._data += (b'\0' if self._binary else '\0') * (self._pos - len(self._data))
            self._data = self._data[:self._pos] + s + self._data[self._pos + len(s):]
            self._pos += len(s)
            self._crlf = []  # the text read no longer says where the file's '\r\n' were
            self._pending_size += 1
        else:
            self._pending.append(s)
            self._pending_size += len(s)
            if self._pending_size >= _BUFFER_LIMIT or (self._line_buffering and '\n' in s):
                self.flush()
        return result

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        if self._update:
            if self._pending_size:
                self._write_all(self._data, 'w')
                self._pending_size = 0
            return
        if self._pending:
            data = (b'' if self._binary else '').join(self._pending)
            self._pending = []
            self._pending_size = 0
            self._write_all(data, 'a')

    def seek(self, offset, whence=0):
        self._check_open()
        if whence not in (0, 1, 2):
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if not self._binary:
            # CPython's TextIOWrapper.seek: only an absolute position, or 0 from here / the end
            if whence == 1 and offset != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            if whence == 2 and offset != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            if whence == 0 and offset < 0:
                raise ValueError(f'negative seek position {offset}')
        self._become_update()
        if whence == 0:
            if not self._binary and offset and self._crlf:
                # tell()'s byte offset, counting each '\r\n' read as two: the first
                # character index whose offset reaches it
                lo, hi = 0, len(self._data)
                while lo < hi:
                    mid = (lo + hi) // 2
                    if self._text_offset(mid) < offset:
                        lo = mid + 1
                    else:
                        hi = mid
                offset = lo
            elif not self._binary and offset and not self._data.isascii():
                # a text position is tell()'s byte offset: back to a character index
                offset = len(self._data.encode(self._codec or 'utf-8')[:offset].decode(self._codec or 'utf-8', 'ignore'))
            self._pos = offset
        elif whence == 1:
            self._pos += offset
        else:
            self._pos = len(self._data) + offset
        # a text file's position is tell()'s byte offset, not the character index
        return self._pos if self._binary else self.tell()

    def _become_update(self):
        # a 'w' / 'x' file that seeks or truncates: what it wrote so far becomes its data,
        # and later writes replace characters from the position (an update file's way)
        if self._writable and not self._update and not self._append:
            self.flush()
            self._data = _os._read_file(self.name, True)
            if not self._binary:
                self._data = self._data.decode(self._codec or 'utf-8', self._errors)
            self._pos = len(self._data)
            self._update = True

    def truncate(self, size=None):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        self._become_update()
        self.flush()
        if size is None:
            size = self.tell()
        elif size < 0:
            raise OSError(22, 'Invalid argument')
        raw = _os._read_file(self.name, True)
        raw = raw[:size] + b'\0' * (size - len(raw))
        _os._write_file(self.name, raw, 'w')
        if self._update or self._readable:
            self._data = raw if self._binary else raw.decode(self._codec or 'utf-8', self._errors)
            self._crlf = []
        return size

    def tell(self):
        self._check_open()
        pending = (self._pending_size if not self._update else 0) + self._start
        if self._binary:
            return self._pos + pending
        # CPython's text tell() is a byte offset (the encoded text before the position)
        codec = self._codec or 'utf-8'
        if pending and not all(p.isascii() for p in self._pending):
            pending = sum(len(p.encode(codec)) for p in self._pending) + self._start
        return self._text_offset(self._pos) + pending

    def _text_offset(self, pos):
        # the bytes of the text before character index pos, '\r\n' read as '\n' counted as two
        if self._data.isascii():
            n = pos
        else:
            n = len(self._data[:pos].encode(self._codec or 'utf-8'))
        for at in self._crlf:
            if at >= pos:
                break
            n += 1
        return n

    def close(self):
        if self.closed:
            return
        try:
            if self._writable:
                self.flush()
        finally:
            self.closed = True
            _open_writers.pop(id(self), None)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __del__(self):
        try:
            # unlocked (--no-gil): at exit a daemon thread may have stopped holding the lock
            if not self.closed:
                try:
                    if self._writable:
                        _File._flush_unlocked(self)
                finally:
                    self.closed = True
                    _open_writers.pop(id(self), None)
        except Exception:
            pass


class TextIOWrapper(_File):
    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self._encoding!r}>"


# --no-gil: a file's methods run under its own lock, one at a time, as CPython's C
# buffered file's do: threads writing one file lost text when one flushed (the buffer
# joined, then emptied) while another appended to it. Under the GIL nothing changes.
_File._flush_unlocked = _File.flush
# sys.stdin borrows the line protocol unlocked: it has no per-stream lock (its reads are
# the natives' own, one at a time)
_readlines_unlocked = _File.readlines
_NOGIL = not _sys._is_gil_enabled()
if _NOGIL:
    from _thread import RLock as _RLock
    _lock_methods(_File, ('write', 'writelines', 'flush', 'read', 'readline', 'readlines', 'seek', 'tell', 'truncate', 'close'))


class BufferedFile(_File):
    def __repr__(self):
        kind = 'BufferedReader' if self.mode in ('rb', 'br') else 'BufferedWriter' if '+' not in self.mode else 'BufferedRandom'
        return f'<_io.{kind} name={self.name!r}>'


TextIOWrapper.__module__ = '_io'
BufferedFile.__module__ = '_io'


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        if isinstance(file, int):
            raise OSError('gilvm: open() of a file descriptor is not supported')
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    chars = set(mode)
    if len(chars) != len(mode) or not chars <= set('rwaxbt+') or sum(c in 'rwax' for c in mode) != 1 or ('b' in mode and 't' in mode):
        if sum(c in 'rwax' for c in mode) > 1:
            raise ValueError('must have exactly one of create/read/write/append mode')
        raise ValueError(f'invalid mode: {mode!r}')
    binary = 'b' in mode
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if encoding is not None and _codec_key(encoding) not in _CODECS:
        raise LookupError(f'unknown encoding: {encoding}')
    if newline is not None:
        if not isinstance(newline, str):
            raise TypeError(f"open() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if binary:
            raise ValueError("binary mode doesn't take a newline argument")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    if buffering == 0 and not binary:
        raise ValueError("can't have unbuffered text I/O")
    if binary:
        return BufferedFile(file, mode, True)
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not {type(errors).__name__}")
    f = TextIOWrapper(file, mode, False, encoding, newline, errors)
    f._line_buffering = buffering == 1
    return f


# the encodings open() knows (normalized as _codec_key does): str.encode / bytes.decode's
_CODECS = ('utf8', 'u8', 'utf', 'ascii', 'usascii', 'latin1', 'iso88591', 'l1', 'iso8859', '8859', 'cp819', 'latin',
           'utf8sig', 'utf16', 'u16', 'utf16le', 'utf16be', 'utf32', 'u32', 'utf32le', 'utf32be')


def _codec_key(encoding):
    return encoding.lower().replace('-', '').replace('_', '').replace(' ', '')


class _StdinWrapper:
    """sys.stdin (made on first use of the attribute: modules/sys.ts sysLazyAttr): text
    lines of standard input split at '\\n' and not translated (CPython's newline='\\n' on
    POSIX). Shares the byte stream with input(): nothing is read ahead (vm/stdin.ts)."""

    name = '<stdin>'
    mode = 'r'
    encoding = 'utf-8'
    errors = 'strict'
    newlines = None
    line_buffering = False

    def __init__(self):
        self.closed = False
        self._rest = ''  # read past a readline(size) / read(size) limit

    # the line protocol and the closed check are _File's (its inline readline is not for
    # this stream)
    _simple_lines = False
    _check_open = _File._check_open
    readlines = _readlines_unlocked
    __iter__ = _File.__iter__
    __next__ = _File.__next__

    def _line(self):
        if self._rest:
            i = self._rest.find('\n')
            if i >= 0:
                line, self._rest = self._rest[:i + 1], self._rest[i + 1:]
                return line
            line, self._rest = self._rest, ''
            more = _os._stdin_readline()
        else:
            line, more = '', _os._stdin_readline()
        return line + more

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        line = self._line()
        if 0 <= size < len(line):
            line, rest = line[:size], line[size:]
            self._rest = rest + self._rest
        return line

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            data = self._rest + _os._stdin_read()
            self._rest = ''
            return data
        data = self._rest
        while len(data) < size:
            line = self._line()
            if not line:
                break
            data += line
        self._rest = data[size:]
        return data[:size]

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.closed = True

    def fileno(self):
        return 0

    def isatty(self):
        return False

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


class _StdBuffer:
    """sys.stdout.buffer / sys.stderr.buffer (CPython's BufferedWriter under the text
    stream): bytes written to the stream's fd after the text written before them."""

    mode = 'wb'

    def __init__(self, fd):
        self._fd = fd
        self.name = '<stdout>' if fd == 1 else '<stderr>'
        self.closed = False

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        _os._write_fd(self._fd, b)
        return len(b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        (_sys.stdout if self._fd == 1 else _sys.stderr).flush()

    def fileno(self):
        return self._fd

    def isatty(self):
        return (_sys.stdout if self._fd == 1 else _sys.stderr).isatty()

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    def __repr__(self):
        if _os.environ.get('PYTHONUNBUFFERED'):
            # -u: CPython's text stream writes straight to the raw file
            return f"<_io.FileIO name='{self.name}' mode='wb' closefd=False>"
        return f"<_io.BufferedWriter name='{self.name}'>"


class _StdinBuffer:
    """sys.stdin.buffer (CPython's BufferedReader): standard input's bytes, read through
    the same stream as sys.stdin and input() (the text as read, UTF-8 encoded again)."""

    name = '<stdin>'
    mode = 'rb'
    closed = False

    # the line protocol and the stream queries are the text stream's (below the class)
    _simple_lines = False
    _check_open = _File._check_open
    __iter__ = _File.__iter__
    __next__ = _File.__next__

    def read(self, size=-1):
        return _sys.stdin.read(size).encode('utf-8', 'surrogateescape')

    def readline(self, size=-1):
        return _sys.stdin.readline(size).encode('utf-8', 'surrogateescape')

    def readlines(self):
        return list(self)

    def __repr__(self):
        return "<_io.BufferedReader name='<stdin>'>"


for _cls in (_StdBuffer, _StdinBuffer):
    _cls.__module__ = '_io'
_StdBuffer.__name__ = _StdBuffer.__qualname__ = 'BufferedWriter'
_StdinBuffer.__name__ = _StdinBuffer.__qualname__ = 'BufferedReader'
_std_buffers = {}


def _std_buffer(fd):
    # sys.stdout.buffer / sys.stderr.buffer / sys.stdin.buffer: one object per stream
    buf = _std_buffers.get(fd)
    if buf is None:
        buf = _std_buffers[fd] = _StdinBuffer() if fd == 0 else _StdBuffer(fd)
    return buf


_StdinWrapper.buffer = property(lambda self: _std_buffer(0))
_StdinBuffer.fileno = _StdinWrapper.fileno
_StdinBuffer.readable = _StdinWrapper.readable
_StdinBuffer.writable = _StdinWrapper.writable
_StdinWrapper.__name__ = _StdinWrapper.__qualname__ = 'TextIOWrapper'
_StdinWrapper.__module__ = '_io'
