"""The choice lists of the field declarations (status, weight, placement types, ...): data
only. ``domain.fields`` re-exports every list; import from there."""

from __future__ import annotations

from .field_types import CONSENT_TOPIC_LABELS, Confidentiality, H, P, RecipientKind, W, choices

STATUS = choices(
    ("aanmelding", "Aanmelding", "Referral"),
    ("intake", "Intake", "Intake"),
    ("actief", "Actief", "Active"),
    ("gepauzeerd", "Gepauzeerd", "Paused"),
    ("geplaatst", "Geplaatst", "Placed"),
    ("nazorg", "Nazorg", "Aftercare"),
    ("afgesloten", "Afgesloten", "Closed"),
)
WEIGHT = choices(("licht", "Licht", "Light"), ("middel", "Middel", "Medium"), ("zwaar", "Zwaar", "Heavy"))
BENEFIT = choices(
    ("bijstand", "Bijstand (Participatiewet)", "Social assistance (Participatiewet)"),
    ("ww", "WW", "Unemployment benefit (WW)"),
    ("wajong", "Wajong", "Wajong"),
    ("wia", "WIA", "WIA"),
    ("geen", "Geen uitkering", "No benefit"),
    ("anders", "Anders", "Other"),
)
REFERRER = choices(
    ("gemeente", "Gemeente", "Municipality"),
    ("uwv", "UWV", "UWV"),
    ("zelf", "Eigen aanmelding", "Self-referral"),
    ("anders", "Anders", "Other"),
)
TARGET_GROUP = choices(
    ("statushouder", "Statushouder", "Refugee with residence permit"),
    ("lvb", "LVB", "Mild intellectual disability"),
    ("jongere", "Jongere", "Young person"),
    ("langdurig_werkloos", "Langdurig werkloos", "Long-term unemployed"),
    ("anders", "Anders", "Other"),
)
APPROACH = choices(
    ("snel", "Snel plaatsen (eerste baan)", "Quick placement (first job)"),
    ("duurzaam", "Duurzaam plaatsen (passend werk)", "Sustainable placement (fitting work)"),
)
DUTCH_LEVEL = choices(
    ("geen", "Geen", "None"),
    ("A0", "A0", "A0"),
    ("A1", "A1", "A1"),
    ("A2", "A2", "A2"),
    ("B1", "B1", "B1"),
    ("B2", "B2", "B2"),
    ("C1", "C1", "C1"),
    ("moedertaal", "Moedertaal", "Native"),
)
WORK_MEANING = choices(
    ("geld", "Geld verdienen", "Earning money"),
    ("ontwikkeling", "Zich ontwikkelen", "Personal development"),
    ("mensen", "Onder de mensen zijn", "Being among people"),
    ("structuur", "Dagritme en structuur", "Daily structure"),
    ("meedoen", "Meedoen in Nederland", "Taking part in society"),
)
TRANSPORT = choices(
    ("fiets", "Fiets", "Bicycle"),
    ("ov", "Openbaar vervoer", "Public transport"),
    ("rijbewijs", "Rijbewijs B", "Driving licence"),
    ("auto", "Eigen auto", "Own car"),
    ("lopen", "Lopend", "On foot"),
)
LADDER = choices(
    ("1", "1 Geïsoleerd", "1 Isolated"),
    ("2", "2 Sociale contacten buitenshuis", "2 Social contacts outside the home"),
    ("3", "3 Deelname georganiseerde activiteiten", "3 Organised activities"),
    ("4", "4 Onbetaald werk", "4 Unpaid work"),
    ("5", "5 Betaald werk met ondersteuning", "5 Paid work with support"),
    ("6", "6 Betaald werk zonder ondersteuning", "6 Paid work without support"),
)
ZRM_SCORE = choices(
    ("1", "1 Acute problematiek", "1 Acute problems"),
    ("2", "2 Niet zelfredzaam", "2 Not self-reliant"),
    ("3", "3 Beperkt zelfredzaam", "3 Limited self-reliance"),
    ("4", "4 Voldoende zelfredzaam", "4 Sufficiently self-reliant"),
    ("5", "5 Volledig zelfredzaam", "5 Fully self-reliant"),
)
# (field suffix, Dutch, English, confidentiality)
ZRM_DOMAINS: tuple[tuple[str, str, str, Confidentiality], ...] = (
    ("financien", "Financiën", "Finances", P),
    ("werk_opleiding", "Werk en opleiding", "Work and education", W),
    ("tijdsbesteding", "Tijdsbesteding", "Daytime activities", P),
    ("huisvesting", "Huisvesting", "Housing", P),
    ("huiselijke_relaties", "Huiselijke relaties", "Domestic relations", P),
    ("geestelijke_gezondheid", "Geestelijke gezondheid", "Mental health", H),
    ("lichamelijke_gezondheid", "Lichamelijke gezondheid", "Physical health", H),
    ("middelengebruik", "Middelengebruik", "Substance use", H),
    ("basale_adl", "Basale ADL", "Basic ADL", H),
    ("instrumentele_adl", "Instrumentele ADL", "Instrumental ADL", P),
    ("sociaal_netwerk", "Sociaal netwerk", "Social network", P),
    ("maatschappelijke_participatie", "Maatschappelijke participatie", "Social participation", P),
    ("justitie", "Justitie", "Justice", P),
)
TERM = choices(("kort", "Korte termijn (< 6 maanden)", "Short term (< 6 months)"),
               ("lang", "Lange termijn", "Long term"))
