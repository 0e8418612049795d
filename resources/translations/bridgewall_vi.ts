<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AbsentSites</name>
    <message>
        <location filename="../../widgets/wall/absent.py" line="26"/>
        <source>Call all absent sites</source>
        <translation>Gọi tất cả điểm vắng mặt</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="32"/>
        <source>Dial the %1 expected site(s) that have not joined the meeting?</source>
        <translation>Gọi %1 điểm cầu dự kiến chưa tham gia cuộc họp?</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="37"/>
        <source>Call them</source>
        <translation>Gọi các điểm</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="39"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="46"/>
        <source>Called %1 site(s); %2 could not be called</source>
        <translation>Đã gọi %1 điểm; %2 điểm không gọi được</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="62"/>
        <source>No expected site is absent</source>
        <translation>Không có điểm dự kiến nào vắng mặt</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/absent.py" line="66"/>
        <source>Calling %1 absent site(s)…</source>
        <translation>Đang gọi %1 điểm vắng mặt…</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../widgets/site/detail.py" line="303"/>
        <source>Joined</source>
        <translation>Vào lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="303"/>
        <source>Left</source>
        <translation>Rời lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="303"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="303"/>
        <source>How it ended</source>
        <translation>Cách rời</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="325"/>
        <source>An earlier meeting today</source>
        <translation>Một cuộc họp trước đó hôm nay</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="332"/>
        <source>● connected</source>
        <translation>● đang kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="338"/>
        <source>disconnected by the operator</source>
        <translation>điều hành viên ngắt</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="338"/>
        <source>✖ dropped</source>
        <translation>✖ rớt kết nối</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../widgets/register/calendar.py" line="74"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="75"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="81"/>
        <source>Earlier</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="82"/>
        <source>Later</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="84"/>
        <location filename="../../widgets/register/calendar.py" line="228"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="95"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="95"/>
        <source>Meeting and host</source>
        <translation>Cuộc họp, chủ trì</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="95"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="110"/>
        <source>New meeting…</source>
        <translation>Đăng ký…</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="113"/>
        <source>Move…</source>
        <translation>Dời lịch…</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="116"/>
        <source>Cancel meeting…</source>
        <translation>Hủy họp…</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="234"/>
        <source>No meeting</source>
        <translation>Không có cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="238"/>
        <source>No other meeting this week</source>
        <translation>Tuần này không có cuộc họp nào khác</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="264"/>
        <source>Emergency</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="266"/>
        <source>Forced by a supervisor: %1</source>
        <translation>Giám sát viên cho đăng ký vượt quy định: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/register/calendar.py" line="268"/>
        <source>Expected sites: %n</source>
        <translation>
            <numerusform>Số điểm cầu dự kiến: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="270"/>
        <source>Recorded from the MCU without a registration</source>
        <translation>Ghi nhận từ MCU, không có đăng ký</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="157"/>
        <source>Position unknown</source>
        <translation>Chưa rõ vị trí</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="159"/>
        <source>Pan %1 · Tilt %2 · Zoom %3</source>
        <translation>Quay %1 · Nghiêng %2 · Thu phóng %3</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="343"/>
        <source>Camera calibration — %1</source>
        <translation>Hiệu chỉnh camera — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="350"/>
        <source>No camera address in the site registry: far-end camera control through the MCU, jog only. Presets, positions and the review need the camera&apos;s own address (VISCA over IP): enter it in the site registry (Ctrl+Shift+R).</source>
        <translation>Danh mục điểm cầu chưa có địa chỉ camera: điều khiển camera đầu xa qua MCU, chỉ di chuyển được. Khung hình đặt sẵn, vị trí và kiểm tra định kỳ cần địa chỉ riêng của camera (VISCA qua IP): hãy nhập vào danh mục điểm cầu (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="363"/>
        <source>Move the camera</source>
        <translation>Di chuyển camera</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="367"/>
        <source>Tilt up (↑)</source>
        <translation>Ngẩng lên (↑)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="368"/>
        <source>Pan left (←)</source>
        <translation>Quay trái (←)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="369"/>
        <source>Pan right (→)</source>
        <translation>Quay phải (→)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="370"/>
        <source>Tilt down (↓)</source>
        <translation>Cúi xuống (↓)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="371"/>
        <source>Zoom in (+)</source>
        <translation>Phóng to (+)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="372"/>
        <source>Zoom out (−)</source>
        <translation>Thu nhỏ (−)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="387"/>
        <source>Speed</source>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="391"/>
        <source>Store the current framing</source>
        <translation>Lưu khung hình hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="404"/>
        <source>e.g. chair&apos;s desk, centre</source>
        <translation>ví dụ: bàn chủ tọa, chính giữa</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="405"/>
        <source>Slot</source>
        <translation>Ô nhớ</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="406"/>
        <location filename="../../widgets/cameras/calibration.py" line="686"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="407"/>
        <source>Seating chart</source>
        <translation>Sơ đồ chỗ ngồi</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="411"/>
        <source>Store</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="414"/>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="417"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="420"/>
        <source>Speaker preset</source>
        <translation>Khung hình người phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="423"/>
        <source>Compare with now</source>
        <translation>So với hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="426"/>
        <source>Verify presets</source>
        <translation>Kiểm tra khung hình</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="436"/>
        <source>How far a recalled preset may land from the stored position (camera units)</source>
        <translation>Độ lệch cho phép giữa vị trí gọi lại và vị trí đã lưu (đơn vị của camera)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="457"/>
        <source>Tolerance</source>
        <translation>Sai số cho phép</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="505"/>
        <source>Reading the stored presets…</source>
        <translation>Đang đọc các khung hình đã lưu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="510"/>
        <source>%n preset(s) stored for this site</source>
        <translation>
            <numerusform>Điểm cầu có %n khung hình đã lưu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="591"/>
        <source>Moving the camera</source>
        <translation>Đang di chuyển camera</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="602"/>
        <source>Camera stopped</source>
        <translation>Camera đã dừng</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="627"/>
        <source>Give the preset a name first.</source>
        <translation>Hãy đặt tên cho khung hình trước.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="639"/>
        <source>Preset %1 “%2” stored at %3</source>
        <translation>Đã lưu khung hình %1 “%2” tại %3</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="648"/>
        <source>Storing preset %1…</source>
        <translation>Đang lưu khung hình %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="661"/>
        <source>Preset %1 recalled</source>
        <translation>Đã gọi lại khung hình %1</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="666"/>
        <source>Preset %1 recalled, but the camera landed off: %2</source>
        <translation>Đã gọi lại khung hình %1 nhưng camera bị lệch: %2</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="677"/>
        <source>Recalling preset %1…</source>
        <translation>Đang gọi lại khung hình %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="686"/>
        <source>Rename preset</source>
        <translation>Đổi tên khung hình</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="694"/>
        <source>Preset %1 renamed</source>
        <translation>Đã đổi tên khung hình %1</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="696"/>
        <source>Renaming…</source>
        <translation>Đang đổi tên…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="707"/>
        <source>Preset %1 is now the speaker preset of this site</source>
        <translation>Khung hình %1 nay là khung hình người phát biểu của điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="711"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="718"/>
        <source>Compared with the current position</source>
        <translation>Đã so với vị trí hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="720"/>
        <source>Reading the camera&apos;s position…</source>
        <translation>Đang đọc vị trí camera…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="737"/>
        <source>%n preset(s) drifted: </source>
        <translation>
            <numerusform>%n khung hình bị lệch: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="741"/>
        <source>Every preset lands where it was stored</source>
        <translation>Mọi khung hình đều về đúng vị trí đã lưu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="745"/>
        <source>Reviewing %n preset(s): each is recalled and read back…</source>
        <translation>
            <numerusform>Đang kiểm tra %n khung hình: gọi lại từng khung và đọc lại vị trí…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraErrors</name>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="90"/>
        <source>The camera does not answer: check its power and network cable.</source>
        <translation>Camera không phản hồi: kiểm tra nguồn điện và cáp mạng.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="93"/>
        <source>The camera cannot do that now (powered off, menu open, or busy).</source>
        <translation>Camera không thực hiện được lúc này (đang tắt, đang mở menu hoặc đang bận).</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="96"/>
        <source>The camera is busy with other commands: try again.</source>
        <translation>Camera đang bận với lệnh khác: hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="99"/>
        <source>The camera cancelled the command.</source>
        <translation>Camera đã hủy lệnh.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="100"/>
        <source>The camera does not accept this command or value.</source>
        <translation>Camera không nhận lệnh hoặc giá trị này.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="103"/>
        <source>The camera rejected the command.</source>
        <translation>Camera đã từ chối lệnh.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="104"/>
        <location filename="../../widgets/cameras/calibration.py" line="131"/>
        <source>This camera has no preset slot with that number.</source>
        <translation>Camera này không có ô khung hình mang số đó.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="107"/>
        <source>The camera keeps refusing our messages: restart it.</source>
        <translation>Camera liên tục từ chối lệnh: hãy khởi động lại camera.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="110"/>
        <source>The camera rejected the message as malformed.</source>
        <translation>Camera từ chối vì lệnh sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="113"/>
        <source>Cannot reach the camera&apos;s address.</source>
        <translation>Không kết nối được tới địa chỉ của camera.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="114"/>
        <source>The connection to the camera is closed.</source>
        <translation>Kết nối tới camera đã đóng.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="115"/>
        <source>Value out of range for this camera.</source>
        <translation>Giá trị nằm ngoài phạm vi của camera này.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="117"/>
        <source>The camera reported an error.</source>
        <translation>Camera báo lỗi.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="120"/>
        <source>This camera is controlled through the MCU (far-end camera control): it can only be moved; presets and positions are not available.</source>
        <translation>Camera này được điều khiển qua MCU (điều khiển camera đầu xa): chỉ di chuyển được; không dùng được khung hình đặt sẵn và vị trí.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="124"/>
        <source>The camera kept moving: nothing was stored. Wait until it stops, then store again.</source>
        <translation>Camera vẫn đang di chuyển: chưa lưu gì. Chờ camera dừng hẳn rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="128"/>
        <source>There is no stored preset in that slot.</source>
        <translation>Ô này chưa lưu khung hình nào.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="134"/>
        <source>The MCU did not pass the camera move on in time.</source>
        <translation>MCU không chuyển lệnh di chuyển camera kịp thời.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="137"/>
        <source>The MCU is unreachable: the camera cannot be moved.</source>
        <translation>Mất kết nối MCU: không di chuyển được camera.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="140"/>
        <source>The MCU refused the camera move.</source>
        <translation>MCU từ chối lệnh di chuyển camera.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="143"/>
        <source>The preset action failed.</source>
        <translation>Thao tác khung hình thất bại.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="149"/>
        <source>The console&apos;s session is not running.</source>
        <translation>Phiên làm việc của bảng điều khiển không chạy.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="141"/>
        <source>The site is not in the registry.</source>
        <translation>Điểm cầu không có trong danh sách điểm cầu.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="145"/>
        <location filename="../../widgets/cameras/calibration.py" line="150"/>
        <source>Unexpected error: %1</source>
        <translation>Lỗi không lường trước: %1</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="618"/>
        <location filename="../../widgets/register/dialog.py" line="626"/>
        <source>Cancel the meeting</source>
        <translation>Hủy cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="623"/>
        <source>Why it is cancelled (told to every site)</source>
        <translation>Lý do hủy (thông báo cho mọi điểm cầu)</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="629"/>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="637"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="638"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="656"/>
        <source>The session refused: %1</source>
        <translation>Phiên làm việc từ chối: %1</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <location filename="../../widgets/text.py" line="132"/>
        <source>mute audio</source>
        <translation>tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="133"/>
        <source>unmute audio</source>
        <translation>bật tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="134"/>
        <source>mute video</source>
        <translation>tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="135"/>
        <source>unmute video</source>
        <translation>bật hình</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="136"/>
        <source>disconnect</source>
        <translation>ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="137"/>
        <source>dial</source>
        <translation>gọi điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="138"/>
        <source>lock the meeting</source>
        <translation>khóa cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="139"/>
        <source>unlock the meeting</source>
        <translation>mở khóa cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="140"/>
        <source>change the layout</source>
        <translation>đổi bố cục</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="141"/>
        <source>lower the hand</source>
        <translation>hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="142"/>
        <source>lower all hands</source>
        <translation>hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="143"/>
        <source>spotlight</source>
        <translation>làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="144"/>
        <source>spotlight off</source>
        <translation>bỏ làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="145"/>
        <source>move the camera</source>
        <translation>di chuyển camera</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="168"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="169"/>
        <source>done</source>
        <translation>đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="170"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="171"/>
        <source>no answer in time</source>
        <translation>quá thời gian chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="172"/>
        <source>MCU unreachable</source>
        <translation>mất kết nối MCU</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <location filename="../../widgets/floor/panel.py" line="257"/>
        <source>Give the floor</source>
        <translation>Cho phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="258"/>
        <source>Deny</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="259"/>
        <source>End speaking</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="260"/>
        <source>Next speaker</source>
        <translation>Người phát biểu tiếp theo</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="261"/>
        <source>Lower hand</source>
        <translation>Hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="263"/>
        <source>Lower all hands</source>
        <translation>Hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="288"/>
        <source>Request by phone, e-mail or Zalo</source>
        <translation>Đăng ký qua điện thoại, thư điện tử hoặc Zalo</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="292"/>
        <source>A site&apos;s name or code, e.g. na son</source>
        <translation>Tên hoặc mã điểm cầu, ví dụ: na son</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="305"/>
        <source>File as a site not in the registry</source>
        <translation>Ghi nhận là điểm cầu ngoài danh sách</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="308"/>
        <source>Only for a site the registry does not know: the name is filed as typed.</source>
        <translation>Chỉ dùng cho điểm cầu chưa có trong danh sách: tên được ghi đúng như đã gõ.</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="319"/>
        <source>Add to the queue</source>
        <translation>Thêm vào hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="322"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="325"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="326"/>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="327"/>
        <source>Came by</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="329"/>
        <source>Add a request</source>
        <translation>Thêm đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="372"/>
        <source>%1: speaking time ends at %2</source>
        <translation>%1: hết thời gian phát biểu lúc %2</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="402"/>
        <source>Nobody has the floor</source>
        <translation>Chưa có ai phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="534"/>
        <source>“%1” will be filed as a site not in the registry</source>
        <translation>“%1” sẽ được ghi nhận là điểm cầu ngoài danh sách</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="538"/>
        <source>%1 sites match: choose one from the list</source>
        <translation>%1 điểm cầu khớp: hãy chọn một trong danh sách</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="540"/>
        <source>“%1” is not in the registry</source>
        <translation>“%1” không có trong danh sách điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="552"/>
        <source>“%1” is not in the registry: choose a site from the list</source>
        <translation>“%1” không có trong danh sách điểm cầu: hãy chọn một điểm cầu trong danh sách</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="555"/>
        <source>Choose the site that asked to speak</source>
        <translation>Chọn điểm cầu đăng ký phát biểu</translation>
    </message>
</context>
<context>
    <name>FloorText</name>
    <message>
        <location filename="../../widgets/text.py" line="194"/>
        <source>Raised hand</source>
        <translation>Giơ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="195"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="196"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="197"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="198"/>
        <source>Operator</source>
        <translation>Điều hành viên</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="204"/>
        <source>Pending</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="205"/>
        <source>Queued</source>
        <translation>Trong hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="206"/>
        <source>Speaking</source>
        <translation>Đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="207"/>
        <source>Denied</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="208"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="209"/>
        <source>Finished</source>
        <translation>Đã phát biểu xong</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="210"/>
        <source>Revoked</source>
        <translation>Bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="216"/>
        <source>Lowest</source>
        <translation>Thấp nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="217"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="218"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="219"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="220"/>
        <source>Highest</source>
        <translation>Cao nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="227"/>
        <source>mute the previous speaker</source>
        <translation>tắt micro người phát biểu trước</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="228"/>
        <source>spotlight off the previous speaker</source>
        <translation>bỏ làm nổi bật người phát biểu trước</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="231"/>
        <source>unmute</source>
        <translation>bật micro</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="232"/>
        <source>camera preset</source>
        <translation>khung hình camera</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="233"/>
        <source>spotlight</source>
        <translation>làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="234"/>
        <source>speaker layout</source>
        <translation>bố cục người phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="235"/>
        <source>lower hand</source>
        <translation>hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="236"/>
        <source>mute</source>
        <translation>tắt micro</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="237"/>
        <source>spotlight off</source>
        <translation>bỏ làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="238"/>
        <source>restore layout</source>
        <translation>khôi phục bố cục</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="239"/>
        <source>lower all hands</source>
        <translation>hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="245"/>
        <source>Give the floor</source>
        <translation>Cho phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="246"/>
        <source>End speaking</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="247"/>
        <source>Take the floor back</source>
        <translation>Thu hồi quyền phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="248"/>
        <source>Speaking time is up</source>
        <translation>Hết thời gian phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="249"/>
        <source>Unmuted at the MCU</source>
        <translation>Đã bật micro tại MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="250"/>
        <source>Lower hand</source>
        <translation>Hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="251"/>
        <source>Lower all hands</source>
        <translation>Hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="252"/>
        <source>Deny</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="253"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="254"/>
        <source>Reorder</source>
        <translation>Sắp xếp lại</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="255"/>
        <source>Add request</source>
        <translation>Thêm đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="261"/>
        <source>not connected to an MCU</source>
        <translation>chưa kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="262"/>
        <location filename="../../widgets/text.py" line="279"/>
        <source>the site is not in the meeting</source>
        <translation>điểm cầu không có trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="263"/>
        <source>another action on this site is still running</source>
        <translation>một thao tác khác trên điểm cầu này đang chạy</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="264"/>
        <source>no meeting to file it in</source>
        <translation>không có cuộc họp để ghi đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="265"/>
        <source>the site is not in the registry (not filed as a stranger)</source>
        <translation>điểm cầu không có trong danh sách (chưa được yêu cầu ghi nhận là điểm cầu ngoài danh sách)</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="274"/>
        <source>no camera address in the site registry (through the MCU no preset can be recalled)</source>
        <translation>danh mục điểm cầu chưa có địa chỉ camera (qua MCU không gọi lại được khung hình đặt sẵn)</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="277"/>
        <source>no preset for this site</source>
        <translation>điểm cầu này chưa có khung hình camera</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="278"/>
        <source>no raised hand</source>
        <translation>không giơ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="280"/>
        <source>the earlier layout is unknown</source>
        <translation>không rõ bố cục trước đó</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="288"/>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="290"/>
        <source>skipped: %1</source>
        <translation>bỏ qua: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="298"/>
        <source>the request is no longer in the queue</source>
        <translation>yêu cầu không còn trong hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="301"/>
        <source>not possible in the request&apos;s state</source>
        <translation>không thực hiện được ở trạng thái hiện tại của yêu cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="304"/>
        <source>the site has already asked to speak</source>
        <translation>điểm cầu đã đăng ký phát biểu rồi</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="307"/>
        <source>the queue is full</source>
        <translation>hàng chờ đã đầy</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="308"/>
        <source>the meeting has ended</source>
        <translation>cuộc họp đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="309"/>
        <source>another site has the floor</source>
        <translation>điểm cầu khác đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="310"/>
        <source>not next in the queue</source>
        <translation>chưa đến lượt</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="311"/>
        <source>no such place in the queue</source>
        <translation>không có vị trí này trong hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="312"/>
        <source>no such priority</source>
        <translation>mức ưu tiên không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="313"/>
        <source>the priority does not fit that place</source>
        <translation>mức ưu tiên không khớp với vị trí đó</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="316"/>
        <source>nothing to change</source>
        <translation>không có gì để thay đổi</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="317"/>
        <source>the site has no request</source>
        <translation>điểm cầu không có yêu cầu nào</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="318"/>
        <source>the site already has the floor</source>
        <translation>điểm cầu đang được phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="332"/>
        <source>refused (%1)</source>
        <translation>bị từ chối (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="92"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="93"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="94"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="95"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="96"/>
        <source>Waiting</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="97"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="98"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="160"/>
        <source>Requested at %1</source>
        <translation>Đăng ký lúc %1</translation>
    </message>
</context>
<context>
    <name>ForceBox</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="108"/>
        <source>Force it (supervisor)</source>
        <translation>Vẫn đăng ký (giám sát viên)</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="112"/>
        <source>The written reason, kept with the meeting</source>
        <translation>Lý do bằng văn bản, lưu cùng cuộc họp</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../widgets/history/charts.py" line="43"/>
        <source>Meetings held per month</source>
        <translation>Số cuộc họp đã tổ chức theo tháng</translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="45"/>
        <source>Incidents per month by kind</source>
        <translation>Sự cố theo tháng, theo loại</translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="48"/>
        <source>Mean time to restore per kind (minutes)</source>
        <translation>Thời gian khắc phục trung bình theo loại (phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="51"/>
        <source>The ten sites with the most incidents</source>
        <translation>Mười điểm cầu nhiều sự cố nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="54"/>
        <source>Link quality per cluster (share of connected time)</source>
        <translation>Chất lượng đường truyền theo cụm (tỷ lệ thời gian kết nối)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="99"/>
        <source>other kinds</source>
        <translation>các loại khác</translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="135"/>
        <source>(no cluster)</source>
        <translation>(không thuộc cụm)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="150"/>
        <source>green</source>
        <translation>tốt</translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="160"/>
        <source>amber</source>
        <translation>suy giảm</translation>
    </message>
    <message>
        <location filename="../../widgets/history/charts.py" line="170"/>
        <source>red</source>
        <translation>kém</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../widgets/history/model.py" line="43"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="44"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="45"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="46"/>
        <source>Host agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="47"/>
        <source>Host site</source>
        <translation>Điểm cầu chủ trì</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="48"/>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="49"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="50"/>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="51"/>
        <source>Sites expected</source>
        <translation>Số điểm cầu dự kiến</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="52"/>
        <source>Attended</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="53"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="54"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="55"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="56"/>
        <source>Late</source>
        <translation>Vào muộn</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="57"/>
        <source>Left early</source>
        <translation>Rời sớm</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="58"/>
        <source>Opened</source>
        <translation>Phát sinh</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="59"/>
        <source>Resolved</source>
        <translation>Khắc phục xong</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="60"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="61"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="62"/>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="63"/>
        <source>Fix</source>
        <translation>Cách khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="64"/>
        <source>Sent</source>
        <translation>Gửi lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="65"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="66"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="67"/>
        <source>Target</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="68"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="69"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="70"/>
        <source>Round trip (ms)</source>
        <translation>Thời gian phản hồi (ms)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="71"/>
        <source>Requested</source>
        <translation>Đăng ký phát biểu lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="72"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="73"/>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="74"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="75"/>
        <source>Given the floor</source>
        <translation>Được phát biểu lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="76"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="77"/>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="94"/>
        <source>held</source>
        <translation>đã họp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="95"/>
        <source>not held</source>
        <translation>không họp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="96"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="97"/>
        <source>upcoming</source>
        <translation>sắp họp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="98"/>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="99"/>
        <source>late</source>
        <translation>muộn</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="100"/>
        <source>emergency</source>
        <translation>khẩn</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="101"/>
        <source>unregistered</source>
        <translation>không đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="102"/>
        <source>central</source>
        <translation>trung ương</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="103"/>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="104"/>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="105"/>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="106"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="107"/>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="108"/>
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="109"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="118"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 phút</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="120"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="122"/>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="137"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../widgets/history/model.py" line="139"/>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../widgets/history/view.py" line="134"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="154"/>
        <source>Search (marks optional: “dien bien” finds “Điện Biên”)</source>
        <translation>Tìm kiếm (gõ có dấu hay không dấu: “dien bien” tìm ra “Điện Biên”)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="156"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="161"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="163"/>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="170"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="171"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="172"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="173"/>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="174"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="175"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="176"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="184"/>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="185"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="186"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="187"/>
        <source>Commands</source>
        <translation>Lệnh điều khiển</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="188"/>
        <source>Floor requests</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="189"/>
        <source>Audit trail</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="201"/>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="235"/>
        <source>(all)</source>
        <translation>(tất cả)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="297"/>
        <location filename="../../widgets/history/view.py" line="302"/>
        <source>Reading the log…</source>
        <translation>Đang đọc nhật ký…</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="328"/>
        <source>%1 of %2 row(s)</source>
        <translation>%1 / %2 dòng</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="332"/>
        <source>Cannot read the history: %1</source>
        <translation>Không đọc được lịch sử: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="507"/>
        <source>the site is still disconnected</source>
        <translation>điểm cầu vẫn mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="508"/>
        <source>the site still sends no sound</source>
        <translation>điểm cầu vẫn không có tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="509"/>
        <source>the site still sends no picture</source>
        <translation>điểm cầu vẫn không có hình</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="510"/>
        <source>packets are still being lost</source>
        <translation>vẫn đang mất gói tin</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="511"/>
        <source>the jitter is still too high</source>
        <translation>độ trễ biến thiên (jitter) vẫn quá cao</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="512"/>
        <source>the bitrate is still too low</source>
        <translation>tốc độ bit vẫn quá thấp</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="513"/>
        <source>the MCU still does not answer properly</source>
        <translation>MCU vẫn chưa trả lời đúng</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="516"/>
        <source>the MCU still refuses the console&apos;s sign-in</source>
        <translation>MCU vẫn từ chối đăng nhập của bàn điều khiển</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="519"/>
        <source>its condition is still there</source>
        <translation>tình trạng sự cố vẫn còn</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="537"/>
        <source>Resolve incident</source>
        <translation>Kết thúc sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="537"/>
        <source>Incident details</source>
        <translation>Thông tin sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="548"/>
        <source>What failed, as reported by the site or the provider</source>
        <translation>Hỏng gì, theo báo cáo của điểm cầu hoặc nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="551"/>
        <source>What is being done about it</source>
        <translation>Đang khắc phục thế nào</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="554"/>
        <source>HH:MM, or +minutes</source>
        <translation>HH:MM, hoặc +số phút</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="569"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Nguyên nhân:</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="570"/>
        <source>&amp;Fix:</source>
        <translation>&amp;Cách khắc phục:</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="572"/>
        <source>Expected &amp;restore time:</source>
        <translation>Thời gian &amp;dự kiến khắc phục:</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="578"/>
        <source>Resolve</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="578"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="603"/>
        <source>at some of its sites, %1</source>
        <translation>ở một số điểm cầu, %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="606"/>
        <source>⚠ Still happening: %1. Resolving it now needs the cause and the fix, and if it is still happening a little later a new incident opens.</source>
        <translation>⚠ Sự cố vẫn đang diễn ra: %1. Muốn kết thúc lúc này phải ghi nguyên nhân và cách khắc phục; nếu ít phút sau sự cố vẫn còn, một sự cố mới sẽ được mở.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="615"/>
        <source>✖ Give the cause: the incident is still happening.</source>
        <translation>✖ Hãy ghi nguyên nhân: sự cố vẫn đang diễn ra.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="617"/>
        <source>✖ Give the fix: the incident is still happening.</source>
        <translation>✖ Hãy ghi cách khắc phục: sự cố vẫn đang diễn ra.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="618"/>
        <source>✖ Give the cause and the fix: the incident is still happening.</source>
        <translation>✖ Hãy ghi nguyên nhân và cách khắc phục: sự cố vẫn đang diễn ra.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="640"/>
        <source>✖ The expected restore time %1 is already past: give a later time.</source>
        <translation>✖ Thời gian dự kiến %1 đã qua: hãy nhập thời điểm muộn hơn.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="644"/>
        <source>✖ Cannot read “%1” as a time: type HH:MM (e.g. 14:30) or +minutes (e.g. +20).</source>
        <translation>✖ Không hiểu “%1” là thời gian: nhập HH:MM (vd. 14:30) hoặc +số phút (vd. +20).</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="654"/>
        <source>No expected restore time</source>
        <translation>Chưa có thời gian dự kiến khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="658"/>
        <source>→ %1, in %2 min</source>
        <translation>→ %1, còn %2 phút</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="183"/>
        <source>Opened</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="184"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="185"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="186"/>
        <source>Kind</source>
        <translation>Loại sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="187"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="188"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="189"/>
        <source>Expected restore</source>
        <translation>Dự kiến khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="190"/>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="219"/>
        <source>%n site(s) on provider %1</source>
        <translation>
            <numerusform>%n điểm cầu của nhà cung cấp %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="221"/>
        <source>%n site(s) in %1</source>
        <translation>
            <numerusform>%n điểm cầu thuộc %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="222"/>
        <source>Shared fault</source>
        <translation>Sự cố chung</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="232"/>
        <source>✔ Resolved %1</source>
        <translation>✔ Đã khắc phục %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="234"/>
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="237"/>
        <source>✓ Acknowledged by %1</source>
        <translation>✓ %1 đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="239"/>
        <source>● Open</source>
        <translation>● Chưa xử lý</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="241"/>
        <source>↻ reopened from #%1</source>
        <translation>↻ mở lại từ #%1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="251"/>
        <source>%1 (in %2 min)</source>
        <translation>%1 (còn %2 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="252"/>
        <source>%1 (overdue %2 min)</source>
        <translation>%1 (quá hạn %2 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="259"/>
        <source>Opened %1</source>
        <translation>Bắt đầu %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="267"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 tiếp nhận lúc %2</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="272"/>
        <source>Cause: %1</source>
        <translation>Nguyên nhân: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="274"/>
        <source>Fix: %1</source>
        <translation>Cách khắc phục: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="276"/>
        <source>Expected restore: %1</source>
        <translation>Dự kiến khắc phục: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="283"/>
        <source>Reopened from #%1: its condition was still there after it was resolved.</source>
        <translation>Mở lại từ #%1: sau khi kết thúc, sự cố vẫn còn.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="287"/>
        <source>Reopened from #%1, resolved by hand by %2 at %3: its condition was still there.</source>
        <translation>Mở lại từ #%1 (do %2 kết thúc thủ công lúc %3): sự cố vẫn còn.</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="775"/>
        <source>Acknowledge</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="779"/>
        <source>Cause / fix / restore time…</source>
        <translation>Nguyên nhân / khắc phục / thời gian…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="784"/>
        <source>Resolve…</source>
        <translation>Kết thúc…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="786"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="787"/>
        <location filename="../../widgets/incidents/panel.py" line="1105"/>
        <source>Mute alarm</source>
        <translation>Tắt chuông báo</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="795"/>
        <source>Show resolved</source>
        <translation>Hiện sự cố đã khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="799"/>
        <source>The %1 most recently resolved incidents; the log keeps them all.</source>
        <translation>%1 sự cố được xử lý gần nhất; nhật ký lưu đầy đủ tất cả.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="940"/>
        <source>‖ %n change(s) wait: the list keeps still under the pointer</source>
        <translation>
            <numerusform>‖ %n thay đổi đang chờ: danh sách đứng yên khi con trỏ ở trên</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="1105"/>
        <source>Alarm muted</source>
        <translation>Đã tắt chuông</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="1145"/>
        <source>(%n critical incident(s) not acknowledged)</source>
        <translation>
            <numerusform>(%n sự cố nghiêm trọng chưa tiếp nhận)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="1146"/>
        <source>[A] acknowledge</source>
        <translation>[A] tiếp nhận</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="1171"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n chưa khắc phục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <location filename="../../widgets/text.py" line="87"/>
        <source>Lost connection</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="88"/>
        <source>No sound</source>
        <translation>Mất tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="89"/>
        <source>No picture</source>
        <translation>Mất hình</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="90"/>
        <source>Packet loss</source>
        <translation>Mất gói tin</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="91"/>
        <source>Jitter</source>
        <translation>Trễ biến thiên (jitter)</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="92"/>
        <source>Low bitrate</source>
        <translation>Tốc độ bit thấp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="93"/>
        <source>MCU unreachable</source>
        <translation>Không kết nối được MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="94"/>
        <source>MCU refused the sign-in</source>
        <translation>MCU từ chối đăng nhập</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="95"/>
        <source>Power failure</source>
        <translation>Mất điện</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="96"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="97"/>
        <source>Not ready by T−30</source>
        <translation>Chưa sẵn sàng lúc T−30</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="103"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="104"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="105"/>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
</context>
<context>
    <name>LayoutBar</name>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="232"/>
        <location filename="../../widgets/layouts/bar.py" line="305"/>
        <source>Reading the MCU&apos;s layouts…</source>
        <translation>Đang đọc các bố cục của MCU…</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="237"/>
        <source>Edit presets…</source>
        <translation>Sửa bố cục đặt sẵn…</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="242"/>
        <source>Define the control center&apos;s named presets (%1)</source>
        <translation>Định nghĩa các bố cục đặt sẵn của trung tâm điều khiển (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="262"/>
        <source>Apply layout %1</source>
        <translation>Áp dụng bố cục %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/layouts/bar.py" line="275"/>
        <source>%n layout(s) offered by the MCU</source>
        <translation>
            <numerusform>MCU có %n bố cục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="282"/>
        <location filename="../../widgets/layouts/bar.py" line="408"/>
        <source>This MCU&apos;s dialect cannot change the layout.</source>
        <translation>Loại MCU này không thể đổi bố cục.</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="290"/>
        <source>No MCU is configured: there are no layouts to apply.</source>
        <translation>Chưa cấu hình MCU: không có bố cục nào để áp dụng.</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="311"/>
        <source>Cannot read the MCU&apos;s layouts: %1</source>
        <translation>Không đọc được bố cục của MCU: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="355"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="358"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="400"/>
        <source>not connected to an MCU</source>
        <translation>chưa kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="409"/>
        <source>This MCU&apos;s dialect cannot spotlight sites: only plain layouts can be applied.</source>
        <translation>Loại MCU này không thể làm nổi bật điểm cầu: chỉ áp dụng được bố cục thường.</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="431"/>
        <source>Applying %1</source>
        <translation>Đang áp dụng %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="433"/>
        <source>%1 applied</source>
        <translation>Đã áp dụng %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="437"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LayoutButton</name>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="175"/>
        <source>Layout %1</source>
        <translation>Bố cục %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="179"/>
        <source>Main positions: %1</source>
        <translation>Vị trí chính: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="181"/>
        <source>Overlay text: %1</source>
        <translation>Chữ hiển thị: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="183"/>
        <source>Active now</source>
        <translation>Đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/bar.py" line="185"/>
        <source>Key %1</source>
        <translation>Phím %1</translation>
    </message>
</context>
<context>
    <name>LayoutName</name>
    <message>
        <location filename="../../widgets/text.py" line="156"/>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="157"/>
        <source>auto + presentation</source>
        <translation>tự động + trình chiếu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="158"/>
        <source>auto + presentation, grouped</source>
        <translation>tự động + trình chiếu, theo nhóm</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="162"/>
        <source>auto (%1)</source>
        <translation>tự động (%1)</translation>
    </message>
</context>
<context>
    <name>LayoutPresetEditor</name>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="225"/>
        <source>Layout presets</source>
        <translation>Bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="245"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="246"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="247"/>
        <location filename="../../widgets/layouts/editor.py" line="614"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="248"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="250"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="267"/>
        <location filename="../../widgets/layouts/editor.py" line="520"/>
        <source>Preset</source>
        <translation>Bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="271"/>
        <source>e.g. Khai mạc</source>
        <translation>ví dụ: Khai mạc</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="284"/>
        <source>Shown over the picture, e.g. Giao ban tháng 3</source>
        <translation>Hiển thị trên hình, ví dụ: Giao ban tháng 3</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="290"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="294"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="306"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="307"/>
        <source>Layout:</source>
        <translation>Bố cục:</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="309"/>
        <source>Sites:</source>
        <translation>Điểm cầu:</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="310"/>
        <source>Overlay text:</source>
        <translation>Chữ hiển thị:</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="404"/>
        <source>Layout %1</source>
        <translation>Bố cục %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="406"/>
        <source>Main positions: %1</source>
        <translation>Vị trí chính: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="408"/>
        <source>Overlay text: %1</source>
        <translation>Chữ hiển thị: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="475"/>
        <source>%1 site(s) chosen; the MCU arranges this layout itself</source>
        <translation>Đã chọn %1 điểm cầu; MCU tự sắp xếp bố cục này</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="479"/>
        <source>%1 of %2 sites this layout shows</source>
        <translation>%1 / %2 điểm cầu bố cục này hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="504"/>
        <source>New preset</source>
        <translation>Bố cục đặt sẵn mới</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="504"/>
        <source>Preset “%1”</source>
        <translation>Bố cục đặt sẵn “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="532"/>
        <source>Give the preset a name.</source>
        <translation>Hãy đặt tên cho bố cục.</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="535"/>
        <source>A preset named “%1” already exists: choose another name.</source>
        <translation>Đã có bố cục đặt sẵn tên “%1”: hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="538"/>
        <source>Choose a layout.</source>
        <translation>Hãy chọn một bố cục.</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="542"/>
        <source>Layout %1 shows at most %2 site(s); %3 are chosen: remove some.</source>
        <translation>Bố cục %1 hiển thị tối đa %2 điểm cầu; đang chọn %3: hãy bỏ bớt.</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="575"/>
        <source>Saving “%1”</source>
        <translation>Đang lưu “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="585"/>
        <source>“%1” saved</source>
        <translation>Đã lưu “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="590"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="607"/>
        <source>Delete preset</source>
        <translation>Xóa bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="608"/>
        <source>Delete the preset “%1”? The bar will no longer offer it.</source>
        <translation>Xóa bố cục đặt sẵn “%1”? Thanh bố cục sẽ không còn nút này.</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="615"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="627"/>
        <source>Deleting “%1”</source>
        <translation>Đang xóa “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="633"/>
        <source>“%1” deleted</source>
        <translation>Đã xóa “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="638"/>
        <source>Not deleted: %1</source>
        <translation>Chưa xóa được: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="657"/>
        <source>Moving “%1”</source>
        <translation>Đang chuyển “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="666"/>
        <source>“%1” moved</source>
        <translation>Đã chuyển “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="668"/>
        <source>Not moved: %1</source>
        <translation>Chưa chuyển được: %1</translation>
    </message>
</context>
<context>
    <name>LinkText</name>
    <message>
        <location filename="../../widgets/text.py" line="112"/>
        <source>MCU: connecting…</source>
        <translation>MCU: đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="113"/>
        <source>MCU: connected</source>
        <translation>MCU: đã kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="114"/>
        <source>MCU: degraded</source>
        <translation>MCU: kết nối kém</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="115"/>
        <source>MCU: unreachable</source>
        <translation>MCU: mất kết nối</translation>
    </message>
</context>
<context>
    <name>LiveConsole</name>
    <message>
        <location filename="../../widgets/shell/live.py" line="279"/>
        <source>Exit status: %1</source>
        <translation>Mã thoát: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="281"/>
        <source>The monitoring session stopped unexpectedly; restarting it…</source>
        <translation>Phiên giám sát đã dừng bất ngờ; đang khởi động lại…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="283"/>
        <source>The monitoring session stopped unexpectedly several times and was not restarted.</source>
        <translation>Phiên giám sát đã dừng bất ngờ nhiều lần và không được khởi động lại nữa.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="302"/>
        <source>The monitoring session stopped unexpectedly and was restarted at %1; the log is intact.</source>
        <translation>Phiên giám sát đã dừng bất ngờ và được khởi động lại lúc %1; sổ theo dõi vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="385"/>
        <source>locked</source>
        <translation>đã khoá</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="455"/>
        <source>Refused: this needs the %1 role.</source>
        <translation>Bị từ chối: việc này cần vai trò %1.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="457"/>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="573"/>
        <source>This MCU&apos;s dialect cannot %1.</source>
        <translation>Loại MCU này không thể %1.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="597"/>
        <location filename="../../widgets/shell/live.py" line="703"/>
        <location filename="../../widgets/shell/live.py" line="824"/>
        <source>not connected to an MCU</source>
        <translation>chưa kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="679"/>
        <location filename="../../widgets/shell/live.py" line="744"/>
        <source>Camera presets…</source>
        <translation>Khung hình camera…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="695"/>
        <source>the site is not in the meeting</source>
        <translation>điểm cầu không có trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="725"/>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="727"/>
        <source>Unmute audio</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="727"/>
        <source>Mute audio</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="728"/>
        <source>Unmute video</source>
        <translation>Bật hình</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="728"/>
        <source>Mute video</source>
        <translation>Tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="732"/>
        <source>Disconnect…</source>
        <translation>Ngắt kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="735"/>
        <source>Dial</source>
        <translation>Gọi điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="761"/>
        <source>Disconnect site</source>
        <translation>Ngắt điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="762"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation>Ngắt %1 khỏi cuộc họp?</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="800"/>
        <source>Layout presets</source>
        <translation>Bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="800"/>
        <source>The console is not connected yet.</source>
        <translation>Bảng điều khiển chưa kết nối.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="836"/>
        <source>The site registry has no camera address for this site, and the site is not in the meeting for far-end camera control through the MCU.</source>
        <translation>Danh mục điểm cầu chưa có địa chỉ camera của điểm cầu này, và điểm cầu không ở trong cuộc họp để điều khiển camera đầu xa qua MCU.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="841"/>
        <source>The site registry has no camera address for this site, and this MCU&apos;s dialect cannot move cameras (far-end camera control).</source>
        <translation>Danh mục điểm cầu chưa có địa chỉ camera của điểm cầu này, và loại MCU này không điều khiển được camera đầu xa.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="845"/>
        <location filename="../../widgets/shell/live.py" line="852"/>
        <source>Camera presets</source>
        <translation>Khung hình camera</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../widgets/access/idle.py" line="80"/>
        <source>Locked</source>
        <translation>Đã khoá</translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="82"/>
        <source>The window is locked for %1 after %2 minutes without use. Type %1&apos;s password to go on, or switch user.</source>
        <translation>Cửa sổ đã khoá cho %1 sau %2 phút không dùng. Nhập mật khẩu của %1 để tiếp tục, hoặc đổi người dùng.</translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="95"/>
        <source>Unlock</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="98"/>
        <source>Switch user…</source>
        <translation>Đổi người dùng…</translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="118"/>
        <source>Type the password.</source>
        <translation>Nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../widgets/access/idle.py" line="120"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../widgets/shell/app.py" line="118"/>
        <source>The log cannot be opened</source>
        <translation>Không mở được nhật ký</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="119"/>
        <source>The console cannot open its log %1.</source>
        <translation>Bàn điều khiển không mở được nhật ký %1.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="121"/>
        <source>%1

Choose another SQLite file to keep the log in, or quit.</source>
        <translation>%1

Chọn một tệp SQLite khác để ghi nhật ký, hoặc thoát.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="123"/>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="125"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="135"/>
        <source>Choose the log (a SQLite file)</source>
        <translation>Chọn nhật ký (một tệp SQLite)</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="137"/>
        <source>SQLite logs (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Nhật ký SQLite (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="39"/>
        <source>Bridgewall — Video-conference control center</source>
        <translation>Bridgewall — Trung tâm điều khiển hội nghị truyền hình trực tuyến</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="42"/>
        <source>No active meeting</source>
        <translation>Chưa có cuộc họp đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="47"/>
        <source>Floor requests</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="49"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="53"/>
        <source>Layouts</source>
        <translation>Bố cục hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="55"/>
        <source>Meeting calendar</source>
        <translation>Lịch họp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="62"/>
        <location filename="../../widgets/shell/main_window.py" line="187"/>
        <source>Log: %1</source>
        <translation>Sổ theo dõi: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="83"/>
        <source>Nothing yet</source>
        <translation>Chưa có mục nào</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="91"/>
        <source>&amp;Switch user…</source>
        <translation>Đổi &amp;người dùng…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="100"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="102"/>
        <source>&amp;New meeting…</source>
        <translation>Đăng ký cuộc họp &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="109"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Lịch họp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="113"/>
        <source>Call all &amp;absent sites…</source>
        <translation>Gọi tất cả điểm &amp;vắng mặt…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="118"/>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="125"/>
        <source>&amp;Sites</source>
        <translation>Đ&amp;iểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="126"/>
        <source>Site &amp;registry…</source>
        <translation>&amp;Danh mục điểm cầu…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="133"/>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="134"/>
        <source>&amp;Make a report…</source>
        <translation>&amp;Lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="144"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="145"/>
        <source>&amp;About Bridgewall</source>
        <translation>&amp;Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="152"/>
        <source>nobody signed in</source>
        <translation>chưa ai đăng nhập</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="155"/>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="164"/>
        <source>About Bridgewall</source>
        <translation>Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="165"/>
        <source>Bridgewall — control-room console for government video-conference networks.</source>
        <translation>Bridgewall — bàn điều khiển cho hệ thống hội nghị truyền hình trực tuyến của cơ quan nhà nước.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="172"/>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="190"/>
        <source>Log: cannot write — %1</source>
        <translation>Sổ theo dõi: không ghi được — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/shell/main_window.py" line="199"/>
        <source>Log: %n record(s) could not be written — %1</source>
        <translation>
            <numerusform>Sổ theo dõi: %n bản ghi không ghi được — %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="220"/>
        <source>No MCU configured: the log only</source>
        <translation>Chưa cấu hình MCU: chỉ xem sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="223"/>
        <source>Give --mcu pexip+https://HOST:PORT, or [mcu] url in the configuration file, or start with --demo.</source>
        <translation>Dùng --mcu pexip+https://MÁY:CỔNG, hoặc khóa url trong mục [mcu] của tệp cấu hình, hoặc chạy với --demo.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="335"/>
        <source>The MCU&apos;s password travels unencrypted (pexip+http): use pexip+https</source>
        <translation>Mật khẩu MCU được gửi không mã hóa (pexip+http): hãy dùng pexip+https</translation>
    </message>
</context>
<context>
    <name>MeetingDetailDialog</name>
    <message>
        <location filename="../../widgets/history/view.py" line="387"/>
        <source>Meeting %1: %2</source>
        <translation>Cuộc họp %1: %2</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="394"/>
        <source>Title</source>
        <translation>Tên cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="396"/>
        <source>Host</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="398"/>
        <source>Planned</source>
        <translation>Theo kế hoạch</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="399"/>
        <source>Held</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="401"/>
        <source>Emergency</source>
        <translation>Họp khẩn</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="401"/>
        <location filename="../../widgets/history/view.py" line="434"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="406"/>
        <source> and %1 more</source>
        <translation> và %1 điểm cầu khác</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="409"/>
        <source>%1 of %2 site(s)</source>
        <translation>%1 / %2 điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="416"/>
        <location filename="../../widgets/history/view.py" line="425"/>
        <source>Attended</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="417"/>
        <source>Absent (%1)</source>
        <translation>Vắng mặt (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="418"/>
        <source>Late (%1)</source>
        <translation>Vào muộn (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="424"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="426"/>
        <source>Late</source>
        <translation>Vào muộn</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="427"/>
        <source>Left early</source>
        <translation>Rời sớm</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="428"/>
        <source>Connected</source>
        <translation>Thời gian kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="434"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="463"/>
        <source>Sites expected (%1)</source>
        <translation>Điểm cầu dự kiến (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="466"/>
        <source>Incidents during the meeting (%1)</source>
        <translation>Sự cố trong cuộc họp (%1)</translation>
    </message>
</context>
<context>
    <name>MeetingsDesk</name>
    <message>
        <location filename="../../widgets/register/desk.py" line="98"/>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <location filename="../../widgets/register/desk.py" line="105"/>
        <source>Meeting on now: %1</source>
        <translation>Đang họp: %1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="549"/>
        <source>Move the meeting</source>
        <translation>Dời lịch cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="550"/>
        <source>Move</source>
        <translation>Dời lịch</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="557"/>
        <source>Why the time changes (told to every site)</source>
        <translation>Lý do đổi giờ (thông báo cho mọi điểm cầu)</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="559"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="560"/>
        <source>New start</source>
        <translation>Bắt đầu mới</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="561"/>
        <source>New end</source>
        <translation>Kết thúc mới</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="562"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../widgets/readiness/board.py" line="71"/>
        <source>Connected</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="72"/>
        <source>Sound</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="73"/>
        <source>Picture</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="74"/>
        <source>Link %1 s</source>
        <translation>Đường truyền %1 giây</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="77"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="83"/>
        <source>Telecom provider told</source>
        <translation>Đã báo nhà cung cấp viễn thông</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="84"/>
        <source>Power company told</source>
        <translation>Đã báo điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="85"/>
        <source>First test run</source>
        <translation>Vận hành thử lần 1</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="86"/>
        <source>Second test run</source>
        <translation>Vận hành thử lần 2</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="87"/>
        <source>All checks done</source>
        <translation>Kiểm tra xong toàn bộ</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="93"/>
        <source>due</source>
        <translation>đến hạn</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="94"/>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="95"/>
        <source>late</source>
        <translation>trễ</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="96"/>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="102"/>
        <source>never joined</source>
        <translation>chưa từng vào</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="103"/>
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="104"/>
        <source>disconnected</source>
        <translation>đã ngắt</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="105"/>
        <source>connected</source>
        <translation>đã kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="106"/>
        <source>preset not recalled yet</source>
        <translation>chưa gọi lại khung hình</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="107"/>
        <source>speaking</source>
        <translation>đang nói</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="108"/>
        <source>audio</source>
        <translation>âm thanh</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="109"/>
        <source>video</source>
        <translation>hình</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="110"/>
        <source>loss</source>
        <translation>mất gói</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="111"/>
        <source>jitter</source>
        <translation>rung pha</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="112"/>
        <source>green</source>
        <translation>xanh</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="113"/>
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="137"/>
        <source>T−30 in %1</source>
        <translation>còn %1 đến T−30</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="139"/>
        <source>T−30 passed %1 ago</source>
        <translation>đã quá T−30 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="141"/>
        <source>opening in %1</source>
        <translation>còn %1 đến khai mạc</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="143"/>
        <source>opened %1 ago</source>
        <translation>đã khai mạc %1</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="150"/>
        <source>%1 at %2: %3 of %4 sites ready — %5</source>
        <translation>%1 lúc %2: %3/%4 điểm sẵn sàng — %5</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="456"/>
        <source>Readiness</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="463"/>
        <source>&amp;Readiness board</source>
        <translation>Bảng &amp;sẵn sàng</translation>
    </message>
</context>
<context>
    <name>ReadinessBoard</name>
    <message>
        <location filename="../../widgets/readiness/board.py" line="185"/>
        <location filename="../../widgets/readiness/board.py" line="276"/>
        <source>Start test run</source>
        <translation>Bắt đầu vận hành thử</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="187"/>
        <source>Pass by hand…</source>
        <translation>Xác nhận đạt thủ công…</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="189"/>
        <source>Mark the selected failing check passed, with a note (technician)</source>
        <translation>Đánh dấu mục kiểm tra đang chọn là đạt, kèm ghi chú (kỹ thuật viên)</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="192"/>
        <source>Estimated start…</source>
        <translation>Giờ bắt đầu dự kiến…</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="244"/>
        <source>No registered meeting in the next 24 hours</source>
        <translation>Không có cuộc họp đã đăng ký trong 24 giờ tới</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="255"/>
        <source>%1 — opens %2; %3 of %4 sites ready</source>
        <translation>%1 — khai mạc %2; %3/%4 điểm sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="270"/>
        <source>Estimated real start %1: %2 (%3)</source>
        <translation>Giờ bắt đầu thực tế dự kiến %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="276"/>
        <source>Stop test run</source>
        <translation>Kết thúc vận hành thử</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="285"/>
        <source>Scheduled test run open since %1 (opened automatically by %2)</source>
        <translation>Vận hành thử theo lịch đang mở từ %1 (console tự mở: %2)</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="287"/>
        <source>Test run open since %1 (opened by %2)</source>
        <translation>Vận hành thử đang mở từ %1 (%2 mở)</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="302"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="310"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="311"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="312"/>
        <source>Party committee technician</source>
        <translation>Kỹ thuật viên Cấp ủy</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="314"/>
        <source>People&apos;s Committee technician</source>
        <translation>Kỹ thuật viên UBND</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="315"/>
        <source>Telecom</source>
        <translation>Viễn thông</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="347"/>
        <source>not checked</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="355"/>
        <source>at %1</source>
        <translation>lúc %1</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="357"/>
        <source>passed by hand by %1</source>
        <translation>%1 xác nhận đạt thủ công</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="366"/>
        <source>No contact in the site registry</source>
        <translation>Danh bạ điểm cầu chưa có người liên hệ</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="372"/>
        <source>Click to copy %1</source>
        <translation>Bấm để sao chép %1</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="383"/>
        <source>Copied %1</source>
        <translation>Đã sao chép %1</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="405"/>
        <source>Choose a site&apos;s check in the table first</source>
        <translation>Hãy chọn một mục kiểm tra của điểm cầu trong bảng trước</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="410"/>
        <source>Pass by hand</source>
        <translation>Xác nhận đạt thủ công</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="411"/>
        <source>Why does %1 pass at %2? (e.g. sound confirmed by phone)</source>
        <translation>Vì sao %1 tại %2 đạt? (ví dụ: đã xác nhận âm thanh qua điện thoại)</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="429"/>
        <source>Estimated real start</source>
        <translation>Giờ bắt đầu thực tế dự kiến</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="438"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../widgets/readiness/board.py" line="439"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>RegisterCalendar</name>
    <message>
        <location filename="../../widgets/register/calendar.py" line="43"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="44"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="45"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="46"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="47"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="48"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../widgets/register/calendar.py" line="49"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="236"/>
        <source>Register a meeting</source>
        <translation>Đăng ký cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="237"/>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="248"/>
        <source>e.g. Ủy ban nhân dân tỉnh</source>
        <translation>ví dụ: Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="251"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="259"/>
        <source>the MCU conference alias, e.g. giaoban</source>
        <translation>tên phòng họp trên MCU, ví dụ: giaoban</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="261"/>
        <source>Emergency meeting</source>
        <translation>Cuộc họp khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="266"/>
        <source>announced %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="275"/>
        <source>Once</source>
        <translation>Một lần</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="276"/>
        <source>Every week</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="277"/>
        <source>Every month</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="288"/>
        <source>until</source>
        <translation>đến hết ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="293"/>
        <source>Untick a day the series skips (a holiday): no meeting that day.</source>
        <translation>Bỏ chọn ngày chuỗi cuộc họp nghỉ (ngày lễ): hôm đó không họp.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="300"/>
        <source>Title</source>
        <translation>Tên cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="301"/>
        <source>Host agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="302"/>
        <source>Host site</source>
        <translation>Điểm cầu chủ trì</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="303"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="304"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="305"/>
        <source>Conference</source>
        <translation>Phòng họp MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="307"/>
        <source>Repeat</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="308"/>
        <source>Held on</source>
        <translation>Họp vào các ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="311"/>
        <source>Expected sites</source>
        <translation>Điểm cầu dự kiến</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="315"/>
        <source>The register&apos;s rules</source>
        <translation>Quy định đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="390"/>
        <source>One site</source>
        <translation>Từng điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="391"/>
        <source>By tier</source>
        <translation>Theo cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="392"/>
        <source>By cluster</source>
        <translation>Theo cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="393"/>
        <source>By province</source>
        <translation>Theo tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="401"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="404"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="406"/>
        <source>Clear</source>
        <translation>Bỏ hết</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="435"/>
        <source>central</source>
        <translation>trung ương</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="436"/>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="437"/>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="438"/>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/register/dialog.py" line="485"/>
        <source>%n site(s) expected</source>
        <translation>
            <numerusform>%n điểm cầu dự kiến</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="141"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="145"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="205"/>
        <source>The session refused: %1</source>
        <translation>Phiên làm việc từ chối: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="216"/>
        <source>Not stored: the rules refuse it.</source>
        <translation>Chưa lưu: quy định không cho phép.</translation>
    </message>
</context>
<context>
    <name>RegisterText</name>
    <message>
        <location filename="../../widgets/register/text.py" line="54"/>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="56"/>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="58"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="64"/>
        <source>registered</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="65"/>
        <source>moved</source>
        <translation>đã dời lịch</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="66"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="67"/>
        <source>held</source>
        <translation>đã họp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="68"/>
        <source>not held</source>
        <translation>không họp</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="74"/>
        <source>by phone</source>
        <translation>báo qua điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="75"/>
        <source>by fax</source>
        <translation>báo qua fax</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="76"/>
        <source>by e-mail</source>
        <translation>báo qua thư điện tử</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="87"/>
        <source>meeting %1 &quot;%2&quot;</source>
        <translation>cuộc họp %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="91"/>
        <source>another meeting of this series &quot;%1&quot;</source>
        <translation>một buổi khác của chuỗi &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="102"/>
        <source>Lead time: registered %1 before the start; the rule is %2 (an emergency is exempt).</source>
        <translation>Thời hạn đăng ký: đăng ký trước giờ họp %1; quy định là %2 (cuộc họp khẩn cấp được miễn).</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="112"/>
        <source>Room conflict: %1 already in %2, at the same time.</source>
        <translation>Trùng phòng họp: %1 đã có trong %2, cùng thời gian.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="118"/>
        <source>%1 with %2 ports</source>
        <translation>%1 dùng %2 cổng</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="122"/>
        <source>no other meeting</source>
        <translation>không có cuộc họp nào khác</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="124"/>
        <source>MCU capacity: %1 ports needed at %2, the MCU has %3 (%4 for this meeting, the rest for %5).</source>
        <translation>Dung lượng MCU: cần %1 cổng lúc %2, MCU có %3 (%4 cho cuộc họp này, còn lại cho %5).</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="140"/>
        <source>Emergency: exempt from the %1 lead time (registered %2 before the start), and marked so.</source>
        <translation>Khẩn cấp: được miễn thời hạn đăng ký %1 (đăng ký trước giờ họp %2), và được đánh dấu như vậy.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="145"/>
        <source>Emergency, announced %3: exempt from the %1 lead time (registered %2 before the start), and marked so.</source>
        <translation>Khẩn cấp, %3: được miễn thời hạn đăng ký %1 (đăng ký trước giờ họp %2), và được đánh dấu như vậy.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="152"/>
        <source>Forced (%1): %2</source>
        <translation>Vẫn đăng ký (lý do: %1): %2</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="160"/>
        <source>Give the meeting a title.</source>
        <translation>Đặt tên cho cuộc họp.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="161"/>
        <source>Choose the host site.</source>
        <translation>Chọn điểm cầu chủ trì.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="162"/>
        <source>An expected site is not in the registry.</source>
        <translation>Có điểm cầu dự kiến không có trong danh bạ.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="165"/>
        <source>The start must be before the end.</source>
        <translation>Giờ bắt đầu phải trước giờ kết thúc.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="168"/>
        <source>The start is in the past.</source>
        <translation>Giờ bắt đầu đã qua.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="169"/>
        <source>A series needs its end date.</source>
        <translation>Chuỗi cuộc họp cần ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="172"/>
        <source>The series has no meeting before its end date.</source>
        <translation>Chuỗi không có buổi họp nào trước ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="175"/>
        <source>Give the reason.</source>
        <translation>Nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="176"/>
        <source>Only a registered or moved meeting can be changed.</source>
        <translation>Chỉ thay đổi được cuộc họp đã đăng ký hoặc đã dời lịch.</translation>
    </message>
    <message>
        <location filename="../../widgets/register/text.py" line="179"/>
        <source>The meeting is no longer in the register.</source>
        <translation>Cuộc họp không còn trong sổ đăng ký.</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../../widgets/registry/view.py" line="134"/>
        <source>Site registry</source>
        <translation>Danh mục điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="144"/>
        <source>Find a site by name, code, cluster… (marks optional)</source>
        <translation>Tìm điểm cầu theo tên, mã, cụm… (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="156"/>
        <source>New site</source>
        <translation>Thêm điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="169"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="170"/>
        <location filename="../../widgets/registry/view.py" line="200"/>
        <location filename="../../widgets/registry/view.py" line="229"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="177"/>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="181"/>
        <source>Parent</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="183"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="184"/>
        <source>Former district</source>
        <translation>Huyện cũ</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="185"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="186"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="187"/>
        <source>Room</source>
        <translation>Phòng họp</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="188"/>
        <source>Network address</source>
        <translation>Địa chỉ mạng</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="189"/>
        <source>Camera (VISCA over IP)</source>
        <translation>Camera (VISCA qua IP)</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="193"/>
        <source>host:port, e.g. 10.215.1.21:52381 — empty: far-end camera control through the MCU</source>
        <translation>máy:cổng, ví dụ 10.215.1.21:52381 — để trống: điều khiển camera đầu xa qua MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="201"/>
        <source>Side</source>
        <translation>Thuộc khối</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="202"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="203"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="204"/>
        <location filename="../../widgets/registry/view.py" line="229"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="205"/>
        <location filename="../../widgets/registry/view.py" line="229"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="210"/>
        <source>Add technician</source>
        <translation>Thêm cán bộ kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="212"/>
        <source>Remove technician</source>
        <translation>Bỏ cán bộ kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="218"/>
        <source>Technicians</source>
        <translation>Cán bộ kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="224"/>
        <source>Telecom provider</source>
        <translation>Doanh nghiệp viễn thông</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="224"/>
        <source>Power company</source>
        <translation>Điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="229"/>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="242"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="246"/>
        <source>Undo edits</source>
        <translation>Hoàn tác chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>By</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="256"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="269"/>
        <source>Changes kept (Hà Nội time, newest first)</source>
        <translation>Lịch sử thay đổi (giờ Hà Nội, mới nhất ở trên)</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="446"/>
        <source>Code %1 is already in the registry.</source>
        <translation>Mã %1 đã có trong danh mục.</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="457"/>
        <source>Camera: not host:port (e.g. 10.215.1.21:52381); leave it empty for far-end camera control through the MCU — %1</source>
        <translation>Camera: không đúng dạng máy:cổng (ví dụ 10.215.1.21:52381); để trống nếu điều khiển camera đầu xa qua MCU — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="461"/>
        <source>Parent site %1 is not in the registry.</source>
        <translation>Điểm cầu cấp trên %1 không có trong danh mục.</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="463"/>
        <source>The parent sites make a loop: %1</source>
        <translation>Các điểm cầu cấp trên tạo thành vòng lặp: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="467"/>
        <source>A %1 site cannot hang from the %2 site %3.</source>
        <translation>Điểm cầu cấp %1 không thể trực thuộc điểm cầu cấp %2 %3.</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="475"/>
        <source>Code: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="477"/>
        <source>Every site needs a name.</source>
        <translation>Điểm cầu nào cũng phải có tên.</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="478"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="497"/>
        <location filename="../../widgets/registry/view.py" line="514"/>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="500"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="512"/>
        <source>Saved: the change is kept in the site&apos;s history.</source>
        <translation>Đã lưu: thay đổi được ghi vào lịch sử của điểm cầu.</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="521"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="524"/>
        <source>The registry could not be read: %1</source>
        <translation>Không đọc được danh mục điểm cầu: %1</translation>
    </message>
</context>
<context>
    <name>RegistryWords</name>
    <message>
        <location filename="../../widgets/registry/words.py" line="13"/>
        <source>Party committee</source>
        <translation>Cấp ủy Đảng</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="14"/>
        <source>People&apos;s Committee</source>
        <translation>Ủy ban nhân dân</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="20"/>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="21"/>
        <location filename="../../widgets/registry/words.py" line="40"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="22"/>
        <source>District (former)</source>
        <translation>Huyện (cũ)</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="23"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="30"/>
        <source>Technician %1</source>
        <translation>Cán bộ kỹ thuật %1</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="34"/>
        <source>Site added</source>
        <translation>Thêm điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="35"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="36"/>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="37"/>
        <source>Parent site</source>
        <translation>Điểm cầu cấp trên</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="38"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="39"/>
        <source>Former district</source>
        <translation>Huyện cũ</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="41"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="42"/>
        <source>Room</source>
        <translation>Phòng họp</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="43"/>
        <source>Network address</source>
        <translation>Địa chỉ mạng</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="44"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="45"/>
        <source>Telecom provider</source>
        <translation>Doanh nghiệp viễn thông</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/words.py" line="46"/>
        <source>Power company</source>
        <translation>Điện lực</translation>
    </message>
</context>
<context>
    <name>ReminderLine</name>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="35"/>
        <source>Make the report…</source>
        <translation>Lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="47"/>
        <source>Yearly report %1: due before %2, not made yet</source>
        <translation>Báo cáo năm %1: hạn trước %2, chưa lập</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="52"/>
        <source>first half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="52"/>
        <source>second half of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/reminder.py" line="53"/>
        <source>Report of the %1: not made yet</source>
        <translation>Báo cáo %1: chưa lập</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="45"/>
        <source>Make a report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="52"/>
        <source>YYYY-H1, YYYY-H2, YYYY, or FROM..TO (local dates, both included)</source>
        <translation>YYYY-H1 (6 tháng đầu năm), YYYY-H2 (6 tháng cuối năm), YYYY (cả năm), hoặc TỪ..ĐẾN (ngày theo giờ Việt Nam, tính cả hai ngày)</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="56"/>
        <source>Document to sign (.docx)</source>
        <translation>Văn bản để trình ký (.docx)</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="57"/>
        <source>Document to read (.pdf)</source>
        <translation>Văn bản để đọc (.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="58"/>
        <source>Workbook of the tables (.xlsx)</source>
        <translation>Bảng tính số liệu (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="59"/>
        <source>Figures for other tools (.json)</source>
        <translation>Số liệu cho phần mềm khác (.json)</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="62"/>
        <source>empty: a marked placeholder to fill in before signing</source>
        <translation>để trống: chỗ đánh dấu để điền trước khi trình ký</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="75"/>
        <source>Number and symbol, e.g. 12/BC-SKHCN</source>
        <translation>Số và ký hiệu, ví dụ 12/BC-SKHCN</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="78"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="85"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="86"/>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="87"/>
        <source>Parent agency:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="88"/>
        <source>Agency:</source>
        <translation>Cơ quan báo cáo:</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="89"/>
        <source>Number:</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="90"/>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="91"/>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="92"/>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="93"/>
        <source>Save as:</source>
        <translation>Lưu vào:</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="108"/>
        <source>Make the report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="109"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="134"/>
        <source>Save the report as</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="155"/>
        <source>Give the period and where to save the report.</source>
        <translation>Hãy nhập kỳ báo cáo và nơi lưu tệp.</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="158"/>
        <source>Making the report of %1…</source>
        <translation>Đang lập báo cáo kỳ %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="173"/>
        <source>Written: %1 (%2 meetings held, %3 incidents).</source>
        <translation>Đã lưu: %1 (%2 cuộc họp đã tổ chức, %3 sự cố).</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="184"/>
        <source>Only a supervisor may make the reports.</source>
        <translation>Chỉ cán bộ giám sát mới được lập báo cáo.</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="186"/>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/reports/dialog.py" line="188"/>
        <source>The report was not made: %1</source>
        <translation>Chưa lập được báo cáo: %1</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../widgets/register/dialog.py" line="85"/>
        <source>Checking the rules…</source>
        <translation>Đang kiểm tra quy định…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/register/dialog.py" line="95"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n cuộc họp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/register/dialog.py" line="96"/>
        <source>The rules are met.</source>
        <translation>Đúng quy định.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../widgets/access/signin.py" line="46"/>
        <source>Create the first administrator</source>
        <translation>Tạo quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="48"/>
        <source>No administrator exists in this log yet. Create the first administrator account: they will add the operators, supervisors and technicians.</source>
        <translation>Nhật ký này chưa có quản trị viên. Hãy tạo tài khoản quản trị viên đầu tiên: người này sẽ thêm các điều hành viên, giám sát viên và kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="52"/>
        <location filename="../../widgets/access/signin.py" line="77"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="53"/>
        <source>Sign in to start your shift.</source>
        <translation>Đăng nhập để bắt đầu ca trực.</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="65"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="66"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="68"/>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="77"/>
        <source>Create and sign in</source>
        <translation>Tạo và đăng nhập</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="78"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="91"/>
        <source>Type a name and a password.</source>
        <translation>Hãy nhập tên và mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="94"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp.</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="97"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="117"/>
        <source>Wrong name or password.</source>
        <translation>Sai tên hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="119"/>
        <source>This account is locked after repeated failed sign-ins. Try again later.</source>
        <translation>Tài khoản bị khóa do đăng nhập sai nhiều lần. Hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="123"/>
        <source>This account is disabled.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="125"/>
        <source>The password is refused: %1</source>
        <translation>Mật khẩu không được chấp nhận: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="127"/>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="128"/>
        <source>Cannot sign in now: %1</source>
        <translation>Chưa đăng nhập được: %1</translation>
    </message>
</context>
<context>
    <name>SiteDetail</name>
    <message>
        <location filename="../../widgets/site/detail.py" line="119"/>
        <source>loss received</source>
        <translation>mất gói nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="120"/>
        <source>loss sent</source>
        <translation>mất gói gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="121"/>
        <source>jitter received</source>
        <translation>jitter nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="122"/>
        <source>jitter sent</source>
        <translation>jitter gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="123"/>
        <source>bitrate received</source>
        <translation>tốc độ nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="124"/>
        <source>bitrate sent</source>
        <translation>tốc độ gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="125"/>
        <source>frame rate received</source>
        <translation>khung hình/giây nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="126"/>
        <source>audio bitrate</source>
        <translation>tốc độ âm thanh</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="127"/>
        <source>video bitrate</source>
        <translation>tốc độ hình ảnh</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="128"/>
        <source>speaking</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="134"/>
        <source>Packet loss (%)</source>
        <translation>Mất gói tin (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="135"/>
        <source>Jitter (ms)</source>
        <translation>Jitter (ms)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="136"/>
        <source>Bitrate (kbps)</source>
        <translation>Tốc độ bit (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="137"/>
        <source>Frame rate (fps)</source>
        <translation>Tốc độ khung hình (fps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="138"/>
        <source>Audio bitrate (kbps)</source>
        <translation>Tốc độ âm thanh (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="139"/>
        <source>Video bitrate (kbps)</source>
        <translation>Tốc độ hình ảnh (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="178"/>
        <source>no expected rate yet</source>
        <translation>chưa có tốc độ tham chiếu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="179"/>
        <source>expected %1 kbps (the site&apos;s recent peak unless configured)</source>
        <translation>tham chiếu %1 kbps (mức cao gần đây của điểm cầu nếu chưa cấu hình)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="211"/>
        <source>minutes before now</source>
        <translation>số phút trước</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="488"/>
        <location filename="../../widgets/site/detail.py" line="502"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="489"/>
        <source>Side</source>
        <translation>Thuộc khối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="490"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="491"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="492"/>
        <location filename="../../widgets/site/detail.py" line="503"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="493"/>
        <location filename="../../widgets/site/detail.py" line="504"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="500"/>
        <source>Standby for</source>
        <translation>Trực hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="501"/>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>By</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="522"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="651"/>
        <source>Reading the registry&apos;s history…</source>
        <translation>Đang đọc lịch sử thay đổi…</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="641"/>
        <source>“%1” is not in the registry: no technicians or standby contacts are known.</source>
        <translation>“%1” không có trong danh sách điểm cầu: chưa có cán bộ kỹ thuật hay đầu mối trực.</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="535"/>
        <source>Technicians</source>
        <translation>Cán bộ kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="541"/>
        <source>Telecom and power standby contacts</source>
        <translation>Đầu mối trực viễn thông và điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="544"/>
        <source>Changes kept in the registry</source>
        <translation>Lịch sử thay đổi trong danh mục</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="657"/>
        <source>Reading the log…</source>
        <translation>Đang đọc nhật ký…</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="593"/>
        <source>Media (15 min)</source>
        <translation>Tín hiệu (15 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="594"/>
        <source>Open incidents</source>
        <translation>Sự cố đang mở</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="595"/>
        <source>Joins and leaves</source>
        <translation>Vào / rời hội nghị</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="596"/>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="601"/>
        <source>Commands</source>
        <translation>Lệnh điều khiển</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="665"/>
        <location filename="../../widgets/site/detail.py" line="908"/>
        <source>loading…</source>
        <translation>đang tải…</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="698"/>
        <source>not in the registry</source>
        <translation>không có trong danh sách điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="721"/>
        <source>Click to copy the number</source>
        <translation>Nhấp để chép số điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="749"/>
        <source>Hà Nội time (UTC+7); newest first.</source>
        <translation>Giờ Hà Nội (UTC+7); mới nhất ở trên.</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="749"/>
        <source>No change kept yet.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="754"/>
        <source>The registry&apos;s history could not be read (%1).</source>
        <translation>Không đọc được lịch sử thay đổi (%1).</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="764"/>
        <source>Copied %1</source>
        <translation>Đã chép %1</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="772"/>
        <source>Telecom provider</source>
        <translation>Doanh nghiệp viễn thông</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="773"/>
        <source>Power company</source>
        <translation>Điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="777"/>
        <source>(none recorded)</source>
        <translation>(chưa có thông tin)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="847"/>
        <source>Disconnect site</source>
        <translation>Ngắt điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="848"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation>Ngắt %1 khỏi cuộc họp?</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="854"/>
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="855"/>
        <source>Keep connected</source>
        <translation>Giữ kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="891"/>
        <source>Unmute audio</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="891"/>
        <source>Mute audio</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="894"/>
        <source>Unmute video</source>
        <translation>Bật hình</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="894"/>
        <source>Mute video</source>
        <translation>Tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="896"/>
        <source>Disconnect…</source>
        <translation>Ngắt kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="897"/>
        <source>Dial</source>
        <translation>Gọi điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="906"/>
        <source>Not in the registry: no address to dial</source>
        <translation>Không có trong danh sách: không có địa chỉ để gọi</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="911"/>
        <source>● connected</source>
        <translation>● đang kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="911"/>
        <source>⊘ not connected</source>
        <translation>⊘ chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="912"/>
        <source>audio muted</source>
        <translation>đã tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="913"/>
        <source>video muted</source>
        <translation>đã tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="941"/>
        <source>This meeting and earlier ones today, from the log; Hà Nội time (UTC+7).</source>
        <translation>Cuộc họp này và các cuộc họp trước đó hôm nay, theo nhật ký; giờ Hà Nội (UTC+7).</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="950"/>
        <source>The log could not be read: only joins and leaves seen since this opened are shown (%1).</source>
        <translation>Không đọc được nhật ký: chỉ hiện các lần vào, rời từ khi mở cửa sổ này (%1).</translation>
    </message>
</context>
<context>
    <name>SiteHistoryDialog</name>
    <message>
        <location filename="../../widgets/history/view.py" line="494"/>
        <source>Site history: %1</source>
        <translation>Lịch sử điểm cầu: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="497"/>
        <location filename="../../widgets/history/view.py" line="503"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="498"/>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="499"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="500"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="501"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="503"/>
        <source>%1 (not in the registry)</source>
        <translation>%1 (không có trong danh mục)</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="505"/>
        <source>In the period</source>
        <translation>Trong kỳ</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="510"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="511"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="536"/>
        <source>%1 incident(s), %2 down; attended %3 of %4 meeting(s)</source>
        <translation>%1 sự cố, %2 gián đoạn; dự %3 / %4 cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/history/view.py" line="549"/>
        <source>Cannot read the history: %1</source>
        <translation>Không đọc được lịch sử: %1</translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="94"/>
        <source>Filter sites by name or code…</source>
        <translation>Lọc điểm cầu theo tên hoặc mã…</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="111"/>
        <source>Add →</source>
        <translation>Thêm →</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="112"/>
        <source>← Remove</source>
        <translation>← Bỏ</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="113"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="114"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="124"/>
        <source>Spotlighted, in order (main positions first):</source>
        <translation>Ưu tiên hiển thị, theo thứ tự (vị trí chính trước):</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="172"/>
        <source>Not in the site registry</source>
        <translation>Không có trong danh bạ điểm cầu</translation>
    </message>
</context>
<context>
    <name>SiteTable</name>
    <message>
        <location filename="../../widgets/registry/view.py" line="86"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="87"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="88"/>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="89"/>
        <source>Parent</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="90"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="91"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../widgets/registry/view.py" line="105"/>
        <source>through the MCU</source>
        <translation>qua MCU</translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <location filename="../../widgets/wall/panel.py" line="50"/>
        <source>Filter sites (Ctrl+F)…</source>
        <translation>Lọc điểm cầu (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="57"/>
        <source>Problems first</source>
        <translation>Sự cố lên trước</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="59"/>
        <source>By name</source>
        <translation>Theo tên</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="58"/>
        <source>By tier and cluster</source>
        <translation>Theo cấp và cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="68"/>
        <source>Group the wall&apos;s sites by</source>
        <translation>Nhóm các điểm cầu trên màn hình theo</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="70"/>
        <source>Group by cluster</source>
        <translation>Nhóm theo cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="71"/>
        <source>Group by former district</source>
        <translation>Nhóm theo huyện cũ</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="72"/>
        <source>Group by agency</source>
        <translation>Nhóm theo cơ quan</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="73"/>
        <source>Group by tier</source>
        <translation>Nhóm theo cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="74"/>
        <source>Group by province</source>
        <translation>Nhóm theo tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="75"/>
        <source>No grouping</source>
        <translation>Không nhóm</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="84"/>
        <source>Larger tiles (Ctrl++)</source>
        <translation>Ô lớn hơn (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="85"/>
        <source>Smaller tiles (Ctrl+-)</source>
        <translation>Ô nhỏ hơn (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="86"/>
        <source>Fit every site (Ctrl+0)</source>
        <translation>Vừa mọi điểm cầu (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="88"/>
        <source>Order held</source>
        <translation>Đang giữ nguyên thứ tự</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="92"/>
        <source>A new order is waiting: the wall keeps its order while the pointer is on it and for %1 s after a click or key, then the tiles that moved are marked in their corner.</source>
        <translation>Có thứ tự mới đang chờ: màn hình giữ nguyên thứ tự khi con trỏ chuột nằm trên đó và trong %1 giây sau mỗi lần nhấp chuột hoặc bấm phím; sau đó các ô đã đổi chỗ được đánh dấu ở góc.</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="191"/>
        <location filename="../../widgets/wall/panel.py" line="199"/>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="192"/>
        <source>Province level</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="193"/>
        <source>District level (former)</source>
        <translation>Cấp huyện (cũ)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="194"/>
        <source>Commune level</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="197"/>
        <source>No agency given</source>
        <translation>Chưa ghi cơ quan</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="219"/>
        <source>No sites in the meeting yet</source>
        <translation>Chưa có điểm cầu nào trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="225"/>
        <source>%1 connected · ⊘ %2 lost · ✖ %3 red · ▲ %4 amber</source>
        <translation>%1 đang kết nối · ⊘ %2 mất kết nối · ✖ %3 đỏ · ▲ %4 vàng</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="232"/>
        <source>◌ %1 absent</source>
        <translation>◌ %1 vắng mặt</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../widgets/wall/view.py" line="340"/>
        <source>Not in the site registry</source>
        <translation>Không có trong danh bạ điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="341"/>
        <source>Central and province</source>
        <translation>Trung ương và tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="542"/>
        <source>Opening the log and connecting to the MCU…</source>
        <translation>Đang mở sổ theo dõi và kết nối MCU…</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="791"/>
        <source>lost</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="793"/>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="795"/>
        <source>floor</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="797"/>
        <source>hand</source>
        <translation>xin phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="805"/>
        <source>%1 s old</source>
        <translation>cũ %1 giây</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../widgets/access/signin.py" line="145"/>
        <source>operator</source>
        <translation>điều hành viên</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="146"/>
        <source>supervisor</source>
        <translation>giám sát viên</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="147"/>
        <source>technician</source>
        <translation>kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../widgets/access/signin.py" line="148"/>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
</context>
</TS>
