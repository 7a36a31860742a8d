result = dict(True=1)
