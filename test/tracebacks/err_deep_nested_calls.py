def a():
    b()
def b():
    c()
def c():
    d = {}
    return d['missing']
a()
