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

# __dir__: canonical and deprecated names.
names = dir(status)
for name in list(expected) + list(aliases):
    assert name in names, name
assert set(names) <= set(expected) | set(aliases), set(names) - set(expected) - set(aliases)

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
for call in (lambda: status.phrase(), lambda: status.phrase(404, 500), lambda: status.phrase(code=404)):
    try:
        call()
    except TypeError as err:
        assert "exactly one positional argument" in str(err), str(err)
    else:
        raise AssertionError("a wrong call was accepted")
