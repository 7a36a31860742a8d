# if call assign instead of compare
if len(x) = 2:
    pass
