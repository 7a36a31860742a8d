# A stray colon after a tuple
x, y:
