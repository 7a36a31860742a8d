"""json for gilvm: dumps/dump/loads/load, JSONEncoder, JSONDecoder and JSONDecodeError.

CPython 3.11's Lib/json (encoder.py's _make_iterencode, decoder.py's JSONObject/JSONArray/
py_scanstring and scanner.py's py_make_scanner) ported without `re`, which gilvm has not:
the whitespace, number and string-chunk scans are written out. The output, the accepted
documents, the error messages and JSONDecodeError's "msg: line L column C (char P)" are
CPython's. One file: json.encoder, json.decoder and json.scanner are module objects made at
the end, holding their public names (JSONDecodeError's __module__ is 'json.decoder', as the
traceback's last line shows it).
"""

# CPython's scanner and one-shot encoder are C (Modules/_json.c): their frames are left out
# of tracebacks (loads -> decode -> raw_decode, dumps -> encode -> iterencode remain)
# gilvm: c-frames _make_scanner.* JSONObject JSONArray c_scanstring _decode_hex4 _match_number _skip_ws
# gilvm: c-frames _make_iterencode.* _one_shot_encoder.* encode_basestring encode_basestring_ascii

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

INFINITY = float('inf')

# ---------------------------------------------------------------- encoding

# the JSON literal of a str: _json's (modules/json-native.ts), CPython's c_encode_basestring
# and c_encode_basestring_ascii
from _json import encode_basestring, encode_basestring_ascii, scanstring as _scanstring_native, \
    encode_simple as _encode_simple, decode_simple as _decode_simple


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        # CPython encodes a one-shot encode() without indent in C (Modules/_json.c), whose
        # out-of-range float message has no repr
        c_encoder = _one_shot and self.indent is None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                if c_encoder:
                    raise ValueError("Out of range float values are not JSON compliant")
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            return text

        _iterencode = _make_iterencode(markers, self.default, _encoder, self.indent, floatstr,
                                       self.key_separator, self.item_separator, self.sort_keys,
                                       self.skipkeys)
        if _one_shot:
            # the whole text in one native step when o is made of plain built-in values
            # (src/modules/json-native.ts); None: this encoder's own walk
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            text = _encode_simple(o, self.item_separator, self.key_separator, self.sort_keys,
                                  self.ensure_ascii, self.allow_nan, markers is not None, indent)
            if text is not None:
                return (text,)
        if c_encoder:
            _iterencode = _one_shot_encoder(_iterencode)
        return _iterencode(o, 0)


def _one_shot_encoder(iterencode):
    """The C encoder's call: all the chunks at once, as a tuple (errors raised in it)."""
    def encode_all(o, level):
        return tuple(iterencode(o, level))
    return encode_all


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                     _item_separator, _sort_keys, _skipkeys):
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    _intstr = int.__repr__

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + _intstr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield _intstr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield _intstr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]

    return _iterencode


# ---------------------------------------------------------------- decoding

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': -INFINITY, 'Infinity': INFINITY, 'NaN': float('nan')}
BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_WS = ' \t\n\r'
_DIGITS = '0123456789'


def _skip_ws(s, end):
    """WHITESPACE.match(s, end).end()."""
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


def _match_number(s, idx):
    """Modules/_json.c's _match_number_unicode: (integer, frac, exp, end) or None."""
    n = len(s)
    i = idx
    if i < n and s[i] == '-':
        i += 1
    if i < n and s[i] == '0':
        i += 1
    elif i < n and s[i] in '123456789':
        i += 1
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        return None
    integer = s[idx:i]
    frac = exp = None
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        j = i + 2
        while j < n and s[j] in _DIGITS:
            j += 1
        frac = s[i:j]
        i = j
    if i + 1 < n and s[i] in 'eE':
        j = i + 1
        if j + 1 < n and s[j] in '+-':
            j += 1
        k = j
        while k < n and s[k] in _DIGITS:
            k += 1
        if k > j:
            exp = s[i:k]
            i = k
    return integer, frac, exp, i


def _decode_hex4(s, pos):
    """The 4 hex digits at s[pos:pos+4] as an int (the caller checked there are 4)."""
    esc = s[pos:pos + 4]
    for ch in esc:
        if ch not in '0123456789abcdefABCDEF':
            raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)
    return int(esc, 16)


