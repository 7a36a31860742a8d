# lambda non default after default
g = lambda a=1, b: 0
