# gilvm-nogil: --workers 2
"""A small text adventure driven by commands read with input()."""
import sys
from collections import namedtuple

Room = namedtuple("Room", ["title", "text", "exits", "items"], defaults=((),))

WORLD = {
    "hall": Room("Great Hall", "Dusty banners hang here.", {"north": "library", "east": "kitchen"}, ("torch",)),
    "library": Room("Library", "Shelves of rotting books.", {"south": "hall", "up": "tower"}, ("key", "scroll")),
    "kitchen": Room("Kitchen", "Something smells awful.", {"west": "hall", "down": "cellar"}),
    "cellar": Room("Cellar", "It is pitch dark.", {"up": "kitchen"}, ("wine",)),
    "tower": Room("Tower", "Wind howls through the window.", {"down": "library"}, ("crown",)),
}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
           "l": "look", "i": "inventory", "q": "quit"}


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Game:
    def __init__(self):
        self.where = "hall"
        self.inventory = []
        self.floor = {name: list(room.items) for name, room in WORLD.items()}
        self.moves = 0
        self.locked = {("library", "up")}
        self.handlers = {name[3:]: getattr(self, name) for name in dir(self) if name.startswith("do_")}

    @property
    def room(self):
        return WORLD[self.where]

    def describe(self):
        r = self.room
        dark = self.where == "cellar" and "torch" not in self.inventory
        print(f"== {r.title} ==")
        print("You can't see a thing." if dark else r.text)
        if self.floor[self.where] and not dark:
            print("You see:", ", ".join(sorted(self.floor[self.where])))
        print("Exits:", " ".join(sorted(r.exits)))

    def do_look(self, *args):
        self.describe()

    def do_go(self, direction=None, *rest):
        if direction is None:
            print("Go where?")
            return
        if direction not in self.room.exits:
            print(f"You can't go {direction!r} from here.")
            return
        if (self.where, direction) in self.locked:
            if "key" in self.inventory:
                print("You unlock the trapdoor with the key.")
                self.locked.discard((self.where, direction))
            else:
                print("The trapdoor is locked.")
                return
        self.where = self.room.exits[direction]
        self.moves += 1
        self.describe()

    def do_take(self, *words):
        item = " ".join(words)
        here = self.floor[self.where]
        if not item:
            print("Take what?")
        elif item == "all":
            for thing in sorted(here):
                self.do_take(thing)
        elif item in here:
            here.remove(item)
            self.inventory.append(item)
            print(f"Taken: {item}.")
            if item == "crown":
                raise GameOver(True, f"You seize the crown in {self.moves} moves!")
        else:
            print(f"There is no {item} here.")

    def do_drop(self, item=""):
        try:
            self.inventory.remove(item)
        except ValueError:
            print(f"You don't have {item or 'that'}.")
        else:
            self.floor[self.where].append(item)
            print(f"Dropped {item}.")

    def do_inventory(self):
        print("You carry:", ", ".join(self.inventory) if self.inventory else "nothing")

    def do_drink(self, item=""):
        if item == "wine" and "wine" in self.inventory:
            raise GameOver(False, "The wine was poisoned.")
        print("You can't drink that.")

    def do_quit(self):
        raise GameOver(False, "You give up.")

    def step(self, line):
        words = line.lower().split()
        if not words:
            return
        verb, *args = words
        verb = ALIASES.get(verb, verb)
        if verb in ("north", "south", "east", "west", "up", "down"):
            verb, args = "go", [verb]
        handler = self.handlers.get(verb)
        if handler is None:
            print(f"I don't know how to {verb!r}.")
            return
        try:
            handler(*args)
        except TypeError as e:
            print(f"Huh? ({verb} takes different words)")


game = Game()
print(sorted(game.handlers))
game.describe()
count = 0
try:
    while True:
        try:
            line = input("> ")
        except EOFError:
            print()
            print("(end of input)")
            break
        count += 1
        print(line)
        game.step(line)
except GameOver as over:
    print("*** " + ("VICTORY" if over.won else "GAME OVER") + f": {over} ***")
print(f"commands read: {count}, moves: {game.moves}, carrying: {sorted(game.inventory)}")
sys.exit(0 if "crown" in game.inventory else 3)
