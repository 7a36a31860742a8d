# -*- coding: latin-1 -*-
# A source file in latin-1, declared as PEP 263 says: its bytes read as that encoding.
s = "café à ¤ ÿ"
print(s, len(s), [hex(ord(c)) for c in s[-5:]])
print("naïve".upper(), "ß" * 2)
