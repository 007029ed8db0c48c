<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="52"/>
        <source>Xóa {0} hoạt động</source>
        <translation>Delete {0} activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="215"/>
        <source>{0} hoạt động</source>
        <translation>{0} activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="225"/>
        <source>Đang lọc:</source>
        <translation>Filtering:</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="280"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="290"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="299"/>
        <source>Đang lưu thay đổi</source>
        <translation>Saving changes</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="303"/>
        <source>Đã xóa {0} hoạt động.</source>
        <translation>Deleted {0} activities.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="308"/>
        <source>Đã khôi phục {0} hoạt động.</source>
        <translation>Restored {0} activities.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="330"/>
        <source>Đã sửa {0} hoạt động.</source>
        <translation>Edited {0} activities.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="345"/>
        <source>(chọn bộ lọc)</source>
        <translation>(choose a filter)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="357"/>
        <source>Lưu bộ lọc</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="358"/>
        <source>Tên bộ lọc:</source>
        <translation>Filter name:</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="373"/>
        <source>Xóa bộ lọc</source>
        <translation>Delete filter</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/screen.py" line="374"/>
        <source>Xóa bộ lọc đã lưu “{0}”?</source>
        <translation>Delete the saved filter “{0}”?</translation>
    </message>
</context>
<context>
    <name>ActivitiesScreenForm</name>
    <message>
        <location filename="../../forms/activities_screen.ui" line="12"/>
        <source>0,0,0,0,1,0</source>
        <translation>0,0,0,0,1,0</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="15"/>
        <source>&lt;h2&gt;Hoạt động&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Activities&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="19"/>
        <source>Tìm theo tên, nội dung (gõ không dấu cũng được)… (Ctrl+F)</source>
        <translation>Search by name or content (accents optional)… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="22"/>
        <source>Hiện hoặc ẩn thanh bộ lọc</source>
        <translation>Show or hide the filter bar</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="75"/>
        <source>Lưu…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="75"/>
        <source>Lưu bộ lọc đang dùng với một tên</source>
        <translation>Save the current filter under a name</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="88"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="76"/>
        <source>Xóa bộ lọc đã lưu đang chọn</source>
        <translation>Delete the selected saved filter</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="24"/>
        <source>Chọn các cột hiển thị</source>
        <translation>Choose the columns shown</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="25"/>
        <source>Hiện tiến độ từng nhiệm vụ của kế hoạch so với các hoạt động đã gắn</source>
        <translation>Show the progress of each plan task against the activities linked to it</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="43"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="45"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="57"/>
        <source>Chủ đề:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="23"/>
        <source>Bỏ mọi điều kiện lọc và tìm kiếm</source>
        <translation>Clear every filter and the search</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="23"/>
        <source>Xóa &amp;bộ lọc</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="83"/>
        <source>0,0,0,0,0,1</source>
        <translation>0,0,0,0,0,1</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="84"/>
        <source>Thêm hoạt động mới (Ctrl+N)</source>
        <translation>Add a new activity (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="85"/>
        <source>Sửa hoạt động đang chọn (Enter)</source>
        <translation>Edit the selected activity (Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="86"/>
        <source>Tạo hoạt động mới giống hoạt động đang chọn (Ctrl+D)</source>
        <translation>Create a new activity like the selected one (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="87"/>
        <source>Sửa nhiều…</source>
        <translation>Edit several…</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="87"/>
        <source>Đặt nhiệm vụ, hình thức, xã hoặc nguồn kinh phí cho các hoạt động đang chọn</source>
        <translation>Set the task, form, commune or funding source of the selected activities</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="88"/>
        <source>Xóa các hoạt động đang chọn (Delete); có thể hoàn tác</source>
        <translation>Delete the selected activities (Delete); can be undone</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="22"/>
        <source>Bộ &amp;lọc</source>
        <translation>Filter&amp;s</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="24"/>
        <source>&amp;Cột</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="25"/>
        <source>Tiến độ &amp;kế hoạch</source>
        <translation>&amp;Plan progress</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="39"/>
        <source>Thời gi&amp;an:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="49"/>
        <source>&amp;Hình thức:</source>
        <translation>Fo&amp;rm:</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="53"/>
        <source>Xã, thị t&amp;rấn:</source>
        <translation>Comm&amp;une:</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="61"/>
        <source>Đố&amp;i tượng:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="65"/>
        <source>Nhiệm &amp;vụ:</source>
        <translation>Tas&amp;k:</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="69"/>
        <source>Nguồn kinh &amp;phí:</source>
        <translation>Fundin&amp;g source:</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="73"/>
        <source>Bộ lọc đã lư&amp;u:</source>
        <translation>Sa&amp;ved filters:</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="76"/>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="84"/>
        <source>Thê&amp;m hoạt động</source>
        <translation>Add activit&amp;y</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="85"/>
        <source>&amp;Sửa</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="86"/>
        <source>&amp;Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="101"/>
        <source>Khôi phục các hoạt động vừa xóa (Ctrl+Z)</source>
        <translation>Restore the activities just deleted (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="101"/>
        <source>H&amp;oàn tác</source>
        <translation>U&amp;ndo</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="102"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="102"/>
        <source>Ẩn thông báo</source>
        <translation>Hide the message</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="121"/>
        <source>&lt;b&gt;Tiến độ thực hiện kế hoạch&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan progress&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="127"/>
        <source>Nhiệm vụ / chỉ tiêu</source>
        <translation>Task / target</translation>
    </message>
    <message>
        <location filename="../../forms/activities_screen.ui" line="128"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>ActivityBulkDialogForm</name>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="10"/>
        <source>&amp;Gắn nhiệm vụ kế hoạch:</source>
        <translation>Link to &amp;plan task:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="12"/>
        <source>Đặt hì&amp;nh thức:</source>
        <translation>Set &amp;form:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="14"/>
        <source>Đặt &amp;xã, thị trấn:</source>
        <translation>S&amp;et commune:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="16"/>
        <source>Đặt nguồn &amp;kinh phí:</source>
        <translation>&amp;Set funding source:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="18"/>
        <source>Đặt cơ &amp;quan chủ trì:</source>
        <translation>Set &amp;lead agency:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="20"/>
        <source>Thêm &amp;chủ đề:</source>
        <translation>Add &amp;theme:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="22"/>
        <source>&amp;Thêm đối tượng:</source>
        <translation>&amp;Add audience:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_bulk_dialog.ui" line="26"/>
        <source>Chỉ những mục được đánh dấu mới thay đổi. Để trống ô chọn để bỏ giá trị (ví dụ bỏ gắn nhiệm vụ).</source>
        <translation>Only the ticked items change. Leave a choice empty to clear the value (for example to unlink the task).</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="143"/>
        <source>Sửa hoạt động</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="143"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="148"/>
        <source>Gõ để chọn hình thức…</source>
        <translation>Type to choose a form…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="149"/>
        <source>Gõ tên xã, thị trấn…</source>
        <translation>Type a commune name…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="151"/>
        <source>Không gắn nhiệm vụ</source>
        <translation>No plan task</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="153"/>
        <source>Gõ tên cơ quan…</source>
        <translation>Type an agency name…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="154"/>
        <source>Chọn nguồn kinh phí…</source>
        <translation>Choose a funding source…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="378"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="166"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="164"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="322"/>
        <source>Vẫn lưu</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="328"/>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="329"/>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="373"/>
        <source>Có thể trùng với hoạt động đã nhập cùng ngày, cùng hình thức và cùng xã:</source>
        <translation>May duplicate an activity already entered on the same day, with the same form and commune:</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="375"/>
        <source>Nếu đúng là hoạt động khác, nhấn “Vẫn lưu”.</source>
        <translation>If it really is a different activity, click “Save anyway”.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="404"/>
        <source>Đang lưu hoạt động</source>
        <translation>Saving the activity</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="418"/>
        <source>Sẽ được chép vào thư mục dữ liệu khi lưu: {0}</source>
        <translation>Will be copied into the data folder on saving: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="429"/>
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/dialog.py" line="431"/>
        <source>Ảnh, tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</source>
        <translation>Pictures, documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ActivityDialogForm</name>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="13"/>
        <source>Ví dụ: Tập huấn Công ước CEDAW cho cán bộ thông tin cơ sở</source>
        <translation>For example: CEDAW training for grassroots information officers</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="19"/>
        <source>Để trống (—) nếu hoạt động diễn ra trong một ngày</source>
        <translation>Leave empty (—) for a one-day activity</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="28"/>
        <source>Ví dụ: Hội trường UBND xã</source>
        <translation>For example: Commune People&apos;s Committee hall</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="51"/>
        <source>Ví dụ: 2 tin, 1 bài; 500 tờ gấp</source>
        <translation>For example: 2 news items, 1 article; 500 leaflets</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="12"/>
        <source>Tên h&amp;oạt động (*):</source>
        <translation>&amp;Activity name (*):</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="14"/>
        <source>Ngà&amp;y (*):</source>
        <translation>&amp;Date (*):</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="18"/>
        <source>đến n&amp;gày</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="23"/>
        <source>Hình &amp;thức:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="25"/>
        <source>&amp;Xã, thị trấn:</source>
        <translation>Co&amp;mmune:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="27"/>
        <source>Đị&amp;a điểm:</source>
        <translation>Ven&amp;ue:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="29"/>
        <source>Nhiệm &amp;vụ kế hoạch:</source>
        <translation>Plan tas&amp;k:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="31"/>
        <source>Cơ &amp;quan chủ trì:</source>
        <translation>Lead agenc&amp;y:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="33"/>
        <source>Nguồn &amp;kinh phí:</source>
        <translation>Fundin&amp;g source:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="35"/>
        <source>K&amp;inh phí (đồng):</source>
        <translation>Cost (&amp;VND):</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="42"/>
        <source>Lượt người tham &amp;dự:</source>
        <translation>Part&amp;icipants:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="44"/>
        <source>t&amp;rong đó nữ:</source>
        <translation>of &amp;whom women:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="46"/>
        <source>người dân tộc thiể&amp;u số:</source>
        <translation>&amp;ethnic minority:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="48"/>
        <source>Số sả&amp;n phẩm:</source>
        <translation>Number of &amp;products:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="50"/>
        <source>Sản &amp;phẩm là:</source>
        <translation>P&amp;roducts are:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="52"/>
        <source>&amp;Số phút phát sóng:</source>
        <translation>&amp;Broadcast minutes:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="54"/>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="64"/>
        <source>Chủ đề (chọn một hoặc nhiều)</source>
        <translation>Themes (one or more)</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="66"/>
        <source>Gõ để lọc chủ đề…</source>
        <translation>Type to filter themes…</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="73"/>
        <source>Đối tượng (chọn một hoặc nhiều)</source>
        <translation>Audiences (one or more)</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="75"/>
        <source>Gõ để lọc đối tượng…</source>
        <translation>Type to filter audiences…</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="86"/>
        <source>Nội dung, kết quả</source>
        <translation>Content and results</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="88"/>
        <source>Tóm tắt nội dung đã truyền thông và kết quả</source>
        <translation>Summary of what was communicated and the results</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="94"/>
        <source>Tệp minh chứng (ảnh, bản chụp, danh sách dự)</source>
        <translation>Evidence files (photos, scans, attendance lists)</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="96"/>
        <source>Kéo thả tệp vào đây để đính kèm; nhấp đúp để mở</source>
        <translation>Drop files here to attach them; double-click to open</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="99"/>
        <source>Đính kèm…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="100"/>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="101"/>
        <source>&amp;Bỏ tệp</source>
        <translation>Remove fi&amp;le</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="169"/>
        <source>Sửa cơ quan</source>
        <translation>Edit agency</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="169"/>
        <source>Thêm cơ quan</source>
        <translation>Add agency</translation>
    </message>
</context>
<context>
    <name>AgencyDialogForm</name>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="13"/>
        <source>&amp;Tên cơ quan:</source>
        <translation>Agency &amp;name:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="19"/>
        <source>Ví dụ: Phòng Tư pháp</source>
        <translation>For example: Justice Division</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="25"/>
        <source>&amp;Ký hiệu:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="37"/>
        <source>L&amp;oại:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_agency_dialog.ui" line="31"/>
        <source>Dùng ở dòng &quot;Lưu: VT, …&quot;, ví dụ TP</source>
        <translation>Used in the line &quot;Lưu: VT, …&quot;, for example TP</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="112"/>
        <source>Truyền thông về quyền con người – Ninh Bình</source>
        <translation>Human rights communication – Ninh Bình</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="115"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="136"/>
        <source>Lỗi: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="151"/>
        <source>Sao lưu tự động không thành công: {0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="165"/>
        <source>NBHR Desktop đang mở dữ liệu này: đã chuyển sang cửa sổ đang mở.</source>
        <translation>NBHR Desktop already has this data open: switched to the open window.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="169"/>
        <source>NBHR Desktop đang mở dữ liệu {0} (tiến trình {1}) nhưng chưa trả lời. Hãy dùng cửa sổ đang mở; nếu vừa đóng nó, hãy đợi một lát rồi mở lại.</source>
        <translation>NBHR Desktop has data {0} open (process {1}) but does not answer. Use the open window; if you have just closed it, wait a moment and open it again.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="197"/>
        <source>Lỗi: không có màn hình &quot;{0}&quot;. Các màn hình: {1}.</source>
        <translation>Error: there is no screen &quot;{0}&quot;. Screens: {1}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="202"/>
        <source>Lỗi: kích thước &quot;{0}&quot; không hợp lệ; hãy ghi dạng 1024x768.</source>
        <translation>Error: size &quot;{0}&quot; is not valid; write it like 1024x768.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="247"/>
        <source>Không mở được dữ liệu tại {0}: {1}. Nếu tệp dữ liệu bị hỏng, hãy khôi phục bản sao lưu gần nhất trong thư mục {2}.</source>
        <translation>Cannot open the data at {0}: {1}. If the data file is damaged, restore the latest backup from the folder {2}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="259"/>
        <source>Thư mục dữ liệu chưa được khởi tạo. Hãy chạy lệnh &quot;init --unit &lt;tên đơn vị&gt;&quot; trước.</source>
        <translation>The data folder has not been set up. Run &quot;init --unit &lt;unit name&gt;&quot; first.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="268"/>
        <source>Không xóa được dữ liệu trống tại {0}: {1}</source>
        <translation>Cannot delete the empty data at {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/app.py" line="289"/>
        <source>Màn hình &quot;{0}&quot; chỉ có ở máy cấp tỉnh.</source>
        <translation>The &quot;{0}&quot; screen is only available on the province computer.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screenshot.py" line="185"/>
        <source>Lỗi: màn hình &quot;{0}&quot; chưa sẵn sàng sau {1} giây.</source>
        <translation>Error: screen &quot;{0}&quot; was not ready after {1} seconds.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screenshot.py" line="193"/>
        <source>Lỗi: không ghi được ảnh {0}.</source>
        <translation>Error: cannot write the picture {0}.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="19"/>
        <source>Sửa nhiều hoạt động</source>
        <translation>Edit several activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="22"/>
        <source>Áp dụng cho {0} hoạt động đang chọn.</source>
        <translation>Applies to the {0} selected activities.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="25"/>
        <source>Không gắn nhiệm vụ</source>
        <translation>No plan task</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="37"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/bulk_dialog.py" line="38"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CatalogueScreenForm</name>
    <message>
        <location filename="../../forms/catalogue_screen.ui" line="13"/>
        <source>&lt;h2&gt;Danh mục&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Catalogues&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_screen.ui" line="18"/>
        <source>Các danh mục dùng chung khi lập kế hoạch và ghi nhận hoạt động. Mục đã dùng không xóa được; hãy cho ngừng dùng (hoặc ghi ngày hết hiệu lực với đơn vị hành chính) để giữ đúng các văn bản cũ.</source>
        <translation>Lists shared by plans and activity records. An item in use cannot be deleted; retire it instead (or give an administrative unit an end date) so that old documents stay right.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="203"/>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="205"/>
        <source>Hiện cả đơn vị đã hết hiệu lực</source>
        <translation>Also show units no longer in force</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="206"/>
        <source>Mọi cấp</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="243"/>
        <source>{0} / {1} mục</source>
        <translation>{0} / {1} items</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="244"/>
        <source>{0} mục</source>
        <translation>{0} items</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="251"/>
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="251"/>
        <source>Dùng lại</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>CatalogueTabForm</name>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="15"/>
        <source>T&amp;hêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="20"/>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="25"/>
        <source>&amp;Ngừng dùng</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="41"/>
        <source>Hiện &amp;cả mục đã ngừng dùng</source>
        <translation>Also &amp;show retired items</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_tab.ui" line="48"/>
        <source>Tìm (gõ không dấu cũng được)</source>
        <translation>Search (accents optional)</translation>
    </message>
</context>
<context>
    <name>Catalogues</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="33"/>
        <source>Cấp tỉnh</source>
        <translation>Province level</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="34"/>
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="36"/>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="40"/>
        <source>Phòng, ban, trung tâm</source>
        <translation>Divisions, boards, centres</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="41"/>
        <source>Mặt trận, đoàn thể</source>
        <translation>Fatherland Front, mass organisations</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="42"/>
        <source>UBND xã, phường, thị trấn</source>
        <translation>Commune People&apos;s Committees</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="44"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="52"/>
        <source>Mục này do đơn vị mã {0} quản lý. Bạn vẫn sửa được trên máy này; khi nhận tệp mới của đơn vị đó, phần mềm sẽ báo nếu hai bên cùng sửa.</source>
        <translation>This item is managed by the unit with code {0}. You can still edit it on this computer; when a new file from that unit arrives, the software will tell you if both sides edited it.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="48"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="51"/>
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="56"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="57"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="115"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="58"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="106"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="60"/>
        <source>Thuộc</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="61"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="69"/>
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="63"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="71"/>
        <source>Hiệu lực đến</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="65"/>
        <source>Đơn vị kế thừa</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="77"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="113"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="78"/>
        <source>Tên cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="79"/>
        <source>Ký hiệu</source>
        <translation>Short code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="80"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="104"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="82"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="108"/>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="119"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="86"/>
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="87"/>
        <source>Thực hiện</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="88"/>
        <source>Nơi nhận kế hoạch</source>
        <translation>Plan recipients</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="89"/>
        <source>Nơi nhận báo cáo</source>
        <translation>Report recipients</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="90"/>
        <source>Kính gửi (báo cáo)</source>
        <translation>Addressed to (report)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="92"/>
        <source>huyện</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="93"/>
        <source>xã</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="97"/>
        <source>tỉnh</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="99"/>
        <source>mọi cấp</source>
        <translation>all levels</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="105"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="117"/>
        <source>Đơn vị tính</source>
        <translation>Product unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="136"/>
        <source>Hình thức</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="137"/>
        <source>Chủ đề</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="138"/>
        <source>Đối tượng</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="139"/>
        <source>Nguồn kinh phí</source>
        <translation>Funding sources</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="140"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="142"/>
        <source>Cơ quan</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="146"/>
        <source>Căn cứ, nơi nhận</source>
        <translation>Legal bases, recipients</translation>
    </message>
</context>
<context>
    <name>CataloguesScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="352"/>
        <source>Sửa mục – {0}</source>
        <translation>Edit item – {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/screen.py" line="352"/>
        <source>Thêm mục – {0}</source>
        <translation>Add item – {0}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/charts.py" line="76"/>
        <source>Lưu PNG…</source>
        <translation>Save PNG…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/charts.py" line="77"/>
        <source>Lưu biểu đồ này thành tệp ảnh PNG</source>
        <translation>Save this chart as a PNG picture</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/charts.py" line="165"/>
        <source>Lưu biểu đồ</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/charts.py" line="167"/>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="30"/>
        <source>Giải quyết xung đột khi nhập</source>
        <translation>Resolve import conflicts</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="38"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="38"/>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="88"/>
        <source>Bản của máy này</source>
        <translation>This computer&apos;s version</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="39"/>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="89"/>
        <source>Bản trong tệp</source>
        <translation>Version in the file</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="39"/>
        <source>Lấy bản trong tệp</source>
        <translation>Take the file&apos;s version</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="59"/>
        <source>Nhập với các lựa chọn này</source>
        <translation>Import with these choices</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="60"/>
        <source>Hủy nhập</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="74"/>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="76"/>
        <source>Cài đặt: {0}</source>
        <translation>Installation: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/conflict_dialog.py" line="77"/>
        <source>Sửa lúc: {0} · phiên bản {1}</source>
        <translation>Edited: {0} · version {1}</translation>
    </message>
</context>
<context>
    <name>ConflictDialogForm</name>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="10"/>
        <source>Những bản ghi dưới đây đã được sửa ở cả hai nơi (hoặc thuộc kỳ báo cáo đã gửi). Không có gì bị ghi đè nếu bạn chưa chọn. Chọn giữ bản của máy này, lấy bản trong tệp, hoặc chọn theo từng trường.</source>
        <translation>The records below were edited in both places (or belong to a report period already submitted). Nothing is overwritten until you choose. Keep this computer&apos;s version, take the file&apos;s version, or choose field by field.</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="30"/>
        <source>Để &amp;sau (không nhập bản ghi này)</source>
        <translation>&amp;Later (do not import this record)</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="31"/>
        <source>&amp;Giữ bản của máy này</source>
        <translation>&amp;Keep this computer&apos;s version</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="32"/>
        <source>Lấy &amp;bản trong tệp</source>
        <translation>Take the &amp;file&apos;s version</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="33"/>
        <source>&amp;Chọn theo từng trường</source>
        <translation>Choose field &amp;by field</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="42"/>
        <source>Giữ &amp;tất cả bản của máy này</source>
        <translation>Keep &amp;all of this computer&apos;s versions</translation>
    </message>
    <message>
        <location filename="../../forms/conflict_dialog.ui" line="43"/>
        <source>&amp;Lấy tất cả bản trong tệp</source>
        <translation>&amp;Take all versions in the file</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <location filename="../../forms/dashboard.ui" line="13"/>
        <source>&lt;h2&gt;Tổng quan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Overview&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="15"/>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="17"/>
        <source>Năm </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="19"/>
        <location filename="../../forms/dashboard.ui" line="21"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="20"/>
        <source>đế&amp;n</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="22"/>
        <source>&amp;Xem</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard.ui" line="54"/>
        <source>&lt;b&gt;Nhiệm vụ quá hạn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Overdue tasks&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="61"/>
        <source>Số hoạt động theo tháng</source>
        <translation>Activities by month</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="62"/>
        <source>Số hoạt động theo hình thức</source>
        <translation>Activities by form</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="63"/>
        <source>Số hoạt động theo đơn vị</source>
        <translation>Activities by unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="64"/>
        <source>Số hoạt động theo xã, thị trấn</source>
        <translation>Activities by commune</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="65"/>
        <source>Lượt người tham dự theo đối tượng</source>
        <translation>Participants by audience</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="87"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="87"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="88"/>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="91"/>
        <source>Quý {0}</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="170"/>
        <source>Số liệu từ {0} đến {1}; hoạt động tính theo ngày bắt đầu</source>
        <translation>Figures from {0} to {1}; activities counted by start date</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="186"/>
        <source>so với cùng kỳ năm trước</source>
        <translation>compared with the same period last year</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="197"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="199"/>
        <source>Lượt người tham dự</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="203"/>
        <source>Tỉ lệ nữ</source>
        <translation>Share of women</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="206"/>
        <source>{0} người DTTS</source>
        <translation>{0} ethnic minority</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="208"/>
        <source>Sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="212"/>
        <source>dự toán {0}</source>
        <translation>budget {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="221"/>
        <source>{0} / dự toán {1}</source>
        <translation>{0} / budget {1}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="215"/>
        <source>Kinh phí đã chi</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="228"/>
        <source>dự toán</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="242"/>
        <source>Số hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="242"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="246"/>
        <source>(chưa ghi)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="251"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="262"/>
        <source>; biểu đồ theo đơn vị: {0} đơn vị nhiều hoạt động nhất, {1} đơn vị khác có {2} hoạt động</source>
        <translation>; unit chart: the {0} units with the most activities, {1} other units with {2} activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="269"/>
        <source>Lượt người</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="277"/>
        <source>Hạn {0} · đạt {1}</source>
        <translation>Due {0} · reached {1}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/screen.py" line="283"/>
        <source>Không có nhiệm vụ quá hạn.</source>
        <translation>No overdue tasks.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="66"/>
        <source>&quot;{0}&quot; không phải ngày: hãy gõ ngày/tháng/năm, ví dụ 05/03/2024 hoặc 05032024.</source>
        <translation>&quot;{0}&quot; is not a date: type day/month/year, for example 05/03/2024 or 05032024.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="75"/>
        <source>Ngày {0} không có trong lịch.</source>
        <translation>The date {0} does not exist.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="112"/>
        <source>Chọn ngày trên lịch</source>
        <translation>Choose a date on the calendar</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="151"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="165"/>
        <source>Chưa có ngày: hãy gõ ngày/tháng/năm.</source>
        <translation>No date yet: type day/month/year.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/widgets/date_field.py" line="240"/>
        <source>Gõ ngày/tháng/năm, ví dụ 05/03/2024 hoặc 05032024, hoặc chọn trên lịch (Alt+↓).</source>
        <translation>Type day/month/year, for example 05/03/2024 or 05032024, or choose on the calendar (Alt+↓).</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="49"/>
        <source>Bản ghi / dòng</source>
        <translation>Record / row</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="51"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="54"/>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="56"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="58"/>
        <source>Đơn vị gửi</source>
        <translation>Sending unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="59"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="60"/>
        <source>Số bản ghi / lý do</source>
        <translation>Records / reason</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="64"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="65"/>
        <source>Mã khóa</source>
        <translation>Key code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="66"/>
        <source>Cách tin</source>
        <translation>Trusted by</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="67"/>
        <source>Máy</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="68"/>
        <source>Từ lúc</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>ExchangeScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="154"/>
        <source>Lần gửi trước cho nơi này: {0}</source>
        <translation>Last sent to this recipient: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="155"/>
        <source>Chưa gửi lần nào cho nơi này: gói sẽ chứa toàn bộ dữ liệu.</source>
        <translation>Never sent to this recipient: the package will hold all the data.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="184"/>
        <source>Chọn tệp cần nhập</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="185"/>
        <source>Tệp trao đổi (*.nbhr *.xlsx);;Gói trao đổi (*.nbhr);;Sổ Excel (*.xlsx)</source>
        <translation>Exchange files (*.nbhr *.xlsx);;Exchange packages (*.nbhr);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="195"/>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="205"/>
        <source>Đang kiểm tra tệp…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="232"/>
        <source>Từ: {0}</source>
        <translation>From: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="236"/>
        <source>Có {0} xung đột: khi bấm “Nhập dữ liệu” bạn sẽ chọn giữ bản nào.</source>
        <translation>{0} conflicts: when you click “Import data” you will choose which version to keep.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="247"/>
        <source>Không có gì mới để nhập.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="294"/>
        <source>Đang nhập dữ liệu…</source>
        <translation>Importing data…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="299"/>
        <source>Đã hủy nhập: dữ liệu không thay đổi.</source>
        <translation>Import cancelled: no data was changed.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="306"/>
        <source>Đã nhập: mới {0}, sửa {1}, xóa {2}, xung đột đã giải quyết {3}.</source>
        <translation>Imported: {0} new, {1} edited, {2} deleted, {3} conflicts resolved.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="309"/>
        <source>{0} xung đột để sau (chưa nhập).</source>
        <translation>{0} conflicts left for later (not imported).</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="311"/>
        <source>Bản sao lưu trước khi nhập: {0}</source>
        <translation>Backup made before importing: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="326"/>
        <source>Đã từ chối tệp {0}; việc từ chối được ghi vào Lịch sử.</source>
        <translation>Refused the file {0}; the refusal is recorded in History.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="342"/>
        <source>Đã đăng ký khóa {0} cho {1}.</source>
        <translation>Registered key {0} for {1}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="344"/>
        <source>Khóa {0} đã được tin cho {1} từ trước.</source>
        <translation>Key {0} was already trusted for {1}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="348"/>
        <source>Bỏ khóa {0} đã ghim khi nhận tệp đầu tiên: không khớp mã vừa đăng ký.</source>
        <translation>Dropped key {0}, pinned when the first file arrived: it does not match the code just registered.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="363"/>
        <source>Thôi tin khóa</source>
        <translation>Stop trusting the key</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="365"/>
        <source>Thôi tin khóa {0} của {1}? Tệp ký bằng khóa này sẽ bị từ chối cho đến khi khóa được tin lại.</source>
        <translation>Stop trusting key {0} of {1}? Files signed with this key will be refused until the key is trusted again.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="378"/>
        <source>Lưu gói trao đổi</source>
        <translation>Save exchange package</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="379"/>
        <source>Gói trao đổi (*.nbhr)</source>
        <translation>Exchange package (*.nbhr)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="397"/>
        <source>Đã xuất {0} bản ghi vào {1}.</source>
        <translation>Exported {0} records to {1}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="400"/>
        <source>Không kèm được {0} tệp minh chứng.</source>
        <translation>Could not include {0} evidence files.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="408"/>
        <source>Đã hủy xuất gói: không có tệp nào được ghi.</source>
        <translation>Package export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="415"/>
        <source>Đang xuất gói…</source>
        <translation>Exporting the package…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="422"/>
        <source>Lưu sổ Excel nhập liệu</source>
        <translation>Save the entry workbook</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="424"/>
        <source>Sổ Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="434"/>
        <source>Đã xuất sổ nhập liệu {0}.</source>
        <translation>Exported the entry workbook {0}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/screen.py" line="435"/>
        <source>Đang xuất sổ Excel…</source>
        <translation>Exporting the Excel workbook…</translation>
    </message>
</context>
<context>
    <name>ExchangeScreenForm</name>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="13"/>
        <source>&lt;h2&gt;Trao đổi dữ liệu&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Data exchange&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="19"/>
        <source>Gửi và nhận dữ liệu bằng tệp (USB, thư điện tử): gói .nbhr có chữ ký giữa các máy, huyện và tỉnh; sổ Excel nhập liệu cho xã. Mọi tệp được kiểm tra và xem trước trước khi nhập.</source>
        <translation>Send and receive data as files (USB, e-mail): signed .nbhr packages between computers, districts and the province; Excel entry workbooks for communes. Every file is checked and previewed before it is imported.</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="34"/>
        <source>Kéo thả tệp .nbhr hoặc sổ Excel .xlsx vào đây, hoặc bấm “Chọn tệp…”.</source>
        <translation>Drop a .nbhr file or an .xlsx Excel workbook here, or click “Choose file…”.</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="26"/>
        <source>&amp;Nhận về</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="39"/>
        <source>C&amp;họn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="45"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="50"/>
        <source>Mới:</source>
        <translation>New:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="51"/>
        <location filename="../../forms/exchange_screen.ui" line="53"/>
        <location filename="../../forms/exchange_screen.ui" line="55"/>
        <location filename="../../forms/exchange_screen.ui" line="57"/>
        <location filename="../../forms/exchange_screen.ui" line="59"/>
        <location filename="../../forms/exchange_screen.ui" line="61"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="52"/>
        <source>Sửa:</source>
        <translation>Edited:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="54"/>
        <source>Không đổi:</source>
        <translation>Unchanged:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="56"/>
        <source>Xóa:</source>
        <translation>Deleted:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="58"/>
        <source>Xung đột:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="60"/>
        <source>Từ chối:</source>
        <translation>Refused:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="65"/>
        <source>Bản ghi bị bỏ &amp;qua hoặc từ chối, và lý do:</source>
        <translation>Records skipped &amp;or refused, and why:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="71"/>
        <source>&amp;Bỏ qua tệp này</source>
        <translation>S&amp;kip this file</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="72"/>
        <source>Từ &amp;chối tệp</source>
        <translation>Refuse &amp;the file</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="73"/>
        <source>Nhập &amp;dữ liệu</source>
        <translation>Import &amp;data</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="82"/>
        <source>Gử&amp;i đi</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="88"/>
        <source>Gửi c&amp;ho:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="93"/>
        <source>&amp;Chỉ những gì thay đổi từ lần gửi trước cho nơi này</source>
        <translation>&amp;Only what changed since the last package sent to this recipient</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="94"/>
        <source>Toàn &amp;bộ dữ liệu của đơn vị</source>
        <translation>&amp;All of the unit&apos;s data</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="97"/>
        <source>&amp;Kèm tệp minh chứng (mỗi tệp tới 50 MB)</source>
        <translation>Include evidence files (&amp;up to 50 MB each)</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="99"/>
        <source>&amp;Xuất gói…</source>
        <translation>Export &amp;package…</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="110"/>
        <source>Xuất &amp;sổ Excel mẫu…</source>
        <translation>&amp;Export Excel template…</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="119"/>
        <source>&amp;Lịch sử</source>
        <translation>H&amp;istory</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="121"/>
        <source>&amp;Các lần nhập tệp (kể cả tệp bị từ chối):</source>
        <translation>Fi&amp;les imported (including refused files):</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="127"/>
        <source>Đăng ký &amp;mã khóa…</source>
        <translation>Register &amp;a key code…</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="128"/>
        <source>Thôi tin &amp;khóa đã chọn</source>
        <translation>Stop &amp;trusting the selected key</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="72"/>
        <source>Không nhập tệp này và ghi việc từ chối vào lịch sử (ví dụ: mã khóa không khớp mã đơn vị báo).</source>
        <translation>Do not import this file and record the refusal in the history (for example: the key code does not match the code the unit gave).</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="86"/>
        <source>Gói trao đổi (.nbhr) có chữ ký</source>
        <translation>Signed exchange package (.nbhr)</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="90"/>
        <source>Phạm vi:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="100"/>
        <source>Mã khóa của máy này:</source>
        <translation>This computer&apos;s key code:</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="107"/>
        <source>Sổ Excel nhập liệu cho xã</source>
        <translation>Excel entry workbook for communes</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="109"/>
        <source>Xuất sổ mẫu có danh sách thả xuống (hình thức, chủ đề, đối tượng, xã, nhiệm vụ). Xã điền rồi gửi lại; nhập sổ ở thẻ “Nhận về”.</source>
        <translation>Export a template workbook with drop-down lists (form, theme, audience, commune, task). The commune fills it in and sends it back; import it on the “Receive” tab.</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="123"/>
        <source>Khóa được tin của các đơn vị (đã ghim, hoặc đăng ký trước từ mã in trên báo cáo của đơn vị):</source>
        <translation>Trusted keys of the units (pinned, or registered beforehand from the code printed on the unit&apos;s report):</translation>
    </message>
    <message>
        <location filename="../../forms/exchange_screen.ui" line="127"/>
        <source>Đăng ký mã khóa của một đơn vị trước khi nhận tệp đầu tiên, hoặc giới thiệu một máy khác của đơn vị này.</source>
        <translation>Register a unit&apos;s key code before its first file arrives, or introduce another computer of this unit.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../nbhr_desktop/ui/file_dialogs.py" line="83"/>
        <source>Tệp đã có</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/file_dialogs.py" line="84"/>
        <source>Thư mục {0} đã có tệp {1}.

Thay tệp cũ bằng tệp mới?</source>
        <translation>The folder {0} already has a file {1}.

Replace the old file with the new one?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="55"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="55"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="55"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="56"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="56"/>
        <source>Năm trước</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="57"/>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="101"/>
        <source>Mọi hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="102"/>
        <source>Mọi xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="103"/>
        <source>Mọi chủ đề</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="104"/>
        <source>Mọi đối tượng</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="105"/>
        <source>Mọi nhiệm vụ</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="106"/>
        <source>Mọi nguồn</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="119"/>
        <source>(chưa gắn nhiệm vụ)</source>
        <translation>(no task linked)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="38"/>
        <source>Gõ tên hoặc mã đơn vị…</source>
        <translation>Type a unit name or code…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="45"/>
        <source>Khởi tạo NBHR Desktop</source>
        <translation>Set up NBHR Desktop</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="47"/>
        <source>Dữ liệu được lưu tại: {0}</source>
        <translation>Data is stored in: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="54"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="56"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="60"/>
        <source>Đang tải danh sách đơn vị…</source>
        <translation>Loading the list of units…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="94"/>
        <source>{0} – {1} (đến {2})</source>
        <translation>{0} – {1} (until {2})</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/first_run.py" line="117"/>
        <source>Đang khởi tạo dữ liệu…</source>
        <translation>Setting up the data…</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <location filename="../../forms/first_run.ui" line="12"/>
        <source>&lt;h2&gt;Chào mừng đến với NBHR Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to NBHR Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="17"/>
        <source>Hãy chọn đơn vị sử dụng phần mềm trên máy này. Kế hoạch, hoạt động và báo cáo sẽ được lập cho đơn vị đó; có thể sửa tên cán bộ sau trong mục Cài đặt.</source>
        <translation>Choose the unit that uses the software on this computer. Plans, activities and reports will be made for that unit; the officer&apos;s name can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="28"/>
        <source>Cấp sử dụng:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="35"/>
        <source>&amp;Xã, phường (từ 01/07/2025) hoặc huyện, thành phố (đến 30/06/2025)</source>
        <translation>Commune or &amp;ward (from 01/07/2025) or district or city (until 30/06/2025)</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="41"/>
        <source>Cấp &amp;tỉnh (tổng hợp báo cáo của các đơn vị)</source>
        <translation>&amp;Province level (consolidates the units&apos; reports)</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="48"/>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="59"/>
        <source>&amp;Cán bộ phụ trách:</source>
        <translation>Officer &amp;in charge:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="65"/>
        <source>Họ và tên, ví dụ: Nguyễn Thị Hoa</source>
        <translation>Full name, for example: Nguyễn Thị Hoa</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../nbhr_desktop/ui/forms.py" line="52"/>
        <source>Không mở được biểu mẫu giao diện {0}</source>
        <translation>Could not open the interface form {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/forms.py" line="59"/>
        <source>Biểu mẫu giao diện hỏng: {0}: {1}</source>
        <translation>The interface form is damaged: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="45"/>
        <source>{0} chỉ hoạt động đến ngày {1}. Khi đã xong hồ sơ của đơn vị, hãy bàn giao: phần mềm ghi một gói dữ liệu cuối cùng (mọi kế hoạch, hoạt động, báo cáo, kèm tệp minh chứng) để gửi tỉnh, rồi từ đó phục vụ xã, phường được chọn. Hồ sơ cũ vẫn xem và in được như đã ban hành.</source>
        <translation>{0} only operates until {1}. When the unit&apos;s records are complete, hand over: the software writes a final data package (every plan, activity and report, with evidence files) to send to the province, and from then on serves the commune or ward you choose. Old records can still be viewed and printed as issued.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="50"/>
        <source>Bàn giao</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="52"/>
        <source>Ghi gói dữ liệu cuối cùng vào
{0}
rồi chuyển máy này sang phục vụ {1}?

Sau khi bàn giao, kế hoạch, hoạt động, báo cáo mới là của {1}.</source>
        <translation>Write the final data package to
{0}
and switch this computer to serve {1}?

After the hand-over, new plans, activities and reports belong to {1}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="58"/>
        <source>Lưu gói bàn giao</source>
        <translation>Save the hand-over package</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="59"/>
        <source>Gói trao đổi NBHR (*.nbhr)</source>
        <translation>NBHR exchange package (*.nbhr)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="82"/>
        <source>Đã bàn giao: gói {0} ({1} bản ghi) đã ghi để gửi tỉnh; máy này nay phục vụ {2}.</source>
        <translation>Handed over: package {0} ({1} records) written to send to the province; this computer now serves {2}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/handover.py" line="86"/>
        <source>Đang bàn giao…</source>
        <translation>Handing over…</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/issue_dialog.py" line="15"/>
        <source>Lưu ý: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/issue_dialog.py" line="22"/>
        <source>Ban hành kế hoạch năm {0}</source>
        <translation>Issue the {0} plan</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/issue_dialog.py" line="30"/>
        <source>Ban hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/issue_dialog.py" line="67"/>
        <source>Không thiếu gì: có thể ban hành.</source>
        <translation>Nothing missing: the plan can be issued.</translation>
    </message>
</context>
<context>
    <name>ItemDialogForm</name>
    <message>
        <location filename="../../forms/catalogue_item_dialog.ui" line="13"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_item_dialog.ui" line="24"/>
        <source>Đơn &amp;vị tính sản phẩm:</source>
        <translation>&amp;Product unit:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_item_dialog.ui" line="30"/>
        <source>Ví dụ: lớp, tin bài, buổi</source>
        <translation>For example: class, news item, session</translation>
    </message>
</context>
<context>
    <name>KeyRegisterDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="26"/>
        <source>Đăng ký mã khóa của đơn vị</source>
        <translation>Register a unit&apos;s key code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="35"/>
        <source>Đăng ký</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>KeyRegisterDialogForm</name>
    <message>
        <location filename="../../forms/key_register_dialog.ui" line="14"/>
        <source>Mỗi máy có một mã khóa (24 chữ số và chữ cái A–F), in ở cuối báo cáo của đơn vị và hiện ở thẻ “Gửi đi” của máy đó. Đăng ký mã của một đơn vị trước khi nhận tệp đầu tiên: tệp ký bằng khóa khác sẽ bị từ chối. Để dùng hai máy cho cùng đơn vị này, đăng ký mã của máy kia.</source>
        <translation>Each computer has a key code (24 digits and letters A–F), printed at the end of the unit&apos;s reports and shown on that computer&apos;s “Send” tab. Register a unit&apos;s code before its first file arrives: files signed with another key will be refused. To use two computers for this unit, register the other computer&apos;s code.</translation>
    </message>
    <message>
        <location filename="../../forms/key_register_dialog.ui" line="19"/>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../forms/key_register_dialog.ui" line="21"/>
        <source>&amp;Mã khóa:</source>
        <translation>&amp;Key code:</translation>
    </message>
    <message>
        <location filename="../../forms/key_register_dialog.ui" line="22"/>
        <source>3F2A-91C0-7B1D-0A2B-C3D4-E5F6</source>
        <translation>3F2A-91C0-7B1D-0A2B-C3D4-E5F6</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="90"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="91"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="93"/>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="122"/>
        <source>chưa ghi tên</source>
        <translation>not named</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="122"/>
        <source>cấp tỉnh</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="122"/>
        <source>cấp xã</source>
        <translation>commune level</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="123"/>
        <source>cấp huyện</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="125"/>
        <source>, hoạt động đến {0}</source>
        <translation>, operating until {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="126"/>
        <source>{0} ({1}) · Cán bộ: {2}</source>
        <translation>{0} ({1}) · Officer: {2}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="129"/>
        <source>Dữ liệu: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="212"/>
        <source>Giới thiệu {0}</source>
        <translation>About {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/main_window.py" line="216"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;&lt;br&gt;Lập kế hoạch, ghi nhận hoạt động và báo cáo kết quả truyền thông về quyền con người (Quyết định 1079/QĐ-TTg, Công văn 524/UBND-VP9) cho UBND cấp huyện và tỉnh Ninh Bình. Hoạt động không cần mạng; trao đổi dữ liệu bằng tệp.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;&lt;br&gt;Plans, activity records and result reports for human rights communication (Decision 1079/QĐ-TTg, Official Letter 524/UBND-VP9) for the district People&apos;s Committees and Ninh Bình province. Works without a network; data is exchanged as files.</translation>
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
        <location filename="../../forms/main_window.ui" line="37"/>
        <source>&amp;Giới thiệu NBHR Desktop</source>
        <translation>&amp;About NBHR Desktop</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="114"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="150"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="161"/>
        <source>Sửa {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="210"/>
        <source>&lt;b&gt;Kế hoạch năm {0}&lt;/b&gt; – lần {1}</source>
        <translation>&lt;b&gt;{0} plan&lt;/b&gt; – revision {1}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="214"/>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="215"/>
        <source>Đã ban hành: {0} ngày {1}</source>
        <translation>Issued: {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="219"/>
        <source>Đã được thay thế (lưu để tra cứu)</source>
        <translation>Superseded (kept for reference)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="222"/>
        <source>Kế hoạch đã ban hành chỉ để đọc. Muốn thay đổi, bấm &quot;Tạo bản sửa đổi&quot;: bản đã ban hành được giữ nguyên.</source>
        <translation>An issued plan is read-only. To change it, click &quot;Create a revision&quot;: the issued version is kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="232"/>
        <source>TM. (thay mặt tập thể)</source>
        <translation>TM. (on behalf of the collective)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="233"/>
        <source>KT. (ký thay người đứng đầu)</source>
        <translation>KT. (signing for the head)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="234"/>
        <source>Q. (quyền)</source>
        <translation>Q. (acting)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="235"/>
        <source>TL. (thừa lệnh)</source>
        <translation>TL. (by order)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="237"/>
        <source>TUQ. (thừa ủy quyền)</source>
        <translation>TUQ. (by authorisation)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="239"/>
        <source>Mục lớn (I., II.)</source>
        <translation>Main section (I., II.)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="240"/>
        <source>Mục (1., 2.)</source>
        <translation>Section (1., 2.)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="241"/>
        <source>Điểm (a), b))</source>
        <translation>Point (a), b))</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="243"/>
        <source>Đoạn văn (không đánh số)</source>
        <translation>Paragraph (not numbered)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="250"/>
        <source>cơ quan chủ quản</source>
        <translation>parent agency</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="251"/>
        <source>cơ quan ban hành</source>
        <translation>issuing agency</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="252"/>
        <source>ký hiệu</source>
        <translation>reference code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="253"/>
        <source>địa danh</source>
        <translation>place name</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="254"/>
        <source>trích yếu</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="255"/>
        <source>chức vụ người ký</source>
        <translation>signer&apos;s title</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="256"/>
        <source>người ký</source>
        <translation>signer</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="259"/>
        <source>căn cứ</source>
        <translation>legal basis</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="261"/>
        <source>nơi nhận</source>
        <translation>recipients</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="263"/>
        <source>số văn bản</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="265"/>
        <source>ngày ban hành</source>
        <translation>issue date</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="266"/>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="267"/>
        <source>kỳ kế hoạch</source>
        <translation>plan period</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="270"/>
        <source>thẩm quyền ký</source>
        <translation>signing authority</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="275"/>
        <source>cấp đoạn</source>
        <translation>paragraph level</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="276"/>
        <source>tiêu đề</source>
        <translation>heading</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="278"/>
        <source>nội dung</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="329"/>
        <source>Thêm đoạn</source>
        <translation>Add paragraph</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="335"/>
        <source>Xóa đoạn</source>
        <translation>Delete paragraph</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="343"/>
        <source>Chuyển đoạn</source>
        <translation>Move paragraph</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="419"/>
        <source>Đang ban hành kế hoạch</source>
        <translation>Issuing the plan</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/editor.py" line="426"/>
        <source>Đang tạo bản sửa đổi</source>
        <translation>Creating a revision</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="42"/>
        <source>Đang tạo PDF kế hoạch</source>
        <translation>Creating the plan PDF</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="52"/>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="62"/>
        <source>In kế hoạch</source>
        <translation>Print the plan</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="75"/>
        <source>Lưu kế hoạch thành PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="77"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="80"/>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="89"/>
        <source>Không mở được PDF</source>
        <translation>Cannot open the PDF</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/printing.py" line="91"/>
        <source>Máy chưa có trình xem PDF. Tệp đã được tạo tại: {0}</source>
        <translation>This computer has no PDF viewer. The file was created at: {0}</translation>
    </message>
</context>
<context>
    <name>PlanEditorForm</name>
    <message>
        <location filename="../../forms/plan_editor.ui" line="42"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="69"/>
        <source>Hoàn tác thay đổi vừa làm (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="79"/>
        <source>Làm lại thay đổi vừa hoàn tác (Ctrl+Y)</source>
        <translation>Redo the change just undone (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="93"/>
        <source>Nhập số, ngày do văn thư cấp và ban hành kế hoạch</source>
        <translation>Enter the number and date given by the records office and issue the plan</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="103"/>
        <source>Kế hoạch đã ban hành không sửa được: tạo bản sửa đổi để thay đổi; bản cũ vẫn được giữ</source>
        <translation>An issued plan cannot be edited: create a revision to change it; the old version is kept</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="120"/>
        <source>Để trống số, ngày và ghi &quot;DỰ THẢO&quot; trên trang đầu</source>
        <translation>Leave the number and date blank and mark &quot;DỰ THẢO&quot; on the first page</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="151"/>
        <source>Mở bản PDF trong trình xem PDF của máy</source>
        <translation>Open the PDF in this computer&apos;s PDF viewer</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="174"/>
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="202"/>
        <source>Chỉ ghi khi cơ quan ban hành là phòng, ban (ví dụ UBND HUYỆN KIM SƠN)</source>
        <translation>Only when the issuing agency is a division or board (for example UBND HUYỆN KIM SƠN)</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="219"/>
        <source>Để trống: Ủy ban nhân dân của đơn vị theo tên tại ngày ban hành</source>
        <translation>Leave empty: the unit&apos;s People&apos;s Committee, by its name on the issue date</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="236"/>
        <source>KH-UBND</source>
        <translation>KH-UBND</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="243"/>
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="256"/>
        <source>chưa có</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="277"/>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="287"/>
        <source>Để trống: địa danh của đơn vị</source>
        <translation>Leave empty: the unit&apos;s place name</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="308"/>
        <source>đến ngày:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="342"/>
        <source>Căn cứ (mỗi dòng một căn cứ):</source>
        <translation>Legal bases (one per line):</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="362"/>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="375"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="385"/>
        <source>PHÓ CHỦ TỊCH</source>
        <translation>PHÓ CHỦ TỊCH</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="392"/>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="405"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="461"/>
        <location filename="../../forms/plan_editor.ui" line="581"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="481"/>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="494"/>
        <source>Tiêu đề:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="504"/>
        <source>Để trống nếu mục không có tiêu đề</source>
        <translation>Leave empty if the section has no heading</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="511"/>
        <source>Nội dung (mỗi dòng một đoạn):</source>
        <translation>Content (one paragraph per line):</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="567"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="619"/>
        <source>Nhiệm vụ đã chọn</source>
        <translation>Selected task</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="625"/>
        <source>Nội dung nhiệm vụ:</source>
        <translation>Task content:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="35"/>
        <source>← Danh sách &amp;kế hoạch</source>
        <translation>← Plan &amp;list</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="66"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="76"/>
        <source>&amp;Làm lại</source>
        <translation>R&amp;edo</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="90"/>
        <source>&amp;Ban hành…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="100"/>
        <source>Tạo bản &amp;sửa đổi</source>
        <translation>Create &amp;a revision</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="117"/>
        <source>In &amp;dạng dự thảo</source>
        <translation>Print as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="127"/>
        <source>&amp;Xem trước khi in…</source>
        <translation>P&amp;review…</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="134"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="141"/>
        <source>Lưu &amp;PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="148"/>
        <source>&amp;Mở PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="171"/>
        <source>Thông tin &amp;chung</source>
        <translation>&amp;General information</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="192"/>
        <source>Cơ &amp;quan chủ quản:</source>
        <translation>Parent agenc&amp;y:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="209"/>
        <source>Cơ qu&amp;an ban hành:</source>
        <translation>Issui&amp;ng agency:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="226"/>
        <source>Ký hiệ&amp;u:</source>
        <translation>Reference code:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="263"/>
        <source>Ngà&amp;y ban hành:</source>
        <translation>Issue date:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="294"/>
        <source>Kỳ kế h&amp;oạch từ ngày:</source>
        <translation>Plan period from:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="322"/>
        <source>T&amp;rích yếu:</source>
        <translation>Sub&amp;ject:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="430"/>
        <source>&amp;Nội dung</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="447"/>
        <source>Thêm đ&amp;oạn</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="454"/>
        <source>Xó&amp;a đoạn</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="468"/>
        <location filename="../../forms/plan_editor.ui" line="588"/>
        <source>X&amp;uống</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="527"/>
        <source>Nhiệm &amp;vụ (Phụ lục)</source>
        <translation>&amp;Tasks (Annex)</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="574"/>
        <source>Xó&amp;a nhiệm vụ</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="645"/>
        <source>Cơ quan chủ t&amp;rì:</source>
        <translation>Lead agenc&amp;y:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="655"/>
        <source>Cơ &amp;quan phối hợp:</source>
        <translation>Cooperating agencies:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="675"/>
        <source>Thời gian thực hiện:</source>
        <translation>Timing:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="706"/>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="716"/>
        <source>Sản phẩm:</source>
        <translation>Products:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="729"/>
        <source>Kinh phí (đồng):</source>
        <translation>Budget (VND):</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="755"/>
        <source>Hình thức thường dùng:</source>
        <translation>Usual form:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="765"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="778"/>
        <source>Chỉ tiêu:</source>
        <translation>Targets:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="797"/>
        <source>Thêm chỉ tiêu</source>
        <translation>Add target</translation>
    </message>
    <message>
        <location filename="../../forms/plan_editor.ui" line="804"/>
        <source>Xóa chỉ tiêu</source>
        <translation>Delete target</translation>
    </message>
</context>
<context>
    <name>PlanIssueForm</name>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="9"/>
        <source>Nhập số và ngày ban hành do văn thư cấp. Sau khi ban hành, kế hoạch chỉ còn để đọc; muốn thay đổi hãy tạo bản sửa đổi.</source>
        <translation>Enter the number and issue date given by the records office. Once issued, the plan is read-only; to change it, create a revision.</translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="17"/>
        <source>&amp;Số văn bản:</source>
        <translation>&amp;Document number:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="27"/>
        <source>chưa có</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="32"/>
        <source>/KH-UBND</source>
        <translation>/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="39"/>
        <source>&amp;Ngày ban hành:</source>
        <translation>&amp;Issue date:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_issue_dialog.ui" line="51"/>
        <source>&lt;b&gt;Cần bổ sung trước khi ban hành:&lt;/b&gt;</source>
        <translation>&lt;b&gt;To complete before issuing:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PlanListForm</name>
    <message>
        <location filename="../../forms/plan_list.ui" line="13"/>
        <source>&lt;h2&gt;Kế hoạch truyền thông về quyền con người&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Human rights communication plans&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="18"/>
        <source>Tạo kế hoạch của năm từ mẫu của tỉnh hoặc sao chép kế hoạch năm trước, sửa nội dung và nhiệm vụ, in dự thảo, rồi nhập số và ngày do văn thư cấp để ban hành. Mọi thay đổi được lưu ngay.</source>
        <translation>Create the year&apos;s plan from the province&apos;s template or copy last year&apos;s plan, edit its content and tasks, print a draft, then enter the number and date from the records office to issue it. Every change is saved at once.</translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="26"/>
        <source>&amp;Năm kế hoạch:</source>
        <translation>&amp;Plan year:</translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="39"/>
        <source>Tạ&amp;o từ mẫu</source>
        <translation>Create from &amp;template</translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="45"/>
        <source>&amp;Sao chép kế hoạch đã chọn sang năm này</source>
        <translation>&amp;Copy to this year</translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="55"/>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="60"/>
        <source>&amp;Xóa dự thảo</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="40"/>
        <source>Tạo dự thảo kế hoạch của năm đã chọn từ mẫu kế hoạch của tỉnh</source>
        <translation>Create a draft plan for the chosen year from the province&apos;s plan template</translation>
    </message>
    <message>
        <location filename="../../forms/plan_list.ui" line="75"/>
        <source>Chưa có kế hoạch nào. Chọn năm rồi bấm &quot;Tạo từ mẫu&quot;.</source>
        <translation>No plans yet. Choose a year and click &quot;Create from template&quot;.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="37"/>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="38"/>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="42"/>
        <source>Đã được thay thế</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="56"/>
        <source>(chưa có số)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="64"/>
        <source>Năm / kỳ</source>
        <translation>Year / period</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="66"/>
        <source>Số, ký hiệu</source>
        <translation>Number, code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="67"/>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="69"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="70"/>
        <source>Lần</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="71"/>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="73"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="74"/>
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="76"/>
        <source>Sửa lần cuối</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="81"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="43"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="44"/>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="45"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="46"/>
        <source>Thời gian</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="47"/>
        <source>Kinh phí (đồng)</source>
        <translation>Budget (VND)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="49"/>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="365"/>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="54"/>
        <source>Số hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="55"/>
        <source>Lượt người tham dự</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="56"/>
        <source>Số sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="57"/>
        <source>Số phút phát sóng</source>
        <translation>Broadcast minutes</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="58"/>
        <source>Nhập tay</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="92"/>
        <source>Chọn cơ quan chủ trì…</source>
        <translation>Choose the lead agency…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="93"/>
        <source>Chọn hình thức…</source>
        <translation>Choose a form…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="123"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="124"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="125"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="126"/>
        <source>Từ ngày … đến ngày</source>
        <translation>From … to</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="127"/>
        <source>Ghi bằng chữ</source>
        <translation>In words</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="136"/>
        <source>nội dung nhiệm vụ</source>
        <translation>task content</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="139"/>
        <source>sản phẩm</source>
        <translation>products</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="140"/>
        <source>ghi chú</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="142"/>
        <source>kinh phí</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="146"/>
        <source>cơ quan chủ trì</source>
        <translation>lead agency</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="149"/>
        <source>hình thức</source>
        <translation>form</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="152"/>
        <source>cơ quan phối hợp</source>
        <translation>cooperating agencies</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="156"/>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="204"/>
        <source>thời gian thực hiện</source>
        <translation>timing</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="195"/>
        <source>Cơ quan chủ trì nhiệm vụ</source>
        <translation>Lead agency of the task</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="236"/>
        <source>Quý </source>
        <translation>Quarter </translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="237"/>
        <source>Tháng </source>
        <translation>Month </translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="272"/>
        <source>{0} nhiệm vụ – tổng kinh phí {1}</source>
        <translation>{0} tasks – total budget {1}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="346"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="352"/>
        <source>Xóa nhiệm vụ</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="360"/>
        <source>Chuyển nhiệm vụ</source>
        <translation>Move task</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="366"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="367"/>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="368"/>
        <source>Cách tính kết quả</source>
        <translation>Result method</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="410"/>
        <source>Số lượng chỉ tiêu phải là số nguyên.</source>
        <translation>The target quantity must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="420"/>
        <source>Sửa chỉ tiêu</source>
        <translation>Edit target</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="433"/>
        <source>Thêm chỉ tiêu</source>
        <translation>Add target</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/task_panel.py" line="441"/>
        <source>Xóa chỉ tiêu</source>
        <translation>Delete target</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="164"/>
        <source>Kế hoạch của tỉnh và kế hoạch các đơn vị đã gửi lên (gói dữ liệu): kế hoạch của đơn vị chỉ xem và in, đúng như đơn vị đã in. Tạo, sao chép, xóa áp dụng cho kế hoạch của tỉnh.</source>
        <translation>The province&apos;s plans and the plans sent in by units (data packages): a unit&apos;s plan can only be viewed and printed, exactly as the unit printed it. Create, copy and delete apply to the province&apos;s plans.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="167"/>
        <source>Tìm đơn vị, năm, trích yếu…</source>
        <translation>Search unit, year, subject…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="252"/>
        <source>Đang tạo kế hoạch từ mẫu</source>
        <translation>Creating the plan from the template</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="258"/>
        <source>Đang sao chép kế hoạch</source>
        <translation>Copying the plan</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="273"/>
        <source>Xóa dự thảo</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="275"/>
        <source>Xóa dự thảo kế hoạch năm {0}? Dự thảo đã xóa không hiện trong danh sách nữa.</source>
        <translation>Delete the draft plan for {0}? A deleted draft no longer appears in the list.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/plans/screen.py" line="281"/>
        <source>Đang xóa</source>
        <translation>Deleting</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../nbhr_desktop/ui/printing.py" line="89"/>
        <source>Không xem trước được</source>
        <translation>Cannot preview</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/printing.py" line="91"/>
        <source>Máy chưa có thành phần QtPdf. Hãy dùng &quot;Mở PDF&quot; để in từ trình xem PDF.</source>
        <translation>QtPdf is missing on this computer. Use &quot;Open PDF&quot; to print from the PDF viewer.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="74"/>
        <source>Thời hạn: {0}</source>
        <translation>Deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="76"/>
        <source>Kinh phí: đã chi {0} / dự toán {1}</source>
        <translation>Budget: spent {0} / planned {1}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="80"/>
        <source>Quá hạn: thời hạn đã qua mà chưa đạt chỉ tiêu.</source>
        <translation>Overdue: the deadline has passed and the target is not reached.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="93"/>
        <source>Hoạt động đã gắn</source>
        <translation>Linked activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="98"/>
        <source>Chưa có kế hoạch nào. Hãy lập kế hoạch ở màn hình Kế hoạch.</source>
        <translation>No plans yet. Make one on the Plans screen.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="100"/>
        <source>Kế hoạch chưa có nhiệm vụ.</source>
        <translation>The plan has no tasks.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="102"/>
        <source>{0} nhiệm vụ quá hạn (tô đỏ). Gắn hoạt động vào nhiệm vụ bằng “Sửa nhiều…”.</source>
        <translation>{0} overdue tasks (in red). Link activities to tasks with “Edit several…”.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/progress_panel.py" line="105"/>
        <source>Không có nhiệm vụ quá hạn.</source>
        <translation>No overdue tasks.</translation>
    </message>
</context>
<context>
    <name>ProvincePanel</name>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="42"/>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="56"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="42"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="43"/>
        <source>Tình hình</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="57"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="58"/>
        <source>Nhiệm vụ quá hạn trong kế hoạch của tỉnh</source>
        <translation>Overdue tasks in the province&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="65"/>
        <source>Chưa gửi ({0})</source>
        <translation>Not sent ({0})</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="66"/>
        <source>Đơn vị chưa gửi số liệu {0}; hạn gửi {1}</source>
        <translation>Units that have not sent data for {0}; due {1}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="69"/>
        <source>{0} (hạn gửi {1}): {2}/{3} đơn vị chưa gửi</source>
        <translation>{0} (due {1}): {2}/{3} units not sent</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="77"/>
        <source>gói gần nhất {0}</source>
        <translation>latest package {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="78"/>
        <source>chưa gửi gói nào</source>
        <translation>no package sent yet</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="81"/>
        <source>Phần kỳ phải gửi: {0} - {1}</source>
        <translation>Part of the period to report: {0} - {1}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="84"/>
        <source>Mọi đơn vị đã gửi số liệu.</source>
        <translation>All units have sent their data.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/dashboard/province_panel.py" line="95"/>
        <source>{0}: {1} hoạt động, {2} lượt người tham dự, {3} sản phẩm, kinh phí {4}; nhiệm vụ đạt {5}</source>
        <translation>{0}: {1} activities, {2} participants, {3} products, cost {4}; tasks met {5}</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="174"/>
        <location filename="../../nbhr_desktop/ui/operations.py" line="177"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="179"/>
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/operations.py" line="181"/>
        <source>Đã xảy ra lỗi không mong đợi: {0}. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation>An unexpected error occurred: {0}. Saved data is not affected.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/filters.py" line="81"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
</context>
<context>
    <name>ReportScreenForm</name>
    <message>
        <location filename="../../forms/report_screen.ui" line="13"/>
        <source>&lt;h2&gt;Báo cáo kết quả&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Results reports&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="16"/>
        <source>Quý, 6 tháng, 9 tháng, cả năm hoặc khoảng ngày tùy chọn</source>
        <translation>Quarter, 6 months, 9 months, whole year or a custom date range</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="18"/>
        <source>Năm </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="19"/>
        <location filename="../../forms/report_screen.ui" line="21"/>
        <location filename="../../forms/report_screen.ui" line="113"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="32"/>
        <source>Hoạt động thuộc kỳ đã nộp nhưng được sửa hoặc xóa sau khi nộp</source>
        <translation>Activities of a submitted period that were edited or deleted after submission</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="50"/>
        <source>&lt;b&gt;Tổng hợp, so với cùng kỳ năm trước&lt;/b&gt;</source>
        <translation>&lt;b&gt;Summary, compared with the same period last year&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="62"/>
        <source>Bảng:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="77"/>
        <source>Mỗi mục đã được soạn sẵn từ số liệu; hãy sửa cho đúng thực tế. Mỗi dòng là một đoạn; dòng &quot;1. …&quot; là tiêu đề mục nhỏ, dòng &quot;- …&quot; là gạch đầu dòng. Nội dung được lưu tự động.</source>
        <translation>Each section has been drafted from the figures; correct it to match what happened. Each line is a paragraph; a line &quot;1. …&quot; is a sub-heading, a line &quot;- …&quot; is a bullet. The text is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="82"/>
        <source>III. Đánh giá</source>
        <translation>III. Assessment</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="83"/>
        <source>IV. Phương hướng, nhiệm vụ</source>
        <translation>IV. Direction and tasks</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="84"/>
        <source>V. Kiến nghị</source>
        <translation>V. Recommendations</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="15"/>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Rep&amp;ort period:</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="20"/>
        <source>đế&amp;n</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="22"/>
        <source>X&amp;em</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="37"/>
        <source>&amp;Số liệu</source>
        <translation>Fi&amp;gures</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="75"/>
        <source>Nội &amp;dung báo cáo</source>
        <translation>Report te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="80"/>
        <source>I. Lãnh đạo, &amp;chỉ đạo</source>
        <translation>I. Leadership and direction</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="81"/>
        <source>II. Kết &amp;quả thực hiện</source>
        <translation>II. Res&amp;ults</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="90"/>
        <source>S&amp;oạn lại mục này từ số liệu</source>
        <translation>Redraft this section from the figures</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="96"/>
        <source>Thông tin &amp;văn bản</source>
        <translation>Do&amp;cument details</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="98"/>
        <source>T&amp;rích yếu:</source>
        <translation>Sub&amp;ject:</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="100"/>
        <source>Kính gửi (mỗi dòng một nơi):</source>
        <translation>Addressed to (one per line):</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="102"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="104"/>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="105"/>
        <source>Họ và tên, không ghi học hàm, học vị</source>
        <translation>Full name, without academic titles</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="106"/>
        <source>&amp;Chức vụ:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="112"/>
        <source>Ngà&amp;y ban hành:</source>
        <translation>Iss&amp;ue date:</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="123"/>
        <source>Mở t&amp;hư mục</source>
        <translation>Ope&amp;n folder</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="128"/>
        <source>&amp;Lưu</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="129"/>
        <source>Nộp &amp;báo cáo (khóa kỳ)</source>
        <translation>Submit (&amp;locks the period)</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="130"/>
        <source>&amp;Mở lại để sửa</source>
        <translation>Reopen for e&amp;diting</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="132"/>
        <source>&amp;Xem trước khi in…</source>
        <translation>P&amp;review…</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="133"/>
        <source>&amp;In…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="134"/>
        <source>Xuất &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="135"/>
        <source>X&amp;uất Excel…</source>
        <translation>&amp;Export Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="108"/>
        <source>Hình thức ký:</source>
        <translation>Signing form:</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="110"/>
        <source>Số văn bản (văn thư cấp):</source>
        <translation>Document number (from the records office):</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="111"/>
        <source>chưa có số</source>
        <translation>no number yet</translation>
    </message>
    <message>
        <location filename="../../forms/report_screen.ui" line="123"/>
        <source>Mở thư mục chứa tệp vừa xuất</source>
        <translation>Open the folder holding the exported file</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="109"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="109"/>
        <source>6 tháng</source>
        <translation>6 months</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="110"/>
        <source>9 tháng đầu năm</source>
        <translation>First 9 months</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="110"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="111"/>
        <source>Tùy chọn ngày</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="119"/>
        <source>Dương lịch</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="120"/>
        <source>Chốt số liệu (NĐ 09)</source>
        <translation>Cut-off (Decree 09)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="124"/>
        <source>Dương lịch: trọn quý, 6 tháng, năm. Chốt số liệu theo Nghị định 09/2019/NĐ-CP: quý từ ngày 15 tháng trước quý đến ngày 14 tháng cuối quý; 6 tháng từ 15/12 năm trước đến 14/6; năm từ 15/12 năm trước đến 14/12. Mỗi cách là một báo cáo riêng.</source>
        <translation>Calendar: whole quarters, half-years, years. Data cut-off under Decree 09/2019/NĐ-CP: a quarter runs from the 15th of the month before it to the 14th of its last month; 6 months from 15/12 of the previous year to 14/6; a year from 15/12 of the previous year to 14/12. Each basis is a separate report.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="148"/>
        <source>Quý {0}</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="150"/>
        <source>6 tháng đầu năm</source>
        <translation>First 6 months</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="151"/>
        <source>6 tháng cuối năm</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="231"/>
        <source>Đang tính số liệu…</source>
        <translation>Calculating the figures…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="261"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; (từ {1} đến {2}) — {3} hoạt động</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; (from {1} to {2}) — {3} activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="270"/>
        <source>&lt;b&gt;Tổng hợp&lt;/b&gt;, so với cùng kỳ năm trước ({0})</source>
        <translation>&lt;b&gt;Summary&lt;/b&gt;, compared with the same period last year ({0})</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="273"/>
        <source>&lt;b&gt;Tổng hợp&lt;/b&gt; (chưa có số liệu cùng kỳ năm trước để so sánh)</source>
        <translation>&lt;b&gt;Summary&lt;/b&gt; (no figures for the same period last year to compare with)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="314"/>
        <source>Trạng thái: &lt;b&gt;dự thảo&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;draft&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="319"/>
        <source>Trạng thái: &lt;b&gt;đã nộp&lt;/b&gt; lúc {0} (UTC)</source>
        <translation>Status: &lt;b&gt;submitted&lt;/b&gt; at {0} (UTC)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="325"/>
        <source>&lt;b&gt;Báo cáo đã cũ:&lt;/b&gt; số liệu của kỳ đã thay đổi sau khi nộp ({0} hoạt động được sửa hoặc xóa). Hãy kiểm tra; nếu cần, bấm &quot;Mở lại để sửa&quot; rồi nộp lại.</source>
        <translation>&lt;b&gt;Report out of date:&lt;/b&gt; the period&apos;s figures changed after submission ({0} activities edited or deleted). Check them; if needed, click &quot;Reopen for editing&quot; and submit again.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="328"/>
        <source>đã xóa</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="329"/>
        <source>đã sửa</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="329"/>
        <source>{0} — {1} ({2} lúc {3})</source>
        <translation>{0} — {1} ({2} at {3})</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="336"/>
        <source>Kỳ báo cáo đã khóa: hoạt động trong kỳ vẫn sửa được nhưng sẽ được đánh dấu ở đây.</source>
        <translation>The report period is locked: its activities can still be edited but will be flagged here.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="387"/>
        <source>Có thay đổi chưa lưu…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="422"/>
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="428"/>
        <source>Đang lưu báo cáo…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="434"/>
        <source>Soạn lại từ số liệu</source>
        <translation>Redraft from the figures</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="436"/>
        <source>Thay nội dung mục này bằng bản soạn sẵn từ số liệu hiện tại? Nội dung đã sửa của mục sẽ mất.</source>
        <translation>Replace this section&apos;s text with a draft from the current figures? Your edits to the section will be lost.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="443"/>
        <source>Đang soạn lại…</source>
        <translation>Redrafting…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="455"/>
        <source>Nộp báo cáo</source>
        <translation>Submit report</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="457"/>
        <source>Nộp báo cáo {0}? Kỳ báo cáo sẽ bị khóa: hoạt động trong kỳ sửa sau khi nộp sẽ được đánh dấu.</source>
        <translation>Submit the report {0}? The report period will be locked: activities of the period edited after submission will be flagged.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="464"/>
        <source>Đang nộp báo cáo…</source>
        <translation>Submitting the report…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="471"/>
        <source>Đang mở lại báo cáo…</source>
        <translation>Reopening the report…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/screen.py" line="489"/>
        <source>Đã xuất {0} vào thư mục {1} — đường dẫn đã chép vào bộ nhớ tạm, sẵn sàng đính kèm thư điện tử.</source>
        <translation>Exported {0} to the folder {1} — the path is on the clipboard, ready to attach to an e-mail.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="90"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="91"/>
        <source>Kỳ này</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="93"/>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="144"/>
        <source>Lũy kế</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="96"/>
        <source>Cùng kỳ</source>
        <translation>Same period</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="97"/>
        <source>Tăng, giảm</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="140"/>
        <source>Không có kế hoạch nào áp dụng cho kỳ này.</source>
        <translation>No plan applies to this period.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="24"/>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="142"/>
        <source>Nhiệm vụ / chỉ tiêu</source>
        <translation>Task / target</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="23"/>
        <source>Theo nhiệm vụ kế hoạch (chỉ tiêu, kết quả)</source>
        <translation>By plan task (targets, results)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="25"/>
        <source>Theo hình thức truyền thông</source>
        <translation>By communication form</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="26"/>
        <source>Hình thức truyền thông</source>
        <translation>Communication form</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="27"/>
        <source>Theo chủ đề</source>
        <translation>By theme</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="28"/>
        <source>Chủ đề</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="29"/>
        <source>Theo đối tượng</source>
        <translation>By audience</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="30"/>
        <source>Đối tượng</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="31"/>
        <source>Theo xã, thị trấn</source>
        <translation>By commune</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="32"/>
        <source>Xã, thị trấn</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="33"/>
        <source>Theo nguồn kinh phí</source>
        <translation>By funding source</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="34"/>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="35"/>
        <source>Theo tháng</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="36"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="41"/>
        <source>Số hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="143"/>
        <source>Chỉ tiêu năm</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="144"/>
        <source>Trong kỳ</source>
        <translation>In period</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="145"/>
        <source>Tỷ lệ đạt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="146"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="152"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/figures_view.py" line="153"/>
        <source>Tổng số (mỗi hoạt động tính một lần)</source>
        <translation>Total (each activity counted once)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="23"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="25"/>
        <source>Sổ Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="25"/>
        <source>Lưu báo cáo PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="27"/>
        <source>Lưu bảng tính Excel</source>
        <translation>Save the Excel workbook</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="27"/>
        <source>Đang xuất báo cáo PDF…</source>
        <translation>Exporting the report PDF…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="29"/>
        <source>Đang xuất bảng tính Excel…</source>
        <translation>Exporting the Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="30"/>
        <source>Đang tạo PDF báo cáo…</source>
        <translation>Making the report PDF…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="31"/>
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/reports/output.py" line="32"/>
        <source>In báo cáo</source>
        <translation>Print the report</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="43"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="45"/>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="47"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="49"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="52"/>
        <source>Nộp báo cáo</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="54"/>
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="56"/>
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/screens.py" line="58"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="32"/>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="33"/>
        <source>Tự động hằng ngày</source>
        <translation>Daily, automatic</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="34"/>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="35"/>
        <source>Trước khi nhập dữ liệu</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="36"/>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="43"/>
        <source>không xác định</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="53"/>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="56"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="57"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="59"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="149"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="151"/>
        <source>Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.</source>
        <translation>A new language takes effect when the software is reopened.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="169"/>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="175"/>
        <source>Đang sao lưu dữ liệu…</source>
        <translation>Backing up the data…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="174"/>
        <source>Đã sao lưu vào {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="185"/>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="186"/>
        <source>Tệp sao lưu NBHR (*.sqlite3);;Mọi tệp (*)</source>
        <translation>NBHR backup files (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="192"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="194"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{0}?

Dữ liệu hiện tại sẽ được sao lưu trước khi thay, nên vẫn lấy lại được.</source>
        <translation>Replace all current data with the backup
{0}?

The current data will be backed up before it is replaced, so it can still be recovered.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="201"/>
        <source>Bản sao lưu của đơn vị khác</source>
        <translation>Backup of another unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="211"/>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="227"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Restoring the data…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/settings/screen.py" line="221"/>
        <source>Đã khôi phục dữ liệu từ {0}.</source>
        <translation>Restored the data from {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsScreenForm</name>
    <message>
        <location filename="../../forms/settings_screen.ui" line="13"/>
        <source>&lt;h2&gt;Cài đặt&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="20"/>
        <source>Đơn vị và người dùng</source>
        <translation>Unit and user</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="23"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="26"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="28"/>
        <source>Ví dụ: Trần Văn Bình</source>
        <translation>For example: Trần Văn Bình</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="30"/>
        <source>Ví dụ: Phó Chủ tịch</source>
        <translation>For example: Phó Chủ tịch</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="25"/>
        <source>&amp;Cán bộ phụ trách:</source>
        <translation>Officer &amp;in charge:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="27"/>
        <source>&amp;Người ký mặc định:</source>
        <translation>Default &amp;signer:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="29"/>
        <source>Chức &amp;vụ người ký:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="31"/>
        <source>Ngôn ngữ giao &amp;diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="33"/>
        <source>Tự động &amp;sao lưu mỗi ngày</source>
        <translation>&amp;Back up automatically every day</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="36"/>
        <source>&amp;Lưu cài đặt</source>
        <translation>S&amp;ave settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="45"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="48"/>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="50"/>
        <source>Dung lượng:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="52"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="54"/>
        <source>&amp;Mở thư mục dữ liệu</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="71"/>
        <source>T&amp;iếp tục với:</source>
        <translation>&amp;Continue as:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="73"/>
        <source>&amp;Bàn giao…</source>
        <translation>Hand &amp;over…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="92"/>
        <source>S&amp;ao lưu ngay</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="93"/>
        <source>Khôi &amp;phục bản đã chọn…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="94"/>
        <source>&amp;Khôi phục từ tệp…</source>
        <translation>R&amp;estore from a file…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="62"/>
        <source>Bàn giao cho đơn vị kế thừa</source>
        <translation>Hand over to the successor unit</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="82"/>
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../forms/settings_screen.ui" line="86"/>
        <source>Phần mềm tự sao lưu trước khi nâng cấp, trước khi nhập dữ liệu và mỗi ngày một lần. Nên chép định kỳ một bản sao lưu sang USB hoặc máy khác.</source>
        <translation>The software backs up before an upgrade, before an import and once a day. Copy a backup to a USB stick or another computer from time to time.</translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="52"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="56"/>
        <source>Phím</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="56"/>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="56"/>
        <source>Cả cửa sổ</source>
        <translation>Whole window</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="57"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="58"/>
        <source>Hộp thoại thêm/sửa hoạt động</source>
        <translation>Add/edit activity dialog</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="59"/>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="60"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="61"/>
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="62"/>
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="63"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="64"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="66"/>
        <source>Nộp báo cáo</source>
        <translation>Report submissions</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="68"/>
        <source>Đến ô tìm kiếm của màn hình đang mở</source>
        <translation>Go to the search box of the screen shown</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="70"/>
        <source>Danh sách phím tắt này</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="71"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="73"/>
        <source>Xem số liệu của kỳ đã chọn</source>
        <translation>Show the figures of the chosen period</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="75"/>
        <source>Tạo kế hoạch mới từ mẫu</source>
        <translation>Create a new plan from the template</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="77"/>
        <source>Mở kế hoạch đang chọn</source>
        <translation>Open the selected plan</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="79"/>
        <source>Về danh sách kế hoạch</source>
        <translation>Back to the list of plans</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="81"/>
        <source>Hoàn tác thay đổi cuối trong kế hoạch</source>
        <translation>Undo the last change to the plan</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="83"/>
        <source>Làm lại thay đổi vừa hoàn tác</source>
        <translation>Redo the change just undone</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="85"/>
        <source>Thêm nhiệm vụ (trang Nhiệm vụ)</source>
        <translation>Add a task (Tasks page)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="86"/>
        <source>In kế hoạch</source>
        <translation>Print the plan</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="88"/>
        <source>Lưu kế hoạch ra tệp PDF</source>
        <translation>Save the plan as a PDF file</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="90"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="92"/>
        <source>Sửa hoạt động đang chọn (trong bảng)</source>
        <translation>Edit the selected activity (in the table)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="94"/>
        <source>Nhân bản hoạt động đang chọn</source>
        <translation>Duplicate the selected activity</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="96"/>
        <source>Xóa các hoạt động đang chọn (trong bảng)</source>
        <translation>Delete the selected activities (in the table)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="98"/>
        <source>Hoàn tác việc xóa hoặc sửa vừa làm</source>
        <translation>Undo the deletion or edit just made</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="100"/>
        <source>Làm lại việc vừa hoàn tác</source>
        <translation>Redo what was just undone</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="102"/>
        <source>Lưu hoạt động</source>
        <translation>Save the activity</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="104"/>
        <source>Xem báo cáo của kỳ đã chọn</source>
        <translation>Show the report of the chosen period</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="106"/>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="108"/>
        <source>In báo cáo</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="110"/>
        <source>Xuất báo cáo ra tệp PDF</source>
        <translation>Export the report as a PDF file</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="112"/>
        <source>Xuất báo cáo ra sổ Excel</source>
        <translation>Export the report as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="114"/>
        <source>Chọn tệp nhận về (.nbhr, .xlsx)</source>
        <translation>Choose a file to receive (.nbhr, .xlsx)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="116"/>
        <source>Nhập dữ liệu của tệp đang xem trước</source>
        <translation>Import the data of the file being previewed</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="118"/>
        <source>Xuất gói gửi đi</source>
        <translation>Export a package to send</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="120"/>
        <source>Xuất sổ Excel mẫu cho xã</source>
        <translation>Export the blank Excel workbook for communes</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="122"/>
        <source>Thêm mục vào danh mục đang mở</source>
        <translation>Add an entry to the catalogue shown</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="124"/>
        <source>Sửa mục đang chọn</source>
        <translation>Edit the selected entry</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="126"/>
        <source>Lưu cài đặt</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="128"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="130"/>
        <source>In danh sách nộp báo cáo</source>
        <translation>Print the list of report submissions</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcuts.py" line="132"/>
        <source>Xuất danh sách ra sổ Excel</source>
        <translation>Export the list as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="25"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="26"/>
        <source>Ô hoặc nút tiếp theo, trước đó</source>
        <translation>Next, previous field or button</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="27"/>
        <source>Alt + chữ gạch chân</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="29"/>
        <source>Đến ô hoặc bấm nút có chữ đó (giữ Alt để thấy chữ gạch chân)</source>
        <translation>Go to the field or press the button with that letter (hold Alt to see the underlined letters)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="30"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="31"/>
        <source>Đóng hộp thoại, không lưu</source>
        <translation>Close the dialog without saving</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="38"/>
        <source>Màn hình “{0}”</source>
        <translation>Screen “{0}”</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/shortcut_list.py" line="41"/>
        <source>Di chuyển</source>
        <translation>Moving around</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="156"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="157"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="158"/>
        <source>Tình hình</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="161"/>
        <source>Nhận lúc</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="163"/>
        <source>Số hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="166"/>
        <source>Gói gần nhất</source>
        <translation>Latest package</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="170"/>
        <source>Mã khóa</source>
        <translation>Key code</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="171"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>SubmissionsScreen</name>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="86"/>
        <source>Tình hình gửi số liệu</source>
        <translation>Data submission status</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="89"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="89"/>
        <source>6 tháng</source>
        <translation>6 months</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="90"/>
        <source>9 tháng</source>
        <translation>9 months</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="90"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="95"/>
        <source>Năm </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="96"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="102"/>
        <source>Đặt hạn gửi</source>
        <translation>Set due date</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="104"/>
        <source>Hạn mới được gửi xuống mọi đơn vị trong gói &quot;gửi mọi đơn vị&quot; lần tới</source>
        <translation>The new due date is sent to every unit in the next &quot;all units&quot; package</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="105"/>
        <source>Hạn mặc định</source>
        <translation>Default due date</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="107"/>
        <source>Mốc chốt số liệu của Nghị định 09/2019/NĐ-CP + 5 ngày</source>
        <translation>Data cut-off date of Decree 09/2019/NĐ-CP + 5 days</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="115"/>
        <source>Chỉ đơn vị chưa gửi</source>
        <translation>Only units not yet sent</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="116"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="117"/>
        <source>In danh sách nhắc…</source>
        <translation>Print reminder list…</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="118"/>
        <source>Danh sách đơn vị chưa gửi, để gọi điện nhắc</source>
        <translation>List of units that have not sent, for reminder phone calls</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="186"/>
        <source>Quý {0}</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="188"/>
        <source>6 tháng đầu năm</source>
        <translation>First 6 months</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="189"/>
        <source>6 tháng cuối năm</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="231"/>
        <source>Hạn gửi {0}:</source>
        <translation>Due date for {0}:</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="232"/>
        <source>do tỉnh đặt</source>
        <translation>set by the province</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="233"/>
        <source>mặc định: mốc chốt số liệu Nghị định 09/2019/NĐ-CP + 5 ngày</source>
        <translation>default: Decree 09/2019/NĐ-CP data cut-off date + 5 days</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="239"/>
        <source>Đã gửi &lt;b&gt;{0}/{1}&lt;/b&gt; đơn vị (gửi muộn {2}); chưa gửi &lt;b&gt;{3}&lt;/b&gt;{4}.</source>
        <translation>Sent: &lt;b&gt;{0}/{1}&lt;/b&gt; units ({2} late); not sent: &lt;b&gt;{3}&lt;/b&gt;{4}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="241"/>
        <source> (chưa đến hạn)</source>
        <translation> (not yet due)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="250"/>
        <source>Đang lưu hạn gửi</source>
        <translation>Saving the due date</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="261"/>
        <source>Lưu danh sách</source>
        <translation>Save list</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="262"/>
        <source>Sổ Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="269"/>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="270"/>
        <source>Đang xuất danh sách</source>
        <translation>Exporting the list</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="280"/>
        <source>In danh sách nhắc</source>
        <translation>Print reminder list</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/submissions/screen.py" line="285"/>
        <source>Đang tạo danh sách</source>
        <translation>Creating the list</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="56"/>
        <source>Máy lạ tự nhận là của đơn vị này</source>
        <translation>Unknown computer claims to belong to this unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="61"/>
        <source>Chỉ giới thiệu khi chính bạn đã xem mã khóa trên máy kia (thẻ “Gửi đi”) và thấy trùng với mã {0}. Nếu không chắc, hãy bấm Hủy.</source>
        <translation>Introduce it only if you have seen the key code on the other computer yourself (“Send” tab) and it matches {0}. If unsure, click Cancel.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="62"/>
        <source>Giới thiệu máy này (tin khóa {0})</source>
        <translation>Introduce this computer (trust key {0})</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="68"/>
        <source>Khóa của đơn vị gửi đã thay đổi</source>
        <translation>The sending unit&apos;s key has changed</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="73"/>
        <source>Chỉ ghim lại khi đã gọi điện cho đơn vị gửi và đọc đúng mã khóa. Nếu không chắc, hãy bấm Hủy.</source>
        <translation>Pin the new key only after phoning the sending unit and reading the key code correctly. If unsure, click Cancel.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="74"/>
        <source>Ghim lại khóa mới (thay khóa cũ)</source>
        <translation>Pin the new key (replacing the old one)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="76"/>
        <source>Tin thêm khóa này (máy thứ hai của đơn vị)</source>
        <translation>Also trust this key (the unit&apos;s second computer)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="90"/>
        <source>Lần đầu nhận tệp của đơn vị này</source>
        <translation>First file received from this unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="91"/>
        <source>Tệp gửi cho đơn vị khác</source>
        <translation>File addressed to another unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="97"/>
        <source>Mã khóa của tệp: {0}. Nếu mã này trùng mã in trên báo cáo của {1} (hoặc mã đơn vị đọc qua điện thoại), hãy tin khóa và nhập. Nếu khác, hãy từ chối tệp.</source>
        <translation>Key code of the file: {0}. If it matches the code printed on the report of {1} (or the code the unit read out by phone), trust the key and import. If it differs, refuse the file.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="99"/>
        <source>Tin khóa này và nhập</source>
        <translation>Trust this key and import</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="100"/>
        <source>Vẫn nhập</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="101"/>
        <source>Từ chối tệp</source>
        <translation>Refuse the file</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="118"/>
        <source>⚠ LẦN ĐẦU nhận tệp của {0}: khóa {1} chưa được đăng ký. Đối chiếu mã này với mã in trên báo cáo của đơn vị trước khi nhập; nếu khác, bấm “Từ chối tệp”.</source>
        <translation>⚠ FIRST file received from {0}: key {1} is not registered. Compare this code with the one printed on the unit&apos;s report before importing; if it differs, click “Refuse the file”.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="120"/>
        <source>Tệp do chính máy này tạo.</source>
        <translation>File made by this computer.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="121"/>
        <source>Khóa {0} của {1} đã được tin từ trước.</source>
        <translation>Key {0} of {1} is already trusted.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="122"/>
        <source>Khóa {0} khớp mã khóa đã đăng ký cho {1}.</source>
        <translation>Key {0} matches the key code registered for {1}.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="123"/>
        <source>Khóa {0} của {1} sẽ được tin thêm theo yêu cầu của bạn.</source>
        <translation>Key {0} of {1} will also be trusted, as you asked.</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/exchange/trust.py" line="124"/>
        <source>Khóa {0} của {1} sẽ thay khóa cũ theo yêu cầu của bạn.</source>
        <translation>Key {0} of {1} will replace the old key, as you asked.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="90"/>
        <source>Sửa đơn vị hành chính</source>
        <translation>Edit administrative unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="91"/>
        <source>Thêm đơn vị hành chính</source>
        <translation>Add administrative unit</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="100"/>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="142"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>UnitDialogForm</name>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="13"/>
        <source>Cấ&amp;p:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="23"/>
        <source>L&amp;oại:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="34"/>
        <source>&amp;Mã đơn vị:</source>
        <translation>Uni&amp;t code:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="40"/>
        <source>Mã hành chính, ví dụ 14506</source>
        <translation>Administrative code, for example 14506</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="46"/>
        <source>Tê&amp;n:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="57"/>
        <source>Tên đầ&amp;y đủ:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="68"/>
        <source>Địa &amp;danh ghi ở dòng ngày tháng:</source>
        <translation>&amp;Place name on the date line:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="79"/>
        <source>Thuộc đơn &amp;vị:</source>
        <translation>P&amp;art of:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="87"/>
        <source>H&amp;iệu lực từ:</source>
        <translation>&amp;In force from:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="92"/>
        <source>&amp;Có ngày bắt đầu</source>
        <translation>&amp;Has a start date</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="107"/>
        <source>Hiệ&amp;u lực đến:</source>
        <translation>In force &amp;until:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="112"/>
        <source>Đã hế&amp;t hiệu lực</source>
        <translation>N&amp;o longer in force</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="129"/>
        <source>Đơn vị &amp;kế thừa:</source>
        <translation>Succ&amp;essor unit:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="139"/>
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="52"/>
        <source>Ví dụ: Kim Chính</source>
        <translation>For example: Kim Chính</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="63"/>
        <source>Để trống: loại + tên, ví dụ Xã Kim Chính</source>
        <translation>Leave empty: type + name, for example Xã Kim Chính</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_unit_dialog.ui" line="74"/>
        <source>Để trống: dùng tên</source>
        <translation>Leave empty: use the name</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/unit_picker.py" line="51"/>
        <source>Tìm đơn vị (gõ không dấu cũng được)</source>
        <translation>Search units (typing without diacritics works too)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/unit_picker.py" line="58"/>
        <source>Các đơn vị của kỳ</source>
        <translation>The period&apos;s units</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/unit_picker.py" line="61"/>
        <source>Chọn các đơn vị có trong khoảng thời gian đang lọc (huyện đến 30/06/2025, xã, phường từ 01/07/2025)</source>
        <translation>Select the units that exist in the filtered time span (districts until 30/06/2025, communes and wards from 01/07/2025)</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/unit_picker.py" line="62"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/unit_picker.py" line="63"/>
        <source>Bỏ lọc theo đơn vị</source>
        <translation>Clear the unit filter</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/unit_picker.py" line="131"/>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/unit_picker.py" line="136"/>
        <source>{0} đơn vị</source>
        <translation>{0} units</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/activities/unit_picker.py" line="138"/>
        <source>Lọc theo đơn vị; đang chọn: {0}</source>
        <translation>Filter by unit; selected: {0}</translation>
    </message>
</context>
<context>
    <name>_EditDialog</name>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="67"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../nbhr_desktop/ui/catalogues/dialogs.py" line="68"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
