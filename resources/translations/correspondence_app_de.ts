<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="191" />
        <source>About Correspondence Archive</source>
        <translation>Über Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="193" />
        <source>&lt;h3&gt;Correspondence Archive %1&lt;/h3&gt;&lt;p&gt;A private, encrypted, offline archive of correspondence.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted with your passphrase. Nothing is fetched from the internet while you read.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Correspondence Archive %1&lt;/h3&gt;&lt;p&gt;Ein privates, verschlüsseltes Offline-Archiv für Korrespondenz.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer, verschlüsselt mit Ihrer Passphrase. Während Sie lesen, wird nichts aus dem Internet geladen.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="35" />
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="41" />
        <source>You opened the archive with the recovery code. Please choose a new passphrase now. The recovery code stays valid.</source>
        <translation>Sie haben das Archiv mit dem Wiederherstellungscode geöffnet. Bitte wählen Sie jetzt eine neue Passphrase. Der Wiederherstellungscode bleibt gültig.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="49" />
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="52" />
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="64" />
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="68" />
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="68" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="96" />
        <source>The current passphrase is wrong.</source>
        <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="98" />
        <source>The passphrase could not be changed: %1</source>
        <translation>Die Passphrase konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="80" />
        <source>Messages of the conversation</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="96" />
        <source>Message headers</source>
        <translation>Kopfzeilen der Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="102" />
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="110" />
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="117" />
        <source>Tags of the conversation</source>
        <translation>Tags der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="182" />
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="184" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="184" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="251" />
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="252" />
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="255" />
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="257" />
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="258" />
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="265" />
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="317" />
        <source>Show HT&amp;ML</source>
        <translation>HT&amp;ML anzeigen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="317" />
        <source>Show &amp;plain text</source>
        <translation>Nur &amp;Text anzeigen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="343" />
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="348" />
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="351" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="365" />
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="375" />
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="377" />
        <source>“%1” will be opened with another program. That program may connect to the internet or keep its own copy. Open it?</source>
        <translation>„%1“ wird mit einem anderen Programm geöffnet. Dieses Programm kann sich mit dem Internet verbinden oder eine eigene Kopie behalten. Möchten Sie den Anhang öffnen?</translation>
    </message>
</context>
<context>
    <name>CreateArchiveDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="52" />
        <source>New archive</source>
        <translation>Neues Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="66" />
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="67" />
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="76" />
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="81" />
        <source>Everything in the archive is encrypted with this passphrase. If you lose it, no one can open the archive again, not even with the help of its makers. Choose several words that you will remember, and keep the recovery code that comes next in a safe place.</source>
        <translation>Alles im Archiv wird mit dieser Passphrase verschlüsselt. Wenn Sie sie verlieren, kann niemand das Archiv wieder öffnen, auch nicht mit Hilfe der Entwickler dieses Programms. Wählen Sie mehrere Wörter, die Sie sich gut merken können, und bewahren Sie den Wiederherstellungscode, der als Nächstes angezeigt wird, an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="92" />
        <source>C&amp;reate archive</source>
        <translation>Archiv &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="109" />
        <source>Folder for the new archive</source>
        <translation>Ordner für das neue Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="130" />
        <source>The archive could not be created: %1</source>
        <translation>Das Archiv konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="146" />
        <source>&lt;b&gt;Your recovery code&lt;/b&gt;&lt;br&gt;If you ever forget the passphrase, this code opens the archive instead. It is shown only now. Write it down or print it, and keep it apart from this computer.</source>
        <translation>&lt;b&gt;Ihr Wiederherstellungscode&lt;/b&gt;&lt;br&gt;Falls Sie die Passphrase einmal vergessen, öffnet dieser Code das Archiv stattdessen. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf oder drucken Sie ihn aus, und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="159" />
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="160" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="162" />
        <source>I have &amp;written the code down</source>
        <translation>Ich habe den Code &amp;aufgeschrieben</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="165" />
        <source>&amp;Open the archive</source>
        <translation>Archiv ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="459" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="460" />
        <source>Signs of life</source>
        <translation>Lebenszeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="463" />
        <source>Nobody is watched yet. Watch the people whose silence should worry you: the overview then shows how long ago each last gave a sign of life and warns when a silence lasts longer than usual.

