<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="208"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="302"/>
        <source>%n conversation(s) found</source>
        <translation>
            <numerusform>%n conversation found</numerusform>
            <numerusform>%n conversations found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBrowser</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="83"/>
        <source>%n quoted line(s)</source>
        <translation>
            <numerusform>%n quoted line</numerusform>
            <numerusform>%n quoted lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="81"/>
        <source>%n original(s) saved.</source>
        <translation>
            <numerusform>%n original saved.</numerusform>
            <numerusform>%n originals saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="147"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="148"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
