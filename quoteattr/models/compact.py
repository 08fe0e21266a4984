"""The bundled compact models: where they live and how they are stored.

Large weight tensors are stored as 8-bit integers with one float scale per
row (symmetric quantisation), which halves the size of half-precision files.
stanza cannot read that format, so on first use each file is expanded once to
float32 in a cache folder (``QUOTEATTR_CACHE`` or ``~/.cache/quoteattr``) and
stanza loads the expanded copy.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

#: The bundled models; ``QUOTEATTR_COMPACT_DIR`` points elsewhere (e.g. to models you retrained).
COMPACT_DIR = Path(os.environ.get("QUOTEATTR_COMPACT_DIR") or Path(__file__).parent / "compact")
OPTIMIZER_KEYS = ("optimizer", "optimizer_state_dict", "scheduler")
QUANTIZE_MIN_ELEMENTS = 4096
QUANTIZED = "__int8_rows__"


def _quantize(tensor):
    import torch

    rows = tensor.float().reshape(tensor.shape[0], -1)
    scale = rows.abs().amax(dim=1, keepdim=True).clamp(min=1e-12) / 127.0
    q = torch.round(rows / scale).clamp(-127, 127).to(torch.int8)
    return {QUANTIZED: q, "scale": scale.to(torch.float32), "shape": tuple(tensor.shape)}


def _dequantize(entry):
    return (entry[QUANTIZED].float() * entry["scale"]).reshape(entry["shape"])


def _is_quantized(value) -> bool:
    return isinstance(value, dict) and QUANTIZED in value


def shrink_model_file(path: Path) -> None:
    """Drop optimizer state and store large float tensors as 8-bit rows (idempotent)."""
    import torch

    state = torch.load(path, map_location="cpu", weights_only=False)
    if isinstance(state, dict):
        for key in OPTIMIZER_KEYS:
            state.pop(key, None)
        model = state.get("model")
        if isinstance(model, dict):
            for name, value in model.items():
                if isinstance(value, torch.Tensor) and value.is_floating_point() and value.numel() >= QUANTIZE_MIN_ELEMENTS:
                    model[name] = _quantize(value)
                elif isinstance(value, torch.Tensor):
                    # A view into a flattened (e.g. cuDNN LSTM) buffer would save the whole buffer.
                    model[name] = value.clone()
    torch.save(state, path)


def shrink_model_dir(directory: Path) -> None:
    """Shrink every ``*.pt`` model in ``directory``."""
    for path in sorted(Path(directory).glob("*.pt")):
        shrink_model_file(path)


def _cache_dir() -> Path:
    root = os.environ.get("QUOTEATTR_CACHE") or Path.home() / ".cache" / "quoteattr"
    path = Path(root) / "models"
    try:
        path.mkdir(parents=True, exist_ok=True)
        return path
    except OSError:
        fallback = Path(tempfile.gettempdir()) / "quoteattr-models"
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback


def loadable_path(path: Path) -> Path:
    """A path stanza can load for the compact model ``path``: itself, or its float32 expansion (cached)."""
    import torch

    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:16]
    target = _cache_dir() / f"{path.parent.name}-{path.stem}-{digest}.pt"
    if target.exists():
        return target
    state = torch.load(path, map_location="cpu", weights_only=False)
    model = state.get("model") if isinstance(state, dict) else None
    if not isinstance(model, dict) or not any(_is_quantized(v) for v in model.values()):
        return path
    state["model"] = {k: _dequantize(v) if _is_quantized(v) else v for k, v in model.items()}
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    torch.save(state, tmp)
    os.replace(tmp, target)
    return target
