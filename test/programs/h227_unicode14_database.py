# Characters assigned after Unicode 14.0 (CPython 3.11's database) are unassigned to Python: repr escapes them, no predicate holds for them, no case mapping reaches them, int() does not read them as digits
new = ["\U0001FA77", "\U0001FAE8", "\u019b", "\u0264", "\U00011f50", "\U00031350", "\ua7cb", "\u1c89", "\U0001F600", "é", "中"]
for c in new:
    print(ascii(c), [c], repr(c), c.isprintable(), c.isalpha(), c.isalnum(), c.isidentifier(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isupper(), c.islower(), ascii(c.upper()), ascii(c.lower()), ascii(c.title()), ascii(c.casefold()), ascii(c.swapcase()), ascii(c.capitalize()))
s = "\u019bx \U0001FA77abc ƛƛ"
print(ascii(s.upper()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()), s.istitle(), "Ab\U0001FA77".istitle(), "AB\U0001FA77".isupper())
for t in ["\U00011f50", "1\U00011f51", "٣"]:
    try: print(int(t))
    except ValueError as e: print('VE', e)
print(ascii("x\U0001FA77y".title()), ascii("ab ɤc".title()))
