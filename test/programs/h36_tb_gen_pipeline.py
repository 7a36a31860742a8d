# gilvm-nogil: --workers 2
# a lazy pipeline: the error surfaces deep inside nested generators
def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line.strip()

def parse(lines):
    for lineno, line in lines:
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        yield lineno, key.strip(), value.strip()

def convert(entries):
    for lineno, key, value in entries:
        yield key, int(value)

TEXT = """
# settings
width = 10
height = 20
depth = 3.5
"""

def load(text):
    settings = {}
    for key, value in convert(parse(read_lines(text))):
        settings[key] = value
        print("set", key, value)
    return settings

load(TEXT)
