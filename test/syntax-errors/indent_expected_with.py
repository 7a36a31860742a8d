# indent expected with
with open('f') as f:
print(f)
