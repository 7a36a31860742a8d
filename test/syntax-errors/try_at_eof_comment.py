# a try: block followed by a comment and a blank line at the end of the file
try:
    x = 1
# c

