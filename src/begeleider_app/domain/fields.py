"""One declaration per field.

Every stored field is declared here once: its name, Dutch and English label, type, allowed
values, confidentiality class and consent topic. Forms, the PDF allow-list, consent choices
and exports all read these declarations, so a new field cannot leak into an employer report
by accident: a field without a consent topic is never shared, and `health` never is.

Who may receive a field depends on the kind of recipient (`RecipientKind`), and each kind's
rules are declared once, here, in `may_share`: an employer (and any other recipient) only
what the participant consented to; a referrer (gemeente, UWV) besides that the trajectory
facts its assignment needs (`Field.referrer`); nobody ever a `health` field.
"""
from __future__ import annotations

# The types and choice lists live in their own modules (this one is the entities); every
# name stays importable from here, as callers always did.
from .choices import *  # noqa: F403
from .choices import (
    APPROACH,
    ARRANGEMENTS,
    BENEFIT,
    BUDDY_KIND,
    BUDGET_BASIS,
    CAPITAL,
    CONSENT_FORM,
    CONSENT_TOPICS,
    CONTACT_ROLE,
    DUTCH_LEVEL,
    EDUCATION_LEVEL,
    END_REASON,
    GOAL_STATUS,
    GRANTED_BY,
    GROUP_KIND,
    JOURNAL_KIND,
    JOURNAL_WHOM,
    LADDER,
    MODE,
    OWNER,
    PHASE,
    PLACEMENT_TYPE,
    RECIPIENT_KIND,
    REFERRAL_STATUS,
    REFERRER,
    SERVICE_KIND,
    SIGNALS,
    STATUS,
    TARGET_GROUP,
    TERM,
    TOGETHER,
    TRANSPORT,
    WEIGHT,
    WITH_WHOM,
    WORK_MEANING,
    WORK_STATUS,
    ZRM_DOMAINS,
    ZRM_SCORE,
)
from .field_types import *  # noqa: F403
from .field_types import (
    FACT,
    PRIV,
    TOP,
    Confidentiality,
    ConsentTopic,
    Entity,
    Field,
    H,
    P,
    RecipientKind,
    ReferrerBasis,
    T,
    W,
)

# ---------------------------------------------------------------------------- entities

PARTICIPANT = Entity(
    "participant", "Deelnemer", "Participant",
    groups=(("person", "Persoon", "Person"), ("trajectory", "Traject", "Trajectory"),
            ("closing", "Eindgesprek", "Closing conversation"),
            ("report", "Rapportage aan de verwijzer", "Report to the referrer")),
    fields=(
        Field("first_name", "Voornaam", "First name", required=True, max_length=200, group="person"),
        Field("last_name", "Achternaam", "Last name", max_length=200, group="person"),
        Field("name_native", "Naam in eigen schrift", "Name in own script", max_length=200,
              group="person", help_nl="Bijvoorbeeld in Arabisch of Ge'ez schrift.",
              help_en="For example in Arabic or Ge'ez script."),
        Field("birth_date", "Geboortedatum", "Date of birth", T.DATE, P, group="person",
              referrer=FACT, not_after_today=True),  # the referrer's own client: identifies the report
        Field("phone", "Telefoon", "Phone", confidentiality=P, max_length=50, group="person"),
        Field("email", "E-mail", "E-mail", confidentiality=P, max_length=200, group="person"),
        Field("address", "Adres", "Address", T.LONGTEXT, P, max_length=1000, group="person"),
        Field("target_group", "Doelgroep", "Target group", T.CHOICE, P, choices=TARGET_GROUP,
              group="person"),
        Field("status", "Status", "Status", T.CHOICE, W, choices=STATUS, required=True,
              group="trajectory", referrer=FACT),
        Field("weight", "Zwaarte", "Weight", T.CHOICE, W, choices=WEIGHT, group="trajectory"),
        Field("start_date", "Startdatum traject", "Trajectory start", T.DATE, W, group="trajectory",
              referrer=FACT),
        Field("referrer", "Aangemeld door", "Referred by", T.CHOICE, P, choices=REFERRER,
              group="trajectory", referrer=FACT),
        Field("benefit", "Uitkering", "Benefit", T.CHOICE, P, TOP.PRIVATE, choices=BENEFIT,
              group="trajectory"),
        Field("coach", "Trajectbegeleider", "Coach", max_length=200, group="trajectory",
              referrer=FACT),
        Field("approach", "Aanpak", "Approach", T.CHOICE, W, TOP.AGREEMENTS, choices=APPROACH,
              group="trajectory", referrer=FACT),
        Field("plan_notes", "Toelichting trajectplan", "Plan notes", T.LONGTEXT, W,
              max_length=20000, group="trajectory"),
        Field("archived", "Gearchiveerd", "Archived", T.BOOL, W, group="trajectory"),
        Field("closing_date", "Datum eindgesprek", "Closing date", T.DATE, W, group="closing",
              referrer=FACT),
        Field("closing_evaluation", "Evaluatie", "Evaluation", T.LONGTEXT, P, max_length=20000,
              group="closing", referrer=PRIV),
        Field("closing_help_later", "Waar later hulp vragen", "Where to get help later",
              T.LONGTEXT, W, max_length=20000, group="closing", referrer=FACT),
        # Outcome figures (services/outcomes.py) and the referrer report read these two.
        Field("end_reason", "Reden einde traject", "Why the trajectory ended", T.CHOICE, W,
              choices=END_REASON, group="closing", referrer=FACT),
        Field("ladder_end", "Participatieladder bij het einde", "Participation ladder at the end",
              T.CHOICE, P, choices=LADDER, group="closing", referrer=FACT),
        # Written by the coach for the referrer report (voortgangs- or eindrapportage); the
        # composer keeps the latest text here, the history keeps the earlier ones.
        Field("report_conclusion", "Conclusie voor de verwijzer", "Conclusion for the referrer",
              T.LONGTEXT, W, max_length=20000, group="report", referrer=FACT),
        Field("report_advice", "Advies aan de verwijzer", "Advice to the referrer", T.LONGTEXT, W,
              max_length=20000, group="report", referrer=FACT),
    ),
)

