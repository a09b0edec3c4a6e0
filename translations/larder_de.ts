<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autostart</name>
    <message>
        <location filename="../ui/shell/Autostart.cpp" line="+60"/>
        <source>Starting at login is not supported on macOS yet.</source>
        <translation>Der Start bei der Anmeldung wird unter macOS noch nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BackupPreset</name>
    <message>
        <location filename="../ui/dialogs/BackupPreset.cpp" line="+12"/>
        <source>Every day at 02:30 — keep 7 daily, 4 weekly and 6 monthly dumps</source>
        <translation>Täglich um 02:30 — 7 tägliche, 4 wöchentliche und 6 monatliche Sicherungen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every 6 hours — keep the last 8, then 7 daily and 4 weekly dumps</source>
        <translation>Alle 6 Stunden — die letzten 8, dazu 7 tägliche und 4 wöchentliche Sicherungen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hour — keep the last 24, then 7 daily, 4 weekly and 12 monthly dumps</source>
        <translation>Stündlich — die letzten 24, dazu 7 tägliche, 4 wöchentliche und 12 monatliche Sicherungen behalten</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+48"/>
        <source>Validate the config; with --connect, reach every server too.</source>
        <translation>Die Konfiguration prüfen; mit --connect zusätzlich jeden Server kontaktieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to every server the config names; report its version and the dump tool that would be used, check that the dump directories and the history are writable, and that every secret the notifications name can be found.</source>
        <translation>Mit jedem Server verbinden, den die Konfiguration nennt; seine Version und das Dump-Werkzeug nennen, das verwendet würde, prüfen, dass die Dump-Verzeichnisse und der Verlauf beschreibbar sind und dass jedes Geheimnis, das die Benachrichtigungen nennen, gefunden wird.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: OK, %n job(s)</source>
        <translation>
            <numerusform>%1: OK, %n Job</numerusform>
            <numerusform>%1: OK, %n Jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> on %n server(s)</source>
        <translation>
            <numerusform> auf %n Server</numerusform>
            <numerusform> auf %n Servern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>server %1: FAILED: %2</source>
        <translation>Server %1: FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; used for restores only</source>
        <translation>%1; nur für Wiederherstellungen verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, but: %2</source>
        <translation>%1, aber: %2</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Exit 1 listing the jobs whose newest successful dump is older than their max_age, with its age, the limit and the last error; reads only the config and the history.</source>
        <translation>Mit 1 beenden und die Jobs auflisten, deren neuester erfolgreicher Dump älter als ihr max_age ist, mit Alter, Grenze und letztem Fehler; liest nur die Konfiguration und die Historie.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source> (%1 not checked: disabled, manual schedule or max_age = off)</source>
        <translation> (%1 nicht geprüft: deaktiviert, manueller Zeitplan oder max_age = off)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 of 1 job stale</source>
        <translation>1 von 1 Job veraltet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 jobs stale</source>
        <translation>%1 von %2 Jobs veraltet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all 1 job fresh</source>
        <translation>der 1 Job ist aktuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all %1 jobs fresh</source>
        <translation>alle %1 Jobs sind aktuell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stale: %1: %2</source>
        <translation>veraltet: %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  last error: %1</source>
        <translation>  letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>server %1: %2 %3 at %4:%5</source>
        <translation>Server %1: %2 %3 auf %4:%5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1; dumps with %2</source>
        <translation>%1; sichert mit %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>secret %1 (%2): OK</source>
        <translation>Geheimnis %1 (%2): OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret %1 (%2): FAILED: %3</source>
        <translation>Geheimnis %1 (%2): FEHLGESCHLAGEN: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dump_dir %1: FAILED: %2</source>
        <translation>dump_dir %1: FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is not writable</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>history %1: FAILED: %2</source>
        <translation>Verlauf %1: FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a directory, so nothing can be created under it</source>
        <translation>%1 ist kein Verzeichnis, darunter kann also nichts angelegt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not writable for this user</source>
        <translation>%1 ist für diesen Benutzer nicht beschreibbar</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+44"/>
        <source>Usage: larder COMMAND [options]
Coordinated, scheduled logical dumps of many PostgreSQL databases.

Commands:
</source>
        <translation>Aufruf: larder BEFEHL [Optionen]
Koordinierte, geplante logische Sicherungen vieler PostgreSQL-Datenbanken.

Befehle:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
&apos;larder COMMAND --help&apos; shows a command&apos;s options.

Environment:
  LARDER_CONFIG  config file when --config is not given
                 (default: $XDG_CONFIG_HOME/larder/larder.toml)

Exit codes:
  0   nothing was due, or every job succeeded
  1   at least one job failed (or history could not be read)
  64  usage error
  73  the run lock or history cannot be created (see the path named)
  75  another larder run holds the lock, and nothing else
  78  config error: nothing was run
  130/143  stopped by SIGINT/SIGTERM; running dumps were cancelled and removed
</source>
        <translation>
&apos;larder BEFEHL --help&apos; zeigt die Optionen eines Befehls.

Umgebung:
  LARDER_CONFIG  Konfigurationsdatei, wenn --config nicht angegeben ist
                 (Standard: $XDG_CONFIG_HOME/larder/larder.toml)

Exit-Codes:
  0   nichts war fällig, oder alle Jobs waren erfolgreich
  1   mindestens ein Job ist fehlgeschlagen (oder der Verlauf war nicht lesbar)
  64  Aufruffehler
  73  die Laufsperre oder der Verlauf kann nicht angelegt werden (siehe den genannten Pfad)
  75  ein anderer larder-Lauf hält die Sperre, und nur das
  78  Konfigurationsfehler: nichts wurde ausgeführt
  130/143  durch SIGINT/SIGTERM beendet; laufende Sicherungen wurden abgebrochen und entfernt
</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>larder: option &apos;%1&apos; needs a file. Try &apos;larder --help&apos;.</source>
        <translation>larder: Option &apos;%1&apos; braucht eine Datei. Siehe &apos;larder --help&apos;.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>larder: unknown command &apos;%1&apos;: did you mean &apos;%2&apos;? Try &apos;larder --help&apos;.</source>
        <translation>larder: unbekannter Befehl &apos;%1&apos;: Meinten Sie &apos;%2&apos;? Siehe &apos;larder --help&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larder: unknown command &apos;%1&apos;. Try &apos;larder --help&apos;.</source>
        <translation>larder: unbekannter Befehl &apos;%1&apos;. Siehe &apos;larder --help&apos;.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/Command.cpp" line="+18"/>
        <source>Config file (default: $LARDER_CONFIG, else ~/.config/larder/larder.toml).</source>
        <translation>Konfigurationsdatei (Standard: $LARDER_CONFIG, sonst ~/.config/larder/larder.toml).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>larder: %n error(s) in the config; nothing was run.</source>
        <translation>
            <numerusform>larder: %n Fehler in der Konfiguration; nichts wurde ausgeführt.</numerusform>
            <numerusform>larder: %n Fehler in der Konfiguration; nichts wurde ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Try &apos;larder %1 --help&apos;.</source>
        <translation>Siehe &apos;larder %1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no job named &apos;%1&apos; in %2: did you mean &apos;%3&apos;? Configured jobs: %4</source>
        <translation>kein Job namens &apos;%1&apos; in %2: Meinten Sie &apos;%3&apos;? Konfigurierte Jobs: %4</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no job named &apos;%1&apos; in %2 or its history; configured jobs: %3</source>
        <translation>kein Job namens &apos;%1&apos; in %2 oder ihrem Verlauf; konfigurierte Jobs: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <location filename="../core/config/toml/ConfigDocument.cpp" line="+200"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>cannot read config file %1 (%2): make it a readable file for your user, or open another config file</source>
        <translation>Konfigurationsdatei %1 kann nicht gelesen werden (%2): Machen Sie sie für Ihren Benutzer lesbar, oder öffnen Sie eine andere Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TOML syntax error: %1; fix the file at this position in a text editor, then open it again</source>
        <translation>TOML-Syntaxfehler: %1; korrigieren Sie die Datei an dieser Stelle in einem Texteditor und öffnen Sie sie dann erneut</translation>
    </message>
    <message>
        <location line="+150"/>
        <source># Written by Larder. The previous version, with its comments, is in %1.bak.
</source>
        <translation># Von Larder geschrieben. Die vorige Version mit ihren Kommentaren liegt in %1.bak.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Written by Larder.
