"""Plain-text tables for evaluation results: systems side by side, overall and per question type.

Input is the dict ``suite.run_suite`` (per set and half: ``suite_report``), ``runner.run_sample_eval`` or
``external.run_external`` return; output is text for a
terminal, no colours, fixed-width columns, so it can be pasted into an issue or a README.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.evaluation.sets import HALVES

METRICS = ("recall@1", "recall@5", "recall@10", "mrr@10")


def _fmt(value, pct: bool = False) -> str:
    if value is None:
        return "-"
    if pct:
        return f"{value:.0%}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A fixed-width table: first column left-aligned, the rest right-aligned."""
    widths = [
        max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h))
        for i, h in enumerate(headers)
    ]

    def line(cells: Sequence[str]) -> str:
        parts = [str(c).ljust(widths[0]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(cells)]
        return "  ".join(parts).rstrip()

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])


def systems_table(systems: Sequence[dict]) -> str:
    """Overall recall/MRR, median chunk length and latency for each system."""
    headers = ["system", *METRICS, "chunk chars (median)", "latency p50 ms", "p95 ms"]
    rows = []
    for s in systems:
        sm = s["summary"]
        ov = sm["overall"]
        rows.append(
            [
                s["name"],
                *(_fmt(ov.get(m)) for m in METRICS),
                _fmt(sm.get("median_chunk_chars")),
                f"{sm.get('latency_ms_p50', 0):.1f}",
                f"{sm.get('latency_ms_p95', 0):.1f}",
            ]
        )
    return table(headers, rows)


def per_type_table(systems: Sequence[dict], metric: str = "recall@5") -> str:
    """One row per question type, one column per system, for one metric."""
    types = sorted({t for s in systems for t, v in s["summary"]["by_type"].items() if v.get("n")})
    headers = ["type (n)", *(s["name"] for s in systems)]
    rows = []
    for t in types:
        n = systems[0]["summary"]["by_type"].get(t, {}).get("n", 0)
        rows.append([f"{t} ({n})", *(_fmt(s["summary"]["by_type"].get(t, {}).get(metric)) for s in systems)])
    return table(headers, rows)


def answers_block(a: dict) -> str:
    """Answer metrics against their targets, the calibration suggestion and the failures."""
    rows = []
    for name, value in a["metrics"].items():
        target = a["targets"].get(name)
        rows.append(
            [
                name,
                _fmt(value),
                f">= {target:.2f}" if target is not None else "",
                "ok" if a["met"].get(name) else "BELOW",
            ]
        )
    rows.append(["latency p50 / p95 ms", f"{a['latency_ms_p50']:.0f} / {a['latency_ms_p95']:.0f}", "", ""])
    out = [table(["answer metric", "value", "target", ""], rows)]
    type_rows = [
        [t, str(v["n"]), _fmt(v.get("gold_cited")), _fmt(v.get("key_phrase")), _fmt(v.get("abstained"))]
        for t, v in a.get("by_type", {}).items()
    ]
    if type_rows:
        out.append(table(["type", "n", "gold cited", "key phrase", "abstained"], type_rows))
    if a.get("calibration"):
        out.append(a["calibration"]["text"])
    if a.get("failures"):
        out.append("answer failures:\n  " + "\n  ".join(a["failures"]))
    if a.get("errors"):
        out.append("errors:\n  " + "\n  ".join(a["errors"]))
    return "\n\n".join(out)


def sample_report(result: dict, show_misses: bool = True) -> str:
    """The full console report of ``runner.run_sample_eval``."""
    systems = result["systems"]
    parts = [
        f"Retrieval on the sample corpus: {result['questions']} questions, top {result['k']} "
        "(unanswerable questions are excluded from recall)",
        systems_table(systems),
    ]
    for metric in ("recall@5", "mrr@10"):
        parts.append(f"{metric} per question type")
        parts.append(per_type_table(systems, metric))
    if show_misses and systems and systems[0].get("misses@5"):
        parts.append(
            f"{systems[0]['name']}: gold evidence not in the top 5\n  " + "\n  ".join(systems[0]["misses@5"])
        )
    if result.get("unreachable_evidence"):
        parts.append(
            "gold evidence held by no chunk of the index (unreachable for any ranking)\n  "
            + "\n  ".join(result["unreachable_evidence"])
        )
    if result.get("answers"):
        parts.append("Answers (Assistant.ask)")
        parts.append(answers_block(result["answers"]))
    return "\n\n".join(parts)


def _short(name: str) -> str:
    return name.split(" (")[0]


