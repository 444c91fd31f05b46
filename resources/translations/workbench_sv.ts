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
        <source>not a match</source>
        <translation>inte en matchning</translation>
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
    <name>Coverage</name>
    <message>
        <source>Unified element</source>
        <translation>Enhetligt element</translation>
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
        <source>Elements with a member: </source>
        <translation>Element med en medlem: </translation>
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
    <name>Errors</name>
    <message>
        <source>{0}: no such workspace</source>
        <translation>{0}: arbetsytan finns inte</translation>
    </message>
    <message>
        <source>{0}: is a folder, not a workspace file</source>
        <translation>{0}: är en mapp, ingen arbetsytefil</translation>
    </message>
    <message>
        <source>{0}: cannot read the file: {1}</source>
        <translation>{0}: filen kan inte läsas: {1}</translation>
    </message>
    <message>
        <source>{0}: not a workbench workspace (it is not a SQLite database)</source>
        <translation>{0}: ingen arbetsyta för workbench (filen är ingen SQLite-databas)</translation>
    </message>
    <message>
        <source>{0}: not a workbench workspace (a SQLite database of another program)</source>
        <translation>{0}: ingen arbetsyta för workbench (en SQLite-databas från ett annat program)</translation>
    </message>
    <message>
        <source>{0}: the workspace file is damaged and cannot be read ({1})</source>
        <translation>{0}: arbetsytefilen är skadad och kan inte läsas ({1})</translation>
    </message>
    <message>
        <source>{0}: made by a newer version of the workbench (schema {1}); install a newer workbench to open it</source>
        <translation>{0}: skapad av en nyare version av workbench (schema {1}); installera en nyare version för att öppna den</translation>
    </message>
    <message>
        <source>{0}: upgrading from schema {1} failed ({2}); the file is unchanged and a copy is at {3}</source>
        <translation>{0}: uppgraderingen från schema {1} misslyckades ({2}); filen är oförändrad och en kopia finns i {3}</translation>
    </message>
    <message>
        <source>{0}: is a folder; give a file name for the workspace</source>
        <translation>{0}: är en mapp; ange ett filnamn för arbetsytan</translation>
    </message>
    <message>
        <source>{0}: is a folder; give a file name</source>
        <translation>{0}: är en mapp; ange ett filnamn</translation>
    </message>
    <message>
        <source>{0}: no such folder</source>
        <translation>{0}: mappen finns inte</translation>
    </message>
    <message>
        <source>{0}: cannot write here: {1}</source>
        <translation>{0}: kan inte skriva här: {1}</translation>
    </message>
    <message>
        <source>{0}: is a file; give a folder name or a name ending in .zip</source>
        <translation>{0}: är en fil; ange ett mappnamn eller ett namn som slutar på .zip</translation>
    </message>
    <message>
        <source>cannot map {0} to itself</source>
        <translation>{0} kan inte mappas mot sig själv</translation>
    </message>
    <message>
        <source>concept {0}: a label cannot be empty</source>
        <translation>begreppet {0}: benämningen får inte vara tom</translation>
    </message>
    <message>
        <source>cannot merge concept {0} with itself</source>
        <translation>begreppet {0} kan inte slås ihop med sig självt</translation>
    </message>
    <message>
        <source>concept {0}: name at least one member to split out</source>
        <translation>begreppet {0}: ange minst en medlem att bryta ut</translation>
    </message>
    <message>
        <source>concept {0} has no member {1}</source>
        <translation>begreppet {0} har ingen medlem {1}</translation>
    </message>
    <message>
        <source>concept {0}: splitting out every member would leave it empty</source>
        <translation>begreppet {0}: att bryta ut alla medlemmar skulle lämna det tomt</translation>
    </message>
    <message>
        <source>no unified concept {0}</source>
        <translation>inget enhetligt begrepp {0}</translation>
    </message>
    <message>
        <source>a process needs a label</source>
        <translation>en process behöver en benämning</translation>
    </message>
    <message>
        <source>an activity needs a label</source>
        <translation>en aktivitet behöver en benämning</translation>
    </message>
    <message>
        <source>process {0} needs a label</source>
        <translation>processen {0} behöver en benämning</translation>
    </message>
    <message>
        <source>activity {0} needs a label</source>
        <translation>aktiviteten {0} behöver en benämning</translation>
    </message>
    <message>
        <source>activity {0} already occurs in process {1} as {2}; each activity occurs only once in the model</source>
        <translation>aktiviteten {0} finns redan i processen {1} som {2}; varje aktivitet förekommer bara en gång i modellen</translation>
    </message>
    <message>
        <source>{0} is not traced to {1}</source>
        <translation>{0} är inte spårad till {1}</translation>
    </message>
    <message>
        <source>{0}: the unified process model is not empty</source>
        <translation>{0}: den enhetliga processmodellen är inte tom</translation>
    </message>
    <message>
        <source>{0} holds no &apos;usm&apos; framework to start the process model from</source>
        <translation>{0} har inget ramverk &apos;usm&apos; att starta processmodellen från</translation>
    </message>
    <message>
        <source>no unified process {0}</source>
        <translation>ingen enhetlig process {0}</translation>
    </message>
    <message>
        <source>no unified activity {0}</source>
        <translation>ingen enhetlig aktivitet {0}</translation>
    </message>
    <message>
        <source>no unified process or activity {0}</source>
        <translation>ingen enhetlig process eller aktivitet {0}</translation>
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
    <name>FileProblems</name>
    <message>
        <source>sheet {0}, row {1}, column {2}</source>
        <translation>blad {0}, rad {1}, kolumn {2}</translation>
    </message>
    <message>
        <source>sheet {0}, row {1}</source>
        <translation>blad {0}, rad {1}</translation>
    </message>
    <message>
        <source>line {0}, column {1}</source>
        <translation>rad {0}, kolumn {1}</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>rad {0}</translation>
    </message>
    <message>
        <source>sheet {0}</source>
        <translation>blad {0}</translation>
    </message>
    <message>
        <source>not an Excel .xlsx workbook (the file is not a zip package)</source>
        <translation>ingen Excel-arbetsbok (.xlsx): filen är inget zip-paket</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook: {0}</source>
        <translation>en .xlsx-arbetsbok som inte går att läsa: {0}</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({0})</source>
        <translation>en .xlsx-arbetsbok som inte går att läsa ({0})</translation>
    </message>
    <message>
        <source>not readable ({0})</source>
        <translation>går inte att läsa ({0})</translation>
    </message>
    <message>
        <source>the file is larger than {0} MB</source>
        <translation>filen är större än {0} MB</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {0}); save the CSV as UTF-8</source>
        <translation>ingen UTF-8-text (byte {0}); spara CSV-filen som UTF-8</translation>
    </message>
    <message>
        <source>not a text file (it holds NUL bytes)</source>
        <translation>ingen textfil (den innehåller NUL-tecken)</translation>
    </message>
    <message>
        <source>not a readable CSV file: {0}</source>
        <translation>en CSV-fil som inte går att läsa: {0}</translation>
    </message>
    <message>
        <source>holds a formula; type the value instead</source>
        <translation>innehåller en formel; skriv in värdet i stället</translation>
    </message>
    <message>
        <source>holds a formula; paste values instead</source>
        <translation>innehåller en formel; klistra in värdena i stället</translation>
    </message>
    <message>
        <source>no heading row with a label column (Label, Term, Begrepp ...) in the first {0} rows</source>
        <translation>ingen rubrikrad med en benämningskolumn (Label, Term, Begrepp …) bland de första {0} raderna</translation>
    </message>
    <message>
        <source>a second {0} column ({1}); keep one</source>
        <translation>en andra kolumn för {0} ({1}); behåll bara en</translation>
    </message>
    <message>
        <source>more than {0} columns</source>
        <translation>fler än {0} kolumner</translation>
    </message>
    <message>
        <source>more than {0} rows; split the framework or remove empty rows</source>
        <translation>fler än {0} rader; dela upp ramverket eller ta bort tomma rader</translation>
    </message>
    <message>
        <source>no framework key: add an About sheet with a &apos;key&apos; row, or give --framework KEY</source>
        <translation>ingen ramverksnyckel: lägg till ett About-blad med raden &apos;key&apos;, eller ange --framework NYCKEL</translation>
    </message>
    <message>
        <source>framework key {0}: use lower case letters, digits and &apos;-&apos;</source>
        <translation>ramverksnyckeln {0}: använd gemena bokstäver, siffror och &apos;-&apos;</translation>
    </message>
    <message>
        <source>About: language {0} is not a language tag such as en or sv</source>
        <translation>About: språket {0} är ingen språkkod som en eller sv</translation>
    </message>
    <message>
        <source>no entries: the file has no rows under a heading row with a label column</source>
        <translation>inga poster: filen har inga rader under en rubrikrad med en benämningskolumn</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>benämningen är tom</translation>
    </message>
    <message>
        <source>key {0} may only hold lower case letters, digits and &apos;-&apos;</source>
        <translation>nyckeln {0} får bara innehålla gemena bokstäver, siffror och &apos;-&apos;</translation>
    </message>
    <message>
        <source>key {0} is used twice (first at {1})</source>
        <translation>nyckeln {0} används två gånger (först i {1})</translation>
    </message>
    <message>
        <source>parent {0} is no key or label in this file</source>
        <translation>den överordnade {0} är varken nyckel eller benämning i den här filen</translation>
    </message>
    <message>
        <source>kind {0} is not term, process or activity</source>
        <translation>typen {0} är inte term, process eller activity (begrepp, process, aktivitet)</translation>
    </message>
    <message>
        <source>an activity needs a parent process</source>
        <translation>en aktivitet måste höra till en process</translation>
    </message>
    <message>
        <source>parent {0} is not a process</source>
        <translation>den överordnade {0} är ingen process</translation>
    </message>
    <message>
        <source>only activities have a parent (this is a {0})</source>
        <translation>bara aktiviteter har en överordnad (den här är {0})</translation>
    </message>
    <message>
        <source>{0} is no key or label in this file</source>
        <translation>{0} är varken nyckel eller benämning i den här filen</translation>
    </message>
    <message>
        <source>cannot read: {0}</source>
        <translation>kan inte läsas: {0}</translation>
    </message>
    <message>
        <source>no sheet with a heading row holding a label column (Label, Term, Begrepp ...)</source>
        <translation>inget blad har en rubrikrad med en benämningskolumn (Label, Term, Begrepp …)</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>inget att importera</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {0}): is this an SSSOM TSV file?</source>
        <translation>ingen UTF-8-text (byte {0}): är det här en SSSOM TSV-fil?</translation>
    </message>
    <message>
        <source>the &apos;#&apos; metadata block is not valid YAML</source>
        <translation>metadatablocket (raderna med &apos;#&apos;) är inte giltig YAML</translation>
    </message>
    <message>
        <source>the &apos;#&apos; metadata block must hold &apos;name: value&apos; pairs</source>
        <translation>metadatablocket (raderna med &apos;#&apos;) ska bestå av par &apos;namn: värde&apos;</translation>
    </message>
    <message>
        <source>curie_map in the metadata block must map prefixes to IRIs</source>
        <translation>curie_map i metadatablocket ska knyta prefix till IRI:er</translation>
    </message>
    <message>
        <source>no header row after the metadata block</source>
        <translation>ingen rubrikrad efter metadatablocket</translation>
    </message>
    <message>
        <source>not a readable TSV table: {0}</source>
        <translation>en TSV-tabell som inte går att läsa: {0}</translation>
    </message>
    <message>
        <source>missing column(s) {0}</source>
        <translation>kolumn(er) saknas: {0}</translation>
    </message>
    <message>
        <source>{0} cells but the header has {1} columns</source>
        <translation>{0} celler men rubrikraden har {1} kolumner</translation>
    </message>
    <message>
        <source>{0} and {1} are decided again (first on line {2})</source>
        <translation>{0} och {1} beslutas en gång till (först på rad {2})</translation>
    </message>
    <message>
        <source>{0} is not a CURIE such as itil4:incident</source>
        <translation>{0} är ingen CURIE som itil4:incident</translation>
    </message>
    <message>
        <source>prefix {0} is no framework of this workspace</source>
        <translation>prefixet {0} är inget ramverk i den här arbetsytan</translation>
    </message>
    <message>
        <source>framework {0} has no entry {1}</source>
        <translation>ramverket {0} har ingen post {1}</translation>
    </message>
    <message>
        <source>{0} is not one of the SKOS mapping predicates</source>
        <translation>{0} är inget av SKOS mappningspredikat</translation>
    </message>
    <message>
        <source>{0} must be empty or Not</source>
        <translation>{0} ska vara tomt eller Not</translation>
    </message>
    <message>
        <source>{0} is not a number from 0 to 1</source>
        <translation>{0} är inget tal mellan 0 och 1</translation>
    </message>
    <message>
        <source>{0} is not a date (YYYY-MM-DD)</source>
        <translation>{0} är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>{0} is mapped to itself</source>
        <translation>{0} mappas mot sig själv</translation>
    </message>
    <message>
        <source>not valid RDF ({0}): {1}</source>
        <translation>ogiltig RDF ({0}): {1}</translation>
    </message>
    <message>
        <source>no owl:Class or property found</source>
        <translation>ingen owl:Class eller egenskap hittades</translation>
    </message>
    <message>
        <source>no skos:Concept found</source>
        <translation>inget skos:Concept hittades</translation>
    </message>
    <message>
        <source>two concept schemes would both be framework {0}: {1} and {2}</source>
        <translation>två begreppsscheman skulle båda bli ramverket {0}: {1} och {2}</translation>
    </message>
    <message>
        <source>no concept scheme with key {0}; the file holds: {1}</source>
        <translation>inget begreppsschema har nyckeln {0}; filen innehåller: {1}</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: filen finns inte</translation>
    </message>
    <message>
        <source>{0}: cannot read the file ({1})</source>
        <translation>{0}: filen kan inte läsas ({1})</translation>
    </message>
    <message>
        <source>{0}: this is a CSV file; import it with --format csv</source>
        <translation>{0}: det här är en CSV-fil; importera den med --format csv</translation>
    </message>
    <message>
        <source>{0}: cannot tell the format from the name; give --format ({1})</source>
        <translation>{0}: formatet framgår inte av namnet; ange --format ({1})</translation>
    </message>
    <message>
        <source>{0}: cannot make a framework key from the file name; give --framework KEY</source>
        <translation>{0}: filnamnet ger ingen ramverksnyckel; ange --framework NYCKEL</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>upplysning</translation>
    </message>
    <message>
        <source>{0} {1} {2}, but {3} is marked &apos;not a match&apos; for {4}</source>
        <translation>{0} {1} {2}, men {3} är markerad som &apos;inte en matchning&apos; för {4}</translation>
    </message>
    <message>
        <source>{0} is marked &apos;not a match&apos; for {1}, but exact/close decisions join them into one concept</source>
        <translation>{0} är markerad som &apos;inte en matchning&apos; för {1}, men exakta/nära beslut förenar dem i ett begrepp</translation>
    </message>
    <message>
        <source>{0} is marked &apos;not a match&apos; for {1}, but both are members of concept {2}</source>
        <translation>{0} är markerad som &apos;inte en matchning&apos; för {1}, men båda är medlemmar i begreppet {2}</translation>
    </message>
    <message>
        <source>{0} {1} {2}, but exact/close decisions join them into one concept</source>
        <translation>{0} {1} {2}, men exakta/nära beslut förenar dem i ett begrepp</translation>
    </message>
    <message>
        <source>{0} {1} {2}, but {3} {4} {5}</source>
        <translation>{0} {1} {2}, men {3} {4} {5}</translation>
    </message>
    <message>
        <source>broader/narrower decisions go round in a circle through {0} entries: {1}</source>
        <translation>bredare/smalare-beslut går runt i en cirkel genom {0} poster: {1}</translation>
    </message>
    <message>
        <source>{0} entries of {1} are joined by exact matches into one concept: {2}</source>
        <translation>{0} poster i {1} förenas av exakta matchningar i ett begrepp: {2}</translation>
    </message>
    <message>
        <source>{0} entries of {1} are exact members of {2} into one concept: {3}</source>
        <translation>{0} poster i {1} är exakta medlemmar i {2} och därmed ett begrepp: {3}</translation>
    </message>
    <message>
        <source>concept {0} has no members left; the decisions that formed it were withdrawn</source>
        <translation>begreppet {0} har inga medlemmar kvar; besluten som bildade det har dragits tillbaka</translation>
    </message>
    <message>
        <source>process {0} is named after who does it; name what happens instead</source>
        <translation>processen {0} är uppkallad efter vem som utför den; namnge vad som händer i stället</translation>
    </message>
    <message>
        <source>process {0} is named after a tool; name what happens instead</source>
        <translation>processen {0} är uppkallad efter ett verktyg; namnge vad som händer i stället</translation>
    </message>
    <message>
        <source>process {0} does not read as an activity (a verb, or a noun like &apos;management&apos; or &apos;planning&apos;)</source>
        <translation>processen {0} läses inte som en aktivitet (ett verb, eller ett substantiv som &apos;förvaltning&apos; eller &apos;planering&apos;)</translation>
    </message>
    <message>
        <source>process {0} has no trigger: say what starts it</source>
        <translation>processen {0} saknar utlösare: säg vad som startar den</translation>
    </message>
    <message>
        <source>process {0} has no outcome: say what the customer gets from it</source>
        <translation>processen {0} saknar resultat: säg vad kunden får ut av den</translation>
    </message>
    <message>
        <source>process {0} has no activities</source>
        <translation>processen {0} har inga aktiviteter</translation>
    </message>
    <message>
        <source>activity {0} in {1} does not read as an activity (start it with a verb)</source>
        <translation>aktiviteten {0} i {1} läses inte som en aktivitet (börja med ett verb)</translation>
    </message>
    <message>
        <source>one activity occurs {0} times in the model: {1}</source>
        <translation>en aktivitet förekommer {0} gånger i modellen: {1}</translation>
    </message>
    <message>
        <source>{0} activities of {1} belong to no process: {2}</source>
        <translation>{0} aktiviteter i {1} hör inte till någon process: {2}</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} entries ({3}) covered — {4} mapped, {5} only in the unified model, {6} excluded; {7} not yet</source>
        <translation>{0}: {1} av {2} poster ({3}) täckta — {4} mappade, {5} bara i den enhetliga modellen, {6} undantagna; {7} återstår</translation>
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
        <translation>&amp;Benämning:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
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
        <source>Refreshing the unified glossary from the decisions…</source>
        <translation>Uppdaterar den enhetliga ordlistan från besluten…</translation>
    </message>
    <message>
        <source>Unified glossary</source>
        <translation>Enhetlig ordlista</translation>
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
        <source>unified glossary: {0} concepts ({1} added, {2} removed, {3} changed, {4} member(s) moved</source>
        <translation>enhetlig ordlista: {0} begrepp ({1} tillagda, {2} borttagna, {3} ändrade, {4} medlem(mar) flyttade</translation>
    </message>
    <message>
        <source>, {0} edited but now without members</source>
        <translation>, {0} redigerade men nu utan medlemmar</translation>
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
        <translation>från filen (About-bladet eller ontologin); eller skriv en kort nyckel</translation>
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
    <name>ImportMessages</name>
    <message>
        <source>{0}: added framework &apos;{1}&apos; with {2} entries</source>
        <translation>{0}: lade till ramverket &apos;{1}&apos; med {2} poster</translation>
    </message>
    <message>
        <source>{0}: updated framework &apos;{1}&apos;: {2} entries kept (with their mappings), {3} added, {4} removed</source>
        <translation>{0}: uppdaterade ramverket &apos;{1}&apos;: {2} poster behållna (med sina mappningar), {3} tillagda, {4} borttagna</translation>
    </message>
    <message>
        <source>imported {0} from {1}: {2} entries ({3})</source>
        <translation>importerade {0} från {1}: {2} poster ({3})</translation>
    </message>
    <message>
        <source>{0}: {1} framework(s) added ({2}), {3} updated ({4}), {5} entries, {6} mapping(s) added</source>
        <translation>{0}: {1} ramverk tillagda ({2}), {3} uppdaterade ({4}), {5} poster, {6} mappningar tillagda</translation>
    </message>
    <message>
        <source>{0}: {1} framework(s) updated ({2}), {3} entries, {4} mapping(s) added</source>
        <translation>{0}: {1} ramverk uppdaterade ({2}), {3} poster, {4} mappningar tillagda</translation>
    </message>
    <message>
        <source>{0}: {1} framework(s) added ({2}), {3} entries, {4} mapping(s) added</source>
        <translation>{0}: {1} ramverk tillagda ({2}), {3} poster, {4} mappningar tillagda</translation>
    </message>
    <message>
        <source>{0}: {1} mapping(s) added, {2} identical merged, {3} conflicting left for review</source>
        <translation>{0}: {1} mappningar tillagda, {2} identiska sammanslagna, {3} motstridiga lämnade för granskning</translation>
    </message>
    <message>
        <source>entry {0} is not in the new edition and was removed</source>
        <translation>posten {0} finns inte i den nya utgåvan och togs bort</translation>
    </message>
    <message>
        <source>decision removed with it: {0}</source>
        <translation>beslut som togs bort med den: {0}</translation>
    </message>
    <message>
        <source>scheme {0}: a unified glossary exported by this tool, not imported (run &apos;workbench unify&apos; to rebuild it from the decisions)</source>
        <translation>schemat {0}: en enhetlig ordlista exporterad av detta verktyg, inte importerad (kör &apos;workbench unify&apos; för att bygga om den från besluten)</translation>
    </message>
    <message>
        <source>line {0}: {1} conflicts with the workspace&apos;s decision &apos;{2}&apos; (by {3}); kept the workspace&apos;s, please review</source>
        <translation>rad {0}: {1} strider mot arbetsytans beslut &apos;{2}&apos; (av {3}); arbetsytans behölls, granska gärna</translation>
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
        <source>&amp;Mapper</source>
        <translation>&amp;Mappning</translation>
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
        <translation>Jämförda</translation>
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
        <source>Cannot record the decision</source>
        <translation>Det gick inte att registrera beslutet</translation>
    </message>
    <message>
        <source>Recorded: {0} {1} {2}</source>
        <translation>Registrerat: {0} {1} {2}</translation>
    </message>
    <message>
        <source>Activate (Enter or double-click) to map these</source>
        <translation>Aktivera (Retur eller dubbelklick) för att mappa dessa</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Om {0}</translation>
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
        <source>Rationale for the decision (optional; Ctrl+E)</source>
        <translation>Motivering för beslutet (valfri; Ctrl+E)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>{0} (key {1})</source>
        <translation>{0} (tangent {1})</translation>
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
        <source>Copy the five USM processes and their activities, each traced to USM</source>
        <translation>Kopiera de fem USM-processerna och deras aktiviteter, var och en spårad till USM</translation>
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
        <source>The model is empty: start from the USM skeleton, or add your own processes.</source>
        <translation>Modellen är tom: utgå från USM-skelettet eller lägg till egna processer.</translation>
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
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
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
        <source>Select a framework entry and a unified process or activity</source>
        <translation>Välj en ramverkspost och en enhetlig process eller aktivitet</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>same label</source>
        <translation>samma benämning</translation>
    </message>
    <message>
        <source>same stem {0}</source>
        <translation>samma ordstam {0}</translation>
    </message>
    <message>
        <source>shared words {0}</source>
        <translation>gemensamma ord {0}</translation>
    </message>
    <message>
        <source>similar spelling ({0}%)</source>
        <translation>liknande stavning ({0} %)</translation>
    </message>
    <message>
        <source>similar words {0}</source>
        <translation>liknande ord {0}</translation>
    </message>
    <message>
        <source>same compound {0} / {1}</source>
        <translation>samma sammansättning {0} / {1}</translation>
    </message>
    <message>
        <source>abbreviation {0}</source>
        <translation>förkortning {0}</translation>
    </message>
    <message>
        <source>alternative label {0}</source>
        <translation>alternativ benämning {0}</translation>
    </message>
    <message>
        <source>Swedish label {0}</source>
        <translation>svensk benämning {0}</translation>
    </message>
    <message>
        <source>English label {0}</source>
        <translation>engelsk benämning {0}</translation>
    </message>
    <message>
        <source>German label {0}</source>
        <translation>tysk benämning {0}</translation>
    </message>
    <message>
        <source>French label {0}</source>
        <translation>fransk benämning {0}</translation>
    </message>
    <message>
        <source>Dutch label {0}</source>
        <translation>nederländsk benämning {0}</translation>
    </message>
    <message>
        <source>label in {0}: {1}</source>
        <translation>benämning på {0}: {1}</translation>
    </message>
    <message>
        <source>synonyms {0} / {1} (labels of one entry swap them)</source>
        <translation>synonymer {0} / {1} (en posts benämningar växlar mellan dem)</translation>
    </message>
    <message>
        <source>but one names a role, the other an activity</source>
        <translation>men den ena är en roll, den andra en aktivitet</translation>
    </message>
    <message>
        <source>code {0} spelled out</source>
        <translation>koden {0} utskriven</translation>
    </message>
    <message>
        <source>definitions share {0}</source>
        <translation>definitionerna delar {0}</translation>
    </message>
    <message>
        <source>linked through {0} (both mapped)</source>
        <translation>kopplade via {0} (båda mappade)</translation>
    </message>
    <message>
        <source>parents mapped</source>
        <translation>föräldrarna mappade</translation>
    </message>
    <message>
        <source>children mapped</source>
        <translation>barnen mappade</translation>
    </message>
    <message>
        <source>parents matched elsewhere</source>
        <translation>föräldrarna matchade på annat håll</translation>
    </message>
    <message>
        <source>links corresponding classes</source>
        <translation>länkar motsvarande klasser</translation>
    </message>
    <message>
        <source>links the same classes the other way round</source>
        <translation>länkar samma klasser i omvänd riktning</translation>
    </message>
    <message>
        <source>domain or range mapped</source>
        <translation>domän eller värdemängd mappad</translation>
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
        <source>delete {0} {1} {2}</source>
        <translation>ta bort {0} {1} {2}</translation>
    </message>
    <message>
        <source>start the process model from USM</source>
        <translation>starta processmodellen från USM</translation>
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
        <source>refresh the glossary from the decisions</source>
        <translation>uppdatera ordlistan från besluten</translation>
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
        <source>Co&amp;verage</source>
        <translation>&amp;Täckning</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
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
