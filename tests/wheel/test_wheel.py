"""The status module as a user of an installed wheel meets it.

`run.sh` builds and installs three wheels: `fastrapi` (maturin's pure-Rust
layout, as FastrAPI ships: the extension is `fastrapi.fastrapi`),
`mixedapp` (maturin's mixed layout, the private extension `mixedapp._native`)
and `typedapp` (the README's typed-package recipe: mixed layout, extension
`typedapp.typedapp` exporting a class and a function beside `status`,
`__init__.pyi`, `status.pyi`, `py.typed`). Every runtime test runs against
all three; the type-checker tests (mypy and pyright, when run.sh is asked
for them) read `typedapp`.
"""

import http
import importlib
import inspect
import os
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest

PACKAGES = ["fastrapi", "mixedapp", "typedapp"]
TYPECHECK = os.environ.get("WHEEL_TYPECHECK") == "1"
needs_checkers = pytest.mark.skipif(not TYPECHECK, reason="run.sh was run with TYPECHECK=0")
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


def test_dir_lists_the_module_the_way_python_does(status, pkg):
    # Under -W error, in a fresh interpreter: dir() touches no deprecated name.
    run = subprocess.run(
        [sys.executable, "-W", "error", "-c", f"from {pkg} import status; print(dir(status))"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    names = dir(status)
    assert names == sorted(names)
    assert set(names) >= set(CANONICAL) | set(DEPRECATED) | {
        "phrase",
        "description",
        "StatusDeprecationWarning",
        "__all__",
        "__doc__",
        "__spec__",
    }
    # Every listed name can be read; nothing private is listed.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in names:
            getattr(status, name)
    assert [n for n in names if n.startswith("_") and not n.startswith("__")] == []


def test_the_module_behaves_like_a_python_module(status, pkg):
    import importlib.util

    assert status.__doc__.startswith("Status codes as int constants")
    assert status.__package__ == pkg
    spec = importlib.util.find_spec(f"{pkg}.status")
    assert spec.name == f"{pkg}.status" and spec.loader is status.__loader__
    for helper in (status.phrase, status.description):
        assert inspect.isbuiltin(helper)
        assert str(inspect.signature(helper)) == "(code, /)"
        assert helper.__doc__ and helper.__module__ == f"{pkg}.status"
        assert repr(helper) == f"<built-in function {helper.__name__}>"
    help_text = subprocess.run(
        [sys.executable, "-c", f"from {pkg} import status; help(status.phrase)"],
        capture_output=True,
        text=True,
    ).stdout
    assert "phrase(code, /)" in help_text and "reason phrase" in help_text, help_text


def test_the_lookup_data_cannot_be_changed(status):
    assert [name for name in vars(status) if name.startswith("_") and not name.startswith("__")] == []
    for value in vars(status).values():
        assert not isinstance(value, (dict, list)) or value is status.__all__
    assert status.phrase(404) == "Not Found"


def test_reload_and_reimport_give_the_module_as_built(pkg):
    run = python(
        f"import importlib, sys\nfrom {pkg} import status\n"
        "status.HTTP_404_NOT_FOUND = 0\n"
        "assert importlib.reload(status) is status\n"
        "assert status.HTTP_404_NOT_FOUND == 404 and len(status.__all__) == 78\n"
        f"del sys.modules['{pkg}.status']\n"
        f"import {pkg}.status as again\n"
        "assert again is status\n"
        "print('ok')"
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "ok\n"


def test_helpers(status):
    for row in ROWS:
        assert status.phrase(int(row[0])) == row[3]
        assert status.description(int(row[0])) == row[5]
    class Code(int):
        pass

    assert status.phrase(Code(404)) == "Not Found"
    assert status.phrase(http.HTTPStatus.NOT_FOUND) == "Not Found"
    for bad, error in [
        (999, ValueError),
        (-1, ValueError),
        (2**70, ValueError),
        (10**100, ValueError),
        ("404", TypeError),
        (None, TypeError),
        (True, TypeError),
        (False, TypeError),
        (404.0, TypeError),
    ]:
        for helper in (status.phrase, status.description):
            with pytest.raises(error):
                helper(bad)
    with pytest.raises(TypeError, match="missing 1 required positional argument"):
        status.phrase()
    with pytest.raises(TypeError):
        status.phrase(404, 500)
    with pytest.raises(TypeError, match="positional-only"):
        status.phrase(code=404)


def test_eight_threads_at_once(status):
    DIR_SIZE = len(dir(status))
    errors = []
    start = threading.Barrier(8)

    def work():
        try:
            start.wait()
            for _ in range(200):
                for name, code in CANONICAL.items():
                    assert getattr(status, name) == code
                    assert status.phrase(code)
                assert len(dir(status)) == DIR_SIZE
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


def test_the_typed_package_exports_its_own_names_beside_status():
    run = python(
        "from typedapp import App, greet, status\n"
        "import typedapp\n"
        "assert App('shop').name == 'shop' and greet('you') == 'hello, you'\n"
        "assert status is typedapp.status and status.HTTP_404_NOT_FOUND == 404\n"
        "print('ok')"
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "ok\n"


def test_the_typed_packages_status_py_is_not_what_an_import_runs():
    from typedapp import status

    assert "__file__" not in vars(status)
    assert type(status.__loader__).__name__ == "StatusLoader"


# What a user of the typed package writes: its own names and `status`.
GOOD_USE = """\
from typedapp import App, greet, status
from typedapp.status import HTTP_404_NOT_FOUND, StatusDeprecationWarning

app = App("shop")
hello: str = greet("you")
code: int = status.HTTP_200_OK + HTTP_404_NOT_FOUND + status.WS_1000_NORMAL_CLOSURE
text: str = status.phrase(404) + status.description(404)
warning: type[UserWarning] = StatusDeprecationWarning
print(app, hello, code, text, warning)
"""

# Each line after the import is one error a checker must report.
BAD_USE = """\
from typedapp import status
a = status.HTTP_404_NOT_FOUNDD
b = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
c: str = status.HTTP_200_OK
d = status.phrase("404")
"""


def mypy(tmp_path, source, *flags):
    path = tmp_path / "use.py"
    path.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, *flags, str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )


@needs_checkers
# mypy 2.4 checks for Python 3.10 and later.
@pytest.mark.parametrize("flags", [(), ("--python-version", "3.10")])
def test_mypy_strict_passes_correct_use_of_the_whole_package(tmp_path, flags):
    run = mypy(tmp_path, GOOD_USE, *flags)
    assert run.returncode == 0, run.stdout + run.stderr


@needs_checkers
def test_mypy_strict_flags_misspelt_and_deprecated_names_and_str_codes(tmp_path):
    run = mypy(tmp_path, BAD_USE)
    assert run.returncode == 1, run.stdout + run.stderr
    out = run.stdout
    assert 'use.py:2: error: Module has no attribute "HTTP_404_NOT_FOUNDD"' in out, out
    assert 'use.py:3: error: Module has no attribute "HTTP_413_REQUEST_ENTITY_TOO_LARGE"' in out, out
    assert "use.py:4: error: Incompatible types in assignment" in out, out
    assert 'use.py:5: error: Argument 1 to "phrase" has incompatible type' in out, out
    assert "Found 4 errors" in out, out


def pyright(tmp_path, source):
    """Runs pyright in strict mode on `source`; returns its JSON report."""
    import json

    (tmp_path / "use.py").write_text(source, encoding="utf-8")
    (tmp_path / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.9"}), encoding="utf-8"
    )
    run = subprocess.run(
        [os.environ["WHEEL_PYRIGHT"], "--outputjson", "--pythonpath", sys.executable, "use.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    report = json.loads(run.stdout)
    return run.returncode, report


@needs_checkers
def test_pyright_strict_passes_correct_use_of_the_whole_package(tmp_path):
    code, report = pyright(tmp_path, GOOD_USE)
    assert report["generalDiagnostics"] == [], report["generalDiagnostics"]
    assert report["summary"]["errorCount"] == 0 and report["summary"]["warningCount"] == 0
    assert code == 0


@needs_checkers
def test_pyright_strict_flags_misspelt_and_deprecated_names_and_str_codes(tmp_path):
    code, report = pyright(tmp_path, BAD_USE)
    errors = {
        (d["range"]["start"]["line"] + 1, d.get("rule"))
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    }
    assert (2, "reportAttributeAccessIssue") in errors, report
    assert (3, "reportAttributeAccessIssue") in errors, report
    assert (4, "reportAssignmentType") in errors, report
    assert (5, "reportArgumentType") in errors, report
    assert code == 1


def test_an_own_table_with_deprecated_and_cfg_entries():
    """`mixedapp.jobs`: a deprecated entry warns with its note and is not in
    `__all__`; the entry `cfg` leaves out is not there at all."""
    jobs = importlib.import_module("mixedapp.jobs")
    assert jobs.__all__ == ["JOB_0_DONE"], jobs.__all__
    assert jobs.JOB_0_DONE == 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert jobs.JOB_1_FINISHED == 1
    assert [str(w.message) for w in caught] == ["'JOB_1_FINISHED' is deprecated: use JOB_0_DONE"]
    assert caught[0].category is jobs.StatusDeprecationWarning
    assert jobs.phrase(1) == "Finished"
    with pytest.raises(AttributeError):
        jobs.JOB_2_NEVER
    with pytest.raises(ValueError):
        jobs.phrase(2)
