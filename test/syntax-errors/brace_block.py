# brace block
if x {
    pass
}