STATUS_CHANGE = Entity(
    "status_change", "Statuswijziging", "Status change", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("from_status", "Van", "From", T.CHOICE, choices=STATUS, referrer=FACT),
        Field("to_status", "Naar", "To", T.CHOICE, choices=STATUS, required=True, referrer=FACT),
        Field("date", "Datum", "Date", T.DATE, required=True, referrer=FACT),
        Field("reason", "Reden", "Reason", T.LONGTEXT, P, max_length=5000, referrer=PRIV),
    ),
)

_intake_fields: list[Field] = [
    Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
    Field("intake_date", "Datum intake", "Intake date", T.DATE, group="kennismaken", referrer=FACT),
    Field("own_words", "In eigen woorden", "In their own words", T.LONGTEXT, W, TOP.PROFILE,
          max_length=20000, group="kennismaken",
          help_nl="Hoe stelt de deelnemer zich zelf voor?", help_en="How does the participant introduce themselves?"),
    Field("can_and_want", "Wat kan en wil de deelnemer", "What the participant can and wants",
          T.LONGTEXT, W, TOP.PROFILE, max_length=20000, group="kennismaken"),
    Field("talents", "Talenten", "Talents", T.LONGTEXT, W, TOP.PROFILE, max_length=20000,
          group="kennismaken"),
    Field("interests", "Interesses", "Interests", T.LONGTEXT, W, TOP.PROFILE, max_length=20000,
          group="kennismaken"),
    Field("motivation", "Motivatie", "Motivation", T.LONGTEXT, W, TOP.PROFILE, max_length=20000,
          group="kennismaken"),
    Field("work_meaning", "Wat werk betekent", "What work means", T.MULTI, W, TOP.PROFILE,
          choices=WORK_MEANING, group="kennismaken"),
    Field("dutch_level", "Niveau Nederlands", "Dutch level", T.CHOICE, W, TOP.PROFILE,
          choices=DUTCH_LEVEL, group="taal"),
    Field("first_language", "Eerste taal", "First language", T.TEXT, W, TOP.PROFILE,
          max_length=200, group="taal"),
    Field("other_languages", "Andere talen", "Other languages", T.TEXT, W, TOP.PROFILE,
          max_length=500, group="taal"),
    Field("hours_available", "Beschikbare uren per week", "Hours available per week", T.INT, W,
          TOP.AGREEMENTS, minimum=0, maximum=60, group="praktisch"),
    Field("transport", "Vervoer", "Transport", T.MULTI, W, TOP.AGREEMENTS, choices=TRANSPORT,
          group="praktisch"),
    Field("childcare", "Kinderopvang en zorgtaken", "Childcare and caring duties", T.LONGTEXT, P,
          TOP.PRIVATE, max_length=20000, group="praktisch"),
    Field("private_circumstances", "Privéomstandigheden", "Private circumstances", T.LONGTEXT, P,
          TOP.PRIVATE, max_length=20000, group="prive"),
    Field("other_trajectories", "Andere trajecten (zorg, schuldhulp, opleiding)",
          "Other trajectories (care, debt help, education)", T.LONGTEXT, P, max_length=20000,
          group="prive"),
    Field("network", "Sociaal netwerk", "Social network", T.LONGTEXT, P, TOP.PRIVATE,
          max_length=20000, group="prive"),
    Field("health", "Gezondheid", "Health", T.LONGTEXT, H, max_length=20000, group="gezondheid",
          help_nl="Wordt nooit met een werkgever gedeeld.", help_en="Never shared with an employer."),
    Field("vitality", "Vitaliteit en belastbaarheid", "Vitality and capacity", T.LONGTEXT, H,
          max_length=20000, group="gezondheid"),
    Field("support_needs", "Waar ondersteuning helpt", "Where support helps", T.LONGTEXT, W,
          TOP.SUPPORT, max_length=20000, group="werk"),
    Field("instruction_tips", "Hoe instructie geven", "How to instruct", T.LONGTEXT, W, TOP.SUPPORT,
          max_length=20000, group="werk"),
    # Private, but the step on the ladder is what a gemeente measures its assignment by.
    Field("participatieladder", "Participatieladder", "Participation ladder", T.CHOICE, P,
          choices=LADDER, group="instrumenten", referrer=FACT),
]
for _suffix, _nl, _en, _conf in ZRM_DOMAINS:
    # Work and education is a trajectory fact; the private domains need consent; health never.
    _basis = {W: FACT, P: PRIV}.get(_conf)
    _intake_fields.append(Field(f"zrm_{_suffix}", _nl, _en, T.CHOICE, _conf, choices=ZRM_SCORE,
                                group="zrm", referrer=_basis))

