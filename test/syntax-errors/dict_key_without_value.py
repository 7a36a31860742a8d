settings = {
    "debug": True,
    "level"
}
