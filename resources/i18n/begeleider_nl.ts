<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AftercareOffer</name>
    <message>
        <source>&amp;Plan aftercare...</source>
        <translation>Nazorg &amp;plannen...</translation>
    </message>
    <message>
        <source>Placed since %1 and no aftercare plan yet. Proposal: %2 contact moments, the first on %3, the closing conversation on %4.</source>
        <translation>Geplaatst sinds %1 en nog geen nazorgplan. Voorstel: %2 contactmomenten, het eerste op %3, het eindgesprek op %4.</translation>
    </message>
</context>
<context>
    <name>AftercarePlanDialog</name>
    <message>
        <source>Aftercare plan</source>
        <translation>Nazorgplan</translation>
    </message>
    <message>
        <source>The placement started on %1. The program proposes these contact moments from the organisation&apos;s template. Change dates or descriptions, add or remove moments, then accept the plan.</source>
        <translation>De plaatsing is begonnen op %1. Het programma stelt deze contactmomenten voor volgens het sjabloon van de organisatie. Pas datums of omschrijvingen aan, voeg momenten toe of haal ze weg, en neem dan het plan over.</translation>
    </message>
    <message>
        <source>Proposed contact moments</source>
        <translation>Voorgestelde contactmomenten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Eindgesprek</translation>
    </message>
    <message>
        <source>&amp;Add moment</source>
        <translation>Moment &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add moment</source>
        <translation>Moment toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove moment</source>
        <translation>Moment &amp;weghalen</translation>
    </message>
    <message>
        <source>Remove moment</source>
        <translation>Moment weghalen</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Plan overnemen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Extra contact moment</source>
        <translation>Extra contactmoment</translation>
    </message>
    <message>
        <source>Row %1: &apos;%2&apos; is not a date (dd-mm-yyyy).</source>
        <translation>Regel %1: &apos;%2&apos; is geen datum (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>Row %1: the description is empty.</source>
        <translation>Regel %1: de omschrijving is leeg.</translation>
    </message>
    <message>
        <source>The plan has no contact moments.</source>
        <translation>Het plan heeft geen contactmomenten.</translation>
    </message>
</context>
<context>
    <name>AftercareTab</name>
    <message>
        <source>(not set)</source>
        <extracomment>the date the tab treats as today (tests inject one)</extracomment>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>&amp;Add moment</source>
        <translation>Moment &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Done today</source>
        <translation>Vandaag &amp;gedaan</translation>
    </message>
    <message>
        <source>Mark the selected contact moment as done today</source>
        <translation>Het gekozen contactmoment op vandaag als gedaan zetten</translation>
    </message>
    <message>
        <source>Remove moment</source>
        <translation>Moment weghalen</translation>
    </message>
    <message>
        <source>No contact moments yet. A plan is proposed when the participant is placed (paid work or a trial placement).</source>
        <translation>Nog geen contactmomenten. Als de deelnemer geplaatst is (betaald werk of een proefplaatsing), stelt het programma een nazorgplan voor.</translation>
    </message>
    <message>
        <source>Aftercare details</source>
        <translation>Nazorg in detail</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy / maatje</translation>
    </message>
    <message>
        <source>Closing conversation</source>
        <translation>Eindgesprek</translation>
    </message>
    <message>
        <source>A buddy or maatje supports the participant on the work floor or from their own community, preferably for a year or more. Only a buddy on the work floor is named in the employer handover.</source>
        <translation>Een buddy of maatje steunt de deelnemer op de werkvloer of vanuit de eigen gemeenschap, het liefst een jaar of langer. Alleen een buddy op de werkvloer wordt in de warme overdracht aan de werkgever genoemd.</translation>
    </message>
    <message>
        <source>Buddies</source>
        <translation>Buddy&apos;s</translation>
    </message>
    <message>
        <source>Add &amp;buddy...</source>
        <translation>&amp;Buddy toevoegen...</translation>
    </message>
    <message>
        <source>Remove buddy</source>
        <translation>Buddy weghalen</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Use suggestion</source>
        <translation>Voorstel &amp;overnemen</translation>
    </message>
    <message>
        <source>Re&amp;move moment</source>
        <translation>Moment wegh&amp;alen</translation>
    </message>
    <message>
        <source>Remove b&amp;uddy</source>
        <translation>Budd&amp;y weghalen</translation>
    </message>
    <message>
        <source>What went well, what did the participant learn, how is the work going now?</source>
        <translation>Wat ging goed, wat heeft de deelnemer geleerd, hoe gaat het werk nu?</translation>
    </message>
    <message>
        <source>Who to call later: e.g. the neighbourhood team, the employer&apos;s contact, the coach.</source>
        <translation>Wie later te bellen: bijvoorbeeld het wijkteam, de contactpersoon bij de werkgever, de begeleider.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Record closing conversation and &amp;close trajectory</source>
        <translation>Eindgesprek vastleggen en traject af&amp;sluiten</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <translation>Voorstel: %1 (%2)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Remove this contact moment? It stays in the history and can be restored.</source>
        <translation>Dit contactmoment weghalen? Het blijft in de geschiedenis en is terug te zetten.</translation>
    </message>
    <message>
        <source>New buddy</source>
        <translation>Nieuwe buddy</translation>
    </message>
    <message>
        <source>Remove this buddy? The entry stays in the history and can be restored.</source>
        <translation>Deze buddy weghalen? Het gegeven blijft in de geschiedenis en is terug te zetten.</translation>
    </message>
    <message>
        <source>The trajectory was closed on %1.</source>
        <translation>Het traject is afgesloten op %1.</translation>
    </message>
    <message>
        <source>End the aftercare with a closing conversation: evaluate together and agree where the participant can go for help later. This closes the trajectory.</source>
        <translation>Sluit de nazorg af met een eindgesprek: evalueer samen en spreek af waar de deelnemer later terecht kan voor hulp. Daarmee wordt het traject afgesloten.</translation>
    </message>
    <message>
        <source>Closing date: write day-month-year, e.g. %1.</source>
        <translation>Datum eindgesprek: schrijf dag-maand-jaar, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>Close trajectory</source>
        <translation>Traject afsluiten</translation>
    </message>
    <message>
        <source>Record the closing conversation and close the trajectory? The status becomes &apos;afgesloten&apos;.</source>
        <translation>Het eindgesprek vastleggen en het traject afsluiten? De status wordt &apos;afgesloten&apos;.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>the participant tab a line opens a line was opened: (participant id, kind: &quot;moment&quot; or &quot;action&quot;)</extracomment>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Refresh agenda</source>
        <translation>Agenda vernieuwen</translation>
    </message>
    <message>
        <source>Agenda: overdue, today and this week</source>
        <translation>Agenda: te laat, vandaag en deze week</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the participant.</source>
        <translation>Dubbelklik of druk op Enter om de deelnemer te openen.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>contact moment</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <source>(closing conversation)</source>
        <translation>(eindgesprek)</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Doorverwijzing: %1</translation>
    </message>
    <message>
        <source>service</source>
        <translation>dienst</translation>
    </message>
    <message>
        <source>No news from referral: %1 (since %2)</source>
        <translation>Geen nieuws van doorverwijzing: %1 (sinds %2)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Actie: %1</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... en nog %1</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 today, %4 this week</source>
        <translation>%1: %2 te laat, %3 vandaag, %4 deze week</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Overdue, today and this week across the caseload</source>
        <translation>Te laat, vandaag en deze week, over de hele caseload</translation>
    </message>
    <message>
        <source>Agenda: overdue, today and this week (%1)</source>
        <translation>Agenda: te laat, vandaag en deze week (%1)</translation>
    </message>
    <message>
        <source>&amp;Organisation lists...</source>
        <translation>&amp;Organisatielijsten...</translation>
    </message>
    <message>
        <source>Observation items and scale, aftercare template</source>
        <translation>Observatie-items en schaal, nazorgsjabloon</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong in Begeleider. </source>
        <translation>Er ging iets mis in Begeleider. </translation>
    </message>
    <message>
        <source>What you typed has been saved.</source>
        <translation>Wat u hebt getypt, is bewaard.</translation>
    </message>
    <message>
        <source>Not everything could be saved: please check your last changes.</source>
        <translation>Niet alles kon worden bewaard: controleer uw laatste wijzigingen.</translation>
    </message>
    <message>
        <source>You can continue working. The details are in the log file:
%1</source>
        <translation>U kunt gewoon verder werken. De details staan in het logbestand:
%1</translation>
    </message>
    <message>
        <source>This database is still empty. Load a demo caseload with %1 invented participants to explore the program?

Choose No to start with an empty caseload.</source>
        <translation>Deze database is nog leeg. Wilt u een demo-caseload met %1 verzonnen deelnemers laden om het programma te verkennen?

Kies Nee om met een lege caseload te beginnen.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filter op handeling</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Regels in het logboek</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wanneer (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>access export</source>
        <translation>inzage-export</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correctie</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>retention erasure</source>
        <translation>gewist na bewaartermijn</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>ontgrendeld</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>verkeerd wachtwoord</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gewist)</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Agenda to Outlook</source>
        <translation>Agenda naar Outlook</translation>
    </message>
    <message>
        <source>Your planned contact moments and the open actions of the trajectory plans, as all-day appointments for Outlook or another calendar. An appointment shows only the participant&apos;s initials and the kind of contact (for example &apos;S.K. · Huisbezoek&apos;), never a name or notes. Exporting again updates the appointments instead of adding them twice.</source>
        <translation>Uw geplande contactmomenten en de open acties uit de trajectplannen, als afspraken voor de hele dag in Outlook of een andere agenda. Een afspraak toont alleen de voorletters van de deelnemer en de soort contact (bijvoorbeeld &apos;S.K. · Huisbezoek&apos;), nooit een naam of verslag. Opnieuw exporteren werkt de afspraken bij; ze komen er niet dubbel in.</translation>
    </message>
    <message>
        <source>&amp;Whose appointments:</source>
        <translation>&amp;Wiens afspraken:</translation>
    </message>
    <message>
        <source>Every open trajectory</source>
        <translation>Alle open trajecten</translation>
    </message>
    <message>
        <source>&amp;Save as iCalendar file...</source>
        <translation>Op&amp;slaan als iCalendar-bestand...</translation>
    </message>
    <message>
        <source>Subscribable file (updated after every sync)</source>
        <translation>Bestand om op te abonneren (bijgewerkt na elke synchronisatie)</translation>
    </message>
    <message>
        <source>Outlook can subscribe to a calendar file in a folder (for example in OneDrive). Begeleider rewrites it after every sync.</source>
        <translation>Outlook kan zich abonneren op een agendabestand in een map (bijvoorbeeld in OneDrive). Begeleider schrijft het opnieuw na elke synchronisatie.</translation>
    </message>
    <message>
        <source>Folder of the subscribable file</source>
        <translation>Map van het abonneerbare bestand</translation>
    </message>
    <message>
        <source>Choose &amp;folder...</source>
        <translation>&amp;Map kiezen...</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 appointments written to %2.</source>
        <translation>%1 afspraken geschreven naar %2.</translation>
    </message>
    <message>
        <source>Folder for the subscribable file</source>
        <translation>Map voor het abonneerbare bestand</translation>
    </message>
    <message>
        <source>The subscribable file is %1.</source>
        <translation>Het abonneerbare bestand is %1.</translation>
    </message>
    <message>
        <source>The file is no longer updated (it stays where it is).</source>
        <translation>Het bestand wordt niet meer bijgewerkt (het blijft staan waar het staat).</translation>
    </message>
</context>
<context>
    <name>CaseloadExportDialog</name>
    <message>
        <source>Caseload to Excel</source>
        <translation>Caseload naar Excel</translation>
    </message>
    <message>
        <source>Choose the columns for the team meeting. Fields with a padlock are private: choose them only when the meeting needs them.</source>
        <translation>Kies de kolommen voor het teamoverleg. Velden met een slotje zijn privé: kies ze alleen als het overleg ze nodig heeft.</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolommen:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>&amp;Participants of:</source>
        <translation>&amp;Deelnemers van:</translation>
    </message>
    <message>
        <source>Everyone in the caseload</source>
        <translation>Iedereen in de caseload</translation>
    </message>
    <message>
        <source>&amp;Save as Excel...</source>
        <translation>Op&amp;slaan als Excel...</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Volgend contact</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Zwaarte</translation>
    </message>
    <message>
        <source>Hours (3 mo.)</source>
        <translation>Uren (3 mnd)</translation>
    </message>
    <message>
        <source>Contact moment overdue since %1</source>
        <translation>Contactmoment te laat sinds %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, te laat</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>Search participants</source>
        <extracomment>how long the last search keystroke took (ms): over a frame, searches wait for a pause</extracomment>
        <translation>Deelnemers zoeken</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Zoek op naam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Caseload: 1 open trajectory, weight %2 (light %3, medium %4, heavy %5)</source>
        <translation>Caseload: 1 lopend traject, zwaarte %2 (licht %3, middel %4, zwaar %5)</translation>
    </message>
    <message>
        <source>Caseload: %1 open trajectories, weight %2 (light %3, medium %4, heavy %5)</source>
        <translation>Caseload: %1 lopende trajecten, zwaarte %2 (licht %3, middel %4, zwaar %5)</translation>
    </message>
    <message>
        <source>- %1 shown</source>
        <translation>- %1 getoond</translation>
    </message>
    <message>
        <source>Light counts 1 point, medium 2, heavy 3; closed and archived trajectories do not count. Without a weight set, the suggested weight counts.</source>
        <translation>Licht telt 1 punt, middel 2, zwaar 3; afgesloten en gearchiveerde trajecten tellen niet mee. Zonder ingevulde zwaarte telt de voorgestelde zwaarte.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>Two colleagues changed the same information at the same time. Both versions are kept. Choose the right one, or combine them and save.</source>
        <translation>Twee collega&apos;s hebben tegelijk hetzelfde gegeven gewijzigd. Beide versies zijn bewaard. Kies de juiste, of voeg ze samen en sla op.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicten</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Deze versie houden</translation>
    </message>
    <message>
        <source>Keep version %1</source>
        <translation>Versie %1 houden</translation>
    </message>
    <message>
        <source>Or combine both versions:</source>
        <translation>Of voeg beide versies samen:</translation>
    </message>
    <message>
        <source>Combined version</source>
        <translation>Samengevoegde versie</translation>
    </message>
    <message>
        <source>Save combined version</source>
        <translation>Samengevoegde versie opslaan</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>Er zijn geen open conflicten.</translation>
    </message>
    <message>
        <source>(no participant)</source>
        <translation>(geen deelnemer)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Kept (changed at the same time)</source>
        <translation>Bewaard (tegelijk gewijzigd)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Unknown colleague (%1)</source>
        <translation>Onbekende collega (%1)</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Door %1, %2</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Nothing goes to an employer without the participant&apos;s consent. Record here who may receive what, since when and until when. A referrer (municipality, UWV) receives the trajectory facts of its assignment; private matters only with consent recorded for it. Medical information is never shared.</source>
        <translation>Niets gaat naar een werkgever zonder toestemming van de deelnemer. Leg hier vast wie wat mag ontvangen, vanaf wanneer en tot wanneer. Een verwijzer (gemeente, UWV) krijgt de trajectgegevens van zijn opdracht; privézaken alleen met toestemming die voor die verwijzer is vastgelegd. Medische gegevens worden nooit gedeeld.</translation>
    </message>
    <message>
        <source>Consents of this participant</source>
        <translation>Toestemmingen van deze deelnemer</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Verloopt op</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>Soort ontvanger</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected consent</source>
        <translation>Gekozen toestemming &amp;intrekken</translation>
    </message>
    <message>
        <source>Withdraw selected consent</source>
        <translation>Gekozen toestemming intrekken</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>&amp;Geschiedenis tonen</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Geschiedenis tonen</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nieuwe toestemming</translation>
    </message>
    <message>
        <source>An employer or a person from the contacts, or type a name.</source>
        <translation>Een werkgever of persoon uit de contacten, of typ een naam.</translation>
    </message>
    <message>
        <source>The consent counts only for reports to this kind of recipient: the handover (employer) or the report to the referrer (municipality, UWV).</source>
        <translation>De toestemming geldt alleen voor rapporten aan deze soort ontvanger: de warme overdracht (werkgever) of de rapportage aan de verwijzer (gemeente, UWV).</translation>
    </message>
    <message>
        <source>Only when the participant explicitly agrees to share their private situation.</source>
        <translation>Alleen als de deelnemer uitdrukkelijk instemt met het delen van de privésituatie.</translation>
    </message>
    <message>
        <source>Given on (dd-mm-yyyy)</source>
        <translation>Gegeven op (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>empty: until withdrawn</source>
        <translation>leeg: tot intrekking</translation>
    </message>
    <message>
        <source>Expires on (dd-mm-yyyy)</source>
        <translation>Verloopt op (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Toestemming &amp;vastleggen</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Write dates as day-month-year, e.g. 28-02-2026.</source>
        <translation>Schrijf datums als dag-maand-jaar, bijvoorbeeld 28-02-2026.</translation>
    </message>
    <message>
        <source>Select a consent in the list first.</source>
        <translation>Kies eerst een toestemming in de lijst.</translation>
    </message>
    <message>
        <source>No earlier versions.</source>
        <translation>Geen eerdere versies.</translation>
    </message>
    <message>
        <source>Earlier versions (newest first):</source>
        <translation>Eerdere versies (nieuwste eerst):</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correction at the participant&apos;s request</source>
        <translation>Correctie op verzoek van de deelnemer</translation>
    </message>
    <message>
        <source>The old value is kept in the history with your note.</source>
        <translation>De oude waarde blijft in de geschiedenis bewaard, met uw toelichting.</translation>
    </message>
    <message>
        <source>Field to correct</source>
        <translation>Te corrigeren veld</translation>
    </message>
    <message>
        <source>Correct value</source>
        <translation>Juiste waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>e.g. at the participant&apos;s request, phone call of today</source>
        <translation>bijv. op verzoek van de deelnemer, telefoongesprek van vandaag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Now stored</source>
        <translation>Nu opgeslagen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>&amp;Open database file...</source>
        <translation>Databasebestand &amp;openen...</translation>
    </message>
    <message>
        <source>&amp;New database file...</source>
        <translation>&amp;Nieuw databasebestand...</translation>
    </message>
    <message>
        <source>Start an empty database file, e.g. after exploring the demo</source>
        <translation>Met een leeg databasebestand beginnen, bijvoorbeeld na het verkennen van de demo</translation>
    </message>
    <message>
        <source>Make a &amp;backup</source>
        <translation>&amp;Back-up maken</translation>
    </message>
    <message>
        <source>Write a copy of the database to the backup folder</source>
        <translation>Een kopie van de database in de back-upmap zetten</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>Back-up &amp;terugzetten...</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>Database &amp;controleren</translation>
    </message>
    <message>
        <source>Read every page of the database file and report damage</source>
        <translation>Elke pagina van het databasebestand lezen en beschadigingen melden</translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation>Databasebestand openen</translation>
    </message>
    <message>
        <source>Begeleider database (*.sqlite *.db);;All files (*)</source>
        <translation>Begeleider-database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Your last changes could not be saved yet.</source>
        <translation>Uw laatste wijzigingen konden nog niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Nieuw databasebestand</translation>
    </message>
    <message>
        <source>Begeleider database (*.sqlite *.db)</source>
        <translation>Begeleider-database (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists; choose Open database file to use it.</source>
        <translation>%1 bestaat al; kies Databasebestand openen om het te gebruiken.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Writing a backup...</source>
        <translation>Back-up wordt gemaakt...</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>Another file...</source>
        <translation>Ander bestand...</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Which backup? The present database is kept as a copy first.</source>
        <translation>Welke back-up? Van de huidige database wordt eerst een kopie bewaard.</translation>
    </message>
    <message>
        <source>Replace the present data with the backup %1?</source>
        <translation>De huidige gegevens vervangen door de back-up %1?</translation>
    </message>
    <message>
        <source>Wait until %1 has finished.</source>
        <translation>Wacht tot %1 klaar is.</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Back-up wordt teruggezet...</translation>
    </message>
    <message>
        <source>Backup restored: %1</source>
        <translation>Back-up teruggezet: %1</translation>
    </message>
    <message>
        <source>Daily backup written: %1</source>
        <translation>Dagelijkse back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische back-up mislukt: %1</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <source>Checking the database...</source>
        <translation>Database wordt gecontroleerd...</translation>
    </message>
    <message>
        <source>The database %1 is healthy.</source>
        <translation>De database %1 is in orde.</translation>
    </message>
</context>
<context>
    <name>ExportMixin</name>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>Fill them &amp;in...</source>
        <translation>&amp;Gegevens invullen...</translation>
    </message>
    <message>
        <source>Fill in your details</source>
        <translation>Uw gegevens invullen</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>uw naam</translation>
    </message>
    <message>
        <source>your phone number or e-mail address</source>
        <translation>uw telefoonnummer of e-mailadres</translation>
    </message>
    <message>
        <source>the name of your organisation</source>
        <translation>de naam van uw organisatie</translation>
    </message>
    <message>
        <source>Not filled in yet: %1. Reports and letters are signed with these, so the employer knows whom to call.</source>
        <translation>Nog niet ingevuld: %1. Daarmee worden rapporten en brieven ondertekend, zodat de werkgever weet wie hij kan bellen.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Opslaan als pdf...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Afdrukken...</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Pdf o&amp;penen</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Pdf openen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Voortgang van het opslaan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wordt geschreven...</translation>
    </message>
    <message>
        <source>Saved: %1 (%2 pages)</source>
        <translation>Opgeslagen: %1 (%2 pagina&apos;s)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>Health information: never shared with an employer</source>
        <translation>Gezondheid: wordt nooit met een werkgever gedeeld</translation>
    </message>
    <message>
        <source>Private information: never shared with an employer without consent</source>
        <translation>Privé: wordt nooit zonder toestemming met een werkgever gedeeld</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>number</source>
        <translation>getal</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Trajectory plan</source>
        <translation>Trajectplan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Trajectplan</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>Doel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>No goals yet. Write goals in words the participant understands, e.g. &quot;I get to work on time every day&quot;.</source>
        <translation>Nog geen doelen. Schrijf doelen in woorden die de deelnemer begrijpt, bijvoorbeeld &quot;Ik kom elke werkdag op tijd&quot;.</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Doel %1</translation>
    </message>
    <message>
        <source>Revise goal %1</source>
        <translation>Doel %1 bijstellen</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <source>Revise goal...</source>
        <translation>Bijstellen...</translation>
    </message>
    <message>
        <source>Remove goal %1</source>
        <translation>Doel %1 verwijderen</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Eerder: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>New action for goal %1</source>
        <translation>Nieuwe actie voor doel %1</translation>
    </message>
    <message>
        <source>New action, e.g. practise the bus route together</source>
        <translation>Nieuwe actie, bijvoorbeeld samen de busroute oefenen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Add action to goal %1</source>
        <translation>Actie toevoegen aan doel %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Actie klaar</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Klaar op %1</translation>
    </message>
    <message>
        <source>Past its date and not done yet</source>
        <translation>Datum is voorbij en de actie is nog niet klaar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Write the goal in words the participant understands.</source>
        <translation>Schrijf het doel in woorden die de deelnemer begrijpt.</translation>
    </message>
    <message>
        <source>Revise goal</source>
        <translation>Doel bijstellen</translation>
    </message>
    <message>
        <source>Remove this goal and its actions? They stay in the history.</source>
        <translation>Dit doel en de acties ervan verwijderen? Ze blijven in de geschiedenis bewaard.</translation>
    </message>
</context>
<context>
    <name>GroupSessionsDialog</name>
    <message>
        <source>Group sessions</source>
        <translation>Groepsbijeenkomsten</translation>
    </message>
    <message>
        <source>A werkclub, a group training or a language class at work: record the session once, with everyone who was there. The coach&apos;s time is shared by those present.</source>
        <translation>Een werkclub, een groepstraining of een taalles op de werkvloer: leg de bijeenkomst één keer vast, met iedereen die er was. De tijd van de begeleider wordt verdeeld over de aanwezigen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>&amp;New session...</source>
        <translation>&amp;Nieuwe bijeenkomst...</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Take &amp;off the list</source>
        <translation>Van de lijst &amp;halen</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Wie waren er</translation>
    </message>
    <message>
        <source>&amp;Add participant:</source>
        <translation>Deelnemer &amp;toevoegen:</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>type a name, then Enter</source>
        <translation>typ een naam en druk op Enter</translation>
    </message>
    <message>
        <source>Add to the &amp;list</source>
        <translation>Op de &amp;lijst zetten</translation>
    </message>
    <message>
        <source>Participants on the list; ticked: present</source>
        <translation>Deelnemers op de lijst; aangevinkt: aanwezig</translation>
    </message>
    <message>
        <source>Write in the report what goes for the group; a note about one participant belongs in their own file.</source>
        <translation>Schrijf in het verslag wat voor de groep geldt; een notitie over één deelnemer hoort in diens eigen dossier.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>%1 minutes (the duration shared by those present)</source>
        <translation>%1 minuten (de duur gedeeld door de aanwezigen)</translation>
    </message>
    <message>
        <source>(fill in the duration and who was there)</source>
        <translation>(vul de duur in en wie er waren)</translation>
    </message>
    <message>
        <source>(nobody else)</source>
        <translation>(niemand anders)</translation>
    </message>
    <message>
        <source>New group session</source>
        <translation>Nieuwe groepsbijeenkomst</translation>
    </message>
    <message>
        <source>Remove this session and its list of participants? It stays in the history and can be restored.</source>
        <translation>Deze bijeenkomst en de lijst van deelnemers verwijderen? Ze blijven in de geschiedenis en kunnen terug.</translation>
    </message>
    <message>
        <source>No one in the caseload is called &apos;%1&apos;. Choose a name from the list.</source>
        <translation>Niemand in de caseload heet &apos;%1&apos;. Kies een naam uit de lijst.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover report</source>
        <translation>Overdrachtsrapport</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Onderdelen van het rapport</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message>
        <source>Always part of the report.</source>
        <translation>Staat altijd in het rapport.</translation>
    </message>
    <message>
        <source>Not covered by valid consent for this recipient.</source>
        <translation>Valt niet onder geldige toestemming voor deze ontvanger.</translation>
    </message>
    <message>
        <source>There is no valid consent to share anything with this recipient. Record consent first (Participant &gt; Consents...). Nothing can be exported.</source>
        <translation>Er is geen geldige toestemming om iets met deze ontvanger te delen. Leg eerst toestemming vast (Deelnemer &gt; Toestemmingen...). Er kan niets worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Valid consent for: %1. Sections outside it cannot be chosen; medical information is never included.</source>
        <translation>Geldige toestemming voor: %1. Onderdelen daarbuiten zijn niet te kiezen; medische informatie komt er nooit in.</translation>
    </message>
</context>
<context>
    <name>HandoverUi</name>
    <message>
        <source>C&amp;onsents...</source>
        <translation>&amp;Toestemmingen...</translation>
    </message>
    <message>
        <source>&amp;Handover report...</source>
        <translation>&amp;Overdrachtsrapport...</translation>
    </message>
    <message>
        <source>Recommendation &amp;letter...</source>
        <translation>Aan&amp;bevelingsbrief...</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Eerdere versies</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Onderdeel:</translation>
    </message>
    <message>
        <source>Part of the file</source>
        <translation>Onderdeel van het dossier</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Vervangen op</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Gewijzigde velden</translation>
    </message>
    <message>
        <source>Values in this version</source>
        <translation>Waarden in deze versie</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Deze versie terugzetten</translation>
    </message>
    <message>
        <source>(no visible change)</source>
        <translation>(geen zichtbare wijziging)</translation>
    </message>
    <message>
        <source>No earlier versions yet.</source>
        <translation>Nog geen eerdere versies.</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Versie terugzetten</translation>
    </message>
    <message>
        <source>Make the version of %1 current again? The present values stay in the history.</source>
        <translation>De versie van %1 weer actueel maken? De huidige waarden blijven in de geschiedenis bewaard.</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>Hours per month</source>
        <translation>Uren per maand</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Hours of the caseload</source>
        <translation>Uren van de caseload</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Hours per phase</source>
        <translation>Uren per fase</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Hours per goal</source>
        <translation>Uren per doel</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Toegekend door</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Granted hours</source>
        <translation>Toegekende uren</translation>
    </message>
    <message>
        <source>&amp;Granted hours...</source>
        <translation>&amp;Toegekende uren...</translation>
    </message>
    <message>
        <source>&amp;Remove granted hours</source>
        <translation>Toegekende uren &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove granted hours</source>
        <translation>Toegekende uren verwijderen</translation>
    </message>
    <message>
        <source>Hours per month: %1</source>
        <translation>Uren per maand: %1</translation>
    </message>
    <message>
        <source>Hours per month, whole caseload</source>
        <translation>Uren per maand, hele caseload</translation>
    </message>
    <message>
        <source>(removed goal)</source>
        <translation>(verwijderd doel)</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(geen doel)</translation>
    </message>
    <message>
        <source>No hours granted yet.</source>
        <translation>Nog geen uren toegekend.</translation>
    </message>
    <message>
        <source>Remove these granted hours? They stay in the history and can be brought back.</source>
        <translation>Deze toegekende uren verwijderen? Ze blijven in de geschiedenis en kunnen worden teruggezet.</translation>
    </message>
    <message>
        <source>Hours granted for coaching (a UWV or municipal decision): hours for a period, or a share of the hours the participant works.</source>
        <translation>Uren toegekend voor begeleiding (een beschikking van UWV of gemeente): uren voor een periode, of een percentage van de uren die de deelnemer werkt.</translation>
    </message>
</context>
<context>
    <name>HoursExportDialog</name>
    <message>
        <source>Export hours log</source>
        <translation>Urenverantwoording exporteren</translation>
    </message>
    <message>
        <source>The hours log as a jobcoach keeps it for UWV: date, activity, with whom, minutes and the total per month. Notes are left out unless you tick them; health information never goes in.</source>
        <translation>De urenverantwoording zoals een jobcoach die voor UWV bijhoudt: datum, activiteit, met wie, minuten en het totaal per maand. De verslagtekst gaat alleen mee als u dat aanvinkt; gezondheidsinformatie nooit.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Bestandsvorm</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <source>Include the &amp;notes (private)</source>
        <translation>Verslagtekst &amp;meenemen (privé)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Bestandsvorm</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Opslaan...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Give two dates (dd-mm-yyyy), the first not after the second.</source>
        <translation>Geef twee datums (dd-mm-jjjj); de eerste niet na de tweede.</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Organisation hub</source>
        <translation>Organisatiehub</translation>
    </message>
    <message>
        <source>Your organisation&apos;s IT gives you the hub&apos;s connection and this laptop&apos;s password. With a hub you sync through it instead of a shared folder; it only receives encrypted data. Leave the connection empty to use the shared folder again.</source>
        <translation>De IT-afdeling van uw organisatie geeft u de verbinding met de hub en het wachtwoord van deze laptop. Met een hub synchroniseert u daarlangs in plaats van via een gedeelde map; de hub krijgt alleen versleutelde gegevens. Laat de verbinding leeg om weer de gedeelde map te gebruiken.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(ongewijzigd)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbinding</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import caseload</source>
        <translation>Caseload importeren</translation>
    </message>
    <message>
        <source>Import participants from an Excel (.xlsx) or csv file. Say which column holds which field; check the preview and the rows to fix. Nothing is imported half: either every good row in one go, or nothing. Someone with the same first name, last name and birth date as a participant already here is skipped.</source>
        <translation>Importeer deelnemers uit een Excel- (.xlsx) of csv-bestand. Geef aan welke kolom welk veld is; bekijk het voorbeeld en de rijen die nog verbeterd moeten worden. Er wordt nooit half geïmporteerd: alle goede rijen in één keer, of niets. Wie dezelfde voornaam, achternaam en geboortedatum heeft als een deelnemer die er al is, wordt overgeslagen.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Bestand om te importeren</translation>
    </message>
    <message>
        <source>Choose &amp;file...</source>
        <translation>&amp;Bestand kiezen...</translation>
    </message>
    <message>
        <source>Which column is which field</source>
        <translation>Welke kolom is welk veld</translation>
    </message>
    <message>
        <source>Preview (the first rows as they will be imported):</source>
        <translation>Voorbeeld (de eerste rijen zoals ze worden geïmporteerd):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Rows to fix:</source>
        <translation>Rijen om te verbeteren:</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Rijen om te verbeteren</translation>
    </message>
    <message>
        <source>Import the &amp;good rows only (leave the rows to fix out)</source>
        <translation>Alleen de &amp;goede rijen importeren (de rijen met een fout niet)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Kies de spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 already present (skipped), %4 to fix.</source>
        <translation>%1 rijen: %2 nieuw, %3 staan er al in (overgeslagen), %4 te verbeteren.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>staat er al in</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>verbeteren</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import of the local map</source>
        <translation>Sociale kaart inlezen</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Regels die niet zijn ingelezen</translation>
    </message>
    <message>
        <source>These rows were not imported. Correct them in the file and import it again: rows already on the map are skipped.</source>
        <translation>Deze regels zijn niet ingelezen. Verbeter ze in het bestand en lees het opnieuw in: regels die al op de kaart staan, worden overgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Intake form</source>
        <translation>Intakeformulier</translation>
    </message>
    <message>
        <source>Show self-reliance &amp;scores (ZRM)</source>
        <translation>&amp;Zelfredzaamheidsscores (ZRM) tonen</translation>
    </message>
    <message>
        <source>Show or hide self-reliance scores</source>
        <translation>Zelfredzaamheidsscores tonen of verbergen</translation>
    </message>
    <message>
        <source>&amp;Add work experience</source>
        <translation>&amp;Werkervaring toevoegen</translation>
    </message>
    <message>
        <source>No work history recorded yet.</source>
        <translation>Nog geen arbeidsverleden vastgelegd.</translation>
    </message>
    <message>
        <source>Add &amp;education</source>
        <translation>&amp;Opleiding toevoegen</translation>
    </message>
    <message>
        <source>No education recorded yet.</source>
        <translation>Nog geen opleidingen vastgelegd.</translation>
    </message>
    <message>
        <source>Work history</source>
        <translation>Arbeidsverleden</translation>
    </message>
    <message>
        <source>Education and diplomas</source>
        <translation>Opleidingen en diploma&apos;s</translation>
    </message>
    <message>
        <source>private: only shared with an employer with consent</source>
        <translation>privé: alleen met toestemming met een werkgever gedeeld</translation>
    </message>
    <message>
        <source>health: never shared with an employer</source>
        <translation>gezondheid: nooit met een werkgever gedeeld</translation>
    </message>
    <message>
        <source>Hide self-reliance &amp;scores (ZRM)</source>
        <translation>&amp;Zelfredzaamheidsscores (ZRM) verbergen</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
</context>
<context>
    <name>JournalSearchDialog</name>
    <message>
        <source>Search in all journals</source>
        <translation>Zoeken in alle journaals</translation>
    </message>
    <message>
        <source>Words from the notes or follow-ups</source>
        <translation>Woorden uit verslagen of vervolgacties</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Journal entries found</source>
        <translation>Gevonden journaalregels</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Search in the journal</source>
        <extracomment>the date the tab treats as today (tests inject one)</extracomment>
        <translation>Zoeken in het journaal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaalregels</translation>
    </message>
    <message>
        <source>New &amp;entry</source>
        <translation>Nieuwe re&amp;gel</translation>
    </message>
    <message>
        <source>New journal entry for today (Ctrl+J)</source>
        <translation>Nieuwe journaalregel voor vandaag (Ctrl+J)</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Hours &amp;overview...</source>
        <translation>&amp;Urenoverzicht...</translation>
    </message>
    <message>
        <source>Re&amp;move entry</source>
        <translation>Regel wegh&amp;alen</translation>
    </message>
    <message>
        <source>No journal entries yet. Press Ctrl+J after every contact: a house visit, a call, a talk at the work place.</source>
        <translation>Nog geen journaalregels. Druk na elk contact op Ctrl+J: een huisbezoek, een telefoontje, een gesprek op de werkplek.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <source>Space ticks a goal</source>
        <translation>Met de spatiebalk vinkt u een doel aan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Hours: %1 this month, %2 in the last 3 months, %3 in all</source>
        <translation>Uren: %1 deze maand, %2 in de laatste 3 maanden, %3 in totaal</translation>
    </message>
    <message>
        <source>(health information)</source>
        <translation>(gezondheidsinformatie)</translation>
    </message>
    <message>
        <source>Group session: %1 (edit under Tools &gt; Group sessions)</source>
        <translation>Groepsbijeenkomst: %1 (bewerken via Extra &gt; Groepsbijeenkomsten)</translation>
    </message>
    <message>
        <source>(removed goal)</source>
        <translation>(verwijderd doel)</translation>
    </message>
    <message>
        <source>In the plan and the agenda as an action.</source>
        <translation>Staat als actie in het plan en in de agenda.</translation>
    </message>
    <message>
        <source>A follow-up becomes an action under the first linked goal.</source>
        <translation>Een vervolgactie wordt een actie bij het eerste gekoppelde doel.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <source>Remove this journal entry? It stays in the history and can be brought back.</source>
        <translation>Deze journaalregel verwijderen? Hij blijft in de geschiedenis en kan worden teruggezet.</translation>
    </message>
</context>
<context>
    <name>JournalUi</name>
    <message>
        <source>Export ho&amp;urs log...</source>
        <translation>&amp;Urenverantwoording exporteren...</translation>
    </message>
    <message>
        <source>Caseload hours per &amp;month...</source>
        <translation>&amp;Uren per maand (caseload)...</translation>
    </message>
    <message>
        <source>Search in all &amp;journals...</source>
        <translation>Zoeken in alle &amp;journaals...</translation>
    </message>
    <message>
        <source>New &amp;journal entry</source>
        <translation>Nieuwe &amp;journaalregel</translation>
    </message>
    <message>
        <source>Choose a participant in the caseload first: the journal entry is theirs.</source>
        <translation>Kies eerst een deelnemer in de caseload: de journaalregel hoort bij die deelnemer.</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Uren per maand</translation>
    </message>
    <message>
        <source>Export hours log</source>
        <translation>Urenverantwoording exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>KeepsDraft</name>
    <message>
        <source>What you typed here last time, without saving, is back.</source>
        <translation>Wat u hier de vorige keer typte zonder op te slaan, staat er weer.</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Recommendation letter</source>
        <translation>Aanbevelingsbrief</translation>
    </message>
    <message>
        <source>A first version written from the file (never medical or private information). Edit it freely; leave an empty line between paragraphs.</source>
        <translation>Een eerste versie, geschreven uit het dossier (nooit medische of privégegevens). Pas de tekst vrij aan; laat een lege regel tussen alinea&apos;s.</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Gericht aan</translation>
    </message>
    <message>
        <source>e.g. To whom it may concern (optional)</source>
        <translation>bijv. Aan wie het aangaat (niet verplicht)</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Tekst van de brief</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Begeleider is locked</source>
        <translation>Begeleider is vergrendeld</translation>
    </message>
    <message>
        <source>Participants&apos; data is hidden. Type your passphrase to continue; what you were typing is kept.</source>
        <translation>De gegevens van deelnemers zijn verborgen. Typ uw wachtwoord om verder te gaan; wat u aan het typen was, blijft bewaard.</translation>
    </message>
    <message>
        <source>Participants&apos; data is hidden. This database has no passphrase, so anyone can unlock it: set up encryption to protect it.</source>
        <translation>De gegevens van deelnemers zijn verborgen. Deze database heeft geen wachtwoord, dus iedereen kan ontgrendelen: zet versleuteling aan om hem te beschermen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Begeleider</source>
        <extracomment>the participant shown in the tabs changed (id, or None) another database file was opened (the new Store)</extracomment>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Participant tabs</source>
        <translation>Tabbladen van de deelnemer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>D&amp;eelnemer</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>&amp;Instellingen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation>Deelnemer &amp;zoeken</translation>
    </message>
    <message>
        <source>Go to &amp;caseload</source>
        <translation>Naar de case&amp;load</translation>
    </message>
    <message>
        <source>&amp;About Begeleider</source>
        <translation>&amp;Over Begeleider</translation>
    </message>
    <message>
        <source>&amp;Go to tab</source>
        <translation>&amp;Ga naar tabblad</translation>
    </message>
    <message>
        <source>What you typed here is not saved, because it is not right yet:</source>
        <translation>Wat u hier typte is niet opgeslagen, omdat het nog niet klopt:</translation>
    </message>
    <message>
        <source>(another participant)</source>
        <translation>(bij een andere deelnemer)</translation>
    </message>
    <message>
        <source>&amp;Back to the field</source>
        <translation>&amp;Terug naar het veld</translation>
    </message>
    <message>
        <source>&amp;Close without it</source>
        <translation>&amp;Afsluiten zonder deze invoer</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>Not saved yet, retrying: %1</source>
        <translation>Nog niet opgeslagen, wordt opnieuw geprobeerd: %1</translation>
    </message>
    <message>
        <source>About Begeleider</source>
        <translation>Over Begeleider</translation>
    </message>
    <message>
        <source>Begeleider %1

Offline trajectory records for job coaches.
Database: %2</source>
        <translation>Begeleider %1

Trajectdossiers voor trajectbegeleiders en jobcoaches, zonder internet.
Database: %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Some changes could not be saved. Close anyway and lose them?</source>
        <translation>Sommige wijzigingen konden niet worden opgeslagen. Toch afsluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <source>P&amp;lacement</source>
        <translation>&amp;Leerwerkplek</translation>
    </message>
    <message>
        <source>After&amp;care</source>
        <translation>&amp;Nazorg</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journaal</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Netwe&amp;rk</translation>
    </message>
</context>
<context>
    <name>NetworkFeature</name>
    <message>
        <source>&amp;Local map of services...</source>
        <translation>Sociale &amp;kaart...</translation>
    </message>
    <message>
        <source>The team&apos;s directory of services and organisations (sociale kaart), with CSV import and export</source>
        <translation>De lijst van diensten en organisaties van het team (sociale kaart), met inlezen en opslaan als CSV</translation>
    </message>
    <message>
        <source>&amp;Group sessions...</source>
        <translation>Groepsbij&amp;eenkomsten...</translation>
    </message>
    <message>
        <source>Werkclub, group training, language class at work: who was there</source>
        <translation>Werkclub, groepstraining, taalles op de werkvloer: wie waren er</translation>
    </message>
</context>
<context>
    <name>NetworkMapDialog</name>
    <message>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>Who is around the participant, grouped by kind; green is active now. For the conversation with the participant and your own file: it names referrals to care and debt help, so never give it to an employer.</source>
        <translation>Wie er om de deelnemer heen staan, per soort; groen is nu actief. Voor het gesprek met de deelnemer en uw eigen dossier: de kaart noemt doorverwijzingen naar zorg en schuldhulp, dus geef hem nooit aan een werkgever.</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Afdrukken...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Opslaan als P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Network map of %1</source>
        <translation>Netwerkkaart van %1</translation>
    </message>
    <message>
        <source>Printed on %1. Green with a dot: active on that day.</source>
        <translation>Afgedrukt op %1. Groen met een stip: actief op die dag.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>NetworkMapWidget</name>
    <message>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>active now</source>
        <extracomment>(node, rectangle in device pixels of the last paint): tests and tooltips read it</extracomment>
        <translation>nu actief</translation>
    </message>
    <message>
        <source>Nobody around this participant has been recorded yet: add a referral, a buddy or a placement.</source>
        <translation>Er is nog niemand rond deze deelnemer vastgelegd: voeg een doorverwijzing, een buddy of een leerwerkplek toe.</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ nog %1</translation>
    </message>
    <message>
        <source>earlier, ended or not started</source>
        <translation>eerder, afgerond of nog niet begonnen</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Network &amp;map...</source>
        <extracomment>the date the tab treats as today (tests inject one)</extracomment>
        <translation>Netwerk&amp;kaart...</translation>
    </message>
    <message>
        <source>Everyone around the participant in one picture, to look at together or to print</source>
        <translation>Iedereen rond de deelnemer in één plaatje, om samen te bekijken of af te drukken</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>Laatste nieuws</translation>
    </message>
    <message>
        <source>&amp;New referral...</source>
        <translation>Nieuwe doorver&amp;wijzing...</translation>
    </message>
    <message>
        <source>The partner or the participant gave news today: the warning waits another period</source>
        <translation>De ketenpartner of de deelnemer gaf vandaag nieuws: de waarschuwing wacht weer een periode</translation>
    </message>
    <message>
        <source>Remove referral</source>
        <translation>Doorverwijzing verwijderen</translation>
    </message>
    <message>
        <source>Warn in the agenda after</source>
        <translation>Waarschuwen in de agenda na</translation>
    </message>
    <message>
        <source>News toda&amp;y</source>
        <translation>Nieuws vandaa&amp;g</translation>
    </message>
    <message>
        <source>R&amp;emove referral</source>
        <translation>Doorverwijzing wegh&amp;alen</translation>
    </message>
    <message>
        <source>Days without news before a warning</source>
        <translation>Dagen zonder nieuws voor een waarschuwing</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>For the whole team: an open referral without news for this long shows a warning in the agenda.</source>
        <translation>Voor het hele team: een lopende doorverwijzing zonder nieuws na zo veel dagen geeft een waarschuwing in de agenda.</translation>
    </message>
    <message>
        <source>without news (whole team)</source>
        <translation>zonder nieuws (hele team)</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Groepsbijeenkomsten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Group sessions attended</source>
        <translation>Bijgewoonde groepsbijeenkomsten</translation>
    </message>
    <message>
        <source>reported absent</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>Record group sessions under Tools &gt; Group sessions.</source>
        <translation>Groepsbijeenkomsten legt u vast via Extra &gt; Groepsbijeenkomsten.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>No referrals yet. With New referral... you choose a service from the team&apos;s local map (Tools &gt; Local map), say why and agree who does what.</source>
        <translation>Nog geen doorverwijzingen. Met Nieuwe doorverwijzing... kiest u een dienst van de sociale kaart van het team (Extra &gt; Sociale kaart), schrijft u waarom en spreekt u af wie wat doet.</translation>
    </message>
    <message>
        <source>No news since %1</source>
        <translation>Geen nieuws sinds %1</translation>
    </message>
    <message>
        <source>Referred on %1</source>
        <translation>Aangemeld op %1</translation>
    </message>
    <message>
        <source>%1 referrals, %2 open</source>
        <translation>%1 doorverwijzingen, %2 lopend</translation>
    </message>
    <message>
        <source>%1 without news for %2 days or more</source>
        <translation>%1 zonder nieuws sinds %2 dagen of langer</translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Contactpersoon: %1</translation>
    </message>
    <message>
        <source>No news since %1. Ask the partner or the participant how it is going, then press News today or change the status.</source>
        <translation>Geen nieuws sinds %1. Vraag de ketenpartner of de deelnemer hoe het gaat en kies dan Nieuws vandaag of pas de status aan.</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(geen doel)</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe doorverwijzing</translation>
    </message>
    <message>
        <source>Remove this referral? It stays in the history and can be restored.</source>
        <translation>Deze doorverwijzing verwijderen? Ze blijft in de geschiedenis en kan terug.</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nieuwe doorverwijzing</translation>
    </message>
    <message>
        <source>&amp;Find a service on the local map:</source>
        <translation>&amp;Zoek een dienst op de sociale kaart:</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Dienst zoeken</translation>
    </message>
    <message>
        <source>name, kind, region or what they offer</source>
        <translation>naam, soort, regio of wat ze bieden</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>New &amp;service on the local map...</source>
        <translation>Nieuwe dienst op de sociale &amp;kaart...</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(geen doel)</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(niemand in het bijzonder)</translation>
    </message>
    <message>
        <source>New service on the local map</source>
        <translation>Nieuwe dienst op de sociale kaart</translation>
    </message>
    <message>
        <source>Choose a service (or add one to the local map).</source>
        <translation>Kies een dienst (of zet er een op de sociale kaart).</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Ratings (%1 to %2)</source>
        <translation>Scores (%1 tot en met %2)</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>niet gezien</translation>
    </message>
    <message>
        <source>%1: not seen</source>
        <translation>%1: niet gezien</translation>
    </message>
    <message>
        <source>What happened, and what went well</source>
        <translation>Wat gebeurde er, en wat ging goed</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OrgListsDialog</name>
    <message>
        <source>Organisation lists</source>
        <translation>Organisatielijsten</translation>
    </message>
    <message>
        <source>These lists are shared by the whole team. Changes apply to new observations and new aftercare plans; earlier observations and planned moments stay as they are.</source>
        <translation>Deze lijsten deelt het hele team. Een wijziging geldt voor nieuwe observaties en nieuwe nazorgplannen; eerdere observaties en geplande momenten blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Observation items</source>
        <translation>Observatie-items</translation>
    </message>
    <message>
        <source>Aftercare template</source>
        <translation>Nazorgsjabloon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>Schaal van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>Schaal tot en met</translation>
    </message>
    <message>
        <source>plus &quot;not seen&quot;</source>
        <translation>plus &quot;niet gezien&quot;</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Item &amp;toevoegen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Item &amp;weghalen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <source>Renaming an item keeps its ratings together in the chart; a removed item stays visible in earlier observations.</source>
        <translation>Een item hernoemen houdt de scores bij elkaar in de grafiek; een weggehaald item blijft zichtbaar in eerdere observaties.</translation>
    </message>
    <message>
        <source>Contact moments proposed when a participant is placed, counted from the start date of the placement.</source>
        <translation>Contactmomenten die worden voorgesteld als een deelnemer geplaatst is, gerekend vanaf de begindatum van de plaatsing.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Eindgesprek</translation>
    </message>
    <message>
        <source>Add &amp;moment</source>
        <translation>&amp;Moment toevoegen</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Remo&amp;ve moment</source>
        <translation>Moment &amp;weghalen</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Standaardsjabloon</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>&amp;Whose figures</source>
        <translation>&amp;Wiens cijfers</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>Wiens cijfers</translation>
    </message>
    <message>
        <source>Whole team (as synced)</source>
        <translation>Hele team (zoals gesynchroniseerd)</translation>
    </message>
    <message>
        <source>Caseload (not archived)</source>
        <translation>Caseload (niet gearchiveerd)</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>Begeleider: %1</translation>
    </message>
    <message>
        <source>&amp;Hide small numbers</source>
        <translation>&amp;Kleine aantallen verbergen</translation>
    </message>
    <message>
        <source>Show the figures as the funder sees them: counts of 1 to 4 as &apos;&lt;5&apos;.</source>
        <translation>Toon de cijfers zoals de financier ze ziet: aantallen van 1 tot en met 4 als &apos;&lt;5&apos;.</translation>
    </message>
    <message>
        <source>C&amp;alculate</source>
        <translation>&amp;Berekenen</translation>
    </message>
    <message>
        <source>Export for the funder (&amp;PDF)...</source>
        <translation>Voor de financier als &amp;PDF...</translation>
    </message>
    <message>
        <source>Export for the funder (E&amp;xcel)...</source>
        <translation>Voor de financier als E&amp;xcel...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Write both dates as day-month-year, e.g. %1.</source>
        <translation>Schrijf beide datums als dag-maand-jaar, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>De begindatum ligt na de einddatum.</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Bezig met tellen...</translation>
    </message>
    <message>
        <source>%1 participants counted; figures as of %2.</source>
        <translation>%1 deelnemers geteld; stand van %2.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export for the funder</source>
        <translation>Export voor de financier</translation>
    </message>
    <message>
        <source>Written to %1 (small numbers hidden).</source>
        <translation>Geschreven naar %1 (kleine aantallen verborgen).</translation>
    </message>
</context>
<context>
    <name>OutcomesFeature</name>
    <message>
        <source>O&amp;verviews</source>
        <translation>Overzi&amp;chten</translation>
    </message>
    <message>
        <source>&amp;Outcomes...</source>
        <translation>&amp;Resultaten...</translation>
    </message>
    <message>
        <source>&amp;Import caseload from a spreadsheet...</source>
        <translation>Caseload &amp;importeren uit een spreadsheet...</translation>
    </message>
    <message>
        <source>E&amp;xport caseload to Excel...</source>
        <translation>Caseload naar E&amp;xcel...</translation>
    </message>
    <message>
        <source>&amp;Agenda to Outlook (iCalendar)...</source>
        <translation>&amp;Agenda naar Outlook (iCalendar)...</translation>
    </message>
    <message>
        <source>Agenda to Outlook</source>
        <translation>Agenda naar Outlook</translation>
    </message>
    <message>
        <source>The agenda file was not updated: %1</source>
        <translation>Het agendabestand is niet bijgewerkt: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantCommands</name>
    <message>
        <source>&amp;New participant...</source>
        <translation>&amp;Nieuwe deelnemer...</translation>
    </message>
    <message>
        <source>Register a new participant</source>
        <translation>Een nieuwe deelnemer aanmelden</translation>
    </message>
    <message>
        <source>Change &amp;status...</source>
        <translation>&amp;Status wijzigen...</translation>
    </message>
    <message>
        <source>Change the trajectory status (e.g. pause) with a date</source>
        <translation>De status van het traject wijzigen (bijvoorbeeld pauzeren) met een datum</translation>
    </message>
    <message>
        <source>&amp;Pause trajectory...</source>
        <translation>Traject &amp;pauzeren...</translation>
    </message>
    <message>
        <source>&amp;Resume trajectory</source>
        <translation>Traject &amp;hervatten</translation>
    </message>
    <message>
        <source>&amp;Archive participant</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Earlier &amp;versions...</source>
        <translation>Eerdere &amp;versies...</translation>
    </message>
    <message>
        <source>See and restore earlier versions of what is shown</source>
        <translation>Eerdere versies van wat u ziet bekijken en terugzetten</translation>
    </message>
    <message>
        <source>Bring back from &amp;archive</source>
        <translation>Terughalen uit het &amp;archief</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>Only the first name is required; everything else can be filled in later.</source>
        <translation>Alleen de voornaam is verplicht; de rest kunt u later invullen.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Resume trajectory</source>
        <translation>Traject hervatten</translation>
    </message>
    <message>
        <source>Archive participant</source>
        <translation>Deelnemer archiveren</translation>
    </message>
    <message>
        <source>Archive %1? The file is kept and can be found with the filter &quot;Archived&quot;.</source>
        <translation>%1 archiveren? Het dossier blijft bewaard en is te vinden met het filter &quot;Gearchiveerd&quot;.</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Persoonsgegevens</translation>
    </message>
</context>
<context>
    <name>ParticipantHeader</name>
    <message>
        <source>No participant selected</source>
        <translation>Geen deelnemer gekozen</translation>
    </message>
    <message>
        <source>Choose someone in the caseload, or make a new participant with Ctrl+N.</source>
        <translation>Kies iemand in de caseload, of maak een nieuwe deelnemer met Ctrl+N.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>paused since %1: %2</source>
        <translation>gepauzeerd sinds %1: %2</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Buddy: %1</source>
        <translation>Buddy: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>This database is not encrypted. Choose a passphrase for the lock screen, so that only you can unlock Begeleider. (It does not encrypt the file: use encryption for that.)</source>
        <translation>Deze database is niet versleuteld. Kies een wachtwoord voor het vergrendelscherm, zodat alleen u Begeleider kunt ontgrendelen. (Het bestand wordt er niet mee versleuteld: gebruik daarvoor versleuteling.)</translation>
    </message>
    <message>
        <source>The team passphrase encrypts the snapshots this laptop puts in the shared folder, so only colleagues who know it can read them. Every colleague types the same team passphrase once on their own laptop.</source>
        <translation>Het teamwachtwoord versleutelt de kopieën die deze laptop in de gedeelde map zet, zodat alleen collega&apos;s die het kennen ze kunnen lezen. Elke collega typt hetzelfde teamwachtwoord één keer op de eigen laptop.</translation>
    </message>
    <message>
        <source>Begeleider stores health, debts and residence status of the people you coach. Choose a passphrase to encrypt this database: without it nobody can read the file, even on a lost laptop. A sentence of a few words is strong and easy to remember.

Write the passphrase down somewhere safe: if it is lost, the data cannot be recovered.</source>
        <translation>Begeleider bewaart gezondheid, schulden en verblijfsstatus van de mensen die u begeleidt. Kies een wachtwoord om deze database te versleutelen: zonder wachtwoord kan niemand het bestand lezen, ook niet op een verloren laptop. Een zin van een paar woorden is sterk en goed te onthouden.

Bewaar het wachtwoord op een veilige plek: kwijt is kwijt, de gegevens zijn dan niet terug te halen.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Type the passphrase to open it.</source>
        <translation>De database %1 is versleuteld. Typ het wachtwoord om hem te openen.</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>Continue &amp;without encryption...</source>
        <translation>Doorgaan &amp;zonder versleuteling...</translation>
    </message>
    <message>
        <source>Continue without encryption</source>
        <translation>Doorgaan zonder versleuteling</translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation>Zonder versleuteling</translation>
    </message>
    <message>
        <source>Without encryption anyone who gets this laptop or a copy of the file can read everything about your participants. Only choose this when the whole disk is encrypted (BitLocker, FileVault, LUKS).

Continue without encryption?</source>
        <translation>Zonder versleuteling kan iedereen die deze laptop of een kopie van het bestand in handen krijgt alles over uw deelnemers lezen. Kies dit alleen als de hele schijf versleuteld is (BitLocker, FileVault, LUKS).

Doorgaan zonder versleuteling?</translation>
    </message>
</context>
<context>
    <name>PlacementTab</name>
    <message>
        <source>Placements</source>
        <extracomment>the date the tab treats as today (tests inject one)</extracomment>
        <translation>Leerwerkplekken</translation>
    </message>
    <message>
        <source>&amp;New placement...</source>
        <translation>Nieuwe leerwerk&amp;plek...</translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Leerwerkplek weghalen</translation>
    </message>
    <message>
        <source>Placement details</source>
        <translation>Gegevens leerwerkplek</translation>
    </message>
    <message>
        <source>&amp;Remove placement</source>
        <translation>Leerwerkplek we&amp;ghalen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Gescoord</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Wat ging goed</translation>
    </message>
    <message>
        <source>&amp;Edit observation...</source>
        <translation>Observatie be&amp;werken...</translation>
    </message>
    <message>
        <source>Re&amp;move observation</source>
        <translation>Ob&amp;servatie weghalen</translation>
    </message>
    <message>
        <source>Remove observation</source>
        <translation>Observatie weghalen</translation>
    </message>
    <message>
        <source>No placements yet. Add the work-experience place where the participant works or will work.</source>
        <translation>Nog geen leerwerkplek. Voeg de plek toe waar de deelnemer werkt of gaat werken.</translation>
    </message>
    <message>
        <source>Add o&amp;bservation...</source>
        <translation>&amp;Observatie toevoegen...</translation>
    </message>
    <message>
        <source>Chart and placement details</source>
        <translation>Grafiek en gegevens leerwerkplek</translation>
    </message>
    <message>
        <source>Print ch&amp;art...</source>
        <translation>Grafiek &amp;afdrukken...</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Scores in de tijd</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nieuwe leerwerkplek</translation>
    </message>
    <message>
        <source>Remove this placement and its observations? They stay in the history and can be restored.</source>
        <translation>Deze leerwerkplek en de observaties weghalen? Ze blijven in de geschiedenis en zijn terug te zetten.</translation>
    </message>
    <message>
        <source>Observations of %1 at %2</source>
        <translation>Observaties van %1 bij %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Nieuwe observatie</translation>
    </message>
    <message>
        <source>Observation of %1</source>
        <translation>Observatie van %1</translation>
    </message>
    <message>
        <source>Remove this observation? It stays in the history and can be restored.</source>
        <translation>Deze observatie weghalen? Ze blijft in de geschiedenis en is terug te zetten.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Leerwerkplek</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
</context>
<context>
    <name>PlainHint</name>
    <message>
        <source>Plain language: %1</source>
        <translation>Taaltip: %1</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>My plan</source>
        <translation>Mijn plan</translation>
    </message>
    <message>
        <source>The participant&apos;s own plan in plain Dutch (level B1), in large type: goals, what they do and when, what you do, the next appointment and whom to call. Private and medical information is never in it.</source>
        <translation>Het eigen plan van de deelnemer in eenvoudig Nederlands (taalniveau B1), in grote letters: doelen, wat de deelnemer doet en wanneer, wat u doet, de volgende afspraak en wie te bellen. Privé- en medische gegevens staan er nooit in.</translation>
    </message>
    <message>
        <source>&amp;Show a picture beside each step</source>
        <translation>&amp;Een plaatje bij elke stap</translation>
    </message>
    <message>
        <source>Preview of the plan</source>
        <translation>Voorbeeld van het plan</translation>
    </message>
    <message>
        <source>Plain language: every goal and action reads easily (B1).</source>
        <translation>Taal: elk doel en elke actie is eenvoudig te lezen (B1).</translation>
    </message>
    <message>
        <source>Plain language, worth a look before printing:</source>
        <translation>Taal, kijk hier even naar voor het afdrukken:</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>Begeleider - locked</source>
        <translation>Begeleider - vergrendeld</translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing was changed; try again.</source>
        <translation>Dat wachtwoord klopt niet. Er is niets gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use (0: never):</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik (0: nooit):</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Teamwachtwoord</translation>
    </message>
    <message>
        <source>Folder for the access export</source>
        <translation>Map voor de inzage-export</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exporteren</translation>
    </message>
    <message>
        <source>Written:
%1
%2

Give these files only to the participant.</source>
        <translation>Geschreven:
%1
%2

Geef deze bestanden alleen aan de deelnemer.</translation>
    </message>
    <message>
        <source>Erase participant permanently</source>
        <translation>Deelnemer definitief wissen</translation>
    </message>
    <message>
        <source>The participant was erased.</source>
        <translation>De deelnemer is gewist.</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Hide names (privacy view)</source>
        <translation>Namen &amp;verbergen (privacyweergave)</translation>
    </message>
    <message>
        <source>&amp;Retention...</source>
        <translation>&amp;Bewaartermijn...</translation>
    </message>
    <message>
        <source>Au&amp;dit log...</source>
        <translation>&amp;Logboek...</translation>
    </message>
    <message>
        <source>Automatic loc&amp;k...</source>
        <translation>Automatisch ve&amp;rgrendelen...</translation>
    </message>
    <message>
        <source>Correct&amp;ion at the participant&apos;s request...</source>
        <translation>&amp;Correctie op verzoek van de deelnemer...</translation>
    </message>
    <message>
        <source>&amp;Team passphrase for the shared folder...</source>
        <translation>&amp;Teamwachtwoord voor de gedeelde map...</translation>
    </message>
    <message>
        <source>Lock &amp;passphrase (without encryption)...</source>
        <translation>&amp;Wachtwoord voor het slot (zonder versleuteling)...</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this participant...</source>
        <translation>Alles over deze deelnemer e&amp;xporteren (inzage)...</translation>
    </message>
    <message>
        <source>&amp;Erase participant permanently...</source>
        <translation>Deelnemer definitief &amp;wissen...</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-bestand</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>Zoeken in</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Files of type</source>
        <translation>Bestandstype</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>Ratings over time</source>
        <translation>Scores in de tijd</translation>
    </message>
    <message>
        <source>%1: %2 ratings, the last five: %3</source>
        <translation>%1: %2 scores, de laatste vijf: %3</translation>
    </message>
    <message>
        <source>Scale %1 to %2; &quot;not seen&quot; has no point. Printed on %3.</source>
        <translation>Schaal %1 tot en met %2; &quot;niet gezien&quot; heeft geen punt. Afgedrukt op %3.</translation>
    </message>
    <message>
        <source>No ratings yet. Add an observation to see them here.</source>
        <translation>Nog geen scores. Voeg een observatie toe om ze hier te zien.</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>niet gezien</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Remove this entry? It stays in the history and can be restored.</source>
        <translation>Deze regel verwijderen? Hij blijft in de geschiedenis en kan worden teruggezet.</translation>
    </message>
</context>
<context>
    <name>ReferrerReportDialog</name>
    <message>
        <source>Report to the referrer</source>
        <translation>Rapportage aan de verwijzer</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>Soort rapportage</translation>
    </message>
    <message>
        <source>Progress report (voortgangsrapportage)</source>
        <translation>Voortgangsrapportage</translation>
    </message>
    <message>
        <source>Final report (eindrapportage)</source>
        <translation>Eindrapportage</translation>
    </message>
    <message>
        <source>&amp;Kind of report</source>
        <translation>&amp;Soort rapportage</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <source>The municipality or UWV office that referred the participant; choose one or type a name.</source>
        <translation>De gemeente of het UWV-kantoor dat de deelnemer verwees; kies of typ een naam.</translation>
    </message>
    <message>
        <source>Re&amp;ferrer</source>
        <translation>&amp;Verwijzer</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Onderdelen</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Onderdelen van het rapport</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>&amp;Conclusie</translation>
    </message>
    <message>
        <source>A&amp;dvice</source>
        <translation>&amp;Advies</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message>
        <source>Save as &amp;Word...</source>
        <translation>Opslaan als &amp;Word...</translation>
    </message>
    <message>
        <source>Save as Word document</source>
        <translation>Opslaan als Word-document</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (mag niet mee)</translation>
    </message>
    <message>
        <source>Always part of the report.</source>
        <translation>Hoort altijd bij de rapportage.</translation>
    </message>
    <message>
        <source>Choose or type the referrer first.</source>
        <translation>Kies of typ eerst de verwijzer.</translation>
    </message>
    <message>
        <source>The referrer receives the trajectory facts of its assignment. Consent of the participant for this referrer: %1. Medical information is never included.</source>
        <translation>De verwijzer krijgt de trajectgegevens van zijn opdracht. Toestemming van de deelnemer voor deze verwijzer: %1. Medische gegevens staan er nooit in.</translation>
    </message>
    <message>
        <source>The referrer receives the trajectory facts of its assignment. There is no consent of the participant for this referrer, so private matters stay out. Medical information is never included.</source>
        <translation>De verwijzer krijgt de trajectgegevens van zijn opdracht. De deelnemer gaf deze verwijzer geen toestemming, dus privézaken blijven erbuiten. Medische gegevens staan er nooit in.</translation>
    </message>
    <message>
        <source>Select a section to see why it may or may not be included.</source>
        <translation>Kies een onderdeel om te zien waarom het wel of niet mee mag.</translation>
    </message>
    <message>
        <source>This section may go to the referrer.</source>
        <translation>Dit onderdeel mag naar de verwijzer.</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wordt geschreven...</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Rapportage opslaan</translation>
    </message>
    <message>
        <source>Saved: %1 (Word document)</source>
        <translation>Opgeslagen: %1 (Word-document)</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Opslaan als &amp;PDF...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>Af&amp;drukken...</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Bestand openen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;luiten</translation>
    </message>
</context>
<context>
    <name>ReportsUi</name>
    <message>
        <source>Repor&amp;t to the referrer...</source>
        <translation>&amp;Rapportage aan de verwijzer...</translation>
    </message>
    <message>
        <source>&amp;My plan (for the participant)...</source>
        <translation>&amp;Mijn plan (voor de deelnemer)...</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Erase permanently</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Erase everything about these participants, with its history? This cannot be undone; other devices erase them too at their next sync.

%1</source>
        <translation>Alles over deze deelnemers wissen, met de geschiedenis? Dit kan niet ongedaan worden gemaakt; andere apparaten wissen mee bij de volgende synchronisatie.

%1</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Files of closed trajectories are kept for a set period after closing and then erased (AVG: no longer than needed). The list shows every closed file; those past the period are marked and selected.</source>
        <translation>Dossiers van afgesloten trajecten worden na het afsluiten een vaste periode bewaard en daarna gewist (AVG: niet langer dan nodig). De lijst toont alle afgesloten dossiers; die voorbij de termijn zijn vetgedrukt en geselecteerd.</translation>
    </message>
    <message>
        <source>Keep files after closing for (years):</source>
        <translation>Dossiers na afsluiten bewaren (jaren):</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Bewaartermijn in jaren</translation>
    </message>
    <message>
        <source>Closed files</source>
        <translation>Afgesloten dossiers</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Erase from</source>
        <translation>Wissen vanaf</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Te wissen</translation>
    </message>
    <message>
        <source>&amp;Erase selected...</source>
        <translation>Selectie &amp;wissen...</translation>
    </message>
    <message>
        <source>Erase selected files</source>
        <translation>Geselecteerde dossiers wissen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 closed files, %2 past the retention period.</source>
        <translation>%1 afgesloten dossiers, %2 voorbij de bewaartermijn.</translation>
    </message>
    <message>
        <source>Erasing %1 files...</source>
        <translation>%1 dossiers worden gewist...</translation>
    </message>
</context>
<context>
    <name>ReviseGoalDialog</name>
    <message>
        <source>Revise goal</source>
        <translation>Doel bijstellen</translation>
    </message>
    <message>
        <source>Current goal: %1</source>
        <translation>Huidig doel: %1</translation>
    </message>
    <message>
        <source>New wording of the goal</source>
        <translation>Nieuwe formulering van het doel</translation>
    </message>
    <message>
        <source>New &amp;wording</source>
        <translation>Nieuwe &amp;formulering</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>Reden van de bijstelling</translation>
    </message>
    <message>
        <source>Why is the goal revised? (required)</source>
        <translation>Waarom wordt het doel bijgesteld? (verplicht)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Date of the revision</source>
        <translation>Datum van de bijstelling</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>The goal cannot be empty.</source>
        <translation>Het doel mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The new wording equals the current goal.</source>
        <translation>De nieuwe formulering is gelijk aan het huidige doel.</translation>
    </message>
    <message>
        <source>Give a reason for the revision.</source>
        <translation>Geef een reden voor de bijstelling.</translation>
    </message>
    <message>
        <source>The date is not a valid date; write day-month-year, e.g. 03-11-2026.</source>
        <translation>De datum bestaat niet; schrijf dag-maand-jaar, bijvoorbeeld 03-11-2026.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Number of daily backups to keep</source>
        <translation>Aantal dagelijkse back-ups dat bewaard blijft</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep</source>
        <translation>&amp;Back-ups bewaren</translation>
    </message>
    <message>
        <source>Step by &amp;step...</source>
        <translation>&amp;Stap voor stap...</translation>
    </message>
    <message>
        <source>Go through the questions of the first start again</source>
        <translation>De vragen van de eerste start nog eens doorlopen</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Begeleider.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer u Begeleider opnieuw start.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Your &amp;name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <source>Your &amp;phone</source>
        <translation>Uw tele&amp;foon</translation>
    </message>
    <message>
        <source>Your &amp;e-mail</source>
        <translation>Uw &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Algemeen nu&amp;mmer</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Algemene e-ma&amp;il</translation>
    </message>
    <message>
        <source>You, the coach</source>
        <translation>Uzelf, de begeleider</translation>
    </message>
    <message>
        <source>Organisation (for letters and reports)</source>
        <translation>Organisatie (voor brieven en rapporten)</translation>
    </message>
    <message>
        <source>Choose &amp;logo...</source>
        <translation>Logo &amp;kiezen...</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Logo &amp;weghalen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Team (optional)</source>
        <translation>Team (niet verplicht)</translation>
    </message>
    <message>
        <source>Working with colleagues? Choose the team&apos;s shared folder (a network drive, OneDrive or SharePoint folder). Working alone: leave it empty.</source>
        <translation>Werkt u met collega&apos;s? Kies de gedeelde map van het team (een netwerkschijf, OneDrive- of SharePoint-map). Werkt u alleen: laat dit leeg.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <source>Choo&amp;se...</source>
        <translation>Kie&amp;zen...</translation>
    </message>
    <message>
        <source>Shared &amp;folder</source>
        <translation>&amp;Gedeelde map</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Het logo van de organisatie kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>geen logo</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared folder</source>
        <translation>Kies de gedeelde map van het team</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to Begeleider</source>
        <translation>Welkom bij Begeleider</translation>
    </message>
    <message>
        <source>You, the coach</source>
        <translation>Uzelf, de begeleider</translation>
    </message>
    <message>
        <source>Handover reports and letters end with your name and how the employer can reach you. New participants get you as their coach.</source>
        <translation>Overdrachtsrapporten en brieven eindigen met uw naam en hoe de werkgever u kan bereiken. Nieuwe deelnemers krijgen u als trajectbegeleider.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, address and logo go at the top of every report and letter. Your IT department may have filled them in already.</source>
        <translation>De naam, het adres en het logo van de organisatie staan boven elk rapport en elke brief. Misschien heeft uw ICT-afdeling ze al ingevuld.</translation>
    </message>
    <message>
        <source>Working in a team</source>
        <translation>Werken in een team</translation>
    </message>
    <message>
        <source>Colleagues share their records through a shared folder. You can also choose it later, under Tools.</source>
        <translation>Collega&apos;s delen hun dossiers via een gedeelde map. U kunt die ook later kiezen, onder Extra.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Begeleider speaks Dutch or English. You can change everything later in Settings.</source>
        <translation>Begeleider is in het Nederlands of het Engels. U kunt alles later wijzigen in Instellingen.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; Te&amp;rug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>SocialMapDialog</name>
    <message>
        <source>Local map of services</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>The team&apos;s local map (sociale kaart): services and organisations around your participants, shared with your colleagues through sync. Nothing here is about a participant: referrals are recorded on the participant&apos;s Network tab.</source>
        <translation>De sociale kaart van het team: diensten en organisaties rond uw deelnemers, gedeeld met uw collega&apos;s via synchroniseren. Niets hier gaat over een deelnemer: doorverwijzingen legt u vast op het tabblad Netwerk van de deelnemer.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Search the local map</source>
        <translation>Zoeken op de sociale kaart</translation>
    </message>
    <message>
        <source>name, kind, region, what they offer, contact person</source>
        <translation>naam, soort, regio, wat ze bieden, contactpersoon</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Soort dienst</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add &amp;contact person...</source>
        <translation>&amp;Contactpersoon toevoegen...</translation>
    </message>
    <message>
        <source>&amp;New service...</source>
        <translation>&amp;Nieuwe dienst...</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Dienst verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>CSV &amp;inlezen...</translation>
    </message>
    <message>
        <source>Remove contact &amp;person</source>
        <translation>Contactpersoon ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Remove s&amp;ervice</source>
        <translation>&amp;Dienst verwijderen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>Opslaan als CS&amp;V...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nieuwe dienst</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Toegevoegd: %1</translation>
    </message>
    <message>
        <source>Remove this service from the local map for the whole team? Referrals to it keep their history; the service can be restored.</source>
        <translation>Deze dienst van de sociale kaart van het hele team halen? Doorverwijzingen ernaar houden hun geschiedenis; de dienst kan terug.</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>Import a local map (CSV)</source>
        <translation>Sociale kaart inlezen (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wordt gelezen...</translation>
    </message>
    <message>
        <source>Import local map</source>
        <translation>Sociale kaart inlezen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Export the local map (CSV)</source>
        <translation>Sociale kaart opslaan (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export local map</source>
        <translation>Sociale kaart opslaan</translation>
    </message>
    <message>
        <source>%1 services written to %2</source>
        <translation>%1 diensten opgeslagen in %2</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>Nieuwe &amp;status</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Datum van de wijziging</translation>
    </message>
    <message>
        <source>&amp;From date</source>
        <translation>&amp;Vanaf datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Why is the trajectory paused? (required)</source>
        <translation>Waarom ligt het traject stil? (verplicht)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Niet verplicht</translation>
    </message>
    <message>
        <source>Fill in the date.</source>
        <translation>Vul de datum in.</translation>
    </message>
    <message>
        <source>The date is not a valid date; write day-month-year, e.g. 03-11-2026.</source>
        <translation>De datum bestaat niet; schrijf dag-maand-jaar, bijvoorbeeld 03-11-2026.</translation>
    </message>
    <message>
        <source>Give a reason for the pause.</source>
        <translation>Geef een reden voor de pauze.</translation>
    </message>
</context>
<context>
    <name>StatusSuggestionBar</name>
    <message>
        <source>Not &amp;now</source>
        <translation>Niet n&amp;u</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Change the status to %1?</source>
        <translation>De status wijzigen naar %1?</translation>
    </message>
    <message>
        <source>&amp;Change to %1</source>
        <translation>&amp;Wijzig naar %1</translation>
    </message>
    <message>
        <source>Change the status to %1</source>
        <translation>De status wijzigen naar %1</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Exchange records with your team through the shared folder</source>
        <translation>Gegevens uitwisselen met uw team via de gedeelde map</translation>
    </message>
    <message>
        <source>Sync through your organisation&apos;s hub instead of a folder</source>
        <translation>Synchroniseren via de hub van uw organisatie in plaats van een map</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <source>Choose shared &amp;folder...</source>
        <translation>&amp;Gedeelde map kiezen...</translation>
    </message>
    <message>
        <source>Organisation hu&amp;b...</source>
        <translation>Organisatie&amp;hub...</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts...</source>
        <translation>Synchronisatie&amp;conflicten...</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang synchroniseren</translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Laatst gesynchroniseerd</translation>
    </message>
    <message>
        <source>This participant has %1 open sync conflicts: see Tools &gt; Sync conflicts.</source>
        <translation>Deze deelnemer heeft %1 open synchronisatieconflicten: zie Extra &gt; Synchronisatieconflicten.</translation>
    </message>
    <message>
        <source>Last synchronised: never</source>
        <translation>Laatst gesynchroniseerd: nog nooit</translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Laatst gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>open conflicts: %1</source>
        <translation>open conflicten: %1</translation>
    </message>
    <message>
        <source>via hub %1</source>
        <translation>via hub %1</translation>
    </message>
    <message>
        <source>via shared folder</source>
        <translation>via gedeelde map</translation>
    </message>
    <message>
        <source>Organisation hub</source>
        <translation>Organisatiehub</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Gedeelde map: %1</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared folder</source>
        <translation>Kies de gedeelde map van het team</translation>
    </message>
    <message>
        <source>Synchronising...</source>
        <translation>Bezig met synchroniseren...</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchroniseren mislukt: %1</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached now; Begeleider syncs next time.</source>
        <translation>Offline: de hub is nu niet bereikbaar; Begeleider synchroniseert de volgende keer.</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>Conflicten bekijken</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Aftercare timeline</source>
        <translation>Tijdlijn nazorg</translation>
    </message>
    <message>
        <source>%1 done, %2 overdue, %3 planned</source>
        <translation>%1 gedaan, %2 te laat, %3 gepland</translation>
    </message>
    <message>
        <source>No contact moments planned.</source>
        <translation>Geen contactmomenten gepland.</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
</context>
<context>
    <name>_WhomButton</name>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
</context>
</TS>
