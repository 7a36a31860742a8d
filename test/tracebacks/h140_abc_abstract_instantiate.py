# Instantiating an abstract class: CPython refuses it in object.__new__ (C), so the
# traceback has no frame of abc.py (gilvm's ABC.__new__ and its helpers are c-frames)
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

    @abc.abstractmethod
    def stop(self): ...


class Impl(Base):
    def run(self):
        return "run"


def make():
    return Impl()


make()
