"""``python -m assistant eval``: retrieval and answer metrics per question set and half, test half first.

::

    python -m assistant eval [--set sample|library|library2|...|library6|all] [--index DIR] [--library-index DIR]
                             [--documents DIR] [--k 10] [--no-baseline] [--answers/--no-answers]
                             [--ablate] [--calibrate] [--external] [--json FILE]
    python -m assistant eval --headers [--json FILE]

Sets (``assistant.evaluation.sets``): ``sample`` (eval/questions.jsonl over documents/) and ``library``
(eval/library_questions.jsonl over the samples plus ../shared, indexed into ``indexes/library`` on first
use), ``library2`` to ``library6`` (eval/library{2,...,6}_questions.jsonl, written later by
outside writers, over the same library). Default: all seven; with ``--index`` (the sample set's
index) and no ``--set``, the sample set only.
Without ``--index`` the sample documents are indexed into a temporary folder (removed afterwards). Prints,
per set and half (test first): ours vs the tutorial pipeline (1000/200 + e5 + FAISS) vs BM25 (recall@1/5/10,
MRR@10, latency), then the answer metrics (gold evidence cited, citations from a right document, headline
facts right / wrong / absent, abstention, answering rate) against the issue's targets. ``--ablate`` runs
the dev halves with each named ranking preference switched off (``assistant.evaluation.ablate``);
``--calibrate`` chooses the abstention threshold on the dev halves (``assistant.evaluation.calibrate``).
``--external`` adds ALQAC 2024 (article level) and the Hanoi handbook (page level) from
``../shared/external`` (tens of minutes on two CPU cores; see eval/README.md). Only argument parsing and
printing happen here; the work is in ``assistant.evaluation``.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from dataclasses import replace
from pathlib import Path

import click

from assistant.config import REPO_ROOT, Settings
from assistant.evaluation.sets import SETS


def _log(message: str) -> None:
    click.echo(message, err=True)


def _run(
    settings: Settings,
    set_names: tuple[str, ...],
    documents: Path,
    k: int,
    baseline: bool,
    answers: bool | None,
    external: bool,
    json_out: Path | None,
    alqac_articles: int,
    alqac_questions: int,
    external_sets: tuple[str, ...] = ("alqac", "handbook"),
    library_index: Path | None = None,
    ablate: bool = False,
    calibrate: bool = False,
) -> None:
    import time

    from assistant.evaluation import ablate as ablation
    from assistant.evaluation import report, runner, suite

    t0 = time.perf_counter()
    embedder = runner.shared_embedder(settings)
    answers = runner.api_available() if answers is None else answers
    sample_index = Path(settings.index_dir)
    if calibrate:
        from assistant.evaluation import calibrate as calibration

        result = calibration.run_calibration(
            set_names, settings, embedder, documents, sample_index, library_index, _log
        )
        click.echo(calibration.report(result))
        if json_out:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    if ablate:
        result = ablation.run_ablation(
            set_names, settings, embedder, documents, sample_index, library_index, k, answers, _log
        )
        click.echo(ablation.report(result))
    else:
        result = suite.run_suite(
            set_names, settings, embedder, documents, sample_index, library_index, k, baseline, answers, _log
        )
        click.echo(report.suite_report(result))
    result["seconds"] = time.perf_counter() - t0
    _log(f"eval: {result['seconds']:.0f}s")
    if external:
        from assistant.evaluation import external as ext

        result["external"] = ext.run_external(
            settings,
            embedder,
            k=k,
            baseline=baseline,
            alqac_articles=alqac_articles,
            alqac_questions=alqac_questions,
            sets=external_sets,
            log=_log,
        )
        click.echo("")
        click.echo(report.external_report(result["external"]))
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        _log(f"wrote {json_out}")


def _run_headers(json_out: Path | None) -> None:
    """``eval --headers``: per-field accuracy of the letterhead and signature reader, and its misses."""
    from dataclasses import asdict

    from assistant.evaluation import headers as hd

    result = hd.evaluate(REPO_ROOT / "eval" / "headers_gold.jsonl", REPO_ROOT)
    click.echo(hd.report(result))
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        data = asdict(result) | {"accuracy": result.accuracy()}
        json_out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        _log(f"wrote {json_out}")


def register(main: click.Group) -> None:
    """Add the ``eval`` command to the CLI group."""

    @main.command("eval")
    @click.option(
        "--index",
        "index_dir",
        type=click.Path(path_type=Path),
        default=None,
        help="Index folder to use/update (default: a temporary index of --documents).",
    )
    @click.option(
        "--documents",
        type=click.Path(path_type=Path, exists=True, file_okay=False),
        default=REPO_ROOT / "documents",
        show_default=True,
        help="The sample documents.",
    )
    @click.option(
        "--set",
        "set_name",
        type=click.Choice([*SETS, "all"]),
        default=None,
        help="Question set(s) (default: all; sample only when --index is given).",
    )
    @click.option(
        "--library-index",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help="Index folder of the library (default: indexes/library, built on first use).",
    )
    @click.option(
        "--ablate", is_flag=True, help="Dev halves with each named ranking preference switched off."
    )
    @click.option(
        "--calibrate",
        is_flag=True,
        help="Choose the abstention threshold on the dev halves (assistant.evaluation.calibrate).",
    )
    @click.option("--k", type=int, default=10, show_default=True, help="Ranking depth.")
    @click.option("--no-baseline", is_flag=True, help="Skip the naive dense and BM25 baselines.")
    @click.option(
        "--answers/--no-answers",
        default=None,
        help="Evaluate Assistant.ask answers (default: when assistant.api exists).",
    )
    @click.option("--external", is_flag=True, help="Also run ALQAC 2024 and the Hanoi handbook (slow).")
    @click.option(
        "--alqac-articles",
        type=int,
        default=600,
        show_default=True,
        help="ALQAC corpus size: all gold articles of the sampled questions plus distractors.",
    )
    @click.option(
        "--alqac-questions",
        type=int,
        default=150,
        show_default=True,
        help="ALQAC questions sampled (seeded); 0 = all 530.",
    )
    @click.option(
        "--external-sets",
        default="alqac,handbook",
        show_default=True,
        help="Comma-separated external sets to run with --external.",
    )
    @click.option(
        "--headers",
        is_flag=True,
        help="Only header metadata accuracy on eval/headers_gold.jsonl (type, number, date, issuer, signer).",
    )
    @click.option(
        "--json",
        "json_out",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        help="Also write every number and per-question result to this JSON file.",
    )
    def eval_cmd(
        index_dir: Path | None,
        documents: Path,
        set_name: str | None,
        library_index: Path | None,
        ablate: bool,
        calibrate: bool,
        k: int,
        no_baseline: bool,
        answers: bool | None,
        external: bool,
        alqac_articles: int,
        alqac_questions: int,
        external_sets: str,
        headers: bool,
        json_out: Path | None,
    ) -> None:
        """Đánh giá truy xuất và câu trả lời / Evaluate retrieval and answers, per set and half."""
        if headers:
            _run_headers(json_out)
            return
        base = Settings.from_env()
        sets = tuple(x.strip() for x in external_sets.split(",") if x.strip())
        chosen = set_name or ("sample" if index_dir is not None else "all")
        set_names = tuple(SETS) if chosen == "all" else (chosen,)
        with contextlib.ExitStack() as stack:
            if index_dir is None:
                index_dir = (
                    Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="assistant-eval-"))) / "index"
                )
            _run(
                replace(base, index_dir=index_dir),
                set_names,
                documents,
                k,
                not no_baseline,
                answers,
                external,
                json_out,
                alqac_articles,
                alqac_questions,
                sets,
                library_index,
                ablate,
                calibrate,
            )
