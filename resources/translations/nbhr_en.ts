<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="161"/>
        <source>Sửa cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="161"/>
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
        <location filename="../../nbhr_desktop/app.py" line="90"/>
        <source>Truyền thông về quyền con người – Ninh Bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="93"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="114"/>
        <source>Lỗi: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="129"/>
        <source>Sao lưu tự động không thành công: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="144"/>
        <source>Lỗi: không có màn hình &quot;{0}&quot;. Các màn hình: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="166"/>
        <source>Không mở được dữ liệu tại {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="176"/>
        <source>Thư mục dữ liệu chưa được khởi tạo. Hãy chạy lệnh &quot;init --unit &lt;tên đơn vị&gt;&quot; trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="223"/>
        <source>Lỗi: màn hình &quot;{0}&quot; chưa sẵn sàng sau {1} giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="229"/>
        <source>Lỗi: không ghi được ảnh {0}.</source>
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
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="147"/>
        <source>Thêm đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="149"/>
        <source>Hiện cả đơn vị đã hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="177"/>
        <source>{0} / {1} mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="178"/>
        <source>{0} mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="185"/>
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="185"/>
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
        <location filename="../../forms/catalogue_tab.ui" line="36"/>
        <source>Hiện cả mục đã ngừng dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="43"/>
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
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="29"/>
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
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="37"/>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="44"/>
        <source>Mục này do đơn vị mã {0} quản lý. Bạn vẫn sửa được trên máy này; khi nhận tệp mới của đơn vị đó, phần mềm sẽ báo nếu hai bên cùng sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="36"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="37"/>
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
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="68"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="47"/>
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
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="52"/>
        <source>Hiệu lực đến</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="54"/>
        <source>Đơn vị kế thừa</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="57"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="66"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="58"/>
        <source>Tên cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="59"/>
        <source>Ký hiệu</source>
        <translation>Short code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="60"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="61"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="72"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="70"/>
        <source>Đơn vị tính</source>
        <translation>Product unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="89"/>
        <source>Hình thức</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="90"/>
        <source>Chủ đề</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="91"/>
        <source>Đối tượng</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="92"/>
        <source>Nguồn kinh phí</source>
        <translation>Funding sources</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="93"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="95"/>
        <source>Cơ quan</source>
        <translation>Agencies</translation>
    </message>
</context>
<context>
    <name>CataloguesScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="280"/>
        <source>Sửa mục – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="280"/>
        <source>Thêm mục – {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="44"/>
        <source>Khởi tạo NBHR Desktop</source>
        <translation>Set up NBHR Desktop</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="46"/>
        <source>Dữ liệu được lưu tại: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="51"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="53"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="57"/>
        <source>Đang tải danh sách đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="82"/>
        <source>{0} (đến {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="105"/>
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
        <source>Cấp huyện (UBND huyện, thành phố)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="41"/>
        <source>Cấp tỉnh (tổng hợp báo cáo của các huyện)</source>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="87"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="88"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="101"/>
        <source>chưa ghi tên</source>
        <translation>not named</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="102"/>
        <source>cấp tỉnh</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="102"/>
        <source>cấp huyện</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="103"/>
        <source>{0} ({1}) · Cán bộ: {2}</source>
        <translation>{0} ({1}) · Officer: {2}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="106"/>
        <source>Dữ liệu: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="187"/>
        <source>Giới thiệu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="188"/>
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
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="38"/>
        <source>Màn hình &quot;{0}&quot; đang được xây dựng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="136"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="138"/>
        <source>Lỗi không mong đợi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="139"/>
        <source>Đã xảy ra lỗi không mong đợi: {0}. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="25"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="25"/>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="26"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="26"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="27"/>
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="27"/>
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="28"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="29"/>
        <source>Sao lưu thủ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="30"/>
        <source>Tự động hằng ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="31"/>
        <source>Trước khi nâng cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="32"/>
        <source>Trước khi nhập dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="33"/>
        <source>Trước khi khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="50"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="53"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="54"/>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="56"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="168"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="170"/>
        <source>Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="189"/>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="195"/>
        <source>Đang sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="194"/>
        <source>Đã sao lưu vào {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="206"/>
        <source>Chọn tệp sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="207"/>
        <source>Tệp sao lưu NBHR (*.sqlite3);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="213"/>
        <source>Khôi phục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="214"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{0}?

Dữ liệu hiện tại sẽ được sao lưu trước khi thay, nên vẫn lấy lại được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="225"/>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="234"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="229"/>
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
        <source>Sao lưu và khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="66"/>
        <source>Phần mềm tự sao lưu trước khi nâng cấp, trước khi nhập dữ liệu và mỗi ngày một lần. Nên chép định kỳ một bản sao lưu sang USB hoặc máy khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="72"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="73"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="74"/>
        <source>Khôi phục từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="82"/>
        <source>Sửa đơn vị hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="82"/>
        <source>Thêm đơn vị hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="92"/>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="134"/>
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
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="59"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="60"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
