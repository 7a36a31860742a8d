def pretty(obj, indent=0, width=4):
    pad = " " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        lines = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            comma = "," if i < len(obj) - 1 else ""
            lines.append(f"{pad}{' ' * width}{k!r}: {pretty(v, indent + width, width)}{comma}")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(obj, (list, tuple)):
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        if all(isinstance(x, (int, float, str, bool, type(None))) for x in obj):
            inner = ", ".join(map(repr, obj))
            if isinstance(obj, tuple) and len(obj) == 1:
                inner += ","
            return open_ + inner + close
        body = (",\n" + pad + " " * width).join(pretty(x, indent + width, width) for x in obj)
        return f"{open_}\n{pad}{' ' * width}{body}\n{pad}{close}"
    if isinstance(obj, float):
        return f"{obj:.3f}" if obj != int(obj) else repr(obj)
    return repr(obj)

def flatten(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from flatten(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj

def get_path(obj, path):
    cur = obj
    for part in path.replace("]", "").replace("[", ".").split("."):
        if isinstance(cur, list):
            cur = cur[int(part)]
        else:
            cur = cur[part]
    return cur

config = {
    "name": "service",
    "version": (1, 4, 2),
    "single": ("x",),
    "ratio": 0.3333333,
    "enabled": True,
    "owner": None,
    "ports": [80, 443],
    "routes": [{"path": "/", "methods": ["GET"]}, {"path": "/api", "methods": ["GET", "POST"], "auth": {"kind": "token", "ttl": 3600.0}}],
    "empty": {},
    "nested": [[1, 2], [3, [4, 5]]],
}
print(pretty(config))
flat = dict(flatten(config))
for key in sorted(flat, key=lambda k: (k.count("."), k)):
    print(f"{key:<28} = {flat[key]!r}")
print(get_path(config, "routes[1].auth.ttl"), get_path(config, "nested[1][1][0]"))
print(len(flat), sum(1 for v in flat.values() if isinstance(v, str)), type(flat["ports[0]"]).__name__)
print(repr(config["routes"][1])[:40], str(config["version"]), repr(config["single"]), str(None), repr("it's"))
for path in ("routes[5].path", "routes[0].verbs", "ports.x"):
    try:
        get_path(config, path)
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(f"{path}: {type(e).__name__}: {e}")
get_path(config, "owner.name")
