xs = ['b', 'a', 3]
xs.sort(key=lambda s: s.lower())
