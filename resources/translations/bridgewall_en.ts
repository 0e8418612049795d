<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../widgets/site_detail.py" line="249"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="249"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="249"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="249"/>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="264"/>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="270"/>
        <source>disconnected by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="270"/>
        <source>✖ dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="475"/>
        <source>Resolve incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="475"/>
        <source>Incident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="485"/>
        <source>What failed, as reported by the site or the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="488"/>
        <source>What is being done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="491"/>
        <source>HH:MM, or +minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="501"/>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="502"/>
        <source>&amp;Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="504"/>
        <source>Expected &amp;restore time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="510"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="510"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="535"/>
        <source>✖ The expected restore time %1 is already past: give a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="539"/>
        <source>✖ Cannot read “%1” as a time: type HH:MM (e.g. 14:30) or +minutes (e.g. +20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="549"/>
        <source>No expected restore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="553"/>
        <source>→ %1, in %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="250"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="251"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="252"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="253"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="254"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="255"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="256"/>
        <source>Expected restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="257"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="276"/>
        <source>%n site(s) on provider %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="278"/>
        <source>%n site(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="279"/>
        <source>Shared fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="289"/>
        <source>✔ Resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="291"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="294"/>
        <source>✓ Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="295"/>
        <source>● Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="304"/>
        <source>%1 (in %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="305"/>
        <source>%1 (overdue %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="339"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="347"/>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="352"/>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="354"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="356"/>
        <source>Expected restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="636"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="640"/>
        <source>Cause / fix / restore time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="645"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="647"/>
        <location filename="../../widgets/incident_panel.py" line="829"/>
        <source>Mute alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="654"/>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="829"/>
        <source>Alarm muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="867"/>
        <source>(%n critical incident(s) not acknowledged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="868"/>
        <source>[A] acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="892"/>
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="109"/>
        <source>Lost connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="110"/>
        <source>No sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="111"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="112"/>
        <source>Packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="113"/>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="114"/>
        <source>Low bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="115"/>
        <source>MCU unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="116"/>
        <source>Power failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="117"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="124"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="125"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="126"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveConsole</name>
    <message>
        <location filename="../../widgets/live.py" line="158"/>
        <source>not connected to an MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="162"/>
        <source>the site is not in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="31"/>
        <source>Bridgewall — Video-conference control center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="34"/>
        <source>No active meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="39"/>
        <source>Floor requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="42"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="46"/>
        <location filename="../../widgets/main_window.py" line="115"/>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="63"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="70"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="71"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="76"/>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="78"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="82"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="83"/>
        <source>&amp;About Bridgewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="90"/>
        <source>About Bridgewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="91"/>
        <source>Bridgewall — control-room console for government video-conference networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="97"/>
        <source>MCU: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="98"/>
        <source>MCU: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="99"/>
        <source>MCU: degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="100"/>
        <source>MCU: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="103"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="118"/>
        <source>Log: cannot write — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDetail</name>
    <message>
        <location filename="../../widgets/site_detail.py" line="88"/>
        <source>loss received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="89"/>
        <source>loss sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="90"/>
        <source>jitter received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="91"/>
        <source>jitter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="92"/>
        <source>bitrate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="93"/>
        <source>bitrate sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="94"/>
        <source>frame rate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="95"/>
        <source>audio bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="96"/>
        <source>video bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="97"/>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="103"/>
        <source>Packet loss (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="104"/>
        <source>Jitter (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="105"/>
        <source>Bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="106"/>
        <source>Frame rate (fps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="107"/>
        <source>Audio bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="108"/>
        <source>Video bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="147"/>
        <source>no expected rate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="148"/>
        <source>expected %1 kbps (the site&apos;s recent peak unless configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="171"/>
        <source>minutes before now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359"/>
        <location filename="../../widgets/site_detail.py" line="370"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359"/>
        <location filename="../../widgets/site_detail.py" line="371"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359"/>
        <location filename="../../widgets/site_detail.py" line="372"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="368"/>
        <source>Standby for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="369"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="377"/>
        <source>“%1” is not in the registry: no technicians or standby contacts are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="391"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="393"/>
        <source>Telecom and power standby contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="419"/>
        <source>Media (15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="420"/>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="421"/>
        <source>Joins and leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="422"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="427"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="468"/>
        <source>not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="478"/>
        <source>Telecom provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="479"/>
        <source>Power company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="483"/>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="556"/>
        <source>Disconnect site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="557"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="563"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="564"/>
        <source>Keep connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="587"/>
        <source>… sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="589"/>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="591"/>
        <source>✖ no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="593"/>
        <source>✖ MCU unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="595"/>
        <source>✖ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="607"/>
        <source>Unmute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="607"/>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="610"/>
        <source>Unmute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="610"/>
        <source>Mute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="612"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="613"/>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="620"/>
        <source>Not in the registry: no address to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="622"/>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="622"/>
        <source>⊘ not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="623"/>
        <source>audio muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="624"/>
        <source>video muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <location filename="../../widgets/wall_panel.py" line="34"/>
        <source>Filter sites (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="41"/>
        <source>Problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="42"/>
        <source>By tier and district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="43"/>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="50"/>
        <source>Group by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="54"/>
        <source>Larger tiles (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="55"/>
        <source>Smaller tiles (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="56"/>
        <source>Fit every site (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="103"/>
        <source>No sites in the meeting yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="109"/>
        <source>%1 connected · ⊘ %2 lost · ✖ %3 red · ▲ %4 amber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../widgets/wall.py" line="307"/>
        <source>Central and province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="485"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="487"/>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="489"/>
        <source>hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="497"/>
        <source>%1 s old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
