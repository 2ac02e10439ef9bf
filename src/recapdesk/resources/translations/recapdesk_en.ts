<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CompliancePanel</name>
    <message numerus="yes">
        <location filename="../../ui/window/compliance_panel.py" line="+245"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishConfirmDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/publish_dialog.py" line="+85"/>
        <source>%n picture(s) of the article</source>
        <translation>
            <numerusform>%n picture of the article</numerusform>
            <numerusform>%n pictures of the article</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTableEditor</name>
    <message numerus="yes">
        <location filename="../../ui/forms/widgets/record_table_editor.py" line="+178"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestimonialPeopleEditor</name>
    <message numerus="yes">
        <location filename="../../ui/forms/tabs/testimonial_people.py" line="+250"/>
        <source>Duplicate %n person(s)</source>
        <translation>
            <numerusform>Duplicate %n person</numerusform>
            <numerusform>Duplicate %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Move %n person(s)</source>
        <translation>
            <numerusform>Move %n person</numerusform>
            <numerusform>Move %n people</numerusform>
        </translation>
    </message>
</context>
</TS>
