# indent expected def at eof
def f():
