"""Reading the package's data files (cue lists, vocabularies, settings) and users' replacements.

Every stage keeps its rules as JSON in ``extract/<stage>/data/`` and validates them with a
pydantic model on load. This module is the one way they are read: a missing, unreadable, non-JSON
or invalid file raises the stage's own error class with a message naming the file and the
problem ("cue file my.json is invalid: ...").
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any, Optional, TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def read_data_file(
    package: str, name: str, path: Optional[str | Path], error: type[Exception], what: str = "cue file"
) -> tuple[Any, str]:
    """The parsed JSON of ``path``, or of the packaged ``<package>/data/<name>`` when ``path`` is
    None, and the name to report it under."""
    where = str(path) if path else f"{package.replace('.', '/')}/data/{name}"
    try:
        if path:
            raw = Path(path).read_text("utf-8")
        else:
            raw = resources.files(package).joinpath("data", name).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise error(f"cannot read {what} {where}: {e}") from e
    try:
        return json.loads(raw), where
    except json.JSONDecodeError as e:
        raise error(f"{what} {where} is not valid JSON: {e}") from e


def validate_data(model: type[M], data: Any, where: str, error: type[Exception], what: str = "cue file") -> M:
    """``data`` validated as ``model``; ``error`` names the file and every bad field."""
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise error(f"{what} {where} is invalid:\n{e}") from e


def load_data_file(
    model: type[M],
    package: str,
    name: str,
    path: Optional[str | Path],
    error: type[Exception],
    what: str = "cue file",
) -> M:
    """Read and validate a data file (see :func:`read_data_file`, :func:`validate_data`)."""
    data, where = read_data_file(package, name, path, error, what)
    return validate_data(model, data, where, error, what)
