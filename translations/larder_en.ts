<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Autostart</name>
    <message>
        <location filename="../ui/shell/Autostart.cpp" line="+60"/>
        <source>Starting at login is not supported on macOS yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPreset</name>
    <message>
        <location filename="../ui/dialogs/BackupPreset.cpp" line="+12"/>
        <source>Every day at 02:30 — keep 7 daily, 4 weekly and 6 monthly dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every 6 hours — keep the last 8, then 7 daily and 4 weekly dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hour — keep the last 24, then 7 daily, 4 weekly and 12 monthly dumps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+48"/>
        <source>Validate the config; with --connect, reach every server too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to every server the config names; report its version and the dump tool that would be used, check that the dump directories and the history are writable, and that every secret the notifications name can be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: OK, %n job(s)</source>
        <translation>
            <numerusform>%1: OK, %n job</numerusform>
            <numerusform>%1: OK, %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> on %n server(s)</source>
        <translation>
            <numerusform> on %n server</numerusform>
            <numerusform> on %n servers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>server %1: FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; used for restores only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, but: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Exit 1 listing the jobs whose newest successful dump is older than their max_age, with its age, the limit and the last error; reads only the config and the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source> (%1 not checked: disabled, manual schedule or max_age = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 of 1 job stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 jobs stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all 1 job fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all %1 jobs fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stale: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>server %1: %2 %3 at %4:%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1; dumps with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>secret %1 (%2): OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret %1 (%2): FAILED: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dump_dir %1: FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>history %1: FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a directory, so nothing can be created under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not writable for this user</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>larder: option &apos;%1&apos; needs a file. Try &apos;larder --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>larder: unknown command &apos;%1&apos;: did you mean &apos;%2&apos;? Try &apos;larder --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larder: unknown command &apos;%1&apos;. Try &apos;larder --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/Command.cpp" line="+18"/>
        <source>Config file (default: $LARDER_CONFIG, else ~/.config/larder/larder.toml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>larder: %n error(s) in the config; nothing was run.</source>
        <translation>
            <numerusform>larder: %n error in the config; nothing was run.</numerusform>
            <numerusform>larder: %n errors in the config; nothing was run.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Try &apos;larder %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no job named &apos;%1&apos; in %2: did you mean &apos;%3&apos;? Configured jobs: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no job named &apos;%1&apos; in %2 or its history; configured jobs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <location filename="../core/config/toml/ConfigDocument.cpp" line="+200"/>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>cannot read config file %1 (%2): make it a readable file for your user, or open another config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TOML syntax error: %1; fix the file at this position in a text editor, then open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+150"/>
        <source># Written by Larder. The previous version, with its comments, is in %1.bak.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Written by Larder.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this config has no file name yet: choose where to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not saved because the config has these problems; fix them and save again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not read %1 to keep a copy in %1.bak: %2; make it readable and save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not write the backup %1: %2; check that %3 is writable and the disk is not full, then save again (%4 was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not write %1: %2; check that %3 is writable and the disk is not full, then save again (the file was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigInheritance</name>
    <message>
        <location filename="../ui/dialogs/ConfigInheritance.cpp" line="+51"/>
        <source>%1 (from [%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the mariadb client&apos;s default (local socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libpq&apos;s default (local socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job&apos;s own server (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 schedule periods + 1 hour (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigKey</name>
    <message>
        <location filename="../core/config/keys/ConfigKeyTable.cpp" line="+34"/>
        <source>directory that holds one subdirectory of dumps per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when `larder run` dumps the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL&apos;s dump format: custom, directory, plain or tar (MariaDB&apos;s is always plain SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compression level 0-9: pg_dump -Z (tar cannot be compressed), gzip for MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a dump running longer is stopped and recorded as failed; in [notify.NAME]: one request&apos;s limit, 10 seconds if not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL only: further pg_dump options, e.g. [&quot;--no-owner&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MariaDB only: further mariadb-dump options, e.g. [&quot;--skip-lock-tables&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep the N most recent successful dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the newest successful dump of each of the last N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the newest successful dump of each of the last N weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the newest successful dump of each of the last N months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep every successful dump younger than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when `larder run` test-restores the newest dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server for test-restores (default: the job&apos;s own server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first wait after a failure, doubled per failure in a row; &quot;off&quot;: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>false: never dumped on schedule; `larder run JOB` still dumps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a job whose newest successful dump is older is stale (default: 2 schedule periods + 1 hour); &quot;off&quot;: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a dump smaller than this fraction of the median of the last 5 successful ones gets a warning; 0: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a command run before each dump, e.g. [&quot;/usr/local/bin/check&quot;, &quot;--quiet&quot;] (no shell); failing fails the job, no dump is started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a command run after each successful dump (LARDER_DUMP_PATH, LARDER_SHA256); failing adds a warning, the dump is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a command run after a job fails (LARDER_ERROR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a hook command running longer is killed (with its children) and counts as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s kind: postgresql, or mariadb (also for MySQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server host name, IP address or unix-socket directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server port; the built-in is the engine&apos;s: 5432, or 3306 for MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>role or user to connect as (default: your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL only: libpq&apos;s sslmode, from disable to verify-full (MariaDB: ~/.my.cnf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL only: pg_dump to use (default: chosen by server version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true: also dump the server&apos;s roles and tablespaces, or users and grants (job SERVER.globals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this host&apos;s name in a shared history (default: the machine&apos;s host name): recorded on each dump; give every host its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a command run once at the end of every run that dumped something (LARDER_STATUS ok or failed, counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required: where the notification goes, http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>webhook (JSON POST), ping (healthchecks.io and other ping urls), uptime-kuma, ntfy, slack, discord or matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ping only: GET, or POST to send the event in words as the body (healthchecks.io keeps it as the ping&apos;s log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matrix only, required: the room, &quot;!id:server&quot; or &quot;#alias:server&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matrix only, required: the access token as a secret, &quot;{secret:NAME}&quot; (larder secret set NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the events sent: failure, stale, warning, success, start (default: [&quot;failure&quot;, &quot;stale&quot;, &quot;warning&quot;])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the history database file, or postgresql://USER@HOST:PORT/DATABASE: a database a fleet of hosts shares (each due dump is claimed by one of them; the password in ~/.pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>only these jobs (default: every job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the jobs of these servers (default: every server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>webhook only: further request headers, e.g. { Authorization = &quot;Bearer ...&quot; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ping only: appended to url for start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ping only: appended to url for failure, warning and stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ping only: appended to url for success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ntfy only: min, low, default, high, max (or 1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ntfy only: tags (emoji short codes), e.g. [&quot;floppy_disk&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>seconds to wait for a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;all&quot; or name patterns: dump every matching database (job SERVER.DB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name patterns left out of databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dumps at once: in [defaults] for the whole run, else per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prometheus metrics, rewritten after every run for node_exporter&apos;s textfile collector (a file ending in .prom); unset or &quot;&quot;: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the [servers.NAME] this database is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database&apos;s name on the server (default: the section name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../core/config/toml/ConfigLoader.cpp" line="+23"/>
        <source>no config file at %1: create it with a [databases.NAME] section for each database to dump, then run `larder check` to validate it (or point --config or LARDER_CONFIG at another file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read config file %1 (%2): make it a readable file for the user running larder, then run `larder check`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigParser</name>
    <message>
        <location filename="../core/config/toml/ConfigParser.cpp" line="+53"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a floating-point number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown key &apos;%1&apos;: did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &apos;%1&apos;: the keys allowed in %2 are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>TOML syntax error: %1; fix the file at this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown table &apos;%1&apos;: did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a table, got %1: write sections as [%2.NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a valid %2 name: use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (it becomes a directory name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+50"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>no server named &apos;%1&apos; for restore_server (available: %2): add a [servers.%1] section or name one of the available servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>no server named &apos;%1&apos; (available: %2): add a [servers.%1] section or name one of the available servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no server set (available: %1): add server = &quot;NAME&quot; to [databases.%2], or set host in [defaults]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>section name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-355"/>
        <source>built-in (not used by MariaDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in (not used by PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+212"/>
        <source>unknown table &apos;%1&apos;: the top level holds only [defaults], [servers.NAME], [databases.NAME] and [notify.NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>server &apos;%1&apos; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>[databases.%1] is on server &apos;%2&apos;, which is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>[databases.&quot;%1&quot;] has the name of the globals job that dump_globals = true of server &apos;%2&apos; makes (set at %3): rename the section or turn dump_globals off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>exclude has no effect because %1 discovers no databases: add databases = &quot;all&quot; (or patterns) there, or remove exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>jobs &apos;%1&apos; and &apos;%2&apos; would both write to %3 (paths are compared case-insensitively): give one of them a different dump_dir or section name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>job &apos;%1&apos; would write to %2, inside job &apos;%3&apos;&apos;s directory %4: give it a dump_dir outside %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>[databases.&quot;%1&quot;] takes the name that database %2, discovered on server &apos;%3&apos;, would get, so that database would never be dumped: rename the section, or add &quot;%2&quot; to exclude of server &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>built-in (MariaDB dumps are SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the discovered jobs of server &apos;%1&apos; are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job &apos;%1&apos; is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore_server &apos;%1&apos; is a %2 server, but %3 on %4 server &apos;%5&apos;: a dump can only be restored into a server of its own engine; name a %4 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2&apos;s, but %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>put pg_dump&apos;s options in pg_dump_args instead, or set engine = &quot;mariadb&quot; if the server is MariaDB or MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put mariadb-dump&apos;s options in mariadb_dump_args instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove it; for TLS set ssl-ca (and ssl-verify-server-cert) in the [client] section of ~/.my.cnf, or pass --ssl-ca=FILE in mariadb_dump_args</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>format = &quot;%1&quot; is PostgreSQL&apos;s, but %2: MariaDB dumps are always SQL scripts; remove format or set format = &quot;plain&quot; (compression 1-9 gzips them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the discovered jobs of server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>passwords are not kept in the config: run `larder password set %1` to store it in the OS keychain, or use ~/.pgpass; then remove &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+731"/>
        <source>expected a table, got %1: write it as a section header [%2] followed by key = value lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-695"/>
        <source>&apos;%1&apos; is a connection setting and belongs in a [servers.NAME] section (or [defaults]): move it there and set server = &quot;NAME&quot; in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is a server setting (it makes jobs of its own for the server) and belongs in a [servers.NAME] section or in [defaults]: move it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;max_parallel&apos; limits dumps per server or per run: set it in a [servers.NAME] section or in [defaults]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; can only be set in [defaults]: move it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; belongs in a [databases.NAME] section: move it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; belongs in a [notify.NAME] section: move it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+171"/>
        <source>host_id &apos;%1&apos; may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 50): e.g. &quot;backup-2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>metrics_file %1 is a directory: name a file in it, e.g. &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metrics_file %1 does not end in .prom, so node_exporter&apos;s textfile collector would not read it: name it e.g. &quot;larder.prom&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metrics_file is the history file %1: name another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not an sslmode: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a dump format: use custom, directory, plain or tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is not an engine Larder knows: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an engine Larder knows: did you mean &apos;%2&apos;? (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a string, got %1: put the value in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value is empty: give a value or remove the key to use the inherited one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an integer, got a string: write the number without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is out of range: use an integer from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a usable %2: give a positive number of seconds or a duration such as &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a duration for %2: write e.g. &quot;%3&quot;, &quot;90 minutes&quot;, &quot;1 day&quot;, &quot;2 weeks&quot; or a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a duration for %1 such as &quot;%2&quot; or a number of seconds, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 must be a whole number of dumps, got %2: write e.g. %1 = 7 (without quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 = %2 is out of range: use 0 or more (0 means this rule keeps nothing; remove the key to not use the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be a number from 0 to 1, got %2: write e.g. %1 = 0.5 (without quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 = %2 is out of range: use a number from 0 to 1, e.g. 0.5 (0 turns the check off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be true or false, got %2: write %1 = true (without quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a database selection: write databases = &quot;all&quot; or an array of name patterns such as [&quot;app_*&quot;, &quot;billing&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an array of name patterns, got a string: write %1 = [&quot;%2&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &quot;all&quot; or an array of name patterns, got %1: write databases = &quot;all&quot; or databases = [&quot;app_*&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an array of name patterns, got %1: write e.g. %2 = [&quot;template*&quot;, &quot;*_old&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>databases = [] selects nothing: use databases = &quot;all&quot; or list patterns; remove the key to turn discovery off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a name pattern string, got %1: put each pattern in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the pattern is empty: give a database name or a glob such as &quot;app_*&quot;, or remove the element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; has a &apos;[&apos; without a closing &apos;]&apos;: close the set, e.g. &quot;db[0-9]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an array of strings (the program and its arguments, no shell), got %1: write e.g. %2 = [&quot;/usr/local/bin/notify&quot;, &quot;--job&quot;], or %2 = [&quot;sh&quot;, &quot;-c&quot;, &quot;...&quot;] for a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the program of %1 is empty: name it, e.g. &quot;/usr/bin/rclone&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: program &apos;%2&apos; was not found on PATH (%3): install it, or write its absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: program %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not an executable program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an array of strings, got %1: write e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+64"/>
        <source>expected a string, got %1: put each argument in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>expected a table, got %1: write sections as [notify.NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid notification name: use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>[%1] has no url: add url = &quot;https://...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;headers&apos; is for kind = &quot;webhook&quot;, not &quot;%1&quot;: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is for kind = &quot;ping&quot;, not &quot;%2&quot;: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is for kind = &quot;ntfy&quot;, not &quot;%2&quot;: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is for kind = &quot;matrix&quot;, not &quot;%2&quot;: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[%1] is kind = &quot;matrix&quot;: add room = &quot;!roomid:example.org&quot; and token = &quot;{secret:NAME}&quot;, the access token stored with larder secret set NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[%1] is kind = &quot;matrix&quot;: add room = &quot;!roomid:example.org&quot; (or &quot;#alias:example.org&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[%1] is kind = &quot;matrix&quot;: add token = &quot;{secret:NAME}&quot;, the access token stored with larder secret set NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kind = &quot;uptime-kuma&quot; has no start: Uptime Kuma knows only up and down; remove &quot;start&quot; from on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a secret reference may stand in the url&apos;s path, query or user info, not in its scheme, host or port (which logs show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a usable url: write an http:// or https:// address with a host, e.g. &quot;https://hooks.example.com/larder&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a notification kind: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a notification kind: did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not an event: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an event: did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on = [] sends nothing: list events, or remove the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a table of headers, got %1: write headers = { Authorization = &quot;Bearer ...&quot; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>header %1: expected a string on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a ping method: use &quot;GET&quot;, or &quot;POST&quot; to send the event in words as the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a Matrix room: write its id &quot;!abc123:example.org&quot; or an alias &quot;#ops:example.org&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>token is a credential: store it with larder secret set NAME and write token = &quot;{secret:NAME}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not an ntfy priority: use min, low, default, high, max or 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an array of names, got %1: write e.g. [&quot;app&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a name in double quotes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a job of this config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a job of this config: did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a server of this config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a server of this config: did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/system/CredentialStore.cpp" line="+100"/>
        <source>no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS and DISPLAY are not set and there is no $XDG_RUNTIME_DIR/bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the [client] section of ~/.my.cnf (password=..., mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>~/.pgpass (host:port:*:user:password, mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no OS keychain is reachable here (QtKeychain: %2). Put it in %3 instead, or run this from a desktop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the OS keychain refused (QtKeychain: %2). Unlock the keychain or allow access, or put the password in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the OS keychain did not answer within %2 s. Answer its unlock prompt and retry, or put the password in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+37"/>
        <source>%1: the keychain can only be used from the application&apos;s main thread, after a QCoreApplication exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>or give the run the environment variable %1 instead (e.g. in a file that systemd&apos;s EnvironmentFile= or cron reads, mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no OS keychain is reachable here (QtKeychain: %2). Run this from a desktop session, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the OS keychain refused (QtKeychain: %2). Unlock the keychain or allow access, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the OS keychain did not answer within %2 s. Answer its unlock prompt and retry, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>cannot store the password for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot delete the password for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>secret %1 is not stored: run larder secret set %1, or give the run the environment variable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret %1: %2 is not set and no OS keychain is reachable here (%3): set %2 in the run&apos;s environment (e.g. systemd&apos;s EnvironmentFile=), or run larder secret set %1 where the run has a keychain (a desktop session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>secret %1: %2 is not set and the OS keychain refused (%3): unlock the keychain or allow access, or set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>secret %1: %2 is not set and the OS keychain did not answer within %3 s: unlock it, or set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>secret %1: %2 is not set, and the keychain can only be used from the application&apos;s main thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot store the secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot delete the secret %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseDiscovery</name>
    <message>
        <location filename="../core/plan/DatabaseDiscovery.cpp" line="+47"/>
        <source>discovery on server %1 failed, so its discovered databases are not dumped in this run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>database &quot;%1&quot; on server %2 is not dumped: its name cannot be part of a job name (only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;); add a [databases.NAME] section with dbname = &quot;%1&quot; to dump it, or exclude it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database %1 on server %2 is not dumped: it would be the job %3, but a configured job has that name; rename that section or exclude the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>discovered on server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database %1 on server %2 is not dumped: another job already writes to %3 (paths are compared case-insensitively); add a [databases.NAME] section for it with its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: database %2 is no longer on server %3; its dumps are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumpChecksum</name>
    <message>
        <location filename="../core/engine/DumpChecksum.cpp" line="+21"/>
        <source>%1 does not match its checksum in history (sha256 %2, now %3): the dump changed since it was written; restore another one (--at or --dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not match its line in %2: the dump changed since it was written; restore another one (--at or --dump)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumpFinalizer</name>
    <message>
        <location filename="../core/engine/DumpFinalizer.cpp" line="+97"/>
        <source>%1 already exists; larder never overwrites a dump: move it away and run the job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>could not rename %1 to %2: %3: check the permissions of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>could not open %1 to flush it to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not flush %1 to disk: %2: check the disk and its free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not read %1 to checksum it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checksumming %1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>could not create %1: %2: check the permissions of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write %1: %2: check the disk and its free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not flush %1 to disk: %2: check the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1; remove %2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>stopped before %1 was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>pg_dump reported success but left no output at %1: check the dump directory and its free space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumpPaths</name>
    <message>
        <location filename="../core/engine/DumpPaths.cpp" line="+33"/>
        <source>cannot dump %1: %2, or change dump_dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot dump %1: %2 already exists; larder never overwrites a dump: move it away and run the job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot dump %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineSet</name>
    <message>
        <location filename="../core/engine/EngineSet.cpp" line="+20"/>
        <source>server %1 is a %2 server, which this build of Larder cannot reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>cannot read %1: this build of Larder has no engine for dumps of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is a dump of a %2 server, and %3 is a %4 server: restore it to a server with engine = &quot;%5&quot; (--server NAME)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetClaims</name>
    <message>
        <location filename="../core/history/FleetClaims.cpp" line="+40"/>
        <source>cannot %1 job %2 in the history at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection to the history database was lost</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read which hosts&apos; claims lapsed in the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot record host %1 in the history at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot drop old claims from the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the hosts of the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot end this host&apos;s wait for a server in the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>record the attempt of the claim on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>renew the claim on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>release the claim on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>release the claim of attempt %1 of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <location filename="../app/cli/FleetCommand.cpp" line="+42"/>
        <source>List the hosts sharing the history and what each one dumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No host has run against the history %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DONE 24H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED 24H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAITING FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(+%1 lapsed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <location filename="../core/plan/Freshness.cpp" line="+51"/>
        <source>not checked: disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked: max_age = off in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_age in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked: manual schedule and no max_age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day (schedule always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default: %1 × %2 + %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never dumped successfully; limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no successful dump in the %1 since the job is known, older than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no successful dump yet, known for %1; limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last success %1 ago, older than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last success %1 ago; limit %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../core/history/History.cpp" line="+306"/>
        <location line="+418"/>
        <source>history at %1 is damaged: SQLite says %2; move it away to start a new one (larder never deletes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-401"/>
        <source>no history path is set: set &quot;history&quot; in the config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot keep the history at %1: %2, or set &quot;history&quot; in the config file to a writable place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the history at %1: %2. Check the file&apos;s owner and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history at %1 is not a SQLite database: point &quot;history&quot; in the config file at another path, or move this file away if it is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the history at %1: %2. Check the directory&apos;s permissions, or set &quot;history&quot; in the config file to a writable place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+80"/>
        <source>cannot open the history at %1: %2. Check the file&apos;s owner and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-168"/>
        <source>cannot open the history at %1 (%2: %3). If another program holds it locked, stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>there is no history at %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>history at %1 has schema version %2, older than this larder&apos;s (%3): any larder command that writes it, such as &apos;larder plan&apos;, upgrades it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>history %1 is a PostgreSQL database, but Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install it (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot reach the history database %1: %2. Check that the server runs and lets this host in (pg_hba.conf), and that ~/.pgpass holds the user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>cannot read the schema version of the history at %1: %2. If another program holds it locked, stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the schema version of the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>history at %1 has schema version %2, newer than this larder understands (%3): upgrade larder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>history database %1 holds tables larder did not create: give larder a database of its own (createdb -O USER larder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history at %1 is a SQLite database that larder did not create: point &quot;history&quot; in the config file at another path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot %1 of the history at %2: %3. Check free disk space and the file&apos;s permissions, and that no other program holds it locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>upgrade the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>upgrade the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot set the busy timeout of the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+12"/>
        <source>cannot check the history at %1: %2. Check that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot record the start of job %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot record the end of job %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot record the end of job %1: attempt %2 is not in the history at %3 (was the file replaced during the run?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+40"/>
        <location line="+262"/>
        <source>cannot read the history at %1: %2. Check that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-288"/>
        <source>attempt %1 in the history at %2 has an unknown trigger or status (%3, %4): was the file written by another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>cannot count the attempts in the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>cannot read the failed attempts from the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>attempt %1 is not in the history at %2: `larder history` lists the attempts it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot mark attempt %1 as pruned in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot mark attempt %1 of job %2 as pruned: it is %3, and only a successful dump can be pruned (history at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot record the verification of attempt %1: status &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot record the verification of attempt %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot record the verification of attempt %1: it is not in the history at %2 (was the file replaced meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save the row counts of attempt %1: table %2.%3 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save the row counts of attempt %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the row counts of attempt %1 in the history at %2: %3. Check that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot read the row counts of attempt %1 from the history at %2: %3. Check that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot record the test-restore of job %1 in the history at %2: %3. Check free disk space and that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read the test-restores in the history at %1: %2. Check that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>cannot record notification %1 about job %2 in the history at %3: %4. Check free disk space and that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>cannot read the notifications in the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot record the %1 hook of job %2 in the history at %3: %4. Check free disk space and that no other program holds the file locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read the hook runs in the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryAddress</name>
    <message>
        <location filename="../core/history/HistoryAddress.cpp" line="+71"/>
        <source>history %1 is not a PostgreSQL URL: write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>history %1 holds a password: take it out of the URL and put it in ~/.pgpass (or the file PGPASSFILE names), so that it never shows in the config, plans or logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>history %1 must name a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>history %1: parameter %2 is not one larder passes on; it takes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history %1: the value of %2 may only hold letters, digits and _ . , / : @ + -</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+112"/>
        <source>List past dump attempts, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N attempts (default 20; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the deliveries of notifications ([notify.NAME]) instead of dumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the runs of hooks (before_dump, after_dump, on_failure, after_run) instead of dumps; with --json, each with its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only this job&apos;s attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give at most one job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit takes a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --notifications or --hooks, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--notifications lists every job&apos;s: give no job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No dumps recorded yet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dumps of %1 recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+116"/>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+66"/>
        <location line="+50"/>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <location line="+50"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH / ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEST-RESTORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; WARNING: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; test-restore: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No notifications recorded yet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOTIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATTEMPTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP / ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No hook runs recorded yet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No hook runs of %1 recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HOOK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTPUT / ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIMED OUT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDirectory</name>
    <message>
        <location filename="../core/system/JobDirectory.cpp" line="+144"/>
        <source>%1 is not an absolute path to a job&apos;s directory: check dump_dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not open %1: %2: check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the job&apos;s directory %1 is a symbolic link; Larder deletes nothing through one: replace it by the directory it leads to, or point dump_dir there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 should be the job&apos;s directory but is not a directory: move it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not open the job&apos;s directory %1: %2: check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>&apos;%1&apos; is not a name inside %2; Larder only deletes what it made there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>could not examine %1: %2: check the permissions of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 was replaced by a directory after Larder had checked it, so it was not deleted; find out what else writes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is nested deeper than any pg_dump output, so it was not deleted completely; delete it by hand if it is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was replaced by a symbolic link or another non-directory after Larder had checked it, so nothing was deleted and no link was followed; find out what else writes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not delete %1: %2; check its permissions and those of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the job&apos;s directory %1 does not exist: run the job again to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not examine %1: %2: check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the job&apos;s directory %1 belongs to %2 and has mode %3, so others can change the dumps in it; Larder dumps only into a directory of its own user (%4): run &apos;chown %4 %1&apos; and &apos;chmod go-w %1&apos; as root, or remove the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not remove write permission for others from the job&apos;s directory %1 (mode %2): %3: run &apos;chmod go-w %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownJobs</name>
    <message>
        <location filename="../core/plan/KnownJobs.cpp" line="+54"/>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[defaults]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>history (its newest dump)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibPq</name>
    <message>
        <location filename="../core/postgres/LibPq.cpp" line="+46"/>
        <source>the PostgreSQL client library libpq could not be loaded (%1); install it (Debian/Ubuntu: apt install libpq5; macOS: brew install libpq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the PostgreSQL client library %1 lacks %2; install a libpq from PostgreSQL 10 or newer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveChannel</name>
    <message>
        <location filename="../core/status/LiveChannel.cpp" line="+62"/>
        <source>a message of the status channel is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run speaks version %1 of the status channel; this Larder reads version %2: use the same Larder for both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown message of the status channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MariaDbConnection</name>
    <message>
        <location filename="../core/mariadb/MariaDbConnection.cpp" line="+27"/>
        <source>cannot hand the password of server %1 to the MariaDB client: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>store the password of %1 with `larder password set %2`, or in the [client] section of ~/.my.cnf (mode 0600), and check the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>grant the user SELECT, SHOW VIEW, TRIGGER, EVENT and LOCK TABLES on the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the database&apos;s name, or remove the job if the database was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check host and port of server %1 and that the server is running and reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MariaDbDumpFile</name>
    <message>
        <location filename="../core/mariadb/MariaDbDumpFile.cpp" line="+63"/>
        <source>(cannot read %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>users %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; roles %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading %1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>%1 cannot be read to its end (the compressed stream is damaged or cut short after %2 bytes): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not end with mariadb-dump&apos;s &quot;-- Dump completed&quot; line: the script is cut short or was not written by mariadb-dump; run the job again for a new dump</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MariaDbDumpOptions</name>
    <message>
        <location filename="../core/config/engines/MariaDbDumpOptions.cpp" line="+33"/>
        <source>Larder connects with the host, port and user of the [servers.NAME] section; set them there instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a password on the command line can be read by other users; store it with `larder password set SERVER` or in the [client] section of ~/.my.cnf instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larder passes its own option file, and mariadb-dump reads these only as its first options; put client settings in ~/.my.cnf instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larder always dumps in one --single-transaction snapshot; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it would give up the consistent snapshot Larder dumps in, so tables could be dumped at different moments; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larder always dumps routines, events and triggers; remove it (--skip-routines, --skip-events and --skip-triggers are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Larder always writes binary columns as hex; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binary columns would be written as raw bytes, which not every restore path reads back unchanged; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larder names and writes the dump file itself; set dump_dir instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users and grants are the globals job&apos;s: set dump_globals = true on the server instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it writes a directory of tab-separated files instead of the SQL script Larder checks and restores; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is only used with --tab, which Larder does not allow; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it writes XML instead of the SQL script Larder checks and restores; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larder dumps the job&apos;s one database (dbname) without CREATE DATABASE or USE, so that a restore can target another database; for more databases set databases = &quot;all&quot; or patterns on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it changes how mariadb-dump reads the database name Larder passes; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is only used with --all-databases, which Larder does not allow; set exclude on the server instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it drops the comments, among them the closing &apos;-- Dump completed&apos; line by which Larder tells a complete dump from a cut one; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a restore of the dump would drop the database named in it, not the one Larder restores into; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it locks tables against writes and breaks the --single-transaction snapshot Larder dumps in; remove it (--skip-lock-tables is allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it writes a CHANGE MASTER statement that a restore would run on the target server (and --dump-slave stops the replica&apos;s SQL thread while dumping); remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is only used with --master-data or --dump-slave, which Larder does not allow; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it deletes the server&apos;s binary logs; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it carries on past SQL errors, so a dump missing objects would be recorded as successful; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larder reads mariadb-dump&apos;s errors from its standard error for the job&apos;s message; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it makes mariadb-dump print something and exit without dumping; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it writes SQL for another database system, which a restore into MariaDB may reject; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&apos;%1&apos; cannot be used in mariadb_dump_args: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a mariadb-dump option Larder allows: see mariadb-dump --help (Larder knows the options of MariaDB 10.11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a mariadb-dump option Larder allows: see mariadb-dump --help (Larder knows the options of MariaDB 10.11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&apos;%1&apos; abbreviates %2: write %2 in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; abbreviates several mariadb-dump options (%2): write the one you mean in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos;: --%2 takes no value: write --%2 alone, or --skip-%2 to turn it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&apos;--&apos; would end mariadb-dump&apos;s options and make what follows a database or table name: remove it (mariadb_dump_args takes options only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a mariadb-dump option: mariadb_dump_args takes options only (each starting with &apos;-&apos;), as mariadb-dump would read a word as a database or table name; the database comes from dbname and the connection from the server section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; needs a value, but nothing follows it: add the value as the next element, or write it as --name=value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MariaDbEngine</name>
    <message>
        <location filename="../core/mariadb/MariaDbEngine.cpp" line="+28"/>
        <source>cannot connect to server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server %1 did not say its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot list the databases of server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is not a mariadb-dump script (no &quot;-- Server version&quot; line in its header), and %2 is a MariaDB server: restore a dump of a MariaDB job, or give a PostgreSQL server with --server NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MariaDbQuery</name>
    <message>
        <location filename="../core/mariadb/MariaDbQuery.cpp" line="+36"/>
        <source>the client exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MariaDbRestore</name>
    <message>
        <location filename="../core/mariadb/MariaDbRestore.cpp" line="+40"/>
        <source>--clean is for PostgreSQL dumps: a MariaDB dump is a script the mariadb client replays as it is, and Larder restores it only into a new or empty database. Drop the database (DROP DATABASE) or restore into another one with --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jobs is for PostgreSQL&apos;s custom and directory dumps: the mariadb client replays a MariaDB dump one statement after the other. Leave --jobs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; cannot name a MariaDB database: use 1 to 64 characters without &apos;/&apos;, &apos;\&apos;, &apos;.&apos; or a trailing space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database %1, which this restore created, could not be dropped again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dropped database %1 again: this restore had created it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1 stays inside the database it is restored into (%n statement(s) checked)</source>
        <translation>
            <numerusform>%1 stays inside the database it is restored into (%n statement checked)</numerusform>
            <numerusform>%1 stays inside the database it is restored into (%n statements checked)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot look up database &quot;%1&quot; on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create database &quot;%1&quot; on %2: %3. Hint: the user needs the CREATE privilege, or create the empty database yourself and run the restore again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created database &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot inspect database &quot;%1&quot; on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database &quot;%1&quot; on %2 already exists and is not empty (tables, views, routines or events: %3): restore into a new database with another --to, or drop it first; the dump&apos;s DROP TABLE statements would replace tables of the same names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database &quot;%1&quot; on %2 exists and is empty; restoring into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>the dump inserted %1 rows into %n table(s)</source>
        <translation>
            <numerusform>the dump inserted %1 rows into %n table</numerusform>
            <numerusform>the dump inserted %1 rows into %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MariaDbStallQuery</name>
    <message>
        <location filename="../core/mariadb/MariaDbStallQuery.cpp" line="+60"/>
        <source>%1 (user %2, %3 for %4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for %2 s (connection %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; also in the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MariaDbTools</name>
    <message>
        <location filename="../core/mariadb/MariaDbTools.cpp" line="+28"/>
        <source>%1 (%2) is not installed or not on PATH: install the MariaDB client tools (Debian: apt install mariadb-client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the MariaDB dump tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the MariaDB client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <location filename="../app/cli/MetricsCommand.cpp" line="+16"/>
        <source>Print Prometheus metrics of every job (what a run writes to metrics_file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsFile</name>
    <message>
        <location filename="../core/metrics/MetricsFile.cpp" line="+22"/>
        <source>metrics_file %1 not written: the directory %2 does not exist: create it, or set metrics_file in %3 to another place, or to &quot;&quot; to turn it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>metrics_file %1 not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>metrics_file %1 not written: %2 (or set metrics_file in %3 to a writable place, or to &quot;&quot; to turn it off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyEvent</name>
    <message>
        <location filename="../core/notify/NotifyEvent.cpp" line="+20"/>
        <source>%1 (server %2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dump started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dump succeeded, %2 bytes -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dump succeeded with a warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: backups are stale: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: dump FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <location filename="../app/cli/PasswordCommand.cpp" line="+12"/>
        <source>Store or delete a server&apos;s password in the OS keychain (service &apos;larder&apos;, key USER@HOST:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;set&apos; or &apos;delete&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server name from the config (&apos;default&apos; for the server in [defaults]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: larder password set|delete SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server named &apos;%1&apos; in %2; configured servers: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the password of %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given on standard input; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored the password of %1 in the keychain (key %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgDumpLocator</name>
    <message>
        <location filename="../core/postgres/PgDumpLocator.cpp" line="+43"/>
        <source>brew install postgresql@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>install postgresql-client-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>fix the pg_dump setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install the PostgreSQL client tools or set LARDER_PG_DUMP_SEARCH_PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not in PATH: install the PostgreSQL client tools or set pg_dump to its full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in PATH: install the PostgreSQL client tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pg_dump not found at %1: fix the pg_dump setting or install the PostgreSQL client tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not found at %2: install the PostgreSQL client tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an executable file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 --version did not answer within %2 s: check that it is a working %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 does not look like pg_dump (&quot;%2 --version&quot; printed &quot;%3&quot;): point pg_dump at PostgreSQL&apos;s pg_dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not look like %2 (&quot;%3 --version&quot; printed &quot;%4&quot;): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>pg_dump at %1 is version %2 but the server runs %3: %4 or set pg_dump = &quot;...&quot; to a pg_dump of version %3 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>no pg_dump found for the server&apos;s PostgreSQL %1 (searched %2): %3 or set pg_dump = &quot;/path/to/pg_dump&quot; for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the usual install locations and PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no pg_dump of version %1 or newer found for the server&apos;s PostgreSQL %1 (found only %2): %3 or set pg_dump = &quot;/path/to/pg_dump&quot; for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no %1 found for the server&apos;s PostgreSQL %2 (searched %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no %1 of version %2 or newer found for the server&apos;s PostgreSQL %2 (found only %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgDumpOptions</name>
    <message>
        <location filename="../core/config/engines/PgDumpOptions.cpp" line="+35"/>
        <source>Larder names the dump file itself; set dump_dir instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set format instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set compression instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set dbname instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set host in the [servers.NAME] section instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set port in the [servers.NAME] section instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set user in the [servers.NAME] section instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Larder never prompts; store the password with `larder password set SERVER` or use ~/.pgpass instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>let Larder choose: it passes its own --snapshot to jobs that record row counts, and a snapshot name is only valid while the transaction that exported it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&apos;%1&apos; is managed by Larder (%2): remove it from pg_dump_args and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a pg_dump option Larder knows: see pg_dump --help (Larder allows the options of PostgreSQL 15 to 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a pg_dump option Larder knows: see pg_dump --help (Larder allows the options of PostgreSQL 15 to 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; abbreviates %2: write %2 in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; abbreviates several pg_dump options (%2): write the one you mean in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos;: %2 takes no value: write %2 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&apos;--&apos; would end pg_dump&apos;s options and make what follows its database argument: remove it (pg_dump_args takes options only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a pg_dump option: pg_dump_args takes options only (each starting with &apos;-&apos;); the database and connection come from dbname and the server section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; needs a value, but nothing follows it: add the value as the next element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; (parallel dump) only works with format = &quot;directory&quot;, but %2 uses format &quot;%3&quot;: set format = &quot;directory&quot; for it or remove &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; makes a plain dump create the database named in it and \connect to it, so restoring a dump of %2 would act on the source database instead of the target: remove &apos;%1&apos; (Larder restores into a database it names itself), or set format = &quot;custom&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; makes a plain dump start by dropping the objects in it (with --create, the database itself), so restoring a dump of %2 would fail on objects that are not there, or drop the source database: remove &apos;%1&apos; (Larder restores into a database it names itself), or set format = &quot;custom&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgSession</name>
    <message>
        <location filename="../core/postgres/PgSession.cpp" line="+117"/>
        <source>database &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to %1: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>store the password with `larder password set %1` or in ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the database name (dbname) of the job, or create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is the server running and reachable at %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the settings of server %1 (host, port, user, sslmode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>connecting to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect to %1: no answer within %2 s (connect_timeout). Hint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot connect to %1: %2. Hint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: the connection was given up after a statement that did not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <location line="+25"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the statement &quot;%2&quot; was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the statement &quot;%2&quot; did not finish within %3 s; Larder cancelled it (is something holding a lock, or is the server overloaded?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainScriptGuard</name>
    <message>
        <location filename="../core/postgres/plainscript/PlainScriptGuard.cpp" line="+53"/>
        <source>cannot read %1: it is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open %1: out of memory or file descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not gzip-compressed, though its name ends in .gz: check the file, or rename it if it is a plain .sql script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a complete gzip file (%2): it is truncated or damaged. Check the file, or restore another dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the dump would run `%2`, which acts outside the restore target; Larder refuses to replay it. Make the dump without --clean/--create (or as format = &quot;custom&quot;) and restore that, or replay it by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the dump would run `%2`, which reads or writes files or runs a program on the database server; Larder refuses to replay it. pg_dump only copies from stdin: restore a dump that pg_dump made, or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the dump would run `%2`, which changes how psql reads the rest of the script, so Larder cannot check what it would do; Larder refuses to replay it. Restore a dump that pg_dump made (or one with format = &quot;custom&quot;), or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file contains a NUL byte, which no SQL script does: it is damaged or not a plain-format dump. Check the file, or restore another dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: `%2` is not laid out as pg_dump writes it (a statement of its own, alone on its line), so Larder cannot tell where its data ends; Larder refuses to replay it. Restore a dump that pg_dump made, or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the dollar quote at `%2` has a tag longer than 256 characters, which Larder does not follow; Larder refuses to replay it. Restore a dump that pg_dump made, or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: Larder refuses to replay this dump</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="+55"/>
        <source>Show each job&apos;s schedule, last success and next due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every effective setting of JOB and where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No jobs in %1: add a [databases.NAME] section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>SCHEDULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST SUCCESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEXT DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(globals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (discovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Orphaned jobs (known only to history: never due; their dumps are kept until `larder prune JOB` names them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KEPT DUMPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEWEST DUMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIRECTORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+90"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+2"/>
        <source>(the client&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>NOTIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECRETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notifications about %1 ([notify.NAME]; secrets are resolved only when a run sends):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-182"/>
        <source>yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+5"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(chosen by server version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>off (due at every run until it succeeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 after a failure, doubled after each further one, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 in %2; dumps go to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an orphaned job, known only to history: the settings of %2, with the server, database and place of its newest dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../core/plan/Planner.cpp" line="+53"/>
        <source>disabled (enabled = false): runs only when named, as in `larder run %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>manual schedule: runs only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schedule &apos;always&apos;: dumps at every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never dumped successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no successful dump since the slot at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dumped at %1; next slot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>retrying after failure at %1: attempt %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retrying after failure at %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresEngine</name>
    <message>
        <location filename="../core/postgres/PostgresEngine.cpp" line="+32"/>
        <location line="+5"/>
        <source>cannot list the databases of server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateDirectory</name>
    <message>
        <location filename="../core/system/PrivateDirectory.cpp" line="+27"/>
        <source>%1 exists but is not a directory: move it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not create directory %1: %2: check the permissions of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>removed write permission for group and others from the job&apos;s directory %1: only Larder should change the dumps in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a directory of this user&apos;s, so Larder cannot keep private files there: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot make %1 private (mode 0700): remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessGroup</name>
    <message>
        <location filename="../core/system/ProcessGroup.cpp" line="+67"/>
        <source>could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="+15"/>
        <source>Delete old dumps now, as each job&apos;s keep_* rules say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what would be kept and deleted; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs to prune (default: every job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not in the config: its dumps are pruned by the keep_* rules of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no history at %1 yet: nothing to prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: no successful dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: would keep %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: kept %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: would delete %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: would mark pruned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: marked pruned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: would leave %2 to host %3, which holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: left %2 to host %3, which holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %n dump(s) would be pruned, %2 kept</source>
        <translation>
            <numerusform>%1: %n dump would be pruned, %2 kept</numerusform>
            <numerusform>%1: %n dumps would be pruned, %2 kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n dump(s) pruned, %2 kept</source>
        <translation>
            <numerusform>%1: %n dump pruned, %2 kept</numerusform>
            <numerusform>%1: %n dumps pruned, %2 kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pruner</name>
    <message>
        <location filename="../core/retention/Pruner.cpp" line="+70"/>
        <source>cannot apply retention to job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the dump of job %1 started %2 (history id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: history records no absolute path (&apos;%2&apos;), so nothing was deleted; delete that dump by hand if it still exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>already gone from %1 (outside the job&apos;s directory %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not directly inside the job&apos;s directory %3, so it was not deleted; move it there or delete it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not named like a dump of job %3 (%3_...), so it was not deleted; delete it by hand if it is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>%1: %2, so nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is a symbolic link; Larder never deletes through one. Delete it by hand if it is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is neither a file nor a directory, so it was not deleted; delete it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its checksum file %2 is not a regular file, so nothing was deleted; delete both by hand if they are not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 (retention tries again after the next successful dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the dump was deleted but its checksum file could not be: %2; delete it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+59"/>
        <source>already gone from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1: its files are gone, but history could not record that: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../ui/jobs/RelativeTime.cpp" line="+18"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="+22"/>
        <source>Restore a dump of a job into a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this dump (inside the job&apos;s directory) instead of the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the newest successful dump started at or before this time (2026-11-20T03:00:00Z, or local 2026-11-20 03:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target database (required). Created unless it exists and is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured server to restore to (default: the job&apos;s server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into a non-empty database, dropping the dump&apos;s objects first (not for plain dumps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel pg_restore jobs (custom and directory dumps only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pg_restore&apos;s line for every restored item instead of a progress line every 10 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job whose dump to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a globals dump: its users and grants belong to a whole server, not to a database that --to could name, so larder does not restore it. Read it, then replay it by hand on the server that should get them: mariadb &lt; DUMP (gunzip it first if it ends in .gz; see `larder history %1` for the dumps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 would create: %2. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a globals dump: its roles and tablespaces belong to a whole server, not to a database that --to could name, so larder does not restore it. %2Replay it by hand on the server that should get them: psql -X -d postgres -f DUMP (see `larder history %1` for the dumps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>restored %1 of %n item(s) (%2 %)</source>
        <translation>
            <numerusform>restored %1 of %n item (%2 %)</numerusform>
            <numerusform>restored %1 of %n items (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give --dump or --at, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to DBNAME is required: name the database to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jobs must be a whole number of 1 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server &apos;%1&apos; of job %2 is no longer in %3: name a configured server to restore to with --server NAME (configured servers: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server named &apos;%1&apos; in %2; configured servers: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+13"/>
        <source>larder restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>received %1: stopping the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored %1 into %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database %1 is left partly restored: drop it (DROP DATABASE) and restore again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database %1 is left partly restored: drop it (DROP DATABASE) or restore again with --clean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <location filename="../core/retention/RetentionPolicy.cpp" line="+39"/>
        <source>newest without a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>newest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+70"/>
        <source>Dump every job that is due now, or the named jobs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump every configured job now, whatever its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what would be dumped and why; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a JSON summary of the run on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print log lines only, even on a terminal (no live view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only failures (for cron: no mail unless something failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also print queue waits and pg_dump&apos;s activity lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs to dump now (default: those due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give job names or --all, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--quiet and --verbose contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>larder run: %1; nothing was dumped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+92"/>
        <source>larder run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source>received %1: stopping the test-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%1: pruned %n old dump(s)</source>
        <translation>
            <numerusform>%1: pruned %n old dump</numerusform>
            <numerusform>%1: pruned %n old dumps</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: WARNING: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>requested now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would dump %1 (server %2, database %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would skip %1 (server %2, database %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-164"/>
        <source>received %1: stopping the running dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 (server %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: dump started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: done, %2 in %3 (%4) -&gt; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: FAILED after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1: deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: retention could not finish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%n test-restore(s) failed</source>
        <translation>
            <numerusform>%n test-restore failed</numerusform>
            <numerusform>%n test-restores failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n job(s) left to other hosts sharing the history (see above)</source>
        <translation>
            <numerusform>%n job left to other hosts sharing the history (see above)</numerusform>
            <numerusform>%n jobs left to other hosts sharing the history (see above)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 dumps succeeded with a warning (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n job(s) failed</source>
        <translation>
            <numerusform>%1 of %n job failed</numerusform>
            <numerusform>%1 of %n jobs failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>discovery failed on at least one server (see above); the other jobs ran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <location filename="../core/history/RunLock.cpp" line="+30"/>
        <source>cannot create the run lock %1: %2, or set &quot;history&quot; in the config file to a writable place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 exists but does not say which process holds it: if no larder is running, delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another larder run holds %1 (pid %2 on host %3, since %4): it will finish on its own; if no larder is running, delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the run lock %1: permission denied. Make %2 writable for the user running larder, or set &quot;history&quot; in the config file to a writable place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the run lock %1: check that %2 exists, is writable and its disk is not full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPreparation</name>
    <message>
        <location filename="../core/run/RunPreparation.cpp" line="+23"/>
        <source>%1: host %2 stopped renewing its claim on a dump it started at %3; that attempt is now marked interrupted, and the job may be dumped again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: an earlier run (pid %2) was killed after its dump was complete; the dump matches its checksum and is now recorded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: an earlier run (pid %2) was interrupted; its attempt is now marked interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no job named &apos;%1&apos; in %2: did you mean &apos;%3&apos;? %4 jobs: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configured and discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no job named &apos;%1&apos; in %2; %3 jobs: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>configured and discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is disabled (enabled = false) and not dumped: `larder run %1` dumps it anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunRecovery</name>
    <message>
        <location filename="../core/run/RunRecovery.cpp" line="+85"/>
        <source>the leftover at %1 was not deleted because it is outside the job&apos;s directory: job %2 is no longer in the configuration; delete it by hand if it is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the leftover at %1 was not deleted because it is outside the job&apos;s directory %2; delete it by hand if it is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the leftover at %1 was not deleted because it is not named like one of job %2 (%2_&lt;time&gt;%3); delete it by hand if it is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>the leftover at %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the leftover at %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the larder run that made this attempt (pid %1) was killed or crashed; its partial dump was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the larder run that made this attempt (pid %1) was killed or crashed; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>host %1 stopped renewing its claim on this dump until its lease ran out: it was killed, switched off or cut off; what it left is on that host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../core/config/Schedule.cpp" line="+181"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&apos;%1&apos; is not a schedule: %2; use e.g. &quot;every 6 hours&quot;, &quot;daily at 02:30&quot;, &quot;weekly on sunday at 03:00&quot;, &quot;always&quot; or &quot;manual&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected &apos;%1&apos; after &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;every&quot; needs a unit: minutes, hours, days or weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>put a space between the number and the unit in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the count &apos;%1&apos; must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a unit is missing after &apos;%1&apos;: minutes, hours, days or weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 go from 1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it must start with &quot;every&quot;, &quot;hourly&quot;, &quot;daily&quot;, &quot;weekly&quot;, &quot;always&quot; or &quot;manual&quot;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;at&quot; only applies to day and week intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;at&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;at&quot; needs a time of day such as 02:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a time of day (write HH:MM from 00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;on&quot; only applies to week intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;on&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;on&quot; needs a weekday such as sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown weekday &apos;%1&apos; (use monday to sunday, or mon to sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>at every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 days at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every week on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 weeks on %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <location filename="../app/cli/SecretCommand.cpp" line="+14"/>
        <source>Store or delete a secret (a token) that a notification&apos;s url or header names as {secret:NAME}, in the OS keychain (service &apos;larder&apos;, key secret:NAME). Without a keychain (cron, servers), give it to the run as the environment variable LARDER_SECRET_NAME instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;set&apos; or &apos;delete&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret&apos;s name: letters, digits and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: larder secret set|delete NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a secret name: use only letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted the secret %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value of secret %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value given on standard input; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored the secret %1 in the keychain (key %2); a url or header uses it as {secret:%1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../core/system/SecretFile.cpp" line="+77"/>
        <source>cannot create a private directory in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretReference</name>
    <message>
        <location filename="../core/config/SecretReference.cpp" line="+46"/>
        <source>&apos;%1&apos; is not a secret reference: write {secret:NAME}, NAME of letters, digits and &apos;_&apos; (the secret stored with larder secret set NAME)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayState</name>
    <message>
        <location filename="../ui/shell/TrayState.cpp" line="+158"/>
        <source>Larder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+2"/>
        <source>%n dump(s) running</source>
        <translation>
            <numerusform>%n dump running</numerusform>
            <numerusform>%n dumps running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n queued</numerusform>
            <numerusform>, %n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dump(s) waiting</source>
        <translation>
            <numerusform>%n dump waiting</numerusform>
            <numerusform>%n dumps waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last run: %1 and %n more failed</source>
        <translation>
            <numerusform>Last run: %1 and %n more failed</numerusform>
            <numerusform>Last run: %1 and %n more failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last run: %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last run: %1 with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last run: %1 and %n more with a warning</source>
        <translation>
            <numerusform>Last run: %1 and %n more with a warning</numerusform>
            <numerusform>Last run: %1 and %n more with a warning</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schedules paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1 of %n backed up</source>
        <translation>
            <numerusform>%1 of %n backed up</numerusform>
            <numerusform>%1 of %n backed up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+31"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 failed at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+7"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>schedules paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>next: %1, due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>all %n backed up</source>
        <translation>
            <numerusform>%n backed up</numerusform>
            <numerusform>all %n backed up</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next: due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (last dump %2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (no dump in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stale: %1 and %n more</source>
        <translation>
            <numerusform>Stale: %1 and %n more</numerusform>
            <numerusform>Stale: %1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../core/base/Units.cpp" line="+18"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <location filename="../core/postgres/PgArchiveReader.cpp" line="+42"/>
        <source>cannot check %1 with pg_restore: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_restore %1 cannot read %2 (the archive is damaged or cut short): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/Verifier.cpp" line="+80"/>
        <source>%1 is missing: it was moved or deleted outside larder; run the job again for a new dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the dump of attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>checksum file %1 is missing or unreadable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: checksum mismatch: history has %2, the manifest now has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: malformed line &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is missing (listed in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>%1: checksum mismatch: %2 has %3, the file now has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 is not listed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: checksum mismatch: history has %2, the file now has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a one-line `sha256sum` file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 was pruned by a run while it was being verified; skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+28"/>
        <source>Check that dumps are intact (checksums, pg_restore); --restore test-restores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every successful dump still on disk, not only the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also restore each job&apos;s newest dump into a scratch database on its restore_server, compare row counts, and drop it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the results as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs to check (default: every job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/TestRestoreQueue.cpp" line="+80"/>
        <source>%1: not test-restored: a globals dump creates roles and tablespaces for the whole server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no successful dump to test-restore; run `larder run %1` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <location line="+35"/>
        <source>%1: test-restore FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+68"/>
        <location line="+97"/>
        <location filename="../core/verify/TestRestoreQueue.cpp" line="-64"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/TestRestoreQueue.cpp" line="+12"/>
        <source>%1: %2; restoring without comparing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>server %1 is a %2 server, which this build of Larder cannot reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (server %2): test-restore of %3 into %4 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="-147"/>
        <source>received %1: stopping the test-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/TestRestoreQueue.cpp" line="+24"/>
        <source>%1: test-restore ok: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+43"/>
        <source>test-restore ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test-restore FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a globals dump (roles, tablespaces): it is never test-restored, as its statements act on the whole server. Verify it without --restore; replay it by hand with `psql -X -d postgres -f DUMP` if you mean to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no history at %1 yet: nothing has been dumped, so nothing to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <location line="+14"/>
        <source>larder verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>received %1: stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no successful dump to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: ok %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="+52"/>
        <source>Show the jobs, what runs now in any process, the next 24 hours and the recent attempts, live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one frame as plain text and exit (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>larder watch: the terminal (TERM=%1) cannot show a full-screen view; try --once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>no config has loaded: nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>could not start larder run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started larder run for the due jobs (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started a backup of %1 now (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchSource</name>
    <message numerus="yes">
        <location filename="../app/cli/WatchSource.cpp" line="+69"/>
        <source>%1 (%n error(s) in the config; showing the last one that loaded)</source>
        <translation>
            <numerusform>%1 (%n error in the config; showing the last one that loaded)</numerusform>
            <numerusform>%1 (%n errors in the config; showing the last one that loaded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>larder::ActivityView</name>
    <message>
        <location filename="../ui/jobs/ActivityView.cpp" line="+20"/>
        <source>pg_dump activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--- started %1 ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--- succeeded: %1 ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--- succeeded with a warning: %1 ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--- cancelled ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--- skipped: %1 ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--- failed: %1 ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a job to see what pg_dump reports while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activity of %1 since Larder started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ConfigEditor</name>
    <message>
        <location filename="../ui/dialogs/ConfigEditor.cpp" line="+29"/>
        <source>Cannot open the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program since it was opened here.

Overwrite it with your changes, or discard your changes and reload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configuration not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was saved, but reading it back failed; the previous configuration stays in use:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not a configured database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no [databases.%2] section in %3: discovered and globals jobs take their settings from their server, so edit the server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>its dump directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the job %1 from %2?

It will no longer be dumped. Its history and its dumps in %3 stay; delete them yourself if you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ConnectionTester</name>
    <message>
        <location filename="../ui/dialogs/ConnectionTester.cpp" line="+46"/>
        <source>%1 %2 — but: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 — %3 will be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL %1 — but: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL %1 — pg_dump %2 at %3 will be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::DatabaseDialog</name>
    <message>
        <location filename="../ui/dialogs/DatabaseDialog.cpp" line="+58"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Job enabled: dumps on its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s name: letters, digits, - _ . (it names the dump directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dump format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>Dump directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Choose the dump directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Extra pg_dump arguments, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Unchecked: the job keeps its settings and dumps but is never dumped on its schedule; Back Up Selected Now still dumps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+143"/>
        <source>--exclude-table-data=audit_log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-136"/>
        <source>(not set: the [defaults] connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+137"/>
        <source>One argument per line, passed to pg_dump verbatim (no shell quoting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump director&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry after fail&amp;ure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>mariadb-dump &amp;arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra mariadb-dump arguments, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--ignore-table=shop.audit_log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One argument per line, passed to mariadb-dump verbatim (no shell quoting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump &amp;arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>MariaDB dumps are always SQL scripts (plain); compression gzips them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the job&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the job&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plain (MariaDB dumps are SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inherited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the job a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database job named &apos;%1&apos; exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::DefaultsDialog</name>
    <message>
        <location filename="../ui/dialogs/DefaultsDialog.cpp" line="+49"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dump format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dumps at once in a whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dump timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A duration such as &quot;6 hours&quot; or &quot;90 minutes&quot;, or a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inherited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dump directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dumps at &amp;once (whole run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout per dump:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry after fail&amp;ure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;istory file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric&amp;s file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus metrics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set: no metrics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewritten after every run in Prometheus&apos; text format, for node_exporter&apos;s textfile collector: a file ending in .prom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::DesktopApp</name>
    <message>
        <location filename="../ui/shell/DesktopApp.cpp" line="+128"/>
        <source>First backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Larder quits when closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop has no system tray, so Larder cannot keep running in the background: closing the window quits it and scheduled backups stop until it is started again.

On GNOME, the AppIndicator extension adds a tray. Backups from cron (larder run) are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::DumpSizeCheck</name>
    <message>
        <location filename="../core/run/DumpSizeCheck.cpp" line="+43"/>
        <source>dump is %1, %2 % of the median %3 of the last %4 successful dumps: check that no data was lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ExpectedOperations</name>
    <message>
        <location filename="../core/plan/ExpectedOperations.cpp" line="+101"/>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the run&apos;s limit of %n dump(s) at once</source>
        <translation>
            <numerusform>the run&apos;s limit of %n dump at once</numerusform>
            <numerusform>the run&apos;s limit of %n dumps at once</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the previous run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::FinishedList</name>
    <message>
        <location filename="../tui/FinishedList.cpp" line="+20"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::FinishedModel</name>
    <message>
        <location filename="../ui/jobs/FinishedModel.cpp" line="+68"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>succeeded, warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: on another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 on server %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning, error or file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::HistoryModel</name>
    <message>
        <location filename="../ui/jobs/HistoryModel.cpp" line="+152"/>
        <source>kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>would be pruned at the next successful dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already gone; marked pruned at the next successful dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to be pruned, but cannot be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pruned by host %1, which holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ok %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checksums and pg_restore found nothing wrong (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1, warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error or warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::HookCommandEdit</name>
    <message>
        <location filename="../ui/dialogs/HookCommandEdit.cpp" line="+13"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This command has an empty argument, which this field cannot show: edit it in the config file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::HookRunner</name>
    <message>
        <location filename="../core/hooks/HookRunner.cpp" line="+63"/>
        <source>%1 could not start %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%1 did not finish within %n second(s) and was killed</source>
        <translation>
            <numerusform>%1 did not finish within %n second and was killed</numerusform>
            <numerusform>%1 did not finish within %n seconds and was killed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was killed by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::JobTableModel</name>
    <message>
        <location filename="../ui/jobs/JobTableModel.cpp" line="+241"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>(roles and tablespaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Roles and tablespaces of server %1 (dump_globals); edit the server to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discovered on server %1 (its databases key); edit the server to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::LiveChannelServer</name>
    <message>
        <location filename="../core/status/LiveChannelServer.cpp" line="+48"/>
        <source>cannot open the status channel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::LiveChannelWatcher</name>
    <message>
        <location filename="../core/status/LiveChannelWatcher.cpp" line="+80"/>
        <source>the status channel of %1 belongs to another user; not watching it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the status channel sent a line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::LiveRunState</name>
    <message>
        <location filename="../core/live/LiveRunState.cpp" line="+86"/>
        <source>the live state of a run is of version %1; this Larder reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::MainWindow</name>
    <message>
        <location filename="../ui/jobs/MainWindow.cpp" line="+194"/>
        <location line="+484"/>
        <location line="+129"/>
        <source>Larder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-592"/>
        <source>&amp;Back Up Selected Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dump the selected jobs now, whatever their schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run Everything &amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump every job that is due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running dumps and drop the waiting ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop starting scheduled dumps until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a database to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+934"/>
        <source>Edit the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-933"/>
        <source>&amp;Remove Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected job from the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;faults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the settings every job inherits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of the Larder application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Larder: scheduled dumps stop until it starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+191"/>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+192"/>
        <source>Open the folder of the selected dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+192"/>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+192"/>
        <source>Copy the path of the selected dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-191"/>
        <source>&amp;Verify Dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the selected dump&apos;s checksums and have pg_restore read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+205"/>
        <source>Re&amp;store To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+205"/>
        <source>Restore the selected dump into a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Test-Restore &amp;Newest Dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the job&apos;s newest dump into a scratch database and compare row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Config errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job, server, database, schedule or state (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finished jobs of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ac&amp;tivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details of the selected attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the selected dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop Verif&amp;ying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test-Restore &amp;Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test-restore the job&apos;s newest dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size and duration of the selected job&apos;s dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scheduling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No scheduled dump starts until scheduling is resumed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Run finished: %n succeeded</source>
        <translation>
            <numerusform>Run finished: %n succeeded</numerusform>
            <numerusform>Run finished: %n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n with a warning)</source>
        <translation>
            <numerusform> (%n with a warning)</numerusform>
            <numerusform> (%n with a warning)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Larder — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is no longer in the config, so its history is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backing up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a job to see its pg_dump output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump output of %1 (the latest %2 lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a job to see its attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path: %1 (being written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path: %1 (deleted by pruning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path: %1 (not created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is no longer in the config: restore its dumps with `larder restore %1 --server NAME`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds a whole server&apos;s roles and tablespaces, not a database: replaying them is a decision to make by hand (`larder restore %1` says how).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Test-Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test-restore of %1 queued: it runs after any dumps in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test-Restore of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest dump of %1 restored into a scratch database on %2, which was dropped again. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test-restore of %1 FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped verifying %1; nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The verification of %1 could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified %1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was pruned by a run while it was being verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified %1: it changed since it was written (see the details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified %1: it could not be checked (see the details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Cannot open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No application opens folders here; the folder is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No config file yet at %1. Add a server (Config &gt; Servers…), then a database (Config &gt; Add Database…): Larder writes the file, which `larder run` from cron reads too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The config file has errors; Larder keeps using the config it read before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The config file has errors; nothing is backed up until they are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n waiting</numerusform>
            <numerusform>, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test-restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scheduled dump: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is running. The next scheduled dump starts %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Nothing is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-410"/>
        <source>That attempt of %1 is not among the %2 newest listed in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The attempts of %1, newest first; older ones are read as you scroll down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+330"/>
        <source>%1 is discovered or the server&apos;s globals: edit its server instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::MariaDbDumpTask</name>
    <message>
        <location filename="../core/mariadb/MariaDbDumpTask.cpp" line="+109"/>
        <location line="+11"/>
        <source>cannot dump %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot dump %1: cannot create %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>could not start %1 to dump %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot dump %1: gzip is not installed or not on PATH: install it, or set compression = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>mariadb-dump of %1 timed out after %2 s (timeout = %2): raise timeout for this job if it needs longer, or look for locks that block it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; when stopped, it was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>gzip of the dump of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 on %3 was killed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 on %3 failed (exit code %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>mariadb-dump of %1 finished but the dump could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>dump of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dump of %1 was cancelled; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::MariaDbRestoreTask</name>
    <message>
        <location filename="../core/mariadb/MariaDbRestoreTask.cpp" line="+26"/>
        <source>checksum of %1 matches history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>restore into &quot;%1&quot; was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::MariaDbScriptGuard</name>
    <message>
        <location filename="../core/mariadb/MariaDbScriptGuard.cpp" line="+59"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot open %1: out of memory or file descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not gzip-compressed, though its name ends in .gz: check the file, or rename it if it is a plain .sql script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading %1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a complete gzip file (%2): it is truncated or damaged. Check the file, or restore another dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the replay of %1 stopped reading the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the dump would run `%2`, which acts on another database than the one it is restored into; Larder refuses to replay it. mariadb-dump writes neither USE nor database names when it dumps one database (no --databases, --all-databases): restore such a dump, or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the dump would run `%2`, which changes users, roles or privileges of the whole server; Larder refuses to replay it. Restore a dump of one database, or replay this one by hand on the server that should get those accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the dump would run `%2`, which reads or writes files (or loads a library) on the database server; Larder refuses to replay it. mariadb-dump writes rows as INSERT statements: restore a dump that it made, or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the dump would run `%2`, which acts on the whole server (its settings, plugins, replication or sessions); Larder refuses to replay it. Restore a dump that mariadb-dump made of one database, or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the dump would run `%2`, a table whose data lives in a file or on another server; Larder refuses to replay it. Leave such tables out of the dump (--ignore-table), or replay it by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the dump would run `%2`, a command of the mariadb client (which can run programs, read files or connect elsewhere); Larder refuses to replay it. Restore a dump that mariadb-dump made, or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the dump would run `%2`, which changes how the client or the server reads the rest of the script (delimiter, character set, sql_mode), so Larder cannot check what it would do; Larder refuses to replay it. Restore a dump that mariadb-dump made, or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the dump would run `%2`, which runs code Larder cannot read before it runs (a prepared statement or a stored procedure); Larder refuses to replay it. mariadb-dump never writes it: restore a dump that it made, or replay this one by hand if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file contains a NUL byte outside a string, which no SQL script does: it is damaged or not a mariadb-dump script. Check the file, or restore another dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the statement at `%2` is longer than %3 MiB, more than Larder holds to check it; mariadb-dump writes rows in much smaller statements. Check the file, or replay it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Larder refuses to replay this dump</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::MariaDbScriptReplay</name>
    <message>
        <location filename="../core/mariadb/MariaDbScriptReplay.cpp" line="+95"/>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the replay of %1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 failed to restore %2 into %3 (exit code %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(it printed nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::MariaDbTestRestore</name>
    <message>
        <location filename="../core/mariadb/MariaDbTestRestore.cpp" line="+54"/>
        <source>the test-restore took longer than the job&apos;s timeout of %1 s and was stopped: raise timeout, or look for locks on restore_server or a slow restore_server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is a globals dump (users and grants), which is never test-restored: its statements act on the whole server. Replay it by hand with the mariadb client on the server that should get those accounts, if you mean to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a database named %1 already exists on %2; larder never touches a database it did not create: drop or rename it, or run the test-restore again a second later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the scratch database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot count the restored rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 in the dump, %3 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 in the dump, but no such table after the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row counts differ from the dump: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>row counts of %n table(s) match the dump (%1)</source>
        <translation>
            <numerusform>row counts of %n table match the dump (%1)</numerusform>
            <numerusform>row counts of %n tables match the dump (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; not compared, as the dump fills them with INSERT ... SELECT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; mariadb_dump_args choose tables or rows, so the rows the dump holds were the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>the test-restore was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the scratch database %1 on %2 could not be dropped: %3; drop it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restored %1 into %2 on %3 in %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::MonitoringFields</name>
    <message>
        <location filename="../ui/dialogs/MonitoringFields.cpp" line="+43"/>
        <source>Freshness and hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max a&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale when the newest dump is older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min si&amp;ze ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when a dump is smaller than this fraction of the recent ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before &amp;dump:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command run before each dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After d&amp;ump:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command run after each successful dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On fail&amp;ure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command run after a job fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the &amp;run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command run once at the end of every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hook ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hook command timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
The program and its arguments as on a command line, no shell: quote an argument with spaces (&quot;two words&quot;); &quot;%2&quot; turns an inherited command off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::Notifier</name>
    <message>
        <location filename="../ui/shell/Notifier.cpp" line="+69"/>
        <source>Backup of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup of %1 needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 written in %n second(s)</source>
        <translation>
            <numerusform>%1 written in %n second</numerusform>
            <numerusform>%1 written in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of %1 works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test-restore of %1 works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test-restore of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups of %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::NotifyDispatcher</name>
    <message>
        <location filename="../core/notify/NotifyDispatcher.cpp" line="+71"/>
        <source>notification %1 (%2, %3) about %4 of %5 was not sent: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>notification %1 (%2, %3) about %4 of %5 failed after %n attempt(s): %6</source>
        <translation>
            <numerusform>notification %1 (%2, %3) about %4 of %5 failed after %n attempt: %6</numerusform>
            <numerusform>notification %1 (%2, %3) about %4 of %5 failed after %n attempts: %6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>secret %1 was not looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the run ended before it could be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::NotifySender</name>
    <message numerus="yes">
        <location filename="../core/notify/NotifySender.cpp" line="+120"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::OptionalSpinBox</name>
    <message>
        <location filename="../ui/dialogs/OptionalSpinBox.cpp" line="+16"/>
        <source>inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inherited: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::PgDumpAllTask</name>
    <message>
        <location filename="../core/postgres/tools/PgDumpAllTask.cpp" line="+31"/>
        <source>role %1 is not a superuser, so the globals are dumped with --no-role-passwords: the roles are restored without their passwords; connect as a superuser to include them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(default user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::PgDumpTask</name>
    <message>
        <location filename="../core/postgres/tools/PgDumpTask.cpp" line="+139"/>
        <source>counting the rows of %1 for its test-restore was stopped (%2); the dump is complete and kept without counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not count the rows of %1 for its test-restore; the dump goes on without counts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::PgRestore</name>
    <message>
        <location filename="../core/postgres/PgRestore.cpp" line="+108"/>
        <source>%1 is a directory without toc.dat: it is not a directory-format dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--clean needs an archive dump (custom, directory or tar): a plain SQL dump is replayed as it is and cannot drop what exists. Restore into a new or empty database instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--jobs works only with custom and directory dumps (pg_restore cannot restore a %1 dump in parallel): leave --jobs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--jobs must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(cannot read %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roles %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; tablespaces %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>checksum of %1 matches history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot look up database &quot;%1&quot; on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create database &quot;%1&quot; on %2: %3. Hint: the role needs CREATEDB (ALTER ROLE ... CREATEDB), or create the empty database yourself and run the restore again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>created database &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot inspect database &quot;%1&quot; on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database &quot;%1&quot; on %2 already exists and is not empty (tables, sequences, views or functions: %3): restore into a new database with another --to, or add --clean to drop and recreate the dump&apos;s objects in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database &quot;%1&quot; on %2 exists; --clean drops the dump&apos;s objects before recreating them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database &quot;%1&quot; on %2 exists and is empty; restoring into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot read %2: %3: is it a complete %4 dump?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+262"/>
        <source>restore into &quot;%1&quot; was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-222"/>
        <source>the role %1 is not a superuser: restoring with --no-owner, so every object belongs to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larder connects as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gzip is not in PATH: install gzip to restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+137"/>
        <source>&quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <source>restore into %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 restoring into %2 was killed by signal %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 restoring into %2 failed (exit code %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hint: the dump gives its objects to their original owners, which only a superuser (or a member of those roles) may do: restore as a superuser, or dump with pg_dump_args = [&quot;--no-owner&quot;] (archive dumps restore with --no-owner by themselves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gzip could not decompress %1 (%2): the restore into %3 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not start %1 to restore %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(it printed nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>dropped database %1 again: this restore had created it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database %1, which this restore created, could not be dropped again: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::PgStallWords</name>
    <message>
        <location filename="../core/postgres/PgStallWords.cpp" line="+24"/>
        <source>no session of the dump&apos;s on the server yet: pg_dump is still connecting or starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server is sending and waits for pg_dump to take it (ClientWrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server is waiting on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server is active on the dump&apos;s query and has not sent anything new yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the dump&apos;s session is %1: pg_dump is busy on its own side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waiting for a lock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a lock on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for a lock held by pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a lock on %1 held by pid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no permission to see what that session does: grant larder&apos;s role pg_read_all_stats to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, in a transaction for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>writing nothing; the server would not say why (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::PgToolTask</name>
    <message>
        <location filename="../core/postgres/tools/PgToolTask.cpp" line="+155"/>
        <location line="+24"/>
        <location line="+175"/>
        <source>cannot dump %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>(%1 printed nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+340"/>
        <source>dump of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dump of %1 was cancelled; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-276"/>
        <source>%1 of %2 timed out after %3 s (timeout = %3): raise timeout for this job if it needs longer, or look for locks that block it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; when stopped, it was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>dumping again with %1, the pg_dump chosen for the server&apos;s PostgreSQL %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; a separate connection of larder&apos;s to the server failed as well: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 on %3 was killed by signal %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 on %3 failed (exit code %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the dump succeeded, but a second connection to ask the server its version failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not start %1 to dump %2: %3: check the pg_dump setting of server %4 and that the PostgreSQL client tools are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>timed out after %1 s (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 finished but the dump could not be stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::QueueModel</name>
    <message>
        <location filename="../ui/jobs/QueueModel.cpp" line="+35"/>
        <source>queued in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>waiting: joins a follow-up run when the current run finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Waiting job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it waits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RestoreDialog</name>
    <message>
        <location filename="../ui/jobs/RestoreDialog.cpp" line="+46"/>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The dump of &lt;b&gt;%1&lt;/b&gt; started %2 (%3):&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore to &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created unless it exists and is empty. An existing database with tables is refused unless you choose to restore over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into &amp;database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore over an existing database (--c&amp;lean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each object of the dump is dropped from the target before it is recreated: the data in those tables is replaced by the dump&apos;s. Check the server and database above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Parallel pg_restore jobs: custom and directory dumps only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel &amp;jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same restore from a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the restore does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Not started: %1. Try again when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored into %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database %1 was created by this restore and has been dropped again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database %1 is left partly restored: drop it, or restore over it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RestoreSession</name>
    <message>
        <location filename="../core/restore/RestoreSession.cpp" line="+24"/>
        <source>this restore has already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>restoring %1 (%2) into &quot;%3&quot; on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has no checksum in history: restoring it unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1 has no successful dump (no history at %2): run `larder run %1` first, or give --dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>restoring the dump of %1 started %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::Restorer</name>
    <message>
        <location filename="../core/restore/Restorer.cpp" line="+29"/>
        <source>dump %1 does not exist: give a dump of job %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dump %1 is not inside the directory of job %2 (%3): larder restores only the job&apos;s own dumps; give a path below %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>job %1 has no successful dump that started at or before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job %1 has no successful dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> still on disk (missing: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: see `larder history %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the time &apos;%1&apos;: write 2026-11-20T03:00:00Z (UTC), 2026-11-20T03:00:00+01:00, or 2026-11-20 03:00 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>restore into &quot;%1&quot; was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RetentionFields</name>
    <message>
        <location filename="../ui/dialogs/RetentionFields.cpp" line="+20"/>
        <source>Retention and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most recent dumps kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps this many of the most recent successful dumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep daily:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a dump kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the newest successful dump of each of this many last days that have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;weekly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks with a dump kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the newest successful dump of each of this many last ISO weeks that have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;monthly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months with a dump kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the newest successful dump of each of this many last months that have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep every dump younger than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps every successful dump younger than this: a duration such as &quot;14 days&quot; or &quot;12 hours&quot;, or a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kee&amp;p within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;est-restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server for test-restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server on which test-restores create their scratch database (the role needs CREATEDB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>inherited: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RetryEdit</name>
    <message>
        <location filename="../ui/dialogs/RetryEdit.cpp" line="+10"/>
        <source>Retry after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a failure, wait this long before the next attempt, doubled with each failure in a row and at most the schedule&apos;s period: a duration such as &quot;15 minutes&quot;, a number of seconds, or &quot;off&quot; to try again at every check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RunCoordinator</name>
    <message>
        <location filename="../core/run/RunCoordinator.cpp" line="+138"/>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>waiting: server %1 is at its limit of %n dump(s) at once</source>
        <translation>
            <numerusform>waiting: server %1 is at its limit of %n dump at once</numerusform>
            <numerusform>waiting: server %1 is at its limit of %n dumps at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>waiting: the run is at its limit of %n dump(s) at once</source>
        <translation>
            <numerusform>waiting: the run is at its limit of %n dump at once</numerusform>
            <numerusform>waiting: the run is at its limit of %n dumps at once</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <source>not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>host %1 dumped this slot at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 is dumping this slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this slot failed on host %1; it is tried again from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>another host took this dump&apos;s slot over after this host&apos;s claim lapsed; stopping it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>waiting: server %1&apos;s next place goes to host %2, which has waited for it longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>waiting: server %1 is at its limit of %n dump(s) at once across the fleet (%2)</source>
        <translation>
            <numerusform>waiting: server %1 is at its limit of %n dump at once across the fleet (%2)</numerusform>
            <numerusform>waiting: server %1 is at its limit of %n dumps at once across the fleet (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>cancelled before the dump started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before_dump failed, no dump was started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>after_dump failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>another host took this slot over after this host&apos;s claim lapsed (no renewal for %1 s); this attempt does not count as the slot&apos;s dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the dump finished but history could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RunPipeline</name>
    <message>
        <location filename="../core/run/RunPipeline.cpp" line="+66"/>
        <source>WARNING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 is not dumped: it is no longer a job of %2 (its database is gone, or the config changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not test-restored: it is no longer a job of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RunScreen</name>
    <message numerus="yes">
        <location filename="../tui/RunScreen.cpp" line="+44"/>
        <source>… %n more waiting</source>
        <translation>
            <numerusform>… %n more waiting</numerusform>
            <numerusform>… %n more waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>… %n more running</source>
        <translation>
            <numerusform>… %n more running</numerusform>
            <numerusform>… %n more running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>limits: run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Running (%n)</source>
        <translation>
            <numerusform>Running (%n)</numerusform>
            <numerusform>Running (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>~ estimated from the previous dump&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Waiting (%n)</numerusform>
            <numerusform>Waiting (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RunService</name>
    <message>
        <location filename="../core/run/RunService.cpp" line="+257"/>
        <location line="+18"/>
        <source>no job can run until the config %1 is valid: fix the issues it reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a server&apos;s roles and tablespaces: test-restoring it would create them on the restore server, so larder does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+11"/>
        <source>cannot run jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RunningModel</name>
    <message>
        <location filename="../ui/jobs/RunningModel.cpp" line="+95"/>
        <source>first dump: no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % of %2 (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>past the estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>~%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Estimated from the size of the previous successful dump of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RunningTable</name>
    <message>
        <location filename="../tui/RunningTable.cpp" line="+23"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>past estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>~%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::RunningView</name>
    <message>
        <location filename="../ui/jobs/RunningView.cpp" line="+79"/>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ScheduleField</name>
    <message>
        <location filename="../ui/dialogs/ScheduleField.cpp" line="+23"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. &quot;every 6 hours&quot;, &quot;daily at 02:30&quot;, &quot;every 2 weeks on friday at 23:00&quot;, &quot;always&quot; or &quot;manual&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next run times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test-restore schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When larder run test-restores the newest dump into a scratch database and compares row counts, e.g. &quot;every 1 week&quot; (test_restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next test-restore times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Dumped at every run of larder (every cron or timer invocation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restored at every run of larder (every cron or timer invocation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped only on demand (larder run JOB, or Back Up Selected Now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restored only on demand (larder verify --restore JOB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next runs (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::SectionDialog</name>
    <message>
        <location filename="../ui/dialogs/SectionDialog.cpp" line="+26"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Elsewhere in the file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ServerDialog</name>
    <message>
        <location filename="../ui/dialogs/ServerDialog.cpp" line="+49"/>
        <source>&amp;Forget the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+300"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters, digits, - _ .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dumps at once against this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the OS keychain when you press OK, never in the config file. Leave empty to keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Forget the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password storage problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database to connect to for the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MariaDB or MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dumps at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test &amp;database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+4"/>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Stored in the OS keychain when you press OK, never in the config file. Leave empty to use ~/.my.cnf or no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in the OS keychain when you press OK, never in the config file. Leave empty to use ~/.pgpass or no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>inherited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A host name, an IP address, or the path of the server&apos;s unix socket file (e.g. /run/mysqld/mysqld.sock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A host name, an IP address, or the directory of the server&apos;s unix socket (e.g. /var/run/postgresql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL only. For TLS to MariaDB set ssl-ca in the [client] section of ~/.my.cnf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional for MariaDB: the test connects without a database unless you name one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the server a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server named &apos;%1&apos; exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1

The password was not stored anywhere. To use ~/.my.cnf instead, add these lines to it (and chmod 600 ~/.my.cnf):
[client]
user=%2
password=PASSWORD
Then clear the password field and press OK to save the server without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1

The password was not stored anywhere. To use ~/.pgpass instead, add this line to it (and chmod 600 ~/.pgpass):
%2:%3:*:%4:PASSWORD
Then clear the password field and press OK to save the server without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ServerListDialog</name>
    <message>
        <location filename="../ui/dialogs/ServerListDialog.cpp" line="+21"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the server cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Server &apos;%1&apos; is used by %2: point them at another server or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed server &apos;%1&apos;. A password stored for it stays in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+19"/>
        <source>Larder Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start Larder at login (in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not supported on macOS yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify when a backup succeeds (failures are always shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Monochrome tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language takes effect when Larder is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::SingleInstance</name>
    <message>
        <location filename="../ui/shell/SingleInstance.cpp" line="+84"/>
        <source>cannot use %1 for the single-instance socket: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot use %1 for the single-instance socket: not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to user id %2, not to you: it cannot hold the single-instance socket safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can be written by other users (mode %2): it cannot hold the single-instance socket safely; make it mode 0700</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::SnapshotCounter</name>
    <message>
        <location filename="../core/postgres/SnapshotCounter.cpp" line="+97"/>
        <source>counting rows of database &quot;%1&quot; was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::Terminfo</name>
    <message>
        <location filename="../tui/Terminfo.cpp" line="+59"/>
        <source>TERM is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the terminal type &quot;%1&quot; is not in the terminfo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the terminal type &quot;%1&quot; cannot move the cursor up or erase a line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::TestRestore</name>
    <message>
        <location filename="../core/postgres/TestRestore.cpp" line="+65"/>
        <source>%1 --list %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the test-restore took longer than the job&apos;s timeout of %1 s and was stopped: raise timeout, or look for locks on restore_server or a slow restore_server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>could not drop the scratch database %1: %2; drop it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is a globals dump (roles, tablespaces), which is never test-restored: its statements act on the whole server. Replay it by hand with `psql -X -d postgres -f DUMP` on the server that should get those roles, if you mean to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a database named %1 already exists on %2; larder never touches a database it did not create: drop or rename it yourself if it is a leftover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>role %1 on %2 may not create databases, which a test-restore needs: grant it with ALTER ROLE %1 CREATEDB, or set restore_server for job %3 to a server where it may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create the scratch database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+182"/>
        <source>the test-restore was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-170"/>
        <source>gzip could not decompress %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed to restore %2 (exit code %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(it printed nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>row counts not compared: pg_dump_args choose the tables, and a plain dump has no table of contents to tell which were dumped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot tell which tables the dump holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot count the restored rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n table(s), %1 restored; no row counts were recorded at dump time, so they were not compared (counts are recorded for jobs whose test_restore is not manual)</source>
        <translation>
            <numerusform>%n table, %1 restored; no row counts were recorded at dump time, so they were not compared (counts are recorded for jobs whose test_restore is not manual)</numerusform>
            <numerusform>%n tables, %1 restored; no row counts were recorded at dump time, so they were not compared (counts are recorded for jobs whose test_restore is not manual)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: missing after the restore (%2 at dump time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 at dump time, %3 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: restored (%2) but not counted at dump time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>row counts of %n table(s) match the dump (%1)</source>
        <translation>
            <numerusform>row counts of %n table match the dump (%1)</numerusform>
            <numerusform>row counts of %n tables match the dump (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>row counts differ from dump time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; not compared, as pg_dump_args left their data out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the scratch database %1 on %2 could not be dropped: %3; drop it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>restored %1 into %2 on %3 in %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::TimelinePanel</name>
    <message>
        <location filename="../ui/jobs/TimelinePanel.cpp" line="+40"/>
        <source>La&amp;nes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;pan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last and next 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last and next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (full height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▨ cancelled · ▭ expected · ┄ waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline of past and expected dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The past cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::TimelineView</name>
    <message>
        <location filename="../ui/jobs/TimelineView.cpp" line="+139"/>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Succeeded, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Succeeded with a warning, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due at %1, expected to wait for %2 until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected %1, as long as its last successful dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected %1; no successful dump yet to tell how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or press Enter to open it in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+30"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nothing in this window: no attempt, no dump expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::TrayController</name>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="+45"/>
        <source>&amp;Open Larder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back Up All Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run Everything &amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause for 1 &amp;Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause Until &amp;Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Pause Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resume Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot back up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::TrendChart</name>
    <message>
        <location filename="../ui/jobs/TrendChart.cpp" line="+96"/>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less than half the size of the dumps before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+155"/>
        <source>No finished attempt to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size of each successful dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::WatchScreen</name>
    <message numerus="yes">
        <location filename="../tui/WatchScreen.cpp" line="+140"/>
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>filter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter keep · Esc clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>↑↓/jk select · Enter history · r run due · b back up · / filter · q quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑↓ Enter r b / q quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>filter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No job matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Running now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(waits for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or Esc: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No attempt yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::WelcomePage</name>
    <message>
        <location filename="../ui/dialogs/WelcomePage.cpp" line="+61"/>
        <source>Welcome to Larder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Larder dumps your databases on a schedule into one folder, checks every dump and keeps as many as you choose. Three steps to the first backup; everything can be changed later from the Config menu, and `larder run` from cron reads the same file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>&amp;Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-103"/>
        <source>&amp;Every database on the server, also ones created later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databases on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schedule and dumps kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumps are written to %1 (Config &gt; Defaults… changes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 · Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Add Another Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server yet: add the one whose databases to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server&apos;s databases are listed here once it is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listing the databases on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot list the databases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no database to back up yet; new ones are found at each run when every database is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n database(s) on %1 today.</source>
        <translation>
            <numerusform>%n database on %1 today.</numerusform>
            <numerusform>%n databases on %1 today.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the databases to back up, or choose every database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the config and starts the first backup; the window then shows it running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+40"/>
        <source>Larder: scheduled pg_dump backups of many PostgreSQL databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Config file (default: $LARDER_CONFIG, else $XDG_CONFIG_HOME/larder/larder.toml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start in the system tray only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
