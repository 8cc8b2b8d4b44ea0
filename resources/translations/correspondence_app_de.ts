<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="100" />
        <source>Change mail account</source>
        <translation>E-Mail-Konto ändern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="100" />
        <source>Add mail account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="108" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="111" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="111" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="126" />
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="126" />
        <source>anna@example.org</source>
        <translation>anna@example.org</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="127" />
        <source>Or the user name your provider gave you</source>
        <translation>Oder der Benutzername, den Ihnen Ihr Anbieter gegeben hat</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="128" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="131" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="134" />
        <source>Other server</source>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="137" />
        <source>What the provider asks for</source>
        <translation>Was der Anbieter verlangt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="138" />
        <source>Name in the archive</source>
        <translation>Name im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="139" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="139" />
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="142" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="144" />
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="145" />
        <source>TLS (usually port 993)</source>
        <translation>TLS (meist Port 993)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="146" />
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (meist Port 143)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="159" />
        <source>In the archive, encrypted with it (recommended)</source>
        <translation>Im Archiv, mit ihm verschlüsselt (empfohlen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="160" />
        <source>Nowhere: ask for it at every sync</source>
        <translation>Nirgends: bei jedem Abruf danach fragen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="161" />
        <source>In the desktop's keyring</source>
        <translation>Im Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="172" />
        <source>No desktop keyring (such as GNOME Keyring or KWallet) was found.</source>
        <translation>Es wurde kein Schlüsselbund des Desktops (etwa GNOME Keyring oder KWallet) gefunden.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="176" />
        <source>Fetch new mail a&amp;utomatically</source>
        <translation>Neue Mails a&amp;utomatisch abrufen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="180" />
        <source>Interval in minutes</source>
        <translation>Abstand in Minuten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="184" />
        <source>Only while the archive is open and unlocked. A password that is asked for must have been typed once since unlocking.</source>
        <translation>Nur solange das Archiv geöffnet und entsperrt ist. Ein Passwort, nach dem gefragt wird, muss seit dem Entsperren einmal eingegeben worden sein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="192" />
        <source>The archive fetches a copy of your mail over IMAP. Nothing on the server is changed or deleted.</source>
        <translation>Das Archiv ruft eine Kopie Ihrer Mails über IMAP ab. Auf dem Server wird nichts verändert oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="196" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="199" />
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="201" />
        <source>P&amp;rovider:</source>
        <translation>Anbiete&amp;r:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="203" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="205" />
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="208" />
        <source>To use another server or user name, remove the account and add it again; the mail already fetched stays in the archive.</source>
        <translation>Für einen anderen Server oder Benutzernamen entfernen Sie das Konto und fügen es neu hinzu; die bereits abgerufenen Mails bleiben im Archiv.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="214" />
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="215" />
        <source>P&amp;ort:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="218" />
        <source>Keep the password</source>
        <translation>Passwort aufbewahren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="220" />
        <source>&amp;Interval in minutes:</source>
        <translation>&amp;Intervall in Minuten:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="222" />
        <source>Automatic sync</source>
        <translation>Automatischer Abruf</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="259" />
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="260" />
        <source>Leave empty to keep the password</source>
        <translation>Leer lassen, um das Passwort zu behalten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="270" />
        <source>Type the password and test the connection to choose the folders.</source>
        <translation>Geben Sie das Passwort ein und testen Sie die Verbindung, um die Ordner zu wählen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="281" />
        <source>As the address</source>
        <translation>Wie die Adresse</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="427" />
        <source>Type the password, so that it can be kept.</source>
        <translation>Geben Sie das Passwort ein, damit es aufbewahrt werden kann.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="430" />
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="61" />
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="72" />
        <source>Mail accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="66" />
        <source>The archive fetches copies of the mail in these accounts. Nothing on the server is changed or deleted, and removing an account keeps the mail already fetched.</source>
        <translation>Das Archiv ruft Kopien der Mails in diesen Konten ab. Auf dem Server wird nichts verändert oder gelöscht, und wird ein Konto entfernt, bleiben die bereits abgerufenen Mails erhalten.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="77" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="77" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="77" />
        <source>Last sync</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="77" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="90" />
        <source>No mail account yet. Add one to fetch your mail from GMX, Gmail, Mail.ru or any other provider that offers IMAP.</source>
        <translation>Noch kein E-Mail-Konto. Fügen Sie eines hinzu, um Ihre Mails von GMX, Gmail, Mail.ru oder jedem anderen Anbieter mit IMAP abzurufen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="103" />
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="104" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="105" />
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="106" />
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="111" />
        <source>Sync progress</source>
        <translation>Fortschritt des Abrufs</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="113" />
        <source>Cancel s&amp;ync</source>
        <translation>Abruf abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="125" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="150" />
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="314" />
        <source>Fetching mail…</source>
        <translation>Mails werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="193" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="198" />
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="200" />
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="208" />
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln neue Nachricht</numerusform>
            <numerusform>%Ln neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="210" />
        <source>No new mail</source>
        <translation>Keine neuen Mails</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="212" />
        <source>Cancelled after %Ln new message(s)</source>
        <translation>
            <numerusform>Abgebrochen nach %Ln neuen Nachricht</numerusform>
            <numerusform>Abgebrochen nach %Ln neuen Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="214" />
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="216" />
        <source>Not synced yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="219" />
        <source>%Ln could not be read (quarantine)</source>
        <translation>
            <numerusform>%Ln nicht lesbar (Quarantäne)</numerusform>
            <numerusform>%Ln nicht lesbar (Quarantäne)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="224" />
        <source>Folders: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="226" />
        <source>Folders: all but spam (on Gmail: All Mail)</source>
        <translation>Ordner: alle außer Spam (bei Gmail: „Alle Nachrichten“)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="230" />
        <source>New mail is fetched every %Ln minute(s) while the archive is open</source>
        <translation>
            <numerusform>Neue Mails werden jede Minute abgerufen, solange das Archiv geöffnet ist</numerusform>
            <numerusform>Neue Mails werden alle %Ln Minuten abgerufen, solange das Archiv geöffnet ist</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="235" />
        <source>New mail is fetched when you choose “Sync now”</source>
        <translation>Neue Mails werden abgerufen, wenn Sie „Jetzt abrufen“ wählen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="237" />
        <source>The password is kept in the archive</source>
        <translation>Das Passwort wird im Archiv aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="238" />
        <source>The password is asked for at each sync</source>
        <translation>Das Passwort wird bei jedem Abruf erfragt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="239" />
        <source>The password is kept in the desktop's keyring</source>
        <translation>Das Passwort wird im Schlüsselbund des Desktops aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="243" />
        <source>The last sync failed: %1</source>
        <translation>Der letzte Abruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="277" />
        <source>“%1” was added. Choose “Sync now” to fetch its mail.</source>
        <translation>„%1“ wurde hinzugefügt. Wählen Sie „Jetzt abrufen“, um seine Mails abzurufen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="294" />
        <source>Remove the mail account “%1”?

The mail already fetched from it stays in the archive, and nothing on the server changes; new mail is no longer fetched.</source>
        <translation>Das E-Mail-Konto „%1“ entfernen?

Die bereits abgerufenen Mails bleiben im Archiv, und auf dem Server ändert sich nichts; neue Mails werden nicht mehr abgerufen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="297" />
        <source>Remove mail account</source>
        <translation>E-Mail-Konto entfernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="324" />
        <source>Stopping once the messages being written are saved…</source>
        <translation>Wird beendet, sobald die gerade geschriebenen Nachrichten gespeichert sind…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="341" />
        <source>The sync of %1 failed.</source>
        <translation>Der Abruf von %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>AnsweredDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="210" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="213" />
        <source>An answer that came another way: by post, by phone, in person.</source>
        <translation>Eine Antwort, die auf anderem Weg kam: per Post, per Telefon, persönlich.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="215" />
        <source>&amp;Record answer</source>
        <translation>Antwort &amp;eintragen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="222" />
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="224" />
        <source>How the answer came</source>
        <translation>Wie die Antwort kam</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="224" />
        <source>e.g. Reply by post, file number 123</source>
        <translation>z. B. Antwort per Post, Aktenzeichen 123</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="226" />
        <source>Letter:</source>
        <translation>Brief:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="227" />
        <source>&amp;Answered on:</source>
        <translation>Beantwortet &amp;am:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="228" />
        <source>&amp;How / note:</source>
        <translation>&amp;Wie / Notiz:</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="235" />
        <source>About Correspondence Archive</source>
        <translation>Über Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="237" />
        <source>&lt;h3&gt;Correspondence Archive %1&lt;/h3&gt;&lt;p&gt;A private, encrypted, offline archive of correspondence.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted with your passphrase. Nothing is fetched from the internet while you read.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Correspondence Archive %1&lt;/h3&gt;&lt;p&gt;Ein privates, verschlüsseltes Offline-Archiv für Korrespondenz.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer, verschlüsselt mit Ihrer Passphrase. Während Sie lesen, wird nichts aus dem Internet geladen.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backing</name>
    <message>
        <location filename="../../correspondence_app/gui/backing_up.py" line="33" />
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/backing_up.py" line="35" />
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="81" />
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="93" />
        <source>This archive has never been backed up.</source>
        <translation>Dieses Archiv wurde noch nie gesichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="95" />
        <source>No backup for %Ln day(s).</source>
        <translation>
            <numerusform>Seit %Ln Tag keine Sicherung.</numerusform>
            <numerusform>Seit %Ln Tagen keine Sicherung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="97" />
        <source>A backup on another drive keeps your mail if this one fails.</source>
        <translation>Eine Sicherung auf einem anderen Laufwerk bewahrt Ihre Post, falls dieses ausfällt.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="115" />
        <source>Back up the archive</source>
        <translation>Archiv sichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="119" />
        <source>A backup is an encrypted copy of the archive in a new folder, read back and checked after writing. Keep it on another drive, such as a USB stick or an external disk: the passphrase or the recovery code opens it. You can go on working while it runs.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Kopie des Archivs in einem neuen Ordner, die nach dem Schreiben zurückgelesen und geprüft wird. Bewahren Sie sie auf einem anderen Laufwerk auf, etwa einem USB-Stick oder einer externen Festplatte: Die Passphrase oder der Wiederherstellungscode öffnet sie. Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="127" />
        <source>Folder for the backups</source>
        <translation>Ordner für die Sicherungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="127" />
        <source>A folder on a USB stick or another drive</source>
        <translation>Ein Ordner auf einem USB-Stick oder einem anderen Laufwerk</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="132" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="136" />
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="139" />
        <source>newest backups of this archive there; older ones are removed once the new one is verified</source>
        <translation>neueste Sicherungen dieses Archivs dort; ältere werden entfernt, sobald die neue geprüft ist</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="146" />
        <source>Back up &amp;to:</source>
        <translation>Sichern &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="147" />
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="152" />
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="157" />
        <source>Folder of the new backup</source>
        <translation>Ordner der neuen Sicherung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="163" />
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="192" />
        <source>This archive has never been backed up.</source>
        <translation>Dieses Archiv wurde noch nie gesichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="194" />
        <source>Last backup: %1, %Ln message(s), in %2</source>
        <translation>
            <numerusform>Letzte Sicherung: %1, %Ln Nachricht, in %2</numerusform>
            <numerusform>Letzte Sicherung: %1, %Ln Nachrichten, in %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="206" />
        <source>Choose the folder for the backups</source>
        <translation>Ordner für die Sicherungen wählen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="239" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="246" />
        <source>Writing the encrypted copy…</source>
        <translation>Die verschlüsselte Kopie wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="247" />
        <source>Reading the copy back from the drive…</source>
        <translation>Die Kopie wird vom Laufwerk zurückgelesen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="248" />
        <source>Checking every stored message in the copy…</source>
        <translation>Jede gespeicherte Nachricht in der Kopie wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="250" />
        <source>Preparing the backup…</source>
        <translation>Die Sicherung wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="259" />
        <source>The backup is complete and verified: %Ln message(s) (%1) in this new folder:</source>
        <translation>
            <numerusform>Die Sicherung ist vollständig und geprüft: %Ln Nachricht (%1) in diesem neuen Ordner:</numerusform>
            <numerusform>Die Sicherung ist vollständig und geprüft: %Ln Nachrichten (%1) in diesem neuen Ordner:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="271" />
        <source>Older backups removed there (%Ln kept):</source>
        <translation>
            <numerusform>Dort entfernte ältere Sicherungen (%Ln wird behalten):</numerusform>
            <numerusform>Dort entfernte ältere Sicherungen (%Ln werden behalten):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="274" />
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="288" />
        <source>The backup was cancelled; nothing of it was kept.</source>
        <translation>Die Sicherung wurde abgebrochen; nichts davon wurde behalten.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="290" />
        <source>The backup could not be made: %1</source>
        <translation>Die Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="292" />
        <source>The backup stopped unexpectedly: %1</source>
        <translation>Die Sicherung brach unerwartet ab: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="314" />
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="54" />
        <source>Folder with backups</source>
        <translation>Ordner mit Sicherungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="57" />
        <source>Choose a &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="59" />
        <source>Backups &amp;in:</source>
        <translation>Sicherungen &amp;in:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="62" />
        <source>Looking for backups</source>
        <translation>Sicherungen werden gesucht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="64" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="66" />
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="66" />
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="66" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="66" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="90" />
        <source>Choose the folder with the backups</source>
        <translation>Ordner mit den Sicherungen wählen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="128" />
        <source>There are no backups in %1. Choose the folder they were saved in.</source>
        <translation>In %1 gibt es keine Sicherungen. Wählen Sie den Ordner, in dem sie gespeichert wurden.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="139" />
        <source>The folder cannot be read: %1</source>
        <translation>Der Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="146" />
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="148" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="163" />
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="164" />
        <source>Unfinished</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="165" />
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
</context>
<context>
    <name>BundlePasswordDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="28" />
        <source>Encrypted ZIP</source>
        <translation>Verschlüsselte ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="32" />
        <source>“%1” is an encrypted ZIP. Type its password to import the messages in it, with their tags, notes and people.</source>
        <translation>„%1“ ist eine verschlüsselte ZIP-Datei. Geben Sie ihr Passwort ein, um die Nachrichten darin mit ihren Tags, Notizen und Personen zu importieren.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="37" />
        <source>“%1” is an encrypted ZIP. Type its password to import the messages in it.</source>
        <translation>„%1“ ist eine verschlüsselte ZIP-Datei. Geben Sie ihr Passwort ein, um die Nachrichten darin zu importieren.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="44" />
        <source>Password of the encrypted ZIP</source>
        <translation>Passwort der verschlüsselten ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="50" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="53" />
        <source>&amp;Skip this file</source>
        <translation>Diese Datei ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="77" />
        <source>This password does not open “%1”. Please try again.</source>
        <translation>Dieses Passwort öffnet „%1“ nicht. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="36" />
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="42" />
        <source>You opened the archive with the recovery code. Please choose a new passphrase now. The recovery code stays valid.</source>
        <translation>Sie haben das Archiv mit dem Wiederherstellungscode geöffnet. Bitte wählen Sie jetzt eine neue Passphrase. Der Wiederherstellungscode bleibt gültig.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="50" />
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="53" />
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="65" />
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="69" />
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="69" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="97" />
        <source>The current passphrase is wrong.</source>
        <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="99" />
        <source>The passphrase could not be changed: %1</source>
        <translation>Die Passphrase konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="95" />
        <source>&amp;Test connection</source>
        <translation>Ver&amp;bindung testen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="97" />
        <source>Testing the connection</source>
        <translation>Die Verbindung wird getestet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="101" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="102" />
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="275" />
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="108" />
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="112" />
        <source>I have checked this fingerprint with the server's operator; accept this certificate</source>
        <translation>Ich habe diesen Fingerabdruck mit dem Betreiber des Servers abgeglichen; dieses Zertifikat annehmen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="126" />
        <source>Folders to fetch</source>
        <translation>Abzurufende Ordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="128" />
        <source>&amp;Folders to fetch:</source>
        <translation>Abzurufende &amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="132" />
        <source>Gmail keeps every message once in “All Mail”; its labels (Inbox, Sent and your own) become tags in the archive.</source>
        <translation>Gmail bewahrt jede Nachricht einmal in „Alle Nachrichten“ auf; seine Labels (Posteingang, Gesendet und Ihre eigenen) werden im Archiv zu Tags.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="176" />
        <source>Please check the server settings: %1</source>
        <translation>Bitte prüfen Sie die Servereinstellungen: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="188" />
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="205" />
        <source>%1 (all your mail)</source>
        <translation>%1 (alle Ihre Mails)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="207" />
        <source>%1 (spam)</source>
        <translation>%1 (Spam)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="217" />
        <source>Connected. Choose the folders to fetch.</source>
        <translation>Verbunden. Wählen Sie die abzurufenden Ordner.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="228" />
        <source>Type the password to test the connection.</source>
        <translation>Geben Sie das Passwort ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="231" />
        <source>The password could not be read: %1</source>
        <translation>Das Passwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="238" />
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="253" />
        <source>The server's certificate has changed since it was accepted. Accept the new one only if the server's operator confirms its fingerprint:</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit es angenommen wurde. Nehmen Sie das neue nur an, wenn der Betreiber des Servers seinen Fingerabdruck bestätigt:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="258" />
        <source>The server's certificate is not signed by an authority this computer trusts. Servers with a certificate of their own look like this, but so does someone listening in. Compare its fingerprint with the one the server's operator gives you:</source>
        <translation>Das Zertifikat des Servers ist von keiner Stelle unterschrieben, der dieser Computer vertraut. So sehen Server mit einem eigenen Zertifikat aus, aber ebenso jemand, der mithört. Vergleichen Sie seinen Fingerabdruck mit dem, den Ihnen der Betreiber des Servers nennt:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="275" />
        <source>Accepted certificate</source>
        <translation>Angenommenes Zertifikat</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="279" />
        <source>This certificate is accepted for the server, and no other:</source>
        <translation>Dieses Zertifikat ist für den Server angenommen, und kein anderes:</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="84" />
        <source>Messages of the conversation</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="102" />
        <source>Message headers</source>
        <translation>Kopfzeilen der Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="108" />
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="117" />
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="124" />
        <source>Tags of the conversation</source>
        <translation>Tags der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="190" />
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="192" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="192" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="259" />
        <source>%1 (when a mail server received it; no Date field)</source>
        <translation>%1 (Empfang durch einen Mailserver; kein Date-Feld)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="260" />
        <source>%1 (delivery time from the mailbox; no Date field)</source>
        <translation>%1 (Zustellzeit laut Postfach; kein Date-Feld)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="261" />
        <source>%1 (only the file's time: the message has no date)</source>
        <translation>%1 (nur die Zeit der Datei: die Nachricht hat kein Datum)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="272" />
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="273" />
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="276" />
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="279" />
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="280" />
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="288" />
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="340" />
        <source>Show HT&amp;ML</source>
        <translation>HT&amp;ML anzeigen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="340" />
        <source>Show &amp;plain text</source>
        <translation>Nur &amp;Text anzeigen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="366" />
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="371" />
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="374" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="390" />
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="392" />
        <source>“%1” can no longer be read from its message. File → Check the archive's integrity says more; a backup may still hold it.</source>
        <translation>„%1“ kann nicht mehr aus seiner Nachricht gelesen werden. Datei → Unversehrtheit des Archivs prüfen sagt mehr; eine Sicherung enthält es vielleicht noch.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="400" />
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="410" />
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="412" />
        <source>“%1” will be opened with another program. That program may connect to the internet or keep its own copy. Open it?</source>
        <translation>„%1“ wird mit einem anderen Programm geöffnet. Dieses Programm kann sich mit dem Internet verbinden oder eine eigene Kopie behalten. Möchten Sie den Anhang öffnen?</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="86" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="129" />
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="133" />
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="137" />
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="141" />
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="144" />
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="146" />
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="147" />
        <source>a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="148" />
        <source>exists already</source>
        <translation>ist schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="149" />
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="152" />
        <source>the disk could not be read or written</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="156" />
        <source>the file is larger than this disk or system allows</source>
        <translation>die Datei ist größer, als dieser Datenträger oder dieses System erlaubt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="160" />
        <source>the disk could not be read or written (is it still connected?)</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden (ist er noch angeschlossen?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="166" />
        <source>the folder has gone (was the drive removed?)</source>
        <translation>der Ordner ist nicht mehr da (wurde das Laufwerk entfernt?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="170" />
        <source>the disk could not be written (is it full, or was it removed?)</source>
        <translation>der Datenträger konnte nicht beschrieben werden (ist er voll oder wurde er entfernt?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="177" />
        <source>the passphrase must not be empty</source>
        <translation>die Passphrase darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="181" />
        <source>the new passphrase must not be empty</source>
        <translation>die neue Passphrase darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="185" />
        <source>%1: there is already an archive here</source>
        <translation>%1: hier ist schon ein Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="189" />
        <source>%1: the folder is not empty</source>
        <translation>%1: der Ordner ist nicht leer</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="193" />
        <source>%1: the folder cannot be created (%2)</source>
        <translation>%1: der Ordner kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="197" />
        <source>%1: there is no archive folder here</source>
        <translation>%1: hier ist kein Archivordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="201" />
        <source>%1: not an archive (%2 is missing)</source>
        <translation>%1: kein Archiv (%2 fehlt)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="205" />
        <source>%1: the database file %2 is missing</source>
        <translation>%1: die Datenbankdatei %2 fehlt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="209" />
        <source>%1: not an archive database, or damaged</source>
        <translation>%1: keine Archivdatenbank oder beschädigt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="214" />
        <source>%1: the file cannot be read (%2). Is the disk full, or the drive disconnected? Nothing was changed.</source>
        <translation>%1: die Datei kann nicht gelesen werden (%2). Ist der Datenträger voll oder das Laufwerk getrennt? Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="224" />
        <source>%1: this version upgrades the archive and keeps a copy of it first, which needs %2 on this disk; %3 are free. Free some space and open it again; nothing was changed.</source>
        <translation>%1: Diese Version aktualisiert das Archiv und legt vorher eine Kopie davon an, die %2 auf diesem Datenträger braucht; frei sind %3. Bitte schaffen Sie Platz und öffnen Sie es erneut; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="232" />
        <source>%1: the key file is missing</source>
        <translation>%1: die Schlüsseldatei fehlt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="236" />
        <source>%1: not a key file of Correspondence Archive</source>
        <translation>%1: keine Schlüsseldatei von Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="251" />
        <source>%1: the key file is of a newer version (%2): please update the program</source>
        <translation>%1: die Schlüsseldatei stammt von einer neueren Version (%2): bitte aktualisieren Sie das Programm</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="257" />
        <source>%1: the key file is damaged</source>
        <translation>%1: die Schlüsseldatei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="261" />
        <source>%1: the key file is damaged or was changed</source>
        <translation>%1: die Schlüsseldatei ist beschädigt oder wurde verändert</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="275" />
        <source>%1: this is the archive itself</source>
        <translation>%1: das ist das Archiv selbst</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="279" />
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="283" />
        <source>%1: not a file or folder</source>
        <translation>%1: weder Datei noch Ordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="287" />
        <source>%1: the bundle is encrypted: please give its password</source>
        <translation>%1: das Paket ist verschlüsselt: bitte geben Sie sein Passwort ein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="297" />
        <source>%1: wrong password for the bundle</source>
        <translation>%1: falsches Passwort für das Paket</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="301" />
        <source>%1: the bundle cannot be read (%2)</source>
        <translation>%1: das Paket kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="326" />
        <source>the selection holds no message</source>
        <translation>die Auswahl enthält keine Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="330" />
        <source>a bundle needs a password of at least %1 characters</source>
        <translation>ein Paket braucht ein Passwort mit mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="334" />
        <source>%1: exists and is not an empty folder</source>
        <translation>%1: ist schon vorhanden und kein leerer Ordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="337" />
        <source>%1: exists already</source>
        <translation>%1: ist schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="341" />
        <source>%1: no such folder (is the drive connected?)</source>
        <translation>%1: Ordner nicht gefunden (ist das Laufwerk angeschlossen?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="344" />
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="346" />
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="349" />
        <source>%1: the export cannot be written there (%2)</source>
        <translation>%1: der Export kann dort nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="354" />
        <source>%1: another backup of this archive is running</source>
        <translation>%1: eine andere Sicherung dieses Archivs läuft gerade</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="358" />
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="362" />
        <source>%1: no such backup folder</source>
        <translation>%1: Sicherungsordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="366" />
        <source>%1: not a backup (files of a backup are missing)</source>
        <translation>%1: keine Sicherung (Dateien einer Sicherung fehlen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="369" />
        <source>keep at least one backup</source>
        <translation>mindestens eine Sicherung muss bleiben</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="373" />
        <source>%1: cannot write here (%2)</source>
        <translation>%1: hier kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="378" />
        <source>%1: the backup failed: %2; %3; earlier backups and the archive are untouched</source>
        <translation>%1: die Sicherung ist fehlgeschlagen: %2; %3; frühere Sicherungen und das Archiv sind unberührt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="385" />
        <source>remove the unfinished %1 by hand</source>
        <translation>bitte entfernen Sie das unfertige %1 von Hand</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="388" />
        <source>nothing of it was kept</source>
        <translation>nichts davon blieb zurück</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="393" />
        <source>%1: the backup is complete and verified, but could not be recorded in the archive (%2); no older backup was removed</source>
        <translation>%1: die Sicherung ist vollständig und geprüft, konnte aber nicht im Archiv vermerkt werden (%2); keine ältere Sicherung wurde entfernt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="401" />
        <source>older backups were not removed: %1</source>
        <translation>ältere Sicherungen wurden nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="405" />
        <source>%1: a backup cannot go inside the archive folder</source>
        <translation>%1: eine Sicherung kann nicht im Archivordner liegen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="409" />
        <source>%1: the key file cannot be read (%2)</source>
        <translation>%1: die Schlüsseldatei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="413" />
        <source>%1: the key file is not this archive's</source>
        <translation>%1: die Schlüsseldatei gehört nicht zu diesem Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="415" />
        <source>its check found: %1</source>
        <translation>ihre Prüfung fand: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="418" />
        <source>it differs from the archive in %1</source>
        <translation>sie weicht vom Archiv ab in %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="426" />
        <source>the copy of %1%2 reads back differently</source>
        <translation>die Kopie von %1%2 liest sich anders zurück</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="430" />
        <source>the disk is full: %1 free, about %2 needed</source>
        <translation>der Datenträger ist voll: %1 frei, etwa %2 nötig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="434" />
        <source>the restored archive did not pass its check: %1</source>
        <translation>das wiederhergestellte Archiv hat seine Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="438" />
        <source>the restored archive holds %1 messages, the backup %2</source>
        <translation>das wiederhergestellte Archiv enthält %1 Nachrichten, die Sicherung %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="442" />
        <source>%1: the restore failed: %2; nothing of it was kept</source>
        <translation>%1: die Wiederherstellung ist fehlgeschlagen: %2; nichts davon blieb zurück</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="446" />
        <source>%1: a file is in the way; restore into a new folder</source>
        <translation>%1: eine Datei ist im Weg; bitte stellen Sie in einen neuen Ordner wieder her</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="450" />
        <source>%1: there is an archive here already; restore into a new folder</source>
        <translation>%1: hier ist schon ein Archiv; bitte stellen Sie in einen neuen Ordner wieder her</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="456" />
        <source>%1: the folder is not empty; restore into a new folder</source>
        <translation>%1: der Ordner ist nicht leer; bitte stellen Sie in einen neuen Ordner wieder her</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="460" />
        <source>%1: cannot restore into the backup itself</source>
        <translation>%1: kann nicht in die Sicherung selbst wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="464" />
        <source>%1: the copied database reads back differently</source>
        <translation>%1: die kopierte Datenbank liest sich anders zurück</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="468" />
        <source>%1: could not be removed (%2)</source>
        <translation>%1: konnte nicht entfernt werden (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="474" />
        <source>encrypted page check: %1</source>
        <translation>Prüfung der verschlüsselten Seiten: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="478" />
        <source>database integrity: %1 more findings</source>
        <translation>Datenbankintegrität: %1 weitere Befunde</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="482" />
        <source>database integrity: %1</source>
        <translation>Datenbankintegrität: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="486" />
        <source>the database is damaged: %1</source>
        <translation>die Datenbank ist beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="490" />
        <source>message %1: its content does not match its fingerprint</source>
        <translation>Nachricht %1: ihr Inhalt stimmt nicht mit ihrem Fingerabdruck überein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="494" />
        <source>converted message %1: its content does not match its fingerprint</source>
        <translation>umgewandelte Nachricht %1: ihr Inhalt stimmt nicht mit ihrem Fingerabdruck überein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="500" />
        <source>attachment %1: its content does not match its fingerprint</source>
        <translation>Anhang %1: sein Inhalt stimmt nicht mit seinem Fingerabdruck überein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="517" />
        <source>quarantined item %1: its content does not match its fingerprint</source>
        <translation>Eintrag %1 der Quarantäne: sein Inhalt stimmt nicht mit seinem Fingerabdruck überein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="523" />
        <source>%1 more items do not match their fingerprints</source>
        <translation>%1 weitere Einträge stimmen nicht mit ihren Fingerabdrücken überein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="577" />
        <source>%1 is not the file logged on %2 (its fingerprint differs: changed or replaced)</source>
        <translation>%1 ist nicht die am %2 protokollierte Datei (ihr Fingerabdruck weicht ab: verändert oder ersetzt)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="584" />
        <source>%1: changed (its size or fingerprint differs from the manifest)</source>
        <translation>%1: verändert (Größe oder Fingerabdruck weichen vom Manifest ab)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="607" />
        <source>%1: changed (its fingerprint differs from the manifest)</source>
        <translation>%1: verändert (der Fingerabdruck weicht vom Manifest ab)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="613" />
        <source>%1: changed (its fingerprint differs from %2)</source>
        <translation>%1: verändert (der Fingerabdruck weicht von %2 ab)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="631" />
        <source>%1: its fingerprint is not the one in %2 (%3 bytes, %4 when written): the file has changed</source>
        <translation>%1: der Fingerabdruck ist nicht der in %2 (%3 Bytes, %4 beim Schreiben): die Datei wurde verändert</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="639" />
        <source>%1: its fingerprint is not the one in %2</source>
        <translation>%1: der Fingerabdruck ist nicht der in %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="647" />
        <source>%1 does not match its fingerprint (changed or damaged)</source>
        <translation>%1 stimmt nicht mit seinem Fingerabdruck überein (verändert oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="685" />
        <source>fingerprint over the stored originals</source>
        <translation>Fingerabdruck über die gespeicherten Originale</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="527" />
        <source>not every message could be read: %1</source>
        <translation>nicht jede Nachricht konnte gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="243" />
        <source>%1: made by a newer version of the program (database revision %2): please update the program</source>
        <translation>%1: von einer neueren Version des Programms angelegt (Datenbank-Revision %2): bitte aktualisieren Sie das Programm</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="266" />
        <source>%1: the archive is busy (an import, a sync or a check is running); try again when it has ended</source>
        <translation>%1: das Archiv ist gerade beschäftigt (ein Import, ein Abruf oder eine Prüfung läuft); bitte versuchen Sie es erneut, wenn das beendet ist</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="291" />
        <source>%1: wrong password for the bundle, or the bundle is damaged</source>
        <translation>%1: falsches Passwort für das Paket, oder das Paket ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="305" />
        <source>%1: the ZIP file is encrypted: please give its password</source>
        <translation>%1: die ZIP-Datei ist verschlüsselt: bitte geben Sie ihr Passwort ein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="311" />
        <source>%1: wrong password for the ZIP file, or the ZIP file is damaged</source>
        <translation>%1: falsches Passwort für die ZIP-Datei, oder die ZIP-Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="317" />
        <source>%1: wrong password for the ZIP file</source>
        <translation>%1: falsches Passwort für die ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="321" />
        <source>%1: the ZIP file cannot be read (%2)</source>
        <translation>%1: die ZIP-Datei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="506" />
        <source>The export was not made: %1. Check the archive's integrity (File menu).</source>
        <translation>Der Export wurde nicht erstellt: %1. Prüfen Sie die Unversehrtheit des Archivs (Menü Datei).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="513" />
        <source>message %1: its attachment %2 is no longer found in it</source>
        <translation>Nachricht %1: ihr Anhang %2 ist nicht mehr in ihr zu finden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="531" />
        <source>not every converted message could be read: %1</source>
        <translation>nicht jede umgewandelte Nachricht konnte gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="535" />
        <source>not every attachment could be read: %1</source>
        <translation>nicht jeder Anhang konnte gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="539" />
        <source>not every quarantined item could be read: %1</source>
        <translation>nicht jeder Eintrag der Quarantäne konnte gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="543" />
        <source>not all tags, rules and notes could be read: %1</source>
        <translation>nicht alle Tags, Regeln und Notizen konnten gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="547" />
        <source>%1: an entry points at a missing entry of %2</source>
        <translation>%1: ein Eintrag verweist auf einen fehlenden Eintrag in %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="551" />
        <source>notes: %1 notes, but %2 in their search index (rebuilding the search index mends it)</source>
        <translation>Notizen: %1 Notizen, aber %2 in ihrem Suchindex (ein Neuaufbau des Suchindex behebt das)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="558" />
        <source>export %1 in %2: %3</source>
        <translation>Export %1 in %2: %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="562" />
        <source>its manifest is missing or unreadable (%1)</source>
        <translation>sein Manifest fehlt oder ist unlesbar (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="566" />
        <source>its manifest is not the one logged on %1 (changed or replaced)</source>
        <translation>sein Manifest ist nicht das am %1 protokollierte (verändert oder ersetzt)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="572" />
        <source>its manifest is unreadable</source>
        <translation>sein Manifest ist unlesbar</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="590" />
        <source>%1: missing (listed in the manifest)</source>
        <translation>%1: fehlt (im Manifest aufgeführt)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="594" />
        <source>%1: not in the manifest (added after the export)</source>
        <translation>%1: nicht im Manifest (nach dem Export hinzugefügt)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="598" />
        <source>%1: its list of files is unreadable</source>
        <translation>%1: seine Liste der Dateien ist unlesbar</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="602" />
        <source>%1: file %2 of its list is unreadable</source>
        <translation>%1: Datei %2 seiner Liste ist unlesbar</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="604" />
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="617" />
        <source>%1: not found unchanged in %2</source>
        <translation>%1: nicht unverändert in %2 gefunden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="619" />
        <location filename="../../correspondence_app/gui/core_messages.py" line="657" />
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="622" />
        <source>%1 is damaged: the backup cannot be opened</source>
        <translation>%1 ist beschädigt: die Sicherung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="626" />
        <source>%1 belongs to another archive than %2 says</source>
        <translation>%1 gehört zu einem anderen Archiv, als %2 angibt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="643" />
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="651" />
        <source>%1 is not from a backup of Correspondence Archive</source>
        <translation>%1 stammt nicht aus einer Sicherung von Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="655" />
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="660" />
        <source>%1: version %2, which this program does not know (a newer one?)</source>
        <translation>%1: Version %2, die dieses Programm nicht kennt (eine neuere?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="666" />
        <source>%1 has %2 bytes, %3 says %4</source>
        <translation>%1 hat %2 Bytes, %3 nennt %4</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="668" />
        <source>unfinished</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="672" />
        <source>%1: %2 expected, %3 in the backup</source>
        <translation>%1: %2 erwartet, %3 in der Sicherung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="676" />
        <source>%1: %2 expected, %3 in %4</source>
        <translation>%1: %2 erwartet, %3 in %4</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="678" />
        <source>schema revision</source>
        <translation>Schema-Version</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="679" />
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="680" />
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="681" />
        <source>messages in quarantine</source>
        <translation>Nachrichten in Quarantäne</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="682" />
        <source>stored originals</source>
        <translation>gespeicherte Originale</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="689" />
        <source>a calendar item (%1)</source>
        <translation>ein Kalendereintrag (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="690" />
        <source>a contact (%1)</source>
        <translation>ein Kontakt (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="691" />
        <source>a contact group (%1)</source>
        <translation>eine Kontaktgruppe (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="692" />
        <source>a note (%1)</source>
        <translation>eine Notiz (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="693" />
        <source>a task (%1)</source>
        <translation>eine Aufgabe (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="694" />
        <source>a journal entry (%1)</source>
        <translation>ein Journaleintrag (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="695" />
        <source>a document (%1)</source>
        <translation>ein Dokument (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="696" />
        <source>a changed occurrence of a meeting (%1)</source>
        <translation>ein geänderter Termin einer Serie (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="697" />
        <source>Outlook settings (%1)</source>
        <translation>Outlook-Einstellungen (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="698" />
        <source>Outlook's own data (%1)</source>
        <translation>interne Daten von Outlook (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="699" />
        <source>an Outlook item (%1)</source>
        <translation>ein Outlook-Element (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="704" />
        <source>this person is no longer in the archive</source>
        <translation>diese Person ist nicht mehr im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="708" />
        <source>this message is no longer in the archive</source>
        <translation>diese Nachricht ist nicht mehr im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="712" />
        <source>this conversation is no longer in the archive</source>
        <translation>diese Unterhaltung ist nicht mehr im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="716" />
        <source>this tag is no longer in the archive</source>
        <translation>dieser Tag ist nicht mehr im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="720" />
        <source>this rule is no longer in the archive</source>
        <translation>diese Regel ist nicht mehr im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="724" />
        <source>this group is no longer in the archive</source>
        <translation>diese Gruppe ist nicht mehr im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="728" />
        <source>this sign of life is no longer in the archive</source>
        <translation>dieses Lebenszeichen ist nicht mehr im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="732" />
        <source>this quarantined item is no longer in the archive</source>
        <translation>dieser Eintrag der Quarantäne ist nicht mehr im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="736" />
        <source>“%1” is not a mail address</source>
        <translation>„%1“ ist keine Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="739" />
        <source>a tag needs a name</source>
        <translation>ein Tag braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="742" />
        <source>a tag's name has at most %1 characters</source>
        <translation>der Name eines Tags hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="746" />
        <source>a tag cannot be merged into itself</source>
        <translation>ein Tag kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="750" />
        <source>there is a tag %1 already: merge the two instead</source>
        <translation>es gibt schon einen Tag %1: führen Sie die beiden stattdessen zusammen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="754" />
        <source>there is a tag %1 already</source>
        <translation>es gibt schon einen Tag %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="757" />
        <source>there is no tag %1</source>
        <translation>es gibt keinen Tag %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="762" />
        <source>%1 is a folder found at import and keeps its name; merge it into a tag of your own instead</source>
        <translation>%1 ist ein beim Import gefundener Ordner und behält seinen Namen; führen Sie ihn stattdessen mit einem eigenen Tag zusammen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="770" />
        <source>%1 cannot move below itself</source>
        <translation>%1 kann nicht unter sich selbst verschoben werden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="774" />
        <source>%1: a colour is written #rrggbb</source>
        <translation>%1: eine Farbe wird #rrggbb geschrieben</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="779" />
        <source>the rule “%1” gives the tag %2: change that rule or delete it first, then delete the tag</source>
        <translation>die Regel „%1“ vergibt den Tag %2: ändern oder löschen Sie zuerst diese Regel, dann den Tag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="788" />
        <source>the rules %1 give the tag %2: change those rules or delete them first, then delete the tag</source>
        <translation>die Regeln %1 vergeben den Tag %2: ändern oder löschen Sie zuerst diese Regeln, dann den Tag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="796" />
        <source>%1 is a tag of yours, not a folder's: undo takes a deletion back</source>
        <translation>%1 ist ein eigener Tag, kein Ordner-Tag: „Rückgängig“ nimmt ein Löschen zurück</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="802" />
        <source>the folder tag %1 was not dropped</source>
        <translation>der Ordner-Tag %1 wurde nicht verworfen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="807" />
        <source>the tag %1 cannot come back: there is a tag of that name again (rename it, or merge the two after the undo)</source>
        <translation>der Tag %1 kann nicht zurückkommen: es gibt wieder einen Tag dieses Namens (benennen Sie ihn um oder führen Sie die beiden nach dem Rückgängigmachen zusammen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="816" />
        <source>%1 cannot move back to %2: there is a tag of that name again (rename it first)</source>
        <translation>%1 kann nicht zurück zu %2: es gibt wieder einen Tag dieses Namens (benennen Sie ihn zuerst um)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="823" />
        <source>step %1 does not exist or was undone already</source>
        <translation>Schritt %1 gibt es nicht oder er wurde schon rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="825" />
        <source>a rule needs a name</source>
        <translation>eine Regel braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="826" />
        <source>a rule needs a search</source>
        <translation>eine Regel braucht eine Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="829" />
        <source>a rule needs at least one tag to add</source>
        <translation>eine Regel braucht mindestens einen Tag, den sie vergibt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="833" />
        <source>there is a rule %1 already</source>
        <translation>es gibt schon eine Regel %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="837" />
        <source>a saved search needs a name</source>
        <translation>eine gespeicherte Suche braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="841" />
        <source>a saved search needs a search</source>
        <translation>eine gespeicherte Suche braucht eine Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="845" />
        <source>there is a saved search %1 already</source>
        <translation>es gibt schon eine gespeicherte Suche %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="849" />
        <source>a note has at most %1 characters</source>
        <translation>eine Notiz hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="854" />
        <source>%1: no message in the archive has this address</source>
        <translation>%1: keine Nachricht im Archiv hat diese Adresse</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="858" />
        <source>a person cannot be merged with themselves</source>
        <translation>eine Person kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="862" />
        <source>%1 is the person's only address</source>
        <translation>%1 ist die einzige Adresse dieser Person</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="866" />
        <source>%1: an address is always its own person</source>
        <translation>%1: eine Adresse gehört immer zu genau einer Person</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="870" />
        <source>this is one person already</source>
        <translation>das ist schon eine Person</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="875" />
        <source>this is you (%2 is your address): your own mail is no sign of life</source>
        <translation>das sind Sie (%2 ist Ihre Adresse): Ihre eigene Post ist kein Lebenszeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="881" />
        <source>%1: the number of days is at least 1</source>
        <translation>%1: die Zahl der Tage ist mindestens 1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="885" />
        <source>%1: a deadline is at least 1 day</source>
        <translation>%1: eine Frist ist mindestens 1 Tag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="887" />
        <source>%1 is after today</source>
        <translation>%1 liegt nach heute</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="888" />
        <source>a group needs a name</source>
        <translation>eine Gruppe braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="891" />
        <source>%1: give the domain alone (like amt.example), or the address</source>
        <translation>%1: bitte nur die Domain (wie amt.example) oder die Adresse angeben</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="897" />
        <source>%1: not a mail domain (like amt.example)</source>
        <translation>%1: keine Mail-Domain (wie amt.example)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="901" />
        <source>%1 is not in the group</source>
        <translation>%1 ist nicht in der Gruppe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="905" />
        <source>a letter needs a recipient</source>
        <translation>ein Brief braucht einen Empfänger</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="909" />
        <source>%1: an answer cannot come before the letter (sent %2)</source>
        <translation>%1: eine Antwort kann nicht vor dem Brief kommen (gesendet %2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="913" />
        <source>this message was not sent from your addresses</source>
        <translation>diese Nachricht wurde nicht von Ihren Adressen gesendet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="917" />
        <source>this message has no date</source>
        <translation>diese Nachricht hat kein Datum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="921" />
        <source>your own addresses are not known: add them under “People”, “My addresses”</source>
        <translation>Ihre eigenen Adressen sind nicht bekannt: tragen Sie sie unter „Personen“, „Meine Adressen“ ein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="928" />
        <source>%1: a day is written YYYY-MM-DD</source>
        <translation>%1: ein Tag wird JJJJ-MM-TT geschrieben</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="932" />
        <source>%1: no such time zone (write it like Europe/Berlin)</source>
        <translation>%1: diese Zeitzone gibt es nicht (schreiben Sie sie wie Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="938" />
        <source>the search is too long at character %1 (at most %2 characters)</source>
        <translation>die Suche ist bei Zeichen %1 zu lang (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="945" />
        <source>the search is too long at character %1 (at most %2 words and conditions)</source>
        <translation>die Suche ist bei Zeichen %1 zu lang (höchstens %2 Wörter und Bedingungen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="952" />
        <source>the quote opened at character %1 is not closed</source>
        <translation>das bei Zeichen %1 geöffnete Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="957" />
        <source>nothing to search for at character %1 (a word needs a letter or a digit)</source>
        <translation>nichts zu suchen bei Zeichen %1 (ein Wort braucht einen Buchstaben oder eine Ziffer)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="964" />
        <source>nothing to exclude after “%1” at character %2</source>
        <translation>nach „%1“ bei Zeichen %2 steht nichts zum Ausschließen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="968" />
        <source>the search ends too early at character %1</source>
        <translation>die Suche endet zu früh bei Zeichen %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="972" />
        <source>too many nested parentheses at character %1</source>
        <translation>zu viele verschachtelte Klammern bei Zeichen %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="976" />
        <source>empty parentheses at character %1</source>
        <translation>leere Klammern bei Zeichen %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="980" />
        <source>the “(” at character %1 is not closed</source>
        <translation>die Klammer „(“ bei Zeichen %1 wird nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="984" />
        <source>the “)” at character %1 closes nothing</source>
        <translation>die Klammer „)“ bei Zeichen %1 schließt nichts</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="988" />
        <source>“%1:” at character %2 needs a value right after the colon</source>
        <translation>„%1:“ bei Zeichen %2 braucht einen Wert direkt nach dem Doppelpunkt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="994" />
        <source>unknown value “%1” at character %2 (only has:attachment is known)</source>
        <translation>unbekannter Wert „%1“ bei Zeichen %2 (nur has:attachment ist bekannt)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1001" />
        <source>unknown language “%1” at character %2 (lang: takes de, en or ru)</source>
        <translation>unbekannte Sprache „%1“ bei Zeichen %2 (lang: nimmt de, en oder ru)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1008" />
        <source>unknown field “%1:” at character %2 (did you mean %3:?)</source>
        <translation>unbekanntes Feld „%1:“ bei Zeichen %2 (meinten Sie %3:?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1014" />
        <source>“%1” at character %2 needs a search term on both sides</source>
        <translation>„%1“ bei Zeichen %2 braucht auf beiden Seiten einen Suchbegriff</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1018" />
        <source>empty quotes at character %1</source>
        <translation>leere Anführungszeichen bei Zeichen %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1022" />
        <source>“*” at character %1 needs a word before it</source>
        <translation>„*“ bei Zeichen %1 braucht ein Wort davor</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1026" />
        <source>“*” at character %1 may only end a word</source>
        <translation>„*“ bei Zeichen %1 darf nur am Ende eines Wortes stehen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1031" />
        <source>%1: takes one date, not the range “%2” at character %3</source>
        <translation>%1: nimmt ein Datum, nicht den Zeitraum „%2“ bei Zeichen %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1035" />
        <source>the date range “..” at character %1 needs a start or an end</source>
        <translation>der Zeitraum „..“ bei Zeichen %1 braucht einen Anfang oder ein Ende</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1041" />
        <source>the date range “%1” at character %2 ends before it starts</source>
        <translation>der Zeitraum „%1“ bei Zeichen %2 endet, bevor er beginnt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1047" />
        <source>“%1” at character %2 is not a date (write 2024, 2024-03 or 2024-03-31)</source>
        <translation>„%1“ bei Zeichen %2 ist kein Datum (schreiben Sie 2024, 2024-03 oder 2024-03-31)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1054" />
        <source>%1: there is already an account of this name</source>
        <translation>%1: es gibt schon ein Konto mit diesem Namen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1057" />
        <source>an account needs a name</source>
        <translation>ein Konto braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1061" />
        <source>the password must not be empty</source>
        <translation>das Passwort darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1065" />
        <source>the user name must not be empty</source>
        <translation>der Benutzername darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1069" />
        <source>%1: the keyring holds no password for this account</source>
        <translation>%1: der Schlüsselbund enthält kein Passwort für dieses Konto</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1073" />
        <source>%1: the password is asked for at each sync</source>
        <translation>%1: das Passwort wird bei jedem Abruf abgefragt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1076" />
        <source>%1: not a server name</source>
        <translation>%1: kein Servername</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1080" />
        <source>%1: not a port (1 to 65535)</source>
        <translation>%1: kein Port (1 bis 65535)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1084" />
        <source>%1: sync every 1 to %2 minutes, or 0 for never</source>
        <translation>%1: Abruf alle 1 bis %2 Minuten, oder 0 für nie</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1089" />
        <source>there is no desktop keyring on this computer: keep the password in the archive or have it asked for at each sync</source>
        <translation>auf diesem Computer gibt es keinen Schlüsselbund: bewahren Sie das Passwort im Archiv auf oder lassen Sie es bei jedem Abruf abfragen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1097" />
        <source>the keyring refused the password (%1)</source>
        <translation>der Schlüsselbund hat das Passwort abgelehnt (%1)</translation>
    </message>
</context>
<context>
    <name>CreateArchiveDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="78" />
        <source>New archive</source>
        <translation>Neues Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="92" />
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="93" />
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="102" />
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="106" />
        <source>for example katja@example.de</source>
        <translation>zum Beispiel katja@example.de</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="107" />
        <source>Your mail addresses</source>
        <translation>Ihre E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="109" />
        <source>Your &amp;addresses:</source>
        <translation>Ihre &amp;Adressen:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="115" />
        <source>Optional. Mail from these addresses is yours: it never counts as a sign of life, and your letters from them can wait for an answer. Left empty, they are found in your sent mail. You can change them later under People.</source>
        <translation>Freiwillig. Mails von diesen Adressen sind Ihre: Sie zählen nie als Lebenszeichen, und Ihre Briefe von dort können auf Antwort warten. Bleibt das Feld leer, werden sie in Ihren gesendeten Mails gefunden. Sie können sie später unter Personen ändern.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="124" />
        <source>Everything in the archive is encrypted with this passphrase. If you lose it, no one can open the archive again, not even with the help of its makers. Choose several words that you will remember, and keep the recovery code that comes next in a safe place.</source>
        <translation>Alles im Archiv wird mit dieser Passphrase verschlüsselt. Wenn Sie sie verlieren, kann niemand das Archiv wieder öffnen, auch nicht mit Hilfe der Entwickler dieses Programms. Wählen Sie mehrere Wörter, die Sie sich gut merken können, und bewahren Sie den Wiederherstellungscode, der als Nächstes angezeigt wird, an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="135" />
        <source>C&amp;reate archive</source>
        <translation>Archiv &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="155" />
        <source>Folder for the new archive</source>
        <translation>Ordner für das neue Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="162" />
        <source>“%1” is not a mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="186" />
        <source>The archive could not be created: %1</source>
        <translation>Das Archiv konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="202" />
        <source>&lt;b&gt;Your recovery code&lt;/b&gt;&lt;br&gt;If you ever forget the passphrase, this code opens the archive instead. It is shown only now. Write it down or print it, and keep it apart from this computer.</source>
        <translation>&lt;b&gt;Ihr Wiederherstellungscode&lt;/b&gt;&lt;br&gt;Falls Sie die Passphrase einmal vergessen, öffnet dieser Code das Archiv stattdessen. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf oder drucken Sie ihn aus, und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="215" />
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="216" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="218" />
        <source>I have &amp;written the code down</source>
        <translation>Ich habe den Code &amp;aufgeschrieben</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="221" />
        <source>&amp;Open the archive</source>
        <translation>Archiv ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="473" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="480" />
        <source>Signs of life</source>
        <translation>Lebenszeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="483" />
        <source>Nobody is watched yet. Watch the people whose silence should worry you: the overview then shows how long ago each last gave a sign of life and warns when a silence lasts longer than usual.

To watch someone, open People (Ctrl+Shift+P), choose the person and press Watch.</source>
        <translation>Noch wird niemand beobachtet. Beobachten Sie die Menschen, deren Schweigen Sie beunruhigen würde: Die Übersicht zeigt dann, wie lange das letzte Lebenszeichen jeweils her ist, und warnt, wenn eine Stille länger dauert als üblich.

Um jemanden zu beobachten, öffnen Sie Personen (Strg+Umschalt+P), wählen die Person und drücken Beobachten.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="494" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="497" />
        <source>Letters awaiting an answer</source>
        <translation>Briefe, die auf Antwort warten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="495" />
        <source>No letter awaits an answer.</source>
        <translation>Kein Brief wartet auf Antwort.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="505" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="506" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="507" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="508" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="509" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="667" />
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="510" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="634" />
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="636" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="668" />
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="669" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="670" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
</context>
<context>
    <name>EmptyArchivePanel</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="26" />
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="27" />
        <source>No mail in the archive yet</source>
        <translation>Noch keine Post im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="35" />
        <source>Bring your mail in from where it is now. Nothing changes there: the archive keeps its own encrypted copy, and the same message is never stored twice.</source>
        <translation>Holen Sie Ihre Post von dort, wo sie jetzt ist. Dort ändert sich nichts: Das Archiv bewahrt eine eigene verschlüsselte Kopie auf, und dieselbe Nachricht wird nie doppelt gespeichert.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="44" />
        <source>&amp;Import mail files…</source>
        <translation>Mail-Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="46" />
        <source>mbox and .eml files, Outlook .msg, .pst, .ost and .olm files, Gmail Takeout ZIPs</source>
        <translation>mbox- und .eml-Dateien, Outlook-Dateien .msg, .pst, .ost und .olm, ZIP-Dateien von Gmail Takeout</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="52" />
        <source>Import a fol&amp;der…</source>
        <translation>O&amp;rdner importieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="53" />
        <source>a Maildir, a folder of saved messages, or Apple Mail's folders</source>
        <translation>ein Maildir, ein Ordner gespeicherter Nachrichten oder die Ordner von Apple Mail</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="57" />
        <source>From &amp;Thunderbird…</source>
        <translation>Aus &amp;Thunderbird…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="58" />
        <source>the mail folders of Thunderbird on this computer</source>
        <translation>die Mail-Ordner von Thunderbird auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="62" />
        <source>Add a mail &amp;account…</source>
        <translation>Mail-&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="63" />
        <source>fetch from GMX, web.de, Gmail, mail.ru, Yandex or another server</source>
        <translation>von GMX, web.de, Gmail, mail.ru, Yandex oder einem anderen Server abrufen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="79" />
        <source>You can also drop mail files and folders onto this window.</source>
        <translation>Sie können Mail-Dateien und Ordner auch auf dieses Fenster ziehen.</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="18" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="19" />
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="20" />
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="21" />
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="22" />
        <source>Through someone else</source>
        <translation>Über jemand anderen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="25" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="26" />
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="83" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="90" />
        <source>Whole &amp;conversations</source>
        <translation>Ganze &amp;Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="92" />
        <source>Also export the other messages of the conversations they belong to</source>
        <translation>Auch die übrigen Nachrichten der Unterhaltungen exportieren, zu denen sie gehören</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="96" />
        <source>What will be exported</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="99" />
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="100" />
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="101" />
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="102" />
        <source>Size of the originals:</source>
        <translation>Größe der Originale:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="112" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="113" />
        <source>On the cover of a PDF, atop the pages of HTML</source>
        <translation>Auf dem Deckblatt eines PDF, oben auf den HTML-Seiten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="119" />
        <source>The language of the headings and notes of a PDF or HTML export</source>
        <translation>Die Sprache der Überschriften und Hinweise eines PDF- oder HTML-Exports</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="124" />
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="128" />
        <source>Who compiled the export: on the cover of a PDF, atop the pages of HTML and in the manifest; kept in the archive for the next export</source>
        <translation>Wer den Export zusammengestellt hat: auf dem Deckblatt eines PDF, oben auf den HTML-Seiten und im Manifest; für den nächsten Export im Archiv gespeichert</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="132" />
        <source>Password of the encrypted ZIP</source>
        <translation>Passwort der verschlüsselten ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="135" />
        <source>At least %1 characters; tell it to the recipient another way</source>
        <translation>Mindestens %1 Zeichen; teilen Sie es dem Empfänger auf anderem Weg mit</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="140" />
        <source>Where to export</source>
        <translation>Wohin exportieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="142" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="145" />
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="147" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="149" />
        <source>Compiled &amp;by:</source>
        <translation>Zusammengestellt &amp;von:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="151" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="153" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="169" />
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="170" />
        <source>%v of %m messages</source>
        <translation>%v von %m Nachrichten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="177" />
        <source>The fingerprint of its manifest (SHA-256). Keep this number: it proves the export unchanged; “verify-export” checks it.</source>
        <translation>Der Fingerabdruck seines Manifests (SHA-256). Bewahren Sie diese Zahl auf: Sie beweist, dass der Export unverändert ist; „verify-export“ prüft das.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="187" />
        <source>Fingerprint of the manifest</source>
        <translation>Fingerabdruck des Manifests</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="188" />
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="198" />
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="203" />
        <source>E&amp;xport</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="237" />
        <source>PDF dossier for reading and printing (originals embedded)</source>
        <translation>PDF-Dossier zum Lesen und Drucken (Originale eingebettet)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="238" />
        <source>HTML folder for any browser</source>
        <translation>HTML-Ordner für jeden Browser</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="239" />
        <source>mbox file (originals, re-importable)</source>
        <translation>mbox-Datei (Originale, wieder importierbar)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="240" />
        <source>.eml files in a folder</source>
        <translation>.eml-Dateien in einem Ordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="241" />
        <source>.eml files in a ZIP</source>
        <translation>.eml-Dateien in einer ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="242" />
        <source>CSV table for a spreadsheet</source>
        <translation>CSV-Tabelle für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="243" />
        <source>Encrypted ZIP for a lawyer (AES-256; 7-Zip opens it)</source>
        <translation>Verschlüsselte ZIP-Datei für eine Anwältin oder einen Anwalt (AES-256; 7-Zip öffnet sie)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="253" />
        <source>Every message in the archive</source>
        <translation>Alle Nachrichten im Archiv</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="257" />
        <source>%Ln chosen message(s)</source>
        <translation>
            <numerusform>%Ln ausgewählte Nachricht</numerusform>
            <numerusform>%Ln ausgewählte Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="279" />
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="300" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="302" />
        <source>No messages: there is nothing to export.</source>
        <translation>Keine Nachrichten: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="312" />
        <source>The messages could not be counted: %1</source>
        <translation>Die Nachrichten konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="347" />
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="347" />
        <source>Into a new f&amp;older:</source>
        <translation>In einen &amp;neuen Ordner:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="375" />
        <source>Correspondence export %1</source>
        <translation>Korrespondenz-Export %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="385" />
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="394" />
        <source>Folder in which to create the export folder</source>
        <translation>Ordner, in dem der Exportordner angelegt wird</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="465" />
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="474" />
        <source>%Ln message(s) exported to %1</source>
        <translation>
            <numerusform>%Ln Nachricht nach %1 exportiert</numerusform>
            <numerusform>%Ln Nachrichten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="494" />
        <source>The export was stopped; nothing was left behind.</source>
        <translation>Der Export wurde angehalten; es blieb nichts zurück.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="501" />
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="31" />
        <source>Export log</source>
        <translation>Exportprotokoll</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="35" />
        <source>Every export made from this archive, with the fingerprint of its manifest: a record of what was handed out.</source>
        <translation>Jeder Export aus diesem Archiv, mit dem Fingerabdruck seines Manifests: ein Nachweis dessen, was herausgegeben wurde.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="40" />
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="46" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="47" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="48" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="49" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="50" />
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="51" />
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="60" />
        <source>No export has been made from this archive yet.</source>
        <translation>Aus diesem Archiv wurde noch nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="62" />
        <source>&amp;Copy fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="85" />
        <source>Every message in the archive</source>
        <translation>Alle Nachrichten im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="87" />
        <source>(whole conversations)</source>
        <translation>(ganze Unterhaltungen)</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="23" />
        <source>Correspondence</source>
        <translation>Korrespondenz</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="24" />
        <source>Compiled by</source>
        <translation>Zusammengestellt von</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="25" />
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="26" />
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="27" />
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="28" />
        <source>every message in the archive</source>
        <translation>alle Nachrichten im Archiv</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="29" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="30" />
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="31" />
        <source>The original of every message is embedded in this PDF as an .eml file (an Outlook original as its .msg file, with the .eml converted from it; see the attachments of the document in your PDF reader).</source>
        <translation>Das Original jeder Nachricht ist in diese PDF-Datei als .eml-Datei eingebettet (ein Outlook-Original als seine .msg-Datei, mit der daraus umgewandelten .eml-Datei; siehe die Anhänge des Dokuments in Ihrem PDF-Programm).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="37" />
        <source>The folder originals/ holds every message exactly as it was archived; manifest.json and SHA256SUMS give the SHA-256 of each file. Web links in the messages are shown as text: nothing in this export connects to the internet.</source>
        <translation>Der Ordner originals/ enthält jede Nachricht genau so, wie sie archiviert wurde; manifest.json und SHA256SUMS geben den SHA-256 jeder Datei an. Weblinks in den Nachrichten werden als Text gezeigt: nichts in diesem Export verbindet sich mit dem Internet.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="43" />
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="44" />
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="45" />
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="46" />
        <source>Previous conversation</source>
        <translation>Vorige Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="47" />
        <source>Next conversation</source>
        <translation>Nächste Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="48" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="49" />
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="50" />
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="51" />
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="52" />
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="53" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="54" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="55" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="56" />
        <source>Cc</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="57" />
        <source>Bcc</source>
        <translation>Blindkopie</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="58" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="59" />
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="60" />
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="61" />
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="62" />
        <source>(no usable Date field: the date is when a mail server received the message)</source>
        <translation>(kein verwendbares Date-Feld: das Datum ist der Empfang durch einen Mailserver)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="66" />
        <source>(no usable Date field: the date is the delivery time its mailbox file gives)</source>
        <translation>(kein verwendbares Date-Feld: das Datum ist die Zustellzeit laut Postfachdatei)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="70" />
        <source>(no usable Date field: the date is the modification time of the file it was imported from, not the message's own)</source>
        <translation>(kein verwendbares Date-Feld: das Datum ist die Änderungszeit der importierten Datei, nicht das der Nachricht)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="75" />
        <source>Without a date of their own</source>
        <translation>Ohne eigenes Datum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="76" />
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="77" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="78" />
        <source>%1, embedded in this PDF</source>
        <translation>%1, in diese PDF-Datei eingebettet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="79" />
        <source>The original message, byte for byte</source>
        <translation>Die Originalnachricht, Byte für Byte</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="80" />
        <source>Original message (.eml, byte for byte)</source>
        <translation>Originalnachricht (.eml, Byte für Byte)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="81" />
        <source>Original message (Outlook .msg, byte for byte)</source>
        <translation>Originalnachricht (Outlook-.msg, Byte für Byte)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="82" />
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="83" />
        <source>The same message converted to .eml on import</source>
        <translation>Dieselbe Nachricht, beim Import in .eml umgewandelt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="84" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="85" />
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="86" />
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="87" />
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="88" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="89" />
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="90" />
        <source>%1, %2 bytes, SHA-256: %3</source>
        <translation>%1, %2 Bytes, SHA-256: %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="91" />
        <source>%1 (shown in the text)</source>
        <translation>%1 (im Text gezeigt)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="92" />
        <source>shown in the text above</source>
        <translation>im Text oben gezeigt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="93" />
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="94" />
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="95" />
        <source>%1: this picture could not be shown</source>
        <translation>%1: dieses Bild konnte nicht gezeigt werden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="96" />
        <source>%1: not shown, the dossier holds as many pictures as it can (the embedded original has it)</source>
        <translation>%1: nicht gezeigt, das Dossier enthält so viele Bilder, wie es kann (das eingebettete Original enthält es)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="101" />
        <source>(This message has no text.)</source>
        <translation>(Diese Nachricht hat keinen Text.)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="102" />
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="103" />
        <source>(The text is shortened here; the embedded original holds all of it.)</source>
        <translation>(Der Text ist hier gekürzt; das eingebettete Original enthält ihn ganz.)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="106" />
        <source>Added by the user, not part of the original message</source>
        <translation>Vom Benutzer hinzugefügt, nicht Teil der Originalnachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="107" />
        <source>Note added by the user, not part of the message</source>
        <translation>Vom Benutzer hinzugefügte Notiz, nicht Teil der Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="108" />
        <source>Tags in the archive, not part of the message</source>
        <translation>Schlagwörter im Archiv, nicht Teil der Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="109" />
        <source>No messages were selected.</source>
        <translation>Es wurden keine Nachrichten ausgewählt.</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../correspondence_app/gui/exporting.py" line="31" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/exporting.py" line="34" />
        <source>Export &amp;log…</source>
        <translation>Export&amp;protokoll…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/exporting.py" line="57" />
        <source>%Ln chosen conversation(s)</source>
        <translation>
            <numerusform>%Ln ausgewählte Unterhaltung</numerusform>
            <numerusform>%Ln ausgewählte Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/exporting.py" line="70" />
        <source>%Ln chosen message(s)</source>
        <translation>
            <numerusform>%Ln ausgewählte Nachricht</numerusform>
            <numerusform>%Ln ausgewählte Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/exporting.py" line="74" />
        <source>E&amp;xport these messages…</source>
        <translation>Diese Nachrichten e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/exporting.py" line="84" />
        <source>Correspondence with %1</source>
        <translation>Korrespondenz mit %1</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="112" />
        <source>C&amp;hoose file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="117" />
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="118" />
        <source>Remove the file</source>
        <translation>Die Datei entfernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="168" />
        <source>“%1” is too large (%2): a file can be at most %3.</source>
        <translation>„%1“ ist zu groß (%2): Eine Datei darf höchstens %3 groß sein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="176" />
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="183" />
        <source>No file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="190" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/formatting.py" line="26" />
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="44" />
        <source>Groups of officials</source>
        <translation>Gruppen von Behörden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="49" />
        <source>Letters you send to a member of a group wait for an answer until that person, or anyone at one of the group's domains, replies.</source>
        <translation>Briefe an ein Mitglied einer Gruppe warten auf Antwort, bis diese Person oder irgendjemand unter einer der Domains der Gruppe antwortet.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="54" />
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="57" />
        <source>&amp;New group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="58" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="59" />
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="168" />
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="63" />
        <source>Deadline in days</source>
        <translation>Frist in Tagen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="68" />
        <source>Domains (an answer from any address there counts):</source>
        <translation>Domains (eine Antwort von jeder Adresse dort zählt):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="69" />
        <source>Domains of the group</source>
        <translation>Domains der Gruppe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="70" />
        <source>Domain to add</source>
        <translation>Hinzuzufügende Domain</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="70" />
        <source>e.g. auswaertiges-amt.de</source>
        <translation>z. B. auswaertiges-amt.de</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="71" />
        <source>Add d&amp;omain</source>
        <translation>D&amp;omain hinzufügen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="71" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="71" />
        <source>Remove domain</source>
        <translation>Domain entfernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="76" />
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="77" />
        <source>People in the group</source>
        <translation>Personen in der Gruppe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="79" />
        <source>Address of the person to add</source>
        <translation>Adresse der hinzuzufügenden Person</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="80" />
        <source>An e-mail address, e.g. poststelle@amt.de</source>
        <translation>Eine E-Mail-Adresse, z. B. poststelle@amt.de</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="82" />
        <source>Add &amp;person</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="82" />
        <source>R&amp;emove</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="82" />
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="87" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="100" />
        <source>De&amp;adline (days):</source>
        <translation>&amp;Frist (Tage):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="112" />
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="124" />
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="209" />
        <source>Answer expected within %Ln day(s)</source>
        <translation>
            <numerusform>Antwort erwartet innerhalb von %Ln Tag</numerusform>
            <numerusform>Antwort erwartet innerhalb von %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="140" />
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="141" />
        <source>Name of the group, e.g. Embassies or Courts:</source>
        <translation>Name der Gruppe, z. B. Botschaften oder Gerichte:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="158" />
        <source>There is already a group “%1”.</source>
        <translation>Es gibt schon eine Gruppe „%1“.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="170" />
        <source>Delete the group “%1”?

Mail to its members no longer waits for an answer because of it; paper letters to it are kept, without a group.</source>
        <translation>Die Gruppe „%1“ löschen?

E-Mails an ihre Mitglieder warten dann nicht mehr ihretwegen auf Antwort; Briefe auf Papier an sie bleiben erhalten, ohne Gruppe.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="190" />
        <source>No group chosen</source>
        <translation>Keine Gruppe gewählt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="204" />
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="205" />
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="51" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="56" />
        <source>Importing %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="61" />
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="62" />
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="134" />
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="72" />
        <source>Show &amp;quarantine…</source>
        <translation>&amp;Quarantäne anzeigen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="96" />
        <source>Waiting for the password of the encrypted ZIP…</source>
        <translation>Warten auf das Passwort der verschlüsselten ZIP-Datei…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="149" />
        <source>Stopping once the messages being written are saved…</source>
        <translation>Wird beendet, sobald die gerade geschriebenen Nachrichten gespeichert sind…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="160" />
        <source>%Ln message(s) stored, %1 per second, about %2 left</source>
        <translation>
            <numerusform>%Ln Nachricht gespeichert, %1 pro Sekunde, noch etwa %2</numerusform>
            <numerusform>%Ln Nachrichten gespeichert, %1 pro Sekunde, noch etwa %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="172" />
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="172" />
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="173" />
        <source>New messages: %1</source>
        <translation>Neue Nachrichten: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="174" />
        <source>Already in the archive: %1</source>
        <translation>Bereits im Archiv: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="177" />
        <source>Kept in quarantine (could not be read): %1</source>
        <translation>In Quarantäne (nicht lesbar): %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="184" />
        <source>%1 messages per second</source>
        <translation>Nachrichten pro Sekunde: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="188" />
        <source>Not imported, no password given: %1</source>
        <translation>Nicht importiert, kein Passwort angegeben: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="205" />
        <source>The import stopped: %1
Nothing already stored was lost.</source>
        <translation>Der Import wurde angehalten: %1
Bereits gespeicherte Nachrichten bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="223" />
        <source>Left out, not read as mail: %Ln file(s) or item(s)</source>
        <translation>
            <numerusform>Ausgelassen, nicht als Mail gelesen: %Ln Datei oder Element</numerusform>
            <numerusform>Ausgelassen, nicht als Mail gelesen: %Ln Dateien oder Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="226" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="233" />
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiteres</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="245" />
        <source>%1 (at byte %2)</source>
        <translation>%1 (ab Byte %2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="252" />
        <source>Tags given to messages: %1</source>
        <translation>Tags an Nachrichten vergeben: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="253" />
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="254" />
        <source>People merged: %1</source>
        <translation>Personen zusammengeführt: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="255" />
        <source>People watched: %1</source>
        <translation>Beobachtete Personen: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="256" />
        <source>Signs of life: %1</source>
        <translation>Lebenszeichen: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="257" />
        <source>Letters awaiting an answer: %1</source>
        <translation>Briefe, die auf Antwort warten: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="258" />
        <source>Paper letters: %1</source>
        <translation>Papierbriefe: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="259" />
        <source>Answers: %1</source>
        <translation>Antworten: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="261" />
        <source>Messages it names that are not in the archive: %1</source>
        <translation>Darin genannte Nachrichten, die nicht im Archiv sind: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="266" />
        <source>From %1, besides the messages:</source>
        <translation>Aus %1 außer den Nachrichten:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="273" />
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="278" />
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… und %Ln weiteres Problem</numerusform>
            <numerusform>… und %Ln weitere Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="296" />
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="297" />
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityChecking</name>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="91" />
        <source>Check the archive's &amp;integrity</source>
        <translation>&amp;Unversehrtheit des Archivs prüfen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="185" />
        <source>Checking the archive's integrity…</source>
        <translation>Die Unversehrtheit des Archivs wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="211" />
        <source>The integrity check waits for the import to end</source>
        <translation>Die Prüfung wartet, bis der Import beendet ist</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="218" />
        <source>The integrity check stopped: %1</source>
        <translation>Die Prüfung brach ab: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="236" />
        <source>Integrity not checked yet</source>
        <translation>Unversehrtheit noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/integrity.py" line="241" />
        <source>Integrity check %1 found %Ln problem(s): click for what to do</source>
        <translation>
            <numerusform>Prüfung vom %1 fand %Ln Problem: klicken, was zu tun ist</numerusform>
            <numerusform>Prüfung vom %1 fand %Ln Probleme: klicken, was zu tun ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/integrity.py" line="249" />
        <source>Integrity checked %1: all %Ln item(s) intact</source>
        <translation>
            <numerusform>Geprüft am %1: %Ln Eintrag unversehrt</numerusform>
            <numerusform>Geprüft am %1: alle %Ln Einträge unversehrt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="256" />
        <source>The last check of the archive's integrity: click for details</source>
        <translation>Die letzte Prüfung der Unversehrtheit des Archivs: klicken für Einzelheiten</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="54" />
        <source>Integrity of the archive</source>
        <translation>Unversehrtheit des Archivs</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="58" />
        <source>The check reads the whole database and compares every stored message and attachment with the fingerprint (SHA-256) it was stored with, so that damage on the disk is noticed while a good backup still exists.</source>
        <translation>Die Prüfung liest die ganze Datenbank und vergleicht jede gespeicherte Nachricht und jeden Anhang mit dem Fingerabdruck (SHA-256), mit dem sie gespeichert wurden. So werden Schäden auf dem Datenträger bemerkt, solange es noch eine gute Sicherung gibt.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="69" />
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="75" />
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="78" />
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="82" />
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="100" />
        <source>The archive's integrity has not been checked yet.</source>
        <translation>Die Unversehrtheit des Archivs wurde noch nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="104" />
        <source>Checked on %1: all %Ln stored item(s) are intact.</source>
        <translation>
            <numerusform>Geprüft am %1: der %Ln gespeicherte Eintrag ist unversehrt.</numerusform>
            <numerusform>Geprüft am %1: alle %Ln gespeicherten Einträge sind unversehrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="109" />
        <source>The check on %1 found %Ln problem(s):</source>
        <translation>
            <numerusform>Die Prüfung vom %1 fand %Ln Problem:</numerusform>
            <numerusform>Die Prüfung vom %1 fand %Ln Probleme:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="121" />
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiteres</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="134" />
        <source>What to do: no backup of this archive is known. Keep this archive as it is: do not delete it, and import nothing more into it. Save what is intact now: copy the whole folder %1 to another drive, and export the messages there (File → Export…).</source>
        <translation>Was zu tun ist: Von diesem Archiv ist keine Sicherung bekannt. Lassen Sie dieses Archiv, wie es ist: Löschen Sie es nicht und importieren Sie nichts mehr hinein. Sichern Sie, was jetzt unversehrt ist: Kopieren Sie den ganzen Ordner %1 auf ein anderes Laufwerk und exportieren Sie die Nachrichten dorthin (Datei → Exportieren…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="142" />
        <source>What to do: keep this archive as it is, and restore the newest good backup into a new folder: the one made on %1 with %Ln message(s), in %2. Then open the restored archive and use it from now on.</source>
        <translation>
            <numerusform>Was zu tun ist: Lassen Sie dieses Archiv, wie es ist, und stellen Sie die neueste gute Sicherung in einem neuen Ordner wieder her: die vom %1 mit %Ln Nachricht, in %2. Öffnen Sie danach das wiederhergestellte Archiv und arbeiten Sie von nun an damit.</numerusform>
            <numerusform>Was zu tun ist: Lassen Sie dieses Archiv, wie es ist, und stellen Sie die neueste gute Sicherung in einem neuen Ordner wieder her: die vom %1 mit %Ln Nachrichten, in %2. Öffnen Sie danach das wiederhergestellte Archiv und arbeiten Sie von nun an damit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="152" />
        <source>Its drive is not connected now: connect it first.</source>
        <translation>Ihr Laufwerk ist gerade nicht angeschlossen: Schließen Sie es zuerst an.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="159" />
        <source>Checking the archive's integrity…</source>
        <translation>Die Unversehrtheit des Archivs wird geprüft…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="124" />
        <source>Correspondence Archive</source>
        <translation>Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="152" />
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="274" />
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="277" />
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="280" />
        <source>Import from &amp;Thunderbird…</source>
        <translation>Aus &amp;Thunderbird importieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="282" />
        <source>Q&amp;uarantine…</source>
        <translation>Q&amp;uarantäne…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="283" />
        <source>Mail &amp;accounts…</source>
        <translation>E-Mail-&amp;Konten…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="284" />
        <source>S&amp;ync mail now</source>
        <translation>&amp;Mails jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="286" />
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="289" />
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="292" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="295" />
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="297" />
        <source>View &amp;source</source>
        <translation>&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="299" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="302" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="304" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="307" />
        <source>&amp;How to search</source>
        <translation>Hilfe zur &amp;Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="309" />
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="312" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="331" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="337" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="342" />
        <source>&amp;Organise</source>
        <translation>&amp;Ordnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="343" />
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="344" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="348" />
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="394" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="473" />
        <source>A letter sent on paper has no mail to show.</source>
        <translation>Zu einem Brief auf Papier gibt es keine E-Mail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="608" />
        <source>%Ln conversation(s) found</source>
        <translation>
            <numerusform>%Ln Unterhaltung gefunden</numerusform>
            <numerusform>%Ln Unterhaltungen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="615" />
        <source>Cannot read the search: %1</source>
        <translation>Die Suchanfrage ist nicht verständlich: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="619" />
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="626" />
        <source>Import mail files</source>
        <translation>E-Mail-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="629" />
        <source>Mail files (*.mbox *.eml *.emlx *.mbx *.msg *.pst *.ost *.olm *.zip *.tgz *.tar *.gz *.bz2 *.xz);;Outlook files (*.msg *.pst *.ost *.olm);;All files (*)</source>
        <translation>Mail-Dateien (*.mbox *.eml *.emlx *.mbx *.msg *.pst *.ost *.olm *.zip *.tgz *.tar *.gz *.bz2 *.xz);;Outlook-Dateien (*.msg *.pst *.ost *.olm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="638" />
        <source>Import a Maildir or a folder of mail files</source>
        <translation>Maildir oder Ordner mit E-Mail-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="654" />
        <source>The import starts once the integrity check has ended.</source>
        <translation>Der Import beginnt, sobald die Prüfung der Unversehrtheit beendet ist.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="660" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="660" />
        <source>Please wait until the running import ends.</source>
        <translation>Bitte warten Sie, bis der laufende Import beendet ist.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="697" />
        <source>Fetching mail…</source>
        <translation>Mails werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="751" />
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
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="137" />
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
        <location filename="../../correspondence_app/gui/organising.py" line="29" />
        <source>&amp;Undo tagging</source>
        <translation>Taggen &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="31" />
        <source>&amp;Add tag…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="33" />
        <source>Save &amp;search…</source>
        <translation>&amp;Suche speichern…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="35" />
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="36" />
        <source>&amp;Topic suggestions…</source>
        <translation>&amp;Themenvorschläge…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="70" />
        <source>Type a search first, then save it.</source>
        <translation>Geben Sie zuerst eine Suche ein und speichern Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="73" />
        <location filename="../../correspondence_app/gui/organising.py" line="80" />
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="73" />
        <source>Name for “%1”:</source>
        <translation>Name für „%1“:</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="132" />
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="135" />
        <source>&amp;Mail</source>
        <translation>&amp;Post</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="245" />
        <source>%1: %Ln day(s) without a sign of life</source>
        <translation>
            <numerusform>%1: %Ln Tag ohne Lebenszeichen</numerusform>
            <numerusform>%1: %Ln Tage ohne Lebenszeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="249" />
        <source>A letter waits for an answer past its deadline</source>
        <translation>Ein Brief wartet über die Frist hinaus auf Antwort</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="251" />
        <source>A letter's deadline for an answer is near</source>
        <translation>Die Antwortfrist eines Briefes läuft bald ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="253" />
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(und %Ln weiteres)</numerusform>
            <numerusform>(und %Ln weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="254" />
        <source>— open the overview (Ctrl+1)</source>
        <translation>– Übersicht öffnen (Strg+1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="273" />
        <source>Correspondence Archive</source>
        <translation>Correspondence Archive</translation>
    </message>
</context>
<context>
    <name>PaperLetterDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="53" />
        <source>Paper letter</source>
        <translation>Brief auf Papier</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="57" />
        <source>A letter you sent on paper or by fax. It waits for an answer like sent mail; enter the answer by hand when it comes.</source>
        <translation>Ein Brief, den Sie auf Papier oder per Fax geschickt haben. Er wartet wie gesendete E-Mail auf eine Antwort; tragen Sie die Antwort von Hand ein, wenn sie kommt.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="62" />
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="62" />
        <source>e.g. Auswärtiges Amt, Referat 511</source>
        <translation>z. B. Auswärtiges Amt, Referat 511</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="66" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="67" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="85" />
        <source>Answer from</source>
        <translation>Antwort von</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="86" />
        <source>e.g. auswaertiges-amt.de, or an address</source>
        <translation>z. B. auswaertiges-amt.de oder eine Adresse</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="90" />
        <source>Sent on</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="91" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="91" />
        <source>e.g. Application for a visa</source>
        <translation>z. B. Antrag auf ein Visum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="92" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="92" />
        <source>e.g. Registered mail, receipt number</source>
        <translation>z. B. Einschreiben, Belegnummer</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="93" />
        <source>A scan of the letter</source>
        <translation>Ein Scan des Briefes</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="94" />
        <source>&amp;Awaits an answer</source>
        <translation>Wartet auf &amp;Antwort</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="98" />
        <source>Reci&amp;pient:</source>
        <translation>Em&amp;pfänger:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="99" />
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="101" />
        <source>Answer &amp;from:</source>
        <translation>Ant&amp;wort von:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="103" />
        <source>S&amp;ent on:</source>
        <translation>&amp;Versandt am:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="104" />
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="105" />
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="106" />
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="146" />
        <source>No answer expected: the letter is only kept.</source>
        <translation>Keine Antwort erwartet: Der Brief wird nur aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="148" />
        <source>Answer expected within %Ln day(s)</source>
        <translation>
            <numerusform>Antwort erwartet innerhalb von %Ln Tag</numerusform>
            <numerusform>Antwort erwartet innerhalb von %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="151" />
        <source>Answer expected within %Ln day(s), the group's deadline</source>
        <translation>
            <numerusform>Antwort erwartet innerhalb von %Ln Tag, der Frist der Gruppe</numerusform>
            <numerusform>Antwort erwartet innerhalb von %Ln Tagen, der Frist der Gruppe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="160" />
        <source>Only mail from %1 answers it.</source>
        <translation>Nur Post von %1 beantwortet ihn.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="162" />
        <source>Mail from anyone in the group answers it.</source>
        <translation>Post von jedem Mitglied der Gruppe beantwortet ihn.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="164" />
        <source>Only an answer you enter by hand answers it.</source>
        <translation>Nur eine von Hand eingetragene Antwort beantwortet ihn.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="174" />
        <source>Please enter to whom the letter went.</source>
        <translation>Bitte geben Sie an, an wen der Brief ging.</translation>
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
    <name>PasswordDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="52" />
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="56" />
        <source>The archive does not keep the password of “%1”. Type it to fetch the mail; it is forgotten when the archive is locked.</source>
        <translation>Das Archiv speichert das Passwort von „%1“ nicht. Geben Sie es ein, um die Mails abzurufen; es wird vergessen, sobald das Archiv gesperrt wird.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="63" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="64" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="68" />
        <source>&amp;Fetch mail</source>
        <translation>Mails &amp;abrufen</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="84" />
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="89" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="93" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="93" />
        <source>Filter by name or address</source>
        <translation>Nach Name oder Adresse filtern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="96" />
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="249" />
        <source>&amp;Watch…</source>
        <translation>&amp;Beobachten…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="97" />
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="98" />
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="99" />
        <source>Make the selected people one person</source>
        <translation>Die ausgewählten Personen zu einer machen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="100" />
        <source>&amp;Split address…</source>
        <translation>Adresse &amp;abtrennen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="101" />
        <source>Make one of the addresses a person of its own</source>
        <translation>Eine der Adressen zu einer eigenen Person machen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="103" />
        <source>Show m&amp;ail</source>
        <translation>Mails an&amp;sehen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="107" />
        <source>No merges to propose.</source>
        <translation>Keine Zusammenführungen vorzuschlagen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="108" />
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="109" />
        <source>They are one person: merge them</source>
        <translation>Sie sind eine Person: zusammenführen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="110" />
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="111" />
        <source>They are not one person: never propose it again</source>
        <translation>Sie sind nicht eine Person: nie wieder vorschlagen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="114" />
        <source>My addresses</source>
        <translation>Meine Adressen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="117" />
        <source>e.g. me@example.org</source>
        <translation>z. B. ich@example.org</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="120" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="121" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="124" />
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="129" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="135" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="158" />
        <source>Mail from these addresses is yours: it never counts as a sign of life, and letters you sent from them can await an answer.</source>
        <translation>Mails von diesen Adressen sind Ihre: Sie zählen nie als Lebenszeichen, und Briefe, die Sie von ihnen gesendet haben, können auf Antwort warten.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="162" />
        <source>&amp;New address:</source>
        <translation>&amp;Neue Adresse:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="173" />
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="174" />
        <source>Pr&amp;oposed merges</source>
        <translation>&amp;Vorgeschlagene Zusammenführungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="175" />
        <source>My a&amp;ddresses</source>
        <translation>Meine A&amp;dressen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="219" />
        <source>The people could not be read: %1</source>
        <translation>Die Personen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="249" />
        <source>Stop &amp;watching</source>
        <translation>Nicht mehr &amp;beobachten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="265" />
        <source>“%1” is watched.</source>
        <translation>„%1“ wird beobachtet.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="271" />
        <source>“%1” is no longer watched.</source>
        <translation>„%1“ wird nicht mehr beobachtet.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="289" />
        <source>The name is changed.</source>
        <translation>Der Name ist geändert.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="298" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="299" />
        <source>Name shown for %1 (empty: the name seen most often):</source>
        <translation>Angezeigter Name für %1 (leer: der häufigste Name):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="319" />
        <source>Merged into “%1”.</source>
        <translation>In „%1“ zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="330" />
        <source>Merge people</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="332" />
        <source>Merge into “%1”?

%2

Their addresses, watching and signs of life go to “%1”.</source>
        <translation>In „%1“ zusammenführen?

%2

Ihre Adressen, Beobachtung und Lebenszeichen gehen an „%1“.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="344" />
        <source>%1 is a person of its own now.</source>
        <translation>%1 ist jetzt eine eigene Person.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="353" />
        <source>Split address</source>
        <translation>Adresse abtrennen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="354" />
        <source>Which address is a person of its own?</source>
        <translation>Welche Adresse ist eine eigene Person?</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="413" />
        <source>“%1” and “%2” are one person now.</source>
        <translation>„%1“ und „%2“ sind jetzt eine Person.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="423" />
        <source>“%1” and “%2” will not be proposed as one person again.</source>
        <translation>„%1“ und „%2“ werden nicht mehr als eine Person vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="439" />
        <source>%1 is one of your addresses now.</source>
        <translation>%1 ist jetzt eine Ihrer Adressen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="452" />
        <source>%1 is no longer one of your addresses.</source>
        <translation>%1 ist keine Ihrer Adressen mehr.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="77" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="78" />
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="79" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="80" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="81" />
        <source>Last received</source>
        <translation>Zuletzt empfangen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="82" />
        <location filename="../../correspondence_app/gui/models/people_model.py" line="121" />
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="105" />
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/models/people_model.py" line="122" />
        <source>Watched, %Ln day(s)</source>
        <translation>
            <numerusform>Beobachtet, %Ln Tag</numerusform>
            <numerusform>Beobachtet, %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="139" />
        <source>Also written as: %1</source>
        <translation>Auch geschrieben als: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="145" />
        <source>Overdue after twice the usual gap between letters</source>
        <translation>Überfällig nach dem Doppelten des üblichen Abstands zwischen Briefen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/models/people_model.py" line="146" />
        <source>Overdue after %Ln day(s) of silence</source>
        <translation>
            <numerusform>Überfällig nach %Ln Tag Schweigen</numerusform>
            <numerusform>Überfällig nach %Ln Tagen Schweigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="301" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="304" />
        <source>No sign of life yet</source>
        <translation>Noch kein Lebenszeichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="303" />
        <source>Watched for %Ln day(s)</source>
        <translation>
            <numerusform>Seit %Ln Tag beobachtet</numerusform>
            <numerusform>Seit %Ln Tagen beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="308" />
        <source>day(s) since the last sign of life</source>
        <translation>
            <numerusform>Tag seit dem letzten Lebenszeichen</numerusform>
            <numerusform>Tage seit dem letzten Lebenszeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="312" />
        <source>Last sign: %1, %2 (%3)</source>
        <translation>Letztes Zeichen: %1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="317" />
        <source>%Ln day(s) since the last sign of life</source>
        <translation>
            <numerusform>%Ln Tag seit dem letzten Lebenszeichen</numerusform>
            <numerusform>%Ln Tage seit dem letzten Lebenszeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="319" />
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="345" />
        <source>As usual</source>
        <translation>Wie gewohnt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="346" />
        <source>Longer than usual</source>
        <translation>Länger als gewohnt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="347" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="352" />
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Gewöhnlich jeden Tag</numerusform>
            <numerusform>Gewöhnlich alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="353" />
        <source>overdue after %Ln day(s)</source>
        <translation>
            <numerusform>überfällig nach %Ln Tag</numerusform>
            <numerusform>überfällig nach %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="354" />
        <source>%1; %2</source>
        <comment>usual gap; threshold</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>PersonTimelineDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="51" />
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="125" />
        <source>Timeline: %1</source>
        <translation>Zeitleiste: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="62" />
        <source>−</source>
        <comment>zoom out</comment>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="63" />
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="64" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="66" />
        <source>+</source>
        <comment>zoom in</comment>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="67" />
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="68" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="70" />
        <source>&amp;Fit all</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="71" />
        <source>Show the whole time (0 or Home)</source>
        <translation>Die ganze Zeit zeigen (0 oder Pos1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="77" />
        <source>Wheel or +/− to zoom, drag to move. Click a mark to open it, or choose it with ←/→ and press Enter.</source>
        <translation>Mausrad oder +/− zoomt, Ziehen verschiebt. Ein Klick auf eine Markierung öffnet sie; oder mit ←/→ wählen und Eingabe drücken.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="86" />
        <source>All &amp;mail</source>
        <translation>Alle &amp;Mails</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="90" />
        <source>Record a &amp;sign of life…</source>
        <translation>&amp;Lebenszeichen eintragen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="127" />
        <source>No messages or signs of life yet</source>
        <translation>Noch keine Nachrichten oder Lebenszeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="130" />
        <source>%1; %2</source>
        <comment>usual gap; silences</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="131" />
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Gewöhnlich jeden Tag</numerusform>
            <numerusform>Gewöhnlich alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="132" />
        <source>%Ln longer silence(s) marked</source>
        <translation>
            <numerusform>%Ln längere Pause markiert</numerusform>
            <numerusform>%Ln längere Pausen markiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="141" />
        <source>The timeline could not be loaded: %1</source>
        <translation>Die Zeitleiste konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>PersonTimelineView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_axis.py" line="66" />
        <source>%1 %2</source>
        <comment>a month and its year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_axis.py" line="154" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="68" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="116" />
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="60" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="117" />
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="61" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="118" />
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="62" />
        <source>Entered by hand</source>
        <translation>Von Hand eingetragen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="119" />
        <source>Silence longer than usual</source>
        <translation>Pause länger als gewohnt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_view.py" line="67" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_view.py" line="88" />
        <source>Timeline of %1</source>
        <translation>Zeitleiste von %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_view.py" line="399" />
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="29" />
        <source>No messages or signs of life yet</source>
        <translation>Noch keine Nachrichten oder Lebenszeichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="34" />
        <source>%Ln message(s) received</source>
        <translation>
            <numerusform>%Ln Nachricht empfangen</numerusform>
            <numerusform>%Ln Nachrichten empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="37" />
        <source>%Ln message(s) sent</source>
        <translation>
            <numerusform>%Ln Nachricht gesendet</numerusform>
            <numerusform>%Ln Nachrichten gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="40" />
        <source>%Ln sign(s) of life entered by hand</source>
        <translation>
            <numerusform>%Ln Lebenszeichen von Hand eingetragen</numerusform>
            <numerusform>%Ln Lebenszeichen von Hand eingetragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="43" />
        <source>usually every %Ln day(s)</source>
        <translation>
            <numerusform>gewöhnlich jeden Tag</numerusform>
            <numerusform>gewöhnlich alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="46" />
        <source>%Ln silence(s) longer than usual</source>
        <translation>
            <numerusform>%Ln Pause länger als gewohnt</numerusform>
            <numerusform>%Ln Pausen länger als gewohnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="53" />
        <source>the longest %Ln day(s)</source>
        <translation>
            <numerusform>die längste %Ln Tag</numerusform>
            <numerusform>die längste %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="80" />
        <source>%1, %2</source>
        <comment>a day and a time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="88" />
        <source>%1 · %2</source>
        <comment>direction and kind</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="94" />
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="105" />
        <source>No sign of life for %Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag ohne Lebenszeichen</numerusform>
            <numerusform>%Ln Tage ohne Lebenszeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="108" />
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="29" />
        <source>Proposed merges</source>
        <translation>Vorgeschlagene Zusammenführungen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="33" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="33" />
        <source>Other person</source>
        <translation>Andere Person</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="33" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="33" />
        <source>In common</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="80" />
        <source>Same mailbox name at another provider</source>
        <translation>Gleicher Postfachname bei einem anderen Anbieter</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="82" />
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="83" />
        <source>Same name in another spelling</source>
        <translation>Gleicher Name in anderer Schreibweise</translation>
    </message>
</context>
<context>
    <name>ProviderHints</name>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="16" />
        <location filename="../../correspondence_app/gui/provider_hints.py" line="21" />
        <source>%1: switch on IMAP first. In the %1 mailbox on the web, open E-mail Settings → POP3/IMAP Retrieval and tick “Allow access via POP3 and IMAP”. Then use your usual %1 password.</source>
        <translation>%1: Schalten Sie zuerst IMAP ein. Öffnen Sie im %1-Postfach im Browser „E-Mail-Einstellungen“ → „POP3/IMAP Abruf“ und setzen Sie das Häkchen bei „POP3 und IMAP Zugriff erlauben“. Danach gilt Ihr gewohntes %1-Passwort.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="26" />
        <source>Telekom: mail programs need a password of their own. In the Telekom E-Mail Center, open Settings → Passwords → “Password for e-mail programs”, set one and type it here.</source>
        <translation>Telekom: E-Mail-Programme brauchen ein eigenes Passwort. Öffnen Sie im E-Mail Center der Telekom „Einstellungen“ → „Passwörter“ → „Passwort für E-Mail-Programme“, legen Sie eines fest und geben Sie es hier ein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="31" />
        <source>freenet: switch on access by mail programs (IMAP) in the settings of freenet Mail first. Then use your usual freenet password.</source>
        <translation>freenet: Schalten Sie zuerst in den Einstellungen von freenet Mail den Zugriff durch E-Mail-Programme (IMAP) ein. Danach gilt Ihr gewohntes freenet-Passwort.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="34" />
        <source>Posteo: IMAP is always on; use your Posteo address and password.</source>
        <translation>Posteo: IMAP ist immer eingeschaltet; verwenden Sie Ihre Posteo-Adresse und Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="36" />
        <source>mailbox.org: IMAP is always on; use your mailbox.org address and password.</source>
        <translation>mailbox.org: IMAP ist immer eingeschaltet; verwenden Sie Ihre mailbox.org-Adresse und Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="39" />
        <source>Gmail wants an app password. Switch on 2-Step Verification in your Google Account, then open Security → 2-Step Verification → App passwords, create one and type it here (16 letters).</source>
        <translation>Gmail verlangt ein App-Passwort. Schalten Sie im Google-Konto die „Bestätigung in zwei Schritten“ ein, öffnen Sie dann „Sicherheit“ → „Bestätigung in zwei Schritten“ → „App-Passwörter“, erstellen Sie eines und geben Sie es hier ein (16 Buchstaben).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="44" />
        <source>Yahoo wants an app password: open Account Info → Account security → “Generate app password”, create one and type it here.</source>
        <translation>Yahoo verlangt ein App-Passwort: Öffnen Sie „Kontoinformationen“ → „Kontosicherheit“ → „App-Passwort generieren“, erstellen Sie eines und geben Sie es hier ein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="48" />
        <source>iCloud wants an app-specific password: sign in at account.apple.com, open Sign-In and Security → App-Specific Passwords, create one and type it here.</source>
        <translation>iCloud verlangt ein app-spezifisches Passwort: Melden Sie sich bei account.apple.com an, öffnen Sie „Anmeldung und Sicherheit“ → „App-spezifische Passwörter“, erstellen Sie eines und geben Sie es hier ein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="52" />
        <source>Mail.ru: allow mail programs and use an app password. In the mail settings, open “Mail programs” and allow access with mail clients; then open Security → “Passwords for external applications”, create one and type it here.</source>
        <translation>Mail.ru: E-Mail-Programme zulassen und ein Passwort für externe Anwendungen verwenden. Öffnen Sie in den Mail-Einstellungen „Почтовые программы“ (Mail-Programme) und erlauben Sie den Zugriff mit E-Mail-Programmen; erstellen Sie dann unter „Безопасность“ → „Пароли для внешних приложений“ (Sicherheit → Passwörter für externe Anwendungen) ein Passwort und geben Sie es hier ein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="57" />
        <source>Yandex Mail: switch on IMAP and use an app password. In the mail settings, open “Email clients” and tick “From the imap.yandex.ru server via IMAP”; then in Yandex ID open Security → “App passwords”, create one for mail and type it here.</source>
        <translation>Yandex Mail: IMAP einschalten und ein App-Passwort verwenden. Öffnen Sie in den Mail-Einstellungen „Почтовые программы“ (E-Mail-Programme) und setzen Sie das Häkchen bei „С сервера imap.yandex.ru по протоколу IMAP“; erstellen Sie dann in Yandex ID unter „Безопасность“ → „Пароли приложений“ (Sicherheit → App-Passwörter) ein Passwort für die Mail und geben Sie es hier ein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="62" />
        <source>Proton Mail is read through Proton Mail Bridge (paid plans): start the Bridge, and type the password it shows for your address; accept the Bridge's certificate when the test shows it. Without the Bridge, export the mail with the Proton Mail Export Tool and import its folder.</source>
        <translation>Proton Mail wird über Proton Mail Bridge gelesen (kostenpflichtige Tarife): Starten Sie die Bridge und geben Sie das Passwort ein, das sie für Ihre Adresse anzeigt; nehmen Sie das Zertifikat der Bridge an, wenn der Test es zeigt. Ohne Bridge exportieren Sie die Post mit dem Proton Mail Export Tool und importieren dessen Ordner.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="68" />
        <source>Tuta offers no IMAP for mail programs. Export the mail with Tuta's desktop app as .eml files and import those with “Import mail files”.</source>
        <translation>Tuta bietet Mail-Programmen kein IMAP. Exportieren Sie die Post mit der Desktop-App von Tuta als .eml-Dateien und importieren Sie diese mit „Mail-Dateien importieren“.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="72" />
        <source>Outlook.com and Hotmail take no passwords from mail programs, only Microsoft's own sign-in, which this program does not use. Bring the mail in as a file: in Outlook.com open Settings → General → Privacy and data → Export mailbox, then import the .pst file Microsoft sends with “Import mail files”.</source>
        <translation>Outlook.com und Hotmail nehmen keine Passwörter von Mail-Programmen an, nur die eigene Anmeldung von Microsoft, die dieses Programm nicht verwendet. Holen Sie die Post als Datei: Öffnen Sie in Outlook.com Einstellungen → Allgemein → Datenschutz und Daten → Postfach exportieren und importieren Sie die .pst-Datei, die Microsoft schickt, mit „Mail-Dateien importieren“.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="78" />
        <source>Rambler: switch on IMAP first. In the mail settings, open “Mail programs” and switch on access to the mailbox with mail clients. Then use your usual Rambler password.</source>
        <translation>Rambler: Schalten Sie zuerst IMAP ein. Öffnen Sie in den Mail-Einstellungen „Почтовые программы“ (Mail-Programme) und schalten Sie den Zugriff auf das Postfach mit E-Mail-Programmen ein. Danach gilt Ihr gewohntes Rambler-Passwort.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="86" />
        <source>Your provider's help pages name its IMAP server (“incoming mail server”) and port, and say whether IMAP must first be switched on in its web settings.</source>
        <translation>Die Hilfeseiten Ihres Anbieters nennen seinen IMAP-Server („Posteingangsserver“) und Port und sagen, ob IMAP zuerst in den Einstellungen im Browser eingeschaltet werden muss.</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="60" />
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="228" />
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="123" />
        <source>These messages could not be read. Each is kept whole, exactly as it was found, so nothing is lost. You can save the originals to look at them with another program.</source>
        <translation>Diese Nachrichten konnten nicht gelesen werden. Jede wird vollständig und genau so aufbewahrt, wie sie gefunden wurde, damit nichts verloren geht. Sie können die Originale speichern, um sie mit einem anderen Programm anzusehen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="67" />
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="67" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="67" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="67" />
        <source>Quarantined on</source>
        <translation>In Quarantäne seit</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="89" />
        <source>The selected message's source and reason</source>
        <translation>Herkunft und Grund der ausgewählten Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="95" />
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="98" />
        <source>Import these messages once more: a newer version of this program may read them now. Those it reads leave the quarantine; the others stay.</source>
        <translation>Diese Nachrichten noch einmal importieren: eine neuere Version dieses Programms kann sie vielleicht lesen. Was gelesen wird, verlässt die Quarantäne; der Rest bleibt.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="106" />
        <source>Progress of trying again</source>
        <translation>Fortschritt des erneuten Versuchs</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="128" />
        <source>The quarantine is empty: every message found so far could be read.</source>
        <translation>Die Quarantäne ist leer: jede bisher gefundene Nachricht konnte gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="149" />
        <source>Source: %1
Reason: %2</source>
        <translation>Herkunft: %1
Grund: %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="157" />
        <source>account %1 on %2, folder %3, message %4 on the server</source>
        <translation>Konto %1 auf %2, Ordner %3, Nachricht %4 auf dem Server</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="162" />
        <source>%1, item %2</source>
        <translation>%1, Element %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="165" />
        <source>%1, at byte %2</source>
        <translation>%1, ab Byte %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="206" />
        <source>%Ln message(s) could be read now and are in the archive.</source>
        <translation>
            <numerusform>%Ln Nachricht konnte jetzt gelesen werden und ist im Archiv.</numerusform>
            <numerusform>%Ln Nachrichten konnten jetzt gelesen werden und sind im Archiv.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="208" />
        <source>None of them could be read this time either.</source>
        <translation>Auch diesmal konnte keine davon gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="210" />
        <source>%Ln message(s) stay in the quarantine.</source>
        <translation>
            <numerusform>%Ln Nachricht bleibt in der Quarantäne.</numerusform>
            <numerusform>%Ln Nachrichten bleiben in der Quarantäne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="229" />
        <source>%Ln original(s) saved.</source>
        <translation>
            <numerusform>%Ln Original gespeichert.</numerusform>
            <numerusform>%Ln Originale gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="72" />
        <source>Quarantined messages</source>
        <translation>Nachrichten in Quarantäne</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="92" />
        <source>&amp;Save originals…</source>
        <translation>Originale &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="223" />
        <source>Save the originals in</source>
        <translation>Originale speichern in</translation>
    </message>
</context>
<context>
    <name>QuarantineReasons</name>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="41" />
        <source>The Outlook for Mac message file is damaged or cut short (line %1, column %2).</source>
        <translation>Die Nachrichtendatei von Outlook für Mac ist beschädigt oder abgeschnitten (Zeile %1, Spalte %2).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="48" />
        <source>The Outlook for Mac message file is damaged or cut short (%1).</source>
        <translation>Die Nachrichtendatei von Outlook für Mac ist beschädigt oder abgeschnitten (%1).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="54" />
        <source>The Outlook for Mac message file declares XML entities; to be safe it is not read.</source>
        <translation>Die Nachrichtendatei von Outlook für Mac deklariert XML-Entitäten; sicherheitshalber wird sie nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="61" />
        <source>The Outlook for Mac file holds no message.</source>
        <translation>Die Datei von Outlook für Mac enthält keine Nachricht.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="65" />
        <source>The Outlook for Mac message has no sender, subject or text.</source>
        <translation>Die Nachricht von Outlook für Mac hat weder Absender noch Betreff noch Text.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="71" />
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="78" />
        <source>Its parts are nested too deeply to be read.</source>
        <translation>Ihre Teile sind zu tief verschachtelt, um gelesen zu werden.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="82" />
        <source>The message is too large to be read.</source>
        <translation>Die Nachricht ist zu groß, um gelesen zu werden.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="86" />
        <source>It could not be read (%1).</source>
        <translation>Sie konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="90" />
        <source>It has neither header fields nor a text.</source>
        <translation>Sie hat weder Kopfzeilen noch einen Text.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="94" />
        <source>It is binary data without header fields, not an e-mail.</source>
        <translation>Es sind Binärdaten ohne Kopfzeilen, keine E-Mail.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="100" />
        <source>It is a text without header fields, not an e-mail.</source>
        <translation>Es ist ein Text ohne Kopfzeilen, keine E-Mail.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="106" />
        <source>It has more than %1 parts.</source>
        <translation>Sie hat mehr als %1 Teile.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="110" />
        <source>Its HTML text is larger than %1 MB.</source>
        <translation>Ihr HTML-Text ist größer als %1 MB.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="119" />
        <source>It is not an Outlook message.</source>
        <translation>Es ist keine Outlook-Nachricht.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="123" />
        <source>The Outlook file is cut short (%1 bytes).</source>
        <translation>Die Outlook-Datei ist unvollständig (%1 Bytes).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="127" />
        <source>An Outlook item that is not an e-mail: %1.</source>
        <translation>Ein Outlook-Element, das keine E-Mail ist: %1.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="134" />
        <source>The Outlook item is damaged or cannot be converted (%1).</source>
        <translation>Das Outlook-Element ist beschädigt oder kann nicht umgewandelt werden (%1).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="142" />
        <source>Apple Mail keeps this message's attachments in separate files, which a tar archive cannot give with it. Unpack the archive and import the folder to import it whole.</source>
        <translation>Apple Mail bewahrt die Anhänge dieser Nachricht in eigenen Dateien auf, die ein tar-Archiv nicht mit ihr liefern kann. Entpacken Sie das Archiv und importieren Sie den Ordner, um sie vollständig zu importieren.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="151" />
        <source>Apple Mail keeps this message's attachments in separate files, and not all of them were found. Export the mailbox from Apple Mail, or add the account, to import it whole.</source>
        <translation>Apple Mail bewahrt die Anhänge dieser Nachricht in eigenen Dateien auf, und nicht alle wurden gefunden. Exportieren Sie das Postfach aus Apple Mail oder fügen Sie das Konto hinzu, um sie vollständig zu importieren.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="160" />
        <source>The Apple Mail file is cut short.</source>
        <translation>Die Apple-Mail-Datei ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="164" />
        <source>Reading it took longer than %1 seconds.</source>
        <translation>Das Lesen hat länger als %1 Sekunden gedauert.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="168" />
        <source>The program reading it stopped on this message.</source>
        <translation>Das Programm, das sie gelesen hat, ist bei dieser Nachricht abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="176" />
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="181" />
        <source>not a mail file (a PDF document)</source>
        <translation>keine Mail-Datei (ein PDF-Dokument)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="185" />
        <source>not a mail file (a PNG image)</source>
        <translation>keine Mail-Datei (ein PNG-Bild)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="189" />
        <source>not a mail file (a GIF image)</source>
        <translation>keine Mail-Datei (ein GIF-Bild)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="193" />
        <source>not a mail file (a JPEG image)</source>
        <translation>keine Mail-Datei (ein JPEG-Bild)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="197" />
        <source>not a mail file (an RTF document)</source>
        <translation>keine Mail-Datei (ein RTF-Dokument)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="201" />
        <source>not a mail file (an image)</source>
        <translation>keine Mail-Datei (ein Bild)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="205" />
        <source>not a mail file (a sound recording)</source>
        <translation>keine Mail-Datei (eine Tonaufnahme)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="209" />
        <source>not a mail file (a video)</source>
        <translation>keine Mail-Datei (ein Video)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="213" />
        <source>not a mail file (a gzip archive)</source>
        <translation>keine Mail-Datei (ein gzip-Archiv)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="217" />
        <source>not a mail file (a bzip2 archive)</source>
        <translation>keine Mail-Datei (ein bzip2-Archiv)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="221" />
        <source>not a mail file (an xz archive)</source>
        <translation>keine Mail-Datei (ein xz-Archiv)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="225" />
        <source>not a mail file (a 7-Zip archive)</source>
        <translation>keine Mail-Datei (ein 7-Zip-Archiv)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="229" />
        <source>not a mail file (a RAR archive)</source>
        <translation>keine Mail-Datei (ein RAR-Archiv)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="233" />
        <source>not a mail file (an SQLite database)</source>
        <translation>keine Mail-Datei (eine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="237" />
        <source>not a mail file (an XML document)</source>
        <translation>keine Mail-Datei (ein XML-Dokument)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="241" />
        <source>not a mail file (a program)</source>
        <translation>keine Mail-Datei (ein Programm)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="245" />
        <source>not a mail file (a settings file)</source>
        <translation>keine Mail-Datei (eine Einstellungsdatei)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="249" />
        <source>not a mail file (a Windows thumbnail cache)</source>
        <translation>keine Mail-Datei (Vorschaubilder von Windows)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="253" />
        <source>a mail folder of Outlook Express (.dbx), which cannot be read: import it into Thunderbird first, or save its messages as .eml files, and import those</source>
        <translation>ein Mail-Ordner von Outlook Express (.dbx), der nicht gelesen werden kann: importieren Sie ihn zuerst in Thunderbird oder speichern Sie seine Nachrichten als .eml-Dateien und importieren Sie diese</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="261" />
        <source>not a mail file (a chat exported from a messenger)</source>
        <translation>keine Mail-Datei (ein aus einem Messenger exportierter Chat)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="267" />
        <source>not a mail file (binary data)</source>
        <translation>keine Mail-Datei (Binärdaten)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="271" />
        <source>not a mail file (JSON data)</source>
        <translation>keine Mail-Datei (JSON-Daten)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="275" />
        <source>not a mail file (a markup document)</source>
        <translation>keine Mail-Datei (ein Markup-Dokument)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="279" />
        <source>not a mail file (a list of checksums)</source>
        <translation>keine Mail-Datei (eine Liste von Prüfsummen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="283" />
        <source>not a mail file (an office document or e-book)</source>
        <translation>keine Mail-Datei (ein Office-Dokument oder E-Book)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="287" />
        <source>not a mail file (%1)</source>
        <translation>keine Mail-Datei (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="291" />
        <source>an Outlook data file that cannot be opened: damaged, cut short, or of a kind that cannot be read (%1)</source>
        <translation>eine Outlook-Datendatei, die sich nicht öffnen lässt: beschädigt, unvollständig oder von einer Art, die nicht gelesen werden kann (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="299" />
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="303" />
        <source>deleted in Thunderbird, not yet compacted away</source>
        <translation>in Thunderbird gelöscht, aber noch nicht endgültig entfernt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="307" />
        <source>folder data of Alpine or a mail server, not a message</source>
        <translation>Ordnerdaten von Alpine oder einem Mailserver, keine Nachricht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="313" />
        <source>%1, not an e-mail</source>
        <translation>%1, keine E-Mail</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="317" />
        <source>a damaged ZIP file (%1)</source>
        <translation>eine beschädigte ZIP-Datei (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="321" />
        <source>cannot be read from the ZIP file (%1)</source>
        <translation>kann nicht aus der ZIP-Datei gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="328" />
        <source>cannot be read from the ZIP file (%1); the messages before it were imported</source>
        <translation>kann nicht aus der ZIP-Datei gelesen werden (%1); die Nachrichten davor wurden importiert</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="335" />
        <source>longer than the ZIP file says it is; the messages before it were imported</source>
        <translation>länger, als die ZIP-Datei angibt; die Nachrichten davor wurden importiert</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="342" />
        <source>longer than the ZIP file says it is; not read</source>
        <translation>länger, als die ZIP-Datei angibt; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="346" />
        <source>%1 MB unpacked, the ZIP file says: more than the %2 MB a message may have; not read</source>
        <translation>entpackt %1 MB laut ZIP-Datei: mehr als die %2 MB, die eine Nachricht haben kann; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="353" />
        <source>would unpack to %1 times its packed size, as a zip bomb does; not read</source>
        <translation>würde auf das %1-Fache seiner gepackten Größe anwachsen, wie eine ZIP-Bombe; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="361" />
        <source>an encrypted ZIP file: import it on its own</source>
        <translation>eine verschlüsselte ZIP-Datei: importieren Sie sie für sich allein</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="365" />
        <source>a ZIP file inside the ZIP file: unpack it to import it</source>
        <translation>eine ZIP-Datei in der ZIP-Datei: zum Importieren bitte auspacken</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="371" />
        <source>a tar archive inside the ZIP file: not opened (unpack it to import it)</source>
        <translation>ein tar-Archiv in der ZIP-Datei: nicht geöffnet (entpacken Sie es, um es zu importieren)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="378" />
        <source>a packed file inside the ZIP file: not opened (unpack it to import it)</source>
        <translation>eine gepackte Datei in der ZIP-Datei: nicht geöffnet (entpacken Sie sie, um sie zu importieren)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="385" />
        <source>an archive inside the tar archive: not opened (unpack it to import it)</source>
        <translation>ein Archiv im tar-Archiv: nicht geöffnet (entpacken Sie es, um es zu importieren)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="392" />
        <source>a damaged tar archive (%1); the messages before the damage were imported</source>
        <translation>ein beschädigtes tar-Archiv (%1); die Nachrichten vor der beschädigten Stelle wurden importiert</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="402" />
        <source>a damaged %1 file (%2); the messages before the damage were imported</source>
        <translation>eine beschädigte %1-Datei (%2); die Nachrichten vor der beschädigten Stelle wurden importiert</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="409" />
        <source>larger than the %1 MB a message may have; not read</source>
        <translation>größer als die %1 MB, die eine Nachricht haben kann; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="415" />
        <source>unpacks to more than the %1 MB a message may have; not read</source>
        <translation>entpackt mehr als die %1 MB, die eine Nachricht haben kann; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="421" />
        <source>an Outlook data file inside a ZIP file: unpack it to import it</source>
        <translation>eine Outlook-Datendatei in einer ZIP-Datei: zum Importieren bitte auspacken</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="209" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="212" />
        <source>&amp;Record</source>
        <translation>&amp;Eintragen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="70" />
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="74" />
        <source>Restoring makes a new archive of a backup, in a new folder; the backup is checked first, and the new archive after. The archive open now is not changed.</source>
        <translation>Die Wiederherstellung macht aus einer Sicherung ein neues Archiv in einem neuen Ordner; zuerst wird die Sicherung geprüft, danach das neue Archiv. Das jetzt geöffnete Archiv wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="83" />
        <source>New archive folder</source>
        <translation>Neuer Archivordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="86" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="90" />
        <source>Passphrase or recovery code of the backup</source>
        <translation>Passphrase oder Wiederherstellungscode der Sicherung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="93" />
        <source>Restore in&amp;to:</source>
        <translation>Wiederherstellen i&amp;n:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="94" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="98" />
        <source>The passphrase the archive had when the backup was made, or its recovery code.</source>
        <translation>Die Passphrase, die das Archiv hatte, als die Sicherung erstellt wurde, oder sein Wiederherstellungscode.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="104" />
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="109" />
        <source>Folder of the restored archive</source>
        <translation>Ordner des wiederhergestellten Archivs</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="112" />
        <source>To open it: lock this archive (File → Lock), press “Other archive…”, then “Open an existing archive”, and choose this folder. Keep the old archive until you have looked through the restored one.</source>
        <translation>So öffnen Sie es: Sperren Sie dieses Archiv (Datei → Sperren), drücken Sie „Anderes Archiv…“, dann „Vorhandenes Archiv öffnen“, und wählen Sie diesen Ordner. Behalten Sie das alte Archiv, bis Sie das wiederhergestellte durchgesehen haben.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="120" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="124" />
        <source>&amp;Open it now</source>
        <translation>Jetzt ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="173" />
        <source>This backup cannot be restored (%1): %2</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="182" />
        <source>%1 (restored)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="190" />
        <source>Choose a new, empty folder for the restored archive</source>
        <translation>Einen neuen, leeren Ordner für das wiederhergestellte Archiv wählen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="232" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="239" />
        <source>Reading the backup…</source>
        <translation>Die Sicherung wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="240" />
        <source>Checking every stored message in the backup…</source>
        <translation>Jede gespeicherte Nachricht in der Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="241" />
        <source>Copying the backup into the new folder…</source>
        <translation>Die Sicherung wird in den neuen Ordner kopiert…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="242" />
        <source>Reading the copy back…</source>
        <translation>Die Kopie wird zurückgelesen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="245" />
        <source>Opening and checking the restored archive…</source>
        <translation>Das wiederhergestellte Archiv wird geöffnet und geprüft…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="248" />
        <source>Checking the backup…</source>
        <translation>Die Sicherung wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="257" />
        <source>The backup was restored and checked: %Ln message(s) in the new archive in this folder:</source>
        <translation>
            <numerusform>Die Sicherung wurde wiederhergestellt und geprüft: %Ln Nachricht im neuen Archiv in diesem Ordner:</numerusform>
            <numerusform>Die Sicherung wurde wiederhergestellt und geprüft: %Ln Nachrichten im neuen Archiv in diesem Ordner:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="269" />
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="279" />
        <source>This recovery code is mistyped: a character is wrong, missing or swapped. Please compare it with your written copy.</source>
        <translation>Dieser Wiederherstellungscode ist vertippt: Ein Zeichen ist falsch, fehlt oder ist vertauscht. Bitte vergleichen Sie ihn mit Ihrer Abschrift.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="283" />
        <source>Wrong passphrase or recovery code for this backup.</source>
        <translation>Falsche Passphrase oder falscher Wiederherstellungscode für diese Sicherung.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="285" />
        <source>The restore was cancelled; nothing of it was kept.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; nichts davon wurde behalten.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="288" />
        <source>The backup is damaged; nothing was restored.</source>
        <translation>Die Sicherung ist beschädigt; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="293" />
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="295" />
        <source>The restore stopped unexpectedly: %1</source>
        <translation>Die Wiederherstellung brach unerwartet ab: %1</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="70" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="82" />
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="76" />
        <source>A rule is a saved search: the messages it finds get its tags. Ticked rules also tag every new import.</source>
        <translation>Eine Regel ist eine gespeicherte Suche: Die gefundenen Nachrichten erhalten ihre Tags. Angehakte Regeln taggen auch jeden neuen Import.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="83" />
        <source>Ticked rules tag every new import</source>
        <translation>Angehakte Regeln taggen jeden neuen Import</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="85" />
        <source>Ne&amp;w rule</source>
        <translation>Ne&amp;ue Regel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="87" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="89" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="251" />
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="93" />
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="94" />
        <source>e.g. Asylum case</source>
        <translation>z. B. Asylverfahren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="97" />
        <source>Query</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="98" />
        <source>e.g. from:sergej Antrag</source>
        <translation>z. B. from:sergej Antrag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="101" />
        <source>Query problem</source>
        <translation>Problem mit der Suche</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="104" />
        <source>Tags to add</source>
        <translation>Hinzuzufügende Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="105" />
        <source>Comma-separated, e.g. Asylum, Offices/Embassy</source>
        <translation>Durch Kommas getrennt, z. B. Asyl, Behörden/Botschaft</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="110" />
        <source>Apply to new &amp;imports</source>
        <translation>Auf neue &amp;Importe anwenden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="114" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="116" />
        <source>Save rule</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="117" />
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="119" />
        <source>Count the messages the rule would tag</source>
        <translation>Die Nachrichten zählen, die die Regel taggen würde</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="120" />
        <source>&amp;Apply to the whole archive</source>
        <translation>Auf das ganze &amp;Archiv anwenden</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="122" />
        <source>&amp;Undo last apply</source>
        <translation>Letzte Anwendung &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="126" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="131" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="133" />
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="182" />
        <source>&amp;Rules:</source>
        <translation>&amp;Regeln:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="165" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="162" />
        <source>&amp;Query:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="167" />
        <source>&amp;Tags to add:</source>
        <translation>&amp;Tags hinzufügen:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="207" />
        <source>Off: new imports do not get its tags</source>
        <translation>Aus: Neue Importe erhalten ihre Tags nicht</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="227" />
        <source>The rule could not be switched: %1</source>
        <translation>Die Regel konnte nicht umgeschaltet werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="253" />
        <source>Delete the rule “%1”?

The tags it gave stay on the messages; new imports no longer get them.</source>
        <translation>Die Regel „%1“ löschen?

Die vergebenen Tags bleiben an den Nachrichten; neue Importe erhalten sie nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="262" />
        <source>The rule could not be deleted: %1</source>
        <translation>Die Regel konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="274" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="274" />
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="306" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="336" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="427" />
        <source>Cannot read the query: %1</source>
        <translation>Die Suche ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="309" />
        <source>Save the changes to preview or apply the rule.</source>
        <translation>Speichern Sie die Änderungen, um die Regel vorzuschauen oder anzuwenden.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="317" />
        <source>Please give the rule a name.</source>
        <translation>Bitte geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="320" />
        <source>Please enter a query: the messages it finds get the tags.</source>
        <translation>Bitte geben Sie eine Suche ein: Die gefundenen Nachrichten erhalten die Tags.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="323" />
        <source>Please name at least one tag to add.</source>
        <translation>Bitte nennen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="341" />
        <source>The rule could not be saved: %1</source>
        <translation>Die Regel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="348" />
        <source>Rule saved.</source>
        <translation>Regel gespeichert.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="400" />
        <source>%1 messages match; %2 would get a tag</source>
        <translation>%1 Nachrichten passen; %2 würden einen Tag erhalten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="409" />
        <source>%1 messages got a tag</source>
        <translation>%1 Nachrichten haben einen Tag erhalten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="417" />
        <source>%1 messages changed back</source>
        <translation>%1 Nachrichten zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="429" />
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
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="29" />
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="34" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="35" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="42" />
        <source> day(s) without a backup</source>
        <translation>
            <numerusform> Tag ohne Sicherung</numerusform>
            <numerusform> Tagen ohne Sicherung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="44" />
        <source>Remind of a backup after days</source>
        <translation>Tage bis zur Erinnerung an eine Sicherung</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="46" />
        <source>Check the archive's &amp;integrity every</source>
        <translation>&amp;Unversehrtheit des Archivs prüfen alle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="52" />
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="54" />
        <source>Days between integrity checks</source>
        <translation>Tage zwischen den Prüfungen der Unversehrtheit</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="58" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="59" />
        <source>Lock &amp;after inactivity:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="60" />
        <source>Remind of a &amp;backup after:</source>
        <translation>An eine &amp;Sicherung erinnern nach:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="63" />
        <source>A new language is used from the next start.</source>
        <translation>Eine andere Sprache gilt ab dem nächsten Programmstart.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="66" />
        <source>The integrity check reads every stored message again, in the background after unlocking; an import waits until it has ended.</source>
        <translation>Die Prüfung der Unversehrtheit liest jede gespeicherte Nachricht noch einmal, im Hintergrund nach dem Entsperren; ein Import wartet, bis sie beendet ist.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="45" />
        <source>Folders, tags and dates</source>
        <translation>Ordner, Tags und Daten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="123" />
        <source>&amp;New tag…</source>
        <translation>&amp;Neuer Tag…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="126" />
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="128" />
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="130" />
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="133" />
        <source>&amp;Delete tag</source>
        <translation>Tag &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="138" />
        <source>&amp;Merge into one of my tags…</source>
        <translation>In einen eigenen Tag &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="142" />
        <source>&amp;Drop this folder's tag</source>
        <translation>Tag dieses Ordners &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="148" />
        <source>&amp;Delete saved search</source>
        <translation>Gespeicherte Suche &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="152" />
        <source>Res&amp;tore a dropped folder tag</source>
        <translation>Verworfenen Ordner-Tag &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="170" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="178" />
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="178" />
        <source>Name (use / to nest, e.g. Authorities/Embassy):</source>
        <translation>Name (/ für Unter-Tags, z. B. Behörden/Botschaft):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="187" />
        <source>Rename tag</source>
        <translation>Tag umbenennen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="188" />
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="196" />
        <source>Tag colour</source>
        <translation>Farbe des Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="208" />
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="214" />
        <source>Merge tags</source>
        <translation>Tags zusammenführen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="209" />
        <source>Create a tag of your own to merge into first.</source>
        <translation>Legen Sie zuerst einen eigenen Tag an, in den zusammengeführt werden kann.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="215" />
        <source>Give every message of “%1” the tag:</source>
        <translation>Jeder Nachricht mit „%1“ diesen Tag geben:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="231" />
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="260" />
        <source>Delete tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="232" />
        <source>Remove “%1” from every message? The messages themselves stay.</source>
        <translation>„%1“ von allen Nachrichten entfernen? Die Nachrichten selbst bleiben.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="247" />
        <source>The rule “%1” gives the tag “%2”. Change that rule or delete it first, then delete the tag.</source>
        <translation>Die Regel „%1“ vergibt den Tag „%2“. Ändern oder löschen Sie zuerst diese Regel, dann können Sie den Tag löschen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="253" />
        <source>The rules %1 give the tag “%2”. Change those rules or delete them first, then delete the tag.</source>
        <translation>Die Regeln %1 vergeben den Tag „%2“. Ändern oder löschen Sie zuerst diese Regeln, dann können Sie den Tag löschen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="256" />
        <source>“%1”</source>
        <comment>a rule's name in a list of rules</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="74" />
        <source>All mail (%1)</source>
        <translation>Alle Nachrichten (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="78" />
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="87" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="91" />
        <source>(none yet: tag conversations from their menu)</source>
        <translation>(noch keine: Unterhaltungen über ihr Menü taggen)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="98" />
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="129" />
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>SignOfLifeDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="37" />
        <source>Sign of life</source>
        <translation>Lebenszeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="40" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="51" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="55" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="58" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="58" />
        <source>Who told you, what was said</source>
        <translation>Wer hat es Ihnen gesagt, was wurde gesagt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="59" />
        <source>A file for the sign of life</source>
        <translation>Eine Datei zum Lebenszeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="60" />
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="61" />
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="62" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="63" />
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="64" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="70" />
        <source>A sign of life that did not come by e-mail: a call, a message, a visit, news through someone else. It counts like a letter from the person.</source>
        <translation>Ein Lebenszeichen, das nicht per E-Mail kam: ein Anruf, eine Nachricht, ein Besuch, Neuigkeiten über jemand anderen. Es zählt wie ein Brief der Person.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="78" />
        <source>Nobody is watched yet. Watch a person in People first.</source>
        <translation>Noch wird niemand beobachtet. Beobachten Sie zuerst eine Person unter Personen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="125" />
        <source>%1 is still to come: enter when the sign of life came.</source>
        <translation>%1 liegt noch in der Zukunft: Geben Sie an, wann das Lebenszeichen kam.</translation>
    </message>
</context>
<context>
    <name>SignsChart</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="91" />
        <source>Signs of life per month</source>
        <translation>Lebenszeichen pro Monat</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="97" />
        <source>%1 %2: %3</source>
        <comment>month, year: signs</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="108" />
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
    <name>SyncController</name>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="215" />
        <source>%1: connecting to %2…</source>
        <translation>%1: Verbindung mit %2 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="221" />
        <source>%1: looking for new mail in %2 (folder %3 of %4)…</source>
        <translation>%1: Suche nach neuen Mails in %2 (Ordner %3 von %4)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="231" />
        <source>%1: %Ln message(s) fetched</source>
        <translation>
            <numerusform>%1: %Ln Nachricht abgerufen</numerusform>
            <numerusform>%1: %Ln Nachrichten abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="251" />
        <source>Mail cannot be fetched while an import is running. Please try again when it has ended.</source>
        <translation>Während eines Imports können keine Mails abgerufen werden. Bitte versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="262" />
        <source>The sync stopped unexpectedly: %1</source>
        <translation>Der Abruf wurde unerwartet beendet: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="271" />
        <source>The server's certificate is not trusted (SHA-256 fingerprint %1). Accept it in the account's settings only if the server's operator confirms this fingerprint.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (SHA-256-Fingerabdruck %1). Nehmen Sie es in den Einstellungen des Kontos nur an, wenn der Betreiber des Servers diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="279" />
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="281" />
        <source>The password is needed to fetch the mail.</source>
        <translation>Zum Abrufen der Mails wird das Passwort benötigt.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="388" />
        <source>The sync of %1 failed: %2</source>
        <translation>Der Abruf von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="403" />
        <source>Sync cancelled; %Ln new message(s) fetched from %1</source>
        <translation>
            <numerusform>Abruf abgebrochen; %Ln neue Nachricht von %1 abgerufen</numerusform>
            <numerusform>Abruf abgebrochen; %Ln neue Nachrichten von %1 abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="405" />
        <source>Fetched %Ln new message(s) from %1</source>
        <translation>
            <numerusform>%Ln neue Nachricht von %1 abgerufen</numerusform>
            <numerusform>%Ln neue Nachrichten von %1 abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="407" />
        <source>No new mail in %1</source>
        <translation>Keine neuen Mails in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="412" />
        <source>%Ln message(s) already in the archive</source>
        <translation>
            <numerusform>%Ln Nachricht bereits im Archiv</numerusform>
            <numerusform>%Ln Nachrichten bereits im Archiv</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="413" />
        <location filename="../../correspondence_app/gui/syncing.py" line="420" />
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="416" />
        <source>%Ln message(s) could not be read and are kept in the quarantine</source>
        <translation>
            <numerusform>%Ln Nachricht konnte nicht gelesen werden und liegt in der Quarantäne</numerusform>
            <numerusform>%Ln Nachrichten konnten nicht gelesen werden und liegen in der Quarantäne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="26" />
        <source>The server's name is unknown. Please check it, and the internet connection.</source>
        <translation>Der Name des Servers ist unbekannt. Bitte prüfen Sie ihn und die Internetverbindung.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="31" />
        <source>The server did not answer in time. Please check the internet connection, or try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte prüfen Sie die Internetverbindung, oder versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="37" />
        <source>The server refused the connection. Please check the port.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Bitte prüfen Sie den Port.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="41" />
        <source>The encrypted connection to the server could not be set up.</source>
        <translation>Die verschlüsselte Verbindung zum Server konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="45" />
        <source>The server does not offer STARTTLS, and the password is never sent unencrypted. Please choose TLS on port 993.</source>
        <translation>Der Server bietet kein STARTTLS an, und das Passwort wird nie unverschlüsselt gesendet. Bitte wählen Sie TLS auf Port 993.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="51" />
        <source>The server refused the user name or password. Some providers want an app password, and IMAP switched on in their web settings.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt. Manche Anbieter verlangen ein App-Passwort und dass IMAP in ihren Einstellungen im Browser eingeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="57" />
        <source>Microsoft takes no passwords from mail programs for Outlook.com, Hotmail and Microsoft 365 accounts. Export the mailbox as a .pst file instead (in Outlook.com: Settings → General → Privacy and data → Export mailbox) and import that.</source>
        <translation>Microsoft nimmt für Konten von Outlook.com, Hotmail und Microsoft 365 keine Passwörter von Mail-Programmen an. Exportieren Sie das Postfach stattdessen als .pst-Datei (in Outlook.com: Einstellungen → Allgemein → Datenschutz und Daten → Postfach exportieren) und importieren Sie diese.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="65" />
        <source>The server's certificate is not trusted. Accept it in the account's settings only if the server's operator confirms its fingerprint.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut. Nehmen Sie es in den Einstellungen des Kontos nur an, wenn der Betreiber des Servers seinen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="71" />
        <source>The connection broke off during the sync. What arrived is kept; the next sync fetches the rest.</source>
        <translation>Die Verbindung ist während des Abrufs abgebrochen. Was angekommen ist, bleibt erhalten; der nächste Abruf holt den Rest.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="77" />
        <source>The server did not hand over some messages; it may not be able to read them itself. Everything else was fetched; the next sync asks for them again.</source>
        <translation>Der Server hat einige Nachrichten nicht herausgegeben; vielleicht kann er sie selbst nicht lesen. Alles andere wurde abgerufen; der nächste Abruf fragt erneut nach ihnen.</translation>
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
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="37" />
        <source>&amp;Add tag…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="42" />
        <source>&amp;Remove tag</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="70" />
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="61" />
        <source>Tag for %Ln conversation(s) (a new name creates the tag):</source>
        <translation>
            <numerusform>Tag für %Ln Unterhaltung (ein neuer Name legt den Tag an):</numerusform>
            <numerusform>Tag für %Ln Unterhaltungen (ein neuer Name legt den Tag an):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="90" />
        <source>Tagged %Ln message(s) “%1”</source>
        <translation>
            <numerusform>%Ln Nachricht mit „%1“ getaggt</numerusform>
            <numerusform>%Ln Nachrichten mit „%1“ getaggt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="98" />
        <source>Removed “%1” from %Ln message(s)</source>
        <translation>
            <numerusform>„%1“ von %Ln Nachricht entfernt</numerusform>
            <numerusform>„%1“ von %Ln Nachrichten entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="106" />
        <source>Undid the last tagging: %Ln message(s) changed back</source>
        <translation>
            <numerusform>Letztes Taggen rückgängig: %Ln Nachricht zurückgesetzt</numerusform>
            <numerusform>Letztes Taggen rückgängig: %Ln Nachrichten zurückgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="113" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="116" />
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
</context>
<context>
    <name>ThunderbirdDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="46" />
        <source>Import from Thunderbird</source>
        <translation>Aus Thunderbird importieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="50" />
        <source>Thunderbird keeps each mail folder in a file. Choose the folders to import; messages you deleted in Thunderbird are left out. Close Thunderbird first, or compact its folders, for the newest state.</source>
        <translation>Thunderbird speichert jeden Mailordner in einer Datei. Wählen Sie die Ordner, die importiert werden sollen; Nachrichten, die Sie in Thunderbird gelöscht haben, werden ausgelassen. Schließen Sie Thunderbird vorher oder komprimieren Sie seine Ordner, um den neuesten Stand zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="56" />
        <source>Thunderbird profile</source>
        <translation>Thunderbird-Profil</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="58" />
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="61" />
        <source>Choose a profile folder…</source>
        <translation>Profilordner wählen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="64" />
        <source>No Thunderbird profile was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Thunderbird-Profil gefunden.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="68" />
        <source>Counting the messages in each folder</source>
        <translation>Die Nachrichten in jedem Ordner werden gezählt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="70" />
        <source>Mail folders</source>
        <translation>Mailordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="71" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="71" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="81" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="116" />
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="124" />
        <source>Choose a Thunderbird profile folder</source>
        <translation>Thunderbird-Profilordner wählen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="134" />
        <source>“%1” is not a Thunderbird profile folder: it has no prefs.js beside a Mail or ImapMail folder.</source>
        <translation>„%1“ ist kein Thunderbird-Profilordner: Er enthält keine prefs.js neben einem Ordner Mail oder ImapMail.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="184" />
        <source>This profile has no mail folders.</source>
        <translation>Dieses Profil hat keine Mailordner.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="194" />
        <source>The folders could not be read: %1</source>
        <translation>Die Ordner konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="234" />
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="255" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="251" />
        <source>Counting the messages in each folder…</source>
        <translation>Die Nachrichten in jedem Ordner werden gezählt…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="253" />
        <source>No folder chosen.</source>
        <translation>Kein Ordner ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="256" />
        <source>in %Ln folder(s)</source>
        <translation>
            <numerusform>in %Ln Ordner</numerusform>
            <numerusform>in %Ln Ordnern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="258" />
        <source>%1 %2 chosen</source>
        <translation>%1 %2 ausgewählt</translation>
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
        <location filename="../../correspondence_app/gui/widgets/timeline_panel.py" line="81" />
        <source>Only %1 to %2</source>
        <translation>Nur %1 bis %2</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="53" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="56" />
        <source>Messages received and sent per period. Drag across the bars to choose a period; Escape or a double-click clears the choice.</source>
        <translation>Empfangene und gesendete Nachrichten je Zeitraum. Über die Balken ziehen wählt einen Zeitraum; Esc oder Doppelklick hebt die Wahl auf.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="171" />
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="383" />
        <source>%1 %2</source>
        <comment>a month and its year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="176" />
        <source>Week %1, %2</source>
        <translation>Woche %1, %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="186" />
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 empfangen, %3 gesendet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="268" />
        <source>No dated messages</source>
        <translation>Keine datierten Nachrichten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="425" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="425" />
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
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="53" />
        <source>Reading the conversations… %p%</source>
        <translation>Unterhaltungen werden gelesen… %p%</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="54" />
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="57" />
        <source>Suggested topics</source>
        <translation>Vorgeschlagene Themen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="63" />
        <source>Name of the tag, e.g. Asyl/Anträge</source>
        <translation>Name des Tags, z. B. Asyl/Anträge</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="65" />
        <source>Also tag new mail with these words (a rule)</source>
        <translation>Auch neue Post mit diesen Wörtern taggen (eine Regel)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="66" />
        <source>&amp;Accept as tag</source>
        <translation>Als Tag ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="68" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="74" />
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="75" />
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="122" />
        <source>%1 (%Ln conversation(s))</source>
        <translation>
            <numerusform>%1 (%Ln Unterhaltung)</numerusform>
            <numerusform>%1 (%Ln Unterhaltungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="130" />
        <source>Stopped. Open the suggestions again to look anew.</source>
        <translation>Angehalten. Öffnen Sie die Vorschläge erneut, um neu zu suchen.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="133" />
        <source>No suggestions: every conversation has a tag, or too few share words.</source>
        <translation>Keine Vorschläge: Jede Unterhaltung hat einen Tag, oder zu wenige teilen Wörter.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="144" />
        <source>The suggestions could not be made: %1</source>
        <translation>Die Vorschläge konnten nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="184" />
        <source>Tagged %Ln message(s) “%1”.</source>
        <translation>
            <numerusform>%Ln Nachricht mit „%1“ getaggt.</numerusform>
            <numerusform>%Ln Nachrichten mit „%1“ getaggt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="188" />
        <source>A rule tags new mail too.</source>
        <translation>Eine Regel taggt auch neue Post.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="199" />
        <source>“%1” will not be suggested again.</source>
        <translation>„%1“ wird nicht wieder vorgeschlagen.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="59" />
        <source>Unlock archive</source>
        <translation>Archiv entsperren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="63" />
        <source>Enter the passphrase of the archive in
%1</source>
        <translation>Geben Sie die Passphrase des Archivs in diesem Ordner ein:
%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="69" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="70" />
        <source>Passphrase or recovery code</source>
        <translation>Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="73" />
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="77" />
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="80" />
        <source>&amp;Other archive…</source>
        <translation>&amp;Anderes Archiv…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="103" />
        <source>Please enter the passphrase.</source>
        <translation>Bitte geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="133" />
        <source>This recovery code is mistyped: a character is wrong, missing or swapped. Please compare it with your written copy.</source>
        <translation>Dieser Wiederherstellungscode ist vertippt: Ein Zeichen ist falsch, fehlt oder ist vertauscht. Bitte vergleichen Sie ihn mit Ihrer Abschrift.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="137" />
        <source>Wrong passphrase or recovery code. Please try again.</source>
        <translation>Falsche Passphrase oder falscher Wiederherstellungscode. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="141" />
        <source>The archive could not be opened: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/watch_dialog.py" line="19" />
        <source>Watch “%1”</source>
        <translation>„%1“ beobachten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/watch_dialog.py" line="22" />
        <source>The overview shows how long ago “%1” last gave a sign of life. By default the silence is overdue after twice the usual gap between letters.</source>
        <translation>Die Übersicht zeigt, wie lange „%1“ kein Lebenszeichen mehr gegeben hat. Standardmäßig ist das Schweigen nach dem Doppelten des üblichen Abstands zwischen Briefen überfällig.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/watch_dialog.py" line="27" />
        <source>&amp;Overdue after a number of days I choose</source>
        <translation>Ü&amp;berfällig nach einer selbst gewählten Zahl von Tagen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/watch_dialog.py" line="35" />
        <source>&amp;Days of silence:</source>
        <translation>&amp;Tage Schweigen:</translation>
    </message>
</context>
<context>
    <name>Watching</name>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="40" />
        <source>&amp;People…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="42" />
        <location filename="../../correspondence_app/gui/watching.py" line="166" />
        <source>Record a &amp;sign of life…</source>
        <translation>&amp;Lebenszeichen eintragen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="44" />
        <source>Record a &amp;paper letter…</source>
        <translation>&amp;Brief auf Papier eintragen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="45" />
        <source>&amp;Groups of officials…</source>
        <translation>&amp;Gruppen von Behörden…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="128" />
        <source>Sign of life</source>
        <translation>Lebenszeichen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="130" />
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="134" />
        <source>&amp;Save “%1”…</source>
        <translation>„%1“ &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="148" />
        <source>Save file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="164" />
        <source>Show the &amp;timeline…</source>
        <translation>&amp;Zeitleiste zeigen…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="165" />
        <source>Show the &amp;mail</source>
        <translation>&amp;Mails zeigen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="168" />
        <source>&amp;Export the correspondence…</source>
        <translation>Korrespondenz &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="172" />
        <source>Overdue &amp;after…</source>
        <translation>Überfällig &amp;nach…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="173" />
        <source>Stop &amp;watching</source>
        <translation>Nicht mehr &amp;beobachten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="196" />
        <source>Stop watching</source>
        <translation>Nicht mehr beobachten</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="198" />
        <source>Stop watching “%1”? The signs of life entered by hand are kept; you can watch them again in People.</source>
        <translation>„%1“ nicht mehr beobachten? Die von Hand eingetragenen Lebenszeichen bleiben erhalten; unter Personen können Sie die Person wieder beobachten.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="211" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="214" />
        <source>&amp;Answered another way…</source>
        <translation>&amp;Auf anderem Weg beantwortet…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="217" />
        <source>&amp;No answer expected</source>
        <translation>&amp;Keine Antwort erwartet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="222" />
        <location filename="../../correspondence_app/gui/watching.py" line="268" />
        <source>“%1” to %2, sent %3</source>
        <translation>„%1“ an %2, gesendet %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="223" />
        <location filename="../../correspondence_app/gui/watching.py" line="269" />
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="241" />
        <source>The letter awaits an answer.</source>
        <translation>Der Brief wartet auf Antwort.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="243" />
        <source>No answer is expected to the letter.</source>
        <translation>Auf den Brief wird keine Antwort erwartet.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="260" />
        <source>Awaits an &amp;answer</source>
        <translation>Wartet auf &amp;Antwort</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="261" />
        <source>No answer e&amp;xpected</source>
        <translation>Keine Antwort &amp;erwartet</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="273" />
        <source>Answered another &amp;way…</source>
        <translation>Auf anderem &amp;Weg beantwortet…</translation>
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
