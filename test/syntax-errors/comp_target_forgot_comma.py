values = [1, 2]
squares = [v * v for v values]
