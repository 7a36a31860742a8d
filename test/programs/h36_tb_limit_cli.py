# gilvm-nogil: --workers 2
# a config checker CLI that trims tracebacks with sys.tracebacklimit, then fails with a chain
import sys

class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key

RAW = {"port": "80a", "host": "example.org", "workers": "4", "timeout": "-1"}
SCHEMA = {"port": int, "workers": int, "timeout": float, "host": str}

def coerce(key, text):
    kind = SCHEMA[key]
    try:
        value = kind(text)
    except ValueError as exc:
        raise ConfigError(key, f"expected {kind.__name__}, got {text!r}") from exc
    if kind is not str and value < 0:
        raise ConfigError(key, "must not be negative")
    return value

def load(raw, strict):
    config, errors = {}, []
    for key in sorted(raw):
        try:
            config[key] = coerce(key, raw[key])
        except ConfigError as e:
            if strict:
                raise
            errors.append(e)
    return config, errors

config, errors = load(RAW, strict=False)
print("loaded:", config)
for e in errors:
    print("  problem with", e.key, "->", e, "| cause:", repr(e.__cause__))
sys.tracebacklimit = 2
print("tracebacklimit:", sys.tracebacklimit)
load(RAW, strict=True)
