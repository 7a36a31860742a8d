pairs = [(1, 2)]
first = [a for a, b c in pairs]
