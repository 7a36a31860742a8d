# valid
# match, case and _ are soft keywords: as plain names they are fine.
match = 1
case = [match]
_ = case
print(match, case, _)
def match_(x): return x
print(match_(2))
