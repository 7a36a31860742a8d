"""io for gilvm: open() and the file classes of _io, and the in-memory streams StringIO and
BytesIO (after CPython's Lib/_pyio.py, whose behaviour the C classes share).

StringIO keeps its text as a list of pieces joined on demand (a run of write() calls costs
one join, not one copy per call); reads and seeks work on the joined text. newline=None
(universal newlines on input) and newline='' are accepted and, as in CPython, '\\r\\n' and
'\\r' written with newline=None read back as '\\n'. BytesIO keeps a bytearray.
"""

# CPython's StringIO and BytesIO are C classes: no frames in tracebacks.
# gilvm: c-frames _Memory.* StringIO.* BytesIO.*
from _io import open, TextIOWrapper, UnsupportedOperation, _lock_methods
import sys as _sys

__all__ = ['open', 'StringIO', 'BytesIO', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class _Memory:
    """What StringIO and BytesIO share: the position, closing, the context manager."""

    _closed_message = 'I/O operation on closed file.'

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        return size


class StringIO(_Memory):
    """Text I/O implementation using an in-memory buffer."""

    _closed_message = 'I/O operation on closed file'    # CPython's C StringIO: no period

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        # no newline translation on write: write's fast path applies
        self._plain = newline == '' or newline == '\n'
        self._closed = False
        if _NOGIL:
            self._lock = _RLock()
        self._text = self._translate(initial_value or '')
        self._pieces = None
        self._end = None
        self._pos = 0

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline not in ('', '\n'):
            return s.replace('\n', self._newline)
        return s

    def _value(self):
        if self._pieces is not None:
            self._text = ''.join(self._pieces)
            self._pieces = None
        return self._text

    def getvalue(self):
        self._check_open()
        return self._value()

    def write(self, s):
        # the common case first: an open buffer written at its end, an exact str, no
        # translation (one append: the checks below made each write several calls)
        pieces = self._pieces
        if pieces is not None and type(s) is str and self._plain and not self._closed:
            pos = self._pos
            if pos == self._end:
                pieces.append(s)
                pos += len(s)
                self._pos = self._end = pos
                return len(s)
        return self._write(s)

    def _write(self, s):
        # the argument's type before the closed check, as C stringio_write
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._check_open()
        n = len(s)
        s = self._translate(s)
        if self._pieces is not None and self._pos == self._end:
            self._pieces.append(s)
            self._pos += len(s)
            self._end = self._pos
            return n
        text = self._value()
        pos = self._pos
        if pos == len(text):
            self._pieces = [text, s]
        else:
            if pos > len(text):
                text += '\0' * (pos - len(text))
            self._pieces = [text[:pos], s, text[pos + len(s):]]
            self._text = ''.join(self._pieces)
            self._pieces = None
        self._pos = pos + len(s)
        self._end = self._pos if self._pieces is not None else None
        return n

    def read(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        text = self._value()
        start = min(self._pos, len(text))
        end = len(text) if size < 0 else min(len(text), start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        text = self._value()
        start = min(self._pos, len(text))
        nl = '\n' if self._newline in (None, '', '\n') else self._newline
        i = text.find(nl, start)
        end = len(text) if i < 0 else i + len(nl)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'Negative size value {size}')
        text = self._value()
        if size < len(text):
            self._text = text[:size]
        return size

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'


# --no-gil: a StringIO's methods run under its own lock, one at a time, as the C class's
# do under the GIL (and free-threaded CPython's under their critical sections); their
# Python read-modify-write steps lost text written by threads at once. Under the GIL the
# class is left as it is (no lock to take on every write).
_NOGIL = not _sys._is_gil_enabled()
if _NOGIL:
    from _thread import RLock as _RLock
    _lock_methods(StringIO, ('write', 'getvalue', 'read', 'readline', 'seek', 'tell', 'truncate'))


class BytesIO(_Memory):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buffer = bytearray(initial_bytes if initial_bytes is not None else b'')
        self._pos = 0

    def getvalue(self):
        self._check_open()
        return bytes(self._buffer)

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        pos = self._pos
        if pos > len(self._buffer):
            self._buffer.extend(b'\0' * (pos - len(self._buffer)))
        self._buffer[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        start = min(self._pos, len(self._buffer))
        end = len(self._buffer) if size < 0 else min(len(self._buffer), start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buffer[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        start = min(self._pos, len(self._buffer))
        i = self._buffer.find(b'\n', start)
        end = len(self._buffer) if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buffer[start:end])

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'negative size value {size}')
        del self._buffer[size:]
        return size

    def __repr__(self):
        return f'<_io.BytesIO object at {hex(id(self))}>'
