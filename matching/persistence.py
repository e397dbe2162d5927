"""Saving and loading rankers: joblib plus metadata, refusing models of another feature schema.

A model file is a joblib dump of ``{"model": estimator, "metadata": {...}}``.
The metadata says what the model is (library versions, feature schema, label
counts, metrics, when it was trained) so a coordinator's question "which model
made this suggestion" has an answer, and so a model trained on other feature
columns fails loudly instead of ranking with shuffled inputs.

Only load model files you produced: joblib files are pickles and can run code.
(Saved indexes are another matter: `matching.index_files` writes no pickle.)
joblib and scikit-learn are imported when a model is saved or loaded, not
with ``import matching``.
"""

from __future__ import annotations

import datetime
import math
import os
import platform
import warnings
from importlib import resources

from .encoding import vocabulary
from .features import FEATURE_NAMES, feature_schema
from .ranker import Ranker

FORMAT_VERSION = 1
DEFAULT_MODEL = "default.joblib"


class ModelError(Exception):
    """A model file cannot be used (unreadable, not a model, other feature schema)."""


def library_versions() -> dict:
    """Versions of the libraries whose behaviour a model depends on."""
    import joblib
    import numpy
    import scipy
    import sklearn

    return {
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "scikit-learn": sklearn.__version__,
        "joblib": joblib.__version__,
    }


def save(ranker: Ranker, path, metrics: dict | None = None, note: str | None = None) -> dict:
    """Write a trained ranker to `path`; returns the metadata written.

    Parameters
    ----------
    ranker : Ranker
        Must hold a fitted model.
    path : str or path-like
    metrics : dict, optional
        Evaluation figures to keep with the model (e.g. NDCG on a hold-out).
    note : str, optional
        Free text, e.g. what data the model was trained on.
    """
    import joblib

    if ranker.model is None:
        raise ModelError("nothing to save: the ranker has no trained model")
    metadata = {
        **ranker.metadata,
        "format_version": FORMAT_VERSION,
        "feature_schema": feature_schema(),
        "taxonomy": vocabulary().fingerprint,
        "libraries": library_versions(),
        "n_labels": ranker.n_labels,
        "prior_strength": ranker.prior_strength,
        "metrics": metrics or ranker.metadata.get("metrics", {}),
        "trained_at": ranker.metadata.get("trained_at")
        or datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }
    if note:
        metadata["note"] = note
    joblib.dump({"model": ranker.model, "metadata": metadata}, path, compress=3)
    return metadata


def load(path, **ranker_params) -> Ranker:
    """Read a ranker saved by `save`.

    Raises
    ------
    ModelError
        With a message fit for the command line, for a missing or unreadable
        file, a file that is not a Meedoen model, or a model trained on a
        different feature schema.
    """
    import joblib

    from .model import GradedRelevanceRegressor

    path = os.fspath(path)
    if not os.path.isfile(path):
        raise ModelError(f"{path}: model file not found")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            payload = joblib.load(path)
    except Exception as exc:  # unpickling can fail in many ways; all mean "not usable"
        raise ModelError(f"{path}: not a readable model file ({type(exc).__name__})") from None
    if not isinstance(payload, dict) or "model" not in payload or "metadata" not in payload:
        raise ModelError(f"{path}: not a Meedoen matching model")
    if not isinstance(payload["metadata"], dict):
        raise ModelError(f"{path}: not a Meedoen matching model (metadata is not a mapping)")
    metadata = dict(payload["metadata"])
    expected, found = feature_schema(), metadata.get("feature_schema") or {}
    if not isinstance(found, dict):
        raise ModelError(f"{path}: not a Meedoen matching model (feature_schema is not a mapping)")
    if found.get("hash") != expected["hash"]:
        names = found.get("names")
        n_found = len(names) if isinstance(names, list | tuple) else 0
        raise ModelError(
            f"{path}: model was trained on feature schema v{found.get('version')} "
            f"({found.get('hash')}, {n_found} features) but this version "
            f"of matching computes v{expected['version']} ({expected['hash']}, "
            f"{len(expected['names'])} features); retrain it with 'python -m matching train'"
        )
    model = payload["model"]
    if not isinstance(model, GradedRelevanceRegressor):
        raise ModelError(
            f"{path}: not a Meedoen matching model (the model is a "
            f"{type(model).__name__}, not a GradedRelevanceRegressor)"
        )
    if getattr(model, "n_features_in_", None) != len(FEATURE_NAMES) or not hasattr(model, "estimator_"):
        raise ModelError(
            f"{path}: the model is not trained on the {len(FEATURE_NAMES)} "
            "features of this version; retrain it with 'python -m matching train'"
        )
    n_labels = metadata.get("n_labels", 0)
    if isinstance(n_labels, bool) or not isinstance(n_labels, int) or n_labels < 0:
        raise ModelError(f"{path}: metadata 'n_labels' is not a count: {n_labels!r}")
    prior_strength = metadata.get("prior_strength", 500.0)
    if (
        isinstance(prior_strength, bool)
        or not isinstance(prior_strength, int | float)
        or not math.isfinite(prior_strength)
        or prior_strength < 0
    ):
        raise ModelError(f"{path}: metadata 'prior_strength' is not a non-negative number: {prior_strength!r}")
    if n_labels == 0 and prior_strength == 0:
        raise ModelError(f"{path}: metadata gives neither labels nor a prior strength")
    if caught:
        metadata["load_warnings"] = [str(w.message) for w in caught]
    params = {"prior_strength": float(prior_strength), **ranker_params}
    return Ranker(model=model, n_labels=n_labels, metadata=metadata, **params)


def default_model_path():
    """Path of the model shipped in ``matching/models/``."""
    return resources.files("matching").joinpath("models", DEFAULT_MODEL)


def load_default(**ranker_params) -> Ranker:
    """The shipped model, or the rule-based prior alone when none is shipped.

    Never downloads anything.
    """
    path = default_model_path()
    if not path.is_file():
        return Ranker(**ranker_params)
    return load(str(path), **ranker_params)