INTAKE = Entity(
    "intake", "Intake", "Intake", parent="participant_id", fields=tuple(_intake_fields),
    groups=(("kennismaken", "Kennismaken", "Getting acquainted"), ("taal", "Taal", "Language"),
            ("praktisch", "Praktisch", "Practical"), ("werk", "Werk en ondersteuning", "Work and support"),
            ("prive", "Privé", "Private"), ("gezondheid", "Gezondheid", "Health"),
            ("instrumenten", "Instrumenten", "Instruments"),
            ("zrm", "Zelfredzaamheid (optioneel, 1-5)", "Self-reliance (optional, 1-5)")),
)

WORK_HISTORY = Entity(
    "work_history", "Arbeidsverleden", "Work history", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("employer", "Werkgever", "Employer", max_length=300, topic=TOP.PROFILE),
        Field("role", "Functie", "Role", max_length=300, topic=TOP.PROFILE, required=True),
        Field("country", "Land", "Country", max_length=100, topic=TOP.PROFILE),
        Field("start_year", "Van (jaar)", "From (year)", T.INT, minimum=1940, maximum=2100,
              topic=TOP.PROFILE),
        Field("end_year", "Tot (jaar)", "Until (year)", T.INT, minimum=1940, maximum=2100,
              topic=TOP.PROFILE),
        Field("description", "Werkzaamheden", "Tasks", T.LONGTEXT, max_length=20000, topic=TOP.PROFILE),
        Field("reason_left", "Reden vertrek", "Reason for leaving", T.LONGTEXT, P, max_length=5000),
    ),
)

EDUCATION = Entity(
    "education", "Opleiding", "Education", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("course", "Opleiding of cursus", "Course", max_length=300, required=True, topic=TOP.PROFILE),
        Field("institution", "School of instituut", "Institution", max_length=300, topic=TOP.PROFILE),
        Field("level", "Niveau", "Level", T.CHOICE, choices=EDUCATION_LEVEL, topic=TOP.PROFILE),
        Field("country", "Land", "Country", max_length=100, topic=TOP.PROFILE),
        Field("year", "Jaar", "Year", T.INT, minimum=1940, maximum=2100, topic=TOP.PROFILE),
        Field("diploma", "Diploma behaald", "Diploma obtained", T.BOOL, topic=TOP.PROFILE),
        Field("recognised", "Diploma erkend in Nederland", "Diploma recognised in NL", T.BOOL,
              topic=TOP.PROFILE),
    ),
)

