"""A typed package whose extension builds a `status` module (the README's recipe).

The extension registers `typedapp.status` when it loads, so it is imported
first; `status` is then imported as a submodule, which is what type checkers
see (`status.pyi`); the star import re-exports the extension's own names.
"""

from . import typedapp as _ext  # noqa: F401 (loads the extension: it registers `status`)
from . import status
from .typedapp import *  # noqa: F401,F403
