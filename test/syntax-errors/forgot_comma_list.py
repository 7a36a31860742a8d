# forgot comma list
xs = [1, 2 3]
