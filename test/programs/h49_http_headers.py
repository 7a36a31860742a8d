# gilvm-nogil: --workers 2
"""HTTP-style message parsing with case-insensitive header keys (a str subclass with its own
__eq__/__hash__) and symbol objects that compare equal to plain strings, used as dict keys
and looked up with ordinary str keys."""


class HeaderName(str):
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.lower())

    def canonical(self):
        return "-".join(part.capitalize() for part in self.split("-"))


class Symbol:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if isinstance(other, Symbol):
            return self.name == other.name
        if isinstance(other, str):
            return self.name == other
        return NotImplemented

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Symbol({self.name!r})"


RAW = (
    "POST /api/v1/items?id=42&verbose HTTP/1.1\r\n"
    "Host: example.com\r\n"
    "content-type: application/json\r\n"
    "Content-Length: 27\r\n"
    "X-Trace-Id: abc123\r\n"
    "ACCEPT: */*\r\n"
    "x-trace-id: def456\r\n"
    "\r\n"
    '{"name": "widget", "qty": 3}'
)


def parse(raw):
    head, _, body = raw.partition("\r\n\r\n")
    request_line, *header_lines = head.split("\r\n")
    method, target, version = request_line.split(" ")
    path, _, query = target.partition("?")
    params = {}
    for pair in filter(None, query.split("&")):
        key, eq, value = pair.partition("=")
        params[Symbol(key)] = value if eq else True
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        key = HeaderName(name.strip())
        if key in headers:
            headers[key] = headers[key] + ", " + value.strip()
        else:
            headers[key] = value.strip()
    return {"method": method, "path": path, "version": version, "params": params,
            "headers": headers, "body": body}


req = parse(RAW)
hdr = req["headers"]
print(req["method"], req["path"], req["version"], len(hdr))
for name in ("host", "content-type", "CONTENT-TYPE", "content-length", "x-trace-id", "accept", "missing"):
    # plain str keys find a HeaderName entry when they hash alike (lower case); any case via HeaderName
    print(f"{name:>15} -> {hdr.get(name, '<none>')!r:30} {hdr.get(HeaderName(name), '<none>')!r:30} in={name in hdr}")
print(hdr[HeaderName("Content-Type")], int(hdr["content-length"]) == len(req["body"]))
hdr["content-type"] = "text/plain"
hdr[HeaderName("ACCEPT")] = "text/html"
hdr.setdefault("x-new", "1")
hdr.setdefault("host", "ignored")
print(len(hdr), [HeaderName(k).canonical() for k in hdr])
print(sorted((HeaderName(k).canonical(), v) for k, v in hdr.items()))
print(hdr.pop("x-trace-id"), HeaderName("X-Trace-Id") in hdr, len(hdr))
del hdr[HeaderName("X-NEW")]
print(list(hdr))

params = req["params"]
print(params.get("id"), params["verbose"], "id" in params, params.get("nope", "-"), Symbol("id") in params)
params["id"] = "43"
print(len(params), params)
counts = {}
for word in "the cat saw the other cat".split():
    sym = Symbol(word)
    counts[sym] = counts.get(word, 0) + 1
print(counts["cat"], counts.get("the"), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].name)))
print({**{Symbol("a"): 1}, "a": 2}, dict.fromkeys([Symbol("x"), "x"]), {"k": 1} == {Symbol("k"): 1})
env = {Symbol("PATH"): "/bin", Symbol("HOME"): "/root"}
template = "home=%(HOME)s path=%(PATH)s"
print(template % env)
print("{HOME}:{PATH}".format_map(env))


class MediaType(str):
    """Defines __eq__ only: != still uses str's own comparison (CPython semantics)."""

    def __eq__(self, other):
        return isinstance(other, str) and self.split(";")[0].strip() == other.split(";")[0].strip()

    __hash__ = str.__hash__


class Version(tuple):
    def __eq__(self, other):
        return tuple(self[:2]) == tuple(other[:2])

    __hash__ = tuple.__hash__


ct = MediaType("application/json; charset=utf-8")
print(ct == "application/json", ct != "application/json", "application/json" != ct, ct != ct)
print(ct == "text/plain", ct != "text/plain", [ct] == ["application/json"], [ct] != ["application/json"])
v = Version((1, 1, 5))
print(v == (1, 1), v != (1, 1), (1, 1) != v, v != Version((1, 1, 5)), v != "1.1")


class Flag(int):
    def __eq__(self, other):
        return "flag-eq"

    __hash__ = int.__hash__


print(Flag(3) != 3, Flag(3) != 4, 3 != Flag(3), Flag(1) != "x", "x" != Flag(1), Flag(1) == "x")
