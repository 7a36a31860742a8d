"""posixpath for gilvm (os.path), after CPython's Lib/posixpath.py, str paths only.

join, split, splitext, basename, dirname, isabs, normcase, normpath, abspath, realpath (=
abspath: symlinks are not resolved), relpath, commonprefix, commonpath, expanduser, exists, isfile, isdir,
getsize, getmtime (through _os._path_info). And os.fspath, defined here for commonpath and
normcase (CPython's posixpath calls os.fspath; os imports this module).
"""
import _os

__all__ = ['abspath', 'basename', 'commonpath', 'commonprefix', 'curdir', 'defpath', 'devnull',
           'dirname', 'exists', 'expanduser', 'extsep', 'getmtime', 'getsize', 'isabs',
           'isdir', 'isfile', 'join', 'normcase', 'normpath', 'pardir', 'pathsep', 'realpath',
           'relpath', 'sep', 'split', 'splitext']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _check(funcname, *args):
    for a in args:
        if not isinstance(a, str):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {a.__class__.__name__!r}') from None


def fspath(path):
    """Return the file system path representation of the object (os.fspath)."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(f'expected {path_type.__name__}.__fspath__() to return str or bytes, '
                    f'not {type(path_repr).__name__}')


def isabs(s):
    """Test whether a path is absolute"""
    _check('isabs', s)
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    _check('join', a, *p)
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    _check('split', p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """Split the extension from a pathname."""
    _check('splitext', p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    """Returns the final component of a pathname"""
    _check('basename', p)
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    _check('dirname', p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    _check('normpath', path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    """Return an absolute path."""
    _check('abspath', path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename (gilvm: symlinks are not
    resolved)."""
    return abspath(filename)


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = curdir
    _check('relpath', path, start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(fspath, paths))
    _check('commonpath', *paths)
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs else ''
    return prefix + sep.join(common)


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return fspath(s)


def expanduser(path):
    """Expand ~ and ~user constructions (gilvm: only ~, from $HOME)."""
    _check('expanduser', path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    userhome = _os.environ.get('HOME')
    if userhome is None:
        return path
    userhome = userhome.rstrip('/')
    return (userhome + path[i:]) or '/'


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return isinstance(path, str) and _os._path_info(path) is not None


def isfile(path):
    """Test whether a path is a regular file"""
    info = _os._path_info(path) if isinstance(path, str) else None
    return info is not None and info[0] == 1


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    info = _os._path_info(s) if isinstance(s, str) else None
    return info is not None and info[0] == 2


def _info(filename):
    _check('stat', filename)
    info = _os._path_info(filename)
    if info is None:
        raise FileNotFoundError(f'[Errno 2] No such file or directory: {filename!r}')
    return info


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _info(filename)[1]


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _info(filename)[2]
