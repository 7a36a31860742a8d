# augmented assign tuple
(a, b) += 1
