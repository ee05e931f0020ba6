"""The status module as a user of an installed wheel meets it.

`run.sh` builds and installs two wheels: `fastrapi` (maturin's pure-Rust
layout, as FastrAPI ships: the extension is `fastrapi.fastrapi`) and
`mixedapp` (maturin's mixed layout, the extension `mixedapp._native`, with a
committed `status.pyi` and `py.typed`). Every test runs against both.
"""

import importlib
import inspect
import os
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest

PACKAGES = ["fastrapi", "mixedapp"]
DATA = Path(__file__).resolve().parent.parent / "data"


def reference_rows():
    rows = []
    for name in ("http.tsv", "ws.tsv"):
        lines = (DATA / name).read_text(encoding="utf-8").strip().splitlines()[1:]
        rows.extend(line.split("\t") for line in lines)
    return rows


ROWS = reference_rows()
CANONICAL = {row[2]: int(row[0]) for row in ROWS}
DEPRECATED = {row[4]: row[2] for row in ROWS if row[4]}
assert len(CANONICAL) == 78 and len(DEPRECATED) == 4


def python(code, cwd=None):
    """Runs `code` in a fresh interpreter; returns the completed process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env
    )


@pytest.fixture(params=PACKAGES)
def pkg(request):
    return request.param


@pytest.fixture
def status(pkg):
    return importlib.import_module(f"{pkg}.status")


@pytest.mark.parametrize(
    "first_import",
    [
        "from {pkg} import status",
        "import {pkg}.status; status = {pkg}.status",
        "from {pkg}.status import HTTP_404_NOT_FOUND; import sys; status = sys.modules['{pkg}.status']",
        "import importlib; status = importlib.import_module('{pkg}.status')",
    ],
)
def test_every_import_form_works_first_in_a_fresh_interpreter(pkg, first_import):
    code = first_import.format(pkg=pkg) + (
        "\nimport importlib, sys"
        f"\nimport {pkg}"
        f"\nassert status.__name__ == '{pkg}.status', status.__name__"
        f"\nassert status is sys.modules['{pkg}.status'] is {pkg}.status"
        f"\nassert status is importlib.import_module('{pkg}.status')"
        "\nassert status.HTTP_404_NOT_FOUND == 404"
        "\nprint('ok')"
    )
    run = python(code)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "ok\n"


def test_constants_are_plain_ints(status):
    for name, code in CANONICAL.items():
        value = getattr(status, name)
        assert type(value) is int and value == code, name
    assert status.__all__ == [row[2] for row in ROWS]


def test_star_import_gives_the_78_canonical_names(pkg):
    namespace = {}
    exec(f"from {pkg}.status import *", namespace)
    names = {name for name in namespace if name != "__builtins__"}
    assert names == set(CANONICAL)
    assert not names & set(DEPRECATED)


def test_deprecated_names_warn_at_the_callers_line(status, pkg):
    assert issubclass(status.StatusDeprecationWarning, UserWarning)
    for old, new in DEPRECATED.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            line = inspect.currentframe().f_lineno + 1
            value = getattr(status, old)
        assert value == CANONICAL[new]
        assert len(caught) == 1
        warning = caught[0]
        assert warning.category is status.StatusDeprecationWarning
        assert str(warning.message) == f"'{old}' is deprecated. Use '{new}' instead."
        assert (warning.filename, warning.lineno) == (__file__, line)


def test_deprecated_names_warn_inside_functions_and_through_from_imports(status, pkg):
    def touch():
        return status.HTTP_422_UNPROCESSABLE_ENTITY  # the line below `def`

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert touch() == 422
        code = compile(
            f"\n\nfrom {pkg}.status import HTTP_413_REQUEST_ENTITY_TOO_LARGE\n",
            "importing.py",
            "exec",
        )
        exec(code, {})
    assert [(w.filename, w.lineno) for w in caught] == [
        (__file__, touch.__code__.co_firstlineno + 1),
        ("importing.py", 3),
    ]


def test_a_script_shows_the_warning_at_its_line(tmp_path, pkg):
    # Python's default filters: no `-W`, no PYTHONWARNINGS. The warning shows
    # at the script's top level and in a module it imports (not `__main__`).
    (tmp_path / "helper.py").write_text(
        f"from {pkg} import status\n\ndef old():\n    return status.HTTP_414_REQUEST_URI_TOO_LONG\n",
        encoding="utf-8",
    )
    script = tmp_path / "script.py"
    script.write_text(
        f"from {pkg} import status\nimport helper\nprint(status.HTTP_422_UNPROCESSABLE_ENTITY)\nprint(helper.old())\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    run = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "422\n414\n"
    assert (
        f"{script}:3: StatusDeprecationWarning: 'HTTP_422_UNPROCESSABLE_ENTITY' is deprecated. "
        "Use 'HTTP_422_UNPROCESSABLE_CONTENT' instead." in run.stderr
    ), run.stderr
    assert (
        f"{tmp_path / 'helper.py'}:4: StatusDeprecationWarning: 'HTTP_414_REQUEST_URI_TOO_LONG' is deprecated."
        in run.stderr
    ), run.stderr


def test_unknown_names_raise_attribute_error_naming_the_module(status, pkg):
    for missing in ["HTTP_999_NOPE", "http_404_not_found", "_private"]:
        with pytest.raises(AttributeError) as info:
            getattr(status, missing)
        assert str(info.value) == f"module '{pkg}.status' has no attribute '{missing}'"
    assert not hasattr(status, "HTTP_413_NOT_AN_ALIAS")


def test_dir_lists_canonical_and_deprecated_names(status):
    assert set(dir(status)) == set(CANONICAL) | set(DEPRECATED)


def test_helpers(status):
    for row in ROWS:
        assert status.phrase(int(row[0])) == row[3]
        assert status.description(int(row[0])) == row[5]
    for bad, error in [
        (999, ValueError),
        (-1, ValueError),
        (2**70, ValueError),
        ("404", TypeError),
        (None, TypeError),
        (True, TypeError),
        (404.0, TypeError),
    ]:
        for helper in (status.phrase, status.description):
            with pytest.raises(error):
                helper(bad)
    with pytest.raises(TypeError):
        status.phrase()
    with pytest.raises(TypeError):
        status.phrase(code=404)


def test_eight_threads_at_once(status):
    errors = []
    start = threading.Barrier(8)

    def work():
        try:
            start.wait()
            for _ in range(200):
                for name, code in CANONICAL.items():
                    assert getattr(status, name) == code
                    assert status.phrase(code)
                assert len(dir(status)) == 82
                with pytest.raises(AttributeError):
                    status.NOPE
        except BaseException as err:  # noqa: BLE001 (reported below)
            errors.append(err)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def mypy(tmp_path, source):
    path = tmp_path / "use.py"
    path.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )


def test_the_stub_types_canonical_names_as_int(tmp_path):
    run = mypy(
        tmp_path,
        "from mixedapp import status\n"
        "from mixedapp.status import HTTP_404_NOT_FOUND, StatusDeprecationWarning\n"
        "code: int = status.HTTP_200_OK + HTTP_404_NOT_FOUND + status.WS_1000_NORMAL_CLOSURE\n"
        "text: str = status.phrase(404) + status.description(404)\n"
        "warning: type[UserWarning] = StatusDeprecationWarning\n",
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_stub_flags_misspelt_and_deprecated_names(tmp_path):
    run = mypy(
        tmp_path,
        "from mixedapp import status\n"
        "a = status.HTTP_404_NOT_FOUNDD\n"
        "b = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE\n"
        "c: str = status.HTTP_200_OK\n"
        "d = status.phrase('404')\n",
    )
    assert run.returncode == 1, run.stdout + run.stderr
    out = run.stdout
    assert 'use.py:2: error: Module has no attribute "HTTP_404_NOT_FOUNDD"' in out, out
    assert 'use.py:3: error: Module has no attribute "HTTP_413_REQUEST_ENTITY_TOO_LARGE"' in out, out
    assert "use.py:4: error: Incompatible types in assignment" in out, out
    assert "use.py:5: error: Argument 1 to \"phrase\" has incompatible type" in out, out
    assert "Found 4 errors" in out, out
