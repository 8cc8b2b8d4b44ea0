<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="191" />
        <source>About Correspondence Archive</source>
        <translation>О программе Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/app.py" line="193" />
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
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="64" />
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="68" />
        <source>&amp;Later</source>
        <translation>По&amp;зже</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="68" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="96" />
        <source>The current passphrase is wrong.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/change_passphrase_dialog.py" line="98" />
        <source>The passphrase could not be changed: %1</source>
        <translation>Не удалось сменить парольную фразу: %1</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="80" />
        <source>Messages of the conversation</source>
        <translation>Сообщения беседы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="96" />
        <source>Message headers</source>
        <translation>Заголовки сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="102" />
        <source>&amp;Source</source>
        <translation>&amp;Исходный текст</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="110" />
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="117" />
        <source>Tags of the conversation</source>
        <translation>Метки переписки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="182" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="184" />
        <source>From</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="184" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="251" />
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="252" />
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="255" />
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="257" />
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="258" />
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="265" />
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="317" />
        <source>Show HT&amp;ML</source>
        <translation>Показать HT&amp;ML</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="317" />
        <source>Show &amp;plain text</source>
        <translation>Пока&amp;зать текст</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="343" />
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="348" />
        <source>&amp;Save as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="351" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="365" />
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="375" />
        <source>Open attachment</source>
        <translation>Открыть вложение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/conversation_view.py" line="377" />
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
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="92" />
        <source>C&amp;reate archive</source>
        <translation>&amp;Создать архив</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="109" />
        <source>Folder for the new archive</source>
        <translation>Папка для нового архива</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="130" />
        <source>The archive could not be created: %1</source>
        <translation>Не удалось создать архив: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="146" />
        <source>&lt;b&gt;Your recovery code&lt;/b&gt;&lt;br&gt;If you ever forget the passphrase, this code opens the archive instead. It is shown only now. Write it down or print it, and keep it apart from this computer.</source>
        <translation>&lt;b&gt;Ваш код восстановления&lt;/b&gt;&lt;br&gt;Если вы когда-нибудь забудете парольную фразу, архив можно будет открыть этим кодом. Он показывается только сейчас. Запишите или распечатайте его и храните отдельно от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="159" />
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="160" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="162" />
        <source>I have &amp;written the code down</source>
        <translation>Код &amp;записан</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/create_archive_dialog.py" line="165" />
        <source>&amp;Open the archive</source>
        <translation>&amp;Открыть архив</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="459" />
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="460" />
        <source>Signs of life</source>
        <translation>Вести</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="463" />
        <source>Nobody is watched yet. Watch the people whose silence should worry you: the overview then shows how long ago each last gave a sign of life and warns when a silence lasts longer than usual.

To watch someone, run “correspondence-app watch PERSON_ID” in a terminal; “correspondence-app people” lists the people with their ids.</source>
        <translation>Пока никто не отмечен для наблюдения. Наблюдайте за людьми, чьё молчание должно вас тревожить: обзор покажет, как давно от каждого была последняя весть, и предупредит, если молчание длится дольше обычного.

