<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="564" />
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
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
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="142" />
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/import_dialog.py" line="143" />
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
        <location filename="../../correspondence_app/gui/main_window.py" line="296" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/main_window.py" line="491" />
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
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="136" />
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
        <location filename="../../correspondence_app/gui/overview.py" line="144" />
        <source>%1: %Ln day(s) without a sign of life</source>
        <translation>
            <numerusform>%1: %Ln day without a sign of life</numerusform>
            <numerusform>%1: %Ln days without a sign of life</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/overview.py" line="150" />
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(and %Ln more)</numerusform>
            <numerusform>(and %Ln more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="280" />
        <source>Watched for %Ln day(s)</source>
        <translation>
            <numerusform>Watched for %Ln day</numerusform>
            <numerusform>Watched for %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="285" />
        <source>day(s) since the last sign of life</source>
        <translation>
            <numerusform>day since the last sign of life</numerusform>
            <numerusform>days since the last sign of life</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="294" />
        <source>%Ln day(s) since the last sign of life</source>
        <translation>
            <numerusform>%Ln day since the last sign of life</numerusform>
            <numerusform>%Ln days since the last sign of life</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="341" />
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Usually every day</numerusform>
            <numerusform>Usually every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/dashboard.py" line="342" />
        <source>overdue after %Ln day(s)</source>
        <translation>
            <numerusform>overdue after %Ln day</numerusform>
            <numerusform>overdue after %Ln days</numerusform>
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
<context>
    <name>ThreadTagger</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="60" />
        <source>Tag for %Ln conversation(s) (a new name creates the tag):</source>
        <translation>
            <numerusform>Tag for %Ln conversation (a new name creates the tag):</numerusform>
            <numerusform>Tag for %Ln conversations (a new name creates the tag):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="89" />
        <source>Tagged %Ln message(s) “%1”</source>
        <translation>
            <numerusform>Tagged %Ln message “%1”</numerusform>
            <numerusform>Tagged %Ln messages “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="97" />
        <source>Removed “%1” from %Ln message(s)</source>
        <translation>
            <numerusform>Removed “%1” from %Ln message</numerusform>
            <numerusform>Removed “%1” from %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/widgets/tag_menu.py" line="105" />
        <source>Undid the last tagging: %Ln message(s) changed back</source>
        <translation>
            <numerusform>Undid the last tagging: %Ln message changed back</numerusform>
            <numerusform>Undid the last tagging: %Ln messages changed back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="138" />
        <source>%1 (%Ln conversation(s))</source>
        <translation>
            <numerusform>%1 (%Ln conversation)</numerusform>
            <numerusform>%1 (%Ln conversations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../correspondence_app/gui/dialogs/topics_dialog.py" line="200" />
        <source>Tagged %Ln message(s) “%1”.</source>
        <translation>
            <numerusform>Tagged %Ln message “%1”.</numerusform>
            <numerusform>Tagged %Ln messages “%1”.</numerusform>
        </translation>
    </message>
</context>
</TS>
