<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="22" />
        <source>Bridgewall — Video-conference control center</source>
        <translation>Bridgewall — Trung tâm điều khiển hội nghị truyền hình trực tuyến</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="25" />
        <source>No active meeting</source>
        <translation>Chưa có cuộc họp đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="29" />
        <source>Floor requests</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="30" />
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="32" />
        <source>Log: %1</source>
        <translation>Sổ theo dõi: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="46" />
        <source>Nothing yet</source>
        <translation>Chưa có mục nào</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="53" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="54" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="59" />
        <source>&amp;Meeting</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="61" />
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="65" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="66" />
        <source>&amp;About Bridgewall</source>
        <translation>&amp;Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="73" />
        <source>About Bridgewall</source>
        <translation>Giới thiệu Bridgewall</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="74" />
        <source>Bridgewall — control-room console for government video-conference networks.</source>
        <translation>Bridgewall — bàn điều khiển cho hệ thống hội nghị truyền hình trực tuyến của cơ quan nhà nước.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="80" />
        <source>MCU: connecting…</source>
        <translation>MCU: đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="81" />
        <source>MCU: connected</source>
        <translation>MCU: đã kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="82" />
        <source>MCU: degraded</source>
        <translation>MCU: kết nối kém</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="83" />
        <source>MCU: unreachable</source>
        <translation>MCU: mất kết nối</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="86" />
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
</context>
</TS>