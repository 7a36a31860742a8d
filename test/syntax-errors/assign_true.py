# assign true
True = 1
