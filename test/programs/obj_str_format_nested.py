# str.format with nested replacement fields; str.maketrans / translate
rows = [("apple", 1.5), ("kiwi", 12.25), ("banana", 0.333)]
width, prec = 10, 2
for name, price in rows:
    print("{:<{w}}|{:>{w}.{p}f}|".format(name, price, w=width, p=prec))
print("{:{}}|{:{}.{}}|".format("ab", 5, 3.14159, 8, 3))
print("{0:{1}^{2}}".format("mid", "*", 9), "{:>{}}".format(42, 6), "{x:{fill}>{n}}".format(x=7, fill="0", n=4))
table = str.maketrans("lo", "01")
print("hello world".translate(table), table)
print(str.maketrans({"a": "b", "c": None, 100: "D"}))
print("abcd".translate(str.maketrans({"a": "b", "c": None, 100: "D"})))
print("abc".translate(str.maketrans("a", "x", "c")), "x".maketrans("a", "b"))
vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(vowels))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello".translate(rot13), "hello".translate(rot13).translate(rot13))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1})):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
