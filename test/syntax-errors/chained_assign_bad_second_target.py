total = 0
total = count or 0 = 1
