"""A mixed-layout package whose status module comes from its extension.

The extension registers `mixedapp.status` in `sys.modules` when it loads, so
importing the extension first makes `status` importable as a submodule. Import
it that way (not as `from ._native import status`): type checkers then read
`status.pyi` beside this file instead of the untyped extension.
"""

from . import _native  # noqa: F401 (loads the extension: it registers `status`)
from . import status

__all__ = ["status"]
