"""Local inputs: expand paths, directories and globs; read files with a size cap; gunzip safely."""

from __future__ import annotations

import glob
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import InputError
from ..model import RawDocument

GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Expanded:
    paths: list[Path]
    missing: list[str]  # patterns that matched nothing


def expand_paths(patterns: Iterable[str]) -> Expanded:
    """Files as given, directories recursively, globs (``**`` too); sorted, each file once."""
    seen: set[Path] = set()
    paths: list[Path] = []
    missing: list[str] = []
    for pattern in patterns:
        found = list(_expand_one(pattern))
        if not found:
            missing.append(pattern)
        for path in found:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                paths.append(path)
    return Expanded(paths, missing)


def _expand_one(pattern: str) -> Iterator[Path]:
    path = Path(pattern)
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
    elif glob.has_magic(pattern):
        for name in sorted(glob.glob(pattern, recursive=True)):
            yield from _expand_one(name)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_document(path: Path, max_bytes: int) -> RawDocument:
    """The file's bytes exactly as stored on disk (compressed files stay compressed)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size} bytes, over the {max_bytes}-byte limit (import.max_bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc
    return RawDocument(data=data, origin=str(path.resolve()), fetched_at=datetime.now(UTC))


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip (all members), stopping at ``max_bytes`` so a bomb cannot exhaust memory.

    A truncated stream keeps what could be read when that is something, like ``zcat`` does.
    """
    out = bytearray()
    rest = data
    while rest[:2] == GZIP_MAGIC:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            if out:
                break
            raise InputError(f"corrupt gzip data: {exc}") from exc
        if len(out) > max_bytes:
            raise InputError(f"decompressed size over the {max_bytes}-byte limit (import.max_bytes)")
        if not inflater.eof:
            if not out:
                raise InputError("truncated gzip data: nothing could be decompressed")
            break
        rest = inflater.unused_data
    return bytes(out)


def external_stem(origin: str) -> str:
    """The file name up to its first dot: ``000_99532b3f2be619be.txt`` -> ``000_99532b3f2be619be``."""
    name = origin.rstrip("/").rsplit("/", 1)[-1]
    return name.split(".", 1)[0] or name
