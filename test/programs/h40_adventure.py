import sys

class GameOver(Exception):
    pass

def look(state, arg):
    room = ROOMS[state["room"]]
    exits = ", ".join(sorted(room["exits"]))
    return f"{room['desc']} Exits: {exits}."

def go(state, arg):
    room = ROOMS[state["room"]]
    if arg not in room["exits"]:
        raise KeyError(arg)
    state["room"] = room["exits"][arg]
    state["moves"] += 1
    return look(state, None)

def take(state, arg):
    items = ROOMS[state["room"]].setdefault("items", [])
    try:
        items.remove(arg)
    except ValueError as e:
        return f"no {arg} here ({e})"
    state["inventory"].add(arg)
    return f"taken {arg}"

def inv(state, arg):
    return "carrying: " + (", ".join(sorted(state["inventory"])) or "nothing")

def quit_(state, arg):
    raise GameOver(state["moves"])

COMMANDS = {"look": look, "go": go, "take": take, "inv": inv, "quit": quit_}
ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall"}},
}

script = """look
take lamp
take sword
go north
take key
inv
go up
dance
go south
go east
look
quit""".splitlines()

state = {"room": "hall", "moves": 0, "inventory": set()}
for line in script:
    verb, _, arg = line.partition(" ")
    handler = COMMANDS.get(verb)
    if handler is None:
        close = [c for c in COMMANDS if c[0] == verb[0]]
        print(f"?? {verb!r} unknown; try {close or list(COMMANDS)}")
        continue
    try:
        print(f"> {line:<12}", handler(state, arg or None))
    except KeyError as e:
        print(f"> {line:<12} can't go {e}; KeyError args={e.args}")
    except GameOver as g:
        print("bye after", g.args[0], "moves")
        break
else:
    print("never")

print({k: v for k, v in state.items() if k != "inventory"})
print(sorted(state["inventory"], key=len, reverse=True))
print(ROOMS["library"].get("items"), ROOMS["kitchen"])
lookup = {name: fn.__name__ for name, fn in COMMANDS.items()}
print(lookup)
sys.exit(state["moves"])
