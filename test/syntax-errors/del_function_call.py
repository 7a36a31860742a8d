# del function call
del f()
