# vim: set fileencoding=cp1252 :
# cp1252 declared on the first line (an editor modeline form): 0x80-0x9f are its letters.
print("€ “quoted” – Œ", [hex(ord(c)) for c in "€“”–Œ"])
