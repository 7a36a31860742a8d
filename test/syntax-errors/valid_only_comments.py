# valid
# A file that holds nothing but comments is a valid, empty program.

# another comment
   # an indented comment is fine too
