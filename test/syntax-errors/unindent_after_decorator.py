# unexpected unindent: a decorator with nothing after it in a block
def f():
    @dec
x = 1
