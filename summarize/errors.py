"""The one exception type users see: bad input, reported without a traceback."""


class InputError(ValueError):
    """Input the toolkit cannot use; ``usage`` marks errors in how it was called (exit code 2)."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


class InputTypeError(InputError, TypeError):
    """An argument of the wrong type given to the API: an ``InputError`` that is also a ``TypeError``."""

    def __init__(self, message: str) -> None:
        super().__init__(message, usage=True)
