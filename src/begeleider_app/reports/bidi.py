"""A small word-level bidi pass for names in Arabic script inside Dutch (left-to-right) text.

reportlab shapes each *word* with HarfBuzz (uharfbuzz), which joins Arabic letters and lays
out one word right-to-left correctly. It does not reorder *words*: the bidi algorithm needs
the optional `rlbidi` package, which is not installable from PyPI. So "محمد الحسن" would show
its two words in the wrong order. `visual_words` fixes the common case: a run of right-to-left
words inside a left-to-right paragraph is reversed, and neutral punctuation glued to such a
word at the edges of such a run ("(محمد الحسن)") is moved so HarfBuzz's right-to-left layout
puts it back where a reader expects it.

Known limits (tested in tests/reports/test_bidi.py, written down in docs/rapportage.md):
a right-to-left run that wraps over two lines is ordered per paragraph, not per line; a word
mixing Latin and Arabic letters is left as it is; whole right-to-left paragraphs are not
right-aligned.
"""

from __future__ import annotations

import re
import unicodedata

_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
           "«": "»", "»": "«"}
_SPLIT = re.compile(r"(\s+)")


def _kind(word: str) -> str:
    """'R' (right-to-left letters), 'L' (left-to-right letters), 'N' numbers, 'X' neutral."""
    has_r = has_l = has_n = False
    for ch in word:
        b = unicodedata.bidirectional(ch)
        if b in ("R", "AL"):
            has_r = True
        elif b == "L":
            has_l = True
        elif b in ("EN", "AN"):
            has_n = True
    if has_r and not has_l:
        return "R"
    if has_l:
        return "L"
    return "N" if has_n else "X"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _is_neutral(ch: str) -> bool:
    return unicodedata.bidirectional(ch) not in ("R", "AL", "L", "EN", "AN", "NSM")


def _mirror(chars: str) -> str:
    return "".join(_MIRROR.get(c, c) for c in chars)


def _split_neutrals(word: str) -> tuple[str, str, str]:
    i = 0
    while i < len(word) and _is_neutral(word[i]):
        i += 1
    j = len(word)
    while j > i and _is_neutral(word[j - 1]):
        j -= 1
    return word[:i], word[i:j], word[j:]


def _place(lead: str, core: str, trail: str) -> str:
    """The logical text that HarfBuzz's right-to-left layout shows as lead + core + trail.

    HarfBuzz lays an RTL word out as reverse(mirror(x)) (left to right); to see ``lead``
    left and ``trail`` right of the core we hand it mirror(reverse(trail)) + core +
    mirror(reverse(lead)).
    """
    return _mirror(trail[::-1]) + core + _mirror(lead[::-1])


def visual_words(text: str) -> str:
    """Text with runs of right-to-left words in visual order (for a left-to-right paragraph)."""
    if not has_rtl(text):
        return text
    lines = text.split("\n")
    return "\n".join(_visual_line(line) for line in lines)


def _visual_line(line: str) -> str:
    parts = _SPLIT.split(line)  # words at even indexes, whitespace at odd ones
    words = parts[0::2]
    kinds = [_kind(w) for w in words]
    out = list(words)
    i = 0
    n = len(words)
    while i < n:
        if kinds[i] != "R":
            i += 1
            continue
        # extend the run over numbers, neutrals and further RTL words while an RTL word follows
        j = i
        k = i + 1
        while k < n and kinds[k] in ("R", "N", "X"):
            if kinds[k] == "R":
                j = k
            elif kinds[k] == "N":
                j = k  # a number after Arabic letters belongs to the run (Unicode AN/EN rule)
            k += 1
        run = list(range(i, j + 1))
        # Neutrals before the run's first word and after its last word belong to the
        # surrounding left-to-right text: they stay at the run's outer edges.
        outer_lead, first_core, first_trail = _split_neutrals(words[i])
        last_lead, last_core, outer_trail = _split_neutrals(words[j])
        inner = list(words[i:j + 1])
        if i == j:
            inner[0] = first_core
        else:
            inner[0] = first_core + first_trail
            inner[-1] = last_lead + last_core
        visual = list(reversed(inner))
        if len(visual) == 1:
            visual[0] = _place(outer_lead, visual[0], outer_trail)
        else:
            visual[0] = _place(outer_lead, visual[0], "")
            visual[-1] = _place("", visual[-1], outer_trail)
        for pos, word in zip(run, visual, strict=True):
            out[pos] = word
        i = j + 1
    parts[0::2] = out
    return "".join(parts)
