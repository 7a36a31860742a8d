def parse(s):
    return int(s)
values = [parse(v) for v in ['1', 'two']]
