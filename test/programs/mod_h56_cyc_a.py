import mod_h56_cyc_b
X = 1
