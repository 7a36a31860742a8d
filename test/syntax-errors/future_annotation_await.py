# under the annotations future, await in an annotation is an error
from __future__ import annotations
async def outer():
    def inner() -> await something:
        pass
