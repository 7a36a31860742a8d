values = [1, 2, 3]
squares = [n := n * n for n in values]
