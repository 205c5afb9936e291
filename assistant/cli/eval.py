"""``python -m assistant eval``: retrieval and answer metrics on the sample corpus, optionally external sets.

::

    python -m assistant eval [--index DIR] [--documents DIR] [--questions eval/questions.jsonl] [--k 10]
                             [--no-baseline] [--answers/--no-answers] [--external] [--json FILE]
    python -m assistant eval --headers [--json FILE]

Without ``--index`` the sample documents are indexed into a temporary folder (removed afterwards); with it
the index there is brought up to date incrementally and kept. Prints ours vs naive dense vs BM25
(recall@1/5/10, MRR@10, overall and per question type, median chunk length, latency), then the answer
metrics when ``assistant.api`` is available. ``--external`` adds ALQAC 2024 (article level) and the Hanoi
handbook (page level) from ``../shared/external`` (tens of minutes on two CPU cores; see eval/README.md).
Only argument parsing and printing happen here; the work is in ``assistant.evaluation``.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from dataclasses import replace
from pathlib import Path

import click

from assistant.config import REPO_ROOT, Settings


def _log(message: str) -> None:
    click.echo(message, err=True)


def _run(
    settings: Settings,
    questions: Path,
    documents: Path,
    k: int,
    baseline: bool,
    answers: bool | None,
    external: bool,
    json_out: Path | None,
    alqac_articles: int,
    alqac_questions: int,
    external_sets: tuple[str, ...] = ("alqac", "handbook"),
) -> None:
    from assistant.evaluation import report, runner
    from assistant.evaluation.retrieval import load_questions

    qs = load_questions(questions)
    embedder = runner.shared_embedder(settings)
    result = runner.run_sample_eval(
        settings, qs, documents, k=k, baseline=baseline, answers=answers, embedder=embedder, log=_log
    )
    click.echo(report.sample_report(result))
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
        "--questions",
        type=click.Path(path_type=Path, exists=True, dir_okay=False),
        default=REPO_ROOT / "eval" / "questions.jsonl",
        show_default=True,
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
        questions: Path,
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
        """Đánh giá truy xuất và câu trả lời / Evaluate retrieval and answers on the sample corpus."""
        if headers:
            _run_headers(json_out)
            return
        base = Settings.from_env()
        sets = tuple(x.strip() for x in external_sets.split(",") if x.strip())
        with contextlib.ExitStack() as stack:
            if index_dir is None:
                index_dir = (
                    Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="assistant-eval-"))) / "index"
                )
            _run(
                replace(base, index_dir=index_dir),
                questions,
                documents,
                k,
                not no_baseline,
                answers,
                external,
                json_out,
                alqac_articles,
                alqac_questions,
                sets,
            )
