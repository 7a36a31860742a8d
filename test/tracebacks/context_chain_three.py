try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k')
except KeyError:
    raise ValueError('v')
