<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../widgets/site/detail.py" line="251"/>
        <source>Joined</source>
        <translation>Vào lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="251"/>
        <source>Left</source>
        <translation>Rời lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="251"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="251"/>
        <source>How it ended</source>
        <translation>Cách rời</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="266"/>
        <source>● connected</source>
        <translation>● đang kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="272"/>
        <source>disconnected by the operator</source>
        <translation>điều hành viên ngắt</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="272"/>
        <source>✖ dropped</source>
        <translation>✖ rớt kết nối</translation>
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
        <source>Far-end camera control through the MCU: jog only. Presets, positions and the review need the camera&apos;s own address (VISCA over IP).</source>
        <translation>Điều khiển camera đầu xa qua MCU: chỉ di chuyển được. Khung hình đặt sẵn, vị trí và kiểm tra định kỳ cần địa chỉ riêng của camera (VISCA qua IP).</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="362"/>
        <source>Move the camera</source>
        <translation>Di chuyển camera</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="366"/>
        <source>Tilt up (↑)</source>
        <translation>Ngẩng lên (↑)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="367"/>
        <source>Pan left (←)</source>
        <translation>Quay trái (←)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="368"/>
        <source>Pan right (→)</source>
        <translation>Quay phải (→)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="369"/>
        <source>Tilt down (↓)</source>
        <translation>Cúi xuống (↓)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="370"/>
        <source>Zoom in (+)</source>
        <translation>Phóng to (+)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="371"/>
        <source>Zoom out (−)</source>
        <translation>Thu nhỏ (−)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="386"/>
        <source>Speed</source>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="390"/>
        <source>Store the current framing</source>
        <translation>Lưu khung hình hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="403"/>
        <source>e.g. chair&apos;s desk, centre</source>
        <translation>ví dụ: bàn chủ tọa, chính giữa</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="404"/>
        <source>Slot</source>
        <translation>Ô nhớ</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="405"/>
        <location filename="../../widgets/cameras/calibration.py" line="685"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="406"/>
        <source>Seating chart</source>
        <translation>Sơ đồ chỗ ngồi</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="410"/>
        <source>Store</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="413"/>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="416"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="419"/>
        <source>Speaker preset</source>
        <translation>Khung hình người phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="422"/>
        <source>Compare with now</source>
        <translation>So với hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="425"/>
        <source>Verify presets</source>
        <translation>Kiểm tra khung hình</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="435"/>
        <source>How far a recalled preset may land from the stored position (camera units)</source>
        <translation>Độ lệch cho phép giữa vị trí gọi lại và vị trí đã lưu (đơn vị của camera)</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="456"/>
        <source>Tolerance</source>
        <translation>Sai số cho phép</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="504"/>
        <source>Reading the stored presets…</source>
        <translation>Đang đọc các khung hình đã lưu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="509"/>
        <source>%n preset(s) stored for this site</source>
        <translation>
            <numerusform>Điểm cầu có %n khung hình đã lưu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="590"/>
        <source>Moving the camera</source>
        <translation>Đang di chuyển camera</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="601"/>
        <source>Camera stopped</source>
        <translation>Camera đã dừng</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="626"/>
        <source>Give the preset a name first.</source>
        <translation>Hãy đặt tên cho khung hình trước.</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="638"/>
        <source>Preset %1 “%2” stored at %3</source>
        <translation>Đã lưu khung hình %1 “%2” tại %3</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="647"/>
        <source>Storing preset %1…</source>
        <translation>Đang lưu khung hình %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="660"/>
        <source>Preset %1 recalled</source>
        <translation>Đã gọi lại khung hình %1</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="665"/>
        <source>Preset %1 recalled, but the camera landed off: %2</source>
        <translation>Đã gọi lại khung hình %1 nhưng camera bị lệch: %2</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="676"/>
        <source>Recalling preset %1…</source>
        <translation>Đang gọi lại khung hình %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="685"/>
        <source>Rename preset</source>
        <translation>Đổi tên khung hình</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="693"/>
        <source>Preset %1 renamed</source>
        <translation>Đã đổi tên khung hình %1</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="695"/>
        <source>Renaming…</source>
        <translation>Đang đổi tên…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="706"/>
        <source>Preset %1 is now the speaker preset of this site</source>
        <translation>Khung hình %1 nay là khung hình người phát biểu của điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="710"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="717"/>
        <source>Compared with the current position</source>
        <translation>Đã so với vị trí hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="719"/>
        <source>Reading the camera&apos;s position…</source>
        <translation>Đang đọc vị trí camera…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="736"/>
        <source>%n preset(s) drifted: </source>
        <translation>
            <numerusform>%n khung hình bị lệch: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/cameras/calibration.py" line="740"/>
        <source>Every preset lands where it was stored</source>
        <translation>Mọi khung hình đều về đúng vị trí đã lưu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/cameras/calibration.py" line="744"/>
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
    <name>CommandText</name>
    <message>
        <location filename="../../widgets/text.py" line="129"/>
        <source>mute audio</source>
        <translation>tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="130"/>
        <source>unmute audio</source>
        <translation>bật tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="131"/>
        <source>mute video</source>
        <translation>tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="132"/>
        <source>unmute video</source>
        <translation>bật hình</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="133"/>
        <source>disconnect</source>
        <translation>ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="134"/>
        <source>dial</source>
        <translation>gọi điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="135"/>
        <source>lock the meeting</source>
        <translation>khóa cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="136"/>
        <source>unlock the meeting</source>
        <translation>mở khóa cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="137"/>
        <source>change the layout</source>
        <translation>đổi bố cục</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="138"/>
        <source>lower the hand</source>
        <translation>hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="139"/>
        <source>lower all hands</source>
        <translation>hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="140"/>
        <source>spotlight</source>
        <translation>làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="141"/>
        <source>spotlight off</source>
        <translation>bỏ làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="142"/>
        <source>move the camera</source>
        <translation>di chuyển camera</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="150"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="151"/>
        <source>done</source>
        <translation>đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="152"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="153"/>
        <source>no answer in time</source>
        <translation>quá thời gian chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="154"/>
        <source>MCU unreachable</source>
        <translation>mất kết nối MCU</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <location filename="../../widgets/floor/panel.py" line="253"/>
        <source>Give the floor</source>
        <translation>Cho phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="254"/>
        <source>Deny</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="255"/>
        <source>End speaking</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="256"/>
        <source>Next speaker</source>
        <translation>Người phát biểu tiếp theo</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="257"/>
        <source>Lower hand</source>
        <translation>Hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="259"/>
        <source>Lower all hands</source>
        <translation>Hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="284"/>
        <source>Request by phone, e-mail or Zalo</source>
        <translation>Đăng ký qua điện thoại, thư điện tử hoặc Zalo</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="298"/>
        <source>Add to the queue</source>
        <translation>Thêm vào hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="301"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="302"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="303"/>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="304"/>
        <source>Came by</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="306"/>
        <source>Add a request</source>
        <translation>Thêm đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="347"/>
        <source>%1: speaking time ends at %2</source>
        <translation>%1: hết thời gian phát biểu lúc %2</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="377"/>
        <source>Nobody has the floor</source>
        <translation>Chưa có ai phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="465"/>
        <source>Choose the site that asked to speak</source>
        <translation>Chọn điểm cầu đăng ký phát biểu</translation>
    </message>
