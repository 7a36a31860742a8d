# Ends with an uncaught KeyError: traceback on stderr, exit status 1.
# Output printed before the error must still appear on stdout.
prices = {"apple": 1.25, "pear": 0.8}
order = ["apple", "pear", "mango"]
total = 0
for item in order:
    print("pricing", item)
    total += prices[item]
print("never reached", total)
