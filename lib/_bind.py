"""Argument binding for classes built without exec (gilvm's own helper module).

namedtuple's __new__ and dataclass's __init__ take (*args, **kwargs) and bind them here to
their field names, raising the TypeError CPython's generated functions raise, in CPython's
order: keyword errors first, then too many positionals, then missing arguments.
"""


def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _name_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def bind(qualname, names, defaults, args, kwargs, kwonly=()):
    """Values for `names` (positional-or-keyword) then `kwonly`, in order.

    defaults: dict name -> default value for the parameters that have one; `self` is
    counted in the messages as CPython counts it.
    """
    n = len(names)
    nargs = len(args)
    values = list(args[:n])
    if nargs < n:
        values.extend([_MISSING] * (n - nargs))
    kwvalues = [_MISSING] * len(kwonly)
    if kwargs:
        for key, value in kwargs.items():
            if key in names:
                i = names.index(key)
                if i < nargs:
                    raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
                values[i] = value
            elif key in kwonly:
                kwvalues[kwonly.index(key)] = value
            else:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
    if nargs > n:
        nreq = 0
        for name in names:
            if name not in defaults:
                nreq += 1
        if nreq < n:
            takes = f"from {nreq + 1} to {n + 1} positional arguments"
        else:
            takes = _plural(n + 1, "positional argument")
        verb = "was" if nargs + 1 == 1 else "were"
        raise TypeError(f"{qualname}() takes {takes} but {nargs + 1} {verb} given")
    missing = []
    for i in range(n):
        if values[i] is _MISSING:
            name = names[i]
            if name in defaults:
                values[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError(f"{qualname}() missing {_plural(len(missing), 'required positional argument')}: {_name_list(missing)}")
    for i in range(len(kwonly)):
        if kwvalues[i] is _MISSING:
            name = kwonly[i]
            if name in defaults:
                kwvalues[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError(f"{qualname}() missing {_plural(len(missing), 'required keyword-only argument')}: {_name_list(missing)}")
    return values + kwvalues


class _MissingType:
    def __repr__(self):
        return "<missing>"


_MISSING = _MissingType()