def c_scanstring(s, end, strict=True):
    """Modules/_json.c's scanstring_unicode: the str the JSON string literal whose opening
    quote is s[end-1] holds, and the index after its closing quote. _json's scan does it
    (an error comes back as (None, message, position)); a document holding astral
    characters is scanned here, its positions counting code points."""
    r = _scanstring_native(s, end, strict)
    if r is not None:
        if r[0] is None:
            raise JSONDecodeError(r[1], s, r[2])
        return r
    return _scanstring_code_points(s, end, strict)


def _scanstring_code_points(s, end, strict):
    chunks = []
    _append = chunks.append
    begin = end - 1
    n = len(s)
    while 1:
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\':
                break
            if c <= '\x1f' and strict:
                raise JSONDecodeError("Invalid control character at", s, i)
            i += 1
        else:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if i > end:
            _append(s[end:i])
        if s[i] == '"':
            end = i + 1
            break
        i += 1
        if i == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[i]
        if esc != 'u':
            end = i + 1
            try:
                _append(BACKSLASH[esc])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, end - 2) from None
            continue
        i += 1
        end = i + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
        uni = _decode_hex4(s, i)
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            uni2 = _decode_hex4(s, end + 2)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        _append(chr(uni))
    return ''.join(chunks), end


scanstring = c_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    """Modules/_json.c's _parse_object_unicode (its positions for the errors)."""
    s, idx = s_and_end
    n = len(s)
    pairs = []
    if memo is None:
        memo = {}
    while idx < n and s[idx] in _WS:
        idx += 1
    if idx >= n or s[idx] != '}':
        while True:
            if idx >= n or s[idx] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
            key, idx = scanstring(s, idx + 1, strict)
            key = memo.setdefault(key, key)
            while idx < n and s[idx] in _WS:
                idx += 1
            if idx >= n or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx += 1
            while idx < n and s[idx] in _WS:
                idx += 1
            value, idx = scan_once(s, idx)
            pairs.append((key, value))
            while idx < n and s[idx] in _WS:
                idx += 1
            if idx < n and s[idx] == '}':
                break
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx += 1
            while idx < n and s[idx] in _WS:
                idx += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), idx + 1
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, idx + 1


def JSONArray(s_and_end, scan_once):
    """Modules/_json.c's _parse_array_unicode (its positions for the errors)."""
    s, idx = s_and_end
    n = len(s)
    values = []
    while idx < n and s[idx] in _WS:
        idx += 1
    if idx >= n or s[idx] != ']':
        while True:
            value, idx = scan_once(s, idx)
            values.append(value)
            while idx < n and s[idx] in _WS:
                idx += 1
            if idx < n and s[idx] == ']':
                break
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx += 1
            while idx < n and s[idx] in _WS:
                idx += 1
    if idx >= n or s[idx] != ']':
        raise JSONDecodeError("Expecting value", s, n - 1)
    return values, idx + 1


def _make_scanner(context):
    parse_object = JSONObject
    parse_array = JSONArray
    parse_string = scanstring
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = {}

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        elif nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once, object_hook, object_pairs_hook, memo)
        elif nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        elif nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        m = _match_number(string, idx)
        if m is not None:
            integer, frac, exp, end = m
            if frac or exp:
                res = parse_float(integer + (frac or '') + (exp or ''))
            else:
                res = parse_int(integer)
            return res, end
        elif nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        else:
            raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s):
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


# ---------------------------------------------------------------- the module's functions

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                       allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                       sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode('utf-8-sig' if s[:3] == b'\xef\xbb\xbf' else 'utf-8')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        # well-formed JSON in one native step (src/modules/json-native.ts); None: the
        # scanner below parses it and reports its errors
        parsed = _decode_simple(s)
        if parsed is not None:
            return parsed[0]
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


# json.decoder, json.encoder and json.scanner: CPython's submodules, as modules holding
# their public names (`from json.decoder import JSONDecodeError` is common); sys.modules
# has them, as os.py registers os.path
def _submodules():
    import sys
    module = type(sys)
    parts = {
        'decoder': ('JSONDecoder', 'JSONDecodeError', 'JSONObject', 'JSONArray', 'scanstring'),
        'encoder': ('JSONEncoder', 'encode_basestring', 'encode_basestring_ascii', 'INFINITY'),
        'scanner': ('make_scanner',),
    }
    names = {'scanstring': c_scanstring, 'make_scanner': _make_scanner}
    for part, public in parts.items():
        m = module('json.' + part)
        for name in public:
            setattr(m, name, names[name] if name in names else globals()[name])
        sys.modules['json.' + part] = m
        globals()[part] = m


_submodules()
del _submodules
