"""OnlineEngine through deep-translator's real LibreTranslate client against a local fake server."""

from __future__ import annotations

import os
import socket
import time

import pytest

from pipeline.translate import EngineUnavailableError, TranslationError, get_engine
from pipeline.translate.online import OnlineEngine
from pipeline.translate.segmenting import split_text
from tests.translate.libre_server import FakeLibreTranslate, translate

FAST = {"base_delay": 0.01, "max_delay": 1.0, "timeout": 2.0}
SECRET = "sk-TEST/key+with&odd=chars"


def engine_for(fake: FakeLibreTranslate, **options: object) -> OnlineEngine:
    engine = get_engine("libre", endpoint=fake.url, **{**FAST, **options})
    assert isinstance(engine, OnlineEngine)
    return engine


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_translates_through_deep_translators_libre_client(libre: FakeLibreTranslate) -> None:
    translated = engine_for(libre).translate_batch(["Hello world", "  good day\n"], "en", "de")

    assert translated == ["Hallo Welt", "  gut Tag\n"]
    assert sorted(libre.requests, key=lambda request: request["q"]) == [
        {"q": "Hello world", "source": "en", "target": "de", "format": "text"},
        {"q": "good day", "source": "en", "target": "de", "format": "text"},
    ]  # no api_key: none is set, and a self-hosted server needs none


