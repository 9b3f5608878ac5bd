"""The building blocks of the field declarations (``domain.fields``): confidentiality
classes, field types, consent topics, recipient kinds, and the Choice, Field and Entity
records. ``domain.fields`` re-exports all of them; import from there."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Confidentiality(StrEnum):
    WORK = "work"  # work-related; may be shared with an employer under consent
    PRIVATE = "private"  # private situation; only with explicit consent for its topic
    HEALTH = "health"  # medical; never shared with an employer


class FieldType(StrEnum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # free text, paragraphs
    DATE = "date"  # ISO yyyy-mm-dd in storage, dd-mm-yyyy for people
    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"  # one of choices
    MULTI = "multi"  # a set of choices, stored as a JSON list
    JSON = "json"  # structured data owned by a service (e.g. observation ratings)
    REF = "ref"  # UUID of another record


class ConsentTopic(StrEnum):
    PROFILE = "profiel"  # profile and talents
    OBSERVATIONS = "observaties"
    SUPPORT = "ondersteuning"  # what helps, how to instruct
    AGREEMENTS = "afspraken"  # tasks, hours, arrangements, aftercare plan
    PRIVATE = "prive"  # private situation


class RecipientKind(StrEnum):
    """Who a report goes to. Each kind has its own rule set (`may_share`); a consent is
    recorded for one kind and counts only for reports to that kind."""

    EMPLOYER = "werkgever"  # the handover: only what the participant consented to
    REFERRER = "verwijzer"  # gemeente or UWV: trajectory facts by its assignment, more by consent
    OTHER = "anders"  # anyone else (a partner service, a school): only by consent


class ReferrerBasis(StrEnum):
    """Why a field may reach the referrer besides the consent topics (`Field.referrer`)."""

    # A trajectory fact: the referrer assigned and pays for the trajectory, and that
    # assignment is the legal basis for telling it how the trajectory goes.
    ASSIGNMENT = "opdracht"
    # A private matter: only with the participant's consent for this referrer and the topic
    # PRIVATE (privésituatie).
    PRIVATE = "prive"


CONSENT_TOPIC_LABELS: dict[ConsentTopic, tuple[str, str]] = {
    ConsentTopic.PROFILE: ("Profiel en talenten", "Profile and talents"),
    ConsentTopic.OBSERVATIONS: ("Observaties op de werkplek", "Work-place observations"),
    ConsentTopic.SUPPORT: ("Ondersteuningsbehoefte en instructie", "Support needs and instruction"),
    ConsentTopic.AGREEMENTS: ("Afspraken en regelingen", "Agreements and arrangements"),
    ConsentTopic.PRIVATE: ("Privésituatie", "Private situation"),
}


@dataclass(frozen=True)
class Choice:
    value: str
    label_nl: str
    label_en: str

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl


@dataclass(frozen=True)
class Field:
    name: str
    label_nl: str
    label_en: str
    type: FieldType = FieldType.TEXT
    confidentiality: Confidentiality = Confidentiality.WORK
    topic: ConsentTopic | None = None
    choices: tuple[Choice, ...] = ()
    required: bool = False
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    ref: str | None = None  # entity name for REF fields
    text_format: str | None = None  # "email": a TEXT value must look like an e-mail address
    not_after_today: bool = False  # a DATE that cannot lie in the future (a birth date)
    help_nl: str = ""
    help_en: str = ""
    group: str = ""  # form section
    referrer: ReferrerBasis | None = None  # besides `topic`, for a referrer (never for health)

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl

    def help(self, language: str = "nl") -> str:
        return self.help_en if language == "en" else self.help_nl

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)

    def choice_label(self, value: str, language: str = "nl") -> str:
        for c in self.choices:
            if c.value == value:
                return c.label(language)
        return value

    @property
    def shareable_with_employer(self) -> bool:
        """May this field ever reach an employer (given consent for its topic)?"""
        return self.confidentiality is not Confidentiality.HEALTH and self.topic is not None


@dataclass(frozen=True)
class Entity:
    name: str  # table name
    label_nl: str
    label_en: str
    fields: tuple[Field, ...]
    parent: str | None = None  # name of the REF field to the owning participant, if any
    groups: tuple[tuple[str, str, str], ...] = ()  # (key, label_nl, label_en) form sections

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name}.{name}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl


def choices(*items: tuple[str, str, str]) -> tuple[Choice, ...]:
    return tuple(Choice(*item) for item in items)


W, P, H = Confidentiality.WORK, Confidentiality.PRIVATE, Confidentiality.HEALTH
T = FieldType
TOP = ConsentTopic
# For a referrer: a trajectory fact (its assignment), or private (with consent for PRIVATE).
FACT, PRIV = ReferrerBasis.ASSIGNMENT, ReferrerBasis.PRIVATE
