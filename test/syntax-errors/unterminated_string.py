# a single-quoted string that never ends
name = 'alice
print(name)
