<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Agenda</name>
    <message>
        <source>Start workshop</source>
        <translation>Starta workshop</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <source>The best candidate of &amp;every entry</source>
        <translation>Den bästa kandidaten för &amp;varje post</translation>
    </message>
    <message>
        <source>Only the entries I &amp;pick below</source>
        <translation>Bara posterna jag &amp;väljer nedan</translation>
    </message>
    <message>
        <source>Every &amp;unreviewed entry whose best candidate scores at least</source>
        <translation>Varje &amp;ogranskad post vars bästa kandidat får minst</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Lägsta poäng</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>At most this many items</source>
        <translation>Högst så här många punkter</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Entries to pick from</source>
        <translation>Poster att välja bland</translation>
    </message>
    <message>
        <source>Agenda size</source>
        <translation>Agendans storlek</translation>
    </message>
    <message>
        <source>&amp;Facilitator (recorded as author):</source>
        <translation>&amp;Samtalsledare (registreras som författare):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>&amp;Högst</translation>
    </message>
    <message>
        <source>items (the first, best candidates first)</source>
        <translation>punkter (de första, bästa kandidaterna först)</translation>
    </message>
    <message>
        <source>The workspace holds no frameworks yet: import one first (File → Import…).</source>
        <translation>Arbetsytan har inga ramverk ännu: importera ett först (Arkiv → Importera…).</translation>
    </message>
    <message>
        <source>Computing candidates…</source>
        <translation>Beräknar kandidater…</translation>
    </message>
    <message>
        <source>Choose two different frameworks.</source>
        <translation>Välj två olika ramverk.</translation>
    </message>
    <message>
        <source>The agenda holds &lt;b&gt;1&lt;/b&gt; item.</source>
        <translation>Agendan har &lt;b&gt;1&lt;/b&gt; punkt.</translation>
    </message>
    <message>
        <source>The agenda holds &lt;b&gt;{0}&lt;/b&gt; items.</source>
        <translation>Agendan har &lt;b&gt;{0}&lt;/b&gt; punkter.</translation>
    </message>
    <message>
        <source>(1 picked entry has no candidate.)</source>
        <translation>(1 vald post saknar kandidat.)</translation>
    </message>
    <message>
        <source>({0} picked entries have no candidate.)</source>
        <translation>({0} valda poster saknar kandidat.)</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast, black on white</source>
        <translation>Hög kontrast, svart på vitt</translation>
    </message>
    <message>
        <source>High contrast, white on black</source>
        <translation>Hög kontrast, vitt på svart</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Rationale (Enter to keep)</source>
        <translation>Motivering (Retur för att spara)</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>Agendan är tom</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>Punkt {0} av {1}</translation>
    </message>
    <message>
        <source>✓ Decided: </source>
        <translation>✓ Beslutat: </translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parkerad</translation>
    </message>
    <message>
        <source>Workshop ended</source>
        <translation>Workshopen är avslutad</translation>
    </message>
    <message>
        <source>Proposed — {0}   (score {1:.2f})</source>
        <translation>Förslag — {0}   (poäng {1:.2f})</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Varför: </translation>
    </message>
    <message>
        <source>Rationale: {0}</source>
        <translation>Motivering: {0}</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Kör kontroller</translation>
    </message>
    <message>
        <source>Check the decisions, the unified model and the coverage</source>
        <translation>Kontrollera besluten, den enhetliga modellen och täckningen</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filter för allvarlighet</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alla allvarlighetsgrader</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Inte körda ännu.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <source>Places the selected finding points to</source>
        <translation>Ställen som det valda fyndet pekar på</translation>
    </message>
    <message>
        <source>Double-click a place to go there</source>
        <translation>Dubbelklicka på ett ställe för att gå dit</translation>
    </message>
    <message>
        <source>Where (double-click to go there):</source>
        <translation>Var (dubbelklicka för att gå dit):</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>errors: {0}</source>
        <translation>fel: {0}</translation>
    </message>
    <message>
        <source>warnings: {0}</source>
        <translation>varningar: {0}</translation>
    </message>
    <message>
        <source>notes: {0}</source>
        <translation>upplysningar: {0}</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Inga fynd.</translation>
    </message>
    <message>
        <source> (the decisions changed since: run again)</source>
        <translation> (besluten har ändrats sedan dess: kör igen)</translation>
    </message>
    <message>
        <source>concept &apos;{0}&apos;</source>
        <translation>begreppet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>process &apos;{0}&apos;</source>
        <translation>processen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>activity &apos;{0}&apos; of &apos;{1}&apos;</source>
        <translation>aktiviteten &apos;{0}&apos; i &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} is no longer in the unified model</source>
        <translation>{0} finns inte längre i den enhetliga modellen</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>{where}: {what}</source>
        <comment>catalogue.authoring</comment>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>{what}</source>
        <comment>catalogue.file</comment>
        <translation>{what}</translation>
    </message>
    <message>
        <source>no bundled framework &apos;{key}&apos;; bundled are: {known}</source>
        <comment>catalogue.no-bundled</comment>
        <translation>inget medföljande ramverk &apos;{key}&apos;; de medföljande är: {known}</translation>
    </message>
    <message>
        <source>&apos;{activity}&apos; in &apos;{process}&apos;</source>
        <comment>check.activity-in</comment>
        <translation>&apos;{activity}&apos; i &apos;{process}&apos;</translation>
    </message>
    <message>
        <source>activity &apos;{activity}&apos; in &apos;{process}&apos; does not read as an activity (start it with a verb)</source>
        <comment>check.activity-not-an-activity</comment>
        <translation>aktiviteten &apos;{activity}&apos; i &apos;{process}&apos; läses inte som en aktivitet (börja med ett verb)</translation>
    </message>
    <message>
        <source>broader/narrower decisions go round in a circle through {count} entries: {refs}</source>
        <comment>check.broader-cycle</comment>
        <translation>bredare/smalare-beslut går runt i en cirkel genom {count} poster: {refs}</translation>
    </message>
    <message>
        <source>{subject} {relation} {object}, but {object} {back} {subject}</source>
        <comment>check.contradictory</comment>
        <translation>{subject} {relation} {object}, men {object} {back} {subject}</translation>
    </message>
    <message>
        <source>{framework}: {aligned} of {total} entries aligned ({aligned_percent}%), {reviewed} reviewed ({reviewed_percent}%); {gaps} neither aligned nor excluded</source>
        <comment>check.coverage</comment>
        <translation>{framework}: {aligned} av {total} poster matchade ({aligned_percent}%), {reviewed} granskade ({reviewed_percent}%); {gaps} varken matchade eller undantagna</translation>
    </message>
    <message>
        <source>{framework}: broader links between its own entries go round in a circle through {count} entries: {refs}</source>
        <comment>check.entry-broader-cycle</comment>
        <translation>{framework}: bredare-länkar mellan ramverkets egna poster går runt i en cirkel genom {count} poster: {refs}</translation>
    </message>
    <message>
        <source>{subject} ({subject_ref}) and {object} ({object_ref}) are decided as one, but may be false friends: {why}</source>
        <comment>check.false-friend-decided</comment>
        <translation>{subject} ({subject_ref}) och {object} ({object_ref}) är beslutade som samma, men kan vara falska vänner: {why}</translation>
    </message>
    <message>
        <source>{ref} is the same as activities in {count} places of the model: {places}, through the decisions with {partners}; each activity has one place: decide which, or make one of the decisions broader, narrower or related</source>
        <comment>check.in-two-places</comment>
        <translation>{ref} är samma som aktiviteter på {count} ställen i modellen: {places}, genom besluten med {partners}; varje aktivitet har ett ställe: bestäm vilket, eller gör ett av besluten bredare, smalare eller relaterat</translation>
    </message>
    <message>
        <source>{subject} {relation} {object}, but {negated_subject} is marked &apos;not a match&apos; for {negated_object}</source>
        <comment>check.match-and-not-a-match</comment>
        <translation>{subject} {relation} {object}, men {negated_subject} är markerad som &apos;inte en matchning&apos; för {negated_object}</translation>
    </message>
    <message>
        <source>process &apos;{process}&apos; is named after who does it; name what happens instead</source>
        <comment>check.named-by-role</comment>
        <translation>processen &apos;{process}&apos; är uppkallad efter vem som utför den; namnge vad som händer i stället</translation>
    </message>
    <message>
        <source>process &apos;{process}&apos; is named after a tool; name what happens instead</source>
        <comment>check.named-by-tool</comment>
        <translation>processen &apos;{process}&apos; är uppkallad efter ett verktyg; namnge vad som händer i stället</translation>
    </message>
    <message>
        <source>process &apos;{process}&apos; has no activities</source>
        <comment>check.no-activities</comment>
        <translation>processen &apos;{process}&apos; har inga aktiviteter</translation>
    </message>
    <message>
        <source>concept &apos;{concept}&apos; has no members left; the decisions that formed it were withdrawn</source>
        <comment>check.no-members</comment>
        <translation>begreppet &apos;{concept}&apos; har inga medlemmar kvar; besluten som bildade det har dragits tillbaka</translation>
    </message>
    <message>
        <source>process &apos;{process}&apos; has no outcome: say what the customer gets from it</source>
        <comment>check.no-outcome</comment>
        <translation>processen &apos;{process}&apos; saknar resultat: säg vad kunden får ut av den</translation>
    </message>
    <message>
        <source>process &apos;{process}&apos; has no trigger: say what starts it</source>
        <comment>check.no-trigger</comment>
        <translation>processen &apos;{process}&apos; saknar utlösare: säg vad som startar den</translation>
    </message>
    <message>
        <source>{subject} is marked &apos;not a match&apos; for {object}, but exact/close decisions join them into one concept</source>
        <comment>check.not-a-match-joined</comment>
        <translation>{subject} är markerad som &apos;inte en matchning&apos; för {object}, men exakta/nära beslut förenar dem i ett begrepp</translation>
    </message>
    <message>
        <source>{subject} is marked &apos;not a match&apos; for {object}, but both are members of concept &apos;{concept}&apos;</source>
        <comment>check.not-a-match-members</comment>
        <translation>{subject} är markerad som &apos;inte en matchning&apos; för {object}, men båda är medlemmar i begreppet &apos;{concept}&apos;</translation>
    </message>
    <message>
        <source>process &apos;{process}&apos; does not read as an activity (a verb, or a noun like &apos;management&apos; or &apos;planning&apos;)</source>
        <comment>check.not-an-activity</comment>
        <translation>processen &apos;{process}&apos; läses inte som en aktivitet (ett verb, eller ett substantiv som &apos;förvaltning&apos; eller &apos;planering&apos;)</translation>
    </message>
    <message>
        <source>one activity occurs {count} times in the model: {places}</source>
        <comment>check.occurs-twice</comment>
        <translation>en aktivitet förekommer {count} gånger i modellen: {places}</translation>
    </message>
    <message>
        <source>{count} activities of {framework} belong to no process: {refs}</source>
        <comment>check.orphans</comment>
        <translation>{count} aktiviteter i {framework} hör inte till någon process: {refs}</translation>
    </message>
    <message>
        <source>{count} activities of {framework} belong to no process: {refs} ...</source>
        <comment>check.orphans-more</comment>
        <translation>{count} aktiviteter i {framework} hör inte till någon process: {refs} ...</translation>
    </message>
    <message>
        <source>{subject} {relation} {object}, but exact/close decisions join them into one concept</source>
        <comment>check.relation-but-joined</comment>
        <translation>{subject} {relation} {object}, men exakta/nära beslut förenar dem i ett begrepp</translation>
    </message>
    <message>
        <source>{count} entries of {framework} are joined by exact matches into one concept: {refs}</source>
        <comment>check.same-framework-joined</comment>
        <translation>{count} poster i {framework} förenas av exakta matchningar i ett begrepp: {refs}</translation>
    </message>
    <message>
        <source>{count} entries of {framework} are exact members of &apos;{concept}&apos; into one concept: {refs}</source>
        <comment>check.same-framework-members</comment>
        <translation>{count} poster i {framework} är exakta medlemmar i &apos;{concept}&apos; och därmed ett begrepp: {refs}</translation>
    </message>
    <message>
        <source>{count} concepts are labelled &apos;{label}&apos;: {concepts}; merge them, or rename all but one</source>
        <comment>check.same-label</comment>
        <translation>{count} begrepp heter &apos;{label}&apos;: {concepts}; slå ihop dem, eller byt namn på alla utom ett</translation>
    </message>
    <message>
        <source>{ref} is traced as the same as activities in {count} places of the model: {places}; each activity has one place: remove all but one of these traces, or make them broader, narrower or related</source>
        <comment>check.traced-in-two-places</comment>
        <translation>{ref} är spårad som samma som aktiviteter på {count} ställen i modellen: {places}; varje aktivitet har ett ställe: ta bort alla spår utom ett, eller gör dem bredare, smalare eller relaterade</translation>
    </message>
    <message>
        <source>no display to open the desktop application on; the other commands work without one</source>
        <comment>cli.no-display</comment>
        <translation>ingen skärm att öppna skrivbordsprogrammet på; de andra kommandona fungerar utan</translation>
    </message>
    <message>
        <source>--frameworks needs at least one key, e.g. --frameworks itil4,safe</source>
        <comment>cli.no-keys</comment>
        <translation>--frameworks behöver minst en nyckel, t.ex. --frameworks itil4,safe</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; is not yet available in this version</source>
        <comment>cli.not-yet</comment>
        <translation>&apos;{command}&apos; finns inte ännu i den här versionen</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>cli.os-error</comment>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the CSV as UTF-8</source>
        <comment>csv.not-utf8</comment>
        <translation>ingen UTF-8-text (byte {byte}); spara CSV-filen som UTF-8</translation>
    </message>
    <message>
        <source>not a text file (it holds NUL bytes)</source>
        <comment>csv.nul</comment>
        <translation>ingen textfil (den innehåller NUL-tecken)</translation>
    </message>
    <message>
        <source>not a readable CSV file: {detail}</source>
        <comment>csv.unreadable</comment>
        <translation>en CSV-fil som inte går att läsa: {detail}</translation>
    </message>
    <message>
        <source>{subject} and {object}: changed by {author} at {time} since it was shown to you (now: {relation}); nothing was recorded</source>
        <comment>decision.changed-by</comment>
        <translation>{subject} och {object}: ändrat av {author} {time} sedan det visades för dig (nu: {relation}); inget registrerades</translation>
    </message>
    <message>
        <source>confidence {value} must be between 0 and 1</source>
        <comment>decision.confidence</comment>
        <translation>säkerheten {value} måste ligga mellan 0 och 1</translation>
    </message>
    <message>
        <source>no decision recorded for {subject} and {object}</source>
        <comment>decision.missing</comment>
        <translation>inget beslut registrerat för {subject} och {object}</translation>
    </message>
    <message>
        <source>{subject} and {object}: the decision was removed since it was shown to you; nothing was recorded</source>
        <comment>decision.removed-since</comment>
        <translation>{subject} och {object}: beslutet togs bort sedan det visades för dig; inget registrerades</translation>
    </message>
    <message>
        <source>cannot map {ref} to itself</source>
        <comment>decision.self</comment>
        <translation>{ref} kan inte mappas mot sig själv</translation>
    </message>
    <message>
        <source>{path}: is a file; give a folder name or a name ending in .zip</source>
        <comment>export.a-file</comment>
        <translation>{path}: är en fil; ange ett mappnamn eller ett namn som slutar på .zip</translation>
    </message>
    <message>
        <source>Decisions</source>
        <comment>export.about.decision-count</comment>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Framework entries</source>
        <comment>export.about.entry-count</comment>
        <translation>Poster i ramverken</translation>
    </message>
    <message>
        <source>Exported</source>
        <comment>export.about.exported</comment>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>This export</source>
        <comment>export.about.facts</comment>
        <translation>Den här exporten</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <comment>export.about.framework-count</comment>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <comment>export.about.frameworks</comment>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Written by</source>
        <comment>export.about.generator</comment>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Framework Harmonisation Workbench {version}</source>
        <comment>export.about.generator-value</comment>
        <translation>Framework Harmonisation Workbench {version}</translation>
    </message>
    <message>
        <source>Framework harmonisation: {workspace}</source>
        <comment>export.about.heading</comment>
        <translation>Harmonisering av ramverk: {workspace}</translation>
    </message>
    <message>
        <source>How to read this workbook</source>
        <comment>export.about.how-to-read</comment>
        <translation>Så läser du arbetsboken</translation>
    </message>
    <message>
        <source>How the frameworks in this workspace line up: a glossary and a process model shared by all of them, how each framework covers them, the decisions behind them and what is still open.</source>
        <comment>export.about.introduction</comment>
        <translation>Hur ramverken i den här arbetsytan hänger ihop: en gemensam ordlista och processmodell för dem alla, hur varje ramverk täcker dem, besluten bakom dem och vad som fortfarande är öppet.</translation>
    </message>
    <message>
        <source>Legend: relation words</source>
        <comment>export.about.legend</comment>
        <translation>Teckenförklaring: relationsord</translation>
    </message>
    <message>
        <source>Unified processes</source>
        <comment>export.about.process-count</comment>
        <translation>Gemensamma processer</translation>
    </message>
    <message>
        <source>Read the sheets in order; each starts with a line saying what it holds. Entries are named by framework and label (ITIL 4 “Incident”); a relation word says how two of them relate, as the legend below explains.</source>
        <comment>export.about.reading-order</comment>
        <translation>Läs bladen i ordning; vart och ett börjar med en rad om vad det innehåller. Poster anges med ramverk och benämning (ITIL 4 ”Incident”); ett relationsord säger hur två av dem förhåller sig till varandra, som teckenförklaringen nedan visar.</translation>
    </message>
    <message>
        <source>For programs: every decision in SSSOM&apos;s column names and codes (the same as the SSSOM export).</source>
        <comment>export.about.sssom</comment>
        <translation>För program: alla beslut med SSSOM:s kolumnnamn och koder (samma som SSSOM-exporten).</translation>
    </message>
    <message>
        <source>Unified terms</source>
        <comment>export.about.term-count</comment>
        <translation>Gemensamma begrepp</translation>
    </message>
    <message>
        <source>About</source>
        <comment>export.about.title</comment>
        <translation>Om</translation>
    </message>
    <message>
        <source>Workspace</source>
        <comment>export.about.workspace</comment>
        <translation>Arbetsyta</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <comment>export.and-more</comment>
        <translation>och {count} till</translation>
    </message>
    <message>
        <source>← About</source>
        <comment>export.back</comment>
        <translation>← Om</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>export.column.date</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decided by</source>
        <comment>export.column.decided-by</comment>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>export.column.decision</comment>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Definition</source>
        <comment>export.column.definition</comment>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>export.column.description</comment>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Edition</source>
        <comment>export.column.edition</comment>
        <translation>Utgåva</translation>
    </message>
    <message>
        <source>Entries concerned</source>
        <comment>export.column.entries</comment>
        <translation>Berörda poster</translation>
    </message>
    <message>
        <source>Entries</source>
        <comment>export.column.entries-count</comment>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Framework</source>
        <comment>export.column.framework</comment>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>export.column.kind</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>export.column.number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Process or activity</source>
        <comment>export.column.process-or-activity</comment>
        <translation>Process eller aktivitet</translation>
    </message>
    <message>
        <source>Publisher</source>
        <comment>export.column.publisher</comment>
        <translation>Utgivare</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>export.column.question</comment>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>export.column.question-kind</comment>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Rationale</source>
        <comment>export.column.rationale</comment>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Relation</source>
        <comment>export.column.relation</comment>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>export.column.severity</comment>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>export.column.status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Term</source>
        <comment>export.column.term</comment>
        <translation>Begrepp</translation>
    </message>
    <message>
        <source>Traced to</source>
        <comment>export.column.traced-to</comment>
        <translation>Spårad till</translation>
    </message>
    <message>
        <source>Unified term, process or activity</source>
        <comment>export.column.unified-element</comment>
        <translation>Gemensamt begrepp, process eller aktivitet</translation>
    </message>
    <message>
        <source>{count} entries: {names}</source>
        <comment>export.counted</comment>
        <translation>{count} poster: {names}</translation>
    </message>
    <message>
        <source>Which framework covers which unified term, process and activity, and how closely. An empty cell: the framework has nothing for it yet.</source>
        <comment>export.coverage.about</comment>
        <translation>Vilket ramverk som täcker vilket gemensamt begrepp, vilken process och aktivitet, och hur nära. En tom cell: ramverket har ännu inget för det.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: the coverage matrix fills in as the unified model is built.</source>
        <comment>export.coverage.empty</comment>
        <translation>Inget att jämföra ännu: täckningsmatrisen fylls i när den gemensamma modellen byggs.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <comment>export.coverage.title</comment>
        <translation>Täckning</translation>
    </message>
    <message>
        <source>Every decision about a pair of framework entries, by framework pair: what was decided, why, by whom and when.</source>
        <comment>export.decisions.about</comment>
        <translation>Alla beslut om par av poster, per ramverkspar: vad som beslutades, varför, av vem och när.</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <comment>export.decisions.empty</comment>
        <translation>Inga beslut registrerade ännu.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <comment>export.decisions.title</comment>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>{framework} “{label}”</source>
        <comment>export.entry</comment>
        <translation>{framework} ”{label}”</translation>
    </message>
    <message>
        <source>{path}: {name} was changed after the export wrote it; move it away or choose another folder</source>
        <comment>export.folder-file-changed</comment>
        <translation>{path}: {name} har ändrats sedan exporten skrev den; flytta den eller välj en annan mapp</translation>
    </message>
    <message>
        <source>{path}: holds {name}, which no earlier export wrote there; choose an empty or new folder</source>
        <comment>export.folder-holds-other</comment>
        <translation>{path}: innehåller {name}, som ingen tidigare export skrev dit; välj en tom eller ny mapp</translation>
    </message>
    <message>
        <source>{path}: holds the workspace {workspace}; choose an empty or new folder</source>
        <comment>export.folder-holds-workspace</comment>
        <translation>{path}: innehåller arbetsytan {workspace}; välj en tom eller ny mapp</translation>
    </message>
    <message>
        <source>{path}: cannot look inside the folder ({reason})</source>
        <comment>export.folder-unreadable</comment>
        <translation>{path}: kan inte se vad mappen innehåller ({reason})</translation>
    </message>
    <message>
        <source>The unified glossary: one term per row, alphabetical, with each framework&apos;s equivalent. A word in brackets says how the framework&apos;s term differs from the unified one (see the legend); none means the same.</source>
        <comment>export.glossary.about</comment>
        <translation>Den gemensamma ordlistan: ett begrepp per rad, i bokstavsordning, med varje ramverks motsvarighet. Ett ord inom parentes säger hur ramverkets begrepp skiljer sig från det gemensamma (se teckenförklaringen); inget ord betyder samma sak.</translation>
    </message>
    <message>
        <source>No unified glossary yet: build it in the application or with `workbench unify`.</source>
        <comment>export.glossary.empty</comment>
        <translation>Ingen gemensam ordlista ännu: bygg den i programmet eller med `workbench unify`.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <comment>export.glossary.title</comment>
        <translation>Ordlista</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>export.html.contents</comment>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Framework entries</source>
        <comment>export.html.entries</comment>
        <translation>Poster i ramverken</translation>
    </message>
    <message>
        <source>Nothing is decided yet: every entry of every framework, with its own definition.</source>
        <comment>export.html.entries-all</comment>
        <translation>Inget är beslutat ännu: alla poster i alla ramverk, med ramverkets egen definition.</translation>
    </message>
    <message>
        <source>The framework entries named above, with each framework&apos;s own definition.</source>
        <comment>export.html.entries-named</comment>
        <translation>Posterna som nämns ovan, med varje ramverks egen definition.</translation>
    </message>
    <message>
        <source>Exported {date} by the Framework Harmonisation Workbench. Definitions are the workspace&apos;s own wording; the frameworks&apos; names belong to their owners.</source>
        <comment>export.html.exported</comment>
        <translation>Exporterad {date} av Framework Harmonisation Workbench. Definitionerna är arbetsytans egna formuleringar; ramverkens namn tillhör sina ägare.</translation>
    </message>
    <message>
        <source>How to read this page</source>
        <comment>export.html.how-to-read</comment>
        <translation>Så läser du sidan</translation>
    </message>
    <message>
        <source>No definition.</source>
        <comment>export.html.no-definition</comment>
        <translation>Ingen definition.</translation>
    </message>
    <message>
        <source>The sections follow the stakeholder workbook&apos;s sheets; each starts with a line saying what it holds. Entries are named by framework and label (ITIL 4 “Incident”); a relation word says how two of them relate, as the legend below explains.</source>
        <comment>export.html.reading-order</comment>
        <translation>Avsnitten följer bladen i arbetsboken för intressenter; vart och ett börjar med en rad om vad det innehåller. Poster anges med ramverk och benämning (ITIL 4 ”Incident”); ett relationsord säger hur två av dem förhåller sig till varandra, som teckenförklaringen nedan visar.</translation>
    </message>
    <message>
        <source>Traced to: {entries}</source>
        <comment>export.html.traced</comment>
        <translation>Spårad till: {entries}</translation>
    </message>
    <message>
        <source>{process} › {activity}</source>
        <comment>export.in-process</comment>
        <translation>{process} › {activity}</translation>
    </message>
    <message>
        <source>{framework}: {count} entries are left out of the unified model on purpose</source>
        <comment>export.left-out</comment>
        <translation>{framework}: {count} poster är avsiktligt utanför den gemensamma modellen</translation>
    </message>
    <message>
        <source>Left out</source>
        <comment>export.left-out.kind</comment>
        <translation>Utelämnad</translation>
    </message>
    <message>
        <source>The framework&apos;s entry covers more than the unified one. In a decision, the sentence says which entry is the wider.</source>
        <comment>export.legend.broader</comment>
        <translation>Ramverkets post omfattar mer än den gemensamma. I ett beslut säger meningen vilken post som är bredare.</translation>
    </message>
    <message>
        <source>Nearly the same; interchangeable in most uses.</source>
        <comment>export.legend.close</comment>
        <translation>Nästan samma sak; utbytbara i de flesta sammanhang.</translation>
    </message>
    <message>
        <source>The same meaning; interchangeable.</source>
        <comment>export.legend.exact</comment>
        <translation>Samma betydelse; utbytbara.</translation>
    </message>
    <message>
        <source>The framework&apos;s entry is more specific than the unified one. In a decision, the sentence says which entry is the narrower.</source>
        <comment>export.legend.narrower</comment>
        <translation>Ramverkets post är mer specifik än den gemensamma. I ett beslut säger meningen vilken post som är smalare.</translation>
    </message>
    <message>
        <source>Looked at and decided: not the same thing.</source>
        <comment>export.legend.not-a-match</comment>
        <translation>Granskat och beslutat: inte samma sak.</translation>
    </message>
    <message>
        <source>Connected, but not the same.</source>
        <comment>export.legend.related</comment>
        <translation>Har med varandra att göra, men är inte samma sak.</translation>
    </message>
    <message>
        <source>{label} ({relation})</source>
        <comment>export.member</comment>
        <translation>{label} ({relation})</translation>
    </message>
    <message>
        <source>{count} not reviewed yet: {names}</source>
        <comment>export.not-reviewed</comment>
        <translation>{count} ännu inte granskade: {names}</translation>
    </message>
    <message>
        <source>export as {format} is not yet available in this version</source>
        <comment>export.not-yet</comment>
        <translation>export som {format} finns inte ännu i den här versionen</translation>
    </message>
    <message>
        <source>{path}: is a database (a workspace?); an export never replaces one, choose another name</source>
        <comment>export.onto-database</comment>
        <translation>{path}: är en databas (en arbetsyta?); en export ersätter aldrig en sådan, välj ett annat namn</translation>
    </message>
    <message>
        <source>{path}: is the workspace itself; choose another file name</source>
        <comment>export.onto-workspace</comment>
        <translation>{path}: är själva arbetsytan; välj ett annat filnamn</translation>
    </message>
    <message>
        <source>{path}: belongs to the workspace {workspace}; choose another file name</source>
        <comment>export.onto-workspace-file</comment>
        <translation>{path}: hör till arbetsytan {workspace}; välj ett annat filnamn</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>export.print.footer</comment>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Outcome: {text}</source>
        <comment>export.process.outcome</comment>
        <translation>Resultat: {text}</translation>
    </message>
    <message>
        <source>Starts when: {text}</source>
        <comment>export.process.trigger</comment>
        <translation>Startar när: {text}</translation>
    </message>
    <message>
        <source>The unified process model: each process in bold, followed by its activities in order, with the framework entries each one is traced to.</source>
        <comment>export.processes.about</comment>
        <translation>Den gemensamma processmodellen: varje process i fetstil, följd av dess aktiviteter i ordning, med de poster i ramverken som var och en spåras till.</translation>
    </message>
    <message>
        <source>No unified process model yet: build it in the application or with `workbench unify`.</source>
        <comment>export.processes.empty</comment>
        <translation>Ingen gemensam processmodell ännu: bygg den i programmet eller med `workbench unify`.</translation>
    </message>
    <message>
        <source>Processes</source>
        <comment>export.processes.title</comment>
        <translation>Processer</translation>
    </message>
    <message>
        <source>What still needs a decision or a look: conflicts between decisions, the checks&apos; findings, and per framework the entries nobody has reviewed yet.</source>
        <comment>export.questions.about</comment>
        <translation>Vad som fortfarande behöver beslutas eller ses över: konflikter mellan beslut, kontrollernas fynd och per ramverk de poster som ingen har granskat ännu.</translation>
    </message>
    <message>
        <source>No open questions.</source>
        <comment>export.questions.empty</comment>
        <translation>Inga öppna frågor.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <comment>export.questions.title</comment>
        <translation>Öppna frågor</translation>
    </message>
    <message>
        <source>{text} … (shortened; {count} characters in all)</source>
        <comment>export.shortened</comment>
        <translation>{text} … (förkortad; {count} tecken totalt)</translation>
    </message>
    <message>
        <source>{entry} ({relation})</source>
        <comment>export.trace</comment>
        <translation>{entry} ({relation})</translation>
    </message>
    <message>
        <source>unknown export format &apos;{format}&apos;; use one of {formats}</source>
        <comment>export.unknown-format</comment>
        <translation>okänt exportformat &apos;{format}&apos;; använd ett av {formats}</translation>
    </message>
    <message>
        <source>{label} ({reason})</source>
        <comment>export.with-reason</comment>
        <translation>{label} ({reason})</translation>
    </message>
    <message>
        <source>{error}</source>
        <comment>failure.os</comment>
        <translation>{error}</translation>
    </message>
    <message>
        <source>{what} failed: {error}</source>
        <comment>failure.unexpected</comment>
        <translation>{what} misslyckades: {error}</translation>
    </message>
    <message>
        <source>{path}: cannot write here: {reason}</source>
        <comment>file.cannot-write-here</comment>
        <translation>{path}: kan inte skriva här: {reason}</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was written (free some space, then try again)</source>
        <comment>file.disk-full</comment>
        <translation>{path}: disken är full; inget skrevs (frigör utrymme och försök igen)</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <comment>file.is-folder</comment>
        <translation>{path}: är en mapp; ange ett filnamn</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <comment>file.no-folder</comment>
        <translation>{path}: mappen finns inte</translation>
    </message>
    <message>
        <source>{path}: could not write ({reason}); nothing was written</source>
        <comment>file.not-written</comment>
        <translation>{path}: kunde inte skriva ({reason}); inget skrevs</translation>
    </message>
    <message>
        <source>{source}: {problems}</source>
        <comment>file.problems</comment>
        <translation>{source}: {problems}</translation>
    </message>
    <message>
        <source>{source}: {problems} (and {more} more)</source>
        <comment>file.problems-more</comment>
        <translation>{source}: {problems} (och {more} till)</translation>
    </message>
    <message>
        <source>concept {uid}: status &apos;{status}&apos; is not one of {statuses}</source>
        <comment>glossary.bad-status</comment>
        <translation>begreppet {uid}: status &apos;{status}&apos; är inte en av {statuses}</translation>
    </message>
    <message>
        <source>concept {uid}: a label cannot be empty</source>
        <comment>glossary.empty-label</comment>
        <translation>begreppet {uid}: benämningen får inte vara tom</translation>
    </message>
    <message>
        <source>cannot merge concept {uid} with itself</source>
        <comment>glossary.merge-itself</comment>
        <translation>begreppet {uid} kan inte slås ihop med sig självt</translation>
    </message>
    <message>
        <source>no unified concept &apos;{uid}&apos;</source>
        <comment>glossary.no-concept</comment>
        <translation>inget enhetligt begrepp &apos;{uid}&apos;</translation>
    </message>
    <message>
        <source>concept {uid} has no member {ref}</source>
        <comment>glossary.no-member</comment>
        <translation>begreppet {uid} har ingen medlem {ref}</translation>
    </message>
    <message>
        <source>unified glossary: {total} concepts ({added} added, {removed} removed, {changed} changed, {moved} member(s) moved)</source>
        <comment>glossary.refreshed</comment>
        <translation>enhetlig ordlista: {total} begrepp ({added} tillagda, {removed} borttagna, {changed} ändrade, {moved} medlem(mar) flyttade)</translation>
    </message>
    <message>
        <source>unified glossary: {total} concepts ({added} added, {removed} removed, {changed} changed, {moved} member(s) moved, {emptied} edited but now without members)</source>
        <comment>glossary.refreshed-emptied</comment>
        <translation>enhetlig ordlista: {total} begrepp ({added} tillagda, {removed} borttagna, {changed} ändrade, {moved} medlem(mar) flyttade, {emptied} redigerade men nu utan medlemmar)</translation>
    </message>
    <message>
        <source>concept {uid}: splitting out every member would leave it empty</source>
        <comment>glossary.split-all</comment>
        <translation>begreppet {uid}: att bryta ut alla medlemmar skulle lämna det tomt</translation>
    </message>
    <message>
        <source>concept {uid}: name at least one member to split out</source>
        <comment>glossary.split-nothing</comment>
        <translation>begreppet {uid}: ange minst en medlem att bryta ut</translation>
    </message>
    <message>
        <source>{file}: added framework &apos;{key}&apos; with {count} entries</source>
        <comment>import.added</comment>
        <translation>{file}: lade till ramverket &apos;{key}&apos; med {count} poster</translation>
    </message>
    <message>
        <source>{place}: broader links go round in a circle: {cycle}</source>
        <comment>import.broader-cycle</comment>
        <translation>{place}: bredare-länkar går runt i en cirkel: {cycle}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <comment>import.cannot-read</comment>
        <translation>kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{count} {category}</source>
        <comment>import.counted</comment>
        <translation>{count} {category}</translation>
    </message>
    <message>
        <source>{path}: this is a CSV file; import it with --format csv</source>
        <comment>import.csv-as-xlsx</comment>
        <translation>{path}: det här är en CSV-fil; importera den med --format csv</translation>
    </message>
    <message>
        <source>line {line}: a quote opened in this row is not closed where its cell ends (read on to line {until}: {detail}); check the quotes in that row</source>
        <comment>import.csv-quotes</comment>
        <translation>rad {line}: ett citattecken som öppnas i raden stängs inte där cellen slutar (lästes vidare till rad {until}: {detail}); kontrollera citattecknen i raden</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB are read</source>
        <comment>import.file-too-large</comment>
        <translation>filen är {size} MB; högst {limit} MB läses</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <comment>import.no-file</comment>
        <translation>{path}: filen finns inte</translation>
    </message>
    <message>
        <source>{path}: cannot make a framework key from the file name; give --framework KEY</source>
        <comment>import.no-key</comment>
        <translation>{path}: kan inte bilda en ramverksnyckel av filnamnet; ange --framework NYCKEL</translation>
    </message>
    <message>
        <source>import of {format} files is not yet available in this version</source>
        <comment>import.not-yet</comment>
        <translation>import av {format}-filer finns inte ännu i den här versionen</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <comment>import.nothing</comment>
        <translation>inget att importera</translation>
    </message>
    <message>
        <source>imported {key} from {file}: {count} entries ({detail})</source>
        <comment>import.ontology</comment>
        <translation>importerade {key} från {file}: {count} poster ({detail})</translation>
    </message>
    <message>
        <source>entry {key}</source>
        <comment>import.place-entry</comment>
        <translation>post {key}</translation>
    </message>
    <message>
        <source>{source}: {added} framework(s) added ({added_keys}), {entries} entries, {mappings} mapping(s) added</source>
        <comment>import.schemes-added</comment>
        <translation>{source}: {added} ramverk tillagda ({added_keys}), {entries} poster, {mappings} mappningar tillagda</translation>
    </message>
    <message>
        <source>{source}: {added} framework(s) added ({added_keys}), {updated} updated ({updated_keys}), {entries} entries, {mappings} mapping(s) added</source>
        <comment>import.schemes-added-updated</comment>
        <translation>{source}: {added} ramverk tillagda ({added_keys}), {updated} uppdaterade ({updated_keys}), {entries} poster, {mappings} mappningar tillagda</translation>
    </message>
    <message>
        <source>{source}: {updated} framework(s) updated ({updated_keys}), {entries} entries, {mappings} mapping(s) added</source>
        <comment>import.schemes-updated</comment>
        <translation>{source}: {updated} ramverk uppdaterade ({updated_keys}), {entries} poster, {mappings} mappningar tillagda</translation>
    </message>
    <message>
        <source>line {line}: {subject} {theirs} {object} conflicts with the workspace&apos;s decision &apos;{ours}&apos; (by {author}); kept the workspace&apos;s, please review</source>
        <comment>import.sssom-conflict</comment>
        <translation>rad {line}: {subject} {theirs} {object} strider mot arbetsytans beslut &apos;{ours}&apos; (av {author}); arbetsytans behölls, granska gärna</translation>
    </message>
    <message>
        <source>{file}: {added} mapping(s) added, {merged} identical merged, {conflicting} conflicting left for review</source>
        <comment>import.sssom-merged</comment>
        <translation>{file}: {added} mappningar tillagda, {merged} identiska sammanslagna, {conflicting} motstridiga lämnade för granskning</translation>
    </message>
    <message>
        <source>{place}: {field} is {length} characters long; at most {limit} are allowed</source>
        <comment>import.too-long</comment>
        <translation>{place}: {field} är {length} tecken lång; högst {limit} är tillåtna</translation>
    </message>
    <message>
        <source>more than {limit} entries; split the framework into parts</source>
        <comment>import.too-many-entries</comment>
        <translation>fler än {limit} poster; dela upp ramverket i delar</translation>
    </message>
    <message>
        <source>more than {limit} mappings; split the mapping set</source>
        <comment>import.too-many-mappings</comment>
        <translation>fler än {limit} mappningar; dela upp mappningsmängden</translation>
    </message>
    <message>
        <source>sheet {sheet}: more than {limit} rows; split the framework or remove empty rows</source>
        <comment>import.too-many-rows</comment>
        <translation>bladet {sheet}: fler än {limit} rader; dela upp ramverket eller ta bort tomma rader</translation>
    </message>
    <message>
        <source>scheme {scheme}: a unified glossary exported by this tool, not imported (run &apos;workbench unify&apos; to rebuild it from the decisions)</source>
        <comment>import.unified-scheme</comment>
        <translation>schemat {scheme}: en enhetlig ordlista exporterad av detta verktyg, inte importerad (kör &apos;workbench unify&apos; för att bygga om den från besluten)</translation>
    </message>
    <message>
        <source>unknown import format &apos;{format}&apos;; use one of {formats}</source>
        <comment>import.unknown-format</comment>
        <translation>okänt importformat &apos;{format}&apos;; använd ett av {formats}</translation>
    </message>
    <message>
        <source>{path}: cannot tell the format from the name; give --format ({formats})</source>
        <comment>import.unknown-suffix</comment>
        <translation>{path}: formatet framgår inte av namnet; ange --format ({formats})</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} MB; at most {limit} MB are read</source>
        <comment>import.unpacks-too-large</comment>
        <translation>arbetsboken packas upp till {size} MB; högst {limit} MB läses</translation>
    </message>
    <message>
        <source>{source}: updated framework &apos;{key}&apos;: {kept} entries kept (with their mappings), {added} added, {removed} removed</source>
        <comment>import.updated</comment>
        <translation>{source}: uppdaterade ramverket &apos;{key}&apos;: {kept} poster behållna (med sina mappningar), {added} tillagda, {removed} borttagna</translation>
    </message>
    <message>
        <source>{path}: minutes are written as .xlsx</source>
        <comment>minutes.suffix</comment>
        <translation>{path}: protokollet skrivs som .xlsx</translation>
    </message>
    <message>
        <source>an activity needs a label</source>
        <comment>model.activity-label</comment>
        <translation>en aktivitet behöver en benämning</translation>
    </message>
    <message>
        <source>{ref} is already traced as {relation} to the activity &apos;{other}&apos; in &apos;{process}&apos;; an activity has one place in the model: remove that trace first, or trace it here as broader, narrower or related</source>
        <comment>model.activity-placed</comment>
        <translation>{ref} är redan spårad som {relation} till aktiviteten &apos;{other}&apos; i &apos;{process}&apos;; en aktivitet har ett ställe i modellen: ta bort det spåret först, eller spåra den hit som bredare, smalare eller relaterad</translation>
    </message>
    <message>
        <source>activity &apos;{label}&apos; already occurs in process &apos;{process}&apos; as &apos;{other}&apos;; each activity occurs only once in the model</source>
        <comment>model.activity-twice</comment>
        <translation>aktiviteten &apos;{label}&apos; finns redan i processen &apos;{process}&apos; som &apos;{other}&apos;; varje aktivitet förekommer bara en gång i modellen</translation>
    </message>
    <message>
        <source>process {uid}: status &apos;{status}&apos; is not one of {statuses}</source>
        <comment>model.bad-status</comment>
        <translation>processen {uid}: status &apos;{status}&apos; är inte en av {statuses}</translation>
    </message>
    <message>
        <source>activity {uid} needs a label</source>
        <comment>model.named-activity-label</comment>
        <translation>aktiviteten {uid} behöver en benämning</translation>
    </message>
    <message>
        <source>process {uid} needs a label</source>
        <comment>model.named-process-label</comment>
        <translation>processen {uid} behöver en benämning</translation>
    </message>
    <message>
        <source>no unified activity &apos;{uid}&apos;</source>
        <comment>model.no-activity</comment>
        <translation>ingen enhetlig aktivitet &apos;{uid}&apos;</translation>
    </message>
    <message>
        <source>no unified process or activity &apos;{uid}&apos;</source>
        <comment>model.no-element</comment>
        <translation>ingen enhetlig process eller aktivitet &apos;{uid}&apos;</translation>
    </message>
    <message>
        <source>no unified process &apos;{uid}&apos;</source>
        <comment>model.no-process</comment>
        <translation>ingen enhetlig process &apos;{uid}&apos;</translation>
    </message>
    <message>
        <source>{path} holds no &apos;usm&apos; framework to start the process model from</source>
        <comment>model.no-usm</comment>
        <translation>{path} har inget ramverk &apos;usm&apos; att starta processmodellen från</translation>
    </message>
    <message>
        <source>the USM framework has no processes to start from</source>
        <comment>model.no-usm-processes</comment>
        <translation>ramverket USM har inga processer att utgå från</translation>
    </message>
    <message>
        <source>{path}: the unified process model is not empty</source>
        <comment>model.not-empty</comment>
        <translation>{path}: den enhetliga processmodellen är inte tom</translation>
    </message>
    <message>
        <source>{ref} is not traced to {uid}</source>
        <comment>model.not-traced</comment>
        <translation>{ref} är inte spårad till {uid}</translation>
    </message>
    <message>
        <source>a process needs a label</source>
        <comment>model.process-label</comment>
        <translation>en process behöver en benämning</translation>
    </message>
    <message>
        <source>{traces} traces from decisions, {processes} proposed processes ({added_processes} new), {proposed} proposed activities ({added} new), {conflicts} activities in two places, {unplaced} decided entries not yet placed</source>
        <comment>model.refreshed</comment>
        <translation>{traces} spår från beslut, {processes} föreslagna processer ({added_processes} nya), {proposed} föreslagna aktiviteter ({added} nya), {conflicts} aktiviteter på två ställen, {unplaced} beslutade poster ännu utan plats</translation>
    </message>
    <message>
        <source>unknown entry {ref}</source>
        <comment>model.unknown-entry</comment>
        <translation>okänd post {ref}</translation>
    </message>
    <message>
        <source>unknown process skeleton &apos;{skeleton}&apos;: use one of {skeletons}</source>
        <comment>model.unknown-skeleton</comment>
        <translation>okänt processkelett &apos;{skeleton}&apos;: använd ett av {skeletons}</translation>
    </message>
    <message>
        <source>About</source>
        <comment>place.about</comment>
        <translation>About</translation>
    </message>
    <message>
        <source>line {line}</source>
        <comment>place.line</comment>
        <translation>rad {line}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <comment>place.line-column</comment>
        <translation>rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <comment>place.sheet</comment>
        <translation>blad {sheet}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <comment>place.sheet-row</comment>
        <translation>blad {sheet}, rad {row}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}</source>
        <comment>place.sheet-row-column</comment>
        <translation>blad {sheet}, rad {row}, kolumn {column}</translation>
    </message>
    <message>
        <source>unknown predicate &apos;{text}&apos;: use one of {names} (or their skos: names)</source>
        <comment>predicate.unknown</comment>
        <translation>okänt predikat &apos;{text}&apos;: använd ett av {names} (eller deras skos:-namn)</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <comment>problem.at</comment>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason})</source>
        <comment>rdf.cannot-read</comment>
        <translation>{path}: filen kan inte läsas ({reason})</translation>
    </message>
    <message>
        <source>not valid RDF ({format}): {detail}</source>
        <comment>rdf.invalid</comment>
        <translation>ogiltig RDF ({format}): {detail}</translation>
    </message>
    <message>
        <source>no {wanted} found</source>
        <comment>rdf.nothing-found</comment>
        <translation>inget {wanted} hittades</translation>
    </message>
    <message>
        <source>abbreviation {text}</source>
        <comment>reason.abbreviation</comment>
        <translation>förkortning {text}</translation>
    </message>
    <message>
        <source>alternative label &apos;{text}&apos;</source>
        <comment>reason.alternative-label</comment>
        <translation>alternativ benämning &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>different kinds of entry: {first} / {second}</source>
        <comment>reason.categories-apart</comment>
        <translation>olika slags poster: {first} / {second}</translation>
    </message>
    <message>
        <source>children mapped</source>
        <comment>reason.children-mapped</comment>
        <translation>barnen mappade</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; spelled out</source>
        <comment>reason.code-spelled-out</comment>
        <translation>koden &apos;{code}&apos; utskriven</translation>
    </message>
    <message>
        <source>definitions share {phrases}</source>
        <comment>reason.definitions-share</comment>
        <translation>definitionerna delar {phrases}</translation>
    </message>
    <message>
        <source>domain or range mapped</source>
        <comment>reason.domain-or-range</comment>
        <translation>domän eller värdemängd mappad</translation>
    </message>
    <message>
        <source>same name; the definitions differ ({why})</source>
        <comment>reason.false-friend</comment>
        <translation>samma namn; definitionerna skiljer sig åt ({why})</translation>
    </message>
    <message>
        <source>{language} label &apos;{text}&apos;</source>
        <comment>reason.language-label</comment>
        <translation>benämning på {language} &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>linked through {ref} (both mapped)</source>
        <comment>reason.linked-through</comment>
        <translation>kopplade via {ref} (båda mappade)</translation>
    </message>
    <message>
        <source>links corresponding classes</source>
        <comment>reason.links-corresponding</comment>
        <translation>länkar motsvarande klasser</translation>
    </message>
    <message>
        <source>links the same classes the other way round</source>
        <comment>reason.links-reversed</comment>
        <translation>länkar samma klasser i omvänd riktning</translation>
    </message>
    <message>
        <source>the definitions say much the same (meaning {similarity})</source>
        <comment>reason.meaning-alike</comment>
        <translation>definitionerna säger i stort sett samma sak (betydelse {similarity})</translation>
    </message>
    <message>
        <source>carried by meaning: the definitions say much the same ({similarity})</source>
        <comment>reason.meaning-carried</comment>
        <translation>bärs av betydelsen: definitionerna säger i stort sett samma sak ({similarity})</translation>
    </message>
    <message>
        <source>parents matched elsewhere</source>
        <comment>reason.parents-elsewhere</comment>
        <translation>föräldrarna matchade på annat håll</translation>
    </message>
    <message>
        <source>parents mapped</source>
        <comment>reason.parents-mapped</comment>
        <translation>föräldrarna mappade</translation>
    </message>
    <message>
        <source>but one names a role, the other an activity</source>
        <comment>reason.role-and-activity</comment>
        <translation>men den ena är en roll, den andra en aktivitet</translation>
    </message>
    <message>
        <source>same compound &apos;{first}&apos; / &apos;{second}&apos;</source>
        <comment>reason.same-compound</comment>
        <translation>samma sammansättning &apos;{first}&apos; / &apos;{second}&apos;</translation>
    </message>
    <message>
        <source>same label</source>
        <comment>reason.same-label</comment>
        <translation>samma benämning</translation>
    </message>
    <message>
        <source>same stem {stems}</source>
        <comment>reason.same-stem</comment>
        <translation>samma ordstam {stems}</translation>
    </message>
    <message>
        <source>shared words {words}</source>
        <comment>reason.shared-words</comment>
        <translation>gemensamma ord {words}</translation>
    </message>
    <message>
        <source>similar spelling ({percent}%)</source>
        <comment>reason.similar-spelling</comment>
        <translation>liknande stavning ({percent} %)</translation>
    </message>
    <message>
        <source>similar words {pairs}</source>
        <comment>reason.similar-words</comment>
        <translation>liknande ord {pairs}</translation>
    </message>
    <message>
        <source>&apos;{old}&apos; was renamed or replaced by &apos;{new}&apos;</source>
        <comment>reason.successor</comment>
        <translation>&apos;{old}&apos; har bytt namn till eller ersatts av &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>successor of &apos;{label}&apos;, which matches as well</source>
        <comment>reason.successor-of</comment>
        <translation>efterföljare till &apos;{label}&apos;, som också matchar</translation>
    </message>
    <message>
        <source>synonyms &apos;{word}&apos; / &apos;{partner}&apos; (labels of one entry swap them)</source>
        <comment>reason.synonyms</comment>
        <translation>synonymer &apos;{word}&apos; / &apos;{partner}&apos; (en posts benämningar växlar mellan dem)</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; / &apos;{second}&apos;</source>
        <comment>reason.word-pair</comment>
        <translation>&apos;{first}&apos; / &apos;{second}&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a reference: write FRAMEWORK:ENTRY, e.g. itil4:incident-management</source>
        <comment>ref.invalid</comment>
        <translation>&apos;{text}&apos; är ingen referens: skriv RAMVERK:POST, t.ex. itil4:incident-management</translation>
    </message>
    <message>
        <source>{object_framework} “{object}” is broader than {subject_framework} “{subject}”</source>
        <comment>relation.sentence.broader</comment>
        <translation>{object_framework} ”{object}” är bredare än {subject_framework} ”{subject}”</translation>
    </message>
    <message>
        <source>{subject_framework} “{subject}” means nearly the same as {object_framework} “{object}”</source>
        <comment>relation.sentence.close</comment>
        <translation>{subject_framework} ”{subject}” betyder nästan samma sak som {object_framework} ”{object}”</translation>
    </message>
    <message>
        <source>{subject_framework} “{subject}” means the same as {object_framework} “{object}”</source>
        <comment>relation.sentence.exact</comment>
        <translation>{subject_framework} ”{subject}” betyder samma sak som {object_framework} ”{object}”</translation>
    </message>
    <message>
        <source>{object_framework} “{object}” is narrower than {subject_framework} “{subject}”</source>
        <comment>relation.sentence.narrower</comment>
        <translation>{object_framework} ”{object}” är smalare än {subject_framework} ”{subject}”</translation>
    </message>
    <message>
        <source>{subject_framework} “{subject}” is not a match for {object_framework} “{object}”</source>
        <comment>relation.sentence.not-a-match</comment>
        <translation>{subject_framework} ”{subject}” matchar inte {object_framework} ”{object}”</translation>
    </message>
    <message>
        <source>{subject_framework} “{subject}” is related to {object_framework} “{object}”</source>
        <comment>relation.sentence.related</comment>
        <translation>{subject_framework} ”{subject}” är relaterad till {object_framework} ”{object}”</translation>
    </message>
    <message>
        <source>self-test: {what}</source>
        <comment>selftest.required</comment>
        <translation>självtest: {what}</translation>
    </message>
    <message>
        <source>self-test step &apos;{step}&apos; failed: {error}</source>
        <comment>selftest.step-failed</comment>
        <translation>steget &apos;{step}&apos; i självtestet misslyckades: {error}</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL: write postgresql://user@host[:port]/database</source>
        <comment>server.bad-url</comment>
        <translation>&apos;{url}&apos; är ingen databas-URL: skriv postgresql://användare@värd[:port]/databas</translation>
    </message>
    <message>
        <source>{location}: cannot connect to the database server ({detail})</source>
        <comment>server.cannot-connect</comment>
        <translation>{location}: kan inte ansluta till databasservern ({detail})</translation>
    </message>
    <message>
        <source>{location}: your role may not create tables in this database; run init as the database&apos;s owner (or have it grant CREATE on the schema)</source>
        <comment>server.cannot-create</comment>
        <translation>{location}: din roll får inte skapa tabeller i den här databasen; kör init som databasens ägare (eller låt ägaren ge CREATE på schemat)</translation>
    </message>
    <message>
        <source>{location}: another writer changed the same data at the same moment; nothing was changed (try again)</source>
        <comment>server.concurrent</comment>
        <translation>{location}: någon annan ändrade samma uppgifter i samma ögonblick; inget ändrades (försök igen)</translation>
    </message>
    <message>
        <source>{location}: the connection to the database server was lost ({detail}); nothing was changed</source>
        <comment>server.connection-lost</comment>
        <translation>{location}: anslutningen till databasservern bröts ({detail}); inget ändrades</translation>
    </message>
    <message>
        <source>{location}: the database server&apos;s disk is full; nothing was changed (tell its administrator)</source>
        <comment>server.disk-full</comment>
        <translation>{location}: databasserverns disk är full; inget ändrades (meddela dess administratör)</translation>
    </message>
    <message>
        <source>{location}: holds no workspace yet; create one with: workbench init {location}</source>
        <comment>server.empty</comment>
        <translation>{location}: innehåller ännu ingen arbetsyta; skapa en med: workbench init {location}</translation>
    </message>
    <message>
        <source>{location}: the database server refused the change ({detail})</source>
        <comment>server.error</comment>
        <translation>{location}: databasservern avvisade ändringen ({detail})</translation>
    </message>
    <message>
        <source>{location}: already holds a workspace; use --force to replace it</source>
        <comment>server.exists</comment>
        <translation>{location}: innehåller redan en arbetsyta; använd --force för att ersätta den</translation>
    </message>
    <message>
        <source>{location}: made by an earlier version (schema {revision}); the database&apos;s owner must upgrade it (any workbench command run as the owner does)</source>
        <comment>server.needs-owner</comment>
        <translation>{location}: skapad av en tidigare version (schema {revision}); databasens ägare måste uppgradera den (vilket workbench-kommando som helst som körs av ägaren gör det)</translation>
    </message>
    <message>
        <source>{location}: the server has no database &apos;{database}&apos;; ask its administrator to create it</source>
        <comment>server.no-database</comment>
        <translation>{location}: servern har ingen databas &apos;{database}&apos;; be dess administratör att skapa den</translation>
    </message>
    <message>
        <source>{location}: the server asks for a password; give it in ~/.pgpass (or $PGPASSFILE), a service file, $PGPASSWORD or the system keyring (the workbench never stores it in plain text)</source>
        <comment>server.no-password</comment>
        <translation>{location}: servern begär ett lösenord; ange det i ~/.pgpass (eller $PGPASSFILE), en tjänstefil, $PGPASSWORD eller systemets nyckelring (workbench sparar det aldrig i klartext)</translation>
    </message>
    <message>
        <source>{location}: the server has no role (user) &apos;{user}&apos;</source>
        <comment>server.no-role</comment>
        <translation>{location}: servern har ingen roll (användare) &apos;{user}&apos;</translation>
    </message>
    <message>
        <source>{location}: not a workbench workspace (the database holds tables of another program: {tables})</source>
        <comment>server.other-program</comment>
        <translation>{location}: ingen workbench-arbetsyta (databasen innehåller tabeller från ett annat program: {tables})</translation>
    </message>
    <message>
        <source>{location}: the server refused the connection ({detail})</source>
        <comment>server.refused</comment>
        <translation>{location}: servern avvisade anslutningen ({detail})</translation>
    </message>
    <message>
        <source>{location}: cannot reach the database server ({detail}); is it running, and are host and port right?</source>
        <comment>server.unreachable</comment>
        <translation>{location}: når inte databasservern ({detail}); är den igång, och stämmer värd och port?</translation>
    </message>
    <message>
        <source>{location}: the server refused the password of &apos;{user}&apos;; correct it where it is kept (~/.pgpass, $PGPASSWORD, the service file or the system keyring)</source>
        <comment>server.wrong-password</comment>
        <translation>{location}: servern avvisade lösenordet för &apos;{user}&apos;; rätta det där det förvaras (~/.pgpass, $PGPASSWORD, tjänstefilen eller systemets nyckelring)</translation>
    </message>
    <message>
        <source>an activity needs a parent process</source>
        <comment>sheet.activity-without-parent</comment>
        <translation>en aktivitet måste höra till en process</translation>
    </message>
    <message>
        <source>framework key &apos;{key}&apos;: use lower case letters, digits and &apos;-&apos;</source>
        <comment>sheet.bad-framework-key</comment>
        <translation>ramverksnyckeln &apos;{key}&apos;: använd gemena bokstäver, siffror och &apos;-&apos;</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos; may only hold lower case letters, digits and &apos;-&apos;</source>
        <comment>sheet.bad-key</comment>
        <translation>nyckeln &apos;{key}&apos; får bara innehålla gemena bokstäver, siffror och &apos;-&apos;</translation>
    </message>
    <message>
        <source>language &apos;{language}&apos; is not a language tag such as en or sv</source>
        <comment>sheet.bad-language</comment>
        <translation>språket &apos;{language}&apos; är ingen språkkod som en eller sv</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <comment>sheet.empty-label</comment>
        <translation>benämningen är tom</translation>
    </message>
    <message>
        <source>holds a formula; paste values instead</source>
        <comment>sheet.formula</comment>
        <translation>innehåller en formel; klistra in värdena i stället</translation>
    </message>
    <message>
        <source>holds a formula; type the value instead</source>
        <comment>sheet.formula-about</comment>
        <translation>innehåller en formel; skriv in värdet i stället</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos; is used twice (first at {first})</source>
        <comment>sheet.key-twice</comment>
        <translation>nyckeln &apos;{key}&apos; används två gånger (först i {first})</translation>
    </message>
    <message>
        <source>no entries: the file has no rows under a heading row with a label column</source>
        <comment>sheet.no-entries</comment>
        <translation>inga poster: filen har inga rader under en rubrikrad med en benämningskolumn</translation>
    </message>
    <message>
        <source>no heading row with a label column (Label, Term, Begrepp ...) in the first {rows} rows</source>
        <comment>sheet.no-heading</comment>
        <translation>ingen rubrikrad med en benämningskolumn (Label, Term, Begrepp …) bland de första {rows} raderna</translation>
    </message>
    <message>
        <source>no framework key: add an About sheet with a &apos;key&apos; row, or give --framework KEY</source>
        <comment>sheet.no-key</comment>
        <translation>ingen ramverksnyckel: lägg till ett Om-blad med raden &apos;nyckel&apos;, eller ange --framework NYCKEL</translation>
    </message>
    <message>
        <source>no sheet with a heading row holding a label column (Label, Term, Begrepp ...)</source>
        <comment>sheet.none</comment>
        <translation>inget blad har en rubrikrad med en benämningskolumn (Label, Term, Begrepp …)</translation>
    </message>
    <message>
        <source>parent &apos;{parent}&apos; is not a process</source>
        <comment>sheet.parent-not-a-process</comment>
        <translation>den överordnade &apos;{parent}&apos; är ingen process</translation>
    </message>
    <message>
        <source>only activities have a parent (this is a {kind})</source>
        <comment>sheet.parent-of-non-activity</comment>
        <translation>bara aktiviteter har en överordnad (den här är en {kind})</translation>
    </message>
    <message>
        <source>a second &apos;{field}&apos; column (&apos;{heading}&apos;); keep one</source>
        <comment>sheet.second-column</comment>
        <translation>en andra kolumn för &apos;{field}&apos; (&apos;{heading}&apos;); behåll bara en</translation>
    </message>
    <message>
        <source>more than {limit} columns</source>
        <comment>sheet.too-many-columns</comment>
        <translation>fler än {limit} kolumner</translation>
    </message>
    <message>
        <source>kind &apos;{kind}&apos; is not term, process or activity</source>
        <comment>sheet.unknown-kind</comment>
        <translation>typen &apos;{kind}&apos; är inte begrepp, process eller aktivitet</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is no key or label in this file</source>
        <comment>sheet.unknown-link</comment>
        <translation>&apos;{name}&apos; är varken nyckel eller benämning i den här filen</translation>
    </message>
    <message>
        <source>parent &apos;{parent}&apos; is no key or label in this file</source>
        <comment>sheet.unknown-parent</comment>
        <translation>den överordnade &apos;{parent}&apos; är varken nyckel eller benämning i den här filen</translation>
    </message>
    <message>
        <source>the definitions share little</source>
        <comment>sign.definitions-apart</comment>
        <translation>definitionerna har lite gemensamt</translation>
    </message>
    <message>
        <source>different kinds: {first} / {second}</source>
        <comment>sign.kinds-apart</comment>
        <translation>olika slag: {first} / {second}</translation>
    </message>
    <message>
        <source>each framework&apos;s definition fits other entries better</source>
        <comment>sign.outranked</comment>
        <translation>båda ramverkens definitioner passar bättre på andra poster</translation>
    </message>
    <message>
        <source>no concept scheme with key &apos;{key}&apos;; the file holds: {keys}</source>
        <comment>skos.no-scheme</comment>
        <translation>inget begreppsschema har nyckeln &apos;{key}&apos;; filen innehåller: {keys}</translation>
    </message>
    <message>
        <source>two concept schemes would both be framework &apos;{key}&apos;: {first} and {second}</source>
        <comment>skos.schemes-clash</comment>
        <translation>två begreppsscheman skulle båda bli ramverket &apos;{key}&apos;: {first} och {second}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number from 0 to 1</source>
        <comment>sssom.bad-confidence</comment>
        <translation>&apos;{text}&apos; är inget tal mellan 0 och 1</translation>
    </message>
    <message>
        <source>curie_map in the metadata block must map prefixes to IRIs</source>
        <comment>sssom.bad-curie-map</comment>
        <translation>curie_map i metadatablocket ska knyta prefix till IRI:er</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD)</source>
        <comment>sssom.bad-date</comment>
        <translation>&apos;{text}&apos; är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; must be empty or Not</source>
        <comment>sssom.bad-modifier</comment>
        <translation>&apos;{text}&apos; ska vara tomt eller &apos;Not&apos;</translation>
    </message>
    <message>
        <source>the &apos;#&apos; metadata block is not valid YAML</source>
        <comment>sssom.bad-yaml</comment>
        <translation>metadatablocket (raderna med &apos;#&apos;) är inte giltig YAML</translation>
    </message>
    <message>
        <source>{cells} cells but the header has {columns} columns</source>
        <comment>sssom.cell-count</comment>
        <translation>{cells} celler men rubrikraden har {columns} kolumner</translation>
    </message>
    <message>
        <source>{subject} and {object} are decided again (first on line {first})</source>
        <comment>sssom.decided-again</comment>
        <translation>{subject} och {object} beslutas en gång till (först på rad {first})</translation>
    </message>
    <message>
        <source>{ref} is mapped to itself</source>
        <comment>sssom.itself</comment>
        <translation>{ref} mappas mot sig själv</translation>
    </message>
    <message>
        <source>missing column(s) {columns}</source>
        <comment>sssom.missing-columns</comment>
        <translation>kolumn(er) saknas: {columns}</translation>
    </message>
    <message>
        <source>no header row after the metadata block</source>
        <comment>sssom.no-header</comment>
        <translation>ingen rubrikrad efter metadatablocket</translation>
    </message>
    <message>
        <source>framework &apos;{framework}&apos; has no entry &apos;{key}&apos;</source>
        <comment>sssom.no-such-entry</comment>
        <translation>ramverket &apos;{framework}&apos; har ingen post &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a CURIE such as itil4:incident</source>
        <comment>sssom.not-a-curie</comment>
        <translation>&apos;{text}&apos; är ingen CURIE som itil4:incident</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of the SKOS mapping predicates</source>
        <comment>sssom.not-a-predicate</comment>
        <translation>&apos;{text}&apos; är inget av SKOS mappningspredikat</translation>
    </message>
    <message>
        <source>the &apos;#&apos; metadata block must hold &apos;name: value&apos; pairs</source>
        <comment>sssom.not-pairs</comment>
        <translation>metadatablocket (raderna med &apos;#&apos;) ska bestå av par &apos;namn: värde&apos;</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}): is this an SSSOM TSV file?</source>
        <comment>sssom.not-utf8</comment>
        <translation>ingen UTF-8-text (byte {byte}): är det här en SSSOM TSV-fil?</translation>
    </message>
    <message>
        <source>prefix &apos;{prefix}&apos; is no framework of this workspace</source>
        <comment>sssom.unknown-prefix</comment>
        <translation>prefixet &apos;{prefix}&apos; är inget ramverk i den här arbetsytan</translation>
    </message>
    <message>
        <source>not a readable TSV table: {detail}</source>
        <comment>sssom.unreadable</comment>
        <translation>en TSV-tabell som inte går att läsa: {detail}</translation>
    </message>
    <message>
        <source>--min-score must be between 0 and 1, not {score}</source>
        <comment>suggest.bad-min-score</comment>
        <translation>--min-score måste ligga mellan 0 och 1, inte {score}</translation>
    </message>
    <message>
        <source>--top must be at least 1, not {top}</source>
        <comment>suggest.bad-top</comment>
        <translation>--top måste vara minst 1, inte {top}</translation>
    </message>
    <message>
        <source>source and target are both &apos;{key}&apos;: choose two different frameworks</source>
        <comment>suggest.same-framework</comment>
        <translation>källa och mål är båda &apos;{key}&apos;: välj två olika ramverk</translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;: use term, process, activity or all</source>
        <comment>suggest.unknown-kind</comment>
        <translation>okänd typ &apos;{kind}&apos;: använd &apos;term&apos;, &apos;process&apos;, &apos;activity&apos; eller &apos;all&apos;</translation>
    </message>
    <message>
        <source>conflict: {subject} – {object}: here {ours}, there {theirs}; both kept as they are (decide the pair again here to settle it)</source>
        <comment>sync.conflict</comment>
        <translation>konflikt: {subject} – {object}: här {ours}, där {theirs}; båda behålls som de är (besluta om paret igen här för att avgöra det)</translation>
    </message>
    <message>
        <source>created {local} as a copy of {remote}: {frameworks} framework(s), {decisions} decision(s)</source>
        <comment>sync.copied</comment>
        <translation>skapade {local} som en kopia av {remote}: {frameworks} ramverk, {decisions} beslut</translation>
    </message>
    <message>
        <source>{relation} by {author}, {time}</source>
        <comment>sync.decided</comment>
        <translation>{relation} av {author}, {time}</translation>
    </message>
    <message>
        <source>frameworks received: {keys}</source>
        <comment>sync.frameworks-received</comment>
        <translation>mottagna ramverk: {keys}</translation>
    </message>
    <message>
        <source>frameworks sent: {keys}</source>
        <comment>sync.frameworks-sent</comment>
        <translation>skickade ramverk: {keys}</translation>
    </message>
    <message>
        <source>{location}: the laptop side of a sync is a workspace file; give a file path first</source>
        <comment>sync.local-is-url</comment>
        <translation>{location}: den bärbara sidan av en synkronisering är en arbetsytefil; ange en filsökväg först</translation>
    </message>
    <message>
        <source>not synced: {subject} – {object} names an entry this workspace does not hold ({ref})</source>
        <comment>sync.missing-here</comment>
        <translation>inte synkroniserat: {subject} – {object} nämner en post som den här arbetsytan saknar ({ref})</translation>
    </message>
    <message>
        <source>not synced: {subject} – {object} names an entry the team workspace does not hold ({ref})</source>
        <comment>sync.missing-there</comment>
        <translation>inte synkroniserat: {subject} – {object} nämner en post som teamets arbetsyta saknar ({ref})</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>sync.removed</comment>
        <translation>borttaget</translation>
    </message>
    <message>
        <source>{location}: cannot sync a workspace with itself</source>
        <comment>sync.same</comment>
        <translation>{location}: kan inte synkronisera en arbetsyta med sig själv</translation>
    </message>
    <message>
        <source>synced {local} with {remote}: {sent} decision(s) sent, {received} received, {conflicts} conflict(s)</source>
        <comment>sync.summary</comment>
        <translation>synkroniserade {local} med {remote}: {sent} beslut skickade, {received} mottagna, {conflicts} konflikt(er)</translation>
    </message>
    <message>
        <source>attribution</source>
        <comment>template.about.attribution</comment>
        <translation>erkännande</translation>
    </message>
    <message>
        <source>Written by my organisation.</source>
        <comment>template.about.attribution-example</comment>
        <translation>Skrivet av vår organisation.</translation>
    </message>
    <message>
        <source>description</source>
        <comment>template.about.description</comment>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>What this framework covers.</source>
        <comment>template.about.description-example</comment>
        <translation>Vad ramverket omfattar.</translation>
    </message>
    <message>
        <source>edition</source>
        <comment>template.about.edition</comment>
        <translation>utgåva</translation>
    </message>
    <message>
        <source>key</source>
        <comment>template.about.key</comment>
        <translation>nyckel</translation>
    </message>
    <message>
        <source>my-framework</source>
        <comment>template.about.key-example</comment>
        <translation>mitt-ramverk</translation>
    </message>
    <message>
        <source>language</source>
        <comment>template.about.language</comment>
        <translation>språk</translation>
    </message>
    <message>
        <source>en</source>
        <comment>template.about.language-example</comment>
        <translation>sv</translation>
    </message>
    <message>
        <source>licence</source>
        <comment>template.about.licence</comment>
        <translation>licens</translation>
    </message>
    <message>
        <source>Internal use</source>
        <comment>template.about.licence-example</comment>
        <translation>Intern användning</translation>
    </message>
    <message>
        <source>name</source>
        <comment>template.about.name</comment>
        <translation>namn</translation>
    </message>
    <message>
        <source>My framework</source>
        <comment>template.about.name-example</comment>
        <translation>Mitt ramverk</translation>
    </message>
    <message>
        <source>publisher</source>
        <comment>template.about.publisher</comment>
        <translation>utgivare</translation>
    </message>
    <message>
        <source>My organisation</source>
        <comment>template.about.publisher-example</comment>
        <translation>Min organisation</translation>
    </message>
    <message>
        <source>Assess the change</source>
        <comment>template.example.assess</comment>
        <translation>Bedöm ändringen</translation>
    </message>
    <message>
        <source>Weigh the risks and benefits of the requested change.</source>
        <comment>template.example.assess-definition</comment>
        <translation>Väg risker och nytta med den begärda ändringen mot varandra.</translation>
    </message>
    <message>
        <source>Change control</source>
        <comment>template.example.change-control</comment>
        <translation>Ändringshantering</translation>
    </message>
    <message>
        <source>Deciding which changes go ahead and when.</source>
        <comment>template.example.change-control-definition</comment>
        <translation>Att besluta vilka ändringar som genomförs och när.</translation>
    </message>
    <message>
        <source>An approved or rejected change.</source>
        <comment>template.example.change-control-outcome</comment>
        <translation>En godkänd eller avslagen ändring.</translation>
    </message>
    <message>
        <source>Keep changes safe and useful.</source>
        <comment>template.example.change-control-purpose</comment>
        <translation>Hålla ändringar säkra och till nytta.</translation>
    </message>
    <message>
        <source>A change request arrives.</source>
        <comment>template.example.change-control-trigger</comment>
        <translation>En ändringsbegäran kommer in.</translation>
    </message>
    <message>
        <source>Change request</source>
        <comment>template.example.change-request</comment>
        <translation>Ändringsbegäran</translation>
    </message>
    <message>
        <source>RFC</source>
        <comment>template.example.change-request-alt</comment>
        <translation>RFC</translation>
    </message>
    <message>
        <source>A formal proposal to change something in a service.</source>
        <comment>template.example.change-request-definition</comment>
        <translation>Ett formellt förslag om att ändra något i en tjänst.</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <comment>template.heading.abbreviation</comment>
        <translation>Förkortning</translation>
    </message>
    <message>
        <source>Alt labels</source>
        <comment>template.heading.alt-labels</comment>
        <translation>Synonymer</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>template.heading.category</comment>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Definition</source>
        <comment>template.heading.definition</comment>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>template.heading.key</comment>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>template.heading.kind</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>template.heading.label</comment>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>template.heading.language</comment>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>template.heading.outcome</comment>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>template.heading.parent</comment>
        <translation>Ingår i</translation>
    </message>
    <message>
        <source>Purpose</source>
        <comment>template.heading.purpose</comment>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Trigger</source>
        <comment>template.heading.trigger</comment>
        <translation>Startar när</translation>
    </message>
    <message>
        <source>Short forms, separated by &apos;;&apos;.</source>
        <comment>template.help.abbreviation</comment>
        <translation>Kortformer, åtskilda med &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Other names, separated by &apos;;&apos;.</source>
        <comment>template.help.alt-labels</comment>
        <translation>Andra namn, åtskilda med &apos;;&apos;.</translation>
    </message>
    <message>
        <source>One of: {categories}.</source>
        <comment>template.help.category</comment>
        <translation>En av: {categories}.</translation>
    </message>
    <message>
        <source>Column</source>
        <comment>template.help.column</comment>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>What it means, in one to three sentences, in your own words.</source>
        <comment>template.help.definition</comment>
        <translation>Vad det betyder, med en till tre meningar, med egna ord.</translation>
    </message>
    <message>
        <source>A stable short name, lower case letters, digits and &apos;-&apos;. Keep it when you update the file: decisions are tied to it. Left empty, it is made from the label.</source>
        <comment>template.help.key</comment>
        <translation>Ett stabilt kortnamn med små bokstäver, siffror och &apos;-&apos;. Behåll det när du uppdaterar filen: besluten är knutna till det. Lämnas det tomt skapas det från benämningen.</translation>
    </message>
    <message>
        <source>{term}, {process} or {activity}. Empty: {term}, or {activity} when a parent is given.</source>
        <comment>template.help.kind</comment>
        <translation>{term}, {process} eller {activity}. Tom: {term}, eller {activity} när Ingår i är ifylld.</translation>
    </message>
    <message>
        <source>The preferred name (required).</source>
        <comment>template.help.label</comment>
        <translation>Det föredragna namnet (obligatoriskt).</translation>
    </message>
    <message>
        <source>Language of the label if it differs from the framework&apos;s (en, sv ...).</source>
        <comment>template.help.language</comment>
        <translation>Benämningens språk om det skiljer sig från ramverkets (en, sv …).</translation>
    </message>
    <message>
        <source>Headings, About fields, kinds and categories may be written in English or Swedish.</source>
        <comment>template.help.other-language</comment>
        <translation>Rubriker, fält på Om-bladet, typer och kategorier kan skrivas på svenska eller engelska.</translation>
    </message>
    <message>
        <source>For a process: what it delivers.</source>
        <comment>template.help.outcome</comment>
        <translation>För en process: vad den levererar.</translation>
    </message>
    <message>
        <source>For an activity: the key (or label) of its process. Activities keep the order of the rows.</source>
        <comment>template.help.parent</comment>
        <translation>För en aktivitet: nyckeln (eller benämningen) för dess process. Aktiviteterna behåller radernas ordning.</translation>
    </message>
    <message>
        <source>For a process: why it exists.</source>
        <comment>template.help.purpose</comment>
        <translation>För en process: varför den finns.</translation>
    </message>
    <message>
        <source>For a process: what starts it.</source>
        <comment>template.help.trigger</comment>
        <translation>För en process: vad som startar den.</translation>
    </message>
    <message>
        <source>What to write</source>
        <comment>template.help.what</comment>
        <translation>Vad du skriver</translation>
    </message>
    <message>
        <source>About</source>
        <comment>template.sheet.about</comment>
        <translation>Om</translation>
    </message>
    <message>
        <source>Entries</source>
        <comment>template.sheet.entries</comment>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Help</source>
        <comment>template.sheet.help</comment>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>decision removed with it: {decision}</source>
        <comment>update.decision-removed</comment>
        <translation>beslut som togs bort med den: {decision}</translation>
    </message>
    <message>
        <source>entry {ref} is not in the new edition and was removed</source>
        <comment>update.entry-removed</comment>
        <translation>posten {ref} finns inte i den nya utgåvan och togs bort</translation>
    </message>
    <message>
        <source>no framework &apos;{key}&apos; in {path} to update</source>
        <comment>update.no-framework</comment>
        <translation>inget ramverk &apos;{key}&apos; i {path} att uppdatera</translation>
    </message>
    <message>
        <source>{path}: another program has kept the workspace locked for {seconds} s; nothing was changed (try again when it has finished)</source>
        <comment>workspace.busy</comment>
        <translation>{path}: ett annat program har hållit arbetsytan låst i {seconds} s; inget ändrades (försök igen när det är klart)</translation>
    </message>
    <message>
        <source>{path}: cannot open the workspace ({detail})</source>
        <comment>workspace.cannot-open</comment>
        <translation>{path}: arbetsytan kan inte öppnas ({detail})</translation>
    </message>
    <message>
        <source>{path}: cannot read the file: {reason}</source>
        <comment>workspace.cannot-read</comment>
        <translation>{path}: filen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{path}: the workspace file is damaged and cannot be read ({detail}); open an earlier copy or backup</source>
        <comment>workspace.damaged</comment>
        <translation>{path}: arbetsytefilen är skadad och kan inte läsas ({detail}); öppna en tidigare kopia eller säkerhetskopia</translation>
    </message>
    <message>
        <source>{path}: the workspace could not be used ({detail})</source>
        <comment>workspace.database-error</comment>
        <translation>{path}: arbetsytan kunde inte användas ({detail})</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was changed and nothing saved earlier is lost (free some space, then try again)</source>
        <comment>workspace.disk-full</comment>
        <translation>{path}: disken är full; inget ändrades och inget som sparats tidigare har gått förlorat (frigör utrymme och försök igen)</translation>
    </message>
    <message>
        <source>{path}: already exists; use --force to replace it</source>
        <comment>workspace.exists</comment>
        <translation>{path}: finns redan; använd --force för att ersätta den</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name for the workspace</source>
        <comment>workspace.folder-not-file</comment>
        <translation>{path}: är en mapp; ange ett filnamn för arbetsytan</translation>
    </message>
    <message>
        <source>framework &apos;{key}&apos; is listed twice</source>
        <comment>workspace.framework-twice</comment>
        <translation>ramverket &apos;{key}&apos; anges två gånger</translation>
    </message>
    <message>
        <source>{path} already holds a framework &apos;{key}&apos;</source>
        <comment>workspace.holds-framework</comment>
        <translation>{path} innehåller redan ett ramverk &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{path}: reading or writing the disk failed ({detail}); nothing was changed (is the disk still there?)</source>
        <comment>workspace.io-error</comment>
        <translation>{path}: läsning eller skrivning mot disken misslyckades ({detail}); inget ändrades (finns disken kvar?)</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a workspace file</source>
        <comment>workspace.is-folder</comment>
        <translation>{path}: är en mapp, ingen arbetsytefil</translation>
    </message>
    <message>
        <source>{path}: its journal {journal} holds changes that can only be read in a writable folder; copy both files to one</source>
        <comment>workspace.journal-needs-writable-folder</comment>
        <translation>{path}: dess journal {journal} innehåller ändringar som bara kan läsas i en skrivbar mapp; kopiera båda filerna till en sådan</translation>
    </message>
    <message>
        <source>{path}: no such workspace</source>
        <comment>workspace.missing</comment>
        <translation>{path}: arbetsytan finns inte</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of the workbench (schema {revision}); install a newer workbench to open it</source>
        <comment>workspace.newer</comment>
        <translation>{path}: skapad av en nyare version av workbench (schema {revision}); installera en nyare version för att öppna den</translation>
    </message>
    <message>
        <source>unknown entry {ref}: framework &apos;{framework}&apos; has no entry &apos;{key}&apos;</source>
        <comment>workspace.no-entry</comment>
        <translation>okänd post {ref}: ramverket &apos;{framework}&apos; har ingen post &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>unknown entry {ref}: framework &apos;{framework}&apos; has no entry &apos;{key}&apos;; did you mean {suggestion}?</source>
        <comment>workspace.no-entry-did-you-mean</comment>
        <translation>okänd post {ref}: ramverket &apos;{framework}&apos; har ingen post &apos;{key}&apos;; menade du {suggestion}?</translation>
    </message>
    <message>
        <source>no framework &apos;{key}&apos; in {path} (it holds: {keys})</source>
        <comment>workspace.no-framework</comment>
        <translation>inget ramverk &apos;{key}&apos; i {path} (den innehåller: {keys})</translation>
    </message>
    <message>
        <source>no framework &apos;{key}&apos; in {path} (it holds no frameworks)</source>
        <comment>workspace.no-framework-empty</comment>
        <translation>inget ramverk &apos;{key}&apos; i {path} (den innehåller inga ramverk)</translation>
    </message>
    <message>
        <source>{path}: not a workbench workspace (it is not a SQLite database)</source>
        <comment>workspace.not-sqlite</comment>
        <translation>{path}: ingen arbetsyta för workbench (filen är ingen SQLite-databas)</translation>
    </message>
    <message>
        <source>{path}: not a workbench workspace (a SQLite database of another program)</source>
        <comment>workspace.other-program</comment>
        <translation>{path}: ingen arbetsyta för workbench (en SQLite-databas från ett annat program)</translation>
    </message>
    <message>
        <source>{path}: the workspace is open read-only ({reason}); nothing was changed</source>
        <comment>workspace.read-only</comment>
        <translation>{path}: arbetsytan är öppen skrivskyddad ({reason}); inget ändrades</translation>
    </message>
    <message>
        <source>{path}: made by an earlier version (schema {revision}) and must be upgraded, which needs write access ({reason})</source>
        <comment>workspace.read-only-needs-upgrade</comment>
        <translation>{path}: skapad av en tidigare version (schema {revision}) och måste uppgraderas, vilket kräver skrivrätt ({reason})</translation>
    </message>
    <message>
        <source>it is open for writing in another window; make changes there</source>
        <comment>workspace.read-only.another-window</comment>
        <translation>den är öppen för skrivning i ett annat fönster; gör ändringarna där</translation>
    </message>
    <message>
        <source>the file is read-only; make it writable to change it</source>
        <comment>workspace.read-only.file</comment>
        <translation>filen är skrivskyddad; gör den skrivbar för att ändra den</translation>
    </message>
    <message>
        <source>it is on read-only media or in a folder you cannot write to; copy it to a writable folder to change it</source>
        <comment>workspace.read-only.media</comment>
        <translation>den ligger på ett skrivskyddat medium eller i en mapp du inte kan skriva i; kopiera den till en skrivbar mapp för att ändra den</translation>
    </message>
    <message>
        <source>as asked; open it again for writing to change it</source>
        <comment>workspace.read-only.requested</comment>
        <translation>som begärt; öppna den igen för skrivning för att ändra den</translation>
    </message>
    <message>
        <source>your database role may only read it; its owner can grant you the editor&apos;s rights (README: Team workspace)</source>
        <comment>workspace.read-only.role</comment>
        <translation>din databasroll får bara läsa den; ägaren kan ge dig redaktörens rättigheter (README: Team workspace)</translation>
    </message>
    <message>
        <source>unknown entry {ref}: no framework &apos;{framework}&apos; (it holds: {keys})</source>
        <comment>workspace.unknown-entry-framework</comment>
        <translation>okänd post {ref}: inget ramverk &apos;{framework}&apos; (arbetsytan innehåller: {keys})</translation>
    </message>
    <message>
        <source>unknown entry {ref}: no framework &apos;{framework}&apos; (it holds no frameworks)</source>
        <comment>workspace.unknown-entry-framework-empty</comment>
        <translation>okänd post {ref}: inget ramverk &apos;{framework}&apos; (arbetsytan innehåller inga ramverk)</translation>
    </message>
    <message>
        <source>{path}: upgrading from schema {revision} failed ({error}); the file is unchanged and a copy is at {backup}</source>
        <comment>workspace.upgrade-failed</comment>
        <translation>{path}: uppgraderingen från schema {revision} misslyckades ({error}); filen är oförändrad och en kopia finns i {backup}</translation>
    </message>
    <message>
        <source>not an Excel .xlsx workbook (the file is not a zip package)</source>
        <comment>xlsx.not-a-zip</comment>
        <translation>ingen Excel-arbetsbok (.xlsx): filen är inget zip-paket</translation>
    </message>
    <message>
        <source>not readable ({detail})</source>
        <comment>xlsx.sheet-unreadable</comment>
        <translation>går inte att läsa ({detail})</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook: {detail}</source>
        <comment>xlsx.unreadable</comment>
        <translation>en .xlsx-arbetsbok som inte går att läsa: {detail}</translation>
    </message>
    <message>
        <source>line {line}: entity {name} refers to itself</source>
        <comment>xml.entity-loop</comment>
        <translation>rad {line}: entiteten {name} hänvisar till sig själv</translation>
    </message>
    <message>
        <source>line {line}: entity {name} expands to more than {limit} characters (nested entities: an XML bomb?)</source>
        <comment>xml.entity-too-large</comment>
        <translation>rad {line}: entiteten {name} expanderar till fler än {limit} tecken (nästlade entiteter: en XML-bomb?)</translation>
    </message>
    <message>
        <source>line {line}: declares the external entity {name}; files that do are not read</source>
        <comment>xml.external-entity</comment>
        <translation>rad {line}: deklarerar den externa entiteten {name}; sådana filer läses inte</translation>
    </message>
    <message>
        <source>line {line}: declares the parameter entity {name}; files that do are not read</source>
        <comment>xml.parameter-entity</comment>
        <translation>rad {line}: deklarerar parameterentiteten {name}; sådana filer läses inte</translation>
    </message>
    <message>
        <source>line {line}: a text of more than {limit} characters; at most {limit} are read</source>
        <comment>xml.text-too-long</comment>
        <translation>rad {line}: en text på fler än {limit} tecken; högst {limit} läses</translation>
    </message>
    <message>
        <source>line {line}: declares more than {limit} entities</source>
        <comment>xml.too-many-entities</comment>
        <translation>rad {line}: deklarerar fler än {limit} entiteter</translation>
    </message>
    <message>
        <source>line {line}: the file&apos;s text expands to more than {limit} characters (entities?)</source>
        <comment>xml.too-much-text</comment>
        <translation>rad {line}: filens text expanderar till fler än {limit} tecken (entiteter?)</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>concept</source>
        <translation>begrepp</translation>
    </message>
    <message>
        <source>process</source>
        <translation>process</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>Unified element</source>
        <translation>Enhetligt element</translation>
    </message>
    <message>
        <source>{0} of {1} unified elements relate to {2}</source>
        <translation>{0} av {1} enhetliga element har en relation till {2}</translation>
    </message>
    <message>
        <source>Rows of the matrix</source>
        <translation>Matrisens rader</translation>
    </message>
    <message>
        <source>Unified concepts</source>
        <translation>Enhetliga begrepp</translation>
    </message>
    <message>
        <source>Unified processes and activities</source>
        <translation>Enhetliga processer och aktiviteter</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Täckningsmatris</translation>
    </message>
    <message>
        <source>Members of the selected cell</source>
        <translation>Medlemmar i den valda cellen</translation>
    </message>
    <message>
        <source>Elements each framework relates to: </source>
        <translation>Element som varje ramverk har en relation till: </translation>
    </message>
    <message>
        <source>Nothing yet: press “Refresh from decisions” in the Unified glossary tab, or start the process model from the USM skeleton</source>
        <translation>Inget än: tryck ”Uppdatera från besluten” på fliken Enhetlig ordlista, eller starta processmodellen från USM-skelettet</translation>
    </message>
    <message>
        <source>all frameworks</source>
        <translation>alla ramverk</translation>
    </message>
    <message>
        <source>Nothing from this framework.</source>
        <translation>Inget från det här ramverket.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Click a cell to see its members.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Klicka på en cell för att se dess medlemmar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <source>process</source>
        <translation>process</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>föredragen</translation>
    </message>
    <message>
        <source>also</source>
        <translation>även</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>förkortning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Utlösare</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Step {0} of&lt;/b&gt; {1}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Steg {0} i&lt;/b&gt; {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook for stakeholders (.xlsx)</source>
        <translation>Excelarbetsbok för intressenter (.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (a .zip, or a folder of .csv files)</source>
        <translation>CSV-tabeller (en .zip eller en mapp med .csv-filer)</translation>
    </message>
    <message>
        <source>JSON document (.json)</source>
        <translation>JSON-dokument (.json)</translation>
    </message>
    <message>
        <source>SKOS vocabulary, Turtle (.ttl)</source>
        <translation>SKOS-vokabulär, Turtle (.ttl)</translation>
    </message>
    <message>
        <source>SSSOM mapping set (.sssom.tsv)</source>
        <translation>SSSOM-mappningsuppsättning (.sssom.tsv)</translation>
    </message>
    <message>
        <source>ArchiMate Open Exchange (.xml)</source>
        <translation>ArchiMate Open Exchange (.xml)</translation>
    </message>
    <message>
        <source>HTML glossary, one file (.html)</source>
        <translation>HTML-ordlista, en fil (.html)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Mapp…</translation>
    </message>
    <message>
        <source>CSV only: write one .csv file per table into a new folder</source>
        <translation>Bara CSV: skriv en .csv-fil per tabell i en ny mapp</translation>
    </message>
    <message>
        <source>Add a last sheet for &amp;programs (decisions in SSSOM codes)</source>
        <translation>Lägg till ett sista blad för &amp;program (besluten i SSSOM-koder)</translation>
    </message>
    <message>
        <source>The sheets for people name entries and relations in words; programs read SSSOM identifiers</source>
        <translation>Bladen för människor anger poster och relationer i ord; program läser SSSOM-identifierare</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportförlopp</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>A name ending in .zip writes one archive; any other name a folder of .csv files.</source>
        <translation>Ett namn som slutar på .zip ger ett arkiv; alla andra namn en mapp med .csv-filer.</translation>
    </message>
    <message>
        <source>{0} (*{1});;All files (*)</source>
        <translation>{0} (*{1});;Alla filer (*)</translation>
    </message>
    <message>
        <source>Folder to write the CSV folder in</source>
        <translation>Mapp där CSV-mappen skrivs</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Välj var exporten ska skrivas.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Skrivet: {0}</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Exporterade {0}</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>Inget skrevs: {0}</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>överenskommen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Filter concepts by label, definition, notes or member</source>
        <translation>Filtrera begrepp efter benämning, definition, anteckningar eller medlem</translation>
    </message>
    <message>
        <source>Filter unified concepts</source>
        <translation>Filtrera enhetliga begrepp</translation>
    </message>
    <message>
        <source>Refresh from decisions</source>
        <translation>Uppdatera från besluten</translation>
    </message>
    <message>
        <source>Rebuild the concepts from the decisions about terms, and the process model&apos;s traces from the decisions about processes and activities; your edits are kept (undo with Ctrl+Z)</source>
        <translation>Bygg om begreppen från besluten om termer, och processmodellens spår från besluten om processer och aktiviteter; dina ändringar behålls (ångra med Ctrl+Z)</translation>
    </message>
    <message>
        <source>Merge selected</source>
        <translation>Slå ihop markerade</translation>
    </message>
    <message>
        <source>Merge the selected concepts into the first of them</source>
        <translation>Slå ihop de markerade begreppen med det första av dem</translation>
    </message>
    <message>
        <source>Refresh report</source>
        <translation>Uppdateringsrapport</translation>
    </message>
    <message>
        <source>No concepts yet. Decide how the terms of two frameworks relate (the Mapper tab), then press “Refresh from decisions”: terms decided exact or close become one concept each.</source>
        <translation>Inga begrepp än. Bestäm hur två ramverks termer hänger ihop (fliken Mappning), tryck sedan ”Uppdatera från besluten”: termer som beslutats exakta eller nära blir ett begrepp var.</translation>
    </message>
    <message>
        <source>Unified concepts</source>
        <translation>Enhetliga begrepp</translation>
    </message>
    <message>
        <source>Concept label</source>
        <translation>Begreppets benämning</translation>
    </message>
    <message>
        <source>Concept status</source>
        <translation>Begreppets status</translation>
    </message>
    <message>
        <source>Concept definition</source>
        <translation>Begreppets definition</translation>
    </message>
    <message>
        <source>Concept notes</source>
        <translation>Begreppets anteckningar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Save the changed fields (one undo step)</source>
        <translation>Spara de ändrade fälten (ett ångrasteg)</translation>
    </message>
    <message>
        <source>Use proposals</source>
        <translation>Använd förslagen</translation>
    </message>
    <message>
        <source>Go back to the label and definition proposed from the members</source>
        <translation>Gå tillbaka till benämningen och definitionen som föreslås utifrån medlemmarna</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Members of the concept</source>
        <translation>Begreppets medlemmar</translation>
    </message>
    <message>
        <source>Split selected members out</source>
        <translation>Bryt ut markerade medlemmar</translation>
    </message>
    <message>
        <source>Move the selected members into a new concept of their own</source>
        <translation>Flytta de markerade medlemmarna till ett eget, nytt begrepp</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Be&amp;nämning:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Def&amp;inition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Anteckn&amp;ingar:</translation>
    </message>
    <message>
        <source>Members (their definitions help write the unified one):</source>
        <translation>Medlemmar (deras definitioner hjälper dig skriva den enhetliga):</translation>
    </message>
    <message>
        <source>Select a concept to edit it</source>
        <translation>Välj ett begrepp för att redigera det</translation>
    </message>
    <message>
        <source>Select two or more concepts to merge</source>
        <translation>Markera två eller fler begrepp att slå ihop</translation>
    </message>
    <message>
        <source>Select the members to split out</source>
        <translation>Markera medlemmarna som ska brytas ut</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Removed: {0} concept(s) no decision supports any more</source>
        <translation>Borttagna: {0} begrepp som inget beslut längre stöder</translation>
    </message>
    <message>
        <source>Kept your edits though the decisions now propose otherwise</source>
        <translation>Dina ändringar behölls fast besluten nu föreslår annat</translation>
    </message>
    <message>
        <source>Edited but now without members</source>
        <translation>Redigerade men nu utan medlemmar</translation>
    </message>
    <message>
        <source>Refreshing the unified model from the decisions…</source>
        <translation>Uppdaterar den enhetliga modellen från besluten…</translation>
    </message>
    <message>
        <source>Unified model</source>
        <translation>Enhetlig modell</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>another window of this application</source>
        <translation>ett annat fönster i det här programmet</translation>
    </message>
    <message>
        <source>another instance of the workbench (user {0}, process {1}, since {2})</source>
        <translation>en annan instans av programmet (användare {0}, process {1}, sedan {2})</translation>
    </message>
    <message>
        <source>the workbench on the computer {0} (user {1}, since {2})</source>
        <translation>programmet på datorn {0} (användare {1}, sedan {2})</translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation>Arbetsytan är redan öppen</translation>
    </message>
    <message>
        <source>{0} is open for writing in {1}.</source>
        <translation>{0} är öppen för ändringar i {1}.</translation>
    </message>
    <message>
        <source>Open it read-only here? You can read, check and export it; its decisions made there appear here within seconds.</source>
        <translation>Vill du öppna den skrivskyddad här? Du kan läsa, kontrollera och exportera den; beslut som fattas där syns här inom några sekunder.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <source>Open for &amp;writing anyway</source>
        <translation>Öppna för &amp;ändringar ändå</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Read-only: {0}</source>
        <translation>Skrivskyddad: {0}</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace. Waiting for it to finish…</source>
        <translation>Ett annat program skriver till arbetsytan. Väntar på att det blir klart…</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Sluta vänta</translation>
    </message>
    <message>
        <source>Workspace busy</source>
        <translation>Arbetsytan är upptagen</translation>
    </message>
    <message>
        <source>Waiting for another program that is writing to the workspace ({0} of {1} s)…</source>
        <translation>Väntar på ett annat program som skriver till arbetsytan ({0} av {1} s)…</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Excel workbook (.xlsx) — a framework</source>
        <translation>Excelarbetsbok (.xlsx) — ett ramverk</translation>
    </message>
    <message>
        <source>CSV file (.csv) — a framework</source>
        <translation>CSV-fil (.csv) — ett ramverk</translation>
    </message>
    <message>
        <source>OWL ontology — a framework</source>
        <translation>OWL-ontologi — ett ramverk</translation>
    </message>
    <message>
        <source>SSSOM mapping set (.sssom.tsv) — mapping decisions</source>
        <translation>SSSOM-mappningsuppsättning (.sssom.tsv) — mappningsbeslut</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Parent process</source>
        <translation>Överordnad process</translation>
    </message>
    <message>
        <source>Alternative labels</source>
        <translation>Alternativa benämningar</translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation>Förkortningar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Utlösare</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Broader</source>
        <translation>Bredare</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relaterade</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>A framework from a spreadsheet or an ontology, or a colleague&apos;s mapping decisions (SSSOM).</source>
        <translation>Ett ramverk från ett kalkylark eller en ontologi, eller en kollegas mappningsbeslut (SSSOM).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Framework key</source>
        <translation>Ramverksnyckel</translation>
    </message>
    <message>
        <source>from the file (About sheet or ontology); or type a short key</source>
        <translation>från filen (Om-bladet eller ontologin); eller skriv en kort nyckel</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Spara &amp;mall…</translation>
    </message>
    <message>
        <source>Write an Excel template to fill in with a framework of your own</source>
        <translation>Skriv en Excelmall att fylla i med ett eget ramverk</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Framework &amp;key:</source>
        <translation>Ramverks&amp;nyckel:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importera en fil</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: filen finns inte</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Spara mall</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excelarbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Det gick inte att spara mallen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Rubrik i filen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Läses som</translation>
    </message>
    <message>
        <source>Problem (nothing is imported until every one is fixed)</source>
        <translation>Problem (inget importeras förrän alla är åtgärdade)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Recognised columns</source>
        <translation>Igenkända kolumner</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Första raderna</translation>
    </message>
    <message>
        <source>Problems: {0}</source>
        <translation>Problem: {0}</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Inga problem hittades</translation>
    </message>
    <message>
        <source>{0} as {1}</source>
        <translation>{0} som {1}</translation>
    </message>
    <message>
        <source>SKOS vocabulary (Turtle or RDF/XML) — a framework per concept scheme</source>
        <translation>SKOS-vokabulär (Turtle eller RDF/XML) — ett ramverk per begreppsschema</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Läser filen</translation>
    </message>
    <message>
        <source>The {0} file is read with rdflib (no external entities or downloads): every concept or class becomes an entry with its labels, definitions and broader links. Nothing is written until the whole file has been read.</source>
        <translation>{0}-filen läses med rdflib (inga externa entiteter eller nedladdningar): varje begrepp eller klass blir en post med sina benämningar, definitioner och bredare länkar. Inget skrivs förrän hela filen har lästs.</translation>
    </message>
    <message>
        <source>A file with several concept schemes gives one framework per scheme (the framework key picks one of them), and its mapping relations between them become decisions.</source>
        <translation>En fil med flera begreppsscheman ger ett ramverk per schema (ramverksnyckeln väljer ett av dem), och dess mappningsrelationer mellan dem blir beslut.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Läser {0}…</translation>
    </message>
    <message>
        <source>It replaces the framework {0} already in the workspace (decisions on remaining keys are kept).</source>
        <translation>Det ersätter ramverket {0} som redan finns i arbetsytan (beslut om kvarvarande nycklar behålls).</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is.</source>
        <translation>Den här filen kan inte importeras som den är.</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoreras)</translation>
    </message>
    <message>
        <source>First rows ({0} of {1})</source>
        <translation>Första raderna ({0} av {1})</translation>
    </message>
    <message>
        <source>It replaces the framework already in the workspace (decisions on remaining keys are kept).</source>
        <translation>Det ersätter ramverket som redan finns i arbetsytan (beslut om kvarvarande nycklar behålls).</translation>
    </message>
    <message>
        <source>It is added as a new framework.</source>
        <translation>Det läggs till som ett nytt ramverk.</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>termer</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processer</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <source>, edition {0}</source>
        <translation>, utgåva {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; (key &lt;code&gt;{1}&lt;/code&gt;{2}): {3} entries ({4}).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; (nyckel &lt;code&gt;{1}&lt;/code&gt;{2}): {3} poster ({4}).</translation>
    </message>
    <message>
        <source>This file cannot be imported until the problems below are fixed.</source>
        <translation>Den här filen kan inte importeras förrän problemen nedan är åtgärdade.</translation>
    </message>
    <message>
        <source>{0} mapping decisions. New ones are added, identical ones merged; any that contradict a decision already made are listed for review, never overwritten.</source>
        <translation>{0} mappningsbeslut. Nya läggs till, identiska slås ihop; de som motsäger ett redan fattat beslut listas för granskning och skrivs aldrig över.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importerar {0}…</translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is unchanged.
</source>
        <translation>Inget importerades; arbetsytan är oförändrad.
</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1}:</source>
        <translation>{0} problem i {1}:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import a framework (Excel, CSV, SKOS, OWL) or mapping decisions (SSSOM)</source>
        <translation>Importera ett ramverk (Excel, CSV, SKOS, OWL) eller mappningsbeslut (SSSOM)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Write the workspace as Excel, CSV, JSON, SKOS, SSSOM, ArchiMate or HTML</source>
        <translation>Skriv arbetsytan som Excel, CSV, JSON, SKOS, SSSOM, ArchiMate eller HTML</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Terms</source>
        <translation>Termer</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processer</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <source>Load these bundled frameworks:</source>
        <translation>Läs in de här medföljande ramverken:</translation>
    </message>
    <message>
        <source>File of the new workspace</source>
        <translation>Den nya arbetsytans fil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Workspaces (*.workbench *.db)</source>
        <translation>Arbetsytor (*.workbench *.db)</translation>
    </message>
    <message>
        <source>Add bundled frameworks</source>
        <translation>Lägg till medföljande ramverk</translation>
    </message>
    <message>
        <source>Add these bundled frameworks to the workspace:</source>
        <translation>Lägg till dessa medföljande ramverk i arbetsytan:</translation>
    </message>
    <message>
        <source>The workspace holds every bundled framework already.</source>
        <translation>Arbetsytan innehåller redan alla medföljande ramverk.</translation>
    </message>
    <message>
        <source>M&amp;apper</source>
        <translation>Mappnin&amp;g</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Matchade</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Granskade</translation>
    </message>
    <message>
        <source>Entries someone has decided about (&quot;not a match&quot; included) or excluded on purpose</source>
        <translation>Poster som någon har beslutat om (även ”inte en matchning”) eller medvetet undantagit</translation>
    </message>
    <message>
        <source>Entries with a match (exact, close, broader, narrower or related) or a place in the unified model</source>
        <translation>Poster med en matchning (exakt, nära, bredare, smalare eller relaterad) eller en plats i den enhetliga modellen</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Detaljer om den valda posten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Ångrahistorik</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Filter decisions by label, reference, author or rationale</source>
        <translation>Filtrera beslut efter benämning, referens, författare eller motivering</translation>
    </message>
    <message>
        <source>Relation filter</source>
        <translation>Relationsfilter</translation>
    </message>
    <message>
        <source>Any relation</source>
        <translation>Alla relationer</translation>
    </message>
    <message>
        <source>Conflicts (from a sync)</source>
        <translation>Konflikter (från en synkronisering)</translation>
    </message>
    <message>
        <source>Framework filter</source>
        <translation>Ramverksfilter</translation>
    </message>
    <message>
        <source>Second framework filter</source>
        <translation>Filter för andra ramverket</translation>
    </message>
    <message>
        <source>Change relation of the selected decision</source>
        <translation>Ändra relation för det valda beslutet</translation>
    </message>
    <message>
        <source>Change relation</source>
        <translation>Ändra relation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected decision (Delete; undo with Ctrl+Z)</source>
        <translation>Ta bort det valda beslutet (Delete; ångra med Ctrl+Z)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>och</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Ny arbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Öppna arbetsyta…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Add bundled frameworks…</source>
        <translation>&amp;Lägg till medföljande ramverk…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation>&amp;Mappning</translation>
    </message>
    <message>
        <source>Recompute &amp;suggestions</source>
        <translation>Beräkna om &amp;förslag</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>Any framework</source>
        <translation>Alla ramverk</translation>
    </message>
    <message>
        <source>Upgraded from an older version; the original is kept as {0}</source>
        <translation>Uppgraderad från en äldre version; originalet sparas som {0}</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Det gick inte att öppna arbetsytan</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <source>Workspaces (*.workbench *.db);;All (*)</source>
        <translation>Arbetsytor (*.workbench *.db);;Alla (*)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Det gick inte att skapa arbetsytan</translation>
    </message>
    <message>
        <source>{0} is the workspace open in this window; choose another file name.</source>
        <translation>{0} är arbetsytan som är öppen i det här fönstret; välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>{0} exists. Replace it with a new, empty workspace? What it holds is lost.</source>
        <translation>{0} finns redan. Ersätta den med en ny, tom arbetsyta? Det den innehåller går förlorat.</translation>
    </message>
    <message>
        <source>Cannot add the frameworks</source>
        <translation>Kan inte lägga till ramverken</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>Det gick inte att registrera beslutet</translation>
    </message>
    <message>
        <source>Recorded: {0} {1} {2}</source>
        <translation>Registrerat: {0} {1} {2}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Decisions record who made them. Your name as colleagues should read it:</source>
        <translation>Beslut visar vem som fattade dem. Ditt namn så som kollegor ska läsa det:</translation>
    </message>
    <message>
        <source>Nothing recorded: a decision needs an author.</source>
        <translation>Inget registrerat: ett beslut behöver en författare.</translation>
    </message>
    <message>
        <source>Rationale saved on {0} {1} {2}</source>
        <translation>Motiveringen sparad på {0} {1} {2}</translation>
    </message>
    <message>
        <source>Undo or redo changed nothing</source>
        <translation>Ångra eller gör om ändrade ingenting</translation>
    </message>
    <message>
        <source>Cannot delete the decision</source>
        <translation>Det gick inte att ta bort beslutet</translation>
    </message>
    <message>
        <source>Activate (Enter or double-click) to map these</source>
        <translation>Aktivera (Retur eller dubbelklick) för att mappa dessa</translation>
    </message>
    <message>
        <source>Select an entry to see its details here.</source>
        <translation>Välj en post för att se dess detaljer här.</translation>
    </message>
    <message>
        <source>Works offline. Framework texts are our own wording.</source>
        <translation>Fungerar utan nätverk. Ramverkens texter är formulerade med våra egna ord.</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Om {0}</translation>
    </message>
    <message>
        <source>Preparing suggestions by meaning: {0} of {1} entries</source>
        <translation>Förbereder förslag efter betydelse: {0} av {1} poster</translation>
    </message>
    <message>
        <source>Suggestions by meaning are computed each time: {0}</source>
        <translation>Förslag efter betydelse beräknas varje gång: {0}</translation>
    </message>
</context>
<context>
    <name>Mapper</name>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Exact match: the two mean the same</source>
        <translation>Exakt matchning: de betyder samma sak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Nära</translation>
    </message>
    <message>
        <source>Close match: nearly the same, interchangeable in most uses</source>
        <translation>Nära matchning: nästan samma, utbytbara i de flesta fall</translation>
    </message>
    <message>
        <source>Broader</source>
        <translation>Bredare</translation>
    </message>
    <message>
        <source>Broader: the candidate is the wider notion</source>
        <translation>Bredare: kandidaten är det vidare begreppet</translation>
    </message>
    <message>
        <source>Narrower</source>
        <translation>Smalare</translation>
    </message>
    <message>
        <source>Narrower: the candidate is the more specific notion</source>
        <translation>Smalare: kandidaten är det mer specifika begreppet</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relaterad</translation>
    </message>
    <message>
        <source>Related: associated, but not a match</source>
        <translation>Relaterad: sammanhör, men är inte en matchning</translation>
    </message>
    <message>
        <source>Not a match</source>
        <translation>Inte en matchning</translation>
    </message>
    <message>
        <source>Not a match: never suggest this pair again</source>
        <translation>Inte en matchning: föreslå aldrig det här paret igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop computing suggestions</source>
        <translation>Sluta beräkna förslag</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Kä&amp;lla:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>M&amp;ål:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Filter entries (Ctrl+L)</source>
        <translation>Filtrera poster (Ctrl+L)</translation>
    </message>
    <message>
        <source>Filter source entries</source>
        <translation>Filtrera källposter</translation>
    </message>
    <message>
        <source>Source entries</source>
        <translation>Källposter</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Not suggested? Search the target framework (Ctrl+F)</source>
        <translation>Inte föreslagen? Sök i målramverket (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search target entries</source>
        <translation>Sök målposter</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Target search results</source>
        <translation>Sökresultat i målet</translation>
    </message>
    <message>
        <source>Source definition</source>
        <translation>Källans definition</translation>
    </message>
    <message>
        <source>Candidate definition</source>
        <translation>Kandidatens definition</translation>
    </message>
    <message>
        <source>Rationale (Ctrl+E; Enter keeps it, Esc goes back)</source>
        <translation>Motivering (Ctrl+E; Enter sparar, Esc går tillbaka)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <source>Rationale of this decision:</source>
        <translation>Motivering för detta beslut:</translation>
    </message>
    <message>
        <source>Enter saves it on the decision shown in “Decided”</source>
        <translation>Enter sparar den på beslutet som visas under ”Beslutad”</translation>
    </message>
    <message>
        <source>Rationale for this entry&apos;s next decision:</source>
        <translation>Motivering för postens nästa beslut:</translation>
    </message>
    <message>
        <source>Kept for &lt;i&gt;{0}&lt;/i&gt; only; its next decision takes it, whichever candidate it is about</source>
        <translation>Sparas bara för &lt;i&gt;{0}&lt;/i&gt;; dess nästa beslut tar den, vilken kandidat det än gäller</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation>Nästa ogranskade</translation>
    </message>
    <message>
        <source>Previous unreviewed</source>
        <translation>Föregående ogranskade</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>Filtrera poster</translation>
    </message>
    <message>
        <source>Search target</source>
        <translation>Sök i målet</translation>
    </message>
    <message>
        <source>The workspace holds no frameworks yet: import one with File → Import… (Ctrl+I).</source>
        <translation>Arbetsytan har inga ramverk ännu: importera ett med Arkiv → Importera… (Ctrl+I).</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>Läser posterna…</translation>
    </message>
    <message>
        <source>Computing suggestions…</source>
        <translation>Beräknar förslag…</translation>
    </message>
    <message>
        <source>{0} of {1} reviewed</source>
        <translation>{0} av {1} granskade</translation>
    </message>
    <message>
        <source>{0} suggestions for {1} entries</source>
        <translation>{0} förslag för {1} poster</translation>
    </message>
    <message>
        <source>No suggestions for this entry: search the target framework below.</source>
        <translation>Inga förslag för den här posten: sök i målramverket nedan.</translation>
    </message>
    <message>
        <source>the labels agree but the definitions differ: read both before you decide.</source>
        <translation>benämningarna stämmer överens men definitionerna skiljer sig åt: läs båda innan du beslutar.</translation>
    </message>
    <message>
        <source>Choose a candidate first: a suggestion, or a search result (Ctrl+F).</source>
        <translation>Välj en kandidat först: ett förslag eller ett sökresultat (Ctrl+F).</translation>
    </message>
    <message>
        <source>Every entry in this list has been reviewed.</source>
        <translation>Alla poster i listan är granskade.</translation>
    </message>
    <message>
        <source>Source framework</source>
        <translation>Källramverk</translation>
    </message>
    <message>
        <source>Target framework</source>
        <translation>Målramverk</translation>
    </message>
    <message>
        <source>Kind of entries</source>
        <translation>Typ av poster</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termer</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processer</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>All other frameworks</source>
        <translation>Alla andra ramverk</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pair, or the decision taken</source>
        <translation>Par, eller beslutet som togs</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>{0} ↔ {1}</source>
        <translation>{0} ↔ {1}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Workshop minutes</source>
        <translation>Minnesanteckningar från workshop</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Sida {0} av {1}</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbetsyta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Slutade</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Not reviewed</source>
        <translation>Ej granskad</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mappad</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Ingen matchning</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>close</source>
        <translation>nära</translation>
    </message>
    <message>
        <source>broader</source>
        <translation>bredare</translation>
    </message>
    <message>
        <source>narrower</source>
        <translation>smalare</translation>
    </message>
    <message>
        <source>related</source>
        <translation>relaterad</translation>
    </message>
    <message>
        <source>not a match</source>
        <translation>inte en matchning</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source> (conflict)</source>
        <translation> (konflikt)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>Prefs</name>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ditt inloggningsnamn</translation>
    </message>
    <message>
        <source>Recorded as the author of every decision you make</source>
        <translation>Registreras som författare till varje beslut du fattar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>After a decision, move to the next unreviewed entry</source>
        <translation>Gå till nästa ogranskade post efter ett beslut</translation>
    </message>
    <message>
        <source>Suggestions scoring lower than this are hidden unless they come with a reason</source>
        <translation>Förslag med lägre poäng än så döljs, om de inte har en motivering</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Författarnamn:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Teckenstorlek:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Mapper:</source>
        <translation>&amp;Mappning:</translation>
    </message>
    <message>
        <source>Hide suggestions &amp;below:</source>
        <translation>Dölj förslag &amp;under:</translation>
    </message>
    <message>
        <source>A new language takes effect when you restart the workbench.</source>
        <translation>Ett nytt språk börjar gälla när du startar om programmet.</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Exportmapp:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standardmapp för export</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Workshop — presenter ({0})</source>
        <translation>Workshop — presentatör ({0})</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Rationale, typed during the discussion (Ctrl+E; Enter to keep)</source>
        <translation>Motivering, skrivs under diskussionen (Ctrl+E; Retur för att spara)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>&amp;Timer per item:</source>
        <translation>&amp;Tid per punkt:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda (activate a row to go to it):</source>
        <translation>Agenda (aktivera en rad för att gå till den):</translation>
    </message>
    <message>
        <source>Item {0} of {1} — {2} decided, {3} parked, {4} open</source>
        <translation>Punkt {0} av {1} — {2} beslutade, {3} parkerade, {4} öppna</translation>
    </message>
    <message>
        <source>{0} → {1}: proposed {2}, score {3:.2f}{4}
</source>
        <translation>{0} → {1}: förslag {2}, poäng {3:.2f}{4}
</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>Nästa: </translation>
    </message>
    <message>
        <source>nothing left open</source>
        <translation>inget kvar öppet</translation>
    </message>
    <message>
        <source>over by {0}</source>
        <translation>{0} över tiden</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>{0} kvar</translation>
    </message>
</context>
<context>
    <name>Process</name>
    <message>
        <source>Start from USM skeleton</source>
        <translation>Utgå från USM-skelettet</translation>
    </message>
    <message>
        <source>Name of a new process or activity (a verb phrase: &apos;Restore service&apos;)</source>
        <translation>Namn på en ny process eller aktivitet (en verbfras: ”Återställ tjänst”)</translation>
    </message>
    <message>
        <source>Name of the new process or activity</source>
        <translation>Namn på den nya processen eller aktiviteten</translation>
    </message>
    <message>
        <source>Add process</source>
        <translation>Lägg till process</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <source>Add an activity to the selected process (after the selected activity)</source>
        <translation>Lägg till en aktivitet i den valda processen (efter den valda aktiviteten)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Refresh from decisions</source>
        <translation>Uppdatera från besluten</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Godta förslaget</translation>
    </message>
    <message>
        <source>The model is empty. Start from the USM skeleton (your decisions about processes and activities are traced to it at once), or type a name and add your own processes.</source>
        <translation>Modellen är tom. Utgå från USM-skelettet (dina beslut om processer och aktiviteter spåras till det direkt), eller skriv ett namn och lägg till egna processer.</translation>
    </message>
    <message>
        <source>Refresh report</source>
        <translation>Uppdateringsrapport</translation>
    </message>
    <message>
        <source>Copy the five USM processes and their activities, each traced to its USM entry as its source, and trace the framework processes and activities your decisions relate to them (processes proposed so far give way to them)</source>
        <translation>Kopiera USM:s fem processer och deras aktiviteter, var och en spårad till sin USM-post som sin källa, och spåra de ramverksprocesser och aktiviteter som dina beslut knyter till dem (processer som föreslagits hittills ger plats åt dem)</translation>
    </message>
    <message>
        <source>Trace framework processes and activities from the decisions, propose processes and activities for what has no place yet, and refresh the glossary; what you traced or edited is kept (undo with Ctrl+Z)</source>
        <translation>Spåra ramverkens processer och aktiviteter från besluten, föreslå processer och aktiviteter för det som ännu saknar plats, och uppdatera ordlistan; det du har spårat eller ändrat behålls (ångra med Ctrl+Z)</translation>
    </message>
    <message>
        <source>Make the selected proposed process or activity part of the model (editing or moving it does too)</source>
        <translation>Gör den valda föreslagna processen eller aktiviteten till en del av modellen (det gör även att ändra eller flytta den)</translation>
    </message>
    <message>
        <source>Unified process model</source>
        <translation>Enhetlig processmodell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Utlösare</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Traced entry</source>
        <translation>Spårad post</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Traces of the selected element</source>
        <translation>Spår för det valda elementet</translation>
    </message>
    <message>
        <source>Remove trace</source>
        <translation>Ta bort spår</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Tri&amp;gger:</source>
        <translation>&amp;Utlösare:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Resu&amp;ltat:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Beskr&amp;ivning:</translation>
    </message>
    <message>
        <source>The model is empty. Type a name and add your own processes, or add the bundled USM framework (File &gt; Add bundled frameworks…) to start from its skeleton; your decisions about processes and activities are then traced to it at once.</source>
        <translation>Modellen är tom. Skriv ett namn och lägg till egna processer, eller lägg till det medföljande ramverket USM (Arkiv &gt; Lägg till medföljande ramverk…) för att utgå från dess skelett; dina beslut om processer och aktiviteter spåras då till det direkt.</translation>
    </message>
    <message>
        <source>Framework to trace from</source>
        <translation>Ramverk att spåra från</translation>
    </message>
    <message>
        <source>Kind of framework entries</source>
        <translation>Typ av ramverksposter</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processer</translation>
    </message>
    <message>
        <source>Filter framework entries</source>
        <translation>Filtrera ramverksposter</translation>
    </message>
    <message>
        <source>Framework entry</source>
        <translation>Ramverkspost</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Traced to</source>
        <translation>Spårad till</translation>
    </message>
    <message>
        <source>Unified process / activity</source>
        <translation>Enhetlig process/aktivitet</translation>
    </message>
    <message>
        <source>{0} (proposed)</source>
        <translation>{0} (föreslagen)</translation>
    </message>
    <message>
        <source>Trigger: {0}</source>
        <translation>Utlösare: {0}</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Resultat: {0}</translation>
    </message>
    <message>
        <source>Proposed from the decisions: accept, rename or move it to make it yours</source>
        <translation>Föreslagen utifrån besluten: godta, byt namn på eller flytta den för att göra den till din</translation>
    </message>
    <message>
        <source>Framework processes and activities</source>
        <translation>Ramverkets processer och aktiviteter</translation>
    </message>
    <message>
        <source>Relation of the trace</source>
        <translation>Spårets relation</translation>
    </message>
    <message>
        <source>Trace to the selected unified element</source>
        <translation>Spåra till det valda enhetliga elementet</translation>
    </message>
    <message>
        <source>Or drag the entry onto a process or activity in the tree</source>
        <translation>Eller dra posten till en process eller aktivitet i trädet</translation>
    </message>
    <message>
        <source>Select a process or activity</source>
        <translation>Välj en process eller aktivitet</translation>
    </message>
    <message>
        <source>Process {0}</source>
        <translation>Process {0}</translation>
    </message>
    <message>
        <source>Activity {0}</source>
        <translation>Aktivitet {0}</translation>
    </message>
    <message>
        <source>In two places (decide which): {0}</source>
        <translation>På två ställen (bestäm vilket): {0}</translation>
    </message>
    <message>
        <source>Not yet placed (no unified process for them yet): {0}</source>
        <translation>Ännu utan plats (ingen enhetlig process för dem än): {0}</translation>
    </message>
    <message>
        <source>Select a framework entry and a unified process or activity</source>
        <translation>Välj en ramverkspost och en enhetlig process eller aktivitet</translation>
    </message>
    <message>
        <source>Starting the process model from USM…</source>
        <translation>Startar processmodellen från USM…</translation>
    </message>
</context>
<context>
    <name>Save</name>
    <message>
        <source>Save workbook</source>
        <translation>Spara arbetsbok</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excelarbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot save the workbook</source>
        <translation>Det gick inte att spara arbetsboken</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Sparade {0}</translation>
    </message>
    <message>
        <source>Save &amp;workbook…</source>
        <translation>Spara &amp;arbetsbok…</translation>
    </message>
    <message>
        <source>Write the glossary, process model, coverage and decisions to an Excel workbook</source>
        <translation>Skriv ordlistan, processmodellen, täckningen och besluten till en Excelarbetsbok</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Workshop summary</source>
        <translation>Sammanfattning av workshopen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} items: {1} decided, {2} parked, {3} left open.&lt;/b&gt; Facilitated by {4}.</source>
        <translation>&lt;b&gt;{0} punkter: {1} beslutade, {2} parkerade, {3} kvar öppna.&lt;/b&gt; Samtalsledare: {4}.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Workshop outcome</source>
        <translation>Workshopens resultat</translation>
    </message>
    <message>
        <source>Export minutes (Excel)…</source>
        <translation>Exportera protokoll (Excel)…</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Exportera protokoll</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excelarbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export the minutes</source>
        <translation>Det gick inte att exportera protokollet</translation>
    </message>
    <message>
        <source>{0} items: {1} decided, {2} parked, {3} left open.</source>
        <translation>{0} punkter: {1} beslutade, {2} parkerade, {3} kvar öppna.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Open team workspace</source>
        <translation>Öppna teamets arbetsyta</translation>
    </message>
    <message>
        <source>only if ~/.pgpass or a service file does not hold it</source>
        <translation>bara om ~/.pgpass eller en tjänstefil inte har det</translation>
    </message>
    <message>
        <source>Keep the password in the system &amp;keyring</source>
        <translation>Spara lösenordet i systemets &amp;nyckelring</translation>
    </message>
    <message>
        <source>Install the optional &apos;keyring&apos; package to keep passwords in the system keyring</source>
        <translation>Installera det valfria paketet &apos;keyring&apos; för att spara lösenord i systemets nyckelring</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>&amp;Databas-URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Cannot open the team workspace</source>
        <translation>Kan inte öppna teamets arbetsyta</translation>
    </message>
    <message>
        <source>Sync with the team</source>
        <translation>Synkronisera med teamet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s workspace file:</source>
        <translation>&amp;Den här datorns arbetsytefil:</translation>
    </message>
    <message>
        <source>&amp;Team workspace:</source>
        <translation>&amp;Teamets arbetsyta:</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synkronisera</translation>
    </message>
    <message>
        <source>Workspace file on this computer</source>
        <translation>Arbetsytefil på den här datorn</translation>
    </message>
    <message>
        <source>Workspaces (*.workbench *.db);;All (*)</source>
        <translation>Arbetsytor (*.workbench *.db);;Alla (*)</translation>
    </message>
    <message>
        <source>Syncing with the team workspace…</source>
        <translation>Synkroniserar med teamets arbetsyta…</translation>
    </message>
    <message>
        <source>Cannot sync</source>
        <translation>Kan inte synkronisera</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrat av någon annan</translation>
    </message>
    <message>
        <source>{0} decided it at {1}. Keep theirs, or record yours over it?</source>
        <translation>{0} beslutade det {1}. Behåll deras, eller registrera ditt över det?</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behåll &amp;deras</translation>
    </message>
    <message>
        <source>Record &amp;mine</source>
        <translation>Registrera &amp;mitt</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>Öppna &amp;teamets arbetsyta…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynkronisera…</translation>
    </message>
    <message>
        <source>Send this computer&apos;s decisions to the team workspace and take the team&apos;s</source>
        <translation>Skicka den här datorns beslut till teamets arbetsyta och hämta teamets</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>rationale of {0} {1} {2}</source>
        <translation>motivering för {0} {1} {2}</translation>
    </message>
    <message>
        <source>delete {0} {1} {2}</source>
        <translation>ta bort {0} {1} {2}</translation>
    </message>
    <message>
        <source>refresh the unified model from the decisions</source>
        <translation>uppdatera den enhetliga modellen från besluten</translation>
    </message>
    <message>
        <source>start the process model from USM</source>
        <translation>starta processmodellen från USM</translation>
    </message>
    <message>
        <source>accept the proposed activity &apos;{0}&apos;</source>
        <translation>godta den föreslagna aktiviteten &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>accept the proposed process &apos;{0}&apos;</source>
        <translation>godta den föreslagna processen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>add process &apos;{0}&apos;</source>
        <translation>lägg till processen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>add activity &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>lägg till aktiviteten &apos;{0}&apos; i &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>rename process to &apos;{0}&apos;</source>
        <translation>byt namn på processen till &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>rename activity to &apos;{0}&apos;</source>
        <translation>byt namn på aktiviteten till &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>edit process &apos;{0}&apos;</source>
        <translation>redigera processen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>edit activity &apos;{0}&apos;</source>
        <translation>redigera aktiviteten &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>move process &apos;{0}&apos;</source>
        <translation>flytta processen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>move activity</source>
        <translation>flytta aktiviteten</translation>
    </message>
    <message>
        <source>delete process &apos;{0}&apos;</source>
        <translation>ta bort processen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>delete activity &apos;{0}&apos;</source>
        <translation>ta bort aktiviteten &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>trace {0} to {1}</source>
        <translation>spåra {0} till {1}</translation>
    </message>
    <message>
        <source>remove the trace of {0}</source>
        <translation>ta bort spårningen av {0}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>benämningen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statusen</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definitionen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningarna</translation>
    </message>
    <message>
        <source>edit the {0} of {1}</source>
        <translation>redigera {0} för {1}</translation>
    </message>
    <message>
        <source>edit {0}</source>
        <translation>redigera {0}</translation>
    </message>
    <message>
        <source>use the proposals for {0}</source>
        <translation>använd förslagen för {0}</translation>
    </message>
    <message>
        <source>merge {0} concepts into {1}</source>
        <translation>slå ihop {0} begrepp till {1}</translation>
    </message>
    <message>
        <source>split {0} member(s) out of {1}</source>
        <translation>bryt ut {0} medlem(mar) ur {1}</translation>
    </message>
</context>
<context>
    <name>Unified</name>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>för hand</translation>
    </message>
    <message>
        <source>from a decision</source>
        <translation>från ett beslut</translation>
    </message>
    <message>
        <source>Cannot make this change</source>
        <translation>Det gick inte att göra ändringen</translation>
    </message>
    <message>
        <source>&amp;Unified glossary</source>
        <translation>&amp;Enhetlig ordlista</translation>
    </message>
    <message>
        <source>&amp;Process model</source>
        <translation>&amp;Processmodell</translation>
    </message>
    <message>
        <source>Cove&amp;rage</source>
        <translation>&amp;Täckning</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Kontroller</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>Pick two frameworks and work through the pairs the workbench suggests. Say how each pair relates (the same, close, broader, narrower, related) or that it is not a match, and note why.</source>
        <translation>Välj två ramverk och gå igenom paren som programmet föreslår. Ange hur varje par hänger ihop (samma, nära, bredare, smalare, relaterad) eller att det inte är en matchning, och skriv varför.</translation>
    </message>
    <message>
        <source>Open the Mapper</source>
        <translation>Öppna mappningen</translation>
    </message>
    <message>
        <source>Unify</source>
        <translation>Förena</translation>
    </message>
    <message>
        <source>Your decisions gather matching entries into one framework-neutral glossary and process model. Review the proposed names and definitions, and mark them agreed.</source>
        <translation>Dina beslut samlar matchande poster i en ramverksneutral ordlista och processmodell. Granska de föreslagna namnen och definitionerna och markera dem som överenskomna.</translation>
    </message>
    <message>
        <source>Open the unified glossary</source>
        <translation>Öppna den enhetliga ordlistan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Share the result: an Excel workbook for stakeholders, or exchange formats for other tools.</source>
        <translation>Dela resultatet: en Excelarbetsbok för intressenter eller utbytesformat för andra verktyg.</translation>
    </message>
    <message>
        <source>Save a workbook…</source>
        <translation>Spara en arbetsbok…</translation>
    </message>
    <message>
        <source>&lt;h1 style=&apos;margin:0&apos;&gt;Welcome to the {0}&lt;/h1&gt;</source>
        <translation>&lt;h1 style=&apos;margin:0&apos;&gt;Välkommen till {0}&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>This demo workspace{0} holds every bundled framework, ready to compare. Work in three steps; each decision is saved the moment you make it, and Ctrl+Z takes it back.</source>
        <translation>Den här demoarbetsytan{0} innehåller alla medföljande ramverk, redo att jämföras. Arbeta i tre steg; varje beslut sparas i samma stund som du fattar det, och Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again (Help → Getting started brings it back)</source>
        <translation>Visa inte igen (Hjälp → Kom igång visar den igen)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom igång</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>exact</source>
        <comment>relation</comment>
        <translation>exakt</translation>
    </message>
    <message>
        <source>close</source>
        <comment>relation</comment>
        <translation>nära</translation>
    </message>
    <message>
        <source>broader</source>
        <comment>relation</comment>
        <translation>bredare</translation>
    </message>
    <message>
        <source>narrower</source>
        <comment>relation</comment>
        <translation>smalare</translation>
    </message>
    <message>
        <source>related</source>
        <comment>relation</comment>
        <translation>relaterad</translation>
    </message>
    <message>
        <source>not a match</source>
        <comment>relation</comment>
        <translation>inte en matchning</translation>
    </message>
    <message>
        <source>term</source>
        <comment>kind</comment>
        <translation>term</translation>
    </message>
    <message>
        <source>process</source>
        <comment>kind</comment>
        <translation>process</translation>
    </message>
    <message>
        <source>activity</source>
        <comment>kind</comment>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>error</source>
        <comment>severity</comment>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity</comment>
        <translation>varning</translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity</comment>
        <translation>upplysning</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language</comment>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <comment>language</comment>
        <translation>svenska</translation>
    </message>
    <message>
        <source>German</source>
        <comment>language</comment>
        <translation>tyska</translation>
    </message>
    <message>
        <source>French</source>
        <comment>language</comment>
        <translation>franska</translation>
    </message>
    <message>
        <source>Dutch</source>
        <comment>language</comment>
        <translation>nederländska</translation>
    </message>
    <message>
        <source>Same name, different meaning</source>
        <comment>flag</comment>
        <translation>Samma namn, olika betydelse</translation>
    </message>
    <message>
        <source>concept</source>
        <comment>category</comment>
        <translation>begrepp</translation>
    </message>
    <message>
        <source>role</source>
        <comment>category</comment>
        <translation>roll</translation>
    </message>
    <message>
        <source>artefact</source>
        <comment>category</comment>
        <translation>artefakt</translation>
    </message>
    <message>
        <source>event</source>
        <comment>category</comment>
        <translation>händelse</translation>
    </message>
    <message>
        <source>metric</source>
        <comment>category</comment>
        <translation>mått</translation>
    </message>
    <message>
        <source>principle</source>
        <comment>category</comment>
        <translation>princip</translation>
    </message>
    <message>
        <source>practice</source>
        <comment>category</comment>
        <translation>praktik</translation>
    </message>
    <message>
        <source>process</source>
        <comment>category</comment>
        <translation>process</translation>
    </message>
    <message>
        <source>value stream</source>
        <comment>category</comment>
        <translation>värdeflöde</translation>
    </message>
    <message>
        <source>activity</source>
        <comment>category</comment>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>dimension</source>
        <comment>category</comment>
        <translation>dimension</translation>
    </message>
    <message>
        <source>value</source>
        <comment>category</comment>
        <translation>värdering</translation>
    </message>
    <message>
        <source>competency</source>
        <comment>category</comment>
        <translation>kompetens</translation>
    </message>
    <message>
        <source>configuration</source>
        <comment>category</comment>
        <translation>konfiguration</translation>
    </message>
    <message>
        <source>technique</source>
        <comment>category</comment>
        <translation>teknik</translation>
    </message>
    <message>
        <source>tool</source>
        <comment>category</comment>
        <translation>verktyg</translation>
    </message>
    <message>
        <source>organisation</source>
        <comment>category</comment>
        <translation>organisation</translation>
    </message>
    <message>
        <source>waste</source>
        <comment>category</comment>
        <translation>slöseri</translation>
    </message>
    <message>
        <source>measure</source>
        <comment>category</comment>
        <translation>mätetal</translation>
    </message>
    <message>
        <source>forum</source>
        <comment>category</comment>
        <translation>forum</translation>
    </message>
    <message>
        <source>model</source>
        <comment>category</comment>
        <translation>modell</translation>
    </message>
    <message>
        <source>Match and not a match</source>
        <comment>check</comment>
        <translation>Både matchning och inte en matchning</translation>
    </message>
    <message>
        <source>Not a match, yet joined</source>
        <comment>check</comment>
        <translation>Inte en matchning, men ändå sammanförda</translation>
    </message>
    <message>
        <source>One framework twice in a concept</source>
        <comment>check</comment>
        <translation>Samma ramverk två gånger i ett begrepp</translation>
    </message>
    <message>
        <source>Broader/narrower circle</source>
        <comment>check</comment>
        <translation>Cirkel av bredare/smalare</translation>
    </message>
    <message>
        <source>Contradictory relations</source>
        <comment>check</comment>
        <translation>Motsägande relationer</translation>
    </message>
    <message>
        <source>Concept without members</source>
        <comment>check</comment>
        <translation>Begrepp utan medlemmar</translation>
    </message>
    <message>
        <source>Concepts with the same label</source>
        <comment>check</comment>
        <translation>Begrepp med samma namn</translation>
    </message>
    <message>
        <source>Process named after a role</source>
        <comment>check</comment>
        <translation>Process namngiven efter en roll</translation>
    </message>
    <message>
        <source>Process named after a tool</source>
        <comment>check</comment>
        <translation>Process namngiven efter ett verktyg</translation>
    </message>
    <message>
        <source>Name not an activity</source>
        <comment>check</comment>
        <translation>Namnet är ingen aktivitet</translation>
    </message>
    <message>
        <source>Process without trigger</source>
        <comment>check</comment>
        <translation>Process utan utlösare</translation>
    </message>
    <message>
        <source>Process without outcome</source>
        <comment>check</comment>
        <translation>Process utan resultat</translation>
    </message>
    <message>
        <source>Process without activities</source>
        <comment>check</comment>
        <translation>Process utan aktiviteter</translation>
    </message>
    <message>
        <source>Activity occurs twice</source>
        <comment>check</comment>
        <translation>Aktivitet förekommer två gånger</translation>
    </message>
    <message>
        <source>Activity in two places</source>
        <comment>check</comment>
        <translation>Aktivitet på två ställen</translation>
    </message>
    <message>
        <source>Activity without process</source>
        <comment>check</comment>
        <translation>Aktivitet utan process</translation>
    </message>
    <message>
        <source>Decided, but may be false friends</source>
        <comment>check</comment>
        <translation>Beslutade, men kanske falska vänner</translation>
    </message>
    <message>
        <source>Broader links in a circle</source>
        <comment>check</comment>
        <translation>Bredare-länkar i en cirkel</translation>
    </message>
    <message>
        <source>Coverage</source>
        <comment>check</comment>
        <translation>Täckning</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>unified-status</comment>
        <translation>utkast</translation>
    </message>
    <message>
        <source>agreed</source>
        <comment>unified-status</comment>
        <translation>överenskommen</translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>unified-status</comment>
        <translation>föreslagen</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Start &amp;workshop…</source>
        <translation>Starta &amp;workshop…</translation>
    </message>
    <message>
        <source>Start a workshop: project candidate pairs and decide them with the room (F5)</source>
        <translation>Starta en workshop: visa kandidatpar på skärmen och besluta om dem tillsammans med gruppen (F5)</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Park [K]</source>
        <translation>Parkera [K]</translation>
    </message>
    <message>
        <source>Park: defer this item and move on</source>
        <translation>Parkera: skjut upp den här punkten och gå vidare</translation>
    </message>
    <message>
        <source>Previous [P]</source>
        <translation>Föregående [P]</translation>
    </message>
    <message>
        <source>The previous item of the agenda</source>
        <translation>Föregående punkt på agendan</translation>
    </message>
    <message>
        <source>Next [N]</source>
        <translation>Nästa [N]</translation>
    </message>
    <message>
        <source>The next item of the agenda</source>
        <translation>Nästa punkt på agendan</translation>
    </message>
    <message>
        <source>Undo [Ctrl+Z]</source>
        <translation>Ångra [Ctrl+Z]</translation>
    </message>
    <message>
        <source>Undo the last decision (the main window&apos;s undo)</source>
        <translation>Ångra det senaste beslutet (huvudfönstrets ångra)</translation>
    </message>
    <message>
        <source>Rationale [Ctrl+E]</source>
        <translation>Motivering [Ctrl+E]</translation>
    </message>
    <message>
        <source>Type the rationale for the current item</source>
        <translation>Skriv motiveringen för den aktuella punkten</translation>
    </message>
    <message>
        <source>Contrast [C]</source>
        <translation>Kontrast [C]</translation>
    </message>
    <message>
        <source>Audience view: normal, black on white, white on black</source>
        <translation>Publikvy: normal, svart på vitt, vitt på svart</translation>
    </message>
    <message>
        <source>Timer [T]</source>
        <translation>Timer [T]</translation>
    </message>
    <message>
        <source>Switch the per-item timer on or off</source>
        <translation>Slå på eller av timern per punkt</translation>
    </message>
    <message>
        <source>Presenter view [F6]</source>
        <translation>Presentatörsvy [F6]</translation>
    </message>
    <message>
        <source>Show the presenter view (one screen)</source>
        <translation>Visa presentatörsvyn (en skärm)</translation>
    </message>
    <message>
        <source>End workshop [Esc]</source>
        <translation>Avsluta workshop [Esc]</translation>
    </message>
    <message>
        <source>End the workshop and show its summary</source>
        <translation>Avsluta workshopen och visa dess sammanfattning</translation>
    </message>
    <message>
        <source>End workshop</source>
        <translation>Avsluta workshop</translation>
    </message>
    <message>
        <source>End the workshop and show its summary?</source>
        <translation>Avsluta workshopen och visa dess sammanfattning?</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>beslutad</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parkerad</translation>
    </message>
</context>
</TS>
