# legacy except comma
try:
    pass
except ValueError, e:
    pass
