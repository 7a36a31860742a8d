"""string for gilvm: the constants, capwords and Template (after CPython's Lib/string.py).

Template scans its pattern by hand (gilvm has no re module): $$, $identifier, ${identifier},
with CPython's identifier rule ([_a-z][_a-z0-9]* ignoring case, ASCII) and its
"Invalid placeholder in string: line N, col M" error.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = set('_' + ascii_letters)
_ID_REST = set('_' + ascii_letters + digits)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        template = self.template
        delim = self.delimiter
        n = len(template)
        out = []
        i = 0
        while True:
            j = template.find(delim, i)
            if j < 0:
                out.append(template[i:])
                break
            out.append(template[i:j])
            k = j + len(delim)
            if template.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            if k < n and template[k] == '{':
                end = k + 1
                if end < n and template[end] in _ID_START:
                    end += 1
                    while end < n and template[end] in _ID_REST:
                        end += 1
                    if end < n and template[end] == '}':
                        name = template[k + 1:end]
                        out.append(self._lookup(mapping, name, template[j:end + 1], safe))
                        i = end + 1
                        continue
            elif k < n and template[k] in _ID_START:
                end = k + 1
                while end < n and template[end] in _ID_REST:
                    end += 1
                name = template[k:end]
                out.append(self._lookup(mapping, name, template[j:end], safe))
                i = end
                continue
            if safe:
                out.append(delim)
                i = k
                continue
            lines = template[:k].splitlines(keepends=True)
            if not lines:
                colno = 1
                lineno = 1
            else:
                colno = k - len(''.join(lines[:-1]))
                lineno = len(lines)
            raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')
        return ''.join(out)

    def _lookup(self, mapping, name, text, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return str(mapping[name])

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []
        for name in self._names():
            if name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True

    def _names(self):
        found = []
        self._scan(_Recorder(found), True)
        return found


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class _AnyMapping:
    def __getitem__(self, key):
        return ''


class _Recorder:
    def __init__(self, found):
        self.found = found

    def __getitem__(self, key):
        self.found.append(key)
        return ''