GOAL = Entity(
    "goal", "Doel", "Goal", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("text", "Doel in gewone woorden", "Goal in plain words", T.LONGTEXT, W, TOP.AGREEMENTS,
              required=True, max_length=5000, referrer=FACT),
        Field("term", "Termijn", "Term", T.CHOICE, W, TOP.AGREEMENTS, choices=TERM, referrer=FACT),
        Field("capital", "Soort kapitaal", "Kind of capital", T.CHOICE, W, choices=CAPITAL,
              referrer=FACT),
        Field("status", "Status", "Status", T.CHOICE, W, TOP.AGREEMENTS, choices=GOAL_STATUS,
              required=True, referrer=FACT),
        Field("sort_order", "Volgorde", "Order", T.INT),
    ),
)

GOAL_REVISION = Entity(
    "goal_revision", "Bijstelling", "Revision", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("goal_id", "Doel", "Goal", T.REF, ref="goal", required=True, referrer=FACT),
        Field("revised_on", "Bijgesteld op", "Revised on", T.DATE, required=True, referrer=FACT),
        Field("previous_text", "Vorige tekst", "Previous text", T.LONGTEXT, max_length=5000,
              referrer=FACT),
        Field("new_text", "Nieuwe tekst", "New text", T.LONGTEXT, max_length=5000, referrer=FACT),
        Field("reason", "Reden", "Reason", T.LONGTEXT, required=True, max_length=5000,
              referrer=FACT),
    ),
)

ACTION = Entity(
    "action", "Actie", "Action", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("goal_id", "Doel", "Goal", T.REF, ref="goal", required=True, referrer=FACT),
        Field("description", "Actie", "Action", T.LONGTEXT, required=True, max_length=5000,
              topic=TOP.AGREEMENTS, referrer=FACT),
        Field("owner", "Wie", "Owner", T.CHOICE, choices=OWNER, topic=TOP.AGREEMENTS, referrer=FACT),
        Field("due_date", "Uiterlijk", "Due date", T.DATE, topic=TOP.AGREEMENTS, referrer=FACT),
        Field("done", "Klaar", "Done", T.BOOL, referrer=FACT),
        Field("done_on", "Klaar op", "Done on", T.DATE, referrer=FACT),
    ),
)

CONTACT = Entity(
    "contact", "Contact", "Contact",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant",
              help_nl="Leeg voor werkgevers en ketenpartners die voor meerdere deelnemers gelden."),
        Field("role", "Rol", "Role", T.CHOICE, choices=CONTACT_ROLE, required=True),
        Field("name", "Naam", "Name", max_length=300, required=True, topic=TOP.AGREEMENTS),
        Field("organisation", "Organisatie", "Organisation", max_length=300, topic=TOP.AGREEMENTS),
        Field("phone", "Telefoon", "Phone", max_length=50),
        Field("email", "E-mail", "E-mail", max_length=200, text_format="email"),
        Field("address", "Adres", "Address", T.LONGTEXT, max_length=1000),
        Field("period_start", "Vanaf", "From", T.DATE, topic=TOP.AGREEMENTS),
        Field("period_end", "Tot", "Until", T.DATE, topic=TOP.AGREEMENTS),
        Field("notes", "Notities", "Notes", T.LONGTEXT, P, max_length=20000),
        # m011_network: a buddy's kind (only a buddy on the work floor, or one recorded before
        # kinds existed, appears in the employer handover) and the service (sociale kaart) a
        # contact person works for (participant_id empty: the team's, never erased with one).
        Field("buddy_kind", "Soort buddy", "Kind of buddy", T.CHOICE, choices=BUDDY_KIND),
        Field("service_id", "Dienst (sociale kaart)", "Service (local map)", T.REF, ref="service"),
    ),
)

