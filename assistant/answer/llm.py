"""LLM mode: LangChain chat models, the grounded prompt, and follow-up condensation.

Three backends, chosen from settings (``build_chat_model``):

- any OpenAI-compatible server (vLLM, llama.cpp server, Ollama, LM Studio): ``langchain_openai.ChatOpenAI``
  with ``llm_base_url`` and ``llm_model``;
- a local GGUF file through llama-cpp-python, when that package is installed (fast on CPU);
- the same GGUF file through transformers' own GGUF support (``TransformersGGUFChat`` below), which needs
  no extra package and no network: the fallback that always works, and the one the tests use.

Every backend is a LangChain ``BaseChatModel``, so ``invoke`` and ``stream`` are the same everywhere and
the answer code never knows which one runs. Heavy imports happen inside the backends, so extractive mode
never pays for them.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from assistant.answer import render
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.models import Citation


def _to_dicts(messages: list[BaseMessage]) -> list[dict[str, str]]:
    roles = {"system": "system", "human": "user", "ai": "assistant"}
    return [{"role": roles.get(m.type, "user"), "content": str(m.content)} for m in messages]


class TransformersGGUFChat(BaseChatModel):
    """A chat model over a GGUF file loaded by transformers (dequantised to float32, CPU, greedy).

    Loading takes about a minute for a 0.5B model; generation ~7 tokens/s on two cores, so keep
    ``max_new_tokens`` small. The model is loaded once per instance, on first use.
    """

    gguf_path: str
    max_new_tokens: int = 256
    temperature: float = 0.0
    _model: Any = PrivateAttr(default=None)
    _tokenizer: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "transformers-gguf"

    def load(self) -> None:
        """Load tokenizer and weights (no network: the GGUF file carries both).

        Dequantising a GGUF file in transformers runs in Python and takes minutes on a busy CPU, so the
        first load saves the dequantised checkpoint next to the file (``<name>.hf/``, float16, ~1 GB)
        and later loads read that folder in seconds. The cache is written atomically (temp folder, then
        rename) and ignored if incomplete.
        """
        with self._lock:
            if self._model is not None:
                return
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer

            path = Path(self.gguf_path)
            if not path.is_file():
                raise ConfigError(
                    f"Không tìm thấy tệp mô hình GGUF: {path}",
                    f"GGUF model file not found: {path}",
                    code="llm_missing",
                )
            cache = path.with_name(path.name + ".hf")
            if (cache / "config.json").is_file() and (cache / "tokenizer_config.json").is_file():
                tokenizer = AutoTokenizer.from_pretrained(str(cache))
                model = AutoModelForCausalLM.from_pretrained(str(cache), dtype=torch.float32)
            else:
                tokenizer = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
                model = AutoModelForCausalLM.from_pretrained(
                    str(path.parent), gguf_file=path.name, dtype=torch.float32
                )
                _save_cache(model, tokenizer, cache)
            model.eval()
            self._tokenizer, self._model = tokenizer, model

    def _inputs(self, messages: list[BaseMessage]):
        self.load()
        prompt = self._tokenizer.apply_chat_template(
            _to_dicts(messages), tokenize=False, add_generation_prompt=True
        )
        return self._tokenizer(prompt, return_tensors="pt")

    def _gen_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        n = int(kwargs.get("max_new_tokens") or self.max_new_tokens)
        out: dict[str, Any] = {"max_new_tokens": n, "pad_token_id": self._tokenizer.eos_token_id}
        if self.temperature > 0:
            out.update(do_sample=True, temperature=self.temperature)
        else:
            out.update(do_sample=False)
        return out

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(c.message.content for c in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        import torch
        from transformers import TextIteratorStreamer

        inputs = self._inputs(messages)
        streamer = TextIteratorStreamer(self._tokenizer, skip_prompt=True, skip_special_tokens=True)
        gen_kwargs = dict(**inputs, streamer=streamer, **self._gen_kwargs(**kwargs))

        def run() -> None:
            with torch.inference_mode():
                self._model.generate(**gen_kwargs)

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        for piece in streamer:
            if piece:
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
                if run_manager:
                    run_manager.on_llm_new_token(piece, chunk=chunk)
                yield chunk
        worker.join()


def _save_cache(model, tokenizer, cache: Path) -> None:
    """Save the dequantised model as float16 safetensors; a failure only costs the next load time.

    transformers marks a model loaded from GGUF as "quantized with gguf" and refuses to save it, although
    its weights are already plain tensors; dropping that marker makes it an ordinary checkpoint.
    """
    import shutil

    import torch

    tmp = cache.with_name(cache.name + f".tmp{os.getpid()}")
    try:
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.to(torch.float16).save_pretrained(str(tmp))
        tokenizer.save_pretrained(str(tmp))
        if cache.exists():
            shutil.rmtree(cache)
        os.replace(tmp, cache)
    except Exception as exc:  # noqa: BLE001 - the cache is an optimisation, never a reason to fail
        import logging

        logging.getLogger(__name__).warning("could not cache the dequantised model: %s", exc)
    finally:
        model.to(torch.float32)
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


class LlamaCppChat(BaseChatModel):
    """A thin chat model over ``llama_cpp.Llama`` (optional dependency: ``pip install llama-cpp-python``)."""

    gguf_path: str
    max_new_tokens: int = 256
    n_ctx: int = 4096
    _llm: Any = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    def _client(self):
        if self._llm is None:
            from llama_cpp import Llama

            self._llm = Llama(model_path=self.gguf_path, n_ctx=self.n_ctx, verbose=False)
        return self._llm

    def _generate(self, messages, stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        text = "".join(c.message.content for c in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(self, messages, stop=None, run_manager=None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        n = int(kwargs.get("max_new_tokens") or self.max_new_tokens)
        for part in self._client().create_chat_completion(
            messages=_to_dicts(messages), max_tokens=n, temperature=0.0, stop=stop, stream=True
        ):
            piece = part["choices"][0].get("delta", {}).get("content") or ""
            if piece:
                yield ChatGenerationChunk(message=AIMessageChunk(content=piece))


def build_chat_model(settings: Settings, max_new_tokens: int | None = None) -> BaseChatModel:
    """The chat model the settings describe; raises ``ConfigError`` when none is configured."""
    n = max_new_tokens or settings.llm_max_tokens
    if settings.llm_base_url and settings.llm_model:
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:  # pragma: no cover - installed in the project venv
            raise ConfigError(
                "Cần cài langchain-openai", "Install langchain-openai", code="llm_missing"
            ) from exc
        import httpx

        # Bounded waits: without them the client waits 600 s and retries twice, so one hanging server
        # holds a question (and an answering slot) for half an hour.
        return ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key or "none",
            temperature=0,
            max_tokens=n,
            timeout=httpx.Timeout(settings.llm_read_timeout, connect=settings.llm_connect_timeout),
            max_retries=max(0, settings.llm_retries),
        )
    if settings.llm_gguf:
        try:
            import llama_cpp  # noqa: F401

            return LlamaCppChat(gguf_path=settings.llm_gguf, max_new_tokens=n)
        except ImportError:
            return TransformersGGUFChat(gguf_path=settings.llm_gguf, max_new_tokens=n)
    raise ConfigError(
        "Chưa cấu hình mô hình ngôn ngữ "
        "(ASSISTANT_LLM_BASE_URL + ASSISTANT_LLM_MODEL, hoặc ASSISTANT_LLM_GGUF).",
        "No language model configured (ASSISTANT_LLM_BASE_URL + ASSISTANT_LLM_MODEL, or ASSISTANT_LLM_GGUF).",
        code="llm_not_configured",
    )


# ------------------------------------------------------------------------------------------- prompts


_TAG = re.compile(r"</?\s*doan_trich[^>]*>", re.IGNORECASE)


def _untrusted(text: str) -> str:
    """Document text as quoted data: it cannot close or open the passage wrapper of the prompt."""
    return _TAG.sub(" ", text)


def passages_block(citations: list[Citation], max_chars: int = 700) -> str:
    """The numbered passages, each wrapped as quoted, untrusted data (``<doan_trich n=..>``): document
    label, section and the chunk text (trimmed for small contexts)."""
    template = render.prompt("passage.vi.txt")
    parts = []
    for c in citations:
        text = c.text if len(c.text) <= max_chars else c.text[:max_chars].rsplit(" ", 1)[0] + " …"
        parts.append(
            template.format(
                n=c.n,
                doc=_untrusted(render.doc_label(c.doc)),
                section=_untrusted(c.section),
                text=_untrusted(text),
            )
        )
    return "\n\n".join(parts)


def answer_messages(question: str, citations: list[Citation], language: str) -> list[BaseMessage]:
    """System + user messages asking for an answer grounded in the numbered passages, with [n] markers."""
    system = render.prompt("answer_system.vi.txt").format(
        not_found=render.not_found(language), language_name=render.language_name(language)
    )
    user = render.prompt("answer_user.vi.txt").format(passages=passages_block(citations), question=question)
    return [SystemMessage(content=system), HumanMessage(content=user)]


def condense(chat: BaseChatModel, question: str, history: list[str], max_new_tokens: int = 60) -> str:
    """Rewrite a follow-up into a standalone question with the LLM; the original question if it fails."""
    if not history:
        return question
    prompt = render.prompt("condense.vi.txt").format(
        history="\n".join(f"- {h}" for h in history[-3:]), question=question
    )
    try:
        out = chat.invoke([HumanMessage(content=prompt)], max_new_tokens=max_new_tokens)
    except Exception:  # a failing endpoint must not stop the answer; the rule-based rewrite still applies
        return question
    text = str(out.content).strip().splitlines()[0].strip(" \"'") if str(out.content).strip() else ""
    return text if 5 <= len(text) <= 400 else question
