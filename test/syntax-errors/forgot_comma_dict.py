# forgot comma dict
d = {'a': 1, 'b' 2}
