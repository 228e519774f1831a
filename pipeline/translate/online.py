"""Online translation through deep-translator's providers, with what deep-translator lacks.

deep-translator sends one request per text, sequentially, once, with no timeout, and throws the
response away. Here every request gets a timeout and bounded retries (`retry.py`; the response's
status and Retry-After are kept by a stand-in for `requests` in the provider's module), a batch
runs on a small thread pool (one translator per thread: Google's client keeps the text of the
request in shared state), and texts over the provider's length limit are split at sentence ends.
Keys come from the environment (or configuration) and are blanked out of every message.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import os
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar
from urllib.parse import quote, quote_plus, urlsplit

from pipeline.translate.engine import EngineStatus
from pipeline.translate.errors import EngineUnavailableError, TranslationError, UnsupportedPairError
from pipeline.translate.limit import CallLimit
from pipeline.translate.retry import (
    Retryable,
    RetryPolicy,
    call_with_retry,
    classify_request_error,
    install_recorder,
    last_response,
    recorded_call,
    refusal,
)
from pipeline.translate.segmenting import split_text

T = TypeVar("T")


@dataclass(frozen=True)
class ProviderSpec:
    """How to drive one deep-translator client (read from its source, deep-translator 1.11.4)."""

    name: str
    class_name: str
    label: str
    secrets: tuple[tuple[str, str], ...] = ()  # (constructor keyword, environment variable)
    languages: str | None = "GOOGLE_LANGUAGES_TO_CODES"  # table in constants; None: only online
    max_chars: int = 5000  # deep-translator rejects len(text) >= its max_chars
    endpoint: str | None = None  # "custom_url", "prefix" (ends in /) or "exact" base URL
    extra: tuple[str, ...] = ()  # other options; `domain` goes to translate(), the rest to __init__
    requires: str | None = None  # a module the client imports only when it translates

    def code(self, iso: str) -> str | None:
        """What to pass deep-translator for ISO 639-1 `iso`, or None if its table lacks it."""
        table = _table(self.languages)
        name = _english_names().get(iso, iso)
        alias = _ALIASES.get(iso, iso)
        for candidate in (iso, *[key for key in table if key.lower() == name], alias):
            if candidate in table or candidate in table.values():
                return candidate
        return None

    def iso_codes(self) -> list[str]:
        table = _table(self.languages)
        universe = set(_english_names()) | {code for code in table.values() if len(code) == 2}
        return sorted(code for code in universe if self.code(code) is not None)

    def rejection(self, code: str) -> str:
        accepted = self.iso_codes()
        listed = ", ".join(accepted) if len(accepted) <= 40 else f"{len(accepted)} languages"
        message = f"{self.name}: deep-translator's {self.label} client does not accept {code!r}"
        message += f"; it accepts {listed}"
        if self.name == "libre":
            message += "; a self-hosted LibreTranslate (--engine-url) works for pairs among those"
        return message


_P = ProviderSpec
PROVIDERS: dict[str, ProviderSpec] = {p.name: p for p in [
    _P("google", "GoogleTranslator", "Google Translate", max_chars=4999, endpoint="exact"),
    _P("deepl", "DeeplTranslator", "DeepL", (("api_key", "DEEPL_API_KEY"),),
       "DEEPL_LANGUAGE_TO_CODE", endpoint="prefix", extra=("use_free_api",)),
    _P("microsoft", "MicrosoftTranslator", "Microsoft Translator",
       (("api_key", "MICROSOFT_API_KEY"),), None, endpoint="exact", extra=("region",)),
    _P("mymemory", "MyMemoryTranslator", "MyMemory", (), "MY_MEMORY_LANGUAGES_TO_CODES", 499,
       "exact", ("email",)),
    _P("libre", "LibreTranslator", "LibreTranslate", (("api_key", "LIBRE_API_KEY"),),
       "LIBRE_LANGUAGES_TO_CODES", endpoint="custom_url"),
    _P("yandex", "YandexTranslator", "Yandex", (("api_key", "YANDEX_API_KEY"),), None),
    _P("papago", "PapagoTranslator", "Papago",
       (("client_id", "PAPAGO_CLIENT_ID"), ("secret_key", "PAPAGO_SECRET_KEY")),
       "PAPAGO_LANGUAGE_TO_CODE", endpoint="exact"),
    _P("pons", "PonsTranslator", "PONS", (), "PONS_CODES_TO_LANGUAGES", 49, "prefix"),
    _P("linguee", "LingueeTranslator", "Linguee", (), "LINGUEE_LANGUAGES_TO_CODES", 49, "prefix"),
    _P("qcri", "QcriTranslator", "QCRI", (("api_key", "QCRI_API_KEY"),),
       "QCRI_LANGUAGE_TO_CODE", extra=("domain",)),
    _P("chatgpt", "ChatGptTranslator", "ChatGPT", (("api_key", "OPEN_API_KEY"),),
       extra=("model",), requires="openai"),
    _P("baidu", "BaiduTranslator", "Baidu", (("appid", "BAIDU_APPID"), ("appkey", "BAIDU_APPKEY")),
       "BAIDU_LANGUAGE_TO_CODE", 2000, "exact"),
    _P("tencent", "TencentTranslator", "Tencent",
       (("secret_id", "TENCENT_SECRET_ID"), ("secret_key", "TENCENT_SECRET_KEY")), None, 2000),
]}  # fmt: skip
_ALIASES = {"nb": "no"}  # Google and others call Norwegian Bokmål "no"


@cache
def _table(languages: str | None) -> dict[str, str]:
    constants = importlib.import_module("deep_translator.constants")
    return dict(getattr(constants, languages or "GOOGLE_LANGUAGES_TO_CODES"))


@cache
def _english_names() -> dict[str, str]:
    names = {code: name for name, code in _table(None).items()}
    return names | {"nb": "norwegian bokmål", "nn": "norwegian nynorsk"}


def _answered(
    texts: list[str], pieces: list[list[str]], jobs: dict[str, None], futures: list[Any]
) -> dict[str, str]:
    """The texts whose every piece the provider answered before the batch failed."""
    done = {
        job: future.result()
        for job, future in zip(jobs, futures, strict=False)
        if future.done() and not future.cancelled() and future.exception() is None
    }
    return {
        text: "".join(_rejoin(piece, done) for piece in parts)
        for text, parts in zip(texts, pieces, strict=True)
        if all(piece in done or not piece.strip() for piece in (p.strip() for p in parts))
    }


class _StoppedError(Exception):
    """Another text of the batch failed, or the user interrupted: send nothing more."""


class _NoTranslationError(Exception):
    """The provider answered without a translation (some clients return None, not an error)."""


def _text(result: Any) -> str:
    if isinstance(result, list) and len(result) == 1:
        result = result[0]  # Yandex answers one list item per text sent (one is sent)
    if not isinstance(result, str):
        raise _NoTranslationError
    return result


def _malformed(exc: Exception) -> Retryable | None:
    """A successful HTTP answer that holds no translation (invalid JSON, no translation field,
    a null) is a fault of the provider's moment, as a 5xx is: retried, and named plainly when
    the attempts run out instead of a raw `KeyError: 'translatedText'`."""
    status = getattr(last_response(), "status_code", None)
    if status is None or not 200 <= status < 300:
        return None
    if isinstance(exc, _NoTranslationError):
        return Retryable("the provider answered without a translation")
    if isinstance(exc, KeyError | IndexError | TypeError | ValueError):
        return Retryable(f"malformed answer from the provider ({type(exc).__name__})")
    return None


class OnlineEngine:
    """One deep-translator provider (`name`: google, deepl, libre, …) as a TranslationEngine."""

    def __init__(
        self,
        name: str,
        *,
        endpoint: str | None = None,
        max_workers: int = 4,
        timeout: float = 30.0,
        attempts: int = 5,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        max_chars: int | None = None,
        **settings: Any,
    ) -> None:
        self.name = name
        self.spec = spec = PROVIDERS[name]
        unknown = sorted(set(settings) - {key for key, _ in spec.secrets} - set(spec.extra))
        if unknown:
            raise EngineUnavailableError(f"{name}: unknown option(s): {', '.join(unknown)}")
        if "domain" in spec.extra and "domain" not in settings:
            raise EngineUnavailableError(f"{name}: set the `domain` option (its API needs one)")
        if endpoint and not spec.endpoint:
            raise EngineUnavailableError(f"{name}: its client takes no custom endpoint")
        if endpoint and (urlsplit(endpoint).query or urlsplit(endpoint).fragment):
            # the client appends its path to the URL, which would land after the query
            raise EngineUnavailableError(
                f"{name}: the engine URL must not have a query string or fragment "
                f"({self._strip_query(endpoint)}?…); give keys in the environment"
            )
        if spec.endpoint in ("custom_url", "prefix") and endpoint and not endpoint.endswith("/"):
            endpoint += "/"  # the client appends "translate" or "<source>-<target>/…"
        self.endpoint = endpoint
        self.max_workers = max(1, int(max_workers))
        self.timeout = float(timeout)
        self.policy = RetryPolicy(int(attempts), float(base_delay), float(max_delay))
        self.max_chars = int(max_chars or spec.max_chars)
        self._settings = {key: value for key, value in settings.items() if key in spec.extra}
        self._secrets = {key: settings.get(key) or os.environ.get(var) for key, var in spec.secrets}
        missing = [var for key, var in spec.secrets if not self._secrets[key]]
        if missing and not (name == "libre" and endpoint):  # self-hosted: key optional
            raise EngineUnavailableError(
                f"{name}: no API key: set {' and '.join(missing)} in the environment "
                "(or in the engine options of the configuration)"
            )
        problem = _missing_software(spec)
        if problem:
            raise EngineUnavailableError(f"{name}: {problem}")
        password = urlsplit(endpoint).password if endpoint else None
        self._hidden = [str(s) for s in (*self._secrets.values(), password) if s]
        self._clients = threading.local()
        # How a retry waits; tests give a recorder instead of sleeping on a loaded machine.
        self.sleep: Callable[[float], None] = time.sleep
        # asked before every request, retries included (pipeline.translate.limit)
        self.limit: CallLimit | None = None

    @staticmethod
    def _strip_query(url: str) -> str:
        """`url` without its query, fragment and credentials, to show in a message."""
        parts = urlsplit(url)
        host = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname or ""
        return parts._replace(query="", fragment="", netloc=host).geturl()

    def __repr__(self) -> str:
        return f"OnlineEngine(name={self.name!r}, endpoint={self._redact(str(self.endpoint))!r})"

    def version(self) -> str:
        return f"deep-translator {importlib.metadata.version('deep-translator')}/{self.name}"

    def pairs(self) -> list[tuple[str, str]]:
        if self.spec.languages is None:
            return []
        codes = self.spec.iso_codes()
        return [(source, target) for source in codes for target in codes if source != target]

    def supports(self, source: str, target: str) -> bool:
        if source == target:
            return False
        if self.spec.languages is None:  # the provider's list is only online: let it decide
            return True
        return None not in (self.spec.code(source), self.spec.code(target))

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:
        """Translations of `texts` in order; long texts are split and their pieces rejoined."""
        if not texts:
            return []
        if source == target:
            raise UnsupportedPairError(f"{self.name}: source and target are both {source!r}")
        for code in (source, target):
            if self.spec.languages is not None and self.spec.code(code) is None:
                raise UnsupportedPairError(self.spec.rejection(code))
        module = importlib.import_module(f"deep_translator.{self.spec.name}")
        install_recorder(module)  # here, in one thread, before the pool's threads use it
        pieces = [split_text(text, self.max_chars) for text in texts]
        jobs = dict.fromkeys(piece.strip() for text in pieces for piece in text if piece.strip())
        pool = ThreadPoolExecutor(self.max_workers, thread_name_prefix=f"translate-{self.name}")
        stop = threading.Event()
        futures: list[Any] = []
        try:
            futures = [pool.submit(self._translate, job, source, target, stop) for job in jobs]
            done = {job: future.result() for job, future in zip(jobs, futures, strict=True)}
        except BaseException as exc:
            # one text failed or Ctrl-C: no further request or retry is sent; after Ctrl-C,
            # the requests under way are not waited for either
            stop.set()
            pool.shutdown(wait=not isinstance(exc, KeyboardInterrupt), cancel_futures=True)
            if isinstance(exc, TranslationError):
                exc.partial = _answered(texts, pieces, jobs, futures)
            raise
        pool.shutdown(wait=True)
        return ["".join(_rejoin(piece, done) for piece in text) for text in pieces]

    def _translate(self, text: str, source: str, target: str, stop: threading.Event) -> str:
        """One request's worth of text; `domain` is the one option QCRI wants per request."""
        client = self._client(source, target)
        kwargs = {key: value for key, value in self._settings.items() if key == "domain"}
        return self._call(lambda: _text(client.translate(text, **kwargs)), stop)

    def _client(self, source: str, target: str) -> Any:
        """This thread's client for the pair (clients keep per-request state in attributes)."""
        cache = self._clients.__dict__.setdefault("clients", {})
        if (source, target) in cache:
            return cache[source, target]
        spec = self.spec
        module = importlib.import_module(f"deep_translator.{spec.name}")
        kwargs: dict[str, Any] = {
            "source": spec.code(source) or source,
            "target": spec.code(target) or target,
            **{key: value for key, value in self._settings.items() if key != "domain"},
            **{key: value or "unused" for key, value in self._secrets.items()},
        }
        if spec.endpoint == "custom_url":
            kwargs |= {"custom_url": self.endpoint, "use_free_api": False}
        # retried like a request: Microsoft's constructor fetches its language list online
        client = self._call(lambda: getattr(module, spec.class_name)(**kwargs))
        if self.endpoint and spec.endpoint in ("exact", "prefix"):
            client._base_url = self.endpoint
        if spec.name == "libre" and not self._secrets["api_key"]:
            client.api_key = None  # the client sends api_key only when it has one
        cache[source, target] = client
        return client

    def _call(self, function: Callable[[], T], stop: threading.Event | None = None) -> T:
        """`function()` with timeout and retries (none once `stop` is set); every error out of
        it is redacted."""

        def attempt() -> T:
            if stop is not None and stop.is_set():
                raise _StoppedError
            if self.limit is None:
                return recorded_call(self.timeout, function)
            self.limit.acquire()
            try:
                return recorded_call(self.timeout, function)
            finally:
                self.limit.release()

        try:
            return call_with_retry(
                attempt,
                name=self.name,
                policy=self.policy,
                classify=lambda exc: classify_request_error(exc, self.timeout) or _malformed(exc),
                sleep=self.sleep,
            )
        except TranslationError as exc:
            raise TranslationError(self._redact(exc.message)) from None
        except Exception as exc:
            raise TranslationError(f"{self.name}: {self._describe(exc)}") from None

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, _NoTranslationError):
            return "the provider returned no translation"
        refused = refusal(getattr(last_response(), "status_code", None))
        if refused:
            # deep-translator's own exception may not say it (its 403 message concatenates a
            # missing key and fails with a TypeError): the HTTP status is what happened
            return refused
        text = " ".join(str(exc).split())
        return self._redact(f"{type(exc).__name__}: {text}" if text else type(exc).__name__)

    def _redact(self, text: str) -> str:
        for secret in self._hidden:
            for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
                text = text.replace(form, "***")
        return text

    @classmethod
    def status(cls, name: str) -> EngineStatus:
        spec = PROVIDERS[name]
        variables = tuple(var for _, var in spec.secrets)
        missing = [var for var in variables if not os.environ.get(var)]
        detail = _missing_software(spec) or ("key not set" if missing else "")
        if missing and name == "libre":
            detail += " (a self-hosted server needs none: --engine-url)"
        languages = len(spec.iso_codes()) if spec.languages else None
        ready = "ready" if variables else "ready (no key needed)"
        return EngineStatus(name, "online", not detail, detail or ready, None, languages, variables)


def _missing_software(spec: ProviderSpec) -> str | None:
    if importlib.util.find_spec(f"deep_translator.{spec.name}") is None:
        version = importlib.metadata.version("deep-translator")
        return f"deep-translator {version} has no {spec.class_name} (a later release has)"
    if spec.requires and importlib.util.find_spec(spec.requires) is None:
        return f"deep-translator's {spec.class_name} needs the `{spec.requires}` package"
    return None


def _rejoin(piece: str, done: Mapping[str, str]) -> str:
    core = piece.strip()
    if not core:
        return piece
    return piece[: len(piece) - len(piece.lstrip())] + done[core] + piece[len(piece.rstrip()) :]
