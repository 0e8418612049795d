<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../widgets/site/detail.py" line="251"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="251"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="251"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="251"/>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="266"/>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="272"/>
        <source>disconnected by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="272"/>
        <source>✖ dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="157"/>
        <source>Position unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="159"/>
        <source>Pan %1 · Tilt %2 · Zoom %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="343"/>
        <source>Camera calibration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="350"/>
        <source>Far-end camera control through the MCU: jog only. Presets, positions and the review need the camera&apos;s own address (VISCA over IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="362"/>
        <source>Move the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="366"/>
        <source>Tilt up (↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="367"/>
        <source>Pan left (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="368"/>
        <source>Pan right (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="369"/>
        <source>Tilt down (↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="370"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="371"/>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="386"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="390"/>
        <source>Store the current framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="403"/>
        <source>e.g. chair&apos;s desk, centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="404"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="405"/>
        <location filename="../../widgets/cameras/calibration.py" line="685"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="406"/>
        <source>Seating chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="410"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="413"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="416"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="419"/>
        <source>Speaker preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="422"/>
        <source>Compare with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="425"/>
        <source>Verify presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="435"/>
        <source>How far a recalled preset may land from the stored position (camera units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="456"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="504"/>
        <source>Reading the stored presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="509"/>
        <source>%n preset(s) stored for this site</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="590"/>
        <source>Moving the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="601"/>
        <source>Camera stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="626"/>
        <source>Give the preset a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="638"/>
        <source>Preset %1 “%2” stored at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="647"/>
        <source>Storing preset %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="660"/>
        <source>Preset %1 recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="665"/>
        <source>Preset %1 recalled, but the camera landed off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="676"/>
        <source>Recalling preset %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="685"/>
        <source>Rename preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="693"/>
        <source>Preset %1 renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="695"/>
        <source>Renaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="706"/>
        <source>Preset %1 is now the speaker preset of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="710"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="717"/>
        <source>Compared with the current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="719"/>
        <source>Reading the camera&apos;s position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="736"/>
        <source>%n preset(s) drifted: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="740"/>
        <source>Every preset lands where it was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="744"/>
        <source>Reviewing %n preset(s): each is recalled and read back…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraErrors</name>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="90"/>
        <source>The camera does not answer: check its power and network cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="93"/>
        <source>The camera cannot do that now (powered off, menu open, or busy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="96"/>
        <source>The camera is busy with other commands: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="99"/>
        <source>The camera cancelled the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="100"/>
        <source>The camera does not accept this command or value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="103"/>
        <source>The camera rejected the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="104"/>
        <location filename="../../widgets/cameras/calibration.py" line="131"/>
        <source>This camera has no preset slot with that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="107"/>
        <source>The camera keeps refusing our messages: restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="110"/>
        <source>The camera rejected the message as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="113"/>
        <source>Cannot reach the camera&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="114"/>
        <source>The connection to the camera is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="115"/>
        <source>Value out of range for this camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="117"/>
        <source>The camera reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="120"/>
        <source>This camera is controlled through the MCU (far-end camera control): it can only be moved; presets and positions are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="124"/>
        <source>The camera kept moving: nothing was stored. Wait until it stops, then store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="128"/>
        <source>There is no stored preset in that slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="134"/>
        <source>The MCU did not pass the camera move on in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="137"/>
        <source>The MCU is unreachable: the camera cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="140"/>
        <source>The MCU refused the camera move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="143"/>
        <source>The preset action failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="149"/>
        <source>The console&apos;s session is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="141"/>
        <source>The site is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="145"/>
        <location filename="../../widgets/cameras/calibration.py" line="150"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <location filename="../../widgets/text.py" line="129"/>
        <source>mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="130"/>
        <source>unmute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="131"/>
        <source>mute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="132"/>
        <source>unmute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="133"/>
        <source>disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="134"/>
        <source>dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="135"/>
        <source>lock the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="136"/>
        <source>unlock the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="137"/>
        <source>change the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="138"/>
        <source>lower the hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="139"/>
        <source>lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="140"/>
        <source>spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="141"/>
        <source>spotlight off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="142"/>
        <source>move the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="150"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="151"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="152"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="153"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="154"/>
        <source>MCU unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <location filename="../../widgets/floor/panel.py" line="253"/>
        <source>Give the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="254"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="255"/>
        <source>End speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="256"/>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="257"/>
        <source>Lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="259"/>
        <source>Lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="284"/>
        <source>Request by phone, e-mail or Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="298"/>
        <source>Add to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="301"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="302"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="303"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="304"/>
        <source>Came by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="306"/>
        <source>Add a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="347"/>
        <source>%1: speaking time ends at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="377"/>
        <source>Nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="465"/>
        <source>Choose the site that asked to speak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorText</name>
    <message>
        <location filename="../../widgets/text.py" line="176"/>
        <source>Raised hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="177"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="178"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="179"/>
        <source>Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="180"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="186"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="187"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="188"/>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="189"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="190"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="191"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="192"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="198"/>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="199"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="200"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="201"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="202"/>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="209"/>
        <source>mute the previous speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="210"/>
        <source>spotlight off the previous speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="213"/>
        <source>unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="214"/>
        <source>camera preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="215"/>
        <source>spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="216"/>
        <source>speaker layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="217"/>
        <source>lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="218"/>
        <source>mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="219"/>
        <source>spotlight off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="220"/>
        <source>restore layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="221"/>
        <source>lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="227"/>
        <source>Give the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="228"/>
        <source>End speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="229"/>
        <source>Take the floor back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="230"/>
        <source>Speaking time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="231"/>
        <source>Unmuted at the MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="232"/>
        <source>Lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="233"/>
        <source>Lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="234"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="235"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="236"/>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="237"/>
        <source>Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="243"/>
        <source>not connected to an MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="244"/>
        <source>the site is not in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="245"/>
        <source>another action on this site is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="246"/>
        <source>no meeting to file it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="253"/>
        <source>the request is no longer in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="256"/>
        <source>not possible in the request&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="259"/>
        <source>the site has already asked to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="262"/>
        <source>the queue is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="263"/>
        <source>the meeting has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="264"/>
        <source>another site has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="265"/>
        <source>not next in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="266"/>
        <source>no such place in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="267"/>
        <source>no such priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="268"/>
        <source>the priority does not fit that place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="271"/>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="272"/>
        <source>the site has no request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="273"/>
        <source>the site already has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="287"/>
        <source>refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="88"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="89"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="90"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="91"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="92"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="93"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="94"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="156"/>
        <source>Requested at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="391"/>
        <source>Resolve incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="391"/>
        <source>Incident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="401"/>
        <source>What failed, as reported by the site or the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="404"/>
        <source>What is being done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="407"/>
        <source>HH:MM, or +minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="417"/>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="418"/>
        <source>&amp;Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="420"/>
        <source>Expected &amp;restore time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="426"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="426"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="451"/>
        <source>✖ The expected restore time %1 is already past: give a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="455"/>
        <source>✖ Cannot read “%1” as a time: type HH:MM (e.g. 14:30) or +minutes (e.g. +20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="465"/>
        <source>No expected restore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="469"/>
        <source>→ %1, in %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="152"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="153"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="154"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="155"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="156"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="157"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="158"/>
        <source>Expected restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="159"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="188"/>
        <source>%n site(s) on provider %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="190"/>
        <source>%n site(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="191"/>
        <source>Shared fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="201"/>
        <source>✔ Resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="203"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="206"/>
        <source>✓ Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="207"/>
        <source>● Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="216"/>
        <source>%1 (in %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="217"/>
        <source>%1 (overdue %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="224"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="230"/>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="235"/>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="237"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="239"/>
        <source>Expected restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="552"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="556"/>
        <source>Cause / fix / restore time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="561"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="563"/>
        <location filename="../../widgets/incidents/panel.py" line="753"/>
        <source>Mute alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="570"/>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="574"/>
        <source>The %1 most recently resolved incidents; the log keeps them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="753"/>
        <source>Alarm muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="791"/>
        <source>(%n critical incident(s) not acknowledged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="792"/>
        <source>[A] acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="815"/>
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
        <location filename="../../widgets/text.py" line="85"/>
        <source>Lost connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="86"/>
        <source>No sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="87"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="88"/>
        <source>Packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="89"/>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="90"/>
        <source>Low bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="91"/>
        <source>MCU unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="92"/>
        <source>MCU refused the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="93"/>
        <source>Power failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="94"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="100"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="101"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="102"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutBar</name>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="232"/>
        <location filename="../../widgets/layouts/bar.py" line="305"/>
        <source>Reading the MCU&apos;s layouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="237"/>
        <source>Edit presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="242"/>
        <source>Define the control center&apos;s named presets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="262"/>
        <source>Apply layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/layouts/bar.py" line="275"/>
        <source>%n layout(s) offered by the MCU</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="282"/>
        <location filename="../../widgets/layouts/bar.py" line="408"/>
        <source>This MCU&apos;s dialect cannot change the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="290"/>
        <source>No MCU is configured: there are no layouts to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="311"/>
        <source>Cannot read the MCU&apos;s layouts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="355"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="358"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="400"/>
        <source>not connected to an MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="409"/>
        <source>This MCU&apos;s dialect cannot spotlight sites: only plain layouts can be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="431"/>
        <source>Applying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="433"/>
        <source>%1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="437"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutButton</name>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="144"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="175"/>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="179"/>
        <source>Main positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="181"/>
        <source>Overlay text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="183"/>
        <source>Active now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="185"/>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutPresetEditor</name>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="224"/>
        <source>Layout presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="244"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="245"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="246"/>
        <location filename="../../widgets/layouts/editor.py" line="614"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="247"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="249"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="266"/>
        <location filename="../../widgets/layouts/editor.py" line="520"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="270"/>
        <source>e.g. Khai mạc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="283"/>
        <source>Shown over the picture, e.g. Giao ban tháng 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="289"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="293"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="305"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="306"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="308"/>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="309"/>
        <source>Overlay text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="403"/>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="405"/>
        <source>Main positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="407"/>
        <source>Overlay text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="445"/>
        <source>auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="475"/>
        <source>%1 site(s) chosen; the MCU arranges this layout itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="479"/>
        <source>%1 of %2 sites this layout shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="504"/>
        <source>New preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="504"/>
        <source>Preset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="532"/>
        <source>Give the preset a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="535"/>
        <source>A preset named “%1” already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="538"/>
        <source>Choose a layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="542"/>
        <source>Layout %1 shows at most %2 site(s); %3 are chosen: remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="575"/>
        <source>Saving “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="585"/>
        <source>“%1” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="590"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="607"/>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="608"/>
        <source>Delete the preset “%1”? The bar will no longer offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="615"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="627"/>
        <source>Deleting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="633"/>
        <source>“%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="638"/>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="657"/>
        <source>Moving “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="666"/>
        <source>“%1” moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="668"/>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkText</name>
    <message>
        <location filename="../../widgets/text.py" line="109"/>
        <source>MCU: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="110"/>
        <source>MCU: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="111"/>
        <source>MCU: degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="112"/>
        <source>MCU: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveConsole</name>
    <message>
        <location filename="../../widgets/shell/live.py" line="260"/>
        <source>This MCU&apos;s dialect cannot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="282"/>
        <location filename="../../widgets/shell/live.py" line="322"/>
        <location filename="../../widgets/shell/live.py" line="441"/>
        <source>not connected to an MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="301"/>
        <location filename="../../widgets/shell/live.py" line="361"/>
        <source>Camera presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="314"/>
        <source>the site is not in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="344"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="346"/>
        <source>Unmute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="346"/>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="347"/>
        <source>Unmute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="347"/>
        <source>Mute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="351"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="354"/>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="378"/>
        <source>Disconnect site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="379"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="417"/>
        <source>Layout presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="417"/>
        <source>The console is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="455"/>
        <source>This site&apos;s camera has no address, and this MCU&apos;s dialect cannot move cameras (far-end camera control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="459"/>
        <location filename="../../widgets/shell/live.py" line="466"/>
        <source>Camera presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="452"/>
        <source>This site&apos;s camera has no address and the site is not in the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../widgets/shell/app.py" line="114"/>
        <source>The log cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="115"/>
        <source>The console cannot open its log %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="117"/>
        <source>%1

Choose another SQLite file to keep the log in, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="119"/>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="121"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="131"/>
        <source>Choose the log (a SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="133"/>
        <source>SQLite logs (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="31"/>
        <source>Bridgewall — Video-conference control center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="34"/>
        <source>No active meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="39"/>
        <source>Floor requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="42"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="44"/>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="47"/>
        <location filename="../../widgets/shell/main_window.py" line="111"/>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="64"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="71"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="72"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="77"/>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="79"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="83"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="84"/>
        <source>&amp;About Bridgewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="91"/>
        <source>About Bridgewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="92"/>
        <source>Bridgewall — control-room console for government video-conference networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="99"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="114"/>
        <source>Log: cannot write — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="134"/>
        <source>No MCU configured: the log only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="137"/>
        <source>Give --mcu pexip+https://HOST:PORT, or [mcu] url in the configuration file, or start with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="333"/>
        <source>The MCU&apos;s password travels unencrypted (pexip+http): use pexip+https</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDetail</name>
    <message>
        <location filename="../../widgets/site/detail.py" line="90"/>
        <source>loss received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="91"/>
        <source>loss sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="92"/>
        <source>jitter received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="93"/>
        <source>jitter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="94"/>
        <source>bitrate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="95"/>
        <source>bitrate sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="96"/>
        <source>frame rate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="97"/>
        <source>audio bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="98"/>
        <source>video bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="99"/>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="105"/>
        <source>Packet loss (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="106"/>
        <source>Jitter (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="107"/>
        <source>Bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="108"/>
        <source>Frame rate (fps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="109"/>
        <source>Audio bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="110"/>
        <source>Video bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="149"/>
        <source>no expected rate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="150"/>
        <source>expected %1 kbps (the site&apos;s recent peak unless configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="173"/>
        <source>minutes before now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <location filename="../../widgets/site/detail.py" line="397"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <location filename="../../widgets/site/detail.py" line="398"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <location filename="../../widgets/site/detail.py" line="399"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="395"/>
        <source>Standby for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="396"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="404"/>
        <source>“%1” is not in the registry: no technicians or standby contacts are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="418"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="420"/>
        <source>Telecom and power standby contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="448"/>
        <source>Media (15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="449"/>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="450"/>
        <source>Joins and leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="451"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="456"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="489"/>
        <source>not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="499"/>
        <source>Telecom provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="500"/>
        <source>Power company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="504"/>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="577"/>
        <source>Disconnect site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="578"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="584"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="585"/>
        <source>Keep connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="621"/>
        <source>Unmute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="621"/>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="624"/>
        <source>Unmute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="624"/>
        <source>Mute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="626"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="627"/>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="634"/>
        <source>Not in the registry: no address to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="636"/>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="636"/>
        <source>⊘ not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="637"/>
        <source>audio muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="638"/>
        <source>video muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="93"/>
        <source>Filter sites by name or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="110"/>
        <source>Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="111"/>
        <source>← Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="112"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="113"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="123"/>
        <source>Spotlighted, in order (main positions first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="171"/>
        <source>Not in the site registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <location filename="../../widgets/wall/panel.py" line="35"/>
        <source>Filter sites (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="42"/>
        <source>Problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="44"/>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="43"/>
        <source>By tier and cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="51"/>
        <source>Group by cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="55"/>
        <source>Larger tiles (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="56"/>
        <source>Smaller tiles (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="57"/>
        <source>Fit every site (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="111"/>
        <source>No sites in the meeting yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="117"/>
        <source>%1 connected · ⊘ %2 lost · ✖ %3 red · ▲ %4 amber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../widgets/wall/view.py" line="406"/>
        <source>Not in the site registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="408"/>
        <source>Central and province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="600"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="602"/>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="604"/>
        <source>hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="612"/>
        <source>%1 s old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
