"""Reading and writing JSON Lines files of the interchange format, with located errors.

Every problem is reported as ``FILE:LINE: field 'x': message`` so the person who
prepared the file can fix it without reading Python; nothing here ever lets a
traceback reach the user for a bad or missing file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator

from .schema import Judgment, Label, Offer, Profile, RecordError

#: At most this many errors are collected per file: enough to fix a batch of
#: mistakes at once, not so many that the first ones scroll away.
MAX_ERRORS = 20

_KINDS = {"profile": Profile, "offer": Offer, "label": Label, "judgment": Judgment}


class InputError(Exception):
    """One or more problems in an input file, each with file, line and field.

    Parameters
    ----------
    problems : list of str
        Fully formatted messages (``FILE:LINE: field 'x': message``).
    """

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _lines(path: str) -> Iterator[tuple[int, str]]:
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError([f"{path}:{number}: not valid UTF-8 ({exc.reason})"]) from None
                if number == 1:
                    text = text.removeprefix("\ufeff")
                yield number, text
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError([f"{path}: cannot read file: {reason}"]) from None


def _check_encodable(data) -> None:
    """Refuse strings that cannot be written back as UTF-8 (lone surrogates from ``\\ud800``)."""
    stack = [(data, None)]
    while stack:
        value, name = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise RecordError(name or "(record)", "text is not valid Unicode (lone surrogate escape)") from None
        elif isinstance(value, dict):
            for key, item in value.items():
                stack.append((key, name or key))
                stack.append((item, name or key))
        elif isinstance(value, list):
            stack.extend((item, name) for item in value)


def load_jsonl(path: str | os.PathLike, kind: str = "profile") -> list:
    """Read and validate a JSON Lines file of one record kind.

    Parameters
    ----------
    path : str or path-like
        The file. Blank lines are skipped; a UTF-8 byte order mark is tolerated
        because spreadsheet exports often add one.
    kind : {"profile", "offer", "label", "judgment"}
        Which record the lines hold.

    Returns
    -------
    list of Profile, Offer, Label or Judgment
        In file order.

    Raises
    ------
    InputError
        For an unreadable file, malformed JSON, an invalid field or a duplicate
        ``id``; all problems found (up to `MAX_ERRORS`) are listed.
    """
    return load_jsonl_numbered(path, kind)[0]


def load_jsonl_numbered(path: str | os.PathLike, kind: str = "profile") -> tuple[list, list]:
    """`load_jsonl`, also returning the line number of each record (for later checks)."""
    cls = _KINDS[kind]
    path = os.fspath(path)
    records, numbers, problems, seen = [], [], [], {}
    for number, text in _lines(path):
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{number}: invalid JSON: {exc.msg} (column {exc.colno})")
        except (ValueError, RecursionError) as exc:
            # e.g. an integer of thousands of digits, or arrays nested too deep
            reason = (
                "nested too deeply"
                if isinstance(exc, RecursionError)
                else "a number has too many digits"
                if "digits" in str(exc)
                else str(exc)
            )
            problems.append(f"{path}:{number}: invalid JSON: {reason}")
        else:
            try:
                _check_encodable(data)
                record = cls.from_dict(data)
            except RecordError as exc:
                problems.append(f"{path}:{number}: {exc}")
            else:
                key = getattr(record, "id", None)
                if key is not None and key in seen:
                    problems.append(f"{path}:{number}: field 'id': duplicate id {key!r} (first on line {seen[key]})")
                else:
                    if key is not None:
                        seen[key] = number
                    records.append(record)
                    numbers.append(number)
        if len(problems) >= MAX_ERRORS:
            problems.append(f"{path}: stopped after {MAX_ERRORS} errors")
            break
    if problems:
        raise InputError(problems)
    return records, numbers


def load_files(*specs: tuple[str | os.PathLike, str], allow_empty: bool = True) -> list[list]:
    """`load_jsonl` for several files, reporting the problems of all of them at once.

    Parameters
    ----------
    *specs : (path, kind) pairs
    allow_empty : bool
        When False, a file without any record is a problem too.

    Returns
    -------
    list of lists of records, one per spec, in order.
    """
    results, problems = [], []
    for path, kind in specs:
        try:
            records = load_jsonl(path, kind)
        except InputError as exc:
            problems.extend(exc.problems)
            records = []
        else:
            if not records and not allow_empty:
                problems.append(f"{os.fspath(path)}: no {kind} records in the file")
        results.append(records)
    if problems:
        raise InputError(problems)
    return results


def dumps(record: dict) -> str:
    """One JSON Lines line: UTF-8 kept readable (Arabic stays Arabic), no spaces wasted."""
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def write_jsonl(path: str | os.PathLike, records: Iterable) -> None:
    """Write records (dataclasses with ``to_dict`` or plain dicts), one per line."""
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            data = record.to_dict() if hasattr(record, "to_dict") else record
            handle.write(dumps(data) + "\n")