CAPITAL = choices(
    ("cultureel", "Cultureel (werknemersvaardigheden, werkcultuur)", "Cultural (employee skills)"),
    ("psychologisch", "Psychologisch (motivatie, zelfvertrouwen)", "Psychological (motivation, confidence)"),
    ("sociaal", "Sociaal (netwerk, buddy)", "Social (network, buddy)"),
)
GOAL_STATUS = choices(
    ("open", "Open", "Open"),
    ("bezig", "Bezig", "In progress"),
    ("behaald", "Behaald", "Achieved"),
    ("bijgesteld", "Bijgesteld", "Revised"),
    ("gestopt", "Gestopt", "Stopped"),
)
OWNER = choices(
    ("deelnemer", "Deelnemer", "Participant"),
    ("coach", "Begeleider", "Coach"),
    ("partner", "Ketenpartner", "Partner"),
)
PLACEMENT_TYPE = choices(
    ("interne_werkplaats", "Interne werkplaats", "Internal workshop"),
    ("leerwerkplek", "Leerwerkplek", "Learning work place"),
    ("taalstage", "Taalstage", "Language internship"),
    ("vrijwilligerswerk", "Vrijwilligerswerk", "Volunteer work"),
    ("proefweek", "Proefweek", "Trial week"),
    ("proefplaatsing", "Proefplaatsing", "Trial placement"),
    ("werkervaringsplaats", "Werkervaringsplaats", "Work-experience place"),
    ("betaald_werk", "Betaald werk", "Paid work"),
    ("opleiding", "Opleiding of cursus", "Education or training"),
)
ARRANGEMENTS = choices(
    ("proefplaatsing", "Proefplaatsing", "Trial placement"),
    ("loonkostensubsidie", "Loonkostensubsidie", "Wage cost subsidy"),
    ("loonwaardebepaling", "Loonwaardebepaling", "Wage value assessment"),
    ("no_riskpolis", "No-riskpolis", "No-risk policy"),
    ("jobcoach", "Jobcoach", "Job coach"),
    ("doelgroepregister", "Doelgroepregister", "Target group register"),
)
WITH_WHOM = choices(
    ("deelnemer", "Deelnemer", "Participant"),
    ("werkgever", "Werkgever", "Employer"),
    ("collegas", "Collega's", "Colleagues"),
    ("buddy", "Buddy / maatje", "Buddy"),
)
TOGETHER = choices(("samen", "Samen", "Together"), ("apart", "Apart", "Separately"))
MODE = choices(
    ("huisbezoek", "Huisbezoek", "Home visit"),
    ("werkplek", "Op de werkplek", "At the work place"),
    ("telefonisch", "Telefonisch", "By phone"),
    ("wandelen", "Wandelen / koffie", "Walk / coffee"),
    ("beeldbellen", "Beeldbellen", "Video call"),
)
SIGNALS = choices(
    ("verzuim", "Verzuim", "Absence"),
    ("conflict", "Conflict", "Conflict"),
    ("motivatie", "Motivatie", "Motivation"),
    ("prive", "Privé", "Private life"),
    ("anders", "Anders", "Other"),
)
CONTACT_ROLE = choices(
    ("werkgever", "Werkgever", "Employer"),
    ("buddy", "Buddy / maatje", "Buddy"),
    ("ketenpartner", "Ketenpartner", "Partner service"),
    ("verwijzer", "Verwijzer (gemeente, UWV)", "Referrer (municipality, UWV)"),
    ("anders", "Anders", "Other"),
)
# Why a trajectory ended (participant.end_reason; the outcome figures count by it).
END_REASON = choices(
    ("werk", "Aan het werk", "In work"),
    ("opleiding", "Naar opleiding", "To education"),
    ("dagbesteding", "Naar dagbesteding of vrijwilligerswerk", "To day activities or volunteering"),
    ("zorg", "Zorg of behandeling gaat voor", "Care or treatment comes first"),
    ("verhuisd", "Verhuisd", "Moved away"),
    ("gestopt", "Gestopt (eigen keuze)", "Stopped (own choice)"),
    ("doorverwezen", "Doorverwezen", "Referred elsewhere"),
    ("anders", "Anders", "Other"),
)
# What an aftercare contact moment found about the work (contact_moment.work_status).
WORK_STATUS = choices(
    ("aan_het_werk", "Werkt nog", "Still at work"),
    ("niet_meer", "Werkt niet meer", "No longer at work"),
)
CONSENT_FORM = choices(("mondeling", "Mondeling", "Verbal"), ("schriftelijk", "Schriftelijk", "Written"))
RECIPIENT_KIND = choices(
    (RecipientKind.EMPLOYER.value, "Werkgever", "Employer"),
    (RecipientKind.REFERRER.value, "Verwijzer (gemeente, UWV)", "Referrer (municipality, UWV)"),
    (RecipientKind.OTHER.value, "Anders", "Other"),
)
CONSENT_TOPICS = choices(*((t.value, nl, en) for t, (nl, en) in CONSENT_TOPIC_LABELS.items()))
# The sociale kaart: kinds of services and organisations around participants.
SERVICE_KIND = choices(
    ("schuldhulp", "Schuldhulp", "Debt help"),
    ("zorg", "Zorg", "Care"),
    ("welzijn", "Welzijn en wijkteam", "Welfare and neighbourhood team"),
    ("taal", "Taal en inburgering", "Language and civic integration"),
    ("onderwijs", "Onderwijs", "Education"),
    ("maatjesproject", "Maatjesproject", "Buddy project"),
    ("vrijwilligerswerk", "Vrijwilligerswerk", "Volunteering"),
    ("werkgever", "Werkgever", "Employer"),
    ("gemeente", "Gemeente", "Municipality"),
    ("uwv", "UWV", "UWV"),
    ("anders", "Anders", "Other"),
)
REFERRAL_STATUS = choices(
    ("aangemeld", "Aangemeld", "Referred"),
    ("in_behandeling", "In behandeling", "In progress"),
    ("afgerond", "Afgerond", "Completed"),
    ("gestopt", "Gestopt", "Stopped"),
)
BUDDY_KIND = choices(
    ("eigen_gemeenschap", "Uit de eigen gemeenschap", "From their own community"),
    ("werkvloer", "Op de werkvloer", "On the work floor"),
    ("vrijwilligersproject", "Vrijwilliger van een maatjesproject", "Volunteer of a buddy project"),
    ("anders", "Anders", "Other"),
)
GROUP_KIND = choices(
    ("werkclub", "Werkclub", "Job club"),
    ("training", "Groepstraining", "Group training"),
    ("taalles_werkvloer", "Taalles op de werkvloer", "Language class at work"),
    ("voorlichting", "Voorlichting", "Information meeting"),
    ("anders", "Anders", "Other"),
)
JOURNAL_KIND = choices(
    ("huisbezoek", "Huisbezoek", "Home visit"),
    ("telefoon", "Telefoon", "Phone"),
    ("werkplek", "Op de werkplek", "At the work place"),
    ("video", "Video", "Video call"),
    ("ketenoverleg", "Overleg met ketenpartner", "Meeting with a partner service"),
    ("email_app", "E-mail / app", "E-mail / app"),
    ("groep", "Groepsbijeenkomst", "Group session"),
    ("no_show", "No-show", "No-show"),
)
JOURNAL_WHOM = choices(
    ("deelnemer", "Deelnemer", "Participant"),
    ("werkgever", "Werkgever", "Employer"),
    ("ketenpartner", "Ketenpartner", "Partner service"),
    ("netwerk", "Netwerk", "Network"),
)
# The phase a journal entry's time counts for (services/hours.py derives a default from the
# status history at the entry's date; the coach can change it).
PHASE = choices(
    ("intake", "Intake", "Intake"),
    ("plan", "Trajectplan", "Plan"),
    ("leerwerkplek", "Leerwerkplek", "Work placement"),
    ("nazorg", "Nazorg", "Aftercare"),
)
GRANTED_BY = choices(("uwv", "UWV", "UWV"), ("gemeente", "Gemeente", "Municipality"),
                     ("anders", "Anders", "Other"))
BUDGET_BASIS = choices(
    ("uren", "Uren voor de periode", "Hours for the period"),
    ("percentage", "Percentage van de gewerkte uren", "Share of the hours worked"),
)
EDUCATION_LEVEL = choices(
    ("geen", "Geen", "None"),
    ("basis", "Basisonderwijs", "Primary"),
    ("vmbo", "Vmbo / mbo-1", "Pre-vocational"),
    ("mbo", "Mbo 2-4", "Vocational"),
    ("havo_vwo", "Havo / vwo", "Secondary"),
    ("hbo_wo", "Hbo / wo", "Higher education"),
    ("buitenland", "Opleiding in het buitenland", "Education abroad"),
)
