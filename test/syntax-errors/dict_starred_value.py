opts = {"a": 1, "b": *rest}
