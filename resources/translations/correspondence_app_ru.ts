<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="182" />
        <source>About Correspondence Archive</source>
        <translation>О программе Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="184" />
        <source>&lt;h3&gt;Correspondence Archive %1&lt;/h3&gt;&lt;p&gt;A private, encrypted, offline archive of correspondence.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted with your passphrase. Nothing is fetched from the internet while you read.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Correspondence Archive %1&lt;/h3&gt;&lt;p&gt;Личный зашифрованный архив переписки, работающий без интернета.&lt;/p&gt;&lt;p&gt;Всё хранится на этом компьютере и зашифровано вашей парольной фразой. Пока вы читаете, из интернета ничего не загружается.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="35" />
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="41" />
        <source>You opened the archive with the recovery code. Please choose a new passphrase now. The recovery code stays valid.</source>
        <translation>Вы открыли архив с помощью кода восстановления. Пожалуйста, выберите сейчас новую парольную фразу. Код восстановления остаётся действительным.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="49" />
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="52" />
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="70" />
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="74" />
        <source>&amp;Later</source>
        <translation>По&amp;зже</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="74" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="102" />
        <source>The current passphrase is wrong.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="104" />
        <source>The passphrase could not be changed: %1</source>
        <translation>Не удалось сменить парольную фразу: %1</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="71" />
        <source>Messages of the conversation</source>
        <translation>Сообщения беседы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="80" />
        <source>Message headers</source>
        <translation>Заголовки сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="86" />
        <source>&amp;Source</source>
        <translation>&amp;Исходный текст</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="94" />
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="146" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="147" />
        <source>From</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="147" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="174" />
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="175" />
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="178" />
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="180" />
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="181" />
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="186" />
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="223" />
        <source>Show HT&amp;ML</source>
        <translation>Показать HT&amp;ML</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="223" />
        <source>Show &amp;plain text</source>
        <translation>Пока&amp;зать текст</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="248" />
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="253" />
        <source>&amp;Save as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="256" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="270" />
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="280" />
        <source>Open attachment</source>
        <translation>Открыть вложение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="282" />
        <source>“%1” will be opened with another program. That program may connect to the internet or keep its own copy. Open it?</source>
        <translation>Файл «%1» будет открыт в другой программе. Эта программа может подключиться к интернету или сохранить собственную копию. Открыть файл?</translation>
    </message>
</context>
<context>
    <name>CreateArchiveDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="52" />
        <source>New archive</source>
        <translation>Новый архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="66" />
        <source>Archive folder</source>
        <translation>Папка архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="67" />
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="76" />
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="81" />
        <source>Everything in the archive is encrypted with this passphrase. If you lose it, no one can open the archive again, not even with the help of its makers. Choose several words that you will remember, and keep the recovery code that comes next in a safe place.</source>
        <translation>Всё содержимое архива шифруется этой парольной фразой. Если вы её потеряете, никто не сможет снова открыть архив — даже с помощью разработчиков программы. Выберите несколько слов, которые вы запомните, а код восстановления, который будет показан дальше, храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="98" />
        <source>C&amp;reate archive</source>
        <translation>&amp;Создать архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="115" />
        <source>Folder for the new archive</source>
        <translation>Папка для нового архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="136" />
        <source>The archive could not be created: %1</source>
        <translation>Не удалось создать архив: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="152" />
        <source>&lt;b&gt;Your recovery code&lt;/b&gt;&lt;br&gt;If you ever forget the passphrase, this code opens the archive instead. It is shown only now. Write it down or print it, and keep it apart from this computer.</source>
        <translation>&lt;b&gt;Ваш код восстановления&lt;/b&gt;&lt;br&gt;Если вы когда-нибудь забудете парольную фразу, архив можно будет открыть этим кодом. Он показывается только сейчас. Запишите или распечатайте его и храните отдельно от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="165" />
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="166" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="168" />
        <source>I have &amp;written the code down</source>
        <translation>Код &amp;записан</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="171" />
        <source>&amp;Open the archive</source>
        <translation>&amp;Открыть архив</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="36" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="41" />
        <source>Importing %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="46" />
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="47" />
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="51" />
        <source>Show &amp;quarantine…</source>
        <translation>Показать &amp;карантин…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="79" />
        <source>Stopping once the messages being written are saved…</source>
        <translation>Остановка после сохранения записываемых сейчас сообщений…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="90" />
        <source>%Ln message(s) stored, %1 per second, about %2 left</source>
        <translation>
            <numerusform>Сохранено %Ln сообщение, %1 в секунду, осталось около %2</numerusform>
            <numerusform>Сохранено %Ln сообщения, %1 в секунду, осталось около %2</numerusform>
            <numerusform>Сохранено %Ln сообщений, %1 в секунду, осталось около %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="101" />
        <source>Import cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="101" />
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="102" />
        <source>New messages: %1</source>
        <translation>Новых сообщений: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="103" />
        <source>Already in the archive: %1</source>
        <translation>Уже в архиве: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="106" />
        <source>Kept in quarantine (could not be read): %1</source>
        <translation>Помещено в карантин (не удалось прочитать): %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="109" />
        <source>%1 messages per second</source>
        <translation>Сообщений в секунду: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="122" />
        <source>The import stopped: %1
Nothing already stored was lost.</source>
        <translation>Импорт остановлен: %1
