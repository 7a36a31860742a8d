# unmatched paren extra
print(1))
