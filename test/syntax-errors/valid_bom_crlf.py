# valid
# UTF-8 BOM and CRLF line endings are accepted.
if True:
    print('bom+crlf ok')
