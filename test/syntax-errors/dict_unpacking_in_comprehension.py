# dict unpacking in comprehension
d = {**x for x in y}