</source>
        <translation># Von Larder geschrieben.
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this config has no file name yet: choose where to save it</source>
        <translation>diese Konfiguration hat noch keinen Dateinamen: Wählen Sie aus, wo sie gespeichert werden soll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not saved because the config has these problems; fix them and save again:</source>
        <translation>%1 wurde nicht gespeichert, weil die Konfiguration diese Probleme hat; beheben Sie sie und speichern Sie erneut:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not read %1 to keep a copy in %1.bak: %2; make it readable and save again</source>
        <translation>%1 konnte nicht gelesen werden, um eine Kopie in %1.bak anzulegen: %2; machen Sie die Datei lesbar und speichern Sie erneut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not write the backup %1: %2; check that %3 is writable and the disk is not full, then save again (%4 was not changed)</source>
        <translation>Die Sicherungskopie %1 konnte nicht geschrieben werden: %2; prüfen Sie, ob %3 beschreibbar und die Festplatte nicht voll ist, und speichern Sie dann erneut (%4 wurde nicht geändert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not write %1: %2; check that %3 is writable and the disk is not full, then save again (the file was not changed)</source>
        <translation>%1 konnte nicht geschrieben werden: %2; prüfen Sie, ob %3 beschreibbar und die Festplatte nicht voll ist, und speichern Sie dann erneut (die Datei wurde nicht geändert)</translation>
    </message>
</context>
<context>
    <name>ConfigInheritance</name>
    <message>
        <location filename="../ui/dialogs/ConfigInheritance.cpp" line="+51"/>
        <source>%1 (from [%2])</source>
        <translation>%1 (aus [%2])</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the mariadb client&apos;s default (local socket)</source>
        <translation>Standard des mariadb-Clients (lokaler Socket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libpq&apos;s default (local socket)</source>
        <translation>Standard von libpq (lokaler Socket)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job&apos;s own server (built-in)</source>
        <translation>der eigene Server des Jobs (eingebaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set (built-in)</source>
        <translation>nicht gesetzt (eingebaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 schedule periods + 1 hour (built-in)</source>
        <translation>2 Planperioden + 1 Stunde (eingebaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (built-in)</source>
        <translation>keiner (eingebaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
</context>
<context>
    <name>ConfigKey</name>
    <message>
        <location filename="../core/config/keys/ConfigKeyTable.cpp" line="+34"/>
        <source>directory that holds one subdirectory of dumps per job</source>
        <translation>Verzeichnis, das je Job ein Unterverzeichnis mit Dumps enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when `larder run` dumps the job</source>
        <translation>wann `larder run` den Job sichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL&apos;s dump format: custom, directory, plain or tar (MariaDB&apos;s is always plain SQL)</source>
        <translation>Sicherungsformat von PostgreSQL: custom, directory, plain oder tar (bei MariaDB immer reines SQL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compression level 0-9: pg_dump -Z (tar cannot be compressed), gzip for MariaDB</source>
        <translation>Kompressionsstufe 0-9: pg_dump -Z (tar kann nicht komprimiert werden), gzip bei MariaDB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a dump running longer is stopped and recorded as failed; in [notify.NAME]: one request&apos;s limit, 10 seconds if not set</source>
        <translation>ein Dump, der länger läuft, wird beendet und als fehlgeschlagen vermerkt; in [notify.NAME]: die Grenze einer Anfrage, 10 Sekunden, wenn nicht gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL only: further pg_dump options, e.g. [&quot;--no-owner&quot;]</source>
        <translation>Nur PostgreSQL: weitere pg_dump-Optionen, z. B. [&quot;--no-owner&quot;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MariaDB only: further mariadb-dump options, e.g. [&quot;--skip-lock-tables&quot;]</source>
        <translation>Nur MariaDB: weitere mariadb-dump-Optionen, z. B. [&quot;--skip-lock-tables&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep the N most recent successful dumps</source>
        <translation>die N neuesten erfolgreichen Dumps behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the newest successful dump of each of the last N days</source>
        <translation>den neuesten erfolgreichen Dump jedes der letzten N Tage behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the newest successful dump of each of the last N weeks</source>
        <translation>den neuesten erfolgreichen Dump jeder der letzten N Wochen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the newest successful dump of each of the last N months</source>
        <translation>den neuesten erfolgreichen Dump jedes der letzten N Monate behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep every successful dump younger than this</source>
        <translation>jeden erfolgreichen Dump behalten, der jünger ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when `larder run` test-restores the newest dump</source>
        <translation>wann `larder run` den neuesten Dump probeweise wiederherstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server for test-restores (default: the job&apos;s own server)</source>
        <translation>Server für Probe-Wiederherstellungen (Standard: der Server des Jobs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first wait after a failure, doubled per failure in a row; &quot;off&quot;: none</source>
        <translation>erste Wartezeit nach einem Fehler, verdoppelt mit jedem weiteren Fehler in Folge; &quot;off&quot;: keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>false: never dumped on schedule; `larder run JOB` still dumps it</source>
        <translation>false: nie nach Zeitplan gesichert; `larder run JOB` sichert ihn trotzdem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a job whose newest successful dump is older is stale (default: 2 schedule periods + 1 hour); &quot;off&quot;: never</source>
        <translation>ein Job, dessen neuester erfolgreicher Dump älter ist, ist veraltet (Standard: 2 Zeitplanperioden + 1 Stunde); &quot;off&quot;: nie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a dump smaller than this fraction of the median of the last 5 successful ones gets a warning; 0: off</source>
        <translation>ein Dump, der kleiner als dieser Anteil des Medians der letzten 5 erfolgreichen ist, erhält eine Warnung; 0: aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a command run before each dump, e.g. [&quot;/usr/local/bin/check&quot;, &quot;--quiet&quot;] (no shell); failing fails the job, no dump is started</source>
        <translation>ein Befehl, der vor jedem Dump läuft, z. B. [&quot;/usr/local/bin/check&quot;, &quot;--quiet&quot;] (keine Shell); schlägt er fehl, schlägt der Job fehl und kein Dump wird gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a command run after each successful dump (LARDER_DUMP_PATH, LARDER_SHA256); failing adds a warning, the dump is kept</source>
        <translation>ein Befehl, der nach jedem erfolgreichen Dump läuft (LARDER_DUMP_PATH, LARDER_SHA256); schlägt er fehl, gibt es eine Warnung, der Dump bleibt erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a command run after a job fails (LARDER_ERROR)</source>
        <translation>ein Befehl, der läuft, nachdem ein Job fehlgeschlagen ist (LARDER_ERROR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a hook command running longer is killed (with its children) and counts as failed</source>
        <translation>ein Hook-Befehl, der länger läuft, wird (mit seinen Kindprozessen) beendet und gilt als fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s kind: postgresql, or mariadb (also for MySQL)</source>
        <translation>die Art des Servers: postgresql oder mariadb (auch für MySQL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server host name, IP address or unix-socket directory</source>
        <translation>Hostname, IP-Adresse oder Unix-Socket-Verzeichnis des Servers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server port; the built-in is the engine&apos;s: 5432, or 3306 for MariaDB</source>
        <translation>Server-Port; eingebaut ist der des Datenbanksystems: 5432, oder 3306 bei MariaDB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>role or user to connect as (default: your login name)</source>
        <translation>Rolle oder Benutzer für die Verbindung (Standard: Ihr Anmeldename)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL only: libpq&apos;s sslmode, from disable to verify-full (MariaDB: ~/.my.cnf)</source>
        <translation>Nur PostgreSQL: sslmode von libpq, von disable bis verify-full (MariaDB: ~/.my.cnf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL only: pg_dump to use (default: chosen by server version)</source>
        <translation>Nur PostgreSQL: zu verwendendes pg_dump (Standard: nach Server-Version gewählt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true: also dump the server&apos;s roles and tablespaces, or users and grants (job SERVER.globals)</source>
        <translation>true: auch die Rollen und Tablespaces des Servers sichern, bzw. Benutzer und Rechte (Job SERVER.globals)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this host&apos;s name in a shared history (default: the machine&apos;s host name): recorded on each dump; give every host its own</source>
        <translation>der Name dieses Hosts in einem gemeinsamen Verlauf (Standard: der Hostname der Maschine): bei jedem Dump vermerkt; geben Sie jedem Host seinen eigenen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a command run once at the end of every run that dumped something (LARDER_STATUS ok or failed, counts)</source>
        <translation>ein Befehl, der einmal am Ende jedes Laufs läuft, der etwas gesichert hat (LARDER_STATUS ok oder failed, Anzahlen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required: where the notification goes, http:// or https://</source>
        <translation>erforderlich: wohin die Benachrichtigung geht, http:// oder https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>webhook (JSON POST), ping (healthchecks.io and other ping urls), uptime-kuma, ntfy, slack, discord or matrix</source>
        <translation>webhook (JSON-POST), ping (healthchecks.io und andere Ping-URLs), uptime-kuma, ntfy, slack, discord oder matrix</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ping only: GET, or POST to send the event in words as the body (healthchecks.io keeps it as the ping&apos;s log)</source>
        <translation>nur ping: GET, oder POST, um das Ereignis in Worten als Inhalt zu senden (healthchecks.io speichert es als Protokoll des Pings)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matrix only, required: the room, &quot;!id:server&quot; or &quot;#alias:server&quot;</source>
        <translation>nur matrix, erforderlich: der Raum, &quot;!id:server&quot; oder &quot;#alias:server&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matrix only, required: the access token as a secret, &quot;{secret:NAME}&quot; (larder secret set NAME)</source>
        <translation>nur matrix, erforderlich: das Zugriffstoken als Geheimnis, &quot;{secret:NAME}&quot; (larder secret set NAME)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the events sent: failure, stale, warning, success, start (default: [&quot;failure&quot;, &quot;stale&quot;, &quot;warning&quot;])</source>
        <translation>die gesendeten Ereignisse: failure, stale, warning, success, start (Standard: [&quot;failure&quot;, &quot;stale&quot;, &quot;warning&quot;])</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the history database file, or postgresql://USER@HOST:PORT/DATABASE: a database a fleet of hosts shares (each due dump is claimed by one of them; the password in ~/.pgpass)</source>
        <translation>die Verlaufsdatenbank-Datei, oder postgresql://BENUTZER@HOST:PORT/DATENBANK: eine Datenbank, die sich mehrere Hosts teilen (jeder fällige Dump wird von genau einem von ihnen beansprucht; das Passwort in ~/.pgpass)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>only these jobs (default: every job)</source>
        <translation>nur diese Jobs (Standard: alle Jobs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the jobs of these servers (default: every server)</source>
        <translation>nur die Jobs dieser Server (Standard: alle Server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>webhook only: further request headers, e.g. { Authorization = &quot;Bearer ...&quot; }</source>
        <translation>nur webhook: weitere Anfrage-Header, z. B. { Authorization = &quot;Bearer ...&quot; }</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ping only: appended to url for start</source>
        <translation>nur ping: wird für start an url angehängt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ping only: appended to url for failure, warning and stale</source>
        <translation>nur ping: wird für failure, warning und stale an url angehängt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ping only: appended to url for success</source>
        <translation>nur ping: wird für success an url angehängt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ntfy only: min, low, default, high, max (or 1-5)</source>
        <translation>nur ntfy: min, low, default, high, max (oder 1-5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ntfy only: tags (emoji short codes), e.g. [&quot;floppy_disk&quot;]</source>
        <translation>nur ntfy: Tags (Emoji-Kurzcodes), z. B. [&quot;floppy_disk&quot;]</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>seconds to wait for a connection</source>
        <translation>Sekunden, die auf eine Verbindung gewartet wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;all&quot; or name patterns: dump every matching database (job SERVER.DB)</source>
        <translation>&quot;all&quot; oder Namensmuster: jede passende Datenbank sichern (Job SERVER.DB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name patterns left out of databases</source>
        <translation>Namensmuster, die von databases ausgenommen sind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dumps at once: in [defaults] for the whole run, else per server</source>
        <translation>gleichzeitige Dumps: in [defaults] für den ganzen Lauf, sonst je Server</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prometheus metrics, rewritten after every run for node_exporter&apos;s textfile collector (a file ending in .prom); unset or &quot;&quot;: none</source>
        <translation>Prometheus-Metriken, nach jedem Lauf neu geschrieben für den Textfile-Collector von node_exporter (eine Datei mit der Endung .prom); nicht gesetzt oder &quot;&quot;: keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the [servers.NAME] this database is on</source>
        <translation>der [servers.NAME], auf dem diese Datenbank liegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database&apos;s name on the server (default: the section name)</source>
        <translation>der Name der Datenbank auf dem Server (Standard: der Abschnittsname)</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../core/config/toml/ConfigLoader.cpp" line="+23"/>
        <source>no config file at %1: create it with a [databases.NAME] section for each database to dump, then run `larder check` to validate it (or point --config or LARDER_CONFIG at another file)</source>
        <translation>keine Konfigurationsdatei unter %1: Legen Sie sie mit einem Abschnitt [databases.NAME] für jede zu sichernde Datenbank an und prüfen Sie sie dann mit `larder check` (oder verweisen Sie mit --config oder LARDER_CONFIG auf eine andere Datei)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read config file %1 (%2): make it a readable file for the user running larder, then run `larder check`</source>
        <translation>Konfigurationsdatei %1 kann nicht gelesen werden (%2): Machen Sie sie für den Benutzer lesbar, unter dem larder läuft, und führen Sie dann `larder check` aus</translation>
    </message>
</context>
<context>
    <name>ConfigParser</name>
    <message>
        <location filename="../core/config/toml/ConfigParser.cpp" line="+53"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a floating-point number</source>
        <translation>eine Gleitkommazahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a time</source>
        <translation>eine Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a date-time</source>
        <translation>einen Zeitstempel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown key &apos;%1&apos;: did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;: Meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &apos;%1&apos;: the keys allowed in %2 are %3</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;: In %2 sind folgende Schlüssel erlaubt: %3</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>TOML syntax error: %1; fix the file at this position</source>
        <translation>TOML-Syntaxfehler: %1; korrigieren Sie die Datei an dieser Stelle</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown table &apos;%1&apos;: did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Tabelle &apos;%1&apos;: Meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a table, got %1: write sections as [%2.NAME]</source>
        <translation>Tabelle erwartet, aber %1 erhalten: Schreiben Sie Abschnitte als [%2.NAME]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a valid %2 name: use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (it becomes a directory name)</source>
        <translation>&apos;%1&apos; ist kein gültiger %2-Name: Verwenden Sie nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; (der Name wird zu einem Verzeichnisnamen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+50"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>no server named &apos;%1&apos; for restore_server (available: %2): add a [servers.%1] section or name one of the available servers</source>
        <translation>kein Server namens &apos;%1&apos; für restore_server (verfügbar: %2): Fügen Sie einen Abschnitt [servers.%1] hinzu, oder geben Sie einen der verfügbaren Server an</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>no server named &apos;%1&apos; (available: %2): add a [servers.%1] section or name one of the available servers</source>
        <translation>kein Server namens &apos;%1&apos; (verfügbar: %2): Fügen Sie einen Abschnitt [servers.%1] hinzu, oder geben Sie einen der verfügbaren Server an</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no server set (available: %1): add server = &quot;NAME&quot; to [databases.%2], or set host in [defaults]</source>
        <translation>kein Server gesetzt (verfügbar: %1): Fügen Sie server = &quot;NAME&quot; zu [databases.%2] hinzu, oder setzen Sie host in [defaults]</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>section name</source>
        <translation>Abschnittsname</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>built-in (not used by MariaDB)</source>
        <translation>eingebaut (von MariaDB nicht verwendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in (not used by PostgreSQL)</source>
        <translation>eingebaut (von PostgreSQL nicht verwendet)</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>unknown table &apos;%1&apos;: the top level holds only [defaults], [servers.NAME], [databases.NAME] and [notify.NAME]</source>
        <translation>unbekannte Tabelle &apos;%1&apos;: die oberste Ebene enthält nur [defaults], [servers.NAME], [databases.NAME] und [notify.NAME]</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>server &apos;%1&apos; is %2</source>
        <translation>Server &apos;%1&apos; ist %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>[databases.%1] is on server &apos;%2&apos;, which is %3</source>
        <translation>[databases.%1] liegt auf Server &apos;%2&apos;, und der ist %3</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>[databases.&quot;%1&quot;] has the name of the globals job that dump_globals = true of server &apos;%2&apos; makes (set at %3): rename the section or turn dump_globals off</source>
        <translation>[databases.&quot;%1&quot;] trägt den Namen des Jobs für globale Objekte, den dump_globals = true bei Server &apos;%2&apos; anlegt (gesetzt in %3): Benennen Sie den Abschnitt um, oder schalten Sie dump_globals ab</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>exclude has no effect because %1 discovers no databases: add databases = &quot;all&quot; (or patterns) there, or remove exclude</source>
        <translation>exclude hat keine Wirkung, weil %1 keine Datenbanken erkennt: Fügen Sie dort databases = &quot;all&quot; (oder Muster) hinzu, oder entfernen Sie exclude</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>jobs &apos;%1&apos; and &apos;%2&apos; would both write to %3 (paths are compared case-insensitively): give one of them a different dump_dir or section name</source>
        <translation>die Jobs &apos;%1&apos; und &apos;%2&apos; würden beide nach %3 schreiben (Pfade werden ohne Beachtung der Groß-/Kleinschreibung verglichen): Geben Sie einem der beiden ein anderes dump_dir oder einen anderen Abschnittsnamen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>job &apos;%1&apos; would write to %2, inside job &apos;%3&apos;&apos;s directory %4: give it a dump_dir outside %4</source>
        <translation>Job &apos;%1&apos; würde nach %2 schreiben, also in das Verzeichnis %4 von Job &apos;%3&apos;: Geben Sie ihm ein dump_dir außerhalb von %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>[databases.&quot;%1&quot;] takes the name that database %2, discovered on server &apos;%3&apos;, would get, so that database would never be dumped: rename the section, or add &quot;%2&quot; to exclude of server &apos;%3&apos;</source>
        <translation>[databases.&quot;%1&quot;] belegt den Namen, den die auf Server &apos;%3&apos; gefundene Datenbank %2 bekäme, sodass diese Datenbank nie gesichert würde: benennen Sie den Abschnitt um oder nehmen Sie &quot;%2&quot; in exclude von Server &apos;%3&apos; auf</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>built-in (MariaDB dumps are SQL)</source>
        <translation>eingebaut (MariaDB-Sicherungen sind SQL)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the discovered jobs of server &apos;%1&apos; are</source>
        <translation>die gefundenen Jobs von Server &apos;%1&apos; liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job &apos;%1&apos; is</source>
        <translation>Job &apos;%1&apos; liegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore_server &apos;%1&apos; is a %2 server, but %3 on %4 server &apos;%5&apos;: a dump can only be restored into a server of its own engine; name a %4 server</source>
        <translation>restore_server &apos;%1&apos; ist ein %2-Server, aber %3 auf %4-Server &apos;%5&apos;: Eine Sicherung lässt sich nur in einen Server desselben Datenbanksystems wiederherstellen; nennen Sie einen %4-Server</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2&apos;s, but %3: %4</source>
        <translation>%1 gehört zu %2, aber %3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>put pg_dump&apos;s options in pg_dump_args instead, or set engine = &quot;mariadb&quot; if the server is MariaDB or MySQL</source>
        <translation>Schreiben Sie Optionen für pg_dump stattdessen in pg_dump_args, oder setzen Sie engine = &quot;mariadb&quot;, wenn der Server MariaDB oder MySQL ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put mariadb-dump&apos;s options in mariadb_dump_args instead</source>
        <translation>Schreiben Sie Optionen für mariadb-dump stattdessen in mariadb_dump_args</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove it</source>
        <translation>Entfernen Sie es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove it; for TLS set ssl-ca (and ssl-verify-server-cert) in the [client] section of ~/.my.cnf, or pass --ssl-ca=FILE in mariadb_dump_args</source>
        <translation>Entfernen Sie es; für TLS setzen Sie ssl-ca (und ssl-verify-server-cert) im Abschnitt [client] von ~/.my.cnf, oder übergeben Sie --ssl-ca=DATEI in mariadb_dump_args</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>format = &quot;%1&quot; is PostgreSQL&apos;s, but %2: MariaDB dumps are always SQL scripts; remove format or set format = &quot;plain&quot; (compression 1-9 gzips them)</source>
        <translation>format = &quot;%1&quot; gehört zu PostgreSQL, aber %2: MariaDB-Sicherungen sind immer SQL-Skripte; entfernen Sie format oder setzen Sie format = &quot;plain&quot; (compression 1-9 komprimiert sie mit gzip)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the discovered jobs of server &apos;%1&apos;</source>
        <translation>die erkannten Jobs von Server &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job &apos;%1&apos;</source>
        <translation>Job &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>passwords are not kept in the config: run `larder password set %1` to store it in the OS keychain, or use ~/.pgpass; then remove &apos;%2&apos;</source>
        <translation>Passwörter werden nicht in der Konfiguration gespeichert: Führen Sie `larder password set %1` aus, um es im Schlüsselbund des Betriebssystems zu speichern, oder verwenden Sie ~/.pgpass; entfernen Sie dann &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+731"/>
        <source>expected a table, got %1: write it as a section header [%2] followed by key = value lines</source>
        <translation>Tabelle erwartet, aber %1 erhalten: Schreiben Sie eine Abschnittsüberschrift [%2], gefolgt von Zeilen der Form key = value</translation>
    </message>
    <message>
        <location line="-695"/>
        <source>&apos;%1&apos; is a connection setting and belongs in a [servers.NAME] section (or [defaults]): move it there and set server = &quot;NAME&quot; in this database</source>
        <translation>&apos;%1&apos; ist eine Verbindungseinstellung und gehört in einen Abschnitt [servers.NAME] (oder [defaults]): Verschieben Sie sie dorthin, und setzen Sie server = &quot;NAME&quot; in dieser Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is a server setting (it makes jobs of its own for the server) and belongs in a [servers.NAME] section or in [defaults]: move it there</source>
        <translation>&apos;%1&apos; ist eine Server-Einstellung (sie erzeugt eigene Jobs für den Server) und gehört in einen Abschnitt [servers.NAME] oder in [defaults]: Verschieben Sie sie dorthin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;max_parallel&apos; limits dumps per server or per run: set it in a [servers.NAME] section or in [defaults]</source>
        <translation>&apos;max_parallel&apos; begrenzt die Sicherungen pro Server oder pro Lauf: Setzen Sie es in einem Abschnitt [servers.NAME] oder in [defaults]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; can only be set in [defaults]: move it there</source>
        <translation>&apos;%1&apos; kann nur in [defaults] gesetzt werden: verschieben Sie es dorthin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; belongs in a [databases.NAME] section: move it there</source>
        <translation>&apos;%1&apos; gehört in einen Abschnitt [databases.NAME]: Verschieben Sie es dorthin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; belongs in a [notify.NAME] section: move it there</source>
        <translation>&apos;%1&apos; gehört in einen Abschnitt [notify.NAME]: verschieben Sie es dorthin</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>host_id &apos;%1&apos; may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 50): e.g. &quot;backup-2&quot;</source>
        <translation>host_id &apos;%1&apos; darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten (höchstens 50): z. B. &quot;backup-2&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>metrics_file %1 is a directory: name a file in it, e.g. &quot;%2&quot;</source>
        <translation>metrics_file %1 ist ein Verzeichnis: nennen Sie eine Datei darin, z. B. &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metrics_file %1 does not end in .prom, so node_exporter&apos;s textfile collector would not read it: name it e.g. &quot;larder.prom&quot;</source>
        <translation>metrics_file %1 endet nicht auf .prom, daher würde der Textfile-Collector von node_exporter sie nicht lesen: nennen Sie sie z. B. &quot;larder.prom&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metrics_file is the history file %1: name another file</source>
        <translation>metrics_file ist die Historiendatei %1: nennen Sie eine andere Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not an sslmode: use one of %2</source>
        <translation>&apos;%1&apos; ist kein gültiger sslmode: Verwenden Sie einen der Werte %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a dump format: use custom, directory, plain or tar</source>
        <translation>&apos;%1&apos; ist kein Sicherungsformat: Verwenden Sie custom, directory, plain oder tar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is not an engine Larder knows: use %2</source>
        <translation>&apos;%1&apos; ist kein Datenbanksystem, das Larder kennt: Verwenden Sie %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an engine Larder knows: did you mean &apos;%2&apos;? (use %3)</source>
        <translation>&apos;%1&apos; ist kein Datenbanksystem, das Larder kennt: Meinten Sie &apos;%2&apos;? (Verwenden Sie %3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a string, got %1: put the value in double quotes</source>
        <translation>Zeichenkette erwartet, aber %1 erhalten: Setzen Sie den Wert in doppelte Anführungszeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value is empty: give a value or remove the key to use the inherited one</source>
        <translation>der Wert ist leer: Geben Sie einen Wert an, oder entfernen Sie den Schlüssel, um den geerbten Wert zu verwenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an integer, got a string: write the number without quotes</source>
        <translation>Ganzzahl erwartet, aber eine Zeichenkette erhalten: Schreiben Sie die Zahl ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an integer, got %1</source>
        <translation>Ganzzahl erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is out of range: use an integer from %2 to %3</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs: Verwenden Sie eine Ganzzahl von %2 bis %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a usable %2: give a positive number of seconds or a duration such as &quot;%3&quot;</source>
        <translation>%1 ist kein gültiger Wert für %2: Geben Sie eine positive Anzahl Sekunden oder eine Dauer wie &quot;%3&quot; an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a duration for %2: write e.g. &quot;%3&quot;, &quot;90 minutes&quot;, &quot;1 day&quot;, &quot;2 weeks&quot; or a positive number of seconds</source>
        <translation>&apos;%1&apos; ist keine Dauer für %2: Schreiben Sie z. B. &quot;%3&quot;, &quot;90 minutes&quot;, &quot;1 day&quot;, &quot;2 weeks&quot; oder eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a duration for %1 such as &quot;%2&quot; or a number of seconds, got %3</source>
        <translation>Dauer für %1 wie &quot;%2&quot; oder eine Anzahl Sekunden erwartet, aber %3 erhalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 must be a whole number of dumps, got %2: write e.g. %1 = 7 (without quotes)</source>
        <translation>%1 muss eine ganze Zahl von Sicherungen sein, nicht %2: Schreiben Sie z. B. %1 = 7 (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 = %2 is out of range: use 0 or more (0 means this rule keeps nothing; remove the key to not use the rule)</source>
        <translation>%1 = %2 liegt außerhalb des gültigen Bereichs: Verwenden Sie 0 oder mehr (0 bedeutet, dass diese Regel nichts behält; entfernen Sie den Schlüssel, um die Regel nicht zu verwenden)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be a number from 0 to 1, got %2: write e.g. %1 = 0.5 (without quotes)</source>
        <translation>%1 muss eine Zahl von 0 bis 1 sein, nicht %2: schreiben Sie z. B. %1 = 0.5 (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 = %2 is out of range: use a number from 0 to 1, e.g. 0.5 (0 turns the check off)</source>
        <translation>%1 = %2 liegt außerhalb des Bereichs: verwenden Sie eine Zahl von 0 bis 1, z. B. 0.5 (0 schaltet die Prüfung ab)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be true or false, got %2: write %1 = true (without quotes)</source>
        <translation>%1 muss true oder false sein, nicht %2: Schreiben Sie %1 = true (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a database selection: write databases = &quot;all&quot; or an array of name patterns such as [&quot;app_*&quot;, &quot;billing&quot;]</source>
        <translation>&apos;%1&apos; ist keine Datenbankauswahl: Schreiben Sie databases = &quot;all&quot; oder ein Array von Namensmustern wie [&quot;app_*&quot;, &quot;billing&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an array of name patterns, got a string: write %1 = [&quot;%2&quot;]</source>
        <translation>Array von Namensmustern erwartet, aber eine Zeichenkette erhalten: Schreiben Sie %1 = [&quot;%2&quot;]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &quot;all&quot; or an array of name patterns, got %1: write databases = &quot;all&quot; or databases = [&quot;app_*&quot;]</source>
        <translation>&quot;all&quot; oder ein Array von Namensmustern erwartet, aber %1 erhalten: Schreiben Sie databases = &quot;all&quot; oder databases = [&quot;app_*&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an array of name patterns, got %1: write e.g. %2 = [&quot;template*&quot;, &quot;*_old&quot;]</source>
        <translation>Array von Namensmustern erwartet, aber %1 erhalten: Schreiben Sie z. B. %2 = [&quot;template*&quot;, &quot;*_old&quot;]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>databases = [] selects nothing: use databases = &quot;all&quot; or list patterns; remove the key to turn discovery off</source>
        <translation>databases = [] wählt nichts aus: Verwenden Sie databases = &quot;all&quot;, oder geben Sie Muster an; entfernen Sie den Schlüssel, um die Erkennung abzuschalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a name pattern string, got %1: put each pattern in double quotes</source>
        <translation>Namensmuster als Zeichenkette erwartet, aber %1 erhalten: Setzen Sie jedes Muster in doppelte Anführungszeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the pattern is empty: give a database name or a glob such as &quot;app_*&quot;, or remove the element</source>
        <translation>das Muster ist leer: Geben Sie einen Datenbanknamen oder ein Glob-Muster wie &quot;app_*&quot; an, oder entfernen Sie das Element</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; has a &apos;[&apos; without a closing &apos;]&apos;: close the set, e.g. &quot;db[0-9]&quot;</source>
        <translation>&apos;%1&apos; enthält ein &apos;[&apos; ohne schließendes &apos;]&apos;: Schließen Sie die Menge, z. B. &quot;db[0-9]&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an array of strings (the program and its arguments, no shell), got %1: write e.g. %2 = [&quot;/usr/local/bin/notify&quot;, &quot;--job&quot;], or %2 = [&quot;sh&quot;, &quot;-c&quot;, &quot;...&quot;] for a shell</source>
        <translation>erwartet wird ein Array von Zeichenketten (das Programm und seine Argumente, keine Shell), nicht %1: schreiben Sie z. B. %2 = [&quot;/usr/local/bin/notify&quot;, &quot;--job&quot;] oder für eine Shell %2 = [&quot;sh&quot;, &quot;-c&quot;, &quot;...&quot;]</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the program of %1 is empty: name it, e.g. &quot;/usr/bin/rclone&quot;</source>
        <translation>das Programm von %1 ist leer: geben Sie es an, z. B. &quot;/usr/bin/rclone&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: program &apos;%2&apos; was not found on PATH (%3): install it, or write its absolute path</source>
        <translation>%1: Programm &apos;%2&apos; wurde im PATH (%3) nicht gefunden: installieren Sie es oder geben Sie seinen absoluten Pfad an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: program %2 does not exist</source>
        <translation>%1: Programm %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not an executable program</source>
        <translation>%1: %2 ist kein ausführbares Programm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an array of strings, got %1: write e.g. %2</source>
        <translation>Liste von Zeichenketten erwartet, %1 erhalten: Schreiben Sie z. B. %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+64"/>
        <source>expected a string, got %1: put each argument in double quotes</source>
        <translation>Zeichenkette erwartet, aber %1 erhalten: Setzen Sie jedes Argument in doppelte Anführungszeichen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>expected a table, got %1: write sections as [notify.NAME]</source>
        <translation>Tabelle erwartet, %1 erhalten: schreiben Sie Abschnitte als [notify.NAME]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid notification name: use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>&apos;%1&apos; ist kein gültiger Benachrichtigungsname: verwenden Sie nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>[%1] has no url: add url = &quot;https://...&quot;</source>
        <translation>[%1] hat keine url: fügen Sie url = &quot;https://...&quot; hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;headers&apos; is for kind = &quot;webhook&quot;, not &quot;%1&quot;: remove it</source>
        <translation>&apos;headers&apos; gilt für kind = &quot;webhook&quot;, nicht &quot;%1&quot;: entfernen Sie es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is for kind = &quot;ping&quot;, not &quot;%2&quot;: remove it</source>
        <translation>&apos;%1&apos; gilt für kind = &quot;ping&quot;, nicht &quot;%2&quot;: entfernen Sie es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is for kind = &quot;ntfy&quot;, not &quot;%2&quot;: remove it</source>
        <translation>&apos;%1&apos; gilt für kind = &quot;ntfy&quot;, nicht &quot;%2&quot;: entfernen Sie es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is for kind = &quot;matrix&quot;, not &quot;%2&quot;: remove it</source>
        <translation>&apos;%1&apos; gilt für kind = &quot;matrix&quot;, nicht für &quot;%2&quot;: entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[%1] is kind = &quot;matrix&quot;: add room = &quot;!roomid:example.org&quot; and token = &quot;{secret:NAME}&quot;, the access token stored with larder secret set NAME</source>
        <translation>[%1] hat kind = &quot;matrix&quot;: ergänzen Sie room = &quot;!roomid:example.org&quot; und token = &quot;{secret:NAME}&quot;, das mit larder secret set NAME gespeicherte Zugriffstoken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[%1] is kind = &quot;matrix&quot;: add room = &quot;!roomid:example.org&quot; (or &quot;#alias:example.org&quot;)</source>
        <translation>[%1] hat kind = &quot;matrix&quot;: ergänzen Sie room = &quot;!roomid:example.org&quot; (oder &quot;#alias:example.org&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[%1] is kind = &quot;matrix&quot;: add token = &quot;{secret:NAME}&quot;, the access token stored with larder secret set NAME</source>
        <translation>[%1] hat kind = &quot;matrix&quot;: ergänzen Sie token = &quot;{secret:NAME}&quot;, das mit larder secret set NAME gespeicherte Zugriffstoken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kind = &quot;uptime-kuma&quot; has no start: Uptime Kuma knows only up and down; remove &quot;start&quot; from on</source>
        <translation>kind = &quot;uptime-kuma&quot; kennt kein start: Uptime Kuma kennt nur up und down; entfernen Sie &quot;start&quot; aus on</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a secret reference may stand in the url&apos;s path, query or user info, not in its scheme, host or port (which logs show)</source>
        <translation>ein Verweis auf ein Geheimnis darf im Pfad, in der Abfrage oder in den Benutzerangaben der URL stehen, nicht in Schema, Host oder Port (die in Protokollen erscheinen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a usable url: write an http:// or https:// address with a host, e.g. &quot;https://hooks.example.com/larder&quot;</source>
        <translation>keine verwendbare url: schreiben Sie eine http://- oder https://-Adresse mit Host, z. B. &quot;https://hooks.example.com/larder&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a notification kind: use %2</source>
        <translation>&apos;%1&apos; ist keine Benachrichtigungsart: verwenden Sie %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a notification kind: did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; ist keine Benachrichtigungsart: meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not an event: use %2</source>
        <translation>&apos;%1&apos; ist kein Ereignis: verwenden Sie %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an event: did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; ist kein Ereignis: meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on = [] sends nothing: list events, or remove the section</source>
        <translation>on = [] sendet nichts: führen Sie Ereignisse auf oder entfernen Sie den Abschnitt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a table of headers, got %1: write headers = { Authorization = &quot;Bearer ...&quot; }</source>
        <translation>Tabelle von Headern erwartet, %1 erhalten: schreiben Sie headers = { Authorization = &quot;Bearer ...&quot; }</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a header name</source>
        <translation>&apos;%1&apos; ist kein Header-Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>header %1: expected a string on one line</source>
        <translation>Header %1: Zeichenkette auf einer Zeile erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header %1: %2</source>
        <translation>Header %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a ping method: use &quot;GET&quot;, or &quot;POST&quot; to send the event in words as the body</source>
        <translation>&apos;%1&apos; ist keine Ping-Methode: verwenden Sie &quot;GET&quot;, oder &quot;POST&quot;, um das Ereignis in Worten als Inhalt zu senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a Matrix room: write its id &quot;!abc123:example.org&quot; or an alias &quot;#ops:example.org&quot;</source>
        <translation>&apos;%1&apos; ist kein Matrix-Raum: schreiben Sie seine ID &quot;!abc123:example.org&quot; oder einen Alias &quot;#ops:example.org&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>token is a credential: store it with larder secret set NAME and write token = &quot;{secret:NAME}&quot;</source>
        <translation>token ist ein Zugangsdatum: speichern Sie es mit larder secret set NAME und schreiben Sie token = &quot;{secret:NAME}&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not an ntfy priority: use min, low, default, high, max or 1-5</source>
        <translation>&apos;%1&apos; ist keine ntfy-Priorität: verwenden Sie min, low, default, high, max oder 1-5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an array of names, got %1: write e.g. [&quot;app&quot;]</source>
        <translation>Array von Namen erwartet, %1 erhalten: schreiben Sie z. B. [&quot;app&quot;]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a name in double quotes, got %1</source>
        <translation>Namen in doppelten Anführungszeichen erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a job of this config</source>
        <translation>&apos;%1&apos; ist kein Job dieser Konfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a job of this config: did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; ist kein Job dieser Konfiguration: meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a server of this config</source>
        <translation>&apos;%1&apos; ist kein Server dieser Konfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a server of this config: did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; ist kein Server dieser Konfiguration: meinten Sie &apos;%2&apos;?</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/system/CredentialStore.cpp" line="+100"/>
        <source>no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS and DISPLAY are not set and there is no $XDG_RUNTIME_DIR/bus</source>
        <translation>kein D-Bus-Sitzungsbus: DBUS_SESSION_BUS_ADDRESS und DISPLAY sind nicht gesetzt, und es gibt kein $XDG_RUNTIME_DIR/bus</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the [client] section of ~/.my.cnf (password=..., mode 0600)</source>
        <translation>den Abschnitt [client] von ~/.my.cnf (password=..., Modus 0600)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>~/.pgpass (host:port:*:user:password, mode 0600)</source>
        <translation>~/.pgpass (host:port:*:user:password, Modus 0600)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no OS keychain is reachable here (QtKeychain: %2). Put it in %3 instead, or run this from a desktop session</source>
        <translation>%1: Hier ist kein Schlüsselbund des Betriebssystems erreichbar (QtKeychain: %2). Legen Sie es stattdessen in %3 ab, oder führen Sie dies in einer Desktop-Sitzung aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the OS keychain refused (QtKeychain: %2). Unlock the keychain or allow access, or put the password in %3</source>
        <translation>%1: Der Schlüsselbund des Betriebssystems hat abgelehnt (QtKeychain: %2). Entsperren Sie den Schlüsselbund oder erlauben Sie den Zugriff, oder legen Sie das Passwort in %3 ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the OS keychain did not answer within %2 s. Answer its unlock prompt and retry, or put the password in %3</source>
        <translation>%1: Der Schlüsselbund des Betriebssystems hat nicht innerhalb von %2 s geantwortet. Beantworten Sie seine Entsperr-Abfrage und versuchen Sie es erneut, oder legen Sie das Passwort in %3 ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+37"/>
        <source>%1: the keychain can only be used from the application&apos;s main thread, after a QCoreApplication exists</source>
        <translation>%1: Der Schlüsselbund kann nur aus dem Haupt-Thread der Anwendung verwendet werden, nachdem eine QCoreApplication existiert</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>or give the run the environment variable %1 instead (e.g. in a file that systemd&apos;s EnvironmentFile= or cron reads, mode 0600)</source>
        <translation>oder geben Sie dem Lauf stattdessen die Umgebungsvariable %1 (z. B. in einer Datei, die systemds EnvironmentFile= oder cron liest, Modus 0600)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no OS keychain is reachable here (QtKeychain: %2). Run this from a desktop session, %3</source>
        <translation>%1: hier ist kein Schlüsselbund des Systems erreichbar (QtKeychain: %2). Führen Sie dies in einer Desktop-Sitzung aus, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the OS keychain refused (QtKeychain: %2). Unlock the keychain or allow access, %3</source>
        <translation>%1: der Schlüsselbund des Systems hat abgelehnt (QtKeychain: %2). Entsperren Sie den Schlüsselbund oder erlauben Sie den Zugriff, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the OS keychain did not answer within %2 s. Answer its unlock prompt and retry, %3</source>
        <translation>%1: der Schlüsselbund des Systems hat nicht innerhalb von %2 s geantwortet. Beantworten Sie seine Entsperrabfrage und versuchen Sie es erneut, %3</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>cannot store the password for %1 (%2)</source>
        <translation>das Passwort für %1 kann nicht gespeichert werden (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot delete the password for %1 (%2)</source>
        <translation>das Passwort für %1 kann nicht gelöscht werden (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>secret %1 is not stored: run larder secret set %1, or give the run the environment variable %2</source>
        <translation>Geheimnis %1 ist nicht gespeichert: führen Sie larder secret set %1 aus, oder geben Sie dem Lauf die Umgebungsvariable %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret %1: %2 is not set and no OS keychain is reachable here (%3): set %2 in the run&apos;s environment (e.g. systemd&apos;s EnvironmentFile=), or run larder secret set %1 where the run has a keychain (a desktop session)</source>
        <translation>Geheimnis %1: %2 ist nicht gesetzt und hier ist kein Schlüsselbund des Systems erreichbar (%3): setzen Sie %2 in der Umgebung des Laufs (z. B. systemds EnvironmentFile=), oder führen Sie larder secret set %1 dort aus, wo der Lauf einen Schlüsselbund hat (eine Desktop-Sitzung)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>secret %1: %2 is not set and the OS keychain refused (%3): unlock the keychain or allow access, or set %2</source>
        <translation>Geheimnis %1: %2 ist nicht gesetzt und der Schlüsselbund des Systems hat abgelehnt (%3): entsperren Sie den Schlüsselbund oder erlauben Sie den Zugriff, oder setzen Sie %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>secret %1: %2 is not set and the OS keychain did not answer within %3 s: unlock it, or set %2</source>
        <translation>Geheimnis %1: %2 ist nicht gesetzt und der Schlüsselbund des Systems hat nicht innerhalb von %3 s geantwortet: entsperren Sie ihn, oder setzen Sie %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>secret %1: %2 is not set, and the keychain can only be used from the application&apos;s main thread</source>
        <translation>Geheimnis %1: %2 ist nicht gesetzt, und der Schlüsselbund kann nur aus dem Hauptthread der Anwendung verwendet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot store the secret %1</source>
        <translation>das Geheimnis %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot delete the secret %1</source>
        <translation>das Geheimnis %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>DatabaseDiscovery</name>
    <message>
        <location filename="../core/plan/DatabaseDiscovery.cpp" line="+47"/>
        <source>discovery on server %1 failed, so its discovered databases are not dumped in this run: %2</source>
        <translation>die Erkennung auf Server %1 ist fehlgeschlagen, daher werden dessen erkannte Datenbanken in diesem Lauf nicht gesichert: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>database &quot;%1&quot; on server %2 is not dumped: its name cannot be part of a job name (only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;); add a [databases.NAME] section with dbname = &quot;%1&quot; to dump it, or exclude it</source>
        <translation>Datenbank &quot;%1&quot; auf Server %2 wird nicht gesichert: Ihr Name kann nicht Teil eines Jobnamens sein (nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;); fügen Sie einen Abschnitt [databases.NAME] mit dbname = &quot;%1&quot; hinzu, um sie zu sichern, oder schließen Sie sie aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database %1 on server %2 is not dumped: it would be the job %3, but a configured job has that name; rename that section or exclude the database</source>
        <translation>Datenbank %1 auf Server %2 wird nicht gesichert: sie wäre der Job %3, aber ein konfigurierter Job trägt diesen Namen; benennen Sie diesen Abschnitt um oder schließen Sie die Datenbank aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>discovered on server %1</source>
        <translation>erkannt auf Server %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database %1 on server %2 is not dumped: another job already writes to %3 (paths are compared case-insensitively); add a [databases.NAME] section for it with its own name</source>
        <translation>Datenbank %1 auf Server %2 wird nicht gesichert: Ein anderer Job schreibt bereits nach %3 (Pfade werden ohne Beachtung der Groß-/Kleinschreibung verglichen); fügen Sie für sie einen Abschnitt [databases.NAME] mit eigenem Namen hinzu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: database %2 is no longer on server %3; its dumps are kept</source>
        <translation>%1: Datenbank %2 ist nicht mehr auf Server %3 vorhanden; ihre Sicherungen werden behalten</translation>
    </message>
</context>
<context>
    <name>DumpChecksum</name>
    <message>
        <location filename="../core/engine/DumpChecksum.cpp" line="+21"/>
        <source>%1 does not match its checksum in history (sha256 %2, now %3): the dump changed since it was written; restore another one (--at or --dump)</source>
        <translation>%1 stimmt nicht mit seiner Prüfsumme im Verlauf überein (sha256 %2, jetzt %3): Die Sicherung wurde seit dem Schreiben verändert; stellen Sie eine andere wieder her (--at oder --dump)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not match its line in %2: the dump changed since it was written; restore another one (--at or --dump)</source>
        <translation>%1 stimmt nicht mit seiner Zeile in %2 überein: Die Sicherung wurde seit dem Schreiben verändert; stellen Sie eine andere wieder her (--at oder --dump)</translation>
    </message>
</context>
<context>
    <name>DumpFinalizer</name>
    <message>
        <location filename="../core/engine/DumpFinalizer.cpp" line="+97"/>
        <source>%1 already exists; larder never overwrites a dump: move it away and run the job again</source>
        <translation>%1 existiert bereits; larder überschreibt nie eine Sicherung: Verschieben Sie sie woandershin, und führen Sie den Job erneut aus</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>could not rename %1 to %2: %3: check the permissions of %4</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3: Prüfen Sie die Berechtigungen von %4</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>could not open %1 to flush it to disk: %2</source>
        <translation>%1 konnte nicht geöffnet werden, um es auf die Festplatte zu schreiben: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not flush %1 to disk: %2: check the disk and its free space</source>
        <translation>%1 konnte nicht auf die Festplatte geschrieben werden: %2: Prüfen Sie die Festplatte und ihren freien Speicherplatz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not read %1 to checksum it: %2</source>
        <translation>%1 konnte nicht gelesen werden, um die Prüfsumme zu berechnen: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checksumming %1 was stopped</source>
        <translation>die Prüfsummenberechnung für %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>could not create %1: %2: check the permissions of %3</source>
        <translation>%1 konnte nicht angelegt werden: %2: Prüfen Sie die Berechtigungen von %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write %1: %2: check the disk and its free space</source>
        <translation>%1 konnte nicht geschrieben werden: %2: Prüfen Sie die Festplatte und ihren freien Speicherplatz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not flush %1 to disk: %2: check the disk</source>
        <translation>%1 konnte nicht auf die Festplatte geschrieben werden: %2: Prüfen Sie die Festplatte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not rename %1 to %2: %3</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1; remove %2 by hand</source>
        <translation>%1; entfernen Sie %2 von Hand</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>stopped before %1 was stored</source>
        <translation>abgebrochen, bevor %1 abgelegt wurde</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>pg_dump reported success but left no output at %1: check the dump directory and its free space</source>
        <translation>pg_dump hat Erfolg gemeldet, aber keine Ausgabe unter %1 hinterlassen: Prüfen Sie das Sicherungsverzeichnis und seinen freien Speicherplatz</translation>
    </message>
</context>
<context>
    <name>DumpPaths</name>
    <message>
        <location filename="../core/engine/DumpPaths.cpp" line="+33"/>
        <source>cannot dump %1: %2, or change dump_dir</source>
        <translation>%1 kann nicht gesichert werden: %2, oder ändern Sie dump_dir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot dump %1: %2 already exists; larder never overwrites a dump: move it away and run the job again</source>
        <translation>%1 kann nicht gesichert werden: %2 existiert bereits; larder überschreibt nie eine Sicherung: Verschieben Sie sie woandershin, und führen Sie den Job erneut aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot dump %1: %2</source>
        <translation>%1 kann nicht gesichert werden: %2</translation>
    </message>
</context>
<context>
    <name>EngineSet</name>
    <message>
        <location filename="../core/engine/EngineSet.cpp" line="+20"/>
        <source>server %1 is a %2 server, which this build of Larder cannot reach</source>
        <translation>Server %1 ist ein %2-Server, den diese Ausgabe von Larder nicht erreichen kann</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>cannot read %1: this build of Larder has no engine for dumps of %2</source>
        <translation>%1 kann nicht gelesen werden: dieser Build von Larder hat keine Engine für Dumps von %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is a dump of a %2 server, and %3 is a %4 server: restore it to a server with engine = &quot;%5&quot; (--server NAME)</source>
        <translation>%1 ist ein Dump eines %2-Servers, und %3 ist ein %4-Server: stellen Sie ihn auf einem Server mit engine = &quot;%5&quot; wieder her (--server NAME)</translation>
    </message>
</context>
<context>
    <name>FleetClaims</name>
    <message>
        <location filename="../core/history/FleetClaims.cpp" line="+40"/>
        <source>cannot %1 job %2 in the history at %3: %4</source>
        <translation>kann für Job %2 im Verlauf unter %3 nicht %1: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection to the history database was lost</source>
        <translation>die Verbindung zur Verlaufsdatenbank ist abgebrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+33"/>
        <location line="+18"/>
        <location line="+16"/>
        <location line="+19"/>
        <location line="+17"/>
        <source>claim</source>
        <translation>den Slot beanspruchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read which hosts&apos; claims lapsed in the history at %1: %2</source>
        <translation>kann im Verlauf unter %1 nicht lesen, wessen Ansprüche abgelaufen sind: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot record host %1 in the history at %2: %3</source>
        <translation>kann Host %1 nicht im Verlauf unter %2 eintragen: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot drop old claims from the history at %1: %2</source>
        <translation>kann alte Ansprüche nicht aus dem Verlauf unter %1 entfernen: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the hosts of the history at %1: %2</source>
        <translation>kann die Hosts des Verlaufs unter %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot end this host&apos;s wait for a server in the history at %1: %2</source>
        <translation>kann das Warten dieses Hosts auf einen Server im Verlauf unter %1 nicht beenden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>record the attempt of the claim on</source>
        <translation>den Versuch des Anspruchs eintragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>renew the claim on</source>
        <translation>den Anspruch erneuern</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>release the claim on</source>
        <translation>den Anspruch freigeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>release the claim of attempt %1 of</source>
        <translation>den Anspruch von Versuch %1 freigeben</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <location filename="../app/cli/FleetCommand.cpp" line="+42"/>
        <source>List the hosts sharing the history and what each one dumps.</source>
        <translation>Die Hosts auflisten, die sich den Verlauf teilen, und was jeder sichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No host has run against the history %1 yet.</source>
        <translation>Noch kein Host hat mit dem Verlauf %1 gearbeitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUNNING</source>
        <translation>LAUFEND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DONE 24H</source>
        <translation>FERTIG 24H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED 24H</source>
        <translation>FEHLGESCHLAGEN 24H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAITING FOR</source>
        <translation>WARTET AUF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(+%1 lapsed)</source>
        <translation>(+%1 abgelaufen)</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <location filename="../core/plan/Freshness.cpp" line="+51"/>
        <source>not checked: disabled</source>
        <translation>nicht geprüft: deaktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked: max_age = off in %1</source>
        <translation>nicht geprüft: max_age = off in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_age in %1</source>
        <translation>max_age in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked: manual schedule and no max_age</source>
        <translation>nicht geprüft: manueller Zeitplan und kein max_age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day (schedule always)</source>
        <translation>1 Tag (Zeitplan always)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default: %1 × %2 + %3</source>
        <translation>Standard: %1 × %2 + %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never dumped successfully; limit %1</source>
        <translation>nie erfolgreich gesichert; Grenze %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no successful dump in the %1 since the job is known, older than %2</source>
        <translation>kein erfolgreicher Dump in den %1, seit der Job bekannt ist, älter als %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no successful dump yet, known for %1; limit %2</source>
        <translation>noch kein erfolgreicher Dump, bekannt seit %1; Grenze %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last success %1 ago, older than %2</source>
        <translation>letzter Erfolg vor %1, älter als %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last success %1 ago; limit %2</source>
        <translation>letzter Erfolg vor %1; Grenze %2</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../core/history/History.cpp" line="+306"/>
        <location line="+418"/>
        <source>history at %1 is damaged: SQLite says %2; move it away to start a new one (larder never deletes it)</source>
        <translation>der Verlauf unter %1 ist beschädigt: SQLite meldet %2; verschieben Sie die Datei, um einen neuen Verlauf zu beginnen (larder löscht sie nie)</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>no history path is set: set &quot;history&quot; in the config file</source>
        <translation>kein Pfad für den Verlauf gesetzt: Setzen Sie &quot;history&quot; in der Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot keep the history at %1: %2, or set &quot;history&quot; in the config file to a writable place</source>
        <translation>der Verlauf kann nicht unter %1 geführt werden: %2, oder setzen Sie &quot;history&quot; in der Konfigurationsdatei auf einen beschreibbaren Ort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the history at %1: %2. Check the file&apos;s owner and permissions</source>
        <translation>der Verlauf unter %1 kann nicht gelesen werden: %2. Prüfen Sie Eigentümer und Berechtigungen der Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history at %1 is not a SQLite database: point &quot;history&quot; in the config file at another path, or move this file away if it is not needed</source>
        <translation>der Verlauf unter %1 ist keine SQLite-Datenbank: Verweisen Sie &quot;history&quot; in der Konfigurationsdatei auf einen anderen Pfad, oder verschieben Sie diese Datei, falls sie nicht benötigt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the history at %1: %2. Check the directory&apos;s permissions, or set &quot;history&quot; in the config file to a writable place</source>
        <translation>der Verlauf unter %1 kann nicht angelegt werden: %2. Prüfen Sie die Berechtigungen des Verzeichnisses, oder setzen Sie &quot;history&quot; in der Konfigurationsdatei auf einen beschreibbaren Ort</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+80"/>
        <source>cannot open the history at %1: %2. Check the file&apos;s owner and permissions</source>
        <translation>der Verlauf unter %1 kann nicht geöffnet werden: %2. Prüfen Sie Eigentümer und Berechtigungen der Datei</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>cannot open the history at %1 (%2: %3). If another program holds it locked, stop it</source>
        <translation>der Verlauf unter %1 kann nicht geöffnet werden (%2: %3). Falls ein anderes Programm ihn gesperrt hält, beenden Sie es</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>there is no history at %1 yet</source>
        <translation>unter %1 gibt es noch keinen Verlauf</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>history at %1 has schema version %2, older than this larder&apos;s (%3): any larder command that writes it, such as &apos;larder plan&apos;, upgrades it</source>
        <translation>der Verlauf unter %1 hat die Schemaversion %2, älter als die dieses larder (%3): jeder larder-Befehl, der ihn schreibt, etwa &apos;larder plan&apos;, aktualisiert ihn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>history %1 is a PostgreSQL database, but Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install it (Debian: libqt6sql6-psql)</source>
        <translation>der Verlauf %1 ist eine PostgreSQL-Datenbank, aber Qts PostgreSQL-Treiber (QPSQL) ist nicht installiert: Installieren Sie ihn (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot reach the history database %1: %2. Check that the server runs and lets this host in (pg_hba.conf), and that ~/.pgpass holds the user&apos;s password</source>
        <translation>die Verlaufsdatenbank %1 ist nicht erreichbar: %2. Prüfen Sie, ob der Server läuft und diesen Host zulässt (pg_hba.conf) und ob ~/.pgpass das Passwort des Benutzers enthält</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>cannot read the schema version of the history at %1: %2. If another program holds it locked, stop it</source>
        <translation>die Schemaversion des Verlaufs unter %1 kann nicht gelesen werden: %2. Falls ein anderes Programm ihn gesperrt hält, beenden Sie es</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the schema version of the history database %1: %2</source>
        <translation>die Schemaversion der Verlaufsdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>history at %1 has schema version %2, newer than this larder understands (%3): upgrade larder</source>
        <translation>der Verlauf unter %1 hat die Schemaversion %2, die neuer ist, als diese larder-Version versteht (%3): Aktualisieren Sie larder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>history database %1 holds tables larder did not create: give larder a database of its own (createdb -O USER larder)</source>
        <translation>die Verlaufsdatenbank %1 enthält Tabellen, die larder nicht angelegt hat: Geben Sie larder eine eigene Datenbank (createdb -O BENUTZER larder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history at %1 is a SQLite database that larder did not create: point &quot;history&quot; in the config file at another path</source>
        <translation>der Verlauf unter %1 ist eine SQLite-Datenbank, die nicht von larder angelegt wurde: Verweisen Sie &quot;history&quot; in der Konfigurationsdatei auf einen anderen Pfad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot %1 of the history at %2: %3. Check free disk space and the file&apos;s permissions, and that no other program holds it locked</source>
        <translation>%1 für den Verlauf unter %2 nicht möglich: %3. Prüfen Sie den freien Speicherplatz und die Berechtigungen der Datei, und dass kein anderes Programm sie gesperrt hält</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>upgrade the schema</source>
        <translation>Schema-Aktualisierung</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>upgrade the schema to version %1</source>
        <translation>Schema-Aktualisierung auf Version %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot set the busy timeout of the history at %1: %2</source>
        <translation>das Busy-Timeout des Verlaufs unter %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+12"/>
        <source>cannot check the history at %1: %2. Check that no other program holds the file locked</source>
        <translation>der Verlauf unter %1 kann nicht geprüft werden: %2. Prüfen Sie, dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weitere)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot record the start of job %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation>der Start von Job %1 kann nicht im Verlauf unter %2 festgehalten werden: %3. Prüfen Sie den freien Speicherplatz, und dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot record the end of job %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation>das Ende von Job %1 kann nicht im Verlauf unter %2 festgehalten werden: %3. Prüfen Sie den freien Speicherplatz, und dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot record the end of job %1: attempt %2 is not in the history at %3 (was the file replaced during the run?)</source>
        <translation>das Ende von Job %1 kann nicht festgehalten werden: Versuch %2 ist nicht im Verlauf unter %3 (wurde die Datei während des Laufs ersetzt?)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+40"/>
        <location line="+262"/>
        <source>cannot read the history at %1: %2. Check that no other program holds the file locked</source>
        <translation>der Verlauf unter %1 kann nicht gelesen werden: %2. Prüfen Sie, dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>attempt %1 in the history at %2 has an unknown trigger or status (%3, %4): was the file written by another program?</source>
        <translation>Versuch %1 im Verlauf unter %2 hat einen unbekannten Auslöser oder Status (%3, %4): Wurde die Datei von einem anderen Programm geschrieben?</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>cannot count the attempts in the history at %1: %2</source>
        <translation>die Versuche in der Historie unter %1 können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>cannot read the failed attempts from the history at %1: %2</source>
        <translation>die fehlgeschlagenen Versuche können nicht aus dem Verlauf %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>attempt %1 is not in the history at %2: `larder history` lists the attempts it has</source>
        <translation>Versuch %1 ist nicht im Verlauf unter %2: `larder history` listet die vorhandenen Versuche auf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot mark attempt %1 as pruned in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation>Versuch %1 kann im Verlauf unter %2 nicht als &apos;pruned&apos; markiert werden: %3. Prüfen Sie den freien Speicherplatz, und dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot mark attempt %1 of job %2 as pruned: it is %3, and only a successful dump can be pruned (history at %4)</source>
        <translation>Versuch %1 von Job %2 kann nicht als &apos;pruned&apos; markiert werden: Sein Status ist %3, und nur eine erfolgreiche Sicherung kann aufgeräumt werden (Verlauf unter %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot record the verification of attempt %1: status &quot;%2&quot; is not one of %3</source>
        <translation>die Prüfung von Versuch %1 kann nicht festgehalten werden: Status &quot;%2&quot; ist keiner von %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot record the verification of attempt %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation>die Prüfung von Versuch %1 kann nicht im Verlauf unter %2 festgehalten werden: %3. Prüfen Sie den freien Speicherplatz, und dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot record the verification of attempt %1: it is not in the history at %2 (was the file replaced meanwhile?)</source>
        <translation>die Prüfung von Versuch %1 kann nicht festgehalten werden: Er ist nicht im Verlauf unter %2 (wurde die Datei zwischenzeitlich ersetzt?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save the row counts of attempt %1: table %2.%3 is listed twice</source>
        <translation>die Zeilenzahlen von Versuch %1 können nicht gespeichert werden: Tabelle %2.%3 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save the row counts of attempt %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation>die Zeilenzahlen von Versuch %1 können nicht im Verlauf unter %2 gespeichert werden: %3. Prüfen Sie den freien Speicherplatz, und dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the row counts of attempt %1 in the history at %2: %3. Check that no other program holds the file locked</source>
        <translation>die Zeilenzahlen von Versuch %1 können nicht im Verlauf unter %2 gespeichert werden: %3. Prüfen Sie, dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot read the row counts of attempt %1 from the history at %2: %3. Check that no other program holds the file locked</source>
        <translation>die Zeilenzahlen von Versuch %1 können nicht aus dem Verlauf unter %2 gelesen werden: %3. Prüfen Sie, dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot record the test-restore of job %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation>die Test-Wiederherstellung von Job %1 kann nicht im Verlauf unter %2 festgehalten werden: %3. Prüfen Sie den freien Speicherplatz, und dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read the test-restores in the history at %1: %2. Check that no other program holds the file locked</source>
        <translation>die Test-Wiederherstellungen im Verlauf unter %1 können nicht gelesen werden: %2. Prüfen Sie, dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>cannot record notification %1 about job %2 in the history at %3: %4. Check free disk space and that no other program holds the file locked</source>
        <translation>Benachrichtigung %1 über Job %2 kann nicht in der Historie unter %3 vermerkt werden: %4. Prüfen Sie den freien Speicherplatz und dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>cannot read the notifications in the history at %1: %2</source>
        <translation>die Benachrichtigungen in der Historie unter %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot record the %1 hook of job %2 in the history at %3: %4. Check free disk space and that no other program holds the file locked</source>
        <translation>der Hook %1 von Job %2 kann nicht im Verlauf unter %3 gespeichert werden: %4. Prüfen Sie den freien Speicherplatz und dass kein anderes Programm die Datei gesperrt hält</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read the hook runs in the history at %1: %2</source>
        <translation>die Hook-Läufe im Verlauf unter %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryAddress</name>
    <message>
        <location filename="../core/history/HistoryAddress.cpp" line="+71"/>
        <source>history %1 is not a PostgreSQL URL: write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>der Verlauf %1 ist keine PostgreSQL-URL: Schreiben Sie ihn als postgresql://BENUTZER@HOST:PORT/DATENBANK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>history %1 holds a password: take it out of the URL and put it in ~/.pgpass (or the file PGPASSFILE names), so that it never shows in the config, plans or logs</source>
        <translation>der Verlauf %1 enthält ein Passwort: Nehmen Sie es aus der URL und tragen Sie es in ~/.pgpass ein (oder in die Datei, die PGPASSFILE nennt), damit es nie in der Konfiguration, in Plänen oder Protokollen erscheint</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>history %1 must name a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>der Verlauf %1 muss einen Benutzer, einen Host und eine Datenbank nennen: postgresql://BENUTZER@HOST:PORT/DATENBANK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>history %1: parameter %2 is not one larder passes on; it takes %3</source>
        <translation>Verlauf %1: den Parameter %2 gibt larder nicht weiter; möglich sind %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history %1: the value of %2 may only hold letters, digits and _ . , / : @ + -</source>
        <translation>Verlauf %1: der Wert von %2 darf nur Buchstaben, Ziffern und _ . , / : @ + - enthalten</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+112"/>
        <source>List past dump attempts, newest first.</source>
        <translation>Bisherige Sicherungsversuche auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N attempts (default 20; 0: all).</source>
        <translation>Höchstens N Versuche anzeigen (Standard 20; 0: alle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the deliveries of notifications ([notify.NAME]) instead of dumps.</source>
        <translation>Die Zustellungen von Benachrichtigungen ([notify.NAME]) statt der Dumps auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the runs of hooks (before_dump, after_dump, on_failure, after_run) instead of dumps; with --json, each with its output.</source>
        <translation>Statt der Dumps die Läufe der Hooks (before_dump, after_dump, on_failure, after_run) auflisten; mit --json jeweils mit ihrer Ausgabe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only this job&apos;s attempts.</source>
        <translation>Nur die Versuche dieses Jobs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give at most one job name</source>
        <translation>geben Sie höchstens einen Jobnamen an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit takes a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--limit erwartet eine ganze Zahl von 0 oder mehr, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --notifications or --hooks, not both</source>
        <translation>geben Sie --notifications oder --hooks an, nicht beides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--notifications lists every job&apos;s: give no job name</source>
        <translation>--notifications listet die aller Jobs: geben Sie keinen Jobnamen an</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No dumps recorded yet in %1.</source>
        <translation>In %1 sind noch keine Sicherungen verzeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dumps of %1 recorded yet.</source>
        <translation>Für %1 sind noch keine Sicherungen verzeichnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+116"/>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+66"/>
        <location line="+50"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRIGGER</source>
        <translation>AUSLÖSER</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <location line="+50"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH / ERROR</source>
        <translation>PFAD / FEHLER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERIFIED</source>
        <translation>GEPRÜFT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEST-RESTORE</source>
        <translation>TEST-WIEDERHERSTELLUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; WARNING: %2</source>
        <translation>%1; WARNUNG: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; test-restore: %2</source>
        <translation>%1; Test-Wiederherstellung: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No notifications recorded yet in %1.</source>
        <translation>Noch keine Benachrichtigungen in %1 vermerkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FINISHED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOTIFY</source>
        <translation>NOTIFY</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP / ERROR</source>
        <translation>HTTP / FEHLER</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No hook runs recorded yet in %1.</source>
        <translation>Noch keine Hook-Läufe in %1 aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No hook runs of %1 recorded yet.</source>
        <translation>Noch keine Hook-Läufe von %1 aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HOOK</source>
        <translation>HOOK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTPUT / ERROR</source>
        <translation>AUSGABE / FEHLER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIMED OUT</source>
        <translation>ZEITÜBERSCHREITUNG</translation>
    </message>
</context>
<context>
    <name>JobDirectory</name>
    <message>
        <location filename="../core/system/JobDirectory.cpp" line="+144"/>
        <source>%1 is not an absolute path to a job&apos;s directory: check dump_dir</source>
        <translation>%1 ist kein absoluter Pfad zu einem Jobverzeichnis: Prüfen Sie dump_dir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not open %1: %2: check its permissions</source>
        <translation>%1 konnte nicht geöffnet werden: %2: Prüfen Sie seine Berechtigungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the job&apos;s directory %1 is a symbolic link; Larder deletes nothing through one: replace it by the directory it leads to, or point dump_dir there</source>
        <translation>das Jobverzeichnis %1 ist ein symbolischer Link; Larder löscht nie etwas über einen Link: Ersetzen Sie ihn durch das Verzeichnis, auf das er verweist, oder setzen Sie dump_dir auf dieses Verzeichnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 should be the job&apos;s directory but is not a directory: move it away</source>
        <translation>%1 sollte das Jobverzeichnis sein, ist aber kein Verzeichnis: Verschieben Sie es</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not open the job&apos;s directory %1: %2: check its permissions</source>
        <translation>das Jobverzeichnis %1 konnte nicht geöffnet werden: %2: Prüfen Sie seine Berechtigungen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>&apos;%1&apos; is not a name inside %2; Larder only deletes what it made there</source>
        <translation>&apos;%1&apos; ist kein Name innerhalb von %2; Larder löscht dort nur, was es selbst angelegt hat</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>could not examine %1: %2: check the permissions of %3</source>
        <translation>%1 konnte nicht untersucht werden: %2: Prüfen Sie die Berechtigungen von %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 was replaced by a directory after Larder had checked it, so it was not deleted; find out what else writes to %2</source>
        <translation>%1 wurde durch ein Verzeichnis ersetzt, nachdem Larder es geprüft hatte, und wurde daher nicht gelöscht; finden Sie heraus, was sonst noch nach %2 schreibt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is nested deeper than any pg_dump output, so it was not deleted completely; delete it by hand if it is not needed</source>
        <translation>%1 ist tiefer verschachtelt als jede Ausgabe von pg_dump und wurde daher nicht vollständig gelöscht; löschen Sie es von Hand, falls es nicht benötigt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was replaced by a symbolic link or another non-directory after Larder had checked it, so nothing was deleted and no link was followed; find out what else writes to %2</source>
        <translation>%1 wurde durch einen symbolischen Link oder etwas anderes als ein Verzeichnis ersetzt, nachdem Larder es geprüft hatte; daher wurde nichts gelöscht und keinem Link gefolgt; finden Sie heraus, was sonst noch nach %2 schreibt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not delete %1: %2; check its permissions and those of %3</source>
        <translation>%1 konnte nicht gelöscht werden: %2; prüfen Sie seine Berechtigungen und die von %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the job&apos;s directory %1 does not exist: run the job again to create it</source>
        <translation>das Jobverzeichnis %1 existiert nicht: Führen Sie den Job erneut aus, um es anzulegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not examine %1: %2: check its permissions</source>
        <translation>%1 konnte nicht untersucht werden: %2: Prüfen Sie seine Berechtigungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the job&apos;s directory %1 belongs to %2 and has mode %3, so others can change the dumps in it; Larder dumps only into a directory of its own user (%4): run &apos;chown %4 %1&apos; and &apos;chmod go-w %1&apos; as root, or remove the directory</source>
        <translation>das Jobverzeichnis %1 gehört %2 und hat den Modus %3, daher können andere die Sicherungen darin verändern; Larder sichert nur in ein Verzeichnis seines eigenen Benutzers (%4): Führen Sie als root &apos;chown %4 %1&apos; und &apos;chmod go-w %1&apos; aus, oder entfernen Sie das Verzeichnis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not remove write permission for others from the job&apos;s directory %1 (mode %2): %3: run &apos;chmod go-w %1&apos;</source>
        <translation>dem Jobverzeichnis %1 (Modus %2) konnte das Schreibrecht für andere nicht entzogen werden: %3: Führen Sie &apos;chmod go-w %1&apos; aus</translation>
    </message>
</context>
<context>
    <name>KnownJobs</name>
    <message>
        <location filename="../core/plan/KnownJobs.cpp" line="+54"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[defaults]</source>
        <translation>[defaults]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>history (its newest dump)</source>
        <translation>Verlauf (sein neuester Dump)</translation>
    </message>
</context>
<context>
    <name>LibPq</name>
    <message>
        <location filename="../core/postgres/LibPq.cpp" line="+46"/>
        <source>the PostgreSQL client library libpq could not be loaded (%1); install it (Debian/Ubuntu: apt install libpq5; macOS: brew install libpq)</source>
        <translation>die PostgreSQL-Clientbibliothek libpq konnte nicht geladen werden (%1); installieren Sie sie (Debian/Ubuntu: apt install libpq5; macOS: brew install libpq)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the PostgreSQL client library %1 lacks %2; install a libpq from PostgreSQL 10 or newer</source>
        <translation>der PostgreSQL-Clientbibliothek %1 fehlt %2; installieren Sie eine libpq aus PostgreSQL 10 oder neuer</translation>
    </message>
</context>
<context>
    <name>LiveChannel</name>
    <message>
        <location filename="../core/status/LiveChannel.cpp" line="+62"/>
        <source>a message of the status channel is not JSON: %1</source>
        <translation>eine Nachricht des Statuskanals ist kein JSON: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run speaks version %1 of the status channel; this Larder reads version %2: use the same Larder for both</source>
        <translation>der Lauf spricht Version %1 des Statuskanals; dieses Larder liest Version %2: verwenden Sie für beide dasselbe Larder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown message of the status channel: %1</source>
        <translation>unbekannte Nachricht des Statuskanals: %1</translation>
    </message>
</context>
<context>
    <name>MariaDbConnection</name>
    <message>
        <location filename="../core/mariadb/MariaDbConnection.cpp" line="+27"/>
        <source>cannot hand the password of server %1 to the MariaDB client: %2</source>
        <translation>Das Passwort von Server %1 kann dem MariaDB-Client nicht übergeben werden: %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>store the password of %1 with `larder password set %2`, or in the [client] section of ~/.my.cnf (mode 0600), and check the user</source>
        <translation>Speichern Sie das Passwort von %1 mit `larder password set %2` oder im Abschnitt [client] von ~/.my.cnf (Modus 0600), und prüfen Sie den Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>grant the user SELECT, SHOW VIEW, TRIGGER, EVENT and LOCK TABLES on the database</source>
        <translation>Gewähren Sie dem Benutzer SELECT, SHOW VIEW, TRIGGER, EVENT und LOCK TABLES auf der Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the database&apos;s name, or remove the job if the database was dropped</source>
        <translation>Prüfen Sie den Namen der Datenbank, oder entfernen Sie den Job, falls die Datenbank gelöscht wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check host and port of server %1 and that the server is running and reachable</source>
        <translation>Prüfen Sie Host und Port von Server %1, und ob der Server läuft und erreichbar ist</translation>
    </message>
</context>
<context>
    <name>MariaDbDumpFile</name>
    <message>
        <location filename="../core/mariadb/MariaDbDumpFile.cpp" line="+63"/>
        <source>(cannot read %1)</source>
        <translation>(%1 kann nicht gelesen werden)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no users</source>
        <translation>keine Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>users %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; roles %2</source>
        <translation>%1; Rollen %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading %1 was stopped</source>
        <translation>Das Lesen von %1 wurde angehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>%1 cannot be read to its end (the compressed stream is damaged or cut short after %2 bytes): %3</source>
        <translation>%1 kann nicht bis zum Ende gelesen werden (der komprimierte Datenstrom ist beschädigt oder nach %2 Bytes abgeschnitten): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not end with mariadb-dump&apos;s &quot;-- Dump completed&quot; line: the script is cut short or was not written by mariadb-dump; run the job again for a new dump</source>
        <translation>%1 endet nicht mit der Zeile &quot;-- Dump completed&quot; von mariadb-dump: Das Skript ist abgeschnitten oder stammt nicht von mariadb-dump; führen Sie den Job für eine neue Sicherung erneut aus</translation>
    </message>
</context>
<context>
    <name>MariaDbDumpOptions</name>
    <message>
        <location filename="../core/config/engines/MariaDbDumpOptions.cpp" line="+33"/>
        <source>Larder connects with the host, port and user of the [servers.NAME] section; set them there instead</source>
        <translation>Larder verbindet sich mit Host, Port und Benutzer des Abschnitts [servers.NAME]; setzen Sie sie stattdessen dort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a password on the command line can be read by other users; store it with `larder password set SERVER` or in the [client] section of ~/.my.cnf instead</source>
        <translation>Ein Passwort auf der Befehlszeile können andere Benutzer lesen; speichern Sie es stattdessen mit `larder password set SERVER` oder im Abschnitt [client] von ~/.my.cnf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larder passes its own option file, and mariadb-dump reads these only as its first options; put client settings in ~/.my.cnf instead</source>
        <translation>Larder übergibt eine eigene Optionsdatei, und mariadb-dump liest diese nur als erste Optionen; schreiben Sie Client-Einstellungen stattdessen in ~/.my.cnf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larder always dumps in one --single-transaction snapshot; remove it</source>
        <translation>Larder sichert immer in einem Schnappschuss mit --single-transaction; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it would give up the consistent snapshot Larder dumps in, so tables could be dumped at different moments; remove it</source>
        <translation>Es gäbe den konsistenten Schnappschuss auf, in dem Larder sichert, sodass Tabellen zu verschiedenen Zeitpunkten gesichert werden könnten; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larder always dumps routines, events and triggers; remove it (--skip-routines, --skip-events and --skip-triggers are allowed)</source>
        <translation>Larder sichert immer Routinen, Events und Trigger; entfernen Sie es (--skip-routines, --skip-events und --skip-triggers sind erlaubt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Larder always writes binary columns as hex; remove it</source>
        <translation>Larder schreibt binäre Spalten immer hexadezimal; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binary columns would be written as raw bytes, which not every restore path reads back unchanged; remove it</source>
        <translation>Binäre Spalten würden als rohe Bytes geschrieben, die nicht jeder Weg der Wiederherstellung unverändert zurückliest; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larder names and writes the dump file itself; set dump_dir instead</source>
        <translation>Larder benennt und schreibt die Sicherungsdatei selbst; setzen Sie stattdessen dump_dir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users and grants are the globals job&apos;s: set dump_globals = true on the server instead</source>
        <translation>Benutzer und Rechte sichert der Globals-Job: Setzen Sie stattdessen dump_globals = true beim Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it writes a directory of tab-separated files instead of the SQL script Larder checks and restores; remove it</source>
        <translation>Es schreibt ein Verzeichnis tabulatorgetrennter Dateien statt des SQL-Skripts, das Larder prüft und wiederherstellt; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is only used with --tab, which Larder does not allow; remove it</source>
        <translation>Es wird nur mit --tab verwendet, das Larder nicht erlaubt; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it writes XML instead of the SQL script Larder checks and restores; remove it</source>
        <translation>Es schreibt XML statt des SQL-Skripts, das Larder prüft und wiederherstellt; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larder dumps the job&apos;s one database (dbname) without CREATE DATABASE or USE, so that a restore can target another database; for more databases set databases = &quot;all&quot; or patterns on the server</source>
        <translation>Larder sichert die eine Datenbank des Jobs (dbname) ohne CREATE DATABASE oder USE, damit eine Wiederherstellung eine andere Datenbank als Ziel haben kann; für mehr Datenbanken setzen Sie databases = &quot;all&quot; oder Muster beim Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it changes how mariadb-dump reads the database name Larder passes; remove it</source>
        <translation>Es ändert, wie mariadb-dump den Datenbanknamen liest, den Larder übergibt; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is only used with --all-databases, which Larder does not allow; set exclude on the server instead</source>
        <translation>Es wird nur mit --all-databases verwendet, das Larder nicht erlaubt; setzen Sie stattdessen exclude beim Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it drops the comments, among them the closing &apos;-- Dump completed&apos; line by which Larder tells a complete dump from a cut one; remove it</source>
        <translation>Es lässt die Kommentare weg, darunter die abschließende Zeile &apos;-- Dump completed&apos;, an der Larder eine vollständige Sicherung von einer abgeschnittenen unterscheidet; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a restore of the dump would drop the database named in it, not the one Larder restores into; remove it</source>
        <translation>Eine Wiederherstellung der Sicherung würde die darin genannte Datenbank löschen, nicht die, in die Larder wiederherstellt; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it locks tables against writes and breaks the --single-transaction snapshot Larder dumps in; remove it (--skip-lock-tables is allowed)</source>
        <translation>Es sperrt Tabellen gegen Schreiben und bricht den Schnappschuss mit --single-transaction, in dem Larder sichert; entfernen Sie es (--skip-lock-tables ist erlaubt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it writes a CHANGE MASTER statement that a restore would run on the target server (and --dump-slave stops the replica&apos;s SQL thread while dumping); remove it</source>
        <translation>Es schreibt eine CHANGE-MASTER-Anweisung, die eine Wiederherstellung auf dem Zielserver ausführen würde (und --dump-slave hält den SQL-Thread des Replikats während der Sicherung an); entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is only used with --master-data or --dump-slave, which Larder does not allow; remove it</source>
        <translation>Es wird nur mit --master-data oder --dump-slave verwendet, die Larder nicht erlaubt; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it deletes the server&apos;s binary logs; remove it</source>
        <translation>Es löscht die Binärlogs des Servers; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it carries on past SQL errors, so a dump missing objects would be recorded as successful; remove it</source>
        <translation>Es macht trotz SQL-Fehlern weiter, sodass eine Sicherung mit fehlenden Objekten als erfolgreich verzeichnet würde; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larder reads mariadb-dump&apos;s errors from its standard error for the job&apos;s message; remove it</source>
        <translation>Larder liest die Fehler von mariadb-dump aus dessen Standardfehlerausgabe für die Meldung des Jobs; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it makes mariadb-dump print something and exit without dumping; remove it</source>
        <translation>Es lässt mariadb-dump etwas ausgeben und ohne Sicherung beenden; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it writes SQL for another database system, which a restore into MariaDB may reject; remove it</source>
        <translation>Es schreibt SQL für ein anderes Datenbanksystem, das eine Wiederherstellung in MariaDB ablehnen kann; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&apos;%1&apos; cannot be used in mariadb_dump_args: %2</source>
        <translation>&apos;%1&apos; kann in mariadb_dump_args nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a mariadb-dump option Larder allows: see mariadb-dump --help (Larder knows the options of MariaDB 10.11)</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; ist keine mariadb-dump-Option, die Larder erlaubt: Siehe mariadb-dump --help (Larder kennt die Optionen von MariaDB 10.11)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a mariadb-dump option Larder allows: see mariadb-dump --help (Larder knows the options of MariaDB 10.11)</source>
        <translation>&apos;%1&apos; ist keine mariadb-dump-Option, die Larder erlaubt: Siehe mariadb-dump --help (Larder kennt die Optionen von MariaDB 10.11)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&apos;%1&apos; abbreviates %2: write %2 in full</source>
        <translation>&apos;%1&apos; kürzt %2 ab: Schreiben Sie %2 aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; abbreviates several mariadb-dump options (%2): write the one you mean in full</source>
        <translation>&apos;%1&apos; kürzt mehrere mariadb-dump-Optionen ab (%2): Schreiben Sie die gemeinte aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos;: --%2 takes no value: write --%2 alone, or --skip-%2 to turn it off</source>
        <translation>&apos;%1&apos;: --%2 nimmt keinen Wert: Schreiben Sie --%2 allein, oder --skip-%2, um es abzuschalten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&apos;--&apos; would end mariadb-dump&apos;s options and make what follows a database or table name: remove it (mariadb_dump_args takes options only)</source>
        <translation>&apos;--&apos; würde die Optionen von mariadb-dump beenden und das Folgende zu einem Datenbank- oder Tabellennamen machen: Entfernen Sie es (mariadb_dump_args nimmt nur Optionen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a mariadb-dump option: mariadb_dump_args takes options only (each starting with &apos;-&apos;), as mariadb-dump would read a word as a database or table name; the database comes from dbname and the connection from the server section</source>
        <translation>&apos;%1&apos; ist keine mariadb-dump-Option: mariadb_dump_args nimmt nur Optionen (jede beginnt mit &apos;-&apos;), da mariadb-dump ein Wort als Datenbank- oder Tabellennamen lesen würde; die Datenbank kommt aus dbname und die Verbindung aus dem Server-Abschnitt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; needs a value, but nothing follows it: add the value as the next element, or write it as --name=value</source>
        <translation>&apos;%1&apos; braucht einen Wert, aber es folgt nichts: Fügen Sie den Wert als nächstes Element hinzu, oder schreiben Sie --name=wert</translation>
    </message>
</context>
<context>
    <name>MariaDbEngine</name>
    <message>
        <location filename="../core/mariadb/MariaDbEngine.cpp" line="+28"/>
        <source>cannot connect to server %1: %2</source>
        <translation>Keine Verbindung zu Server %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server %1 did not say its version</source>
        <translation>Server %1 hat seine Version nicht genannt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot list the databases of server %1: %2</source>
        <translation>Die Datenbanken von Server %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is not a mariadb-dump script (no &quot;-- Server version&quot; line in its header), and %2 is a MariaDB server: restore a dump of a MariaDB job, or give a PostgreSQL server with --server NAME</source>
        <translation>%1 ist kein Skript von mariadb-dump (keine Zeile &quot;-- Server version&quot; im Kopf), und %2 ist ein MariaDB-Server: Stellen Sie eine Sicherung eines MariaDB-Jobs wieder her, oder geben Sie mit --server NAME einen PostgreSQL-Server an</translation>
    </message>
</context>
<context>
    <name>MariaDbQuery</name>
    <message>
        <location filename="../core/mariadb/MariaDbQuery.cpp" line="+36"/>
        <source>the client exited with code %1</source>
        <translation>der Client endete mit Code %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MariaDbRestore</name>
    <message>
        <location filename="../core/mariadb/MariaDbRestore.cpp" line="+40"/>
        <source>--clean is for PostgreSQL dumps: a MariaDB dump is a script the mariadb client replays as it is, and Larder restores it only into a new or empty database. Drop the database (DROP DATABASE) or restore into another one with --to</source>
        <translation>--clean gilt für PostgreSQL-Sicherungen: Eine MariaDB-Sicherung ist ein Skript, das der mariadb-Client unverändert abspielt, und Larder stellt es nur in eine neue oder leere Datenbank wieder her. Löschen Sie die Datenbank (DROP DATABASE) oder stellen Sie mit --to in eine andere wieder her</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jobs is for PostgreSQL&apos;s custom and directory dumps: the mariadb client replays a MariaDB dump one statement after the other. Leave --jobs out</source>
        <translation>--jobs gilt für die Formate custom und directory von PostgreSQL: Der mariadb-Client spielt eine MariaDB-Sicherung Anweisung für Anweisung ab. Lassen Sie --jobs weg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; cannot name a MariaDB database: use 1 to 64 characters without &apos;/&apos;, &apos;\&apos;, &apos;.&apos; or a trailing space</source>
        <translation>&quot;%1&quot; kann keine MariaDB-Datenbank benennen: Verwenden Sie 1 bis 64 Zeichen ohne &apos;/&apos;, &apos;\&apos;, &apos;.&apos; oder ein Leerzeichen am Ende</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; on %2</source>
        <translation>&quot;%1&quot; auf %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database %1, which this restore created, could not be dropped again: %2</source>
        <translation>Datenbank %1, die diese Wiederherstellung angelegt hat, konnte nicht wieder gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dropped database %1 again: this restore had created it</source>
        <translation>Datenbank %1 wieder gelöscht: diese Wiederherstellung hatte sie angelegt</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1 stays inside the database it is restored into (%n statement(s) checked)</source>
        <translation>
            <numerusform>%1 bleibt in der Datenbank, in die es wiederhergestellt wird (%n Anweisung geprüft)</numerusform>
            <numerusform>%1 bleibt in der Datenbank, in die es wiederhergestellt wird (%n Anweisungen geprüft)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot look up database &quot;%1&quot; on %2: %3</source>
        <translation>Datenbank &quot;%1&quot; auf %2 kann nicht nachgeschlagen werden: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create database &quot;%1&quot; on %2: %3. Hint: the user needs the CREATE privilege, or create the empty database yourself and run the restore again</source>
        <translation>Datenbank &quot;%1&quot; auf %2 kann nicht angelegt werden: %3. Hinweis: Der Benutzer braucht das Recht CREATE, oder legen Sie die leere Datenbank selbst an und führen Sie die Wiederherstellung erneut aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created database &quot;%1&quot; on %2</source>
        <translation>Datenbank &quot;%1&quot; auf %2 angelegt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot inspect database &quot;%1&quot; on %2: %3</source>
        <translation>Datenbank &quot;%1&quot; auf %2 kann nicht untersucht werden: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database &quot;%1&quot; on %2 already exists and is not empty (tables, views, routines or events: %3): restore into a new database with another --to, or drop it first; the dump&apos;s DROP TABLE statements would replace tables of the same names</source>
        <translation>Datenbank &quot;%1&quot; auf %2 existiert bereits und ist nicht leer (Tabellen, Sichten, Routinen oder Events: %3): Stellen Sie mit einem anderen --to in eine neue Datenbank wieder her, oder löschen Sie sie zuerst; die DROP-TABLE-Anweisungen der Sicherung würden gleichnamige Tabellen ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database &quot;%1&quot; on %2 exists and is empty; restoring into it</source>
        <translation>Datenbank &quot;%1&quot; auf %2 existiert und ist leer; es wird in sie wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>the dump inserted %1 rows into %n table(s)</source>
        <translation>
            <numerusform>die Sicherung hat %1 Zeilen in %n Tabelle eingefügt</numerusform>
            <numerusform>die Sicherung hat %1 Zeilen in %n Tabellen eingefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MariaDbStallQuery</name>
    <message>
        <location filename="../core/mariadb/MariaDbStallQuery.cpp" line="+60"/>
        <source>%1 (user %2, %3 for %4 s)</source>
        <translation>%1 (Benutzer %2, %3 seit %4 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for %2 s (connection %3)</source>
        <translation>%1 seit %2 s (Verbindung %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; also in the database: %2</source>
        <translation>%1; außerdem in der Datenbank: %2</translation>
    </message>
</context>
<context>
    <name>MariaDbTools</name>
    <message>
        <location filename="../core/mariadb/MariaDbTools.cpp" line="+28"/>
        <source>%1 (%2) is not installed or not on PATH: install the MariaDB client tools (Debian: apt install mariadb-client)</source>
        <translation>%1 (%2) ist nicht installiert oder nicht im PATH: Installieren Sie die MariaDB-Client-Programme (Debian: apt install mariadb-client)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the MariaDB dump tool</source>
        <translation>Das MariaDB-Sicherungsprogramm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the MariaDB client</source>
        <translation>Der MariaDB-Client</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <location filename="../app/cli/MetricsCommand.cpp" line="+16"/>
        <source>Print Prometheus metrics of every job (what a run writes to metrics_file).</source>
        <translation>Prometheus-Metriken aller Jobs ausgeben (was ein Lauf in metrics_file schreibt).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>MetricsFile</name>
    <message>
        <location filename="../core/metrics/MetricsFile.cpp" line="+22"/>
        <source>metrics_file %1 not written: the directory %2 does not exist: create it, or set metrics_file in %3 to another place, or to &quot;&quot; to turn it off</source>
        <translation>metrics_file %1 nicht geschrieben: das Verzeichnis %2 existiert nicht: legen Sie es an, oder setzen Sie metrics_file in %3 auf einen anderen Ort oder auf &quot;&quot;, um es abzuschalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>metrics_file %1 not written: %2</source>
        <translation>metrics_file %1 nicht geschrieben: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>metrics_file %1 not written: %2 (or set metrics_file in %3 to a writable place, or to &quot;&quot; to turn it off)</source>
        <translation>metrics_file %1 nicht geschrieben: %2 (oder setzen Sie metrics_file in %3 auf einen beschreibbaren Ort oder auf &quot;&quot;, um es abzuschalten)</translation>
    </message>
</context>
<context>
    <name>NotifyEvent</name>
    <message>
        <location filename="../core/notify/NotifyEvent.cpp" line="+20"/>
        <source>%1 (server %2) on %3</source>
        <translation>%1 (Server %2) auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dump started</source>
        <translation>%1: Sicherung gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dump succeeded, %2 bytes -&gt; %3</source>
        <translation>%1: Dump gelungen, %2 Bytes -&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dump succeeded with a warning: %2</source>
        <translation>%1: Dump mit einer Warnung gelungen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: backups are stale: %2</source>
        <translation>%1: Sicherungen sind veraltet: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: dump FAILED: %2</source>
        <translation>%1: Dump FEHLGESCHLAGEN: %2</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <location filename="../app/cli/PasswordCommand.cpp" line="+12"/>
        <source>Store or delete a server&apos;s password in the OS keychain (service &apos;larder&apos;, key USER@HOST:PORT).</source>
        <translation>Das Passwort eines Servers im Schlüsselbund des Betriebssystems speichern oder löschen (Dienst &apos;larder&apos;, Schlüssel USER@HOST:PORT).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;set&apos; or &apos;delete&apos;.</source>
        <translation>&apos;set&apos; oder &apos;delete&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server name from the config (&apos;default&apos; for the server in [defaults]).</source>
        <translation>Ein Servername aus der Konfiguration (&apos;default&apos; für den Server in [defaults]).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: larder password set|delete SERVER</source>
        <translation>Aufruf: larder password set|delete SERVER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server named &apos;%1&apos; in %2; configured servers: %3</source>
        <translation>kein Server namens &apos;%1&apos; in %2; konfigurierte Server: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the password of %1 from the keychain.</source>
        <translation>Das Passwort von %1 wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given on standard input; nothing was stored</source>
        <translation>kein Passwort auf der Standardeingabe erhalten; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored the password of %1 in the keychain (key %2).</source>
        <translation>Das Passwort von %1 wurde im Schlüsselbund gespeichert (Schlüssel %2).</translation>
    </message>
</context>
<context>
    <name>PgDumpLocator</name>
    <message>
        <location filename="../core/postgres/PgDumpLocator.cpp" line="+43"/>
        <source>brew install postgresql@%1</source>
        <translation>brew install postgresql@%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>install postgresql-client-%1</source>
        <translation>Installieren Sie postgresql-client-%1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>fix the pg_dump setting</source>
        <translation>Korrigieren Sie die Einstellung pg_dump</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install the PostgreSQL client tools or set LARDER_PG_DUMP_SEARCH_PATH</source>
        <translation>Installieren Sie die PostgreSQL-Client-Programme, oder setzen Sie LARDER_PG_DUMP_SEARCH_PATH</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not in PATH: install the PostgreSQL client tools or set pg_dump to its full path</source>
        <translation>%1 ist nicht im PATH: Installieren Sie die PostgreSQL-Client-Programme, oder setzen Sie pg_dump auf den vollständigen Pfad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in PATH: install the PostgreSQL client tools</source>
        <translation>%1 ist nicht im PATH: Installieren Sie die PostgreSQL-Client-Programme</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pg_dump not found at %1: fix the pg_dump setting or install the PostgreSQL client tools</source>
        <translation>pg_dump nicht gefunden unter %1: Korrigieren Sie die Einstellung pg_dump, oder installieren Sie die PostgreSQL-Client-Programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not found at %2: install the PostgreSQL client tools</source>
        <translation>%1 nicht gefunden unter %2: Installieren Sie die PostgreSQL-Client-Programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an executable file: %2</source>
        <translation>%1 ist keine ausführbare Datei: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 --version did not answer within %2 s: check that it is a working %3</source>
        <translation>%1 --version hat nicht innerhalb von %2 s geantwortet: Prüfen Sie, ob es ein funktionierendes %3 ist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 does not look like pg_dump (&quot;%2 --version&quot; printed &quot;%3&quot;): point pg_dump at PostgreSQL&apos;s pg_dump</source>
        <translation>%1 sieht nicht wie pg_dump aus (&quot;%2 --version&quot; gab &quot;%3&quot; aus): Verweisen Sie pg_dump auf das pg_dump von PostgreSQL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not look like %2 (&quot;%3 --version&quot; printed &quot;%4&quot;): %5</source>
        <translation>%1 sieht nicht wie %2 aus (&quot;%3 --version&quot; gab &quot;%4&quot; aus): %5</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>pg_dump at %1 is version %2 but the server runs %3: %4 or set pg_dump = &quot;...&quot; to a pg_dump of version %3 or newer</source>
        <translation>pg_dump unter %1 hat Version %2, aber auf dem Server läuft %3: %4, oder setzen Sie pg_dump = &quot;...&quot; auf ein pg_dump der Version %3 oder neuer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>no pg_dump found for the server&apos;s PostgreSQL %1 (searched %2): %3 or set pg_dump = &quot;/path/to/pg_dump&quot; for the server</source>
        <translation>kein pg_dump für PostgreSQL %1 des Servers gefunden (durchsucht: %2): %3, oder setzen Sie pg_dump = &quot;/path/to/pg_dump&quot; für den Server</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the usual install locations and PATH</source>
        <translation>die üblichen Installationsorte und PATH</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no pg_dump of version %1 or newer found for the server&apos;s PostgreSQL %1 (found only %2): %3 or set pg_dump = &quot;/path/to/pg_dump&quot; for the server</source>
        <translation>kein pg_dump der Version %1 oder neuer für PostgreSQL %1 des Servers gefunden (nur gefunden: %2): %3, oder setzen Sie pg_dump = &quot;/path/to/pg_dump&quot; für den Server</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no %1 found for the server&apos;s PostgreSQL %2 (searched %3): %4</source>
        <translation>kein %1 für PostgreSQL %2 des Servers gefunden (durchsucht: %3): %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no %1 of version %2 or newer found for the server&apos;s PostgreSQL %2 (found only %3): %4</source>
        <translation>kein %1 der Version %2 oder neuer für PostgreSQL %2 des Servers gefunden (nur gefunden: %3): %4</translation>
    </message>
</context>
<context>
    <name>PgDumpOptions</name>
    <message>
        <location filename="../core/config/engines/PgDumpOptions.cpp" line="+35"/>
        <source>Larder names the dump file itself; set dump_dir instead</source>
        <translation>Larder benennt die Sicherungsdatei selbst; setzen Sie stattdessen dump_dir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set format instead</source>
        <translation>setzen Sie stattdessen format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set compression instead</source>
        <translation>setzen Sie stattdessen compression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set dbname instead</source>
        <translation>setzen Sie stattdessen dbname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set host in the [servers.NAME] section instead</source>
        <translation>setzen Sie stattdessen host im Abschnitt [servers.NAME]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set port in the [servers.NAME] section instead</source>
        <translation>setzen Sie stattdessen port im Abschnitt [servers.NAME]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set user in the [servers.NAME] section instead</source>
        <translation>setzen Sie stattdessen user im Abschnitt [servers.NAME]</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Larder never prompts; store the password with `larder password set SERVER` or use ~/.pgpass instead</source>
        <translation>Larder fragt nie nach einem Passwort; speichern Sie es stattdessen mit `larder password set SERVER`, oder verwenden Sie ~/.pgpass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>let Larder choose: it passes its own --snapshot to jobs that record row counts, and a snapshot name is only valid while the transaction that exported it is open</source>
        <translation>überlassen Sie Larder die Wahl: Es übergibt Jobs, die Zeilenzahlen erfassen, ein eigenes --snapshot, und ein Snapshot-Name ist nur gültig, solange die Transaktion offen ist, die ihn exportiert hat</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&apos;%1&apos; is managed by Larder (%2): remove it from pg_dump_args and %3</source>
        <translation>&apos;%1&apos; wird von Larder verwaltet (%2): Entfernen Sie es aus pg_dump_args und %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a pg_dump option Larder knows: see pg_dump --help (Larder allows the options of PostgreSQL 15 to 17)</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; ist keine pg_dump-Option, die Larder kennt: Siehe pg_dump --help (Larder erlaubt die Optionen von PostgreSQL 15 bis 17)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a pg_dump option Larder knows: see pg_dump --help (Larder allows the options of PostgreSQL 15 to 17)</source>
        <translation>&apos;%1&apos; ist keine pg_dump-Option, die Larder kennt: Siehe pg_dump --help (Larder erlaubt die Optionen von PostgreSQL 15 bis 17)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; abbreviates %2: write %2 in full</source>
        <translation>&apos;%1&apos; ist eine Abkürzung für %2: Schreiben Sie %2 aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; abbreviates several pg_dump options (%2): write the one you mean in full</source>
        <translation>&apos;%1&apos; ist eine Abkürzung für mehrere pg_dump-Optionen (%2): Schreiben Sie die gemeinte aus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos;: %2 takes no value: write %2 alone</source>
        <translation>&apos;%1&apos;: %2 nimmt keinen Wert an: Schreiben Sie nur %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&apos;--&apos; would end pg_dump&apos;s options and make what follows its database argument: remove it (pg_dump_args takes options only)</source>
        <translation>&apos;--&apos; würde die Optionen von pg_dump beenden und das Folgende zu seinem Datenbankargument machen: Entfernen Sie es (pg_dump_args nimmt nur Optionen auf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a pg_dump option: pg_dump_args takes options only (each starting with &apos;-&apos;); the database and connection come from dbname and the server section</source>
        <translation>&apos;%1&apos; ist keine pg_dump-Option: pg_dump_args nimmt nur Optionen auf (jede beginnt mit &apos;-&apos;); Datenbank und Verbindung ergeben sich aus dbname und dem Server-Abschnitt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; needs a value, but nothing follows it: add the value as the next element</source>
        <translation>&apos;%1&apos; braucht einen Wert, aber es folgt nichts: Fügen Sie den Wert als nächstes Element hinzu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; (parallel dump) only works with format = &quot;directory&quot;, but %2 uses format &quot;%3&quot;: set format = &quot;directory&quot; for it or remove &apos;%1&apos;</source>
        <translation>&apos;%1&apos; (parallele Sicherung) funktioniert nur mit format = &quot;directory&quot;, aber für %2 ist das Format &quot;%3&quot; gesetzt: Setzen Sie dort format = &quot;directory&quot;, oder entfernen Sie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; makes a plain dump create the database named in it and \connect to it, so restoring a dump of %2 would act on the source database instead of the target: remove &apos;%1&apos; (Larder restores into a database it names itself), or set format = &quot;custom&quot;</source>
        <translation>&apos;%1&apos; lässt eine plain-Sicherung die darin genannte Datenbank anlegen und sich mit \connect zu ihr verbinden, daher würde die Wiederherstellung einer Sicherung von %2 auf die Quelldatenbank statt auf das Ziel wirken: Entfernen Sie &apos;%1&apos; (Larder stellt in eine Datenbank wieder her, die es selbst benennt), oder setzen Sie format = &quot;custom&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; makes a plain dump start by dropping the objects in it (with --create, the database itself), so restoring a dump of %2 would fail on objects that are not there, or drop the source database: remove &apos;%1&apos; (Larder restores into a database it names itself), or set format = &quot;custom&quot;</source>
        <translation>&apos;%1&apos; lässt eine plain-Sicherung zuerst die darin enthaltenen Objekte löschen (mit --create die Datenbank selbst), daher würde die Wiederherstellung einer Sicherung von %2 an nicht vorhandenen Objekten scheitern oder die Quelldatenbank löschen: Entfernen Sie &apos;%1&apos; (Larder stellt in eine Datenbank wieder her, die es selbst benennt), oder setzen Sie format = &quot;custom&quot;</translation>
    </message>
</context>
<context>
    <name>PgSession</name>
    <message>
        <location filename="../core/postgres/PgSession.cpp" line="+117"/>
        <source>database &quot;%1&quot; on %2</source>
        <translation>Datenbank &quot;%1&quot; auf %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to %1: out of memory</source>
        <translation>keine Verbindung zu %1 möglich: Speicher erschöpft</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>store the password with `larder password set %1` or in ~/.pgpass</source>
        <translation>Speichern Sie das Passwort mit `larder password set %1` oder in ~/.pgpass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the database name (dbname) of the job, or create the database</source>
        <translation>Prüfen Sie den Datenbanknamen (dbname) des Jobs, oder legen Sie die Datenbank an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is the server running and reachable at %1?</source>
        <translation>Läuft der Server, und ist er unter %1 erreichbar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the settings of server %1 (host, port, user, sslmode)</source>
        <translation>Prüfen Sie die Einstellungen von Server %1 (host, port, user, sslmode)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>connecting to %1 was cancelled</source>
        <translation>der Verbindungsaufbau zu %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect to %1: no answer within %2 s (connect_timeout). Hint: %3</source>
        <translation>keine Verbindung zu %1 möglich: keine Antwort innerhalb von %2 s (connect_timeout). Hinweis: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot connect to %1: %2. Hint: %3</source>
        <translation>keine Verbindung zu %1 möglich: %2. Hinweis: %3</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: the connection was given up after a statement that did not end</source>
        <translation>%1: Die Verbindung wurde nach einer Anweisung aufgegeben, die nicht endete</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <location line="+25"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the statement &quot;%2&quot; was cancelled</source>
        <translation>%1: Die Anweisung &quot;%2&quot; wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the statement &quot;%2&quot; did not finish within %3 s; Larder cancelled it (is something holding a lock, or is the server overloaded?)</source>
        <translation>%1: Die Anweisung &quot;%2&quot; wurde nicht innerhalb von %3 s fertig; Larder hat sie abgebrochen (hält etwas eine Sperre, oder ist der Server überlastet?)</translation>
    </message>
</context>
<context>
    <name>PlainScriptGuard</name>
    <message>
        <location filename="../core/postgres/plainscript/PlainScriptGuard.cpp" line="+53"/>
        <source>cannot read %1: it is not open for reading</source>
        <translation>%1 kann nicht gelesen werden: Es ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open %1: out of memory or file descriptors</source>
        <translation>%1 kann nicht geöffnet werden: Speicher oder Dateideskriptoren erschöpft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not gzip-compressed, though its name ends in .gz: check the file, or rename it if it is a plain .sql script</source>
        <translation>%1 ist nicht gzip-komprimiert, obwohl der Name auf .gz endet: Prüfen Sie die Datei, oder benennen Sie sie um, falls sie ein einfaches .sql-Skript ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a complete gzip file (%2): it is truncated or damaged. Check the file, or restore another dump</source>
        <translation>%1 ist keine vollständige gzip-Datei (%2): Sie ist abgeschnitten oder beschädigt. Prüfen Sie die Datei, oder stellen Sie eine andere Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the dump would run `%2`, which acts outside the restore target; Larder refuses to replay it. Make the dump without --clean/--create (or as format = &quot;custom&quot;) and restore that, or replay it by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, was außerhalb des Wiederherstellungsziels wirkt; Larder lehnt es ab, sie abzuspielen. Erstellen Sie die Sicherung ohne --clean/--create (oder mit format = &quot;custom&quot;) und stellen Sie diese wieder her, oder spielen Sie sie von Hand ab, wenn Sie das wirklich wollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the dump would run `%2`, which reads or writes files or runs a program on the database server; Larder refuses to replay it. pg_dump only copies from stdin: restore a dump that pg_dump made, or replay this one by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, was auf dem Datenbankserver Dateien liest oder schreibt oder ein Programm ausführt; Larder lehnt es ab, sie abzuspielen. pg_dump kopiert nur von stdin: Stellen Sie eine Sicherung wieder her, die pg_dump erstellt hat, oder spielen Sie diese von Hand ab, wenn Sie das wirklich wollen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the dump would run `%2`, which changes how psql reads the rest of the script, so Larder cannot check what it would do; Larder refuses to replay it. Restore a dump that pg_dump made (or one with format = &quot;custom&quot;), or replay this one by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, was ändert, wie psql den Rest des Skripts liest, daher kann Larder nicht prüfen, was sie tun würde; Larder lehnt es ab, sie abzuspielen. Stellen Sie eine Sicherung wieder her, die pg_dump erstellt hat (oder eine mit format = &quot;custom&quot;), oder spielen Sie diese von Hand ab, wenn Sie das wirklich wollen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file contains a NUL byte, which no SQL script does: it is damaged or not a plain-format dump. Check the file, or restore another dump</source>
        <translation>%1: Die Datei enthält ein NUL-Byte, was in keinem SQL-Skript vorkommt: Sie ist beschädigt oder keine Sicherung im plain-Format. Prüfen Sie die Datei, oder stellen Sie eine andere Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: `%2` is not laid out as pg_dump writes it (a statement of its own, alone on its line), so Larder cannot tell where its data ends; Larder refuses to replay it. Restore a dump that pg_dump made, or replay this one by hand if you mean it</source>
        <translation>%1: `%2` steht nicht so da, wie pg_dump es schreibt (als eigene Anweisung, allein in ihrer Zeile), daher kann Larder nicht erkennen, wo die zugehörigen Daten enden; Larder lehnt es ab, die Sicherung abzuspielen. Stellen Sie eine Sicherung wieder her, die pg_dump erstellt hat, oder spielen Sie diese von Hand ab, wenn Sie das wirklich wollen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the dollar quote at `%2` has a tag longer than 256 characters, which Larder does not follow; Larder refuses to replay it. Restore a dump that pg_dump made, or replay this one by hand if you mean it</source>
        <translation>%1: Das Dollar-Quoting bei `%2` hat ein Tag mit mehr als 256 Zeichen, dem Larder nicht folgt; Larder lehnt es ab, die Sicherung abzuspielen. Stellen Sie eine Sicherung wieder her, die pg_dump erstellt hat, oder spielen Sie diese von Hand ab, wenn Sie das wirklich wollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: Larder refuses to replay this dump</source>
        <translation>%1: Larder lehnt es ab, diese Sicherung abzuspielen</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="+55"/>
        <source>Show each job&apos;s schedule, last success and next due time.</source>
        <translation>Zeitplan, letzten Erfolg und nächste Fälligkeit jedes Jobs anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every effective setting of JOB and where it comes from.</source>
        <translation>Jede wirksame Einstellung von JOB und ihre Herkunft anzeigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No jobs in %1: add a [databases.NAME] section.</source>
        <translation>Keine Jobs in %1: Fügen Sie einen Abschnitt [databases.NAME] hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>SCHEDULE</source>
        <translation>ZEITPLAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST SUCCESS</source>
        <translation>LETZTER ERFOLG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEXT DUE</source>
        <translation>NÄCHSTE FÄLLIGKEIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(globals)</source>
        <translation>(globale Objekte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (discovered)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (stale)</source>
        <translation>nie (veraltet)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Orphaned jobs (known only to history: never due; their dumps are kept until `larder prune JOB` names them):</source>
        <translation>Verwaiste Jobs (nur noch im Verlauf bekannt: nie fällig; ihre Sicherungen werden behalten, bis `larder prune JOB` sie nennt):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KEPT DUMPS</source>
        <translation>BEHALTENE DUMPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEWEST DUMP</source>
        <translation>NEUESTER DUMP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIRECTORY</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not configured)</source>
        <translation>%1 (nicht konfiguriert)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+90"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+2"/>
        <source>(the client&apos;s default)</source>
        <translation>(Standard des Clients)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>NOTIFY</source>
        <translation>BENACHRICHTIGUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECRETS</source>
        <translation>GEHEIMNISSE</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notifications about %1 ([notify.NAME]; secrets are resolved only when a run sends):</source>
        <translation>Benachrichtigungen über %1 ([notify.NAME]; Geheimnisse werden erst beim Senden eines Laufs aufgelöst):</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>yes: %1</source>
        <translation>ja: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+5"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(chosen by server version)</source>
        <translation>(nach Serverversion gewählt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>off (due at every run until it succeeds)</source>
        <translation>aus (bei jedem Lauf fällig, bis er gelingt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 after a failure, doubled after each further one, at most %2</source>
        <translation>%1 nach einem Fehlschlag, verdoppelt nach jedem weiteren, höchstens %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 (off)</source>
        <translation>0 (aus)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no discovery)</source>
        <translation>(keine Erkennung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 in %2; dumps go to %3</source>
        <translation>Job %1 in %2; Sicherungen werden in %3 abgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an orphaned job, known only to history: the settings of %2, with the server, database and place of its newest dump</source>
        <translation>%1 ist ein verwaister Job, nur noch im Verlauf bekannt: die Einstellungen von %2, mit Server, Datenbank und Ablageort seines neuesten Dumps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../core/plan/Planner.cpp" line="+53"/>
        <source>disabled (enabled = false): runs only when named, as in `larder run %1`</source>
        <translation>deaktiviert (enabled = false): läuft nur, wenn er genannt wird, wie in `larder run %1`</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>manual schedule: runs only on demand</source>
        <translation>manueller Zeitplan: läuft nur auf Anforderung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schedule &apos;always&apos;: dumps at every run</source>
        <translation>Zeitplan &apos;always&apos;: Sicherung bei jedem Lauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never dumped successfully</source>
        <translation>noch nie erfolgreich gesichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no successful dump since the slot at %1</source>
        <translation>keine erfolgreiche Sicherung seit dem Termin %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dumped at %1; next slot %2</source>
        <translation>zuletzt gesichert: %1; nächster Termin: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>retrying after failure at %1: attempt %2 at %3</source>
        <translation>neuer Versuch nach Fehlschlag um %1: Versuch %2 um %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retrying after failure at %1 (attempt %2)</source>
        <translation>neuer Versuch nach Fehlschlag um %1 (Versuch %2)</translation>
    </message>
</context>
<context>
    <name>PostgresEngine</name>
    <message>
        <location filename="../core/postgres/PostgresEngine.cpp" line="+32"/>
        <location line="+5"/>
        <source>cannot list the databases of server %1: %2</source>
        <translation>die Datenbanken von Server %1 können nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>PrivateDirectory</name>
    <message>
        <location filename="../core/system/PrivateDirectory.cpp" line="+27"/>
        <source>%1 exists but is not a directory: move it away</source>
        <translation>%1 existiert, ist aber kein Verzeichnis: Verschieben Sie es</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not create directory %1: %2: check the permissions of %3</source>
        <translation>Verzeichnis %1 konnte nicht angelegt werden: %2: Prüfen Sie die Berechtigungen von %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>removed write permission for group and others from the job&apos;s directory %1: only Larder should change the dumps in it</source>
        <translation>dem Jobverzeichnis %1 wurde das Schreibrecht für Gruppe und andere entzogen: Nur Larder sollte die Sicherungen darin verändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a directory of this user&apos;s, so Larder cannot keep private files there: remove it</source>
        <translation>%1 ist kein Verzeichnis dieses Benutzers, daher kann Larder dort keine privaten Dateien ablegen: Entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot make %1 private (mode 0700): remove it</source>
        <translation>%1 kann nicht privat gemacht werden (Modus 0700): Entfernen Sie es</translation>
    </message>
</context>
<context>
    <name>ProcessGroup</name>
    <message>
        <location filename="../core/system/ProcessGroup.cpp" line="+67"/>
        <source>could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was stopped</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 ist nicht innerhalb von %2 s fertig geworden und wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="+15"/>
        <source>Delete old dumps now, as each job&apos;s keep_* rules say.</source>
        <translation>Alte Sicherungen jetzt löschen, wie es die keep_*-Regeln jedes Jobs vorgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what would be kept and deleted; change nothing.</source>
        <translation>Ausgeben, was behalten und was gelöscht würde; nichts ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs to prune (default: every job).</source>
        <translation>Aufzuräumende Jobs (Standard: alle Jobs).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not in the config: its dumps are pruned by the keep_* rules of %2</source>
        <translation>%1 steht nicht in der Konfiguration: seine Sicherungen werden nach den keep_*-Regeln von %2 aufgeräumt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no history at %1 yet: nothing to prune</source>
        <translation>noch kein Verlauf unter %1: nichts aufzuräumen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: no successful dumps</source>
        <translation>%1: keine erfolgreichen Sicherungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: would keep %2 (%3)</source>
        <translation>%1: würde %2 behalten (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: kept %2 (%3)</source>
        <translation>%1: %2 behalten (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: would delete %2</source>
        <translation>%1: würde %2 löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: deleted %2</source>
        <translation>%1: %2 gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: would mark pruned: %2</source>
        <translation>%1: würde als &apos;pruned&apos; markieren: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: marked pruned: %2</source>
        <translation>%1: als &apos;pruned&apos; markiert: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: would leave %2 to host %3, which holds it</source>
        <translation>%1: würde %2 dem Host %3 überlassen, der ihn hält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: left %2 to host %3, which holds it</source>
        <translation>%1: %2 dem Host %3 überlassen, der ihn hält</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %n dump(s) would be pruned, %2 kept</source>
        <translation>
            <numerusform>%1: %n Sicherung würde aufgeräumt, %2 behalten</numerusform>
            <numerusform>%1: %n Sicherungen würden aufgeräumt, %2 behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n dump(s) pruned, %2 kept</source>
        <translation>
            <numerusform>%1: %n Sicherung aufgeräumt, %2 behalten</numerusform>
            <numerusform>%1: %n Sicherungen aufgeräumt, %2 behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pruner</name>
    <message>
        <location filename="../core/retention/Pruner.cpp" line="+70"/>
        <source>cannot apply retention to job %1: %2</source>
        <translation>Aufbewahrung kann auf Job %1 nicht angewendet werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the dump of job %1 started %2 (history id %3)</source>
        <translation>die Sicherung von Job %1 vom %2 (Verlaufs-ID %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: history records no absolute path (&apos;%2&apos;), so nothing was deleted; delete that dump by hand if it still exists</source>
        <translation>%1: Im Verlauf ist kein absoluter Pfad verzeichnet (&apos;%2&apos;), daher wurde nichts gelöscht; löschen Sie diese Sicherung von Hand, falls sie noch existiert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>already gone from %1 (outside the job&apos;s directory %2)</source>
        <translation>bereits aus %1 verschwunden (außerhalb des Jobverzeichnisses %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not directly inside the job&apos;s directory %3, so it was not deleted; move it there or delete it by hand</source>
        <translation>%1: %2 liegt nicht direkt im Jobverzeichnis %3 und wurde daher nicht gelöscht; verschieben Sie es dorthin, oder löschen Sie es von Hand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not named like a dump of job %3 (%3_...), so it was not deleted; delete it by hand if it is not needed</source>
        <translation>%1: %2 ist nicht wie eine Sicherung von Job %3 benannt (%3_...) und wurde daher nicht gelöscht; löschen Sie es von Hand, falls es nicht benötigt wird</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>%1: %2, so nothing was deleted</source>
        <translation>%1: %2, daher wurde nichts gelöscht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is a symbolic link; Larder never deletes through one. Delete it by hand if it is not needed</source>
        <translation>%1: %2 ist ein symbolischer Link; Larder löscht nie über einen Link. Löschen Sie ihn von Hand, falls er nicht benötigt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is neither a file nor a directory, so it was not deleted; delete it by hand</source>
        <translation>%1: %2 ist weder eine Datei noch ein Verzeichnis und wurde daher nicht gelöscht; löschen Sie es von Hand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its checksum file %2 is not a regular file, so nothing was deleted; delete both by hand if they are not needed</source>
        <translation>%1: Seine Prüfsummendatei %2 ist keine reguläre Datei, daher wurde nichts gelöscht; löschen Sie beide von Hand, falls sie nicht benötigt werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 (retention tries again after the next successful dump)</source>
        <translation>%1: %2 (die Aufbewahrung versucht es nach der nächsten erfolgreichen Sicherung erneut)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the dump was deleted but its checksum file could not be: %2; delete it by hand</source>
        <translation>%1: Die Sicherung wurde gelöscht, ihre Prüfsummendatei jedoch nicht: %2; löschen Sie sie von Hand</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+59"/>
        <source>already gone from %1</source>
        <translation>bereits aus %1 verschwunden</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1: its files are gone, but history could not record that: %2</source>
        <translation>%1: Die Dateien sind gelöscht, aber der Verlauf konnte das nicht festhalten: %2</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../ui/jobs/RelativeTime.cpp" line="+18"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="+22"/>
        <source>Restore a dump of a job into a database.</source>
        <translation>Eine Sicherung eines Jobs in eine Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this dump (inside the job&apos;s directory) instead of the newest.</source>
        <translation>Diese Sicherung (im Jobverzeichnis) statt der neuesten wiederherstellen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the newest successful dump started at or before this time (2026-11-20T03:00:00Z, or local 2026-11-20 03:00).</source>
        <translation>Die neueste erfolgreiche Sicherung wiederherstellen, die zu oder vor diesem Zeitpunkt begonnen hat (2026-11-20T03:00:00Z oder lokal 2026-11-20 03:00).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target database (required). Created unless it exists and is empty.</source>
        <translation>Zieldatenbank (erforderlich). Wird angelegt, außer sie existiert und ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dbname</source>
        <translation>dbname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured server to restore to (default: the job&apos;s server).</source>
        <translation>Konfigurierter Server, auf dem wiederhergestellt wird (Standard: der Server des Jobs).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into a non-empty database, dropping the dump&apos;s objects first (not for plain dumps).</source>
        <translation>In eine nicht leere Datenbank wiederherstellen und dabei zuerst die Objekte der Sicherung löschen (nicht für plain-Sicherungen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel pg_restore jobs (custom and directory dumps only).</source>
        <translation>Parallele pg_restore-Jobs (nur für custom- und directory-Sicherungen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only failures.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pg_restore&apos;s line for every restored item instead of a progress line every 10 %.</source>
        <translation>Die Zeile von pg_restore für jedes wiederhergestellte Element ausgeben statt einer Fortschrittszeile alle 10 %.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job whose dump to restore.</source>
        <translation>Der Job, dessen Sicherung wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a globals dump: its users and grants belong to a whole server, not to a database that --to could name, so larder does not restore it. Read it, then replay it by hand on the server that should get them: mariadb &lt; DUMP (gunzip it first if it ends in .gz; see `larder history %1` for the dumps)</source>
        <translation>%1 ist eine Globals-Sicherung: Ihre Benutzer und Rechte gehören zu einem ganzen Server, nicht zu einer Datenbank, die --to nennen könnte, daher stellt larder sie nicht wieder her. Lesen Sie sie, und spielen Sie sie dann von Hand auf dem Server ab, der sie bekommen soll: mariadb &lt; SICHERUNG (vorher mit gunzip entpacken, falls sie auf .gz endet; siehe `larder history %1` für die Sicherungen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 would create: %2. </source>
        <translation>%1 würde anlegen: %2. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a globals dump: its roles and tablespaces belong to a whole server, not to a database that --to could name, so larder does not restore it. %2Replay it by hand on the server that should get them: psql -X -d postgres -f DUMP (see `larder history %1` for the dumps)</source>
        <translation>%1 ist eine Sicherung der globalen Objekte: ihre Rollen und Tablespaces gehören einem ganzen Server, nicht einer Datenbank, die --to nennen könnte, daher stellt larder sie nicht wieder her. %2Spielen Sie sie von Hand auf dem Server ab, der sie bekommen soll: psql -X -d postgres -f DUMP (die Sicherungen zeigt `larder history %1`)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>restored %1 of %n item(s) (%2 %)</source>
        <translation>
            <numerusform>%1 von %n Element wiederhergestellt (%2 %)</numerusform>
            <numerusform>%1 von %n Elementen wiederhergestellt (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one job name</source>
        <translation>geben Sie genau einen Jobnamen an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give --dump or --at, not both</source>
        <translation>geben Sie --dump oder --at an, nicht beides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to DBNAME is required: name the database to restore into</source>
        <translation>--to DBNAME ist erforderlich: Geben Sie die Datenbank an, in die wiederhergestellt werden soll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jobs must be a whole number of 1 or more, not &apos;%1&apos;</source>
        <translation>--jobs muss eine ganze Zahl von 1 oder mehr sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server &apos;%1&apos; of job %2 is no longer in %3: name a configured server to restore to with --server NAME (configured servers: %4)</source>
        <translation>der Server &apos;%1&apos; des Jobs %2 steht nicht mehr in %3: Nennen Sie mit --server NAME einen konfigurierten Server, auf den wiederhergestellt werden soll (konfigurierte Server: %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server named &apos;%1&apos; in %2; configured servers: %3</source>
        <translation>kein Server namens &apos;%1&apos; in %2; konfigurierte Server: %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+13"/>
        <source>larder restore: %1</source>
        <translation>larder restore: %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>received %1: stopping the restore</source>
        <translation>%1 empfangen: Wiederherstellung wird abgebrochen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; on %2</source>
        <translation>&quot;%1&quot; auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored %1 into %2 in %3 s</source>
        <translation>%1 in %2 wiederhergestellt (Dauer %3 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database %1 is left partly restored: drop it (DROP DATABASE) and restore again</source>
        <translation>Datenbank %1 ist nur teilweise wiederhergestellt: Löschen Sie sie (DROP DATABASE), und stellen Sie sie erneut wieder her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database %1 is left partly restored: drop it (DROP DATABASE) or restore again with --clean</source>
        <translation>Datenbank %1 ist nur teilweise wiederhergestellt: Löschen Sie sie (DROP DATABASE), oder stellen Sie sie mit --clean erneut wieder her</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <location filename="../core/retention/RetentionPolicy.cpp" line="+39"/>
        <source>newest without a warning</source>
        <translation>neuester ohne Warnung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no retention rules</source>
        <translation>keine Aufbewahrungsregeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last %1</source>
        <translation>letzte %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>within %1</source>
        <translation>jünger als %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>newest</source>
        <translation>neueste</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+70"/>
        <source>Dump every job that is due now, or the named jobs now.</source>
        <translation>Alle fälligen Jobs jetzt sichern, oder die angegebenen Jobs sofort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump every configured job now, whatever its schedule.</source>
        <translation>Alle konfigurierten Jobs jetzt sichern, unabhängig vom Zeitplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what would be dumped and why; change nothing.</source>
        <translation>Ausgeben, was gesichert würde und warum; nichts ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a JSON summary of the run on standard output.</source>
        <translation>Eine JSON-Zusammenfassung des Laufs auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print log lines only, even on a terminal (no live view).</source>
        <translation>Nur Protokollzeilen ausgeben, auch auf einem Terminal (keine Live-Ansicht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only failures (for cron: no mail unless something failed).</source>
        <translation>Nur Fehlschläge ausgeben (für cron: keine Mail, außer wenn etwas fehlgeschlagen ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also print queue waits and pg_dump&apos;s activity lines.</source>
        <translation>Zusätzlich Wartezeiten in der Warteschlange und die Aktivitätszeilen von pg_dump ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs to dump now (default: those due).</source>
        <translation>Sofort zu sichernde Jobs (Standard: die fälligen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give job names or --all, not both</source>
        <translation>geben Sie Jobnamen oder --all an, nicht beides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--quiet and --verbose contradict each other</source>
        <translation>--quiet und --verbose widersprechen einander</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>larder run: %1; nothing was dumped</source>
        <translation>larder run: %1; es wurde nichts gesichert</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+92"/>
        <source>larder run: %1</source>
        <translation>larder run: %1</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>received %1: stopping the test-restore</source>
        <translation>%1 empfangen: Test-Wiederherstellung wird abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%1: pruned %n old dump(s)</source>
        <translation>
            <numerusform>%1: %n alte Sicherung aufgeräumt</numerusform>
            <numerusform>%1: %n alte Sicherungen aufgeräumt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: WARNING: %2</source>
        <translation>%1: WARNUNG: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: skipped: %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>requested now</source>
        <translation>jetzt angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would dump %1 (server %2, database %3): %4</source>
        <translation>würde %1 sichern (Server %2, Datenbank %3): %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would skip %1 (server %2, database %3): %4</source>
        <translation>würde %1 überspringen (Server %2, Datenbank %3): %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nothing is due</source>
        <translation>nichts ist fällig</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>received %1: stopping the running dumps</source>
        <translation>%1 empfangen: laufende Sicherungen werden abgebrochen</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 (server %2)</source>
        <translation>%1 (Server %2)</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: dump started</source>
        <translation>%1: Sicherung gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: done, %2 in %3 (%4) -&gt; %5</source>
        <translation>%1: fertig, %2 in %3 (%4) -&gt; %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: FAILED after %2: %3</source>
        <translation>%1: FEHLGESCHLAGEN nach %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1: deleted %2</source>
        <translation>%1: %2 gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: retention could not finish: %2</source>
        <translation>%1: Aufbewahrung konnte nicht abgeschlossen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%n test-restore(s) failed</source>
        <translation>
            <numerusform>%n Test-Wiederherstellung ist fehlgeschlagen</numerusform>
            <numerusform>%n Test-Wiederherstellungen sind fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n job(s) left to other hosts sharing the history (see above)</source>
        <translation>
            <numerusform>%n Job den anderen Hosts mit demselben Verlauf überlassen (siehe oben)</numerusform>
            <numerusform>%n Jobs den anderen Hosts mit demselben Verlauf überlassen (siehe oben)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 dumps succeeded with a warning (see above)</source>
        <translation>%1 von %2 Dumps gelangen mit einer Warnung (siehe oben)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n job(s) failed</source>
        <translation>
            <numerusform>%1 von %n Job fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Jobs fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>discovery failed on at least one server (see above); the other jobs ran</source>
        <translation>die Erkennung ist auf mindestens einem Server fehlgeschlagen (siehe oben); die übrigen Jobs wurden ausgeführt</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <location filename="../core/history/RunLock.cpp" line="+30"/>
        <source>cannot create the run lock %1: %2, or set &quot;history&quot; in the config file to a writable place</source>
        <translation>die Laufsperre %1 kann nicht angelegt werden: %2, oder setzen Sie &quot;history&quot; in der Konfigurationsdatei auf einen beschreibbaren Ort</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 exists but does not say which process holds it: if no larder is running, delete %1</source>
        <translation>%1 existiert, gibt aber nicht an, welcher Prozess sie hält: Falls kein larder läuft, löschen Sie %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another larder run holds %1 (pid %2 on host %3, since %4): it will finish on its own; if no larder is running, delete %1</source>
        <translation>ein anderer larder-Lauf hält %1 (PID %2 auf Host %3, seit %4): Er endet von selbst; falls kein larder läuft, löschen Sie %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the run lock %1: permission denied. Make %2 writable for the user running larder, or set &quot;history&quot; in the config file to a writable place</source>
        <translation>die Laufsperre %1 kann nicht angelegt werden: Zugriff verweigert. Machen Sie %2 für den Benutzer beschreibbar, unter dem larder läuft, oder setzen Sie &quot;history&quot; in der Konfigurationsdatei auf einen beschreibbaren Ort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the run lock %1: check that %2 exists, is writable and its disk is not full</source>
        <translation>die Laufsperre %1 kann nicht angelegt werden: Prüfen Sie, ob %2 existiert und beschreibbar ist, und ob die Festplatte nicht voll ist</translation>
    </message>
</context>
<context>
    <name>RunPreparation</name>
    <message>
        <location filename="../core/run/RunPreparation.cpp" line="+23"/>
        <source>%1: host %2 stopped renewing its claim on a dump it started at %3; that attempt is now marked interrupted, and the job may be dumped again</source>
        <translation>%1: Host %2 hat seinen Anspruch auf einen um %3 begonnenen Dump nicht mehr erneuert; dieser Versuch ist nun als unterbrochen markiert, und der Job kann erneut gesichert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: an earlier run (pid %2) was killed after its dump was complete; the dump matches its checksum and is now recorded: %3</source>
        <translation>%1: Ein früherer Lauf (PID %2) wurde beendet, nachdem seine Sicherung vollständig war; die Sicherung stimmt mit ihrer Prüfsumme überein und ist jetzt verzeichnet: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: an earlier run (pid %2) was interrupted; its attempt is now marked interrupted</source>
        <translation>%1: Ein früherer Lauf (PID %2) wurde unterbrochen; sein Versuch ist jetzt als &apos;interrupted&apos; markiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no job named &apos;%1&apos; in %2: did you mean &apos;%3&apos;? %4 jobs: %5</source>
        <translation>kein Job namens &apos;%1&apos; in %2: Meinten Sie &apos;%3&apos;? %4 Jobs: %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configured and discovered</source>
        <translation>Konfigurierte und gefundene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configured</source>
        <translation>Konfigurierte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no job named &apos;%1&apos; in %2; %3 jobs: %4</source>
        <translation>kein Job namens &apos;%1&apos; in %2; %3 Jobs: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>configured and discovered</source>
        <translation>konfigurierte und erkannte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>configured</source>
        <translation>konfigurierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is disabled (enabled = false) and not dumped: `larder run %1` dumps it anyway</source>
        <translation>%1 ist deaktiviert (enabled = false) und wird nicht gesichert: `larder run %1` sichert ihn trotzdem</translation>
    </message>
</context>
<context>
    <name>RunRecovery</name>
    <message>
        <location filename="../core/run/RunRecovery.cpp" line="+85"/>
        <source>the leftover at %1 was not deleted because it is outside the job&apos;s directory: job %2 is no longer in the configuration; delete it by hand if it is not needed</source>
        <translation>das Überbleibsel unter %1 wurde nicht gelöscht, weil es außerhalb des Jobverzeichnisses liegt: Job %2 ist nicht mehr in der Konfiguration; löschen Sie es von Hand, falls es nicht benötigt wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the leftover at %1 was not deleted because it is outside the job&apos;s directory %2; delete it by hand if it is not needed</source>
        <translation>das Überbleibsel unter %1 wurde nicht gelöscht, weil es außerhalb des Jobverzeichnisses %2 liegt; löschen Sie es von Hand, falls es nicht benötigt wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the leftover at %1 was not deleted because it is not named like one of job %2 (%2_&lt;time&gt;%3); delete it by hand if it is not needed</source>
        <translation>das Überbleibsel unter %1 wurde nicht gelöscht, weil es nicht wie eines von Job %2 benannt ist (%2_&lt;time&gt;%3); löschen Sie es von Hand, falls es nicht benötigt wird</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>the leftover at %1 was not deleted: %2</source>
        <translation>das Überbleibsel unter %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the leftover at %1 could not be deleted: %2</source>
        <translation>das Überbleibsel unter %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the larder run that made this attempt (pid %1) was killed or crashed; its partial dump was removed</source>
        <translation>der larder-Lauf, der diesen Versuch unternommen hat (PID %1), wurde beendet oder ist abgestürzt; seine unvollständige Sicherung wurde entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the larder run that made this attempt (pid %1) was killed or crashed; %2</source>
        <translation>der larder-Lauf, der diesen Versuch unternommen hat (PID %1), wurde beendet oder ist abgestürzt; %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>host %1 stopped renewing its claim on this dump until its lease ran out: it was killed, switched off or cut off; what it left is on that host</source>
        <translation>Host %1 hat seinen Anspruch auf diesen Dump nicht mehr erneuert, bis die Frist ablief: er wurde beendet, ausgeschaltet oder vom Netz getrennt; was er hinterließ, liegt auf diesem Host</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../core/config/Schedule.cpp" line="+181"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&apos;%1&apos; is not a schedule: %2; use e.g. &quot;every 6 hours&quot;, &quot;daily at 02:30&quot;, &quot;weekly on sunday at 03:00&quot;, &quot;always&quot; or &quot;manual&quot;</source>
        <translation>&apos;%1&apos; ist kein Zeitplan: %2; verwenden Sie z. B. &quot;every 6 hours&quot;, &quot;daily at 02:30&quot;, &quot;weekly on sunday at 03:00&quot;, &quot;always&quot; oder &quot;manual&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected &apos;%1&apos; after &quot;%2&quot;</source>
        <translation>unerwartetes &apos;%1&apos; nach &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;every&quot; needs a unit: minutes, hours, days or weeks</source>
        <translation>&quot;every&quot; braucht eine Einheit: minutes, hours, days oder weeks</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>put a space between the number and the unit in &apos;%1&apos;</source>
        <translation>setzen Sie in &apos;%1&apos; ein Leerzeichen zwischen Zahl und Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the count &apos;%1&apos; must be a positive whole number</source>
        <translation>die Anzahl &apos;%1&apos; muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a unit is missing after &apos;%1&apos;: minutes, hours, days or weeks</source>
        <translation>nach &apos;%1&apos; fehlt eine Einheit: minutes, hours, days oder weeks</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unbekannte Einheit &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 go from 1 to %2, not %3</source>
        <translation>für %1 sind Werte von 1 bis %2 erlaubt, nicht %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it must start with &quot;every&quot;, &quot;hourly&quot;, &quot;daily&quot;, &quot;weekly&quot;, &quot;always&quot; or &quot;manual&quot;, not &apos;%1&apos;</source>
        <translation>er muss mit &quot;every&quot;, &quot;hourly&quot;, &quot;daily&quot;, &quot;weekly&quot;, &quot;always&quot; oder &quot;manual&quot; beginnen, nicht mit &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;at&quot; only applies to day and week intervals</source>
        <translation>&quot;at&quot; gilt nur für Tages- und Wochenintervalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;at&quot; is given twice</source>
        <translation>&quot;at&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;at&quot; needs a time of day such as 02:30</source>
        <translation>&quot;at&quot; braucht eine Uhrzeit wie 02:30</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a time of day (write HH:MM from 00:00 to 23:59)</source>
        <translation>&apos;%1&apos; ist keine Uhrzeit (schreiben Sie HH:MM von 00:00 bis 23:59)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;on&quot; only applies to week intervals</source>
        <translation>&quot;on&quot; gilt nur für Wochenintervalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;on&quot; is given twice</source>
        <translation>&quot;on&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;on&quot; needs a weekday such as sunday</source>
        <translation>&quot;on&quot; braucht einen Wochentag wie sunday</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown weekday &apos;%1&apos; (use monday to sunday, or mon to sun)</source>
        <translation>unbekannter Wochentag &apos;%1&apos; (verwenden Sie monday bis sunday oder mon bis sun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>at every run</source>
        <translation>bei jedem Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only on demand</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every %1 minutes</source>
        <translation>alle %1 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every %1 hours</source>
        <translation>alle %1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every day at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 days at %2</source>
        <translation>alle %1 Tage um %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every week on %1 at %2</source>
        <translation>wöchentlich am %1 um %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 weeks on %2 at %3</source>
        <translation>alle %1 Wochen am %2 um %3</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <location filename="../app/cli/SecretCommand.cpp" line="+14"/>
        <source>Store or delete a secret (a token) that a notification&apos;s url or header names as {secret:NAME}, in the OS keychain (service &apos;larder&apos;, key secret:NAME). Without a keychain (cron, servers), give it to the run as the environment variable LARDER_SECRET_NAME instead.</source>
        <translation>Ein Geheimnis (ein Token), das die URL oder ein Header einer Benachrichtigung als {secret:NAME} nennt, im Schlüsselbund des Systems speichern oder löschen (Dienst &apos;larder&apos;, Schlüssel secret:NAME). Ohne Schlüsselbund (cron, Server) geben Sie es dem Lauf stattdessen als Umgebungsvariable LARDER_SECRET_NAME.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;set&apos; or &apos;delete&apos;.</source>
        <translation>&apos;set&apos; oder &apos;delete&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret&apos;s name: letters, digits and &apos;_&apos;.</source>
        <translation>Der Name des Geheimnisses: Buchstaben, Ziffern und &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: larder secret set|delete NAME</source>
        <translation>Aufruf: larder secret set|delete NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a secret name: use only letters, digits and &apos;_&apos;</source>
        <translation>&apos;%1&apos; ist kein Name für ein Geheimnis: verwenden Sie nur Buchstaben, Ziffern und &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted the secret %1 from the keychain.</source>
        <translation>Das Geheimnis %1 wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value of secret %1: </source>
        <translation>Wert des Geheimnisses %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value given on standard input; nothing was stored</source>
        <translation>kein Wert auf der Standardeingabe; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored the secret %1 in the keychain (key %2); a url or header uses it as {secret:%1}.</source>
        <translation>Das Geheimnis %1 wurde im Schlüsselbund gespeichert (Schlüssel %2); eine URL oder ein Header verwendet es als {secret:%1}.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../core/system/SecretFile.cpp" line="+77"/>
        <source>cannot create a private directory in %1: %2</source>
        <translation>In %1 kann kein privates Verzeichnis angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SecretReference</name>
    <message>
        <location filename="../core/config/SecretReference.cpp" line="+46"/>
        <source>&apos;%1&apos; is not a secret reference: write {secret:NAME}, NAME of letters, digits and &apos;_&apos; (the secret stored with larder secret set NAME)</source>
        <translation>&apos;%1&apos; ist kein Verweis auf ein Geheimnis: schreiben Sie {secret:NAME}, NAME aus Buchstaben, Ziffern und &apos;_&apos; (das mit larder secret set NAME gespeicherte Geheimnis)</translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <location filename="../ui/shell/TrayState.cpp" line="+158"/>
        <source>Larder</source>
        <translation>Larder</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+2"/>
        <source>%n dump(s) running</source>
        <translation>
            <numerusform>%n Sicherung läuft</numerusform>
            <numerusform>%n Sicherungen laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n wartet</numerusform>
            <numerusform>, %n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dump(s) waiting</source>
        <translation>
            <numerusform>%n Sicherung wartet</numerusform>
            <numerusform>%n Sicherungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last run: %1 and %n more failed</source>
        <translation>
            <numerusform>Letzter Lauf: %1 und %n weitere fehlgeschlagen</numerusform>
            <numerusform>Letzter Lauf: %1 und %n weitere fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last run: %1 failed</source>
        <translation>Letzter Lauf: %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last run: %1 with a warning</source>
        <translation>Letzter Lauf: %1 mit einer Warnung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last run: %1 and %n more with a warning</source>
        <translation>
            <numerusform>Letzter Lauf: %1 und %n weiterer mit einer Warnung</numerusform>
            <numerusform>Letzter Lauf: %1 und %n weitere mit einer Warnung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schedules paused until %1</source>
        <translation>Zeitpläne angehalten bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules paused</source>
        <translation>Zeitpläne angehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing scheduled</source>
        <translation>Nichts geplant</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1 of %n backed up</source>
        <translation>
            <numerusform>%1 von %n gesichert</numerusform>
            <numerusform>%1 von %n gesichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+31"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 failed at %2</source>
        <translation>%1 fehlgeschlagen um %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+7"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>schedules paused</source>
        <translation>Zeitpläne pausiert</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>next: %1, due now</source>
        <translation>als Nächstes: %1, jetzt fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next: %1 at %2</source>
        <translation>als Nächstes: %1 um %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stale</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>all %n backed up</source>
        <translation>
            <numerusform>%n gesichert</numerusform>
            <numerusform>alle %n gesichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next due now</source>
        <translation>als Nächstes jetzt fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next at %1</source>
        <translation>als Nächstes um %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next: due now</source>
        <translation>Nächste: jetzt fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next at %1</source>
        <translation>Nächste um %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (last dump %2 ago)</source>
        <translation>%1 (letzte Sicherung vor %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (no dump in %2)</source>
        <translation>%1 (kein Dump seit %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stale: %1 and %n more</source>
        <translation>
            <numerusform>Veraltet: %1 und %n weitere</numerusform>
            <numerusform>Veraltet: %1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../core/base/Units.cpp" line="+18"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <location filename="../core/postgres/PgArchiveReader.cpp" line="+42"/>
        <source>cannot check %1 with pg_restore: %2</source>
        <translation>%1 kann nicht mit pg_restore geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_restore %1 cannot read %2 (the archive is damaged or cut short): %3</source>
        <translation>pg_restore %1 kann %2 nicht lesen (das Archiv ist beschädigt oder abgeschnitten): %3</translation>
    </message>
    <message>
        <location filename="../core/verify/Verifier.cpp" line="+80"/>
        <source>%1 is missing: it was moved or deleted outside larder; run the job again for a new dump</source>
        <translation>%1 fehlt: Es wurde außerhalb von larder verschoben oder gelöscht; führen Sie den Job erneut aus, um eine neue Sicherung zu erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the dump of attempt %1</source>
        <translation>die Sicherung von Versuch %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>checksum file %1 is missing or unreadable (%2)</source>
        <translation>Prüfsummendatei %1 fehlt oder ist nicht lesbar (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: checksum mismatch: history has %2, the manifest now has %3</source>
        <translation>%1: Prüfsumme stimmt nicht überein: Der Verlauf enthält %2, das Manifest jetzt %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: malformed line &quot;%2&quot;</source>
        <translation>%1: fehlerhafte Zeile &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is missing (listed in %2)</source>
        <translation>%1 fehlt (aufgeführt in %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>%1: checksum mismatch: %2 has %3, the file now has %4</source>
        <translation>%1: Prüfsumme stimmt nicht überein: %2 enthält %3, die Datei hat jetzt %4</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 is not listed in %2</source>
        <translation>%1 ist nicht in %2 aufgeführt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: checksum mismatch: history has %2, the file now has %3</source>
        <translation>%1: Prüfsumme stimmt nicht überein: Der Verlauf enthält %2, die Datei hat jetzt %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a one-line `sha256sum` file</source>
        <translation>%1 ist keine einzeilige `sha256sum`-Datei</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 was pruned by a run while it was being verified; skipped</source>
        <translation>%1 wurde während der Prüfung von einem Lauf aufgeräumt; übersprungen</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+28"/>
        <source>Check that dumps are intact (checksums, pg_restore); --restore test-restores them.</source>
        <translation>Prüfen, ob Sicherungen intakt sind (Prüfsummen, pg_restore); --restore führt Test-Wiederherstellungen durch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every successful dump still on disk, not only the newest.</source>
        <translation>Jede noch vorhandene erfolgreiche Sicherung prüfen, nicht nur die neueste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also restore each job&apos;s newest dump into a scratch database on its restore_server, compare row counts, and drop it again.</source>
        <translation>Zusätzlich die neueste Sicherung jedes Jobs in eine temporäre Datenbank auf seinem restore_server wiederherstellen, die Zeilenzahlen vergleichen und die Datenbank wieder löschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the results as JSON on standard output.</source>
        <translation>Die Ergebnisse als JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs to check (default: every job).</source>
        <translation>Zu prüfende Jobs (Standard: alle Jobs).</translation>
    </message>
    <message>
        <location filename="../core/verify/TestRestoreQueue.cpp" line="+80"/>
        <source>%1: not test-restored: a globals dump creates roles and tablespaces for the whole server</source>
        <translation>%1: nicht testweise wiederhergestellt: Eine Sicherung der globalen Objekte legt Rollen und Tablespaces für den ganzen Server an</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no successful dump to test-restore; run `larder run %1` first</source>
        <translation>keine erfolgreiche Sicherung für eine Test-Wiederherstellung; führen Sie zuerst `larder run %1` aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <location line="+35"/>
        <source>%1: test-restore FAILED: %2</source>
        <translation>%1: Test-Wiederherstellung FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+68"/>
        <location line="+97"/>
        <location filename="../core/verify/TestRestoreQueue.cpp" line="-64"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TestRestoreQueue.cpp" line="+12"/>
        <source>%1: %2; restoring without comparing rows</source>
        <translation>%1: %2; Wiederherstellung ohne Zeilenvergleich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>server %1 is a %2 server, which this build of Larder cannot reach</source>
        <translation>Server %1 ist ein %2-Server, den diese Ausgabe von Larder nicht erreichen kann</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (server %2): test-restore of %3 into %4 started</source>
        <translation>%1 (Server %2): Test-Wiederherstellung von %3 in %4 gestartet</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="-147"/>
        <source>received %1: stopping the test-restore</source>
        <translation>%1 empfangen: Test-Wiederherstellung wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/verify/TestRestoreQueue.cpp" line="+24"/>
        <source>%1: test-restore ok: %2</source>
        <translation>%1: Test-Wiederherstellung ok: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+43"/>
        <source>test-restore ok</source>
        <translation>Test-Wiederherstellung ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test-restore FAILED: %1</source>
        <translation>Test-Wiederherstellung FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a globals dump (roles, tablespaces): it is never test-restored, as its statements act on the whole server. Verify it without --restore; replay it by hand with `psql -X -d postgres -f DUMP` if you mean to</source>
        <translation>%1 ist eine Sicherung der globalen Objekte (Rollen, Tablespaces): Sie wird nie testweise wiederhergestellt, da ihre Anweisungen auf den ganzen Server wirken. Prüfen Sie sie ohne --restore; spielen Sie sie mit `psql -X -d postgres -f DUMP` von Hand ab, wenn Sie das wirklich wollen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no history at %1 yet: nothing has been dumped, so nothing to verify</source>
        <translation>noch kein Verlauf unter %1: Es wurde noch nichts gesichert, also gibt es nichts zu prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <location line="+14"/>
        <source>larder verify: %1</source>
        <translation>larder verify: %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>received %1: stopping</source>
        <translation>%1 empfangen: wird abgebrochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no successful dump to verify</source>
        <translation>%1: keine erfolgreiche Sicherung zum Prüfen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: ok %2</source>
        <translation>%1: ok %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 %3: %4</source>
        <translation>%1: %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="+52"/>
        <source>Show the jobs, what runs now in any process, the next 24 hours and the recent attempts, live.</source>
        <translation>Die Jobs, was gerade in irgendeinem Prozess läuft, die nächsten 24 Stunden und die letzten Versuche live anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one frame as plain text and exit (for scripts).</source>
        <translation>Ein Bild als reinen Text ausgeben und beenden (für Skripte).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>larder watch: the terminal (TERM=%1) cannot show a full-screen view; try --once</source>
        <translation>larder watch: das Terminal (TERM=%1) kann keine Vollbildansicht zeigen; versuchen Sie --once</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>no config has loaded: nothing to run</source>
        <translation>keine Konfiguration geladen: nichts auszuführen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>could not start larder run: %1</source>
        <translation>larder run konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started larder run for the due jobs (pid %1)</source>
        <translation>larder run für die fälligen Jobs gestartet (PID %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started a backup of %1 now (pid %2)</source>
        <translation>Sicherung von %1 jetzt gestartet (PID %2)</translation>
    </message>
</context>
<context>
    <name>WatchSource</name>
    <message numerus="yes">
        <location filename="../app/cli/WatchSource.cpp" line="+69"/>
        <source>%1 (%n error(s) in the config; showing the last one that loaded)</source>
        <translation>
            <numerusform>%1 (%n Fehler in der Konfiguration; angezeigt wird die zuletzt geladene)</numerusform>
            <numerusform>%1 (%n Fehler in der Konfiguration; angezeigt wird die zuletzt geladene)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>larder::ActivityView</name>
    <message>
        <location filename="../ui/jobs/ActivityView.cpp" line="+20"/>
        <source>pg_dump activity</source>
        <translation>pg_dump-Aktivität</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--- started %1 ---</source>
        <translation>--- gestartet %1 ---</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--- succeeded: %1 ---</source>
        <translation>--- erfolgreich: %1 ---</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--- succeeded with a warning: %1 ---</source>
        <translation>--- erfolgreich mit einer Warnung: %1 ---</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--- cancelled ---</source>
        <translation>--- abgebrochen ---</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--- skipped: %1 ---</source>
        <translation>--- übersprungen: %1 ---</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--- failed: %1 ---</source>
        <translation>--- fehlgeschlagen: %1 ---</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a job to see what pg_dump reports while it runs.</source>
        <translation>Wählen Sie einen Job aus, um zu sehen, was pg_dump während des Laufs meldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activity of %1 since Larder started.</source>
        <translation>Keine Aktivität von %1 seit dem Start von Larder.</translation>
    </message>
</context>
<context>
    <name>larder::ConfigEditor</name>
    <message>
        <location filename="../ui/dialogs/ConfigEditor.cpp" line="+29"/>
        <source>Cannot open the configuration</source>
        <translation>Konfiguration kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration changed elsewhere</source>
        <translation>Konfiguration wurde anderweitig geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program since it was opened here.

Overwrite it with your changes, or discard your changes and reload it?</source>
        <translation>%1 wurde von einem anderen Programm geändert, seit die Datei hier geöffnet wurde.

Möchten Sie sie mit Ihren Änderungen überschreiben, oder Ihre Änderungen verwerfen und die Datei neu laden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the configuration</source>
        <translation>Konfiguration kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save %1:
%2</source>
        <translation>%1 kann nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configuration not applied</source>
        <translation>Konfiguration nicht übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was saved, but reading it back failed; the previous configuration stays in use:
%2</source>
        <translation>%1 wurde gespeichert, aber das erneute Einlesen ist fehlgeschlagen; die vorige Konfiguration bleibt in Gebrauch:
%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not a configured database</source>
        <translation>Keine konfigurierte Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no [databases.%2] section in %3: discovered and globals jobs take their settings from their server, so edit the server instead.</source>
        <translation>%1 hat keinen Abschnitt [databases.%2] in %3: Erkannte Jobs und Jobs für globale Objekte übernehmen ihre Einstellungen von ihrem Server; bearbeiten Sie daher stattdessen den Server.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>its dump directory</source>
        <translation>seinem Sicherungsverzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove database</source>
        <translation>Datenbank entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the job %1 from %2?

It will no longer be dumped. Its history and its dumps in %3 stay; delete them yourself if you no longer need them.</source>
        <translation>Den Job %1 aus %2 entfernen?

Er wird dann nicht mehr gesichert. Sein Verlauf und seine Sicherungen in %3 bleiben erhalten; löschen Sie diese selbst, falls Sie sie nicht mehr benötigen.</translation>
    </message>
</context>
<context>
    <name>larder::ConnectionTester</name>
    <message>
        <location filename="../ui/dialogs/ConnectionTester.cpp" line="+46"/>
        <source>%1 %2 — but: %3</source>
        <translation>%1 %2 — aber: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 — %3 will be used</source>
        <translation>%1 %2 — %3 wird verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL %1 — but: %2</source>
        <translation>PostgreSQL %1 — aber: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL %1 — pg_dump %2 at %3 will be used</source>
        <translation>PostgreSQL %1 — pg_dump %2 unter %3 wird verwendet</translation>
    </message>
</context>
<context>
    <name>larder::DatabaseDialog</name>
    <message>
        <location filename="../ui/dialogs/DatabaseDialog.cpp" line="+58"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Job enabled: dumps on its schedule</source>
        <translation>&amp;Job aktiviert: sichert nach seinem Zeitplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add database</source>
        <translation>Datenbank hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit database %1</source>
        <translation>Datenbank %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job name</source>
        <translation>Jobname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s name: letters, digits, - _ . (it names the dump directory)</source>
        <translation>Der Name des Jobs: Buchstaben, Ziffern, - _ . (er benennt das Sicherungsverzeichnis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database name on the server</source>
        <translation>Datenbankname auf dem Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dump format</source>
        <translation>Sicherungsformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression level</source>
        <translation>Kompressionsstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>Dump directory</source>
        <translation>Sicherungsverzeichnis</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Choose the dump directory</source>
        <translation>Sicherungsverzeichnis auswählen</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Extra pg_dump arguments, one per line</source>
        <translation>Zusätzliche pg_dump-Argumente, eines pro Zeile</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Unchecked: the job keeps its settings and dumps but is never dumped on its schedule; Back Up Selected Now still dumps it</source>
        <translation>Nicht angehakt: der Job behält seine Einstellungen und Dumps, wird aber nie nach Zeitplan gesichert; „Auswahl jetzt sichern“ sichert ihn trotzdem</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>--exclude-table-data=audit_log</source>
        <translation>--exclude-table-data=audit_log</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>(not set: the [defaults] connection)</source>
        <translation>(nicht gesetzt: die Verbindung aus [defaults])</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>One argument per line, passed to pg_dump verbatim (no shell quoting).</source>
        <translation>Ein Argument pro Zeile, unverändert an pg_dump übergeben (ohne Shell-Quotierung).</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compression:</source>
        <translation>&amp;Kompression:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump director&amp;y:</source>
        <translation>Sicherungs&amp;verzeichnis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry after fail&amp;ure:</source>
        <translation>Erne&amp;uter Versuch nach Fehlschlag:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>mariadb-dump &amp;arguments:</source>
        <translation>mariadb-dump-&amp;Argumente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra mariadb-dump arguments, one per line</source>
        <translation>Zusätzliche Argumente für mariadb-dump, eines pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--ignore-table=shop.audit_log</source>
        <translation>--ignore-table=shop.audit_log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One argument per line, passed to mariadb-dump verbatim (no shell quoting).</source>
        <translation>Ein Argument pro Zeile, unverändert an mariadb-dump übergeben (keine Shell-Quotierung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump &amp;arguments:</source>
        <translation>pg_dump-&amp;Argumente:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>MariaDB dumps are always SQL scripts (plain); compression gzips them.</source>
        <translation>MariaDB-Sicherungen sind immer SQL-Skripte (plain); compression komprimiert sie mit gzip.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the job&apos;s name</source>
        <translation>der Name des Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the job&apos;s name)</source>
        <translation>%1 (der Name des Jobs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plain (MariaDB dumps are SQL)</source>
        <translation>plain (MariaDB-Sicherungen sind SQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inherited: %1</source>
        <translation>geerbt: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the job a name.</source>
        <translation>Geben Sie dem Job einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database job named &apos;%1&apos; exists already: choose another name.</source>
        <translation>Ein Datenbank-Job namens &apos;%1&apos; existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>larder::DefaultsDialog</name>
    <message>
        <location filename="../ui/dialogs/DefaultsDialog.cpp" line="+49"/>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dump format</source>
        <translation>Sicherungsformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression level</source>
        <translation>Kompressionsstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dumps at once in a whole run</source>
        <translation>Gleichzeitige Sicherungen im ganzen Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect timeout in seconds</source>
        <translation>Verbindungszeitlimit in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dump timeout</source>
        <translation>Zeitlimit pro Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A duration such as &quot;6 hours&quot; or &quot;90 minutes&quot;, or a number of seconds</source>
        <translation>Eine Dauer wie &quot;6 hours&quot; oder &quot;90 minutes&quot;, oder eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inherited: %1</source>
        <translation>geerbt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dump directory:</source>
        <translation>&amp;Sicherungsverzeichnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump directory</source>
        <translation>Sicherungsverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compression:</source>
        <translation>&amp;Kompression:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dumps at &amp;once (whole run):</source>
        <translation>&amp;Gleichzeitige Sicherungen (ganzer Lauf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnect timeout:</source>
        <translation>&amp;Verbindungszeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout per dump:</source>
        <translation>Zeitlimit &amp;pro Sicherung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry after fail&amp;ure:</source>
        <translation>Erne&amp;uter Versuch nach Fehlschlag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;istory file:</source>
        <translation>Verlaufs&amp;datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History file</source>
        <translation>Verlaufsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric&amp;s file:</source>
        <translation>Metrik-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus metrics file</source>
        <translation>Prometheus-Metrikdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set: no metrics file</source>
        <translation>nicht gesetzt: keine Metrikdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewritten after every run in Prometheus&apos; text format, for node_exporter&apos;s textfile collector: a file ending in .prom</source>
        <translation>Nach jedem Lauf im Textformat von Prometheus neu geschrieben, für den Textfile-Collector von node_exporter: eine Datei, die auf .prom endet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose: %1</source>
        <translation>Auswählen: %1</translation>
    </message>
</context>
<context>
    <name>larder::DesktopApp</name>
    <message>
        <location filename="../ui/shell/DesktopApp.cpp" line="+128"/>
        <source>First backup</source>
        <translation>Erste Sicherung</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Larder quits when closed</source>
        <translation>Larder wird beim Schließen beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop has no system tray, so Larder cannot keep running in the background: closing the window quits it and scheduled backups stop until it is started again.

On GNOME, the AppIndicator extension adds a tray. Backups from cron (larder run) are not affected.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher kann Larder nicht im Hintergrund weiterlaufen: Das Schließen des Fensters beendet Larder, und geplante Sicherungen finden erst wieder statt, wenn es erneut gestartet wird.

Unter GNOME fügt die Erweiterung AppIndicator einen Infobereich hinzu. Sicherungen über cron (larder run) sind nicht betroffen.</translation>
    </message>
</context>
<context>
    <name>larder::DumpSizeCheck</name>
    <message>
        <location filename="../core/run/DumpSizeCheck.cpp" line="+43"/>
        <source>dump is %1, %2 % of the median %3 of the last %4 successful dumps: check that no data was lost</source>
        <translation>der Dump ist %1 groß, %2 % des Medians %3 der letzten %4 erfolgreichen Dumps: prüfen Sie, dass keine Daten verloren gingen</translation>
    </message>
</context>
<context>
    <name>larder::ExpectedOperations</name>
    <message>
        <location filename="../core/plan/ExpectedOperations.cpp" line="+101"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the run&apos;s limit of %n dump(s) at once</source>
        <translation>
            <numerusform>das Limit des Laufs von %n Dump gleichzeitig</numerusform>
            <numerusform>das Limit des Laufs von %n Dumps gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the previous run</source>
        <translation>den vorherigen Lauf</translation>
    </message>
</context>
<context>
    <name>larder::FinishedList</name>
    <message>
        <location filename="../tui/FinishedList.cpp" line="+20"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>larder::FinishedModel</name>
    <message>
        <location filename="../ui/jobs/FinishedModel.cpp" line="+68"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>succeeded, warning</source>
        <translation>erfolgreich, Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: on another host</source>
        <translation>übersprungen: auf einem anderen Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 on server %2: %3</source>
        <translation>%1 auf Server %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning, error or file</source>
        <translation>Warnung, Fehler oder Datei</translation>
    </message>
</context>
<context>
    <name>larder::HistoryModel</name>
    <message>
        <location filename="../ui/jobs/HistoryModel.cpp" line="+152"/>
        <source>kept: %1</source>
        <translation>behalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>would be pruned at the next successful dump</source>
        <translation>wird bei der nächsten erfolgreichen Sicherung aufgeräumt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already gone; marked pruned at the next successful dump</source>
        <translation>bereits entfernt; wird bei der nächsten erfolgreichen Sicherung als aufgeräumt markiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to be pruned, but cannot be: %1</source>
        <translation>aufzuräumen, aber nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pruned by host %1, which holds it</source>
        <translation>wird von Host %1 bereinigt, der ihn hält</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pruned</source>
        <translation>aufgeräumt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ok %1</source>
        <translation>ok %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checksums and pg_restore found nothing wrong (%1)</source>
        <translation>Prüfsummen und pg_restore fanden keinen Fehler (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started by hand</source>
        <translation>von Hand gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1, warning</source>
        <translation>%1, Warnung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept because</source>
        <translation>Behalten wegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error or warning</source>
        <translation>Fehler oder Warnung</translation>
    </message>
</context>
<context>
    <name>larder::HookCommandEdit</name>
    <message>
        <location filename="../ui/dialogs/HookCommandEdit.cpp" line="+13"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This command has an empty argument, which this field cannot show: edit it in the config file.</source>
        <translation>Dieser Befehl hat ein leeres Argument, das dieses Feld nicht zeigen kann: bearbeiten Sie ihn in der Konfigurationsdatei.</translation>
    </message>
</context>
<context>
    <name>larder::HookRunner</name>
    <message>
        <location filename="../core/hooks/HookRunner.cpp" line="+63"/>
        <source>%1 could not start %2: %3</source>
        <translation>%1 konnte %2 nicht starten: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%1 did not finish within %n second(s) and was killed</source>
        <translation>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunde beendet und abgebrochen</numerusform>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunden beendet und abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was stopped</source>
        <translation>%1 wurde gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was killed by a signal</source>
        <translation>%1 wurde durch ein Signal beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exited with code %2</source>
        <translation>%1 endete mit Code %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>larder::JobTableModel</name>
    <message>
        <location filename="../ui/jobs/JobTableModel.cpp" line="+241"/>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never run</source>
        <translation>nie gelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspicious</source>
        <translation>verdächtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>(roles and tablespaces)</source>
        <translation>(Rollen und Tablespaces)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every run</source>
        <translation>bei jedem Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Roles and tablespaces of server %1 (dump_globals); edit the server to change it.</source>
        <translation>Rollen und Tablespaces von Server %1 (dump_globals); bearbeiten Sie den Server, um dies zu ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovered on server %1 (its databases key); edit the server to change it.</source>
        <translation>Auf Server %1 erkannt (über dessen Schlüssel databases); bearbeiten Sie den Server, um dies zu ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last size</source>
        <translation>Letzte Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>larder::LiveChannelServer</name>
    <message>
        <location filename="../core/status/LiveChannelServer.cpp" line="+48"/>
        <source>cannot open the status channel %1: %2</source>
        <translation>der Statuskanal %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>larder::LiveChannelWatcher</name>
    <message>
        <location filename="../core/status/LiveChannelWatcher.cpp" line="+80"/>
        <source>the status channel of %1 belongs to another user; not watching it</source>
        <translation>der Statuskanal von %1 gehört einem anderen Benutzer; er wird nicht beobachtet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the status channel sent a line longer than %1 bytes</source>
        <translation>der Statuskanal sandte eine Zeile länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>larder::LiveRunState</name>
    <message>
        <location filename="../core/live/LiveRunState.cpp" line="+86"/>
        <source>the live state of a run is of version %1; this Larder reads version %2</source>
        <translation>der Live-Zustand eines Laufs hat Version %1; dieses Larder liest Version %2</translation>
    </message>
</context>
<context>
    <name>larder::MainWindow</name>
    <message>
        <location filename="../ui/jobs/MainWindow.cpp" line="+194"/>
        <location line="+484"/>
        <location line="+129"/>
        <source>Larder</source>
        <translation>Larder</translation>
    </message>
    <message>
        <location line="-592"/>
        <source>&amp;Back Up Selected Now</source>
        <translation>Auswahl jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dump the selected jobs now, whatever their schedule</source>
        <translation>Die ausgewählten Jobs jetzt sichern, unabhängig vom Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run Everything &amp;Due</source>
        <translation>Alles &amp;Fällige ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump every job that is due now</source>
        <translation>Alle jetzt fälligen Jobs sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running dumps and drop the waiting ones</source>
        <translation>Laufende Sicherungen abbrechen und wartende verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause Scheduling</source>
        <translation>Zeitpläne &amp;anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop starting scheduled dumps until resumed</source>
        <translation>Bis zur Fortsetzung keine geplanten Sicherungen mehr starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Database…</source>
        <translation>Datenbank &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a database to back up</source>
        <translation>Eine zu sichernde Datenbank hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Database…</source>
        <translation>Datenbank &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+934"/>
        <source>Edit the selected job</source>
        <translation>Den ausgewählten Job bearbeiten</translation>
    </message>
    <message>
        <location line="-933"/>
        <source>&amp;Remove Database…</source>
        <translation>Datenbank &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected job from the config</source>
        <translation>Den ausgewählten Job aus der Konfiguration entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vers…</source>
        <translation>Ser&amp;ver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the servers</source>
        <translation>Die Server bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;faults…</source>
        <translation>&amp;Standardwerte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the settings every job inherits</source>
        <translation>Die Einstellungen bearbeiten, die jeder Job erbt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of the Larder application</source>
        <translation>Einstellungen der Anwendung Larder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Larder: scheduled dumps stop until it starts again</source>
        <translation>Larder beenden: Geplante Sicherungen finden erst wieder statt, wenn es erneut gestartet wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+191"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+192"/>
        <source>Open the folder of the selected dump</source>
        <translation>Den Ordner der ausgewählten Sicherung öffnen</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+192"/>
        <source>&amp;Copy Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+192"/>
        <source>Copy the path of the selected dump</source>
        <translation>Den Pfad der ausgewählten Sicherung kopieren</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>&amp;Verify Dump</source>
        <translation>Si&amp;cherung prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected dump&apos;s checksums and have pg_restore read it</source>
        <translation>Die Prüfsummen der ausgewählten Sicherung kontrollieren und sie von pg_restore lesen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+205"/>
        <source>Re&amp;store To…</source>
        <translation>&amp;Wiederherstellen nach…</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+205"/>
        <source>Restore the selected dump into a database</source>
        <translation>Den ausgewählten Dump in eine Datenbank wiederherstellen</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Test-Restore &amp;Newest Dump</source>
        <translation>Test-Wiederherstellung des &amp;neuesten Dumps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the job&apos;s newest dump into a scratch database and compare row counts</source>
        <translation>Den neuesten Dump des Jobs in eine temporäre Datenbank wiederherstellen und die Zeilenzahlen vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Job</source>
        <translation>&amp;Job suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the jobs</source>
        <translation>Die Jobs filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Config</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Config errors</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup health</source>
        <translation>Zustand der Sicherungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter jobs</source>
        <translation>Jobs filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job, server, database, schedule or state (%1)</source>
        <translation>Job, Server, Datenbank, Zeitplan oder Zustand (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running dumps</source>
        <translation>Laufende Sicherungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting jobs</source>
        <translation>Wartende Jobs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finished jobs of the run</source>
        <translation>Beendete Jobs des Laufs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Running</source>
        <translation>&amp;Laufend</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ac&amp;tivity</source>
        <translation>Ak&amp;tivität</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History of the selected job</source>
        <translation>Verlauf des ausgewählten Jobs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details of the selected attempt</source>
        <translation>Details des ausgewählten Versuchs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the selected dump</source>
        <translation>Die ausgewählte Sicherung prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifying</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop Verif&amp;ying</source>
        <translation>Prüfung an&amp;halten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test-Restore &amp;Newest</source>
        <translation>Test-Wiederherstellung (&amp;neuester)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test-restore the job&apos;s newest dump</source>
        <translation>Den neuesten Dump des Jobs testweise wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time&amp;line</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size and duration of the selected job&apos;s dumps</source>
        <translation>Größe und Dauer der Dumps des ausgewählten Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;ends</source>
        <translation>Tr&amp;ends</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scheduling paused</source>
        <translation>Zeitpläne angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No scheduled dump starts until scheduling is resumed (%1).</source>
        <translation>Keine geplante Sicherung startet, bis die Zeitpläne fortgesetzt werden (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Run finished: %n succeeded</source>
        <translation>
            <numerusform>Lauf beendet: %n erfolgreich</numerusform>
            <numerusform>Lauf beendet: %n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n with a warning)</source>
        <translation>
            <numerusform> (%n mit einer Warnung)</numerusform>
            <numerusform> (%n mit einer Warnung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stopped)</source>
        <translation> (gestoppt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Larder — %1</source>
        <translation>Larder — %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is no longer in the config, so its history is not listed.</source>
        <translation>%1 steht nicht mehr in der Konfiguration, daher wird sein Verlauf nicht aufgeführt.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not back up %1</source>
        <translation>%1 konnte nicht gesichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backing up %1…</source>
        <translation>%1 wird gesichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a job to see its pg_dump output.</source>
        <translation>Wählen Sie einen Job aus, um die Ausgabe seines pg_dump zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump output of %1 (the latest %2 lines).</source>
        <translation>pg_dump-Ausgabe von %1 (die letzten %2 Zeilen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a job to see its attempts.</source>
        <translation>Wählen Sie einen Job aus, um seine Versuche zu sehen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path: %1 (being written)</source>
        <translation>Pfad: %1 (wird geschrieben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path: %1 (deleted by pruning)</source>
        <translation>Pfad: %1 (durch die Aufbewahrungsregeln gelöscht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path: %1 (not created)</source>
        <translation>Pfad: %1 (nicht angelegt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: PostgreSQL %1</source>
        <translation>Server: PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified %1: %2</source>
        <translation>%1 geprüft: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is no longer in the config: restore its dumps with `larder restore %1 --server NAME`.</source>
        <translation>%1 steht nicht mehr in der Konfiguration: Stellen Sie seine Dumps mit `larder restore %1 --server NAME` wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds a whole server&apos;s roles and tablespaces, not a database: replaying them is a decision to make by hand (`larder restore %1` says how).</source>
        <translation>%1 enthält die Rollen und Tablespaces eines ganzen Servers, keine Datenbank: Sie wieder einzuspielen ist eine Entscheidung, die von Hand getroffen wird (`larder restore %1` sagt, wie).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Test-Restore</source>
        <translation>Test-Wiederherstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test-restore of %1 queued: it runs after any dumps in progress.</source>
        <translation>Test-Wiederherstellung von %1 eingereiht: Sie läuft nach laufenden Dumps.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test-Restore of %1</source>
        <translation>Test-Wiederherstellung von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest dump of %1 restored into a scratch database on %2, which was dropped again. %3</source>
        <translation>Der neueste Dump von %1 wurde in eine temporäre Datenbank auf %2 wiederhergestellt, die wieder gelöscht wurde. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test-restore of %1 FAILED: %2</source>
        <translation>Die Test-Wiederherstellung von %1 ist FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot verify %1</source>
        <translation>%1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped verifying %1; nothing was recorded</source>
        <translation>Prüfung von %1 angehalten; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The verification of %1 could not be recorded</source>
        <translation>Die Prüfung von %1 konnte nicht im Verlauf verzeichnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified %1: ok</source>
        <translation>%1 geprüft: ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was pruned by a run while it was being verified</source>
        <translation>%1 wurde während der Prüfung von einem Lauf aufgeräumt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified %1: it changed since it was written (see the details)</source>
        <translation>%1 geprüft: Sie wurde seit dem Schreiben verändert (siehe Details)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified %1: it could not be checked (see the details)</source>
        <translation>%1 geprüft: Sie konnte nicht geprüft werden (siehe Details)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Cannot open the folder</source>
        <translation>Ordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No application opens folders here; the folder is %1.</source>
        <translation>Hier ist keine Anwendung zum Öffnen von Ordnern eingerichtet; der Ordner ist %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No config file yet at %1. Add a server (Config &gt; Servers…), then a database (Config &gt; Add Database…): Larder writes the file, which `larder run` from cron reads too.</source>
        <translation>Noch keine Konfigurationsdatei unter %1. Fügen Sie einen Server hinzu (Konfiguration &gt; Server…), dann eine Datenbank (Konfiguration &gt; Datenbank hinzufügen…): Larder schreibt die Datei, die auch `larder run` aus cron liest.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The config file has errors; Larder keeps using the config it read before:</source>
        <translation>Die Konfigurationsdatei enthält Fehler; Larder verwendet weiterhin die zuvor gelesene Konfiguration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The config file has errors; nothing is backed up until they are fixed:</source>
        <translation>Die Konfigurationsdatei enthält Fehler; bis sie behoben sind, wird nichts gesichert:</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n wartet</numerusform>
            <numerusform>, %n warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test-restoring %1</source>
        <translation>Test-Wiederherstellung von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scheduled dump: %1</source>
        <translation>Nächste geplante Sicherung: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is running. The next scheduled dump starts %1.</source>
        <translation>Nichts läuft. Die nächste geplante Sicherung beginnt %1.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Nothing is running.</source>
        <translation>Nichts läuft.</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>That attempt of %1 is not among the %2 newest listed in the history.</source>
        <translation>Dieser Versuch von %1 ist nicht unter den %2 neuesten im Verlauf aufgeführten.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The attempts of %1, newest first; older ones are read as you scroll down.</source>
        <translation>Die Versuche von %1, die neuesten zuerst; ältere werden beim Herunterscrollen gelesen.</translation>
    </message>
    <message>
        <location line="+330"/>
        <source>%1 is discovered or the server&apos;s globals: edit its server instead.</source>
        <translation>%1 ist ein erkannter Job oder der Job für die globalen Objekte des Servers: Bearbeiten Sie stattdessen seinen Server.</translation>
    </message>
</context>
<context>
    <name>larder::MariaDbDumpTask</name>
    <message>
        <location filename="../core/mariadb/MariaDbDumpTask.cpp" line="+109"/>
        <location line="+11"/>
        <source>cannot dump %1: %2</source>
        <translation>%1 kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot dump %1: cannot create %2: %3</source>
        <translation>%1 kann nicht gesichert werden: %2 kann nicht angelegt werden: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>could not start %1 to dump %2: %3</source>
        <translation>%1 konnte nicht gestartet werden, um %2 zu sichern: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot dump %1: gzip is not installed or not on PATH: install it, or set compression = 0</source>
        <translation>%1 kann nicht gesichert werden: gzip ist nicht installiert oder nicht im PATH: Installieren Sie es, oder setzen Sie compression = 0</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>mariadb-dump of %1 timed out after %2 s (timeout = %2): raise timeout for this job if it needs longer, or look for locks that block it</source>
        <translation>mariadb-dump von %1 hat nach %2 s das Zeitlimit überschritten (timeout = %2): Erhöhen Sie timeout für diesen Job, falls er länger braucht, oder suchen Sie nach Sperren, die ihn blockieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; when stopped, it was %1</source>
        <translation>; beim Anhalten war es: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>gzip of the dump of %1 failed: %2</source>
        <translation>gzip der Sicherung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 on %3 was killed: %4</source>
        <translation>%1 von %2 auf %3 wurde beendet: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 on %3 failed (exit code %4): %5</source>
        <translation>%1 von %2 auf %3 ist fehlgeschlagen (Exit-Code %4): %5</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>mariadb-dump of %1 finished but the dump could not be stored: %2</source>
        <translation>mariadb-dump von %1 ist beendet, aber die Sicherung konnte nicht abgelegt werden: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>dump of %1 was cancelled</source>
        <translation>Sicherung von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dump of %1 was cancelled; %2</source>
        <translation>Sicherung von %1 wurde abgebrochen; %2</translation>
    </message>
</context>
<context>
    <name>larder::MariaDbRestoreTask</name>
    <message>
        <location filename="../core/mariadb/MariaDbRestoreTask.cpp" line="+26"/>
        <source>checksum of %1 matches history</source>
        <translation>Prüfsumme von %1 stimmt mit dem Verlauf überein</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>restore into &quot;%1&quot; was cancelled</source>
        <translation>Wiederherstellung in &quot;%1&quot; wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>larder::MariaDbScriptGuard</name>
    <message>
        <location filename="../core/mariadb/MariaDbScriptGuard.cpp" line="+59"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot open %1: out of memory or file descriptors</source>
        <translation>%1 kann nicht geöffnet werden: kein Speicher oder keine Dateideskriptoren mehr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not gzip-compressed, though its name ends in .gz: check the file, or rename it if it is a plain .sql script</source>
        <translation>%1 ist nicht mit gzip komprimiert, obwohl der Name auf .gz endet: Prüfen Sie die Datei, oder benennen Sie sie um, falls sie ein reines .sql-Skript ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading %1 was stopped</source>
        <translation>Das Lesen von %1 wurde angehalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a complete gzip file (%2): it is truncated or damaged. Check the file, or restore another dump</source>
        <translation>%1 ist keine vollständige gzip-Datei (%2): Sie ist abgeschnitten oder beschädigt. Prüfen Sie die Datei, oder stellen Sie eine andere Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the replay of %1 stopped reading the script</source>
        <translation>Das Abspielen von %1 hat aufgehört, das Skript zu lesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the dump would run `%2`, which acts on another database than the one it is restored into; Larder refuses to replay it. mariadb-dump writes neither USE nor database names when it dumps one database (no --databases, --all-databases): restore such a dump, or replay this one by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, was auf eine andere Datenbank wirkt als die, in die sie wiederhergestellt wird; Larder lehnt das Abspielen ab. mariadb-dump schreibt weder USE noch Datenbanknamen, wenn es eine Datenbank sichert (ohne --databases, --all-databases): Stellen Sie eine solche Sicherung wieder her, oder spielen Sie diese von Hand ab, wenn Sie das wollen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the dump would run `%2`, which changes users, roles or privileges of the whole server; Larder refuses to replay it. Restore a dump of one database, or replay this one by hand on the server that should get those accounts</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, was Benutzer, Rollen oder Rechte des ganzen Servers ändert; Larder lehnt das Abspielen ab. Stellen Sie eine Sicherung einer Datenbank wieder her, oder spielen Sie diese von Hand auf dem Server ab, der diese Konten bekommen soll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the dump would run `%2`, which reads or writes files (or loads a library) on the database server; Larder refuses to replay it. mariadb-dump writes rows as INSERT statements: restore a dump that it made, or replay this one by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, was auf dem Datenbankserver Dateien liest oder schreibt (oder eine Bibliothek lädt); Larder lehnt das Abspielen ab. mariadb-dump schreibt Zeilen als INSERT-Anweisungen: Stellen Sie eine Sicherung von ihm wieder her, oder spielen Sie diese von Hand ab, wenn Sie das wollen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the dump would run `%2`, which acts on the whole server (its settings, plugins, replication or sessions); Larder refuses to replay it. Restore a dump that mariadb-dump made of one database, or replay this one by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, was auf den ganzen Server wirkt (Einstellungen, Plugins, Replikation oder Sitzungen); Larder lehnt das Abspielen ab. Stellen Sie eine Sicherung wieder her, die mariadb-dump von einer Datenbank gemacht hat, oder spielen Sie diese von Hand ab, wenn Sie das wollen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the dump would run `%2`, a table whose data lives in a file or on another server; Larder refuses to replay it. Leave such tables out of the dump (--ignore-table), or replay it by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, eine Tabelle, deren Daten in einer Datei oder auf einem anderen Server liegen; Larder lehnt das Abspielen ab. Lassen Sie solche Tabellen aus der Sicherung weg (--ignore-table), oder spielen Sie sie von Hand ab, wenn Sie das wollen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the dump would run `%2`, a command of the mariadb client (which can run programs, read files or connect elsewhere); Larder refuses to replay it. Restore a dump that mariadb-dump made, or replay this one by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, einen Befehl des mariadb-Clients (der Programme ausführen, Dateien lesen oder sich anderswohin verbinden kann); Larder lehnt das Abspielen ab. Stellen Sie eine Sicherung von mariadb-dump wieder her, oder spielen Sie diese von Hand ab, wenn Sie das wollen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the dump would run `%2`, which changes how the client or the server reads the rest of the script (delimiter, character set, sql_mode), so Larder cannot check what it would do; Larder refuses to replay it. Restore a dump that mariadb-dump made, or replay this one by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, was ändert, wie Client oder Server den Rest des Skripts lesen (Begrenzer, Zeichensatz, sql_mode), sodass Larder nicht prüfen kann, was es täte; Larder lehnt das Abspielen ab. Stellen Sie eine Sicherung von mariadb-dump wieder her, oder spielen Sie diese von Hand ab, wenn Sie das wollen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the dump would run `%2`, which runs code Larder cannot read before it runs (a prepared statement or a stored procedure); Larder refuses to replay it. mariadb-dump never writes it: restore a dump that it made, or replay this one by hand if you mean it</source>
        <translation>%1: Die Sicherung würde `%2` ausführen, was Code ausführt, den Larder vorher nicht lesen kann (eine vorbereitete Anweisung oder eine gespeicherte Prozedur); Larder lehnt das Abspielen ab. mariadb-dump schreibt so etwas nie: Stellen Sie eine Sicherung von ihm wieder her, oder spielen Sie diese von Hand ab, wenn Sie das wollen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file contains a NUL byte outside a string, which no SQL script does: it is damaged or not a mariadb-dump script. Check the file, or restore another dump</source>
        <translation>%1: Die Datei enthält ein NUL-Byte außerhalb einer Zeichenkette, was kein SQL-Skript tut: Sie ist beschädigt oder kein Skript von mariadb-dump. Prüfen Sie die Datei, oder stellen Sie eine andere Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the statement at `%2` is longer than %3 MiB, more than Larder holds to check it; mariadb-dump writes rows in much smaller statements. Check the file, or replay it by hand</source>
        <translation>%1: Die Anweisung bei `%2` ist länger als %3 MiB, mehr als Larder zum Prüfen vorhält; mariadb-dump schreibt Zeilen in viel kleineren Anweisungen. Prüfen Sie die Datei, oder spielen Sie sie von Hand ab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Larder refuses to replay this dump</source>
        <translation>%1: Larder lehnt das Abspielen dieser Sicherung ab</translation>
    </message>
</context>
<context>
    <name>larder::MariaDbScriptReplay</name>
    <message>
        <location filename="../core/mariadb/MariaDbScriptReplay.cpp" line="+95"/>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the replay of %1 was stopped</source>
        <translation>Das Abspielen von %1 wurde angehalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 failed to restore %2 into %3 (exit code %4): %5</source>
        <translation>%1 konnte %2 nicht in %3 wiederherstellen (Exit-Code %4): %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(it printed nothing)</source>
        <translation>(es hat nichts ausgegeben)</translation>
    </message>
</context>
<context>
    <name>larder::MariaDbTestRestore</name>
    <message>
        <location filename="../core/mariadb/MariaDbTestRestore.cpp" line="+54"/>
        <source>the test-restore took longer than the job&apos;s timeout of %1 s and was stopped: raise timeout, or look for locks on restore_server or a slow restore_server</source>
        <translation>Die Test-Wiederherstellung dauerte länger als das Zeitlimit des Jobs von %1 s und wurde angehalten: Erhöhen Sie timeout, oder suchen Sie nach Sperren auf restore_server oder einem langsamen restore_server</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is a globals dump (users and grants), which is never test-restored: its statements act on the whole server. Replay it by hand with the mariadb client on the server that should get those accounts, if you mean to</source>
        <translation>%1 ist eine Globals-Sicherung (Benutzer und Rechte), die nie testweise wiederhergestellt wird: Ihre Anweisungen wirken auf den ganzen Server. Spielen Sie sie von Hand mit dem mariadb-Client auf dem Server ab, der diese Konten bekommen soll, wenn Sie das wollen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a database named %1 already exists on %2; larder never touches a database it did not create: drop or rename it, or run the test-restore again a second later</source>
        <translation>Auf %2 existiert bereits eine Datenbank namens %1; larder rührt nie eine Datenbank an, die es nicht angelegt hat: Löschen oder benennen Sie sie um, oder führen Sie die Test-Wiederherstellung eine Sekunde später erneut aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the scratch database %1: %2</source>
        <translation>Die Wegwerf-Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot count the restored rows: %1</source>
        <translation>Die wiederhergestellten Zeilen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 in the dump, %3 restored</source>
        <translation>%1: %2 in der Sicherung, %3 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 in the dump, but no such table after the restore</source>
        <translation>%1: %2 in der Sicherung, aber nach der Wiederherstellung keine solche Tabelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row counts differ from the dump: %1</source>
        <translation>Zeilenzahlen weichen von der Sicherung ab: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>row counts of %n table(s) match the dump (%1)</source>
        <translation>
            <numerusform>Zeilenzahlen von %n Tabelle stimmen mit der Sicherung überein (%1)</numerusform>
            <numerusform>Zeilenzahlen von %n Tabellen stimmen mit der Sicherung überein (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; not compared, as the dump fills them with INSERT ... SELECT: %1</source>
        <translation>; nicht verglichen, da die Sicherung sie mit INSERT ... SELECT füllt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; mariadb_dump_args choose tables or rows, so the rows the dump holds were the measure</source>
        <translation>; mariadb_dump_args wählen Tabellen oder Zeilen aus, daher waren die Zeilen in der Sicherung der Maßstab</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>the test-restore was cancelled</source>
        <translation>Die Test-Wiederherstellung wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the scratch database %1 on %2 could not be dropped: %3; drop it yourself</source>
        <translation>Die Wegwerf-Datenbank %1 auf %2 konnte nicht gelöscht werden: %3; löschen Sie sie selbst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restored %1 into %2 on %3 in %4; %5</source>
        <translation>%1 in %2 auf %3 in %4 wiederhergestellt; %5</translation>
    </message>
</context>
<context>
    <name>larder::MonitoringFields</name>
    <message>
        <location filename="../ui/dialogs/MonitoringFields.cpp" line="+43"/>
        <source>Freshness and hooks</source>
        <translation>Aktualität und Hooks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max a&amp;ge:</source>
        <translation>Höchst&amp;alter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale when the newest dump is older than</source>
        <translation>Veraltet, wenn der neueste Dump älter ist als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min si&amp;ze ratio:</source>
        <translation>Mindest&amp;größenverhältnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when a dump is smaller than this fraction of the recent ones</source>
        <translation>Warnen, wenn ein Dump kleiner als dieser Anteil der letzten ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before &amp;dump:</source>
        <translation>&amp;Vor dem Dump:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command run before each dump</source>
        <translation>Befehl, der vor jedem Dump läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After d&amp;ump:</source>
        <translation>&amp;Nach dem Dump:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command run after each successful dump</source>
        <translation>Befehl, der nach jedem erfolgreichen Dump läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On fail&amp;ure:</source>
        <translation>Bei &amp;Fehlschlag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command run after a job fails</source>
        <translation>Befehl, der läuft, nachdem ein Job fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the &amp;run:</source>
        <translation>Nach dem La&amp;uf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command run once at the end of every run</source>
        <translation>Befehl, der einmal am Ende jedes Laufs läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hook ti&amp;meout:</source>
        <translation>Hook-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hook command timeout</source>
        <translation>Zeitlimit für Hook-Befehle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
The program and its arguments as on a command line, no shell: quote an argument with spaces (&quot;two words&quot;); &quot;%2&quot; turns an inherited command off.</source>
        <translation>%1
Das Programm und seine Argumente wie auf einer Befehlszeile, ohne Shell: setzen Sie ein Argument mit Leerzeichen in Anführungszeichen (&quot;zwei Wörter&quot;); &quot;%2&quot; schaltet einen geerbten Befehl ab.</translation>
    </message>
</context>
<context>
    <name>larder::Notifier</name>
    <message>
        <location filename="../ui/shell/Notifier.cpp" line="+69"/>
        <source>Backup of %1 failed</source>
        <translation>Sicherung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup of %1 needs a look</source>
        <translation>Sicherung von %1 sollte geprüft werden</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 written in %n second(s)</source>
        <translation>
            <numerusform>%1 in %n Sekunde geschrieben</numerusform>
            <numerusform>%1 in %n Sekunden geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of %1 works again</source>
        <translation>Sicherung von %1 funktioniert wieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of %1 done</source>
        <translation>Sicherung von %1 fertig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test-restore of %1 works again</source>
        <translation>Test-Wiederherstellung von %1 funktioniert wieder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test-restore of %1 failed</source>
        <translation>Test-Wiederherstellung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups of %1 stopped</source>
        <translation>Sicherungen von %1 sind ausgeblieben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
</context>
<context>
    <name>larder::NotifyDispatcher</name>
    <message>
        <location filename="../core/notify/NotifyDispatcher.cpp" line="+71"/>
        <source>notification %1 (%2, %3) about %4 of %5 was not sent: %6</source>
        <translation>Benachrichtigung %1 (%2, %3) über %4 von %5 wurde nicht gesendet: %6</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>notification %1 (%2, %3) about %4 of %5 failed after %n attempt(s): %6</source>
        <translation>
            <numerusform>Benachrichtigung %1 (%2, %3) über %4 von %5 nach %n Versuch fehlgeschlagen: %6</numerusform>
            <numerusform>Benachrichtigung %1 (%2, %3) über %4 von %5 nach %n Versuchen fehlgeschlagen: %6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>secret %1 was not looked up</source>
        <translation>Geheimnis %1 wurde nicht nachgeschlagen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the run ended before it could be sent</source>
        <translation>der Lauf endete, bevor sie gesendet werden konnte</translation>
    </message>
</context>
<context>
    <name>larder::NotifySender</name>
    <message numerus="yes">
        <location filename="../core/notify/NotifySender.cpp" line="+120"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>larder::OptionalSpinBox</name>
    <message>
        <location filename="../ui/dialogs/OptionalSpinBox.cpp" line="+16"/>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inherited: %1</source>
        <translation>geerbt: %1</translation>
    </message>
</context>
<context>
    <name>larder::PgDumpAllTask</name>
    <message>
        <location filename="../core/postgres/tools/PgDumpAllTask.cpp" line="+31"/>
        <source>role %1 is not a superuser, so the globals are dumped with --no-role-passwords: the roles are restored without their passwords; connect as a superuser to include them</source>
        <translation>Rolle %1 ist kein Superuser, daher werden die globalen Objekte mit --no-role-passwords gesichert: Die Rollen werden ohne ihre Passwörter wiederhergestellt; verbinden Sie sich als Superuser, um sie einzuschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(default user)</source>
        <translation>(Standardbenutzer)</translation>
    </message>
</context>
<context>
    <name>larder::PgDumpTask</name>
    <message>
        <location filename="../core/postgres/tools/PgDumpTask.cpp" line="+139"/>
        <source>counting the rows of %1 for its test-restore was stopped (%2); the dump is complete and kept without counts</source>
        <translation>das Zählen der Zeilen von %1 für die Test-Wiederherstellung wurde abgebrochen (%2); die Sicherung ist vollständig und wird ohne Zeilenzahlen behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not count the rows of %1 for its test-restore; the dump goes on without counts: %2</source>
        <translation>die Zeilen von %1 konnten für die Test-Wiederherstellung nicht gezählt werden; die Sicherung läuft ohne Zeilenzahlen weiter: %2</translation>
    </message>
</context>
<context>
    <name>larder::PgRestore</name>
    <message>
        <location filename="../core/postgres/PgRestore.cpp" line="+108"/>
        <source>%1 is a directory without toc.dat: it is not a directory-format dump</source>
        <translation>%1 ist ein Verzeichnis ohne toc.dat: Es ist keine Sicherung im directory-Format</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--clean needs an archive dump (custom, directory or tar): a plain SQL dump is replayed as it is and cannot drop what exists. Restore into a new or empty database instead</source>
        <translation>--clean braucht eine Archiv-Sicherung (custom, directory oder tar): Eine plain-SQL-Sicherung wird unverändert abgespielt und kann Vorhandenes nicht löschen. Stellen Sie stattdessen in eine neue oder leere Datenbank wieder her</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--jobs works only with custom and directory dumps (pg_restore cannot restore a %1 dump in parallel): leave --jobs out</source>
        <translation>--jobs funktioniert nur mit custom- und directory-Sicherungen (pg_restore kann eine %1-Sicherung nicht parallel wiederherstellen): Lassen Sie --jobs weg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--jobs must be 1 or more</source>
        <translation>--jobs muss 1 oder mehr sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(cannot read %1: %2)</source>
        <translation>(%1 kann nicht gelesen werden: %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roles %1</source>
        <translation>Rollen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; tablespaces %2</source>
        <translation>%1; Tablespaces %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>checksum of %1 matches history</source>
        <translation>Prüfsumme von %1 stimmt mit dem Verlauf überein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot look up database &quot;%1&quot; on %2: %3</source>
        <translation>Datenbank &quot;%1&quot; auf %2 kann nicht nachgeschlagen werden: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create database &quot;%1&quot; on %2: %3. Hint: the role needs CREATEDB (ALTER ROLE ... CREATEDB), or create the empty database yourself and run the restore again</source>
        <translation>Datenbank &quot;%1&quot; auf %2 kann nicht angelegt werden: %3. Hinweis: Die Rolle braucht CREATEDB (ALTER ROLE ... CREATEDB), oder legen Sie die leere Datenbank selbst an und führen Sie die Wiederherstellung erneut aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>created database &quot;%1&quot; on %2</source>
        <translation>Datenbank &quot;%1&quot; auf %2 angelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot inspect database &quot;%1&quot; on %2: %3</source>
        <translation>Datenbank &quot;%1&quot; auf %2 kann nicht untersucht werden: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database &quot;%1&quot; on %2 already exists and is not empty (tables, sequences, views or functions: %3): restore into a new database with another --to, or add --clean to drop and recreate the dump&apos;s objects in it</source>
        <translation>Datenbank &quot;%1&quot; auf %2 existiert bereits und ist nicht leer (Tabellen, Sequenzen, Sichten oder Funktionen: %3): Stellen Sie mit einem anderen --to in eine neue Datenbank wieder her, oder fügen Sie --clean hinzu, um die Objekte der Sicherung darin zu löschen und neu anzulegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database &quot;%1&quot; on %2 exists; --clean drops the dump&apos;s objects before recreating them</source>
        <translation>Datenbank &quot;%1&quot; auf %2 existiert; --clean löscht die Objekte der Sicherung, bevor sie neu angelegt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database &quot;%1&quot; on %2 exists and is empty; restoring into it</source>
        <translation>Datenbank &quot;%1&quot; auf %2 existiert und ist leer; es wird in sie wiederhergestellt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot read %2: %3: is it a complete %4 dump?</source>
        <translation>%1 kann %2 nicht lesen: %3: Ist es eine vollständige %4-Sicherung?</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+262"/>
        <source>restore into &quot;%1&quot; was cancelled</source>
        <translation>Wiederherstellung in &quot;%1&quot; wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>the role %1 is not a superuser: restoring with --no-owner, so every object belongs to %1</source>
        <translation>die Rolle %1 ist kein Superuser: Wiederherstellung mit --no-owner, daher gehört jedes Objekt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larder connects as</source>
        <translation>larder verbindet sich als</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gzip is not in PATH: install gzip to restore %1</source>
        <translation>gzip ist nicht im PATH: Installieren Sie gzip, um %1 wiederherzustellen</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+137"/>
        <source>&quot;%1&quot; on %2</source>
        <translation>&quot;%1&quot; auf %2</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>restore into %1 was cancelled</source>
        <translation>Wiederherstellung in %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 restoring into %2 was killed by signal %3: %4</source>
        <translation>%1 bei der Wiederherstellung in %2 wurde durch Signal %3 beendet: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 restoring into %2 failed (exit code %3): %4</source>
        <translation>%1 bei der Wiederherstellung in %2 ist fehlgeschlagen (Exit-Code %3): %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hint: the dump gives its objects to their original owners, which only a superuser (or a member of those roles) may do: restore as a superuser, or dump with pg_dump_args = [&quot;--no-owner&quot;] (archive dumps restore with --no-owner by themselves)</source>
        <translation>Hinweis: Die Sicherung übergibt ihre Objekte an ihre ursprünglichen Eigentümer, was nur ein Superuser (oder ein Mitglied dieser Rollen) darf: Stellen Sie als Superuser wieder her, oder sichern Sie mit pg_dump_args = [&quot;--no-owner&quot;] (Archiv-Sicherungen werden ohnehin mit --no-owner wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gzip could not decompress %1 (%2): the restore into %3 is incomplete</source>
        <translation>gzip konnte %1 nicht entpacken (%2): Die Wiederherstellung in %3 ist unvollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not start %1 to restore %2: %3</source>
        <translation>%1 konnte nicht gestartet werden, um %2 wiederherzustellen: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(it printed nothing)</source>
        <translation>(es hat nichts ausgegeben)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>dropped database %1 again: this restore had created it</source>
        <translation>Datenbank %1 wieder gelöscht: diese Wiederherstellung hatte sie angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database %1, which this restore created, could not be dropped again: %2</source>
        <translation>Datenbank %1, die diese Wiederherstellung angelegt hat, konnte nicht wieder gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>larder::PgStallWords</name>
    <message>
        <location filename="../core/postgres/PgStallWords.cpp" line="+24"/>
        <source>no session of the dump&apos;s on the server yet: pg_dump is still connecting or starting</source>
        <translation>noch keine Sitzung des Dumps auf dem Server: pg_dump verbindet sich noch oder startet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server is sending and waits for pg_dump to take it (ClientWrite)</source>
        <translation>der Server sendet und wartet, dass pg_dump es abnimmt (ClientWrite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server is waiting on %1 (%2)</source>
        <translation>der Server wartet auf %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server is active on the dump&apos;s query and has not sent anything new yet</source>
        <translation>der Server arbeitet an der Abfrage des Dumps und hat noch nichts Neues gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dump&apos;s session is %1: pg_dump is busy on its own side</source>
        <translation>die Sitzung des Dumps ist %1: pg_dump ist auf seiner Seite beschäftigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waiting for a lock (%1)</source>
        <translation>wartet auf eine Sperre (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a lock on %1</source>
        <translation>wartet auf eine Sperre auf %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for a lock held by pid %1</source>
        <translation>wartet auf eine Sperre, die PID %1 hält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a lock on %1 held by pid %2</source>
        <translation>wartet auf eine Sperre auf %1, die PID %2 hält</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no permission to see what that session does: grant larder&apos;s role pg_read_all_stats to see it</source>
        <translation>keine Berechtigung zu sehen, was diese Sitzung tut: geben Sie der Rolle von Larder pg_read_all_stats, um es zu sehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 for %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, in a transaction for %2</source>
        <translation>%1, in einer Transaktion seit %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, user %2</source>
        <translation>%1, Benutzer %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>writing nothing; the server would not say why (%1)</source>
        <translation>schreibt nichts; der Server wollte nicht sagen, warum (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>larder::PgToolTask</name>
    <message>
        <location filename="../core/postgres/tools/PgToolTask.cpp" line="+155"/>
        <location line="+24"/>
        <location line="+175"/>
        <source>cannot dump %1: %2</source>
        <translation>%1 kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>(%1 printed nothing)</source>
        <translation>(%1 hat nichts ausgegeben)</translation>
    </message>
    <message>
        <location line="+340"/>
        <source>dump of %1 was cancelled</source>
        <translation>Sicherung von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dump of %1 was cancelled; %2</source>
        <translation>Sicherung von %1 wurde abgebrochen; %2</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>%1 of %2 timed out after %3 s (timeout = %3): raise timeout for this job if it needs longer, or look for locks that block it</source>
        <translation>%1 von %2 hat nach %3 s das Zeitlimit überschritten (timeout = %3): Erhöhen Sie timeout für diesen Job, falls er länger braucht, oder suchen Sie nach Sperren, die ihn blockieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; when stopped, it was %1</source>
        <translation>; beim Abbruch: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>dumping again with %1, the pg_dump chosen for the server&apos;s PostgreSQL %2</source>
        <translation>neue Sicherung mit %1, dem für PostgreSQL %2 des Servers gewählten pg_dump</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; a separate connection of larder&apos;s to the server failed as well: %1</source>
        <translation>; eine eigene Verbindung von Larder zum Server schlug ebenfalls fehl: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 on %3 was killed by signal %4: %5</source>
        <translation>%1 von %2 auf %3 wurde durch Signal %4 beendet: %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 on %3 failed (exit code %4): %5</source>
        <translation>%1 von %2 auf %3 ist fehlgeschlagen (Exit-Code %4): %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the dump succeeded, but a second connection to ask the server its version failed (%1)</source>
        <translation>die Sicherung ist gelungen, aber eine zweite Verbindung, die den Server nach seiner Version fragen sollte, schlug fehl (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not start %1 to dump %2: %3: check the pg_dump setting of server %4 and that the PostgreSQL client tools are installed</source>
        <translation>%1 konnte nicht gestartet werden, um %2 zu sichern: %3: Prüfen Sie die Einstellung pg_dump von Server %4, und ob die PostgreSQL-Client-Programme installiert sind</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>timed out after %1 s (timeout)</source>
        <translation>Zeitlimit nach %1 s überschritten (timeout)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 finished but the dump could not be stored: %3</source>
        <translation>%1 von %2 ist beendet, aber die Sicherung konnte nicht abgelegt werden: %3</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>larder::QueueModel</name>
    <message>
        <location filename="../ui/jobs/QueueModel.cpp" line="+35"/>
        <source>queued in this run</source>
        <translation>wartet in diesem Lauf</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>waiting: joins a follow-up run when the current run finishes</source>
        <translation>wartet: schließt sich einem Folgelauf an, sobald der aktuelle Lauf beendet ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to start</source>
        <translation>wartet auf den Start</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Waiting job</source>
        <translation>Wartender Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it waits</source>
        <translation>Grund des Wartens</translation>
    </message>
</context>
<context>
    <name>larder::RestoreDialog</name>
    <message>
        <location filename="../ui/jobs/RestoreDialog.cpp" line="+46"/>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The dump of &lt;b&gt;%1&lt;/b&gt; started %2 (%3):&lt;br&gt;%4</source>
        <translation>Der Dump von &lt;b&gt;%1&lt;/b&gt;, begonnen %2 (%3):&lt;br&gt;%4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore to &amp;server:</source>
        <translation>Auf &amp;Server:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created unless it exists and is empty. An existing database with tables is refused unless you choose to restore over it.</source>
        <translation>Wird angelegt, außer sie existiert und ist leer. Eine bestehende Datenbank mit Tabellen wird abgelehnt, außer Sie wählen, darüber wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into &amp;database:</source>
        <translation>In &amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore over an existing database (--c&amp;lean)</source>
        <translation>Über eine bestehende Datenbank wiederherstellen (--c&amp;lean)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each object of the dump is dropped from the target before it is recreated: the data in those tables is replaced by the dump&apos;s. Check the server and database above.</source>
        <translation>Jedes Objekt des Dumps wird im Ziel gelöscht, bevor es neu angelegt wird: Die Daten dieser Tabellen werden durch die des Dumps ersetzt. Prüfen Sie Server und Datenbank oben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Parallel pg_restore jobs: custom and directory dumps only.</source>
        <translation>Parallele pg_restore-Jobs: nur für Custom- und Directory-Dumps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel &amp;jobs:</source>
        <translation>Parallele &amp;Jobs:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same restore from a terminal.</source>
        <translation>Dieselbe Wiederherstellung aus einem Terminal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the restore does</source>
        <translation>Was die Wiederherstellung tut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stopping…</source>
        <translation>wird angehalten…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Not started: %1. Try again when it has ended.</source>
        <translation>Nicht gestartet: %1. Versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; on %2</source>
        <translation>&quot;%1&quot; auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored into %1 in %2.</source>
        <translation>In %1 wiederhergestellt in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database %1 was created by this restore and has been dropped again.</source>
        <translation>Datenbank %1 wurde von dieser Wiederherstellung angelegt und wieder gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database %1 is left partly restored: drop it, or restore over it.</source>
        <translation>Datenbank %1 bleibt teilweise wiederhergestellt: Löschen Sie sie, oder stellen Sie darüber wieder her.</translation>
    </message>
</context>
<context>
    <name>larder::RestoreSession</name>
    <message>
        <location filename="../core/restore/RestoreSession.cpp" line="+24"/>
        <source>this restore has already started</source>
        <translation>diese Wiederherstellung wurde bereits gestartet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>restoring %1 (%2) into &quot;%3&quot; on %4</source>
        <translation>%1 (%2) wird in &quot;%3&quot; auf %4 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has no checksum in history: restoring it unchecked</source>
        <translation>%1 hat keine Prüfsumme im Verlauf: wird ungeprüft wiederhergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 has no successful dump (no history at %2): run `larder run %1` first, or give --dump</source>
        <translation>Job %1 hat keine erfolgreiche Sicherung (kein Verlauf unter %2): Führen Sie zuerst `larder run %1` aus, oder geben Sie --dump an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>restoring the dump of %1 started %2: %3</source>
        <translation>Sicherung von %1 vom %2 wird wiederhergestellt: %3</translation>
    </message>
</context>
<context>
    <name>larder::Restorer</name>
    <message>
        <location filename="../core/restore/Restorer.cpp" line="+29"/>
        <source>dump %1 does not exist: give a dump of job %2 from %3</source>
        <translation>Sicherung %1 existiert nicht: Geben Sie eine Sicherung von Job %2 aus %3 an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dump %1 is not inside the directory of job %2 (%3): larder restores only the job&apos;s own dumps; give a path below %3</source>
        <translation>Sicherung %1 liegt nicht im Verzeichnis von Job %2 (%3): larder stellt nur die eigenen Sicherungen des Jobs wieder her; geben Sie einen Pfad unterhalb von %3 an</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>job %1 has no successful dump that started at or before %2</source>
        <translation>Job %1 hat keine erfolgreiche Sicherung, die zu oder vor %2 begonnen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job %1 has no successful dump</source>
        <translation>Job %1 hat keine erfolgreiche Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> still on disk (missing: %1)</source>
        <translation>, die noch auf der Festplatte liegt (fehlend: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: see `larder history %1`</source>
        <translation>: siehe `larder history %1`</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the time &apos;%1&apos;: write 2026-11-20T03:00:00Z (UTC), 2026-11-20T03:00:00+01:00, or 2026-11-20 03:00 (local time)</source>
        <translation>die Zeitangabe &apos;%1&apos; ist nicht lesbar: Schreiben Sie 2026-11-20T03:00:00Z (UTC), 2026-11-20T03:00:00+01:00 oder 2026-11-20 03:00 (Ortszeit)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>restore into &quot;%1&quot; was cancelled</source>
        <translation>Wiederherstellung in &quot;%1&quot; wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>larder::RetentionFields</name>
    <message>
        <location filename="../ui/dialogs/RetentionFields.cpp" line="+20"/>
        <source>Retention and checks</source>
        <translation>Aufbewahrung und Prüfungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;last:</source>
        <translation>&amp;Letzte behalten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most recent dumps kept</source>
        <translation>Behaltene neueste Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps this many of the most recent successful dumps.</source>
        <translation>Behält so viele der neuesten erfolgreichen Sicherungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep daily:</source>
        <translation>&amp;Tägliche behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a dump kept</source>
        <translation>Tage, deren Sicherung behalten wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the newest successful dump of each of this many last days that have one.</source>
        <translation>Behält für so viele der letzten Tage mit einer Sicherung jeweils die neueste erfolgreiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;weekly:</source>
        <translation>&amp;Wöchentliche behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks with a dump kept</source>
        <translation>Wochen, deren Sicherung behalten wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the newest successful dump of each of this many last ISO weeks that have one.</source>
        <translation>Behält für so viele der letzten ISO-Wochen mit einer Sicherung jeweils die neueste erfolgreiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;monthly:</source>
        <translation>&amp;Monatliche behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months with a dump kept</source>
        <translation>Monate, deren Sicherung behalten wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the newest successful dump of each of this many last months that have one.</source>
        <translation>Behält für so viele der letzten Monate mit einer Sicherung jeweils die neueste erfolgreiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep every dump younger than</source>
        <translation>Jede Sicherung behalten, die jünger ist als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps every successful dump younger than this: a duration such as &quot;14 days&quot; or &quot;12 hours&quot;, or a number of seconds.</source>
        <translation>Behält jede erfolgreiche Sicherung, die jünger ist als diese Dauer: z. B. &quot;14 days&quot; oder &quot;12 hours&quot;, oder eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kee&amp;p within:</source>
        <translation>Behalten, wenn &amp;jünger als:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;est-restore:</source>
        <translation>Test-Wi&amp;ederherstellung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server for test-restores</source>
        <translation>Server für Test-Wiederherstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server on which test-restores create their scratch database (the role needs CREATEDB).</source>
        <translation>Der Server, auf dem Test-Wiederherstellungen ihre temporäre Datenbank anlegen (die Rolle braucht dort CREATEDB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore server:</source>
        <translation>Se&amp;rver für Test-Wiederherstellungen:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>inherited: %1</source>
        <translation>geerbt: %1</translation>
    </message>
</context>
<context>
    <name>larder::RetryEdit</name>
    <message>
        <location filename="../ui/dialogs/RetryEdit.cpp" line="+10"/>
        <source>Retry after a failure</source>
        <translation>Erneuter Versuch nach einem Fehlschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a failure, wait this long before the next attempt, doubled with each failure in a row and at most the schedule&apos;s period: a duration such as &quot;15 minutes&quot;, a number of seconds, or &quot;off&quot; to try again at every check</source>
        <translation>Nach einem Fehlschlag so lange bis zum nächsten Versuch warten, verdoppelt mit jedem weiteren Fehlschlag in Folge und höchstens so lang wie der Abstand des Zeitplans: eine Dauer wie &quot;15 minutes&quot;, eine Zahl von Sekunden oder &quot;off&quot;, um bei jeder Prüfung erneut zu versuchen</translation>
    </message>
</context>
<context>
    <name>larder::RunCoordinator</name>
    <message>
        <location filename="../core/run/RunCoordinator.cpp" line="+138"/>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>waiting: server %1 is at its limit of %n dump(s) at once</source>
        <translation>
            <numerusform>wartet: Server %1 hat sein Limit von %n gleichzeitigen Sicherung erreicht</numerusform>
            <numerusform>wartet: Server %1 hat sein Limit von %n gleichzeitigen Sicherungen erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>waiting: the run is at its limit of %n dump(s) at once</source>
        <translation>
            <numerusform>wartet: Der Lauf hat sein Limit von %n gleichzeitigen Sicherung erreicht</numerusform>
            <numerusform>wartet: Der Lauf hat sein Limit von %n gleichzeitigen Sicherungen erreicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <source>not started: %1</source>
        <translation>nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>host %1 dumped this slot at %2</source>
        <translation>Host %1 hat diesen Slot um %2 gesichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 is dumping this slot</source>
        <translation>Host %1 sichert diesen Slot gerade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this slot failed on host %1; it is tried again from %2</source>
        <translation>dieser Slot ist auf Host %1 fehlgeschlagen; ab %2 wird er erneut versucht</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>another host took this dump&apos;s slot over after this host&apos;s claim lapsed; stopping it</source>
        <translation>ein anderer Host hat den Slot dieses Dumps übernommen, nachdem der Anspruch dieses Hosts abgelaufen war; der Dump wird angehalten</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>waiting: server %1&apos;s next place goes to host %2, which has waited for it longer</source>
        <translation>wartet: der nächste freie Platz auf Server %1 geht an Host %2, der schon länger darauf wartet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>waiting: server %1 is at its limit of %n dump(s) at once across the fleet (%2)</source>
        <translation>
            <numerusform>wartet: Server %1 hat über alle Hosts hinweg seine Grenze von %n Dump gleichzeitig erreicht (%2)</numerusform>
            <numerusform>wartet: Server %1 hat über alle Hosts hinweg seine Grenze von %n Dumps gleichzeitig erreicht (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>cancelled before the dump started</source>
        <translation>abgebrochen, bevor der Dump begann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before_dump failed, no dump was started: %1</source>
        <translation>before_dump schlug fehl, kein Dump wurde gestartet: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>after_dump failed: %1</source>
        <translation>after_dump schlug fehl: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>another host took this slot over after this host&apos;s claim lapsed (no renewal for %1 s); this attempt does not count as the slot&apos;s dump</source>
        <translation>ein anderer Host hat diesen Slot übernommen, nachdem der Anspruch dieses Hosts abgelaufen war (%1 s lang nicht erneuert); dieser Versuch zählt nicht als Dump des Slots</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the dump finished but history could not record it: %1</source>
        <translation>die Sicherung ist fertig, aber der Verlauf konnte sie nicht festhalten: %1</translation>
    </message>
</context>
<context>
    <name>larder::RunPipeline</name>
    <message>
        <location filename="../core/run/RunPipeline.cpp" line="+66"/>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 is not dumped: it is no longer a job of %2 (its database is gone, or the config changed)</source>
        <translation>%1 wird nicht gesichert: Es ist kein Job von %2 mehr (die Datenbank ist verschwunden, oder die Konfiguration wurde geändert)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not test-restored: it is no longer a job of %2</source>
        <translation>%1 wird nicht testweise wiederhergestellt: es ist kein Job von %2 mehr</translation>
    </message>
</context>
<context>
    <name>larder::RunScreen</name>
    <message numerus="yes">
        <location filename="../tui/RunScreen.cpp" line="+44"/>
        <source>… %n more waiting</source>
        <translation>
            <numerusform>… %n weiterer wartet</numerusform>
            <numerusform>… %n weitere warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>… %n more running</source>
        <translation>
            <numerusform>… %n weiterer läuft</numerusform>
            <numerusform>… %n weitere laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 done</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>limits: run %1</source>
        <translation>Grenzen: Lauf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Running (%n)</source>
        <translation>
            <numerusform>Laufend (%n)</numerusform>
            <numerusform>Laufend (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>~ estimated from the previous dump&apos;s size</source>
        <translation>~ geschätzt aus der Größe der vorigen Sicherung</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Wartend (%n)</numerusform>
            <numerusform>Wartend (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was due.</source>
        <translation>Nichts war fällig.</translation>
    </message>
</context>
<context>
    <name>larder::RunService</name>
    <message>
        <location filename="../core/run/RunService.cpp" line="+257"/>
        <location line="+18"/>
        <source>no job can run until the config %1 is valid: fix the issues it reports</source>
        <translation>kein Job kann laufen, bevor die Konfiguration %1 gültig ist: Beheben Sie die gemeldeten Probleme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a server&apos;s roles and tablespaces: test-restoring it would create them on the restore server, so larder does not</source>
        <translation>%1 sind die Rollen und Tablespaces eines Servers: eine Test-Wiederherstellung würde sie auf dem Wiederherstellungsserver anlegen, daher tut larder das nicht</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+11"/>
        <source>cannot run jobs: %1</source>
        <translation>Jobs können nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>larder::RunningModel</name>
    <message>
        <location filename="../ui/jobs/RunningModel.cpp" line="+95"/>
        <source>first dump: no estimate</source>
        <translation>erste Sicherung: keine Schätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % of %2 (estimate)</source>
        <translation>%1 % von %2 (Schätzung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>past the estimate</source>
        <translation>Schätzung überschritten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>stalled</source>
        <translation>stockt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Estimated from the size of the previous successful dump of %1.</source>
        <translation>Geschätzt anhand der Größe der vorigen erfolgreichen Sicherung von %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on server %1</source>
        <translation>auf Server %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes nothing: %1</source>
        <translation>Schreibt nichts: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>larder::RunningTable</name>
    <message>
        <location filename="../tui/RunningTable.cpp" line="+23"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>stalled</source>
        <translation>stockt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>past estimate</source>
        <translation>über Schätzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
</context>
<context>
    <name>larder::RunningView</name>
    <message>
        <location filename="../ui/jobs/RunningView.cpp" line="+79"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
</context>
<context>
    <name>larder::ScheduleField</name>
    <message>
        <location filename="../ui/dialogs/ScheduleField.cpp" line="+23"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. &quot;every 6 hours&quot;, &quot;daily at 02:30&quot;, &quot;every 2 weeks on friday at 23:00&quot;, &quot;always&quot; or &quot;manual&quot;</source>
        <translation>z. B. &quot;every 6 hours&quot;, &quot;daily at 02:30&quot;, &quot;every 2 weeks on friday at 23:00&quot;, &quot;always&quot; oder &quot;manual&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next run times</source>
        <translation>Nächste Laufzeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test-restore schedule</source>
        <translation>Zeitplan der Test-Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When larder run test-restores the newest dump into a scratch database and compares row counts, e.g. &quot;every 1 week&quot; (test_restore).</source>
        <translation>Wann larder run die neueste Sicherung testweise in eine temporäre Datenbank wiederherstellt und die Zeilenzahlen vergleicht, z. B. &quot;every 1 week&quot; (test_restore).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next test-restore times</source>
        <translation>Nächste Zeiten der Test-Wiederherstellung</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Dumped at every run of larder (every cron or timer invocation).</source>
        <translation>Wird bei jedem Lauf von larder gesichert (bei jedem Aufruf durch cron oder Timer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restored at every run of larder (every cron or timer invocation).</source>
        <translation>Wird bei jedem Lauf von larder testweise wiederhergestellt (bei jedem Aufruf durch cron oder Timer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped only on demand (larder run JOB, or Back Up Selected Now).</source>
        <translation>Wird nur auf Anforderung gesichert (larder run JOB oder &quot;Auswahl jetzt sichern&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restored only on demand (larder verify --restore JOB).</source>
        <translation>Wird nur auf Anforderung testweise wiederhergestellt (larder verify --restore JOB).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next runs (%1):</source>
        <translation>Nächste Läufe (%1):</translation>
    </message>
</context>
<context>
    <name>larder::SectionDialog</name>
    <message>
        <location filename="../ui/dialogs/SectionDialog.cpp" line="+26"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Elsewhere in the file:</source>
        <translation>An anderer Stelle in der Datei:</translation>
    </message>
</context>
<context>
    <name>larder::ServerDialog</name>
    <message>
        <location filename="../ui/dialogs/ServerDialog.cpp" line="+49"/>
        <source>&amp;Forget the stored password</source>
        <translation>Gespeichertes Passwort &amp;vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+300"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit server %1</source>
        <translation>Server %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters, digits, - _ .</source>
        <translation>Buchstaben, Ziffern, - _ .</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dumps at once against this server</source>
        <translation>Gleichzeitige Sicherungen auf diesem Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the OS keychain when you press OK, never in the config file. Leave empty to keep what is stored.</source>
        <translation>Wird beim Klick auf OK im Schlüsselbund des Betriebssystems gespeichert, nie in der Konfigurationsdatei. Leer lassen, um das gespeicherte Passwort zu behalten.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Forget the stored password</source>
        <translation>Gespeichertes Passwort vergessen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Engine</source>
        <translation>Datenbanksystem</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password storage problem</source>
        <translation>Problem beim Speichern des Passworts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database to connect to for the test</source>
        <translation>Datenbank, mit der sich der Test verbindet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MariaDB or MySQL</source>
        <translation>MariaDB oder MySQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Datenbanksystem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dumps at &amp;once:</source>
        <translation>&amp;Gleichzeitige Sicherungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test &amp;database:</source>
        <translation>Test&amp;datenbank:</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+4"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Stored in the OS keychain when you press OK, never in the config file. Leave empty to use ~/.my.cnf or no password.</source>
        <translation>Wird beim Drücken von OK im Schlüsselbund des Betriebssystems gespeichert, nie in der Konfigurationsdatei. Leer lassen, um ~/.my.cnf oder kein Passwort zu verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in the OS keychain when you press OK, never in the config file. Leave empty to use ~/.pgpass or no password.</source>
        <translation>Wird beim Klick auf OK im Schlüsselbund des Betriebssystems gespeichert, nie in der Konfigurationsdatei. Leer lassen, um ~/.pgpass oder kein Passwort zu verwenden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>inherited: %1</source>
        <translation>geerbt: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A host name, an IP address, or the path of the server&apos;s unix socket file (e.g. /run/mysqld/mysqld.sock).</source>
        <translation>Ein Hostname, eine IP-Adresse oder der Pfad der Unix-Socket-Datei des Servers (z. B. /run/mysqld/mysqld.sock).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A host name, an IP address, or the directory of the server&apos;s unix socket (e.g. /var/run/postgresql).</source>
        <translation>Ein Hostname, eine IP-Adresse oder das Verzeichnis des Unix-Sockets des Servers (z. B. /var/run/postgresql).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL only. For TLS to MariaDB set ssl-ca in the [client] section of ~/.my.cnf.</source>
        <translation>Nur PostgreSQL. Für TLS zu MariaDB setzen Sie ssl-ca im Abschnitt [client] von ~/.my.cnf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional for MariaDB: the test connects without a database unless you name one here.</source>
        <translation>Für MariaDB optional: Der Test verbindet sich ohne Datenbank, sofern Sie hier keine nennen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server named &apos;%1&apos; exists already: choose another name.</source>
        <translation>Ein Server namens &apos;%1&apos; existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1

The password was not stored anywhere. To use ~/.my.cnf instead, add these lines to it (and chmod 600 ~/.my.cnf):
[client]
user=%2
password=PASSWORD
Then clear the password field and press OK to save the server without it.</source>
        <translation>%1

Das Passwort wurde nirgends gespeichert. Um stattdessen ~/.my.cnf zu verwenden, fügen Sie dort diese Zeilen hinzu (und chmod 600 ~/.my.cnf):
[client]
user=%2
password=PASSWORT
Leeren Sie dann das Passwortfeld und drücken Sie OK, um den Server ohne es zu speichern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1

The password was not stored anywhere. To use ~/.pgpass instead, add this line to it (and chmod 600 ~/.pgpass):
%2:%3:*:%4:PASSWORD
Then clear the password field and press OK to save the server without it.</source>
        <translation>%1

Das Passwort wurde nirgends gespeichert. Um stattdessen ~/.pgpass zu verwenden, fügen Sie dort diese Zeile hinzu (und führen Sie chmod 600 ~/.pgpass aus):
%2:%3:*:%4:PASSWORT
Leeren Sie dann das Passwortfeld und klicken Sie auf OK, um den Server ohne Passwort zu speichern.</translation>
    </message>
</context>
<context>
    <name>larder::ServerListDialog</name>
    <message>
        <location filename="../ui/dialogs/ServerListDialog.cpp" line="+21"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the server cannot be removed</source>
        <translation>Warum der Server nicht entfernt werden kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Servers:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Server &apos;%1&apos; is used by %2: point them at another server or remove them first.</source>
        <translation>Server &apos;%1&apos; wird von %2 verwendet: Verweisen Sie diese auf einen anderen Server, oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed server &apos;%1&apos;. A password stored for it stays in the keychain.</source>
        <translation>Server &apos;%1&apos; wurde entfernt. Ein dafür gespeichertes Passwort bleibt im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>larder::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+19"/>
        <source>Larder Settings</source>
        <translation>Larder-Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start Larder at login (in the tray)</source>
        <translation>Larder bei der Anmeldung &amp;starten (im Infobereich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not supported on macOS yet.</source>
        <translation>Unter macOS noch nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify when a backup succeeds (failures are always shown)</source>
        <translation>Bei erfolgreicher Sicherung &amp;benachrichtigen (Fehlschläge werden immer angezeigt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Monochrome tray icon</source>
        <translation>&amp;Einfarbiges Symbol im Infobereich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language takes effect when Larder is restarted.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von Larder wirksam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
</context>
<context>
    <name>larder::SingleInstance</name>
    <message>
        <location filename="../ui/shell/SingleInstance.cpp" line="+84"/>
        <source>cannot use %1 for the single-instance socket: %2</source>
        <translation>%1 kann nicht für den Einzelinstanz-Socket verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot use %1 for the single-instance socket: not a directory</source>
        <translation>%1 kann nicht für den Einzelinstanz-Socket verwendet werden: Es ist kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to user id %2, not to you: it cannot hold the single-instance socket safely</source>
        <translation>%1 gehört der Benutzer-ID %2, nicht Ihnen: Der Einzelinstanz-Socket kann dort nicht sicher liegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can be written by other users (mode %2): it cannot hold the single-instance socket safely; make it mode 0700</source>
        <translation>%1 ist für andere Benutzer beschreibbar (Modus %2): Der Einzelinstanz-Socket kann dort nicht sicher liegen; setzen Sie den Modus auf 0700</translation>
    </message>
</context>
<context>
    <name>larder::SnapshotCounter</name>
    <message>
        <location filename="../core/postgres/SnapshotCounter.cpp" line="+97"/>
        <source>counting rows of database &quot;%1&quot; was cancelled</source>
        <translation>das Zählen der Zeilen von Datenbank &quot;%1&quot; wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>larder::Terminfo</name>
    <message>
        <location filename="../tui/Terminfo.cpp" line="+59"/>
        <source>TERM is not set</source>
        <translation>TERM ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the terminal type &quot;%1&quot; is not in the terminfo database</source>
        <translation>der Terminaltyp „%1“ ist nicht in der terminfo-Datenbank</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the terminal type &quot;%1&quot; cannot move the cursor up or erase a line</source>
        <translation>der Terminaltyp „%1“ kann den Cursor nicht nach oben bewegen oder keine Zeile löschen</translation>
    </message>
</context>
<context>
    <name>larder::TestRestore</name>
    <message>
        <location filename="../core/postgres/TestRestore.cpp" line="+65"/>
        <source>%1 --list %2 failed: %3</source>
        <translation>%1 --list %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the test-restore took longer than the job&apos;s timeout of %1 s and was stopped: raise timeout, or look for locks on restore_server or a slow restore_server</source>
        <translation>die Test-Wiederherstellung dauerte länger als die Zeitgrenze des Jobs von %1 s und wurde angehalten: Erhöhen Sie timeout, oder suchen Sie nach Sperren auf restore_server oder einem langsamen restore_server</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>could not drop the scratch database %1: %2; drop it yourself</source>
        <translation>die temporäre Datenbank %1 konnte nicht gelöscht werden: %2; löschen Sie sie selbst</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is a globals dump (roles, tablespaces), which is never test-restored: its statements act on the whole server. Replay it by hand with `psql -X -d postgres -f DUMP` on the server that should get those roles, if you mean to</source>
        <translation>%1 ist eine Sicherung der globalen Objekte (Rollen, Tablespaces) und wird nie testweise wiederhergestellt: Ihre Anweisungen wirken auf den ganzen Server. Spielen Sie sie mit `psql -X -d postgres -f DUMP` von Hand auf dem Server ab, der diese Rollen erhalten soll, wenn Sie das wirklich wollen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a database named %1 already exists on %2; larder never touches a database it did not create: drop or rename it yourself if it is a leftover</source>
        <translation>auf %2 existiert bereits eine Datenbank namens %1; larder fasst nie eine Datenbank an, die es nicht selbst angelegt hat: Löschen Sie sie oder benennen Sie sie um, falls sie ein Überbleibsel ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>role %1 on %2 may not create databases, which a test-restore needs: grant it with ALTER ROLE %1 CREATEDB, or set restore_server for job %3 to a server where it may</source>
        <translation>Rolle %1 auf %2 darf keine Datenbanken anlegen, was eine Test-Wiederherstellung erfordert: Erteilen Sie das Recht mit ALTER ROLE %1 CREATEDB, oder setzen Sie restore_server für Job %3 auf einen Server, auf dem sie es darf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create the scratch database %1: %2</source>
        <translation>die temporäre Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+182"/>
        <source>the test-restore was cancelled</source>
        <translation>die Test-Wiederherstellung wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>gzip could not decompress %1</source>
        <translation>gzip konnte %1 nicht entpacken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed to restore %2 (exit code %3): %4</source>
        <translation>%1 konnte %2 nicht wiederherstellen (Exit-Code %3): %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(it printed nothing)</source>
        <translation>(es hat nichts ausgegeben)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>row counts not compared: pg_dump_args choose the tables, and a plain dump has no table of contents to tell which were dumped</source>
        <translation>Zeilenzahlen nicht verglichen: pg_dump_args wählt die Tabellen aus, und eine Klartext-Sicherung hat kein Inhaltsverzeichnis, das zeigt, welche gesichert wurden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot tell which tables the dump holds: %1</source>
        <translation>kann nicht feststellen, welche Tabellen die Sicherung enthält: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot count the restored rows: %1</source>
        <translation>die wiederhergestellten Zeilen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n table(s), %1 restored; no row counts were recorded at dump time, so they were not compared (counts are recorded for jobs whose test_restore is not manual)</source>
        <translation>
            <numerusform>%n Tabelle, %1 wiederhergestellt; zum Zeitpunkt der Sicherung wurden keine Zeilenzahlen erfasst, daher wurden sie nicht verglichen (Zeilenzahlen werden für Jobs erfasst, deren test_restore nicht manual ist)</numerusform>
            <numerusform>%n Tabellen, %1 wiederhergestellt; zum Zeitpunkt der Sicherung wurden keine Zeilenzahlen erfasst, daher wurden sie nicht verglichen (Zeilenzahlen werden für Jobs erfasst, deren test_restore nicht manual ist)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: missing after the restore (%2 at dump time)</source>
        <translation>%1: fehlt nach der Wiederherstellung (%2 zum Zeitpunkt der Sicherung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 at dump time, %3 restored</source>
        <translation>%1: %2 zum Zeitpunkt der Sicherung, %3 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: restored (%2) but not counted at dump time</source>
        <translation>%1: wiederhergestellt (%2), aber zum Zeitpunkt der Sicherung nicht gezählt</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>row counts of %n table(s) match the dump (%1)</source>
        <translation>
            <numerusform>Zeilenzahl von %n Tabelle stimmt mit der Sicherung überein (%1)</numerusform>
            <numerusform>Zeilenzahlen von %n Tabellen stimmen mit der Sicherung überein (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>row counts differ from dump time: %1</source>
        <translation>Zeilenzahlen weichen vom Zeitpunkt der Sicherung ab: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; not compared, as pg_dump_args left their data out: %1</source>
        <translation>; nicht verglichen, weil pg_dump_args ihre Daten auslässt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the scratch database %1 on %2 could not be dropped: %3; drop it yourself</source>
        <translation>die temporäre Datenbank %1 auf %2 konnte nicht gelöscht werden: %3; löschen Sie sie selbst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>restored %1 into %2 on %3 in %4; %5</source>
        <translation>%1 in %2 auf %3 wiederhergestellt (Dauer %4); %5</translation>
    </message>
</context>
<context>
    <name>larder::TimelinePanel</name>
    <message>
        <location filename="../ui/jobs/TimelinePanel.cpp" line="+40"/>
        <source>La&amp;nes:</source>
        <translation>Sp&amp;uren:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By server</source>
        <translation>Nach Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By job</source>
        <translation>Nach Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;pan:</source>
        <translation>Zeitr&amp;aum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last and next 24 hours</source>
        <translation>Letzte und nächste 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last and next 7 days</source>
        <translation>Letzte und nächste 7 Tage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (full height)</source>
        <translation>fehlgeschlagen (volle Höhe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▨ cancelled · ▭ expected · ┄ waiting</source>
        <translation>▨ abgebrochen · ▭ erwartet · ┄ wartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline of past and expected dumps</source>
        <translation>Zeitleiste vergangener und erwarteter Dumps</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The past cannot be shown: %1</source>
        <translation>Die Vergangenheit kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>larder::TimelineView</name>
    <message>
        <location filename="../ui/jobs/TimelineView.cpp" line="+139"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Succeeded, %1</source>
        <translation>Erfolgreich, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Succeeded with a warning, %1</source>
        <translation>Erfolgreich mit Warnung, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed, %1</source>
        <translation>Fehlgeschlagen, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled, %1</source>
        <translation>Abgebrochen, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running since %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due at %1, expected to wait for %2 until %3</source>
        <translation>Fällig um %1, wartet voraussichtlich auf %2 bis %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected %1, as long as its last successful dump</source>
        <translation>Erwartet %1, so lange wie sein letzter erfolgreicher Dump</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected %1; no successful dump yet to tell how long</source>
        <translation>Erwartet %1; noch kein erfolgreicher Dump, der die Dauer verrät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or press Enter to open it in the history.</source>
        <translation>Klicken oder Eingabetaste drücken, um ihn im Verlauf zu öffnen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+30"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nothing in this window: no attempt, no dump expected.</source>
        <translation>Nichts in diesem Zeitraum: kein Versuch, kein erwarteter Dump.</translation>
    </message>
</context>
<context>
    <name>larder::TrayController</name>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="+45"/>
        <source>&amp;Open Larder</source>
        <translation>Larder &amp;öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back Up All Now</source>
        <translation>Alles jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run Everything &amp;Due</source>
        <translation>Alles &amp;Fällige ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause for 1 &amp;Hour</source>
        <translation>1 St&amp;unde anhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause Until &amp;Tomorrow</source>
        <translation>Bis &amp;morgen anhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Pause Scheduling</source>
        <translation>Zeitpläne &amp;anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resume Scheduling</source>
        <translation>Zeitpläne fo&amp;rtsetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot back up</source>
        <translation>Sichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>larder::TrendChart</name>
    <message>
        <location filename="../ui/jobs/TrendChart.cpp" line="+96"/>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less than half the size of the dumps before it.</source>
        <translation>Weniger als halb so groß wie die Dumps davor.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>No finished attempt to draw yet.</source>
        <translation>Noch kein beendeter Versuch zum Zeichnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size of each successful dump</source>
        <translation>Größe jedes erfolgreichen Dumps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>larder::WatchScreen</name>
    <message numerus="yes">
        <location filename="../tui/WatchScreen.cpp" line="+140"/>
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Job</numerusform>
            <numerusform>%n Jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failing</source>
        <translation>%1 fehlschlagend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>filter: </source>
        <translation>Filter: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter keep · Esc clear</source>
        <translation>Enter übernehmen · Esc leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>↑↓/jk select · Enter history · r run due · b back up · / filter · q quit</source>
        <translation>↑↓/jk wählen · Enter Verlauf · r Fälliges ausführen · b sichern · / Filter · q beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑↓ Enter r b / q quit</source>
        <translation>↑↓ Enter r b / q beenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>filter &quot;%1&quot;</source>
        <translation>Filter „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs (%1)</source>
        <translation>Jobs (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No job matches.</source>
        <translation>Kein Job passt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failing (%1)</source>
        <translation>schlägt fehl (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Running now (%1)</source>
        <translation>Läuft gerade (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next 24 hours</source>
        <translation>Nächste 24 Stunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is scheduled.</source>
        <translation>Nichts ist geplant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(waits for %1)</source>
        <translation>(wartet auf %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has run yet.</source>
        <translation>Noch nichts gelaufen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or Esc: back</source>
        <translation>Enter oder Esc: zurück</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No attempt yet.</source>
        <translation>Noch kein Versuch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>larder::WelcomePage</name>
    <message>
        <location filename="../ui/dialogs/WelcomePage.cpp" line="+61"/>
        <source>Welcome to Larder</source>
        <translation>Willkommen bei Larder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Larder dumps your databases on a schedule into one folder, checks every dump and keeps as many as you choose. Three steps to the first backup; everything can be changed later from the Config menu, and `larder run` from cron reads the same file:
%1</source>
        <translation>Larder sichert Ihre Datenbanken nach Zeitplan in einen Ordner, prüft jede Sicherung und behält so viele, wie Sie wählen. Drei Schritte bis zur ersten Sicherung; alles lässt sich später im Menü Konfiguration ändern, und „larder run“ aus cron liest dieselbe Datei:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server to back up</source>
        <translation>Zu sichernder Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>&amp;Add Server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>&amp;Every database on the server, also ones created later</source>
        <translation>&amp;Alle Datenbanken des Servers, auch später angelegte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only these:</source>
        <translation>&amp;Nur diese:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databases on the server</source>
        <translation>Datenbanken auf dem Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List Again</source>
        <translation>Neu a&amp;uflisten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schedule and dumps kept</source>
        <translation>Zeitplan und behaltene Sicherungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumps are written to %1 (Config &gt; Defaults… changes it).</source>
        <translation>Sicherungen werden nach %1 geschrieben (änderbar unter Konfiguration &gt; Standardwerte…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 · Server</source>
        <translation>1 · Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Databases</source>
        <translation>2 · Datenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Schedule</source>
        <translation>3 · Zeitplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Add Another Server…</source>
        <translation>Weiteren Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server yet: add the one whose databases to back up.</source>
        <translation>Noch kein Server: Fügen Sie den hinzu, dessen Datenbanken gesichert werden sollen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server&apos;s databases are listed here once it is added.</source>
        <translation>Die Datenbanken des Servers erscheinen hier, sobald er hinzugefügt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listing the databases on %1…</source>
        <translation>Datenbanken auf %1 werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot list the databases: %1</source>
        <translation>Die Datenbanken können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no database to back up yet; new ones are found at each run when every database is chosen.</source>
        <translation>%1 hat noch keine Datenbank zum Sichern; bei „Alle Datenbanken“ werden neue bei jedem Lauf gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n database(s) on %1 today.</source>
        <translation>
            <numerusform>%n Datenbank auf %1 (Stand jetzt).</numerusform>
            <numerusform>%n Datenbanken auf %1 (Stand jetzt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a server first.</source>
        <translation>Fügen Sie zuerst einen Server hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the databases to back up, or choose every database.</source>
        <translation>Haken Sie die zu sichernden Datenbanken an oder wählen Sie alle Datenbanken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the config and starts the first backup; the window then shows it running.</source>
        <translation>Schreibt die Konfiguration und startet die erste Sicherung; das Fenster zeigt sie dann laufen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+40"/>
        <source>Larder: scheduled pg_dump backups of many PostgreSQL databases.</source>
        <translation>Larder: geplante pg_dump-Sicherungen vieler PostgreSQL-Datenbanken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Config file (default: $LARDER_CONFIG, else $XDG_CONFIG_HOME/larder/larder.toml).</source>
        <translation>Konfigurationsdatei (Standard: $LARDER_CONFIG, sonst $XDG_CONFIG_HOME/larder/larder.toml).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start in the system tray only.</source>
        <translation>Nur im Infobereich starten.</translation>
    </message>
</context>
</TS>
