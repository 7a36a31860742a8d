# gilvm-nogil: --workers 2
"""Settings objects built on instance __dict__: AttrDict, snapshots, resets, validation."""
import copy


class AttrDict(dict):
    """A dict whose keys are also attributes (the classic `self.__dict__ = self` idiom)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self

    @classmethod
    def deep(cls, mapping):
        return cls({k: cls.deep(v) if isinstance(v, dict) else v for k, v in mapping.items()})


class Settings:
    DEFAULTS = {"debug": False, "workers": 4, "name": "app"}

    def __init__(self, **overrides):
        self.__dict__.update(self.DEFAULTS)
        unknown = set(overrides) - set(self.DEFAULTS)
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        self.__dict__.update(overrides)

    def snapshot(self):
        return dict(self.__dict__)

    def restore(self, snap):
        self.__dict__ = dict(snap)

    def reset(self):
        self.__dict__ = {}
        self.__dict__.update(self.DEFAULTS)

    def __repr__(self):
        body = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Settings({body})"


class Frozen:
    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        raise AttributeError(f"settings are frozen (tried to set {name!r})")


cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
cfg["timeout"] = 2.5
print(cfg, cfg.host, cfg["debug"], cfg.timeout, len(cfg), sorted(vars(cfg)))
del cfg.port
print("port" in cfg, hasattr(cfg, "port"), cfg.get("port", 80))
nested = AttrDict.deep({"db": {"user": "admin", "pool": {"size": 5}}, "tags": ["a", "b"]})
print(nested.db.user, nested.db.pool.size, nested.tags, type(nested.db.pool).__name__)
nested.db.pool.size += 1
print(nested["db"]["pool"]["size"], nested)
clone = copy.deepcopy(dict(nested))
print(clone == nested, clone["db"] is nested["db"])

s = Settings(workers=8)
print(s, s.workers, vars(s) is s.__dict__)
snap = s.snapshot()
s.debug = True
s.name = "changed"
print(s)
s.restore(snap)
print(s, s.__dict__ == snap, s.__dict__ is snap)
s.extra = 1
s.reset()
print(s, hasattr(s, "extra"))
try:
    Settings(colour="red", size=3)
except TypeError as e:
    print("TypeError:", e)
try:
    s.__dict__ = ["not", "a", "dict"]
except TypeError as e:
    print("TypeError:", e)
del s.__dict__
print(vars(s), getattr(s, "workers", "gone"))
s.workers = 2
print(vars(s))

f = Frozen(level=3)
print(f.level)
for action in (lambda: setattr(f, "level", 4), lambda: f.missing):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


def handler():
    pass


handler.__dict__ = {"route": "/home", "methods": ("GET",)}
handler.calls = 0
print(sorted(vars(handler).items()), handler.route)
try:
    handler.__dict__ = None
except TypeError as e:
    print("TypeError:", e)
err = ValueError("bad input")
err.__dict__ = {"field": "age"}
print(err.field, vars(err), err.args)


class Plain:
    pass


objs = [Plain() for _ in range(3)]
shared = {"kind": "shared"}
for o in objs:
    o.__dict__ = shared
objs[0].count = 3
print([vars(o) for o in objs], all(o.__dict__ is shared for o in objs))
