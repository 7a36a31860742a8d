def gen():
    yield 1
    raise ValueError('bad')
for x in gen():
    print(x)
