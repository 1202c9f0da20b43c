"""Assembling GGUF files from part packages: order, checksum, and clear refusals."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from assistant.errors import ModelFileError
from assistant.models.weights import PackagedModel, assemble


def _parts(tmp_path: Path, blobs: list[bytes]) -> dict[str, Path]:
    dirs = {}
    for i, blob in enumerate(blobs, 1):
        d = tmp_path / "site" / f"toy_part{i}"
        (d / "data").mkdir(parents=True)
        (d / "data" / f"part{i:02d}.bin").write_bytes(blob)
        dirs[f"toy_part{i}"] = d
    return dirs


def _model(blobs: list[bytes], sha: str | None = None) -> PackagedModel:
    return PackagedModel(
        key="toy",
        label="Toy",
        package_prefix="toy_part",
        pip_name="toy-part",
        version="1.0",
        parts=len(blobs),
        sha256=sha or hashlib.sha256(b"".join(blobs)).hexdigest(),
        filename="toy.gguf",
    )


def test_assemble_concatenates_in_order_and_reuses_cache(tmp_path: Path) -> None:
    """Parts are joined in numeric order; the second call reuses the verified file."""
    blobs = [b"GGUF" + bytes([i]) * 1000 for i in range(1, 12)]  # 11 parts: part10 must follow part9
    dirs = _parts(tmp_path, blobs)
    path = assemble(_model(blobs), tmp_path / "cache", finder=dirs.get)
    assert path.read_bytes() == b"".join(blobs)
    mtime = path.stat().st_mtime_ns
    assert assemble(_model(blobs), tmp_path / "cache", finder=lambda _: None) == path
    assert path.stat().st_mtime_ns == mtime


def test_checksum_mismatch_refused_and_nothing_left(tmp_path: Path) -> None:
    """Parts that do not hash to the published sha256 are refused; no file that looks complete is left."""
    blobs = [b"a" * 10, b"b" * 10]
    dirs = _parts(tmp_path, blobs)
    with pytest.raises(ModelFileError, match="expected"):
        assemble(_model(blobs, sha="0" * 64), tmp_path / "cache", finder=dirs.get)
    assert list((tmp_path / "cache" / "models").iterdir()) == []


def test_corrupted_cache_file_refused(tmp_path: Path) -> None:
    """A cached model whose bytes changed is refused with the fix (delete it)."""
    blobs = [b"x" * 10]
    dirs = _parts(tmp_path, blobs)
    path = assemble(_model(blobs), tmp_path / "cache", finder=dirs.get)
    path.write_bytes(b"y" * 10)
    with pytest.raises(ModelFileError) as err:
        assemble(_model(blobs), tmp_path / "cache", finder=dirs.get)
    assert "delete" in err.value.help_message


def test_missing_parts_named_with_pip_command(tmp_path: Path) -> None:
    """Missing part packages are named, with the pip command that installs them."""
    blobs = [b"x", b"y", b"z"]
    dirs = _parts(tmp_path, blobs)
    del dirs["toy_part2"]
    with pytest.raises(ModelFileError) as err:
        assemble(_model(blobs), tmp_path / "cache", finder=dirs.get)
    assert "toy_part2" in err.value.message
    assert "pip install toy-part1==1.0 toy-part2==1.0 toy-part3==1.0" == err.value.help_message
