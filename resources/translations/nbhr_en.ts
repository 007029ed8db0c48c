<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="51"/>
        <source>Máy lạ tự nhận là của đơn vị này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="55"/>
        <source>Chỉ giới thiệu khi chính bạn đã xem mã khóa trên máy kia (thẻ “Gửi đi”) và thấy trùng với mã {0}. Nếu không chắc, hãy bấm Hủy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="56"/>
        <source>Giới thiệu máy này (tin khóa {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="62"/>
        <source>Khóa của đơn vị gửi đã thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="66"/>
        <source>Chỉ ghim lại khi đã gọi điện cho đơn vị gửi và đọc đúng mã khóa. Nếu không chắc, hãy bấm Hủy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="67"/>
        <source>Ghim lại khóa mới (thay khóa cũ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="68"/>
        <source>Tin thêm khóa này (máy thứ hai của đơn vị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="82"/>
        <source>Lần đầu nhận tệp của đơn vị này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="83"/>
        <source>Tệp gửi cho đơn vị khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="88"/>
        <source>Mã khóa của tệp: {0}. Nếu mã này trùng mã in trên báo cáo của {1} (hoặc mã đơn vị đọc qua điện thoại), hãy tin khóa và nhập. Nếu khác, hãy từ chối tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="90"/>
        <source>Tin khóa này và nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="90"/>
        <source>Vẫn nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="92"/>
        <source>Từ chối tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="109"/>
        <source>⚠ LẦN ĐẦU nhận tệp của {0}: khóa {1} chưa được đăng ký. Đối chiếu mã này với mã in trên báo cáo của đơn vị trước khi nhập; nếu khác, bấm “Từ chối tệp”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="111"/>
        <source>Tệp do chính máy này tạo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="112"/>
        <source>Khóa {0} của {1} đã được tin từ trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="113"/>
        <source>Khóa {0} khớp mã khóa đã đăng ký cho {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="114"/>
        <source>Khóa {0} của {1} sẽ được tin thêm theo yêu cầu của bạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="115"/>
        <source>Khóa {0} của {1} sẽ thay khóa cũ theo yêu cầu của bạn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="45"/>
        <source>Xóa {0} hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="198"/>
        <source>{0} hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="199"/>
        <source>{0} lượt người tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="201"/>
        <source>nữ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="202"/>
        <source>{0} người DTTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="203"/>
        <source>{0} sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="204"/>
        <source>{0} phút phát sóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="205"/>
        <source>kinh phí {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="206"/>
        <source>Đang lọc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="261"/>
        <source>Thêm hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="269"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="278"/>
        <source>Đang lưu thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="282"/>
        <source>Đã xóa {0} hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="287"/>
        <source>Đã khôi phục {0} hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="309"/>
        <source>Đã sửa {0} hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="324"/>
        <source>(chọn bộ lọc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="336"/>
        <source>Lưu bộ lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="337"/>
        <source>Tên bộ lọc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="352"/>
        <source>Xóa bộ lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="353"/>
        <source>Xóa bộ lọc đã lưu “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesScreenForm</name>
    <message>
        <location filename="../../forms/activities_screen.ui" line="12"/>
        <source>0,0,0,0,1,0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="15"/>
        <source>&lt;h2&gt;Hoạt động&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="19"/>
        <source>Tìm theo tên, nội dung (gõ không dấu cũng được)… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="22"/>
        <source>Bộ lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="22"/>
        <source>Hiện hoặc ẩn thanh bộ lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="73"/>
        <source>Bộ lọc đã lưu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="75"/>
        <source>Lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="75"/>
        <source>Lưu bộ lọc đang dùng với một tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="76"/>
        <location filename="../../forms/activities_screen.ui" line="88"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="76"/>
        <source>Xóa bộ lọc đã lưu đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="24"/>
        <source>Cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="24"/>
        <source>Chọn các cột hiển thị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="25"/>
        <source>Tiến độ kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="25"/>
        <source>Hiện tiến độ từng nhiệm vụ của kế hoạch so với các hoạt động đã gắn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="39"/>
        <source>Thời gian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="43"/>
        <source>Từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="45"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="49"/>
        <source>Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="53"/>
        <source>Xã, thị trấn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="57"/>
        <source>Chủ đề:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="61"/>
        <source>Đối tượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="65"/>
        <source>Nhiệm vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="69"/>
        <source>Nguồn kinh phí:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="23"/>
        <source>Bỏ lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="23"/>
        <source>Bỏ mọi điều kiện lọc và tìm kiếm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="83"/>
        <source>0,0,0,0,0,1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="84"/>
        <source>Thêm hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="84"/>
        <source>Thêm hoạt động mới (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="85"/>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="85"/>
        <source>Sửa hoạt động đang chọn (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="86"/>
        <source>Nhân bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="86"/>
        <source>Tạo hoạt động mới giống hoạt động đang chọn (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="87"/>
        <source>Sửa nhiều…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="87"/>
        <source>Đặt nhiệm vụ, hình thức, xã hoặc nguồn kinh phí cho các hoạt động đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="88"/>
        <source>Xóa các hoạt động đang chọn (Delete); có thể hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="101"/>
        <source>Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="101"/>
        <source>Khôi phục các hoạt động vừa xóa (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="102"/>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="102"/>
        <source>Ẩn thông báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="121"/>
        <source>&lt;b&gt;Tiến độ thực hiện kế hoạch&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="127"/>
        <source>Nhiệm vụ / chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="128"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityBulkDialogForm</name>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="10"/>
        <source>Gắn nhiệm vụ kế hoạch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="12"/>
        <source>Đặt hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="14"/>
        <source>Đặt xã, thị trấn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="16"/>
        <source>Đặt nguồn kinh phí:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="18"/>
        <source>Đặt cơ quan chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="20"/>
        <source>Thêm chủ đề:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="22"/>
        <source>Thêm đối tượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="26"/>
        <source>Chỉ những mục được đánh dấu mới thay đổi. Để trống ô chọn để bỏ giá trị (ví dụ bỏ gắn nhiệm vụ).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="126"/>
        <source>Sửa hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="126"/>
        <source>Thêm hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="131"/>
        <source>Gõ để chọn hình thức…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="132"/>
        <source>Gõ tên xã, thị trấn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="134"/>
        <source>Không gắn nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="136"/>
        <source>Gõ tên cơ quan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="137"/>
        <source>Chọn nguồn kinh phí…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="146"/>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="328"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="148"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="272"/>
        <source>Vẫn lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="278"/>
        <source>Ngày bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="279"/>
        <source>Ngày kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="323"/>
        <source>Có thể trùng với hoạt động đã nhập cùng ngày, cùng hình thức và cùng xã:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="325"/>
        <source>Nếu đúng là hoạt động khác, nhấn “Vẫn lưu”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="355"/>
        <source>Đang lưu hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="369"/>
        <source>Sẽ được chép vào thư mục dữ liệu khi lưu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="380"/>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="382"/>
        <source>Ảnh, tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialogForm</name>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="12"/>
        <source>Tên hoạt động (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="13"/>
        <source>Ví dụ: Tập huấn Công ước CEDAW cho cán bộ thông tin cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="14"/>
        <source>Ngày (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="18"/>
        <source>đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="19"/>
        <source>Để trống (—) nếu hoạt động diễn ra trong một ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="23"/>
        <source>Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="25"/>
        <source>Xã, thị trấn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="27"/>
        <source>Địa điểm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="28"/>
        <source>Ví dụ: Hội trường UBND xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="29"/>
        <source>Nhiệm vụ kế hoạch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="31"/>
        <source>Cơ quan chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="33"/>
        <source>Nguồn kinh phí:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="35"/>
        <source>Kinh phí (đồng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="42"/>
        <source>Lượt người tham dự:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="44"/>
        <source>trong đó nữ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="46"/>
        <source>người dân tộc thiểu số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="48"/>
        <source>Số sản phẩm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="50"/>
        <source>Sản phẩm là:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="51"/>
        <source>Ví dụ: 2 tin, 1 bài; 500 tờ gấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="52"/>
        <source>Số phút phát sóng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="54"/>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="64"/>
        <source>Chủ đề (chọn một hoặc nhiều)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="66"/>
        <source>Gõ để lọc chủ đề…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="73"/>
        <source>Đối tượng (chọn một hoặc nhiều)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="75"/>
        <source>Gõ để lọc đối tượng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="86"/>
        <source>Nội dung, kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="88"/>
        <source>Tóm tắt nội dung đã truyền thông và kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="94"/>
        <source>Tệp minh chứng (ảnh, bản chụp, danh sách dự)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="96"/>
        <source>Kéo thả tệp vào đây để đính kèm; nhấp đúp để mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="99"/>
        <source>Đính kèm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="100"/>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="101"/>
        <source>Bỏ tệp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="163"/>
        <source>Sửa cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="163"/>
        <source>Thêm cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDialogForm</name>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="13"/>
        <source>Tên cơ quan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="19"/>
        <source>Ví dụ: Phòng Tư pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="25"/>
        <source>Ký hiệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="31"/>
        <source>Dùng ở dòng &quot;Lưu: VT, …&quot;, ví dụ TP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="37"/>
        <source>Loại:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="104"/>
        <source>Truyền thông về quyền con người – Ninh Bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="107"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="128"/>
        <source>Lỗi: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="143"/>
        <source>Sao lưu tự động không thành công: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="157"/>
        <source>NBHR Desktop đang mở dữ liệu này: đã chuyển sang cửa sổ đang mở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="161"/>
        <source>NBHR Desktop đang mở dữ liệu {0} (tiến trình {1}) nhưng chưa trả lời. Hãy dùng cửa sổ đang mở; nếu vừa đóng nó, hãy đợi một lát rồi mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="189"/>
        <source>Lỗi: không có màn hình &quot;{0}&quot;. Các màn hình: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="194"/>
        <source>Lỗi: kích thước &quot;{0}&quot; không hợp lệ; hãy ghi dạng 1024x768.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="239"/>
        <source>Không mở được dữ liệu tại {0}: {1}. Nếu tệp dữ liệu bị hỏng, hãy khôi phục bản sao lưu gần nhất trong thư mục {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="251"/>
        <source>Thư mục dữ liệu chưa được khởi tạo. Hãy chạy lệnh &quot;init --unit &lt;tên đơn vị&gt;&quot; trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="260"/>
        <source>Không xóa được dữ liệu trống tại {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screenshot.py" line="179"/>
        <source>Lỗi: màn hình &quot;{0}&quot; chưa sẵn sàng sau {1} giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screenshot.py" line="187"/>
        <source>Lỗi: không ghi được ảnh {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="19"/>
        <source>Sửa nhiều hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="22"/>
        <source>Áp dụng cho {0} hoạt động đang chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="25"/>
        <source>Không gắn nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="36"/>
        <source>Áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="37"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueScreenForm</name>
    <message>
        <location filename="../../forms/catalogue_screen.ui" line="13"/>
        <source>&lt;h2&gt;Danh mục&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_screen.ui" line="18"/>
        <source>Các danh mục dùng chung khi lập kế hoạch và ghi nhận hoạt động. Mục đã dùng không xóa được; hãy cho ngừng dùng (hoặc ghi ngày hết hiệu lực với đơn vị hành chính) để giữ đúng các văn bản cũ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="192"/>
        <source>Thêm đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="194"/>
        <source>Hiện cả đơn vị đã hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="195"/>
        <source>Mọi cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="232"/>
        <source>{0} / {1} mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="233"/>
        <source>{0} mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="240"/>
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="240"/>
        <source>Dùng lại</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>CatalogueTabForm</name>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="15"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="20"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="25"/>
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="41"/>
        <source>Hiện cả mục đã ngừng dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="48"/>
        <source>Tìm (gõ không dấu cũng được)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogues</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="27"/>
        <source>Cấp tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="28"/>
        <source>Cấp huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="30"/>
        <source>Cấp xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="34"/>
        <source>Phòng, ban, trung tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="35"/>
        <source>Mặt trận, đoàn thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="36"/>
        <source>UBND xã, phường, thị trấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="38"/>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="46"/>
        <source>Mục này do đơn vị mã {0} quản lý. Bạn vẫn sửa được trên máy này; khi nhận tệp mới của đơn vị đó, phần mềm sẽ báo nếu hai bên cùng sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="37"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="40"/>
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="45"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="46"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="104"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="47"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="95"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="49"/>
        <source>Thuộc</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="50"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="58"/>
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="52"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="60"/>
        <source>Hiệu lực đến</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="54"/>
        <source>Đơn vị kế thừa</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="66"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="102"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="67"/>
        <source>Tên cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="68"/>
        <source>Ký hiệu</source>
        <translation>Short code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="69"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="93"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="71"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="97"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="108"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="75"/>
        <source>Căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="76"/>
        <source>Thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="77"/>
        <source>Nơi nhận kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="78"/>
        <source>Nơi nhận báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="79"/>
        <source>Kính gửi (báo cáo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="81"/>
        <source>huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="82"/>
        <source>xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="86"/>
        <source>tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="88"/>
        <source>mọi cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="94"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="106"/>
        <source>Đơn vị tính</source>
        <translation>Product unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="125"/>
        <source>Hình thức</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="126"/>
        <source>Chủ đề</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="127"/>
        <source>Đối tượng</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="128"/>
        <source>Nguồn kinh phí</source>
        <translation>Funding sources</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="129"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="131"/>
        <source>Cơ quan</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="135"/>
        <source>Căn cứ, nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguesScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="337"/>
        <source>Sửa mục – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="337"/>
        <source>Thêm mục – {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/charts.py" line="73"/>
        <source>Lưu PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/charts.py" line="74"/>
        <source>Lưu biểu đồ này thành tệp ảnh PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/charts.py" line="145"/>
        <source>Lưu biểu đồ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/charts.py" line="147"/>
        <source>Ảnh PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="30"/>
        <source>Giải quyết xung đột khi nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="38"/>
        <source>Trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="38"/>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="87"/>
        <source>Bản của máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="39"/>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="88"/>
        <source>Bản trong tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="39"/>
        <source>Lấy bản trong tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="59"/>
        <source>Nhập với các lựa chọn này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="60"/>
        <source>Hủy nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="75"/>
        <source>Cài đặt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="76"/>
        <source>Sửa lúc: {0} · phiên bản {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialogForm</name>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="10"/>
        <source>Những bản ghi dưới đây đã được sửa ở cả hai nơi (hoặc thuộc kỳ báo cáo đã gửi). Không có gì bị ghi đè nếu bạn chưa chọn. Chọn giữ bản của máy này, lấy bản trong tệp, hoặc chọn theo từng trường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="30"/>
        <source>Để sau (không nhập bản ghi này)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="31"/>
        <source>Giữ bản của máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="32"/>
        <source>Lấy bản trong tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="33"/>
        <source>Chọn theo từng trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="42"/>
        <source>Giữ tất cả bản của máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="43"/>
        <source>Lấy tất cả bản trong tệp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <location filename="../../forms/dashboard.ui" line="13"/>
        <source>&lt;h2&gt;Tổng quan&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="15"/>
        <source>Kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="17"/>
        <source>Năm </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="19"/>
        <location filename="../../forms/dashboard.ui" line="21"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="20"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="22"/>
        <source>Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="54"/>
        <source>&lt;b&gt;Nhiệm vụ quá hạn&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="44"/>
        <source>Số hoạt động theo tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="45"/>
        <source>Số hoạt động theo hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="46"/>
        <source>Số hoạt động theo xã, thị trấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="47"/>
        <source>Lượt người tham dự theo đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="64"/>
        <source>Cả năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="64"/>
        <source>Quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="65"/>
        <source>Tùy chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="68"/>
        <source>Quý {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="149"/>
        <source>Số liệu từ {0} đến {1}; hoạt động tính theo ngày bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="164"/>
        <source>so với cùng kỳ năm trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="175"/>
        <source>Hoạt động</source>
        <translation type="unfinished">Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="177"/>
        <source>Lượt người tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="181"/>
        <source>Tỉ lệ nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="184"/>
        <source>{0} người DTTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="186"/>
        <source>Sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="188"/>
        <source>{0} / dự toán {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="198"/>
        <source>dự toán</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="212"/>
        <source>Số hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="212"/>
        <source>Tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="216"/>
        <source>(chưa ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="221"/>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="227"/>
        <source>Lượt người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="235"/>
        <source>Hạn {0} · đạt {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="241"/>
        <source>Không có nhiệm vụ quá hạn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="61"/>
        <source>&quot;{0}&quot; không phải ngày: hãy gõ ngày/tháng/năm, ví dụ 05/03/2024 hoặc 05032024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="70"/>
        <source>Ngày {0} không có trong lịch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="107"/>
        <source>Chọn ngày trên lịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="146"/>
        <source>ngày/tháng/năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="160"/>
        <source>Chưa có ngày: hãy gõ ngày/tháng/năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="235"/>
        <source>Gõ ngày/tháng/năm, ví dụ 05/03/2024 hoặc 05032024, hoặc chọn trên lịch (Alt+↓).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="48"/>
        <source>Bản ghi / dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="50"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="53"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="55"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="57"/>
        <source>Đơn vị gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="58"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="59"/>
        <source>Số bản ghi / lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="63"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="64"/>
        <source>Mã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="65"/>
        <source>Cách tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="66"/>
        <source>Máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="67"/>
        <source>Từ lúc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="146"/>
        <source>Lần gửi trước cho nơi này: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="147"/>
        <source>Chưa gửi lần nào cho nơi này: gói sẽ chứa toàn bộ dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="170"/>
        <source>Chọn tệp cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="171"/>
        <source>Tệp trao đổi (*.nbhr *.xlsx);;Gói trao đổi (*.nbhr);;Sổ Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="181"/>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="191"/>
        <source>Đang kiểm tra tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="218"/>
        <source>Từ: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="222"/>
        <source>Có {0} xung đột: khi bấm “Nhập dữ liệu” bạn sẽ chọn giữ bản nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="233"/>
        <source>Không có gì mới để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="278"/>
        <source>Đang nhập dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="284"/>
        <source>Đã nhập: mới {0}, sửa {1}, xóa {2}, xung đột đã giải quyết {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="287"/>
        <source>{0} xung đột để sau (chưa nhập).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="289"/>
        <source>Bản sao lưu trước khi nhập: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="304"/>
        <source>Đã từ chối tệp {0}; việc từ chối được ghi vào Lịch sử.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="320"/>
        <source>Đã đăng ký khóa {0} cho {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="322"/>
        <source>Khóa {0} đã được tin cho {1} từ trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="326"/>
        <source>Bỏ khóa {0} đã ghim khi nhận tệp đầu tiên: không khớp mã vừa đăng ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="340"/>
        <source>Thôi tin khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="342"/>
        <source>Thôi tin khóa {0} của {1}? Tệp ký bằng khóa này sẽ bị từ chối cho đến khi khóa được tin lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="355"/>
        <source>Lưu gói trao đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="356"/>
        <source>Gói trao đổi (*.nbhr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="371"/>
        <source>Đã xuất {0} bản ghi vào {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="374"/>
        <source>Không kèm được {0} tệp minh chứng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="379"/>
        <source>Đang xuất gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="384"/>
        <source>Lưu sổ Excel nhập liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="386"/>
        <source>Sổ Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="395"/>
        <source>Đã xuất sổ nhập liệu {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="396"/>
        <source>Đang xuất sổ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeScreenForm</name>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="13"/>
        <source>&lt;h2&gt;Trao đổi dữ liệu&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="19"/>
        <source>Gửi và nhận dữ liệu bằng tệp (USB, thư điện tử): gói .nbhr có chữ ký giữa các máy, huyện và tỉnh; sổ Excel nhập liệu cho xã. Mọi tệp được kiểm tra và xem trước trước khi nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="26"/>
        <source>Nhận về</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="34"/>
        <source>Kéo thả tệp .nbhr hoặc sổ Excel .xlsx vào đây, hoặc bấm “Chọn tệp…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="39"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="45"/>
        <source>Xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="50"/>
        <source>Mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="51"/>
        <location filename="../../forms/exchange_screen.ui" line="53"/>
        <location filename="../../forms/exchange_screen.ui" line="55"/>
        <location filename="../../forms/exchange_screen.ui" line="57"/>
        <location filename="../../forms/exchange_screen.ui" line="59"/>
        <location filename="../../forms/exchange_screen.ui" line="61"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="52"/>
        <source>Sửa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="54"/>
        <source>Không đổi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="56"/>
        <source>Xóa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="58"/>
        <source>Xung đột:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="60"/>
        <source>Từ chối:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="65"/>
        <source>Bản ghi bị bỏ qua hoặc từ chối, và lý do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="71"/>
        <source>Bỏ qua tệp này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="72"/>
        <source>Từ chối tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="72"/>
        <source>Không nhập tệp này và ghi việc từ chối vào lịch sử (ví dụ: mã khóa không khớp mã đơn vị báo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="73"/>
        <source>Nhập dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="82"/>
        <source>Gửi đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="86"/>
        <source>Gói trao đổi (.nbhr) có chữ ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="88"/>
        <source>Gửi cho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="90"/>
        <source>Phạm vi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="93"/>
        <source>Chỉ những gì thay đổi từ lần gửi trước cho nơi này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="94"/>
        <source>Toàn bộ dữ liệu của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="97"/>
        <source>Kèm tệp minh chứng (mỗi tệp tới 50 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="99"/>
        <source>Xuất gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="100"/>
        <source>Mã khóa của máy này:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="107"/>
        <source>Sổ Excel nhập liệu cho xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="109"/>
        <source>Xuất sổ mẫu có danh sách thả xuống (hình thức, chủ đề, đối tượng, xã, nhiệm vụ). Xã điền rồi gửi lại; nhập sổ ở thẻ “Nhận về”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="110"/>
        <source>Xuất sổ Excel mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="119"/>
        <source>Lịch sử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="121"/>
        <source>Các lần nhập tệp (kể cả tệp bị từ chối):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="123"/>
        <source>Khóa được tin của các đơn vị (đã ghim, hoặc đăng ký trước từ mã in trên báo cáo của đơn vị):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="127"/>
        <source>Đăng ký mã khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="127"/>
        <source>Đăng ký mã khóa của một đơn vị trước khi nhận tệp đầu tiên, hoặc giới thiệu một máy khác của đơn vị này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="128"/>
        <source>Thôi tin khóa đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="50"/>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="50"/>
        <source>Năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="50"/>
        <source>Quý này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="51"/>
        <source>Tháng này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="51"/>
        <source>Năm trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="52"/>
        <source>Tùy chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="72"/>
        <source>Mọi hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="73"/>
        <source>Mọi xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="74"/>
        <source>Mọi chủ đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="75"/>
        <source>Mọi đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="76"/>
        <source>Mọi nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="77"/>
        <source>Mọi nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="89"/>
        <source>(chưa gắn nhiệm vụ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="59"/>
        <source>Gõ tên hoặc mã đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="66"/>
        <source>Khởi tạo NBHR Desktop</source>
        <translation>Set up NBHR Desktop</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="68"/>
        <source>Dữ liệu được lưu tại: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="75"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="77"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="81"/>
        <source>Đang tải danh sách đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="115"/>
        <source>{0} – {1} (đến {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="138"/>
        <source>Đang khởi tạo dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <location filename="../../forms/first_run.ui" line="12"/>
        <source>&lt;h2&gt;Chào mừng đến với NBHR Desktop&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="17"/>
        <source>Hãy chọn đơn vị sử dụng phần mềm trên máy này. Kế hoạch, hoạt động và báo cáo sẽ được lập cho đơn vị đó; có thể sửa tên cán bộ sau trong mục Cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="28"/>
        <source>Cấp sử dụng:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="35"/>
        <source>Xã, phường (từ 01/07/2025) hoặc huyện, thành phố (đến 30/06/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="41"/>
        <source>Cấp tỉnh (tổng hợp báo cáo của các đơn vị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="48"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="59"/>
        <source>Cán bộ phụ trách:</source>
        <translation>Officer in charge:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="65"/>
        <source>Họ và tên, ví dụ: Nguyễn Thị Hoa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="44"/>
        <source>{0} chỉ hoạt động đến ngày {1}. Khi đã xong hồ sơ của đơn vị, hãy bàn giao: phần mềm ghi một gói dữ liệu cuối cùng (mọi kế hoạch, hoạt động, báo cáo, kèm tệp minh chứng) để gửi tỉnh, rồi từ đó phục vụ xã, phường được chọn. Hồ sơ cũ vẫn xem và in được như đã ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="49"/>
        <source>Bàn giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="51"/>
        <source>Ghi gói dữ liệu cuối cùng vào
{0}
rồi chuyển máy này sang phục vụ {1}?

Sau khi bàn giao, kế hoạch, hoạt động, báo cáo mới là của {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="57"/>
        <source>Lưu gói bàn giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="58"/>
        <source>Gói trao đổi NBHR (*.nbhr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="81"/>
        <source>Đã bàn giao: gói {0} ({1} bản ghi) đã ghi để gửi tỉnh; máy này nay phục vụ {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="85"/>
        <source>Đang bàn giao…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/issue_dialog.py" line="16"/>
        <source>Lưu ý: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/issue_dialog.py" line="23"/>
        <source>Ban hành kế hoạch năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/issue_dialog.py" line="31"/>
        <source>Ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/issue_dialog.py" line="70"/>
        <source>Không thiếu gì: có thể ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialogForm</name>
    <message>
        <location filename="../../forms/catalogue_item_dialog.ui" line="13"/>
        <source>Tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_item_dialog.ui" line="24"/>
        <source>Đơn vị tính sản phẩm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_item_dialog.ui" line="30"/>
        <source>Ví dụ: lớp, tin bài, buổi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRegisterDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="21"/>
        <source>Đăng ký mã khóa của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="30"/>
        <source>Đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRegisterDialogForm</name>
    <message>
        <location filename="../../forms/key_register_dialog.ui" line="14"/>
        <source>Mỗi máy có một mã khóa (24 chữ số và chữ cái A–F), in ở cuối báo cáo của đơn vị và hiện ở thẻ “Gửi đi” của máy đó. Đăng ký mã của một đơn vị trước khi nhận tệp đầu tiên: tệp ký bằng khóa khác sẽ bị từ chối. Để dùng hai máy cho cùng đơn vị này, đăng ký mã của máy kia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/key_register_dialog.ui" line="19"/>
        <source>Đơn vị:</source>
        <translation type="unfinished">Unit:</translation>
    </message>
    <message>
        <location filename="../../forms/key_register_dialog.ui" line="21"/>
        <source>Mã khóa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/key_register_dialog.ui" line="22"/>
        <source>3F2A-91C0-7B1D-0A2B-C3D4-E5F6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="66"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="67"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="70"/>
        <source>Tìm kiếm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="95"/>
        <source>chưa ghi tên</source>
        <translation>not named</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="95"/>
        <source>cấp tỉnh</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="95"/>
        <source>cấp xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="96"/>
        <source>cấp huyện</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="98"/>
        <source>, hoạt động đến {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="99"/>
        <source>{0} ({1}) · Cán bộ: {2}</source>
        <translation>{0} ({1}) · Officer: {2}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="102"/>
        <source>Dữ liệu: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="176"/>
        <source>Giới thiệu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="180"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;&lt;br&gt;Lập kế hoạch, ghi nhận hoạt động và báo cáo kết quả truyền thông về quyền con người (Quyết định 1079/QĐ-TTg, Công văn 524/UBND-VP9) cho UBND cấp huyện và tỉnh Ninh Bình. Hoạt động không cần mạng; trao đổi dữ liệu bằng tệp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowBody</name>
    <message>
        <location filename="../../forms/main_window.ui" line="22"/>
        <source>Điều hướng</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="34"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="35"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="38"/>
        <source>&amp;Giới thiệu NBHR Desktop</source>
        <translation>&amp;About NBHR Desktop</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="159"/>
        <source>Sửa {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="208"/>
        <source>&lt;b&gt;Kế hoạch năm {0}&lt;/b&gt; – lần {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="212"/>
        <source>Dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="213"/>
        <source>Đã ban hành: {0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="217"/>
        <source>Đã được thay thế (lưu để tra cứu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="220"/>
        <source>Kế hoạch đã ban hành chỉ để đọc. Muốn thay đổi, bấm &quot;Tạo bản sửa đổi&quot;: bản đã ban hành được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="230"/>
        <source>TM. (thay mặt tập thể)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="231"/>
        <source>KT. (ký thay người đứng đầu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="232"/>
        <source>Q. (quyền)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="233"/>
        <source>TL. (thừa lệnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="235"/>
        <source>TUQ. (thừa ủy quyền)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="237"/>
        <source>Mục lớn (I., II.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="238"/>
        <source>Mục (1., 2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="239"/>
        <source>Điểm (a), b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="241"/>
        <source>Đoạn văn (không đánh số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="248"/>
        <source>cơ quan chủ quản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="249"/>
        <source>cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="250"/>
        <source>ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="251"/>
        <source>địa danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="252"/>
        <source>trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="253"/>
        <source>chức vụ người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="254"/>
        <source>người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="257"/>
        <source>căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="259"/>
        <source>nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="261"/>
        <source>số văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="263"/>
        <source>ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="264"/>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="265"/>
        <source>kỳ kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="268"/>
        <source>thẩm quyền ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="273"/>
        <source>cấp đoạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="274"/>
        <source>tiêu đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="276"/>
        <source>nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="327"/>
        <source>Thêm đoạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="333"/>
        <source>Xóa đoạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="341"/>
        <source>Chuyển đoạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="407"/>
        <source>Đang ban hành kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="416"/>
        <source>Đang tạo bản sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="39"/>
        <source>Đang tạo PDF kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="48"/>
        <source>Xem trước khi in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="58"/>
        <source>In kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="74"/>
        <source>Lưu kế hoạch thành PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="76"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="79"/>
        <source>Đã lưu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="87"/>
        <source>Không mở được PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="88"/>
        <source>Máy chưa có trình xem PDF. Tệp đã được tạo tại: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditorForm</name>
    <message>
        <location filename="../../forms/plan_editor.ui" line="35"/>
        <source>← Danh sách kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="42"/>
        <source>Kế hoạch</source>
        <translation type="unfinished">Plans</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="66"/>
        <source>Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="69"/>
        <source>Hoàn tác thay đổi vừa làm (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="76"/>
        <source>Làm lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="79"/>
        <source>Làm lại thay đổi vừa hoàn tác (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="90"/>
        <source>Ban hành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="93"/>
        <source>Nhập số, ngày do văn thư cấp và ban hành kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="100"/>
        <source>Tạo bản sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="103"/>
        <source>Kế hoạch đã ban hành không sửa được: tạo bản sửa đổi để thay đổi; bản cũ vẫn được giữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="117"/>
        <source>In dạng dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="120"/>
        <source>Để trống số, ngày và ghi &quot;DỰ THẢO&quot; trên trang đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="127"/>
        <source>Xem trước khi in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="134"/>
        <source>In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="141"/>
        <source>Lưu PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="148"/>
        <source>Mở PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="151"/>
        <source>Mở bản PDF trong trình xem PDF của máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="171"/>
        <location filename="../../forms/plan_editor.ui" line="174"/>
        <source>Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="191"/>
        <source>Cơ quan chủ quản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="201"/>
        <source>Chỉ ghi khi cơ quan ban hành là phòng, ban (ví dụ UBND HUYỆN KIM SƠN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="208"/>
        <source>Cơ quan ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="218"/>
        <source>Để trống: Ủy ban nhân dân của đơn vị theo tên tại ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="225"/>
        <source>Ký hiệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="235"/>
        <source>KH-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="242"/>
        <source>Số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="255"/>
        <source>chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="262"/>
        <source>Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="276"/>
        <source>Địa danh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="286"/>
        <source>Để trống: địa danh của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="293"/>
        <source>Kỳ kế hoạch từ ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="307"/>
        <source>đến ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="321"/>
        <source>Trích yếu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="341"/>
        <source>Căn cứ (mỗi dòng một căn cứ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="361"/>
        <source>Thẩm quyền ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="374"/>
        <source>Chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="384"/>
        <source>PHÓ CHỦ TỊCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="391"/>
        <source>Họ tên người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="404"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="429"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="446"/>
        <source>Thêm đoạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="453"/>
        <source>Xóa đoạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="460"/>
        <location filename="../../forms/plan_editor.ui" line="580"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="467"/>
        <location filename="../../forms/plan_editor.ui" line="587"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="480"/>
        <source>Cấp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="493"/>
        <source>Tiêu đề:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="503"/>
        <source>Để trống nếu mục không có tiêu đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="510"/>
        <source>Nội dung (mỗi dòng một đoạn):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="526"/>
        <source>Nhiệm vụ (Phụ lục)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="566"/>
        <source>Thêm nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="573"/>
        <source>Xóa nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="615"/>
        <source>Nhiệm vụ đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="621"/>
        <source>Nội dung nhiệm vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="641"/>
        <source>Cơ quan chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="651"/>
        <source>Cơ quan phối hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="671"/>
        <source>Thời gian thực hiện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="702"/>
        <source>Thường xuyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="712"/>
        <source>Sản phẩm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="725"/>
        <source>Kinh phí (đồng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="751"/>
        <source>Hình thức thường dùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="761"/>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="774"/>
        <source>Chỉ tiêu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="793"/>
        <source>Thêm chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="800"/>
        <source>Xóa chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanIssueForm</name>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="9"/>
        <source>Nhập số và ngày ban hành do văn thư cấp. Sau khi ban hành, kế hoạch chỉ còn để đọc; muốn thay đổi hãy tạo bản sửa đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="17"/>
        <source>Số văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="27"/>
        <source>chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="32"/>
        <source>/KH-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="39"/>
        <source>Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="51"/>
        <source>&lt;b&gt;Cần bổ sung trước khi ban hành:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanListForm</name>
    <message>
        <location filename="../../forms/plan_list.ui" line="13"/>
        <source>&lt;h2&gt;Kế hoạch truyền thông về quyền con người&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="18"/>
        <source>Tạo kế hoạch của năm từ mẫu của tỉnh hoặc sao chép kế hoạch năm trước, sửa nội dung và nhiệm vụ, in dự thảo, rồi nhập số và ngày do văn thư cấp để ban hành. Mọi thay đổi được lưu ngay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="26"/>
        <source>Năm kế hoạch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="39"/>
        <source>Tạo từ mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="40"/>
        <source>Tạo dự thảo kế hoạch của năm đã chọn từ mẫu kế hoạch của tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="45"/>
        <source>Sao chép kế hoạch đã chọn sang năm này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="55"/>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="60"/>
        <source>Xóa dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="75"/>
        <source>Chưa có kế hoạch nào. Chọn năm rồi bấm &quot;Tạo từ mẫu&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="26"/>
        <source>Dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="27"/>
        <source>Đã ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="31"/>
        <source>Đã được thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="53"/>
        <source>Năm / kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="54"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="55"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="57"/>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="58"/>
        <source>Lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="59"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="61"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="62"/>
        <source>Kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="64"/>
        <source>Sửa lần cuối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="32"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="33"/>
        <source>Nội dung nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="34"/>
        <source>Cơ quan chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="35"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="36"/>
        <source>Kinh phí (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="38"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="43"/>
        <source>Số hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="44"/>
        <source>Lượt người tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="45"/>
        <source>Số sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="46"/>
        <source>Số phút phát sóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="47"/>
        <source>Nhập tay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="192"/>
        <source>Đang tạo kế hoạch từ mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="200"/>
        <source>Đang sao chép kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="215"/>
        <source>Xóa dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="217"/>
        <source>Xóa dự thảo kế hoạch năm {0}? Dự thảo đã xóa không hiện trong danh sách nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="227"/>
        <source>Đang xóa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="82"/>
        <source>Thời hạn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="84"/>
        <source>Kinh phí: đã chi {0} / dự toán {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="88"/>
        <source>Quá hạn: thời hạn đã qua mà chưa đạt chỉ tiêu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="101"/>
        <source>Hoạt động đã gắn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="106"/>
        <source>Chưa có kế hoạch nào. Hãy lập kế hoạch ở màn hình Kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="108"/>
        <source>Kế hoạch chưa có nhiệm vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="110"/>
        <source>{0} nhiệm vụ quá hạn (tô đỏ). Gắn hoạt động vào nhiệm vụ bằng “Sửa nhiều…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="113"/>
        <source>Không có nhiệm vụ quá hạn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="136"/>
        <location filename="../../nbhr_desktop/ui/operations.py" line="139"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="141"/>
        <source>Lỗi không mong đợi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="142"/>
        <source>Đã xảy ra lỗi không mong đợi: {0}. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportScreenForm</name>
    <message>
        <location filename="../../forms/report_screen.ui" line="13"/>
        <source>&lt;h2&gt;Báo cáo kết quả&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="15"/>
        <source>Kỳ báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="16"/>
        <source>Quý, 6 tháng, 9 tháng, cả năm hoặc khoảng ngày tùy chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="18"/>
        <source>Năm </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="19"/>
        <location filename="../../forms/report_screen.ui" line="21"/>
        <location filename="../../forms/report_screen.ui" line="113"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="20"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="22"/>
        <source>Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="32"/>
        <source>Hoạt động thuộc kỳ đã nộp nhưng được sửa hoặc xóa sau khi nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="37"/>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="50"/>
        <source>&lt;b&gt;Tổng hợp, so với cùng kỳ năm trước&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="62"/>
        <source>Bảng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="75"/>
        <source>Nội dung báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="77"/>
        <source>Mỗi mục đã được soạn sẵn từ số liệu; hãy sửa cho đúng thực tế. Mỗi dòng là một đoạn; dòng &quot;1. …&quot; là tiêu đề mục nhỏ, dòng &quot;- …&quot; là gạch đầu dòng. Nội dung được lưu tự động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="80"/>
        <source>I. Lãnh đạo, chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="81"/>
        <source>II. Kết quả thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="82"/>
        <source>III. Đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="83"/>
        <source>IV. Phương hướng, nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="84"/>
        <source>V. Kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="90"/>
        <source>Soạn lại mục này từ số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="96"/>
        <source>Thông tin văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="98"/>
        <source>Trích yếu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="100"/>
        <source>Kính gửi (mỗi dòng một nơi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="102"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="104"/>
        <source>Người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="105"/>
        <source>Họ và tên, không ghi học hàm, học vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="106"/>
        <source>Chức vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="108"/>
        <source>Hình thức ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="110"/>
        <source>Số văn bản (văn thư cấp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="111"/>
        <source>chưa có số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="112"/>
        <source>Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="123"/>
        <source>Mở thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="123"/>
        <source>Mở thư mục chứa tệp vừa xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="128"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="129"/>
        <source>Nộp báo cáo (khóa kỳ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="130"/>
        <source>Mở lại để sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="132"/>
        <source>Xem trước khi in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="133"/>
        <source>In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="134"/>
        <source>Xuất PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="135"/>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="104"/>
        <source>Quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="104"/>
        <source>6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="105"/>
        <source>9 tháng đầu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="105"/>
        <source>Cả năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="106"/>
        <source>Tùy chọn ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="114"/>
        <source>Dương lịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="115"/>
        <source>Chốt số liệu (NĐ 09)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="119"/>
        <source>Dương lịch: trọn quý, 6 tháng, năm. Chốt số liệu theo Nghị định 09/2019/NĐ-CP: quý từ ngày 15 tháng trước quý đến ngày 14 tháng cuối quý; 6 tháng từ 15/12 năm trước đến 14/6; năm từ 15/12 năm trước đến 14/12. Mỗi cách là một báo cáo riêng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="143"/>
        <source>Quý {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="145"/>
        <source>6 tháng đầu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="146"/>
        <source>6 tháng cuối năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="226"/>
        <source>Đang tính số liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="256"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; (từ {1} đến {2}) — {3} hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="265"/>
        <source>&lt;b&gt;Tổng hợp&lt;/b&gt;, so với cùng kỳ năm trước ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="268"/>
        <source>&lt;b&gt;Tổng hợp&lt;/b&gt; (chưa có số liệu cùng kỳ năm trước để so sánh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="309"/>
        <source>Trạng thái: &lt;b&gt;dự thảo&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="314"/>
        <source>Trạng thái: &lt;b&gt;đã nộp&lt;/b&gt; lúc {0} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="320"/>
        <source>&lt;b&gt;Báo cáo đã cũ:&lt;/b&gt; số liệu của kỳ đã thay đổi sau khi nộp ({0} hoạt động được sửa hoặc xóa). Hãy kiểm tra; nếu cần, bấm &quot;Mở lại để sửa&quot; rồi nộp lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="323"/>
        <source>đã xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="324"/>
        <source>đã sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="324"/>
        <source>{0} — {1} ({2} lúc {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="331"/>
        <source>Kỳ báo cáo đã khóa: hoạt động trong kỳ vẫn sửa được nhưng sẽ được đánh dấu ở đây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="378"/>
        <source>Có thay đổi chưa lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="412"/>
        <source>Đã lưu lúc {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="418"/>
        <source>Đang lưu báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="424"/>
        <source>Soạn lại từ số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="426"/>
        <source>Thay nội dung mục này bằng bản soạn sẵn từ số liệu hiện tại? Nội dung đã sửa của mục sẽ mất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="433"/>
        <source>Đang soạn lại…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="445"/>
        <source>Nộp báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="447"/>
        <source>Nộp báo cáo {0}? Kỳ báo cáo sẽ bị khóa: hoạt động trong kỳ sửa sau khi nộp sẽ được đánh dấu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="454"/>
        <source>Đang nộp báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="461"/>
        <source>Đang mở lại báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="479"/>
        <source>Đã xuất {0} vào thư mục {1} — đường dẫn đã chép vào bộ nhớ tạm, sẵn sàng đính kèm thư điện tử.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="83"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="84"/>
        <source>Kỳ này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="86"/>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="135"/>
        <source>Lũy kế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="89"/>
        <source>Cùng kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="90"/>
        <source>Tăng, giảm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="132"/>
        <source>Không có kế hoạch nào áp dụng cho kỳ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="134"/>
        <source>Nhiệm vụ / chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="134"/>
        <source>Chỉ tiêu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="134"/>
        <source>Trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="135"/>
        <source>Tỷ lệ đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="135"/>
        <source>Đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="141"/>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="142"/>
        <source>Tổng số (mỗi hoạt động tính một lần)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="26"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="30"/>
        <source>Sổ Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="37"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="39"/>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="41"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="43"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="45"/>
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="47"/>
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="49"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="33"/>
        <source>Sao lưu thủ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="34"/>
        <source>Tự động hằng ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="35"/>
        <source>Trước khi nâng cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="36"/>
        <source>Trước khi nhập dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="37"/>
        <source>Trước khi khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="54"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="57"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="58"/>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="60"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="182"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="184"/>
        <source>Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="202"/>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="208"/>
        <source>Đang sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="207"/>
        <source>Đã sao lưu vào {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="218"/>
        <source>Chọn tệp sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="219"/>
        <source>Tệp sao lưu NBHR (*.sqlite3);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="225"/>
        <source>Khôi phục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="227"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{0}?

Dữ liệu hiện tại sẽ được sao lưu trước khi thay, nên vẫn lấy lại được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="234"/>
        <source>Bản sao lưu của đơn vị khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="244"/>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="259"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="254"/>
        <source>Đã khôi phục dữ liệu từ {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreenForm</name>
    <message>
        <location filename="../../forms/settings_screen.ui" line="13"/>
        <source>&lt;h2&gt;Cài đặt&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="20"/>
        <source>Đơn vị và người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="23"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="25"/>
        <source>Cán bộ phụ trách:</source>
        <translation>Officer in charge:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="26"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="27"/>
        <source>Người ký mặc định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="28"/>
        <source>Ví dụ: Trần Văn Bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="29"/>
        <source>Chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="30"/>
        <source>Ví dụ: Phó Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="31"/>
        <source>Ngôn ngữ giao diện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="33"/>
        <source>Tự động sao lưu mỗi ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="36"/>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="45"/>
        <source>Dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="48"/>
        <source>Cơ sở dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="50"/>
        <source>Dung lượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="52"/>
        <source>Thư mục dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="54"/>
        <source>Mở thư mục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="62"/>
        <source>Bàn giao cho đơn vị kế thừa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="71"/>
        <source>Tiếp tục với:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="73"/>
        <source>Bàn giao…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="82"/>
        <source>Sao lưu và khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="86"/>
        <source>Phần mềm tự sao lưu trước khi nâng cấp, trước khi nhập dữ liệu và mỗi ngày một lần. Nên chép định kỳ một bản sao lưu sang USB hoặc máy khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="92"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="93"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="94"/>
        <source>Khôi phục từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="84"/>
        <source>Sửa đơn vị hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="85"/>
        <source>Thêm đơn vị hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="94"/>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="136"/>
        <source>(không có)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialogForm</name>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="13"/>
        <source>Cấp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="23"/>
        <source>Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="34"/>
        <source>Mã đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="40"/>
        <source>Mã hành chính, ví dụ 14506</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="46"/>
        <source>Tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="52"/>
        <source>Ví dụ: Kim Chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="57"/>
        <source>Tên đầy đủ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="63"/>
        <source>Để trống: loại + tên, ví dụ Xã Kim Chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="68"/>
        <source>Địa danh ghi ở dòng ngày tháng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="74"/>
        <source>Để trống: dùng tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="79"/>
        <source>Thuộc đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="87"/>
        <source>Hiệu lực từ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="92"/>
        <source>Có ngày bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="107"/>
        <source>Hiệu lực đến:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="112"/>
        <source>Đã hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="129"/>
        <source>Đơn vị kế thừa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="139"/>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_EditDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="61"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="62"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../nbhr_desktop/ui/printing.py" line="77"/>
        <source>Không xem trước được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/printing.py" line="78"/>
        <source>Máy chưa có thành phần QtPdf. Hãy dùng &quot;Mở PDF&quot; để in từ trình xem PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
