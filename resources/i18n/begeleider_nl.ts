<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AftercarePlanDialog</name>
    <message>
        <source>Aftercare plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement started on %1. The program proposes these contact moments from the organisation&apos;s template. Change dates or descriptions, add or remove moments, then accept the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed contact moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra contact moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: &apos;%2&apos; is not a date (dd-mm-yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the description is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no contact moments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AftercareTab</name>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
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
        <source>Contact moment overdue since %1</source>
        <translation>Contactmoment te laat sinds %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, te laat</translation>
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
        <source>&amp;Revise goal...</source>
        <translation>Bij&amp;stellen...</translation>
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
    <name>IntakeTab</name>
    <message>
        <source>Intake form</source>
        <translation>Intakeformulier</translation>
    </message>
    <message>
        <source>Show self-reliance scores (ZRM)</source>
        <translation>Zelfredzaamheidsscores (ZRM) tonen</translation>
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
        <source>Hide self-reliance scores (ZRM)</source>
        <translation>Zelfredzaamheidsscores (ZRM) verbergen</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Begeleider</source>
        <extracomment>the participant shown in the tabs changed (id, or None) another database file was opened (the new Store)</extracomment>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Search participants</source>
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
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Leerwerkplek</translation>
    </message>
    <message>
        <source>&amp;Aftercare</source>
        <translation>&amp;Nazorg</translation>
    </message>
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
        <source>&amp;Open database file...</source>
        <translation>Databasebestand &amp;openen...</translation>
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
        <translation>Naar de &amp;caseload</translation>
    </message>
    <message>
        <source>&amp;About Begeleider</source>
        <translation>&amp;Over Begeleider</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>Tabblad %1</translation>
    </message>
    <message>
        <source>&amp;Go to tab</source>
        <translation>&amp;Ga naar tabblad</translation>
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
        <source>Bring back from &amp;archive</source>
        <translation>Terughalen uit het &amp;archief</translation>
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
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische back-up mislukt: %1</translation>
    </message>
    <message>
        <source>Daily backup written: %1</source>
        <translation>Dagelijkse back-up gemaakt: %1</translation>
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
        <source>Begeleider database (*.sqlite *.db)</source>
        <translation>Begeleider-database (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Replace the present data with the backup %1?</source>
        <translation>De huidige gegevens vervangen door de back-up %1?</translation>
    </message>
    <message>
        <source>Backup restored: %1</source>
        <translation>Back-up teruggezet: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Begeleider.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer u Begeleider opnieuw start.</translation>
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
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, and what went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementTab</name>
    <message>
        <source>&amp;Plan aftercare...</source>
        <extracomment>the date the tab treats as today (tests inject one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New placement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add observation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit observation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No placements yet. Add the work-experience place where the participant works or will work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed since %1 and no aftercare plan yet. Proposal: %2 contact moments, the first on %3, the closing conversation on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aftercare plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this placement and its observations? They stay in the history and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this observation? It stays in the history and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>Ratings over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings yet. Add an observation to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen</source>
        <translation type="unfinished"></translation>
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
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
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
        <source>Coach</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Organisation (for letters and reports)</source>
        <translation>Organisatie (voor brieven en rapporten)</translation>
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
    <name>TimelineWidget</name>
    <message>
        <source>Aftercare timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 overdue, %3 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact moments planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
