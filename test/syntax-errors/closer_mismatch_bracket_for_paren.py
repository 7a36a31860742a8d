# closer mismatch bracket for paren
x = (1, 2]
