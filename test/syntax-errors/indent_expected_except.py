# indent expected except
try:
    pass
except ValueError:
x = 1
