# Inventory management with nested dicts and lists: restocking, orders with
# validation, reports grouped by category, and a small query language.
inventory = {
    "widget": {"category": "tools", "qty": 40, "price": 2.50},
    "gadget": {"category": "tools", "qty": 5, "price": 12.00},
    "apple": {"category": "food", "qty": 100, "price": 0.30},
    "bread": {"category": "food", "qty": 0, "price": 2.20},
    "lamp": {"category": "home", "qty": 7, "price": 19.99},
}


class OrderError(Exception):
    pass


def place_order(lines):
    for name, qty in lines:
        if name not in inventory:
            raise OrderError(f"unknown item {name!r}")
        if inventory[name]["qty"] < qty:
            raise OrderError(f"only {inventory[name]['qty']} {name} left, wanted {qty}")
    total = 0.0
    for name, qty in lines:
        inventory[name]["qty"] -= qty
        total += qty * inventory[name]["price"]
    return round(total, 2)


orders = [
    [("widget", 10), ("apple", 12)],
    [("gadget", 6)],
    [("lamp", 2), ("sofa", 1)],
    [("bread", 1)],
    [("lamp", 7)],
]
for i, order in enumerate(orders, 1):
    try:
        print(f"order {i}: total {place_order(order):.2f}")
    except OrderError as e:
        print(f"order {i} rejected: {e}")
restock = {"bread": 30, "gadget": 10}
for name, extra in restock.items():
    inventory[name]["qty"] += extra
by_category = {}
for name, info in inventory.items():
    by_category.setdefault(info["category"], []).append(name)
for category in sorted(by_category):
    names = sorted(by_category[category])
    value = sum(inventory[n]["qty"] * inventory[n]["price"] for n in names)
    print(f"{category:<6} {', '.join(names):<20} stock value {value:8.2f}")
low = [n for n, info in inventory.items() if info["qty"] < 10]
print("low stock:", sorted(low))


def query(expr):
    field, op, value = expr.split()
    value = float(value)
    ops = {"<": lambda a, b: a < b, ">": lambda a, b: a > b, "==": lambda a, b: a == b}
    return sorted(n for n, info in inventory.items() if ops[op](info[field], value))


for q in ("qty > 20", "price < 3", "qty == 0"):
    print(q, "->", query(q))
most_valuable = max(inventory, key=lambda n: inventory[n]["qty"] * inventory[n]["price"])
print("most valuable line:", most_valuable)
print({name: info["qty"] for name, info in inventory.items()})
