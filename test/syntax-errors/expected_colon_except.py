# expected colon except
try:
    pass
except ValueError
    pass
