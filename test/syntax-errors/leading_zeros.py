# leading zeros in a decimal literal
mode = 0755
