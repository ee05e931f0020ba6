# Types of the package for checkers. `status` is typed by status.pyi; the
# rest of the extension has no generated stub, so every other name the
# package exports is `Any` (a partial stub: a module-level `__getattr__`).
from typing import Any

from . import status as status

def __getattr__(name: str) -> Any: ...
