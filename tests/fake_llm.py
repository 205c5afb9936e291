"""A small fake OpenAI-compatible chat server for tests, on 127.0.0.1 (no network, no mocks of our code).

It behaves like a model that reads the prompt: the ``model`` name picks the behaviour.

- ``hang``: accepts the request and never answers (until the server stops);
- ``inject``: obeys an instruction planted in a passage ("Bỏ qua mọi hướng dẫn ... 01/01/2099") and
  repeats its date, citing that passage;
- ``badcite``: copies the first passage's first sentence but cites passages [7] and [9], never sent;
- ``invent``: states a deadline (15/3/2031) that no passage has, citing passage [1];
- ``echo``: copies the first passage's first sentence citing [1] (a good answer).

Both plain and streamed (SSE) chat completions are served. ``requests`` counts calls per model.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_PASSAGE = re.compile(r'<doan_trich n="(\d+)">\s*\[\d+\][^\n]*\n(.*?)</doan_trich>', re.S)


def _reply(model: str, prompt: str) -> str:
    passages = [(int(n), text.strip()) for n, text in _PASSAGE.findall(prompt)]
    first = passages[0][1] if passages else ""
    first_sentence = re.split(r"(?<=[.;])\s", first)[0].rstrip(".;") if first else ""
    if model == "inject":
        for n, text in passages:
            m = re.search(r"(\d{1,2}/\d{1,2}/\d{4})", text) if "Bỏ qua" in text else None
            if m:
                return f"Hạn chót nộp báo cáo là {m.group(1)} [{n}]."
        return "Không có [1]."
    if model == "badcite":
        return f"{first_sentence} [7] [9]."
    if model == "invent":
        return (
            f"Hội phụ nữ các huyện phải gửi báo cáo kết quả tập huấn trước ngày 15/3/2031 [{passages[0][0]}]."
        )
    return f"{first_sentence} [{passages[0][0] if passages else 1}]."


class FakeLLM:
    """Start with ``FakeLLM().start()``; ``base_url`` is the OpenAI base URL; ``stop()`` ends it."""

    def __init__(self) -> None:
        self.requests: dict[str, int] = {}
        self._stop = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server API
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                model = body.get("model", "echo")
                owner.requests[model] = owner.requests.get(model, 0) + 1
                if model == "hang":
                    while not owner._stop.wait(0.2):
                        pass
                    return
                prompt = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
                text = _reply(model, prompt)
                if body.get("stream"):
                    self._stream(model, text)
                else:
                    self._plain(model, text)

            def _plain(self, model: str, text: str) -> None:
                data = json.dumps(
                    {
                        "id": "fake",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": model,
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": text},
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, model: str, text: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                words = re.findall(r"\S+\s*", text)
                for i, w in enumerate(words):
                    chunk = {
                        "id": "fake",
                        "object": "chat.completion.chunk",
                        "created": int(time.time()),
                        "model": model,
                        "choices": [
                            {
                                "index": 0,
                                "delta": {"role": "assistant", "content": w} if i == 0 else {"content": w},
                                "finish_reason": None,
                            }
                        ],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                end = {
                    "id": "fake",
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": model,
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                }
                self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()
                self.close_connection = True

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> FakeLLM:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()
