m = [[1 / c for c in row] for row in [[1], [0]]]
