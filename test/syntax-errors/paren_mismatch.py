# brackets closed in the wrong order
data = [1, 2, (3, 4])
