"""The long-lived chain (pipeline/ingest/apertium_stream.py): a block is answered whole
whether it is written at once (it fits the pipe) or from a thread (it does not), and a chain
runs the same whether it is started as it is (one plain stage) or through the shell."""

from __future__ import annotations

import shutil

import pytest

from pipeline.ingest.apertium_stream import FlushedPipeline, PipelineFailedError

pytestmark = pytest.mark.skipif(not shutil.which("sed"), reason="no sed")


def _echo() -> FlushedPipeline:
    # GNU sed with -z reads NUL-ended blocks and writes each back with its NUL, like a stage
    return FlushedPipeline("sed -u ''")


@pytest.mark.parametrize("size", [10, 20_000, 40_000, 300_000])
def test_a_block_of_any_size_comes_back_whole(size: int) -> None:
    chain = _echo()
    try:
        text = ("ærgerlig muskeltrækning " * (size // 24 + 1))[:size]
        assert chain.ask(text) == text
    finally:
        chain.close()


def test_blocks_of_mixed_sizes_are_answered_in_order() -> None:
    chain = _echo()
    try:
        texts = ["kort", "lang " * 50_000, "igen kort", "x" * 32_000, "slut"]
        assert [chain.ask(text) for text in texts] == texts
    finally:
        chain.close()


def test_a_chain_of_stages_runs_through_the_shell() -> None:
    chain = FlushedPipeline("sed -u 's/a/b/' | sed -u 's/b/c/'")
    try:
        assert chain.ask("a dag") == "c dag"
    finally:
        chain.close()


@pytest.mark.parametrize("command", ["no-such-stage-program -x", "no-such-stage-program | cat"])
def test_a_program_that_is_not_there_fails_as_the_chain(command: str) -> None:
    chain = FlushedPipeline(command)
    try:
        with pytest.raises(PipelineFailedError):
            chain.ask("tekst")
    finally:
        chain.close()