Чтобы наблюдать за человеком, выполните в терминале «correspondence-app watch PERSON_ID»; «correspondence-app people» показывает людей с их номерами.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="474" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="477" />
        <source>Letters awaiting an answer</source>
        <translation>Письма, ждущие ответа</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="475" />
        <source>No letter awaits an answer.</source>
        <translation>Ни одно письмо не ждёт ответа.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="485" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="486" />
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="487" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="488" />
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="489" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="596" />
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="490" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="562" />
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="564" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="597" />
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="598" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="599" />
        <source>Answered</source>
        <translation>Получен ответ</translation>
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
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="142" />
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln секунда</numerusform>
            <numerusform>%Ln секунды</numerusform>
            <numerusform>%Ln секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="143" />
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
        <location filename="../../correspondence_app/gui/main_window.py" line="98" />
        <source>Correspondence Archive</source>
        <translation>Correspondence Archive</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="126" />
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="205" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="208" />
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="210" />
        <source>Q&amp;uarantine…</source>
        <translation>&amp;Карантин…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="212" />
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="215" />
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="218" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="221" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="223" />
        <source>View &amp;source</source>
        <translation>&amp;Исходный текст</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="225" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="228" />
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="230" />
        <source>&amp;Settings…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="233" />
        <source>&amp;How to search</source>
        <translation>&amp;Как искать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="235" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="238" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="246" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="252" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="257" />
        <source>&amp;Organise</source>
        <translation>&amp;Упорядочить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="258" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="262" />
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="296" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="365" />
        <source>A letter sent on paper has no mail to show.</source>
        <translation>У бумажного письма нет электронной почты.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="491" />
        <source>%Ln conversation(s) found</source>
        <translation>
            <numerusform>Найдена %Ln беседа</numerusform>
            <numerusform>Найдено %Ln беседы</numerusform>
            <numerusform>Найдено %Ln бесед</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="498" />
        <source>Cannot read the search: %1</source>
        <translation>Не удалось разобрать запрос: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="501" />
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="507" />
        <source>Import mail files</source>
        <translation>Импорт файлов почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="509" />
        <source>Mail files (*.mbox *.eml *.mbx *.msg);;All files (*)</source>
        <translation>Файлы почты (*.mbox *.eml *.mbx *.msg);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="516" />
        <source>Import a Maildir or a folder of mail files</source>
        <translation>Импорт Maildir или папки с файлами почты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="526" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="526" />
        <source>Please wait until the running import ends.</source>
        <translation>Пожалуйста, дождитесь окончания текущего импорта.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/main_window.py" line="565" />
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
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="136" />
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
        <location filename="../../correspondence_app/gui/organising.py" line="28" />
        <source>&amp;Undo tagging</source>
        <translation>&amp;Отменить пометку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="30" />
        <source>&amp;Add tag…</source>
        <translation>&amp;Добавить метку…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="32" />
        <source>Save &amp;search…</source>
        <translation>&amp;Сохранить поиск…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="34" />
        <source>&amp;Rules…</source>
        <translation>&amp;Правила…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="35" />
        <source>&amp;Topic suggestions…</source>
        <translation>&amp;Предложения тем…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="66" />
        <source>Type a search first, then save it.</source>
        <translation>Сначала введите поиск, затем сохраните его.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="69" />
        <location filename="../../correspondence_app/gui/organising.py" line="76" />
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/organising.py" line="69" />
        <source>Name for “%1”:</source>
        <translation>Название для «%1»:</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="61" />
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="64" />
        <source>&amp;Mail</source>
        <translation>&amp;Почта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="144" />
        <source>%1: %Ln day(s) without a sign of life</source>
        <translation>
            <numerusform>%1: %Ln день без вестей</numerusform>
            <numerusform>%1: %Ln дня без вестей</numerusform>
            <numerusform>%1: %Ln дней без вестей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="148" />
        <source>A letter waits for an answer past its deadline</source>
        <translation>Письмо ждёт ответа дольше срока</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="150" />
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(и ещё %Ln)</numerusform>
            <numerusform>(и ещё %Ln)</numerusform>
            <numerusform>(и ещё %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/overview.py" line="151" />
        <source>— open the overview (Ctrl+1)</source>
        <translation>— открыть обзор (Ctrl+1)</translation>
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
    <name>PersonCard</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="278" />
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="281" />
        <source>No sign of life yet</source>
        <translation>Вестей пока нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="280" />
        <source>Watched for %Ln day(s)</source>
        <translation>
            <numerusform>Под наблюдением %Ln день</numerusform>
            <numerusform>Под наблюдением %Ln дня</numerusform>
            <numerusform>Под наблюдением %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="285" />
        <source>day(s) since the last sign of life</source>
        <translation>
            <numerusform>день с последней вести</numerusform>
            <numerusform>дня с последней вести</numerusform>
            <numerusform>дней с последней вести</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="289" />
        <source>Last sign: %1, %2 (%3)</source>
        <translation>Последняя весть: %1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="294" />
        <source>%Ln day(s) since the last sign of life</source>
        <translation>
            <numerusform>%Ln день с последней вести</numerusform>
            <numerusform>%Ln дня с последней вести</numerusform>
            <numerusform>%Ln дней с последней вести</numerusform>
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
        <translation>Как обычно</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="323" />
        <source>Longer than usual</source>
        <translation>Дольше обычного</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="324" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="329" />
        <source>E-mail</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="330" />
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="331" />
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="332" />
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="333" />
        <source>Through someone else</source>
        <translation>Через другого человека</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="334" />
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="335" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="341" />
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Обычно каждый %Ln день</numerusform>
            <numerusform>Обычно каждые %Ln дня</numerusform>
            <numerusform>Обычно каждые %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="342" />
        <source>overdue after %Ln day(s)</source>
        <translation>
            <numerusform>просрочено после %Ln дня</numerusform>
            <numerusform>просрочено после %Ln дней</numerusform>
            <numerusform>просрочено после %Ln дней</numerusform>
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
    <name>RulesDialog</name>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="73" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="86" />
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="79" />
        <source>A rule is a saved search: the messages it finds get its tags. Ticked rules also tag every new import.</source>
        <translation>Правило — это сохранённый поиск: найденные сообщения получают его метки. Отмеченные правила также помечают каждый новый импорт.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="87" />
        <source>Ticked rules tag every new import</source>
        <translation>Отмеченные правила помечают каждый новый импорт</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="89" />
        <source>Ne&amp;w rule</source>
        <translation>Но&amp;вое правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="91" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="93" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="310" />
        <source>Delete rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="97" />
        <source>Rule name</source>
        <translation>Название правила</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="98" />
        <source>e.g. Asylum case</source>
        <translation>например, Дело об убежище</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="101" />
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="102" />
        <source>e.g. from:sergej Antrag</source>
        <translation>например, from:sergej Antrag</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="105" />
        <source>Query problem</source>
        <translation>Ошибка в запросе</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="108" />
        <source>Tags to add</source>
        <translation>Добавляемые метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="109" />
        <source>Comma-separated, e.g. Asylum, Offices/Embassy</source>
        <translation>Через запятую, например: Убежище, Ведомства/Посольство</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="114" />
        <source>Apply to new &amp;imports</source>
        <translation>Применять к новым &amp;импортам</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="118" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="120" />
        <source>Save rule</source>
        <translation>Сохранить правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="121" />
        <source>&amp;Preview</source>
        <translation>П&amp;редпросмотр</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="123" />
        <source>Count the messages the rule would tag</source>
        <translation>Подсчитать сообщения, которые правило пометит</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="124" />
        <source>&amp;Apply to the whole archive</source>
        <translation>Применить ко &amp;всему архиву</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="126" />
        <source>&amp;Undo last apply</source>
        <translation>&amp;Отменить последнее применение</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="130" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="135" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="137" />
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="174" />
        <source>&amp;Rules:</source>
        <translation>&amp;Правила:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="187" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="188" />
        <source>&amp;Query:</source>
        <translation>&amp;Запрос:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="191" />
        <source>&amp;Tags to add:</source>
        <translation>&amp;Добавить метки:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="266" />
        <source>Off: new imports do not get its tags</source>
        <translation>Выключено: новые импорты не получают его метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="286" />
        <source>The rule could not be switched: %1</source>
        <translation>Не удалось переключить правило: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="312" />
        <source>Delete the rule “%1”?

The tags it gave stay on the messages; new imports no longer get them.</source>
        <translation>Удалить правило «%1»?

Поставленные им метки останутся на сообщениях; новые импорты их больше не получат.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="323" />
        <source>The rule could not be deleted: %1</source>
        <translation>Не удалось удалить правило: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="334" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="334" />
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="366" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="395" />
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="483" />
        <source>Cannot read the query: %1</source>
        <translation>Не удаётся прочитать запрос: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="369" />
        <source>Save the changes to preview or apply the rule.</source>
        <translation>Сохраните изменения, чтобы посмотреть или применить правило.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="377" />
        <source>Please give the rule a name.</source>
        <translation>Дайте правилу название.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="380" />
        <source>Please enter a query: the messages it finds get the tags.</source>
        <translation>Введите запрос: найденные сообщения получат метки.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="383" />
        <source>Please name at least one tag to add.</source>
        <translation>Укажите хотя бы одну метку.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="398" />
        <source>The rule could not be saved: %1</source>
        <translation>Не удалось сохранить правило: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="404" />
        <source>Rule saved.</source>
        <translation>Правило сохранено.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="456" />
        <source>%1 messages match; %2 would get a tag</source>
        <translation>Подходят сообщений: %1; получат метку: %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="465" />
        <source>%1 messages got a tag</source>
        <translation>Получили метку сообщений: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="473" />
        <source>%1 messages changed back</source>
        <translation>Возвращено сообщений: %1</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/rules_dialog.py" line="485" />
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
    <name>Sidebar</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="37" />
        <source>Folders, tags and dates</source>
        <translation>Папки, метки и даты</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="112" />
        <source>&amp;New tag…</source>
        <translation>&amp;Новая метка…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="115" />
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="117" />
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="119" />
        <source>&amp;Merge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="122" />
        <source>&amp;Delete tag</source>
        <translation>&amp;Удалить метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="127" />
        <source>&amp;Merge into one of my tags…</source>
        <translation>&amp;Объединить с моей меткой…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="131" />
        <source>&amp;Drop this folder's tag</source>
        <translation>&amp;Убрать метку этой папки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="137" />
        <source>&amp;Delete saved search</source>
        <translation>&amp;Удалить сохранённый поиск</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="151" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="159" />
        <source>New tag</source>
        <translation>Новая метка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="159" />
        <source>Name (use / to nest, e.g. Authorities/Embassy):</source>
        <translation>Название (/ для вложенных, например Ведомства/Посольство):</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="168" />
        <source>Rename tag</source>
        <translation>Переименовать метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="169" />
        <source>New name for “%1”:</source>
        <translation>Новое название для «%1»:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="177" />
        <source>Tag colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="189" />
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="195" />
        <source>Merge tags</source>
        <translation>Объединить метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="190" />
        <source>Create a tag of your own to merge into first.</source>
        <translation>Сначала создайте собственную метку, с которой можно объединить.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="196" />
        <source>Give every message of “%1” the tag:</source>
        <translation>Дать всем сообщениям с «%1» метку:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="209" />
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/sidebar.py" line="210" />
        <source>Remove “%1” from every message? The messages themselves stay.</source>
        <translation>Снять «%1» со всех сообщений? Сами сообщения останутся.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="68" />
        <source>All mail (%1)</source>
        <translation>Вся почта (%1)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="72" />
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="81" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="85" />
        <source>(none yet: tag conversations from their menu)</source>
        <translation>(пока нет: помечайте переписки через их меню)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="92" />
        <source>Imported from</source>
        <translation>Импортировано из</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/models/sidebar_model.py" line="123" />
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
</context>
<context>
    <name>SignsChart</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="68" />
        <source>Signs of life per month</source>
        <translation>Вести по месяцам</translation>
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
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="36" />
        <source>&amp;Add tag…</source>
        <translation>&amp;Добавить метку…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="41" />
        <source>&amp;Remove tag</source>
        <translation>&amp;Снять метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="69" />
        <source>Add tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="60" />
        <source>Tag for %Ln conversation(s) (a new name creates the tag):</source>
        <translation>
            <numerusform>Метка для %Ln переписки (новое название создаёт метку):</numerusform>
            <numerusform>Метка для %Ln переписок (новое название создаёт метку):</numerusform>
            <numerusform>Метка для %Ln переписок (новое название создаёт метку):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="89" />
        <source>Tagged %Ln message(s) “%1”</source>
        <translation>
            <numerusform>Метка «%1» поставлена на %Ln сообщение</numerusform>
            <numerusform>Метка «%1» поставлена на %Ln сообщения</numerusform>
            <numerusform>Метка «%1» поставлена на %Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="97" />
        <source>Removed “%1” from %Ln message(s)</source>
        <translation>
            <numerusform>«%1» снята с %Ln сообщения</numerusform>
            <numerusform>«%1» снята с %Ln сообщений</numerusform>
            <numerusform>«%1» снята с %Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="105" />
        <source>Undid the last tagging: %Ln message(s) changed back</source>
        <translation>
            <numerusform>Последняя пометка отменена: возвращено %Ln сообщение</numerusform>
            <numerusform>Последняя пометка отменена: возвращено %Ln сообщения</numerusform>
            <numerusform>Последняя пометка отменена: возвращено %Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="112" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="115" />
        <source>Nothing to change</source>
        <translation>Нечего менять</translation>
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
        <location filename="../../correspondence_app/gui/widgets/timeline_panel.py" line="79" />
        <source>Only %1 to %2</source>
        <translation>Только с %1 по %2</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="62" />
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="65" />
        <source>Messages received and sent per period. Drag across the bars to choose a period; Escape or a double-click clears the choice.</source>
        <translation>Полученные и отправленные сообщения по периодам. Протяните по столбцам, чтобы выбрать период; Esc или двойной щелчок снимает выбор.</translation>
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
        <translation>Неделя %1, %2</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="197" />
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: получено %2, отправлено %3</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="320" />
        <source>No dated messages</source>
        <translation>Нет сообщений с датой</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="479" />
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/widgets/timeline_view.py" line="479" />
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
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="54" />
        <source>Reading the conversations… %p%</source>
        <translation>Чтение переписок… %p%</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="55" />
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="58" />
        <source>Suggested topics</source>
        <translation>Предложенные темы</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="64" />
        <source>Name of the tag, e.g. Asyl/Anträge</source>
        <translation>Название метки, например Убежище/Заявления</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="66" />
        <source>Also tag new mail with these words (a rule)</source>
        <translation>Помечать и новую почту с этими словами (правило)</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="67" />
        <source>&amp;Accept as tag</source>
        <translation>&amp;Принять как метку</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="69" />
        <source>&amp;Dismiss</source>
        <translation>От&amp;клонить</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="75" />
        <source>Words:</source>
        <translation>Слова:</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="76" />
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="138" />
        <source>%1 (%Ln conversation(s))</source>
        <translation>
            <numerusform>%1 (%Ln переписка)</numerusform>
            <numerusform>%1 (%Ln переписки)</numerusform>
            <numerusform>%1 (%Ln переписок)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="146" />
        <source>Stopped. Open the suggestions again to look anew.</source>
        <translation>Остановлено. Откройте предложения снова, чтобы начать заново.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="149" />
        <source>No suggestions: every conversation has a tag, or too few share words.</source>
        <translation>Нет предложений: у всех переписок есть метки или слишком мало общих слов.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="160" />
        <source>The suggestions could not be made: %1</source>
        <translation>Не удалось составить предложения: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="200" />
        <source>Tagged %Ln message(s) “%1”.</source>
        <translation>
            <numerusform>Метка «%1» поставлена на %Ln сообщение.</numerusform>
            <numerusform>Метка «%1» поставлена на %Ln сообщения.</numerusform>
            <numerusform>Метка «%1» поставлена на %Ln сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="204" />
        <source>A rule tags new mail too.</source>
        <translation>Правило помечает и новую почту.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="215" />
        <source>“%1” will not be suggested again.</source>
        <translation>«%1» больше не будет предложено.</translation>
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
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="54" />
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="58" />
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="61" />
        <source>&amp;Other archive…</source>
        <translation>&amp;Другой архив…</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="84" />
        <source>Please enter the passphrase.</source>
        <translation>Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="111" />
        <source>This recovery code is mistyped: a character is wrong, missing or swapped. Please compare it with your written copy.</source>
        <translation>В коде восстановления опечатка: символ неверен, пропущен или переставлен. Пожалуйста, сверьте код с записанной копией.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="115" />
        <source>Wrong passphrase or recovery code. Please try again.</source>
        <translation>Неверная парольная фраза или код восстановления. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../correspondence_app/gui/dialogs/unlock_dialog.py" line="119" />
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
