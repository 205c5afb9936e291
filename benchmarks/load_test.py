"""Load test of the web app through its API (gradio_client): 20 concurrent users, 3 rounds, one upload
during round 2, and LLM questions hanging in the background against a fake LLM server that never answers.

    .venv/bin/python benchmarks/load_test.py [--users 20] [--rounds 3] [--hanging 4] [--out FILE.json]

It starts ``python app.py`` on a free port over a temp copy of ``documents/`` (the index is built on first
start), so it measures the real app: queues, the LLM concurrency limit, indexing beside answering. Each user
asks one extractive question per round (questions from ``eval/questions.jsonl``). Reported: errors,
extractive latency p50/p95/max, the upload's time, what the hanging LLM questions got. Not part of
``make test`` (minutes on two cores).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.fake_llm import FakeLLM  # noqa: E402

UPLOAD = REPO / "tests" / "ui_corpus" / "KH-12-KH-HPN_2025_hoi-thi-banh-chung.md"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 1800) -> None:
    from gradio_client import Client

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited ({proc.returncode})")
        try:
            urllib.request.urlopen(url, timeout=5)
            Client(url, verbose=False).predict("Kết luận số 62", "extractive", api_name="/ask")
            return
        except Exception:  # noqa: BLE001 - not ready yet (index being built)
            time.sleep(3)
    raise TimeoutError("the app did not become ready")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--hanging", type=int, default=4, help="LLM questions kept hanging in the background")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    from gradio_client import Client

    questions = [
        json.loads(x)["question"]
        for x in (REPO / "eval" / "questions.jsonl").read_text().splitlines()
        if x.strip()
    ]
    fake = FakeLLM().start()
    root = Path(tempfile.mkdtemp(prefix="loadtest-"))
    shutil.copytree(REPO / "documents", root / "documents")
    port = free_port()
    env = {
        **os.environ,
        "ASSISTANT_DOCUMENTS": str(root / "documents"),
        "ASSISTANT_INDEX": str(root / "index"),
        "GRADIO_SERVER_PORT": str(port),
        "ASSISTANT_HOST": "127.0.0.1",
        "ASSISTANT_AUTH": "",
        "ASSISTANT_LLM_BASE_URL": fake.base_url,
        "ASSISTANT_LLM_MODEL": "hang",
        "ASSISTANT_LLM_READ_TIMEOUT": "60",
        "ASSISTANT_LLM_DEADLINE": "60",
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    log = (root / "app.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}/"
    results: dict = {"users": args.users, "rounds": args.rounds, "hanging_llm": args.hanging}
    try:
        wait_ready(url, proc)
        stop = threading.Event()
        llm_outcomes: list[str] = []
        lock = threading.Lock()

        def hanging_llm() -> None:
            c = Client(url, verbose=False)
            while not stop.is_set():
                try:
                    r = c.predict(questions[0], "llm", api_name="/ask")
                    with lock:
                        llm_outcomes.append(
                            r["mode"] + (" (busy)" if any("busy" in n for n in r["notes"]) else "")
                        )
                except Exception as exc:  # noqa: BLE001
                    with lock:
                        llm_outcomes.append(f"error: {exc}")

        bg = [threading.Thread(target=hanging_llm, daemon=True) for _ in range(args.hanging)]
        for t in bg:
            t.start()
        time.sleep(3)  # let them reach the model first
        latencies: list[float] = []
        errors: list[str] = []
        upload_info: dict = {}

        def user(i: int, rnd: int, client) -> None:
            q = questions[(i * 7 + rnd * 13) % len(questions)]
            t0 = time.perf_counter()
            try:
                r = client.predict(q, "extractive", api_name="/ask")
                assert isinstance(r, dict) and "answer" in r and r["answer"]
                with lock:
                    latencies.append(time.perf_counter() - t0)
            except Exception as exc:  # noqa: BLE001
                with lock:
                    errors.append(f"{q[:40]}: {exc}")

        def do_upload() -> None:
            c = Client(url, verbose=False)
            t0 = time.perf_counter()
            try:
                r = c.predict(
                    UPLOAD.name, base64.b64encode(UPLOAD.read_bytes()).decode(), api_name="/add_document"
                )
                upload_info.update(seconds=round(time.perf_counter() - t0, 1), files=r["files"])
            except Exception as exc:  # noqa: BLE001
                errors.append(f"upload: {exc}")

        clients = [Client(url, verbose=False) for _ in range(args.users)]
        per_round = []
        for rnd in range(1, args.rounds + 1):
            before = len(latencies)
            threads = [threading.Thread(target=user, args=(i, rnd, clients[i])) for i in range(args.users)]
            up = threading.Thread(target=do_upload) if rnd == 2 else None
            t0 = time.perf_counter()
            if up:
                up.start()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if up:
                up.join()
            lat = latencies[before:]
            per_round.append(
                {
                    "round": rnd,
                    "seconds": round(time.perf_counter() - t0, 1),
                    "p50": round(statistics.median(lat), 2) if lat else None,
                    "max": round(max(lat), 2) if lat else None,
                }
            )
        stop.set()
        results.update(
            errors=len(errors),
            error_samples=errors[:5],
            answered=len(latencies),
            extractive_p50_s=round(pct(latencies, 0.5), 2) if latencies else None,
            extractive_p95_s=round(pct(latencies, 0.95), 2) if latencies else None,
            extractive_max_s=round(max(latencies), 2) if latencies else None,
            rounds=per_round,
            upload=upload_info,
            llm_outcomes={k: llm_outcomes.count(k) for k in set(llm_outcomes)},
            llm_requests_reaching_model=fake.requests.get("hang", 0),
        )
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        fake.stop()
        log.close()
    print(json.dumps(results, ensure_ascii=False, indent=1))
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    shutil.rmtree(root, ignore_errors=True)
    sys.exit(1 if results.get("errors") else 0)


if __name__ == "__main__":
    main()
