# String literal forms: quotes, triple quotes, raw, escapes, adjacent concatenation.
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple "double" with 'quotes'"""
print(a, b)
print(c)
print(d)
print('it\'s', "say \"hi\"", 'mixed "quotes"', "it's")

escapes = "bs:\\ sq:\' dq:\" nl:\n tab:\t cr-bell:\a bs2:\b ff:\f vt:\v"
print(repr(escapes))
print(repr("\x41\x62\101\7\0\u00e9\U0001F600\u20ac"))
print(len("\U0001F600"), ord("\u20ac"))
print("line one\
 continued")
print(r"raw \n \t \\ stays", R'raw\x41')
print(repr(r"\'"), len(r"\\"))

concat = "abc" 'def' """ghi""" r'\jkl'
print(concat)
long_message = ("first part, "
                "second part, "
                'third part')
print(long_message)
print('''a
b\
c''')
print("tab\there", "new\nline".splitlines())
print(repr(''), repr(""), repr(''''''), len("""   """))
print(repr("both ' and \""), repr('only "double"'), repr("only 'single'"))
print(repr("\x00\x1f\x7f\x80\xff"), repr("\u0100\ud7ff"))
print(ascii("héllo\u20ac\U0001F600"))
s = "naïve café"
print(s, len(s), s.upper())