To watch someone, run “correspondence-app watch PERSON_ID” in a terminal; “correspondence-app people” lists the people with their ids.</source>
        <translation>Noch wird niemand beobachtet. Beobachten Sie die Menschen, deren Schweigen Sie beunruhigen würde: Die Übersicht zeigt dann, wie lange das letzte Lebenszeichen jeweils her ist, und warnt, wenn eine Stille länger dauert als üblich.

Um jemanden zu beobachten, führen Sie „correspondence-app watch PERSON_ID“ in einem Terminal aus; „correspondence-app people“ listet die Personen mit ihren Nummern.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="474" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="477" />
        <source>Letters awaiting an answer</source>
        <translation>Briefe, die auf Antwort warten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="475" />
        <source>No letter awaits an answer.</source>
        <translation>Kein Brief wartet auf Antwort.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="485" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="486" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="487" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="488" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="489" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="596" />
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="490" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="562" />
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="564" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="597" />
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="598" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="599" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="36" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="41" />
        <source>Importing %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="46" />
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="47" />
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="51" />
        <source>Show &amp;quarantine…</source>
        <translation>&amp;Quarantäne anzeigen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="79" />
        <source>Stopping once the messages being written are saved…</source>
        <translation>Wird beendet, sobald die gerade geschriebenen Nachrichten gespeichert sind…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="90" />
        <source>%Ln message(s) stored, %1 per second, about %2 left</source>
        <translation>
            <numerusform>%Ln Nachricht gespeichert, %1 pro Sekunde, noch etwa %2</numerusform>
            <numerusform>%Ln Nachrichten gespeichert, %1 pro Sekunde, noch etwa %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="101" />
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="101" />
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="102" />
        <source>New messages: %1</source>
        <translation>Neue Nachrichten: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="103" />
        <source>Already in the archive: %1</source>
        <translation>Bereits im Archiv: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="106" />
        <source>Kept in quarantine (could not be read): %1</source>
        <translation>In Quarantäne (nicht lesbar): %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="109" />
        <source>%1 messages per second</source>
        <translation>Nachrichten pro Sekunde: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="122" />
        <source>The import stopped: %1
Nothing already stored was lost.</source>
        <translation>Der Import wurde angehalten: %1
