# open() with an encoding argument: latin-1 and ascii files are encoded on write (errors raised by
# write()) and decoded on read; f.encoding and repr keep the name given.
fn = "_enc_tmp.txt"
for enc in ["latin-1", "ascii", "utf-8", "UTF8", "iso-8859-1"]:
    with open(fn, "w", encoding=enc) as f:
        print(f.encoding, repr(f)[-30:])
        try:
            f.write("caf\xe9\n")
        except UnicodeEncodeError as e:
            print("UEE", e)
            f.write("cafe\n")
    with open(fn, "rb") as f:
        print(f.read())
    with open(fn, "a", encoding=enc) as f:
        f.write("x")
    with open(fn, encoding=enc) as f:
        print(repr(f.read()))
with open(fn, "wb") as f:
    f.write(b"\xe9\xff\n")
with open(fn, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    open(fn, encoding="no-such-codec")
except LookupError as e:
    print("LE", e)
import os
os.remove(fn)
