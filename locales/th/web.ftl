# Messages of the web app (Thai). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = ข้ามไปยังเนื้อหาหลัก
loading = กำลังโหลด…
go-to-sign-in = ไปที่หน้าลงชื่อเข้าใช้
sign-out = ลงชื่อออก
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = ภาษา

## Form fields and checks

field-organisation-name = ชื่อองค์กร
field-organisation-name-hint = ชื่อที่เพื่อนร่วมงานของคุณรู้จัก คุณสามารถเปลี่ยนได้ในภายหลัง
field-full-name = ชื่อและนามสกุล
field-full-name-hint = แสดงให้ผู้ที่คุณช่วยเหลือเห็น เพื่อให้ทราบว่าใครกำลังเชื่อมต่อ
field-email = อีเมล
field-job-title-optional = ตำแหน่งงาน (ไม่บังคับ)
field-company-optional = บริษัท (ไม่บังคับ)
field-password = รหัสผ่าน
field-new-password = รหัสผ่านใหม่
field-confirm-password = ยืนยันรหัสผ่าน
password-hint = อย่างน้อย 12 อักขระ การใช้คำที่ไม่เกี่ยวข้องกันหลายคำจะได้รหัสผ่านที่รัดกุมและจำง่าย
form-required = ต้องกรอกช่องนี้
form-email-invalid = ป้อนที่อยู่อีเมล เช่น name@example.com
form-fix-fields = บางช่องต้องได้รับการแก้ไข โปรดแก้ไขช่องที่ทำเครื่องหมายไว้ด้านล่าง
form-error-summary = โปรดแก้ไขช่องเหล่านี้:
password-too-short = รหัสผ่านต้องมีอย่างน้อย { $min } อักขระ
password-too-long = รหัสผ่านต้องมีไม่เกิน { $max } อักขระ
password-mismatch = รหัสผ่านไม่ตรงกัน โปรดพิมพ์รหัสผ่านเดียวกันในทั้งสองช่อง

## Errors from the server, by code

error-network = ไม่สามารถติดต่อเซิร์ฟเวอร์ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
error-invalid-credentials = ที่อยู่อีเมลหรือรหัสผ่านไม่ถูกต้อง
error-too-many-attempts = พยายามหลายครั้งเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง
error-too-many-attempts-wait = พยายามหลายครั้งเกินไป โปรดรอ { $seconds } วินาทีแล้วลองอีกครั้ง
error-setup-link-invalid = ลิงก์นี้ใช้ไม่ได้แล้ว อาจมีการใช้งานไปแล้วหรือหมดอายุแล้ว
error-conflict = รายการนี้ขัดแย้งกับรายการที่มีอยู่แล้ว
error-email-taken = มีบัญชีที่ใช้ที่อยู่อีเมลนี้อยู่แล้ว
error-unauthenticated = คุณยังไม่ได้ลงชื่อเข้าใช้ หรือการลงชื่อเข้าใช้ของคุณสิ้นสุดแล้ว โปรดลงชื่อเข้าใช้อีกครั้ง
error-origin-mismatch = คำขอถูกปฏิเสธเนื่องจากไม่ได้มาจากไซต์นี้ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง
error-payload-too-large = ข้อมูลที่คุณส่งมีขนาดใหญ่เกินไป
error-forbidden = คุณไม่มีสิทธิ์ดำเนินการนี้
error-timeout = เซิร์ฟเวอร์ใช้เวลาตอบสนองนานเกินไป โปรดลองอีกครั้ง
error-unavailable = บริการไม่พร้อมใช้งานชั่วคราว โปรดลองอีกครั้งในอีกสักครู่
error-internal = เกิดข้อผิดพลาดบนเซิร์ฟเวอร์ โปรดลองอีกครั้ง หากยังเกิดขึ้นอีก โปรดแจ้งผู้ดูแลระบบของคุณ
error-unexpected = เกิดข้อผิดพลาดที่ไม่คาดคิด โปรดลองอีกครั้ง
error-second-factor-required = ป้อนรหัสจากแอปยืนยันตัวตนของคุณ หรือรหัสกู้คืนรหัสใดรหัสหนึ่ง
error-invalid-second-factor = รหัสไม่ถูกต้องหรือถูกใช้ไปแล้ว โปรดรอรหัสใหม่แล้วลองอีกครั้ง
error-sso-not-configured = องค์กรของคุณไม่มีการลงชื่อเข้าใช้ครั้งเดียวสำหรับที่อยู่อีเมลนี้ โปรดลงชื่อเข้าใช้ด้วยรหัสผ่านของคุณ
error-profile-managed = องค์กรของคุณจัดการชื่อ ตำแหน่งงาน และบริษัทของคุณผ่านการลงชื่อเข้าใช้ครั้งเดียว จึงมีเพียงผู้ดูแลระบบที่เปลี่ยนได้
error-sso-provider-unavailable = ไม่สามารถติดต่อบริการลงชื่อเข้าใช้ขององค์กรคุณได้ โปรดลองอีกครั้งในอีกสักครู่
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = นโยบายการเข้าถึงแบบมีเงื่อนไข “{ $policy }” ขององค์กรคุณไม่อนุญาตให้ทำสิ่งนี้ โปรดติดต่อผู้ดูแลระบบ

