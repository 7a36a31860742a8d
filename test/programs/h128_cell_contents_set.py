# gilvm-nogil:
# cell.cell_contents is writable and deletable (CPython's cell_set_contents): a store
# changes what the closure and the enclosing function see; a delete empties the cell
def setcell():
    v = 1
    def inner():
        return v
    inner.__closure__[0].cell_contents = 99
    return inner(), v
print(setcell())

def mk():
    v = 'first'
    def f():
        return v
    return f
f = mk()
cell = f.__closure__[0]
print(cell.cell_contents)
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print('ValueError', e)
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
del cell.cell_contents  # deleting an empty cell is no error
cell.cell_contents = ['back']
print(f())
cell.cell_contents = None
print(f())
try:
    cell.other = 1
except AttributeError as e:
    print(e)
