import broken_mod
