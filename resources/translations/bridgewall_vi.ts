<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../widgets/site_detail.py" line="249" />
        <source>Joined</source>
        <translation>Vào lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="249" />
        <source>Left</source>
        <translation>Rời lúc</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="249" />
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="249" />
        <source>How it ended</source>
        <translation>Cách rời</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="264" />
        <source>● connected</source>
        <translation>● đang kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="270" />
        <source>disconnected by the operator</source>
        <translation>điều hành viên ngắt</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="270" />
        <source>✖ dropped</source>
        <translation>✖ rớt kết nối</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="475" />
        <source>Resolve incident</source>
        <translation>Kết thúc sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="475" />
        <source>Incident details</source>
        <translation>Thông tin sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="485" />
        <source>What failed, as reported by the site or the provider</source>
        <translation>Hỏng gì, theo báo cáo của điểm cầu hoặc nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="488" />
        <source>What is being done about it</source>
        <translation>Đang khắc phục thế nào</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="491" />
        <source>HH:MM, or +minutes</source>
        <translation>HH:MM, hoặc +số phút</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="501" />
        <source>&amp;Cause:</source>
        <translation>&amp;Nguyên nhân:</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="502" />
        <source>&amp;Fix:</source>
        <translation>&amp;Cách khắc phục:</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="504" />
        <source>Expected &amp;restore time:</source>
        <translation>Thời gian &amp;dự kiến khắc phục:</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="510" />
        <source>Resolve</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="510" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="535" />
        <source>✖ The expected restore time %1 is already past: give a later time.</source>
        <translation>✖ Thời gian dự kiến %1 đã qua: hãy nhập thời điểm muộn hơn.</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="539" />
        <source>✖ Cannot read “%1” as a time: type HH:MM (e.g. 14:30) or +minutes (e.g. +20).</source>
        <translation>✖ Không hiểu “%1” là thời gian: nhập HH:MM (vd. 14:30) hoặc +số phút (vd. +20).</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="549" />
        <source>No expected restore time</source>
        <translation>Chưa có thời gian dự kiến khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="553" />
        <source>→ %1, in %2 min</source>
        <translation>→ %1, còn %2 phút</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="250" />
        <source>Opened</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="251" />
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="252" />
        <source>Site</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="253" />
        <source>Kind</source>
        <translation>Loại sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="254" />
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="255" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="256" />
        <source>Expected restore</source>
        <translation>Dự kiến khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="257" />
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="276" />
        <source>%n site(s) on provider %1</source>
        <translation><numerusform>%n điểm cầu của nhà cung cấp %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="278" />
        <source>%n site(s) in %1</source>
        <translation><numerusform>%n điểm cầu thuộc %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="279" />
        <source>Shared fault</source>
        <translation>Sự cố chung</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="289" />
        <source>✔ Resolved %1</source>
        <translation>✔ Đã khắc phục %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="291" />
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="294" />
        <source>✓ Acknowledged by %1</source>
        <translation>✓ %1 đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="295" />
        <source>● Open</source>
        <translation>● Chưa xử lý</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="304" />
        <source>%1 (in %2 min)</source>
        <translation>%1 (còn %2 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="305" />
        <source>%1 (overdue %2 min)</source>
        <translation>%1 (quá hạn %2 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="339" />
        <source>Opened %1</source>
        <translation>Bắt đầu %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="347" />
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 tiếp nhận lúc %2</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="352" />
        <source>Cause: %1</source>
        <translation>Nguyên nhân: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="354" />
        <source>Fix: %1</source>
        <translation>Cách khắc phục: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="356" />
        <source>Expected restore: %1</source>
        <translation>Dự kiến khắc phục: %1</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="636" />
        <source>Acknowledge</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="640" />
        <source>Cause / fix / restore time…</source>
        <translation>Nguyên nhân / khắc phục / thời gian…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="645" />
        <source>Resolve…</source>
        <translation>Kết thúc…</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="647" />
        <location filename="../../widgets/incident_panel.py" line="829" />
        <source>Mute alarm</source>
        <translation>Tắt chuông báo</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="654" />
        <source>Show resolved</source>
        <translation>Hiện sự cố đã khắc phục</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="829" />
        <source>Alarm muted</source>
        <translation>Đã tắt chuông</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="867" />
        <source>(%n critical incident(s) not acknowledged)</source>
        <translation><numerusform>(%n sự cố nghiêm trọng chưa tiếp nhận)</numerusform></translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="868" />
        <source>[A] acknowledge</source>
        <translation>[A] tiếp nhận</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/incident_panel.py" line="892" />
        <source>%n open</source>
        <translation><numerusform>%n chưa khắc phục</numerusform></translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <location filename="../../widgets/incident_panel.py" line="109" />
        <source>Lost connection</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="110" />
        <source>No sound</source>
        <translation>Mất tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="111" />
        <source>No picture</source>
        <translation>Mất hình</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="112" />
        <source>Packet loss</source>
        <translation>Mất gói tin</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="113" />
        <source>Jitter</source>
        <translation>Trễ biến thiên (jitter)</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="114" />
        <source>Low bitrate</source>
        <translation>Tốc độ bit thấp</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="115" />
        <source>MCU unreachable</source>
        <translation>Mất kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="116" />
        <source>Power failure</source>
        <translation>Mất điện</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="117" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="124" />
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="125" />
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../widgets/incident_panel.py" line="126" />
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
</context>
<context>
    <name>LiveConsole</name>
    <message>
        <location filename="../../widgets/live.py" line="158" />
        <source>not connected to an MCU</source>
        <translation>chưa kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/live.py" line="162" />
        <source>the site is not in the meeting</source>
        <translation>điểm cầu không có trong cuộc họp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="31" />
        <source>Bridgewall — Video-conference control center</source>
        <translation>Bridgewall — Trung tâm điều khiển hội nghị truyền hình trực tuyến</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="34" />
        <source>No active meeting</source>
        <translation>Chưa có cuộc họp đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="39" />
        <source>Floor requests</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="42" />
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="46" />
        <location filename="../../widgets/main_window.py" line="115" />
        <source>Log: %1</source>
        <translation>Sổ theo dõi: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="63" />
        <source>Nothing yet</source>
        <translation>Chưa có mục nào</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="70" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="71" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="76" />
        <source>&amp;Meeting</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="78" />
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="82" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="83" />
        <source>&amp;About Bridgewall</source>
        <translation>&amp;Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="90" />
        <source>About Bridgewall</source>
        <translation>Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="91" />
        <source>Bridgewall — control-room console for government video-conference networks.</source>
        <translation>Bridgewall — bàn điều khiển cho hệ thống hội nghị truyền hình trực tuyến của cơ quan nhà nước.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="97" />
        <source>MCU: connecting…</source>
        <translation>MCU: đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="98" />
        <source>MCU: connected</source>
        <translation>MCU: đã kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="99" />
        <source>MCU: degraded</source>
        <translation>MCU: kết nối kém</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="100" />
        <source>MCU: unreachable</source>
        <translation>MCU: mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="103" />
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="118" />
        <source>Log: cannot write — %1</source>
        <translation>Sổ theo dõi: không ghi được — %1</translation>
    </message>
</context>
<context>
    <name>SiteDetail</name>
    <message>
        <location filename="../../widgets/site_detail.py" line="88" />
        <source>loss received</source>
        <translation>mất gói nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="89" />
        <source>loss sent</source>
        <translation>mất gói gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="90" />
        <source>jitter received</source>
        <translation>jitter nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="91" />
        <source>jitter sent</source>
        <translation>jitter gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="92" />
        <source>bitrate received</source>
        <translation>tốc độ nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="93" />
        <source>bitrate sent</source>
        <translation>tốc độ gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="94" />
        <source>frame rate received</source>
        <translation>khung hình/giây nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="95" />
        <source>audio bitrate</source>
        <translation>tốc độ âm thanh</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="96" />
        <source>video bitrate</source>
        <translation>tốc độ hình ảnh</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="97" />
        <source>speaking</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="103" />
        <source>Packet loss (%)</source>
        <translation>Mất gói tin (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="104" />
        <source>Jitter (ms)</source>
        <translation>Jitter (ms)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="105" />
        <source>Bitrate (kbps)</source>
        <translation>Tốc độ bit (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="106" />
        <source>Frame rate (fps)</source>
        <translation>Tốc độ khung hình (fps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="107" />
        <source>Audio bitrate (kbps)</source>
        <translation>Tốc độ âm thanh (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="108" />
        <source>Video bitrate (kbps)</source>
        <translation>Tốc độ hình ảnh (kbps)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="147" />
        <source>no expected rate yet</source>
        <translation>chưa có tốc độ tham chiếu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="148" />
        <source>expected %1 kbps (the site's recent peak unless configured)</source>
        <translation>tham chiếu %1 kbps (mức cao gần đây của điểm cầu nếu chưa cấu hình)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="171" />
        <source>minutes before now</source>
        <translation>số phút trước</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359" />
        <location filename="../../widgets/site_detail.py" line="370" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359" />
        <location filename="../../widgets/site_detail.py" line="371" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="359" />
        <location filename="../../widgets/site_detail.py" line="372" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="368" />
        <source>Standby for</source>
        <translation>Trực hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="369" />
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="377" />
        <source>“%1” is not in the registry: no technicians or standby contacts are known.</source>
        <translation>“%1” không có trong danh sách điểm cầu: chưa có cán bộ kỹ thuật hay đầu mối trực.</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="391" />
        <source>Technicians</source>
        <translation>Cán bộ kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="393" />
        <source>Telecom and power standby contacts</source>
        <translation>Đầu mối trực viễn thông và điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="419" />
        <source>Media (15 min)</source>
        <translation>Tín hiệu (15 phút)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="420" />
        <source>Open incidents</source>
        <translation>Sự cố đang mở</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="421" />
        <source>Joins and leaves</source>
        <translation>Vào / rời hội nghị</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="422" />
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="427" />
        <source>Commands</source>
        <translation>Lệnh điều khiển</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="468" />
        <source>not in the registry</source>
        <translation>không có trong danh sách điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="478" />
        <source>Telecom provider</source>
        <translation>Doanh nghiệp viễn thông</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="479" />
        <source>Power company</source>
        <translation>Điện lực</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="483" />
        <source>(none recorded)</source>
        <translation>(chưa có thông tin)</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="556" />
        <source>Disconnect site</source>
        <translation>Ngắt điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="557" />
        <source>Disconnect %1 from the meeting?</source>
        <translation>Ngắt %1 khỏi cuộc họp?</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="563" />
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="564" />
        <source>Keep connected</source>
        <translation>Giữ kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="587" />
        <source>… sending</source>
        <translation>… đang gửi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="589" />
        <source>✓ done</source>
        <translation>✓ đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="591" />
        <source>✖ no answer in time</source>
        <translation>✖ quá thời gian chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="593" />
        <source>✖ MCU unreachable</source>
        <translation>✖ mất kết nối MCU</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="595" />
        <source>✖ failed</source>
        <translation>✖ thất bại</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="607" />
        <source>Unmute audio</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="607" />
        <source>Mute audio</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="610" />
        <source>Unmute video</source>
        <translation>Bật hình</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="610" />
        <source>Mute video</source>
        <translation>Tắt hình</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="612" />
        <source>Disconnect…</source>
        <translation>Ngắt kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="613" />
        <source>Dial</source>
        <translation>Gọi điểm cầu</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="620" />
        <source>Not in the registry: no address to dial</source>
        <translation>Không có trong danh sách: không có địa chỉ để gọi</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="622" />
        <source>● connected</source>
        <translation>● đang kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="622" />
        <source>⊘ not connected</source>
        <translation>⊘ chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="623" />
        <source>audio muted</source>
        <translation>đã tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../widgets/site_detail.py" line="624" />
        <source>video muted</source>
        <translation>đã tắt hình</translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <location filename="../../widgets/wall_panel.py" line="34" />
        <source>Filter sites (Ctrl+F)…</source>
        <translation>Lọc điểm cầu (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="41" />
        <source>Problems first</source>
        <translation>Sự cố lên trước</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="42" />
        <source>By tier and district</source>
        <translation>Theo cấp và huyện</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="43" />
        <source>By name</source>
        <translation>Theo tên</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="50" />
        <source>Group by district</source>
        <translation>Nhóm theo huyện</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="54" />
        <source>Larger tiles (Ctrl++)</source>
        <translation>Ô lớn hơn (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="55" />
        <source>Smaller tiles (Ctrl+-)</source>
        <translation>Ô nhỏ hơn (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="56" />
        <source>Fit every site (Ctrl+0)</source>
        <translation>Vừa mọi điểm cầu (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="103" />
        <source>No sites in the meeting yet</source>
        <translation>Chưa có điểm cầu nào trong cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/wall_panel.py" line="109" />
        <source>%1 connected · ⊘ %2 lost · ✖ %3 red · ▲ %4 amber</source>
        <translation>%1 đang kết nối · ⊘ %2 mất kết nối · ✖ %3 đỏ · ▲ %4 vàng</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../widgets/wall.py" line="307" />
        <source>Central and province</source>
        <translation>Trung ương và tỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="485" />
        <source>lost</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="487" />
        <source>floor</source>
        <translation>đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="489" />
        <source>hand</source>
        <translation>xin phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/wall.py" line="497" />
        <source>%1 s old</source>
        <translation>cũ %1 giây</translation>
    </message>
</context>
</TS>