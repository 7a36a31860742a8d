# A text-adventure state machine: rooms, items, a parser of verbs, scripted commands.
import random
from collections import deque


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Room:
    def __init__(self, name, description, exits=None, items=()):
        self.name = name
        self.description = description
        self.exits = dict(exits or {})
        self.items = set(items)
        self.locked = {}

    def __repr__(self):
        return f"Room({self.name!r}, exits={sorted(self.exits)})"

    def describe(self):
        lines = [f"== {self.name.upper()} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)) + ".")
        doors = [d + (" (locked)" if d in self.locked else "") for d in sorted(self.exits)]
        lines.append("Exits: " + (" | ".join(doors) if doors else "none"))
        return "\n".join(lines)


class Player:
    MAX_ITEMS = 3

    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.history = deque(maxlen=4)
        self._score = 0

    @property
    def score(self):
        return self._score

    @score.setter
    def score(self, value):
        if value < 0:
            raise ValueError("score cannot go negative")
        self._score = value


class Game:
    DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}

    def __init__(self, seed):
        self.rng = random.Random(seed)
        hall = Room("hall", "A dusty entrance hall.", items={"lamp"})
        library = Room("library", "Shelves of crumbling books.", items={"key", "book"})
        vault = Room("vault", "A cold stone vault.", items={"gold"})
        garden = Room("garden", "An overgrown garden.", items={"rose", "spade"})
        hall.exits.update(north=library, east=garden)
        library.exits.update(south=hall, down=vault)
        library.locked["down"] = "key"
        vault.exits["up"] = library
        garden.exits["west"] = hall
        self.rooms = {r.name: r for r in (hall, library, vault, garden)}
        self.player = Player(hall)
        self.handlers = {name[3:]: getattr(self, name) for name in dir(self) if name.startswith("do_")}

    def parse(self, line):
        words = line.lower().replace(",", " ").split()
        if not words:
            return None, []
        verb, *rest = words
        if verb in self.DIRECTIONS or verb in self.DIRECTIONS.values():
            return "go", [self.DIRECTIONS.get(verb, verb)]
        rest = [w for w in rest if w not in ("the", "a", "an", "to")]
        return verb, rest

    def step(self, line):
        verb, args = self.parse(line)
        if verb is None:
            return "Say something."
        handler = self.handlers.get(verb)
        if handler is None:
            close = sorted(v for v in self.handlers if v[0] == verb[0])
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            return f"I don't know how to {verb!r}.{hint}"
        self.player.moves += 1
        self.player.history.append(verb)
        try:
            return handler(*args)
        except TypeError:
            return f"{verb.capitalize()} what?"

    def do_look(self):
        return self.player.room.describe()

    def do_go(self, direction):
        room = self.player.room
        if direction not in room.exits:
            return f"You can't go {direction} from the {room.name}."
        need = room.locked.get(direction)
        if need:
            if need not in self.player.inventory:
                return f"The way {direction} is locked."
            del room.locked[direction]
            self.player.score += 5
        self.player.room = room.exits[direction]
        return self.player.room.describe()

    def do_take(self, item, *extra):
        room = self.player.room
        if item not in room.items:
            return f"There is no {item} here."
        if len(self.player.inventory) >= Player.MAX_ITEMS:
            return "Your hands are full."
        room.items.remove(item)
        self.player.inventory.append(item)
        self.player.score += 10 if item == "gold" else 1
        if item == "gold":
            raise GameOver(True, f"You found the gold in {self.player.moves} moves!")
        return f"Taken: {item}."

    def do_drop(self, item):
        try:
            self.player.inventory.remove(item)
        except ValueError:
            return f"You have no {item}."
        self.player.room.items.add(item)
        return f"Dropped {item}."

    def do_inventory(self):
        inv = self.player.inventory
        return "You carry: " + (", ".join(inv) if inv else "nothing") + f" [{len(inv)}/{Player.MAX_ITEMS}]"

    def do_wander(self):
        direction = self.rng.choice(sorted(self.player.room.exits))
        return f"(wandering {direction})\n" + self.do_go(direction)

    def do_quit(self):
        raise GameOver(False, "You gave up.")


script = """look
take lamp
n
take the book
take key
take book
d
drop book
inventory
down
xyzzy
jump
take
e, w
go north
wander
wander
take gold
look"""
game = Game(seed=42)
for n, command in enumerate(script.splitlines(), 1):
    print(f"[{n:02}] > {command}")
    try:
        print(game.step(command))
    except GameOver as end:
        print(f"*** {'VICTORY' if end.won else 'DEFEAT'}: {end} ***")
        break
p = game.player
print(f"moves={p.moves} score={p.score} history={list(p.history)} room={p.room!r}")
try:
    p.score = -1
except ValueError as e:
    print("ValueError:", e)
print(sorted(game.handlers))
print({name: len(room.items) for name, room in game.rooms.items()})