</context>
<context>
    <name>FloorText</name>
    <message>
        <location filename="../../widgets/text.py" line="176"/>
        <source>Raised hand</source>
        <translation>Giơ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="177"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="178"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="179"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="180"/>
        <source>Operator</source>
        <translation>Điều hành viên</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="186"/>
        <source>Pending</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="187"/>
        <source>Queued</source>
        <translation>Trong hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="188"/>
        <source>Speaking</source>
        <translation>Đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="189"/>
        <source>Denied</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="190"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="191"/>
        <source>Finished</source>
        <translation>Đã phát biểu xong</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="192"/>
        <source>Revoked</source>
        <translation>Bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="198"/>
        <source>Lowest</source>
        <translation>Thấp nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="199"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="200"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="201"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="202"/>
        <source>Highest</source>
        <translation>Cao nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="209"/>
        <source>mute the previous speaker</source>
        <translation>tắt micro người phát biểu trước</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="210"/>
        <source>spotlight off the previous speaker</source>
        <translation>bỏ làm nổi bật người phát biểu trước</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="213"/>
        <source>unmute</source>
        <translation>bật micro</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="214"/>
        <source>camera preset</source>
        <translation>khung hình camera</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="215"/>
        <source>spotlight</source>
        <translation>làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="216"/>
        <source>speaker layout</source>
        <translation>bố cục người phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="217"/>
        <source>lower hand</source>
        <translation>hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="218"/>
        <source>mute</source>
        <translation>tắt micro</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="219"/>
        <source>spotlight off</source>
        <translation>bỏ làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="220"/>
        <source>restore layout</source>
        <translation>khôi phục bố cục</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="221"/>
        <source>lower all hands</source>
        <translation>hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="227"/>
        <source>Give the floor</source>
        <translation>Cho phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="228"/>
        <source>End speaking</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="229"/>
        <source>Take the floor back</source>
        <translation>Thu hồi quyền phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="230"/>
        <source>Speaking time is up</source>
        <translation>Hết thời gian phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="231"/>
        <source>Unmuted at the MCU</source>
        <translation>Đã bật micro tại MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="232"/>
        <source>Lower hand</source>
        <translation>Hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="233"/>
        <source>Lower all hands</source>
        <translation>Hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="234"/>
        <source>Deny</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="235"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="236"/>
        <source>Reorder</source>
        <translation>Sắp xếp lại</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="237"/>
        <source>Add request</source>
        <translation>Thêm đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="243"/>
        <source>not connected to an MCU</source>
        <translation>chưa kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="244"/>
        <source>the site is not in the meeting</source>
        <translation>điểm cầu không có trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="245"/>
        <source>another action on this site is still running</source>
        <translation>một thao tác khác trên điểm cầu này đang chạy</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="246"/>
        <source>no meeting to file it in</source>
        <translation>không có cuộc họp để ghi đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="253"/>
        <source>the request is no longer in the queue</source>
        <translation>yêu cầu không còn trong hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="256"/>
        <source>not possible in the request&apos;s state</source>
        <translation>không thực hiện được ở trạng thái hiện tại của yêu cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="259"/>
        <source>the site has already asked to speak</source>
        <translation>điểm cầu đã đăng ký phát biểu rồi</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="262"/>
        <source>the queue is full</source>
        <translation>hàng chờ đã đầy</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="263"/>
        <source>the meeting has ended</source>
        <translation>cuộc họp đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="264"/>
        <source>another site has the floor</source>
        <translation>điểm cầu khác đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="265"/>
        <source>not next in the queue</source>
        <translation>chưa đến lượt</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="266"/>
        <source>no such place in the queue</source>
        <translation>không có vị trí này trong hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="267"/>
        <source>no such priority</source>
        <translation>mức ưu tiên không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="268"/>
        <source>the priority does not fit that place</source>
        <translation>mức ưu tiên không khớp với vị trí đó</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="271"/>
        <source>nothing to change</source>
        <translation>không có gì để thay đổi</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="272"/>
        <source>the site has no request</source>
        <translation>điểm cầu không có yêu cầu nào</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="273"/>
        <source>the site already has the floor</source>
        <translation>điểm cầu đang được phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="287"/>
        <source>refused (%1)</source>
        <translation>bị từ chối (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="88"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="89"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="90"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="91"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="92"/>
        <source>Waiting</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="93"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="94"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../widgets/floor/panel.py" line="156"/>
        <source>Requested at %1</source>
        <translation>Đăng ký lúc %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="391"/>
        <source>Resolve incident</source>
        <translation>Kết thúc sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="391"/>
        <source>Incident details</source>
        <translation>Thông tin sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="401"/>
        <source>What failed, as reported by the site or the provider</source>
        <translation>Hỏng gì, theo báo cáo của điểm cầu hoặc nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="404"/>
        <source>What is being done about it</source>
        <translation>Đang khắc phục thế nào</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="407"/>
        <source>HH:MM, or +minutes</source>
        <translation>HH:MM, hoặc +số phút</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="417"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Nguyên nhân:</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="418"/>
        <source>&amp;Fix:</source>
        <translation>&amp;Cách khắc phục:</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="420"/>
        <source>Expected &amp;restore time:</source>
        <translation>Thời gian &amp;dự kiến khắc phục:</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="426"/>
        <source>Resolve</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="426"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="451"/>
        <source>✖ The expected restore time %1 is already past: give a later time.</source>
        <translation>✖ Thời gian dự kiến %1 đã qua: hãy nhập thời điểm muộn hơn.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="455"/>
        <source>✖ Cannot read “%1” as a time: type HH:MM (e.g. 14:30) or +minutes (e.g. +20).</source>
        <translation>✖ Không hiểu “%1” là thời gian: nhập HH:MM (vd. 14:30) hoặc +số phút (vd. +20).</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="465"/>
        <source>No expected restore time</source>
        <translation>Chưa có thời gian dự kiến khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="469"/>
        <source>→ %1, in %2 min</source>
        <translation>→ %1, còn %2 phút</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="152"/>
        <source>Opened</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="153"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="154"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="155"/>
        <source>Kind</source>
        <translation>Loại sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="156"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="157"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="158"/>
        <source>Expected restore</source>
        <translation>Dự kiến khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="159"/>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="188"/>
        <source>%n site(s) on provider %1</source>
        <translation>
            <numerusform>%n điểm cầu của nhà cung cấp %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="190"/>
        <source>%n site(s) in %1</source>
        <translation>
            <numerusform>%n điểm cầu thuộc %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="191"/>
        <source>Shared fault</source>
        <translation>Sự cố chung</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="201"/>
        <source>✔ Resolved %1</source>
        <translation>✔ Đã khắc phục %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="203"/>
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="206"/>
        <source>✓ Acknowledged by %1</source>
        <translation>✓ %1 đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="207"/>
        <source>● Open</source>
        <translation>● Chưa xử lý</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="216"/>
        <source>%1 (in %2 min)</source>
        <translation>%1 (còn %2 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="217"/>
        <source>%1 (overdue %2 min)</source>
        <translation>%1 (quá hạn %2 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="224"/>
        <source>Opened %1</source>
        <translation>Bắt đầu %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="230"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 tiếp nhận lúc %2</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="235"/>
        <source>Cause: %1</source>
        <translation>Nguyên nhân: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="237"/>
        <source>Fix: %1</source>
        <translation>Cách khắc phục: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="239"/>
        <source>Expected restore: %1</source>
        <translation>Dự kiến khắc phục: %1</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="552"/>
        <source>Acknowledge</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="556"/>
        <source>Cause / fix / restore time…</source>
        <translation>Nguyên nhân / khắc phục / thời gian…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="561"/>
        <source>Resolve…</source>
        <translation>Kết thúc…</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="563"/>
        <location filename="../../widgets/incidents/panel.py" line="753"/>
        <source>Mute alarm</source>
        <translation>Tắt chuông báo</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="570"/>
        <source>Show resolved</source>
        <translation>Hiện sự cố đã khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="574"/>
        <source>The %1 most recently resolved incidents; the log keeps them all.</source>
        <translation>%1 sự cố được xử lý gần nhất; nhật ký lưu đầy đủ tất cả.</translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="753"/>
        <source>Alarm muted</source>
        <translation>Đã tắt chuông</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="791"/>
        <source>(%n critical incident(s) not acknowledged)</source>
        <translation>
            <numerusform>(%n sự cố nghiêm trọng chưa tiếp nhận)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incidents/panel.py" line="792"/>
        <source>[A] acknowledge</source>
        <translation>[A] tiếp nhận</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incidents/panel.py" line="815"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n chưa khắc phục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <location filename="../../widgets/text.py" line="85"/>
        <source>Lost connection</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="86"/>
        <source>No sound</source>
        <translation>Mất tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="87"/>
        <source>No picture</source>
        <translation>Mất hình</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="88"/>
        <source>Packet loss</source>
        <translation>Mất gói tin</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="89"/>
        <source>Jitter</source>
        <translation>Trễ biến thiên (jitter)</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="90"/>
        <source>Low bitrate</source>
        <translation>Tốc độ bit thấp</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="91"/>
        <source>MCU unreachable</source>
        <translation>Không kết nối được MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="92"/>
        <source>MCU refused the sign-in</source>
        <translation>MCU từ chối đăng nhập</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="93"/>
        <source>Power failure</source>
        <translation>Mất điện</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="94"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="100"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="101"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="102"/>
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
        <location filename="../../widgets/layouts/bar.py" line="144"/>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
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
    <name>LayoutPresetEditor</name>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="224"/>
        <source>Layout presets</source>
        <translation>Bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="244"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="245"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="246"/>
        <location filename="../../widgets/layouts/editor.py" line="614"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="247"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="249"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="266"/>
        <location filename="../../widgets/layouts/editor.py" line="520"/>
        <source>Preset</source>
        <translation>Bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="270"/>
        <source>e.g. Khai mạc</source>
        <translation>ví dụ: Khai mạc</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="283"/>
        <source>Shown over the picture, e.g. Giao ban tháng 3</source>
        <translation>Hiển thị trên hình, ví dụ: Giao ban tháng 3</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="289"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="293"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="305"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="306"/>
        <source>Layout:</source>
        <translation>Bố cục:</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="308"/>
        <source>Sites:</source>
        <translation>Điểm cầu:</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="309"/>
        <source>Overlay text:</source>
        <translation>Chữ hiển thị:</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="403"/>
        <source>Layout %1</source>
        <translation>Bố cục %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="405"/>
        <source>Main positions: %1</source>
        <translation>Vị trí chính: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="407"/>
        <source>Overlay text: %1</source>
        <translation>Chữ hiển thị: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="445"/>
        <source>auto (%1)</source>
        <translation>tự động (%1)</translation>
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
        <location filename="../../widgets/text.py" line="109"/>
        <source>MCU: connecting…</source>
        <translation>MCU: đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="110"/>
        <source>MCU: connected</source>
        <translation>MCU: đã kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="111"/>
        <source>MCU: degraded</source>
        <translation>MCU: kết nối kém</translation>
    </message>
    <message>
        <location filename="../../widgets/text.py" line="112"/>
        <source>MCU: unreachable</source>
        <translation>MCU: mất kết nối</translation>
    </message>
</context>
<context>
    <name>LiveConsole</name>
    <message>
        <location filename="../../widgets/shell/live.py" line="260"/>
        <source>This MCU&apos;s dialect cannot %1.</source>
        <translation>Loại MCU này không thể %1.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="282"/>
        <location filename="../../widgets/shell/live.py" line="322"/>
        <location filename="../../widgets/shell/live.py" line="441"/>
        <source>not connected to an MCU</source>
        <translation>chưa kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="301"/>
        <location filename="../../widgets/shell/live.py" line="361"/>
        <source>Camera presets…</source>
        <translation>Khung hình camera…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="314"/>
        <source>the site is not in the meeting</source>
        <translation>điểm cầu không có trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="344"/>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="346"/>
        <source>Unmute audio</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="346"/>
        <source>Mute audio</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="347"/>
        <source>Unmute video</source>
        <translation>Bật hình</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="347"/>
        <source>Mute video</source>
        <translation>Tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="351"/>
        <source>Disconnect…</source>
        <translation>Ngắt kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="354"/>
        <source>Dial</source>
        <translation>Gọi điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="378"/>
        <source>Disconnect site</source>
        <translation>Ngắt điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="379"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation>Ngắt %1 khỏi cuộc họp?</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="417"/>
        <source>Layout presets</source>
        <translation>Bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="417"/>
        <source>The console is not connected yet.</source>
        <translation>Bảng điều khiển chưa kết nối.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="455"/>
        <source>This site&apos;s camera has no address, and this MCU&apos;s dialect cannot move cameras (far-end camera control).</source>
        <translation>Camera của điểm cầu này chưa có địa chỉ, và loại MCU này không điều khiển được camera đầu xa.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="459"/>
        <location filename="../../widgets/shell/live.py" line="466"/>
        <source>Camera presets</source>
        <translation>Khung hình camera</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/live.py" line="452"/>
        <source>This site&apos;s camera has no address and the site is not in the meeting.</source>
        <translation>Camera của điểm cầu này chưa có địa chỉ và điểm cầu không có trong cuộc họp.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../widgets/shell/app.py" line="114"/>
        <source>The log cannot be opened</source>
        <translation>Không mở được nhật ký</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="115"/>
        <source>The console cannot open its log %1.</source>
        <translation>Bàn điều khiển không mở được nhật ký %1.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="117"/>
        <source>%1

Choose another SQLite file to keep the log in, or quit.</source>
        <translation>%1

Chọn một tệp SQLite khác để ghi nhật ký, hoặc thoát.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="119"/>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="121"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="131"/>
        <source>Choose the log (a SQLite file)</source>
        <translation>Chọn nhật ký (một tệp SQLite)</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="133"/>
        <source>SQLite logs (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Nhật ký SQLite (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="31"/>
        <source>Bridgewall — Video-conference control center</source>
        <translation>Bridgewall — Trung tâm điều khiển hội nghị truyền hình trực tuyến</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="34"/>
        <source>No active meeting</source>
        <translation>Chưa có cuộc họp đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="39"/>
        <source>Floor requests</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="42"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="44"/>
        <source>Layouts</source>
        <translation>Bố cục hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="47"/>
        <location filename="../../widgets/shell/main_window.py" line="111"/>
        <source>Log: %1</source>
        <translation>Sổ theo dõi: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="64"/>
        <source>Nothing yet</source>
        <translation>Chưa có mục nào</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="71"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="72"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="77"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="79"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="83"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="84"/>
        <source>&amp;About Bridgewall</source>
        <translation>&amp;Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="91"/>
        <source>About Bridgewall</source>
        <translation>Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="92"/>
        <source>Bridgewall — control-room console for government video-conference networks.</source>
        <translation>Bridgewall — bàn điều khiển cho hệ thống hội nghị truyền hình trực tuyến của cơ quan nhà nước.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="99"/>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="114"/>
        <source>Log: cannot write — %1</source>
        <translation>Sổ theo dõi: không ghi được — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="134"/>
        <source>No MCU configured: the log only</source>
        <translation>Chưa cấu hình MCU: chỉ xem sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/main_window.py" line="137"/>
        <source>Give --mcu pexip+https://HOST:PORT, or [mcu] url in the configuration file, or start with --demo.</source>
        <translation>Dùng --mcu pexip+https://MÁY:CỔNG, hoặc khóa url trong mục [mcu] của tệp cấu hình, hoặc chạy với --demo.</translation>
    </message>
    <message>
        <location filename="../../widgets/shell/app.py" line="333"/>
        <source>The MCU&apos;s password travels unencrypted (pexip+http): use pexip+https</source>
        <translation>Mật khẩu MCU được gửi không mã hóa (pexip+http): hãy dùng pexip+https</translation>
    </message>
</context>
<context>
    <name>SiteDetail</name>
    <message>
        <location filename="../../widgets/site/detail.py" line="90"/>
        <source>loss received</source>
        <translation>mất gói nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="91"/>
        <source>loss sent</source>
        <translation>mất gói gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="92"/>
        <source>jitter received</source>
        <translation>jitter nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="93"/>
        <source>jitter sent</source>
        <translation>jitter gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="94"/>
        <source>bitrate received</source>
        <translation>tốc độ nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="95"/>
        <source>bitrate sent</source>
        <translation>tốc độ gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="96"/>
        <source>frame rate received</source>
        <translation>khung hình/giây nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="97"/>
        <source>audio bitrate</source>
        <translation>tốc độ âm thanh</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="98"/>
        <source>video bitrate</source>
        <translation>tốc độ hình ảnh</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="99"/>
        <source>speaking</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="105"/>
        <source>Packet loss (%)</source>
        <translation>Mất gói tin (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="106"/>
        <source>Jitter (ms)</source>
        <translation>Jitter (ms)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="107"/>
        <source>Bitrate (kbps)</source>
        <translation>Tốc độ bit (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="108"/>
        <source>Frame rate (fps)</source>
        <translation>Tốc độ khung hình (fps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="109"/>
        <source>Audio bitrate (kbps)</source>
        <translation>Tốc độ âm thanh (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="110"/>
        <source>Video bitrate (kbps)</source>
        <translation>Tốc độ hình ảnh (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="149"/>
        <source>no expected rate yet</source>
        <translation>chưa có tốc độ tham chiếu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="150"/>
        <source>expected %1 kbps (the site&apos;s recent peak unless configured)</source>
        <translation>tham chiếu %1 kbps (mức cao gần đây của điểm cầu nếu chưa cấu hình)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="173"/>
        <source>minutes before now</source>
        <translation>số phút trước</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <location filename="../../widgets/site/detail.py" line="397"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <location filename="../../widgets/site/detail.py" line="398"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="386"/>
        <location filename="../../widgets/site/detail.py" line="399"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="395"/>
        <source>Standby for</source>
        <translation>Trực hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="396"/>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="404"/>
        <source>“%1” is not in the registry: no technicians or standby contacts are known.</source>
        <translation>“%1” không có trong danh sách điểm cầu: chưa có cán bộ kỹ thuật hay đầu mối trực.</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="418"/>
        <source>Technicians</source>
        <translation>Cán bộ kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="420"/>
        <source>Telecom and power standby contacts</source>
        <translation>Đầu mối trực viễn thông và điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="448"/>
        <source>Media (15 min)</source>
        <translation>Tín hiệu (15 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="449"/>
        <source>Open incidents</source>
        <translation>Sự cố đang mở</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="450"/>
        <source>Joins and leaves</source>
        <translation>Vào / rời hội nghị</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="451"/>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="456"/>
        <source>Commands</source>
        <translation>Lệnh điều khiển</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="489"/>
        <source>not in the registry</source>
        <translation>không có trong danh sách điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="499"/>
        <source>Telecom provider</source>
        <translation>Doanh nghiệp viễn thông</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="500"/>
        <source>Power company</source>
        <translation>Điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="504"/>
        <source>(none recorded)</source>
        <translation>(chưa có thông tin)</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="577"/>
        <source>Disconnect site</source>
        <translation>Ngắt điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="578"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation>Ngắt %1 khỏi cuộc họp?</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="584"/>
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="585"/>
        <source>Keep connected</source>
        <translation>Giữ kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="621"/>
        <source>Unmute audio</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="621"/>
        <source>Mute audio</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="624"/>
        <source>Unmute video</source>
        <translation>Bật hình</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="624"/>
        <source>Mute video</source>
        <translation>Tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="626"/>
        <source>Disconnect…</source>
        <translation>Ngắt kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="627"/>
        <source>Dial</source>
        <translation>Gọi điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="634"/>
        <source>Not in the registry: no address to dial</source>
        <translation>Không có trong danh sách: không có địa chỉ để gọi</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="636"/>
        <source>● connected</source>
        <translation>● đang kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="636"/>
        <source>⊘ not connected</source>
        <translation>⊘ chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="637"/>
        <source>audio muted</source>
        <translation>đã tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site/detail.py" line="638"/>
        <source>video muted</source>
        <translation>đã tắt hình</translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="93"/>
        <source>Filter sites by name or code…</source>
        <translation>Lọc điểm cầu theo tên hoặc mã…</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="110"/>
        <source>Add →</source>
        <translation>Thêm →</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="111"/>
        <source>← Remove</source>
        <translation>← Bỏ</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="112"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="113"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="123"/>
        <source>Spotlighted, in order (main positions first):</source>
        <translation>Ưu tiên hiển thị, theo thứ tự (vị trí chính trước):</translation>
    </message>
    <message>
        <location filename="../../widgets/layouts/editor.py" line="171"/>
        <source>Not in the site registry</source>
        <translation>Không có trong danh bạ điểm cầu</translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <location filename="../../widgets/wall/panel.py" line="35"/>
        <source>Filter sites (Ctrl+F)…</source>
        <translation>Lọc điểm cầu (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="42"/>
        <source>Problems first</source>
        <translation>Sự cố lên trước</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="44"/>
        <source>By name</source>
        <translation>Theo tên</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="43"/>
        <source>By tier and cluster</source>
        <translation>Theo cấp và cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="51"/>
        <source>Group by cluster</source>
        <translation>Nhóm theo cụm</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="55"/>
        <source>Larger tiles (Ctrl++)</source>
        <translation>Ô lớn hơn (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="56"/>
        <source>Smaller tiles (Ctrl+-)</source>
        <translation>Ô nhỏ hơn (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="57"/>
        <source>Fit every site (Ctrl+0)</source>
        <translation>Vừa mọi điểm cầu (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="111"/>
        <source>No sites in the meeting yet</source>
        <translation>Chưa có điểm cầu nào trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/panel.py" line="117"/>
        <source>%1 connected · ⊘ %2 lost · ✖ %3 red · ▲ %4 amber</source>
        <translation>%1 đang kết nối · ⊘ %2 mất kết nối · ✖ %3 đỏ · ▲ %4 vàng</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../widgets/wall/view.py" line="406"/>
        <source>Not in the site registry</source>
        <translation>Không có trong danh bạ điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="408"/>
        <source>Central and province</source>
        <translation>Trung ương và tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="600"/>
        <source>lost</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="602"/>
        <source>floor</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="604"/>
        <source>hand</source>
        <translation>xin phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/view.py" line="612"/>
        <source>%1 s old</source>
        <translation>cũ %1 giây</translation>
    </message>
</context>
</TS>
