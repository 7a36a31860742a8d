# try without except
try:
    pass
print(1)
