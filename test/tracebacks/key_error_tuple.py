# gilvm-test: also -c
d = {(1, 2): 'a'}
print(d[(3, 4)])
