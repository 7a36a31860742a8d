# a dict display left open until the end of the file
config = {
    'a': 1,
    'b': 2,
