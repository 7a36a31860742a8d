# gilvm-nogil:
# str.title / swapcase lower a capital sigma by CPython's handle_capital_sigma: final form
# when a cased character comes before it and none after, case-ignorable characters (' . -)
# skipped both ways; title's "previous is cased" is the Cased property ('ª' counts)
for s in ["aΣ'σ", "B.Σ\r", "AΣ", "ΣA", "Σ", "a'Σ'", "ΑΣ.Β", "ΟΔΟΣ ΟΔΟΣ.", "xΣ-", "a\u0301Σ",
          "ΣΣ", "aΣ\u0301b", "ªb", "ⓐb c", "1Σ", " Σ ", "hello ΣΑΣ world", "they're ΣΑΣ'"]:
    print(ascii(s), ascii(s.title()), ascii(s.swapcase()), ascii(s.lower()), ascii(s.capitalize()), s.istitle())
