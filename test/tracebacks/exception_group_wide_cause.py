# More than 15 members ("and 2 more exceptions"), a note on the group, and a plain exception
# raised from the group (the group printed as the cause).
eg = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
eg.add_note("note on group")
try:
    raise eg
except ExceptionGroup as e:
    raise RuntimeError("wrapped") from e
