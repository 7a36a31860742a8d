class E(Exception):
    def __init__(self):
        super().__init__(1 / 0)
raise E()
