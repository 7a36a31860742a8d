# walrus subscript target
a[0] := 1
