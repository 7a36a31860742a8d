# gilvm-nogil: --workers 2
# chained exceptions with a custom __str__, raised from a method called via a property
class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line
        self.reason = reason
    def __str__(self):
        return f"line {self.line}: {self.reason}"

class Document:
    def __init__(self, text):
        self.text = text
    @property
    def numbers(self):
        return [self._parse(i, t) for i, t in enumerate(self.text.split(","), 1)]
    def _parse(self, i, token):
        try:
            return float(token)
        except ValueError as exc:
            raise ParseError(i, f"not a number: {token!r}") from exc

print(Document("1, 2.5, 3").numbers)
doc = Document("4,five,6")
try:
    doc.numbers
except ParseError as e:
    print("caught:", e, "| line", e.line)
    try:
        raise RuntimeError("while reporting")
    except RuntimeError:
        pass
total = sum(doc.numbers)
