# str.is*() predicates on ASCII (the in-place fast path) and non-ASCII text, incl. the whitespace set (\x1c-\x1f, \x85 yes; \ufeff no)
tests = ["", "a", "A", "1", "a1", "aB", "AB", "ab", "A1", "a b", " ", "\t\n\x0b\x0c\r\x1c\x1f", "\x85", "\xa0", "\ufeff", "é", "É", "²", "١", "Ab1_", "_", "1.5", "ABC DEF", "abc!", "!", "ǅ", "\u2028", "ﬁ", "ΣΑ", "ab\x80"]
for t in tests:
    print(repr(t), [f(t) for f in (str.isalpha, str.isalnum, str.isdigit, str.isdecimal, str.isnumeric, str.isspace, str.isupper, str.islower)])
