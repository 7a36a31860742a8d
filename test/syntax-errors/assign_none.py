# assign none
None = 1
