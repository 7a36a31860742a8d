# An uncaught NameError for a misspelt local: CPython 3.11 ends the report with
# ". Did you mean: 'total_price'?" (Levenshtein over the frame's locals, then globals,
# then builtins).
TAX_RATE = 0.2


def checkout(prices):
    total_price = 0
    for p in prices:
        total_price += p
    print("subtotal", total_price)
    try:
        print(TAX_RAT)
    except NameError as e:
        # str(e) never carries the suggestion; e.name is the missing name
        print("caught:", e, "| name =", e.name)
    try:
        prnt("x")
    except NameError as e:
        print("caught:", e)
    return totl_price * (1 + TAX_RATE)


print(checkout([10, 20, 5]))
