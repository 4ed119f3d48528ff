<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>ActionLogExport</name>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Diweddariad diwethaf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Pwyllgor</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Log camau gweithredu</translation>
    </message>
</context>
<context>
    <name>ActionLogModel</name>
    <message>
        <source>%1 (exempt)</source>
        <translation>%1 (eithriedig)</translation>
    </message>
    <message>
        <source>Overdue: due %1, yesterday</source>
        <translation>Yn hwyr: i fod erbyn %1, ddoe</translation>
    </message>
    <message>
        <source>Overdue: due %1, %2 days ago</source>
        <translation>Yn hwyr: i fod erbyn %1, %2 diwrnod yn ôl</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Cyf</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Diweddariad diwethaf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Pwyllgor</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canslwyd</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Heb ei gwblhau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action status. Choose open, in progress, done or cancelled.</source>
        <translation>Nid yw &quot;%1&quot; yn statws cam gweithredu. Dewiswch Agored, Ar y gweill, Gwnaed neu Canslwyd.</translation>
    </message>
    <message>
        <source>A progress note needs some text: say what has happened since the last update.</source>
        <translation>Mae angen testun ar nodyn cynnydd: dywedwch beth sydd wedi digwydd ers y diweddariad diwethaf.</translation>
    </message>
    <message>
        <source>The action no longer exists: someone may have removed it. Refresh the action log.</source>
        <translation>Nid yw&apos;r cam gweithredu yn bodoli mwyach: efallai fod rhywun wedi&apos;i ddileu. Adnewyddwch y log camau gweithredu.</translation>
    </message>
    <message>
        <source>An action needs its text: say what is to be done.</source>
        <translation>Mae angen testun ar gam gweithredu: dywedwch beth sydd i&apos;w wneud.</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>no due date</source>
        <translation>dim dyddiad cau</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Heb ei gwblhau</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Yn &amp;hwyr</translation>
    </message>
    <message>
        <source>Due in &amp;14 days</source>
        <translation>Erbyn ymhen &amp;14 diwrnod</translation>
    </message>
    <message>
        <source>Comm&amp;ittee:</source>
        <translation>Pwy&amp;llgor:</translation>
    </message>
    <message>
        <source>Meeti&amp;ng:</source>
        <translation>Cyfarfo&amp;d:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Pe&amp;rchennog:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Chase…</source>
        <translation>Atgoffa…</translation>
    </message>
    <message>
        <source>The overdue actions by owner: a printable list and an e-mail draft per owner</source>
        <translation>Y camau gweithredu hwyr fesul perchennog: rhestr i&apos;w hargraffu a drafft e-bost i bob perchennog</translation>
    </message>
    <message>
        <source>Progress Note</source>
        <translation>Nodyn Cynnydd</translation>
    </message>
    <message>
        <source>Action %1 becomes &quot;%2&quot;. What has happened? (Recorded with today&apos;s date.)</source>
        <translation>Daw cam gweithredu %1 yn &quot;%2&quot;. Beth sydd wedi digwydd? (Fe&apos;i cofnodir gyda dyddiad heddiw.)</translation>
    </message>
    <message>
        <source>Add &amp;Update…</source>
        <translation>Ychwanegu Diw&amp;eddariad…</translation>
    </message>
    <message>
        <source>Action Log</source>
        <translation>Log Camau Gweithredu</translation>
    </message>
    <message>
        <source>&amp;Export Action Log…</source>
        <translation>&amp;Allforio&apos;r Log Camau Gweithredu…</translation>
    </message>
    <message>
        <source>Save the actions the filters select as an Excel workbook or CSV file</source>
        <translation>Cadw&apos;r camau gweithredu a ddewisir gan yr hidlwyr fel llyfr gwaith Excel neu ffeil CSV</translation>
    </message>
    <message>
        <source>&amp;Chase Overdue Actions…</source>
        <translation>Atgoffa am Gamau Gweithredu &amp;Hwyr…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau Gweithredu</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Ca&amp;mau Gweithredu</translation>
    </message>
    <message>
        <source>Export Action Log</source>
        <translation>Allforio&apos;r Log Camau Gweithredu</translation>
    </message>
    <message>
        <source>Action log %1.xlsx</source>
        <translation>Log camau gweithredu %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Llyfr gwaith Excel (*.xlsx);;CSV, wedi&apos;i wahanu gan atalnodau (*.csv)</translation>
    </message>
    <message>
        <source>1 action saved to %1</source>
        <translation>Cadwyd 1 cam gweithredu yn %1</translation>
    </message>
    <message>
        <source>%1 actions saved to %2</source>
        <translation>Cadwyd %1 cam gweithredu yn %2</translation>
    </message>
    <message>
        <source>Every committee</source>
        <translation>Pob pwyllgor</translation>
    </message>
    <message>
        <source>Any meeting</source>
        <translation>Unrhyw gyfarfod</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Choose a committee to filter by one of its meetings</source>
        <translation>Dewiswch bwyllgor i hidlo yn ôl un o&apos;i gyfarfodydd</translation>
    </message>
    <message>
        <source>completed after %1 and by %2</source>
        <translation>wedi&apos;u cwblhau ar ôl %1 ac erbyn %2</translation>
    </message>
    <message>
        <source>1 action shown</source>
        <translation>Yn dangos 1 cam gweithredu</translation>
    </message>
    <message>
        <source>%1 actions shown</source>
        <translation>Yn dangos %1 cam gweithredu</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue for the chosen committee (marked ⚠)</source>
        <translation>
            <numerusform>%n yn hwyr i&apos;r pwyllgor a ddewiswyd (wedi&apos;u nodi â ⚠)</numerusform>
            <numerusform>%n yn hwyr i&apos;r pwyllgor a ddewiswyd (wedi&apos;u nodi â ⚠)</numerusform>
            <numerusform>%n yn hwyr i&apos;r pwyllgor a ddewiswyd (wedi&apos;u nodi â ⚠)</numerusform>
            <numerusform>%n yn hwyr i&apos;r pwyllgor a ddewiswyd (wedi&apos;u nodi â ⚠)</numerusform>
            <numerusform>%n yn hwyr i&apos;r pwyllgor a ddewiswyd (wedi&apos;u nodi â ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>as at %1</source>
        <translation>fel ar %1</translation>
    </message>
    <message>
        <source>Choose an action to see its progress history.</source>
        <translation>Dewiswch gam gweithredu i weld hanes ei gynnydd.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Perchennog: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Erbyn: %1</translation>
    </message>
    <message>
        <source>no date set</source>
        <translation>dim dyddiad wedi&apos;i osod</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
    <message>
        <source>Raised at the meeting of %1</source>
        <translation>Codwyd yng nghyfarfod %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>No update recorded yet.</source>
        <translation>Dim diweddariad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Add Update to %1</source>
        <translation>Ychwanegu Diweddariad at %1</translation>
    </message>
    <message>
        <source>Add Update</source>
        <translation>Ychwanegu Diweddariad</translation>
    </message>
    <message>
        <source>Chase</source>
        <translation>Atgoffa</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Log camau gweithredu</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Hanes y cynnydd</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>improvement plan</source>
        <translation>cynllun gwella</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>ffigurau</translation>
    </message>
    <message>
        <source>action log</source>
        <translation>log camau gweithredu</translation>
    </message>
    <message>
        <source>search</source>
        <translation>chwilio</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>dangosfwrdd</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>cofnodion</translation>
    </message>
    <message>
        <source>minutes of %1</source>
        <translation>cofnodion %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Scrutiny of a children&apos;s services improvement plan.</source>
        <translation>Craffu ar gynllun gwella gwasanaethau plant.</translation>
    </message>
    <message>
        <source>Save a screenshot of every page in DIR, then quit.</source>
        <translation>Cadw llun sgrin o bob tudalen yn CYFEIRIADUR, yna gadael.</translation>
    </message>
    <message>
        <source>Open FILE, or a server&apos;s postgresql://user@host[:port]/dbname.</source>
        <translation>Agor FFEIL, neu gronfa ddata ar weinydd: postgresql://defnyddiwr@gwesteiwr[:porth]/cronfa.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Pecyn briffio</translation>
    </message>
    <message>
        <source>Choose a meeting at the top of the window first: the pack is made for one meeting.</source>
        <translation>Dewiswch gyfarfod ar frig y ffenestr yn gyntaf: gwneir y pecyn ar gyfer un cyfarfod.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Public pack: exempt (Part 2) items are left out</source>
        <translation>Pecyn &amp;cyhoeddus: gadewir eitemau eithriedig (Rhan 2) allan</translation>
    </message>
    <message>
        <source>&amp;Confidential pack: includes exempt items, every page marked &quot;%1&quot;</source>
        <translation>Pecyn &amp;cyfrinachol: yn cynnwys eitemau eithriedig, pob tudalen wedi&apos;i marcio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Briefing pack %1%2.pdf</source>
        <translation>Pecyn briffio %1%2.pdf</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (cyfrinachol)</translation>
    </message>
    <message>
        <source>Save the briefing pack</source>
        <translation>Cadw&apos;r pecyn briffio</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Briefing pack saved to %1 (open it from there to read or print it)</source>
        <translation>Cadwyd y pecyn briffio yn %1 (agorwch ef oddi yno i&apos;w ddarllen neu ei argraffu)</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>Briefing pack</source>
        <translation>Pecyn briffio</translation>
    </message>
    <message>
        <source>This pack includes exempt (Part 2) items. Keep it secure and do not share it.</source>
        <translation>Mae&apos;r pecyn hwn yn cynnwys eitemau eithriedig (Rhan 2). Cadwch ef yn ddiogel a pheidiwch â&apos;i rannu.</translation>
    </message>
    <message>
        <source>Public pack: exempt (Part 2) items are left out.</source>
        <translation>Pecyn cyhoeddus: gadewir eitemau eithriedig (Rhan 2) allan.</translation>
    </message>
    <message>
        <source>Improvement plan: %1</source>
        <translation>Cynllun gwella: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 from the Scrutineer database.</source>
        <translation>Paratowyd ar %1 o gronfa ddata Scrutineer.</translation>
    </message>
    <message>
        <source>[Part 2 – exempt]</source>
        <translation>[Rhan 2 – eithriedig]</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Adroddiad %1</translation>
    </message>
    <message>
        <source>No agenda items have been recorded for this meeting.</source>
        <translation>Ni chofnodwyd unrhyw eitemau ar yr agenda ar gyfer y cyfarfod hwn.</translation>
    </message>
    <message>
        <source>One exempt (Part 2) item is not included in this public pack.</source>
        <translation>Nid yw un eitem eithriedig (Rhan 2) wedi&apos;i chynnwys yn y pecyn cyhoeddus hwn.</translation>
    </message>
    <message>
        <source>%1 exempt (Part 2) items are not included in this public pack.</source>
        <translation>Nid yw %1 eitem eithriedig (Rhan 2) wedi&apos;u cynnwys yn y pecyn cyhoeddus hwn.</translation>
    </message>
    <message>
        <source>No improvement plan is recorded for this committee.</source>
        <translation>Ni chofnodwyd cynllun gwella ar gyfer y pwyllgor hwn.</translation>
    </message>
    <message>
        <source>P%1 %2</source>
        <translation>P%1 %2</translation>
    </message>
    <message>
        <source>1 milestone on track, %1 not (%2).</source>
        <translation>1 garreg filltir ar y trywydd iawn, %1 ddim (%2).</translation>
    </message>
    <message>
        <source>%1 milestones on track, %2 not (%3).</source>
        <translation>%1 carreg filltir ar y trywydd iawn, %2 ddim (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) with no rating yet.</source>
        <translation>
            <numerusform>%n carreg filltir heb sgôr eto.</numerusform>
            <numerusform>%n carreg filltir heb sgôr eto.</numerusform>
            <numerusform>%n carreg filltir heb sgôr eto.</numerusform>
            <numerusform>%n carreg filltir heb sgôr eto.</numerusform>
            <numerusform>%n carreg filltir heb sgôr eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting has passed: ratings and flags are shown as recorded on %1.</source>
        <translation>Mae&apos;r cyfarfod wedi bod: dangosir y sgoriau a&apos;r baneri fel y&apos;u cofnodwyd ar %1.</translation>
    </message>
    <message>
        <source>Ratings by priority (each bar shows the rating letter and the number of milestones):</source>
        <translation>Sgoriau fesul blaenoriaeth (mae pob bar yn dangos llythyren y sgôr a nifer y cerrig milltir):</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyf.</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Pob blaenoriaeth</translation>
    </message>
    <message>
        <source>This is the committee&apos;s first meeting on record, so there is nothing to compare.</source>
        <translation>Dyma gyfarfod cyntaf y pwyllgor a gofnodwyd, felly nid oes dim i&apos;w gymharu.</translation>
    </message>
    <message>
        <source>Between %1 and %2.</source>
        <translation>Rhwng %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n milestone(s) improved</source>
        <translation>
            <numerusform>▲ %n carreg filltir wedi gwella</numerusform>
            <numerusform>▲ %n carreg filltir wedi gwella</numerusform>
            <numerusform>▲ %n carreg filltir wedi gwella</numerusform>
            <numerusform>▲ %n carreg filltir wedi gwella</numerusform>
            <numerusform>▲ %n carreg filltir wedi gwella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n worsened</source>
        <translation>
            <numerusform>▼ %n wedi gwaethygu</numerusform>
            <numerusform>▼ %n wedi gwaethygu</numerusform>
            <numerusform>▼ %n wedi gwaethygu</numerusform>
            <numerusform>▼ %n wedi gwaethygu</numerusform>
            <numerusform>▼ %n wedi gwaethygu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n action(s) completed</source>
        <translation>
            <numerusform>✓ %n cam gweithredu wedi&apos;u cwblhau</numerusform>
            <numerusform>✓ %n cam gweithredu wedi&apos;u cwblhau</numerusform>
            <numerusform>✓ %n cam gweithredu wedi&apos;u cwblhau</numerusform>
            <numerusform>✓ %n cam gweithredu wedi&apos;u cwblhau</numerusform>
            <numerusform>✓ %n cam gweithredu wedi&apos;u cwblhau</numerusform>
        </translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation>▲ gwell</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ gwaeth</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Symud</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Carreg filltir</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>No rating needs questioning.</source>
        <translation>Nid oes angen cwestiynu unrhyw sgôr.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) with a rating that should be questioned, and why.</source>
        <translation>
            <numerusform>%n carreg filltir â sgôr y dylid ei chwestiynu, a pham.</numerusform>
            <numerusform>%n carreg filltir â sgôr y dylid ei chwestiynu, a pham.</numerusform>
            <numerusform>%n carreg filltir â sgôr y dylid ei chwestiynu, a pham.</numerusform>
            <numerusform>%n carreg filltir â sgôr y dylid ei chwestiynu, a pham.</numerusform>
            <numerusform>%n carreg filltir â sgôr y dylid ei chwestiynu, a pham.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Why it should be questioned</source>
        <translation>Pam y dylid ei chwestiynu</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Yn hwyr</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>No action was open on the date of the meeting.</source>
        <translation>Nid oedd unrhyw gam gweithredu ar agor ar ddyddiad y cyfarfod.</translation>
    </message>
    <message>
        <source>1 open action, overdue on %1.</source>
        <translation>1 cam gweithredu agored, yn hwyr ar %1.</translation>
    </message>
    <message>
        <source>1 open action, not overdue on %1.</source>
        <translation>1 cam gweithredu agored, heb fod yn hwyr ar %1.</translation>
    </message>
    <message>
        <source>%1 open actions, %2 of them overdue on %3.</source>
        <translation>%1 cam gweithredu agored, %2 ohonynt yn hwyr ar %3.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Cyf</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>No key figures have been entered.</source>
        <translation>Nid oes ffigurau allweddol wedi&apos;u rhoi.</translation>
    </message>
    <message>
        <source>The latest figure of each key indicator, its last twelve months (the shaded band is the target) and its rating.</source>
        <translation>Ffigur diweddaraf pob dangosydd allweddol, ei ddeuddeg mis diwethaf (y band cysgodol yw&apos;r targed) a&apos;i sgôr.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Diwethaf</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>%1 · briefing pack for %2</source>
        <translation>%1 · pecyn briffio ar gyfer %2</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Ratings summary</source>
        <translation>Crynodeb o&apos;r sgoriau</translation>
    </message>
    <message>
        <source>Changes since the last meeting</source>
        <translation>Newidiadau ers y cyfarfod diwethaf</translation>
    </message>
    <message>
        <source>Flagged milestones</source>
        <translation>Cerrig milltir wedi&apos;u nodi</translation>
    </message>
    <message>
        <source>Open and overdue actions</source>
        <translation>Camau gweithredu agored a hwyr</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ffigurau allweddol</translation>
    </message>
    <message>
        <source>CONFIDENTIAL – NOT FOR PUBLICATION</source>
        <translation>CYFRINACHOL – NID I&apos;W GYHOEDDI</translation>
    </message>
    <message>
        <source>There is no meeting with id %1. Choose one of the meetings listed by &quot;scrutineer list meetings&quot;.</source>
        <translation>Nid oes cyfarfod â&apos;r rhif adnabod %1. Dewiswch un o&apos;r cyfarfodydd a restrir gan &quot;scrutineer list meetings&quot;.</translation>
    </message>
    <message>
        <source>The briefing pack could not be started on this printer or file. Check that it is available and try again.</source>
        <translation>Ni ellid dechrau&apos;r pecyn briffio ar yr argraffydd neu&apos;r ffeil hon. Gwiriwch ei bod ar gael a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>The briefing pack could not be written to %1: %2. Choose a folder you can write to.</source>
        <translation>Ni ellid ysgrifennu&apos;r pecyn briffio i %1: %2. Dewiswch ffolder y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>The briefing pack could not be saved as %1: %2. Check the disk has space and try again.</source>
        <translation>Ni ellid cadw&apos;r pecyn briffio fel %1: %2. Gwiriwch fod lle ar y ddisg a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Meeting of the %1</source>
        <translation>Cyfarfod %1</translation>
    </message>
    <message>
        <source>Status: scheduled</source>
        <translation>Statws: wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>Status: held</source>
        <translation>Statws: wedi&apos;i gynnal</translation>
    </message>
    <message>
        <source>Status: minutes approved</source>
        <translation>Statws: cofnodion wedi&apos;u cymeradwyo</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Cyswllt: %1</translation>
    </message>
    <message>
        <source>The committee has no meetings to put in a calendar. Check the committee number (scrutineer list committees) or add its meetings first.</source>
        <translation>Nid oes gan y pwyllgor gyfarfodydd i&apos;w rhoi mewn calendr. Gwiriwch rif y pwyllgor (scrutineer list committees) neu ychwanegwch ei gyfarfodydd yn gyntaf.</translation>
    </message>
    <message>
        <source>The database holds no meetings to put in a calendar.</source>
        <translation>Nid oes cyfarfodydd yn y gronfa ddata i&apos;w rhoi mewn calendr.</translation>
    </message>
    <message>
        <source>Could not write the calendar to %1 (%2). Choose a folder you may write to.</source>
        <translation>Ni ellid ysgrifennu&apos;r calendr i %1 (%2). Dewiswch ffolder y cewch ysgrifennu iddo.</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>Connected to the server again.</source>
        <translation>Wedi cysylltu â&apos;r gweinydd eto.</translation>
    </message>
    <message>
        <source>The server cannot be reached. What you have typed is kept; Scrutineer connects again by itself when the server is back.</source>
        <translation>Ni ellir cyrraedd y gweinydd. Nid yw&apos;r hyn rydych wedi&apos;i deipio wedi&apos;i golli; mae Scrutineer yn cysylltu eto ohono&apos;i hun pan fydd y gweinydd yn ôl.</translation>
    </message>
</context>
<context>
    <name>ChangeRatingDialog</name>
    <message>
        <source>Change Rating of %1</source>
        <translation>Newid Sgôr %1</translation>
    </message>
    <message>
        <source>&amp;New rating:</source>
        <translation>Sgôr &amp;newydd:</translation>
    </message>
    <message>
        <source>Why the rating changes, and the evidence behind it (required)</source>
        <translation>Pam mae&apos;r sgôr yn newid, a&apos;r dystiolaeth y tu ôl iddo (gofynnol)</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Rhesymeg:</translation>
    </message>
    <message>
        <source>What you looked at: a report, figures, a visit (required for a review)</source>
        <translation>Yr hyn a welsoch: adroddiad, ffigurau, ymweliad (gofynnol ar gyfer adolygiad)</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Tystiolaeth:</translation>
    </message>
    <message>
        <source>(not yet reported)</source>
        <translation>(heb ei adrodd eto)</translation>
    </message>
    <message>
        <source>Reported &amp;to:</source>
        <translation>Adroddwyd &amp;i:</translation>
    </message>
    <message>
        <source>Change Rating</source>
        <translation>Newid Sgôr</translation>
    </message>
    <message>
        <source>This is the rating it has: saving records a review that confirms it, with the evidence you looked at. It is not a change of rating.</source>
        <translation>Dyma&apos;r sgôr sydd ganddi: mae cadw yn cofnodi adolygiad sy&apos;n ei chadarnhau, gyda&apos;r dystiolaeth a welsoch. Nid yw&apos;n newid sgôr.</translation>
    </message>
    <message>
        <source>Saving changes the rating; the change is kept in its history.</source>
        <translation>Mae cadw yn newid y sgôr; cedwir y newid yn ei hanes.</translation>
    </message>
    <message>
        <source>Record Review</source>
        <translation>Cofnodi Adolygiad</translation>
    </message>
</context>
<context>
    <name>ChaseDialog</name>
    <message>
        <source>Chase Overdue Actions</source>
        <translation>Atgoffa am Gamau Gweithredu Hwyr</translation>
    </message>
    <message>
        <source>%1 (%2) — no e-mail address</source>
        <translation>%1 (%2) — dim cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>No owner recorded</source>
        <translation>Dim perchennog wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No e-mail address is recorded for this owner: the draft will have no recipient. An administrator adds it under File ▸ People…</source>
        <translation>Nid oes cyfeiriad e-bost wedi&apos;i gofnodi ar gyfer y perchennog hwn: ni fydd derbynnydd i&apos;r drafft. Mae gweinyddwr yn ei ychwanegu dan Ffeil ▸ Pobl…</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <source>&amp;E-mail Owner…</source>
        <translation>&amp;E-bostio&apos;r Perchennog…</translation>
    </message>
    <message>
        <source>&amp;Save E-mail Drafts…</source>
        <translation>&amp;Cadw Drafftiau E-bost…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Save E-mail Drafts To</source>
        <translation>Cadw Drafftiau E-bost Yn</translation>
    </message>
    <message>
        <source>Save E-mail Drafts</source>
        <translation>Cadw Drafftiau E-bost</translation>
    </message>
    <message>
        <source>1 draft saved. Open it in your mail program, check it and send it.</source>
        <translation>Cadwyd 1 drafft. Agorwch ef yn eich rhaglen e-bost, gwiriwch ef a&apos;i anfon.</translation>
    </message>
    <message>
        <source>%1 drafts saved. Open each in your mail program, check it and send it.</source>
        <translation>Cadwyd %1 drafft. Agorwch bob un yn eich rhaglen e-bost, gwiriwch ef a&apos;i anfon.</translation>
    </message>
    <message>
        <source>E-mail Owner</source>
        <translation>E-bostio&apos;r Perchennog</translation>
    </message>
    <message>
        <source>No mail program opened. Use &quot;Save E-mail Drafts…&quot; and open the saved draft in your mail program instead.</source>
        <translation>Ni agorodd rhaglen e-bost. Defnyddiwch &quot;Cadw Drafftiau E-bost…&quot; ac agorwch y drafft a gadwyd yn eich rhaglen e-bost yn lle hynny.</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Perchnogion</translation>
    </message>
