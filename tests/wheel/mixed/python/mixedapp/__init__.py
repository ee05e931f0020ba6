"""A mixed-layout package whose status module comes from its extension.

The extension is the private `mixedapp._native`; it registers
`mixedapp.status` in `sys.modules` when it loads, so importing the extension
first makes `status` importable as a submodule. (The typed variant of this
layout, with stubs, is the `typed` fixture.)
"""

from . import _native  # noqa: F401 (loads the extension: it registers `status` and `jobs`)
from . import jobs, status

__all__ = ["jobs", "status"]
