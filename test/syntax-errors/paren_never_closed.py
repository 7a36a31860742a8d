# an opening parenthesis with no partner
result = max(1, 2
print(result)
