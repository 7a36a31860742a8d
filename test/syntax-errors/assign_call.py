# assigning to a function call
len(items) = 3