## Setup link page (/setup)

setup-page-title = ตั้งค่า – { -product-name }
setup-checking-heading = กำลังตรวจสอบลิงก์ของคุณ
setup-checking = โปรดรอสักครู่ขณะที่เราตรวจสอบลิงก์ของคุณ…
setup-expires = ลิงก์นี้ใช้ได้ถึง { $time }
setup-invalid-heading = ไม่สามารถใช้ลิงก์นี้ได้
setup-missing-heading = หน้านี้ต้องใช้ลิงก์ตั้งค่า
setup-missing = เปิดลิงก์ที่คุณได้รับแบบเต็ม รวมถึงส่วนที่อยู่หลังเครื่องหมาย #
setup-error-heading = ไม่สามารถตรวจสอบลิงก์ได้
setup-unknown-purpose = ลิงก์นี้มีไว้สำหรับการดำเนินการที่หน้านี้ไม่รองรับ
setup-invalid-help =
    ขอลิงก์ใหม่จากผู้ดูแลระบบของคุณ ผู้ที่ดูแลเซิร์ฟเวอร์สามารถสร้างลิงก์ได้
    ด้วยคำสั่ง “assist-server admin setup-link”

first-admin-heading = สร้างองค์กรของคุณ
first-admin-intro = ตั้งค่า { -product-name } สำหรับองค์กรของคุณและสร้างบัญชีผู้ดูแลระบบบัญชีแรก คุณสามารถเชิญเพื่อนร่วมงานได้ในภายหลัง
first-admin-organisation-legend = องค์กร
first-admin-account-legend = บัญชีผู้ดูแลระบบของคุณ
first-admin-submit = สร้างองค์กร

reset-heading = เลือกรหัสผ่านใหม่
reset-intro = ตั้งรหัสผ่านใหม่สำหรับ { $email }
reset-intro-no-email = ตั้งรหัสผ่านใหม่สำหรับบัญชีของคุณ
reset-submit = ตั้งรหัสผ่าน

## Sign-in page (/sign-in)

sign-in-page-title = ลงชื่อเข้าใช้ – { -product-name }
sign-in-heading = ลงชื่อเข้าใช้ { -product-name }
sign-in-intro = ใช้ที่อยู่อีเมลและรหัสผ่านของบัญชีของคุณ
sign-in-submit = ลงชื่อเข้าใช้
field-second-factor-code = รหัสจากแอปยืนยันตัวตนหรือรหัสกู้คืน
sign-in-sso = ลงชื่อเข้าใช้ด้วยบัญชีขององค์กร
sign-in-sso-needs-email = ป้อนที่อยู่อีเมลของคุณก่อน เพื่อให้เราค้นหาองค์กรของคุณได้
sign-in-sso-refused = การลงชื่อเข้าใช้ครั้งเดียวไม่สำเร็จ หากบัญชีของคุณมีรหัสผ่านของตัวเอง โปรดลงชื่อเข้าใช้ด้วยรหัสผ่านนั้นที่นี่ แล้วเชื่อมโยงการลงชื่อเข้าใช้ครั้งเดียวที่หน้าแรกของคุณ
sign-in-or = หรือ
sign-in-forgot = ลืมรหัสผ่านใช่ไหม ขอลิงก์กู้คืนจากผู้ดูแลระบบขององค์กรคุณ

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = องค์กร:
user-menu-label = บัญชีของคุณ
home-heading = ลงชื่อเข้าใช้เป็น { $name }

