# gilvm-nogil: --workers 2
"""A hand-written INI config parser with typed getters and error reporting."""


class ConfigError(Exception):
    """Base of every config problem."""


class ParseError(ConfigError):
    def __init__(self, lineno, line, reason):
        super().__init__(f"line {lineno}: {reason}: {line!r}")
        self.lineno = lineno
        self.line = line
        self.reason = reason


class MissingOption(ConfigError, KeyError):
    def __init__(self, section, option):
        super().__init__(section, option)
        self.section = section
        self.option = option

    def __str__(self):
        return f"no option {self.option!r} in section [{self.section}]"


class BadValue(ConfigError, ValueError):
    pass


class Section:
    def __init__(self, name, parent=None):
        self.name = name
        self._values = {}
        self.parent = parent

    def __setitem__(self, key, value):
        self._values[key.lower()] = value

    def __getitem__(self, key):
        key = key.lower()
        if key in self._values:
            return self._values[key]
        if self.parent is not None:
            return self.parent[key]
        raise MissingOption(self.name, key)

    def __contains__(self, key):
        try:
            self[key]
        except MissingOption:
            return False
        return True

    def __iter__(self):
        seen = dict.fromkeys(self._values)
        if self.parent is not None:
            for k in self.parent:
                seen.setdefault(k)
        return iter(seen)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return f"<Section {self.name} {len(self)} keys>"

    def get_int(self, key, default=None):
        try:
            raw = self[key]
        except MissingOption:
            if default is None:
                raise
            return default
        try:
            return int(raw, 0)
        except ValueError as exc:
            raise BadValue(f"[{self.name}] {key} = {raw!r} is not an int") from exc

    def get_bool(self, key):
        raw = self[key].lower()
        table = {"yes": True, "true": True, "on": True, "1": True,
                 "no": False, "false": False, "off": False, "0": False}
        if raw not in table:
            raise BadValue(f"[{self.name}] {key}: not a boolean: {raw}")
        return table[raw]

    def get_list(self, key, sep=","):
        return [part.strip() for part in self[key].split(sep) if part.strip()]


def parse(text):
    defaults = Section("DEFAULT")
    sections = {"DEFAULT": defaults}
    current = None
    last_key = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(";", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t" and last_key is not None:
            current[last_key] = current._values[last_key] + "\n" + line.strip()
            continue
        if line.startswith("["):
            if not line.endswith("]"):
                raise ParseError(lineno, raw, "unclosed section header")
            name = line[1:-1].strip()
            if name in sections and name != "DEFAULT":
                raise ParseError(lineno, raw, f"duplicate section {name!r}")
            current = sections[name] = Section(name, defaults) if name != "DEFAULT" else defaults
            last_key = None
            continue
        if current is None:
            raise ParseError(lineno, raw, "option outside any section")
        for sep in ("=", ":"):
            key, found, value = line.partition(sep)
            if found:
                break
        else:
            raise ParseError(lineno, raw, "expected key = value")
        last_key = key.strip().lower()
        current[last_key] = value.strip()
    return sections


GOOD = """
# service config
[DEFAULT]
timeout = 30
debug = off

[server]
host = example.org   ; the public name
port = 0x1F90
workers: 4
tags = web, api , ,internal
motd = Welcome!
    Maintenance on Sundays.
    Be nice.

[client]
retries = 3
debug = yes
port = eighty
"""

cfg = parse(GOOD)
print(sorted(cfg), cfg["server"], cfg["client"])
srv = cfg["server"]
print(srv["HOST"], srv.get_int("port"), srv.get_int("workers"), srv.get_int("timeout"))
print(srv.get_list("tags"), srv.get_bool("debug"), "timeout" in srv, "nope" in srv)
print(srv["motd"])
print(list(srv))
cli = cfg["client"]
print(cli.get_bool("debug"), cli.get_int("retries"), cli.get_int("missing", 7))
for key in ("port", "missing", "retries"):
    try:
        print(key, "->", cli.get_int(key))
    except BadValue as e:
        print("BadValue:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
        print("  isinstance ValueError:", isinstance(e, ValueError), e.__suppress_context__)
    except KeyError as e:
        print("KeyError path:", e, e.args, type(e).__mro__[1].__name__)

BAD = [
    "key = 1",
    "[a]\nx = 1\n[a]",
    "[broken\nx=1",
    "[s]\njust words here",
]
for text in BAD:
    try:
        parse(text)
    except ParseError as e:
        print(f"ParseError at {e.lineno} ({e.reason}): {e}")

try:
    try:
        cfg["client"].get_bool("retries")
    except ConfigError as e:
        raise RuntimeError("config unusable") from e
except RuntimeError as e:
    print(repr(e), "<-", repr(e.__cause__))

try:
    cfg["nosuch"]
except KeyError as e:
    try:
        raise ConfigError("lookup failed")
    except ConfigError as inner:
        print(repr(inner.__context__), inner.__cause__)
print(MissingOption.__mro__)
print(str(MissingOption("s", "o")), repr(MissingOption("s", "o")))
