<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="100" />
        <source>Change mail account</source>
        <translation>Изменить почтовую учётную запись</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="100" />
        <source>Add mail account</source>
        <translation>Добавить почтовую учётную запись</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="108" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="111" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="111" />
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="126" />
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="126" />
        <source>anna@example.org</source>
        <translation>anna@example.org</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="127" />
        <source>Or the user name your provider gave you</source>
        <translation>Или имя пользователя, выданное вашим почтовым сервисом</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="128" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="131" />
        <source>Provider</source>
        <translation>Почтовый сервис</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="134" />
        <source>Other server</source>
        <translation>Другой сервер</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="137" />
        <source>What the provider asks for</source>
        <translation>Что требует почтовый сервис</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="138" />
        <source>Name in the archive</source>
        <translation>Название в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="139" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="139" />
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="142" />
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="144" />
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="145" />
        <source>TLS (usually port 993)</source>
        <translation>TLS (обычно порт 993)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="146" />
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (обычно порт 143)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="159" />
        <source>In the archive, encrypted with it (recommended)</source>
        <translation>В архиве, в зашифрованном виде (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="160" />
        <source>Nowhere: ask for it at every sync</source>
        <translation>Нигде: спрашивать при каждом получении</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="161" />
        <source>In the desktop's keyring</source>
        <translation>В связке ключей рабочего стола</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="172" />
        <source>No desktop keyring (such as GNOME Keyring or KWallet) was found.</source>
        <translation>Связка ключей рабочего стола (например, GNOME Keyring или KWallet) не найдена.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="176" />
        <source>Fetch new mail a&amp;utomatically</source>
        <translation>Получать новую почту автомати&amp;чески</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="180" />
        <source>Interval in minutes</source>
        <translation>Интервал в минутах</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="184" />
        <source>Only while the archive is open and unlocked. A password that is asked for must have been typed once since unlocking.</source>
        <translation>Только пока архив открыт и разблокирован. Пароль, который запрашивается, нужно один раз ввести после разблокировки.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="192" />
        <source>The archive fetches a copy of your mail over IMAP. Nothing on the server is changed or deleted.</source>
        <translation>Архив получает копию вашей почты по IMAP. На сервере ничего не изменяется и не удаляется.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="196" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="199" />
        <source>&amp;E-mail address:</source>
        <translation>&amp;Адрес эл. почты:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="201" />
        <source>P&amp;rovider:</source>
        <translation>Почтовый сер&amp;вис:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="203" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="205" />
        <source>Server settings</source>
        <translation>Параметры сервера</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="208" />
        <source>To use another server or user name, remove the account and add it again; the mail already fetched stays in the archive.</source>
        <translation>Чтобы сменить сервер или имя пользователя, удалите учётную запись и добавьте её заново; уже полученная почта останется в архиве.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="214" />
        <source>Ser&amp;ver:</source>
        <translation>С&amp;ервер:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="215" />
        <source>P&amp;ort:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="218" />
        <source>Keep the password</source>
        <translation>Где хранить пароль</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="220" />
        <source>&amp;Interval in minutes:</source>
        <translation>Интервал в &amp;минутах:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="222" />
        <source>Automatic sync</source>
        <translation>Автоматическое получение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="259" />
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="260" />
        <source>Leave empty to keep the password</source>
        <translation>Оставьте пустым, чтобы сохранить прежний пароль</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="270" />
        <source>Type the password and test the connection to choose the folders.</source>
        <translation>Введите пароль и проверьте соединение, чтобы выбрать папки.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="281" />
        <source>As the address</source>
        <translation>Как адрес</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="427" />
        <source>Type the password, so that it can be kept.</source>
        <translation>Введите пароль, чтобы его можно было сохранить.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/account_dialog.py" line="430" />
        <source>The account could not be saved: %1</source>
        <translation>Не удалось сохранить учётную запись: %1</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="61" />
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="72" />
        <source>Mail accounts</source>
        <translation>Почтовые учётные записи</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="66" />
        <source>The archive fetches copies of the mail in these accounts. Nothing on the server is changed or deleted, and removing an account keeps the mail already fetched.</source>
        <translation>Архив получает копии почты из этих учётных записей. На сервере ничего не изменяется и не удаляется, а при удалении учётной записи уже полученная почта сохраняется.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="77" />
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="77" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="77" />
        <source>Last sync</source>
        <translation>Последнее получение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="77" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="90" />
        <source>No mail account yet. Add one to fetch your mail from GMX, Gmail, Mail.ru or any other provider that offers IMAP.</source>
        <translation>Почтовых учётных записей пока нет. Добавьте учётную запись, чтобы получать почту из GMX, Gmail, Mail.ru или любого другого сервиса с IMAP.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="103" />
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="104" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="105" />
        <source>&amp;Sync now</source>
        <translation>&amp;Получить сейчас</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="106" />
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="111" />
        <source>Sync progress</source>
        <translation>Ход получения почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="113" />
        <source>Cancel s&amp;ync</source>
        <translation>&amp;Отменить получение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="125" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="150" />
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="314" />
        <source>Fetching mail…</source>
        <translation>Получение почты…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="193" />
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="198" />
        <source>today %1</source>
        <translation>сегодня %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="200" />
        <source>yesterday %1</source>
        <translation>вчера %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="208" />
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln новое сообщение</numerusform>
            <numerusform>%Ln новых сообщения</numerusform>
            <numerusform>%Ln новых сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="210" />
        <source>No new mail</source>
        <translation>Новой почты нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="212" />
        <source>Cancelled after %Ln new message(s)</source>
        <translation>
            <numerusform>Отменено после %Ln нового сообщения</numerusform>
            <numerusform>Отменено после %Ln новых сообщений</numerusform>
            <numerusform>Отменено после %Ln новых сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="214" />
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="216" />
        <source>Not synced yet</source>
        <translation>Ещё не получалась</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="219" />
        <source>%Ln could not be read (quarantine)</source>
        <translation>
            <numerusform>%Ln не удалось прочитать (карантин)</numerusform>
            <numerusform>%Ln не удалось прочитать (карантин)</numerusform>
            <numerusform>%Ln не удалось прочитать (карантин)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="224" />
        <source>Folders: %1</source>
        <translation>Папки: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="226" />
        <source>Folders: all but spam (on Gmail: All Mail)</source>
        <translation>Папки: все, кроме спама (в Gmail: «Вся почта»)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="230" />
        <source>New mail is fetched every %Ln minute(s) while the archive is open</source>
        <translation>
            <numerusform>Новая почта получается каждую %Ln минуту, пока архив открыт</numerusform>
            <numerusform>Новая почта получается каждые %Ln минуты, пока архив открыт</numerusform>
            <numerusform>Новая почта получается каждые %Ln минут, пока архив открыт</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="235" />
        <source>New mail is fetched when you choose “Sync now”</source>
        <translation>Новая почта получается, когда вы выбираете «Получить сейчас»</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="237" />
        <source>The password is kept in the archive</source>
        <translation>Пароль хранится в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="238" />
        <source>The password is asked for at each sync</source>
        <translation>Пароль запрашивается при каждом получении</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="239" />
        <source>The password is kept in the desktop's keyring</source>
        <translation>Пароль хранится в связке ключей рабочего стола</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="243" />
        <source>The last sync failed: %1</source>
        <translation>Последнее получение не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="277" />
        <source>“%1” was added. Choose “Sync now” to fetch its mail.</source>
        <translation>«%1» добавлена. Выберите «Получить сейчас», чтобы получить её почту.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="294" />
        <source>Remove the mail account “%1”?

The mail already fetched from it stays in the archive, and nothing on the server changes; new mail is no longer fetched.</source>
        <translation>Удалить почтовую учётную запись «%1»?

Уже полученная из неё почта останется в архиве, а на сервере ничего не изменится; новая почта больше получаться не будет.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="297" />
        <source>Remove mail account</source>
        <translation>Удалить почтовую учётную запись</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="324" />
        <source>Stopping once the messages being written are saved…</source>
        <translation>Остановка после сохранения записываемых сейчас сообщений…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/accounts_dialog.py" line="341" />
        <source>The sync of %1 failed.</source>
        <translation>Не удалось получить почту из %1.</translation>
    </message>
</context>
<context>
    <name>AnsweredDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="210" />
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="213" />
        <source>An answer that came another way: by post, by phone, in person.</source>
        <translation>Ответ, пришедший другим путём: по почте, по телефону, лично.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="215" />
        <source>&amp;Record answer</source>
        <translation>&amp;Записать ответ</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="222" />
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="224" />
        <source>How the answer came</source>
        <translation>Как пришёл ответ</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="224" />
        <source>e.g. Reply by post, file number 123</source>
        <translation>напр. Ответ по почте, номер дела 123</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="226" />
        <source>Letter:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="227" />
        <source>&amp;Answered on:</source>
        <translation>&amp;Дата ответа:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="228" />
        <source>&amp;How / note:</source>
        <translation>&amp;Как / заметка:</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="235" />
        <source>About Correspondence Archive</source>
        <translation>О программе Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="237" />
        <source>&lt;h3&gt;Correspondence Archive %1&lt;/h3&gt;&lt;p&gt;A private, encrypted, offline archive of correspondence.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted with your passphrase. Nothing is fetched from the internet while you read.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Correspondence Archive %1&lt;/h3&gt;&lt;p&gt;Личный зашифрованный архив переписки, работающий без интернета.&lt;/p&gt;&lt;p&gt;Всё хранится на этом компьютере и зашифровано вашей парольной фразой. Пока вы читаете, из интернета ничего не загружается.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backing</name>
    <message>
        <location filename="../../correspondence_app/gui/backing_up.py" line="33" />
        <source>&amp;Back up…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/backing_up.py" line="35" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="81" />
        <source>Back up now…</source>
        <translation>Создать копию сейчас…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="93" />
        <source>This archive has never been backed up.</source>
        <translation>У этого архива ещё нет ни одной резервной копии.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="95" />
        <source>No backup for %Ln day(s).</source>
        <translation>
            <numerusform>Резервной копии нет уже %Ln день.</numerusform>
            <numerusform>Резервной копии нет уже %Ln дня.</numerusform>
            <numerusform>Резервной копии нет уже %Ln дней.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="97" />
        <source>A backup on another drive keeps your mail if this one fails.</source>
        <translation>Копия на другом диске сохранит вашу почту, если этот диск откажет.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="115" />
        <source>Back up the archive</source>
        <translation>Резервная копия архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="119" />
        <source>A backup is an encrypted copy of the archive in a new folder, read back and checked after writing. Keep it on another drive, such as a USB stick or an external disk: the passphrase or the recovery code opens it. You can go on working while it runs.</source>
        <translation>Резервная копия — это зашифрованная копия архива в новой папке; после записи она считывается обратно и проверяется. Храните её на другом диске, например на флешке или внешнем диске: её открывает парольная фраза или код восстановления. Пока копия создаётся, можно продолжать работу.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="127" />
        <source>Folder for the backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="127" />
        <source>A folder on a USB stick or another drive</source>
        <translation>Папка на флешке или другом диске</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="132" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="136" />
        <source>Backups to keep</source>
        <translation>Сколько копий хранить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="139" />
        <source>newest backups of this archive there; older ones are removed once the new one is verified</source>
        <translation>последних копий этого архива там; более старые удаляются, когда новая проверена</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="146" />
        <source>Back up &amp;to:</source>
        <translation>&amp;Куда:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="147" />
        <source>&amp;Keep:</source>
        <translation>&amp;Хранить:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="152" />
        <source>Backup progress</source>
        <translation>Ход создания копии</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="157" />
        <source>Folder of the new backup</source>
        <translation>Папка новой копии</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="163" />
        <source>&amp;Back up</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="192" />
        <source>This archive has never been backed up.</source>
        <translation>У этого архива ещё нет ни одной резервной копии.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="194" />
        <source>Last backup: %1, %Ln message(s), in %2</source>
        <translation>
            <numerusform>Последняя копия: %1, %Ln сообщение, в %2</numerusform>
            <numerusform>Последняя копия: %1, %Ln сообщения, в %2</numerusform>
            <numerusform>Последняя копия: %1, %Ln сообщений, в %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="206" />
        <source>Choose the folder for the backups</source>
        <translation>Выберите папку для резервных копий</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="239" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="246" />
        <source>Writing the encrypted copy…</source>
        <translation>Записывается зашифрованная копия…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="247" />
        <source>Reading the copy back from the drive…</source>
        <translation>Копия считывается обратно с диска…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="248" />
        <source>Checking every stored message in the copy…</source>
        <translation>Проверяется каждое сообщение в копии…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="250" />
        <source>Preparing the backup…</source>
        <translation>Подготовка копии…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="259" />
        <source>The backup is complete and verified: %Ln message(s) (%1) in this new folder:</source>
        <translation>
            <numerusform>Копия создана и проверена: %Ln сообщение (%1) в новой папке:</numerusform>
            <numerusform>Копия создана и проверена: %Ln сообщения (%1) в новой папке:</numerusform>
            <numerusform>Копия создана и проверена: %Ln сообщений (%1) в новой папке:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="271" />
        <source>Older backups removed there (%Ln kept):</source>
        <translation>
            <numerusform>Там удалены более старые копии (хранится %Ln):</numerusform>
            <numerusform>Там удалены более старые копии (хранятся %Ln):</numerusform>
            <numerusform>Там удалены более старые копии (хранится %Ln):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="274" />
        <source>Not removed: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="288" />
        <source>The backup was cancelled; nothing of it was kept.</source>
        <translation>Создание копии отменено; от неё ничего не осталось.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="290" />
        <source>The backup could not be made: %1</source>
        <translation>Не удалось создать копию: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="292" />
        <source>The backup stopped unexpectedly: %1</source>
        <translation>Создание копии неожиданно прервалось: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/backup_dialog.py" line="314" />
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="54" />
        <source>Folder with backups</source>
        <translation>Папка с резервными копиями</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="57" />
        <source>Choose a &amp;folder…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="59" />
        <source>Backups &amp;in:</source>
        <translation>Копии &amp;в папке:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="62" />
        <source>Looking for backups</source>
        <translation>Поиск резервных копий</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="64" />
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="66" />
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="66" />
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="66" />
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="66" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="90" />
        <source>Choose the folder with the backups</source>
        <translation>Выберите папку с резервными копиями</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="128" />
        <source>There are no backups in %1. Choose the folder they were saved in.</source>
        <translation>В %1 нет резервных копий. Выберите папку, в которую они сохранялись.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="139" />
        <source>The folder cannot be read: %1</source>
        <translation>Не удаётся прочитать папку: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="146" />
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="148" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="163" />
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="164" />
        <source>Unfinished</source>
        <translation>Не завершена</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/backup_list.py" line="165" />
        <source>Damaged</source>
        <translation>Повреждена</translation>
    </message>
</context>
<context>
    <name>BundlePasswordDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="28" />
        <source>Encrypted ZIP</source>
        <translation>Зашифрованный ZIP</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="32" />
        <source>“%1” is an encrypted ZIP. Type its password to import the messages in it, with their tags, notes and people.</source>
        <translation>«%1» — зашифрованный ZIP. Введите его пароль, чтобы импортировать сообщения из него вместе с их метками, заметками и людьми.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="37" />
        <source>“%1” is an encrypted ZIP. Type its password to import the messages in it.</source>
        <translation>«%1» — зашифрованный ZIP. Введите его пароль, чтобы импортировать сообщения из него.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="44" />
        <source>Password of the encrypted ZIP</source>
        <translation>Пароль зашифрованного ZIP</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="50" />
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="53" />
        <source>&amp;Skip this file</source>
        <translation>&amp;Пропустить этот файл</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/bundle_password_dialog.py" line="77" />
        <source>This password does not open “%1”. Please try again.</source>
        <translation>Этот пароль не открывает «%1». Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="36" />
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="42" />
        <source>You opened the archive with the recovery code. Please choose a new passphrase now. The recovery code stays valid.</source>
        <translation>Вы открыли архив с помощью кода восстановления. Пожалуйста, выберите сейчас новую парольную фразу. Код восстановления остаётся действительным.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="50" />
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="53" />
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="65" />
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="69" />
        <source>&amp;Later</source>
        <translation>По&amp;зже</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="69" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="97" />
        <source>The current passphrase is wrong.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="99" />
        <source>The passphrase could not be changed: %1</source>
        <translation>Не удалось сменить парольную фразу: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="95" />
        <source>&amp;Test connection</source>
        <translation>Проверить &amp;соединение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="97" />
        <source>Testing the connection</source>
        <translation>Проверка соединения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="101" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="102" />
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="275" />
        <source>Untrusted certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="108" />
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="112" />
        <source>I have checked this fingerprint with the server's operator; accept this certificate</source>
        <translation>Я сверил этот отпечаток с администратором сервера; принять этот сертификат</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="126" />
        <source>Folders to fetch</source>
        <translation>Папки для получения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="128" />
        <source>&amp;Folders to fetch:</source>
        <translation>Папки для &amp;загрузки:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="132" />
        <source>Gmail keeps every message once in “All Mail”; its labels (Inbox, Sent and your own) become tags in the archive.</source>
        <translation>Gmail хранит каждое сообщение один раз во «Вся почта»; его ярлыки («Входящие», «Отправленные» и ваши собственные) станут метками в архиве.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="176" />
        <source>Please check the server settings: %1</source>
        <translation>Проверьте параметры сервера: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="188" />
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="205" />
        <source>%1 (all your mail)</source>
        <translation>%1 (вся ваша почта)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="207" />
        <source>%1 (spam)</source>
        <translation>%1 (спам)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="217" />
        <source>Connected. Choose the folders to fetch.</source>
        <translation>Соединение установлено. Выберите папки для получения.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="228" />
        <source>Type the password to test the connection.</source>
        <translation>Введите пароль, чтобы проверить соединение.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="231" />
        <source>The password could not be read: %1</source>
        <translation>Не удалось прочитать пароль: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="238" />
        <source>The connection failed: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="253" />
        <source>The server's certificate has changed since it was accepted. Accept the new one only if the server's operator confirms its fingerprint:</source>
        <translation>Сертификат сервера изменился с тех пор, как его приняли. Принимайте новый, только если администратор сервера подтвердит его отпечаток:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="258" />
        <source>The server's certificate is not signed by an authority this computer trusts. Servers with a certificate of their own look like this, but so does someone listening in. Compare its fingerprint with the one the server's operator gives you:</source>
        <translation>Сертификат сервера не подписан центром, которому доверяет этот компьютер. Так выглядят серверы с собственным сертификатом, но так же выглядит и тот, кто подслушивает соединение. Сравните его отпечаток с тем, который сообщит администратор сервера:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="275" />
        <source>Accepted certificate</source>
        <translation>Принятый сертификат</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/connection_test.py" line="279" />
        <source>This certificate is accepted for the server, and no other:</source>
        <translation>Для сервера принят этот сертификат, и никакой другой:</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="84" />
        <source>Messages of the conversation</source>
        <translation>Сообщения беседы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="102" />
        <source>Message headers</source>
        <translation>Заголовки сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="108" />
        <source>&amp;Source</source>
        <translation>&amp;Исходный текст</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="117" />
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="124" />
        <source>Tags of the conversation</source>
        <translation>Метки переписки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="190" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="192" />
        <source>From</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="192" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="259" />
        <source>%1 (when a mail server received it; no Date field)</source>
        <translation>%1 (когда почтовый сервер её получил; нет поля Date)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="260" />
        <source>%1 (delivery time from the mailbox; no Date field)</source>
        <translation>%1 (время доставки по почтовому ящику; нет поля Date)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="261" />
        <source>%1 (only the file's time: the message has no date)</source>
        <translation>%1 (лишь время файла: у сообщения нет даты)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="272" />
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="273" />
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="276" />
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="279" />
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="280" />
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="288" />
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="340" />
        <source>Show HT&amp;ML</source>
        <translation>Показать HT&amp;ML</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="340" />
        <source>Show &amp;plain text</source>
        <translation>Пока&amp;зать текст</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="366" />
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="371" />
        <source>&amp;Save as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="374" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="390" />
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="392" />
        <source>“%1” can no longer be read from its message. File → Check the archive's integrity says more; a backup may still hold it.</source>
        <translation>«%1» больше не удаётся прочитать из его сообщения. Подробнее: Файл → Проверить целостность архива; возможно, оно ещё есть в резервной копии.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="400" />
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="410" />
        <source>Open attachment</source>
        <translation>Открыть вложение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="412" />
        <source>“%1” will be opened with another program. That program may connect to the internet or keep its own copy. Open it?</source>
        <translation>Файл «%1» будет открыт в другой программе. Эта программа может подключиться к интернету или сохранить собственную копию. Открыть файл?</translation>
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
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="133" />
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="137" />
        <source>the disk quota is used up</source>
        <translation>дисковая квота исчерпана</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="141" />
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="144" />
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="146" />
        <source>not a folder</source>
        <translation>не папка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="147" />
        <source>a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="148" />
        <source>exists already</source>
        <translation>уже существует</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="149" />
        <source>the name is too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="152" />
        <source>the disk could not be read or written</source>
        <translation>не удалось прочитать диск или записать на него</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="156" />
        <source>the file is larger than this disk or system allows</source>
        <translation>файл больше, чем позволяет этот диск или система</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="160" />
        <source>the disk could not be read or written (is it still connected?)</source>
        <translation>не удалось прочитать диск или записать на него (он ещё подключён?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="166" />
        <source>the folder has gone (was the drive removed?)</source>
        <translation>папка исчезла (диск был отключён?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="170" />
        <source>the disk could not be written (is it full, or was it removed?)</source>
        <translation>не удалось записать на диск (он заполнен или отключён?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="177" />
        <source>the passphrase must not be empty</source>
        <translation>парольная фраза не может быть пустой</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="181" />
        <source>the new passphrase must not be empty</source>
        <translation>новая парольная фраза не может быть пустой</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="185" />
        <source>%1: there is already an archive here</source>
        <translation>%1: здесь уже есть архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="189" />
        <source>%1: the folder is not empty</source>
        <translation>%1: папка не пуста</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="193" />
        <source>%1: the folder cannot be created (%2)</source>
        <translation>%1: не удалось создать папку (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="197" />
        <source>%1: there is no archive folder here</source>
        <translation>%1: здесь нет папки архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="201" />
        <source>%1: not an archive (%2 is missing)</source>
        <translation>%1: это не архив (нет %2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="205" />
        <source>%1: the database file %2 is missing</source>
        <translation>%1: нет файла базы данных %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="209" />
        <source>%1: not an archive database, or damaged</source>
        <translation>%1: это не база данных архива, или она повреждена</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="214" />
        <source>%1: the file cannot be read (%2). Is the disk full, or the drive disconnected? Nothing was changed.</source>
        <translation>%1: не удалось прочитать файл (%2). Может быть, диск заполнен или отключён? Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="224" />
        <source>%1: this version upgrades the archive and keeps a copy of it first, which needs %2 on this disk; %3 are free. Free some space and open it again; nothing was changed.</source>
        <translation>%1: эта версия обновляет архив и сначала сохраняет его копию, для которой нужно %2 на этом диске; свободно %3. Освободите место и откройте архив снова; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="232" />
        <source>%1: the key file is missing</source>
        <translation>%1: нет файла ключа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="236" />
        <source>%1: not a key file of Correspondence Archive</source>
        <translation>%1: это не файл ключа Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="251" />
        <source>%1: the key file is of a newer version (%2): please update the program</source>
        <translation>%1: файл ключа более новой версии (%2): обновите программу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="257" />
        <source>%1: the key file is damaged</source>
        <translation>%1: файл ключа повреждён</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="261" />
        <source>%1: the key file is damaged or was changed</source>
        <translation>%1: файл ключа повреждён или изменён</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="275" />
        <source>%1: this is the archive itself</source>
        <translation>%1: это сам архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="279" />
        <source>%1: no such file or folder</source>
        <translation>%1: нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="283" />
        <source>%1: not a file or folder</source>
        <translation>%1: не файл и не папка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="287" />
        <source>%1: the bundle is encrypted: please give its password</source>
        <translation>%1: пакет зашифрован: введите его пароль</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="297" />
        <source>%1: wrong password for the bundle</source>
        <translation>%1: неверный пароль пакета</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="301" />
        <source>%1: the bundle cannot be read (%2)</source>
        <translation>%1: не удалось прочитать пакет (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="326" />
        <source>the selection holds no message</source>
        <translation>в выборке нет ни одного сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="330" />
        <source>a bundle needs a password of at least %1 characters</source>
        <translation>для пакета нужен пароль не короче %1 символов</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="334" />
        <source>%1: exists and is not an empty folder</source>
        <translation>%1: уже существует и не является пустой папкой</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="337" />
        <source>%1: exists already</source>
        <translation>%1: уже существует</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="341" />
        <source>%1: no such folder (is the drive connected?)</source>
        <translation>%1: нет такой папки (диск подключён?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="344" />
        <source>%1: no such folder</source>
        <translation>%1: нет такой папки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="346" />
        <source>%1: not a folder</source>
        <translation>%1: не папка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="349" />
        <source>%1: the export cannot be written there (%2)</source>
        <translation>%1: сюда нельзя записать экспорт (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="354" />
        <source>%1: another backup of this archive is running</source>
        <translation>%1: уже идёт другое резервное копирование этого архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="358" />
        <source>%1: cannot be read (%2)</source>
        <translation>%1: не удаётся прочитать (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="362" />
        <source>%1: no such backup folder</source>
        <translation>%1: нет такой папки резервной копии</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="366" />
        <source>%1: not a backup (files of a backup are missing)</source>
        <translation>%1: это не резервная копия (нет её файлов)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="369" />
        <source>keep at least one backup</source>
        <translation>нужно хранить хотя бы одну резервную копию</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="373" />
        <source>%1: cannot write here (%2)</source>
        <translation>%1: сюда нельзя записать (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="378" />
        <source>%1: the backup failed: %2; %3; earlier backups and the archive are untouched</source>
        <translation>%1: резервное копирование не удалось: %2; %3; прежние копии и архив не затронуты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="385" />
        <source>remove the unfinished %1 by hand</source>
        <translation>удалите незавершённую копию %1 вручную</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="388" />
        <source>nothing of it was kept</source>
        <translation>от неё ничего не осталось</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="393" />
        <source>%1: the backup is complete and verified, but could not be recorded in the archive (%2); no older backup was removed</source>
        <translation>%1: резервная копия готова и проверена, но её не удалось отметить в архиве (%2); старые копии не удалены</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="401" />
        <source>older backups were not removed: %1</source>
        <translation>старые резервные копии не удалены: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="405" />
        <source>%1: a backup cannot go inside the archive folder</source>
        <translation>%1: резервная копия не может лежать внутри папки архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="409" />
        <source>%1: the key file cannot be read (%2)</source>
        <translation>%1: не удалось прочитать файл ключа (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="413" />
        <source>%1: the key file is not this archive's</source>
        <translation>%1: файл ключа не от этого архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="415" />
        <source>its check found: %1</source>
        <translation>проверка обнаружила: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="418" />
        <source>it differs from the archive in %1</source>
        <translation>она отличается от архива в %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="426" />
        <source>the copy of %1%2 reads back differently</source>
        <translation>копия %1%2 читается иначе, чем была записана</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="430" />
        <source>the disk is full: %1 free, about %2 needed</source>
        <translation>диск заполнен: свободно %1, нужно около %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="434" />
        <source>the restored archive did not pass its check: %1</source>
        <translation>восстановленный архив не прошёл проверку: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="438" />
        <source>the restored archive holds %1 messages, the backup %2</source>
        <translation>в восстановленном архиве %1 сообщений, в резервной копии %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="442" />
        <source>%1: the restore failed: %2; nothing of it was kept</source>
        <translation>%1: восстановление не удалось: %2; от него ничего не осталось</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="446" />
        <source>%1: a file is in the way; restore into a new folder</source>
        <translation>%1: мешает файл; восстановите в новую папку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="450" />
        <source>%1: there is an archive here already; restore into a new folder</source>
        <translation>%1: здесь уже есть архив; восстановите в новую папку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="456" />
        <source>%1: the folder is not empty; restore into a new folder</source>
        <translation>%1: папка не пуста; восстановите в новую папку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="460" />
        <source>%1: cannot restore into the backup itself</source>
        <translation>%1: нельзя восстановить в саму резервную копию</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="464" />
        <source>%1: the copied database reads back differently</source>
        <translation>%1: скопированная база данных читается иначе, чем была записана</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="468" />
        <source>%1: could not be removed (%2)</source>
        <translation>%1: не удалось удалить (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="474" />
        <source>encrypted page check: %1</source>
        <translation>проверка зашифрованных страниц: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="478" />
        <source>database integrity: %1 more findings</source>
        <translation>целостность базы данных: ещё %1 находок</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="482" />
        <source>database integrity: %1</source>
        <translation>целостность базы данных: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="486" />
        <source>the database is damaged: %1</source>
        <translation>база данных повреждена: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="490" />
        <source>message %1: its content does not match its fingerprint</source>
        <translation>сообщение %1: содержимое не совпадает с отпечатком</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="494" />
        <source>converted message %1: its content does not match its fingerprint</source>
        <translation>преобразованное сообщение %1: содержимое не совпадает с отпечатком</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="500" />
        <source>attachment %1: its content does not match its fingerprint</source>
        <translation>вложение %1: содержимое не совпадает с отпечатком</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="517" />
        <source>quarantined item %1: its content does not match its fingerprint</source>
        <translation>элемент карантина %1: содержимое не совпадает с отпечатком</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="523" />
        <source>%1 more items do not match their fingerprints</source>
        <translation>ещё %1 элементов не совпадают со своими отпечатками</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="577" />
        <source>%1 is not the file logged on %2 (its fingerprint differs: changed or replaced)</source>
        <translation>%1 — не тот файл, что записан в журнал %2 (отпечаток другой: изменён или заменён)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="584" />
        <source>%1: changed (its size or fingerprint differs from the manifest)</source>
        <translation>%1: изменён (размер или отпечаток не совпадают с манифестом)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="607" />
        <source>%1: changed (its fingerprint differs from the manifest)</source>
        <translation>%1: изменён (отпечаток не совпадает с манифестом)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="613" />
        <source>%1: changed (its fingerprint differs from %2)</source>
        <translation>%1: изменён (отпечаток не совпадает с %2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="631" />
        <source>%1: its fingerprint is not the one in %2 (%3 bytes, %4 when written): the file has changed</source>
        <translation>%1: отпечаток не тот, что в %2 (%3 байт, при записи %4): файл изменился</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="639" />
        <source>%1: its fingerprint is not the one in %2</source>
        <translation>%1: отпечаток не тот, что в %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="647" />
        <source>%1 does not match its fingerprint (changed or damaged)</source>
        <translation>%1 не совпадает со своим отпечатком (изменён или повреждён)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="685" />
        <source>fingerprint over the stored originals</source>
        <translation>отпечаток сохранённых оригиналов</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="527" />
        <source>not every message could be read: %1</source>
        <translation>не все сообщения удалось прочитать: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="243" />
        <source>%1: made by a newer version of the program (database revision %2): please update the program</source>
        <translation>%1: создано более новой версией программы (ревизия базы данных %2): обновите программу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="266" />
        <source>%1: the archive is busy (an import, a sync or a check is running); try again when it has ended</source>
        <translation>%1: архив сейчас занят (идёт импорт, получение почты или проверка); попробуйте снова, когда это закончится</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="291" />
        <source>%1: wrong password for the bundle, or the bundle is damaged</source>
        <translation>%1: неверный пароль пакета, или пакет повреждён</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="305" />
        <source>%1: the ZIP file is encrypted: please give its password</source>
        <translation>%1: ZIP-файл зашифрован: введите его пароль</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="311" />
        <source>%1: wrong password for the ZIP file, or the ZIP file is damaged</source>
        <translation>%1: неверный пароль ZIP-файла, или ZIP-файл повреждён</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="317" />
        <source>%1: wrong password for the ZIP file</source>
        <translation>%1: неверный пароль ZIP-файла</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="321" />
        <source>%1: the ZIP file cannot be read (%2)</source>
        <translation>%1: не удалось прочитать ZIP-файл (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="506" />
        <source>The export was not made: %1. Check the archive's integrity (File menu).</source>
        <translation>Экспорт не выполнен: %1. Проверьте целостность архива (меню «Файл»).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="513" />
        <source>message %1: its attachment %2 is no longer found in it</source>
        <translation>сообщение %1: его вложение %2 в нём больше не найдено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="531" />
        <source>not every converted message could be read: %1</source>
        <translation>не все преобразованные сообщения удалось прочитать: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="535" />
        <source>not every attachment could be read: %1</source>
        <translation>не все вложения удалось прочитать: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="539" />
        <source>not every quarantined item could be read: %1</source>
        <translation>не все элементы карантина удалось прочитать: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="543" />
        <source>not all tags, rules and notes could be read: %1</source>
        <translation>не все метки, правила и заметки удалось прочитать: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="547" />
        <source>%1: an entry points at a missing entry of %2</source>
        <translation>%1: запись ссылается на отсутствующую запись в %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="551" />
        <source>notes: %1 notes, but %2 in their search index (rebuilding the search index mends it)</source>
        <translation>заметки: %1 заметок, но %2 в поисковом индексе (это исправит перестройка индекса)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="558" />
        <source>export %1 in %2: %3</source>
        <translation>экспорт %1 в %2: %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="562" />
        <source>its manifest is missing or unreadable (%1)</source>
        <translation>его манифест отсутствует или не читается (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="566" />
        <source>its manifest is not the one logged on %1 (changed or replaced)</source>
        <translation>его манифест не тот, что записан в журнал %1 (изменён или заменён)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="572" />
        <source>its manifest is unreadable</source>
        <translation>его манифест не читается</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="590" />
        <source>%1: missing (listed in the manifest)</source>
        <translation>%1: отсутствует (указан в манифесте)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="594" />
        <source>%1: not in the manifest (added after the export)</source>
        <translation>%1: нет в манифесте (добавлен после экспорта)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="598" />
        <source>%1: its list of files is unreadable</source>
        <translation>%1: его список файлов не читается</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="602" />
        <source>%1: file %2 of its list is unreadable</source>
        <translation>%1: файл %2 его списка не читается</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="604" />
        <source>%1: missing</source>
        <translation>%1: отсутствует</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="617" />
        <source>%1: not found unchanged in %2</source>
        <translation>%1: не найден в неизменном виде в %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="619" />
        <location filename="../../correspondence_app/gui/core_messages.py" line="657" />
        <source>%1 is missing</source>
        <translation>%1 отсутствует</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="622" />
        <source>%1 is damaged: the backup cannot be opened</source>
        <translation>%1 повреждён: резервную копию нельзя открыть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="626" />
        <source>%1 belongs to another archive than %2 says</source>
        <translation>%1 относится к другому архиву, чем указано в %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="643" />
        <source>%1 is damaged</source>
        <translation>%1 повреждён</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="651" />
        <source>%1 is not from a backup of Correspondence Archive</source>
        <translation>%1 — не из резервной копии Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="655" />
        <source>%1 cannot be read (%2)</source>
        <translation>не удаётся прочитать %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="660" />
        <source>%1: version %2, which this program does not know (a newer one?)</source>
        <translation>%1: версия %2, которую эта программа не знает (более новая?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="666" />
        <source>%1 has %2 bytes, %3 says %4</source>
        <translation>в %1 %2 байт, а в %3 указано %4</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="668" />
        <source>unfinished</source>
        <translation>не завершена</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="672" />
        <source>%1: %2 expected, %3 in the backup</source>
        <translation>%1: ожидалось %2, в резервной копии %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="676" />
        <source>%1: %2 expected, %3 in %4</source>
        <translation>%1: ожидалось %2, в %4 %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="678" />
        <source>schema revision</source>
        <translation>версия схемы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="679" />
        <source>messages</source>
        <translation>сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="680" />
        <source>attachments</source>
        <translation>вложения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="681" />
        <source>messages in quarantine</source>
        <translation>сообщения в карантине</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="682" />
        <source>stored originals</source>
        <translation>сохранённые оригиналы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="689" />
        <source>a calendar item (%1)</source>
        <translation>запись календаря (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="690" />
        <source>a contact (%1)</source>
        <translation>контакт (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="691" />
        <source>a contact group (%1)</source>
        <translation>группа контактов (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="692" />
        <source>a note (%1)</source>
        <translation>заметка (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="693" />
        <source>a task (%1)</source>
        <translation>задача (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="694" />
        <source>a journal entry (%1)</source>
        <translation>запись дневника (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="695" />
        <source>a document (%1)</source>
        <translation>документ (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="696" />
        <source>a changed occurrence of a meeting (%1)</source>
        <translation>изменённое повторение встречи (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="697" />
        <source>Outlook settings (%1)</source>
        <translation>настройки Outlook (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="698" />
        <source>Outlook's own data (%1)</source>
        <translation>служебные данные Outlook (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="699" />
        <source>an Outlook item (%1)</source>
        <translation>элемент Outlook (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="704" />
        <source>this person is no longer in the archive</source>
        <translation>этого человека больше нет в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="708" />
        <source>this message is no longer in the archive</source>
        <translation>этого сообщения больше нет в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="712" />
        <source>this conversation is no longer in the archive</source>
        <translation>этой беседы больше нет в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="716" />
        <source>this tag is no longer in the archive</source>
        <translation>этой метки больше нет в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="720" />
        <source>this rule is no longer in the archive</source>
        <translation>этого правила больше нет в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="724" />
        <source>this group is no longer in the archive</source>
        <translation>этой группы больше нет в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="728" />
        <source>this sign of life is no longer in the archive</source>
        <translation>этого признака жизни больше нет в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="732" />
        <source>this quarantined item is no longer in the archive</source>
        <translation>этого элемента карантина больше нет в архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="736" />
        <source>“%1” is not a mail address</source>
        <translation>«%1» — не почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="739" />
        <source>a tag needs a name</source>
        <translation>у метки должно быть имя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="742" />
        <source>a tag's name has at most %1 characters</source>
        <translation>имя метки — не более %1 символов</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="746" />
        <source>a tag cannot be merged into itself</source>
        <translation>метку нельзя объединить саму с собой</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="750" />
        <source>there is a tag %1 already: merge the two instead</source>
        <translation>метка %1 уже есть: лучше объедините их</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="754" />
        <source>there is a tag %1 already</source>
        <translation>метка %1 уже есть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="757" />
        <source>there is no tag %1</source>
        <translation>метки %1 нет</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="762" />
        <source>%1 is a folder found at import and keeps its name; merge it into a tag of your own instead</source>
        <translation>%1 — папка, найденная при импорте, и её имя не меняется; вместо этого объедините её со своей меткой</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="770" />
        <source>%1 cannot move below itself</source>
        <translation>%1 нельзя переместить внутрь самой себя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="774" />
        <source>%1: a colour is written #rrggbb</source>
        <translation>%1: цвет записывается как #rrggbb</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="779" />
        <source>the rule “%1” gives the tag %2: change that rule or delete it first, then delete the tag</source>
        <translation>правило «%1» ставит метку %2: сначала измените или удалите это правило, затем удалите метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="788" />
        <source>the rules %1 give the tag %2: change those rules or delete them first, then delete the tag</source>
        <translation>правила %1 ставят метку %2: сначала измените или удалите эти правила, затем удалите метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="796" />
        <source>%1 is a tag of yours, not a folder's: undo takes a deletion back</source>
        <translation>%1 — ваша собственная метка, а не метка папки: удаление отменяется через «Отменить»</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="802" />
        <source>the folder tag %1 was not dropped</source>
        <translation>метка папки %1 не была отброшена</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="807" />
        <source>the tag %1 cannot come back: there is a tag of that name again (rename it, or merge the two after the undo)</source>
        <translation>метку %1 нельзя вернуть: снова есть метка с таким именем (переименуйте её или объедините их после отмены)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="816" />
        <source>%1 cannot move back to %2: there is a tag of that name again (rename it first)</source>
        <translation>%1 нельзя вернуть к имени %2: снова есть метка с таким именем (сначала переименуйте её)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="823" />
        <source>step %1 does not exist or was undone already</source>
        <translation>шага %1 нет, или он уже отменён</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="825" />
        <source>a rule needs a name</source>
        <translation>у правила должно быть имя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="826" />
        <source>a rule needs a search</source>
        <translation>правилу нужен поисковый запрос</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="829" />
        <source>a rule needs at least one tag to add</source>
        <translation>правилу нужна хотя бы одна метка, которую оно ставит</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="833" />
        <source>there is a rule %1 already</source>
        <translation>правило %1 уже есть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="837" />
        <source>a saved search needs a name</source>
        <translation>у сохранённого поиска должно быть имя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="841" />
        <source>a saved search needs a search</source>
        <translation>сохранённому поиску нужен поисковый запрос</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="845" />
        <source>there is a saved search %1 already</source>
        <translation>сохранённый поиск %1 уже есть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="849" />
        <source>a note has at most %1 characters</source>
        <translation>заметка — не более %1 символов</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="854" />
        <source>%1: no message in the archive has this address</source>
        <translation>%1: ни одно сообщение в архиве не содержит этот адрес</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="858" />
        <source>a person cannot be merged with themselves</source>
        <translation>человека нельзя объединить с самим собой</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="862" />
        <source>%1 is the person's only address</source>
        <translation>%1 — единственный адрес этого человека</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="866" />
        <source>%1: an address is always its own person</source>
        <translation>%1: адрес всегда принадлежит ровно одному человеку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="870" />
        <source>this is one person already</source>
        <translation>это уже один человек</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="875" />
        <source>this is you (%2 is your address): your own mail is no sign of life</source>
        <translation>это вы (%2 — ваш адрес): ваши собственные письма не являются признаком жизни</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="881" />
        <source>%1: the number of days is at least 1</source>
        <translation>%1: число дней — не меньше 1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="885" />
        <source>%1: a deadline is at least 1 day</source>
        <translation>%1: срок — не меньше 1 дня</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="887" />
        <source>%1 is after today</source>
        <translation>%1 — позже сегодняшнего дня</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="888" />
        <source>a group needs a name</source>
        <translation>у группы должно быть имя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="891" />
        <source>%1: give the domain alone (like amt.example), or the address</source>
        <translation>%1: укажите только домен (например, amt.example) или адрес</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="897" />
        <source>%1: not a mail domain (like amt.example)</source>
        <translation>%1: это не почтовый домен (например, amt.example)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="901" />
        <source>%1 is not in the group</source>
        <translation>%1 не входит в группу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="905" />
        <source>a letter needs a recipient</source>
        <translation>у письма должен быть получатель</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="909" />
        <source>%1: an answer cannot come before the letter (sent %2)</source>
        <translation>%1: ответ не может прийти раньше письма (отправлено %2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="913" />
        <source>this message was not sent from your addresses</source>
        <translation>это сообщение отправлено не с ваших адресов</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="917" />
        <source>this message has no date</source>
        <translation>у этого сообщения нет даты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="921" />
        <source>your own addresses are not known: add them under “People”, “My addresses”</source>
        <translation>ваши собственные адреса неизвестны: добавьте их в разделе «Люди», «Мои адреса»</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="928" />
        <source>%1: a day is written YYYY-MM-DD</source>
        <translation>%1: день записывается как ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="932" />
        <source>%1: no such time zone (write it like Europe/Berlin)</source>
        <translation>%1: нет такого часового пояса (пишите, например, Europe/Moscow)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="938" />
        <source>the search is too long at character %1 (at most %2 characters)</source>
        <translation>запрос слишком длинный на символе %1 (не более %2 символов)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="945" />
        <source>the search is too long at character %1 (at most %2 words and conditions)</source>
        <translation>запрос слишком длинный на символе %1 (не более %2 слов и условий)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="952" />
        <source>the quote opened at character %1 is not closed</source>
        <translation>кавычка, открытая на символе %1, не закрыта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="957" />
        <source>nothing to search for at character %1 (a word needs a letter or a digit)</source>
        <translation>на символе %1 нечего искать (в слове нужна буква или цифра)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="964" />
        <source>nothing to exclude after “%1” at character %2</source>
        <translation>после «%1» на символе %2 нечего исключать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="968" />
        <source>the search ends too early at character %1</source>
        <translation>запрос обрывается на символе %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="972" />
        <source>too many nested parentheses at character %1</source>
        <translation>слишком много вложенных скобок на символе %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="976" />
        <source>empty parentheses at character %1</source>
        <translation>пустые скобки на символе %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="980" />
        <source>the “(” at character %1 is not closed</source>
        <translation>скобка «(» на символе %1 не закрыта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="984" />
        <source>the “)” at character %1 closes nothing</source>
        <translation>скобка «)» на символе %1 ничего не закрывает</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="988" />
        <source>“%1:” at character %2 needs a value right after the colon</source>
        <translation>«%1:» на символе %2: сразу после двоеточия нужно значение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="994" />
        <source>unknown value “%1” at character %2 (only has:attachment is known)</source>
        <translation>неизвестное значение «%1» на символе %2 (известно только has:attachment)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1001" />
        <source>unknown language “%1” at character %2 (lang: takes de, en or ru)</source>
        <translation>неизвестный язык «%1» на символе %2 (lang: принимает de, en или ru)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1008" />
        <source>unknown field “%1:” at character %2 (did you mean %3:?)</source>
        <translation>неизвестное поле «%1:» на символе %2 (может быть, %3:?)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1014" />
        <source>“%1” at character %2 needs a search term on both sides</source>
        <translation>«%1» на символе %2: нужны слова поиска с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1018" />
        <source>empty quotes at character %1</source>
        <translation>пустые кавычки на символе %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1022" />
        <source>“*” at character %1 needs a word before it</source>
        <translation>«*» на символе %1: перед звёздочкой нужно слово</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1026" />
        <source>“*” at character %1 may only end a word</source>
        <translation>«*» на символе %1 может стоять только в конце слова</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1031" />
        <source>%1: takes one date, not the range “%2” at character %3</source>
        <translation>%1: принимает одну дату, а не период «%2» на символе %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1035" />
        <source>the date range “..” at character %1 needs a start or an end</source>
        <translation>у периода «..» на символе %1 должно быть начало или конец</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1041" />
        <source>the date range “%1” at character %2 ends before it starts</source>
        <translation>период «%1» на символе %2 кончается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1047" />
        <source>“%1” at character %2 is not a date (write 2024, 2024-03 or 2024-03-31)</source>
        <translation>«%1» на символе %2 — не дата (пишите 2024, 2024-03 или 2024-03-31)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1054" />
        <source>%1: there is already an account of this name</source>
        <translation>%1: учётная запись с таким именем уже есть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1057" />
        <source>an account needs a name</source>
        <translation>у учётной записи должно быть имя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1061" />
        <source>the password must not be empty</source>
        <translation>пароль не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1065" />
        <source>the user name must not be empty</source>
        <translation>имя пользователя не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1069" />
        <source>%1: the keyring holds no password for this account</source>
        <translation>%1: в связке ключей нет пароля для этой учётной записи</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1073" />
        <source>%1: the password is asked for at each sync</source>
        <translation>%1: пароль запрашивается при каждом получении почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1076" />
        <source>%1: not a server name</source>
        <translation>%1: это не имя сервера</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1080" />
        <source>%1: not a port (1 to 65535)</source>
        <translation>%1: это не порт (от 1 до 65535)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1084" />
        <source>%1: sync every 1 to %2 minutes, or 0 for never</source>
        <translation>%1: получать почту каждые 1–%2 минут, или 0 — никогда</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1089" />
        <source>there is no desktop keyring on this computer: keep the password in the archive or have it asked for at each sync</source>
        <translation>на этом компьютере нет связки ключей: храните пароль в архиве или вводите его при каждом получении почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/core_messages.py" line="1097" />
        <source>the keyring refused the password (%1)</source>
        <translation>связка ключей не приняла пароль (%1)</translation>
    </message>
</context>
<context>
    <name>CreateArchiveDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="78" />
        <source>New archive</source>
        <translation>Новый архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="92" />
        <source>Archive folder</source>
        <translation>Папка архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="93" />
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="102" />
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="106" />
        <source>for example katja@example.de</source>
        <translation>например, katja@example.de</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="107" />
        <source>Your mail addresses</source>
        <translation>Ваши адреса электронной почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="109" />
        <source>Your &amp;addresses:</source>
        <translation>Ваши &amp;адреса:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="115" />
        <source>Optional. Mail from these addresses is yours: it never counts as a sign of life, and your letters from them can wait for an answer. Left empty, they are found in your sent mail. You can change them later under People.</source>
        <translation>Необязательно. Письма с этих адресов — ваши: они никогда не считаются признаком жизни, а ваши письма с них могут ждать ответа. Если оставить поле пустым, адреса будут найдены в отправленной почте. Позже их можно изменить в разделе «Люди».</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="124" />
        <source>Everything in the archive is encrypted with this passphrase. If you lose it, no one can open the archive again, not even with the help of its makers. Choose several words that you will remember, and keep the recovery code that comes next in a safe place.</source>
        <translation>Всё содержимое архива шифруется этой парольной фразой. Если вы её потеряете, никто не сможет снова открыть архив — даже с помощью разработчиков программы. Выберите несколько слов, которые вы запомните, а код восстановления, который будет показан дальше, храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="135" />
        <source>C&amp;reate archive</source>
        <translation>&amp;Создать архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="155" />
        <source>Folder for the new archive</source>
        <translation>Папка для нового архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="162" />
        <source>“%1” is not a mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="186" />
        <source>The archive could not be created: %1</source>
        <translation>Не удалось создать архив: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="202" />
        <source>&lt;b&gt;Your recovery code&lt;/b&gt;&lt;br&gt;If you ever forget the passphrase, this code opens the archive instead. It is shown only now. Write it down or print it, and keep it apart from this computer.</source>
        <translation>&lt;b&gt;Ваш код восстановления&lt;/b&gt;&lt;br&gt;Если вы когда-нибудь забудете парольную фразу, архив можно будет открыть этим кодом. Он показывается только сейчас. Запишите или распечатайте его и храните отдельно от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="215" />
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="216" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="218" />
        <source>I have &amp;written the code down</source>
        <translation>Код &amp;записан</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="221" />
        <source>&amp;Open the archive</source>
        <translation>&amp;Открыть архив</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="473" />
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="480" />
        <source>Signs of life</source>
        <translation>Вести</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="483" />
        <source>Nobody is watched yet. Watch the people whose silence should worry you: the overview then shows how long ago each last gave a sign of life and warns when a silence lasts longer than usual.

To watch someone, open People (Ctrl+Shift+P), choose the person and press Watch.</source>
        <translation>Пока ни за кем не ведётся наблюдение. Наблюдайте за теми, чьё молчание вас встревожило бы: обзор покажет, как давно каждый подавал признаки жизни, и предупредит, если молчание длится дольше обычного.

Чтобы наблюдать за человеком, откройте «Люди» (Ctrl+Shift+P), выберите человека и нажмите «Наблюдать».</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="494" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="497" />
        <source>Letters awaiting an answer</source>
        <translation>Письма, ждущие ответа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="495" />
        <source>No letter awaits an answer.</source>
        <translation>Ни одно письмо не ждёт ответа.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="505" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="506" />
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="507" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="508" />
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="509" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="667" />
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="510" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="634" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="636" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="668" />
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="669" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="670" />
        <source>Answered</source>
        <translation>Получен ответ</translation>
    </message>
</context>
<context>
    <name>EmptyArchivePanel</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="26" />
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="27" />
        <source>No mail in the archive yet</source>
        <translation>В архиве пока нет почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="35" />
        <source>Bring your mail in from where it is now. Nothing changes there: the archive keeps its own encrypted copy, and the same message is never stored twice.</source>
        <translation>Перенесите почту оттуда, где она сейчас. Там ничего не изменится: архив хранит собственную зашифрованную копию, и одно и то же письмо никогда не сохраняется дважды.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="44" />
        <source>&amp;Import mail files…</source>
        <translation>Импорт почт&amp;овых файлов…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="46" />
        <source>mbox and .eml files, Outlook .msg, .pst, .ost and .olm files, Gmail Takeout ZIPs</source>
        <translation>файлы mbox и .eml, файлы Outlook .msg, .pst, .ost и .olm, ZIP-архивы Gmail Takeout</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="52" />
        <source>Import a fol&amp;der…</source>
        <translation>Импорт пап&amp;ки…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="53" />
        <source>a Maildir, a folder of saved messages, or Apple Mail's folders</source>
        <translation>Maildir, папка с сохранёнными письмами или папки Apple Mail</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="57" />
        <source>From &amp;Thunderbird…</source>
        <translation>Из &amp;Thunderbird…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="58" />
        <source>the mail folders of Thunderbird on this computer</source>
        <translation>почтовые папки Thunderbird на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="62" />
        <source>Add a mail &amp;account…</source>
        <translation>&amp;Добавить почтовую учётную запись…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="63" />
        <source>fetch from GMX, web.de, Gmail, mail.ru, Yandex or another server</source>
        <translation>получать почту с GMX, web.de, Gmail, mail.ru, Яндекса или другого сервера</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/empty_archive.py" line="79" />
        <source>You can also drop mail files and folders onto this window.</source>
        <translation>Почтовые файлы и папки можно также перетащить в это окно.</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="18" />
        <source>E-mail</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="19" />
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="20" />
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="21" />
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="22" />
        <source>Through someone else</source>
        <translation>Через кого-то другого</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="25" />
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/event_kinds.py" line="26" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="83" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="90" />
        <source>Whole &amp;conversations</source>
        <translation>&amp;Беседы целиком</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="92" />
        <source>Also export the other messages of the conversations they belong to</source>
        <translation>Экспортировать также остальные сообщения бесед, к которым они относятся</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="96" />
        <source>What will be exported</source>
        <translation>Что будет экспортировано</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="99" />
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="100" />
        <source>Messages:</source>
        <translation>Сообщения:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="101" />
        <source>Dates:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="102" />
        <source>Size of the originals:</source>
        <translation>Размер оригиналов:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="112" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="113" />
        <source>On the cover of a PDF, atop the pages of HTML</source>
        <translation>На титульном листе PDF, вверху страниц HTML</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="119" />
        <source>The language of the headings and notes of a PDF or HTML export</source>
        <translation>Язык заголовков и пояснений экспорта в PDF или HTML</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="124" />
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="128" />
        <source>Who compiled the export: on the cover of a PDF, atop the pages of HTML and in the manifest; kept in the archive for the next export</source>
        <translation>Кто составил экспорт: на обложке PDF, вверху страниц HTML и в манифесте; сохраняется в архиве для следующего экспорта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="132" />
        <source>Password of the encrypted ZIP</source>
        <translation>Пароль зашифрованного ZIP</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="135" />
        <source>At least %1 characters; tell it to the recipient another way</source>
        <translation>Не менее %1 символов; сообщите его получателю другим путём</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="140" />
        <source>Where to export</source>
        <translation>Куда экспортировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="142" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="145" />
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="147" />
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="149" />
        <source>Compiled &amp;by:</source>
        <translation>&amp;Составитель:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="151" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="153" />
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="169" />
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="170" />
        <source>%v of %m messages</source>
        <translation>Сообщений: %v из %m</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="177" />
        <source>The fingerprint of its manifest (SHA-256). Keep this number: it proves the export unchanged; “verify-export” checks it.</source>
        <translation>Отпечаток его манифеста (SHA-256). Сохраните это число: оно доказывает, что экспорт не изменён; «verify-export» это проверяет.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="187" />
        <source>Fingerprint of the manifest</source>
        <translation>Отпечаток манифеста</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="188" />
        <source>Co&amp;py</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="198" />
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="203" />
        <source>E&amp;xport</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="237" />
        <source>PDF dossier for reading and printing (originals embedded)</source>
        <translation>PDF-досье для чтения и печати (оригиналы вложены)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="238" />
        <source>HTML folder for any browser</source>
        <translation>Папка HTML для любого браузера</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="239" />
        <source>mbox file (originals, re-importable)</source>
        <translation>Файл mbox (оригиналы, можно импортировать снова)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="240" />
        <source>.eml files in a folder</source>
        <translation>Файлы .eml в папке</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="241" />
        <source>.eml files in a ZIP</source>
        <translation>Файлы .eml в ZIP-архиве</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="242" />
        <source>CSV table for a spreadsheet</source>
        <translation>Таблица CSV для табличного редактора</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="243" />
        <source>Encrypted ZIP for a lawyer (AES-256; 7-Zip opens it)</source>
        <translation>Зашифрованный ZIP для адвоката (AES-256; открывается в 7-Zip)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="253" />
        <source>Every message in the archive</source>
        <translation>Все сообщения архива</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="257" />
        <source>%Ln chosen message(s)</source>
        <translation>
            <numerusform>%Ln выбранное сообщение</numerusform>
            <numerusform>%Ln выбранных сообщения</numerusform>
            <numerusform>%Ln выбранных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="279" />
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="300" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="302" />
        <source>No messages: there is nothing to export.</source>
        <translation>Нет сообщений: экспортировать нечего.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="312" />
        <source>The messages could not be counted: %1</source>
        <translation>Не удалось подсчитать сообщения: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="347" />
        <source>F&amp;ile:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="347" />
        <source>Into a new f&amp;older:</source>
        <translation>В &amp;новую папку:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="375" />
        <source>Correspondence export %1</source>
        <translation>Экспорт переписки %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="385" />
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="394" />
        <source>Folder in which to create the export folder</source>
        <translation>Папка, в которой будет создана папка экспорта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="465" />
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="474" />
        <source>%Ln message(s) exported to %1</source>
        <translation>
            <numerusform>%Ln сообщение экспортировано в %1</numerusform>
            <numerusform>%Ln сообщения экспортированы в %1</numerusform>
            <numerusform>%Ln сообщений экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="494" />
        <source>The export was stopped; nothing was left behind.</source>
        <translation>Экспорт остановлен; никаких файлов не осталось.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_dialog.py" line="501" />
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="31" />
        <source>Export log</source>
        <translation>Журнал экспорта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="35" />
        <source>Every export made from this archive, with the fingerprint of its manifest: a record of what was handed out.</source>
        <translation>Все экспорты из этого архива с отпечатком их манифеста: запись о том, что было передано.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="40" />
        <source>Exports</source>
        <translation>Экспорты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="46" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="47" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="48" />
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="49" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="50" />
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="51" />
        <source>Fingerprint (SHA-256)</source>
        <translation>Отпечаток (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="60" />
        <source>No export has been made from this archive yet.</source>
        <translation>Из этого архива ещё ничего не экспортировалось.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="62" />
        <source>&amp;Copy fingerprint</source>
        <translation>&amp;Копировать отпечаток</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="85" />
        <source>Every message in the archive</source>
        <translation>Все сообщения архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/export_log_dialog.py" line="87" />
        <source>(whole conversations)</source>
        <translation>(беседы целиком)</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="23" />
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="24" />
        <source>Compiled by</source>
        <translation>Составитель</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="25" />
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="26" />
        <source>Exported at</source>
        <translation>Время экспорта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="27" />
        <source>Selection</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="28" />
        <source>every message in the archive</source>
        <translation>все сообщения архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="29" />
        <source>Messages</source>
        <translation>Сообщений</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="30" />
        <source>Date range</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="31" />
        <source>The original of every message is embedded in this PDF as an .eml file (an Outlook original as its .msg file, with the .eml converted from it; see the attachments of the document in your PDF reader).</source>
        <translation>Оригинал каждого сообщения вложен в этот PDF как файл .eml (оригинал Outlook — как его файл .msg вместе с полученным из него .eml; см. вложения документа в вашей программе для PDF).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="37" />
        <source>The folder originals/ holds every message exactly as it was archived; manifest.json and SHA256SUMS give the SHA-256 of each file. Web links in the messages are shown as text: nothing in this export connects to the internet.</source>
        <translation>Папка originals/ содержит каждое сообщение точно в том виде, в каком оно было заархивировано; manifest.json и SHA256SUMS указывают SHA-256 каждого файла. Веб-ссылки в сообщениях показаны как текст: ничто в этом экспорте не подключается к интернету.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="43" />
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="44" />
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="45" />
        <source>Conversation</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="46" />
        <source>Previous conversation</source>
        <translation>Предыдущая беседа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="47" />
        <source>Next conversation</source>
        <translation>Следующая беседа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="48" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="49" />
        <source>First</source>
        <translation>Первое</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="50" />
        <source>Last</source>
        <translation>Последнее</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="51" />
        <source>Page</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="52" />
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="53" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="54" />
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="55" />
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="56" />
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="57" />
        <source>Bcc</source>
        <translation>Скрытая копия</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="58" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="59" />
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="60" />
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="61" />
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="62" />
        <source>(no usable Date field: the date is when a mail server received the message)</source>
        <translation>(нет пригодного поля Date: дата — время получения почтовым сервером)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="66" />
        <source>(no usable Date field: the date is the delivery time its mailbox file gives)</source>
        <translation>(нет пригодного поля Date: дата — время доставки по файлу почтового ящика)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="70" />
        <source>(no usable Date field: the date is the modification time of the file it was imported from, not the message's own)</source>
        <translation>(нет пригодного поля Date: дата — время изменения импортированного файла, а не самого сообщения)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="75" />
        <source>Without a date of their own</source>
        <translation>Без собственной даты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="76" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="77" />
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="78" />
        <source>%1, embedded in this PDF</source>
        <translation>%1, вложен в этот PDF</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="79" />
        <source>The original message, byte for byte</source>
        <translation>Исходное сообщение, байт в байт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="80" />
        <source>Original message (.eml, byte for byte)</source>
        <translation>Исходное сообщение (.eml, байт в байт)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="81" />
        <source>Original message (Outlook .msg, byte for byte)</source>
        <translation>Исходное сообщение (Outlook .msg, байт в байт)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="82" />
        <source>Converted</source>
        <translation>Преобразовано</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="83" />
        <source>The same message converted to .eml on import</source>
        <translation>То же сообщение, преобразованное в .eml при импорте</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="84" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="85" />
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="86" />
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="87" />
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="88" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="89" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="90" />
        <source>%1, %2 bytes, SHA-256: %3</source>
        <translation>%1, %2 байт, SHA-256: %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="91" />
        <source>%1 (shown in the text)</source>
        <translation>%1 (показано в тексте)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="92" />
        <source>shown in the text above</source>
        <translation>показано в тексте выше</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="93" />
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="94" />
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="95" />
        <source>%1: this picture could not be shown</source>
        <translation>%1: это изображение не удалось показать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="96" />
        <source>%1: not shown, the dossier holds as many pictures as it can (the embedded original has it)</source>
        <translation>%1: не показано, досье содержит столько изображений, сколько может (оно есть во вложенном оригинале)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="101" />
        <source>(This message has no text.)</source>
        <translation>(В этом сообщении нет текста.)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="102" />
        <source>(no text)</source>
        <translation>(нет текста)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="103" />
        <source>(The text is shortened here; the embedded original holds all of it.)</source>
        <translation>(Здесь текст сокращён; вложенный оригинал содержит его полностью.)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="106" />
        <source>Added by the user, not part of the original message</source>
        <translation>Добавлено пользователем, не часть исходного сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="107" />
        <source>Note added by the user, not part of the message</source>
        <translation>Заметка пользователя, не часть сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="108" />
        <source>Tags in the archive, not part of the message</source>
        <translation>Метки в архиве, не часть сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/export_words.py" line="109" />
        <source>No messages were selected.</source>
        <translation>Сообщения не выбраны.</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../correspondence_app/gui/exporting.py" line="31" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/exporting.py" line="34" />
        <source>Export &amp;log…</source>
        <translation>&amp;Журнал экспорта…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/exporting.py" line="57" />
        <source>%Ln chosen conversation(s)</source>
        <translation>
            <numerusform>%Ln выбранная беседа</numerusform>
            <numerusform>%Ln выбранные беседы</numerusform>
            <numerusform>%Ln выбранных бесед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/exporting.py" line="70" />
        <source>%Ln chosen message(s)</source>
        <translation>
            <numerusform>%Ln выбранное сообщение</numerusform>
            <numerusform>%Ln выбранных сообщения</numerusform>
            <numerusform>%Ln выбранных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/exporting.py" line="74" />
        <source>E&amp;xport these messages…</source>
        <translation>&amp;Экспортировать эти сообщения…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/exporting.py" line="84" />
        <source>Correspondence with %1</source>
        <translation>Переписка с %1</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="112" />
        <source>C&amp;hoose file…</source>
        <translation>Вы&amp;брать файл…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="117" />
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="118" />
        <source>Remove the file</source>
        <translation>Убрать файл</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="168" />
        <source>“%1” is too large (%2): a file can be at most %3.</source>
        <translation>«%1» слишком большой (%2): файл может быть не больше %3.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="176" />
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="183" />
        <source>No file</source>
        <translation>Нет файла</translation>
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
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="44" />
        <source>Groups of officials</source>
        <translation>Группы ведомств</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="49" />
        <source>Letters you send to a member of a group wait for an answer until that person, or anyone at one of the group's domains, replies.</source>
        <translation>Письма участнику группы ждут ответа, пока не ответит этот человек или кто-либо с одного из доменов группы.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="54" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="57" />
        <source>&amp;New group…</source>
        <translation>&amp;Новая группа…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="58" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="59" />
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="168" />
        <source>Delete group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="63" />
        <source>Deadline in days</source>
        <translation>Срок в днях</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="68" />
        <source>Domains (an answer from any address there counts):</source>
        <translation>Домены (учитывается ответ с любого адреса на них):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="69" />
        <source>Domains of the group</source>
        <translation>Домены группы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="70" />
        <source>Domain to add</source>
        <translation>Добавляемый домен</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="70" />
        <source>e.g. auswaertiges-amt.de</source>
        <translation>напр. auswaertiges-amt.de</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="71" />
        <source>Add d&amp;omain</source>
        <translation>Добавить &amp;домен</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="71" />
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="71" />
        <source>Remove domain</source>
        <translation>Убрать домен</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="76" />
        <source>People:</source>
        <translation>Люди:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="77" />
        <source>People in the group</source>
        <translation>Люди в группе</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="79" />
        <source>Address of the person to add</source>
        <translation>Адрес добавляемого человека</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="80" />
        <source>An e-mail address, e.g. poststelle@amt.de</source>
        <translation>Адрес электронной почты, напр. poststelle@amt.de</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="82" />
        <source>Add &amp;person</source>
        <translation>Добавить &amp;человека</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="82" />
        <source>R&amp;emove</source>
        <translation>Убр&amp;ать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="82" />
        <source>Remove person</source>
        <translation>Убрать человека</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="87" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="100" />
        <source>De&amp;adline (days):</source>
        <translation>&amp;Срок (дней):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="112" />
        <source>&amp;Groups:</source>
        <translation>&amp;Группы:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="124" />
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="209" />
        <source>Answer expected within %Ln day(s)</source>
        <translation>
            <numerusform>Ответ ожидается в течение %Ln дня</numerusform>
            <numerusform>Ответ ожидается в течение %Ln дней</numerusform>
            <numerusform>Ответ ожидается в течение %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="140" />
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="141" />
        <source>Name of the group, e.g. Embassies or Courts:</source>
        <translation>Название группы, напр. Посольства или Суды:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="158" />
        <source>There is already a group “%1”.</source>
        <translation>Группа «%1» уже существует.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="170" />
        <source>Delete the group “%1”?

Mail to its members no longer waits for an answer because of it; paper letters to it are kept, without a group.</source>
        <translation>Удалить группу «%1»?

Письма её участникам больше не будут ждать ответа из-за неё; бумажные письма ей сохранятся, без группы.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="190" />
        <source>No group chosen</source>
        <translation>Группа не выбрана</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/groups_dialog.py" line="204" />
        <source>Person %1</source>
        <translation>Человек %1</translation>
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
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="56" />
        <source>Importing %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="61" />
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="62" />
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="134" />
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="72" />
        <source>Show &amp;quarantine…</source>
        <translation>Показать &amp;карантин…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="96" />
        <source>Waiting for the password of the encrypted ZIP…</source>
        <translation>Ожидание пароля зашифрованного ZIP…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="149" />
        <source>Stopping once the messages being written are saved…</source>
        <translation>Остановка после сохранения записываемых сейчас сообщений…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="160" />
        <source>%Ln message(s) stored, %1 per second, about %2 left</source>
        <translation>
            <numerusform>Сохранено %Ln сообщение, %1 в секунду, осталось около %2</numerusform>
            <numerusform>Сохранено %Ln сообщения, %1 в секунду, осталось около %2</numerusform>
            <numerusform>Сохранено %Ln сообщений, %1 в секунду, осталось около %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="172" />
        <source>Import cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="172" />
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="173" />
        <source>New messages: %1</source>
        <translation>Новых сообщений: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="174" />
        <source>Already in the archive: %1</source>
        <translation>Уже в архиве: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="177" />
        <source>Kept in quarantine (could not be read): %1</source>
        <translation>Помещено в карантин (не удалось прочитать): %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="184" />
        <source>%1 messages per second</source>
        <translation>Сообщений в секунду: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="188" />
        <source>Not imported, no password given: %1</source>
        <translation>Не импортирован, пароль не указан: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="205" />
        <source>The import stopped: %1
Nothing already stored was lost.</source>
        <translation>Импорт остановлен: %1
Всё, что уже было сохранено, не потеряно.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="223" />
        <source>Left out, not read as mail: %Ln file(s) or item(s)</source>
        <translation>
            <numerusform>Пропущено, не прочитано как почта: %Ln файл или элемент</numerusform>
            <numerusform>Пропущено, не прочитано как почта: %Ln файла или элемента</numerusform>
            <numerusform>Пропущено, не прочитано как почта: %Ln файлов или элементов</numerusform>
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
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="245" />
        <source>%1 (at byte %2)</source>
        <translation>%1 (с байта %2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="252" />
        <source>Tags given to messages: %1</source>
        <translation>Меток назначено сообщениям: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="253" />
        <source>Notes: %1</source>
        <translation>Заметок: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="254" />
        <source>People merged: %1</source>
        <translation>Людей объединено: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="255" />
        <source>People watched: %1</source>
        <translation>Людей под наблюдением: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="256" />
        <source>Signs of life: %1</source>
        <translation>Признаков жизни: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="257" />
        <source>Letters awaiting an answer: %1</source>
        <translation>Писем, ждущих ответа: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="258" />
        <source>Paper letters: %1</source>
        <translation>Бумажных писем: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="259" />
        <source>Answers: %1</source>
        <translation>Ответов: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="261" />
        <source>Messages it names that are not in the archive: %1</source>
        <translation>Упомянутых в нём сообщений, которых нет в архиве: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="266" />
        <source>From %1, besides the messages:</source>
        <translation>Из %1, помимо сообщений:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="273" />
        <source>Not applied: %1</source>
        <translation>Не применено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="278" />
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… и ещё %Ln проблема</numerusform>
            <numerusform>… и ещё %Ln проблемы</numerusform>
            <numerusform>… и ещё %Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="296" />
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln секунда</numerusform>
            <numerusform>%Ln секунды</numerusform>
            <numerusform>%Ln секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="297" />
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln минута</numerusform>
            <numerusform>%Ln минуты</numerusform>
            <numerusform>%Ln минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityChecking</name>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="91" />
        <source>Check the archive's &amp;integrity</source>
        <translation>Проверить &amp;целостность архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="185" />
        <source>Checking the archive's integrity…</source>
        <translation>Проверяется целостность архива…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="211" />
        <source>The integrity check waits for the import to end</source>
        <translation>Проверка целостности ждёт окончания импорта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="218" />
        <source>The integrity check stopped: %1</source>
        <translation>Проверка целостности прервалась: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="236" />
        <source>Integrity not checked yet</source>
        <translation>Целостность ещё не проверялась</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/integrity.py" line="241" />
        <source>Integrity check %1 found %Ln problem(s): click for what to do</source>
        <translation>
            <numerusform>Проверка от %1 нашла %Ln проблему: нажмите, чтобы узнать, что делать</numerusform>
            <numerusform>Проверка от %1 нашла %Ln проблемы: нажмите, чтобы узнать, что делать</numerusform>
            <numerusform>Проверка от %1 нашла %Ln проблем: нажмите, чтобы узнать, что делать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/integrity.py" line="249" />
        <source>Integrity checked %1: all %Ln item(s) intact</source>
        <translation>
            <numerusform>Проверено %1: %Ln объект цел</numerusform>
            <numerusform>Проверено %1: все %Ln объекта целы</numerusform>
            <numerusform>Проверено %1: все %Ln объектов целы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/integrity.py" line="256" />
        <source>The last check of the archive's integrity: click for details</source>
        <translation>Последняя проверка целостности архива: нажмите, чтобы узнать подробности</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="54" />
        <source>Integrity of the archive</source>
        <translation>Целостность архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="58" />
        <source>The check reads the whole database and compares every stored message and attachment with the fingerprint (SHA-256) it was stored with, so that damage on the disk is noticed while a good backup still exists.</source>
        <translation>Проверка читает всю базу данных и сравнивает каждое сохранённое сообщение и вложение с отпечатком (SHA-256), записанным при сохранении, — чтобы повреждение на диске было замечено, пока ещё есть исправная резервная копия.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="69" />
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="75" />
        <source>Checking</source>
        <translation>Идёт проверка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="78" />
        <source>Check &amp;now</source>
        <translation>Проверить &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="82" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="100" />
        <source>The archive's integrity has not been checked yet.</source>
        <translation>Целостность архива ещё не проверялась.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="104" />
        <source>Checked on %1: all %Ln stored item(s) are intact.</source>
        <translation>
            <numerusform>Проверено %1: %Ln сохранённый объект цел.</numerusform>
            <numerusform>Проверено %1: все %Ln сохранённых объекта целы.</numerusform>
            <numerusform>Проверено %1: все %Ln сохранённых объектов целы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="109" />
        <source>The check on %1 found %Ln problem(s):</source>
        <translation>
            <numerusform>Проверка от %1 нашла %Ln проблему:</numerusform>
            <numerusform>Проверка от %1 нашла %Ln проблемы:</numerusform>
            <numerusform>Проверка от %1 нашла %Ln проблем:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="121" />
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="134" />
        <source>What to do: no backup of this archive is known. Keep this archive as it is: do not delete it, and import nothing more into it. Save what is intact now: copy the whole folder %1 to another drive, and export the messages there (File → Export…).</source>
        <translation>Что делать: резервных копий этого архива не известно. Оставьте архив как есть: не удаляйте его и ничего больше в него не импортируйте. Сохраните то, что сейчас цело: скопируйте всю папку %1 на другой диск и экспортируйте туда сообщения (Файл → Экспорт…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="142" />
        <source>What to do: keep this archive as it is, and restore the newest good backup into a new folder: the one made on %1 with %Ln message(s), in %2. Then open the restored archive and use it from now on.</source>
        <translation>
            <numerusform>Что делать: оставьте этот архив как есть и восстановите последнюю исправную резервную копию в новую папку — копию от %1 с %Ln сообщением, в %2. Затем откройте восстановленный архив и работайте дальше с ним.</numerusform>
            <numerusform>Что делать: оставьте этот архив как есть и восстановите последнюю исправную резервную копию в новую папку — копию от %1 с %Ln сообщениями, в %2. Затем откройте восстановленный архив и работайте дальше с ним.</numerusform>
            <numerusform>Что делать: оставьте этот архив как есть и восстановите последнюю исправную резервную копию в новую папку — копию от %1 с %Ln сообщениями, в %2. Затем откройте восстановленный архив и работайте дальше с ним.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="152" />
        <source>Its drive is not connected now: connect it first.</source>
        <translation>Её диск сейчас не подключён: сначала подключите его.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/integrity_dialog.py" line="159" />
        <source>Checking the archive's integrity…</source>
        <translation>Проверяется целостность архива…</translation>
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
        <translation>Беседы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="274" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="277" />
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="280" />
        <source>Import from &amp;Thunderbird…</source>
        <translation>Импорт из &amp;Thunderbird…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="282" />
        <source>Q&amp;uarantine…</source>
        <translation>&amp;Карантин…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="283" />
        <source>Mail &amp;accounts…</source>
        <translation>Почтовые &amp;учётные записи…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="284" />
        <source>S&amp;ync mail now</source>
        <translation>П&amp;олучить почту сейчас</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="286" />
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="289" />
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="292" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="295" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="297" />
        <source>View &amp;source</source>
        <translation>&amp;Исходный текст</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="299" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="302" />
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="304" />
        <source>&amp;Settings…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="307" />
        <source>&amp;How to search</source>
        <translation>&amp;Как искать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="309" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="312" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="331" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="337" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="342" />
        <source>&amp;Organise</source>
        <translation>&amp;Упорядочить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="343" />
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="344" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="348" />
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="394" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="473" />
        <source>A letter sent on paper has no mail to show.</source>
        <translation>У бумажного письма нет электронной почты.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="608" />
        <source>%Ln conversation(s) found</source>
        <translation>
            <numerusform>Найдена %Ln беседа</numerusform>
            <numerusform>Найдено %Ln беседы</numerusform>
            <numerusform>Найдено %Ln бесед</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="615" />
        <source>Cannot read the search: %1</source>
        <translation>Не удалось разобрать запрос: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="619" />
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="626" />
        <source>Import mail files</source>
        <translation>Импорт файлов почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="629" />
        <source>Mail files (*.mbox *.eml *.emlx *.mbx *.msg *.pst *.ost *.olm *.zip *.tgz *.tar *.gz *.bz2 *.xz);;Outlook files (*.msg *.pst *.ost *.olm);;All files (*)</source>
        <translation>Почтовые файлы (*.mbox *.eml *.emlx *.mbx *.msg *.pst *.ost *.olm *.zip *.tgz *.tar *.gz *.bz2 *.xz);;Файлы Outlook (*.msg *.pst *.ost *.olm);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="638" />
        <source>Import a Maildir or a folder of mail files</source>
        <translation>Импорт Maildir или папки с файлами почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="654" />
        <source>The import starts once the integrity check has ended.</source>
        <translation>Импорт начнётся, как только закончится проверка целостности.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="660" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="660" />
        <source>Please wait until the running import ends.</source>
        <translation>Пожалуйста, дождитесь окончания текущего импорта.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="697" />
        <source>Fetching mail…</source>
        <translation>Получение почты…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="751" />
        <source>Print message</source>
        <translation>Печать сообщения</translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="86" />
        <source>%n quoted line(s)</source>
        <translation>
            <numerusform>%n строка цитаты</numerusform>
            <numerusform>%n строки цитаты</numerusform>
            <numerusform>%n строк цитаты</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="138" />
        <source>Write to this address with your mail program?

%1</source>
        <translation>Написать на этот адрес в вашей почтовой программе?

%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="142" />
        <source>Open this link in your web browser?

%1</source>
        <translation>Открыть эту ссылку в вашем браузере?

%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="147" />
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
</context>
<context>
    <name>MessageTagger</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="137" />
        <source>Tag for %Ln message(s) (a new name creates the tag):</source>
        <translation>
            <numerusform>Метка для %Ln сообщения (новое название создаёт метку):</numerusform>
            <numerusform>Метка для %Ln сообщений (новое название создаёт метку):</numerusform>
            <numerusform>Метка для %Ln сообщений (новое название создаёт метку):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="91" />
        <source>A private note on this message, for example its translation…</source>
        <translation>Личная заметка к этому сообщению, например его перевод…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="94" />
        <source>A private note on the whole conversation, for example its context…</source>
        <translation>Личная заметка ко всей переписке, например её контекст…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="96" />
        <source>Note on the message</source>
        <translation>Заметка к сообщению</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="97" />
        <source>Note on the conversation</source>
        <translation>Заметка к переписке</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="98" />
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
</context>
<context>
    <name>Organising</name>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="29" />
        <source>&amp;Undo tagging</source>
        <translation>&amp;Отменить пометку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="31" />
        <source>&amp;Add tag…</source>
        <translation>&amp;Добавить метку…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="33" />
        <source>Save &amp;search…</source>
        <translation>&amp;Сохранить поиск…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="35" />
        <source>&amp;Rules…</source>
        <translation>&amp;Правила…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="36" />
        <source>&amp;Topic suggestions…</source>
        <translation>&amp;Предложения тем…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="70" />
        <source>Type a search first, then save it.</source>
        <translation>Сначала введите поиск, затем сохраните его.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="73" />
        <location filename="../../correspondence_app/gui/organising.py" line="80" />
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="73" />
        <source>Name for “%1”:</source>
        <translation>Название для «%1»:</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="132" />
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="135" />
        <source>&amp;Mail</source>
        <translation>&amp;Почта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="245" />
        <source>%1: %Ln day(s) without a sign of life</source>
        <translation>
            <numerusform>%1: %Ln день без вестей</numerusform>
            <numerusform>%1: %Ln дня без вестей</numerusform>
            <numerusform>%1: %Ln дней без вестей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="249" />
        <source>A letter waits for an answer past its deadline</source>
        <translation>Письмо ждёт ответа дольше срока</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="251" />
        <source>A letter's deadline for an answer is near</source>
        <translation>Скоро истекает срок ответа на письмо</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="253" />
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(и ещё %Ln)</numerusform>
            <numerusform>(и ещё %Ln)</numerusform>
            <numerusform>(и ещё %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="254" />
        <source>— open the overview (Ctrl+1)</source>
        <translation>— открыть обзор (Ctrl+1)</translation>
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
        <translation>Бумажное письмо</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="57" />
        <source>A letter you sent on paper or by fax. It waits for an answer like sent mail; enter the answer by hand when it comes.</source>
        <translation>Письмо, отправленное вами на бумаге или по факсу. Оно ждёт ответа, как отправленная почта; внесите ответ вручную, когда он придёт.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="62" />
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="62" />
        <source>e.g. Auswärtiges Amt, Referat 511</source>
        <translation>напр. Auswärtiges Amt, Referat 511</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="66" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="67" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="85" />
        <source>Answer from</source>
        <translation>Ответ от</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="86" />
        <source>e.g. auswaertiges-amt.de, or an address</source>
        <translation>напр. auswaertiges-amt.de или адрес</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="90" />
        <source>Sent on</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="91" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="91" />
        <source>e.g. Application for a visa</source>
        <translation>напр. Заявление на визу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="92" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="92" />
        <source>e.g. Registered mail, receipt number</source>
        <translation>напр. Заказное письмо, номер квитанции</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="93" />
        <source>A scan of the letter</source>
        <translation>Скан письма</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="94" />
        <source>&amp;Awaits an answer</source>
        <translation>&amp;Ожидает ответа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="98" />
        <source>Reci&amp;pient:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="99" />
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="101" />
        <source>Answer &amp;from:</source>
        <translation>От&amp;вет от:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="103" />
        <source>S&amp;ent on:</source>
        <translation>&amp;Дата отправки:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="104" />
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="105" />
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="106" />
        <source>Scan:</source>
        <translation>Скан:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="146" />
        <source>No answer expected: the letter is only kept.</source>
        <translation>Ответ не ожидается: письмо только хранится.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="148" />
        <source>Answer expected within %Ln day(s)</source>
        <translation>
            <numerusform>Ответ ожидается в течение %Ln дня</numerusform>
            <numerusform>Ответ ожидается в течение %Ln дней</numerusform>
            <numerusform>Ответ ожидается в течение %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="151" />
        <source>Answer expected within %Ln day(s), the group's deadline</source>
        <translation>
            <numerusform>Ответ ожидается в течение %Ln дня — срок группы</numerusform>
            <numerusform>Ответ ожидается в течение %Ln дней — срок группы</numerusform>
            <numerusform>Ответ ожидается в течение %Ln дней — срок группы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="160" />
        <source>Only mail from %1 answers it.</source>
        <translation>Ответом считается только письмо от %1.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="162" />
        <source>Mail from anyone in the group answers it.</source>
        <translation>Ответом считается письмо от любого участника группы.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="164" />
        <source>Only an answer you enter by hand answers it.</source>
        <translation>Ответом считается только ответ, внесённый вручную.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/letter_dialogs.py" line="174" />
        <source>Please enter to whom the letter went.</source>
        <translation>Укажите, кому было отправлено письмо.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="21" />
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="24" />
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="28" />
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="29" />
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="35" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="37" />
        <source>R&amp;epeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="41" />
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="60" />
        <source>very weak</source>
        <translation>очень слабая</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="61" />
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="62" />
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="63" />
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/passphrase_fields.py" line="64" />
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="52" />
        <source>Password for %1</source>
        <translation>Пароль для %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="56" />
        <source>The archive does not keep the password of “%1”. Type it to fetch the mail; it is forgotten when the archive is locked.</source>
        <translation>Архив не хранит пароль для «%1». Введите его, чтобы получить почту; он будет забыт, когда архив заблокируется.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="63" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="64" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="68" />
        <source>&amp;Fetch mail</source>
        <translation>&amp;Получить почту</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="84" />
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="89" />
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="93" />
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="93" />
        <source>Filter by name or address</source>
        <translation>Фильтр по имени или адресу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="96" />
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="249" />
        <source>&amp;Watch…</source>
        <translation>&amp;Наблюдать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="97" />
        <source>&amp;Rename…</source>
        <translation>П&amp;ереименовать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="98" />
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="99" />
        <source>Make the selected people one person</source>
        <translation>Сделать выбранных людей одним человеком</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="100" />
        <source>&amp;Split address…</source>
        <translation>Отделить &amp;адрес…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="101" />
        <source>Make one of the addresses a person of its own</source>
        <translation>Сделать один из адресов отдельным человеком</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="103" />
        <source>Show m&amp;ail</source>
        <translation>Показать &amp;почту</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="107" />
        <source>No merges to propose.</source>
        <translation>Нет предложений об объединении.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="108" />
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="109" />
        <source>They are one person: merge them</source>
        <translation>Это один человек: объединить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="110" />
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="111" />
        <source>They are not one person: never propose it again</source>
        <translation>Это разные люди: больше не предлагать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="114" />
        <source>My addresses</source>
        <translation>Мои адреса</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="117" />
        <source>e.g. me@example.org</source>
        <translation>напр. me@example.org</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="120" />
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="121" />
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="124" />
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="129" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="135" />
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="158" />
        <source>Mail from these addresses is yours: it never counts as a sign of life, and letters you sent from them can await an answer.</source>
        <translation>Письма с этих адресов — ваши: они никогда не считаются признаком жизни, а письма, отправленные вами с них, могут ждать ответа.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="162" />
        <source>&amp;New address:</source>
        <translation>&amp;Новый адрес:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="173" />
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="174" />
        <source>Pr&amp;oposed merges</source>
        <translation>П&amp;редложенные объединения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="175" />
        <source>My a&amp;ddresses</source>
        <translation>&amp;Мои адреса</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="219" />
        <source>The people could not be read: %1</source>
        <translation>Не удалось прочитать список людей: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="249" />
        <source>Stop &amp;watching</source>
        <translation>Прекратить &amp;наблюдение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="265" />
        <source>“%1” is watched.</source>
        <translation>За «%1» ведётся наблюдение.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="271" />
        <source>“%1” is no longer watched.</source>
        <translation>Наблюдение за «%1» прекращено.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="289" />
        <source>The name is changed.</source>
        <translation>Имя изменено.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="298" />
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="299" />
        <source>Name shown for %1 (empty: the name seen most often):</source>
        <translation>Имя для %1 (пусто — самое частое имя):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="319" />
        <source>Merged into “%1”.</source>
        <translation>Объединено с «%1».</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="330" />
        <source>Merge people</source>
        <translation>Объединить людей</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="332" />
        <source>Merge into “%1”?

%2

Their addresses, watching and signs of life go to “%1”.</source>
        <translation>Объединить с «%1»?

%2

Их адреса, наблюдение и признаки жизни перейдут к «%1».</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="344" />
        <source>%1 is a person of its own now.</source>
        <translation>%1 теперь отдельный человек.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="353" />
        <source>Split address</source>
        <translation>Отделить адрес</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="354" />
        <source>Which address is a person of its own?</source>
        <translation>Какой адрес — отдельный человек?</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="413" />
        <source>“%1” and “%2” are one person now.</source>
        <translation>«%1» и «%2» теперь один человек.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="423" />
        <source>“%1” and “%2” will not be proposed as one person again.</source>
        <translation>«%1» и «%2» больше не будут предлагаться как один человек.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="439" />
        <source>%1 is one of your addresses now.</source>
        <translation>%1 теперь один из ваших адресов.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/people_dialog.py" line="452" />
        <source>%1 is no longer one of your addresses.</source>
        <translation>%1 больше не ваш адрес.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="77" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="78" />
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="79" />
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="80" />
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="81" />
        <source>Last received</source>
        <translation>Последнее входящее</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="82" />
        <location filename="../../correspondence_app/gui/models/people_model.py" line="121" />
        <source>Watched</source>
        <translation>Под наблюдением</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="105" />
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/models/people_model.py" line="122" />
        <source>Watched, %Ln day(s)</source>
        <translation>
            <numerusform>Под наблюдением, %Ln день</numerusform>
            <numerusform>Под наблюдением, %Ln дня</numerusform>
            <numerusform>Под наблюдением, %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="139" />
        <source>Also written as: %1</source>
        <translation>Также пишется как: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/people_model.py" line="145" />
        <source>Overdue after twice the usual gap between letters</source>
        <translation>Просрочено после двойного обычного промежутка между письмами</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/models/people_model.py" line="146" />
        <source>Overdue after %Ln day(s) of silence</source>
        <translation>
            <numerusform>Просрочено после %Ln дня молчания</numerusform>
            <numerusform>Просрочено после %Ln дней молчания</numerusform>
            <numerusform>Просрочено после %Ln дней молчания</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="301" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="304" />
        <source>No sign of life yet</source>
        <translation>Вестей пока нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="303" />
        <source>Watched for %Ln day(s)</source>
        <translation>
            <numerusform>Под наблюдением %Ln день</numerusform>
            <numerusform>Под наблюдением %Ln дня</numerusform>
            <numerusform>Под наблюдением %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="308" />
        <source>day(s) since the last sign of life</source>
        <translation>
            <numerusform>день с последней вести</numerusform>
            <numerusform>дня с последней вести</numerusform>
            <numerusform>дней с последней вести</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="312" />
        <source>Last sign: %1, %2 (%3)</source>
        <translation>Последняя весть: %1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="317" />
        <source>%Ln day(s) since the last sign of life</source>
        <translation>
            <numerusform>%Ln день с последней вести</numerusform>
            <numerusform>%Ln дня с последней вести</numerusform>
            <numerusform>%Ln дней с последней вести</numerusform>
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
        <translation>Как обычно</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="346" />
        <source>Longer than usual</source>
        <translation>Дольше обычного</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="347" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="352" />
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Обычно каждый %Ln день</numerusform>
            <numerusform>Обычно каждые %Ln дня</numerusform>
            <numerusform>Обычно каждые %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="353" />
        <source>overdue after %Ln day(s)</source>
        <translation>
            <numerusform>просрочено после %Ln дня</numerusform>
            <numerusform>просрочено после %Ln дней</numerusform>
            <numerusform>просрочено после %Ln дней</numerusform>
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
        <translation>Шкала времени: %1</translation>
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
        <translation>Уменьшить (-)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="64" />
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
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
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="68" />
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="70" />
        <source>&amp;Fit all</source>
        <translation>&amp;Показать всё</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="71" />
        <source>Show the whole time (0 or Home)</source>
        <translation>Показать весь период (0 или Home)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="77" />
        <source>Wheel or +/− to zoom, drag to move. Click a mark to open it, or choose it with ←/→ and press Enter.</source>
        <translation>Колесо мыши или +/− меняют масштаб, перетаскивание сдвигает. Щелчок по отметке открывает её; можно также выбрать её клавишами ←/→ и нажать Enter.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="86" />
        <source>All &amp;mail</source>
        <translation>Вся &amp;почта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="90" />
        <source>Record a &amp;sign of life…</source>
        <translation>Записать &amp;признак жизни…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="127" />
        <source>No messages or signs of life yet</source>
        <translation>Пока нет ни писем, ни признаков жизни</translation>
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
            <numerusform>Обычно каждый %Ln день</numerusform>
            <numerusform>Обычно каждые %Ln дня</numerusform>
            <numerusform>Обычно каждые %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="132" />
        <source>%Ln longer silence(s) marked</source>
        <translation>
            <numerusform>отмечена %Ln долгая пауза</numerusform>
            <numerusform>отмечены %Ln долгие паузы</numerusform>
            <numerusform>отмечено %Ln долгих пауз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/person_timeline_dialog.py" line="141" />
        <source>The timeline could not be loaded: %1</source>
        <translation>Не удалось загрузить шкалу времени: %1</translation>
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
        <translation>Сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="68" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="116" />
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="60" />
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="117" />
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="61" />
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="118" />
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="62" />
        <source>Entered by hand</source>
        <translation>Внесено вручную</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_marks.py" line="119" />
        <source>Silence longer than usual</source>
        <translation>Пауза дольше обычного</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_view.py" line="67" />
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_view.py" line="88" />
        <source>Timeline of %1</source>
        <translation>Шкала времени: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_view.py" line="399" />
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="29" />
        <source>No messages or signs of life yet</source>
        <translation>Пока нет ни писем, ни признаков жизни</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="34" />
        <source>%Ln message(s) received</source>
        <translation>
            <numerusform>получено %Ln письмо</numerusform>
            <numerusform>получено %Ln письма</numerusform>
            <numerusform>получено %Ln писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="37" />
        <source>%Ln message(s) sent</source>
        <translation>
            <numerusform>отправлено %Ln письмо</numerusform>
            <numerusform>отправлено %Ln письма</numerusform>
            <numerusform>отправлено %Ln писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="40" />
        <source>%Ln sign(s) of life entered by hand</source>
        <translation>
            <numerusform>%Ln признак жизни внесён вручную</numerusform>
            <numerusform>%Ln признака жизни внесены вручную</numerusform>
            <numerusform>%Ln признаков жизни внесено вручную</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="43" />
        <source>usually every %Ln day(s)</source>
        <translation>
            <numerusform>обычно каждый %Ln день</numerusform>
            <numerusform>обычно каждые %Ln дня</numerusform>
            <numerusform>обычно каждые %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="46" />
        <source>%Ln silence(s) longer than usual</source>
        <translation>
            <numerusform>%Ln пауза дольше обычного</numerusform>
            <numerusform>%Ln паузы дольше обычного</numerusform>
            <numerusform>%Ln пауз дольше обычного</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="53" />
        <source>the longest %Ln day(s)</source>
        <translation>
            <numerusform>самая долгая — %Ln день</numerusform>
            <numerusform>самая долгая — %Ln дня</numerusform>
            <numerusform>самая долгая — %Ln дней</numerusform>
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
        <translation>(без темы)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="105" />
        <source>No sign of life for %Ln day(s)</source>
        <translation>
            <numerusform>%Ln день без признаков жизни</numerusform>
            <numerusform>%Ln дня без признаков жизни</numerusform>
            <numerusform>%Ln дней без признаков жизни</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/person_timeline_words.py" line="108" />
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="29" />
        <source>Proposed merges</source>
        <translation>Предложенные объединения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="33" />
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="33" />
        <source>Other person</source>
        <translation>Другой человек</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="33" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="33" />
        <source>In common</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="80" />
        <source>Same mailbox name at another provider</source>
        <translation>То же имя ящика у другого провайдера</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="82" />
        <source>Same name</source>
        <translation>То же имя</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/proposal_list.py" line="83" />
        <source>Same name in another spelling</source>
        <translation>То же имя в другом написании</translation>
    </message>
</context>
<context>
    <name>ProviderHints</name>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="16" />
        <location filename="../../correspondence_app/gui/provider_hints.py" line="21" />
        <source>%1: switch on IMAP first. In the %1 mailbox on the web, open E-mail Settings → POP3/IMAP Retrieval and tick “Allow access via POP3 and IMAP”. Then use your usual %1 password.</source>
        <translation>%1: сначала включите IMAP. В веб-почте %1 откройте «E-Mail-Einstellungen» → «POP3/IMAP Abruf» (Настройки почты → Получение по POP3/IMAP) и отметьте «POP3 und IMAP Zugriff erlauben» (Разрешить доступ по POP3 и IMAP). Затем используйте свой обычный пароль %1.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="26" />
        <source>Telekom: mail programs need a password of their own. In the Telekom E-Mail Center, open Settings → Passwords → “Password for e-mail programs”, set one and type it here.</source>
        <translation>Telekom: почтовым программам нужен отдельный пароль. В E-Mail Center Telekom откройте «Einstellungen» → «Passwörter» → «Passwort für E-Mail-Programme» (Настройки → Пароли → Пароль для почтовых программ), задайте его и введите здесь.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="31" />
        <source>freenet: switch on access by mail programs (IMAP) in the settings of freenet Mail first. Then use your usual freenet password.</source>
        <translation>freenet: сначала включите в настройках freenet Mail доступ для почтовых программ (IMAP). Затем используйте свой обычный пароль freenet.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="34" />
        <source>Posteo: IMAP is always on; use your Posteo address and password.</source>
        <translation>Posteo: IMAP всегда включён; используйте свой адрес и пароль Posteo.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="36" />
        <source>mailbox.org: IMAP is always on; use your mailbox.org address and password.</source>
        <translation>mailbox.org: IMAP всегда включён; используйте свой адрес и пароль mailbox.org.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="39" />
        <source>Gmail wants an app password. Switch on 2-Step Verification in your Google Account, then open Security → 2-Step Verification → App passwords, create one and type it here (16 letters).</source>
        <translation>Gmail требует пароль приложения. Включите в аккаунте Google двухэтапную аутентификацию, затем откройте «Безопасность» → «Двухэтапная аутентификация» → «Пароли приложений», создайте пароль и введите его здесь (16 букв).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="44" />
        <source>Yahoo wants an app password: open Account Info → Account security → “Generate app password”, create one and type it here.</source>
        <translation>Yahoo требует пароль приложения: откройте «Информация об аккаунте» → «Безопасность аккаунта» → «Создать пароль приложения», создайте пароль и введите его здесь.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="48" />
        <source>iCloud wants an app-specific password: sign in at account.apple.com, open Sign-In and Security → App-Specific Passwords, create one and type it here.</source>
        <translation>iCloud требует пароль для приложения: войдите на account.apple.com, откройте «Вход и безопасность» → «Пароли приложений», создайте пароль и введите его здесь.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="52" />
        <source>Mail.ru: allow mail programs and use an app password. In the mail settings, open “Mail programs” and allow access with mail clients; then open Security → “Passwords for external applications”, create one and type it here.</source>
        <translation>Mail.ru: разрешите доступ почтовым программам и используйте пароль для внешнего приложения. В настройках почты откройте «Почтовые программы» и разрешите доступ с помощью почтовых клиентов; затем откройте «Безопасность» → «Пароли для внешних приложений», создайте пароль и введите его здесь.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="57" />
        <source>Yandex Mail: switch on IMAP and use an app password. In the mail settings, open “Email clients” and tick “From the imap.yandex.ru server via IMAP”; then in Yandex ID open Security → “App passwords”, create one for mail and type it here.</source>
        <translation>Яндекс Почта: включите IMAP и используйте пароль приложения. В настройках почты откройте «Почтовые программы» и отметьте «С сервера imap.yandex.ru по протоколу IMAP»; затем в Яндекс ID откройте «Безопасность» → «Пароли приложений», создайте пароль для почты и введите его здесь.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="62" />
        <source>Proton Mail is read through Proton Mail Bridge (paid plans): start the Bridge, and type the password it shows for your address; accept the Bridge's certificate when the test shows it. Without the Bridge, export the mail with the Proton Mail Export Tool and import its folder.</source>
        <translation>Proton Mail читается через Proton Mail Bridge (платные тарифы): запустите Bridge и введите пароль, который он показывает для вашего адреса; примите сертификат Bridge, когда проверка его покажет. Без Bridge экспортируйте почту программой Proton Mail Export Tool и импортируйте её папку.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="68" />
        <source>Tuta offers no IMAP for mail programs. Export the mail with Tuta's desktop app as .eml files and import those with “Import mail files”.</source>
        <translation>Tuta не предоставляет почтовым программам IMAP. Экспортируйте почту в настольном приложении Tuta в файлы .eml и импортируйте их кнопкой «Импорт почтовых файлов».</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="72" />
        <source>Outlook.com and Hotmail take no passwords from mail programs, only Microsoft's own sign-in, which this program does not use. Bring the mail in as a file: in Outlook.com open Settings → General → Privacy and data → Export mailbox, then import the .pst file Microsoft sends with “Import mail files”.</source>
        <translation>Outlook.com и Hotmail не принимают пароли от почтовых программ, только собственный вход Microsoft, который эта программа не использует. Перенесите почту файлом: в Outlook.com откройте «Параметры» → «Общие» → «Конфиденциальность и данные» → «Экспорт почтового ящика» и импортируйте присланный Microsoft файл .pst кнопкой «Импорт почтовых файлов».</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="78" />
        <source>Rambler: switch on IMAP first. In the mail settings, open “Mail programs” and switch on access to the mailbox with mail clients. Then use your usual Rambler password.</source>
        <translation>Рамблер: сначала включите IMAP. В настройках почты откройте «Почтовые программы» и включите доступ к почтовому ящику с помощью почтовых клиентов. Затем используйте свой обычный пароль от Рамблера.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/provider_hints.py" line="86" />
        <source>Your provider's help pages name its IMAP server (“incoming mail server”) and port, and say whether IMAP must first be switched on in its web settings.</source>
        <translation>В справке вашего почтового сервиса указаны его IMAP-сервер («сервер входящей почты») и порт, а также нужно ли сначала включить IMAP в веб-настройках.</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="60" />
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="228" />
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="123" />
        <source>These messages could not be read. Each is kept whole, exactly as it was found, so nothing is lost. You can save the originals to look at them with another program.</source>
        <translation>Эти сообщения не удалось прочитать. Каждое хранится целиком, в точности в том виде, в каком было найдено, поэтому ничего не потеряно. Вы можете сохранить оригиналы, чтобы посмотреть их в другой программе.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="67" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="67" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="67" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="67" />
        <source>Quarantined on</source>
        <translation>Помещено в карантин</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="89" />
        <source>The selected message's source and reason</source>
        <translation>Источник и причина для выбранного письма</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="95" />
        <source>&amp;Try again</source>
        <translation>&amp;Попробовать снова</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="98" />
        <source>Import these messages once more: a newer version of this program may read them now. Those it reads leave the quarantine; the others stay.</source>
        <translation>Импортировать эти сообщения ещё раз: новая версия программы, возможно, сможет их прочитать. Прочитанные покинут карантин, остальные останутся.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="106" />
        <source>Progress of trying again</source>
        <translation>Ход повторной попытки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="128" />
        <source>The quarantine is empty: every message found so far could be read.</source>
        <translation>Карантин пуст: все найденные до сих пор сообщения удалось прочитать.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="149" />
        <source>Source: %1
Reason: %2</source>
        <translation>Источник: %1
Причина: %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="157" />
        <source>account %1 on %2, folder %3, message %4 on the server</source>
        <translation>учётная запись %1 на %2, папка %3, сообщение %4 на сервере</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="162" />
        <source>%1, item %2</source>
        <translation>%1, элемент %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="165" />
        <source>%1, at byte %2</source>
        <translation>%1, с байта %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="206" />
        <source>%Ln message(s) could be read now and are in the archive.</source>
        <translation>
            <numerusform>%Ln сообщение удалось прочитать, оно теперь в архиве.</numerusform>
            <numerusform>%Ln сообщения удалось прочитать, они теперь в архиве.</numerusform>
            <numerusform>%Ln сообщений удалось прочитать, они теперь в архиве.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="208" />
        <source>None of them could be read this time either.</source>
        <translation>И на этот раз ни одно не удалось прочитать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="210" />
        <source>%Ln message(s) stay in the quarantine.</source>
        <translation>
            <numerusform>%Ln сообщение остаётся в карантине.</numerusform>
            <numerusform>%Ln сообщения остаются в карантине.</numerusform>
            <numerusform>%Ln сообщений остаются в карантине.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="229" />
        <source>%Ln original(s) saved.</source>
        <translation>
            <numerusform>Сохранён %Ln оригинал.</numerusform>
            <numerusform>Сохранено %Ln оригинала.</numerusform>
            <numerusform>Сохранено %Ln оригиналов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="72" />
        <source>Quarantined messages</source>
        <translation>Сообщения в карантине</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="92" />
        <source>&amp;Save originals…</source>
        <translation>&amp;Сохранить оригиналы…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="223" />
        <source>Save the originals in</source>
        <translation>Сохранить оригиналы в папку</translation>
    </message>
</context>
<context>
    <name>QuarantineReasons</name>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="41" />
        <source>The Outlook for Mac message file is damaged or cut short (line %1, column %2).</source>
        <translation>Файл письма Outlook для Mac повреждён или обрезан (строка %1, столбец %2).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="48" />
        <source>The Outlook for Mac message file is damaged or cut short (%1).</source>
        <translation>Файл письма Outlook для Mac повреждён или обрезан (%1).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="54" />
        <source>The Outlook for Mac message file declares XML entities; to be safe it is not read.</source>
        <translation>Файл письма Outlook для Mac объявляет XML-сущности; из соображений безопасности он не читается.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="61" />
        <source>The Outlook for Mac file holds no message.</source>
        <translation>Файл Outlook для Mac не содержит письма.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="65" />
        <source>The Outlook for Mac message has no sender, subject or text.</source>
        <translation>У письма Outlook для Mac нет ни отправителя, ни темы, ни текста.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="71" />
        <source>The message is empty.</source>
        <translation>Письмо пустое.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="78" />
        <source>Its parts are nested too deeply to be read.</source>
        <translation>Части письма вложены слишком глубоко, чтобы его прочитать.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="82" />
        <source>The message is too large to be read.</source>
        <translation>Письмо слишком велико, чтобы его прочитать.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="86" />
        <source>It could not be read (%1).</source>
        <translation>Его не удалось прочитать (%1).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="90" />
        <source>It has neither header fields nor a text.</source>
        <translation>В нём нет ни заголовков, ни текста.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="94" />
        <source>It is binary data without header fields, not an e-mail.</source>
        <translation>Это двоичные данные без заголовков, а не письмо.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="100" />
        <source>It is a text without header fields, not an e-mail.</source>
        <translation>Это текст без заголовков, а не письмо.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="106" />
        <source>It has more than %1 parts.</source>
        <translation>В нём больше %1 частей.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="110" />
        <source>Its HTML text is larger than %1 MB.</source>
        <translation>Его HTML-текст больше %1 МБ.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="119" />
        <source>It is not an Outlook message.</source>
        <translation>Это не сообщение Outlook.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="123" />
        <source>The Outlook file is cut short (%1 bytes).</source>
        <translation>Файл Outlook обрезан (%1 байт).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="127" />
        <source>An Outlook item that is not an e-mail: %1.</source>
        <translation>Элемент Outlook, который не является письмом: %1.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="134" />
        <source>The Outlook item is damaged or cannot be converted (%1).</source>
        <translation>Элемент Outlook повреждён или не может быть преобразован (%1).</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="142" />
        <source>Apple Mail keeps this message's attachments in separate files, which a tar archive cannot give with it. Unpack the archive and import the folder to import it whole.</source>
        <translation>Apple Mail хранит вложения этого письма в отдельных файлах, которые tar-архив не может выдать вместе с ним. Распакуйте архив и импортируйте папку, чтобы импортировать письмо целиком.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="151" />
        <source>Apple Mail keeps this message's attachments in separate files, and not all of them were found. Export the mailbox from Apple Mail, or add the account, to import it whole.</source>
        <translation>Apple Mail хранит вложения этого письма в отдельных файлах, и не все из них найдены. Экспортируйте почтовый ящик из Apple Mail или добавьте учётную запись, чтобы импортировать письмо целиком.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="160" />
        <source>The Apple Mail file is cut short.</source>
        <translation>Файл Apple Mail обрезан.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="164" />
        <source>Reading it took longer than %1 seconds.</source>
        <translation>Чтение заняло больше %1 секунд.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="168" />
        <source>The program reading it stopped on this message.</source>
        <translation>Программа, читавшая письмо, остановилась на нём.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="176" />
        <source>an empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="181" />
        <source>not a mail file (a PDF document)</source>
        <translation>не почтовый файл (документ PDF)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="185" />
        <source>not a mail file (a PNG image)</source>
        <translation>не почтовый файл (изображение PNG)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="189" />
        <source>not a mail file (a GIF image)</source>
        <translation>не почтовый файл (изображение GIF)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="193" />
        <source>not a mail file (a JPEG image)</source>
        <translation>не почтовый файл (изображение JPEG)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="197" />
        <source>not a mail file (an RTF document)</source>
        <translation>не почтовый файл (документ RTF)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="201" />
        <source>not a mail file (an image)</source>
        <translation>не почтовый файл (изображение)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="205" />
        <source>not a mail file (a sound recording)</source>
        <translation>не почтовый файл (звукозапись)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="209" />
        <source>not a mail file (a video)</source>
        <translation>не почтовый файл (видео)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="213" />
        <source>not a mail file (a gzip archive)</source>
        <translation>не почтовый файл (архив gzip)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="217" />
        <source>not a mail file (a bzip2 archive)</source>
        <translation>не почтовый файл (архив bzip2)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="221" />
        <source>not a mail file (an xz archive)</source>
        <translation>не почтовый файл (архив xz)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="225" />
        <source>not a mail file (a 7-Zip archive)</source>
        <translation>не почтовый файл (архив 7-Zip)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="229" />
        <source>not a mail file (a RAR archive)</source>
        <translation>не почтовый файл (архив RAR)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="233" />
        <source>not a mail file (an SQLite database)</source>
        <translation>не почтовый файл (база данных SQLite)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="237" />
        <source>not a mail file (an XML document)</source>
        <translation>не почтовый файл (документ XML)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="241" />
        <source>not a mail file (a program)</source>
        <translation>не почтовый файл (программа)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="245" />
        <source>not a mail file (a settings file)</source>
        <translation>не почтовый файл (файл настроек)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="249" />
        <source>not a mail file (a Windows thumbnail cache)</source>
        <translation>не почтовый файл (эскизы Windows)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="253" />
        <source>a mail folder of Outlook Express (.dbx), which cannot be read: import it into Thunderbird first, or save its messages as .eml files, and import those</source>
        <translation>папка почты Outlook Express (.dbx), которую нельзя прочитать: сначала импортируйте её в Thunderbird или сохраните её письма как файлы .eml и импортируйте их</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="261" />
        <source>not a mail file (a chat exported from a messenger)</source>
        <translation>не почтовый файл (чат, экспортированный из мессенджера)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="267" />
        <source>not a mail file (binary data)</source>
        <translation>не почтовый файл (двоичные данные)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="271" />
        <source>not a mail file (JSON data)</source>
        <translation>не почтовый файл (данные JSON)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="275" />
        <source>not a mail file (a markup document)</source>
        <translation>не почтовый файл (документ с разметкой)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="279" />
        <source>not a mail file (a list of checksums)</source>
        <translation>не почтовый файл (список контрольных сумм)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="283" />
        <source>not a mail file (an office document or e-book)</source>
        <translation>не почтовый файл (офисный документ или электронная книга)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="287" />
        <source>not a mail file (%1)</source>
        <translation>не почтовый файл (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="291" />
        <source>an Outlook data file that cannot be opened: damaged, cut short, or of a kind that cannot be read (%1)</source>
        <translation>файл данных Outlook, который не удаётся открыть: повреждён, обрезан или такого вида, который нельзя прочитать (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="299" />
        <source>cannot be read (%1)</source>
        <translation>не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="303" />
        <source>deleted in Thunderbird, not yet compacted away</source>
        <translation>удалено в Thunderbird, но ещё не стёрто сжатием папки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="307" />
        <source>folder data of Alpine or a mail server, not a message</source>
        <translation>служебные данные папки от Alpine или почтового сервера, не письмо</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="313" />
        <source>%1, not an e-mail</source>
        <translation>%1, не письмо</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="317" />
        <source>a damaged ZIP file (%1)</source>
        <translation>повреждённый ZIP-файл (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="321" />
        <source>cannot be read from the ZIP file (%1)</source>
        <translation>не удаётся прочитать из ZIP-файла (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="328" />
        <source>cannot be read from the ZIP file (%1); the messages before it were imported</source>
        <translation>не удаётся прочитать из ZIP-файла (%1); письма до этого места импортированы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="335" />
        <source>longer than the ZIP file says it is; the messages before it were imported</source>
        <translation>длиннее, чем указано в ZIP-файле; письма до этого места импортированы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="342" />
        <source>longer than the ZIP file says it is; not read</source>
        <translation>длиннее, чем указано в ZIP-файле; не прочитан</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="346" />
        <source>%1 MB unpacked, the ZIP file says: more than the %2 MB a message may have; not read</source>
        <translation>по данным ZIP-файла, %1 МБ в распакованном виде: больше %2 МБ, допустимых для письма; не прочитан</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="353" />
        <source>would unpack to %1 times its packed size, as a zip bomb does; not read</source>
        <translation>распаковался бы в %1 раз больше своего сжатого размера, как ZIP-бомба; не прочитан</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="361" />
        <source>an encrypted ZIP file: import it on its own</source>
        <translation>зашифрованный ZIP-файл: импортируйте его отдельно</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="365" />
        <source>a ZIP file inside the ZIP file: unpack it to import it</source>
        <translation>ZIP-файл внутри ZIP-файла: распакуйте его, чтобы импортировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="371" />
        <source>a tar archive inside the ZIP file: not opened (unpack it to import it)</source>
        <translation>tar-архив внутри ZIP-файла: не открыт (распакуйте его, чтобы импортировать)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="378" />
        <source>a packed file inside the ZIP file: not opened (unpack it to import it)</source>
        <translation>сжатый файл внутри ZIP-файла: не открыт (распакуйте его, чтобы импортировать)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="385" />
        <source>an archive inside the tar archive: not opened (unpack it to import it)</source>
        <translation>архив внутри tar-архива: не открыт (распакуйте его, чтобы импортировать)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="392" />
        <source>a damaged tar archive (%1); the messages before the damage were imported</source>
        <translation>повреждённый tar-архив (%1); письма до повреждённого места импортированы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="402" />
        <source>a damaged %1 file (%2); the messages before the damage were imported</source>
        <translation>повреждённый файл %1 (%2); письма до повреждённого места импортированы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="409" />
        <source>larger than the %1 MB a message may have; not read</source>
        <translation>больше %1 МБ, допустимых для письма; не прочитан</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="415" />
        <source>unpacks to more than the %1 MB a message may have; not read</source>
        <translation>в распакованном виде больше %1 МБ, допустимых для письма; не прочитан</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/quarantine_reasons.py" line="421" />
        <source>an Outlook data file inside a ZIP file: unpack it to import it</source>
        <translation>файл данных Outlook внутри ZIP-файла: распакуйте его, чтобы импортировать</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="209" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/record_dialog.py" line="212" />
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="70" />
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="74" />
        <source>Restoring makes a new archive of a backup, in a new folder; the backup is checked first, and the new archive after. The archive open now is not changed.</source>
        <translation>Восстановление создаёт из резервной копии новый архив в новой папке; сначала проверяется копия, затем новый архив. Открытый сейчас архив не изменяется.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="83" />
        <source>New archive folder</source>
        <translation>Папка нового архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="86" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="90" />
        <source>Passphrase or recovery code of the backup</source>
        <translation>Парольная фраза или код восстановления копии</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="93" />
        <source>Restore in&amp;to:</source>
        <translation>&amp;Восстановить в:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="94" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="98" />
        <source>The passphrase the archive had when the backup was made, or its recovery code.</source>
        <translation>Парольная фраза, которая была у архива при создании копии, или его код восстановления.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="104" />
        <source>Restore progress</source>
        <translation>Ход восстановления</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="109" />
        <source>Folder of the restored archive</source>
        <translation>Папка восстановленного архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="112" />
        <source>To open it: lock this archive (File → Lock), press “Other archive…”, then “Open an existing archive”, and choose this folder. Keep the old archive until you have looked through the restored one.</source>
        <translation>Чтобы открыть его, заблокируйте этот архив (Файл → Заблокировать), нажмите «Другой архив…», затем «Открыть существующий архив» и выберите эту папку. Не удаляйте старый архив, пока не просмотрите восстановленный.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="120" />
        <source>&amp;Restore</source>
        <translation>Восс&amp;тановить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="124" />
        <source>&amp;Open it now</source>
        <translation>&amp;Открыть сейчас</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="173" />
        <source>This backup cannot be restored (%1): %2</source>
        <translation>Эту копию нельзя восстановить (%1): %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="182" />
        <source>%1 (restored)</source>
        <translation>%1 (восстановлен)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="190" />
        <source>Choose a new, empty folder for the restored archive</source>
        <translation>Выберите новую пустую папку для восстановленного архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="232" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="239" />
        <source>Reading the backup…</source>
        <translation>Читается резервная копия…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="240" />
        <source>Checking every stored message in the backup…</source>
        <translation>Проверяется каждое сообщение в копии…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="241" />
        <source>Copying the backup into the new folder…</source>
        <translation>Копия переносится в новую папку…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="242" />
        <source>Reading the copy back…</source>
        <translation>Копия считывается обратно…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="245" />
        <source>Opening and checking the restored archive…</source>
        <translation>Восстановленный архив открывается и проверяется…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="248" />
        <source>Checking the backup…</source>
        <translation>Проверяется резервная копия…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="257" />
        <source>The backup was restored and checked: %Ln message(s) in the new archive in this folder:</source>
        <translation>
            <numerusform>Копия восстановлена и проверена: %Ln сообщение в новом архиве в этой папке:</numerusform>
            <numerusform>Копия восстановлена и проверена: %Ln сообщения в новом архиве в этой папке:</numerusform>
            <numerusform>Копия восстановлена и проверена: %Ln сообщений в новом архиве в этой папке:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="269" />
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="279" />
        <source>This recovery code is mistyped: a character is wrong, missing or swapped. Please compare it with your written copy.</source>
        <translation>В коде восстановления опечатка: символ неверен, пропущен или переставлен. Пожалуйста, сверьте код с записанной копией.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="283" />
        <source>Wrong passphrase or recovery code for this backup.</source>
        <translation>Неверная парольная фраза или код восстановления для этой копии.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="285" />
        <source>The restore was cancelled; nothing of it was kept.</source>
        <translation>Восстановление отменено; от него ничего не осталось.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="288" />
        <source>The backup is damaged; nothing was restored.</source>
        <translation>Копия повреждена; ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="293" />
        <source>Nothing was restored: %1</source>
        <translation>Ничего не восстановлено: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/restore_dialog.py" line="295" />
        <source>The restore stopped unexpectedly: %1</source>
        <translation>Восстановление неожиданно прервалось: %1</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="70" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="82" />
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="76" />
        <source>A rule is a saved search: the messages it finds get its tags. Ticked rules also tag every new import.</source>
        <translation>Правило — это сохранённый поиск: найденные сообщения получают его метки. Отмеченные правила также помечают каждый новый импорт.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="83" />
        <source>Ticked rules tag every new import</source>
        <translation>Отмеченные правила помечают каждый новый импорт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="85" />
        <source>Ne&amp;w rule</source>
        <translation>Но&amp;вое правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="87" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="89" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="251" />
        <source>Delete rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="93" />
        <source>Rule name</source>
        <translation>Название правила</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="94" />
        <source>e.g. Asylum case</source>
        <translation>например, Дело об убежище</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="97" />
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="98" />
        <source>e.g. from:sergej Antrag</source>
        <translation>например, from:sergej Antrag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="101" />
        <source>Query problem</source>
        <translation>Ошибка в запросе</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="104" />
        <source>Tags to add</source>
        <translation>Добавляемые метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="105" />
        <source>Comma-separated, e.g. Asylum, Offices/Embassy</source>
        <translation>Через запятую, например: Убежище, Ведомства/Посольство</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="110" />
        <source>Apply to new &amp;imports</source>
        <translation>Применять к новым &amp;импортам</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="114" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="116" />
        <source>Save rule</source>
        <translation>Сохранить правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="117" />
        <source>&amp;Preview</source>
        <translation>П&amp;редпросмотр</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="119" />
        <source>Count the messages the rule would tag</source>
        <translation>Подсчитать сообщения, которые правило пометит</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="120" />
        <source>&amp;Apply to the whole archive</source>
        <translation>Применить ко &amp;всему архиву</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="122" />
        <source>&amp;Undo last apply</source>
        <translation>&amp;Отменить последнее применение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="126" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="131" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="133" />
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="182" />
        <source>&amp;Rules:</source>
        <translation>&amp;Правила:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="165" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="162" />
        <source>&amp;Query:</source>
        <translation>&amp;Запрос:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="167" />
        <source>&amp;Tags to add:</source>
        <translation>&amp;Добавить метки:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="207" />
        <source>Off: new imports do not get its tags</source>
        <translation>Выключено: новые импорты не получают его метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="227" />
        <source>The rule could not be switched: %1</source>
        <translation>Не удалось переключить правило: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="253" />
        <source>Delete the rule “%1”?

The tags it gave stay on the messages; new imports no longer get them.</source>
        <translation>Удалить правило «%1»?

Поставленные им метки останутся на сообщениях; новые импорты их больше не получат.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="262" />
        <source>The rule could not be deleted: %1</source>
        <translation>Не удалось удалить правило: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="274" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="274" />
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="306" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="336" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="427" />
        <source>Cannot read the query: %1</source>
        <translation>Не удаётся прочитать запрос: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="309" />
        <source>Save the changes to preview or apply the rule.</source>
        <translation>Сохраните изменения, чтобы посмотреть или применить правило.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="317" />
        <source>Please give the rule a name.</source>
        <translation>Дайте правилу название.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="320" />
        <source>Please enter a query: the messages it finds get the tags.</source>
        <translation>Введите запрос: найденные сообщения получат метки.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="323" />
        <source>Please name at least one tag to add.</source>
        <translation>Укажите хотя бы одну метку.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="341" />
        <source>The rule could not be saved: %1</source>
        <translation>Не удалось сохранить правило: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="348" />
        <source>Rule saved.</source>
        <translation>Правило сохранено.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="400" />
        <source>%1 messages match; %2 would get a tag</source>
        <translation>Подходят сообщений: %1; получат метку: %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="409" />
        <source>%1 messages got a tag</source>
        <translation>Получили метку сообщений: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="417" />
        <source>%1 messages changed back</source>
        <translation>Возвращено сообщений: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="429" />
        <source>The rule could not be applied: %1</source>
        <translation>Не удалось применить правило: %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="37" />
        <source>Search (%1), e.g. Antrag from:sergej date:2023</source>
        <translation>Поиск (%1), например: Antrag from:sergej date:2023</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="39" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="43" />
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="44" />
        <source>How to search</source>
        <translation>Как искать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="47" />
        <source>Search problem</source>
        <translation>Проблема с поиском</translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="97" />
        <source>How to search</source>
        <translation>Как искать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="100" />
        <source>messages with both words, in any form</source>
        <translation>сообщения с обоими словами, в любой форме</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="101" />
        <source>exactly this phrase</source>
        <translation>точно такая фраза</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="102" />
        <source>either word</source>
        <translation>любое из двух слов</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="103" />
        <source>messages without the word (also: NOT)</source>
        <translation>сообщения без этого слова (также: NOT)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="104" />
        <source>parentheses group words</source>
        <translation>скобки группируют слова</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="105" />
        <source>the sender, by name or address</source>
        <translation>отправитель, по имени или адресу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="106" />
        <source>any recipient (To, Cc, Bcc)</source>
        <translation>любой получатель (Кому, Копия, Скрытая копия)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="107" />
        <source>the Cc recipients</source>
        <translation>получатели копии (Cc)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="108" />
        <source>only in the subject</source>
        <translation>только в теме</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="109" />
        <source>only in the text</source>
        <translation>только в тексте</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="110" />
        <source>an attachment's name or the text inside it</source>
        <translation>имя вложения или текст внутри него</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="111" />
        <source>an attachment's file name</source>
        <translation>имя файла вложения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="112" />
        <source>messages with attachments</source>
        <translation>сообщения с вложениями</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="113" />
        <source>the folder or mailbox file it was imported from</source>
        <translation>папка или файл почтового ящика, откуда импортировано сообщение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="114" />
        <source>a year, month or day</source>
        <translation>год, месяц или день</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="115" />
        <source>a date range</source>
        <translation>диапазон дат</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="116" />
        <source>before or from a date</source>
        <translation>до даты или начиная с даты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="117" />
        <source>the language of the message</source>
        <translation>язык сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="118" />
        <source>words that begin with these letters</source>
        <translation>слова, начинающиеся с этих букв</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="125" />
        <source>Names are found in Latin and Cyrillic letters alike: Sergej, Sergey and Сергей find each other. Upper and lower case, accents and German ae/oe/ue spellings do not matter.</source>
        <translation>Имена находятся одинаково в латинском и кириллическом написании: Sergej, Sergey и Сергей находят друг друга. Регистр букв, диакритические знаки и немецкие написания ae/oe/ue вместо ä/ö/ü не имеют значения.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="27" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="29" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="34" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="35" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="42" />
        <source> day(s) without a backup</source>
        <translation>
            <numerusform> дня без копии</numerusform>
            <numerusform> дней без копии</numerusform>
            <numerusform> дней без копии</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="44" />
        <source>Remind of a backup after days</source>
        <translation>Через сколько дней напоминать о резервной копии</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="46" />
        <source>Check the archive's &amp;integrity every</source>
        <translation>Проверять &amp;целостность архива каждые</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="52" />
        <source> day(s)</source>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="54" />
        <source>Days between integrity checks</source>
        <translation>Дней между проверками целостности</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="58" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="59" />
        <source>Lock &amp;after inactivity:</source>
        <translation>&amp;Блокировать после простоя:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="60" />
        <source>Remind of a &amp;backup after:</source>
        <translation>Напоминать о &amp;резервной копии после:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="63" />
        <source>A new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="66" />
        <source>The integrity check reads every stored message again, in the background after unlocking; an import waits until it has ended.</source>
        <translation>Проверка целостности заново читает каждое сохранённое сообщение — в фоне после разблокировки; импорт ждёт её окончания.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="45" />
        <source>Folders, tags and dates</source>
        <translation>Папки, метки и даты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="123" />
        <source>&amp;New tag…</source>
        <translation>&amp;Новая метка…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="126" />
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="128" />
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="130" />
        <source>&amp;Merge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="133" />
        <source>&amp;Delete tag</source>
        <translation>&amp;Удалить метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="138" />
        <source>&amp;Merge into one of my tags…</source>
        <translation>&amp;Объединить с моей меткой…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="142" />
        <source>&amp;Drop this folder's tag</source>
        <translation>&amp;Убрать метку этой папки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="148" />
        <source>&amp;Delete saved search</source>
        <translation>&amp;Удалить сохранённый поиск</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="152" />
        <source>Res&amp;tore a dropped folder tag</source>
        <translation>&amp;Вернуть убранную метку папки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="170" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="178" />
        <source>New tag</source>
        <translation>Новая метка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="178" />
        <source>Name (use / to nest, e.g. Authorities/Embassy):</source>
        <translation>Название (/ для вложенных, например Ведомства/Посольство):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="187" />
        <source>Rename tag</source>
        <translation>Переименовать метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="188" />
        <source>New name for “%1”:</source>
        <translation>Новое название для «%1»:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="196" />
        <source>Tag colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="208" />
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="214" />
        <source>Merge tags</source>
        <translation>Объединить метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="209" />
        <source>Create a tag of your own to merge into first.</source>
        <translation>Сначала создайте собственную метку, с которой можно объединить.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="215" />
        <source>Give every message of “%1” the tag:</source>
        <translation>Дать всем сообщениям с «%1» метку:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="231" />
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="260" />
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="232" />
        <source>Remove “%1” from every message? The messages themselves stay.</source>
        <translation>Снять «%1» со всех сообщений? Сами сообщения останутся.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="247" />
        <source>The rule “%1” gives the tag “%2”. Change that rule or delete it first, then delete the tag.</source>
        <translation>Правило «%1» присваивает метку «%2». Сначала измените или удалите это правило, затем удалите метку.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="253" />
        <source>The rules %1 give the tag “%2”. Change those rules or delete them first, then delete the tag.</source>
        <translation>Правила %1 присваивают метку «%2». Сначала измените или удалите эти правила, затем удалите метку.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="256" />
        <source>“%1”</source>
        <comment>a rule's name in a list of rules</comment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="74" />
        <source>All mail (%1)</source>
        <translation>Вся почта (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="78" />
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="87" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="91" />
        <source>(none yet: tag conversations from their menu)</source>
        <translation>(пока нет: помечайте переписки через их меню)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="98" />
        <source>Imported from</source>
        <translation>Импортировано из</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="129" />
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
</context>
<context>
    <name>SignOfLifeDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="37" />
        <source>Sign of life</source>
        <translation>Признак жизни</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="40" />
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="51" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="55" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="58" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="58" />
        <source>Who told you, what was said</source>
        <translation>Кто вам сообщил, что было сказано</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="59" />
        <source>A file for the sign of life</source>
        <translation>Файл к признаку жизни</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="60" />
        <source>&amp;Person:</source>
        <translation>&amp;Человек:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="61" />
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="62" />
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="63" />
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="64" />
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="70" />
        <source>A sign of life that did not come by e-mail: a call, a message, a visit, news through someone else. It counts like a letter from the person.</source>
        <translation>Признак жизни, пришедший не по электронной почте: звонок, сообщение, встреча, весть через кого-то другого. Он учитывается как письмо от этого человека.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="78" />
        <source>Nobody is watched yet. Watch a person in People first.</source>
        <translation>Пока ни за кем не ведётся наблюдение. Сначала добавьте человека в наблюдение в разделе «Люди».</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/sign_of_life_dialog.py" line="125" />
        <source>%1 is still to come: enter when the sign of life came.</source>
        <translation>%1 ещё не наступило: укажите, когда пришёл признак жизни.</translation>
    </message>
</context>
<context>
    <name>SignsChart</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="91" />
        <source>Signs of life per month</source>
        <translation>Вести по месяцам</translation>
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
        <translation>Вести по месяцам за последние двенадцать месяцев:</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/source_dialog.py" line="13" />
        <location filename="../../correspondence_app/gui/dialogs/source_dialog.py" line="19" />
        <source>Message source</source>
        <translation>Исходный текст сообщения</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="215" />
        <source>%1: connecting to %2…</source>
        <translation>%1: подключение к %2…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="221" />
        <source>%1: looking for new mail in %2 (folder %3 of %4)…</source>
        <translation>%1: поиск новой почты в папке %2 (%3 из %4)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="231" />
        <source>%1: %Ln message(s) fetched</source>
        <translation>
            <numerusform>%1: получено %Ln сообщение</numerusform>
            <numerusform>%1: получено %Ln сообщения</numerusform>
            <numerusform>%1: получено %Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="251" />
        <source>Mail cannot be fetched while an import is running. Please try again when it has ended.</source>
        <translation>Пока идёт импорт, почту получить нельзя. Попробуйте ещё раз, когда он завершится.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="262" />
        <source>The sync stopped unexpectedly: %1</source>
        <translation>Получение почты неожиданно прервалось: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="271" />
        <source>The server's certificate is not trusted (SHA-256 fingerprint %1). Accept it in the account's settings only if the server's operator confirms this fingerprint.</source>
        <translation>Сертификату сервера нет доверия (отпечаток SHA-256 %1). Принимайте его в настройках учётной записи, только если администратор сервера подтвердит этот отпечаток.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="279" />
        <source>The server cannot be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="281" />
        <source>The password is needed to fetch the mail.</source>
        <translation>Чтобы получить почту, нужен пароль.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="388" />
        <source>The sync of %1 failed: %2</source>
        <translation>Не удалось получить почту из %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="403" />
        <source>Sync cancelled; %Ln new message(s) fetched from %1</source>
        <translation>
            <numerusform>Получение отменено; из %1 получено %Ln новое сообщение</numerusform>
            <numerusform>Получение отменено; из %1 получено %Ln новых сообщения</numerusform>
            <numerusform>Получение отменено; из %1 получено %Ln новых сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="405" />
        <source>Fetched %Ln new message(s) from %1</source>
        <translation>
            <numerusform>Из %1 получено %Ln новое сообщение</numerusform>
            <numerusform>Из %1 получено %Ln новых сообщения</numerusform>
            <numerusform>Из %1 получено %Ln новых сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/syncing.py" line="407" />
        <source>No new mail in %1</source>
        <translation>В %1 нет новой почты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/syncing.py" line="412" />
        <source>%Ln message(s) already in the archive</source>
        <translation>
            <numerusform>%Ln сообщение уже в архиве</numerusform>
            <numerusform>%Ln сообщения уже в архиве</numerusform>
            <numerusform>%Ln сообщений уже в архиве</numerusform>
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
            <numerusform>%Ln сообщение не удалось прочитать, оно помещено в карантин</numerusform>
            <numerusform>%Ln сообщения не удалось прочитать, они помещены в карантин</numerusform>
            <numerusform>%Ln сообщений не удалось прочитать, они помещены в карантин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="26" />
        <source>The server's name is unknown. Please check it, and the internet connection.</source>
        <translation>Имя сервера неизвестно. Проверьте его и подключение к интернету.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="31" />
        <source>The server did not answer in time. Please check the internet connection, or try again later.</source>
        <translation>Сервер не ответил вовремя. Проверьте подключение к интернету или попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="37" />
        <source>The server refused the connection. Please check the port.</source>
        <translation>Сервер отклонил подключение. Проверьте порт.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="41" />
        <source>The encrypted connection to the server could not be set up.</source>
        <translation>Не удалось установить зашифрованное соединение с сервером.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="45" />
        <source>The server does not offer STARTTLS, and the password is never sent unencrypted. Please choose TLS on port 993.</source>
        <translation>Сервер не поддерживает STARTTLS, а пароль никогда не передаётся в открытом виде. Выберите TLS на порту 993.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="51" />
        <source>The server refused the user name or password. Some providers want an app password, and IMAP switched on in their web settings.</source>
        <translation>Сервер отклонил имя пользователя или пароль. Некоторые почтовые сервисы требуют пароль приложения и включённый в веб-настройках IMAP.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="57" />
        <source>Microsoft takes no passwords from mail programs for Outlook.com, Hotmail and Microsoft 365 accounts. Export the mailbox as a .pst file instead (in Outlook.com: Settings → General → Privacy and data → Export mailbox) and import that.</source>
        <translation>Microsoft не принимает пароли от почтовых программ для учётных записей Outlook.com, Hotmail и Microsoft 365. Вместо этого экспортируйте почтовый ящик в файл .pst (в Outlook.com: «Параметры» → «Общие» → «Конфиденциальность и данные» → «Экспорт почтового ящика») и импортируйте его.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="65" />
        <source>The server's certificate is not trusted. Accept it in the account's settings only if the server's operator confirms its fingerprint.</source>
        <translation>Сертификату сервера нет доверия. Принимайте его в настройках учётной записи, только если администратор сервера подтвердит его отпечаток.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="71" />
        <source>The connection broke off during the sync. What arrived is kept; the next sync fetches the rest.</source>
        <translation>Соединение оборвалось во время получения почты. Полученное сохранено; следующая синхронизация загрузит остальное.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/sync_problems.py" line="77" />
        <source>The server did not hand over some messages; it may not be able to read them itself. Everything else was fetched; the next sync asks for them again.</source>
        <translation>Сервер не выдал некоторые письма; возможно, он сам не может их прочитать. Всё остальное получено; следующая синхронизация запросит их снова.</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="68" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="69" />
        <source>Correspondents</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="70" />
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="71" />
        <source>Last message</source>
        <translation>Последнее сообщение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="177" />
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="193" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>ThreadTagger</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="37" />
        <source>&amp;Add tag…</source>
        <translation>&amp;Добавить метку…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="42" />
        <source>&amp;Remove tag</source>
        <translation>&amp;Снять метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="70" />
        <source>Add tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="61" />
        <source>Tag for %Ln conversation(s) (a new name creates the tag):</source>
        <translation>
            <numerusform>Метка для %Ln переписки (новое название создаёт метку):</numerusform>
            <numerusform>Метка для %Ln переписок (новое название создаёт метку):</numerusform>
            <numerusform>Метка для %Ln переписок (новое название создаёт метку):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="90" />
        <source>Tagged %Ln message(s) “%1”</source>
        <translation>
            <numerusform>Метка «%1» поставлена на %Ln сообщение</numerusform>
            <numerusform>Метка «%1» поставлена на %Ln сообщения</numerusform>
            <numerusform>Метка «%1» поставлена на %Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="98" />
        <source>Removed “%1” from %Ln message(s)</source>
        <translation>
            <numerusform>«%1» снята с %Ln сообщения</numerusform>
            <numerusform>«%1» снята с %Ln сообщений</numerusform>
            <numerusform>«%1» снята с %Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="106" />
        <source>Undid the last tagging: %Ln message(s) changed back</source>
        <translation>
            <numerusform>Последняя пометка отменена: возвращено %Ln сообщение</numerusform>
            <numerusform>Последняя пометка отменена: возвращено %Ln сообщения</numerusform>
            <numerusform>Последняя пометка отменена: возвращено %Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="113" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="116" />
        <source>Nothing to change</source>
        <translation>Нечего менять</translation>
    </message>
</context>
<context>
    <name>ThunderbirdDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="46" />
        <source>Import from Thunderbird</source>
        <translation>Импорт из Thunderbird</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="50" />
        <source>Thunderbird keeps each mail folder in a file. Choose the folders to import; messages you deleted in Thunderbird are left out. Close Thunderbird first, or compact its folders, for the newest state.</source>
        <translation>Thunderbird хранит каждую почтовую папку в отдельном файле. Выберите папки для импорта; письма, удалённые в Thunderbird, будут пропущены. Чтобы получить самое свежее состояние, сначала закройте Thunderbird или сожмите его папки.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="56" />
        <source>Thunderbird profile</source>
        <translation>Профиль Thunderbird</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="58" />
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="61" />
        <source>Choose a profile folder…</source>
        <translation>Выбрать папку профиля…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="64" />
        <source>No Thunderbird profile was found on this computer.</source>
        <translation>На этом компьютере не найден профиль Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="68" />
        <source>Counting the messages in each folder</source>
        <translation>Подсчёт писем в каждой папке</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="70" />
        <source>Mail folders</source>
        <translation>Почтовые папки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="71" />
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="71" />
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="81" />
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="116" />
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="124" />
        <source>Choose a Thunderbird profile folder</source>
        <translation>Выберите папку профиля Thunderbird</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="134" />
        <source>“%1” is not a Thunderbird profile folder: it has no prefs.js beside a Mail or ImapMail folder.</source>
        <translation>«%1» — не папка профиля Thunderbird: в ней нет файла prefs.js рядом с папкой Mail или ImapMail.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="184" />
        <source>This profile has no mail folders.</source>
        <translation>В этом профиле нет почтовых папок.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="194" />
        <source>The folders could not be read: %1</source>
        <translation>Не удалось прочитать папки: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="234" />
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="255" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="251" />
        <source>Counting the messages in each folder…</source>
        <translation>Подсчёт писем в каждой папке…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="253" />
        <source>No folder chosen.</source>
        <translation>Не выбрано ни одной папки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="256" />
        <source>in %Ln folder(s)</source>
        <translation>
            <numerusform>в %Ln папке</numerusform>
            <numerusform>в %Ln папках</numerusform>
            <numerusform>в %Ln папках</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/thunderbird_dialog.py" line="258" />
        <source>%1 %2 chosen</source>
        <translation>Выбрано: %1 %2</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_panel.py" line="41" />
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_panel.py" line="42" />
        <source>Show the whole time again (Escape on the timeline)</source>
        <translation>Снова показать всё время (Esc на шкале времени)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_panel.py" line="81" />
        <source>Only %1 to %2</source>
        <translation>Только с %1 по %2</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="53" />
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="56" />
        <source>Messages received and sent per period. Drag across the bars to choose a period; Escape or a double-click clears the choice.</source>
        <translation>Полученные и отправленные сообщения по периодам. Протяните по столбцам, чтобы выбрать период; Esc или двойной щелчок снимает выбор.</translation>
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
        <translation>Неделя %1, %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="186" />
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: получено %2, отправлено %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="268" />
        <source>No dated messages</source>
        <translation>Нет сообщений с датой</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="425" />
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="425" />
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="43" />
        <source>Topic suggestions</source>
        <translation>Предложения тем</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="47" />
        <source>Conversations without a tag of yours, grouped by the words they share. Accept a group as a tag, or dismiss it: it will not be suggested again.</source>
        <translation>Переписки без ваших меток, сгруппированные по общим словам. Примите группу как метку или отклоните её: она больше не будет предложена.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="53" />
        <source>Reading the conversations… %p%</source>
        <translation>Чтение переписок… %p%</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="54" />
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="57" />
        <source>Suggested topics</source>
        <translation>Предложенные темы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="63" />
        <source>Name of the tag, e.g. Asyl/Anträge</source>
        <translation>Название метки, например Убежище/Заявления</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="65" />
        <source>Also tag new mail with these words (a rule)</source>
        <translation>Помечать и новую почту с этими словами (правило)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="66" />
        <source>&amp;Accept as tag</source>
        <translation>&amp;Принять как метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="68" />
        <source>&amp;Dismiss</source>
        <translation>От&amp;клонить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="74" />
        <source>Words:</source>
        <translation>Слова:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="75" />
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="122" />
        <source>%1 (%Ln conversation(s))</source>
        <translation>
            <numerusform>%1 (%Ln переписка)</numerusform>
            <numerusform>%1 (%Ln переписки)</numerusform>
            <numerusform>%1 (%Ln переписок)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="130" />
        <source>Stopped. Open the suggestions again to look anew.</source>
        <translation>Остановлено. Откройте предложения снова, чтобы начать заново.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="133" />
        <source>No suggestions: every conversation has a tag, or too few share words.</source>
        <translation>Нет предложений: у всех переписок есть метки или слишком мало общих слов.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="144" />
        <source>The suggestions could not be made: %1</source>
        <translation>Не удалось составить предложения: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="184" />
        <source>Tagged %Ln message(s) “%1”.</source>
        <translation>
            <numerusform>Метка «%1» поставлена на %Ln сообщение.</numerusform>
            <numerusform>Метка «%1» поставлена на %Ln сообщения.</numerusform>
            <numerusform>Метка «%1» поставлена на %Ln сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="188" />
        <source>A rule tags new mail too.</source>
        <translation>Правило помечает и новую почту.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="199" />
        <source>“%1” will not be suggested again.</source>
        <translation>«%1» больше не будет предложено.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="59" />
        <source>Unlock archive</source>
        <translation>Разблокировать архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="63" />
        <source>Enter the passphrase of the archive in
%1</source>
        <translation>Введите парольную фразу архива из папки
%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="69" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="70" />
        <source>Passphrase or recovery code</source>
        <translation>Парольная фраза или код восстановления</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="73" />
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="77" />
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="80" />
        <source>&amp;Other archive…</source>
        <translation>&amp;Другой архив…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="103" />
        <source>Please enter the passphrase.</source>
        <translation>Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="133" />
        <source>This recovery code is mistyped: a character is wrong, missing or swapped. Please compare it with your written copy.</source>
        <translation>В коде восстановления опечатка: символ неверен, пропущен или переставлен. Пожалуйста, сверьте код с записанной копией.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="137" />
        <source>Wrong passphrase or recovery code. Please try again.</source>
        <translation>Неверная парольная фраза или код восстановления. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="141" />
        <source>The archive could not be opened: %1</source>
        <translation>Не удалось открыть архив: %1</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/watch_dialog.py" line="19" />
        <source>Watch “%1”</source>
        <translation>Наблюдать за «%1»</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/watch_dialog.py" line="22" />
        <source>The overview shows how long ago “%1” last gave a sign of life. By default the silence is overdue after twice the usual gap between letters.</source>
        <translation>Обзор показывает, как давно «%1» в последний раз подавал(а) признаки жизни. По умолчанию молчание считается просроченным после двойного обычного промежутка между письмами.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/watch_dialog.py" line="27" />
        <source>&amp;Overdue after a number of days I choose</source>
        <translation>&amp;Просрочено после выбранного мной числа дней</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/watch_dialog.py" line="35" />
        <source>&amp;Days of silence:</source>
        <translation>&amp;Дней молчания:</translation>
    </message>
</context>
<context>
    <name>Watching</name>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="40" />
        <source>&amp;People…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="42" />
        <location filename="../../correspondence_app/gui/watching.py" line="166" />
        <source>Record a &amp;sign of life…</source>
        <translation>Записать &amp;признак жизни…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="44" />
        <source>Record a &amp;paper letter…</source>
        <translation>Записать &amp;бумажное письмо…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="45" />
        <source>&amp;Groups of officials…</source>
        <translation>&amp;Группы ведомств…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="128" />
        <source>Sign of life</source>
        <translation>Признак жизни</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="130" />
        <source>(no note)</source>
        <translation>(без заметки)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="134" />
        <source>&amp;Save “%1”…</source>
        <translation>&amp;Сохранить «%1»…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="148" />
        <source>Save file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="164" />
        <source>Show the &amp;timeline…</source>
        <translation>Показать &amp;шкалу времени…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="165" />
        <source>Show the &amp;mail</source>
        <translation>Показать &amp;почту</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="168" />
        <source>&amp;Export the correspondence…</source>
        <translation>&amp;Экспортировать переписку…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="172" />
        <source>Overdue &amp;after…</source>
        <translation>Просрочено &amp;через…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="173" />
        <source>Stop &amp;watching</source>
        <translation>Прекратить &amp;наблюдение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="196" />
        <source>Stop watching</source>
        <translation>Прекратить наблюдение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="198" />
        <source>Stop watching “%1”? The signs of life entered by hand are kept; you can watch them again in People.</source>
        <translation>Прекратить наблюдение за «%1»? Признаки жизни, внесённые вручную, сохранятся; снова наблюдать можно в разделе «Люди».</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="211" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="214" />
        <source>&amp;Answered another way…</source>
        <translation>&amp;Ответ пришёл иначе…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="217" />
        <source>&amp;No answer expected</source>
        <translation>Ответ &amp;не ожидается</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="222" />
        <location filename="../../correspondence_app/gui/watching.py" line="268" />
        <source>“%1” to %2, sent %3</source>
        <translation>«%1» для %2, отправлено %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="223" />
        <location filename="../../correspondence_app/gui/watching.py" line="269" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="241" />
        <source>The letter awaits an answer.</source>
        <translation>Письмо ждёт ответа.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="243" />
        <source>No answer is expected to the letter.</source>
        <translation>Ответа на письмо не ожидается.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="260" />
        <source>Awaits an &amp;answer</source>
        <translation>Ждёт &amp;ответа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="261" />
        <source>No answer e&amp;xpected</source>
        <translation>Ответ не о&amp;жидается</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/watching.py" line="273" />
        <source>Answered another &amp;way…</source>
        <translation>Ответ пришёл &amp;иначе…</translation>
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
        <translation>&lt;h2&gt;Добро пожаловать&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="38" />
        <source>Correspondence Archive keeps your mail in one encrypted archive on this computer. Nothing leaves it, and nothing is fetched from the internet while you read.</source>
        <translation>Correspondence Archive хранит вашу почту в одном зашифрованном архиве на этом компьютере. Ничто не покидает компьютер, и пока вы читаете, из интернета ничего не загружается.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="45" />
        <source>&amp;Create a new archive</source>
        <translation>&amp;Создать новый архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="46" />
        <source>Choose a passphrase; then import your mail.</source>
        <translation>Выберите парольную фразу, затем импортируйте почту.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="49" />
        <source>&amp;Open an existing archive</source>
        <translation>&amp;Открыть существующий архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="50" />
        <source>A folder made by Correspondence Archive, for example on a USB stick.</source>
        <translation>Папка, созданная Correspondence Archive, например на USB-флешке.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="68" />
        <source>Open an archive folder</source>
        <translation>Открыть папку архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="74" />
        <source>Not an archive</source>
        <translation>Это не архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/welcome_dialog.py" line="75" />
        <source>The folder %1 is not an archive of Correspondence Archive.</source>
        <translation>Папка %1 не является архивом Correspondence Archive.</translation>
    </message>
</context>
<context>
    <name>_Note</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="70" />
        <source>Stored encrypted in the archive; only you can read it.</source>
        <translation>Хранится в архиве в зашифрованном виде; прочитать её можете только вы.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="74" />
        <source>Saved %1 by %2</source>
        <translation>Сохранено %1, автор: %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/notes_panel.py" line="74" />
        <source>Saved %1</source>
        <translation>Сохранено %1</translation>
    </message>
</context>
</TS>
