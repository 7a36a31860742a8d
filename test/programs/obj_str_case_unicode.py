# str case methods on non-ASCII text: title/capitalize/swapcase with titlecase letters and
# final sigma, casefold's full foldings (ß, ligatures), splitlines' boundaries
tests = ["hello world", "they're bill's friends", "ǅemal", "ßtraße", "ﬁnd", "İstanbul", "hello\x1cworld\x85x\u2028y", "a\r\nb\rc\nd\x0be\x0cf\x1dg", "12abc", "ÉCOLE élève"]
for t in tests:
    print(repr(t.title()), repr(t.capitalize()), repr(t.upper()), repr(t.lower()), repr(t.casefold()), repr(t.swapcase()), t.splitlines(), t.splitlines(True), t.istitle())
print("a\tb\tc".expandtabs(), "x".center(4, "-"), "abc".translate(str.maketrans("ab", "xy", "c")), "%-5d|%+.2e" % (3, 12345.6789))
print("{:>10}".format("right"), "{:^10.3}".format("centered"), "{0!r:<8}".format("r"), "{:,}".format(1234567.891), "{:_b}".format(255))
print("Straße".encode(), "naïve".encode("ascii", "replace"), "é".encode("latin-1"), b"caf\xc3\xa9".decode())
for t in ["ǅemal", "ßtraße", "ﬁnd ﬂy ﬃ", "ſµςϐϑẞ", "ıİ", "ΣΑΣ σας", "Hello World", "ǈ"]:
    print(repr(t.casefold()), repr(t.swapcase()))