PLACEMENT = Entity(
    "placement", "Leerwerkplek", "Placement", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("type", "Soort plek", "Type", T.CHOICE, choices=PLACEMENT_TYPE, required=True,
              topic=TOP.AGREEMENTS, referrer=FACT),
        Field("organisation", "Organisatie", "Organisation", max_length=300, required=True,
              topic=TOP.AGREEMENTS, referrer=FACT),
        Field("contact_id", "Contactpersoon (contact)", "Contact person (record)", T.REF, ref="contact"),
        Field("contact_person", "Contactpersoon", "Contact person", max_length=300, topic=TOP.AGREEMENTS),
        Field("start_date", "Begindatum", "Start date", T.DATE, topic=TOP.AGREEMENTS, referrer=FACT),
        Field("end_date", "Einddatum", "End date", T.DATE, topic=TOP.AGREEMENTS, referrer=FACT),
        Field("hours_per_week", "Uren per week", "Hours per week", T.INT, minimum=0, maximum=60,
              topic=TOP.AGREEMENTS, referrer=FACT),
        Field("tasks", "Taken", "Tasks", T.LONGTEXT, max_length=20000, topic=TOP.AGREEMENTS,
              referrer=FACT),
        Field("arrangements", "Regelingen", "Arrangements", T.MULTI, choices=ARRANGEMENTS,
              topic=TOP.AGREEMENTS, referrer=FACT),
        Field("notes", "Notities", "Notes", T.LONGTEXT, P, max_length=20000),
    ),
)

OBSERVATION = Entity(
    "observation", "Observatie", "Observation", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("placement_id", "Leerwerkplek", "Placement", T.REF, ref="placement", required=True),
        Field("date", "Datum", "Date", T.DATE, required=True, topic=TOP.OBSERVATIONS),
        Field("ratings", "Beoordelingen", "Ratings", T.JSON, topic=TOP.OBSERVATIONS,
              help_nl="Per item de score en het item zoals het toen heette (schaal erbij).",
              help_en="Per item the score and the item as it was named then (with the scale)."),
        Field("what_happened", "Wat gebeurde er", "What happened", T.LONGTEXT, max_length=20000,
              topic=TOP.OBSERVATIONS),
        Field("learning_point", "Leerpunt", "Learning point", T.LONGTEXT, max_length=20000,
              topic=TOP.OBSERVATIONS),
        Field("why_important", "Waarom belangrijk", "Why it matters", T.LONGTEXT, max_length=20000,
              topic=TOP.OBSERVATIONS),
        Field("went_well", "Wat ging goed", "What went well", T.LONGTEXT, max_length=20000,
              topic=TOP.OBSERVATIONS),
    ),
)

CONTACT_MOMENT = Entity(
    "contact_moment", "Contactmoment", "Contact moment", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("label", "Omschrijving", "Label", max_length=300, topic=TOP.AGREEMENTS, referrer=FACT),
        Field("planned_date", "Gepland op", "Planned on", T.DATE, topic=TOP.AGREEMENTS,
              referrer=FACT),
        Field("done_date", "Gedaan op", "Done on", T.DATE, referrer=FACT),
        Field("with_whom", "Met wie", "With whom", T.MULTI, choices=WITH_WHOM, topic=TOP.AGREEMENTS,
              referrer=FACT),
        Field("together", "Samen of apart", "Together or apart", T.CHOICE, choices=TOGETHER,
              referrer=FACT),
        Field("mode", "Vorm", "Mode", T.CHOICE, choices=MODE, topic=TOP.AGREEMENTS, referrer=FACT),
        Field("notes", "Verslag", "Notes", T.LONGTEXT, P, max_length=20000),
        Field("signals", "Signalen", "Signals", T.MULTI, P, choices=SIGNALS),
        Field("follow_up", "Vervolgactie", "Follow-up", T.LONGTEXT, P, max_length=5000),
        Field("is_closing", "Eindgesprek", "Closing conversation", T.BOOL, topic=TOP.AGREEMENTS,
              referrer=FACT),
        Field("work_status", "Werkt de deelnemer nog?", "Is the participant still at work?",
              T.CHOICE, choices=WORK_STATUS, referrer=FACT,
              help_nl="Telt mee voor 'nog aan het werk na 6 en 12 maanden'.",
              help_en="Counts for 'still at work after 6 and 12 months'."),
        # The referrer report's hours per phase count these (a trajectory fact, no text).
        Field("minutes", "Duur (minuten)", "Duration (minutes)", T.INT, minimum=0, maximum=1440,
              referrer=FACT,
              help_nl="Tijd die het contact kostte, voor de urenverantwoording.",
              help_en="Time the contact took, for the hours log."),
    ),
)

