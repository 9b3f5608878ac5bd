"""A gentle plain-language check for goals, actions and the participant's plan (taalniveau B1).

B1 is the level most Dutch adults read comfortably: short sentences (about 15 words or
fewer), everyday words, one message per sentence. The check flags what a coach can easily
change while writing, never blocks anything:

- a sentence of more than `MAX_WORDS` words;
- a word that is not an everyday word: not among the Dutch words that occur at least once per
  million words (resources/wordlists/nl-frequent.txt, from wordfreq, CC-BY-SA 4.0: see the
  README there), nor a short compound of two of them (*taal + school*);
- an everyday word that is still very long (more than `LONG_WORD` letters);
- an official word with a plain one beside it (`PLAINER`: *indien* -> *als*), a list written
  for this program.

Names (a capital inside a sentence), abbreviations (CV, UWV), numbers and dates are left
alone; so are the words passed in ``ignore`` (names the caller knows). Pure Python, no
network: the word list ships with the program and is read once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import resource
from .messages import msg

MAX_WORDS = 15  # words per sentence
LONG_WORD = 15  # letters: an everyday word longer than this is still flagged
SHORT_COMPOUND = 13  # letters: an unlisted word up to this long may be two everyday words
MIN_PART = 3  # letters of each part of such a compound

# Official words frequent enough to pass the list, and the everyday word to write instead.
PLAINER: dict[str, str] = {
    "indien": "als", "teneinde": "om", "derhalve": "daarom", "middels": "met", "alsmede": "en",
    "echter": "maar", "tevens": "ook", "dient": "moet", "dienen": "moeten",
    "desbetreffende": "die", "betreffende": "over", "inzake": "over", "omtrent": "over",
    "aangaande": "over", "trachten": "proberen", "tracht": "probeert", "verstrekken": "geven",
    "optimaliseren": "beter maken", "realiseren": "halen", "bewerkstelligen": "zorgen voor",
    "woonachtig": "wonen", "reeds": "al", "thans": "nu", "verzoeken": "vragen",
    "retour": "terug", "zulks": "dat",
    "dusdanig": "zo", "aldus": "zo", "hetgeen": "wat",
}

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+[-–•]\s+")
_TOKEN = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)
# Linking sounds between the parts of a Dutch compound: werk-s-dag, kind-er-opvang.
_LINKS = ("s", "e", "en", "er")


@dataclass(frozen=True)
class Hint:
    """One thing to consider: a long sentence, or a word that is long or not everyday."""

    kind: str  # "long_sentence" | "rare_word" | "long_word" | "formal_word"
    text: str  # the sentence or the word
    words: int = 0  # number of words (long sentences)

    def message(self) -> str:
        if self.kind == "long_sentence":
            return msg("plain.long_sentence", words=self.words, max=MAX_WORDS)
        if self.kind == "formal_word":
            return msg("plain.formal_word", word=self.text, plain=PLAINER[self.text.lower()])
        return msg(f"plain.{self.kind}", word=self.text)


@cache
def everyday_words() -> frozenset[str]:
    """The shipped list of Dutch everyday words (lower case)."""
    path = resource("wordlists", "nl-frequent.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()  # no list: only sentence length is checked
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def sentences(text: str) -> list[str]:
    """The sentences of ``text``: split after . ! ? ; : and at line breaks and dashes."""
    return [s.strip() for s in _SENTENCE_END.split(text or "") if s and s.strip()]


def words(sentence: str) -> list[str]:
    """The words of a sentence (numbers count as words too)."""
    return _TOKEN.findall(sentence)


def _listed(word: str, known: frozenset[str]) -> bool:
    if word in known:
        return True
    for suffix in ("'s", "’s", "s"):  # collega's, foto's, plurals
        if word.endswith(suffix) and word[: -len(suffix)] in known:
            return True
    return False


def is_everyday(word: str) -> bool:
    """Is ``word`` (any case) an everyday Dutch word, or a short compound of two of them?"""
    known = everyday_words()
    if not known:
        return True
    lower = word.lower().replace("’", "'")
    if _listed(lower, known):
        return True
    if "-" in lower:
        return all(is_everyday(part) for part in lower.split("-") if part)
    if len(lower) > SHORT_COMPOUND:
        return False
    for i in range(MIN_PART, len(lower) - MIN_PART + 1):
        head, tail = lower[:i], lower[i:]
        if not _listed(tail, known):
            continue
        if head in known or any(head.endswith(link) and head[: -len(link)] in known
                                and len(head) - len(link) >= MIN_PART for link in _LINKS):
            return True
    return False


def _skip(word: str, first: bool, ignore: frozenset[str]) -> bool:
    if word.casefold() in ignore or any(ch.isdigit() for ch in word):
        return True
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) <= 2 or (len(letters) > 1 and all(ch.isupper() for ch in letters)):
        return True  # short words, abbreviations (CV, UWV, A2)
    if not all("a" <= ch.lower() <= "z" or ch.lower() in "àáâäèéêëìíîïòóôöùúûüçñ" for ch in letters):
        return True  # another script (a name in Arabic or Ge'ez): not ours to judge
    return word[0].isupper() and not first  # a name inside a sentence


def check(text: str, ignore: set[str] | frozenset[str] = frozenset()) -> list[Hint]:
    """Hints for ``text``, in reading order, each sentence and word at most once."""
    skip = frozenset(w.casefold() for name in ignore for w in words(name)) | frozenset(
        n.casefold() for n in ignore)
    out: list[Hint] = []
    seen: set[str] = set()
    for sentence in sentences(text):
        tokens = words(sentence)
        if len(tokens) > MAX_WORDS:
            out.append(Hint("long_sentence", sentence, len(tokens)))
        for i, token in enumerate(tokens):
            word = token.strip("'’-")
            key = word.lower()
            if not word or key in seen or _skip(word, i == 0, skip):
                continue
            seen.add(key)
            letters = sum(ch.isalpha() for ch in word)
            if key in PLAINER:
                out.append(Hint("formal_word", word))
            elif not is_everyday(word):
                out.append(Hint("long_word" if letters > SHORT_COMPOUND else "rare_word", word))
            elif letters > LONG_WORD:
                out.append(Hint("long_word", word))
    return out


def summary(text: str, limit: int = 2, ignore: set[str] | frozenset[str] = frozenset()) -> str:
    """At most ``limit`` hints as one short line for a label under the text ("" when clear)."""
    hints = check(text, ignore)
    if not hints:
        return ""
    lines = [h.message() for h in hints[:limit]]
    if len(hints) > limit:
        lines.append(msg("plain.more", count=len(hints) - limit))
    return "\n".join(lines)
