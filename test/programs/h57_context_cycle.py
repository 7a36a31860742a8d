# an exception whose __context__ chain already loops, raised over (session 33 probe: it hung)
e = ValueError("a")
e.__context__ = e
try:
    raise e
except ValueError:
    raise TypeError("b")
