# forgot comma call args
print(1 2)