Bereits gespeicherte Nachrichten bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="142" />
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="143" />
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="98" />
        <source>Correspondence Archive</source>
        <translation>Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="126" />
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="205" />
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="208" />
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="210" />
        <source>Q&amp;uarantine…</source>
        <translation>Q&amp;uarantäne…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="212" />
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="215" />
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="218" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="221" />
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="223" />
        <source>View &amp;source</source>
        <translation>&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="225" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="228" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="230" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="233" />
        <source>&amp;How to search</source>
        <translation>Hilfe zur &amp;Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="235" />
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="238" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="246" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="252" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="257" />
        <source>&amp;Organise</source>
        <translation>&amp;Ordnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="258" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="262" />
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="296" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="365" />
        <source>A letter sent on paper has no mail to show.</source>
        <translation>Zu einem Brief auf Papier gibt es keine E-Mail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="491" />
        <source>%Ln conversation(s) found</source>
        <translation>
            <numerusform>%Ln Unterhaltung gefunden</numerusform>
            <numerusform>%Ln Unterhaltungen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="498" />
        <source>Cannot read the search: %1</source>
        <translation>Die Suchanfrage ist nicht verständlich: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="501" />
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="507" />
        <source>Import mail files</source>
        <translation>E-Mail-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="509" />
        <source>Mail files (*.mbox *.eml *.mbx *.msg);;All files (*)</source>
        <translation>E-Mail-Dateien (*.mbox *.eml *.mbx *.msg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="516" />
        <source>Import a Maildir or a folder of mail files</source>
        <translation>Maildir oder Ordner mit E-Mail-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="526" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="526" />
        <source>Please wait until the running import ends.</source>
        <translation>Bitte warten Sie, bis der laufende Import beendet ist.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="565" />
        <source>Print message</source>
        <translation>Nachricht drucken</translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="86" />
        <source>%n quoted line(s)</source>
        <translation>
            <numerusform>%n zitierte Zeile</numerusform>
            <numerusform>%n zitierte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="138" />
        <source>Write to this address with your mail program?

%1</source>
        <translation>Mit Ihrem E-Mail-Programm an diese Adresse schreiben?

%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="142" />
        <source>Open this link in your web browser?

%1</source>
        <translation>Diesen Link in Ihrem Webbrowser öffnen?

%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="147" />
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
</context>
<context>
    <name>MessageTagger</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="136" />
        <source>Tag for %Ln message(s) (a new name creates the tag):</source>
        <translation>
            <numerusform>Tag für %Ln Nachricht (ein neuer Name legt den Tag an):</numerusform>
            <numerusform>Tag für %Ln Nachrichten (ein neuer Name legt den Tag an):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="91" />
        <source>A private note on this message, for example its translation…</source>
        <translation>Eine private Notiz zu dieser Nachricht, etwa ihre Übersetzung…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="94" />
        <source>A private note on the whole conversation, for example its context…</source>
        <translation>Eine private Notiz zur ganzen Unterhaltung, etwa ihr Zusammenhang…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="96" />
        <source>Note on the message</source>
        <translation>Notiz zur Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="97" />
        <source>Note on the conversation</source>
        <translation>Notiz zur Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="98" />
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
</context>
<context>
    <name>Organising</name>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="28" />
        <source>&amp;Undo tagging</source>
        <translation>Taggen &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="30" />
        <source>&amp;Add tag…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="32" />
        <source>Save &amp;search…</source>
        <translation>&amp;Suche speichern…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="34" />
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="35" />
        <source>&amp;Topic suggestions…</source>
        <translation>&amp;Themenvorschläge…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="66" />
        <source>Type a search first, then save it.</source>
        <translation>Geben Sie zuerst eine Suche ein und speichern Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="69" />
        <location filename="../../correspondence_app/gui/organising.py" line="76" />
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="69" />
        <source>Name for “%1”:</source>
        <translation>Name für „%1“:</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="61" />
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="64" />
        <source>&amp;Mail</source>
        <translation>&amp;Post</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="144" />
        <source>%1: %Ln day(s) without a sign of life</source>
        <translation>
            <numerusform>%1: %Ln Tag ohne Lebenszeichen</numerusform>
            <numerusform>%1: %Ln Tage ohne Lebenszeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="148" />
        <source>A letter waits for an answer past its deadline</source>
        <translation>Ein Brief wartet über die Frist hinaus auf Antwort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="150" />
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(und %Ln weiteres)</numerusform>
            <numerusform>(und %Ln weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="151" />
        <source>— open the overview (Ctrl+1)</source>
        <translation>– Übersicht öffnen (Strg+1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="167" />
        <source>Correspondence Archive</source>
        <translation>Correspondence Archive</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="21" />
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="24" />
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="28" />
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="29" />
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="35" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="37" />
        <source>R&amp;epeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="41" />
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="60" />
        <source>very weak</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="61" />
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="62" />
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="63" />
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="64" />
        <source>strong</source>
        <translation>stark</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="278" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="281" />
        <source>No sign of life yet</source>
        <translation>Noch kein Lebenszeichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="280" />
        <source>Watched for %Ln day(s)</source>
        <translation>
            <numerusform>Seit %Ln Tag beobachtet</numerusform>
            <numerusform>Seit %Ln Tagen beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="285" />
        <source>day(s) since the last sign of life</source>
        <translation>
            <numerusform>Tag seit dem letzten Lebenszeichen</numerusform>
            <numerusform>Tage seit dem letzten Lebenszeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="289" />
        <source>Last sign: %1, %2 (%3)</source>
        <translation>Letztes Zeichen: %1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="294" />
        <source>%Ln day(s) since the last sign of life</source>
        <translation>
            <numerusform>%Ln Tag seit dem letzten Lebenszeichen</numerusform>
            <numerusform>%Ln Tage seit dem letzten Lebenszeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="296" />
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="322" />
        <source>As usual</source>
        <translation>Wie gewohnt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="323" />
        <source>Longer than usual</source>
        <translation>Länger als gewohnt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="324" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="329" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="330" />
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="331" />
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="332" />
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="333" />
        <source>Through someone else</source>
        <translation>Über jemand anderen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="334" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="335" />
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="341" />
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Gewöhnlich jeden Tag</numerusform>
            <numerusform>Gewöhnlich alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="342" />
        <source>overdue after %Ln day(s)</source>
        <translation>
            <numerusform>überfällig nach %Ln Tag</numerusform>
            <numerusform>überfällig nach %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="343" />
        <source>%1; %2</source>
        <comment>usual gap; threshold</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="33" />
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="80" />
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="38" />
        <source>These messages could not be read. Each is kept whole, exactly as it was found, so nothing is lost. You can save the originals to look at them with another program.</source>
        <translation>Diese Nachrichten konnten nicht gelesen werden. Jede wird vollständig und genau so aufbewahrt, wie sie gefunden wurde, damit nichts verloren geht. Sie können die Originale speichern, um sie mit einem anderen Programm anzusehen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="46" />
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="46" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="46" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="46" />
        <source>Quarantined on</source>
        <translation>In Quarantäne seit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="81" />
        <source>%Ln original(s) saved.</source>
        <translation>
            <numerusform>%Ln Original gespeichert.</numerusform>
            <numerusform>%Ln Originale gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="59" />
        <source>Quarantined messages</source>
        <translation>Nachrichten in Quarantäne</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="64" />
        <source>&amp;Save originals…</source>
        <translation>Originale &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="75" />
        <source>Save the originals in</source>
        <translation>Originale speichern in</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="73" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="86" />
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="79" />
        <source>A rule is a saved search: the messages it finds get its tags. Ticked rules also tag every new import.</source>
        <translation>Eine Regel ist eine gespeicherte Suche: Die gefundenen Nachrichten erhalten ihre Tags. Angehakte Regeln taggen auch jeden neuen Import.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="87" />
        <source>Ticked rules tag every new import</source>
        <translation>Angehakte Regeln taggen jeden neuen Import</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="89" />
        <source>Ne&amp;w rule</source>
        <translation>Ne&amp;ue Regel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="91" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="93" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="310" />
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="97" />
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="98" />
        <source>e.g. Asylum case</source>
        <translation>z. B. Asylverfahren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="101" />
        <source>Query</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="102" />
        <source>e.g. from:sergej Antrag</source>
        <translation>z. B. from:sergej Antrag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="105" />
        <source>Query problem</source>
        <translation>Problem mit der Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="108" />
        <source>Tags to add</source>
        <translation>Hinzuzufügende Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="109" />
        <source>Comma-separated, e.g. Asylum, Offices/Embassy</source>
        <translation>Durch Kommas getrennt, z. B. Asyl, Behörden/Botschaft</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="114" />
        <source>Apply to new &amp;imports</source>
        <translation>Auf neue &amp;Importe anwenden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="118" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="120" />
        <source>Save rule</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="121" />
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="123" />
        <source>Count the messages the rule would tag</source>
        <translation>Die Nachrichten zählen, die die Regel taggen würde</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="124" />
        <source>&amp;Apply to the whole archive</source>
        <translation>Auf das ganze &amp;Archiv anwenden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="126" />
        <source>&amp;Undo last apply</source>
        <translation>Letzte Anwendung &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="130" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="135" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="137" />
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="174" />
        <source>&amp;Rules:</source>
        <translation>&amp;Regeln:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="187" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="188" />
        <source>&amp;Query:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="191" />
        <source>&amp;Tags to add:</source>
        <translation>&amp;Tags hinzufügen:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="266" />
        <source>Off: new imports do not get its tags</source>
        <translation>Aus: Neue Importe erhalten ihre Tags nicht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="286" />
        <source>The rule could not be switched: %1</source>
        <translation>Die Regel konnte nicht umgeschaltet werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="312" />
        <source>Delete the rule “%1”?

The tags it gave stay on the messages; new imports no longer get them.</source>
        <translation>Die Regel „%1“ löschen?

Die vergebenen Tags bleiben an den Nachrichten; neue Importe erhalten sie nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="323" />
        <source>The rule could not be deleted: %1</source>
        <translation>Die Regel konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="334" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="334" />
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="366" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="395" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="483" />
        <source>Cannot read the query: %1</source>
        <translation>Die Suche ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="369" />
        <source>Save the changes to preview or apply the rule.</source>
        <translation>Speichern Sie die Änderungen, um die Regel vorzuschauen oder anzuwenden.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="377" />
        <source>Please give the rule a name.</source>
        <translation>Bitte geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="380" />
        <source>Please enter a query: the messages it finds get the tags.</source>
        <translation>Bitte geben Sie eine Suche ein: Die gefundenen Nachrichten erhalten die Tags.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="383" />
        <source>Please name at least one tag to add.</source>
        <translation>Bitte nennen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="398" />
        <source>The rule could not be saved: %1</source>
        <translation>Die Regel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="404" />
        <source>Rule saved.</source>
        <translation>Regel gespeichert.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="456" />
        <source>%1 messages match; %2 would get a tag</source>
        <translation>%1 Nachrichten passen; %2 würden einen Tag erhalten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="465" />
        <source>%1 messages got a tag</source>
        <translation>%1 Nachrichten haben einen Tag erhalten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="473" />
        <source>%1 messages changed back</source>
        <translation>%1 Nachrichten zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="485" />
        <source>The rule could not be applied: %1</source>
        <translation>Die Regel konnte nicht angewendet werden: %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="37" />
        <source>Search (%1), e.g. Antrag from:sergej date:2023</source>
        <translation>Suchen (%1), z. B. Antrag from:sergej date:2023</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="39" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="43" />
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="44" />
        <source>How to search</source>
        <translation>Hilfe zur Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="47" />
        <source>Search problem</source>
        <translation>Problem bei der Suche</translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="97" />
        <source>How to search</source>
        <translation>Hilfe zur Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="100" />
        <source>messages with both words, in any form</source>
        <translation>Nachrichten mit beiden Wörtern, in jeder Wortform</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="101" />
        <source>exactly this phrase</source>
        <translation>genau diese Wortfolge</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="102" />
        <source>either word</source>
        <translation>eines der beiden Wörter</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="103" />
        <source>messages without the word (also: NOT)</source>
        <translation>Nachrichten ohne das Wort (auch: NOT)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="104" />
        <source>parentheses group words</source>
        <translation>Klammern fassen Wörter zusammen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="105" />
        <source>the sender, by name or address</source>
        <translation>der Absender, nach Name oder Adresse</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="106" />
        <source>any recipient (To, Cc, Bcc)</source>
        <translation>ein beliebiger Empfänger (An, Cc, Bcc)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="107" />
        <source>the Cc recipients</source>
        <translation>die Cc-Empfänger</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="108" />
        <source>only in the subject</source>
        <translation>nur im Betreff</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="109" />
        <source>only in the text</source>
        <translation>nur im Text</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="110" />
        <source>an attachment's name or the text inside it</source>
        <translation>Name oder enthaltener Text eines Anhangs</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="111" />
        <source>an attachment's file name</source>
        <translation>Dateiname eines Anhangs</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="112" />
        <source>messages with attachments</source>
        <translation>Nachrichten mit Anhängen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="113" />
        <source>the folder or mailbox file it was imported from</source>
        <translation>Herkunft beim Import (Ordner oder Postfachdatei)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="114" />
        <source>a year, month or day</source>
        <translation>ein Jahr, ein Monat oder ein Tag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="115" />
        <source>a date range</source>
        <translation>ein Zeitraum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="116" />
        <source>before or from a date</source>
        <translation>vor oder ab einem Datum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="117" />
        <source>the language of the message</source>
        <translation>die Sprache der Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="118" />
        <source>words that begin with these letters</source>
        <translation>Wörter, die mit diesen Buchstaben beginnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="125" />
        <source>Names are found in Latin and Cyrillic letters alike: Sergej, Sergey and Сергей find each other. Upper and lower case, accents and German ae/oe/ue spellings do not matter.</source>
        <translation>Namen werden in lateinischer und kyrillischer Schrift gleichermaßen gefunden: Sergej, Sergey und Сергей finden einander. Groß- und Kleinschreibung, Akzente und die Schreibweisen ae/oe/ue statt ä/ö/ü spielen keine Rolle.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="27" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="30" />
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="39" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="40" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="43" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="44" />
        <source>Lock &amp;after inactivity:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="45" />
        <source>A new language is used from the next start.</source>
        <translation>Eine andere Sprache gilt ab dem nächsten Programmstart.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="37" />
        <source>Folders, tags and dates</source>
        <translation>Ordner, Tags und Daten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="112" />
        <source>&amp;New tag…</source>
        <translation>&amp;Neuer Tag…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="115" />
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="117" />
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="119" />
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="122" />
        <source>&amp;Delete tag</source>
        <translation>Tag &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="127" />
        <source>&amp;Merge into one of my tags…</source>
        <translation>In einen eigenen Tag &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="131" />
        <source>&amp;Drop this folder's tag</source>
        <translation>Tag dieses Ordners &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="137" />
        <source>&amp;Delete saved search</source>
        <translation>Gespeicherte Suche &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="151" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="159" />
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="159" />
        <source>Name (use / to nest, e.g. Authorities/Embassy):</source>
        <translation>Name (/ für Unter-Tags, z. B. Behörden/Botschaft):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="168" />
        <source>Rename tag</source>
        <translation>Tag umbenennen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="169" />
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="177" />
        <source>Tag colour</source>
        <translation>Farbe des Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="189" />
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="195" />
        <source>Merge tags</source>
        <translation>Tags zusammenführen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="190" />
        <source>Create a tag of your own to merge into first.</source>
        <translation>Legen Sie zuerst einen eigenen Tag an, in den zusammengeführt werden kann.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="196" />
        <source>Give every message of “%1” the tag:</source>
        <translation>Jeder Nachricht mit „%1“ diesen Tag geben:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="209" />
        <source>Delete tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="210" />
        <source>Remove “%1” from every message? The messages themselves stay.</source>
        <translation>„%1“ von allen Nachrichten entfernen? Die Nachrichten selbst bleiben.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="68" />
        <source>All mail (%1)</source>
        <translation>Alle Nachrichten (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="72" />
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="81" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="85" />
        <source>(none yet: tag conversations from their menu)</source>
        <translation>(noch keine: Unterhaltungen über ihr Menü taggen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="92" />
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="123" />
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>SignsChart</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="68" />
        <source>Signs of life per month</source>
        <translation>Lebenszeichen pro Monat</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="74" />
        <source>%1 %2: %3</source>
        <comment>month, year: signs</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="85" />
        <source>Signs of life per month, the last twelve months:</source>
        <translation>Lebenszeichen pro Monat, die letzten zwölf Monate:</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/source_dialog.py" line="13" />
        <location filename="../../correspondence_app/gui/dialogs/source_dialog.py" line="19" />
        <source>Message source</source>
        <translation>Quelltext der Nachricht</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="68" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="69" />
        <source>Correspondents</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="70" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="71" />
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="177" />
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="193" />
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>ThreadTagger</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="36" />
        <source>&amp;Add tag…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="41" />
        <source>&amp;Remove tag</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="69" />
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="60" />
        <source>Tag for %Ln conversation(s) (a new name creates the tag):</source>
        <translation>
            <numerusform>Tag für %Ln Unterhaltung (ein neuer Name legt den Tag an):</numerusform>
            <numerusform>Tag für %Ln Unterhaltungen (ein neuer Name legt den Tag an):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="89" />
        <source>Tagged %Ln message(s) “%1”</source>
        <translation>
            <numerusform>%Ln Nachricht mit „%1“ getaggt</numerusform>
            <numerusform>%Ln Nachrichten mit „%1“ getaggt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="97" />
        <source>Removed “%1” from %Ln message(s)</source>
        <translation>
            <numerusform>„%1“ von %Ln Nachricht entfernt</numerusform>
            <numerusform>„%1“ von %Ln Nachrichten entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="105" />
        <source>Undid the last tagging: %Ln message(s) changed back</source>
        <translation>
            <numerusform>Letztes Taggen rückgängig: %Ln Nachricht zurückgesetzt</numerusform>
            <numerusform>Letztes Taggen rückgängig: %Ln Nachrichten zurückgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="112" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="115" />
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_panel.py" line="41" />
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_panel.py" line="42" />
        <source>Show the whole time again (Escape on the timeline)</source>
        <translation>Wieder den ganzen Zeitraum zeigen (Esc auf der Zeitleiste)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_panel.py" line="79" />
        <source>Only %1 to %2</source>
        <translation>Nur %1 bis %2</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="62" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="65" />
        <source>Messages received and sent per period. Drag across the bars to choose a period; Escape or a double-click clears the choice.</source>
        <translation>Empfangene und gesendete Nachrichten je Zeitraum. Über die Balken ziehen wählt einen Zeitraum; Esc oder Doppelklick hebt die Wahl auf.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="182" />
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="437" />
        <source>%1 %2</source>
        <comment>a month and its year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="187" />
        <source>Week %1, %2</source>
        <translation>Woche %1, %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="197" />
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 empfangen, %3 gesendet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="320" />
        <source>No dated messages</source>
        <translation>Keine datierten Nachrichten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="479" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="479" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="43" />
        <source>Topic suggestions</source>
        <translation>Themenvorschläge</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="47" />
        <source>Conversations without a tag of yours, grouped by the words they share. Accept a group as a tag, or dismiss it: it will not be suggested again.</source>
        <translation>Unterhaltungen ohne eigenen Tag, gruppiert nach gemeinsamen Wörtern. Übernehmen Sie eine Gruppe als Tag oder verwerfen Sie sie: Sie wird nicht wieder vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="54" />
        <source>Reading the conversations… %p%</source>
        <translation>Unterhaltungen werden gelesen… %p%</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="55" />
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="58" />
        <source>Suggested topics</source>
        <translation>Vorgeschlagene Themen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="64" />
        <source>Name of the tag, e.g. Asyl/Anträge</source>
        <translation>Name des Tags, z. B. Asyl/Anträge</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="66" />
        <source>Also tag new mail with these words (a rule)</source>
        <translation>Auch neue Post mit diesen Wörtern taggen (eine Regel)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="67" />
        <source>&amp;Accept as tag</source>
        <translation>Als Tag ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="69" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="75" />
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="76" />
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="138" />
        <source>%1 (%Ln conversation(s))</source>
        <translation>
            <numerusform>%1 (%Ln Unterhaltung)</numerusform>
            <numerusform>%1 (%Ln Unterhaltungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="146" />
        <source>Stopped. Open the suggestions again to look anew.</source>
        <translation>Angehalten. Öffnen Sie die Vorschläge erneut, um neu zu suchen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="149" />
        <source>No suggestions: every conversation has a tag, or too few share words.</source>
        <translation>Keine Vorschläge: Jede Unterhaltung hat einen Tag, oder zu wenige teilen Wörter.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="160" />
        <source>The suggestions could not be made: %1</source>
        <translation>Die Vorschläge konnten nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="200" />
        <source>Tagged %Ln message(s) “%1”.</source>
        <translation>
            <numerusform>%Ln Nachricht mit „%1“ getaggt.</numerusform>
            <numerusform>%Ln Nachrichten mit „%1“ getaggt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="204" />
        <source>A rule tags new mail too.</source>
        <translation>Eine Regel taggt auch neue Post.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="215" />
        <source>“%1” will not be suggested again.</source>
        <translation>„%1“ wird nicht wieder vorgeschlagen.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="40" />
        <source>Unlock archive</source>
        <translation>Archiv entsperren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="44" />
        <source>Enter the passphrase of the archive in
%1</source>
        <translation>Geben Sie die Passphrase des Archivs in diesem Ordner ein:
%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="50" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="51" />
        <source>Passphrase or recovery code</source>
        <translation>Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="54" />
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="58" />
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="61" />
        <source>&amp;Other archive…</source>
        <translation>&amp;Anderes Archiv…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="84" />
        <source>Please enter the passphrase.</source>
        <translation>Bitte geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="111" />
        <source>This recovery code is mistyped: a character is wrong, missing or swapped. Please compare it with your written copy.</source>
        <translation>Dieser Wiederherstellungscode ist vertippt: Ein Zeichen ist falsch, fehlt oder ist vertauscht. Bitte vergleichen Sie ihn mit Ihrer Abschrift.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="115" />
        <source>Wrong passphrase or recovery code. Please try again.</source>
        <translation>Falsche Passphrase oder falscher Wiederherstellungscode. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="119" />
        <source>The archive could not be opened: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="33" />
        <source>Correspondence Archive</source>
        <translation>Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="35" />
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="38" />
        <source>Correspondence Archive keeps your mail in one encrypted archive on this computer. Nothing leaves it, and nothing is fetched from the internet while you read.</source>
        <translation>Correspondence Archive bewahrt Ihre E-Mails in einem verschlüsselten Archiv auf diesem Computer auf. Nichts verlässt den Computer, und während Sie lesen, wird nichts aus dem Internet geladen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="45" />
        <source>&amp;Create a new archive</source>
        <translation>&amp;Neues Archiv erstellen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="46" />
        <source>Choose a passphrase; then import your mail.</source>
        <translation>Wählen Sie eine Passphrase und importieren Sie dann Ihre E-Mails.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="49" />
        <source>&amp;Open an existing archive</source>
        <translation>&amp;Vorhandenes Archiv öffnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="50" />
        <source>A folder made by Correspondence Archive, for example on a USB stick.</source>
        <translation>Ein von Correspondence Archive angelegter Ordner, zum Beispiel auf einem USB-Stick.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="68" />
        <source>Open an archive folder</source>
        <translation>Archivordner öffnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="74" />
        <source>Not an archive</source>
        <translation>Kein Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="75" />
        <source>The folder %1 is not an archive of Correspondence Archive.</source>
        <translation>Der Ordner %1 ist kein Archiv von Correspondence Archive.</translation>
    </message>
</context>
<context>
    <name>_Note</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="70" />
        <source>Stored encrypted in the archive; only you can read it.</source>
        <translation>Verschlüsselt im Archiv gespeichert; nur Sie können sie lesen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="74" />
        <source>Saved %1 by %2</source>
        <translation>Gespeichert %1 von %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="74" />
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
</context>
</TS>
