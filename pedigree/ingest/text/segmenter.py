"""jieba, the word segmenter, as every reader imports it: quiet. Loading its dictionary logs four
lines on stderr, which `pedigree extract` and `ingest` must not print; whichever reader loads it
first, the log level is set before."""

from __future__ import annotations

import logging

import jieba

jieba.setLogLevel(logging.WARNING)

__all__ = ["jieba"]
