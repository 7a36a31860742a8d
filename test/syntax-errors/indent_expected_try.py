# a try with no body
try:
x = 1
except Exception:
    pass
