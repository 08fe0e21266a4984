"""Loading stanza pipelines: official models when installed, the bundled compact ones otherwise."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from quoteattr.models.compact import COMPACT_DIR, loadable_path

logger = logging.getLogger("quoteattr")

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
# Batch sizes in words.  On CPU, small tagger and parser batches are faster: sentences of similar
# length share a batch, so the biaffine scorer pads less (docs/performance.md).  The lemmatizer's
# character decoder runs once per batch, so it gets large ones.
BATCH_SETTINGS = {"lemma_batch_size": 5000, "pos_batch_size": 300, "depparse_batch_size": 300}
MODEL_CHOICES = ("auto", "compact", "stanza")

_cache: dict[tuple, object] = {}
_lock = threading.Lock()


class ModelsUnavailableError(RuntimeError):
    """The requested models are not installed and cannot be fetched."""


def stanza_resources_dir(model_dir: str | os.PathLike | None = None) -> Path:
    """Where official stanza models live (``model_dir``, $STANZA_RESOURCES_DIR or ~/stanza_resources)."""
    if model_dir is not None:
        return Path(model_dir)
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR)


def stanza_models_installed(lang: str, model_dir: str | os.PathLike | None = None) -> bool:
    """True when official stanza models for ``lang`` (with a parser) are in the resources directory."""
    root = stanza_resources_dir(model_dir)
    return (root / "resources.json").exists() and (root / lang / "depparse").is_dir()


def compact_model_paths(lang: str) -> dict[str, Path]:
    """Paths of the bundled compact models for ``lang``; raises ModelsUnavailableError when absent."""
    directory = COMPACT_DIR / lang
    paths = {proc: directory / f"{proc}.pt" for proc in PROCESSORS}
    missing = [str(p) for p in paths.values() if not p.exists()]
    if missing:
        raise ModelsUnavailableError(
            f"compact models for {lang!r} are missing ({', '.join(missing)}); "
            "retrain them with `python -m quoteattr.models.train` or use models='stanza'"
        )
    return paths


def _load_compact(lang: str, use_gpu: bool):
    import stanza

    paths = compact_model_paths(lang)
    kwargs = {f"{proc}_model_path": str(loadable_path(path)) for proc, path in paths.items()}
    return stanza.Pipeline(
        lang,
        dir=str(COMPACT_DIR),
        processors=",".join(PROCESSORS),
        download_method=None,
        allow_unknown_language=True,
        use_gpu=use_gpu,
        logging_level="ERROR",
        **BATCH_SETTINGS,
        **kwargs,
    )


def _load_stanza(lang: str, use_gpu: bool, model_dir: str | os.PathLike | None):
    import stanza
    from stanza.pipeline.core import DownloadMethod

    root = stanza_resources_dir(model_dir)
    method = DownloadMethod.REUSE_RESOURCES if stanza_models_installed(lang, model_dir) else DownloadMethod.DOWNLOAD_RESOURCES
    try:
        return stanza.Pipeline(
            lang, dir=str(root), processors=",".join(PROCESSORS), download_method=method,
            use_gpu=use_gpu, logging_level="ERROR", **BATCH_SETTINGS,
        )
    except Exception as exc:  # stanza raises assorted network and file errors here
        raise ModelsUnavailableError(
            f"official stanza models for {lang!r} are not installed in {root} and could not be downloaded "
            f"({type(exc).__name__}: {exc}). Run `quoteattr models download {lang}` on a machine with internet "
            "access, or use models='compact' for the bundled models."
        ) from exc


def resolve_models(lang: str, models: str, model_dir: str | os.PathLike | None = None) -> str:
    """Which models ``models`` means for ``lang``: ``"stanza"`` or ``"compact"``."""
    if models not in MODEL_CHOICES:
        raise ValueError(f"models must be one of {', '.join(MODEL_CHOICES)}, not {models!r}")
    if models == "auto":
        return "stanza" if stanza_models_installed(lang, model_dir) else "compact"
    return models


def load_pipeline(lang: str, models: str = "auto", use_gpu: bool = False,
                  model_dir: str | os.PathLike | None = None):
    """A ready stanza ``Pipeline`` (tokenize, mwt, pos, lemma, depparse) for ``lang``.

    ``models="stanza"`` uses the official models (downloading them if missing),
    ``"compact"`` the bundled ones (never the network), ``"auto"`` official ones
    when already installed and compact otherwise.  The choice is logged and kept
    as ``pipeline.quoteattr_models``.  Pipelines are cached per arguments.
    """
    from quoteattr.lang import load_language

    load_language(lang)
    kind = resolve_models(lang, models, model_dir)
    key = (lang, kind, bool(use_gpu), str(model_dir) if model_dir else None)
    with _lock:
        if key not in _cache:
            logger.info("quoteattr: loading %s stanza models for %s", kind, lang)
            pipeline = _load_compact(lang, use_gpu) if kind == "compact" else _load_stanza(lang, use_gpu, model_dir)
            pipeline.quoteattr_models = kind
            _cache[key] = pipeline
        return _cache[key]


def installed_models(model_dir: str | os.PathLike | None = None) -> dict[str, dict[str, bool]]:
    """For each supported language, whether compact and official models are installed."""
    from quoteattr.lang import available_languages

    result = {}
    for lang in available_languages():
        compact = all((COMPACT_DIR / lang / f"{p}.pt").exists() for p in PROCESSORS)
        result[lang] = {"compact": compact, "stanza": stanza_models_installed(lang, model_dir)}
    return result


def download_models(langs: list[str], model_dir: str | os.PathLike | None = None) -> None:
    """Fetch the official stanza models for ``langs`` (needs internet)."""
    import stanza

    for lang in langs:
        try:
            stanza.download(lang, model_dir=str(stanza_resources_dir(model_dir)),
                            processors=",".join(PROCESSORS), logging_level="WARN")
        except Exception as exc:
            raise ModelsUnavailableError(f"could not download stanza models for {lang!r}: {exc}") from exc
