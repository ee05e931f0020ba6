"""typedapp.status: built by the extension; status.pyi lists its names.

Importing `typedapp` loads the extension, which registers its module under
this name first, so this file does not run on an import. It exists because
pyright reports a stub with no module source beside it
(reportMissingModuleSource); if it is ever run directly, it hands over the
extension's module.
"""

import sys as _sys

from . import typedapp as _extension

_sys.modules[__name__] = _extension.status
