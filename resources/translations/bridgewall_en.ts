<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../widgets/site_detail.py" line="250"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="250"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="250"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="250"/>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="265"/>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="271"/>
        <source>disconnected by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="271"/>
        <source>✖ dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../../widgets/calibration.py" line="113"/>
        <source>Position unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="115"/>
        <source>Pan %1 · Tilt %2 · Zoom %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../widgets/calibration.py" line="299"/>
        <source>Camera calibration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="306"/>
        <source>Far-end camera control through the MCU: jog only. Presets, positions and the review need the camera&apos;s own address (VISCA over IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="318"/>
        <source>Move the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="322"/>
        <source>Tilt up (↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="323"/>
        <source>Pan left (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="324"/>
        <source>Pan right (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="325"/>
        <source>Tilt down (↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="326"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="327"/>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="342"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="346"/>
        <source>Store the current framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="359"/>
        <source>e.g. chair&apos;s desk, centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="360"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="361"/>
        <location filename="../../widgets/calibration.py" line="640"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="362"/>
        <source>Seating chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="366"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="369"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="372"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="375"/>
        <source>Speaker preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="378"/>
        <source>Compare with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="381"/>
        <source>Verify presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="391"/>
        <source>How far a recalled preset may land from the stored position (camera units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="411"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="455"/>
        <source>Reading the stored presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/calibration.py" line="466"/>
        <source>%n preset(s) stored for this site</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="545"/>
        <source>Moving the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="560"/>
        <source>Camera stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="585"/>
        <source>Give the preset a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="595"/>
        <source>Preset %1 “%2” stored at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="604"/>
        <source>Storing preset %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="617"/>
        <source>Preset %1 recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="622"/>
        <source>Preset %1 recalled, but the camera landed off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="632"/>
        <source>Recalling preset %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="640"/>
        <source>Rename preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="648"/>
        <source>Preset %1 renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="650"/>
        <source>Renaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="661"/>
        <source>Preset %1 is now the speaker preset of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="665"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="673"/>
        <source>Compared with the current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="675"/>
        <source>Reading the camera&apos;s position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/calibration.py" line="692"/>
        <source>%n preset(s) drifted: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="696"/>
        <source>Every preset lands where it was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/calibration.py" line="700"/>
        <source>Reviewing %n preset(s): each is recalled and read back…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <location filename="../../widgets/floor_panel.py" line="353"/>
        <source>Give the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="354"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="355"/>
        <source>End speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="356"/>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="357"/>
        <source>Lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="359"/>
        <source>Lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="384"/>
        <source>Request by phone, e-mail or Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="398"/>
        <source>Add to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="401"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="402"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="403"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="404"/>
        <source>Came by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="406"/>
        <source>Add a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="447"/>
        <source>%1: speaking time ends at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="470"/>
        <source>Nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="559"/>
        <source>Choose the site that asked to speak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorText</name>
    <message>
        <location filename="../../widgets/floor_panel.py" line="94"/>
        <source>Raised hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="95"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="96"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="97"/>
        <source>Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="98"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="104"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="105"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="106"/>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="107"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="108"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="109"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="110"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="116"/>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="117"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="118"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="119"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="120"/>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="127"/>
        <source>mute the previous speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="128"/>
        <source>spotlight off the previous speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="131"/>
        <source>unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="132"/>
        <source>camera preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="133"/>
        <source>spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="134"/>
        <source>speaker layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="135"/>
        <source>lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="136"/>
        <source>mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="137"/>
        <source>spotlight off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="138"/>
        <source>restore layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="139"/>
        <source>lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="145"/>
        <source>Give the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="146"/>
        <source>End speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="147"/>
        <source>Take the floor back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="148"/>
        <source>Speaking time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="149"/>
        <source>Unmuted at the MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="150"/>
        <source>Lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="151"/>
        <source>Lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="152"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="153"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="154"/>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="155"/>
        <source>Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="161"/>
        <source>not connected to an MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="162"/>
        <source>the site is not in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="163"/>
        <source>another action on this site is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="164"/>
        <source>no meeting to file it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="176"/>
        <source>refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="185"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="186"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="187"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="188"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="189"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="190"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="191"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="254"/>
        <source>Requested at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="441"/>
        <source>Resolve incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="441"/>
        <source>Incident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="451"/>
        <source>What failed, as reported by the site or the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="454"/>
        <source>What is being done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="457"/>
        <source>HH:MM, or +minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="467"/>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="468"/>
        <source>&amp;Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="470"/>
        <source>Expected &amp;restore time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="476"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="476"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="501"/>
        <source>✖ The expected restore time %1 is already past: give a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="505"/>
        <source>✖ Cannot read “%1” as a time: type HH:MM (e.g. 14:30) or +minutes (e.g. +20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="515"/>
        <source>No expected restore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="519"/>
        <source>→ %1, in %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="200"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="201"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="202"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="203"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="204"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="205"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="206"/>
        <source>Expected restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="207"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="236"/>
        <source>%n site(s) on provider %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="238"/>
        <source>%n site(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="239"/>
        <source>Shared fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="249"/>
        <source>✔ Resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="251"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="254"/>
        <source>✓ Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="255"/>
        <source>● Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="264"/>
        <source>%1 (in %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="265"/>
        <source>%1 (overdue %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="272"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="280"/>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="285"/>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="287"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="289"/>
        <source>Expected restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="602"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="606"/>
        <source>Cause / fix / restore time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="611"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="613"/>
        <location filename="../../widgets/incident_panel.py" line="803"/>
        <source>Mute alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="620"/>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="624"/>
        <source>The %1 most recently resolved incidents; the log keeps them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="803"/>
        <source>Alarm muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="841"/>
        <source>(%n critical incident(s) not acknowledged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="842"/>
        <source>[A] acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="865"/>
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
        <location filename="../../widgets/incident_panel.py" line="119"/>
        <source>Lost connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="120"/>
        <source>No sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="121"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="122"/>
        <source>Packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="123"/>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="124"/>
        <source>Low bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="125"/>
        <source>MCU unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="126"/>
        <source>Power failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="127"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="134"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="135"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="136"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutBar</name>
    <message>
        <location filename="../../widgets/layout_bar.py" line="207"/>
        <location filename="../../widgets/layout_bar.py" line="261"/>
        <source>Reading the MCU&apos;s layouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="212"/>
        <source>Edit presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="217"/>
        <source>Define the control center&apos;s named presets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="237"/>
        <source>Apply layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/layout_bar.py" line="250"/>
        <source>%n layout(s) offered by the MCU</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="267"/>
        <source>Cannot read the MCU&apos;s layouts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="309"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="312"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="351"/>
        <source>not connected to an MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="376"/>
        <source>Applying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="378"/>
        <source>%1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="382"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="383"/>
        <source>MCU unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="384"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="385"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutButton</name>
    <message>
        <location filename="../../widgets/layout_bar.py" line="124"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="132"/>
        <source>… sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="135"/>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="137"/>
        <source>✖ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="153"/>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="157"/>
        <source>Main positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="159"/>
        <source>Overlay text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="161"/>
        <source>Active now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="163"/>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutPresetEditor</name>
    <message>
        <location filename="../../widgets/layout_presets.py" line="224"/>
        <source>Layout presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="244"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="245"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="246"/>
        <location filename="../../widgets/layout_presets.py" line="614"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="247"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="249"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="266"/>
        <location filename="../../widgets/layout_presets.py" line="520"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="270"/>
        <source>e.g. Khai mạc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="283"/>
        <source>Shown over the picture, e.g. Giao ban tháng 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="289"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="293"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="305"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="306"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="308"/>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="309"/>
        <source>Overlay text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="403"/>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="405"/>
        <source>Main positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="407"/>
        <source>Overlay text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="445"/>
        <source>auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="475"/>
        <source>%1 site(s) chosen; the MCU arranges this layout itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="479"/>
        <source>%1 of %2 sites this layout shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="504"/>
        <source>New preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="504"/>
        <source>Preset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="532"/>
        <source>Give the preset a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="535"/>
        <source>A preset named “%1” already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="538"/>
        <source>Choose a layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="542"/>
        <source>Layout %1 shows at most %2 site(s); %3 are chosen: remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="575"/>
        <source>Saving “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="585"/>
        <source>“%1” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="590"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="607"/>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="608"/>
        <source>Delete the preset “%1”? The bar will no longer offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="615"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="627"/>
        <source>Deleting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="633"/>
        <source>“%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="638"/>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="657"/>
        <source>Moving “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="666"/>
        <source>“%1” moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="668"/>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveConsole</name>
    <message>
        <location filename="../../widgets/live.py" line="256"/>
        <location filename="../../widgets/live.py" line="290"/>
        <location filename="../../widgets/live.py" line="431"/>
        <source>not connected to an MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="274"/>
        <location filename="../../widgets/live.py" line="348"/>
        <source>Camera presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="294"/>
        <source>the site is not in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="339"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="341"/>
        <source>Unmute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="341"/>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="342"/>
        <source>Unmute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="342"/>
        <source>Mute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="345"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="347"/>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="370"/>
        <source>Disconnect site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="371"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="413"/>
        <source>Layout presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="413"/>
        <source>The console is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="465"/>
        <source>Camera presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="466"/>
        <source>This site&apos;s camera has no address and the site is not in the meeting.</source>
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
        <location filename="../../widgets/main_window.py" line="44"/>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="47"/>
        <location filename="../../widgets/main_window.py" line="116"/>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="64"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="71"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="72"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="77"/>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="79"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="83"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="84"/>
        <source>&amp;About Bridgewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="91"/>
        <source>About Bridgewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="92"/>
        <source>Bridgewall — control-room console for government video-conference networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="98"/>
        <source>MCU: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="99"/>
        <source>MCU: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="100"/>
        <source>MCU: degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="101"/>
        <source>MCU: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="104"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="119"/>
        <source>Log: cannot write — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDetail</name>
    <message>
        <location filename="../../widgets/site_detail.py" line="89"/>
        <source>loss received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="90"/>
        <source>loss sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="91"/>
        <source>jitter received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="92"/>
        <source>jitter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="93"/>
        <source>bitrate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="94"/>
        <source>bitrate sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="95"/>
        <source>frame rate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="96"/>
        <source>audio bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="97"/>
        <source>video bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="98"/>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="104"/>
        <source>Packet loss (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="105"/>
        <source>Jitter (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="106"/>
        <source>Bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="107"/>
        <source>Frame rate (fps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="108"/>
        <source>Audio bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="109"/>
        <source>Video bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="148"/>
        <source>no expected rate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="149"/>
        <source>expected %1 kbps (the site&apos;s recent peak unless configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="172"/>
        <source>minutes before now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <location filename="../../widgets/site_detail.py" line="368"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <location filename="../../widgets/site_detail.py" line="369"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <location filename="../../widgets/site_detail.py" line="370"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="366"/>
        <source>Standby for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="367"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="375"/>
        <source>“%1” is not in the registry: no technicians or standby contacts are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="389"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="391"/>
        <source>Telecom and power standby contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="417"/>
        <source>Media (15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="418"/>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="419"/>
        <source>Joins and leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="420"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="425"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="466"/>
        <source>not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="476"/>
        <source>Telecom provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="477"/>
        <source>Power company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="481"/>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="554"/>
        <source>Disconnect site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="555"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="561"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="562"/>
        <source>Keep connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="585"/>
        <source>… sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="587"/>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="589"/>
        <source>✖ no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="591"/>
        <source>✖ MCU unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="593"/>
        <source>✖ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="605"/>
        <source>Unmute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="605"/>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="608"/>
        <source>Unmute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="608"/>
        <source>Mute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="610"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="611"/>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="618"/>
        <source>Not in the registry: no address to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="620"/>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="620"/>
        <source>⊘ not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="621"/>
        <source>audio muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="622"/>
        <source>video muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <location filename="../../widgets/layout_presets.py" line="93"/>
        <source>Filter sites by name or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="110"/>
        <source>Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="111"/>
        <source>← Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="112"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="113"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="123"/>
        <source>Spotlighted, in order (main positions first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="171"/>
        <source>Not in the site registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <location filename="../../widgets/wall_panel.py" line="35"/>
        <source>Filter sites (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="42"/>
        <source>Problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="43"/>
        <source>By tier and district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="44"/>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="51"/>
        <source>Group by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="55"/>
        <source>Larger tiles (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="56"/>
        <source>Smaller tiles (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="57"/>
        <source>Fit every site (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="108"/>
        <source>No sites in the meeting yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="114"/>
        <source>%1 connected · ⊘ %2 lost · ✖ %3 red · ▲ %4 amber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../widgets/wall.py" line="404"/>
        <source>Not in the site registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="406"/>
        <source>Central and province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="598"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="600"/>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="602"/>
        <source>hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="610"/>
        <source>%1 s old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