# The journal (issue 16): one entry per contact. Nothing here has a consent topic, so no
# journal field ever reaches an employer document; the text is private, and health
# information when the coach ticks `health` (then it is left out of every export).
JOURNAL_ENTRY = Entity(
    "journal_entry", "Journaalregel", "Journal entry", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("date", "Datum", "Date", T.DATE, required=True),
        Field("kind", "Soort contact", "Kind of contact", T.CHOICE, choices=JOURNAL_KIND,
              required=True),
        Field("with_whom", "Met wie", "With whom", T.MULTI, choices=JOURNAL_WHOM),
        Field("contact_id", "Contactpersoon", "Contact person", T.REF, ref="contact"),
        Field("minutes", "Duur (minuten)", "Duration (minutes)", T.INT, minimum=0, maximum=1440),
        Field("phase", "Fase", "Phase", T.CHOICE, choices=PHASE,
              help_nl="Voorgesteld uit de status op de datum; u kunt hem wijzigen.",
              help_en="Suggested from the status on the date; you can change it."),
        Field("goal_ids", "Doelen", "Goals", T.JSON,
              help_nl="De doelen waaraan dit contact werkte.",
              help_en="The goals this contact worked on."),
        Field("text", "Verslag", "Notes", T.LONGTEXT, P, max_length=20000,
              help_nl="Wat er gebeurde en wat de volgende stap is.",
              help_en="What happened and what comes next."),
        Field("health", "Bevat gezondheidsinformatie", "Contains health information", T.BOOL,
              help_nl="Het verslag valt dan onder gezondheid: het gaat nooit mee in een export.",
              help_en="The notes then count as health information: never in an export."),
        Field("follow_up", "Vervolgactie", "Follow-up", T.LONGTEXT, max_length=5000,
              help_nl="Wordt een actie in het plan (bij het eerste gekoppelde doel) en staat in de agenda.",
              help_en="Becomes an action in the plan (under the first linked goal) and shows in the agenda."),
        Field("follow_up_owner", "Vervolgactie: wie", "Follow-up: owner", T.CHOICE, choices=OWNER),
        Field("follow_up_date", "Vervolgactie: uiterlijk", "Follow-up: due date", T.DATE),
        Field("follow_up_action_id", "Vervolgactie (actie)", "Follow-up (action)", T.REF, ref="action"),
    ),
)

# Hours granted for coaching (a UWV or municipal jobcoaching decision): the journal's time is
# shown against it, with a warning before it runs out (services/hours.py).
HOURS_BUDGET = Entity(
    "hours_budget", "Urenbudget", "Hours budget", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("granted_by", "Toegekend door", "Granted by", T.CHOICE, choices=GRANTED_BY,
              required=True),
        Field("basis", "Soort budget", "Kind of budget", T.CHOICE, choices=BUDGET_BASIS,
              required=True),
        Field("hours", "Toegekende uren", "Hours granted", T.INT, minimum=0, maximum=5000,
              help_nl="Bij 'uren voor de periode'.", help_en="For 'hours for the period'."),
        Field("percentage", "Percentage", "Percentage", T.INT, minimum=0, maximum=100,
              help_nl="Bij een percentage: bijvoorbeeld 15 in het eerste jaar.",
              help_en="For a share: for example 15 in the first year."),
        Field("worked_hours_per_week", "Gewerkte uren per week", "Hours worked per week", T.INT,
              minimum=0, maximum=60),
        Field("period_start", "Vanaf", "From", T.DATE, required=True),
        Field("period_end", "Tot en met", "Until", T.DATE, required=True),
        Field("reference", "Kenmerk beschikking", "Decision reference", max_length=200),
        Field("notes", "Toelichting", "Notes", T.LONGTEXT, P, max_length=5000),
    ),
)

