pairs = sorted(d, key=lambda (k, v): v)
