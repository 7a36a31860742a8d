# A traffic-light state machine and a vending machine driven by event lists, using
# dicts of transitions, enums emulated with class attributes, and generators.
class Light:
    RED, GREEN, YELLOW = "red", "green", "yellow"
    transitions = {RED: GREEN, GREEN: YELLOW, YELLOW: RED}
    durations = {RED: 4, GREEN: 3, YELLOW: 1}


def light_cycle(start, ticks):
    state, remaining = start, Light.durations[start]
    for t in range(ticks):
        yield t, state
        remaining -= 1
        if remaining == 0:
            state = Light.transitions[state]
            remaining = Light.durations[state]


timeline = list(light_cycle(Light.RED, 12))
print(" ".join(s[0].upper() for _, s in timeline))
changes = [(t, s) for (t, s), (_, prev) in zip(timeline[1:], timeline) if s != prev]
print(changes)


class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []

    def handle(self, event, arg=None):
        handler = getattr(self, f"on_{event}", None)
        if handler is None:
            self.log.append(f"ignored {event!r} in {self.state}")
            return
        handler(arg)

    def on_coin(self, value):
        if value not in (10, 20, 50, 100):
            self.log.append(f"rejected coin {value}")
            return
        self.credit += value
        self.state = "has_credit"

    def on_select(self, item):
        if self.state != "has_credit":
            self.log.append("insert coins first")
            return
        price = self.PRICES.get(item)
        if price is None:
            self.log.append(f"unknown item {item}")
        elif price > self.credit:
            self.log.append(f"{item} costs {price}, credit {self.credit}")
        else:
            self.credit -= price
            self.log.append(f"vend {item}, change {self.credit}")
            self.credit = 0
            self.state = "idle"

    def on_cancel(self, _):
        self.log.append(f"refund {self.credit}")
        self.credit = 0
        self.state = "idle"


vm = VendingMachine()
events = [("select", "cola"), ("coin", 100), ("coin", 5), ("select", "cola"), ("coin", 50),
          ("select", "cola"), ("coin", 100), ("coin", 20), ("select", "gum"), ("kick", None),
          ("coin", 50), ("select", "water"), ("cancel", None)]
for event, arg in events:
    vm.handle(event, arg)
print("\n".join(vm.log))
print(vm.state, vm.credit)
