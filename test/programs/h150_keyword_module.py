# gilvm-nogil:
# lib/keyword.py: kwlist, softkwlist, iskeyword, issoftkeyword as CPython 3.11's
import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ["class", "Class", "match", "case", "_", "async", "await", "print", "None", "nonlocal", "type"]:
    print(f"{w:<9} keyword={keyword.iskeyword(w)!s:<5} soft={keyword.issoftkeyword(w)}")
names = ["total", "for", "x1", "1x", "lambda", "my_var", "True"]
print([n for n in names if n.isidentifier() and not keyword.iskeyword(n)])
print(sorted(keyword.__all__))
