# gilvm-nogil: --workers 2
# str case predicates follow CPython: titlecase letters (U+01C5) are neither upper nor
# lower, Other_Uppercase / Other_Lowercase letters (Roman numerals, modifier letters)
# count as cased, isidentifier uses XID_Start / XID_Continue.
samples = ["\u01c5ungla", "\u216b", "\u216bX", "\u217b", "\u02b0", "\u01c5", "Hello", "HELLO \u2160",
           "\u00aa", "a\u0345", "\u2160\u2161", "abc\u2071"]
for s in samples:
    print(ascii(s), s.isupper(), s.islower(), s.istitle(), ascii(s.swapcase()), s.isidentifier())
for s in ["x\u00b7y", "\u2118x", "a\u0300", "_\u0660", "\u212e", "\u309b", "1abc", "abc def", "\u00b2"]:
    print(ascii(s), s.isidentifier())
