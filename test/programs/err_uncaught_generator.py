# Ends with an uncaught ValueError raised inside a generator consumed by a loop.
def parse_lines(lines):
    for number, line in enumerate(lines, 1):
        key, _, value = line.partition("=")
        if not value:
            raise ValueError(f"line {number}: missing value for {key!r}")
        yield key, value


for key, value in parse_lines(["a=1", "b=2", "c"]):
    print(key, value)
