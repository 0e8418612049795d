<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbsentSites</name>
    <message>
        <location filename="../../widgets/wall/absent.py" line="26"/>
        <source>Call all absent sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="32"/>
        <source>Dial the %1 expected site(s) that have not joined the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="37"/>
        <source>Call them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="46"/>
        <source>Called %1 site(s); %2 could not be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="62"/>
        <source>No expected site is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="66"/>
        <source>Calling %1 absent site(s)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../widgets/site/detail.py" line="303"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="303"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="303"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="303"/>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="325"/>
        <source>An earlier meeting today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="332"/>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="338"/>
        <source>disconnected by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="338"/>
        <source>✖ dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../widgets/register/calendar.py" line="74"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="75"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="81"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="82"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="84"/>
        <location filename="../../widgets/register/calendar.py" line="228"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="95"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="95"/>
        <source>Meeting and host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="95"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="110"/>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="113"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="116"/>
        <source>Cancel meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="234"/>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="238"/>
        <source>No other meeting this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="264"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="266"/>
        <source>Forced by a supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/register/calendar.py" line="268"/>
        <source>Expected sites: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="270"/>
        <source>Recorded from the MCU without a registration</source>
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
        <source>No camera address in the site registry: far-end camera control through the MCU, jog only. Presets, positions and the review need the camera&apos;s own address (VISCA over IP): enter it in the site registry (Ctrl+Shift+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="363"/>
        <source>Move the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="367"/>
        <source>Tilt up (↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="368"/>
        <source>Pan left (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="369"/>
        <source>Pan right (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="370"/>
        <source>Tilt down (↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="371"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="372"/>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="387"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="391"/>
        <source>Store the current framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="404"/>
        <source>e.g. chair&apos;s desk, centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="405"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="406"/>
        <location filename="../../widgets/cameras/calibration.py" line="686"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="407"/>
        <source>Seating chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="411"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="414"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="417"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="420"/>
        <source>Speaker preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="423"/>
        <source>Compare with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="426"/>
        <source>Verify presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="436"/>
        <source>How far a recalled preset may land from the stored position (camera units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="457"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="505"/>
        <source>Reading the stored presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="510"/>
        <source>%n preset(s) stored for this site</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="591"/>
        <source>Moving the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="602"/>
        <source>Camera stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="627"/>
        <source>Give the preset a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="639"/>
        <source>Preset %1 “%2” stored at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="648"/>
        <source>Storing preset %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="661"/>
        <source>Preset %1 recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="666"/>
        <source>Preset %1 recalled, but the camera landed off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="677"/>
        <source>Recalling preset %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="686"/>
        <source>Rename preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="694"/>
        <source>Preset %1 renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="696"/>
        <source>Renaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="707"/>
        <source>Preset %1 is now the speaker preset of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="711"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="718"/>
        <source>Compared with the current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="720"/>
        <source>Reading the camera&apos;s position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="737"/>
        <source>%n preset(s) drifted: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="741"/>
        <source>Every preset lands where it was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="745"/>
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
    <name>CancelDialog</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="618"/>
        <location filename="../../widgets/register/dialog.py" line="626"/>
        <source>Cancel the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="623"/>
        <source>Why it is cancelled (told to every site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="629"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="637"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="638"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="656"/>
        <source>The session refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <location filename="../../widgets/text.py" line="132"/>
        <source>mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="133"/>
        <source>unmute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="134"/>
        <source>mute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="135"/>
        <source>unmute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="136"/>
        <source>disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="137"/>
        <source>dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="138"/>
        <source>lock the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="139"/>
        <source>unlock the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="140"/>
        <source>change the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="141"/>
        <source>lower the hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="142"/>
        <source>lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="143"/>
        <source>spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="144"/>
        <source>spotlight off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="145"/>
        <source>move the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="168"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="169"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="170"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="171"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="172"/>
        <source>MCU unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <location filename="../../widgets/floor/panel.py" line="257"/>
        <source>Give the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="258"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="259"/>
        <source>End speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="260"/>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="261"/>
        <source>Lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="263"/>
        <source>Lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="288"/>
        <source>Request by phone, e-mail or Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="292"/>
        <source>A site&apos;s name or code, e.g. na son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="305"/>
        <source>File as a site not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="308"/>
        <source>Only for a site the registry does not know: the name is filed as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="319"/>
        <source>Add to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="322"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="325"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="326"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="327"/>
        <source>Came by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="329"/>
        <source>Add a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="372"/>
        <source>%1: speaking time ends at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="402"/>
        <source>Nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="534"/>
        <source>“%1” will be filed as a site not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="538"/>
        <source>%1 sites match: choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="540"/>
        <source>“%1” is not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="552"/>
        <source>“%1” is not in the registry: choose a site from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="555"/>
        <source>Choose the site that asked to speak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorText</name>
    <message>
        <location filename="../../widgets/text.py" line="194"/>
        <source>Raised hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="195"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="196"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="197"/>
        <source>Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="198"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="204"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="205"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="206"/>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="207"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="208"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="209"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="210"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="216"/>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="217"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="218"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="219"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="220"/>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="227"/>
        <source>mute the previous speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="228"/>
        <source>spotlight off the previous speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="231"/>
        <source>unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="232"/>
        <source>camera preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="233"/>
        <source>spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="234"/>
        <source>speaker layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="235"/>
        <source>lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="236"/>
        <source>mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="237"/>
        <source>spotlight off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="238"/>
        <source>restore layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="239"/>
        <source>lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="245"/>
        <source>Give the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="246"/>
        <source>End speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="247"/>
        <source>Take the floor back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="248"/>
        <source>Speaking time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="249"/>
        <source>Unmuted at the MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="250"/>
        <source>Lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="251"/>
        <source>Lower all hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="252"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="253"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="254"/>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="255"/>
        <source>Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="261"/>
        <source>not connected to an MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="262"/>
        <location filename="../../widgets/text.py" line="279"/>
        <source>the site is not in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="263"/>
        <source>another action on this site is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="264"/>
        <source>no meeting to file it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="265"/>
        <source>the site is not in the registry (not filed as a stranger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="274"/>
        <source>no camera address in the site registry (through the MCU no preset can be recalled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="277"/>
        <source>no preset for this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="278"/>
        <source>no raised hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="280"/>
        <source>the earlier layout is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="288"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="290"/>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="298"/>
        <source>the request is no longer in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="301"/>
        <source>not possible in the request&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="304"/>
        <source>the site has already asked to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="307"/>
        <source>the queue is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="308"/>
        <source>the meeting has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="309"/>
        <source>another site has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="310"/>
        <source>not next in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="311"/>
        <source>no such place in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="312"/>
        <source>no such priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="313"/>
        <source>the priority does not fit that place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="316"/>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="317"/>
        <source>the site has no request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="318"/>
        <source>the site already has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="332"/>
        <source>refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="92"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="93"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="94"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="95"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="96"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="97"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="98"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="160"/>
        <source>Requested at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForceBox</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="108"/>
        <source>Force it (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="112"/>
        <source>The written reason, kept with the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../widgets/history/charts.py" line="43"/>
        <source>Meetings held per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="45"/>
        <source>Incidents per month by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="48"/>
        <source>Mean time to restore per kind (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="51"/>
        <source>The ten sites with the most incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="54"/>
        <source>Link quality per cluster (share of connected time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="99"/>
        <source>other kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="135"/>
        <source>(no cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="150"/>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="160"/>
        <source>amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="170"/>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../widgets/history/model.py" line="43"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="44"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="45"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="46"/>
        <source>Host agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="47"/>
        <source>Host site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="48"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="50"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="51"/>
        <source>Sites expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="52"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="53"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="54"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="55"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="56"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="57"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="58"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="59"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="61"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="62"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="63"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="64"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="65"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="66"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="67"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="68"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="69"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="70"/>
        <source>Round trip (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="71"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="72"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="73"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="74"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="75"/>
        <source>Given the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="76"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="77"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="94"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="95"/>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="96"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="97"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="98"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="99"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="100"/>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="101"/>
        <source>unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="102"/>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="103"/>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="104"/>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="105"/>
        <source>commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="106"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="107"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="108"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="109"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="118"/>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="120"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="122"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="137"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="139"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../widgets/history/view.py" line="134"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="154"/>
        <source>Search (marks optional: “dien bien” finds “Điện Biên”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="156"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="161"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="163"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="170"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="171"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="172"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="173"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="174"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="175"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="176"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="184"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="185"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="186"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="187"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="188"/>
        <source>Floor requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="189"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="201"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="235"/>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="297"/>
        <location filename="../../widgets/history/view.py" line="302"/>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="328"/>
        <source>%1 of %2 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="332"/>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="507"/>
        <source>the site is still disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="508"/>
        <source>the site still sends no sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="509"/>
        <source>the site still sends no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="510"/>
        <source>packets are still being lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="511"/>
        <source>the jitter is still too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="512"/>
        <source>the bitrate is still too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="513"/>
        <source>the MCU still does not answer properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="516"/>
        <source>the MCU still refuses the console&apos;s sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="519"/>
        <source>its condition is still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="537"/>
        <source>Resolve incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="537"/>
        <source>Incident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="548"/>
        <source>What failed, as reported by the site or the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="551"/>
        <source>What is being done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="554"/>
        <source>HH:MM, or +minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="569"/>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="570"/>
        <source>&amp;Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="572"/>
        <source>Expected &amp;restore time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="578"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="578"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="603"/>
        <source>at some of its sites, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="606"/>
        <source>⚠ Still happening: %1. Resolving it now needs the cause and the fix, and if it is still happening a little later a new incident opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="615"/>
        <source>✖ Give the cause: the incident is still happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="617"/>
        <source>✖ Give the fix: the incident is still happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="618"/>
        <source>✖ Give the cause and the fix: the incident is still happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="640"/>
        <source>✖ The expected restore time %1 is already past: give a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="644"/>
        <source>✖ Cannot read “%1” as a time: type HH:MM (e.g. 14:30) or +minutes (e.g. +20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="654"/>
        <source>No expected restore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="658"/>
        <source>→ %1, in %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="183"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="184"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="185"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="186"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="187"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="188"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="189"/>
        <source>Expected restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="190"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="219"/>
        <source>%n site(s) on provider %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="221"/>
        <source>%n site(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="222"/>
        <source>Shared fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="232"/>
        <source>✔ Resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="234"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="237"/>
        <source>✓ Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="239"/>
        <source>● Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="241"/>
        <source>↻ reopened from #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="251"/>
        <source>%1 (in %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="252"/>
        <source>%1 (overdue %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="259"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="267"/>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="272"/>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="274"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="276"/>
        <source>Expected restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="283"/>
        <source>Reopened from #%1: its condition was still there after it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="287"/>
        <source>Reopened from #%1, resolved by hand by %2 at %3: its condition was still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="775"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="779"/>
        <source>Cause / fix / restore time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="784"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="786"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="787"/>
        <location filename="../../widgets/incidents/panel.py" line="1105"/>
        <source>Mute alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="795"/>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="799"/>
        <source>The %1 most recently resolved incidents; the log keeps them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="940"/>
        <source>‖ %n change(s) wait: the list keeps still under the pointer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="1105"/>
        <source>Alarm muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="1145"/>
        <source>(%n critical incident(s) not acknowledged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="1146"/>
        <source>[A] acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="1171"/>
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
        <location filename="../../widgets/text.py" line="87"/>
        <source>Lost connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="88"/>
        <source>No sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="89"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="90"/>
        <source>Packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="91"/>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="92"/>
        <source>Low bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="93"/>
        <source>MCU unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="94"/>
        <source>MCU refused the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="95"/>
        <source>Power failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="96"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="97"/>
        <source>Not ready by T−30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="103"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="104"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="105"/>
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
    <name>LayoutName</name>
    <message>
        <location filename="../../widgets/text.py" line="156"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="157"/>
        <source>auto + presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="158"/>
        <source>auto + presentation, grouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="162"/>
        <source>auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutPresetEditor</name>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="225"/>
        <source>Layout presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="245"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="246"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="247"/>
        <location filename="../../widgets/layouts/editor.py" line="614"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="248"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="250"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="267"/>
        <location filename="../../widgets/layouts/editor.py" line="520"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="271"/>
        <source>e.g. Khai mạc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="284"/>
        <source>Shown over the picture, e.g. Giao ban tháng 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="290"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="294"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="306"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="307"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="309"/>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="310"/>
        <source>Overlay text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="404"/>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="406"/>
        <source>Main positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="408"/>
        <source>Overlay text: %1</source>
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
        <location filename="../../widgets/text.py" line="112"/>
        <source>MCU: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="113"/>
        <source>MCU: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="114"/>
        <source>MCU: degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="115"/>
        <source>MCU: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveConsole</name>
    <message>
        <location filename="../../widgets/shell/live.py" line="279"/>
        <source>Exit status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="281"/>
        <source>The monitoring session stopped unexpectedly; restarting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="283"/>
        <source>The monitoring session stopped unexpectedly several times and was not restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="302"/>
        <source>The monitoring session stopped unexpectedly and was restarted at %1; the log is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="385"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="455"/>
        <source>Refused: this needs the %1 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="457"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="573"/>
        <source>This MCU&apos;s dialect cannot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="597"/>
        <location filename="../../widgets/shell/live.py" line="703"/>
        <location filename="../../widgets/shell/live.py" line="824"/>
        <source>not connected to an MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="679"/>
        <location filename="../../widgets/shell/live.py" line="744"/>
        <source>Camera presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="695"/>
        <source>the site is not in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="725"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="727"/>
        <source>Unmute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="727"/>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="728"/>
        <source>Unmute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="728"/>
        <source>Mute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="732"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="735"/>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="761"/>
        <source>Disconnect site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="762"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="800"/>
        <source>Layout presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="800"/>
        <source>The console is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="836"/>
        <source>The site registry has no camera address for this site, and the site is not in the meeting for far-end camera control through the MCU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="841"/>
        <source>The site registry has no camera address for this site, and this MCU&apos;s dialect cannot move cameras (far-end camera control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="845"/>
        <location filename="../../widgets/shell/live.py" line="852"/>
        <source>Camera presets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../widgets/access/idle.py" line="80"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="82"/>
        <source>The window is locked for %1 after %2 minutes without use. Type %1&apos;s password to go on, or switch user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="95"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="98"/>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="118"/>
        <source>Type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="120"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../widgets/shell/app.py" line="118"/>
        <source>The log cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="119"/>
        <source>The console cannot open its log %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="121"/>
        <source>%1

Choose another SQLite file to keep the log in, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="123"/>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="125"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="135"/>
        <source>Choose the log (a SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="137"/>
        <source>SQLite logs (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="39"/>
        <source>Bridgewall — Video-conference control center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="42"/>
        <source>No active meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="47"/>
        <source>Floor requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="49"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="53"/>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="55"/>
        <source>Meeting calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="62"/>
        <location filename="../../widgets/shell/main_window.py" line="187"/>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="83"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="91"/>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="95"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="100"/>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="102"/>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="109"/>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="113"/>
        <source>Call all &amp;absent sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="118"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="125"/>
        <source>&amp;Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="126"/>
        <source>Site &amp;registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="133"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="134"/>
        <source>&amp;Make a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="145"/>
        <source>&amp;About Bridgewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="152"/>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="155"/>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="164"/>
        <source>About Bridgewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="165"/>
        <source>Bridgewall — control-room console for government video-conference networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="172"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="190"/>
        <source>Log: cannot write — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/shell/main_window.py" line="199"/>
        <source>Log: %n record(s) could not be written — %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="220"/>
        <source>No MCU configured: the log only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="223"/>
        <source>Give --mcu pexip+https://HOST:PORT, or [mcu] url in the configuration file, or start with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="335"/>
        <source>The MCU&apos;s password travels unencrypted (pexip+http): use pexip+https</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDetailDialog</name>
    <message>
        <location filename="../../widgets/history/view.py" line="387"/>
        <source>Meeting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="394"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="396"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="398"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="399"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="401"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="401"/>
        <location filename="../../widgets/history/view.py" line="434"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="406"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="409"/>
        <source>%1 of %2 site(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="416"/>
        <location filename="../../widgets/history/view.py" line="425"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="417"/>
        <source>Absent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="418"/>
        <source>Late (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="424"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="426"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="427"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="428"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="434"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="463"/>
        <source>Sites expected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="466"/>
        <source>Incidents during the meeting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsDesk</name>
    <message>
        <location filename="../../widgets/register/desk.py" line="98"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/desk.py" line="105"/>
        <source>Meeting on now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="549"/>
        <source>Move the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="550"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="557"/>
        <source>Why the time changes (told to every site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="559"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="560"/>
        <source>New start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="561"/>
        <source>New end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="562"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../widgets/readiness/board.py" line="71"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="72"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="73"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="74"/>
        <source>Link %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="77"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="83"/>
        <source>Telecom provider told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="84"/>
        <source>Power company told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="85"/>
        <source>First test run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="86"/>
        <source>Second test run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="87"/>
        <source>All checks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="93"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="94"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="95"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="96"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="102"/>
        <source>never joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="103"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="104"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="105"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="106"/>
        <source>preset not recalled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="107"/>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="108"/>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="109"/>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="110"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="111"/>
        <source>jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="112"/>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="113"/>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="137"/>
        <source>T−30 in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="139"/>
        <source>T−30 passed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="141"/>
        <source>opening in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="143"/>
        <source>opened %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="150"/>
        <source>%1 at %2: %3 of %4 sites ready — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="456"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="463"/>
        <source>&amp;Readiness board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessBoard</name>
    <message>
        <location filename="../../widgets/readiness/board.py" line="185"/>
        <location filename="../../widgets/readiness/board.py" line="276"/>
        <source>Start test run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="187"/>
        <source>Pass by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="189"/>
        <source>Mark the selected failing check passed, with a note (technician)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="192"/>
        <source>Estimated start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="244"/>
        <source>No registered meeting in the next 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="255"/>
        <source>%1 — opens %2; %3 of %4 sites ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="270"/>
        <source>Estimated real start %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="276"/>
        <source>Stop test run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="285"/>
        <source>Scheduled test run open since %1 (opened automatically by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="287"/>
        <source>Test run open since %1 (opened by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="302"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="310"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="311"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="312"/>
        <source>Party committee technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="314"/>
        <source>People&apos;s Committee technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="315"/>
        <source>Telecom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="347"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="355"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="357"/>
        <source>passed by hand by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="366"/>
        <source>No contact in the site registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="372"/>
        <source>Click to copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="383"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="405"/>
        <source>Choose a site&apos;s check in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="410"/>
        <source>Pass by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="411"/>
        <source>Why does %1 pass at %2? (e.g. sound confirmed by phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="429"/>
        <source>Estimated real start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="438"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="439"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCalendar</name>
    <message>
        <location filename="../../widgets/register/calendar.py" line="43"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="44"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="45"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="46"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="47"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="48"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="49"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="236"/>
        <source>Register a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="237"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="248"/>
        <source>e.g. Ủy ban nhân dân tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="251"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="259"/>
        <source>the MCU conference alias, e.g. giaoban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="261"/>
        <source>Emergency meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="266"/>
        <source>announced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="275"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="276"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="277"/>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="288"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="293"/>
        <source>Untick a day the series skips (a holiday): no meeting that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="300"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="301"/>
        <source>Host agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="302"/>
        <source>Host site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="303"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="304"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="305"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="307"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="308"/>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="311"/>
        <source>Expected sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="315"/>
        <source>The register&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="390"/>
        <source>One site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="391"/>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="392"/>
        <source>By cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="393"/>
        <source>By province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="401"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="404"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="406"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="435"/>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="436"/>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="437"/>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="438"/>
        <source>commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/register/dialog.py" line="485"/>
        <source>%n site(s) expected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="141"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="145"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="205"/>
        <source>The session refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="216"/>
        <source>Not stored: the rules refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterText</name>
    <message>
        <location filename="../../widgets/register/text.py" line="54"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="56"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="58"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="64"/>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="65"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="66"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="67"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="68"/>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="74"/>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="75"/>
        <source>by fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="76"/>
        <source>by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="87"/>
        <source>meeting %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="91"/>
        <source>another meeting of this series &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="102"/>
        <source>Lead time: registered %1 before the start; the rule is %2 (an emergency is exempt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="112"/>
        <source>Room conflict: %1 already in %2, at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="118"/>
        <source>%1 with %2 ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="122"/>
        <source>no other meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="124"/>
        <source>MCU capacity: %1 ports needed at %2, the MCU has %3 (%4 for this meeting, the rest for %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="140"/>
        <source>Emergency: exempt from the %1 lead time (registered %2 before the start), and marked so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="145"/>
        <source>Emergency, announced %3: exempt from the %1 lead time (registered %2 before the start), and marked so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="152"/>
        <source>Forced (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="160"/>
        <source>Give the meeting a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="161"/>
        <source>Choose the host site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="162"/>
        <source>An expected site is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="165"/>
        <source>The start must be before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="168"/>
        <source>The start is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="169"/>
        <source>A series needs its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="172"/>
        <source>The series has no meeting before its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="175"/>
        <source>Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="176"/>
        <source>Only a registered or moved meeting can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="179"/>
        <source>The meeting is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../../widgets/registry/view.py" line="134"/>
        <source>Site registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="144"/>
        <source>Find a site by name, code, cluster… (marks optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="156"/>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="169"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="170"/>
        <location filename="../../widgets/registry/view.py" line="200"/>
        <location filename="../../widgets/registry/view.py" line="229"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="177"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="181"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="183"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="184"/>
        <source>Former district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="185"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="186"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="187"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="188"/>
        <source>Network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="189"/>
        <source>Camera (VISCA over IP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="193"/>
        <source>host:port, e.g. 10.215.1.21:52381 — empty: far-end camera control through the MCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="201"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="202"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="203"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="204"/>
        <location filename="../../widgets/registry/view.py" line="229"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="205"/>
        <location filename="../../widgets/registry/view.py" line="229"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="210"/>
        <source>Add technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="212"/>
        <source>Remove technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="218"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="224"/>
        <source>Telecom provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="224"/>
        <source>Power company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="229"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="242"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="246"/>
        <source>Undo edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="269"/>
        <source>Changes kept (Hà Nội time, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="446"/>
        <source>Code %1 is already in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="457"/>
        <source>Camera: not host:port (e.g. 10.215.1.21:52381); leave it empty for far-end camera control through the MCU — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="461"/>
        <source>Parent site %1 is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="463"/>
        <source>The parent sites make a loop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="467"/>
        <source>A %1 site cannot hang from the %2 site %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="475"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="477"/>
        <source>Every site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="478"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="497"/>
        <location filename="../../widgets/registry/view.py" line="514"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="500"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="512"/>
        <source>Saved: the change is kept in the site&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="521"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="524"/>
        <source>The registry could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryWords</name>
    <message>
        <location filename="../../widgets/registry/words.py" line="13"/>
        <source>Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="14"/>
        <source>People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="20"/>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="21"/>
        <location filename="../../widgets/registry/words.py" line="40"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="22"/>
        <source>District (former)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="23"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="30"/>
        <source>Technician %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="34"/>
        <source>Site added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="36"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="37"/>
        <source>Parent site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="38"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="39"/>
        <source>Former district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="41"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="42"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="43"/>
        <source>Network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="44"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="45"/>
        <source>Telecom provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="46"/>
        <source>Power company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderLine</name>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="35"/>
        <source>Make the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="47"/>
        <source>Yearly report %1: due before %2, not made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="52"/>
        <source>first half of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="52"/>
        <source>second half of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="53"/>
        <source>Report of the %1: not made yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="45"/>
        <source>Make a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="52"/>
        <source>YYYY-H1, YYYY-H2, YYYY, or FROM..TO (local dates, both included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="56"/>
        <source>Document to sign (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="57"/>
        <source>Document to read (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="58"/>
        <source>Workbook of the tables (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="59"/>
        <source>Figures for other tools (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="62"/>
        <source>empty: a marked placeholder to fill in before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="75"/>
        <source>Number and symbol, e.g. 12/BC-SKHCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="78"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="85"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="86"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="87"/>
        <source>Parent agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="88"/>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="89"/>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="90"/>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="91"/>
        <source>Signer&apos;s title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="92"/>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="93"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="108"/>
        <source>Make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="109"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="134"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="155"/>
        <source>Give the period and where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="158"/>
        <source>Making the report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="173"/>
        <source>Written: %1 (%2 meetings held, %3 incidents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="184"/>
        <source>Only a supervisor may make the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="186"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="188"/>
        <source>The report was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="85"/>
        <source>Checking the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/register/dialog.py" line="95"/>
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="96"/>
        <source>The rules are met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../widgets/access/signin.py" line="46"/>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="48"/>
        <source>No administrator exists in this log yet. Create the first administrator account: they will add the operators, supervisors and technicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="52"/>
        <location filename="../../widgets/access/signin.py" line="77"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="53"/>
        <source>Sign in to start your shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="65"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="66"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="68"/>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="77"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="91"/>
        <source>Type a name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="94"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="97"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="117"/>
        <source>Wrong name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="119"/>
        <source>This account is locked after repeated failed sign-ins. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="123"/>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="125"/>
        <source>The password is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="127"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="128"/>
        <source>Cannot sign in now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDetail</name>
    <message>
        <location filename="../../widgets/site/detail.py" line="119"/>
        <source>loss received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="120"/>
        <source>loss sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="121"/>
        <source>jitter received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="122"/>
        <source>jitter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="123"/>
        <source>bitrate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="124"/>
        <source>bitrate sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="125"/>
        <source>frame rate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="126"/>
        <source>audio bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="127"/>
        <source>video bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="128"/>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="134"/>
        <source>Packet loss (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="135"/>
        <source>Jitter (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="136"/>
        <source>Bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="137"/>
        <source>Frame rate (fps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="138"/>
        <source>Audio bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="139"/>
        <source>Video bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="178"/>
        <source>no expected rate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="179"/>
        <source>expected %1 kbps (the site&apos;s recent peak unless configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="211"/>
        <source>minutes before now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="488"/>
        <location filename="../../widgets/site/detail.py" line="502"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="489"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="490"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="491"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="492"/>
        <location filename="../../widgets/site/detail.py" line="503"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="493"/>
        <location filename="../../widgets/site/detail.py" line="504"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="500"/>
        <source>Standby for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="501"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="651"/>
        <source>Reading the registry&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="641"/>
        <source>“%1” is not in the registry: no technicians or standby contacts are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="535"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="541"/>
        <source>Telecom and power standby contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="544"/>
        <source>Changes kept in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="657"/>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="593"/>
        <source>Media (15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="594"/>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="595"/>
        <source>Joins and leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="596"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="601"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="665"/>
        <location filename="../../widgets/site/detail.py" line="908"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="698"/>
        <source>not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="721"/>
        <source>Click to copy the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="749"/>
        <source>Hà Nội time (UTC+7); newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="749"/>
        <source>No change kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="754"/>
        <source>The registry&apos;s history could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="764"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="772"/>
        <source>Telecom provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="773"/>
        <source>Power company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="777"/>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="847"/>
        <source>Disconnect site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="848"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="854"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="855"/>
        <source>Keep connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="891"/>
        <source>Unmute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="891"/>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="894"/>
        <source>Unmute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="894"/>
        <source>Mute video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="896"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="897"/>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="906"/>
        <source>Not in the registry: no address to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="911"/>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="911"/>
        <source>⊘ not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="912"/>
        <source>audio muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="913"/>
        <source>video muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="941"/>
        <source>This meeting and earlier ones today, from the log; Hà Nội time (UTC+7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="950"/>
        <source>The log could not be read: only joins and leaves seen since this opened are shown (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteHistoryDialog</name>
    <message>
        <location filename="../../widgets/history/view.py" line="494"/>
        <source>Site history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="497"/>
        <location filename="../../widgets/history/view.py" line="503"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="498"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="499"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="500"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="501"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="503"/>
        <source>%1 (not in the registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="505"/>
        <source>In the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="510"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="511"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="536"/>
        <source>%1 incident(s), %2 down; attended %3 of %4 meeting(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="549"/>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="94"/>
        <source>Filter sites by name or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="111"/>
        <source>Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="112"/>
        <source>← Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="113"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="114"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="124"/>
        <source>Spotlighted, in order (main positions first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="172"/>
        <source>Not in the site registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteTable</name>
    <message>
        <location filename="../../widgets/registry/view.py" line="86"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="87"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="88"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="89"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="90"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="91"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="105"/>
        <source>through the MCU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <location filename="../../widgets/wall/panel.py" line="50"/>
        <source>Filter sites (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="57"/>
        <source>Problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="59"/>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="58"/>
        <source>By tier and cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="68"/>
        <source>Group the wall&apos;s sites by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="70"/>
        <source>Group by cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="71"/>
        <source>Group by former district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="72"/>
        <source>Group by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="73"/>
        <source>Group by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="74"/>
        <source>Group by province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="75"/>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="84"/>
        <source>Larger tiles (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="85"/>
        <source>Smaller tiles (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="86"/>
        <source>Fit every site (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="88"/>
        <source>Order held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="92"/>
        <source>A new order is waiting: the wall keeps its order while the pointer is on it and for %1 s after a click or key, then the tiles that moved are marked in their corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="191"/>
        <location filename="../../widgets/wall/panel.py" line="199"/>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="192"/>
        <source>Province level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="193"/>
        <source>District level (former)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="194"/>
        <source>Commune level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="197"/>
        <source>No agency given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="219"/>
        <source>No sites in the meeting yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="225"/>
        <source>%1 connected · ⊘ %2 lost · ✖ %3 red · ▲ %4 amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="232"/>
        <source>◌ %1 absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../widgets/wall/view.py" line="340"/>
        <source>Not in the site registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="341"/>
        <source>Central and province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="542"/>
        <source>Opening the log and connecting to the MCU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="791"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="793"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="795"/>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="797"/>
        <source>hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="805"/>
        <source>%1 s old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../widgets/access/signin.py" line="145"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="146"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="147"/>
        <source>technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="148"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
