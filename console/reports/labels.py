"""Vietnamese labels for the report documents (the window's labels go through Qt's tr(); these files do not)."""

from __future__ import annotations

KIND = {
    "link_down": "Mất kết nối",
    "no_audio": "Mất âm thanh",
    "no_video": "Mất hình ảnh",
    "packet_loss": "Mất gói tin",
    "jitter": "Trễ biến thiên (jitter)",
    "low_bitrate": "Băng thông thấp",
    "mcu_unreachable": "Không kết nối được MCU",
    "mcu_auth": "MCU từ chối đăng nhập",
    "power": "Mất điện",
    "other": "Khác",
}
SEVERITY = {"info": "Thông tin", "warning": "Cảnh báo", "critical": "Nghiêm trọng"}
TIER = {
    "central": "Trung ương",
    "province": "Tỉnh",
    "district": "Huyện (cũ)",
    "commune": "Xã",
    "unknown": "Không rõ",
}
STATUS = {
    "held": "Đã tổ chức",
    "not_held": "Không tổ chức",
    "cancelled": "Đã hủy",
    "upcoming": "Chưa diễn ra",
}
TIMELINESS = {
    "on_time": "Đăng ký đúng hạn",
    "late": "Đăng ký muộn",
    "emergency": "Đột xuất, khẩn cấp",
    "unregistered": "Không đăng ký",
    "": "",
}


def label(table: dict[str, str], value: str) -> str:
    return table.get(value, value)
