# a try: block ending the file (CPython points at the last line, no caret)
try:
    x = 1