Всё, что уже было сохранено, не потеряно.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="146" />
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln секунда</numerusform>
            <numerusform>%Ln секунды</numerusform>
            <numerusform>%Ln секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="147" />
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln минута</numerusform>
            <numerusform>%Ln минуты</numerusform>
            <numerusform>%Ln минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="84" />
        <source>Correspondence Archive</source>
        <translation>Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="92" />
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="103" />
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="157" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="160" />
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="162" />
        <source>Q&amp;uarantine…</source>
        <translation>&amp;Карантин…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="164" />
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="167" />
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="170" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="173" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="175" />
        <source>View &amp;source</source>
        <translation>&amp;Исходный текст</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="177" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="180" />
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="182" />
        <source>&amp;Settings…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="184" />
        <source>&amp;How to search</source>
        <translation>&amp;Как искать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="186" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="189" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="197" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="201" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="203" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="207" />
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="233" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="329" />
        <source>%Ln conversation(s) found</source>
        <translation>
            <numerusform>Найдена %Ln беседа</numerusform>
            <numerusform>Найдено %Ln беседы</numerusform>
            <numerusform>Найдено %Ln бесед</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="336" />
        <source>Cannot read the search: %1</source>
        <translation>Не удалось разобрать запрос: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="339" />
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="345" />
        <source>Import mail files</source>
        <translation>Импорт файлов почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="347" />
        <source>Mail files (*.mbox *.eml *.mbx *.msg);;All files (*)</source>
        <translation>Файлы почты (*.mbox *.eml *.mbx *.msg);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="354" />
        <source>Import a Maildir or a folder of mail files</source>
        <translation>Импорт Maildir или папки с файлами почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="364" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="364" />
        <source>Please wait until the running import ends.</source>
        <translation>Пожалуйста, дождитесь окончания текущего импорта.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="403" />
        <source>Print message</source>
        <translation>Печать сообщения</translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="83" />
        <source>%n quoted line(s)</source>
        <translation>
            <numerusform>%n строка цитаты</numerusform>
            <numerusform>%n строки цитаты</numerusform>
            <numerusform>%n строк цитаты</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="135" />
        <source>Write to this address with your mail program?

%1</source>
        <translation>Написать на этот адрес в вашей почтовой программе?

%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="139" />
        <source>Open this link in your web browser?

%1</source>
        <translation>Открыть эту ссылку в вашем браузере?

%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="144" />
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
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
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="33" />
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="80" />
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="38" />
        <source>These messages could not be read. Each is kept whole, exactly as it was found, so nothing is lost. You can save the originals to look at them with another program.</source>
        <translation>Эти сообщения не удалось прочитать. Каждое хранится целиком, в точности в том виде, в каком было найдено, поэтому ничего не потеряно. Вы можете сохранить оригиналы, чтобы посмотреть их в другой программе.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="46" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="46" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="46" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="46" />
        <source>Quarantined on</source>
        <translation>Помещено в карантин</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="81" />
        <source>%Ln original(s) saved.</source>
        <translation>
            <numerusform>Сохранён %Ln оригинал.</numerusform>
            <numerusform>Сохранено %Ln оригинала.</numerusform>
            <numerusform>Сохранено %Ln оригиналов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="59" />
        <source>Quarantined messages</source>
        <translation>Сообщения в карантине</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="64" />
        <source>&amp;Save originals…</source>
        <translation>&amp;Сохранить оригиналы…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="75" />
        <source>Save the originals in</source>
        <translation>Сохранить оригиналы в папку</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="34" />
        <source>Search (%1), e.g. Antrag from:sergej date:2023</source>
        <translation>Поиск (%1), например: Antrag from:sergej date:2023</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="36" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="40" />
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="41" />
        <source>How to search</source>
        <translation>Как искать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/search_bar.py" line="46" />
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
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="30" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="39" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="40" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="43" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="44" />
        <source>Lock &amp;after inactivity:</source>
        <translation>&amp;Блокировать после простоя:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/settings_dialog.py" line="45" />
        <source>A new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="23" />
        <source>All mail (%1)</source>
        <translation>Вся почта (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="27" />
        <source>Imported from</source>
        <translation>Импортировано из</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="31" />
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
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
    <name>ThreadListModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="59" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="60" />
        <source>Correspondents</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="61" />
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="62" />
        <source>Last message</source>
        <translation>Последнее сообщение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/thread_list_model.py" line="158" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="40" />
        <source>Unlock archive</source>
        <translation>Разблокировать архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="44" />
        <source>Enter the passphrase of the archive in
%1</source>
        <translation>Введите парольную фразу архива из папки
%1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="50" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="51" />
        <source>Passphrase or recovery code</source>
        <translation>Парольная фраза или код восстановления</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="62" />
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="67" />
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="70" />
        <source>&amp;Other archive…</source>
        <translation>&amp;Другой архив…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="93" />
        <source>Please enter the passphrase.</source>
        <translation>Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="120" />
        <source>This recovery code is mistyped: a character is wrong, missing or swapped. Please compare it with your written copy.</source>
        <translation>В коде восстановления опечатка: символ неверен, пропущен или переставлен. Пожалуйста, сверьте код с записанной копией.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="124" />
        <source>Wrong passphrase or recovery code. Please try again.</source>
        <translation>Неверная парольная фраза или код восстановления. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="128" />
        <source>The archive could not be opened: %1</source>
        <translation>Не удалось открыть архив: %1</translation>
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
</TS>
