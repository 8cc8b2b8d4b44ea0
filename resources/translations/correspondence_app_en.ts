<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="90" />
        <source>%Ln message(s) stored, %1 per second, about %2 left</source>
        <translation>
            <numerusform>%Ln message stored, %1 per second, about %2 left</numerusform>
            <numerusform>%Ln messages stored, %1 per second, about %2 left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="146" />
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="147" />
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="233" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="329" />
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
        <location filename="../../correspondence_app/gui/widgets/message_browser.py" line="83" />
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
        <location filename="../../correspondence_app/gui/dialogs/quarantine_dialog.py" line="81" />
        <source>%Ln original(s) saved.</source>
        <translation>
            <numerusform>%Ln original saved.</numerusform>
            <numerusform>%Ln originals saved.</numerusform>
        </translation>
    </message>
</context>
</TS>
