# A script with a UTF-8 BOM and CRLF line endings.
x = 1
if x:
    print("bom and crlf ok")
s = """a
b"""
print(repr(s))
total = 1 + \
    2
print(total)
