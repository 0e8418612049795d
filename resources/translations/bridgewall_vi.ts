<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../widgets/site_detail.py" line="250"/>
        <source>Joined</source>
        <translation>Vào lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="250"/>
        <source>Left</source>
        <translation>Rời lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="250"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="250"/>
        <source>How it ended</source>
        <translation>Cách rời</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="265"/>
        <source>● connected</source>
        <translation>● đang kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="271"/>
        <source>disconnected by the operator</source>
        <translation>điều hành viên ngắt</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="271"/>
        <source>✖ dropped</source>
        <translation>✖ rớt kết nối</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../../widgets/calibration.py" line="113"/>
        <source>Position unknown</source>
        <translation>Chưa rõ vị trí</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="115"/>
        <source>Pan %1 · Tilt %2 · Zoom %3</source>
        <translation>Quay %1 · Nghiêng %2 · Thu phóng %3</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../widgets/calibration.py" line="299"/>
        <source>Camera calibration — %1</source>
        <translation>Hiệu chỉnh camera — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="306"/>
        <source>Far-end camera control through the MCU: jog only. Presets, positions and the review need the camera&apos;s own address (VISCA over IP).</source>
        <translation>Điều khiển camera đầu xa qua MCU: chỉ di chuyển được. Khung hình đặt sẵn, vị trí và kiểm tra định kỳ cần địa chỉ riêng của camera (VISCA qua IP).</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="318"/>
        <source>Move the camera</source>
        <translation>Di chuyển camera</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="322"/>
        <source>Tilt up (↑)</source>
        <translation>Ngẩng lên (↑)</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="323"/>
        <source>Pan left (←)</source>
        <translation>Quay trái (←)</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="324"/>
        <source>Pan right (→)</source>
        <translation>Quay phải (→)</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="325"/>
        <source>Tilt down (↓)</source>
        <translation>Cúi xuống (↓)</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="326"/>
        <source>Zoom in (+)</source>
        <translation>Phóng to (+)</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="327"/>
        <source>Zoom out (−)</source>
        <translation>Thu nhỏ (−)</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="342"/>
        <source>Speed</source>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="346"/>
        <source>Store the current framing</source>
        <translation>Lưu khung hình hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="359"/>
        <source>e.g. chair&apos;s desk, centre</source>
        <translation>ví dụ: bàn chủ tọa, chính giữa</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="360"/>
        <source>Slot</source>
        <translation>Ô nhớ</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="361"/>
        <location filename="../../widgets/calibration.py" line="640"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="362"/>
        <source>Seating chart</source>
        <translation>Sơ đồ chỗ ngồi</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="366"/>
        <source>Store</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="369"/>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="372"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="375"/>
        <source>Speaker preset</source>
        <translation>Khung hình người phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="378"/>
        <source>Compare with now</source>
        <translation>So với hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="381"/>
        <source>Verify presets</source>
        <translation>Kiểm tra khung hình</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="391"/>
        <source>How far a recalled preset may land from the stored position (camera units)</source>
        <translation>Độ lệch cho phép giữa vị trí gọi lại và vị trí đã lưu (đơn vị của camera)</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="411"/>
        <source>Tolerance</source>
        <translation>Sai số cho phép</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="455"/>
        <source>Reading the stored presets…</source>
        <translation>Đang đọc các khung hình đã lưu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/calibration.py" line="466"/>
        <source>%n preset(s) stored for this site</source>
        <translation>
            <numerusform>Điểm cầu có %n khung hình đã lưu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="545"/>
        <source>Moving the camera</source>
        <translation>Đang di chuyển camera</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="560"/>
        <source>Camera stopped</source>
        <translation>Camera đã dừng</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="585"/>
        <source>Give the preset a name first.</source>
        <translation>Hãy đặt tên cho khung hình trước.</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="595"/>
        <source>Preset %1 “%2” stored at %3</source>
        <translation>Đã lưu khung hình %1 “%2” tại %3</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="604"/>
        <source>Storing preset %1…</source>
        <translation>Đang lưu khung hình %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="617"/>
        <source>Preset %1 recalled</source>
        <translation>Đã gọi lại khung hình %1</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="622"/>
        <source>Preset %1 recalled, but the camera landed off: %2</source>
        <translation>Đã gọi lại khung hình %1 nhưng camera bị lệch: %2</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="632"/>
        <source>Recalling preset %1…</source>
        <translation>Đang gọi lại khung hình %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="640"/>
        <source>Rename preset</source>
        <translation>Đổi tên khung hình</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="648"/>
        <source>Preset %1 renamed</source>
        <translation>Đã đổi tên khung hình %1</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="650"/>
        <source>Renaming…</source>
        <translation>Đang đổi tên…</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="661"/>
        <source>Preset %1 is now the speaker preset of this site</source>
        <translation>Khung hình %1 nay là khung hình người phát biểu của điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="665"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="673"/>
        <source>Compared with the current position</source>
        <translation>Đã so với vị trí hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="675"/>
        <source>Reading the camera&apos;s position…</source>
        <translation>Đang đọc vị trí camera…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/calibration.py" line="692"/>
        <source>%n preset(s) drifted: </source>
        <translation>
            <numerusform>%n khung hình bị lệch: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/calibration.py" line="696"/>
        <source>Every preset lands where it was stored</source>
        <translation>Mọi khung hình đều về đúng vị trí đã lưu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/calibration.py" line="700"/>
        <source>Reviewing %n preset(s): each is recalled and read back…</source>
        <translation>
            <numerusform>Đang kiểm tra %n khung hình: gọi lại từng khung và đọc lại vị trí…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <location filename="../../widgets/floor_panel.py" line="353"/>
        <source>Give the floor</source>
        <translation>Cho phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="354"/>
        <source>Deny</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="355"/>
        <source>End speaking</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="356"/>
        <source>Next speaker</source>
        <translation>Người phát biểu tiếp theo</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="357"/>
        <source>Lower hand</source>
        <translation>Hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="359"/>
        <source>Lower all hands</source>
        <translation>Hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="384"/>
        <source>Request by phone, e-mail or Zalo</source>
        <translation>Đăng ký qua điện thoại, thư điện tử hoặc Zalo</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="398"/>
        <source>Add to the queue</source>
        <translation>Thêm vào hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="401"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="402"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="403"/>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="404"/>
        <source>Came by</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="406"/>
        <source>Add a request</source>
        <translation>Thêm đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="447"/>
        <source>%1: speaking time ends at %2</source>
        <translation>%1: hết thời gian phát biểu lúc %2</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="470"/>
        <source>Nobody has the floor</source>
        <translation>Chưa có ai phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="559"/>
        <source>Choose the site that asked to speak</source>
        <translation>Chọn điểm cầu đăng ký phát biểu</translation>
    </message>
