# case mapping, title/capitalize/swapcase/casefold, is* predicates
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

samples = ["hello world", "they're bill's friends", "HELLO", "hELLo wORLD", "a1b2 c3d", "ﬁne ﬂow", "straße",
           "ǅemal ǆ", "İstanbul", "ΣΑΣ ΟΔΟΣ", "σς", "123abc", "_x_y", "o'neil's", "mc-donald", "éCOLE",
           "", " ", "ǈ", "\u1e9e", "ß", "ŉ", "ΐ", "ﬃ", "Hello\tWorld\nNew", "x²y", "Ⅷ", "aBc-dEf_gHi", "ῳ"]
for s in samples:
    t(lambda: (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()))
    t(lambda: (s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(),
               s.isnumeric(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii()))
for s in ["123", "١٢٣", "²", "½", "Ⅷ", "一", "0x1", "-1", "1.5", "", " 1", "\u0660", "abc", "a b", "\t", "\x1f", "\u00a0", "\u200b", "\x85",
          "def", "class", "_", "1a", "a1", "é", "$", "\U0001F600"]:
    t(lambda: (s, s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable()))
t(lambda: "abc".upper(1))
t(lambda: str.upper(5))
t(lambda: str.upper("x"))
t(lambda: "ß".upper() == "SS")
t(lambda: "ﬁ".title())
t(lambda: "ǆa".title())
t(lambda: "ǆa".capitalize())
t(lambda: "ΣΑΣ".lower())
t(lambda: "A Σ".lower())
t(lambda: "AΣ B".lower())
t(lambda: "İ".lower())
t(lambda: len("İ".lower()))
t(lambda: "i̇".upper())
