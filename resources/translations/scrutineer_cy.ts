<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>ActionLogExport</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionLogModel</name>
    <message>
        <source>%1 (exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due %1, yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due %1, %2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action status. Choose open, in progress, done or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress note needs some text: say what has happened since the last update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action no longer exists: someone may have removed it. Refresh the action log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs its text: say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in &amp;14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comm&amp;ittee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeti&amp;ng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overdue actions by owner: a printable list and an e-mail draft per owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 becomes &quot;%2&quot;. What has happened? (Recorded with today&apos;s date.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Action Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the actions the filters select as an Excel workbook or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chase Overdue Actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Action Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log %1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a committee to filter by one of its meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed after %1 and by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue for the chosen committee (marked ⚠)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action to see its progress history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Update to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Scrutiny of a children&apos;s services improvement plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of every page in DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting at the top of the window first: the pack is made for one meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public pack: exempt (Part 2) items are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidential pack: includes exempt items, every page marked &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack %1%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack saved to %1 (open it from there to read or print it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack includes exempt (Part 2) items. Keep it secure and do not share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public pack: exempt (Part 2) items are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1 from the Scrutineer database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Part 2 – exempt]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items have been recorded for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One exempt (Part 2) item is not included in this public pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exempt (Part 2) items are not included in this public pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement plan is recorded for this committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 milestone on track, %1 not (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 milestones on track, %2 not (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) with no rating yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting has passed: ratings and flags are shown as recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by priority (each bar shows the rating letter and the number of milestones):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the committee&apos;s first meeting on record, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>▲ %n milestone(s) improved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n worsened</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n action(s) completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating needs questioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) with a rating that should be questioned, and why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it should be questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action was open on the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open action, overdue on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open action, not overdue on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open actions, %2 of them overdue on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key figures have been entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest figure of each key indicator, its last twelve months (the shaded band is the target) and its rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · briefing pack for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL – NOT FOR PUBLICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id %1. Choose one of the meetings listed by &quot;scrutineer list meetings&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing pack could not be started on this printer or file. Check that it is available and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing pack could not be written to %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing pack could not be saved as %1: %2. Check the disk has space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has no meetings to put in a calendar. Check the committee number (scrutineer list committees) or add its meetings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no meetings to put in a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the calendar to %1 (%2). Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRatingDialog</name>
    <message>
        <source>Change Rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rating changes, and the evidence behind it (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you looked at: a report, figures, a visit (required for a review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the rating it has: saving records a review that confirms it, with the evidence you looked at. It is not a change of rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving changes the rating; the change is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChaseDialog</name>
    <message>
        <source>Chase Overdue Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address is recorded for this owner: the draft will have no recipient. An administrator adds it under File ▸ People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail Owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save E-mail Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save E-mail Drafts To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save E-mail Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 draft saved. Open it in your mail program, check it and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drafts saved. Open each in your mail program, check it and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened. Use &quot;Save E-mail Drafts…&quot; and open the saved draft in your mail program instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChaseLetters</name>
    <message>
        <source>No owner recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: overdue actions at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action log shows the following action in your name as overdue on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action log shows the following %1 actions in your name as overdue on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 action log shows the following action in your name as overdue on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 action log shows the following %2 actions in your name as overdue on %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        due %1; raised at the meeting of %2; status: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please send me a short update on %1, or a new date for completion, before the committee meets on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please send me a short update on %1, or a new date for completion, before the committee next meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With thanks,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: overdue actions by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chase-%1.eml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The meeting&apos;s id (see &quot;scrutineer list meetings&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which meeting: --meeting ID (a number; &quot;scrutineer list meetings&quot; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write %1: --out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw %1 without a graphical application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include exempt (Part 2) items; every page is marked confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include exempt (Part 2) items, marked confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this committee&apos;s (see &quot;scrutineer list committees&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--committee takes a committee&apos;s number (&quot;scrutineer list committees&quot; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions with this status: open, in progress, done, cancelled or outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only outstanding actions past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the actions raised under exempt (Part 2) items; without it they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the action log: --out actions.csv or --out actions.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is one of: open, in progress, done, cancelled, outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the calendar: --out meetings.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutineer is not installed whole: %1 is missing beside %2. Reinstall Scrutineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrutineer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, or create one with: scrutineer demo --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and 1 more error (%1 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more errors (%2 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a synthetic database of YEARS years instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the synthetic database (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to create the database: scrutineer demo --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes a number of years from 1 to 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 aside to %2: the folder may be read-only. Nothing was replaced; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database that was at %1 is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 meetings, %3 items, %4 actions, %5 milestones, %6 figures, %7 MB of minutes text in %8 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file of figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one CSV file: scrutineer import-figures --db FILE FIGURES.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: correct the lines above and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read and show; save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (one object per file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of encrypted PDFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace minutes already imported from the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: PDF or plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the minutes to import: scrutineer import [--dry-run] [--json] FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items, %3 present, %4 apologies, %5 declarations of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array, one object per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include exempt (Part 2) items and the actions raised under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutineer&apos;s window needs a display, and there is none here (DISPLAY and WAYLAND_DISPLAY are not set). Run it on the desktop, or use a verb that needs no window: scrutineer --help lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The improvement plan&apos;s id (needed only when the database holds several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan takes the plan&apos;s id, a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the --out file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the plan: --out plan.xlsx (or plan.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format must be csv or xlsx (--format csv, or --format xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was done (or the errors) as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what the import would change, field by field, and save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as CSV: Priority, Milestone, and optionally Code, Owner, Due date, Rating, Completion, Evidence. A column that is not in the file leaves its field as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one CSV file to import: scrutineer import-plan --db FILE plan.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check the name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the lines above and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would add %2 milestones, change %3 and leave %4 as they are; %5 ratings would be recorded. Nothing has been saved (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 milestones added, %3 updated, %4 unchanged; %5 ratings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date. Write it as 6 December 2016, 06/12/2016 or 2016-12-06.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of hits, best first; matched words are marked **like this** in heading and snippet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this committee (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only meetings on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only meetings on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many hits (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find: &quot;a phrase&quot;, prefix*, AND, OR, NOT (or -word), (brackets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include exempt (Part 2) items and what was raised under them; without it they are left out, as the output may be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to search for, for example: scrutineer search --db FILE &quot;caseload promise&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--committee takes a committee&apos;s id (a number); see: scrutineer list meetings --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exempt (Part 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits; the best %2 are shown (use --limit to see more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which database to check: scrutineer verify --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 is intact: %n entry(s) as written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file says it is UTF-16 text but its bytes are not (it may be cut short or damaged). Save it again from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (with a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-32 text, which Scrutineer does not read. Save it again from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (it holds zero bytes, as programs and images do), so it cannot be a CSV file. Choose the CSV file saved from the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation mark opens a cell on line %1 that is never closed, so the rest of the file would be one cell. Close the quotation, or save the file again from the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>rising from %1 to %2 over %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>falling from %1 to %2 over %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>level from %1 to %2 over %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings you should question ⚑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and due-soon actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting chosen: figures as at today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement plan is linked to this committee: there are no ratings or key figures to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 milestones of P%2 rated %3: press Enter or double-click to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;a href=&apos;on&apos;&gt;%1 on track&lt;/a&gt; · &lt;a href=&apos;not&apos;&gt;%2 not&lt;/a&gt;&lt;/b&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last meeting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1 milestones improved · ▼ %2 worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ 1 action completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 actions completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the committee&apos;s first meeting on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating needs questioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more: open the action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue on %1 (%2) and due in the 14 days after (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is overdue or due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Scrutineer database: it belongs to another program, or is damaged. It has been left exactly as it was. Open a Scrutineer database, or restore this one from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be read (%2), so it cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries no hash: it was added from outside Scrutineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries before it (after number %1) have been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow on from the entry before it: entries have been removed or put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents have been changed since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 could not be read to the end (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 has been tampered with at entry %2 (dated %3): %4. The record of changes cannot be trusted from then on%5. The data itself can still be read; keep a copy of this file for whoever investigates, and compare it with a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the entries up to %1 are as they were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a database in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 is read-only for you. Choose a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: you lack permission. Ask whoever manages the file for access, or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only for you (the file, or its folder %2), so it has been opened for reading only: nothing can be changed or saved in it. To make changes, ask whoever manages the file for permission to write it, or copy it to a folder of your own and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2. Check that the file is a Scrutineer database and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there, or wait a moment, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read here: it is read-only for you and SQLite cannot set up the files it reads through beside it. Copy it to a folder of your own and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was last used by a newer version of Scrutineer (database version %2; this program knows up to version %3). Open it with the newer Scrutineer; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Scrutineer and must be brought up to date before it can be read, but it is read-only for you. Copy it to a folder of your own and open the copy; the original is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration of the program is missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program or person is saving to it. Wait a moment and try again; nothing you saved before has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so this change could not be saved. Free some space and try again; what was saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only, or you lack permission). Open a copy you may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change breaks a rule of the data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change refers to a record that does not exist, or removes one that others still refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the same details already exists (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not one of those allowed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a %1 you may not change %2. Ask a clerk, an officer or your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be changed only by the person who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has been deleted by someone else. Reload to see the current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record at %2, after you opened it. Your change was not saved, so that theirs is not overwritten: reload, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record while you were saving. Reload, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record after you opened it, so it was not deleted. Reload and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program or person is saving to it. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database cannot be backed up from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be created (%2). Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed (%2); the database itself is unharmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>No indicator called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figures entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (national)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (statistical neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureImport</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line (period, team, indicator, value) and rows of figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lacks the column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lacks the columns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it reads: %1). The first line must name the columns period, team, indicator and value, separated by commas, semicolons or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month is missing; write it as 2017-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a month; write it as 2017-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team is missing; write the team&apos;s name as Scrutineer lists it under Figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no team called “%1”; write the team&apos;s name as Scrutineer lists it under Figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indicator is missing; write its key or name as the indicator catalogue gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no indicator called “%1”; write its key or name as the indicator catalogue gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; give the parts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this team&apos;s %1 for %2 is already given on an earlier line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureImportDialog</name>
    <message>
        <source>Import Figures from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line names the columns period, team, indicator and value (and, if you wish, note), in any order. Nothing is saved until you press Import, and then every row is saved or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (the header is line 1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures that would be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures that would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check that the file exists and that you may read it, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file of figures to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 error in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 errors in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: nothing can be imported until every one is put right. Correct the lines listed below in the file, save it, and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be imported, but as a %2 you may not import figures. Ask an officer or your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready to import, with no errors. Press Import to save them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read these figures; only officers and administrators enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worked out, not typed: it comes from %2. Type those figures for %3 and this one follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figures yet. Type this month&apos;s figures here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (worked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from %1; it cannot be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from %1 once they are typed for this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3
Entered by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual: far from %1 the month before, and saved without being confirmed. Check it against its source; add a comment (Shift+F2) saying why if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is far from the month before. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved, as you chose. Check it, and type it again if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” fell outside the grid or on a worked-out row. Choose the cell where the block should start, then paste again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of the %1 pasted figures is far from the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 pasted figures are far from the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose No to save none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose No to save only the other figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose No to save only the other %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). Save them all? %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out, as you chose. Type it in if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3 after %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; comment on the parts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no figure here to comment on. Type the figure first, then add its comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed this figure after you changed it, so it was not changed back. Press F5 to see the figures as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Indicator &amp;Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators, their definitions, targets and linked priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Figures from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a CSV of figures (period, team, indicator, value), then import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change the comment on the chosen figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team o&amp;r service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 figure pasted and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures pasted and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of the %1 pasted figures was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 pasted figures were not saved; the first: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The others are saved. Correct the figure and type it in, or paste again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a figure into its month and press Enter or Tab; paste a block copied from a spreadsheet with Ctrl+V; Shift+F2 adds a comment. Worked-out rows are computed from their parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read these figures; officers enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 figure imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you may write to, and a name ending in .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only officers and administrators may comment on figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; comment on the parts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no figure here to comment on. Type the figure first, then add its comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1, %2 (leave empty to remove it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Draft: held, not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct a text, owner or due date; untick what should not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row like the selected one (a person, item, resolution or action) and type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next to Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next element the importer is unsure of (F8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings from the importer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: still check the items against the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see where it is on the page. Untick anything that should not be saved; tick a suggested action to accept it. Nothing is saved until you choose Save to Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the document says: draft minutes (a draft, or the minutes of the previous meeting in an agenda pack) are saved as held, not approved. Double-click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarations of interest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: the member, what the interest is, its kind (personal, prejudicial, pecuniary) and the item it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s number as printed; double-click to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the narrative, not minuted as an action: tick to accept it as an action, leave unticked to reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importer is not sure of this: check it against the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importer is not sure of this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked to check; still compare the rows with the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 element to check first (F8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements to check first (F8 goes to the next).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as “%1”: this is the committee already in the database. Double-click to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee of this name is in the database: saving creates it. Double-click and type to choose one of the committees already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who declared the interest; double-click to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the interest is, as the minutes say it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of interest, as written: personal, prejudicial, pecuniary …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the item it concerns, when the minutes say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-text minutes: there is no page to show. Check the rows against the text you copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be shown. Check the rows against the PDF in another viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date that can be read. Write the meeting&apos;s date as Tuesday 5 March 2024 or 05/03/2024, or leave it empty if it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time that can be read. Write it as 19:00 or 7.00 pm, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a due date that can be read. Write it as 30/04/2024 or 30 April 2024, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>The indicator catalogue is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator catalogue cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogueDialog</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per 10,000 children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number (such as FTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the target band is best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G %1, A %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name, key, unit or target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (Green) from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (Green) to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance (Amber) from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance (Amber) to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (&amp;Green):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance (&amp;Amber):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A figure in the target band is rated G, in the tolerance band A, anywhere else R. Leave a bound empty for no limit on that side; leave both bands empty for a figure that is not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key indicator (shown for every team and on the dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan priorities this indicator is evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priorities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an indicator, change what needs changing and press Save. Every change is recorded with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read the catalogue; officers and administrators change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (worked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(computed from its parts, never typed; the formula cannot be changed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed (not worked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A band bound is not a number. Type a number such as 15 or 95.5, or leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form shows the indicator as it is saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (used in CSV files and formulas; lower-case letters, digits and underscores):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added. Give its definition, unit and bands, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed %1 without saving. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>%1 is worked out from its parts (%2); enter the parts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; comment on the parts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no figure of %1 for %2 to comment on. Enter the figure first, then its comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; change the parts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A band cannot start or end below 0. Correct the bound, or leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage band lies within 0–100. Correct the bound, or leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target (Green) band starts at %1, above its end %2. Swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance (Amber) band starts at %1, above its end %2. Swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance (Amber) band must include the whole target (Green) band. Widen the Amber band, or leave a bound empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a %1 you may not change the indicator catalogue: officers and administrators keep it. Ask one of them to make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator needs a name. Type one, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a unit Scrutineer knows. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether higher figures, lower figures or figures within the band are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often the figure is reported: monthly, quarterly or annually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be an indicator&apos;s key: use lower-case letters, digits and underscores, starting with a letter (for example agency_rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an indicator with the key %1. Choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorRules</name>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A figure cannot be negative: type 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage lies between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is far more than any figure of this kind (at most %2). Check the figure, and its decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies (%1) cannot exceed the established posts for the same month (%2). Check both figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established posts (%1) cannot be fewer than the vacancies for the same month (%2). Check both figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; write a figure such as 17, 66% or 1,234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a percentage, but this figure is not one; write the figure itself, without %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListQueries</name>
    <message>
        <source>There is nothing called %1 to list; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Mee&amp;ting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Minutes as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Minutes with &amp;Exempt Items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Scrutineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) – Scrutineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Scrutineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open. Use File ▸ Open Database… or File ▸ New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No database is open&lt;/h2&gt;&lt;p&gt;Open one with File ▸ Open Database… (Ctrl+O), or make a new one with File ▸ New Database… (Ctrl+N).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · signed in as %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ⚠ read-only: nothing can be changed or saved here; copy the file somewhere you may write to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutineer databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it has been opened instead of replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutineer databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutineer databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the open database. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Minutes with Exempt Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting at the top of the window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes %1%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings saved to %1 (open it with your calendar program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clerk or an administrator may import minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (*.pdf *.txt);;PDF documents (*.pdf);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Scrutineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scrutineer %1&lt;/h3&gt;&lt;p&gt;Meetings, actions, improvement-plan ratings and performance figures for the scrutiny of children&apos;s services, in one place.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public Licence, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseload*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-opted member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prejudicial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosable pecuniary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [Part 2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person and press P (present), A (apologies), X (absent), S (substitute: then type whom they replace), O (in attendance) or Delete to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected person is a substitute &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member replaced, then Enter (Escape goes back to the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers, guests and substitutes from outside the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (completes from the people known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title or capacity (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the person to the attendance (Enter in the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the item up the agenda (Alt+Up); its minute number stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the item down the agenda (Alt+Down); its minute number stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item title, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exem&amp;pt (Part 2): not for publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarations of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the declaration chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names complete from the committee&apos;s members and those at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the interest, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eclare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the declaration (Enter in the member or nature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resolution an action comes from (arrow keys); typing goes to the field below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution text, then Enter for the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action to change its text, owner or due date below; Escape goes back to making a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done (empty: the resolution&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, then Ctrl+Shift+A or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type who owns the action (names and job titles complete as you type), then Ctrl+Shift+A or Enter: the resolution chosen above becomes an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the chosen resolution an action (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 interest: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ACTION: %2 — %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs a title: type one, or undo (Ctrl+Z) to bring the old one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the member declaring the interest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1” is known: choose one of the names offered as you type, or add the person on the Attendance tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by default at the next meeting, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next meeting is scheduled: due by default %1 days after this one, the committee&apos;s usual gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing action %1: Enter saves, Escape goes back to a new action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the changes to action %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resolution to turn into an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type who owns the action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the substitute in the grid first, then press S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the member %1 replaces, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1” is known: choose one of the committee&apos;s members offered as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot substitute for themselves: type the name of the member they replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the officer or guest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the attendance sheet: select them in the grid and press a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now type the member %1 replaces, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the member %1 replaces, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item without a title (its old title is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a declaration by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a substitute for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is saved, but this was typed and not added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Cancel and press Enter in the field to add it, or Discard to close without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Without It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held, minutes to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item, resolution or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents kept with the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the details of %1 were kept, not the file itself. Import it again to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another folder, or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set to open %1. A copy is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents are kept with this meeting. Minutes imported from a PDF keep the PDF here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This committee has no meetings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [Part 2 – exempt]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from publication (Part 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneFlags</name>
    <message>
        <source>Rated on track, but its due date (%1) has passed and it is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as complete, but no evidence of completion is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating was last reviewed %1 days ago (it has not changed for %2 days), longer than the plan&apos;s review period of %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating has been neither changed nor reviewed for %1 days, longer than the plan&apos;s review period of %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated Red, but no open action is recorded to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change of rating was recorded without a rationale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesCommands</name>
    <message>
        <source>Add Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Declaration by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Declaration by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesImport</name>
    <message>
        <source>Imported minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported on %2; nothing was changed. Import it again with “replace” to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting date, attendance or agenda items were found in %1, so it was not saved. Check that it is the minutes of a meeting (a PDF, or a .txt of their text) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>minutes in draft, not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added to the meeting of %2 on %3 what it lacked: %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: saved the meeting of %2 on %3 with %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee already had a meeting on that date: both are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the meeting recorded before on that date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesParser</name>
    <message>
        <source>owner at the right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a motion recorded as carried or agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;it was agreed&quot; closing the item, with no resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnumbered heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered out of sequence, but set out like the other item headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numbered heading, in sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numbered title in title case, in sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short numbered line taken as a title, in sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no numbered items: the first heading taken as the only item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no headings: the whole text taken as one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbered agenda items were found; the document was read as a single item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date of the meeting was found in the heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee was not named in the heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date and the committee from the heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the meeting was not found in the heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of those present was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of those present under its heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPdf</name>
    <message>
        <source>%1 (substituting for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prejudicial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosable pecuniary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL – NOT FOR PUBLICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the meeting held on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the meeting held on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies for absence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declared a %2 interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarations of interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PART 2 – EXEMPT INFORMATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOLVED that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOLVED that:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting number %1. Choose a meeting that exists (scrutineer list meetings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the minutes to %1. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesRepository</name>
    <message>
        <source>Type the person&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of this meeting has been removed. Close the meeting and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member who declares the interest from the names offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesSource</name>
    <message>
        <source>%1 was not read: the PDF reader (%2) could not be started: %3. Reinstall Scrutineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: the file is probably damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: the PDF reader answered nonsense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed (the PDF reader stopped unexpectedly): the file is probably damaged, or too large to read within the memory allowed. Try a freshly downloaded copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 took longer than the %2 s allowed for %3 and was stopped: the file may be damaged or hostile. Try a freshly downloaded copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 took longer than %2 s and was stopped: the file may be damaged or hostile. Try a freshly downloaded copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF (nor plain text). Choose the minutes as a PDF or a .txt file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text. Choose the file with the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). It was probably not saved or downloaded completely; fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 of %3 MB, more than the importer reads (%4 MB): minutes are far smaller. Check that it is the right file: the minutes of one meeting, as a PDF or a .txt of their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PDF but text, too large to be minutes,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 needed more memory than the importer allows (%2 MB) and was stopped. If it is the minutes of one meeting, it is probably damaged: try a freshly downloaded copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Import it again with its password (--password), or ask its publisher for an unprotected copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password given does not open %1. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a PDF but cannot be opened: it may be damaged or incomplete. Download or export it again and import the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable pages. Download or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: the PDF reader could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has pages but no text layer: it is probably a scan. Run it through OCR (text recognition) first, then import the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>A note needs some text. Type it, or delete the note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were writing a note on has been deleted. Reload, and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesWidget</name>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen note (Edit ▸ Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note only you will see…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My notes&lt;/b&gt; on %1&lt;br&gt;&lt;small&gt;Private: only you (%2) can see them.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My notes&lt;/b&gt;&lt;br&gt;&lt;small&gt;Choose something to see or write your private notes on it.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Cha&amp;nges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Notes — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 could not be written (%2). Choose a folder you may write to, and close the file if another program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Co-opted member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, officers and others known to this database. Chase letters go to the e-mail address here and are signed with the clerk&apos;s name and job title; the briefing pack names them. Press F2 or type to change a cell; each change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, officers and others known to this database. Only an administrator may change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, job title or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new person&apos;s name, then Tab to their job title and e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Import Plan from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: new %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 field changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would add %2 milestones and change %3; %4 stay as they are; %5 ratings would be recorded in the rating history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1 field would be emptied&lt;/b&gt; (shown in red): its cell is blank in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 fields would be emptied&lt;/b&gt; (shown in red): their cells are blank in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds nothing that differs from the plan: importing it would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import; Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Priority / milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers inspection recommendations %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Rec&amp;ommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the priorities that answer an inspection recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Flagged onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the milestones whose rating should be questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Rat&amp;ing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating Scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s rating statuses (letter, colour, definition) and its review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected milestone a new rating, with the reason for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Flagged Milestones Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Plan from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update milestones from a spreadsheet saved as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as an Excel workbook or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Rating Scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement plan has been recorded. Use Plan ▸ Import Plan from CSV… to bring one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 on track, %3 not; %4 flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged ⚑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in P%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named by the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1 (%2) is answered by no priority of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1 (&lt;i&gt;%2&lt;/i&gt;) is answered by &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 milestones: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;⚑ Question this rating:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Owner:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Due:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Evidence:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;none recorded&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Done when:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;P%1 answers recommendations:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rating timeline of %1&lt;/b&gt; (newest first)&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; width=&apos;100%&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;i&gt;No change of rating is recorded.&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviewed, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i style=&apos;color:#b71c1c&apos;&gt;no rationale given&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Evidence:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;reported to the meeting of %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Plan from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check the name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the lines below in the spreadsheet and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more errors (%2 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 milestones added, %3 updated, %4 unchanged; %5 ratings recorded. Edit ▸ Undo takes the import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement-plan.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Give the reason for the new rating: members will ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has that rating: choosing it again is a review, not a change. Choose Review Rating… to confirm it with the evidence you looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only officers, clerks and administrators may review a rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the rating still stands: members will ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review needs its evidence: name what you looked at (a report, figures, a visit) that shows the rating still stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone has been removed. Refresh the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rated again by someone else since you opened it, so the rating you reviewed is not the one it has. Refresh the plan and review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That rating is no longer in the milestone&apos;s history: someone may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rated or reviewed this milestone again since, so it was not taken back: their rating stands. Change the rating again if it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n milestone(s) rated %1. Give them another rating first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n change(s) in the rating history name it, and the history is kept. Rename it or change its definition instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no improvement plan to change. Import or create a plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating scheme needs at least one status. Add one before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review period must be between 1 and 3650 days. Enter the days within which every rating should be looked at again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 (%2) needs a letter of one to three characters: a rating is never shown by colour alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 (%2) needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of %1 is not a colour (#rrggbb). Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 is used twice. Give each status its own letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is used twice. Give each status its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status %1 has been removed by someone else. Close the rating scheme, open it again and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSpreadsheet</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds several improvement plans: %1. Say which one to use by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a %1 you may not change the improvement plan. Ask a clerk or an officer to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Save the plan from the spreadsheet as CSV, with the column names on the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 must name the columns, and Priority and Milestone are needed (found: %2). The other columns Scrutineer reads are Code, Owner, Due date, Rating, Completion and Evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns were not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no improvement plan number %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the priority is empty; give its number (for example 2, or 2. Caseloads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the priority &quot;%1&quot; has no number; write it as 2, or 2. Caseloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the milestone is empty; give its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 is also used on line %2; each milestone needs its own code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date &quot;%1&quot; is not a date; write it as 31/03/2017 or 31 March 2017.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating &quot;%1&quot; cannot be kept: the plan has no rating scheme yet. Set one up under Plan ▸ Rating scheme, or leave the Rating column empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating &quot;%1&quot; is not one of the plan&apos;s ratings (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the completion &quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the milestone &quot;%2&quot; is also on line %3 under the same priority; give them codes to keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names the columns but holds no milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue, Green, Amber, Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan had no rating scheme, so Blue, Green, Amber and Red were set up; change them under Plan ▸ Rating scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: adds %2 “%3” under priority %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: changes %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Type its password to import it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password does not open %1. Check it (capitals count) and type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting Already Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 already has a meeting recorded on %2 (%3 items, %4). What should be done with the minutes in %5?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes in draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge adds to that meeting what it lacks (people, items, resolutions, actions); Replace deletes it and saves these minutes instead; Keep Both saves a second meeting on the same date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not read (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported on %2. Replace that meeting with this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not saved (cancelled at review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your corrections are kept: deal with the cause, then choose Save to Database again, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingSchemeDialog</name>
    <message>
        <source>Rating Scheme of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Rating Scheme of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this plan&apos;s milestones are rated, best first. You may read the scheme; clerks, officers and administrators change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this plan&apos;s milestones are rated, best first: the last status is treated as Red (a flag is raised when it has no open action). Every status needs a letter, so that a rating never depends on colour alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as on track (on target) in the summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means the milestone is complete: a flag is raised when no evidence is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones rated with this status now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating unchanged for longer than this is flagged for members to question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating unchanged for longer is flagged for members to question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether other plans use this scheme could not be checked (%1). Close the dialog and open it again before changing the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (this plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This scheme is used by %1 plans: %2; it rates the milestones of all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This scheme is used by %1 plans: %2; a change applies to all of them (the review period below is this plan&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones rated with this status now, in all %1 plans that use the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save for All %1 Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving changes the rating scheme of every plan named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click, or press Colour…, to choose the colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new status a letter, a name, a colour and a definition, then put it in order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search minutes, resolutions, actions and milestones: words, &quot;a phrase&quot;, foster*, OR, NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Words: all must appear (&lt;i&gt;caseload review&lt;/i&gt;).&lt;br&gt;&quot;Quotation marks&quot; find a phrase (&lt;i&gt;&quot;caseload promise&quot;&lt;/i&gt;).&lt;br&gt;A star finds word beginnings (&lt;i&gt;recruit*&lt;/i&gt;).&lt;br&gt;OR finds either (&lt;i&gt;fostering OR adoption&lt;/i&gt;); NOT or a minus leaves words out (&lt;i&gt;agency NOT apologies&lt;/i&gt;, &lt;i&gt;-apologies&lt;/i&gt;).&lt;br&gt;Brackets group: &lt;i&gt;(fostering OR adoption) sufficiency&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommittee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items and resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every minute, resolution, action and milestone. Put a phrase in quotation marks, end a word with * to find words that start with it, and use OR and NOT in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches with these filters. Try all committees, a wider date range, or fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, a word&apos;s beginning with * (recruit*), or OR between alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches; the best %2 are shown, best first. Narrow the search with more words or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match. Press Enter or double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches, best first. Press Enter or double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>The closing quotation mark was missing, so the words after the opening one were searched for as a phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND and OR need a word on each side (for example: fostering OR adoption); the one without was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brackets did not pair up, so they were matched as well as could be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT needs a word after it (for example: caseload NOT agency); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to look for as well as what to leave out: for example, caseload NOT agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word or a phrase to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be understood. Put phrases in quotation marks, write AND, OR and NOT in capitals between words, and pair every bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no search index yet. Open it once with this version of Scrutineer to build it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt item (Part 2): not for publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been taken off the list of steps to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Due Date of Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Owner of Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rated again by someone else since, so the rating was not put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>“%1” is not an e-mail address. Type one such as name@council.gov.uk, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change people&apos;s names, job titles and e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the login name the person signs in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only administrator. Make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each login name stands for a person and has a role. Members read and keep private notes; clerks record meetings and actions; officers update ratings and figures; administrators may do everything, including this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the login %1? Their notes stay in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
