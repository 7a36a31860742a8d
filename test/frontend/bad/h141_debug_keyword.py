x = g(1, o.m(__debug__=1))