</context>
<context>
    <name>ChaseLetters</name>
    <message>
        <source>No owner recorded</source>
        <translation>Dim perchennog wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Overdue actions at %1</source>
        <translation>Camau gweithredu hwyr ar %1</translation>
    </message>
    <message>
        <source>%1: overdue actions at %2</source>
        <translation>%1: camau gweithredu hwyr ar %2</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Annwyl %1,</translation>
    </message>
    <message>
        <source>The action log shows the following action in your name as overdue on %1:</source>
        <translation>Mae&apos;r log camau gweithredu yn dangos y cam gweithredu canlynol yn eich enw chi fel un hwyr ar %1:</translation>
    </message>
    <message>
        <source>The action log shows the following %1 actions in your name as overdue on %2:</source>
        <translation>Mae&apos;r log camau gweithredu yn dangos y %1 cam gweithredu canlynol yn eich enw chi fel rhai hwyr ar %2:</translation>
    </message>
    <message>
        <source>The %1 action log shows the following action in your name as overdue on %2:</source>
        <translation>Mae log camau gweithredu %1 yn dangos y cam gweithredu canlynol yn eich enw chi fel un hwyr ar %2:</translation>
    </message>
    <message>
        <source>The %1 action log shows the following %2 actions in your name as overdue on %3:</source>
        <translation>Mae log camau gweithredu %1 yn dangos y %2 cam gweithredu canlynol yn eich enw chi fel rhai hwyr ar %3:</translation>
    </message>
    <message>
        <source>        due %1; raised at the meeting of %2; status: %3</source>
        <translation>        erbyn %1; codwyd yng nghyfarfod %2; statws: %3</translation>
    </message>
    <message>
        <source>it</source>
        <translation>hwn</translation>
    </message>
    <message>
        <source>each</source>
        <translation>bob un</translation>
    </message>
    <message>
        <source>Please send me a short update on %1, or a new date for completion, before the committee meets on %2.</source>
        <translation>Anfonwch ddiweddariad byr ataf ar %1, neu ddyddiad cwblhau newydd, cyn i&apos;r pwyllgor gyfarfod ar %2.</translation>
    </message>
    <message>
        <source>Please send me a short update on %1, or a new date for completion, before the committee next meets.</source>
        <translation>Anfonwch ddiweddariad byr ataf ar %1, neu ddyddiad cwblhau newydd, cyn i&apos;r pwyllgor gyfarfod nesaf.</translation>
    </message>
    <message>
        <source>With thanks,</source>
        <translation>Diolch yn fawr,</translation>
    </message>
    <message>
        <source>Overdue actions by owner</source>
        <translation>Camau gweithredu hwyr fesul perchennog</translation>
    </message>
    <message>
        <source>%1: overdue actions by owner</source>
        <translation>%1: camau gweithredu hwyr fesul perchennog</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Fel ar %1</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Nid oes unrhyw gam gweithredu yn hwyr.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Cyf</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>chase-%1.eml</source>
        <translation>atgoffa-%1.eml</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose a folder you may write to.</source>
        <translation>Ni ellid ysgrifennu %1 (%2). Dewiswch ffolder y cewch ysgrifennu iddo.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The meeting&apos;s id (see &quot;scrutineer list meetings&quot;).</source>
        <translation>Rhif adnabod y cyfarfod (gweler &quot;scrutineer list meetings&quot;).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Y ffeil PDF i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>Say which meeting: --meeting ID (a number; &quot;scrutineer list meetings&quot; shows them).</source>
        <translation>Dywedwch pa gyfarfod: --meeting ID (rhif; mae &quot;scrutineer list meetings&quot; yn eu dangos).</translation>
    </message>
    <message>
        <source>Say where to write %1: --out %2</source>
        <translation>Nodwch y ffeil ar gyfer %1: --out %2</translation>
    </message>
    <message>
        <source>Cannot draw %1 without a graphical application.</source>
        <translation>Mae angen rhaglen graffigol ar gyfer %1.</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>y pecyn</translation>
    </message>
    <message>
        <source>Include exempt (Part 2) items; every page is marked confidential.</source>
        <translation>Cynnwys eitemau eithriedig (Rhan 2); mae pob tudalen wedi&apos;i marcio&apos;n gyfrinachol.</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>y cofnodion</translation>
    </message>
    <message>
        <source>Include exempt (Part 2) items, marked confidential.</source>
        <translation>Cynnwys eitemau eithriedig (Rhan 2), wedi&apos;u marcio&apos;n gyfrinachol.</translation>
    </message>
    <message>
        <source>Only this committee&apos;s (see &quot;scrutineer list committees&quot;).</source>
        <translation>Dim ond rhai&apos;r pwyllgor hwn (gweler &quot;scrutineer list committees&quot;).</translation>
    </message>
    <message>
        <source>--committee takes a committee&apos;s number (&quot;scrutineer list committees&quot; shows them).</source>
        <translation>Mae --committee yn cymryd rhif pwyllgor (mae &quot;scrutineer list committees&quot; yn eu dangos).</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv neu xlsx (rhagosodiad: o enw&apos;r ffeil).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Y ffeil i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>Only actions with this status: open, in progress, done, cancelled or outstanding.</source>
        <translation>Dim ond camau gweithredu â&apos;r statws hwn: open, in progress, done, cancelled neu outstanding.</translation>
    </message>
    <message>
        <source>Only outstanding actions past their due date.</source>
        <translation>Dim ond camau gweithredu heb eu cwblhau sydd wedi mynd heibio&apos;u dyddiad cau.</translation>
    </message>
    <message>
        <source>Include the actions raised under exempt (Part 2) items; without it they are left out.</source>
        <translation>Cynnwys y camau gweithredu a godwyd dan eitemau eithriedig (Rhan 2); hebddo fe&apos;u gadewir allan.</translation>
    </message>
    <message>
        <source>Say where to write the action log: --out actions.csv or --out actions.xlsx</source>
        <translation>Dywedwch ble i ysgrifennu&apos;r log camau gweithredu: --out actions.csv neu --out actions.xlsx</translation>
    </message>
    <message>
        <source>--format is csv or xlsx.</source>
        <translation>Mae --format naill ai&apos;n csv neu&apos;n xlsx.</translation>
    </message>
    <message>
        <source>--status is one of: open, in progress, done, cancelled, outstanding.</source>
        <translation>Mae --status yn un o: open, in progress, done, cancelled, outstanding.</translation>
    </message>
    <message>
        <source>1 action written to %1</source>
        <translation>Ysgrifennwyd 1 cam gweithredu i %1</translation>
    </message>
    <message>
        <source>%1 actions written to %2</source>
        <translation>Ysgrifennwyd %1 cam gweithredu i %2</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Y ffeil .ics i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>Say where to write the calendar: --out meetings.ics</source>
        <translation>Dywedwch ble i ysgrifennu&apos;r calendr: --out meetings.ics</translation>
    </message>
    <message>
        <source>Scrutineer is not installed whole: %1 is missing beside %2. Reinstall Scrutineer.</source>
        <translation>Nid yw Scrutineer wedi&apos;i osod yn gyfan: mae %1 ar goll wrth ymyl %2. Ailosodwch Scrutineer.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2.</source>
        <translation>Ni ellid cychwyn %1: %2.</translation>
    </message>
    <message>
        <source>scrutineer %1</source>
        <translation>scrutineer %1</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, or create one with: scrutineer demo --db %1</source>
        <translation>Nid oes cronfa ddata yn %1. Gwiriwch y llwybr, neu crëwch un gyda: scrutineer demo --db %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Rhybudd: %1</translation>
    </message>
    <message>
        <source>… and 1 more error (%1 in all).</source>
        <translation>… ac 1 gwall arall (%1 i gyd).</translation>
    </message>
    <message>
        <source>… and %1 more errors (%2 in all).</source>
        <translation>… a %1 gwall arall (%2 i gyd).</translation>
    </message>
    <message>
        <source>Create a synthetic database of YEARS years instead.</source>
        <translation>Creu cronfa ddata synthetig o BLYNYDDOEDD o flynyddoedd yn lle hynny.</translation>
    </message>
    <message>
        <source>Seed of the synthetic database (default 1).</source>
        <translation>Hedyn y gronfa ddata synthetig (rhagosodiad 1).</translation>
    </message>
    <message>
        <source>Replace an existing database file.</source>
        <translation>Disodli ffeil cronfa ddata sy&apos;n bodoli.</translation>
    </message>
    <message>
        <source>Say where to create the database: scrutineer demo --db FILE</source>
        <translation>Dywedwch ble i greu&apos;r gronfa ddata: scrutineer demo --db FFEIL</translation>
    </message>
    <message>
        <source>--scale takes a number of years from 1 to 50.</source>
        <translation>Mae --scale yn cymryd nifer o flynyddoedd o 1 i 50.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>Mae --seed yn cymryd rhif cyfan.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file, or add --force to replace it.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch ffeil arall, neu ychwanegwch --force i&apos;w disodli.</translation>
    </message>
    <message>
        <source>Could not move %1 aside to %2: the folder may be read-only. Nothing was replaced; choose another file.</source>
        <translation>Ni ellid symud %1 o&apos;r neilltu i %2: efallai mai darllen yn unig yw&apos;r ffolder. Ni ddisodlwyd dim; dewiswch ffeil arall.</translation>
    </message>
    <message>
        <source>The database that was at %1 is kept as %2.</source>
        <translation>Cedwir y gronfa ddata a oedd yn %1 fel %2.</translation>
    </message>
    <message>
        <source>Created %1: %2 meetings, %3 items, %4 actions, %5 milestones, %6 figures, %7 MB of minutes text in %8 s.</source>
        <translation>Crëwyd %1: %2 cyfarfod, %3 eitem, %4 cam gweithredu, %5 carreg filltir, %6 ffigur, %7 MB o destun cofnodion mewn %8 eiliad.</translation>
    </message>
    <message>
        <source>Created the demo database %1.</source>
        <translation>Crëwyd y gronfa ddata arddangos %1.</translation>
    </message>
    <message>
        <source>The CSV file of figures.</source>
        <translation>Y ffeil CSV o ffigurau.</translation>
    </message>
    <message>
        <source>Name one CSV file: scrutineer import-figures --db FILE FIGURES.csv</source>
        <translation>Enwch un ffeil CSV: scrutineer import-figures --db FFEIL FFIGURAU.csv</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Ni ellir darllen %1: %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the lines above and try again.</source>
        <translation>Ni fewnforiwyd dim: cywirwch y llinellau uchod a rhowch gynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) from %1.</source>
        <translation>
            <numerusform>Mewnforiwyd %n ffigur o %1.</numerusform>
            <numerusform>Mewnforiwyd %n ffigur o %1.</numerusform>
            <numerusform>Mewnforiwyd %n ffigur o %1.</numerusform>
            <numerusform>Mewnforiwyd %n ffigur o %1.</numerusform>
            <numerusform>Mewnforiwyd %n ffigur o %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read and show; save nothing.</source>
        <translation>Darllen a dangos; cadw dim.</translation>
    </message>
    <message>
        <source>Print JSON (one object per file).</source>
        <translation>Argraffu JSON (un gwrthrych i bob ffeil).</translation>
    </message>
    <message>
        <source>Password of encrypted PDFs.</source>
        <translation>Cyfrinair PDFs wedi&apos;u hamgryptio.</translation>
    </message>
    <message>
        <source>Replace minutes already imported from the same file.</source>
        <translation>Disodli cofnodion a fewnforiwyd eisoes o&apos;r un ffeil.</translation>
    </message>
    <message>
        <source>Minutes: PDF or plain text.</source>
        <translation>Cofnodion: PDF neu destun plaen.</translation>
    </message>
    <message>
        <source>Name the minutes to import: scrutineer import [--dry-run] [--json] FILE...</source>
        <translation>Enwch y cofnodion i&apos;w mewnforio: scrutineer import [--dry-run] [--json] FFEIL...</translation>
    </message>
    <message>
        <source>%1: %2 items, %3 present, %4 apologies, %5 declarations of interest</source>
        <translation>%1: %2 eitem, %3 yn bresennol, %4 ymddiheuriad, %5 datganiad o fuddiant</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per row.</source>
        <translation>Argraffu arae JSON, un gwrthrych i bob rhes.</translation>
    </message>
    <message>
        <source>Include exempt (Part 2) items and the actions raised under them.</source>
        <translation>Cynnwys eitemau eithriedig (Rhan 2) a&apos;r camau gweithredu a godwyd danynt.</translation>
    </message>
    <message>
        <source>Say what to list: %1.</source>
        <translation>Dywedwch beth i&apos;w restru: %1.</translation>
    </message>
    <message>
        <source>Scrutineer&apos;s window needs a display, and there is none here (DISPLAY and WAYLAND_DISPLAY are not set). Run it on the desktop, or use a verb that needs no window: scrutineer --help lists them.</source>
        <translation>Mae ar ffenestr Scrutineer angen sgrin, ac nid oes un yma (nid yw DISPLAY na WAYLAND_DISPLAY wedi&apos;u gosod). Rhedwch hi ar y bwrdd gwaith, neu defnyddiwch ferf nad oes arni angen ffenestr: mae scrutineer --help yn eu rhestru.</translation>
    </message>
    <message>
        <source>The improvement plan&apos;s id (needed only when the database holds several).</source>
        <translation>Rhif adnabod y cynllun gwella (dim ond pan fo sawl un yn y gronfa ddata).</translation>
    </message>
    <message>
        <source>--plan takes the plan&apos;s id, a number.</source>
        <translation>Mae --plan yn cymryd rhif adnabod y cynllun, sef rhif.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the --out file&apos;s name).</source>
        <translation>csv neu xlsx (rhagosodiad: o enw ffeil --out).</translation>
    </message>
    <message>
        <source>Say where to write the plan: --out plan.xlsx (or plan.csv).</source>
        <translation>Dywedwch ble i ysgrifennu&apos;r cynllun: --out plan.xlsx (neu plan.csv).</translation>
    </message>
    <message>
        <source>The format must be csv or xlsx (--format csv, or --format xlsx).</source>
        <translation>Rhaid i&apos;r fformat fod yn csv neu&apos;n xlsx (--format csv, neu --format xlsx).</translation>
    </message>
    <message>
        <source>Print what was done (or the errors) as JSON.</source>
        <translation>Argraffu&apos;r hyn a wnaed (neu&apos;r gwallau) fel JSON.</translation>
    </message>
    <message>
        <source>Print what the import would change, field by field, and save nothing.</source>
        <translation>Argraffu&apos;r hyn y byddai&apos;r mewnforio yn ei newid, fesul maes, a chadw dim.</translation>
    </message>
    <message>
        <source>The plan as CSV: Priority, Milestone, and optionally Code, Owner, Due date, Rating, Completion, Evidence. A column that is not in the file leaves its field as it is.</source>
        <translation>Y cynllun fel CSV: Priority, Milestone, ac yn ddewisol Code, Owner, Due date, Rating, Completion, Evidence. Mae colofn nad yw yn y ffeil yn gadael ei maes fel y mae.</translation>
    </message>
    <message>
        <source>Name one CSV file to import: scrutineer import-plan --db FILE plan.csv</source>
        <translation>Enwch un ffeil CSV i&apos;w mewnforio: scrutineer import-plan --db FFEIL plan.csv</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check the name and that you may read it.</source>
        <translation>Ni ellid darllen %1 (%2). Gwiriwch yr enw a bod gennych hawl i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the lines above and import the file again.</source>
        <translation>Ni fewnforiwyd dim. Cywirwch y llinellau uchod a mewnforiwch y ffeil eto.</translation>
    </message>
    <message>
        <source>%1 would add %2 milestones, change %3 and leave %4 as they are; %5 ratings would be recorded. Nothing has been saved (--dry-run).</source>
        <translation>Byddai %1 yn ychwanegu %2 carreg filltir, yn newid %3 ac yn gadael %4 fel y maent; byddai %5 sgôr yn cael eu cofnodi. Ni chadwyd dim (--dry-run).</translation>
    </message>
    <message>
        <source>Imported %1: %2 milestones added, %3 updated, %4 unchanged; %5 ratings recorded.</source>
        <translation>Mewnforiwyd %1: %2 carreg filltir wedi&apos;u hychwanegu, %3 wedi&apos;u diweddaru, %4 heb eu newid; %5 sgôr wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date. Write it as 6 December 2016, 06/12/2016 or 2016-12-06.</source>
        <translation>Nid yw --%1 &quot;%2&quot; yn ddyddiad. Ysgrifennwch ef fel 6 Rhagfyr 2016, 06/12/2016 neu 2016-12-06.</translation>
    </message>
    <message>
        <source>Print a JSON array of hits, best first; matched words are marked **like this** in heading and snippet.</source>
        <translation>Argraffu arae JSON o ganlyniadau, y gorau yn gyntaf; mae geiriau cyfatebol wedi&apos;u marcio **fel hyn** yn y pennawd a&apos;r pyt.</translation>
    </message>
    <message>
        <source>Only this committee (its id).</source>
        <translation>Dim ond y pwyllgor hwn (ei rif adnabod).</translation>
    </message>
    <message>
        <source>Only meetings on or after this date.</source>
        <translation>Dim ond cyfarfodydd ar y dyddiad hwn neu wedyn.</translation>
    </message>
    <message>
        <source>Only meetings on or before this date.</source>
        <translation>Dim ond cyfarfodydd ar y dyddiad hwn neu cyn hynny.</translation>
    </message>
    <message>
        <source>At most this many hits (default 100).</source>
        <translation>Dim mwy na hyn o ganlyniadau (rhagosodiad 100).</translation>
    </message>
    <message>
        <source>Words to find: &quot;a phrase&quot;, prefix*, AND, OR, NOT (or -word), (brackets).</source>
        <translation>Geiriau i&apos;w canfod: &quot;ymadrodd&quot;, rhagddodiad*, AND, OR, NOT (neu -gair), (cromfachau).</translation>
    </message>
    <message>
        <source>Include exempt (Part 2) items and what was raised under them; without it they are left out, as the output may be shared.</source>
        <translation>Cynnwys eitemau eithriedig (Rhan 2) a&apos;r hyn a godwyd danynt; hebddo fe&apos;u gadewir allan, gan y gellir rhannu&apos;r allbwn.</translation>
    </message>
    <message>
        <source>Say what to search for, for example: scrutineer search --db FILE &quot;caseload promise&quot;</source>
        <translation>Dywedwch beth i chwilio amdano, er enghraifft: scrutineer search --db FFEIL &quot;caseload promise&quot;</translation>
    </message>
    <message>
        <source>--committee takes a committee&apos;s id (a number); see: scrutineer list meetings --db FILE</source>
        <translation>Mae --committee yn cymryd rhif adnabod pwyllgor (rhif); gweler: scrutineer list meetings --db FFEIL</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>Mae --limit yn cymryd rhif positif.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>erbyn %1</translation>
    </message>
    <message>
        <source>exempt (Part 2)</source>
        <translation>eithriedig (Rhan 2)</translation>
    </message>
    <message>
        <source>%1 hits; the best %2 are shown (use --limit to see more).</source>
        <translation>%1 canlyniad; dangosir y %2 gorau (defnyddiwch --limit i weld mwy).</translation>
    </message>
    <message>
        <source>1 hit.</source>
        <translation>1 canlyniad.</translation>
    </message>
    <message>
        <source>%1 hits.</source>
        <translation>%1 canlyniad.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Argraffu&apos;r canlyniad fel JSON.</translation>
    </message>
    <message>
        <source>Say which database to check: scrutineer verify --db FILE</source>
        <translation>Dywedwch pa gronfa ddata i&apos;w gwirio: scrutineer verify --db FFEIL</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path.</source>
        <translation>Nid oes cronfa ddata yn %1. Gwiriwch y llwybr.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 is intact: %n entry(s) as written.</source>
        <translation>
            <numerusform>Mae trywydd archwilio %1 yn gyfan: %n cofnod fel y&apos;u hysgrifennwyd.</numerusform>
            <numerusform>Mae trywydd archwilio %1 yn gyfan: %n cofnod fel y&apos;u hysgrifennwyd.</numerusform>
            <numerusform>Mae trywydd archwilio %1 yn gyfan: %n cofnod fel y&apos;u hysgrifennwyd.</numerusform>
            <numerusform>Mae trywydd archwilio %1 yn gyfan: %n cofnod fel y&apos;u hysgrifennwyd.</numerusform>
            <numerusform>Mae trywydd archwilio %1 yn gyfan: %n cofnod fel y&apos;u hysgrifennwyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database: a file, or a server&apos;s postgresql://user@host[:port]/dbname.</source>
        <translation>Y gronfa ddata: ffeil, neu gronfa ddata ar weinydd, postgresql://defnyddiwr@gwesteiwr[:porth]/cronfa.</translation>
    </message>
    <message>
        <source>The database on the server: postgresql://user@host:port/dbname</source>
        <translation>Y gronfa ddata ar y gweinydd: postgresql://defnyddiwr@gwesteiwr:porth/cronfa</translation>
    </message>
    <message>
        <source>The login of the first administrator (the connecting login if left out).</source>
        <translation>Mewngofnod y gweinyddwr cyntaf (y mewngofnod sy&apos;n cysylltu, os caiff ei hepgor).</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from the first line of standard input.</source>
        <translation>Darllen cyfrinair y gweinyddwr o linell gyntaf y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Say which database to set up: scrutineer server-init postgresql://user@host/dbname</source>
        <translation>Dywedwch pa gronfa ddata i&apos;w gosod: scrutineer server-init postgresql://defnyddiwr@gwesteiwr/cronfa</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>Crëwyd y gronfa ddata %1.</translation>
    </message>
    <message>
        <source>%1 is set up for Scrutineer (schema version %2).</source>
        <translation>Mae %1 wedi&apos;i gosod ar gyfer Scrutineer (fersiwn sgema %2).</translation>
    </message>
    <message>
        <source>Server roles: %1.</source>
        <translation>Rolau&apos;r gweinydd: %1.</translation>
    </message>
    <message>
        <source>Administrator: %1. Add the others in Users and Roles…; each person then connects with: scrutineer --db postgresql://LOGIN@%2:%3/%4</source>
        <translation>Gweinyddwr: %1. Ychwanegwch y lleill yn Defnyddwyr a Rolau…; yna mae pob person yn cysylltu gyda: scrutineer --db postgresql://MEWNGOFNOD@%2:%3/%4</translation>
    </message>
    <message>
        <source>Set the administrator&apos;s password if it has none: psql -c &apos;\password %1&apos;</source>
        <translation>Gosodwch gyfrinair y gweinyddwr os nad oes ganddo un: psql -c &apos;\password %1&apos;</translation>
    </message>
    <message>
        <source>The database to copy: a file or postgresql://…</source>
        <translation>Y gronfa ddata i&apos;w chopïo: ffeil neu postgresql://…</translation>
    </message>
    <message>
        <source>The new database: a file or postgresql://…</source>
        <translation>Y gronfa ddata newydd: ffeil neu postgresql://…</translation>
    </message>
    <message>
        <source>Replace an existing file at --to.</source>
        <translation>Disodli ffeil sy&apos;n bodoli yn --to.</translation>
    </message>
    <message>
        <source>Say what to copy where: scrutineer copy --from FILE.sqlite --to postgresql://user@host/dbname</source>
        <translation>Dywedwch beth i&apos;w gopïo i ble: scrutineer copy --from FFEIL.sqlite --to postgresql://defnyddiwr@gwesteiwr/cronfa</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Nid oes cronfa ddata yn %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file, or add --force to replace it.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch ffeil newydd, neu ychwanegwch --force i&apos;w disodli.</translation>
    </message>
    <message>
        <source>%1%… (%2)</source>
        <translation>%1%… (%2)</translation>
    </message>
    <message>
        <source>Copied %1 of %2 (%3, %4) from %5 to %6 in %7 s.</source>
        <translation>Copïwyd %1 o %2 (%3, %4) o %5 i %6 mewn %7 eiliad.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabl</numerusform>
            <numerusform>%n tabl</numerusform>
            <numerusform>%n tabl</numerusform>
            <numerusform>%n tabl</numerusform>
            <numerusform>%n tabl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept document(s)</source>
        <translation>
            <numerusform>%n dogfen a gadwyd</numerusform>
            <numerusform>%n dogfen a gadwyd</numerusform>
            <numerusform>%n dogfen a gadwyd</numerusform>
            <numerusform>%n dogfen a gadwyd</numerusform>
            <numerusform>%n dogfen a gadwyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s)</source>
        <translation>
            <numerusform>%n cofnod archwilio</numerusform>
            <numerusform>%n cofnod archwilio</numerusform>
            <numerusform>%n cofnod archwilio</numerusform>
            <numerusform>%n cofnod archwilio</numerusform>
            <numerusform>%n cofnod archwilio</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy does not compare equal to the original:</source>
        <translation>Nid yw&apos;r copi yr un fath â&apos;r gwreiddiol:</translation>
    </message>
    <message>
        <source>Checked row for row: the copy is equal to the original.</source>
        <translation>Gwiriwyd fesul rhes: mae&apos;r copi yr un fath â&apos;r gwreiddiol.</translation>
    </message>
    <message>
        <source>The logins of the copy exist on the server without passwords: set each in Users and Roles… before its person connects.</source>
        <translation>Mae mewngofnodion y copi ar y gweinydd heb gyfrineiriau: gosodwch bob un yn Defnyddwyr a Rolau… cyn i&apos;w berson gysylltu.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Cysylltu â Gweinydd</translation>
    </message>
    <message>
        <source>A committee&apos;s shared database on a PostgreSQL server. Ask whoever set it up for the server&apos;s name, the database and your login.</source>
        <translation>Cronfa ddata a rennir gan bwyllgor ar weinydd PostgreSQL. Gofynnwch i bwy bynnag a&apos;i gosododd am enw&apos;r gweinydd, y gronfa ddata a&apos;ch mewngofnod.</translation>
    </message>
    <message>
        <source>db.council.local</source>
        <translation>db.cyngor.local</translation>
    </message>
    <message>
        <source>children_scrutiny</source>
        <translation>craffu_plant</translation>
    </message>
    <message>
        <source>(from ~/.pgpass when left empty)</source>
        <translation>(o ~/.pgpass os caiff ei adael yn wag)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;orth:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>C&amp;ronfa ddata:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Mewngofnod:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>The password is kept only while the database is open, never saved.</source>
        <translation>Dim ond tra bo&apos;r gronfa ddata ar agor y cedwir y cyfrinair; nid yw byth yn cael ei storio.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file says it is UTF-16 text but its bytes are not (it may be cut short or damaged). Save it again from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Mae&apos;r ffeil yn dweud mai testun UTF-16 ydyw ond nid yw ei beitiau felly (efallai ei bod wedi&apos;i thorri&apos;n fyr neu wedi&apos;i difrodi). Cadwch hi eto o&apos;r daenlen fel &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with a byte-order mark)</source>
        <translation>UTF-8 (gyda nod trefn beitiau)</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>The file is UTF-32 text, which Scrutineer does not read. Save it again from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Mae&apos;r ffeil yn destun UTF-32, nad yw Scrutineer yn ei ddarllen. Cadwch hi eto o&apos;r daenlen fel &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The file is not text (it holds zero bytes, as programs and images do), so it cannot be a CSV file. Choose the CSV file saved from the spreadsheet.</source>
        <translation>Nid testun yw&apos;r ffeil (mae&apos;n cynnwys beitiau sero, fel rhaglenni a delweddau), felly ni all fod yn ffeil CSV. Dewiswch y ffeil CSV a gadwyd o&apos;r daenlen.</translation>
    </message>
    <message>
        <source>a quotation mark opens a cell on line %1 that is never closed, so the rest of the file would be one cell. Close the quotation, or save the file again from the spreadsheet.</source>
        <translation>mae dyfynnod yn agor cell ar linell %1 nad yw byth yn cau, felly byddai gweddill y ffeil yn un gell. Caewch y dyfyniad, neu cadwch y ffeil eto o&apos;r daenlen.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>rising from %1 to %2 over %n month(s)</source>
        <translation>
            <numerusform>yn codi o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn codi o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn codi o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn codi o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn codi o %1 i %2 dros %n mis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>falling from %1 to %2 over %n month(s)</source>
        <translation>
            <numerusform>yn gostwng o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn gostwng o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn gostwng o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn gostwng o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn gostwng o %1 i %2 dros %n mis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>level from %1 to %2 over %n month(s)</source>
        <translation>
            <numerusform>yn wastad o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn wastad o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn wastad o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn wastad o %1 i %2 dros %n mis</numerusform>
            <numerusform>yn wastad o %1 i %2 dros %n mis</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings by priority</source>
        <translation>Sgoriau fesul blaenoriaeth</translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Ers y cyfarfod diwethaf</translation>
    </message>
    <message>
        <source>Ratings you should question ⚑</source>
        <translation>Sgoriau y dylech eu cwestiynu ⚑</translation>
    </message>
    <message>
        <source>Overdue and due-soon actions</source>
        <translation>Camau gweithredu hwyr ac sydd i fod yn fuan</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ffigurau allweddol</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Sgoriau dros amser</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Meeting: %1%2</source>
        <translation>Cyfarfod: %1%2</translation>
    </message>
    <message>
        <source>No meeting chosen: figures as at today.</source>
        <translation>Dim cyfarfod wedi&apos;i ddewis: ffigurau fel ar heddiw.</translation>
    </message>
    <message>
        <source>No improvement plan is linked to this committee: there are no ratings or key figures to show.</source>
        <translation>Nid oes cynllun gwella wedi&apos;i gysylltu â&apos;r pwyllgor hwn: nid oes sgoriau na ffigurau allweddol i&apos;w dangos.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>P%1 %2</source>
        <translation>P%1 %2</translation>
    </message>
    <message>
        <source>%1 milestones of P%2 rated %3: press Enter or double-click to see them</source>
        <translation>%1 carreg filltir yn P%2 â&apos;r sgôr %3: pwyswch Enter neu cliciwch ddwywaith i&apos;w gweld</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Pob blaenoriaeth</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;a href=&apos;on&apos;&gt;%1 on track&lt;/a&gt; · &lt;a href=&apos;not&apos;&gt;%2 not&lt;/a&gt;&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;&lt;a href=&apos;on&apos;&gt;%1 ar y trywydd iawn&lt;/a&gt; · &lt;a href=&apos;not&apos;&gt;%2 ddim&lt;/a&gt;&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>Since the last meeting (%1)</source>
        <translation>Ers y cyfarfod diwethaf (%1)</translation>
    </message>
    <message>
        <source>▲ %1 milestones improved · ▼ %2 worsened</source>
        <translation>▲ %1 carreg filltir wedi gwella · ▼ %2 wedi gwaethygu</translation>
    </message>
    <message>
        <source>✓ 1 action completed</source>
        <translation>✓ 1 cam gweithredu wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>✓ %1 actions completed</source>
        <translation>✓ %1 cam gweithredu wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>This is the committee&apos;s first meeting on record.</source>
        <translation>Dyma gyfarfod cyntaf y pwyllgor a gofnodwyd.</translation>
    </message>
    <message>
        <source>No rating needs questioning.</source>
        <translation>Nid oes angen cwestiynu unrhyw sgôr.</translation>
    </message>
    <message>
        <source>… and %1 more: open the action log</source>
        <translation>… a %1 arall: agorwch y log camau gweithredu</translation>
    </message>
    <message>
        <source>Overdue on %1 (%2) and due in the 14 days after (%3)</source>
        <translation>Yn hwyr ar %1 (%2) ac i fod o fewn y 14 diwrnod wedyn (%3)</translation>
    </message>
    <message>
        <source>No action is overdue or due soon.</source>
        <translation>Nid oes unrhyw gam gweithredu yn hwyr nac i fod yn fuan.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>%1 %2  %3 — %4, due %5</source>
        <translation>%1 %2  %3 — %4, erbyn %5</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Scrutineer database: it belongs to another program, or is damaged. It has been left exactly as it was. Open a Scrutineer database, or restore this one from a backup.</source>
        <translation>Nid yw %1 yn gronfa ddata Scrutineer: mae&apos;n perthyn i raglen arall, neu mae wedi&apos;i difrodi. Fe&apos;i gadawyd yn union fel yr oedd. Agorwch gronfa ddata Scrutineer, neu adferwch hon o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be read (%2), so it cannot be checked.</source>
        <translation>Ni ellir darllen trywydd archwilio %1 (%2), felly ni ellir ei wirio.</translation>
    </message>
    <message>
        <source>it carries no hash: it was added from outside Scrutineer</source>
        <translation>nid oes stwnsh iddo: fe&apos;i ychwanegwyd o&apos;r tu allan i Scrutineer</translation>
    </message>
    <message>
        <source>the entries before it (after number %1) have been removed</source>
        <translation>mae&apos;r cofnodion cyn hwn (ar ôl rhif %1) wedi&apos;u dileu</translation>
    </message>
    <message>
        <source>it does not follow on from the entry before it: entries have been removed or put in</source>
        <translation>nid yw&apos;n dilyn o&apos;r cofnod cyn hwn: mae cofnodion wedi&apos;u dileu neu eu gosod i mewn</translation>
    </message>
    <message>
        <source>its contents have been changed since it was written</source>
        <translation>mae ei gynnwys wedi&apos;i newid ers iddo gael ei ysgrifennu</translation>
    </message>
    <message>
        <source>The audit trail of %1 could not be read to the end (%2).</source>
        <translation>Ni ellid darllen trywydd archwilio %1 hyd y diwedd (%2).</translation>
    </message>
    <message>
        <source>; the entries up to %1 are as they were written</source>
        <translation>; mae&apos;r cofnodion hyd at %1 fel y&apos;u hysgrifennwyd</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a database in an existing folder.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli. Dewiswch gronfa ddata mewn ffolder sy&apos;n bodoli.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 is read-only for you. Choose a folder of your own.</source>
        <translation>Ni ellir creu %1: darllen yn unig yw&apos;r ffolder %2 i chi. Dewiswch ffolder sy&apos;n eiddo i chi.</translation>
    </message>
    <message>
        <source>%1 cannot be read: you lack permission. Ask whoever manages the file for access, or open another database.</source>
        <translation>Ni ellir darllen %1: nid oes gennych ganiatâd. Gofynnwch i bwy bynnag sy&apos;n rheoli&apos;r ffeil am fynediad, neu agorwch gronfa ddata arall.</translation>
    </message>
    <message>
        <source>%1 is read-only for you (the file, or its folder %2), so it has been opened for reading only: nothing can be changed or saved in it. To make changes, ask whoever manages the file for permission to write it, or copy it to a folder of your own and open the copy.</source>
        <translation>Darllen yn unig yw %1 i chi (y ffeil, neu ei ffolder %2), felly fe&apos;i hagorwyd i&apos;w darllen yn unig: ni ellir newid na chadw dim ynddi. I wneud newidiadau, gofynnwch i bwy bynnag sy&apos;n rheoli&apos;r ffeil am ganiatâd i ysgrifennu iddi, neu copïwch hi i ffolder sy&apos;n eiddo i chi ac agor y copi.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2. Check that the file is a Scrutineer database and that you may read it.</source>
        <translation>Ni ellid agor y gronfa ddata %1: %2. Gwiriwch fod y ffeil yn gronfa ddata Scrutineer a bod gennych hawl i&apos;w darllen.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there, or wait a moment, and try again.</source>
        <translation>Mae %1 wedi&apos;i chloi gan raglen arall. Caewch hi yno, neu arhoswch funud, a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: it is read-only for you and SQLite cannot set up the files it reads through beside it. Copy it to a folder of your own and open the copy.</source>
        <translation>Ni ellir darllen %1 yma: darllen yn unig yw hi i chi ac ni all SQLite greu&apos;r ffeiliau y mae&apos;n darllen drwyddynt wrth ei hymyl. Copïwch hi i ffolder sy&apos;n eiddo i chi ac agor y copi.</translation>
    </message>
    <message>
        <source>%1 was last used by a newer version of Scrutineer (database version %2; this program knows up to version %3). Open it with the newer Scrutineer; nothing has been changed.</source>
        <translation>Defnyddiwyd %1 ddiwethaf gan fersiwn mwy newydd o Scrutineer (fersiwn %2 o&apos;r gronfa ddata; mae&apos;r rhaglen hon yn gwybod hyd at fersiwn %3). Agorwch hi gyda&apos;r Scrutineer mwy newydd; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Scrutineer and must be brought up to date before it can be read, but it is read-only for you. Copy it to a folder of your own and open the copy; the original is unchanged.</source>
        <translation>Gwnaed %1 gan fersiwn cynharach o Scrutineer a rhaid ei diweddaru cyn y gellir ei darllen, ond darllen yn unig yw hi i chi. Copïwch hi i ffolder sy&apos;n eiddo i chi ac agor y copi; nid yw&apos;r gwreiddiol wedi newid.</translation>
    </message>
    <message>
        <source>A migration of the program is missing: %1.</source>
        <translation>Mae mudo o&apos;r rhaglen ar goll: %1.</translation>
    </message>
    <message>
        <source>The database is busy: another program or person is saving to it. Wait a moment and try again; nothing you saved before has been lost.</source>
        <translation>Mae&apos;r gronfa ddata yn brysur: mae rhaglen neu berson arall yn cadw iddi. Arhoswch funud a rhowch gynnig arall arni; ni chollwyd dim a gadwoch o&apos;r blaen.</translation>
    </message>
    <message>
        <source>The disk is full, so this change could not be saved. Free some space and try again; what was saved before is safe.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni ellid cadw&apos;r newid hwn. Rhyddhewch rywfaint o le a rhowch gynnig arall arni; mae&apos;r hyn a gadwyd o&apos;r blaen yn ddiogel.</translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only, or you lack permission). Open a copy you may change.</source>
        <translation>Ni ellir ysgrifennu i&apos;r gronfa ddata (darllen yn unig yw hi, neu nid oes gennych ganiatâd). Agorwch gopi y cewch ei newid.</translation>
    </message>
    <message>
        <source>This change breaks a rule of the data (%1).</source>
        <translation>Mae&apos;r newid hwn yn torri un o reolau&apos;r data (%1).</translation>
    </message>
    <message>
        <source>This change refers to a record that does not exist, or removes one that others still refer to.</source>
        <translation>Mae&apos;r newid hwn yn cyfeirio at gofnod nad yw&apos;n bodoli, neu&apos;n dileu un y mae eraill yn dal i gyfeirio ato.</translation>
    </message>
    <message>
        <source>A record with the same details already exists (%1).</source>
        <translation>Mae cofnod gyda&apos;r un manylion yn bodoli eisoes (%1).</translation>
    </message>
    <message>
        <source>A value is not one of those allowed (%1).</source>
        <translation>Nid yw gwerth yn un o&apos;r rhai a ganiateir (%1).</translation>
    </message>
    <message>
        <source>The database could not %1: %2</source>
        <translation>Ni allai&apos;r gronfa ddata %1: %2</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>baratoi ymholiad</translation>
    </message>
    <message>
        <source>run a query</source>
        <translation>redeg ymholiad</translation>
    </message>
    <message>
        <source>plan a query</source>
        <translation>gynllunio ymholiad</translation>
    </message>
    <message>
        <source>There is no table called %1.</source>
        <translation>Nid oes tabl o&apos;r enw %1.</translation>
    </message>
    <message>
        <source>The table %1 has no field %2.</source>
        <translation>Nid oes gan y tabl %1 faes %2.</translation>
    </message>
    <message>
        <source>As a %1 you may not change %2. Ask a clerk, an officer or your administrator.</source>
        <translation>Fel %1 ni chewch newid %2. Gofynnwch i glerc, swyddog neu eich gweinyddwr.</translation>
    </message>
    <message>
        <source>A note can be changed only by the person who wrote it.</source>
        <translation>Dim ond y sawl a&apos;i hysgrifennodd all newid nodyn.</translation>
    </message>
    <message>
        <source>This record has been deleted by someone else. Reload to see the current data.</source>
        <translation>Mae rhywun arall wedi dileu&apos;r cofnod hwn. Ail-lwythwch i weld y data cyfredol.</translation>
    </message>
    <message>
        <source>%1 changed this record at %2, after you opened it. Your change was not saved, so that theirs is not overwritten: reload, then make your change again.</source>
        <translation>Newidiodd %1 y cofnod hwn am %2, ar ôl i chi ei agor. Ni chadwyd eich newid, fel na chaiff eu newid nhw ei drosysgrifo: ail-lwythwch, yna gwnewch eich newid eto.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>amser anhysbys</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were saving. Reload, then make your change again.</source>
        <translation>Newidiodd rhywun arall y cofnod hwn tra oeddech yn cadw. Ail-lwythwch, yna gwnewch eich newid eto.</translation>
    </message>
    <message>
        <source>%1 changed this record after you opened it, so it was not deleted. Reload and look again.</source>
        <translation>Newidiodd %1 y cofnod hwn ar ôl i chi ei agor, felly ni chafodd ei ddileu. Ail-lwythwch ac edrych eto.</translation>
    </message>
    <message>
        <source>The database is busy: another program or person is saving to it. Wait a moment and try again.</source>
        <translation>Mae&apos;r gronfa ddata yn brysur: mae rhaglen neu berson arall yn cadw iddi. Arhoswch funud a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was written; try again.</source>
        <translation>Ni ellid cadw&apos;r newid (%1). Ni ysgrifennwyd dim; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This database cannot be backed up from here.</source>
        <translation>Ni ellir gwneud copi wrth gefn o&apos;r gronfa ddata hon o&apos;r fan hon.</translation>
    </message>
    <message>
        <source>The backup %1 could not be created (%2). Choose a folder you may write to.</source>
        <translation>Ni ellid creu&apos;r copi wrth gefn %1 (%2). Dewiswch ffolder y cewch ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>The backup to %1 failed (%2); the database itself is unharmed.</source>
        <translation>Methodd y copi wrth gefn i %1 (%2); nid yw&apos;r gronfa ddata ei hun wedi&apos;i niweidio.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only: nothing can be changed or saved in it. To make changes, open it again with File ▸ Open Database….</source>
        <translation>Agorwyd %1 i&apos;w darllen yn unig: ni ellir newid na chadw dim ynddi. I wneud newidiadau, agorwch hi eto gyda Ffeil ▸ Agor Cronfa Ddata….</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose a database that does.</source>
        <translation>Nid yw %1 yn bodoli. Dewiswch gronfa ddata sy&apos;n bodoli.</translation>
    </message>
    <message>
        <source>The audit trail of %1 has been tampered with at entry %2 (dated %3): %4. The record of changes cannot be trusted from then on%5. The data itself can still be read; keep a copy of this database for whoever investigates, and compare it with a backup.</source>
        <translation>Mae rhywun wedi ymyrryd â thrywydd archwilio %1 yng nghofnod %2 (dyddiedig %3): %4. Ni ellir ymddiried yn y cofnod o newidiadau o hynny ymlaen%5. Gellir darllen y data ei hun o hyd; cadwch gopi o&apos;r gronfa ddata hon i bwy bynnag sy&apos;n ymchwilio, a&apos;i chymharu â chopi wrth gefn.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only: nothing can be changed or saved in it. To make changes, connect again with File ▸ Connect to Server….</source>
        <translation>Agorwyd %1 i&apos;w darllen yn unig: ni ellir newid na chadw dim ynddi. I wneud newidiadau, cysylltwch eto gyda Ffeil ▸ Cysylltu â Gweinydd….</translation>
    </message>
    <message>
        <source>A database on a server is backed up by the server (pg_dump), or copied to a file with: scrutineer copy --from %1 --to FILE.sqlite</source>
        <translation>Y gweinydd sy&apos;n gwneud copi wrth gefn o gronfa ddata ar weinydd (pg_dump), neu gellir ei chopïo i ffeil gyda: scrutineer copy --from %1 --to FFEIL.sqlite</translation>
    </message>
    <message>
        <source>The program asked for a bulk insert it cannot batch.</source>
        <translation>Gofynnodd y rhaglen am fewnosod swmp na all ei rannu&apos;n sypiau.</translation>
    </message>
    <message>
        <source>save a row</source>
        <translation>gadw rhes</translation>
    </message>
    <message>
        <source>The server asks for the password of %1. Type it (Scrutineer keeps it only while the database is open), or keep it in your ~/.pgpass file.</source>
        <translation>Mae&apos;r gweinydd yn gofyn am gyfrinair %1. Teipiwch ef (dim ond tra bo&apos;r gronfa ddata ar agor y mae Scrutineer yn ei gadw), neu cadwch ef yn eich ffeil ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server refused the password for %1. Check the login name and password (they are case-sensitive), or ask your administrator to set a new password.</source>
        <translation>Gwrthododd y gweinydd y cyfrinair ar gyfer %1. Gwiriwch yr enw mewngofnodi a&apos;r cyfrinair (mae priflythrennau a llythrennau bach yn cyfrif), neu gofynnwch i&apos;ch gweinyddwr osod cyfrinair newydd.</translation>
    </message>
    <message>
        <source>The server has no database called %1. Check the name, or ask whoever runs the server to create it (scrutineer server-init sets up a new one).</source>
        <translation>Nid oes gan y gweinydd gronfa ddata o&apos;r enw %1. Gwiriwch yr enw, neu gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd ei chreu (mae scrutineer server-init yn gosod un newydd).</translation>
    </message>
    <message>
        <source>You (%1) have no role in the database %2. Ask its administrator to add you in Users and Roles.</source>
        <translation>Nid oes gennych chi (%1) rôl yn y gronfa ddata %2. Gofynnwch i&apos;w gweinyddwr eich ychwanegu yn Defnyddwyr a Rolau.</translation>
    </message>
    <message>
        <source>The server %1 is starting or stopping. Wait a minute and try again.</source>
        <translation>Mae&apos;r gweinydd %1 yn cychwyn neu&apos;n stopio. Arhoswch funud a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1): %2. Check the address and your network, or ask whoever runs the server whether it is up; nothing has been changed.</source>
        <translation>Ni ellid cyrraedd y gweinydd (%1): %2. Gwiriwch y cyfeiriad a&apos;ch rhwydwaith, neu gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd a yw ar waith; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This copy of Scrutineer cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (on Debian, install libqt6sql6-psql).</source>
        <translation>Ni all y copi hwn o Scrutineer gyrraedd gweinyddion PostgreSQL: mae gyrrwr PostgreSQL Qt ar goll (ar Debian, gosodwch libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; Scrutineer needs version 14 or later (15 is what it is tested with).</source>
        <translation>Mae&apos;r gweinydd yn rhedeg PostgreSQL %1; mae angen fersiwn 14 neu ddiweddarach ar Scrutineer (gyda 15 y caiff ei brofi).</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not Scrutineer&apos;s. Choose an empty database, or one set up with scrutineer server-init; nothing has been changed.</source>
        <translation>Mae&apos;r gronfa ddata %1 yn dal tablau nad ydynt yn perthyn i Scrutineer. Dewiswch gronfa ddata wag, neu un a osodwyd gyda scrutineer server-init; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The database %1 has not been set up for Scrutineer. Its owner sets it up with: scrutineer server-init %2</source>
        <translation>Nid yw&apos;r gronfa ddata %1 wedi&apos;i gosod ar gyfer Scrutineer. Mae ei pherchennog yn ei gosod gyda: scrutineer server-init %2</translation>
    </message>
    <message>
        <source>The database %1 needs upgrading from version %2 to %3 for this Scrutineer. Ask whoever looks after the server to run: scrutineer server-init %4 (nothing has been changed).</source>
        <translation>Rhaid uwchraddio&apos;r gronfa ddata %1 o fersiwn %2 i %3 ar gyfer y Scrutineer hwn. Gofynnwch i bwy bynnag sy&apos;n gofalu am y gweinydd redeg: scrutineer server-init %4 (ni newidiwyd dim).</translation>
    </message>
    <message>
        <source>Setting up %1 makes a server role for each Scrutineer role, which needs a login allowed to create roles (CREATEROLE). Run scrutineer server-init as such a login.</source>
        <translation>Mae gosod %1 yn creu rôl gweinydd ar gyfer pob rôl Scrutineer, ac i wneud hynny mae angen mewngofnod sy&apos;n cael creu rolau (CREATEROLE). Rhedwch scrutineer server-init fel mewngofnod o&apos;r fath.</translation>
    </message>
    <message>
        <source>You are connected to the server as %1, who may not act as %2. Connect as %2 instead.</source>
        <translation>Rydych wedi cysylltu â&apos;r gweinydd fel %1, na chaiff weithredu fel %2. Cysylltwch fel %2 yn lle hynny.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing can be saved just now. What you typed is kept; try again when the server is back.</source>
        <translation>Ni ellir cyrraedd y gweinydd, felly ni ellir cadw dim ar hyn o bryd. Nid yw&apos;r hyn a deipiwyd gennych wedi&apos;i golli; rhowch gynnig arall arni pan fydd y gweinydd yn ôl.</translation>
    </message>
    <message>
        <source>begin a change</source>
        <translation>ddechrau newid</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so this was not done (%1). Nothing half-done was kept: the server undoes an unfinished change. Scrutineer connects again when the server is back; then try again.</source>
        <translation>Collwyd y cysylltiad â&apos;r gweinydd, felly ni wnaed hyn (%1). Ni chadwyd dim ar ei hanner: mae&apos;r gweinydd yn dadwneud newid anorffenedig. Mae Scrutineer yn cysylltu eto pan fydd y gweinydd yn ôl; yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The database is busy: someone else is saving the same records. Wait a moment and try again; nothing you saved before has been lost.</source>
        <translation>Mae&apos;r gronfa ddata yn brysur: mae rhywun arall yn cadw&apos;r un data. Arhoswch funud a rhowch gynnig arall arni; nid oes dim a gadwyd gennych o&apos;r blaen wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full, so this change could not be saved. Tell whoever runs the server; what was saved before is safe.</source>
        <translation>Mae disg y gweinydd yn llawn, felly ni ellid cadw&apos;r newid hwn. Rhowch wybod i bwy bynnag sy&apos;n rhedeg y gweinydd; mae&apos;r hyn a gadwyd o&apos;r blaen yn ddiogel.</translation>
    </message>
    <message>
        <source>The server refused this: %1. Your role does not allow it; ask your administrator.</source>
        <translation>Gwrthododd y gweinydd hyn: %1. Nid yw eich rôl yn caniatáu hyn; gofynnwch i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>The server took too long and stopped (%1). Try again, or narrow what you asked for.</source>
        <translation>Cymerodd y gweinydd ormod o amser a stopiodd (%1). Rhowch gynnig arall arni, neu gofynnwch am lai.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a time on a date: 9.00 am on 1 January 2016</comment>
        <translation>%1 ar %2</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>No indicator called %1</source>
        <translation>Dim dangosydd o&apos;r enw %1</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1: no figures entered yet</source>
        <translation>%1: dim ffigurau wedi&apos;u rhoi eto</translation>
    </message>
    <message>
        <source>Target %1–%2</source>
        <translation>Targed %1–%2</translation>
    </message>
    <message>
        <source>Target %1 or more</source>
        <translation>Targed %1 neu fwy</translation>
    </message>
    <message>
        <source>Target %1 or less</source>
        <translation>Targed %1 neu lai</translation>
    </message>
    <message>
        <source>national</source>
        <translation>cenedlaethol</translation>
    </message>
    <message>
        <source>neighbours</source>
        <translation>cymheiriaid</translation>
    </message>
    <message>
        <source>%1 (national)</source>
        <translation>%1 (cenedlaethol)</translation>
    </message>
    <message>
        <source>%1 (statistical neighbours)</source>
        <translation>%1 (cymheiriaid)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FigureImport</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>llinell %1, colofn %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line (period, team, indicator, value) and rows of figures.</source>
        <translation>Mae&apos;r ffeil yn wag: mae angen llinell bennawd arni (period, team, indicator, value) a rhesi o ffigurau.</translation>
    </message>
    <message>
        <source>the header lacks the column %1</source>
        <translation>nid oes gan y pennawd y golofn %1</translation>
    </message>
    <message>
        <source>the header lacks the columns %1</source>
        <translation>nid oes gan y pennawd y colofnau %1</translation>
    </message>
    <message>
        <source> (it reads: %1). The first line must name the columns period, team, indicator and value, separated by commas, semicolons or tabs.</source>
        <translation> (mae&apos;n darllen: %1). Rhaid i&apos;r llinell gyntaf enwi&apos;r colofnau period, team, indicator a value, wedi&apos;u gwahanu gan atalnodau, hanner colonau neu dabiau.</translation>
    </message>
    <message>
        <source>the month is missing; write it as 2017-03.</source>
        <translation>mae&apos;r mis ar goll; ysgrifennwch ef fel 2017-03.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write it as 2017-03.</source>
        <translation>Nid yw “%1” yn fis; ysgrifennwch ef fel 2017-03.</translation>
    </message>
    <message>
        <source>the team is missing; write the team&apos;s name as Scrutineer lists it under Figures.</source>
        <translation>mae&apos;r tîm ar goll; ysgrifennwch enw&apos;r tîm fel y mae Scrutineer yn ei restru dan Ffigurau.</translation>
    </message>
    <message>
        <source>there is no team called “%1”; write the team&apos;s name as Scrutineer lists it under Figures.</source>
        <translation>nid oes tîm o&apos;r enw “%1”; ysgrifennwch enw&apos;r tîm fel y mae Scrutineer yn ei restru dan Ffigurau.</translation>
    </message>
    <message>
        <source>the indicator is missing; write its key or name as the indicator catalogue gives it.</source>
        <translation>mae&apos;r dangosydd ar goll; ysgrifennwch ei allwedd neu ei enw fel y mae&apos;r catalog dangosyddion yn ei roi.</translation>
    </message>
    <message>
        <source>there is no indicator called “%1”; write its key or name as the indicator catalogue gives it.</source>
        <translation>nid oes dangosydd o&apos;r enw “%1”; ysgrifennwch ei allwedd neu ei enw fel y mae&apos;r catalog dangosyddion yn ei roi.</translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; give the parts instead.</source>
        <translation>Cyfrifir %1 o&apos;i rannau; rhowch y rhannau yn lle hynny.</translation>
    </message>
    <message>
        <source>this team&apos;s %1 for %2 is already given on an earlier line.</source>
        <translation>rhoddwyd %1 y tîm hwn ar gyfer %2 eisoes ar linell gynharach.</translation>
    </message>
    <message>
        <source>The file has a header but no figures.</source>
        <translation>Mae pennawd gan y ffeil ond dim ffigurau.</translation>
    </message>
</context>
<context>
    <name>FigureImportDialog</name>
    <message>
        <source>Import Figures from CSV</source>
        <translation>Mewnforio Ffigurau o CSV</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Dim ffeil wedi&apos;i dewis.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Dewis Ffeil…</translation>
    </message>
    <message>
        <source>The first line names the columns period, team, indicator and value (and, if you wish, note), in any order. Nothing is saved until you press Import, and then every row is saved or none.</source>
        <translation>Mae&apos;r llinell gyntaf yn enwi&apos;r colofnau period, team, indicator a value (a note, os dymunwch), mewn unrhyw drefn. Ni chedwir dim nes i chi bwyso Mewnforio, ac yna cedwir pob rhes neu ddim un.</translation>
    </message>
    <message>
        <source>Errors (the header is line 1):</source>
        <translation>Gwallau (llinell 1 yw&apos;r pennawd):</translation>
    </message>
    <message>
        <source>Figures that would be imported:</source>
        <translation>Ffigurau a fyddai&apos;n cael eu mewnforio:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Errors in the file</source>
        <translation>Gwallau yn y ffeil</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Figures that would be imported</source>
        <translation>Ffigurau a fyddai&apos;n cael eu mewnforio</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check that the file exists and that you may read it, or choose another.</source>
        <translation>Ni ellid darllen %1 (%2). Gwiriwch fod y ffeil yn bodoli a bod gennych hawl i&apos;w darllen, neu dewiswch un arall.</translation>
    </message>
    <message>
        <source>Choose a CSV file of figures to see what it holds.</source>
        <translation>Dewiswch ffeil CSV o ffigurau i weld beth sydd ynddi.</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 ffigur</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 ffigur</translation>
    </message>
    <message>
        <source>⚠ 1 error in the file</source>
        <translation>⚠ 1 gwall yn y ffeil</translation>
    </message>
    <message>
        <source>⚠ %1 errors in the file</source>
        <translation>⚠ %1 gwall yn y ffeil</translation>
    </message>
    <message>
        <source>: nothing can be imported until every one is put right. Correct the lines listed below in the file, save it, and choose it again.</source>
        <translation>: ni ellir mewnforio dim nes bod pob un wedi&apos;i gywiro. Cywirwch y llinellau a restrir isod yn y ffeil, cadwch hi, a&apos;i dewis eto.</translation>
    </message>
    <message>
        <source> The first %1 are listed.</source>
        <translation> Rhestrir y %1 cyntaf.</translation>
    </message>
    <message>
        <source>%1 would be imported, but as a %2 you may not import figures. Ask an officer or your administrator.</source>
        <translation>Byddai %1 yn cael eu mewnforio, ond fel %2 ni chewch fewnforio ffigurau. Gofynnwch i swyddog neu eich gweinyddwr.</translation>
    </message>
    <message>
        <source>%1 ready to import, with no errors. Press Import to save them all.</source>
        <translation>%1 yn barod i&apos;w mewnforio, heb wallau. Pwyswch Mewnforio i&apos;w cadw i gyd.</translation>
    </message>
    <message>
        <source>⚠ Nothing was imported: %1</source>
        <translation>⚠ Ni fewnforiwyd dim: %1</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <source>You may read these figures; only officers and administrators enter them.</source>
        <translation>Cewch ddarllen y ffigurau hyn; dim ond swyddogion a gweinyddwyr sy&apos;n eu rhoi.</translation>
    </message>
    <message>
        <source>%1 is worked out, not typed: it comes from %2. Type those figures for %3 and this one follows.</source>
        <translation>Cyfrifir %1, nid ei deipio: daw o %2. Teipiwch y ffigurau hynny ar gyfer %3 a daw hwn wedyn.</translation>
    </message>
    <message>
        <source>%1: no figures yet. Type this month&apos;s figures here.</source>
        <translation>%1: dim ffigurau eto. Teipiwch ffigurau&apos;r mis hwn yma.</translation>
    </message>
    <message>
        <source>%1 (worked out)</source>
        <translation>%1 (wedi&apos;i gyfrifo)</translation>
    </message>
    <message>
        <source>Worked out from %1; it cannot be typed.</source>
        <translation>Wedi&apos;i gyfrifo o %1; ni ellir ei deipio.</translation>
    </message>
    <message>
        <source>Worked out from %1 once they are typed for this month.</source>
        <translation>Wedi&apos;i gyfrifo o %1 unwaith y&apos;u teipir ar gyfer y mis hwn.</translation>
    </message>
    <message>
        <source>%1: %2%3
Entered by %4</source>
        <translation>%1: %2%3
Rhoddwyd gan %4</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Sylw: %1</translation>
    </message>
    <message>
        <source>Unusual: far from %1 the month before, and saved without being confirmed. Check it against its source; add a comment (Shift+F2) saying why if it is right.</source>
        <translation>Anarferol: ymhell o %1 y mis cynt, ac wedi&apos;i gadw heb ei gadarnhau. Gwiriwch ef yn erbyn ei ffynhonnell; ychwanegwch sylw (Shift+F2) yn dweud pam os yw&apos;n gywir.</translation>
    </message>
    <message>
        <source>%1 is far from the month before. Save it?</source>
        <translation>Mae %1 ymhell o&apos;r mis cynt. Ei gadw?</translation>
    </message>
    <message>
        <source>%1 was not saved, as you chose. Check it, and type it again if it is right.</source>
        <translation>Ni chadwyd %1, fel y dewisoch. Gwiriwch ef, a&apos;i deipio eto os yw&apos;n gywir.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter %1 for %2</source>
        <translation>Rhoi %1 ar gyfer %2</translation>
    </message>
    <message>
        <source>“%1” fell outside the grid or on a worked-out row. Choose the cell where the block should start, then paste again.</source>
        <translation>Roedd “%1” y tu allan i&apos;r grid neu ar res wedi&apos;i chyfrifo. Dewiswch y gell lle dylai&apos;r bloc ddechrau, yna gludwch eto.</translation>
    </message>
    <message>
        <source>1 of the %1 pasted figures is far from the month before</source>
        <translation>Mae 1 o&apos;r %1 ffigur a ludwyd ymhell o&apos;r mis cynt</translation>
    </message>
    <message>
        <source>%1 of the %2 pasted figures are far from the month before</source>
        <translation>Mae %1 o&apos;r %2 ffigur a ludwyd ymhell o&apos;r mis cynt</translation>
    </message>
    <message>
        <source>Choose No to save none of them.</source>
        <translation>Dewiswch Na i beidio â chadw&apos;r un ohonynt.</translation>
    </message>
    <message>
        <source>Choose No to save only the other figure.</source>
        <translation>Dewiswch Na i gadw&apos;r ffigur arall yn unig.</translation>
    </message>
    <message>
        <source>Choose No to save only the other %1.</source>
        <translation>Dewiswch Na i gadw&apos;r %1 arall yn unig.</translation>
    </message>
    <message>
        <source>%1 (%2). Save them all? %3</source>
        <translation>%1 (%2). Eu cadw i gyd? %3</translation>
    </message>
    <message>
        <source>Paste figures</source>
        <translation>Gludo ffigurau</translation>
    </message>
    <message>
        <source>%1 was left out, as you chose. Type it in if it is right.</source>
        <translation>Gadawyd %1 allan, fel y dewisoch. Teipiwch ef os yw&apos;n gywir.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 after %4</source>
        <translation>%1 %2 yn %3 ar ôl %4</translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; comment on the parts instead.</source>
        <translation>Cyfrifir %1 o&apos;i rannau; rhowch sylw ar y rhannau yn lle hynny.</translation>
    </message>
    <message>
        <source>There is no figure here to comment on. Type the figure first, then add its comment.</source>
        <translation>Nid oes ffigur yma i roi sylw arno. Teipiwch y ffigur yn gyntaf, yna ychwanegwch ei sylw.</translation>
    </message>
    <message>
        <source>Comment on %1 for %2</source>
        <translation>Sylw ar %1 ar gyfer %2</translation>
    </message>
    <message>
        <source>Someone else removed this figure after you changed it, so it was not changed back. Press F5 to see the figures as they are now.</source>
        <translation>Dileodd rhywun arall y ffigur hwn ar ôl i chi ei newid, felly ni chafodd ei newid yn ôl. Pwyswch F5 i weld y ffigurau fel y maent nawr.</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Indicator &amp;Catalogue…</source>
        <translation>&amp;Catalog Dangosyddion…</translation>
    </message>
    <message>
        <source>The indicators, their definitions, targets and linked priorities</source>
        <translation>Y dangosyddion, eu diffiniadau, eu targedau a&apos;r blaenoriaethau cysylltiedig</translation>
    </message>
    <message>
        <source>&amp;Import Figures from CSV…</source>
        <translation>&amp;Mewnforio Ffigurau o CSV…</translation>
    </message>
    <message>
        <source>Preview a CSV of figures (period, team, indicator, value), then import it</source>
        <translation>Rhagweld CSV o ffigurau (period, team, indicator, value), yna ei fewnforio</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Cadw&apos;r Siart fel &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>S&amp;ylw…</translation>
    </message>
    <message>
        <source>Add or change the comment on the chosen figure</source>
        <translation>Ychwanegu neu newid y sylw ar y ffigur a ddewiswyd</translation>
    </message>
    <message>
        <source>Team o&amp;r service:</source>
        <translation>Tîm neu wasanae&amp;th:</translation>
    </message>
    <message>
        <source>Indicator Catalogue…</source>
        <translation>Dangosyddion…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Mewnforio CSV…</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Siart fel PNG…</translation>
    </message>
    <message>
        <source>Figures by month</source>
        <translation>Ffigurau fesul mis</translation>
    </message>
    <message>
        <source>1 figure pasted and saved.</source>
        <translation>Gludwyd a chadwyd 1 ffigur.</translation>
    </message>
    <message>
        <source>%1 figures pasted and saved.</source>
        <translation>Gludwyd a chadwyd %1 ffigur.</translation>
    </message>
    <message>
        <source>Nothing pasted was saved: %1</source>
        <translation>Ni chadwyd dim a ludwyd: %1</translation>
    </message>
    <message>
        <source>1 of the %1 pasted figures was not saved: %2</source>
        <translation>Ni chadwyd 1 o&apos;r %1 ffigur a ludwyd: %2</translation>
    </message>
    <message>
        <source>%1 of the %2 pasted figures were not saved; the first: %3</source>
        <translation>Ni chadwyd %1 o&apos;r %2 ffigur a ludwyd; y cyntaf: %3</translation>
    </message>
    <message>
        <source>The others are saved. Correct the figure and type it in, or paste again.</source>
        <translation>Mae&apos;r lleill wedi&apos;u cadw. Cywirwch y ffigur a&apos;i deipio, neu gludwch eto.</translation>
    </message>
    <message>
        <source>Type a figure into its month and press Enter or Tab; paste a block copied from a spreadsheet with Ctrl+V; Shift+F2 adds a comment. Worked-out rows are computed from their parts.</source>
        <translation>Teipiwch ffigur yn ei fis a phwyswch Enter neu Tab; gludwch floc a gopïwyd o daenlen gyda Ctrl+V; mae Shift+F2 yn ychwanegu sylw. Cyfrifir rhesi wedi&apos;u cyfrifo o&apos;u rhannau.</translation>
    </message>
    <message>
        <source>You may read these figures; officers enter them.</source>
        <translation>Cewch ddarllen y ffigurau hyn; swyddogion sy&apos;n eu rhoi.</translation>
    </message>
    <message>
        <source>Unusual figures</source>
        <translation>Ffigurau anarferol</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Cadwyd.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Ff&amp;igurau</translation>
    </message>
    <message>
        <source>1 figure imported.</source>
        <translation>Mewnforiwyd 1 ffigur.</translation>
    </message>
    <message>
        <source>%1 figures imported.</source>
        <translation>Mewnforiwyd %1 ffigur.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Cadw&apos;r Siart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Delweddau PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Ni chadwyd y siart</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you may write to, and a name ending in .png.</source>
        <translation>Ni ellid ysgrifennu&apos;r siart i %1. Dewiswch ffolder y cewch ysgrifennu iddo, ac enw sy&apos;n gorffen â .png.</translation>
    </message>
    <message>
        <source>Only officers and administrators may comment on figures.</source>
        <translation>Dim ond swyddogion a gweinyddwyr gaiff roi sylw ar ffigurau.</translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; comment on the parts instead.</source>
        <translation>Cyfrifir %1 o&apos;i rannau; rhowch sylw ar y rhannau yn lle hynny.</translation>
    </message>
    <message>
        <source>There is no figure here to comment on. Type the figure first, then add its comment.</source>
        <translation>Nid oes ffigur yma i roi sylw arno. Teipiwch y ffigur yn gyntaf, yna ychwanegwch ei sylw.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Comment on %1, %2 (leave empty to remove it):</source>
        <translation>Sylw ar %1, %2 (gadewch yn wag i&apos;w ddileu):</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Draft: held, not yet approved</source>
        <translation>Drafft: wedi&apos;i gynnal, heb ei gymeradwyo eto</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Import Minutes: %1</source>
        <translation>Mewnforio Cofnodion: %1</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Tudalen:</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Yr hyn a ganfuwyd</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>I&apos;w wirio</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct a text, owner or due date; untick what should not be saved.</source>
        <translation>Cliciwch ddwywaith neu pwyswch F2 i gywiro testun, perchennog neu ddyddiad cau; dad-diciwch yr hyn na ddylid ei gadw.</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;Ychwanegu Rhes</translation>
    </message>
    <message>
        <source>Add a row like the selected one (a person, item, resolution or action) and type it in.</source>
        <translation>Ychwanegu rhes fel yr un a ddewiswyd (person, eitem, penderfyniad neu gam gweithredu) a&apos;i theipio.</translation>
    </message>
    <message>
        <source>&amp;Next to Check</source>
        <translation>Yr &amp;Un Nesaf i&apos;w Wirio</translation>
    </message>
    <message>
        <source>Go to the next element the importer is unsure of (F8).</source>
        <translation>Mynd at yr elfen nesaf nad yw&apos;r mewnforiwr yn siŵr ohoni (F8).</translation>
    </message>
    <message>
        <source>&amp;Warnings from the importer:</source>
        <translation>&amp;Rhybuddion gan y mewnforiwr:</translation>
    </message>
    <message>
        <source>None: still check the items against the page.</source>
        <translation>Dim: gwiriwch yr eitemau yn erbyn y dudalen serch hynny.</translation>
    </message>
    <message>
        <source>Select a row to see where it is on the page. Untick anything that should not be saved; tick a suggested action to accept it. Nothing is saved until you choose Save to Database.</source>
        <translation>Dewiswch res i weld ble mae hi ar y dudalen. Dad-diciwch unrhyw beth na ddylid ei gadw; ticiwch gam gweithredu a awgrymir i&apos;w dderbyn. Ni chedwir dim nes i chi ddewis Cadw i&apos;r Gronfa Ddata.</translation>
    </message>
    <message>
        <source>&amp;Save to Database</source>
        <translation>&amp;Cadw i&apos;r Gronfa Ddata</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Pwyllgor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>As the document says: draft minutes (a draft, or the minutes of the previous meeting in an agenda pack) are saved as held, not approved. Double-click to change it.</source>
        <translation>Fel y dywed y ddogfen: cedwir cofnodion drafft (drafft, neu gofnodion y cyfarfod blaenorol mewn pecyn agenda) fel rhai wedi&apos;u cynnal, heb eu cymeradwyo. Cliciwch ddwywaith i&apos;w newid.</translation>
    </message>
    <message>
        <source>Present (%1)</source>
        <translation>Yn bresennol (%1)</translation>
    </message>
    <message>
        <source>Apologies (%1)</source>
        <translation>Ymddiheuriadau (%1)</translation>
    </message>
    <message>
        <source>Declarations of interest (%1)</source>
        <translation>Datganiadau o fuddiant (%1)</translation>
    </message>
    <message>
        <source>Each row: the member, what the interest is, its kind (personal, prejudicial, pecuniary) and the item it concerns.</source>
        <translation>Pob rhes: yr aelod, beth yw&apos;r buddiant, ei fath (personol, rhagfarnol, ariannol) a&apos;r eitem y mae&apos;n ymwneud â hi.</translation>
    </message>
    <message>
        <source>The item&apos;s number as printed; double-click to correct it.</source>
        <translation>Rhif yr eitem fel y&apos;i hargraffwyd; cliciwch ddwywaith i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation>Penderfyniad %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Cam gweithredu a awgrymir</translation>
    </message>
    <message>
        <source>Found in the narrative, not minuted as an action: tick to accept it as an action, leave unticked to reject it.</source>
        <translation>Wedi&apos;i ganfod yn y naratif, heb ei gofnodi fel cam gweithredu: ticiwch i&apos;w dderbyn fel cam gweithredu, gadewch heb ei dicio i&apos;w wrthod.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwirio</translation>
    </message>
    <message>
        <source>The importer is not sure of this: check it against the page.</source>
        <translation>Nid yw&apos;r mewnforiwr yn siŵr o hyn: gwiriwch ef yn erbyn y dudalen.</translation>
    </message>
    <message>
        <source>The importer is not sure of this: %1</source>
        <translation>Nid yw&apos;r mewnforiwr yn siŵr o hyn: %1</translation>
    </message>
    <message>
        <source>Nothing marked to check; still compare the rows with the page.</source>
        <translation>Dim wedi&apos;i farcio i&apos;w wirio; cymharwch y rhesi â&apos;r dudalen serch hynny.</translation>
    </message>
    <message>
        <source>1 element to check first (F8).</source>
        <translation>1 elfen i&apos;w gwirio yn gyntaf (F8).</translation>
    </message>
    <message>
        <source>%1 elements to check first (F8 goes to the next).</source>
        <translation>%1 elfen i&apos;w gwirio yn gyntaf (mae F8 yn mynd i&apos;r nesaf).</translation>
    </message>
    <message>
        <source>Printed as “%1”: this is the committee already in the database. Double-click to choose another.</source>
        <translation>Wedi&apos;i argraffu fel “%1”: dyma&apos;r pwyllgor sydd eisoes yn y gronfa ddata. Cliciwch ddwywaith i ddewis un arall.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>No committee of this name is in the database: saving creates it. Double-click and type to choose one of the committees already there.</source>
        <translation>Nid oes pwyllgor o&apos;r enw hwn yn y gronfa ddata: mae cadw yn ei greu. Cliciwch ddwywaith a theipio i ddewis un o&apos;r pwyllgorau sydd yno eisoes.</translation>
    </message>
    <message>
        <source>The member who declared the interest; double-click to correct it.</source>
        <translation>Yr aelod a ddatganodd y buddiant; cliciwch ddwywaith i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>What the interest is, as the minutes say it.</source>
        <translation>Beth yw&apos;r buddiant, fel y dywed y cofnodion.</translation>
    </message>
    <message>
        <source>The kind of interest, as written: personal, prejudicial, pecuniary …</source>
        <translation>Math y buddiant, fel y&apos;i hysgrifennwyd: personol, rhagfarnol, ariannol …</translation>
    </message>
    <message>
        <source>The number of the item it concerns, when the minutes say.</source>
        <translation>Rhif yr eitem y mae&apos;n ymwneud â hi, pan fo&apos;r cofnodion yn dweud.</translation>
    </message>
    <message>
        <source>Resolution (added)</source>
        <translation>Penderfyniad (wedi&apos;i ychwanegu)</translation>
    </message>
    <message>
        <source>Plain-text minutes: there is no page to show. Check the rows against the text you copied.</source>
        <translation>Cofnodion testun plaen: nid oes tudalen i&apos;w dangos. Gwiriwch y rhesi yn erbyn y testun a gopïwyd gennych.</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown. Check the rows against the PDF in another viewer.</source>
        <translation>Ni ellir dangos tudalen %1. Gwiriwch y rhesi yn erbyn y PDF mewn gwyliwr arall.</translation>
    </message>
    <message>
        <source>“%1” is not a date that can be read. Write the meeting&apos;s date as Tuesday 5 March 2024 or 05/03/2024, or leave it empty if it is not known.</source>
        <translation>Nid yw “%1” yn ddyddiad y gellir ei ddarllen. Ysgrifennwch ddyddiad y cyfarfod fel Dydd Mawrth 5 Mawrth 2024 neu 05/03/2024, neu gadewch ef yn wag os nad yw&apos;n hysbys.</translation>
    </message>
    <message>
        <source>“%1” is not a time that can be read. Write it as 19:00 or 7.00 pm, or leave it empty.</source>
        <translation>Nid yw “%1” yn amser y gellir ei ddarllen. Ysgrifennwch ef fel 19:00 neu 7.00 pm, neu gadewch ef yn wag.</translation>
    </message>
    <message>
        <source>“%1” is not a due date that can be read. Write it as 30/04/2024 or 30 April 2024, or leave it empty.</source>
        <translation>Nid yw “%1” yn ddyddiad cau y gellir ei ddarllen. Ysgrifennwch ef fel 30/04/2024 neu 30 Ebrill 2024, neu gadewch ef yn wag.</translation>
    </message>
    <message>
        <source>What the importer read</source>
        <translation>Yr hyn a ddarllenodd y mewnforiwr</translation>
    </message>
    <message>
        <source>Warnings from the importer</source>
        <translation>Rhybuddion gan y mewnforiwr</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>The indicator catalogue is missing.</source>
        <translation>Mae&apos;r catalog dangosyddion ar goll.</translation>
    </message>
    <message>
        <source>The indicator catalogue cannot be read: %1.</source>
        <translation>Ni ellir darllen y catalog dangosyddion: %1.</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogueDialog</name>
    <message>
        <source>Count</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Canran</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Cymhareb</translation>
    </message>
    <message>
        <source>Rate per 10,000 children</source>
        <translation>Cyfradd fesul 10,000 o blant</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <source>Number (such as FTE)</source>
        <translation>Rhif (megis CALl)</translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation>Fesul 10,000</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Gorau po uchaf</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Gorau po isaf</translation>
    </message>
    <message>
        <source>Within the target band is best</source>
        <translation>Gorau o fewn band y targed</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Chwarterol</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Blynyddol</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Misol</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 neu fwy</translation>
    </message>
    <message>
        <source>%1 or less</source>
        <translation>%1 neu lai</translation>
    </message>
    <message>
        <source>G %1</source>
        <translation>G %1</translation>
    </message>
    <message>
        <source>G %1, A %2</source>
        <translation>G %1, A %2</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>dim terfyn</translation>
    </message>
    <message>
        <source>Indicator Catalogue</source>
        <translation>Catalog Dangosyddion</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Canfod:</translation>
    </message>
    <message>
        <source>Part of a name, key, unit or target</source>
        <translation>Rhan o enw, allwedd, uned neu darged</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Amlder</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Blaenoriaethau</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Dangosyddion</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Allwedd:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Diffiniad:</translation>
    </message>
    <message>
        <source>Worked out as:</source>
        <translation>Wedi&apos;i gyfrifo fel:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Uned:</translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation>&amp;Gwell:</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>A&amp;mlder:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Target (Green) from</source>
        <translation>Targed (Gwyrdd) o</translation>
    </message>
    <message>
        <source>Target (Green) to</source>
        <translation>Targed (Gwyrdd) i</translation>
    </message>
    <message>
        <source>Tolerance (Amber) from</source>
        <translation>Goddefiant (Ambr) o</translation>
    </message>
    <message>
        <source>Tolerance (Amber) to</source>
        <translation>Goddefiant (Ambr) i</translation>
    </message>
    <message>
        <source>Target (&amp;Green):</source>
        <translation>Targed (&amp;Gwyrdd):</translation>
    </message>
    <message>
        <source>Tolerance (&amp;Amber):</source>
        <translation>Goddefiant (&amp;Ambr):</translation>
    </message>
    <message>
        <source>A figure in the target band is rated G, in the tolerance band A, anywhere else R. Leave a bound empty for no limit on that side; leave both bands empty for a figure that is not rated.</source>
        <translation>Rhoddir G i ffigur ym mand y targed, A ym mand y goddefiant, ac R yn unrhyw le arall. Gadewch derfyn yn wag i beidio â chyfyngu ar yr ochr honno; gadewch y ddau fand yn wag ar gyfer ffigur na roddir sgôr iddo.</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>Ffy&amp;nhonnell:</translation>
    </message>
    <message>
        <source>&amp;Key indicator (shown for every team and on the dashboard)</source>
        <translation>Dangosydd &amp;allweddol (dangosir ar gyfer pob tîm ac ar y dangosfwrdd)</translation>
    </message>
    <message>
        <source>Plan priorities this indicator is evidence for</source>
        <translation>Blaenoriaethau&apos;r cynllun y mae&apos;r dangosydd hwn yn dystiolaeth ar eu cyfer</translation>
    </message>
    <message>
        <source>&amp;Priorities:</source>
        <translation>&amp;Blaenoriaethau:</translation>
    </message>
    <message>
        <source>New &amp;Indicator…</source>
        <translation>Dangosydd &amp;Newydd…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Dychwelyd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Choose an indicator, change what needs changing and press Save. Every change is recorded with your name.</source>
        <translation>Dewiswch ddangosydd, newidiwch yr hyn sydd angen ei newid a phwyswch Cadw. Cofnodir pob newid gyda&apos;ch enw.</translation>
    </message>
    <message>
        <source>You may read the catalogue; officers and administrators change it.</source>
        <translation>Cewch ddarllen y catalog; swyddogion a gweinyddwyr sy&apos;n ei newid.</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Blaenoriaeth %1: %2</translation>
    </message>
    <message>
        <source>%1 (worked out)</source>
        <translation>%1 (wedi&apos;i gyfrifo)</translation>
    </message>
    <message>
        <source>%1
(computed from its parts, never typed; the formula cannot be changed here)</source>
        <translation>%1
(wedi&apos;i gyfrifo o&apos;i rannau, byth wedi&apos;i deipio; ni ellir newid y fformiwla yma)</translation>
    </message>
    <message>
        <source>Typed (not worked out)</source>
        <translation>Wedi&apos;i deipio (heb ei gyfrifo)</translation>
    </message>
    <message>
        <source>A band bound is not a number. Type a number such as 15 or 95.5, or leave it empty for no limit.</source>
        <translation>Nid yw terfyn band yn rhif. Teipiwch rif megis 15 neu 95.5, neu gadewch ef yn wag i beidio â chyfyngu.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Cadwyd %1.</translation>
    </message>
    <message>
        <source>The form shows the indicator as it is saved now.</source>
        <translation>Mae&apos;r ffurflen yn dangos y dangosydd fel y mae wedi&apos;i gadw nawr.</translation>
    </message>
    <message>
        <source>New Indicator</source>
        <translation>Dangosydd Newydd</translation>
    </message>
    <message>
        <source>Name of the new indicator:</source>
        <translation>Enw&apos;r dangosydd newydd:</translation>
    </message>
    <message>
        <source>Key (used in CSV files and formulas; lower-case letters, digits and underscores):</source>
        <translation>Allwedd (a ddefnyddir mewn ffeiliau CSV a fformiwlâu; llythrennau bach, digidau a thanlinellau):</translation>
    </message>
    <message>
        <source>%1 added. Give its definition, unit and bands, then press Save.</source>
        <translation>Ychwanegwyd %1. Rhowch ei ddiffiniad, ei uned a&apos;i fandiau, yna pwyswch Cadw.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>You have changed %1 without saving. Save the changes?</source>
        <translation>Rydych wedi newid %1 heb gadw. Cadw&apos;r newidiadau?</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>%1 is worked out from its parts (%2); enter the parts instead.</source>
        <translation>Cyfrifir %1 o&apos;i rannau (%2); rhowch y rhannau yn lle hynny.</translation>
    </message>
    <message>
        <source>Worked out: %1</source>
        <translation>Wedi&apos;i gyfrifo: %1</translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; comment on the parts instead.</source>
        <translation>Cyfrifir %1 o&apos;i rannau; rhowch sylw ar y rhannau yn lle hynny.</translation>
    </message>
    <message>
        <source>There is no figure of %1 for %2 to comment on. Enter the figure first, then its comment.</source>
        <translation>Nid oes ffigur o %1 ar gyfer %2 i roi sylw arno. Rhowch y ffigur yn gyntaf, yna ei sylw.</translation>
    </message>
    <message>
        <source>%1 is worked out from its parts; change the parts instead.</source>
        <translation>Cyfrifir %1 o&apos;i rannau; newidiwch y rhannau yn lle hynny.</translation>
    </message>
    <message>
        <source>A band cannot start or end below 0. Correct the bound, or leave it empty for no limit.</source>
        <translation>Ni all band ddechrau na gorffen islaw 0. Cywirwch y terfyn, neu gadewch ef yn wag i beidio â chyfyngu.</translation>
    </message>
    <message>
        <source>A percentage band lies within 0–100. Correct the bound, or leave it empty for no limit.</source>
        <translation>Mae band canran rhwng 0 a 100. Cywirwch y terfyn, neu gadewch ef yn wag i beidio â chyfyngu.</translation>
    </message>
    <message>
        <source>The target (Green) band starts at %1, above its end %2. Swap them.</source>
        <translation>Mae band y targed (Gwyrdd) yn dechrau ar %1, uwchlaw ei ddiwedd %2. Cyfnewidiwch nhw.</translation>
    </message>
    <message>
        <source>The tolerance (Amber) band starts at %1, above its end %2. Swap them.</source>
        <translation>Mae band y goddefiant (Ambr) yn dechrau ar %1, uwchlaw ei ddiwedd %2. Cyfnewidiwch nhw.</translation>
    </message>
    <message>
        <source>The tolerance (Amber) band must include the whole target (Green) band. Widen the Amber band, or leave a bound empty for no limit.</source>
        <translation>Rhaid i fand y goddefiant (Ambr) gynnwys band cyfan y targed (Gwyrdd). Lledwch y band Ambr, neu gadewch derfyn yn wag i beidio â chyfyngu.</translation>
    </message>
    <message>
        <source>As a %1 you may not change the indicator catalogue: officers and administrators keep it. Ask one of them to make this change.</source>
        <translation>Fel %1 ni chewch newid y catalog dangosyddion: swyddogion a gweinyddwyr sy&apos;n ei gadw. Gofynnwch i un ohonynt wneud y newid hwn.</translation>
    </message>
    <message>
        <source>An indicator needs a name. Type one, then save.</source>
        <translation>Mae angen enw ar ddangosydd. Teipiwch un, yna cadwch.</translation>
    </message>
    <message>
        <source>“%1” is not a unit Scrutineer knows. Choose one from the list.</source>
        <translation>Nid yw “%1” yn uned y mae Scrutineer yn ei hadnabod. Dewiswch un o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Choose whether higher figures, lower figures or figures within the band are better.</source>
        <translation>Dewiswch ai ffigurau uwch, ffigurau is neu ffigurau o fewn y band sy&apos;n well.</translation>
    </message>
    <message>
        <source>Choose how often the figure is reported: monthly, quarterly or annually.</source>
        <translation>Dewiswch pa mor aml yr adroddir y ffigur: misol, chwarterol neu flynyddol.</translation>
    </message>
    <message>
        <source>“%1” cannot be an indicator&apos;s key: use lower-case letters, digits and underscores, starting with a letter (for example agency_rate).</source>
        <translation>Ni all “%1” fod yn allwedd dangosydd: defnyddiwch lythrennau bach, digidau a thanlinellau, gan ddechrau â llythyren (er enghraifft agency_rate).</translation>
    </message>
    <message>
        <source>There is already an indicator with the key %1. Choose another key.</source>
        <translation>Mae dangosydd â&apos;r allwedd %1 yn bodoli eisoes. Dewiswch allwedd arall.</translation>
    </message>
</context>
<context>
    <name>IndicatorRules</name>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Dim targed</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Rhowch rif.</translation>
    </message>
    <message>
        <source>A figure cannot be negative: type 0 or more.</source>
        <translation>Ni all ffigur fod yn negatif: teipiwch 0 neu fwy.</translation>
    </message>
    <message>
        <source>A count is a whole number.</source>
        <translation>Mae cyfrif yn rhif cyfan.</translation>
    </message>
    <message>
        <source>A percentage lies between 0 and 100.</source>
        <translation>Mae canran rhwng 0 a 100.</translation>
    </message>
    <message>
        <source>%1 is far more than any figure of this kind (at most %2). Check the figure, and its decimal point.</source>
        <translation>Mae %1 yn llawer mwy nag unrhyw ffigur o&apos;r math hwn (%2 ar y mwyaf). Gwiriwch y ffigur, a&apos;i bwynt degol.</translation>
    </message>
    <message>
        <source>Vacancies (%1) cannot exceed the established posts for the same month (%2). Check both figures.</source>
        <translation>Ni all swyddi gwag (%1) fod yn fwy na&apos;r swyddi sefydledig ar gyfer yr un mis (%2). Gwiriwch y ddau ffigur.</translation>
    </message>
    <message>
        <source>Established posts (%1) cannot be fewer than the vacancies for the same month (%2). Check both figures.</source>
        <translation>Ni all swyddi sefydledig (%1) fod yn llai na&apos;r swyddi gwag ar gyfer yr un mis (%2). Gwiriwch y ddau ffigur.</translation>
    </message>
    <message>
        <source>“%1” is not a number; write a figure such as 17, 66% or 1,234.</source>
        <translation>Nid yw “%1” yn rhif; ysgrifennwch ffigur megis 17, 66% neu 1,234.</translation>
    </message>
    <message>
        <source>“%1” is a percentage, but this figure is not one; write the figure itself, without %.</source>
        <translation>Mae “%1” yn ganran, ond nid yw&apos;r ffigur hwn yn un; ysgrifennwch y ffigur ei hun, heb %.</translation>
    </message>
</context>
<context>
    <name>ListQueries</name>
    <message>
        <source>There is nothing called %1 to list; choose one of: %2.</source>
        <translation>Nid oes dim o&apos;r enw %1 i&apos;w restru; dewiswch un o: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau Gweithredu</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Ca&amp;mau Gweithredu</translation>
    </message>
    <message>
        <source>Improvement Plan</source>
        <translation>Cynllun Gwella</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>C&amp;ynllun</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Ff&amp;igurau</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Scrutineer</source>
        <translation>Scrutineer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Cyd-destun</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Pwyllgor:</translation>
    </message>
    <message>
        <source>  Mee&amp;ting:</source>
        <translation>  Cyf&amp;arfod:</translation>
    </message>
    <message>
        <source>Search minutes…</source>
        <translation>Chwilio&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>Search minutes</source>
        <translation>Chwilio&apos;r cofnodion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>Cronfa Ddata &amp;Newydd…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Agor Cronfa Ddata…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;Diweddar</translation>
    </message>
    <message>
        <source>&amp;Import Minutes…</source>
        <translation>&amp;Mewnforio Cofnodion…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>Pecyn &amp;Briffio…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Gwneud &amp;Copi Wrth Gefn o&apos;r Gronfa Ddata…</translation>
    </message>
    <message>
        <source>&amp;Users and Roles…</source>
        <translation>Defnyddwyr a &amp;Rolau…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Pobl…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>Cyfarf&amp;od</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>Cyfarfod &amp;Newydd…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Record Minutes…</source>
        <translation>&amp;Cofnodi&apos;r Cofnodion…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Export &amp;Minutes as PDF…</source>
        <translation>Allforio&apos;r Cofnodion fel &amp;PDF…</translation>
    </message>
    <message>
        <source>Export Minutes with &amp;Exempt Items…</source>
        <translation>Allforio&apos;r Cofnodion gydag Eitemau &amp;Eithriedig…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Allforio&apos;r C&amp;alendr…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Find in Minutes</source>
        <translation>&amp;Canfod yn y Cofnodion</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;dnewyddu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About Scrutineer</source>
        <translation>&amp;Ynghylch Scrutineer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Wrthi&apos;n llwytho %1…</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Ni agorwyd cronfa ddata</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ail-wneud %1</translation>
    </message>
    <message>
        <source>%1 (read-only) – Scrutineer</source>
        <translation>%1 (darllen yn unig) – Scrutineer</translation>
    </message>
    <message>
        <source>%1 – Scrutineer</source>
        <translation>%1 – Scrutineer</translation>
    </message>
    <message>
        <source>Audit trail tampered with</source>
        <translation>Mae rhywun wedi ymyrryd â&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>No database open. Use File ▸ Open Database… or File ▸ New Database…</source>
        <translation>Dim cronfa ddata ar agor. Defnyddiwch Ffeil ▸ Agor Cronfa Ddata… neu Ffeil ▸ Cronfa Ddata Newydd…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No database is open&lt;/h2&gt;&lt;p&gt;Open one with File ▸ Open Database… (Ctrl+O), or make a new one with File ▸ New Database… (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nid oes cronfa ddata ar agor&lt;/h2&gt;&lt;p&gt;Agorwch un gyda Ffeil ▸ Agor Cronfa Ddata… (Ctrl+O), neu gwnewch un newydd gyda Ffeil ▸ Cronfa Ddata Newydd… (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1, %2 needing attention</source>
        <translation>%1, %2 angen sylw</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 cyfarfod</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>%1 cyfarfod</translation>
    </message>
    <message>
        <source>%1 · %2 · signed in as %3 (%4)</source>
        <translation>%1 · %2 · wedi mewngofnodi fel %3 (%4)</translation>
    </message>
    <message>
        <source> · ⚠ read-only: nothing can be changed or saved here; copy the file somewhere you may write to change it</source>
        <translation> · ⚠ darllen yn unig: ni ellir newid na chadw dim yma; copïwch y ffeil i rywle y cewch ysgrifennu iddo i&apos;w newid</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Cronfa Ddata Newydd</translation>
    </message>
    <message>
        <source>Scrutineer databases (*.sqlite);;All files (*)</source>
        <translation>Cronfeydd data Scrutineer (*.sqlite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 already exists; it has been opened instead of replaced.</source>
        <translation>Mae %1 yn bodoli eisoes; fe&apos;i hagorwyd yn hytrach na&apos;i disodli.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Agor Cronfa Ddata</translation>
    </message>
    <message>
        <source>Scrutineer databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cronfeydd data Scrutineer (*.sqlite *.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Gwneud Copi Wrth Gefn o&apos;r Gronfa Ddata</translation>
    </message>
    <message>
        <source>Scrutineer databases (*.sqlite)</source>
        <translation>Cronfeydd data Scrutineer (*.sqlite)</translation>
    </message>
    <message>
        <source>A backup cannot replace the open database. Choose another name.</source>
        <translation>Ni all copi wrth gefn ddisodli&apos;r gronfa ddata sydd ar agor. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gwnaed copi wrth gefn yn %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Export Minutes with Exempt Items</source>
        <translation>Allforio&apos;r Cofnodion gydag Eitemau Eithriedig</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Allforio&apos;r Cofnodion</translation>
    </message>
    <message>
        <source>Choose a meeting at the top of the window first.</source>
        <translation>Dewiswch gyfarfod ar frig y ffenestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Minutes %1%2.pdf</source>
        <translation>Cofnodion %1%2.pdf</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (cyfrinachol)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes saved to %1</source>
        <translation>Cadwyd y cofnodion yn %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Allforio&apos;r Calendr</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Ffeiliau iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Meetings saved to %1 (open it with your calendar program)</source>
        <translation>Cadwyd y cyfarfodydd yn %1 (agorwch hi gyda&apos;ch rhaglen galendr)</translation>
    </message>
    <message>
        <source>Only a clerk or an administrator may import minutes.</source>
        <translation>Dim ond clerc neu weinyddwr gaiff fewnforio cofnodion.</translation>
    </message>
    <message>
        <source>Import Minutes</source>
        <translation>Mewnforio Cofnodion</translation>
    </message>
    <message>
        <source>Minutes (*.pdf *.txt);;PDF documents (*.pdf);;Text (*.txt)</source>
        <translation>Cofnodion (*.pdf *.txt);;Dogfennau PDF (*.pdf);;Testun (*.txt)</translation>
    </message>
    <message>
        <source>About Scrutineer</source>
        <translation>Ynghylch Scrutineer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scrutineer %1&lt;/h3&gt;&lt;p&gt;Meetings, actions, improvement-plan ratings and performance figures for the scrutiny of children&apos;s services, in one place.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public Licence, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scrutineer %1&lt;/h3&gt;&lt;p&gt;Cyfarfodydd, camau gweithredu, sgoriau&apos;r cynllun gwella a ffigurau perfformiad ar gyfer craffu ar wasanaethau plant, mewn un lle.&lt;/p&gt;&lt;p&gt;Meddalwedd rydd dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Heb ei ddadwneud</translation>
    </message>
    <message>
        <source>Not redone</source>
        <translation>Heb ei ail-wneud</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Dadwnaed: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Ail-wnaed: %1</translation>
    </message>
    <message>
        <source>caseload*</source>
        <translation>caseload*</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Scrutineer starts.</source>
        <translation>Daw&apos;r iaith newydd i rym y tro nesaf y bydd Scrutineer yn cychwyn.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation>Agor i&apos;w Darllen yn &amp;Unig…</translation>
    </message>
    <message>
        <source>Open a database to read it, with no risk of changing it</source>
        <translation>Agor cronfa ddata i&apos;w darllen, heb berygl o&apos;i newid</translation>
    </message>
    <message>
        <source>Open Database Read-Only</source>
        <translation>Agor Cronfa Ddata i&apos;w Darllen yn Unig</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Cysylltu â Gwe&amp;inydd…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Present</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ymddiheuriadau</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absennol</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Dirprwy</translation>
    </message>
    <message>
        <source>In attendance</source>
        <translation>Yn mynychu</translation>
    </message>
    <message>
        <source>Co-opted member</source>
        <translation>Aelod cyfetholedig</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gwestai</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <source>Prejudicial</source>
        <translation>Rhagfarnol</translation>
    </message>
    <message>
        <source>Disclosable pecuniary</source>
        <translation>Ariannol datgeladwy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personol</translation>
    </message>
    <message>
        <source>  [Part 2]</source>
        <translation>  [Rhan 2]</translation>
    </message>
    <message>
        <source>Record Meeting</source>
        <translation>Cofnodi Cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Presenoldeb</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>&amp;Cofnodion</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ail-wneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Select a person and press P (present), A (apologies), X (absent), S (substitute: then type whom they replace), O (in attendance) or Delete to clear.</source>
        <translation>Dewiswch berson a phwyswch P (yn bresennol), A (ymddiheuriadau), X (absennol), S (dirprwy: yna teipiwch pwy y maent yn ei ddisodli), O (yn mynychu) neu Delete i glirio.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Dirprwy dros</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Swyddogaeth</translation>
    </message>
    <message>
        <source>Selected person is a substitute &amp;for:</source>
        <translation>Mae&apos;r person a ddewiswyd yn ddirprwy &amp;dros:</translation>
    </message>
    <message>
        <source>Member replaced, then Enter (Escape goes back to the grid)</source>
        <translation>Yr aelod a ddisodlwyd, yna Enter (mae Escape yn mynd yn ôl i&apos;r grid)</translation>
    </message>
    <message>
        <source>Officers, guests and substitutes from outside the committee</source>
        <translation>Swyddogion, gwesteion a dirprwyon o&apos;r tu allan i&apos;r pwyllgor</translation>
    </message>
    <message>
        <source>Name (completes from the people known)</source>
        <translation>Enw (yn cwblhau o&apos;r bobl sy&apos;n hysbys)</translation>
    </message>
    <message>
        <source>Substitute member</source>
        <translation>Aelod dirprwyol</translation>
    </message>
    <message>
        <source>Job title or capacity (optional)</source>
        <translation>Teitl swydd neu swyddogaeth (dewisol)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Adds the person to the attendance (Enter in the name)</source>
        <translation>Yn ychwanegu&apos;r person at y presenoldeb (Enter yn yr enw)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>as</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Symud i &amp;Fyny</translation>
    </message>
    <message>
        <source>Moves the item up the agenda (Alt+Up); its minute number stays</source>
        <translation>Yn symud yr eitem i fyny&apos;r agenda (Alt+Up); mae rhif ei chofnod yn aros</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Symud i &amp;Lawr</translation>
    </message>
    <message>
        <source>Moves the item down the agenda (Alt+Down); its minute number stays</source>
        <translation>Yn symud yr eitem i lawr yr agenda (Alt+Down); mae rhif ei chofnod yn aros</translation>
    </message>
    <message>
        <source>New item title, then Enter</source>
        <translation>Teitl yr eitem newydd, yna Enter</translation>
    </message>
    <message>
        <source>Exem&amp;pt (Part 2): not for publication</source>
        <translation>&amp;Eithriedig (Rhan 2): nid i&apos;w chyhoeddi</translation>
    </message>
    <message>
        <source>Minute &amp;number:</source>
        <translation>&amp;Rhif y cofnod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Declarations of interest</source>
        <translation>Datganiadau o fuddiant</translation>
    </message>
    <message>
        <source>Delete removes the declaration chosen</source>
        <translation>Mae Delete yn dileu&apos;r datganiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Names complete from the committee&apos;s members and those at the meeting</source>
        <translation>Mae enwau&apos;n cwblhau o aelodau&apos;r pwyllgor a&apos;r rhai yn y cyfarfod</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Enw&apos;r aelod</translation>
    </message>
    <message>
        <source>Nature of the interest, then Enter</source>
        <translation>Natur y buddiant, yna Enter</translation>
    </message>
    <message>
        <source>D&amp;eclare</source>
        <translation>&amp;Datgan</translation>
    </message>
    <message>
        <source>Records the declaration (Enter in the member or nature)</source>
        <translation>Yn cofnodi&apos;r datganiad (Enter yn yr aelod neu&apos;r natur)</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Aelod:</translation>
    </message>
    <message>
        <source>Minutes te&amp;xt:</source>
        <translation>&amp;Testun y cofnodion:</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <source>Choose the resolution an action comes from (arrow keys); typing goes to the field below</source>
        <translation>Dewiswch y penderfyniad y daw cam gweithredu ohono (bysellau saeth); mae teipio&apos;n mynd i&apos;r maes isod</translation>
    </message>
    <message>
        <source>Resolution text, then Enter for the next</source>
        <translation>Testun y penderfyniad, yna Enter ar gyfer yr un nesaf</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Penderfyniad:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau Gweithredu</translation>
    </message>
    <message>
        <source>Choose an action to change its text, owner or due date below; Escape goes back to making a new one</source>
        <translation>Dewiswch gam gweithredu i newid ei destun, ei berchennog neu ei ddyddiad cau isod; mae Escape yn mynd yn ôl i wneud un newydd</translation>
    </message>
    <message>
        <source>What is to be done (empty: the resolution&apos;s words)</source>
        <translation>Beth sydd i&apos;w wneud (gwag: geiriau&apos;r penderfyniad)</translation>
    </message>
    <message>
        <source>Who, then Ctrl+Shift+A or Enter</source>
        <translation>Pwy, yna Ctrl+Shift+A neu Enter</translation>
    </message>
    <message>
        <source>Type who owns the action (names and job titles complete as you type), then Ctrl+Shift+A or Enter: the resolution chosen above becomes an action</source>
        <translation>Teipiwch pwy sy&apos;n berchen ar y cam gweithredu (mae enwau a theitlau swyddi&apos;n cwblhau wrth i chi deipio), yna Ctrl+Shift+A neu Enter: daw&apos;r penderfyniad a ddewiswyd uchod yn gam gweithredu</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>dim dyddiad cau</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Ychwanegu Cam Gweithredu</translation>
    </message>
    <message>
        <source>Makes the chosen resolution an action (Ctrl+Shift+A)</source>
        <translation>Yn gwneud y penderfyniad a ddewiswyd yn gam gweithredu (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Cam &amp;gweithredu:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Pe&amp;rchennog:</translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation>Erb&amp;yn:</translation>
    </message>
    <message>
        <source>Move Item Up</source>
        <translation>Symud yr Eitem i Fyny</translation>
    </message>
    <message>
        <source>Move Item Down</source>
        <translation>Symud yr Eitem i Lawr</translation>
    </message>
    <message>
        <source>Meeting not created</source>
        <translation>Ni chrëwyd y cyfarfod</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Cyfarfod %1</translation>
    </message>
    <message>
        <source>%1 — %2 interest</source>
        <translation>%1 — buddiant %2</translation>
    </message>
    <message>
        <source>%1 — %2 interest: %3</source>
        <translation>%1 — buddiant %2: %3</translation>
    </message>
    <message>
        <source>%1 ACTION: %2 — %3%4</source>
        <translation>%1 CAM GWEITHREDU: %2 — %3%4</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>dim perchennog</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (erbyn %1)</translation>
    </message>
    <message>
        <source> (no due date)</source>
        <translation> (dim dyddiad cau)</translation>
    </message>
    <message>
        <source>An item needs a title: type one, or undo (Ctrl+Z) to bring the old one back.</source>
        <translation>Mae angen teitl ar eitem: teipiwch un, neu dadwnewch (Ctrl+Z) i adfer yr hen un.</translation>
    </message>
    <message>
        <source>Type the name of the member declaring the interest first.</source>
        <translation>Teipiwch enw&apos;r aelod sy&apos;n datgan y buddiant yn gyntaf.</translation>
    </message>
    <message>
        <source>No one called “%1” is known: choose one of the names offered as you type, or add the person on the Attendance tab.</source>
        <translation>Nid oes neb o&apos;r enw “%1” yn hysbys: dewiswch un o&apos;r enwau a gynigir wrth i chi deipio, neu ychwanegwch y person ar y tab Presenoldeb.</translation>
    </message>
    <message>
        <source>Due by default at the next meeting, %1.</source>
        <translation>Erbyn y cyfarfod nesaf yn ddiofyn, %1.</translation>
    </message>
    <message>
        <source>No next meeting is scheduled: due by default %1 days after this one, the committee&apos;s usual gap.</source>
        <translation>Dim cyfarfod nesaf: erbyn %1 diwrnod ar ôl hwn yn ddiofyn, bwlch arferol y pwyllgor.</translation>
    </message>
    <message>
        <source>Changing action %1: Enter saves, Escape goes back to a new action.</source>
        <translation>Yn newid cam gweithredu %1: mae Enter yn cadw, mae Escape yn mynd yn ôl i gam gweithredu newydd.</translation>
    </message>
    <message>
        <source>Save Action</source>
        <translation>Cadw&apos;r Cam Gweithredu</translation>
    </message>
    <message>
        <source>Saves the changes to action %1 (Enter)</source>
        <translation>Yn cadw&apos;r newidiadau i gam gweithredu %1 (Enter)</translation>
    </message>
    <message>
        <source>Choose the resolution to turn into an action.</source>
        <translation>Dewiswch y penderfyniad i&apos;w droi&apos;n gam gweithredu.</translation>
    </message>
    <message>
        <source>Type who owns the action first.</source>
        <translation>Teipiwch pwy sy&apos;n berchen ar y cam gweithredu yn gyntaf.</translation>
    </message>
    <message>
        <source>Select the substitute in the grid first, then press S.</source>
        <translation>Dewiswch y dirprwy yn y grid yn gyntaf, yna pwyswch S.</translation>
    </message>
    <message>
        <source>Type the name of the member %1 replaces, then press Enter.</source>
        <translation>Teipiwch enw&apos;r aelod y mae %1 yn ei ddisodli, yna pwyswch Enter.</translation>
    </message>
    <message>
        <source>No one called “%1” is known: choose one of the committee&apos;s members offered as you type.</source>
        <translation>Nid oes neb o&apos;r enw “%1” yn hysbys: dewiswch un o aelodau&apos;r pwyllgor a gynigir wrth i chi deipio.</translation>
    </message>
    <message>
        <source>%1 cannot substitute for themselves: type the name of the member they replace.</source>
        <translation>Ni all %1 ddirprwyo drosto&apos;i hun: teipiwch enw&apos;r aelod y mae&apos;n ei ddisodli.</translation>
    </message>
    <message>
        <source>Type the name of the officer or guest first.</source>
        <translation>Teipiwch enw&apos;r swyddog neu&apos;r gwestai yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 is already on the attendance sheet: select them in the grid and press a letter.</source>
        <translation>Mae %1 ar y daflen bresenoldeb eisoes: dewiswch hwy yn y grid a phwyso llythyren.</translation>
    </message>
    <message>
        <source>Now type the member %1 replaces, then Enter.</source>
        <translation>Nawr teipiwch yr aelod y mae %1 yn ei ddisodli, yna Enter.</translation>
    </message>
    <message>
        <source>Type the member %1 replaces, then Enter.</source>
        <translation>Teipiwch yr aelod y mae %1 yn ei ddisodli, yna Enter.</translation>
    </message>
    <message>
        <source>an item without a title (its old title is kept)</source>
        <translation>eitem heb deitl (cedwir ei hen deitl)</translation>
    </message>
    <message>
        <source>the new item “%1”</source>
        <translation>yr eitem newydd “%1”</translation>
    </message>
    <message>
        <source>the resolution “%1”</source>
        <translation>y penderfyniad “%1”</translation>
    </message>
    <message>
        <source>an action for “%1”</source>
        <translation>cam gweithredu ar gyfer “%1”</translation>
    </message>
    <message>
        <source>a declaration by “%1”</source>
        <translation>datganiad gan “%1”</translation>
    </message>
    <message>
        <source>a substitute for “%1”</source>
        <translation>dirprwy dros “%1”</translation>
    </message>
    <message>
        <source>“%1” on the attendance</source>
        <translation>“%1” ar y presenoldeb</translation>
    </message>
    <message>
        <source>Close the Meeting?</source>
        <translation>Cau&apos;r Cyfarfod?</translation>
    </message>
    <message>
        <source>Everything else is saved, but this was typed and not added: %1.</source>
        <translation>Mae popeth arall wedi&apos;i gadw, ond teipiwyd hwn ac ni chafodd ei ychwanegu: %1.</translation>
    </message>
    <message>
        <source>Choose Cancel and press Enter in the field to add it, or Discard to close without it.</source>
        <translation>Dewiswch Canslo a phwyswch Enter yn y maes i&apos;w ychwanegu, neu Taflu i gau hebddo.</translation>
    </message>
    <message>
        <source>Close &amp;Without It</source>
        <translation>Cau &amp;Hebddo</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Scheduled</source>
        <translation>Wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>Held, minutes to approve</source>
        <translation>Cynhaliwyd; i&apos;w cymeradwyo</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Cofnodion wedi&apos;u cymeradwyo</translation>
    </message>
    <message>
        <source>Meetings, newest first</source>
        <translation>Cyfarfodydd, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Item, resolution or action</source>
        <translation>Eitem, penderfyniad neu gam gweithredu</translation>
    </message>
    <message>
        <source>Owner or report</source>
        <translation>Perchennog neu adroddiad</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Eitemau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Swyddogaeth</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>Pre&amp;senoldeb</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Kept since</source>
        <translation>Wedi&apos;i chadw ers</translation>
    </message>
    <message>
        <source>Documents kept with the meeting</source>
        <translation>Dogfennau a gedwir gyda&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>Cadw C&amp;opi…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dogfennau</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Dewiswch ddogfen yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Only the details of %1 were kept, not the file itself. Import it again to keep a copy.</source>
        <translation>Dim ond manylion %1 a gadwyd, nid y ffeil ei hun. Mewnforiwch hi eto i gadw copi.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another folder, or free some space.</source>
        <translation>Ni ellid ysgrifennu %1 (%2). Dewiswch ffolder arall, neu ryddhau rhywfaint o le.</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Agor Dogfen</translation>
    </message>
    <message>
        <source>No program is set to open %1. A copy is in %2.</source>
        <translation>Nid oes rhaglen wedi&apos;i gosod i agor %1. Mae copi yn %2.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Cadw Copi</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>heb ei chadw</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 gan %2</translation>
    </message>
    <message>
        <source>No documents are kept with this meeting. Minutes imported from a PDF keep the PDF here.</source>
        <translation>Nid oes dogfennau wedi&apos;u cadw gyda&apos;r cyfarfod hwn. Mae cofnodion a fewnforiwyd o PDF yn cadw&apos;r PDF yma.</translation>
    </message>
    <message>
        <source>This committee has no meetings recorded.</source>
        <translation>Nid oes cyfarfodydd wedi&apos;u cofnodi ar gyfer y pwyllgor hwn.</translation>
    </message>
    <message>
        <source>  [Part 2 – exempt]</source>
        <translation>  [Rhan 2 – eithriedig]</translation>
    </message>
    <message>
        <source>Exempt from publication (Part 2)</source>
        <translation>Wedi&apos;i eithrio rhag ei gyhoeddi (Rhan 2)</translation>
    </message>
    <message>
        <source>Resolved (%1): %2</source>
        <translation>Penderfynwyd (%1): %2</translation>
    </message>
    <message>
        <source>ACTION: %1</source>
        <translation>CAM GWEITHREDU: %1</translation>
    </message>
    <message>
        <source>Minutes of the chosen item</source>
        <translation>Cofnodion yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>Choose an item to read its minutes.</source>
        <translation>Dewiswch eitem i ddarllen ei chofnodion.</translation>
    </message>
</context>
<context>
    <name>MilestoneFlags</name>
    <message>
        <source>Rated on track, but its due date (%1) has passed and it is not complete.</source>
        <translation>Sgôr ar y trywydd iawn, ond mae ei dyddiad cau (%1) wedi mynd heibio ac nid yw wedi&apos;i chwblhau.</translation>
    </message>
    <message>
        <source>Shown as complete, but no evidence of completion is recorded.</source>
        <translation>Dangosir fel wedi&apos;i chwblhau, ond ni chofnodwyd tystiolaeth o&apos;i chwblhau.</translation>
    </message>
    <message>
        <source>The rating was last reviewed %1 days ago (it has not changed for %2 days), longer than the plan&apos;s review period of %3 days.</source>
        <translation>Adolygwyd y sgôr ddiwethaf %1 diwrnod yn ôl (nid yw wedi newid ers %2 diwrnod), yn hwy na chyfnod adolygu&apos;r cynllun o %3 diwrnod.</translation>
    </message>
    <message>
        <source>The rating has been neither changed nor reviewed for %1 days, longer than the plan&apos;s review period of %2 days.</source>
        <translation>Nid yw&apos;r sgôr wedi&apos;i newid na&apos;i hadolygu ers %1 diwrnod, yn hwy na chyfnod adolygu&apos;r cynllun o %2 diwrnod.</translation>
    </message>
    <message>
        <source>Rated Red, but no open action is recorded to recover it.</source>
        <translation>Sgôr Goch, ond ni chofnodwyd cam gweithredu agored i&apos;w hadfer.</translation>
    </message>
    <message>
        <source>The last change of rating was recorded without a rationale.</source>
        <translation>Cofnodwyd y newid sgôr diwethaf heb resymeg.</translation>
    </message>
</context>
<context>
    <name>MinutesCommands</name>
    <message>
        <source>Add Item %1</source>
        <translation>Ychwanegu Eitem %1</translation>
    </message>
    <message>
        <source>Edit Item %1</source>
        <translation>Golygu Eitem %1</translation>
    </message>
    <message>
        <source>Add Resolution</source>
        <translation>Ychwanegu Penderfyniad</translation>
    </message>
    <message>
        <source>Add Action for %1</source>
        <translation>Ychwanegu Cam Gweithredu ar gyfer %1</translation>
    </message>
    <message>
        <source>Record Substitute</source>
        <translation>Cofnodi Dirprwy</translation>
    </message>
    <message>
        <source>Record Attendance</source>
        <translation>Cofnodi Presenoldeb</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <source>Add Declaration by %1</source>
        <translation>Ychwanegu Datganiad gan %1</translation>
    </message>
    <message>
        <source>Remove Declaration by %1</source>
        <translation>Dileu Datganiad gan %1</translation>
    </message>
    <message>
        <source>Move Item</source>
        <translation>Symud Eitem</translation>
    </message>
</context>
<context>
    <name>MinutesImport</name>
    <message>
        <source>Imported minutes</source>
        <translation>Cofnodion a fewnforiwyd</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(heb deitl)</translation>
    </message>
    <message>
        <source>%1 interest</source>
        <translation>buddiant %1</translation>
    </message>
    <message>
        <source>%1 interest: %2</source>
        <translation>buddiant %1: %2</translation>
    </message>
    <message>
        <source>%1 was already imported on %2; nothing was changed. Import it again with “replace” to replace it.</source>
        <translation>Mewnforiwyd %1 eisoes ar %2; ni newidiwyd dim. Mewnforiwch hi eto gyda “replace” i&apos;w disodli.</translation>
    </message>
    <message>
        <source>No meeting date, attendance or agenda items were found in %1, so it was not saved. Check that it is the minutes of a meeting (a PDF, or a .txt of their text) and import that file.</source>
        <translation>Ni chanfuwyd dyddiad cyfarfod, presenoldeb nac eitemau ar yr agenda yn %1, felly ni chafodd ei gadw. Gwiriwch mai cofnodion cyfarfod ydyw (PDF, neu .txt o&apos;u testun) a mewnforiwch y ffeil honno.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>dyddiad anhysbys</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s)</source>
        <translation>
            <numerusform>%n penderfyniad</numerusform>
            <numerusform>%n penderfyniad</numerusform>
            <numerusform>%n penderfyniad</numerusform>
            <numerusform>%n penderfyniad</numerusform>
            <numerusform>%n penderfyniad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes in draft, not yet approved</source>
        <translation>cofnodion drafft, heb eu cymeradwyo eto</translation>
    </message>
    <message>
        <source>minutes approved</source>
        <translation>cofnodion wedi&apos;u cymeradwyo</translation>
    </message>
    <message>
        <source>%1: added to the meeting of %2 on %3 what it lacked: %4 (%5).</source>
        <translation>%1: ychwanegwyd at gyfarfod %2 ar %3 yr hyn a oedd yn eisiau: %4 (%5).</translation>
    </message>
    <message>
        <source>%1: saved the meeting of %2 on %3 with %4 (%5).</source>
        <translation>%1: cadwyd cyfarfod %2 ar %3 gyda %4 (%5).</translation>
    </message>
    <message>
        <source>The committee already had a meeting on that date: both are kept.</source>
        <translation>Roedd gan y pwyllgor gyfarfod ar y dyddiad hwnnw eisoes: cedwir y ddau.</translation>
    </message>
    <message>
        <source>It replaces the meeting recorded before on that date.</source>
        <translation>Mae&apos;n disodli&apos;r cyfarfod a gofnodwyd o&apos;r blaen ar y dyddiad hwnnw.</translation>
    </message>
</context>
<context>
    <name>MinutesParser</name>
    <message>
        <source>owner at the right margin</source>
        <translation>perchennog ar yr ymyl dde</translation>
    </message>
    <message>
        <source>a motion recorded as carried or agreed</source>
        <translation>cynnig a gofnodwyd fel un a basiwyd neu a gytunwyd</translation>
    </message>
    <message>
        <source>&quot;it was agreed&quot; closing the item, with no resolution</source>
        <translation>&quot;cytunwyd&quot; yn cloi&apos;r eitem, heb benderfyniad</translation>
    </message>
    <message>
        <source>an unnumbered heading</source>
        <translation>pennawd heb rif</translation>
    </message>
    <message>
        <source>numbered out of sequence, but set out like the other item headings</source>
        <translation>wedi&apos;i rifo allan o drefn, ond wedi&apos;i osod fel penawdau&apos;r eitemau eraill</translation>
    </message>
    <message>
        <source>a numbered heading, in sequence</source>
        <translation>pennawd wedi&apos;i rifo, mewn trefn</translation>
    </message>
    <message>
        <source>a numbered title in title case, in sequence</source>
        <translation>teitl wedi&apos;i rifo mewn priflythrennau teitl, mewn trefn</translation>
    </message>
    <message>
        <source>a short numbered line taken as a title, in sequence</source>
        <translation>llinell fer wedi&apos;i rhifo a gymerwyd fel teitl, mewn trefn</translation>
    </message>
    <message>
        <source>no numbered items: the first heading taken as the only item</source>
        <translation>dim eitemau wedi&apos;u rhifo: cymerwyd y pennawd cyntaf fel yr unig eitem</translation>
    </message>
    <message>
        <source>no headings: the whole text taken as one item</source>
        <translation>dim penawdau: cymerwyd y testun cyfan fel un eitem</translation>
    </message>
    <message>
        <source>No numbered agenda items were found; the document was read as a single item.</source>
        <translation>Ni chanfuwyd eitemau ar yr agenda wedi&apos;u rhifo; darllenwyd y ddogfen fel un eitem.</translation>
    </message>
    <message>
        <source>no date of the meeting was found in the heading</source>
        <translation>ni chanfuwyd dyddiad y cyfarfod yn y pennawd</translation>
    </message>
    <message>
        <source>the committee was not named in the heading</source>
        <translation>nid enwyd y pwyllgor yn y pennawd</translation>
    </message>
    <message>
        <source>the date and the committee from the heading</source>
        <translation>y dyddiad a&apos;r pwyllgor o&apos;r pennawd</translation>
    </message>
    <message>
        <source>The date of the meeting was not found in the heading.</source>
        <translation>Ni chanfuwyd dyddiad y cyfarfod yn y pennawd.</translation>
    </message>
    <message>
        <source>no list of those present was found</source>
        <translation>ni chanfuwyd rhestr o&apos;r rhai a oedd yn bresennol</translation>
    </message>
    <message>
        <source>a list of those present under its heading</source>
        <translation>rhestr o&apos;r rhai a oedd yn bresennol dan ei phennawd</translation>
    </message>
    <message>
        <source>an &quot;Action –&quot; tag closing the paragraph</source>
        <translation>tag &quot;Action –&quot; yn cloi&apos;r paragraff</translation>
    </message>
    <message>
        <source>a commitment in the narrative</source>
        <translation>ymrwymiad yn y naratif</translation>
    </message>
    <message>
        <source>a row of an action table</source>
        <translation>rhes o dabl camau gweithredu</translation>
    </message>
    <message>
        <source>an action&apos;s reference, who acts and what they are to do</source>
        <translation>cyfeirnod cam gweithredu, pwy sy&apos;n gweithredu a beth sydd i&apos;w wneud</translation>
    </message>
    <message>
        <source>an ACTION line naming who and what</source>
        <translation>llinell ACTION yn enwi pwy a beth</translation>
    </message>
    <message>
        <source>an ACTION line under the resolution</source>
        <translation>llinell ACTION dan y penderfyniad</translation>
    </message>
    <message>
        <source>an ACTION line under the paragraph before it</source>
        <translation>llinell ACTION dan y paragraff o&apos;i blaen</translation>
    </message>
    <message>
        <source>the text under a Decision heading</source>
        <translation>y testun dan bennawd Penderfyniad</translation>
    </message>
    <message>
        <source>a sentence saying the committee resolved</source>
        <translation>brawddeg yn dweud bod y pwyllgor wedi penderfynu</translation>
    </message>
    <message>
        <source>a RESOLVED (or AGREED) paragraph</source>
        <translation>paragraff RESOLVED (neu AGREED)</translation>
    </message>
    <message>
        <source>a motion under its mover and seconder</source>
        <translation>cynnig dan ei gynigydd a&apos;i eilydd</translation>
    </message>
    <message>
        <source>owner at the right margin beside the heading</source>
        <translation>perchennog ar yr ymyl dde wrth ymyl y pennawd</translation>
    </message>
    <message>
        <source>the action columns of a row</source>
        <translation>colofnau camau gweithredu rhes</translation>
    </message>
    <message>
        <source>the decision column of the item&apos;s row</source>
        <translation>colofn penderfyniad rhes yr eitem</translation>
    </message>
</context>
<context>
    <name>MinutesPdf</name>
    <message>
        <source>%1 (substituting for %2)</source>
        <translation>%1 (yn dirprwyo dros %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personol</translation>
    </message>
    <message>
        <source>prejudicial</source>
        <translation>rhagfarnol</translation>
    </message>
    <message>
        <source>disclosable pecuniary</source>
        <translation>ariannol datgeladwy</translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <source>owner to be confirmed</source>
        <translation>perchennog i&apos;w gadarnhau</translation>
    </message>
    <message>
        <source>ACTION: %1</source>
        <translation>CAM GWEITHREDU: %1</translation>
    </message>
    <message>
        <source> – by %1</source>
        <translation> – gan %1</translation>
    </message>
    <message>
        <source>CONFIDENTIAL – NOT FOR PUBLICATION</source>
        <translation>CYFRINACHOL – NID I&apos;W GYHOEDDI</translation>
    </message>
    <message>
        <source>Minutes of the meeting held on %1 at %2</source>
        <translation>Cofnodion y cyfarfod a gynhaliwyd ar %1 am %2</translation>
    </message>
    <message>
        <source>Minutes of the meeting held on %1</source>
        <translation>Cofnodion y cyfarfod a gynhaliwyd ar %1</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Yn bresennol:</translation>
    </message>
    <message>
        <source>Also present:</source>
        <translation>Hefyd yn bresennol:</translation>
    </message>
    <message>
        <source>Apologies for absence:</source>
        <translation>Ymddiheuriadau am absenoldeb:</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Absennol:</translation>
    </message>
    <message>
        <source>%1 declared a %2 interest</source>
        <translation>Datganodd %1 fuddiant %2</translation>
    </message>
    <message>
        <source> in item %1</source>
        <translation> yn eitem %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Declarations of interest:</source>
        <translation>Datganiadau o fuddiant:</translation>
    </message>
    <message>
        <source>PART 2 – EXEMPT INFORMATION</source>
        <translation>RHAN 2 – GWYBODAETH EITHRIEDIG</translation>
    </message>
    <message>
        <source>RESOLVED that</source>
        <translation>PENDERFYNWYD bod</translation>
    </message>
    <message>
        <source>RESOLVED that:</source>
        <translation>PENDERFYNWYD:</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Cadeirydd</translation>
    </message>
    <message>
        <source>There is no meeting number %1. Choose a meeting that exists (scrutineer list meetings).</source>
        <translation>Nid oes cyfarfod rhif %1. Dewiswch gyfarfod sy&apos;n bodoli (scrutineer list meetings).</translation>
    </message>
    <message>
        <source>Minutes: %1, %2</source>
        <translation>Cofnodion: %1, %2</translation>
    </message>
    <message>
        <source>Could not write the minutes to %1. Choose a folder you may write to.</source>
        <translation>Ni ellid ysgrifennu&apos;r cofnodion i %1. Dewiswch ffolder y cewch ysgrifennu iddo.</translation>
    </message>
</context>
<context>
    <name>MinutesRepository</name>
    <message>
        <source>Type the person&apos;s name first.</source>
        <translation>Teipiwch enw&apos;r person yn gyntaf.</translation>
    </message>
    <message>
        <source>An item of this meeting has been removed. Close the meeting and open it again.</source>
        <translation>Mae eitem o&apos;r cyfarfod hwn wedi&apos;i dileu. Caewch y cyfarfod a&apos;i agor eto.</translation>
    </message>
    <message>
        <source>Choose the member who declares the interest from the names offered.</source>
        <translation>Dewiswch yr aelod sy&apos;n datgan y buddiant o&apos;r enwau a gynigir.</translation>
    </message>
    <message>
        <source>The item has been removed.</source>
        <translation>Mae&apos;r eitem wedi&apos;i dileu.</translation>
    </message>
</context>
<context>
    <name>MinutesSource</name>
    <message>
        <source>%1 was not read: the PDF reader (%2) could not be started: %3. Reinstall Scrutineer.</source>
        <translation>Ni ddarllenwyd %1: ni ellid cychwyn y darllenydd PDF (%2): %3. Ailosodwch Scrutineer.</translation>
    </message>
    <message>
        <source>%1 could not be read: the file is probably damaged.</source>
        <translation>Ni ellid darllen %1: mae&apos;r ffeil wedi&apos;i difrodi, fwy na thebyg.</translation>
    </message>
    <message>
        <source>%1 could not be read: the PDF reader answered nonsense.</source>
        <translation>Ni ellid darllen %1: rhoddodd y darllenydd PDF ateb disynnwyr.</translation>
    </message>
    <message>
        <source>Reading %1 failed (the PDF reader stopped unexpectedly): the file is probably damaged, or too large to read within the memory allowed. Try a freshly downloaded copy.</source>
        <translation>Methodd darllen %1 (stopiodd y darllenydd PDF yn annisgwyl): mae&apos;r ffeil wedi&apos;i difrodi, fwy na thebyg, neu&apos;n rhy fawr i&apos;w darllen o fewn y cof a ganiateir. Rhowch gynnig ar gopi newydd ei lwytho i lawr.</translation>
    </message>
    <message>
        <source>Reading %1 took longer than the %2 s allowed for %3 and was stopped: the file may be damaged or hostile. Try a freshly downloaded copy.</source>
        <translation>Cymerodd darllen %1 yn hwy na&apos;r %2 eiliad a ganiateir ar gyfer %3 a chafodd ei stopio: efallai fod y ffeil wedi&apos;i difrodi neu&apos;n faleisus. Rhowch gynnig ar gopi newydd ei lwytho i lawr.</translation>
    </message>
    <message>
        <source>its one page</source>
        <translation>ei hunig dudalen</translation>
    </message>
    <message>
        <source>its %1 pages</source>
        <translation>ei %1 tudalen</translation>
    </message>
    <message>
        <source>Opening %1 took longer than %2 s and was stopped: the file may be damaged or hostile. Try a freshly downloaded copy.</source>
        <translation>Cymerodd agor %1 yn hwy na %2 eiliad a chafodd ei stopio: efallai fod y ffeil wedi&apos;i difrodi neu&apos;n faleisus. Rhowch gynnig ar gopi newydd ei lwytho i lawr.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Diddymwyd darllen %1.</translation>
    </message>
    <message>
        <source>%1 is not a PDF (nor plain text). Choose the minutes as a PDF or a .txt file.</source>
        <translation>Nid yw %1 yn PDF (nac yn destun plaen). Dewiswch y cofnodion fel ffeil PDF neu .txt.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Ni ellir darllen %1: %2.</translation>
    </message>
    <message>
        <source>The file holds no text. Choose the file with the minutes.</source>
        <translation>Nid oes testun yn y ffeil. Dewiswch y ffeil gyda&apos;r cofnodion.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). It was probably not saved or downloaded completely; fetch it again.</source>
        <translation>Mae %1 yn wag (0 beit). Mae&apos;n debyg na chafodd ei chadw na&apos;i llwytho i lawr yn llawn; nôl hi eto.</translation>
    </message>
    <message>
        <source>%1 is %2 of %3 MB, more than the importer reads (%4 MB): minutes are far smaller. Check that it is the right file: the minutes of one meeting, as a PDF or a .txt of their text.</source>
        <translation>Mae %1 yn %2 o %3 MB, mwy nag y mae&apos;r mewnforiwr yn ei ddarllen (%4 MB): mae cofnodion yn llawer llai. Gwiriwch mai hon yw&apos;r ffeil gywir: cofnodion un cyfarfod, fel PDF neu .txt o&apos;u testun.</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>not a PDF but text, too large to be minutes,</source>
        <translation>nid PDF ond testun, rhy fawr i fod yn gofnodion,</translation>
    </message>
    <message>
        <source>Reading %1 needed more memory than the importer allows (%2 MB) and was stopped. If it is the minutes of one meeting, it is probably damaged: try a freshly downloaded copy.</source>
        <translation>Roedd darllen %1 angen mwy o gof nag y mae&apos;r mewnforiwr yn ei ganiatáu (%2 MB) a chafodd ei stopio. Os cofnodion un cyfarfod ydyw, mae wedi&apos;i difrodi, fwy na thebyg: rhowch gynnig ar gopi newydd ei lwytho i lawr.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Import it again with its password (--password), or ask its publisher for an unprotected copy.</source>
        <translation>Mae %1 wedi&apos;i diogelu gan gyfrinair. Mewnforiwch hi eto gyda&apos;i chyfrinair (--password), neu gofynnwch i&apos;w chyhoeddwr am gopi heb ei ddiogelu.</translation>
    </message>
    <message>
        <source>The password given does not open %1. Check it and try again.</source>
        <translation>Nid yw&apos;r cyfrinair a roddwyd yn agor %1. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 looks like a PDF but cannot be opened: it may be damaged or incomplete. Download or export it again and import the new copy.</source>
        <translation>Mae %1 yn edrych fel PDF ond ni ellir ei hagor: efallai ei bod wedi&apos;i difrodi neu&apos;n anghyflawn. Llwythwch hi i lawr neu ei hallforio eto a mewnforiwch y copi newydd.</translation>
    </message>
    <message>
        <source>%1 has no readable pages. Download or export it again.</source>
        <translation>Nid oes gan %1 dudalennau darllenadwy. Llwythwch hi i lawr neu ei hallforio eto.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the PDF reader could not start.</source>
        <translation>Ni ellir darllen %1: ni allai&apos;r darllenydd PDF gychwyn.</translation>
    </message>
    <message>
        <source>%1 has pages but no text layer: it is probably a scan. Run it through OCR (text recognition) first, then import the result.</source>
        <translation>Mae tudalennau gan %1 ond dim haen destun: sgan ydyw, fwy na thebyg. Rhedwch hi drwy OCR (adnabod testun) yn gyntaf, yna mewnforiwch y canlyniad.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>Cyfarfod Newydd</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Dyddiad ac amser:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>A note needs some text. Type it, or delete the note instead.</source>
        <translation>Mae angen testun ar nodyn. Teipiwch ef, neu dilëwch y nodyn yn lle hynny.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Nid yw&apos;r nodyn hwn yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>What you were writing a note on has been deleted. Reload, and choose it again.</source>
        <translation>Mae&apos;r hyn yr oeddech yn ysgrifennu nodyn arno wedi&apos;i ddileu. Ail-lwythwch, a&apos;i ddewis eto.</translation>
    </message>
</context>
<context>
    <name>NotesWidget</name>
    <message>
        <source>Delete Note</source>
        <translation>Dileu Nodyn</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Eich nodiadau</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>Go&amp;lygu</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Dil&amp;eu</translation>
    </message>
    <message>
        <source>Delete the chosen note (Edit ▸ Undo brings it back)</source>
        <translation>Dileu&apos;r nodyn a ddewiswyd (mae Golygu ▸ Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <source>Write a note only you will see…</source>
        <translation>Ysgrifennwch nodyn na fydd neb ond chi yn ei weld…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Ychwanegu &amp;Nodyn</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Cadw&apos;r nodyn (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&lt;b&gt;My notes&lt;/b&gt; on %1&lt;br&gt;&lt;small&gt;Private: only you (%2) can see them.&lt;/small&gt;</source>
        <translation>&lt;b&gt;Fy nodiadau&lt;/b&gt; ar %1&lt;br&gt;&lt;small&gt;Preifat: dim ond chi (%2) all eu gweld.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;My notes&lt;/b&gt;&lt;br&gt;&lt;small&gt;Choose something to see or write your private notes on it.&lt;/small&gt;</source>
        <translation>&lt;b&gt;Fy nodiadau&lt;/b&gt;&lt;br&gt;&lt;small&gt;Dewiswch rywbeth i weld neu ysgrifennu eich nodiadau preifat arno.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Note not deleted</source>
        <translation>Ni ddilëwyd y nodyn</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Save Cha&amp;nges</source>
        <translation>Cadw&apos;r &amp;Newidiadau</translation>
    </message>
    <message>
        <source>My Notes — %1</source>
        <translation>Fy Nodiadau — %1</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 could not be written (%2). Choose a folder you may write to, and close the file if another program has it open.</source>
        <translation>Ni ellid ysgrifennu %1 (%2). Dewiswch ffolder y cewch ysgrifennu iddo, a chaewch y ffeil os yw rhaglen arall wedi&apos;i hagor.</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>ni ellid symud y ffeil orffenedig i&apos;w lle</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>nid yw&apos;r ffolder yn bodoli</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>ni ellid creu&apos;r llyfr gwaith</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Co-opted member</source>
        <translation>Aelod cyfetholedig</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gwestai</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Members, officers and others known to this database. Chase letters go to the e-mail address here and are signed with the clerk&apos;s name and job title; the briefing pack names them. Press F2 or type to change a cell; each change is saved at once.</source>
        <translation>Aelodau, swyddogion ac eraill sy&apos;n hysbys i&apos;r gronfa ddata hon. Mae llythyrau atgoffa&apos;n mynd i&apos;r cyfeiriad e-bost yma ac wedi&apos;u llofnodi ag enw a theitl swydd y clerc; mae&apos;r pecyn briffio yn eu henwi. Pwyswch F2 neu teipiwch i newid cell; cedwir pob newid ar unwaith.</translation>
    </message>
    <message>
        <source>Members, officers and others known to this database. Only an administrator may change them.</source>
        <translation>Aelodau, swyddogion ac eraill sy&apos;n hysbys i&apos;r gronfa ddata hon. Dim ond gweinyddwr gaiff eu newid.</translation>
    </message>
    <message>
        <source>Name, job title or address</source>
        <translation>Enw, teitl swydd neu gyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Canfod:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Ychwanegu Person</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Cadwyd %1.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Person newydd</translation>
    </message>
    <message>
        <source>Type the new person&apos;s name, then Tab to their job title and e-mail address.</source>
        <translation>Teipiwch enw&apos;r person newydd, yna Tab i&apos;w deitl swydd a&apos;i gyfeiriad e-bost.</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Import Plan from CSV</source>
        <translation>Mewnforio Cynllun o CSV</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Carreg filltir</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Ar ôl y mewnforio</translation>
    </message>
    <message>
        <source>Line %1: new %2 %3</source>
        <translation>Llinell %1: %2 newydd %3</translation>
    </message>
    <message>
        <source>Line %1: %2 %3</source>
        <translation>Llinell %1: %2 %3</translation>
    </message>
    <message>
        <source>added</source>
        <translation>wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>1 field changes</source>
        <translation>1 maes yn newid</translation>
    </message>
    <message>
        <source>%1 fields change</source>
        <translation>%1 maes yn newid</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation>(wedi&apos;i wagio)</translation>
    </message>
    <message>
        <source>%1 would add %2 milestones and change %3; %4 stay as they are; %5 ratings would be recorded in the rating history.</source>
        <translation>Byddai %1 yn ychwanegu %2 carreg filltir ac yn newid %3; mae %4 yn aros fel y maent; byddai %5 sgôr yn cael eu cofnodi yn hanes y sgoriau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 field would be emptied&lt;/b&gt; (shown in red): its cell is blank in the file.</source>
        <translation>&lt;b&gt;Byddai 1 maes yn cael ei wagio&lt;/b&gt; (dangosir mewn coch): mae ei gell yn wag yn y ffeil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 fields would be emptied&lt;/b&gt; (shown in red): their cells are blank in the file.</source>
        <translation>&lt;b&gt;Byddai %1 maes yn cael eu gwagio&lt;/b&gt; (dangosir mewn coch): mae eu celloedd yn wag yn y ffeil.</translation>
    </message>
    <message>
        <source>%1 holds nothing that differs from the plan: importing it would change nothing.</source>
        <translation>Nid oes dim yn %1 sy&apos;n wahanol i&apos;r cynllun: ni fyddai ei fewnforio yn newid dim.</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import; Edit ▸ Undo takes the whole import back.</source>
        <translation>Ni chedwir dim nes i chi bwyso Mewnforio; mae Golygu ▸ Dadwneud yn dadwneud y mewnforio cyfan.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Mewnforio %1</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Priority / milestone</source>
        <translation>Blaenoriaeth / carreg filltir</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Cwblhau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Newid diwethaf</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>P%1  %2</source>
        <translation>P%1  %2</translation>
    </message>
    <message>
        <source>Answers inspection recommendations %1</source>
        <translation>Yn ateb argymhellion yr arolygiad %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>heb ddechrau</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <source>awaiting sign-off</source>
        <translation>yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>wedi&apos;i chwblhau</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Rec&amp;ommendation:</source>
        <translation>Argym&amp;helliad:</translation>
    </message>
    <message>
        <source>Show the priorities that answer an inspection recommendation</source>
        <translation>Dangos y blaenoriaethau sy&apos;n ateb un o argymhellion yr arolygiad</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Sgôr:</translation>
    </message>
    <message>
        <source>⚑ Flagged onl&amp;y</source>
        <translation>⚑ Wedi&apos;u nodi&apos;n &amp;unig</translation>
    </message>
    <message>
        <source>Show only the milestones whose rating should be questioned</source>
        <translation>Dangos dim ond y cerrig milltir y dylid cwestiynu eu sgôr</translation>
    </message>
    <message>
        <source>&amp;Show All</source>
        <translation>&amp;Dangos y Cyfan</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Cynllun gwella</translation>
    </message>
    <message>
        <source>Rating timeline</source>
        <translation>Llinell amser y sgôr</translation>
    </message>
    <message>
        <source>Change Rat&amp;ing…</source>
        <translation>Newid y Sgô&amp;r…</translation>
    </message>
    <message>
        <source>&amp;Rating Scheme…</source>
        <translation>&amp;Cynllun Sgorio…</translation>
    </message>
    <message>
        <source>The plan&apos;s rating statuses (letter, colour, definition) and its review period</source>
        <translation>Statwsau sgorio&apos;r cynllun (llythyren, lliw, diffiniad) a&apos;i gyfnod adolygu</translation>
    </message>
    <message>
        <source>Change &amp;Rating…</source>
        <translation>Newid y &amp;Sgôr…</translation>
    </message>
    <message>
        <source>Give the selected milestone a new rating, with the reason for it</source>
        <translation>Rhoi sgôr newydd i&apos;r garreg filltir a ddewiswyd, gyda&apos;r rheswm drosti</translation>
    </message>
    <message>
        <source>Show &amp;Flagged Milestones Only</source>
        <translation>Dangos y Cerrig Milltir wedi&apos;u &amp;Nodi yn Unig</translation>
    </message>
    <message>
        <source>Show &amp;All Milestones</source>
        <translation>Dangos &amp;Pob Carreg Filltir</translation>
    </message>
    <message>
        <source>&amp;Import Plan from CSV…</source>
        <translation>&amp;Mewnforio Cynllun o CSV…</translation>
    </message>
    <message>
        <source>Add or update milestones from a spreadsheet saved as CSV</source>
        <translation>Ychwanegu neu ddiweddaru cerrig milltir o daenlen a gadwyd fel CSV</translation>
    </message>
    <message>
        <source>&amp;Export Plan…</source>
        <translation>&amp;Allforio&apos;r Cynllun…</translation>
    </message>
    <message>
        <source>Save the plan as an Excel workbook or as CSV</source>
        <translation>Cadw&apos;r cynllun fel llyfr gwaith Excel neu fel CSV</translation>
    </message>
    <message>
        <source>Improvement Plan</source>
        <translation>Cynllun Gwella</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>C&amp;ynllun</translation>
    </message>
    <message>
        <source>Edit &amp;Rating Scheme…</source>
        <translation>Golygu&apos;r &amp;Cynllun Sgorio…</translation>
    </message>
    <message>
        <source>No improvement plan has been recorded. Use Plan ▸ Import Plan from CSV… to bring one in.</source>
        <translation>Ni chofnodwyd cynllun gwella. Defnyddiwch Cynllun ▸ Mewnforio Cynllun o CSV… i ddod ag un i mewn.</translation>
    </message>
    <message>
        <source>%1 — %2 on track, %3 not; %4 flagged</source>
        <translation>%1 — %2 ar y trywydd iawn, %3 ddim; %4 wedi&apos;u nodi</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Pob argymhelliad</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>Pob sgôr</translation>
    </message>
    <message>
        <source>P%1 %2</source>
        <translation>P%1 %2</translation>
    </message>
    <message>
        <source>rated %1 (%2)</source>
        <translation>â&apos;r sgôr %1 (%2)</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>ar y trywydd iawn</translation>
    </message>
    <message>
        <source>not on track</source>
        <translation>ddim ar y trywydd iawn</translation>
    </message>
    <message>
        <source>flagged ⚑</source>
        <translation>wedi&apos;u nodi ⚑</translation>
    </message>
    <message>
        <source>in P%1</source>
        <translation>yn P%1</translation>
    </message>
    <message>
        <source>named by the dashboard</source>
        <translation>a enwyd gan y dangosfwrdd</translation>
    </message>
    <message>
        <source>(not in this plan)</source>
        <translation>(nid yn y cynllun hwn)</translation>
    </message>
    <message>
        <source>Recommendation %1 (%2) is answered by no priority of this plan.</source>
        <translation>Nid yw argymhelliad %1 (%2) yn cael ei ateb gan unrhyw flaenoriaeth yn y cynllun hwn.</translation>
    </message>
    <message>
        <source>Recommendation %1 (&lt;i&gt;%2&lt;/i&gt;) is answered by &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Atebir argymhelliad %1 (&lt;i&gt;%2&lt;/i&gt;) gan &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 milestones: %3.</source>
        <translation>Yn dangos %1 o %2 carreg filltir: %3.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;⚑ Question this rating:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;⚑ Cwestiynwch y sgôr hon:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Owner:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Due:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Evidence:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Perchennog:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Erbyn:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Tystiolaeth:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;dim wedi&apos;i chofnodi&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Done when:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wedi&apos;i chwblhau pan:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;P%1 answers recommendations:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mae P%1 yn ateb yr argymhellion:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rating timeline of %1&lt;/b&gt; (newest first)&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; width=&apos;100%&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Llinell amser sgôr %1&lt;/b&gt; (y mwyaf newydd yn gyntaf)&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; width=&apos;100%&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;i&gt;No change of rating is recorded.&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;i&gt;Ni chofnodwyd unrhyw newid sgôr.&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1 reviewed, kept</source>
        <translation>%1 wedi&apos;i hadolygu, wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>&lt;i style=&apos;color:#b71c1c&apos;&gt;no rationale given&lt;/i&gt;</source>
        <translation>&lt;i style=&apos;color:#b71c1c&apos;&gt;ni roddwyd rhesymeg&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Evidence:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Tystiolaeth:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;reported to the meeting of %1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;adroddwyd i gyfarfod %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Import Plan from CSV</source>
        <translation>Mewnforio Cynllun o CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Plan not imported</source>
        <translation>Ni fewnforiwyd y cynllun</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check the name and that you may read it.</source>
        <translation>Ni ellid darllen %1 (%2). Gwiriwch yr enw a bod gennych hawl i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the lines below in the spreadsheet and import the file again.</source>
        <translation>Ni fewnforiwyd dim. Cywirwch y llinellau isod yn y daenlen a mewnforiwch y ffeil eto.</translation>
    </message>
    <message>
        <source>… and %1 more errors (%2 in all).</source>
        <translation>… a %1 gwall arall (%2 i gyd).</translation>
    </message>
    <message>
        <source>Plan import</source>
        <translation>Mewnforio cynllun</translation>
    </message>
    <message>
        <source>Plan imported</source>
        <translation>Mewnforiwyd y cynllun</translation>
    </message>
    <message>
        <source>%1: %2 milestones added, %3 updated, %4 unchanged; %5 ratings recorded. Edit ▸ Undo takes the import back.</source>
        <translation>%1: %2 carreg filltir wedi&apos;u hychwanegu, %3 wedi&apos;u diweddaru, %4 heb eu newid; %5 sgôr wedi&apos;u cofnodi. Mae Golygu ▸ Dadwneud yn dadwneud y mewnforio.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Ffeil CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Allforio&apos;r Cynllun</translation>
    </message>
    <message>
        <source>improvement-plan.xlsx</source>
        <translation>cynllun-gwella.xlsx</translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation>Ni allforiwyd y cynllun</translation>
    </message>
    <message>
        <source>Milestone details</source>
        <translation>Manylion y garreg filltir</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Give the reason for the new rating: members will ask.</source>
        <translation>Rhowch y rheswm dros y sgôr newydd: bydd aelodau&apos;n gofyn.</translation>
    </message>
    <message>
        <source>%1 already has that rating: choosing it again is a review, not a change. Choose Review Rating… to confirm it with the evidence you looked at.</source>
        <translation>Mae gan %1 y sgôr honno eisoes: adolygiad yw ei dewis eto, nid newid. Dewiswch Adolygu&apos;r Sgôr… i&apos;w chadarnhau gyda&apos;r dystiolaeth a welsoch.</translation>
    </message>
    <message>
        <source>Only officers, clerks and administrators may review a rating.</source>
        <translation>Dim ond swyddogion, clercod a gweinyddwyr gaiff adolygu sgôr.</translation>
    </message>
    <message>
        <source>Say why the rating still stands: members will ask.</source>
        <translation>Dywedwch pam mae&apos;r sgôr yn dal yn ddilys: bydd aelodau&apos;n gofyn.</translation>
    </message>
    <message>
        <source>A review needs its evidence: name what you looked at (a report, figures, a visit) that shows the rating still stands.</source>
        <translation>Mae angen tystiolaeth ar adolygiad: enwch yr hyn a welsoch (adroddiad, ffigurau, ymweliad) sy&apos;n dangos bod y sgôr yn dal yn ddilys.</translation>
    </message>
    <message>
        <source>The milestone has been removed. Refresh the plan.</source>
        <translation>Mae&apos;r garreg filltir wedi&apos;i dileu. Adnewyddwch y cynllun.</translation>
    </message>
    <message>
        <source>%1 was rated again by someone else since you opened it, so the rating you reviewed is not the one it has. Refresh the plan and review it again.</source>
        <translation>Rhoddodd rhywun arall sgôr i %1 eto ers i chi ei hagor, felly nid y sgôr a adolygwyd gennych yw&apos;r un sydd ganddi. Adnewyddwch y cynllun a&apos;i hadolygu eto.</translation>
    </message>
    <message>
        <source>That rating is no longer in the milestone&apos;s history: someone may have removed it.</source>
        <translation>Nid yw&apos;r sgôr honno yn hanes y garreg filltir mwyach: efallai fod rhywun wedi&apos;i dileu.</translation>
    </message>
    <message>
        <source>%1 rated or reviewed this milestone again since, so it was not taken back: their rating stands. Change the rating again if it is wrong.</source>
        <translation>Rhoddodd %1 sgôr i&apos;r garreg filltir hon neu ei hadolygu eto ers hynny, felly ni chafodd ei dadwneud: mae eu sgôr nhw yn sefyll. Newidiwch y sgôr eto os yw&apos;n anghywir.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n milestone(s) rated %1. Give them another rating first.</source>
        <translation>
            <numerusform>Ni ellir dileu %1: mae %n carreg filltir â&apos;r sgôr %1. Rhowch sgôr arall iddynt yn gyntaf.</numerusform>
            <numerusform>Ni ellir dileu %1: mae %n carreg filltir â&apos;r sgôr %1. Rhowch sgôr arall iddynt yn gyntaf.</numerusform>
            <numerusform>Ni ellir dileu %1: mae %n carreg filltir â&apos;r sgôr %1. Rhowch sgôr arall iddynt yn gyntaf.</numerusform>
            <numerusform>Ni ellir dileu %1: mae %n carreg filltir â&apos;r sgôr %1. Rhowch sgôr arall iddynt yn gyntaf.</numerusform>
            <numerusform>Ni ellir dileu %1: mae %n carreg filltir â&apos;r sgôr %1. Rhowch sgôr arall iddynt yn gyntaf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n change(s) in the rating history name it, and the history is kept. Rename it or change its definition instead.</source>
        <translation>
            <numerusform>Ni ellir dileu %1: mae %n newid yn hanes y sgoriau yn ei enwi, a chedwir yr hanes. Ailenwch ef neu newidiwch ei ddiffiniad yn lle hynny.</numerusform>
            <numerusform>Ni ellir dileu %1: mae %n newid yn hanes y sgoriau yn ei enwi, a chedwir yr hanes. Ailenwch ef neu newidiwch ei ddiffiniad yn lle hynny.</numerusform>
            <numerusform>Ni ellir dileu %1: mae %n newid yn hanes y sgoriau yn ei enwi, a chedwir yr hanes. Ailenwch ef neu newidiwch ei ddiffiniad yn lle hynny.</numerusform>
            <numerusform>Ni ellir dileu %1: mae %n newid yn hanes y sgoriau yn ei enwi, a chedwir yr hanes. Ailenwch ef neu newidiwch ei ddiffiniad yn lle hynny.</numerusform>
            <numerusform>Ni ellir dileu %1: mae %n newid yn hanes y sgoriau yn ei enwi, a chedwir yr hanes. Ailenwch ef neu newidiwch ei ddiffiniad yn lle hynny.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no improvement plan to change. Import or create a plan first.</source>
        <translation>Nid oes cynllun gwella i&apos;w newid. Mewnforiwch neu crëwch gynllun yn gyntaf.</translation>
    </message>
    <message>
        <source>A rating scheme needs at least one status. Add one before saving.</source>
        <translation>Mae angen o leiaf un statws ar gynllun sgorio. Ychwanegwch un cyn cadw.</translation>
    </message>
    <message>
        <source>The review period must be between 1 and 3650 days. Enter the days within which every rating should be looked at again.</source>
        <translation>Rhaid i&apos;r cyfnod adolygu fod rhwng 1 a 3650 diwrnod. Rhowch nifer y diwrnodau y dylid edrych ar bob sgôr eto o&apos;u mewn.</translation>
    </message>
    <message>
        <source>Status %1 (%2) needs a letter of one to three characters: a rating is never shown by colour alone.</source>
        <translation>Mae angen llythyren o un i dri nod ar statws %1 (%2): ni ddangosir sgôr drwy liw yn unig byth.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>dienw</translation>
    </message>
    <message>
        <source>Status %1 (%2) needs a name.</source>
        <translation>Mae angen enw ar statws %1 (%2).</translation>
    </message>
    <message>
        <source>The colour of %1 is not a colour (#rrggbb). Choose it again.</source>
        <translation>Nid yw lliw %1 yn lliw (#rrggbb). Dewiswch ef eto.</translation>
    </message>
    <message>
        <source>The letter %1 is used twice. Give each status its own letter.</source>
        <translation>Defnyddir y llythyren %1 ddwywaith. Rhowch ei llythyren ei hun i bob statws.</translation>
    </message>
    <message>
        <source>The name %1 is used twice. Give each status its own name.</source>
        <translation>Defnyddir yr enw %1 ddwywaith. Rhowch ei enw ei hun i bob statws.</translation>
    </message>
    <message>
        <source>The status %1 has been removed by someone else. Close the rating scheme, open it again and make your change again.</source>
        <translation>Mae rhywun arall wedi dileu&apos;r statws %1. Caewch y cynllun sgorio, ei agor eto a gwnewch eich newid eto.</translation>
    </message>
</context>
<context>
    <name>PlanSpreadsheet</name>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Cwblhau</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Carreg filltir</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>This database holds several improvement plans: %1. Say which one to use by its number.</source>
        <translation>Mae sawl cynllun gwella yn y gronfa ddata hon: %1. Dywedwch pa un i&apos;w ddefnyddio yn ôl ei rif.</translation>
    </message>
    <message>
        <source>As a %1 you may not change the improvement plan. Ask a clerk or an officer to import it.</source>
        <translation>Fel %1 ni chewch newid y cynllun gwella. Gofynnwch i glerc neu swyddog ei fewnforio.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Llinell %1: %2</translation>
    </message>
    <message>
        <source>The file is empty. Save the plan from the spreadsheet as CSV, with the column names on the first line.</source>
        <translation>Mae&apos;r ffeil yn wag. Cadwch y cynllun o&apos;r daenlen fel CSV, gydag enwau&apos;r colofnau ar y llinell gyntaf.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice; keep one of them.</source>
        <translation>Llinell %1: mae&apos;r golofn &quot;%2&quot; yn ymddangos ddwywaith; cadwch un ohonynt.</translation>
    </message>
    <message>
        <source>Line %1 must name the columns, and Priority and Milestone are needed (found: %2). The other columns Scrutineer reads are Code, Owner, Due date, Rating, Completion and Evidence.</source>
        <translation>Rhaid i linell %1 enwi&apos;r colofnau, ac mae angen Priority a Milestone (canfuwyd: %2). Y colofnau eraill y mae Scrutineer yn eu darllen yw Code, Owner, Due date, Rating, Completion ac Evidence.</translation>
    </message>
    <message>
        <source>These columns were not read: %1.</source>
        <translation>Ni ddarllenwyd y colofnau hyn: %1.</translation>
    </message>
    <message>
        <source>There is no improvement plan number %1 in this database.</source>
        <translation>Nid oes cynllun gwella rhif %1 yn y gronfa ddata hon.</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Glas</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>the priority is empty; give its number (for example 2, or 2. Caseloads).</source>
        <translation>mae&apos;r flaenoriaeth yn wag; rhowch ei rhif (er enghraifft 2, neu 2. Llwythi achosion).</translation>
    </message>
    <message>
        <source>the priority &quot;%1&quot; has no number; write it as 2, or 2. Caseloads.</source>
        <translation>nid oes rhif gan y flaenoriaeth &quot;%1&quot;; ysgrifennwch hi fel 2, neu 2. Llwythi achosion.</translation>
    </message>
    <message>
        <source>the milestone is empty; give its title.</source>
        <translation>mae&apos;r garreg filltir yn wag; rhowch ei theitl.</translation>
    </message>
    <message>
        <source>the code %1 is also used on line %2; each milestone needs its own code.</source>
        <translation>defnyddir y cod %1 hefyd ar linell %2; mae angen ei chod ei hun ar bob carreg filltir.</translation>
    </message>
    <message>
        <source>the due date &quot;%1&quot; is not a date; write it as 31/03/2017 or 31 March 2017.</source>
        <translation>nid yw&apos;r dyddiad cau &quot;%1&quot; yn ddyddiad; ysgrifennwch ef fel 31/03/2017 neu 31 Mawrth 2017.</translation>
    </message>
    <message>
        <source>the rating &quot;%1&quot; cannot be kept: the plan has no rating scheme yet. Set one up under Plan ▸ Rating scheme, or leave the Rating column empty.</source>
        <translation>ni ellir cadw&apos;r sgôr &quot;%1&quot;: nid oes gan y cynllun gynllun sgorio eto. Gosodwch un dan Cynllun ▸ Cynllun sgorio, neu gadewch golofn Rating yn wag.</translation>
    </message>
    <message>
        <source>the rating &quot;%1&quot; is not one of the plan&apos;s ratings (%2).</source>
        <translation>nid yw&apos;r sgôr &quot;%1&quot; yn un o sgoriau&apos;r cynllun (%2).</translation>
    </message>
    <message>
        <source>the completion &quot;%1&quot; is not one of: %2.</source>
        <translation>nid yw&apos;r cwblhau &quot;%1&quot; yn un o: %2.</translation>
    </message>
    <message>
        <source>Line %1: the milestone &quot;%2&quot; is also on line %3 under the same priority; give them codes to keep both.</source>
        <translation>Llinell %1: mae&apos;r garreg filltir &quot;%2&quot; hefyd ar linell %3 dan yr un flaenoriaeth; rhowch godau iddynt i gadw&apos;r ddwy.</translation>
    </message>
    <message>
        <source>The file names the columns but holds no milestones.</source>
        <translation>Mae&apos;r ffeil yn enwi&apos;r colofnau ond nid oes cerrig milltir ynddi.</translation>
    </message>
    <message>
        <source>Blue, Green, Amber, Red</source>
        <translation>Glas, Gwyrdd, Ambr, Coch</translation>
    </message>
    <message>
        <source>The plan had no rating scheme, so Blue, Green, Amber and Red were set up; change them under Plan ▸ Rating scheme.</source>
        <translation>Nid oedd gan y cynllun gynllun sgorio, felly gosodwyd Glas, Gwyrdd, Ambr a Choch; newidiwch nhw dan Cynllun ▸ Cynllun sgorio.</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Cynllun gwella</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Wedi&apos;i fewnforio o %1</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Blaenoriaeth %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ni fewnforiwyd dim: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>gwag</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Line %1: adds %2 “%3” under priority %4</source>
        <translation>Llinell %1: yn ychwanegu %2 “%3” dan flaenoriaeth %4</translation>
    </message>
    <message>
        <source>Line %1: changes %2 “%3”</source>
        <translation>Llinell %1: yn newid %2 “%3”</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y Cyfan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y Manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r Manylion...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Import Minutes</source>
        <translation>Mewnforio Cofnodion</translation>
    </message>
    <message>
        <source>%1
Page %2 of %3</source>
        <translation>%1
Tudalen %2 o %3</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Wrthi&apos;n darllen %1…</translation>
    </message>
    <message>
        <source>Password Needed</source>
        <translation>Mae Angen Cyfrinair</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Type its password to import it:</source>
        <translation>Mae %1 wedi&apos;i diogelu gan gyfrinair. Teipiwch ei chyfrinair i&apos;w mewnforio:</translation>
    </message>
    <message>
        <source>That password does not open %1. Check it (capitals count) and type it again:</source>
        <translation>Nid yw&apos;r cyfrinair hwnnw&apos;n agor %1. Gwiriwch ef (mae priflythrennau&apos;n cyfrif) a&apos;i deipio eto:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Meeting Already Recorded</source>
        <translation>Cyfarfod Wedi&apos;i Gofnodi Eisoes</translation>
    </message>
    <message>
        <source>The %1 already has a meeting recorded on %2 (%3 items, %4). What should be done with the minutes in %5?</source>
        <translation>Mae gan %1 gyfarfod wedi&apos;i gofnodi eisoes ar %2 (%3 eitem, %4). Beth y dylid ei wneud â&apos;r cofnodion yn %5?</translation>
    </message>
    <message>
        <source>minutes approved</source>
        <translation>cofnodion wedi&apos;u cymeradwyo</translation>
    </message>
    <message>
        <source>minutes in draft</source>
        <translation>cofnodion drafft</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>Merge adds to that meeting what it lacks (people, items, resolutions, actions); Replace deletes it and saves these minutes instead; Keep Both saves a second meeting on the same date.</source>
        <translation>Mae Cyfuno yn ychwanegu at y cyfarfod hwnnw yr hyn sydd yn eisiau (pobl, eitemau, penderfyniadau, camau gweithredu); mae Disodli yn ei ddileu ac yn cadw&apos;r cofnodion hyn yn ei le; mae Cadw&apos;r Ddau yn cadw ail gyfarfod ar yr un dyddiad.</translation>
    </message>
    <message>
        <source>&amp;Merge into It</source>
        <translation>&amp;Cyfuno ag Ef</translation>
    </message>
    <message>
        <source>&amp;Replace It</source>
        <translation>&amp;Disodli</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>Cadw&apos;r &amp;Ddau</translation>
    </message>
    <message>
        <source>Back to the Review</source>
        <translation>Yn ôl i&apos;r Adolygiad</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Wrthi&apos;n darllen %1 (%2 o %3)…</translation>
    </message>
    <message>
        <source>%1 — not read (cancelled)</source>
        <translation>%1 — heb ei ddarllen (diddymwyd)</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Wedi&apos;i fewnforio eisoes</translation>
    </message>
    <message>
        <source>%1 was already imported on %2. Replace that meeting with this import?</source>
        <translation>Mewnforiwyd %1 eisoes ar %2. Disodli&apos;r cyfarfod hwnnw â&apos;r mewnforio hwn?</translation>
    </message>
    <message>
        <source>%1 — not saved (cancelled at review)</source>
        <translation>%1 — heb ei gadw (diddymwyd wrth adolygu)</translation>
    </message>
    <message>
        <source>Minutes Not Saved</source>
        <translation>Ni Chadwyd y Cofnodion</translation>
    </message>
    <message>
        <source>%1

Your corrections are kept: deal with the cause, then choose Save to Database again, or Cancel.</source>
        <translation>%1

Cedwir eich cywiriadau: deliwch â&apos;r achos, yna dewiswch Cadw i&apos;r Gronfa Ddata eto, neu Canslo.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Yno eisoes</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Heb ei fewnforio</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r Cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;Cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i&apos;r Cyfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio Eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar Waith</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo Lleoliad y &amp;Ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>RatingSchemeDialog</name>
    <message>
        <source>Rating Scheme of %1</source>
        <translation>Cynllun Sgorio %1</translation>
    </message>
    <message>
        <source>Edit Rating Scheme of %1</source>
        <translation>Golygu Cynllun Sgorio %1</translation>
    </message>
    <message>
        <source>Colour of the Rating</source>
        <translation>Lliw&apos;r Sgôr</translation>
    </message>
    <message>
        <source>How this plan&apos;s milestones are rated, best first. You may read the scheme; clerks, officers and administrators change it.</source>
        <translation>Sut y rhoddir sgôr i gerrig milltir y cynllun hwn, y gorau yn gyntaf. Cewch ddarllen y cynllun; clercod, swyddogion a gweinyddwyr sy&apos;n ei newid.</translation>
    </message>
    <message>
        <source>How this plan&apos;s milestones are rated, best first: the last status is treated as Red (a flag is raised when it has no open action). Every status needs a letter, so that a rating never depends on colour alone.</source>
        <translation>Sut y rhoddir sgôr i gerrig milltir y cynllun hwn, y gorau yn gyntaf: caiff y statws olaf ei drin fel Coch (codir baner pan nad oes cam gweithredu agored iddo). Mae angen llythyren ar bob statws, fel nad yw sgôr byth yn dibynnu ar liw yn unig.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Ar y trywydd iawn</translation>
    </message>
    <message>
        <source>Means complete</source>
        <translation>Yn golygu wedi&apos;i chwblhau</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Cerrig milltir</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Diffiniad</translation>
    </message>
    <message>
        <source>Counts as on track (on target) in the summaries.</source>
        <translation>Yn cyfrif fel ar y trywydd iawn (ar y targed) yn y crynodebau.</translation>
    </message>
    <message>
        <source>Means the milestone is complete: a flag is raised when no evidence is recorded.</source>
        <translation>Yn golygu bod y garreg filltir wedi&apos;i chwblhau: codir baner pan na chofnodir tystiolaeth.</translation>
    </message>
    <message>
        <source>Milestones rated with this status now.</source>
        <translation>Cerrig milltir sydd â&apos;r statws hwn nawr.</translation>
    </message>
    <message>
        <source>Rating statuses</source>
        <translation>Statwsau sgorio</translation>
    </message>
    <message>
        <source>&amp;Add Status</source>
        <translation>&amp;Ychwanegu Statws</translation>
    </message>
    <message>
        <source>&amp;Remove Status</source>
        <translation>&amp;Dileu Statws</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Lliw…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Symud i &amp;Fyny</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Symud i &amp;Lawr</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>A rating unchanged for longer than this is flagged for members to question.</source>
        <translation>Codir baner ar sgôr nad yw wedi newid ers yn hwy na hyn i aelodau ei chwestiynu.</translation>
    </message>
    <message>
        <source>a rating unchanged for longer is flagged for members to question</source>
        <translation>codir baner ar sgôr nad yw wedi newid ers yn hwy i aelodau ei chwestiynu</translation>
    </message>
    <message>
        <source>Re&amp;view period:</source>
        <translation>Cyfnod a&amp;dolygu:</translation>
    </message>
    <message>
        <source>Whether other plans use this scheme could not be checked (%1). Close the dialog and open it again before changing the scheme.</source>
        <translation>Ni ellid gwirio a yw cynlluniau eraill yn defnyddio&apos;r cynllun sgorio hwn (%1). Caewch y ffenestr a&apos;i hagor eto cyn newid y cynllun sgorio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (this plan)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (y cynllun hwn)</translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation>ac 1 arall</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>a %1 arall</translation>
    </message>
    <message>
        <source>⚠ This scheme is used by %1 plans: %2; it rates the milestones of all of them.</source>
        <translation>⚠ Defnyddir y cynllun sgorio hwn gan %1 cynllun: %2; mae&apos;n rhoi sgôr i gerrig milltir pob un ohonynt.</translation>
    </message>
    <message>
        <source>⚠ This scheme is used by %1 plans: %2; a change applies to all of them (the review period below is this plan&apos;s own).</source>
        <translation>⚠ Defnyddir y cynllun sgorio hwn gan %1 cynllun: %2; mae newid yn berthnasol i bob un ohonynt (cyfnod adolygu&apos;r cynllun hwn ei hun yw&apos;r un isod).</translation>
    </message>
    <message>
        <source>Milestones rated with this status now, in all %1 plans that use the scheme.</source>
        <translation>Cerrig milltir sydd â&apos;r statws hwn nawr, ym mhob un o&apos;r %1 cynllun sy&apos;n defnyddio&apos;r cynllun sgorio.</translation>
    </message>
    <message>
        <source>&amp;Save for All %1 Plans</source>
        <translation>&amp;Cadw ar gyfer y %1 Cynllun</translation>
    </message>
    <message>
        <source>Saving changes the rating scheme of every plan named above.</source>
        <translation>Mae cadw yn newid cynllun sgorio pob cynllun a enwir uchod.</translation>
    </message>
    <message>
        <source>Double-click, or press Colour…, to choose the colour.</source>
        <translation>Cliciwch ddwywaith, neu pwyswch Lliw…, i ddewis y lliw.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Statws newydd</translation>
    </message>
    <message>
        <source>Give the new status a letter, a name, a colour and a definition, then put it in order.</source>
        <translation>Rhowch lythyren, enw, lliw a diffiniad i&apos;r statws newydd, yna rhowch ef yn ei drefn.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerc</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search minutes, resolutions, actions and milestones: words, &quot;a phrase&quot;, foster*, OR, NOT</source>
        <translation>Chwilio cofnodion, penderfyniadau, camau gweithredu a cherrig milltir: geiriau, &quot;ymadrodd&quot;, foster*, OR, NOT</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Chwilio am</translation>
    </message>
    <message>
        <source>&lt;p&gt;Words: all must appear (&lt;i&gt;caseload review&lt;/i&gt;).&lt;br&gt;&quot;Quotation marks&quot; find a phrase (&lt;i&gt;&quot;caseload promise&quot;&lt;/i&gt;).&lt;br&gt;A star finds word beginnings (&lt;i&gt;recruit*&lt;/i&gt;).&lt;br&gt;OR finds either (&lt;i&gt;fostering OR adoption&lt;/i&gt;); NOT or a minus leaves words out (&lt;i&gt;agency NOT apologies&lt;/i&gt;, &lt;i&gt;-apologies&lt;/i&gt;).&lt;br&gt;Brackets group: &lt;i&gt;(fostering OR adoption) sufficiency&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geiriau: rhaid i bob un ymddangos (&lt;i&gt;caseload review&lt;/i&gt;).&lt;br&gt;Mae &quot;dyfynodau&quot; yn canfod ymadrodd (&lt;i&gt;&quot;caseload promise&quot;&lt;/i&gt;).&lt;br&gt;Mae seren yn canfod dechrau geiriau (&lt;i&gt;recruit*&lt;/i&gt;).&lt;br&gt;Mae OR yn canfod y naill neu&apos;r llall (&lt;i&gt;fostering OR adoption&lt;/i&gt;); mae NOT neu arwydd minws yn gadael geiriau allan (&lt;i&gt;agency NOT apologies&lt;/i&gt;, &lt;i&gt;-apologies&lt;/i&gt;).&lt;br&gt;Mae cromfachau&apos;n grwpio: &lt;i&gt;(fostering OR adoption) sufficiency&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>C&amp;hwilio am:</translation>
    </message>
    <message>
        <source>C&amp;ommittee:</source>
        <translation>Pwyllgo&amp;r:</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>Er&amp;s</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>Items and resolutions</source>
        <translation>Eitemau a phenderfyniadau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau Gweithredu</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Cerrig milltir</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau&apos;r chwilio</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Pob pwyllgor</translation>
    </message>
    <message>
        <source>Search every minute, resolution, action and milestone. Put a phrase in quotation marks, end a word with * to find words that start with it, and use OR and NOT in capitals.</source>
        <translation>Chwiliwch bob cofnod, penderfyniad, cam gweithredu a charreg filltir. Rhowch ymadrodd mewn dyfynodau, gorffennwch air â * i ganfod geiriau sy&apos;n dechrau ag ef, a defnyddiwch OR a NOT mewn priflythrennau.</translation>
    </message>
    <message>
        <source>Nothing matches with these filters. Try all committees, a wider date range, or fewer words.</source>
        <translation>Nid oes dim yn cyfateb gyda&apos;r hidlwyr hyn. Rhowch gynnig ar bob pwyllgor, ystod ehangach o ddyddiadau, neu lai o eiriau.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, a word&apos;s beginning with * (recruit*), or OR between alternatives.</source>
        <translation>Nid oes dim yn cyfateb. Rhowch gynnig ar lai o eiriau, dechrau gair gyda * (recruit*), neu OR rhwng dewisiadau.</translation>
    </message>
    <message>
        <source>%1 matches; the best %2 are shown, best first. Narrow the search with more words or the filters.</source>
        <translation>%1 cyfatebiaeth; dangosir y %2 gorau, y gorau yn gyntaf. Culhewch y chwilio gyda mwy o eiriau neu&apos;r hidlwyr.</translation>
    </message>
    <message>
        <source>1 match. Press Enter or double-click to open it.</source>
        <translation>1 cyfatebiaeth. Pwyswch Enter neu cliciwch ddwywaith i&apos;w hagor.</translation>
    </message>
    <message>
        <source>%1 matches, best first. Press Enter or double-click to open one.</source>
        <translation>%1 cyfatebiaeth, y gorau yn gyntaf. Pwyswch Enter neu cliciwch ddwywaith i agor un.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Eitem %1</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>The closing quotation mark was missing, so the words after the opening one were searched for as a phrase.</source>
        <translation>Roedd y dyfynnod cau ar goll, felly chwiliwyd am y geiriau ar ôl yr un agoriadol fel ymadrodd.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Carreg filltir</translation>
    </message>
    <message>
        <source>AND and OR need a word on each side (for example: fostering OR adoption); the one without was left out.</source>
        <translation>Mae angen gair bob ochr i AND ac OR (er enghraifft: fostering OR adoption); gadawyd yr un heb air allan.</translation>
    </message>
    <message>
        <source>The brackets did not pair up, so they were matched as well as could be.</source>
        <translation>Nid oedd y cromfachau&apos;n paru, felly fe&apos;u cyfatebwyd cystal ag y gellid.</translation>
    </message>
    <message>
        <source>NOT needs a word after it (for example: caseload NOT agency); it was left out.</source>
        <translation>Mae angen gair ar ôl NOT (er enghraifft: caseload NOT agency); fe&apos;i gadawyd allan.</translation>
    </message>
    <message>
        <source>Say what to look for as well as what to leave out: for example, caseload NOT agency.</source>
        <translation>Dywedwch beth i chwilio amdano yn ogystal â beth i&apos;w adael allan: er enghraifft, caseload NOT agency.</translation>
    </message>
    <message>
        <source>Type a word or a phrase to search for.</source>
        <translation>Teipiwch air neu ymadrodd i chwilio amdano.</translation>
    </message>
    <message>
        <source>The search could not be understood. Put phrases in quotation marks, write AND, OR and NOT in capitals between words, and pair every bracket.</source>
        <translation>Ni ellid deall y chwilio. Rhowch ymadroddion mewn dyfynodau, ysgrifennwch AND, OR a NOT mewn priflythrennau rhwng geiriau, a pharwch bob cromfach.</translation>
    </message>
    <message>
        <source>This database has no search index yet. Open it once with this version of Scrutineer to build it.</source>
        <translation>Nid oes mynegai chwilio gan y gronfa ddata hon eto. Agorwch hi unwaith gyda&apos;r fersiwn hwn o Scrutineer i&apos;w adeiladu.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · Part 2</source>
        <translation>%1 · Rhan 2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>erbyn %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Erbyn %1</translation>
    </message>
    <message>
        <source>Exempt item (Part 2): not for publication.</source>
        <translation>Eitem eithriedig (Rhan 2): nid i&apos;w chyhoeddi.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Pwyllgor</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Cyfatebiaeth</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>A server address starts with postgresql:// (for example postgresql://alice@db.council.local/children).</source>
        <translation>Mae cyfeiriad gweinydd yn dechrau gyda postgresql:// (er enghraifft postgresql://alys@db.cyngor.local/plant).</translation>
    </message>
    <message>
        <source>The server address %1 is not written correctly: %2.</source>
        <translation>Nid yw cyfeiriad y gweinydd %1 wedi&apos;i ysgrifennu&apos;n gywir: %2.</translation>
    </message>
    <message>
        <source>Say which database on the server, after the last slash (for example postgresql://alice@db.council.local/children).</source>
        <translation>Dywedwch pa gronfa ddata ar y gweinydd, ar ôl y slaes olaf (er enghraifft postgresql://alys@db.cyngor.local/plant).</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>Nid yw&apos;r porth yn %1 yn rhif o 1 i 65535.</translation>
    </message>
    <message>
        <source>The server address has an option %1 that libpq does not know.</source>
        <translation>Mae gan gyfeiriad y gweinydd opsiwn %1 nad yw libpq yn ei adnabod.</translation>
    </message>
    <message>
        <source>database %1 on %2</source>
        <translation>cronfa ddata %1 ar %2</translation>
    </message>
    <message>
        <source>database %1 on %2, as %3</source>
        <translation>cronfa ddata %1 ar %2, fel %3</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>The database %1 could not be created (%2). Create it as a login that may (CREATEDB), or ask whoever runs the server to: CREATE DATABASE %1 OWNER you;</source>
        <translation>Ni ellid creu&apos;r gronfa ddata %1 (%2). Crëwch hi fel mewngofnod sy&apos;n cael gwneud hynny (CREATEDB), neu gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd wneud: CREATE DATABASE %1 OWNER eich_mewngofnod;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The language of the interface, the briefing pack and the exports</source>
        <translation>Iaith y rhyngwyneb, y pecyn briffio a&apos;r allforion</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Scrutineer starts.</source>
        <translation>Daw iaith newydd i rym y tro nesaf y bydd Scrutineer yn cychwyn.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Iaith y system (%1)</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The two databases are at different versions (%1 and %2). Open each with this Scrutineer first, then copy.</source>
        <translation>Mae&apos;r ddwy gronfa ddata ar fersiynau gwahanol (%1 a %2). Agorwch bob un gyda&apos;r Scrutineer hwn yn gyntaf, yna copïwch.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds a record (%n row(s) in %2); copy only into a new database, so that nothing there is overwritten.</source>
        <translation>
            <numerusform>Mae %1 eisoes yn dal cofnod (%n rhes yn %2); copïwch i gronfa ddata newydd yn unig, fel na chaiff dim yno ei drosysgrifo.</numerusform>
            <numerusform>Mae %1 eisoes yn dal cofnod (%n rhes yn %2); copïwch i gronfa ddata newydd yn unig, fel na chaiff dim yno ei drosysgrifo.</numerusform>
            <numerusform>Mae %1 eisoes yn dal cofnod (%n rhes yn %2); copïwch i gronfa ddata newydd yn unig, fel na chaiff dim yno ei drosysgrifo.</numerusform>
            <numerusform>Mae %1 eisoes yn dal cofnod (%n rhes yn %2); copïwch i gronfa ddata newydd yn unig, fel na chaiff dim yno ei drosysgrifo.</numerusform>
            <numerusform>Mae %1 eisoes yn dal cofnod (%n rhes yn %2); copïwch i gronfa ddata newydd yn unig, fel na chaiff dim yno ei drosysgrifo.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy onto the server is made by the database&apos;s owner (who ran scrutineer server-init); connect as the owner.</source>
        <translation>Perchennog y gronfa ddata (a redodd scrutineer server-init) sy&apos;n gwneud copi ar y gweinydd; cysylltwch fel y perchennog.</translation>
    </message>
    <message>
        <source>%1 has no table %2.</source>
        <translation>Nid oes gan %1 dabl %2.</translation>
    </message>
    <message>
        <source>%1 has more rows in %2 than the other.</source>
        <translation>Mae gan %1 fwy o resi yn %2 na&apos;r llall.</translation>
    </message>
    <message>
        <source>%1, row %2: %3 is %4 in one and %5 in the other.</source>
        <translation>%1, rhes %2: mae %3 yn %4 yn un ac yn %5 yn y llall.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) differ in all.</source>
        <translation>
            <numerusform>%1: mae %n rhes yn wahanol i gyd.</numerusform>
            <numerusform>%1: mae %n rhes yn wahanol i gyd.</numerusform>
            <numerusform>%1: mae %n rhes yn wahanol i gyd.</numerusform>
            <numerusform>%1: mae %n rhes yn wahanol i gyd.</numerusform>
            <numerusform>%1: mae %n rhes yn wahanol i gyd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” could not be done: %2</source>
        <translation>Ni ellid gwneud “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>Ni ellid dadwneud “%1”: %2</translation>
    </message>
    <message>
        <source>It has been taken off the list of steps to undo.</source>
        <translation>Fe&apos;i tynnwyd oddi ar y rhestr o gamau i&apos;w dadwneud.</translation>
    </message>
    <message>
        <source>Change Due Date of Action %1</source>
        <translation>Newid Dyddiad Cau Cam Gweithredu %1</translation>
    </message>
    <message>
        <source>Change Owner of Action %1</source>
        <translation>Newid Perchennog Cam Gweithredu %1</translation>
    </message>
    <message>
        <source>Edit Action %1</source>
        <translation>Golygu Cam Gweithredu %1</translation>
    </message>
    <message>
        <source>Review Rating of %1</source>
        <translation>Adolygu Sgôr %1</translation>
    </message>
    <message>
        <source>Change Rating of %1</source>
        <translation>Newid Sgôr %1</translation>
    </message>
    <message>
        <source>The milestone has been removed.</source>
        <translation>Mae&apos;r garreg filltir wedi&apos;i dileu.</translation>
    </message>
    <message>
        <source>%1 was rated again by someone else since, so the rating was not put back.</source>
        <translation>Rhoddwyd sgôr i %1 eto gan rywun arall ers hynny, felly ni roddwyd y sgôr yn ôl.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>“%1” is not an e-mail address. Type one such as name@council.gov.uk, or leave it empty.</source>
        <translation>Nid yw “%1” yn gyfeiriad e-bost. Teipiwch un megis enw@cyngor.gov.uk, neu gadewch ef yn wag.</translation>
    </message>
    <message>
        <source>Only an administrator may change people&apos;s names, job titles and e-mail addresses.</source>
        <translation>Dim ond gweinyddwr gaiff newid enwau, teitlau swyddi a chyfeiriadau e-bost pobl.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Rhowch enw&apos;r person.</translation>
    </message>
    <message>
        <source>Give the login name the person signs in with.</source>
        <translation>Rhowch yr enw mewngofnodi y mae&apos;r person yn mewngofnodi ag ef.</translation>
    </message>
    <message>
        <source>%1 is the only administrator. Make someone else an administrator first.</source>
        <translation>%1 yw&apos;r unig weinyddwr. Gwnewch rywun arall yn weinyddwr yn gyntaf.</translation>
    </message>
    <message>
        <source>You cannot remove your own login.</source>
        <translation>Ni allwch ddileu eich mewngofnod eich hun.</translation>
    </message>
    <message>
        <source>A database file has no passwords: whoever may open the file signs in as their own login.</source>
        <translation>Nid oes cyfrineiriau gan ffeil cronfa ddata: mae pwy bynnag a gaiff agor y ffeil yn mewngofnodi fel eu mewngofnod eu hunain.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters for %1.</source>
        <translation>Dewiswch gyfrinair o 8 nod o leiaf ar gyfer %1.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and Roles</source>
        <translation>Defnyddwyr a Rolau</translation>
    </message>
    <message>
        <source>Each login name stands for a person and has a role. Members read and keep private notes; clerks record meetings and actions; officers update ratings and figures; administrators may do everything, including this.</source>
        <translation>Mae pob enw mewngofnodi yn cynrychioli person ac mae ganddo rôl. Mae aelodau&apos;n darllen ac yn cadw nodiadau preifat; mae clercod yn cofnodi cyfarfodydd a chamau gweithredu; mae swyddogion yn diweddaru sgoriau a ffigurau; caiff gweinyddwyr wneud popeth, gan gynnwys hyn.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Mewngofnod</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Ychwanegu Defnyddiwr…</translation>
    </message>
    <message>
        <source>&amp;Remove User</source>
        <translation>&amp;Dileu Defnyddiwr</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(neb)</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Heb ei newid</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Ychwanegu Defnyddiwr</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Enw mewngofnodi:</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Heb ei ychwanegu</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Dileu Defnyddiwr</translation>
    </message>
    <message>
        <source>Remove the login %1? Their notes stay in the database.</source>
        <translation>Dileu&apos;r mewngofnod %1? Mae eu nodiadau&apos;n aros yn y gronfa ddata.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Heb ei ddileu</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>Gosod &amp;Cyfrinair…</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Gosod Cyfrinair</translation>
    </message>
    <message>
        <source>The password %1 signs in to the server with (at least 8 characters). Tell it to them in person; Scrutineer does not keep it.</source>
        <translation>Y cyfrinair y mae %1 yn mewngofnodi i&apos;r gweinydd ag ef (8 nod o leiaf). Dywedwch wrthynt wyneb yn wyneb; nid yw Scrutineer yn ei gadw.</translation>
    </message>
    <message>
        <source>Password not set</source>
        <translation>Ni osodwyd y cyfrinair</translation>
    </message>
</context>
</TS>
