<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="208" />
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln new message</numerusform>
            <numerusform>%Ln new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="212" />
        <source>Cancelled after %Ln new message(s)</source>
        <translation>
            <numerusform>Cancelled after %Ln new message</numerusform>
            <numerusform>Cancelled after %Ln new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="219" />
        <source>%Ln could not be read (quarantine)</source>
        <translation>
            <numerusform>%Ln could not be read (quarantine)</numerusform>
            <numerusform>%Ln could not be read (quarantine)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="230" />
        <source>New mail is fetched every %Ln minute(s) while the archive is open</source>
        <translation>
            <numerusform>New mail is fetched every %Ln minute while the archive is open</numerusform>
            <numerusform>New mail is fetched every %Ln minutes while the archive is open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="95" />
        <source>No backup for %Ln day(s).</source>
        <translation>
            <numerusform>No backup for %Ln day.</numerusform>
            <numerusform>No backup for %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="194" />
        <source>Last backup: %1, %Ln message(s), in %2</source>
        <translation>
            <numerusform>Last backup: %1, %Ln message, in %2</numerusform>
            <numerusform>Last backup: %1, %Ln messages, in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="259" />
        <source>The backup is complete and verified: %Ln message(s) (%1) in this new folder:</source>
        <translation>
            <numerusform>The backup is complete and verified: %Ln message (%1) in this new folder:</numerusform>
            <numerusform>The backup is complete and verified: %Ln messages (%1) in this new folder:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="271" />
        <source>Older backups removed there (%Ln kept):</source>
        <translation>
            <numerusform>Older backups removed there (%Ln kept):</numerusform>
            <numerusform>Older backups removed there (%Ln kept):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="148" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="636" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="257" />
        <source>%Ln chosen message(s)</source>
        <translation>
            <numerusform>%Ln chosen message</numerusform>
            <numerusform>%Ln chosen messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="300" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="474" />
        <source>%Ln message(s) exported to %1</source>
        <translation>
            <numerusform>%Ln message exported to %1</numerusform>
            <numerusform>%Ln messages exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/exporting.py" line="57" />
        <source>%Ln chosen conversation(s)</source>
        <translation>
            <numerusform>%Ln chosen conversation</numerusform>
            <numerusform>%Ln chosen conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/exporting.py" line="70" />
        <source>%Ln chosen message(s)</source>
        <translation>
            <numerusform>%Ln chosen message</numerusform>
            <numerusform>%Ln chosen messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/formatting.py" line="26" />
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="124" />
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="209" />
        <source>Answer expected within %Ln day(s)</source>
        <translation>
            <numerusform>Answer expected within %Ln day</numerusform>
            <numerusform>Answer expected within %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="160" />
        <source>%Ln message(s) stored, %1 per second, about %2 left</source>
        <translation>
            <numerusform>%Ln message stored, %1 per second, about %2 left</numerusform>
            <numerusform>%Ln messages stored, %1 per second, about %2 left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="223" />
        <source>Left out, not read as mail: %Ln file(s) or item(s)</source>
        <translation>
            <numerusform>Left out, not read as mail: %Ln file or item</numerusform>
            <numerusform>Left out, not read as mail: %Ln files or items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="233" />
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="278" />
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… and %Ln more problem</numerusform>
            <numerusform>… and %Ln more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="296" />
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="297" />
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityChecking</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/integrity.py" line="241" />
        <source>Integrity check %1 found %Ln problem(s): click for what to do</source>
        <translation>
            <numerusform>Integrity check %1 found %Ln problem: click for what to do</numerusform>
            <numerusform>Integrity check %1 found %Ln problems: click for what to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/integrity.py" line="249" />
        <source>Integrity checked %1: all %Ln item(s) intact</source>
        <translation>
            <numerusform>Integrity checked %1: all %Ln item intact</numerusform>
            <numerusform>Integrity checked %1: all %Ln items intact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="104" />
        <source>Checked on %1: all %Ln stored item(s) are intact.</source>
        <translation>
            <numerusform>Checked on %1: all %Ln stored item are intact.</numerusform>
            <numerusform>Checked on %1: all %Ln stored items are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="109" />
        <source>The check on %1 found %Ln problem(s):</source>
        <translation>
            <numerusform>The check on %1 found %Ln problem:</numerusform>
            <numerusform>The check on %1 found %Ln problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="121" />
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="142" />
        <source>What to do: keep this archive as it is, and restore the newest good backup into a new folder: the one made on %1 with %Ln message(s), in %2. Then open the restored archive and use it from now on.</source>
        <translation>
            <numerusform>What to do: keep this archive as it is, and restore the newest good backup into a new folder: the one made on %1 with %Ln message, in %2. Then open the restored archive and use it from now on.</numerusform>
            <numerusform>What to do: keep this archive as it is, and restore the newest good backup into a new folder: the one made on %1 with %Ln messages, in %2. Then open the restored archive and use it from now on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="394" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="608" />
        <source>%Ln conversation(s) found</source>
        <translation>
            <numerusform>%Ln conversation found</numerusform>
            <numerusform>%Ln conversations found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="86" />
        <source>%n quoted line(s)</source>
        <translation>
            <numerusform>%n quoted line</numerusform>
            <numerusform>%n quoted lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageTagger</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="137" />
        <source>Tag for %Ln message(s) (a new name creates the tag):</source>
        <translation>
            <numerusform>Tag for %Ln message (a new name creates the tag):</numerusform>
            <numerusform>Tag for %Ln messages (a new name creates the tag):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="245" />
        <source>%1: %Ln day(s) without a sign of life</source>
        <translation>
            <numerusform>%1: %Ln day without a sign of life</numerusform>
            <numerusform>%1: %Ln days without a sign of life</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="253" />
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(and %Ln more)</numerusform>
            <numerusform>(and %Ln more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperLetterDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="148" />
        <source>Answer expected within %Ln day(s)</source>
        <translation>
            <numerusform>Answer expected within %Ln day</numerusform>
            <numerusform>Answer expected within %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="151" />
        <source>Answer expected within %Ln day(s), the group's deadline</source>
        <translation>
            <numerusform>Answer expected within %Ln day, the group's deadline</numerusform>
            <numerusform>Answer expected within %Ln days, the group's deadline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/models/people_model.py" line="122" />
        <source>Watched, %Ln day(s)</source>
        <translation>
            <numerusform>Watched, %Ln day</numerusform>
            <numerusform>Watched, %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/models/people_model.py" line="146" />
        <source>Overdue after %Ln day(s) of silence</source>
        <translation>
            <numerusform>Overdue after %Ln day of silence</numerusform>
            <numerusform>Overdue after %Ln days of silence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="303" />
        <source>Watched for %Ln day(s)</source>
        <translation>
            <numerusform>Watched for %Ln day</numerusform>
            <numerusform>Watched for %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="308" />
        <source>day(s) since the last sign of life</source>
        <translation>
            <numerusform>day since the last sign of life</numerusform>
            <numerusform>days since the last sign of life</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="317" />
        <source>%Ln day(s) since the last sign of life</source>
        <translation>
            <numerusform>%Ln day since the last sign of life</numerusform>
            <numerusform>%Ln days since the last sign of life</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="352" />
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Usually every day</numerusform>
            <numerusform>Usually every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="353" />
        <source>overdue after %Ln day(s)</source>
        <translation>
            <numerusform>overdue after %Ln day</numerusform>
            <numerusform>overdue after %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonTimelineDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="131" />
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Usually every day</numerusform>
            <numerusform>Usually every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="132" />
        <source>%Ln longer silence(s) marked</source>
        <translation>
            <numerusform>%Ln longer silence marked</numerusform>
            <numerusform>%Ln longer silences marked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonTimelineView</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="68" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="34" />
        <source>%Ln message(s) received</source>
        <translation>
            <numerusform>%Ln message received</numerusform>
            <numerusform>%Ln messages received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="37" />
        <source>%Ln message(s) sent</source>
        <translation>
            <numerusform>%Ln message sent</numerusform>
            <numerusform>%Ln messages sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="40" />
        <source>%Ln sign(s) of life entered by hand</source>
        <translation>
            <numerusform>%Ln sign of life entered by hand</numerusform>
            <numerusform>%Ln signs of life entered by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="43" />
        <source>usually every %Ln day(s)</source>
        <translation>
            <numerusform>usually every day</numerusform>
            <numerusform>usually every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="46" />
        <source>%Ln silence(s) longer than usual</source>
        <translation>
            <numerusform>%Ln silence longer than usual</numerusform>
            <numerusform>%Ln silences longer than usual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="53" />
        <source>the longest %Ln day(s)</source>
        <translation>
            <numerusform>the longest %Ln day</numerusform>
            <numerusform>the longest %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="105" />
        <source>No sign of life for %Ln day(s)</source>
        <translation>
            <numerusform>No sign of life for %Ln day</numerusform>
            <numerusform>No sign of life for %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="206" />
        <source>%Ln message(s) could be read now and are in the archive.</source>
        <translation>
            <numerusform>%Ln message could be read now and is in the archive.</numerusform>
            <numerusform>%Ln messages could be read now and are in the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="210" />
        <source>%Ln message(s) stay in the quarantine.</source>
        <translation>
            <numerusform>%Ln message stays in the quarantine.</numerusform>
            <numerusform>%Ln messages stay in the quarantine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="229" />
        <source>%Ln original(s) saved.</source>
        <translation>
            <numerusform>%Ln original saved.</numerusform>
            <numerusform>%Ln originals saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="257" />
        <source>The backup was restored and checked: %Ln message(s) in the new archive in this folder:</source>
        <translation>
            <numerusform>The backup was restored and checked: %Ln message in the new archive in this folder:</numerusform>
            <numerusform>The backup was restored and checked: %Ln messages in the new archive in this folder:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="42" />
        <source> day(s) without a backup</source>
        <translation>
            <numerusform> day without a backup</numerusform>
            <numerusform> days without a backup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="52" />
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="231" />
        <source>%1: %Ln message(s) fetched</source>
        <translation>
            <numerusform>%1: %Ln message fetched</numerusform>
            <numerusform>%1: %Ln messages fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="403" />
        <source>Sync cancelled; %Ln new message(s) fetched from %1</source>
        <translation>
            <numerusform>Sync cancelled; %Ln new message fetched from %1</numerusform>
            <numerusform>Sync cancelled; %Ln new messages fetched from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="405" />
        <source>Fetched %Ln new message(s) from %1</source>
        <translation>
            <numerusform>Fetched %Ln new message from %1</numerusform>
            <numerusform>Fetched %Ln new messages from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="412" />
        <source>%Ln message(s) already in the archive</source>
        <translation>
            <numerusform>%Ln message already in the archive</numerusform>
            <numerusform>%Ln messages already in the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="416" />
        <source>%Ln message(s) could not be read and are kept in the quarantine</source>
        <translation>
            <numerusform>%Ln message could not be read and is kept in the quarantine</numerusform>
            <numerusform>%Ln messages could not be read and are kept in the quarantine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadTagger</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="61" />
        <source>Tag for %Ln conversation(s) (a new name creates the tag):</source>
        <translation>
            <numerusform>Tag for %Ln conversation (a new name creates the tag):</numerusform>
            <numerusform>Tag for %Ln conversations (a new name creates the tag):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="90" />
        <source>Tagged %Ln message(s) “%1”</source>
        <translation>
            <numerusform>Tagged %Ln message “%1”</numerusform>
            <numerusform>Tagged %Ln messages “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="98" />
        <source>Removed “%1” from %Ln message(s)</source>
        <translation>
            <numerusform>Removed “%1” from %Ln message</numerusform>
            <numerusform>Removed “%1” from %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="106" />
        <source>Undid the last tagging: %Ln message(s) changed back</source>
        <translation>
            <numerusform>Undid the last tagging: %Ln message changed back</numerusform>
            <numerusform>Undid the last tagging: %Ln messages changed back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThunderbirdDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="234" />
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="255" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="256" />
        <source>in %Ln folder(s)</source>
        <translation>
            <numerusform>in %Ln folder</numerusform>
            <numerusform>in %Ln folders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="122" />
        <source>%1 (%Ln conversation(s))</source>
        <translation>
            <numerusform>%1 (%Ln conversation)</numerusform>
            <numerusform>%1 (%Ln conversations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="184" />
        <source>Tagged %Ln message(s) “%1”.</source>
        <translation>
            <numerusform>Tagged %Ln message “%1”.</numerusform>
            <numerusform>Tagged %Ln messages “%1”.</numerusform>
        </translation>
    </message>
</context>
</TS>
