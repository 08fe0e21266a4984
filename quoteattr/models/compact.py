"""The bundled compact models: where they live and how they are stored."""

from __future__ import annotations

import os
from pathlib import Path

#: The bundled models; ``QUOTEATTR_COMPACT_DIR`` points elsewhere (e.g. to models you retrained).
COMPACT_DIR = Path(os.environ.get("QUOTEATTR_COMPACT_DIR") or Path(__file__).parent / "compact")
OPTIMIZER_KEYS = ("optimizer", "optimizer_state_dict", "scheduler")


def _halve(obj):
    import torch

    if isinstance(obj, torch.Tensor):
        return obj.half() if obj.is_floating_point() and obj.numel() >= 1024 else obj
    if isinstance(obj, dict):
        return {k: _halve(v) for k, v in obj.items()}
    return obj


def shrink_model_file(path: Path) -> None:
    """Drop optimizer state and store large float tensors in half precision.

    stanza copies saved tensors into float32 parameters on load, so the
    half-precision file loads unchanged.
    """
    import torch

    state = torch.load(path, map_location="cpu", weights_only=False)
    if isinstance(state, dict):
        for key in OPTIMIZER_KEYS:
            state.pop(key, None)
        if "model" in state:
            state["model"] = _halve(state["model"])
    torch.save(state, path)


def shrink_model_dir(directory: Path) -> None:
    """Shrink every ``*.pt`` model in ``directory``."""
    for path in sorted(Path(directory).glob("*.pt")):
        shrink_model_file(path)