</context>
<context>
    <name>FloorText</name>
    <message>
        <location filename="../../widgets/floor_panel.py" line="94"/>
        <source>Raised hand</source>
        <translation>Giơ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="95"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="96"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="97"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="98"/>
        <source>Operator</source>
        <translation>Điều hành viên</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="104"/>
        <source>Pending</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="105"/>
        <source>Queued</source>
        <translation>Trong hàng chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="106"/>
        <source>Speaking</source>
        <translation>Đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="107"/>
        <source>Denied</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="108"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="109"/>
        <source>Finished</source>
        <translation>Đã phát biểu xong</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="110"/>
        <source>Revoked</source>
        <translation>Bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="116"/>
        <source>Lowest</source>
        <translation>Thấp nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="117"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="118"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="119"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="120"/>
        <source>Highest</source>
        <translation>Cao nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="127"/>
        <source>mute the previous speaker</source>
        <translation>tắt micro người phát biểu trước</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="128"/>
        <source>spotlight off the previous speaker</source>
        <translation>bỏ làm nổi bật người phát biểu trước</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="131"/>
        <source>unmute</source>
        <translation>bật micro</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="132"/>
        <source>camera preset</source>
        <translation>khung hình camera</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="133"/>
        <source>spotlight</source>
        <translation>làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="134"/>
        <source>speaker layout</source>
        <translation>bố cục người phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="135"/>
        <source>lower hand</source>
        <translation>hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="136"/>
        <source>mute</source>
        <translation>tắt micro</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="137"/>
        <source>spotlight off</source>
        <translation>bỏ làm nổi bật</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="138"/>
        <source>restore layout</source>
        <translation>khôi phục bố cục</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="139"/>
        <source>lower all hands</source>
        <translation>hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="145"/>
        <source>Give the floor</source>
        <translation>Cho phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="146"/>
        <source>End speaking</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="147"/>
        <source>Take the floor back</source>
        <translation>Thu hồi quyền phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="148"/>
        <source>Speaking time is up</source>
        <translation>Hết thời gian phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="149"/>
        <source>Unmuted at the MCU</source>
        <translation>Đã bật micro tại MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="150"/>
        <source>Lower hand</source>
        <translation>Hạ tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="151"/>
        <source>Lower all hands</source>
        <translation>Hạ tất cả tay</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="152"/>
        <source>Deny</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="153"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="154"/>
        <source>Reorder</source>
        <translation>Sắp xếp lại</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="155"/>
        <source>Add request</source>
        <translation>Thêm đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="161"/>
        <source>not connected to an MCU</source>
        <translation>chưa kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="162"/>
        <source>the site is not in the meeting</source>
        <translation>điểm cầu không có trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="163"/>
        <source>another action on this site is still running</source>
        <translation>một thao tác khác trên điểm cầu này đang chạy</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="164"/>
        <source>no meeting to file it in</source>
        <translation>không có cuộc họp để ghi đăng ký</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="176"/>
        <source>refused (%1)</source>
        <translation>bị từ chối (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="185"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="186"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="187"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="188"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="189"/>
        <source>Waiting</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="190"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="191"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../widgets/floor_panel.py" line="254"/>
        <source>Requested at %1</source>
        <translation>Đăng ký lúc %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="441"/>
        <source>Resolve incident</source>
        <translation>Kết thúc sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="441"/>
        <source>Incident details</source>
        <translation>Thông tin sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="451"/>
        <source>What failed, as reported by the site or the provider</source>
        <translation>Hỏng gì, theo báo cáo của điểm cầu hoặc nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="454"/>
        <source>What is being done about it</source>
        <translation>Đang khắc phục thế nào</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="457"/>
        <source>HH:MM, or +minutes</source>
        <translation>HH:MM, hoặc +số phút</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="467"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Nguyên nhân:</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="468"/>
        <source>&amp;Fix:</source>
        <translation>&amp;Cách khắc phục:</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="470"/>
        <source>Expected &amp;restore time:</source>
        <translation>Thời gian &amp;dự kiến khắc phục:</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="476"/>
        <source>Resolve</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="476"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="501"/>
        <source>✖ The expected restore time %1 is already past: give a later time.</source>
        <translation>✖ Thời gian dự kiến %1 đã qua: hãy nhập thời điểm muộn hơn.</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="505"/>
        <source>✖ Cannot read “%1” as a time: type HH:MM (e.g. 14:30) or +minutes (e.g. +20).</source>
        <translation>✖ Không hiểu “%1” là thời gian: nhập HH:MM (vd. 14:30) hoặc +số phút (vd. +20).</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="515"/>
        <source>No expected restore time</source>
        <translation>Chưa có thời gian dự kiến khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="519"/>
        <source>→ %1, in %2 min</source>
        <translation>→ %1, còn %2 phút</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="200"/>
        <source>Opened</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="201"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="202"/>
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="203"/>
        <source>Kind</source>
        <translation>Loại sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="204"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="205"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="206"/>
        <source>Expected restore</source>
        <translation>Dự kiến khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="207"/>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="236"/>
        <source>%n site(s) on provider %1</source>
        <translation>
            <numerusform>%n điểm cầu của nhà cung cấp %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="238"/>
        <source>%n site(s) in %1</source>
        <translation>
            <numerusform>%n điểm cầu thuộc %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="239"/>
        <source>Shared fault</source>
        <translation>Sự cố chung</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="249"/>
        <source>✔ Resolved %1</source>
        <translation>✔ Đã khắc phục %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="251"/>
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="254"/>
        <source>✓ Acknowledged by %1</source>
        <translation>✓ %1 đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="255"/>
        <source>● Open</source>
        <translation>● Chưa xử lý</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="264"/>
        <source>%1 (in %2 min)</source>
        <translation>%1 (còn %2 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="265"/>
        <source>%1 (overdue %2 min)</source>
        <translation>%1 (quá hạn %2 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="272"/>
        <source>Opened %1</source>
        <translation>Bắt đầu %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="280"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 tiếp nhận lúc %2</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="285"/>
        <source>Cause: %1</source>
        <translation>Nguyên nhân: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="287"/>
        <source>Fix: %1</source>
        <translation>Cách khắc phục: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="289"/>
        <source>Expected restore: %1</source>
        <translation>Dự kiến khắc phục: %1</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="602"/>
        <source>Acknowledge</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="606"/>
        <source>Cause / fix / restore time…</source>
        <translation>Nguyên nhân / khắc phục / thời gian…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="611"/>
        <source>Resolve…</source>
        <translation>Kết thúc…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="613"/>
        <location filename="../../widgets/incident_panel.py" line="803"/>
        <source>Mute alarm</source>
        <translation>Tắt chuông báo</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="620"/>
        <source>Show resolved</source>
        <translation>Hiện sự cố đã khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="624"/>
        <source>The %1 most recently resolved incidents; the log keeps them all.</source>
        <translation>%1 sự cố được xử lý gần nhất; nhật ký lưu đầy đủ tất cả.</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="803"/>
        <source>Alarm muted</source>
        <translation>Đã tắt chuông</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="841"/>
        <source>(%n critical incident(s) not acknowledged)</source>
        <translation>
            <numerusform>(%n sự cố nghiêm trọng chưa tiếp nhận)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="842"/>
        <source>[A] acknowledge</source>
        <translation>[A] tiếp nhận</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="865"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n chưa khắc phục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="119"/>
        <source>Lost connection</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="120"/>
        <source>No sound</source>
        <translation>Mất tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="121"/>
        <source>No picture</source>
        <translation>Mất hình</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="122"/>
        <source>Packet loss</source>
        <translation>Mất gói tin</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="123"/>
        <source>Jitter</source>
        <translation>Trễ biến thiên (jitter)</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="124"/>
        <source>Low bitrate</source>
        <translation>Tốc độ bit thấp</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="125"/>
        <source>MCU unreachable</source>
        <translation>Không kết nối được MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="126"/>
        <source>Power failure</source>
        <translation>Mất điện</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="127"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="134"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="135"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="136"/>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
</context>
<context>
    <name>LayoutBar</name>
    <message>
        <location filename="../../widgets/layout_bar.py" line="207"/>
        <location filename="../../widgets/layout_bar.py" line="261"/>
        <source>Reading the MCU&apos;s layouts…</source>
        <translation>Đang đọc các bố cục của MCU…</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="212"/>
        <source>Edit presets…</source>
        <translation>Sửa bố cục đặt sẵn…</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="217"/>
        <source>Define the control center&apos;s named presets (%1)</source>
        <translation>Định nghĩa các bố cục đặt sẵn của trung tâm điều khiển (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="237"/>
        <source>Apply layout %1</source>
        <translation>Áp dụng bố cục %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/layout_bar.py" line="250"/>
        <source>%n layout(s) offered by the MCU</source>
        <translation>
            <numerusform>MCU có %n bố cục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="267"/>
        <source>Cannot read the MCU&apos;s layouts: %1</source>
        <translation>Không đọc được bố cục của MCU: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="309"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="312"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="351"/>
        <source>not connected to an MCU</source>
        <translation>chưa kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="376"/>
        <source>Applying %1</source>
        <translation>Đang áp dụng %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="378"/>
        <source>%1 applied</source>
        <translation>Đã áp dụng %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="382"/>
        <source>no answer in time</source>
        <translation>không trả lời kịp</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="383"/>
        <source>MCU unreachable</source>
        <translation>Không kết nối được MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="384"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="385"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LayoutButton</name>
    <message>
        <location filename="../../widgets/layout_bar.py" line="124"/>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="132"/>
        <source>… sending</source>
        <translation>… đang gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="135"/>
        <source>✓ done</source>
        <translation>✓ đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="137"/>
        <source>✖ failed</source>
        <translation>✖ thất bại</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="153"/>
        <source>Layout %1</source>
        <translation>Bố cục %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="157"/>
        <source>Main positions: %1</source>
        <translation>Vị trí chính: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="159"/>
        <source>Overlay text: %1</source>
        <translation>Chữ hiển thị: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="161"/>
        <source>Active now</source>
        <translation>Đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_bar.py" line="163"/>
        <source>Key %1</source>
        <translation>Phím %1</translation>
    </message>
</context>
<context>
    <name>LayoutPresetEditor</name>
    <message>
        <location filename="../../widgets/layout_presets.py" line="224"/>
        <source>Layout presets</source>
        <translation>Bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="244"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="245"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="246"/>
        <location filename="../../widgets/layout_presets.py" line="614"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="247"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="249"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="266"/>
        <location filename="../../widgets/layout_presets.py" line="520"/>
        <source>Preset</source>
        <translation>Bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="270"/>
        <source>e.g. Khai mạc</source>
        <translation>ví dụ: Khai mạc</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="283"/>
        <source>Shown over the picture, e.g. Giao ban tháng 3</source>
        <translation>Hiển thị trên hình, ví dụ: Giao ban tháng 3</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="289"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="293"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="305"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="306"/>
        <source>Layout:</source>
        <translation>Bố cục:</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="308"/>
        <source>Sites:</source>
        <translation>Điểm cầu:</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="309"/>
        <source>Overlay text:</source>
        <translation>Chữ hiển thị:</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="403"/>
        <source>Layout %1</source>
        <translation>Bố cục %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="405"/>
        <source>Main positions: %1</source>
        <translation>Vị trí chính: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="407"/>
        <source>Overlay text: %1</source>
        <translation>Chữ hiển thị: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="445"/>
        <source>auto (%1)</source>
        <translation>tự động (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="475"/>
        <source>%1 site(s) chosen; the MCU arranges this layout itself</source>
        <translation>Đã chọn %1 điểm cầu; MCU tự sắp xếp bố cục này</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="479"/>
        <source>%1 of %2 sites this layout shows</source>
        <translation>%1 / %2 điểm cầu bố cục này hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="504"/>
        <source>New preset</source>
        <translation>Bố cục đặt sẵn mới</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="504"/>
        <source>Preset “%1”</source>
        <translation>Bố cục đặt sẵn “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="532"/>
        <source>Give the preset a name.</source>
        <translation>Hãy đặt tên cho bố cục.</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="535"/>
        <source>A preset named “%1” already exists: choose another name.</source>
        <translation>Đã có bố cục đặt sẵn tên “%1”: hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="538"/>
        <source>Choose a layout.</source>
        <translation>Hãy chọn một bố cục.</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="542"/>
        <source>Layout %1 shows at most %2 site(s); %3 are chosen: remove some.</source>
        <translation>Bố cục %1 hiển thị tối đa %2 điểm cầu; đang chọn %3: hãy bỏ bớt.</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="575"/>
        <source>Saving “%1”</source>
        <translation>Đang lưu “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="585"/>
        <source>“%1” saved</source>
        <translation>Đã lưu “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="590"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="607"/>
        <source>Delete preset</source>
        <translation>Xóa bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="608"/>
        <source>Delete the preset “%1”? The bar will no longer offer it.</source>
        <translation>Xóa bố cục đặt sẵn “%1”? Thanh bố cục sẽ không còn nút này.</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="615"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="627"/>
        <source>Deleting “%1”</source>
        <translation>Đang xóa “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="633"/>
        <source>“%1” deleted</source>
        <translation>Đã xóa “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="638"/>
        <source>Not deleted: %1</source>
        <translation>Chưa xóa được: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="657"/>
        <source>Moving “%1”</source>
        <translation>Đang chuyển “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="666"/>
        <source>“%1” moved</source>
        <translation>Đã chuyển “%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="668"/>
        <source>Not moved: %1</source>
        <translation>Chưa chuyển được: %1</translation>
    </message>
</context>
<context>
    <name>LiveConsole</name>
    <message>
        <location filename="../../widgets/live.py" line="256"/>
        <location filename="../../widgets/live.py" line="290"/>
        <location filename="../../widgets/live.py" line="431"/>
        <source>not connected to an MCU</source>
        <translation>chưa kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="274"/>
        <location filename="../../widgets/live.py" line="348"/>
        <source>Camera presets…</source>
        <translation>Khung hình camera…</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="294"/>
        <source>the site is not in the meeting</source>
        <translation>điểm cầu không có trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="339"/>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="341"/>
        <source>Unmute audio</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="341"/>
        <source>Mute audio</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="342"/>
        <source>Unmute video</source>
        <translation>Bật hình</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="342"/>
        <source>Mute video</source>
        <translation>Tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="345"/>
        <source>Disconnect…</source>
        <translation>Ngắt kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="347"/>
        <source>Dial</source>
        <translation>Gọi điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="370"/>
        <source>Disconnect site</source>
        <translation>Ngắt điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="371"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation>Ngắt %1 khỏi cuộc họp?</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="413"/>
        <source>Layout presets</source>
        <translation>Bố cục đặt sẵn</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="413"/>
        <source>The console is not connected yet.</source>
        <translation>Bảng điều khiển chưa kết nối.</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="465"/>
        <source>Camera presets</source>
        <translation>Khung hình camera</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="466"/>
        <source>This site&apos;s camera has no address and the site is not in the meeting.</source>
        <translation>Camera của điểm cầu này chưa có địa chỉ và điểm cầu không có trong cuộc họp.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="31"/>
        <source>Bridgewall — Video-conference control center</source>
        <translation>Bridgewall — Trung tâm điều khiển hội nghị truyền hình trực tuyến</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="34"/>
        <source>No active meeting</source>
        <translation>Chưa có cuộc họp đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="39"/>
        <source>Floor requests</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="42"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="44"/>
        <source>Layouts</source>
        <translation>Bố cục hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="47"/>
        <location filename="../../widgets/main_window.py" line="116"/>
        <source>Log: %1</source>
        <translation>Sổ theo dõi: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="64"/>
        <source>Nothing yet</source>
        <translation>Chưa có mục nào</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="71"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="72"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="77"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="79"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="83"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="84"/>
        <source>&amp;About Bridgewall</source>
        <translation>&amp;Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="91"/>
        <source>About Bridgewall</source>
        <translation>Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="92"/>
        <source>Bridgewall — control-room console for government video-conference networks.</source>
        <translation>Bridgewall — bàn điều khiển cho hệ thống hội nghị truyền hình trực tuyến của cơ quan nhà nước.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="98"/>
        <source>MCU: connecting…</source>
        <translation>MCU: đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="99"/>
        <source>MCU: connected</source>
        <translation>MCU: đã kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="100"/>
        <source>MCU: degraded</source>
        <translation>MCU: kết nối kém</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="101"/>
        <source>MCU: unreachable</source>
        <translation>MCU: mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="104"/>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="119"/>
        <source>Log: cannot write — %1</source>
        <translation>Sổ theo dõi: không ghi được — %1</translation>
    </message>
</context>
<context>
    <name>SiteDetail</name>
    <message>
        <location filename="../../widgets/site_detail.py" line="89"/>
        <source>loss received</source>
        <translation>mất gói nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="90"/>
        <source>loss sent</source>
        <translation>mất gói gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="91"/>
        <source>jitter received</source>
        <translation>jitter nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="92"/>
        <source>jitter sent</source>
        <translation>jitter gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="93"/>
        <source>bitrate received</source>
        <translation>tốc độ nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="94"/>
        <source>bitrate sent</source>
        <translation>tốc độ gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="95"/>
        <source>frame rate received</source>
        <translation>khung hình/giây nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="96"/>
        <source>audio bitrate</source>
        <translation>tốc độ âm thanh</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="97"/>
        <source>video bitrate</source>
        <translation>tốc độ hình ảnh</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="98"/>
        <source>speaking</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="104"/>
        <source>Packet loss (%)</source>
        <translation>Mất gói tin (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="105"/>
        <source>Jitter (ms)</source>
        <translation>Jitter (ms)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="106"/>
        <source>Bitrate (kbps)</source>
        <translation>Tốc độ bit (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="107"/>
        <source>Frame rate (fps)</source>
        <translation>Tốc độ khung hình (fps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="108"/>
        <source>Audio bitrate (kbps)</source>
        <translation>Tốc độ âm thanh (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="109"/>
        <source>Video bitrate (kbps)</source>
        <translation>Tốc độ hình ảnh (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="148"/>
        <source>no expected rate yet</source>
        <translation>chưa có tốc độ tham chiếu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="149"/>
        <source>expected %1 kbps (the site&apos;s recent peak unless configured)</source>
        <translation>tham chiếu %1 kbps (mức cao gần đây của điểm cầu nếu chưa cấu hình)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="172"/>
        <source>minutes before now</source>
        <translation>số phút trước</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <location filename="../../widgets/site_detail.py" line="368"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <location filename="../../widgets/site_detail.py" line="369"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="357"/>
        <location filename="../../widgets/site_detail.py" line="370"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="366"/>
        <source>Standby for</source>
        <translation>Trực hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="367"/>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="375"/>
        <source>“%1” is not in the registry: no technicians or standby contacts are known.</source>
        <translation>“%1” không có trong danh sách điểm cầu: chưa có cán bộ kỹ thuật hay đầu mối trực.</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="389"/>
        <source>Technicians</source>
        <translation>Cán bộ kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="391"/>
        <source>Telecom and power standby contacts</source>
        <translation>Đầu mối trực viễn thông và điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="417"/>
        <source>Media (15 min)</source>
        <translation>Tín hiệu (15 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="418"/>
        <source>Open incidents</source>
        <translation>Sự cố đang mở</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="419"/>
        <source>Joins and leaves</source>
        <translation>Vào / rời hội nghị</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="420"/>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="425"/>
        <source>Commands</source>
        <translation>Lệnh điều khiển</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="466"/>
        <source>not in the registry</source>
        <translation>không có trong danh sách điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="476"/>
        <source>Telecom provider</source>
        <translation>Doanh nghiệp viễn thông</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="477"/>
        <source>Power company</source>
        <translation>Điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="481"/>
        <source>(none recorded)</source>
        <translation>(chưa có thông tin)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="554"/>
        <source>Disconnect site</source>
        <translation>Ngắt điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="555"/>
        <source>Disconnect %1 from the meeting?</source>
        <translation>Ngắt %1 khỏi cuộc họp?</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="561"/>
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="562"/>
        <source>Keep connected</source>
        <translation>Giữ kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="585"/>
        <source>… sending</source>
        <translation>… đang gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="587"/>
        <source>✓ done</source>
        <translation>✓ đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="589"/>
        <source>✖ no answer in time</source>
        <translation>✖ quá thời gian chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="591"/>
        <source>✖ MCU unreachable</source>
        <translation>✖ mất kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="593"/>
        <source>✖ failed</source>
        <translation>✖ thất bại</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="605"/>
        <source>Unmute audio</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="605"/>
        <source>Mute audio</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="608"/>
        <source>Unmute video</source>
        <translation>Bật hình</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="608"/>
        <source>Mute video</source>
        <translation>Tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="610"/>
        <source>Disconnect…</source>
        <translation>Ngắt kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="611"/>
        <source>Dial</source>
        <translation>Gọi điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="618"/>
        <source>Not in the registry: no address to dial</source>
        <translation>Không có trong danh sách: không có địa chỉ để gọi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="620"/>
        <source>● connected</source>
        <translation>● đang kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="620"/>
        <source>⊘ not connected</source>
        <translation>⊘ chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="621"/>
        <source>audio muted</source>
        <translation>đã tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="622"/>
        <source>video muted</source>
        <translation>đã tắt hình</translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <location filename="../../widgets/layout_presets.py" line="93"/>
        <source>Filter sites by name or code…</source>
        <translation>Lọc điểm cầu theo tên hoặc mã…</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="110"/>
        <source>Add →</source>
        <translation>Thêm →</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="111"/>
        <source>← Remove</source>
        <translation>← Bỏ</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="112"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="113"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="123"/>
        <source>Spotlighted, in order (main positions first):</source>
        <translation>Ưu tiên hiển thị, theo thứ tự (vị trí chính trước):</translation>
    </message>
    <message>
        <location filename="../../widgets/layout_presets.py" line="171"/>
        <source>Not in the site registry</source>
        <translation>Không có trong danh bạ điểm cầu</translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <location filename="../../widgets/wall_panel.py" line="35"/>
        <source>Filter sites (Ctrl+F)…</source>
        <translation>Lọc điểm cầu (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="42"/>
        <source>Problems first</source>
        <translation>Sự cố lên trước</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="43"/>
        <source>By tier and district</source>
        <translation>Theo cấp và huyện</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="44"/>
        <source>By name</source>
        <translation>Theo tên</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="51"/>
        <source>Group by district</source>
        <translation>Nhóm theo huyện</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="55"/>
        <source>Larger tiles (Ctrl++)</source>
        <translation>Ô lớn hơn (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="56"/>
        <source>Smaller tiles (Ctrl+-)</source>
        <translation>Ô nhỏ hơn (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="57"/>
        <source>Fit every site (Ctrl+0)</source>
        <translation>Vừa mọi điểm cầu (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="108"/>
        <source>No sites in the meeting yet</source>
        <translation>Chưa có điểm cầu nào trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="114"/>
        <source>%1 connected · ⊘ %2 lost · ✖ %3 red · ▲ %4 amber</source>
        <translation>%1 đang kết nối · ⊘ %2 mất kết nối · ✖ %3 đỏ · ▲ %4 vàng</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../widgets/wall.py" line="404"/>
        <source>Not in the site registry</source>
        <translation>Không có trong danh bạ điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="406"/>
        <source>Central and province</source>
        <translation>Trung ương và tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="598"/>
        <source>lost</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="600"/>
        <source>floor</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="602"/>
        <source>hand</source>
        <translation>xin phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="610"/>
        <source>%1 s old</source>
        <translation>cũ %1 giây</translation>
    </message>
</context>
</TS>
