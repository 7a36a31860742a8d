# gilvm-test: also -c
counter = 0
print(countr)
