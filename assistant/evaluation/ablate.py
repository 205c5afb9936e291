"""``eval --ablate``: what each named ranking preference contributes, measured on the dev halves only.

The interface this module expects from the question path (issue 11, item 3):

- ``assistant.retrieve.FEATURES``: the names of the switchable ranking preferences, a tuple of strings (a
  mapping ``name -> description`` works too; its keys are the names);
- ``assistant.config.Settings.disabled_features``: a ``frozenset[str]`` field (environment
  ``ASSISTANT_DISABLE=name,name``); ``Retriever(settings)`` and ``Assistant(settings)`` leave every named
  feature in it switched off.

When either is missing the ablation is skipped with a message that says which. For each set the dev half is
scored with every feature on, then once per feature with that one switched off; the report prints the
absolute values of the full system and the change (off minus on) per feature. A feature whose removal does
not lower any metric is marked as not helping (issue 11: "a feature that does not help on the library set
goes"). Features are switched at query time; the index is reused (a feature that changes indexing would
need its own index and is out of scope here).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.config import Settings
from assistant.evaluation import answers as ans
from assistant.evaluation.retrieval import evaluate, load_questions, summarize
from assistant.evaluation.runner import product_search
from assistant.evaluation.sets import SETS, half_of, recorded_splits

Log = Callable[[str], None]
METRICS = (
    ("recall@5", "recall@5"),
    ("mrr@10", "MRR@10"),
    ("gold_cited", "gold cited"),
    ("citations_from_gold_doc", "right doc"),
    ("headline", "headline acc"),
    ("abstain_unanswerable", "abstains"),
    ("answer_answerable", "answers"),
)


def _quiet(_: str) -> None:
    return None


def feature_names() -> tuple[str, ...] | None:
    """``assistant.retrieve.FEATURES`` as a tuple of names, or None when the module does not define it."""
    import assistant.retrieve as retrieve

    names = getattr(retrieve, "FEATURES", None)
    if names is None:
        return None
    return tuple(names.keys() if isinstance(names, dict) else names)


def settings_can_disable() -> bool:
    """True when ``Settings`` has the ``disabled_features`` field."""
    return "disabled_features" in {f.name for f in dataclasses.fields(Settings)}


def missing_interface() -> str | None:
    """Why the ablation cannot run here, or None when it can."""
    if feature_names() is None:
        return (
            "assistant.retrieve.FEATURES is not defined: no named ranking preferences to switch off "
            "(expected a tuple of feature names)"
        )
    if not settings_can_disable():
        return "Settings has no disabled_features field (expected frozenset[str], env ASSISTANT_DISABLE)"
    return None


def without(settings: Settings, names: Sequence[str]) -> Settings:
    """``settings`` with the named features switched off (on top of any already off)."""
    current = frozenset(getattr(settings, "disabled_features", frozenset()) or frozenset())
    return dataclasses.replace(settings, disabled_features=current | frozenset(names))  # type: ignore[call-arg]


def score(settings: Settings, questions, embedder, k: int = 10, answers: bool = True) -> dict:
    """The dev-half metrics of one configuration: retrieval, and answers when ``answers``."""
    results = evaluate(product_search(settings, embedder, k), questions, k)
    overall = summarize(results)["overall"]
    out = {"recall@5": overall.get("recall@5"), "mrr@10": overall.get("mrr@10")}
    if answers:
        from assistant.api import Assistant

        rows = ans.evaluate_answers(Assistant(settings, embedder=embedder), questions)
        summary = ans.summarize_answers(rows)
        out.update(summary["metrics"])
        out["headline"] = summary["headline"]["accuracy"]
    return out


def run_ablation(
    set_names: Sequence[str],
    base: Settings,
    embedder,
    documents: Path,
    sample_index: Path,
    library_index: Path | None = None,
    k: int = 10,
    answers: bool = True,
    log: Log = _quiet,
) -> dict:
    """Per set: dev-half metrics with everything on, and the change when each feature is off."""
    from assistant.evaluation.suite import prepare_corpus

    reason = missing_interface()
    if reason:
        return {"skipped": reason}
    names = feature_names() or ()
    out: dict = {"features": list(names), "sets": {}}
    recorded = recorded_splits()
    for set_name in set_names:
        qset = SETS[set_name]
        try:
            settings, _files, _info = prepare_corpus(
                qset, base, embedder, documents, sample_index, library_index, log
            )
        except FileNotFoundError as exc:
            out["sets"][set_name] = {"skipped": str(exc)}
            continue
        dev = [q for q in load_questions(qset.questions) if half_of(set_name, q.id, recorded) == "dev"]
        log(f"ablation {set_name}: {len(dev)} dev questions, {len(names)} features")
        full = score(settings, dev, embedder, k, answers)
        rows = {}
        for name in names:
            log(f"  without {name} ...")
            off = score(without(settings, [name]), dev, embedder, k, answers)
            rows[name] = {
                m: (None if off.get(m) is None or full.get(m) is None else off[m] - full[m])
                for m, _ in METRICS
            }
        out["sets"][set_name] = {"dev_questions": len(dev), "full": full, "delta": rows}
    return out


def report(result: dict) -> str:
    """The ablation tables: the full system's dev values, then off-minus-on per feature."""
    from assistant.evaluation.report import table

    if result.get("skipped"):
        return f"Ablation skipped: {result['skipped']}"
    parts = []
    for set_name, block in result["sets"].items():
        if block.get("skipped"):
            parts.append(f"Ablation on {set_name}: skipped ({block['skipped']})")
            continue
        labels = [label for _, label in METRICS]
        full = block["full"]
        rows = [["all features on", *(_f(full.get(m)) for m, _ in METRICS), ""]]
        for name, delta in block["delta"].items():
            helps = any(v is not None and v < 0 for v in delta.values())
            rows.append(
                [f"without {name}", *(_d(delta.get(m)) for m, _ in METRICS), "" if helps else "no help"]
            )
        parts.append(
            f"Ablation on the {set_name} dev half ({block['dev_questions']} questions): "
            "change when one feature is switched off (negative = the feature helps)"
        )
        parts.append(table(["configuration", *labels, ""], rows))
    return "\n\n".join(parts)


def _f(v) -> str:
    return "-" if v is None else f"{v:.3f}"


def _d(v) -> str:
    return "-" if v is None else f"{v:+.3f}"