CONSENT = Entity(
    "consent", "Toestemming", "Consent", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("recipient_contact_id", "Ontvanger (contact)", "Recipient (record)", T.REF, ref="contact"),
        Field("recipient_name", "Ontvanger", "Recipient", max_length=300, required=True),
        Field("recipient_kind", "Soort ontvanger", "Kind of recipient", T.CHOICE,
              choices=RECIPIENT_KIND,
              help_nl="Toestemming geldt alleen voor rapporten aan deze soort ontvanger.",
              help_en="Consent counts only for reports to this kind of recipient."),
        Field("topics", "Onderwerpen", "Topics", T.MULTI, choices=CONSENT_TOPICS, required=True),
        Field("given_on", "Gegeven op", "Given on", T.DATE, required=True),
        Field("form", "Vorm", "Form", T.CHOICE, choices=CONSENT_FORM, required=True),
        Field("expires_on", "Verloopt op", "Expires on", T.DATE),
        Field("withdrawn_on", "Ingetrokken op", "Withdrawn on", T.DATE),
        Field("notes", "Toelichting", "Notes", T.LONGTEXT, max_length=5000),
    ),
)

# ---------------------------------------------------------------- the network (m010)

SERVICE = Entity(
    "service", "Dienst op de sociale kaart", "Service on the local map",
    groups=(("service", "Dienst", "Service"), ("contact", "Bereikbaarheid", "How to reach")),
    fields=(
        # Named in a referrer report's list of referrals, with consent (see REFERRAL).
        Field("name", "Naam", "Name", max_length=300, required=True, group="service",
              referrer=ReferrerBasis.PRIVATE),
        Field("kind", "Soort", "Kind", T.CHOICE, choices=SERVICE_KIND, required=True,
              group="service"),
        Field("organisation", "Organisatie", "Organisation", max_length=300, group="service"),
        Field("offer", "Wat ze bieden", "What they offer", T.LONGTEXT, max_length=5000,
              group="service"),
        Field("region", "Regio", "Region", max_length=200, group="service"),
        Field("address", "Adres", "Address", max_length=500, group="contact"),
        Field("phone", "Telefoon", "Phone", max_length=50, group="contact"),
        Field("email", "E-mail", "E-mail", max_length=200, text_format="email", group="contact"),
        Field("website", "Website", "Website", max_length=300, group="contact"),
        Field("notes", "Notities", "Notes", T.LONGTEXT, max_length=20000, group="contact",
              help_nl="Voor het hele team. Schrijf hier geen gegevens van deelnemers.",
              help_en="For the whole team. Write nothing about participants here."),
    ),
)

REFERRAL = Entity(
    "referral", "Doorverwijzing", "Referral", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("service_id", "Dienst", "Service", T.REF, ref="service", required=True),
        Field("contact_id", "Contactpersoon", "Contact person", T.REF, ref="contact"),
        # A referrer report may list referrals only with consent for the private topic, and
        # then only the service, this date and the status (services/referrer_report.py).
        Field("referred_on", "Aangemeld op", "Referred on", T.DATE, required=True,
              referrer=ReferrerBasis.PRIVATE),
        Field("status", "Status", "Status", T.CHOICE, choices=REFERRAL_STATUS, required=True,
              referrer=ReferrerBasis.PRIVATE),
        Field("goal_id", "Hoort bij doel", "Linked goal", T.REF, ref="goal"),
        Field("reason", "Vraag en reden", "Question and reason", T.LONGTEXT, P, max_length=5000),
        Field("tasks_participant", "Taken deelnemer", "Participant's tasks", T.LONGTEXT, P,
              max_length=5000),
        Field("tasks_coach", "Taken begeleider", "Coach's tasks", T.LONGTEXT, P, max_length=5000),
        Field("tasks_partner", "Taken ketenpartner", "Partner's tasks", T.LONGTEXT, P,
              max_length=5000),
        Field("follow_up_on", "Vervolg op", "Follow up on", T.DATE,
              help_nl="Komt in de agenda.", help_en="Shown in the agenda."),
        Field("last_news_on", "Laatste nieuws op", "Last news on", T.DATE),
        Field("outcome", "Uitkomst", "Outcome", T.LONGTEXT, P, max_length=5000),
        Field("notes", "Notities", "Notes", T.LONGTEXT, P, max_length=20000),
    ),
)

