# continuation at eof
x = 1 + \
