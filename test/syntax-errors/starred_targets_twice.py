# starred targets twice
a, *b, *c = range(10)
