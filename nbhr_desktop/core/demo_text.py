"""Vocabulary of the demo data: commune names, title and description templates, figures.

Kept apart from ``demo.py`` (which builds and writes the records) so the words can be read
and corrected by a Vietnamese speaker without touching the logic. The figures are ranges a
district's Culture and Information office would recognise: a training has 25–120
attendees and costs a few tens of millions of đồng; a news item costs a small fee.
"""

from __future__ import annotations

# Communes and towns of Huyện Kim Sơn (before the 2025 reorganisation). Demo data only:
# their codes are the app's own ("376.01"…), not the official commune codes.
KIM_SON_COMMUNES = [
    "Thị trấn Phát Diệm", "Thị trấn Bình Minh", "Xã Kim Đông", "Xã Kim Trung", "Xã Kim Hải",
    "Xã Cồn Thoi", "Xã Kim Mỹ", "Xã Kim Tân", "Xã Văn Hải", "Xã Định Hóa", "Xã Lai Thành",
    "Xã Yên Lộc", "Xã Tân Thành", "Xã Lưu Phương", "Xã Thượng Kiệm", "Xã Kim Chính",
    "Xã Đồng Hướng", "Xã Quang Thiện", "Xã Hùng Tiến", "Xã Ân Hòa", "Xã Chất Bình",
    "Xã Chính Tâm", "Xã Xuân Thiện", "Xã Hồi Ninh", "Xã Kim Định", "Xã Như Hòa",
]
REAL_COMMUNES = {"376": KIM_SON_COMMUNES}

# For other units: plausible names (common Vietnamese commune names), clearly demo data.
GENERIC_COMMUNE_STEMS = [
    "Đông Sơn", "Tân Lập", "Phú Lộc", "Thanh Bình", "Hưng Long", "Quang Trung", "Hợp Tiến",
    "Đức Long", "Xuân Phương", "Yên Thành", "An Hòa", "Gia Thịnh",
]

# Short phrases of each theme for titles ("Tập huấn về quyền trẻ em…").
THEME_PHRASES = {
    "iccpr": "các quyền dân sự và chính trị",
    "icescr": "các quyền kinh tế, xã hội và văn hóa",
    "icerd": "xóa bỏ phân biệt chủng tộc",
    "cedaw": "quyền của phụ nữ và bình đẳng giới",
    "crc": "quyền trẻ em",
    "cat": "Công ước chống tra tấn",
    "crpd": "quyền của người khuyết tật",
    "lao_dong_di_cu": "quyền của người lao động di cư",
    "ilo": "các công ước của ILO về quyền lao động",
    "fta": "quyền của người lao động trong các FTA thế hệ mới",
    "mua_ban_nguoi": "phòng, chống mua bán người",
    "chinh_sach": "chính sách, pháp luật của Nhà nước về quyền con người",
    "phan_bac": "đấu tranh phản bác thông tin sai lệch về quyền con người",
}

AUDIENCE_PHRASES = {
    "phong_vien": "phóng viên, biên tập viên",
    "ttcs": "cán bộ thông tin cơ sở",
    "bcv": "báo cáo viên, tuyên truyền viên pháp luật",
    "doan_the": "cán bộ các tổ chức đoàn thể",
    "cbccvc": "cán bộ, công chức, viên chức",
    "hoc_sinh": "học sinh",
    "dtts": "đồng bào dân tộc thiểu số",
    "nhan_dan": "nhân dân",
}