def test_the_key_from_the_environment_is_sent(
    libre: FakeLibreTranslate, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIBRE_API_KEY", SECRET)

    engine_for(libre).translate_batch(["hello"], "en", "de")

    assert libre.requests[0]["api_key"] == SECRET
    assert libre.paths == ["/translate"]  # in the body: no key in any URL a log keeps


def test_empty_and_blank_texts_make_no_request(libre: FakeLibreTranslate) -> None:
    assert engine_for(libre).translate_batch(["", "  \n"], "en", "de") == ["", "  \n"]
    assert libre.requests == []


def test_identical_texts_are_requested_once(libre: FakeLibreTranslate) -> None:
    translated = engine_for(libre).translate_batch(["hello", "world", "hello"], "en", "de")

    assert translated == ["hallo", "Welt", "hallo"]
    assert sorted(libre.texts) == ["hello", "world"]


def test_429_and_500_are_retried_until_success(libre: FakeLibreTranslate) -> None:
    libre.script += ["429", "500"]

    assert engine_for(libre).translate_batch(["hello world"], "en", "de") == ["hallo Welt"]
    assert len(libre.requests) == 3


def test_retry_after_is_honoured(libre: FakeLibreTranslate) -> None:
    libre.script.append("429")
    libre.retry_after = "7"
    engine = engine_for(libre, max_delay=10.0)
    slept: list[float] = []
    engine.sleep = slept.append

    assert engine.translate_batch(["hello"], "en", "de") == ["hallo"]
    assert slept == [7.0]  # the server's wait, not the backoff's 0.01 s
    assert len(libre.requests) == 2


@pytest.mark.parametrize("suffix", ["?key=sk-secret", "#frag"])
def test_an_engine_url_with_a_query_string_is_refused_without_echoing_it(
    libre: FakeLibreTranslate, suffix: str
) -> None:
    with pytest.raises(EngineUnavailableError, match="must not have a query string") as error:
        get_engine("libre", endpoint=libre.url + suffix, **FAST)

    assert "sk-secret" not in str(error.value)
    assert libre.requests == []


def test_a_malformed_answer_is_retried_like_a_server_error(libre: FakeLibreTranslate) -> None:
    libre.script += ["garbled", "empty"]

    assert engine_for(libre).translate_batch(["hello world"], "en", "de") == ["hallo Welt"]
    assert len(libre.requests) == 3


def test_answers_without_a_translation_give_a_plain_error(libre: FakeLibreTranslate) -> None:
    libre.script += ["empty"] * 3

    with pytest.raises(TranslationError) as error:
        engine_for(libre, attempts=3).translate_batch(["hello"], "en", "de")

    assert str(error.value) == (
        "libre: malformed answer from the provider (KeyError); gave up after 3 attempts"
    )


def test_gives_up_after_max_attempts_naming_the_provider(libre: FakeLibreTranslate) -> None:
    libre.script += ["500"] * 3

    with pytest.raises(TranslationError) as error:
        engine_for(libre, attempts=3).translate_batch(["hello"], "en", "de")

    assert str(error.value) == "libre: HTTP 500 from the provider; gave up after 3 attempts"
    assert len(libre.requests) == 3


def test_a_request_that_hangs_times_out_and_is_retried(libre: FakeLibreTranslate) -> None:
    libre.script.append("hang")
    started = time.monotonic()

    translated = engine_for(libre, timeout=0.3).translate_batch(["hello"], "en", "de")

    assert translated == ["hallo"]
    assert len(libre.requests) == 2
    assert time.monotonic() - started < libre.hang_seconds


def test_timeouts_until_the_last_attempt_give_a_clear_error(libre: FakeLibreTranslate) -> None:
    libre.script += ["hang", "hang"]

    with pytest.raises(TranslationError) as error:
        engine_for(libre, timeout=0.3, attempts=2).translate_batch(["hello"], "en", "de")

    assert str(error.value) == "libre: no answer within 0.3 s; gave up after 2 attempts"


def test_concurrent_requests_keep_the_order_of_the_batch(libre: FakeLibreTranslate) -> None:
    texts = [f"sentence {i} is long" for i in range(8)]
    libre.delays = {text: 0.05 * (8 - i) for i, text in enumerate(texts)}  # later ones finish first

    translated = engine_for(libre, max_workers=4).translate_batch(texts, "en", "de")

    assert translated == [f"Satz {i} ist lang" for i in range(8)]
    assert libre.peak_concurrency == 4


def test_max_workers_1_sends_one_request_at_a_time(libre: FakeLibreTranslate) -> None:
    engine_for(libre, max_workers=1).translate_batch(["hello", "world", "good day"], "en", "de")

    assert libre.peak_concurrency == 1


def test_a_text_over_the_length_limit_is_split_at_sentences_and_rejoined(
    libre: FakeLibreTranslate,
) -> None:
    text = "Hello world. The muscle cramps are a symptom! This is a long text.\nGood day."

    translated = engine_for(libre, max_chars=40).translate_batch([text], "en", "de")

    assert translated == [translate(text, "en", "de")]
    assert sorted(libre.texts) == [
        "Hello world.",
        "The muscle cramps are a symptom!",
        "This is a long text.\nGood day.",  # sentences are packed while they fit
    ]
    assert all(len(q) <= 40 for q in libre.texts)


def test_splitting_is_lossless_and_falls_back_to_whitespace_then_to_hard_cuts() -> None:
    text = "Kort. En meget lang sætning uden ende\n" + "x" * 25

    pieces = split_text(text, 12)

    assert pieces == [
        "Kort. ",
        "En meget ",
        "lang ",
        "sætning ",
        "uden ende\n",
        "x" * 12,
        "x" * 12,
        "x",
    ]
    assert "".join(pieces) == text


def test_a_text_within_the_limit_is_one_piece() -> None:
    assert split_text("Hej. Med dig.", 13) == ["Hej. Med dig."]


def test_libre_rejects_danish_and_says_why(libre: FakeLibreTranslate) -> None:
    with pytest.raises(TranslationError) as error:
        engine_for(libre).translate_batch(["Muskeltrækninger er et symptom"], "da", "nb")

    assert str(error.value) == (
        "libre: deep-translator's LibreTranslate client does not accept 'da'; it accepts "
        "ar, de, en, es, fr, ga, hi, id, it, ja, ko, pl, pt, ru, tr, vi, zh; "
        "a self-hosted LibreTranslate (--engine-url) works for pairs among those"
    )
    assert libre.requests == []


def test_supports_follows_deep_translators_language_list(libre: FakeLibreTranslate) -> None:
    engine = engine_for(libre)

    assert (engine.supports("en", "de"), engine.supports("da", "nb")) == (True, False)
    assert ("en", "de") in engine.pairs()


def test_a_missing_deepl_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)

    with pytest.raises(EngineUnavailableError) as error:
        get_engine("deepl")

    assert str(error.value) == (
        "deepl: no API key: set DEEPL_API_KEY in the environment "
        "(or in the engine options of the configuration)"
    )


