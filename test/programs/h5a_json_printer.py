# A hand-written JSON-like serializer, pretty printer and parser, with round-trip checks.
import math
from collections import OrderedDict


class EncodeError(TypeError):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def encode_str(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u{:04x}".format(code))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def encode(obj, indent=None, level=0, sort_keys=False, seen=None):
    seen = set() if seen is None else seen
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if math.isnan(obj) or math.isinf(obj):
            return {True: "Infinity", False: "-Infinity"}[obj > 0] if math.isinf(obj) else "NaN"
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if id(obj) in seen:
        raise ValueError("Circular reference detected")
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        seen.add(id(obj))
        parts = [encode(x, indent, level + 1, sort_keys, seen) for x in obj]
        seen.discard(id(obj))
        return "[" + pad + (sep + pad).join(parts) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        seen.add(id(obj))
        items = sorted(obj.items()) if sort_keys else obj.items()
        parts = []
        for k, v in items:
            if not isinstance(k, str):
                if isinstance(k, (int, float, bool)) or k is None:
                    k = encode(k)
                else:
                    raise EncodeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
            parts.append(encode_str(k) + ": " + encode(v, indent, level + 1, sort_keys, seen))
        seen.discard(id(obj))
        return "{" + pad + (sep + pad).join(parts) + end + "}"
    raise EncodeError(f"Object of type {type(obj).__name__} is not JSON serializable")


class Decoder:
    WS = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        line = self.text.count("\n", 0, self.pos) + 1
        col = self.pos - self.text.rfind("\n", 0, self.pos)
        return ValueError(f"{msg}: line {line} column {col} (char {self.pos})")

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise self.error("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False),
                          ("NaN", float("nan")), ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        chunk = self.text[start:self.pos]
        if not chunk:
            raise self.error("Expecting value")
        if any(c in chunk for c in ".eE"):
            return float(chunk)
        return int(chunk)

    def string(self):
        self.pos += 1
        buf = []
        while True:
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(buf)
            if ch == "\\":
                nxt = self.text[self.pos + 1]
                if nxt == "u":
                    code = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    buf.append(chr(code))
                    continue
                buf.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(nxt, nxt))
                self.pos += 2
                continue
            buf.append(ch)
            self.pos += 1

    def arr(self):
        self.pos += 1
        out = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return out
            if ch != ",":
                self.pos -= 1
                raise self.error("Expecting ',' delimiter")

    def obj(self):
        self.pos += 1
        out = OrderedDict()
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return out
        while True:
            self.skip()
            key = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                raise self.error("Expecting ':' delimiter")
            self.pos += 1
            out[key] = self.value()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return out
            if ch != ",":
                self.pos -= 1
                raise self.error("Expecting ',' delimiter")


doc = {
    "name": "gilvm \u2013 test",
    "version": [3, 11, 0],
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "tiny": 1e-300 * 1e-10,
    "neg": -0.0,
    "flags": {"debug": False, "verbose": True, "level": None},
    "nested": [[], {}, [1, [2, [3, {"deep": "yes"}]]]],
    "escapes": 'tab\there "quoted" back\\slash\nnewline \U0001F600',
    1: "int key",
    2.5: "float key",
    None: "none key",
}
compact = encode(doc)
print(compact)
pretty = encode(doc, indent=2, sort_keys=False)
print(pretty)
back = Decoder(pretty).value()
print(type(back).__name__, list(back)[:4], back["escapes"] == doc["escapes"], back["big"] == doc["big"])
print(back["ratio"], back["tiny"], back["neg"], math.copysign(1, back["neg"]))
print(encode([float("inf"), float("-inf"), float("nan"), 1e16, 1.5e-7, 123456789.123]))
print(encode(sorted({"b": 1, "a": 2, "c": 3}.items()), indent=1))
print(encode({"z": 1, "a": {"y": 2, "b": 3}}, indent=4, sort_keys=True))

loop = [1, 2]
loop.append(loop)
for bad in (loop, {"k": object}, {(1, 2): 3}, {frozenset(): 1}):
    try:
        encode(bad)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print(type(e).__name__ + ":", e, isinstance(e, EncodeError))
loop.clear()

for text in ('[1, 2,, 3]', '{"a" 1}', '[1 2]', '   ', '{"a": [true, false, null]}', '[-1.5e3, 0, -0]'):
    try:
        print(repr(text), "->", Decoder(text).value())
    except ValueError as e:
        print(repr(text), "-> error:", e)
