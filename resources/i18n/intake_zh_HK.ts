<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../intake_app/gui/editor/account.py" line="+40"/>
        <source>&amp;Move to identity section</source>
        <translation>移至身份資料部分(&amp;M)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>[phone]</source>
        <translation>[電話]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[e-mail]</source>
        <translation>[電郵]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[HKID]</source>
        <translation>[香港身份證號碼]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[passport number]</source>
        <translation>[護照號碼]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[UCI]</source>
        <translation>[UCI]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[name]</source>
        <translation>[姓名]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[address]</source>
        <translation>[地址]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[date of birth]</source>
        <translation>[出生日期]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[identifier]</source>
        <translation>[識別資料]</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <location line="+25"/>
        <source>Account</source>
        <translation>陳述</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Account as told</source>
        <translation>當事人的陳述</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>English translation</source>
        <translation>英文翻譯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translated when</source>
        <translation>翻譯日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to identity section</source>
        <translation>移至身份資料部分(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to identity section</source>
        <translation>移至身份資料部分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the identifier at the cursor, or the selected text, to the identity ({keys})</source>
        <translation>將游標所在的識別資料或所選文字移至身份資料部分（{keys}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language o&amp;f the account</source>
        <translation>陳述所用語言(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Englis&amp;h translation</source>
        <translation>英文翻譯(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated by</source>
        <translation>翻譯者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated (&amp;when)</source>
        <translation>翻譯日期(&amp;W)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Language of the account</source>
        <translation>陳述所用語言</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <location filename="../../intake_app/gui/privacy.py" line="+39"/>
        <source>Intake&apos;s windows are hidden from screenshots and screen sharing (on Windows 10 before version 2004 they show as black instead).</source>
        <translation>Intake 的視窗不會出現在螢幕截圖和螢幕分享中（Windows 10 2004 版之前的版本會顯示為黑色）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Intake asks macOS to keep its windows out of screenshots and screen sharing; some recent capture tools ignore this request.</source>
        <translation>Intake 會要求 macOS 不讓其視窗出現在螢幕截圖和螢幕分享中；部分較新的擷取工具會忽略這個要求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On Linux no program can hide its windows from screenshots or screen sharing: anything on screen can be captured. Lock Intake before you share your screen.</source>
        <translation>在 Linux 上，沒有程式能令自己的視窗避開螢幕截圖或螢幕分享：螢幕上的一切都可以被擷取。分享螢幕前，請先鎖定 Intake。</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../intake_app/gui/editor/editor.py" line="+69"/>
        <source>Case editor</source>
        <translation>個案編輯器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editor status</source>
        <translation>編輯器狀態</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passport and travel documents</source>
        <translation>護照及旅行證件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs and referrals</source>
        <translation>需要及轉介</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interview sessions</source>
        <translation>面談紀錄</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Could not open the case: {reason}</source>
        <translation>無法開啟個案：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to save: open or create a case first.</source>
        <translation>沒有可儲存的內容：請先開啟或建立個案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Not saved. {problem}</source>
        <translation>未儲存。{problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Draft not kept. {problem}</source>
        <translation>未能保存草稿。{problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft kept in the vault at {time}.</source>
        <translation>草稿已於 {time} 保存在保險庫中。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Moved to identity: {field}.</source>
        <translation>已移至身份資料：{field}。</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Alt+0; Alt+Y shows or hides</source>
        <translation>Alt+0；Alt+Y 顯示或隱藏</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <location filename="../../intake_app/gui/case_list.py" line="+76"/>
        <source>Search cases</source>
        <translation>搜尋個案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym, case code, account, incidents…</source>
        <translation>化名、個案編號、陳述、事件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New case</source>
        <translation>新個案(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New case</source>
        <translation>新個案</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number of cases shown</source>
        <translation>顯示的個案數目</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cases</source>
        <translation>個案</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Counting cases…</source>
        <translation>正在點算個案…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing the newest {n} matches</source>
        <translation>顯示最新的 {n} 個相符結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match</source>
        <translation>1 個相符結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} matches</source>
        <translation>{n} 個相符結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 matching case</source>
        <translation>1 個相符個案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} matching cases</source>
        <translation>{n} 個相符個案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 case</source>
        <translation>1 個個案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} cases</source>
        <translation>{n} 個個案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases could not be listed: {reason}</source>
        <translation>無法列出個案：{reason}</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <location filename="../../intake_app/gui/editor/sections.py" line="+77"/>
        <source>Case</source>
        <translation>個案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required, e.g. Brave; never a real name</source>
        <translation>必填，例如「勇敢」；切勿使用真實姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assigned when the case is first saved</source>
        <translation>首次儲存個案時編配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated</source>
        <translation>以逗號分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudony&amp;m</source>
        <translation>化名(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case code</source>
        <translation>個案編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case stat&amp;us</source>
        <translation>個案狀態(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>標籤(&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is required</source>
        <translation>必須填寫</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../intake_app/gui/case_model.py" line="+308"/>
        <source>Case code</source>
        <translation>個案編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The case code</source>
        <translation>個案編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name the case is recorded under</source>
        <translation>記錄個案所用的名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the case stands</source>
        <translation>個案目前的進度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated</source>
        <translation>最後更新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the case was last saved (local time)</source>
        <translation>個案最後儲存的時間（本地時間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>標記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ Passport: a passport or travel document is at risk. Needs: open needs.</source>
        <translation>⚠ 護照：護照或旅行證件有風險。需要：尚待處理的需要。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>⚠ Passport</source>
        <translation>⚠ 護照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 need</source>
        <translation>1 項需要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} needs</source>
        <translation>{n} 項需要</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last updated {when}</source>
        <translation>最後更新：{when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passport or travel document at risk</source>
        <translation>護照或旅行證件有風險</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 open need</source>
        <translation>1 項待處理的需要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} open needs</source>
        <translation>{n} 項待處理的需要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passport risk and no open needs</source>
        <translation>沒有護照風險，亦沒有待處理的需要</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../intake_app/gui/wizard_key_pages.py" line="+118"/>
        <source>Check the recovery key</source>
        <translation>核對復原密鑰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the key from what you wrote down, saved or printed: it shows the key was kept.</source>
        <translation>請根據你抄下、儲存或列印的內容輸入部分密鑰，以證明密鑰已妥善保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group of the recovery key</source>
        <translation>復原密鑰的一組字元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key check</source>
        <translation>復原密鑰核對</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type &amp;group {number} of {count} of the recovery key (from the left):</source>
        <translation>輸入復原密鑰第 {number} 組（共 {count} 組，由左數起）(&amp;G)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group {number} of the recovery key</source>
        <translation>復原密鑰第 {number} 組</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That matches. Finish to start using Intake.</source>
        <translation>相符。按「完成」開始使用 Intake。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That does not match. Go back to check the key.</source>
        <translation>不相符。請返回核對密鑰。</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="+196"/>
        <source>Consent entry {number}</source>
        <translation>同意紀錄 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add consent entry</source>
        <translation>新增同意紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove consent entry</source>
        <translation>移除同意紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent recorded.</source>
        <translation>未有同意紀錄。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+2"/>
        <source>Given</source>
        <translation>給予日期</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Withdrawn</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is required</source>
        <translation>必須填寫</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../intake_app/gui/editor/sections.py" line="+147"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep records until</source>
        <translation>紀錄保留至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep records until</source>
        <translation>紀錄保留至(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../intake_app/gui/controller.py" line="+88"/>
        <source>an unnamed case</source>
        <translation>一個未命名的個案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes to {0} were kept from {1}. Restore them?</source>
        <translation>{0} 有未儲存的更改，已於 {1} 保留。要還原嗎？</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Intake locked the vault because it found damage: {0}. Nothing more was written. Restore the vault from a backup (see the administrator&apos;s guide).</source>
        <translation>Intake 發現保險庫已損壞，因此已將其鎖定：{0}。之後沒有再寫入任何資料。請從備份還原保險庫（見管理員指南）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vault damaged</source>
        <translation>保險庫已損壞</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore draft</source>
        <translation>還原草稿</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="-137"/>
        <source>Travel document {number}</source>
        <translation>旅行證件 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add travel document</source>
        <translation>新增旅行證件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove travel document</source>
        <translation>移除旅行證件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No travel documents recorded.</source>
        <translation>未有旅行證件紀錄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document</source>
        <translation>證件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Renewal postponed</source>
        <translation>延遲續期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fears arrest on return</source>
        <translation>擔心回港會被捕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document needed</source>
        <translation>需要旅行證件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../intake_app/gui/file_dialogs.py" line="+58"/>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../intake_app/gui/filters.py" line="+55"/>
        <source>S&amp;tatus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case status filter</source>
        <translation>個案狀態篩選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident kind filter</source>
        <translation>事件類別篩選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;port</source>
        <translation>護照(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passport status filter</source>
        <translation>護照狀態篩選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open n&amp;eed</source>
        <translation>待處理的需要(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open need filter</source>
        <translation>待處理需要篩選</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag filter</source>
        <translation>標籤篩選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>任何標籤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the tag filter</source>
        <translation>清除標籤篩選</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;g</source>
        <translation>標籤(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport at &amp;risk only</source>
        <translation>只顯示護照有風險(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only cases with a passport at risk</source>
        <translation>只顯示護照有風險的個案</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <location filename="../../intake_app/gui/wizard.py" line="+60"/>
        <source>Where to keep the vault</source>
        <translation>保險庫存放位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intake keeps everything it records in one encrypted folder on this computer. Keep the suggested folder, or choose an empty one.</source>
        <translation>Intake 會把所有紀錄存放在這部電腦上一個加密的資料夾內。你可以使用建議的資料夾，或選擇一個空的資料夾。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault folder</source>
        <translation>保險庫資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the vault folder</source>
        <translation>選擇保險庫資料夾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder problem</source>
        <translation>資料夾問題</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault &amp;folder:</source>
        <translation>保險庫資料夾(&amp;F)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A vault already exists in this folder. Choose another folder, or cancel and start Intake again to unlock that vault.</source>
        <translation>這個資料夾內已有保險庫。請選擇另一個資料夾，或取消後重新啟動 Intake 以解鎖該保險庫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder is not empty: choose an empty folder for a new vault.</source>
        <translation>這個資料夾不是空的：請為新保險庫選擇一個空的資料夾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake cannot use this folder: {reason}</source>
        <translation>Intake 無法使用這個資料夾：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an empty folder for the vault</source>
        <translation>為保險庫選擇一個空的資料夾</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../intake_app/gui/editor/identity.py" line="+35"/>
        <source>Identity (protected)</source>
        <translation>身份資料（受保護）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the identity</source>
        <translation>顯示或隱藏身份資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifying details stay hidden until shown, and hide again when you move on</source>
        <translation>身份識別資料會一直隱藏，直至你選擇顯示；你轉到其他部分時會再次隱藏</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>Hidden. Never exported.</source>
        <translation>已隱藏。永不匯出。</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+13"/>
        <source>Legal name</source>
        <translation>法定姓名</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Other names, one a line</source>
        <translation>其他名稱，每行一個</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Phone numbers, one a line</source>
        <translation>電話號碼，每行一個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses, one a line</source>
        <translation>電郵地址，每行一個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses, one a line</source>
        <translation>地址，每行一個</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+130"/>
        <source>HKID</source>
        <translation>香港身份證號碼</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Passport numbers, one a line</source>
        <translation>護照號碼，每行一個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UCI (IRCC client ID)</source>
        <translation>UCI（IRCC 客戶編號）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other identifiers, one a line</source>
        <translation>其他識別號碼，每行一個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity notes</source>
        <translation>身份資料備註</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other names</source>
        <translation>其他名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport numbers</source>
        <translation>護照號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>UCI</source>
        <translation>UCI</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Other IDs</source>
        <translation>其他識別號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show identit&amp;y</source>
        <translation>顯示身份資料(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide identit&amp;y</source>
        <translation>隱藏身份資料(&amp;Y)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shown. Hides again when you move on. Never exported.</source>
        <translation>已顯示。你轉到其他部分時會再次隱藏。永不匯出。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mails</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passport numbers</source>
        <translation>護照號碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other names</source>
        <translation>其他名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other IDs</source>
        <translation>其他識別號碼</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="-71"/>
        <source>Incident {number}</source>
        <translation>事件 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add incident</source>
        <translation>新增事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove incident</source>
        <translation>移除事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incidents recorded.</source>
        <translation>未有事件紀錄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where (a city or online)</source>
        <translation>地點（城市或網上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>發生經過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By whom</source>
        <translation>由誰作出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to police</source>
        <translation>已向警方報案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police report number</source>
        <translation>報案編號</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../intake_app/gui/wizard_key_pages.py" line="-139"/>
        <source>Your recovery key</source>
        <translation>你的復原密鑰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the passphrase is ever forgotten, this key is the only way into the vault. It is shown only now: write it down, save it to a USB stick or print it, and keep it away from this laptop.</source>
        <translation>如果忘記了密碼短語，這條密鑰是開啟保險庫的唯一方法。它只會在此刻顯示一次：請把它抄下、儲存到 USB 手指或列印出來，並存放在遠離這部手提電腦的地方。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the encrypted vault…</source>
        <translation>正在建立加密保險庫…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault</source>
        <translation>正在建立保險庫</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery key</source>
        <translation>復原密鑰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as file…</source>
        <translation>儲存為檔案(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as a file</source>
        <translation>將復原密鑰儲存為檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery key</source>
        <translation>列印復原密鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The computer&apos;s print queue may keep a copy of the page for a while.</source>
        <translation>電腦的列印佇列可能會暫時保留該頁的副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key status</source>
        <translation>復原密鑰狀態</translation>
    </message>
</context>
<context>
    <name>KeyPrinter</name>
    <message>
        <location filename="../../intake_app/gui/recovery_output.py" line="+24"/>
        <source>Intake recovery key</source>
        <translation>Intake 復原密鑰</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key opens the Intake vault if its passphrase is forgotten. Keep it somewhere safe, away from the laptop: anyone who has both this key and the vault folder can read the cases.</source>
        <translation>如果忘記了密碼短語，可用這條密鑰開啟 Intake 保險庫。請把它存放在遠離手提電腦的安全地方：任何同時擁有這條密鑰和保險庫資料夾的人都能閱讀個案。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not save the file: {reason}</source>
        <translation>無法儲存檔案：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the recovery key</source>
        <translation>列印復原密鑰</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not start printing: check the printer and try again.</source>
        <translation>無法開始列印：請檢查打印機後再試。</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <location filename="../../intake_app/gui/editor/widgets.py" line="+140"/>
        <source>— not known —</source>
        <translation>— 不詳 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cantonese (yue)</source>
        <translation>廣東話 (yue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandarin (cmn)</source>
        <translation>普通話 (cmn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, traditional script (zh-Hant)</source>
        <translation>中文，繁體字 (zh-Hant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English (en)</source>
        <translation>英文 (en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French (fr)</source>
        <translation>法文 (fr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hakka (hak)</source>
        <translation>客家話 (hak)</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../intake_app/gui/lock.py" line="+217"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intake_app/gui/main_window.py" line="+106"/>
        <source>Select a case</source>
        <translation>請選擇個案</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;New case</source>
        <translation>新個案(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>新個案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the case</source>
        <translation>儲存個案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find cases</source>
        <translation>尋找個案(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search cases</source>
        <translation>搜尋個案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock now</source>
        <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock the vault now</source>
        <translation>立即鎖定保險庫</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Panic: lock and hide</source>
        <translation>緊急：鎖定並隱藏(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault and hide the window at once</source>
        <translation>立即鎖定保險庫並隱藏視窗</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock and quit</source>
        <translation>鎖定並結束</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Case</source>
        <translation>個案(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vault</source>
        <translation>保險庫(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlocked</source>
        <translation>已解鎖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault state</source>
        <translation>保險庫狀態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time until the vault locks itself</source>
        <translation>距離保險庫自動鎖定的時間</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Auto-lock off</source>
        <translation>自動鎖定已關閉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locks in {time}</source>
        <translation>{time} 後鎖定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings are not available yet.</source>
        <translation>暫時未能使用設定。</translation>
    </message>
</context>
<context>
    <name>NeedRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="+98"/>
        <source>Need {number}</source>
        <translation>需要 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add need</source>
        <translation>新增需要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove need</source>
        <translation>移除需要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No needs recorded.</source>
        <translation>未有需要紀錄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need</source>
        <translation>需要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>轉介至</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Referral date</source>
        <translation>轉介日期</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../intake_app/gui/passphrase.py" line="+143"/>
        <source>New passphrase</source>
        <translation>新密碼短語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>再次輸入新密碼短語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>非常強</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common words and passwords are easy to guess.</source>
        <translation>常用字詞和密碼很容易被猜中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard patterns such as qwerty are easy to guess.</source>
        <translation>qwerty 之類的鍵盤排列很容易被猜中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated characters or words are easy to guess.</source>
        <translation>重複的字元或字詞很容易被猜中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences such as abc or 6543 are easy to guess.</source>
        <translation>abc 或 6543 之類的序列很容易被猜中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years and dates are easy to guess.</source>
        <translation>年份和日期很容易被猜中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another uncommon word or two.</source>
        <translation>請多加一兩個不常見的字詞。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase strength</source>
        <translation>密碼短語強度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength advice</source>
        <translation>強度建議</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the passphrase is not accepted yet</source>
        <translation>密碼短語尚未被接受的原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Strength:</source>
        <translation>強度：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a passphrase: several uncommon words are easy to type and remember.</source>
        <translation>請選擇密碼短語：由幾個不常見的字詞組成，既容易輸入又容易記住。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use at least {count} characters.</source>
        <translation>請使用最少 {count} 個字元。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too easy to guess: choose a stronger passphrase.</source>
        <translation>太容易被猜中：請選擇更強的密碼短語。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase again to confirm it.</source>
        <translation>請再次輸入密碼短語以確認。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases do not match.</source>
        <translation>兩次輸入的密碼短語不相符。</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../intake_app/gui/editor/partial_date.py" line="+80"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date precision</source>
        <translation>日期精確度</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is not a date like {examples}</source>
        <translation>不是 {examples} 這類日期</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not a real date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year and month</source>
        <translation>年及月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full date</source>
        <translation>完整日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state}. A year, a month or a day: {examples}</source>
        <translation>{state}。可輸入年份、月份或日子：{examples}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>空白</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../intake_app/gui/passphrase.py" line="-135"/>
        <source>Hide what you typed</source>
        <translation>隱藏已輸入的內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide what you typed (Ctrl+H)</source>
        <translation>隱藏已輸入的內容（Ctrl+H）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what you typed</source>
        <translation>顯示已輸入的內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show what you typed (Ctrl+H)</source>
        <translation>顯示已輸入的內容（Ctrl+H）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Caps Lock is on</source>
        <translation>大楷鎖定已開啟</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../intake_app/gui/wizard.py" line="+21"/>
        <source>Choose a passphrase</source>
        <translation>選擇密碼短語</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will type it each time you unlock Intake. Several uncommon words are easy to remember and hard to guess. No one can reset it: if it is forgotten, only the recovery key shown next opens the vault.</source>
        <translation>每次解鎖 Intake 時都要輸入。由幾個不常見的字詞組成，既容易記住又難以猜中。沒有人能重設它：如果忘記了，只有下一步顯示的復原密鑰能開啟保險庫。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;reate vault</source>
        <translation>建立保險庫(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;epeat passphrase:</source>
        <translation>再次輸入密碼短語(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the vault was not created</source>
        <translation>未能建立保險庫的原因</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <location filename="../../intake_app/gui/editor/sections.py" line="-141"/>
        <source>Anonymised profile</source>
        <translation>匿名概況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as the person describes it</source>
        <translation>按當事人的描述</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language tags, comma-separated: yue, en</source>
        <translation>語言代碼，以逗號分隔：yue, en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age &amp;band</source>
        <translation>年齡組別(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Arrival year</source>
        <translation>抵達年份</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;ovince or territory</source>
        <translation>省或地區(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a year from 1900 to 2100</source>
        <translation>必須是 1900 至 2100 年之間的年份</translation>
    </message>
</context>
<context>
    <name>RecordRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/repeatable.py" line="+86"/>
        <source>{action}: {row}</source>
        <translation>{action}：{row}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{row}: {field}</source>
        <translation>{row}：{field}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{row}, {field}</source>
        <translation>{row}，{field}</translation>
    </message>
</context>
<context>
    <name>RepeatableList</name>
    <message>
        <location line="+48"/>
        <source>Ctrl+Shift+N adds a row here; Ctrl+Shift+Delete removes the row you are in</source>
        <translation>Ctrl+Shift+N 在此新增一列；Ctrl+Shift+Delete 移除目前所在的一列</translation>
    </message>
</context>
<context>
    <name>ScreenLockWatcher</name>
    <message>
        <location filename="../../intake_app/gui/screen_lock.py" line="+80"/>
        <source>Locking on screen lock and sleep is not yet available on this platform.</source>
        <translation>在這個平台上，暫時未能在螢幕鎖定或電腦休眠時自動鎖定。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No D-Bus connection: Intake cannot tell when the screen locks or the computer sleeps, so only the idle timer and the lock shortcuts work.</source>
        <translation>沒有 D-Bus 連線：Intake 無法得知螢幕何時鎖定或電腦何時休眠，因此只有閒置計時器和鎖定快捷鍵有效。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Intake locks when the screen locks or the computer sleeps.</source>
        <translation>螢幕鎖定或電腦休眠時，Intake 會自動鎖定。</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <location filename="../../intake_app/gui/editor/rows.py" line="+82"/>
        <source>Interview session {number}</source>
        <translation>面談 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add interview session</source>
        <translation>新增面談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove interview session</source>
        <translation>移除面談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interview sessions recorded.</source>
        <translation>未有面談紀錄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+34"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Kind of place</source>
        <translation>地點類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. church hall, café, phone</source>
        <translation>例如教會禮堂、咖啡店、電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer (initials)</source>
        <translation>面談者（姓名縮寫）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter present</source>
        <translation>有傳譯員在場</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Duration (minutes)</source>
        <translation>時長（分鐘）</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must be minutes from 0 to 1440</source>
        <translation>必須是 0 至 1440 分鐘</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../intake_app/gui/settings_dialog.py" line="+64"/>
        <source>Re-calibrate key derivation</source>
        <translation>重新校準密鑰衍生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current &amp;passphrase:</source>
        <translation>目前的密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation>目前的密碼短語</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Argon2id: {memory} of memory, {passes} passes, {lanes} lanes</source>
        <translation>Argon2id：記憶體 {memory}，{passes} 次運算，{lanes} 條通道</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+1"/>
        <location line="+123"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Locking and language</source>
        <translation>鎖定及語言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this many idle minutes</source>
        <translation>閒置這麼多分鐘後鎖定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock after idle time:</source>
        <translation>閒置後鎖定(&amp;L)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear copied text after this many seconds</source>
        <translation>這麼多秒後清除已複製的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear copied text after:</source>
        <translation>清除已複製文字的時間(&amp;C)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>語言(&amp;G)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock when the &amp;screen locks or the computer sleeps</source>
        <translation>螢幕鎖定或電腦休眠時鎖定(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>螢幕鎖定或電腦休眠時鎖定</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key-derivation strength</source>
        <translation>密鑰衍生強度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current key-derivation cost</source>
        <translation>目前的密鑰衍生成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current cost:</source>
        <translation>目前成本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-calibrate…</source>
        <translation>重新校準(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-calibrate the key derivation for this computer</source>
        <translation>為這部電腦重新校準密鑰衍生</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measuring this computer</source>
        <translation>正在測量這部電腦</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Screen capture</source>
        <translation>螢幕擷取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screen capture protection</source>
        <translation>螢幕擷取保護</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(unlock the vault to see it)</source>
        <translation>（解鎖保險庫後才會顯示）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings could not be saved.</source>
        <translation>無法儲存設定。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Measuring this computer; this takes a few seconds…</source>
        <translation>正在測量這部電腦，需時數秒…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done: the passphrase now unlocks with the new cost shown above.</source>
        <translation>完成：密碼短語現在會以上面顯示的新成本解鎖。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed: {reason}</source>
        <translation>未有更改：{reason}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../intake_app/gui/wizard.py" line="+55"/>
        <source>Intake – set-up</source>
        <translation>Intake – 設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate vault</source>
        <translation>建立保險庫(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create vault</source>
        <translation>建立保險庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The vault was not created: {reason}</source>
        <translation>未能建立保險庫：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the recovery key</source>
        <translation>儲存復原密鑰</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to {name}. Move it away from this laptop.</source>
        <translation>已儲存至 {name}。請把它移離這部手提電腦。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the printer.</source>
        <translation>已傳送至打印機。</translation>
    </message>
</context>
<context>
    <name>StatusSection</name>
    <message>
        <location filename="../../intake_app/gui/editor/sections.py" line="+10"/>
        <source>Status in Canada</source>
        <translation>在加拿大的身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status since</source>
        <translation>取得身份日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. asylum claim, permanent residence</source>
        <translation>例如庇護申請、永久居留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status in Cana&amp;da</source>
        <translation>在加拿大的身份(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending application</source>
        <translation>待批申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status notes</source>
        <translation>身份備註</translation>
    </message>
</context>
<context>
    <name>TriStateCombo</name>
    <message>
        <location filename="../../intake_app/gui/editor/widgets.py" line="-31"/>
        <source>— not known —</source>
        <translation>— 不詳 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../intake_app/gui/unlock.py" line="+78"/>
        <source>Intake – locked</source>
        <translation>Intake – 已鎖定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intake is locked</source>
        <translation>Intake 已鎖定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;recovery key…</source>
        <translation>使用復原密鑰(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recovery key</source>
        <translation>使用復原密鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the recovery key you saved or printed at set-up, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>輸入你在設定時儲存或列印的復原密鑰，然後選擇新的密碼短語。舊的密碼短語將會失效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key</source>
        <translation>復原密鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery &amp;key:</source>
        <translation>復原密鑰(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New passphrase:</source>
        <translation>新密碼短語(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;epeat new passphrase:</source>
        <translation>再次輸入新密碼短語(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set passphrase and unlock</source>
        <translation>設定密碼短語並解鎖(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the new passphrase and unlock</source>
        <translation>設定新密碼短語並解鎖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the passphrase</source>
        <translation>返回輸入密碼短語</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unlocking</source>
        <translation>正在解鎖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock problem</source>
        <translation>解鎖問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before trying again</source>
        <translation>請稍候再試</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Intake cannot read the vault: {reason}</source>
        <translation>Intake 無法讀取保險庫：{reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try again in {seconds} s</source>
        <translation>{seconds} 秒後再試</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Wrong passphrase.</source>
        <translation>密碼短語錯誤。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong recovery key.</source>
        <translation>復原密鑰錯誤。</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location filename="../../intake_app/gui/editor/widgets.py" line="-25"/>
        <source>— not known —</source>
        <translation>— 不詳 —</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../intake_app/gui/worker.py" line="+35"/>
        <source>Unexpected error ({kind}); please try again.</source>
        <translation>發生意外錯誤（{kind}），請再試一次。</translation>
    </message>
</context>
</TS>