def test_baidu_needs_both_of_its_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAIDU_APPID", "app")
    monkeypatch.delenv("BAIDU_APPKEY", raising=False)

    with pytest.raises(EngineUnavailableError, match="set BAIDU_APPKEY in the environment"):
        get_engine("baidu")


def test_keys_never_appear_in_errors_or_repr(
    libre: FakeLibreTranslate, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIBRE_API_KEY", SECRET)
    libre.script.append("403")  # deep-translator puts the key into AuthorizationException
    messages = []
    for endpoint in (libre.url, f"http://127.0.0.1:{closed_port()}/"):
        engine = get_engine("libre", endpoint=endpoint, attempts=2, **FAST)
        with pytest.raises(TranslationError) as error:
            engine.translate_batch(["hello"], "en", "de")
        messages += [str(error.value), repr(engine)]

    assert messages[0] == (
        "libre: the provider answered HTTP 403 (not authorised: check the API key)"
    )
    assert messages[2].startswith("libre: cannot reach the provider (127.0.0.1: [Errno 111]")
    assert not [m for m in messages if "sk-TEST" in m or "odd" in m]


def test_an_unreachable_google_says_it_cannot_reach_the_provider() -> None:
    port = closed_port()
    engine = get_engine("google", endpoint=f"http://127.0.0.1:{port}/m", attempts=2, **FAST)

    with pytest.raises(TranslationError) as error:
        engine.translate_batch(["Muskeltrækninger er et symptom"], "da", "sv")

    assert str(error.value) == (
        "google: cannot reach the provider (127.0.0.1: [Errno 111] Connection refused); "
        "gave up after 2 attempts"
    )


def test_unknown_options_and_endpoints_a_client_cannot_take_are_refused() -> None:
    with pytest.raises(EngineUnavailableError, match=r"libre: unknown option\(s\): colour"):
        get_engine("libre", endpoint="http://127.0.0.1:1/", colour="blue")
    with pytest.raises(EngineUnavailableError, match="yandex: its client takes no custom endpoint"):
        get_engine("yandex", endpoint="http://127.0.0.1:1/", api_key="k")


def test_providers_this_deep_translator_cannot_drive_say_what_is_missing() -> None:
    with pytest.raises(EngineUnavailableError) as tencent:
        get_engine("tencent", secret_id="a", secret_key="b")
    with pytest.raises(EngineUnavailableError) as chatgpt:
        get_engine("chatgpt", api_key="k")

    assert str(tencent.value) == (
        "tencent: deep-translator 1.11.4 has no TencentTranslator (a later release has)"
    )
    assert str(chatgpt.value) == (
        "chatgpt: deep-translator's ChatGptTranslator needs the `openai` package"
    )


def test_version_names_deep_translator_and_the_provider(libre: FakeLibreTranslate) -> None:
    assert engine_for(libre).version() == "deep-translator 1.11.4/libre"


@pytest.mark.skipif(
    not os.environ.get("DEEPL_API_KEY"),
    reason="DEEPL_API_KEY is not set: the real DeepL test runs only with a key",
)
def test_real_deepl_translates_danish_to_swedish() -> None:
    engine = get_engine("deepl", attempts=3)

    translated = engine.translate_batch(["Muskeltrækninger er et symptom."], "da", "sv")

    assert len(translated) == 1
    assert "symptom" in translated[0].lower()
