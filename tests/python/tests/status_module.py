# Assertions on the generated `fastrapi.status` module, run inside the
# embedded interpreter by status_module.rs. HTTP_TSV and WS_TSV are the
# reference tables (tests/data/*.tsv), passed in as globals.
import warnings

from fastrapi import status
import fastrapi.status

assert fastrapi.status is status
assert status.__name__ == "fastrapi.status", status.__name__

rows = [
    line.split("\t")
    for tsv in (HTTP_TSV, WS_TSV)  # noqa: F821 (globals from Rust)
    for line in tsv.strip().splitlines()[1:]
]
expected = {row[2]: int(row[0]) for row in rows}
aliases = {row[4]: row[2] for row in rows if row[4]}
assert len(expected) == 78 and len(aliases) == 4

# Every constant, as a plain int.
for name, code in expected.items():
    value = getattr(status, name)
    assert type(value) is int and value == code, (name, value)

# __all__: the 78 canonical names, HTTP then WebSocket, each in code order.
assert status.__all__ == [row[2] for row in rows], status.__all__
namespace = {}
exec("from fastrapi.status import *", namespace)
assert sorted(k for k in namespace if k != "__builtins__") == sorted(expected)

# Deprecated aliases: the value, one StatusDeprecationWarning (a UserWarning,
# shown by default as Starlette 1.x does), its exact text.
assert issubclass(status.StatusDeprecationWarning, UserWarning)
assert not issubclass(status.StatusDeprecationWarning, DeprecationWarning)
assert status.StatusDeprecationWarning.__module__ == "fastrapi.status"
for old, new in aliases.items():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = getattr(status, old)
    assert value == expected[new], (old, value)
    assert len(caught) == 1, caught
    assert caught[0].category is status.StatusDeprecationWarning, caught[0].category
    assert str(caught[0].message) == f"'{old}' is deprecated. Use '{new}' instead.", str(caught[0].message)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        status.HTTP_422_UNPROCESSABLE_ENTITY
    except status.StatusDeprecationWarning:
        pass
    else:
        raise AssertionError("the alias did not warn")
    # Canonical names never warn.
    assert status.HTTP_422_UNPROCESSABLE_CONTENT == 422

# Unknown attributes.
for missing in ["HTTP_999_NOPE", "http_404_not_found", "_private"]:
    try:
        getattr(status, missing)
    except AttributeError as err:
        assert str(err) == f"module 'fastrapi.status' has no attribute '{missing}'", str(err)
    else:
        raise AssertionError(missing)
assert not hasattr(status, "HTTP_413_NOT_AN_ALIAS")

# __dir__: everything the module holds, and the deprecated names; it warns
# about nothing, and every name it lists can be read.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    names = dir(status)
helpers = {"phrase", "description", "StatusDeprecationWarning"}
assert set(names) >= set(expected) | set(aliases) | helpers | {"__all__", "__doc__", "__spec__"}, names
assert names == sorted(names)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for name in names:
        getattr(status, name)
assert not [name for name in names if name.startswith("_") and not name.startswith("__")], names

# A module as Python users expect one.
import importlib, importlib.util, inspect, sys
assert status.__doc__ and "phrase(code)" in status.__doc__, status.__doc__
assert status.__package__ == "fastrapi"
spec = importlib.util.find_spec("fastrapi.status")
assert spec is not None and spec.name == "fastrapi.status" and spec.loader is status.__loader__
for helper, text in ((status.phrase, "reason phrase"), (status.description, "means")):
    assert inspect.isbuiltin(helper) and inspect.isroutine(helper), helper
    assert str(inspect.signature(helper)) == "(code, /)", inspect.signature(helper)
    assert text in helper.__doc__, helper.__doc__
    assert repr(helper) == f"<built-in function {helper.__name__}>", repr(helper)
    assert helper.__module__ == "fastrapi.status", helper.__module__
# The lookup data is not in the namespace: nothing there to change.
assert not [name for name in vars(status) if name.startswith("_") and not name.startswith("__")], list(vars(status))
# reload gives the module back as built, and so does a fresh import.
status.HTTP_404_NOT_FOUND = 0
assert importlib.reload(status) is status and status.HTTP_404_NOT_FOUND == 404
assert importlib.util.find_spec("fastrapi.status").loader is status.__loader__
del sys.modules["fastrapi.status"]
import fastrapi.status as again
assert again is status and sys.modules["fastrapi.status"] is status

# The helpers.
for row in rows:
    assert status.phrase(int(row[0])) == row[3], row
    assert status.description(int(row[0])) == row[5], row
for unknown in [999, 0, 1016, -1]:
    for helper in (status.phrase, status.description):
        try:
            helper(unknown)
        except ValueError as err:
            assert str(unknown) in str(err), str(err)
        else:
            raise AssertionError((helper, unknown))
assert type(status.phrase(404)) is str
for bad, error in [(2**70, ValueError), ("404", TypeError), (None, TypeError), (True, TypeError), (404.0, TypeError)]:
    for helper in (status.phrase, status.description):
        try:
            helper(bad)
        except error:
            pass
        else:
            raise AssertionError((helper, bad))
import http
assert status.phrase(http.HTTPStatus.NOT_FOUND) == "Not Found"
class Code(int):
    pass
assert status.description(Code(404)) == status.description(404)
try:
    status.phrase(True)
except TypeError as err:
    assert str(err) == "phrase() argument 'code' must be an int, not 'bool'", str(err)
try:
    status.phrase(2**70)
except ValueError as err:
    assert str(err) == f"unknown status code {2**70}: not a code of module 'fastrapi.status'", str(err)
for call in (lambda: status.phrase(), lambda: status.phrase(404, 500), lambda: status.phrase(code=404)):
    try:
        call()
    except TypeError as err:
        assert str(err).startswith("phrase()"), str(err)
    else:
        raise AssertionError("a wrong call was accepted")
