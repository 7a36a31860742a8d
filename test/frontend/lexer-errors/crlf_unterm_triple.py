x = """abc
y