GROUP_SESSION = Entity(
    "group_session", "Groepsbijeenkomst", "Group session",
    fields=(
        Field("kind", "Soort", "Kind", T.CHOICE, choices=GROUP_KIND, required=True),
        Field("date", "Datum", "Date", T.DATE, required=True),
        Field("theme", "Thema", "Theme", max_length=300, required=True),
        Field("location", "Plaats", "Location", max_length=300),
        Field("service_id", "Georganiseerd met", "Organised with", T.REF, ref="service"),
        Field("duration_minutes", "Duur (minuten)", "Duration (minutes)", T.INT, minimum=0,
              maximum=1440),
        # Read by the journal's hours (issue 16): the session's time shared among those present.
        Field("minutes_per_participant", "Begeleidingstijd per deelnemer (minuten)",
              "Coaching time per participant (minutes)", T.INT, minimum=0, maximum=1440,
              help_nl="De duur gedeeld door het aantal aanwezigen; wordt vanzelf berekend.",
              help_en="The duration divided by those present; calculated for you."),
        Field("notes", "Verslag", "Report", T.LONGTEXT, max_length=20000,
              help_nl="Over de groep. Wat over één deelnemer gaat, hoort bij diens aanwezigheid.",
              help_en="About the group. What concerns one participant belongs with their attendance."),
    ),
)

GROUP_ATTENDANCE = Entity(
    "group_attendance", "Aanwezigheid", "Attendance", parent="participant_id",
    fields=(
        Field("participant_id", "Deelnemer", "Participant", T.REF, ref="participant", required=True),
        Field("session_id", "Groepsbijeenkomst", "Group session", T.REF, ref="group_session",
              required=True),
        Field("present", "Aanwezig", "Present", T.BOOL),
        Field("note", "Notitie over de deelnemer", "Note about the participant", T.LONGTEXT, P,
              max_length=5000),
    ),
)

ORG_SETTING = Entity(
    "org_setting", "Organisatie-instelling", "Organisation setting",
    fields=(
        Field("key", "Sleutel", "Key", required=True, max_length=200),
        Field("value", "Waarde", "Value", T.JSON),
    ),
)

ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (PARTICIPANT, STATUS_CHANGE, INTAKE, WORK_HISTORY, EDUCATION, GOAL, GOAL_REVISION,
              ACTION, CONTACT, PLACEMENT, OBSERVATION, CONTACT_MOMENT, CONSENT, ORG_SETTING,
              SERVICE, REFERRAL, GROUP_SESSION, GROUP_ATTENDANCE, JOURNAL_ENTRY, HOURS_BUDGET)
}


def entity(name: str) -> Entity:
    return ENTITIES[name]


def fields_by_class(confidentiality: Confidentiality) -> list[tuple[Entity, Field]]:
    return [(e, f) for e in ENTITIES.values() for f in e.fields if f.confidentiality is confidentiality]


def may_share(kind: RecipientKind | str, fld: Field, topics: set[ConsentTopic]) -> bool:
    """The rule sets, declared once: may ``fld`` go to a recipient of ``kind`` who holds the
    participant's consent for ``topics``?

    - Health: never, to anyone (UWV itself: "stuur geen medische informatie mee").
    - Employer and other recipients: only a field with a consent topic the participant
      consented to; a private field only with consent for PRIVATE as well.
    - Referrer (gemeente, UWV): the same, and besides that the trajectory facts its
      assignment needs (`ReferrerBasis.ASSIGNMENT`) without consent, and the private matters
      marked `ReferrerBasis.PRIVATE` only with consent for PRIVATE.
    """
    if fld.confidentiality is Confidentiality.HEALTH:
        return False
    if RecipientKind(kind) is RecipientKind.REFERRER:
        if fld.referrer is ReferrerBasis.ASSIGNMENT:
            return True
        if fld.referrer is ReferrerBasis.PRIVATE and ConsentTopic.PRIVATE in topics:
            return True
    return fld.topic is not None and fld.topic in topics and (
        fld.confidentiality is not Confidentiality.PRIVATE or ConsentTopic.PRIVATE in topics)


def shareable_with(kind: RecipientKind | str,
                   topics: set[ConsentTopic] | set[str]) -> list[tuple[Entity, Field]]:
    """Fields that may go to a recipient of ``kind`` given consent for ``topics``."""
    wanted = {ConsentTopic(t) for t in topics}
    return [(e, f) for e in ENTITIES.values() for f in e.fields if may_share(kind, f, wanted)]


def shareable_fields(topics: set[ConsentTopic] | set[str]) -> list[tuple[Entity, Field]]:
    """Fields that may go to an employer given consent for ``topics`` (health never does)."""
    return shareable_with(RecipientKind.EMPLOYER, topics)
