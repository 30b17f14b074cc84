"""A deadline for tests that would hang (a FIFO read, a quadratic loop) instead of failing."""

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


class Hang(Exception):
    """The code under test ran past its deadline."""


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Raise `Hang` in the main thread if the block runs longer than `seconds`."""

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def within() -> type[deadline]:
    return deadline
