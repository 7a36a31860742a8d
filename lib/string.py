"""string for gilvm: the constants, capwords and Template (after CPython's Lib/string.py).

Template scans its pattern by hand (gilvm has no re module): $$, $identifier, ${identifier},
with CPython's identifier rule ([_a-z][_a-z0-9]* ignoring case, ASCII) and its
"Invalid placeholder in string: line N, col M" error.
Formatter is CPython's class; its two helpers from the C module _string
(formatter_parser, formatter_field_name_split) are written here in Python with the
same results and messages for the usual format strings.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

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
        if not isinstance(template, str):
            # what CPython's re says of the pattern's subject
            if isinstance(template, (bytes, bytearray)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError(f"expected string or bytes-like object, got '{type(template).__name__}'")
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


# ------------------------------------------------------------------------ Formatter

def _formatter_parser(format_string):
    """_string.formatter_parser: (literal_text, field_name, format_spec, conversion)."""
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            j = i + 1
            depth = 1
            in_name = True
            while j < n:
                if in_name and s[j] == '[':
                    # an index in the field name: braces in it do not count
                    close = s.find(']', j)
                    if close < 0:
                        raise ValueError("expected '}' before end of string")
                    j = close + 1
                    continue
                if s[j] in '!:':
                    in_name = False
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if depth > 1:
                    raise ValueError("unmatched '{' in format spec")
                raise ValueError("expected '}' before end of string")
            name, spec, conversion = _split_field(s[i + 1:j])
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    """A replacement field's text -> (field_name, format_spec, conversion)."""
    i = 0
    n = len(field)
    while i < n and field[i] not in '!:':
        if field[i] == '[':
            while i < n and field[i] != ']':
                i += 1
        i += 1
    name = field[:i]
    conversion = None
    if i < n and field[i] == '!':
        if i + 1 >= n:
            raise ValueError("unmatched '{' in format spec")
        conversion = field[i + 1]
        i += 2
        if i < n and field[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    spec = field[i + 1:] if i < n else ''
    return name, spec, conversion


def _formatter_field_name_split(field_name):
    """_string.formatter_field_name_split: (first, iterator of (is_attribute, key))."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            attr = field_name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif c == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