# Titles per form. {chu_de}: theme phrase; {doi_tuong}: audience; {dia_ban}: "xã Kim Đông"
# or "huyện Kim Sơn"; {don_vi}: the unit ("huyện Kim Sơn").
TITLES = {
    "tai_lieu": ["Biên soạn, phát hành tài liệu hỏi - đáp về {chu_de}",
                 "In, cấp phát tờ gấp tuyên truyền về {chu_de} tại {dia_ban}"],
    "tin_bai": ["Đăng tin, bài về {chu_de} trên Trang thông tin điện tử {don_vi}",
                "Viết tin, bài tuyên truyền về {chu_de} tại {dia_ban}"],
    "video": ["Xây dựng phóng sự về {chu_de} tại {dia_ban}",
              "Sản xuất video ngắn tuyên truyền về {chu_de}"],
    "truyen_thanh": ["Phát chuyên mục về {chu_de} trên hệ thống truyền thanh {dia_ban}",
                     "Tiếp sóng, phát tin bài về {chu_de} trên loa truyền thanh {dia_ban}"],
    "pano": ["Treo băng rôn, khẩu hiệu tuyên truyền về {chu_de} tại {dia_ban}",
             "Dựng pano, áp phích về {chu_de} tại {dia_ban}"],
    "ban_tin": ["Phát hành bản tin điện tử chuyên đề {chu_de}"],
    "cum_thong_tin": ["Cập nhật nội dung về {chu_de} trên cụm thông tin cơ sở {dia_ban}"],
    "luu_dong": ["Tuyên truyền lưu động về {chu_de} tại {dia_ban}",
                 "Xe loa tuyên truyền lưu động về {chu_de} tại {dia_ban}"],
    "trien_lam": ["Triển lãm ảnh, tư liệu về {chu_de} tại {dia_ban}"],
    "cuoc_thi": ["Cuộc thi tìm hiểu về {chu_de} dành cho {doi_tuong} {dia_ban}",
                 "Cuộc thi viết về {chu_de} năm {nam}"],
    "tap_huan": ["Tập huấn kiến thức về {chu_de} cho {doi_tuong} {dia_ban}",
                 "Bồi dưỡng kỹ năng tuyên truyền về {chu_de} cho {doi_tuong}"],
    "hoi_nghi": ["Hội nghị phổ biến {chu_de} cho {doi_tuong} {dia_ban}",
                 "Tọa đàm về {chu_de} tại {dia_ban}"],
    "mang_xa_hoi": ["Đăng bài viết, infographic về {chu_de} trên mạng xã hội",
                    "Chia sẻ video, tin bài về {chu_de} trên trang Zalo của {dia_ban}"],
}

OPENINGS = [
    "Thực hiện Kế hoạch truyền thông về quyền con người năm {nam} của UBND {don_vi}",
    "Triển khai Quyết định số 1079/QĐ-TTg của Thủ tướng Chính phủ",
    "Hưởng ứng Ngày Quyền con người (10/12) và Ngày Pháp luật Việt Nam (09/11)",
    "Theo chỉ đạo của UBND {don_vi}",
]
# Sentences of a description. A gathering: "<lead> phối hợp với UBND <commune> tổ chức cho
# <n> lượt người tham dự, trong đó <w> lượt nữ."; a product: "<lead> thực hiện <4 tin, bài>,
# nội dung tập trung vào <theme>."
WITH_COMMUNE = "phối hợp với UBND {dia_ban}"
GATHERING_CLOSINGS = [
    "Các đại biểu được giới thiệu nội dung cơ bản và trao đổi, giải đáp thắc mắc.",
    "Hoạt động góp phần nâng cao nhận thức của người dân về quyền con người.",
    "Tài liệu được cấp phát đầy đủ cho người tham dự.",
    "",
]
MEDIA_CLOSINGS = [
    "Nội dung ngắn gọn, dễ hiểu, gắn với tình hình thực tế của địa phương.",
    "Sản phẩm được lưu trữ, số hóa theo quy định.",
    "",
]
# Where gatherings happen, by form; "{so}" is a village number.
PLACES = {
    "tap_huan": ["Hội trường UBND {dia_ban}", "Trung tâm Chính trị {don_vi}"],
    "hoi_nghi": ["Hội trường UBND {dia_ban}", "Nhà văn hóa thôn {so}, {dia_ban}"],
    "luu_dong": ["Các thôn, xóm của {dia_ban}", "Chợ {dia_ban}"],
    "trien_lam": ["Trung tâm Văn hóa - Thể thao và Truyền thông {don_vi}",
                  "Nhà văn hóa trung tâm {dia_ban}"],
    "cuoc_thi": ["Trường THCS {dia_ban}", "Hội trường UBND {dia_ban}"],
}
# A commune's gatherings: {dia_ban} is one of its villages, {don_vi} the commune.
COMMUNE_PLACES = {
    "tap_huan": ["Hội trường UBND {don_vi}", "Nhà văn hóa {dia_ban}"],
    "hoi_nghi": ["Hội trường UBND {don_vi}", "Nhà văn hóa {dia_ban}"],
    "luu_dong": ["Các xóm, ngõ của {dia_ban}", "Chợ {don_vi}"],
    "trien_lam": ["Nhà văn hóa trung tâm {don_vi}", "Sân Nhà văn hóa {dia_ban}"],
    "cuoc_thi": ["Trường THCS {don_vi}", "Hội trường UBND {don_vi}"],
}

