x = "é"; nonlocal y
