# a triple-quoted string that never ends
doc = """starts here
and keeps going

print(doc)
