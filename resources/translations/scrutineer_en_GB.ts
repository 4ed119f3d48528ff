<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ActionsPage</name>
    <message numerus="yes">
        <source>%n overdue for the chosen committee (marked ⚠)</source>
        <translation>
            <numerusform>%n overdue for the chosen committee (marked ⚠)</numerusform>
            <numerusform>%n overdue for the chosen committee (marked ⚠)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message numerus="yes">
        <source>%n milestone(s) with no rating yet.</source>
        <translation>
            <numerusform>%n milestone has no rating yet.</numerusform>
            <numerusform>%n milestones have no rating yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n milestone(s) improved</source>
        <translation>
            <numerusform>▲ %n milestone improved</numerusform>
            <numerusform>▲ %n milestones improved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n worsened</source>
        <translation>
            <numerusform>▼ %n worsened</numerusform>
            <numerusform>▼ %n worsened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n action(s) completed</source>
        <translation>
            <numerusform>✓ %n action completed</numerusform>
            <numerusform>✓ %n actions completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) with a rating that should be questioned, and why.</source>
        <translation>
            <numerusform>%n milestone has a rating that should be questioned, with the reason.</numerusform>
            <numerusform>%n milestones have ratings that should be questioned, each with the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Imported %n figure(s) from %1.</source>
        <translation>
            <numerusform>Imported %n figure from %1.</numerusform>
            <numerusform>Imported %n figures from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 is intact: %n entry(s) as written.</source>
        <translation>
            <numerusform>The audit trail of %1 is intact: its %n entry is as it was written.</numerusform>
            <numerusform>The audit trail of %1 is intact: all %n entries are as they were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept document(s)</source>
        <translation>
            <numerusform>%n kept document</numerusform>
            <numerusform>%n kept documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s)</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>rising from %1 to %2 over %n month(s)</source>
        <translation>
            <numerusform>rising from %1 to %2 over %n month</numerusform>
            <numerusform>rising from %1 to %2 over %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>falling from %1 to %2 over %n month(s)</source>
        <translation>
            <numerusform>falling from %1 to %2 over %n month</numerusform>
            <numerusform>falling from %1 to %2 over %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>level from %1 to %2 over %n month(s)</source>
        <translation>
            <numerusform>level from %1 to %2 over %n month</numerusform>
            <numerusform>level from %1 to %2 over %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesImport</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s)</source>
        <translation>
            <numerusform>%n resolution</numerusform>
            <numerusform>%n resolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message numerus="yes">
        <source>%1 cannot be removed: %n milestone(s) rated %1. Give them another rating first.</source>
        <translation>
            <numerusform>%1 cannot be removed: %n milestone is rated %1. Give it another rating first.</numerusform>
            <numerusform>%1 cannot be removed: %n milestones are rated %1. Give them another rating first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n change(s) in the rating history name it, and the history is kept. Rename it or change its definition instead.</source>
        <translation>
            <numerusform>%1 cannot be removed: %n change in the rating history names it, and the history is kept. Rename it or change its definition instead.</numerusform>
            <numerusform>%1 cannot be removed: %n changes in the rating history name it, and the history is kept. Rename it or change its definition instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message numerus="yes">
        <source>%1 already holds a record (%n row(s) in %2); copy only into a new database, so that nothing there is overwritten.</source>
        <translation>
            <numerusform>%1 already holds a record (%n row in %2); copy only into a new database, so that nothing there is overwritten.</numerusform>
            <numerusform>%1 already holds a record (%n rows in %2); copy only into a new database, so that nothing there is overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) differ in all.</source>
        <translation>
            <numerusform>%1: %n row differs in all.</numerusform>
            <numerusform>%1: %n rows differ in all.</numerusform>
        </translation>
    </message>
</context>
</TS>
