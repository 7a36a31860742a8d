try:
    {}['k']
except KeyError:
    raise LookupError('missing') from None