# Per form: (weight, participants range or None, products range, broadcast minutes per
# product range or None, cost per product range in đồng, days the activity lasts).
# Tuned so that a year of about 100 activities meets the template plan's targets (48 news
# items, 24 radio programmes, 3 trainings, 10 mobile sessions…) and spends about its
# budget (225 million đồng); larger N scales everything up.
FIGURES = {
    "tai_lieu":      (3, None, (200, 1500), None, (2_000, 6_000), (0, 0)),
    "tin_bai":       (22, None, (1, 4), None, (150_000, 350_000), (0, 0)),
    "video":         (3, None, (1, 1), (5, 15), (2_000_000, 8_000_000), (0, 0)),
    "truyen_thanh":  (12, None, (1, 4), (10, 20), (300_000, 1_000_000), (0, 0)),
    "pano":          (4, None, (1, 5), None, (1_000_000, 4_000_000), (14, 60)),
    "ban_tin":       (4, None, (1, 2), None, (0, 300_000), (0, 0)),
    "cum_thong_tin": (1, None, (1, 1), None, (5_000_000, 15_000_000), (0, 0)),
    "luu_dong":      (10, (80, 400), (1, 2), None, (600_000, 1_500_000), (0, 2)),
    "trien_lam":     (1, (300, 2000), (1, 1), None, (15_000_000, 35_000_000), (2, 10)),
    "cuoc_thi":      (1, (200, 1500), (1, 1), None, (10_000_000, 25_000_000), (20, 60)),
    "tap_huan":      (4, (30, 100), (1, 1), None, (8_000_000, 15_000_000), (0, 1)),
    "hoi_nghi":      (6, (40, 150), (1, 1), None, (3_000_000, 8_000_000), (0, 0)),
    "mang_xa_hoi":   (12, None, (1, 8), None, (0, 100_000), (0, 0)),
}

# Who leads, by form and by theme (agency short codes from agencies.json).
LEADS_BY_FORM = {
    "tin_bai": ["TTVHTTTT", "VHTT"], "video": ["TTVHTTTT"], "truyen_thanh": ["TTVHTTTT"],
    "cum_thong_tin": ["VHTT"], "mang_xa_hoi": ["VHTT", "TTVHTTTT", "ĐTN"],
    "ban_tin": ["VHTT"], "pano": ["TTVHTTTT", "VHTT", "UBNDXA"],
    "luu_dong": ["TTVHTTTT", "UBNDXA"], "trien_lam": ["VHTT", "TTVHTTTT"],
    "cuoc_thi": ["VHTT", "ĐTN", "GDĐT", "TP"], "tai_lieu": ["TP", "VHTT"],
    "tap_huan": ["VHTT", "TP", "NV"], "hoi_nghi": ["VHTT", "TP", "MTTQ", "UBNDXA"],
}
LEADS_BY_THEME = {
    "cedaw": "HLHPN", "crc": "GDĐT", "mua_ban_nguoi": "CA", "cat": "CA", "ilo": "LĐTBXH",
    "fta": "LĐTBXH", "lao_dong_di_cu": "LĐTBXH", "crpd": "LĐTBXH", "phan_bac": "CA",
    "icescr": "HND",
}
# Province installations lead through departments (those that exist in the demo's year).
PROVINCE_LEADS = ["STTTT", "SVHTTDL", "STP", "CAT", "SLĐTBXH", "SNV"]
# A commune's offices that do what a district's did (Phòng Văn hóa - Xã hội took culture,
# information, labour and social affairs; the Văn phòng HĐND và UBND justice).
COMMUNE_LEADS = {"VHTT": "VHXH", "TTVHTTTT": "VHXH", "TP": "VP", "LĐTBXH": "VHXH",
                 "NV": "VP", "GDĐT": "TRUONG", "UBNDXA": "VHXH"}
# A commune's activities happen in its villages (numbered here: demo data).
VILLAGES = 8

FUNDING_WEIGHTS = {"ns_huyen": 50, "ns_xa": 18, "long_ghep": 20, "ns_tinh": 6, "xa_hoi_hoa": 6}
# A commune (since 01/07/2025) has no district budget above it.
COMMUNE_FUNDING_WEIGHTS = {"ns_xa": 62, "long_ghep": 20, "ns_tinh": 10, "xa_hoi_hoa": 8}

# More work near the law day (9/11) and human-rights day (10/12), little around Tết.
MONTH_WEIGHTS = [5, 6, 10, 10, 10, 9, 9, 10, 10, 11, 14, 16]

# Share of ethnic-minority attendees where the audience is not specifically ethnic:
# Kim Sơn and the plains are almost all Kinh; Nho Quan and Tam Điệp have Mường villages.
ETHNIC_SHARE = {"372": 0.12, "370": 0.04}
DEFAULT_ETHNIC_SHARE = 0.003
