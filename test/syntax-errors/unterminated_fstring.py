# unterminated fstring
name = 1
print(f"hi {name}