profile-heading = โปรไฟล์ของคุณ
profile-name = ชื่อ
profile-email = อีเมล
profile-job-title = ตำแหน่งงาน
profile-company = บริษัท
profile-role = บทบาท
profile-not-set = ไม่ได้ตั้งค่า
profile-edit = แก้ไขโปรไฟล์
profile-form-label = แก้ไขโปรไฟล์ของคุณ
profile-save = บันทึก
profile-cancel = ยกเลิก
profile-saved = บันทึกโปรไฟล์ของคุณแล้ว
profile-managed = องค์กรของคุณจัดการชื่อ ตำแหน่งงาน และบริษัทของคุณผ่านการลงชื่อเข้าใช้ครั้งเดียว หากต้องการเปลี่ยน โปรดติดต่อผู้ดูแลระบบ
role-administrator = ผู้ดูแลระบบ
role-member = สมาชิก

picture-change = เปลี่ยนรูปภาพ
picture-hint = รูปภาพ PNG หรือ JPEG ขนาดไม่เกิน 256 KB ผู้ที่คุณช่วยเหลือจะเห็นรูปนี้ก่อนแชร์หน้าจอ
picture-uploading = กำลังอัปโหลดรูปภาพของคุณ…
picture-updated = อัปเดตรูปภาพของคุณแล้ว
picture-wrong-type = เลือกรูปภาพ PNG หรือ JPEG
picture-too-large = รูปภาพมีขนาดใหญ่กว่า 256 KB โปรดเลือกรูปภาพที่เล็กกว่านี้

sessions-heading = ตำแหน่งที่คุณลงชื่อเข้าใช้
sessions-intro = เบราว์เซอร์ที่บัญชีของคุณลงชื่อเข้าใช้อยู่ โปรดลงชื่อออกจากเบราว์เซอร์ที่คุณไม่รู้จัก
session-this-device = อุปกรณ์นี้
session-device = { $browser } บน { $os }
session-device-unknown = เบราว์เซอร์ที่ไม่รู้จัก
session-signed-in = ลงชื่อเข้าใช้เมื่อ { $time }
session-last-active = ใช้งานล่าสุดเมื่อ { $time }
session-address = จากที่อยู่ { $address }
session-sign-out = ลงชื่อออก
session-sign-out-label = ลงชื่อออกบน { $device }
session-signed-out = ลงชื่อออกบน { $device } แล้ว

home-admin-link = คอนโซลผู้ดูแลระบบ

## Home page: remote help

home-remote-help-heading = ความช่วยเหลือระยะไกล
home-help-someone-text = เริ่มเซสชันแล้วให้รหัสความปลอดภัยแก่ผู้ที่คุณช่วยเหลือ
home-help-someone = ช่วยเหลือผู้อื่น
home-get-help-text = ผู้ช่วยเหลือให้รหัสความปลอดภัยแก่คุณแล้วใช่ไหม ป้อนรหัสที่นี่
home-get-help = รับความช่วยเหลือ

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = การลงชื่อเข้าใช้ครั้งเดียว
home-sso-linked = บัญชีของคุณเชื่อมโยงกับการลงชื่อเข้าใช้ครั้งเดียวขององค์กรแล้ว
home-sso-not-linked = บัญชีของคุณยังไม่ได้เชื่อมโยงกับการลงชื่อเข้าใช้ครั้งเดียวขององค์กร
home-sso-link-intro = การเชื่อมโยงช่วยให้คุณลงชื่อเข้าใช้ด้วยบัญชีขององค์กรได้
home-sso-link = เชื่อมโยงการลงชื่อเข้าใช้ครั้งเดียว
home-sso-linking = กำลังไปยังหน้าลงชื่อเข้าใช้ขององค์กร…
