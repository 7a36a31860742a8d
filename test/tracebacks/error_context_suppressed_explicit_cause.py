try:
    1 / 0
except Exception as e:
    err = ValueError('x')
    err.__cause__ = e
    raise err
