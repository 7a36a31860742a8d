# str.encode / bytes.decode error handlers as CPython's: runs of unencodable characters, xmlcharrefreplace, backslashreplace, surrogateescape, surrogatepass, unknown handler names
s = 'aé€😀\udc80z'
for e in ['ascii', 'latin-1', 'utf-8']:
    for h in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(e, h, s.encode(e, h))
        except Exception as x:
            print(e, h, type(x).__name__, x)
b = b'a\xff\xc3\xa9\xed\xa0\x80z\xe2\x82'
for e in ['ascii', 'utf-8', 'latin-1']:
    for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(e, h, ascii(b.decode(e, h)))
        except Exception as x:
            print(e, h, type(x).__name__, x)
for bad in ['é', 'aé😀x', '\udc80\udc81', 'ab\udcff']:
    for e in ['ascii', 'utf-8']:
        try:
            print(bad.encode(e, 'bogus'))
        except Exception as x:
            print(type(x).__name__, x)
        try:
            print(bad.encode(e))
        except Exception as x:
            print(type(x).__name__, x)
print('a'.encode('ascii', 'bogus'), b'a'.decode('utf-8', 'bogus'))
print(b'\xffabc'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print(b'a\x80'.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape'))
print(ascii(b'\xe2\x82\xacx\xf0\x9f'.decode('utf-8', 'backslashreplace')))
