# closer mismatch brace for bracket
d = {'a': [1, 2}