def external_report(result: dict) -> str:
    """Tables for the external sets (ALQAC article-level, handbook page-level): one row per metric, the
    systems side by side per half, test first, then the whole set; then latency and build time."""
    parts = []
    for name, block in result.items():
        if not isinstance(block, dict) or "systems" not in block:
            continue
        metrics = block.get("metrics", [])
        systems = block["systems"]
        halves = [h for h in HALVES if all(h in s.get("halves", {}) for s in systems)]
        columns = [(h, s, s["halves"][h]) for h in halves for s in systems]
        columns += [("all", s, s) for s in systems]
        headers = ["metric", *(f"{h}: {_short(s['name'])}" for h, s, _ in columns)]
        rows = [["questions", *(str(v.get("questions", "")) for _, _, v in columns)]]
        rows += [[m, *(_fmt(v.get(m)) for _, _, v in columns)] for m in metrics]
        parts.append(f"{name}: {block.get('description', '')}")
        parts.append(table(headers, rows))
        parts.append(
            "; ".join(
                f"{s['name']}: latency p50 {s.get('latency_ms_p50', 0):.1f} ms, "
                f"build {s.get('build_seconds', 0):.0f} s"
                for s in systems
            )
        )
    return "\n\n".join(parts)


# --------------------------------------------------------------------------------------------- sets, halves

_ANSWER_ROWS = (
    ("gold_cited", "gold evidence cited"),
    ("citations_from_gold_doc", "citations from a right document"),
    ("abstain_unanswerable", "abstains on unanswerable"),
    ("answer_answerable", "answers answerable"),
)


def _target_cells(value, target) -> list[str]:
    if target is None:
        return ["", ""]
    return [f">= {target:.2f}", "ok" if value is not None and value >= target else "BELOW"]


def half_retrieval_table(half: dict, targets: dict) -> str:
    """Recall/MRR and latency per system for one half, with the target row when there is one."""
    rows = []
    for s in half["systems"]:
        ov, sm = s["summary"]["overall"], s["summary"]
        rows.append(
            [
                s["name"],
                *(_fmt(ov.get(m)) for m in METRICS),
                f"{sm.get('latency_ms_p50', 0):.0f} / {sm.get('latency_ms_p95', 0):.0f}",
            ]
        )
    if any(m in targets for m in METRICS):
        rows.append(["target", *(f">= {targets[m]:.2f}" if m in targets else "" for m in METRICS), ""])
    return table(["system", *METRICS, "ms p50 / p95"], rows)


def half_answer_table(a: dict, targets: dict) -> str:
    """Answer metrics of one half against the set's targets; headlines as right / wrong / absent."""
    rows = []
    for key, label in _ANSWER_ROWS:
        value = a["metrics"].get(key)
        rows.append([label, _fmt(value), *_target_cells(value, targets.get(key))])
    h = a.get("headline", {})
    if h.get("n"):
        rows.append(
            [
                f"headline facts right / wrong / absent (of {h['n']})",
                f"{h['right']} / {h['wrong']} / {h['absent']}",
                "",
                "",
            ]
        )
        rows.append(
            ["headline accuracy", _fmt(h["accuracy"]), *_target_cells(h["accuracy"], targets.get("headline"))]
        )
    if h.get("no_fact_n"):
        rows.append(
            [f"headline invented where none exists (of {h['no_fact_n']})", str(h["invented"]), "", ""]
        )
    rows.append(["latency p50 / p95 ms", f"{a['latency_ms_p50']:.0f} / {a['latency_ms_p95']:.0f}", "", ""])
    return table(["answer metric", "value", "target", ""], rows)


def set_report(result: dict, show_failures: bool = True) -> str:
    """One set: the test half first, then dev, then the whole set by question type and the failures."""
    if result.get("skipped"):
        return f"Set {result['set']}: skipped ({result['skipped']})"
    halves, targets = result["halves"], result.get("targets", {})
    head = (
        f"=== Set {result['set']}: {halves['all']['questions']} questions "
        f"(test {halves['test']['questions']}, dev {halves['dev']['questions']}) "
        f"over {result['files']} files, "
        f"top {result['k']}; unanswerable questions are left out of recall ==="
    )
    parts = [head]
    for name in ("test", "dev"):
        half = halves[name]
        parts.append(
            f"--- {name} half: {half['questions']} questions "
            f"({half['answerable']} answerable, {half['unanswerable']} unanswerable) ---"
        )
        parts.append(half_retrieval_table(half, targets if name == "test" else {}))
        if half.get("answers"):
            parts.append(half_answer_table(half["answers"], targets if name == "test" else {}))
    whole = halves["all"]
    parts.append(f"--- whole set, recall@5 per question type ---\n{per_type_table(whole['systems'])}")
    if show_failures:
        test = halves["test"]
        if test["systems"] and test["systems"][0].get("misses@5"):
            parts.append(
                "test half, gold evidence not in our top 5:\n  " + "\n  ".join(test["systems"][0]["misses@5"])
            )
        a = test.get("answers") or {}
        if a.get("failures"):
            parts.append("test half, answer failures:\n  " + "\n  ".join(a["failures"]))
        if (a.get("headline") or {}).get("wrong_ids"):
            parts.append("test half, wrong headlines: " + ", ".join(a["headline"]["wrong_ids"]))
        if result.get("unreachable_evidence"):
            parts.append(
                "gold evidence held by no chunk of the index (unreachable for any ranking)\n  "
                + "\n  ".join(result["unreachable_evidence"])
            )
    return "\n\n".join(parts)


def suite_report(result: dict) -> str:
    """Every set of ``suite.run_suite``, in run order."""
    return "\n\n".join(set_report(r) for r in result["sets"].values())
