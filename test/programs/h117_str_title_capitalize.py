# gilvm-nogil:
# str.title() uses the titlecase mapping where it differs from the uppercase one (Georgian
# Mkhedruli stays itself, Greek letters with prosgegrammeni, Armenian ligatures), and
# str.capitalize() lowercases the rest in context, so a word-final capital sigma becomes ς
words = ["ᾳ ᾼ", "ᾼᾼ", "ῌ ῼ ᾲ ᾴ ᾷ ῂ ῄ ῇ ῲ ῴ ῷ", "ﬓ ﬔ ﬕ ﬖ ﬗ", "საქართველო თბილისი", "ჽჾჿ",
         "ΟΔΟΣ", "ΟΔΟΣ ΚΑΙ", "AΣ", "Σ", "ΣΑΣ.", "hello WORLD", "ǆemal", "ßa", "İx", "x İ"]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), w.title().istitle(), repr(w.upper()), repr(w.lower()))
for cp in list(range(0x1f80, 0x2000)) + list(range(0x10d0, 0x1100)) + list(range(0xfb00, 0xfb18)):
    c = chr(cp)
    if c.title() != c.upper():
        print(hex(cp), [hex(ord(x)) for x in c.title()], [hex(ord(x)) for x in ("a" + c).capitalize()])
