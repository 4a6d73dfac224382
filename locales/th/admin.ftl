# Messages of the admin console (/admin), Thai. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = คอนโซลผู้ดูแลระบบ – { -product-name }
admin-page-title = { $section } – คอนโซลผู้ดูแลระบบ – { $organisation }
admin-console-name = คอนโซลผู้ดูแลระบบ
admin-back-home = กลับไปที่หน้าแรก
admin-nav-label = คอนโซลผู้ดูแลระบบ
admin-nav-group-people = บุคคล
admin-nav-group-access = การเข้าถึง
admin-nav-group-devices = อุปกรณ์
admin-nav-group-organisation = องค์กร
admin-nav-group-activity = กิจกรรม

admin-denied-title = ไม่มีสิทธิ์เข้าถึง – { -product-name }
admin-denied-heading = คุณไม่มีสิทธิ์ใช้คอนโซลผู้ดูแลระบบ
admin-denied-text = บัญชีของคุณใช้ { -product-name } ได้ แต่ไม่ได้รับอนุญาตให้จัดการองค์กรของคุณ
admin-denied-help = หากคุณต้องจัดการผู้ใช้ อุปกรณ์ หรือการตั้งค่า โปรดขอให้ผู้ดูแลระบบขององค์กรคุณกำหนดบทบาทที่มีสิทธิ์เหล่านั้นให้คุณ

## Shared words

admin-save = บันทึก
admin-cancel = ยกเลิก
admin-done = เสร็จสิ้น
admin-edit = แก้ไข
admin-delete = ลบ
admin-remove = นำออก
admin-revoke = เพิกถอน
admin-manage = จัดการ
admin-copy = คัดลอก
admin-refresh = รีเฟรช
admin-search = ค้นหา
admin-apply-filters = ใช้ตัวกรอง
admin-clear-filters = ล้างตัวกรอง
admin-export-csv = ส่งออก CSV
admin-filter-any = ทั้งหมด
admin-filter-anyone = ทุกคน
admin-filter-any-device = อุปกรณ์ใดก็ได้
admin-not-set = ไม่ได้ตั้งค่า
admin-never = ไม่เคย
admin-no-changes = ไม่มีอะไรต้องบันทึก เนื่องจากไม่มีการเปลี่ยนแปลงช่องใด
admin-name-taken = ชื่อนี้ถูกใช้แล้ว โปรดเลือกชื่ออื่น
admin-number-range = ป้อนจำนวนเต็มตั้งแต่ { $min } ถึง { $max }
admin-error-refused = เซิร์ฟเวอร์ปฏิเสธการดำเนินการนี้: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = คุณใช้ส่วนนี้ไม่ได้ เพราะต้องมีสิทธิ์ “{ $permission }” ครอบคลุมทั้งองค์กร (ผู้ใช้ทั้งหมดและอุปกรณ์ทั้งหมด) และบทบาทของคุณไม่ได้ให้สิทธิ์กว้างขนาดนั้น
admin-section-denied-ask = โปรดขอให้ผู้ดูแลระบบของ { $organisation } ให้สิทธิ์นี้แก่คุณสำหรับทั้งองค์กร
admin-choose-user = เลือกบุคคล…
admin-choose-user-first = โปรดเลือกบุคคลก่อน
admin-choose-device = เลือกอุปกรณ์…
admin-choose-device-first = โปรดเลือกอุปกรณ์ก่อน
admin-choose-role = เลือกบทบาท…
admin-no-devices-yet = ยังไม่มีอุปกรณ์ที่ลงทะเบียน
admin-unknown-user = ผู้ใช้ที่ไม่รู้จัก
admin-unknown-group = กลุ่มที่ไม่รู้จัก
admin-unknown-role = บทบาทที่ไม่รู้จัก

admin-page-previous = หน้าก่อนหน้า
admin-page-next = หน้าถัดไป
admin-page-number = หน้า { $page }

admin-duration-seconds = { $seconds } วินาที
admin-duration-minutes = { $minutes } นาที
admin-duration-hours = { $hours } ชม. { $minutes } นาที
admin-duration-running = { $duration } จนถึงตอนนี้

## Table column headings

admin-column-name = ชื่อ
admin-column-email = อีเมล
admin-column-job-title = ตำแหน่งงาน
admin-column-company = บริษัท
admin-column-role = บทบาท
admin-column-status = สถานะ
admin-column-actions = การดำเนินการ
admin-column-description = คำอธิบาย
admin-column-members = สมาชิก
admin-column-created = วันที่สร้าง
admin-column-permissions = สิทธิ์
admin-column-member-groups = มอบให้กับ
admin-column-scope = ขอบเขต
admin-column-state = สถานะ
admin-column-targets = ใช้กับ
admin-column-conditions = เงื่อนไข
admin-column-grant = ผลลัพธ์
admin-column-device = อุปกรณ์
admin-column-platform = ระบบปฏิบัติการ
admin-column-primary-user = ผู้ใช้หลัก
admin-column-agent = เวอร์ชันแอป
admin-column-enrollment = การลงทะเบียน
admin-column-compliance = การปฏิบัติตามข้อกำหนด
admin-column-last-check-in = รายงานล่าสุด
admin-column-uses = อุปกรณ์ที่ลงทะเบียน
admin-column-expires = หมดอายุ
admin-column-rules = กฎ
admin-column-helper = ผู้ช่วยเหลือ
admin-column-sharer = ผู้รับความช่วยเหลือ
admin-column-access = สิทธิ์ที่ได้รับ
admin-column-started = เริ่มเมื่อ
admin-column-duration = ระยะเวลา
admin-column-outcome = วิธีที่สิ้นสุด
admin-column-chat = ข้อความแชท
admin-column-time = เวลา
admin-column-actor = ผู้ดำเนินการ
admin-column-action = การดำเนินการ
admin-column-target = เป้าหมาย
admin-column-detail = รายละเอียด

## Users

admin-users-title = ผู้ใช้
admin-users-intro = บุคคลในองค์กรของคุณที่ลงชื่อเข้าใช้ { -product-name } ได้ และโปรไฟล์ของพวกเขาตามที่ผู้รับความช่วยเหลือเห็น
admin-users-search = ค้นหาตามชื่อ อีเมล ตำแหน่งงาน หรือบริษัท
admin-users-search-label = ค้นหาผู้ใช้
admin-users-pages = หน้าของผู้ใช้
admin-users-search-summary =
    { $count ->
        [0] ไม่มีผู้ใช้ในหน้านี้ที่ตรงกับ “{ $term }”
       *[other] มีผู้ใช้ { $count } คนที่ตรงกับ “{ $term }”
    }
admin-users-none-found = ไม่มีผู้ใช้ที่ตรงกับ “{ $term }”
admin-users-empty = ยังไม่มีผู้ใช้
admin-user-create = สร้างผู้ใช้
admin-user-create-title = สร้างผู้ใช้
admin-user-create-submit = สร้างผู้ใช้
admin-user-created = สร้าง { $name } แล้ว
admin-user-job-title = ตำแหน่งงาน (ไม่บังคับ)
admin-user-company = บริษัท (ไม่บังคับ)
admin-user-initial-password = รหัสผ่านเริ่มต้น (ไม่บังคับ)
admin-user-initial-password-hint = อย่างน้อย 12 อักขระ หากไม่ตั้ง ผู้ใช้จะลงชื่อเข้าใช้ได้ด้วยการลงชื่อเข้าใช้ครั้งเดียวหรือลิงก์กู้คืนเท่านั้น
admin-user-is-admin = ผู้ดูแลระบบขององค์กร
admin-user-is-admin-hint = ผู้ดูแลระบบทำได้ทุกอย่าง ไม่ว่าบทบาทของพวกเขาจะเป็นอย่างไร
admin-user-edit-title = แก้ไข { $name }
admin-user-edit-label = แก้ไข { $name }
admin-user-email-fixed = ที่อยู่อีเมลใช้ระบุบัญชีและไม่สามารถเปลี่ยนได้ที่นี่
admin-user-disabled = ปิดใช้งานการลงชื่อเข้าใช้
admin-user-disabled-hint = การปิดใช้งานการลงชื่อเข้าใช้จะสิ้นสุดการลงชื่อเข้าใช้ทั้งหมดของผู้ใช้และเพิกถอนโทเค็น API ของผู้ใช้ด้วย
admin-user-new-password = รหัสผ่านใหม่ (ไม่บังคับ)
admin-user-new-password-hint = เว้นว่างไว้เพื่อใช้รหัสผ่านปัจจุบันต่อไป การตั้งรหัสผ่านใหม่จะทำให้ผู้ใช้ลงชื่อออกจากทุกที่
admin-user-saved = บันทึกการเปลี่ยนแปลงของ { $name } แล้ว
admin-user-status-active = ใช้งานอยู่
admin-user-status-disabled = ปิดใช้งานการลงชื่อเข้าใช้
admin-user-delete-label = ลบ { $name }
admin-user-delete-title = ลบ { $name } ใช่ไหม
admin-user-delete-text = บัญชี { $email } จะถูกลบและลงชื่อออกจากทุกที่ การดำเนินการนี้ไม่สามารถเลิกทำได้
admin-user-delete-confirm = ลบผู้ใช้
admin-user-deleted = ลบ { $name } แล้ว
admin-user-picture = รูปโปรไฟล์
admin-user-picture-choose = อัปโหลดรูปภาพ
admin-user-picture-remove = นำรูปภาพออก
admin-user-picture-hint = รูปภาพ PNG หรือ JPEG ขนาดไม่เกิน 256 KB มีผลทันที ผู้รับความช่วยเหลือจะเห็นรูปนี้ก่อนแชร์หน้าจอ
admin-user-picture-uploading = กำลังอัปโหลดรูปภาพ…
admin-user-picture-updated = อัปเดตรูปภาพของ { $name } แล้ว
admin-user-picture-removed = นำรูปภาพของ { $name } ออกแล้ว

## Groups

admin-groups-title = กลุ่ม
admin-groups-intro = กลุ่มใช้รวบรวมบุคคลและอุปกรณ์ การกำหนดบทบาทจะมอบบทบาทให้สมาชิกของกลุ่ม โดยมีขอบเขตครอบคลุมกลุ่มอื่น
admin-groups-pages = หน้าของกลุ่ม
admin-groups-empty = ยังไม่มีกลุ่ม สร้างกลุ่มเพื่อมอบบทบาทให้สมาชิกของกลุ่ม
admin-groups-back = กลุ่มทั้งหมด
admin-group-create = สร้างกลุ่ม
admin-group-create-title = สร้างกลุ่ม
admin-group-create-submit = สร้างกลุ่ม
admin-group-created = สร้างกลุ่ม { $name } แล้ว
admin-group-name = ชื่อกลุ่ม
admin-group-description = คำอธิบาย (ไม่บังคับ)
admin-group-description-hint = วัตถุประสงค์ของกลุ่ม เช่น “เจ้าหน้าที่ฝ่ายช่วยเหลือในเบอร์ลิน”
admin-group-member-count =
    { $count ->
        [0] ไม่มีสมาชิก
       *[other] สมาชิก { $count } คน
    }
admin-group-manage-label = จัดการกลุ่ม { $name }
admin-group-delete = ลบกลุ่ม
admin-group-delete-label = ลบกลุ่ม { $name }
admin-group-delete-title = ลบกลุ่ม { $name } ใช่ไหม
admin-group-delete-text = สมาชิกยังคงมีบัญชีอยู่ แต่จะสูญเสียสิ่งที่การกำหนดบทบาทมอบให้ผ่านกลุ่มนี้ การดำเนินการนี้ไม่สามารถเลิกทำได้
admin-group-delete-confirm = ลบกลุ่ม
admin-group-deleted = ลบกลุ่ม { $name } แล้ว
admin-group-detail-intro = เปลี่ยนชื่อกลุ่ม และเลือกสมาชิกและอุปกรณ์ของกลุ่ม
admin-group-details = ชื่อและคำอธิบาย
admin-group-saved = บันทึกกลุ่ม { $name } แล้ว
admin-group-members = สมาชิก
admin-group-no-members = กลุ่มนี้ยังไม่มีสมาชิก
admin-group-add-member = เพิ่มสมาชิก
admin-group-add-member-label = บุคคลที่จะเพิ่ม
admin-group-everyone-member = ทุกคนเป็นสมาชิกอยู่แล้ว
admin-group-member-added = เพิ่ม { $name } ลงใน { $group } แล้ว
admin-group-member-removed = นำ { $name } ออกจาก { $group } แล้ว
admin-group-remove-member-label = นำ { $name } ออกจากกลุ่ม
admin-group-devices = อุปกรณ์
admin-group-devices-intro = การกำหนดบทบาทที่ระบุกลุ่มนี้ไว้ในขอบเขตจะครอบคลุมอุปกรณ์ในกลุ่มนี้
admin-group-device-label = อุปกรณ์
admin-group-add-device = เพิ่มลงในกลุ่ม
admin-group-remove-device-label = นำ { $device } ออกจากกลุ่ม
admin-group-no-devices = กลุ่มนี้ยังไม่มีอุปกรณ์
admin-group-device-added = เพิ่ม { $device } ลงใน { $group } แล้ว
admin-group-device-removed = นำ { $device } ออกจาก { $group } แล้ว

## Roles and role assignments

admin-roles-title = บทบาท
admin-roles-intro = บทบาทคือชุดของสิทธิ์ การกำหนดบทบาทจะมอบบทบาทให้สมาชิกของกลุ่ม โดยครอบคลุมบุคคลและอุปกรณ์ที่อยู่ในขอบเขต
admin-roles-list = บทบาท
admin-roles-list-intro = บทบาทในตัวไม่สามารถเปลี่ยนแปลงได้ ให้คัดลอกบทบาทหนึ่งเพื่อเริ่มสร้างบทบาทแบบกำหนดเอง
admin-roles-empty = ไม่มีบทบาท
admin-role-create = สร้างบทบาท
admin-role-create-title = สร้างบทบาท
admin-role-create-submit = สร้างบทบาท
admin-role-created = สร้างบทบาท { $name } แล้ว
admin-role-edit-title = แก้ไขบทบาท { $name }
admin-role-edit-label = แก้ไขบทบาท { $name }
admin-role-saved = บันทึกบทบาท { $name } แล้ว
admin-role-copy = คัดลอก
admin-role-copy-label = คัดลอกบทบาท { $name } เป็นบทบาทใหม่
admin-role-copy-name = { $name } (สำเนา)
admin-role-name = ชื่อบทบาท
admin-role-description = คำอธิบาย (ไม่บังคับ)
admin-role-built-in = ในตัว
admin-role-no-permissions = ไม่มีสิทธิ์
admin-role-delete-label = ลบบทบาท { $name }
admin-role-delete-title = ลบบทบาท { $name } ใช่ไหม
admin-role-delete-text = ลบได้เฉพาะบทบาทที่ไม่มีการกำหนดบทบาทใดใช้อยู่ การดำเนินการนี้ไม่สามารถเลิกทำได้
admin-role-delete-confirm = ลบบทบาท
admin-role-deleted = ลบบทบาท { $name } แล้ว

admin-perm-group-remote-help = ความช่วยเหลือระยะไกล
admin-perm-group-reading = การอ่าน
admin-perm-group-administration = การดูแลระบบ
admin-perm-offer = เสนอความช่วยเหลือระยะไกล
admin-perm-offer-hint = เริ่มเซสชันความช่วยเหลือระยะไกลกับบุคคลที่อยู่ในขอบเขต
admin-perm-view-screen = ดูหน้าจอ
admin-perm-view-screen-hint = ดูหน้าจอของบุคคลที่อยู่ในขอบเขต
admin-perm-full-control = ควบคุมเต็มรูปแบบ
admin-perm-full-control-hint = ใช้เมาส์และแป้นพิมพ์ของบุคคลที่อยู่ในขอบเขต โดยได้รับความยินยอมจากบุคคลนั้น
admin-perm-elevation = การยกระดับสิทธิ์
admin-perm-elevation-hint = สงวนไว้สำหรับเวอร์ชันถัดไป: เรียกใช้ด้วยสิทธิ์ระดับสูงบนอุปกรณ์ของบุคคลนั้น
admin-perm-read = อ่านอุปกรณ์และรายงาน
admin-perm-read-hint = ดูรายการอุปกรณ์ เซสชันที่กำลังดำเนินอยู่ และรายงานเซสชัน
admin-perm-manage-users = จัดการผู้ใช้และกลุ่ม
admin-perm-manage-users-hint = สร้าง เปลี่ยนแปลง และลบผู้ใช้และกลุ่ม รวมถึงรูปภาพและปัจจัยที่สองของผู้ใช้
admin-perm-manage-roles = จัดการบทบาท
admin-perm-manage-roles-hint = สร้างและเปลี่ยนแปลงบทบาทและการกำหนดบทบาท
admin-perm-manage-devices = จัดการอุปกรณ์
admin-perm-manage-devices-hint = สร้างโทเค็นการลงทะเบียน ปลดระวาง และลบอุปกรณ์
admin-perm-manage-settings = จัดการการตั้งค่า
admin-perm-manage-settings-hint = เปลี่ยนการตั้งค่าและโดเมนที่ยืนยันแล้วขององค์กร และหยุดเซสชันที่กำลังดำเนินอยู่
admin-perm-manage-policies = จัดการนโยบาย
admin-perm-manage-policies-hint = สร้างและเปลี่ยนแปลงนโยบายการเข้าถึงแบบมีเงื่อนไขและนโยบายการปฏิบัติตามข้อกำหนด
admin-perm-read-audit = อ่านบันทึกการตรวจสอบ
admin-perm-read-audit-hint = ดูและส่งออกการเปลี่ยนแปลงและการลงชื่อเข้าใช้ทั้งหมดที่บันทึกไว้
admin-perm-create-api-tokens = สร้างโทเค็น API
admin-perm-create-api-tokens-hint = สร้างโทเค็นสำหรับสคริปต์ที่ทำงานด้วยสิทธิ์ของผู้ถือเอง โทเค็นจะหมดอายุหลังจาก 90 วัน เว้นแต่จะตั้งค่าไว้เป็นอย่างอื่น (สูงสุดหนึ่งปี)

admin-assignments-title = การกำหนดบทบาท
admin-assignments-intro = ใครได้รับบทบาทใด และมีขอบเขตครอบคลุมใคร
admin-assignments-empty = ยังไม่มีการกำหนดบทบาท หากไม่มี จะมีเพียงผู้ดูแลระบบเท่านั้นที่ช่วยเหลือผู้อื่นได้
admin-assignment-create = สร้างการกำหนด
admin-assignment-create-title = สร้างการกำหนดบทบาท
admin-assignment-create-submit = สร้างการกำหนด
admin-assignment-created = สร้างการกำหนด { $name } แล้ว
admin-assignment-edit-title = แก้ไขการกำหนด { $name }
admin-assignment-edit-label = แก้ไขการกำหนด { $name }
admin-assignment-saved = บันทึกการกำหนด { $name } แล้ว
admin-assignment-name = ชื่อการกำหนด
admin-assignment-name-hint = เช่น “ฝ่ายช่วยเหลือดูแลฝ่ายการเงิน”
admin-assignment-role = บทบาท
admin-assignment-members = มอบบทบาทให้สมาชิกของ
admin-assignment-members-hint = ผู้ช่วยเหลือ: ทุกคนในกลุ่มเหล่านี้จะได้รับบทบาทนี้
admin-assignment-no-groups = ยังไม่มีกลุ่ม โปรดสร้างกลุ่มก่อน
admin-assignment-scope = ขอบเขต
admin-assignment-scope-hint = บุคคลและอุปกรณ์ที่บทบาทนี้ครอบคลุม
admin-assignment-scope-groups = บุคคลและอุปกรณ์ในกลุ่มเหล่านี้
admin-assignment-scope-groups-hint = สมาชิกและอุปกรณ์ของกลุ่มที่เลือก
admin-assignment-needs-members = เลือกอย่างน้อยหนึ่งกลุ่มที่จะมอบบทบาทให้
admin-assignment-needs-scope = เลือกสิ่งที่บทบาทนี้ครอบคลุม: ผู้ใช้ทั้งหมด อุปกรณ์ทั้งหมด หรือกลุ่ม
admin-assignment-delete-label = ลบการกำหนด { $name }
admin-assignment-delete-title = ลบการกำหนด { $name } ใช่ไหม
admin-assignment-delete-text = สมาชิกของกลุ่มในการกำหนดนี้จะสูญเสียบทบาทที่ได้รับทันที การดำเนินการนี้ไม่สามารถเลิกทำได้
admin-assignment-delete-confirm = ลบการกำหนด
admin-assignment-deleted = ลบการกำหนด { $name } แล้ว
admin-scope-all-users = ผู้ใช้ทั้งหมด
admin-scope-all-users-hint = ทุกคนในองค์กร
admin-scope-all-devices = อุปกรณ์ทั้งหมด
admin-scope-all-devices-hint = อุปกรณ์ที่ลงทะเบียนแล้วทั้งหมดขององค์กร

## Conditional access

admin-policies-title = การเข้าถึงแบบมีเงื่อนไข
admin-policies-intro = นโยบายจะตัดสินว่าผู้ช่วยเหลือใช้คอนโซลได้หรือไม่ โดยตรวจสอบเมื่อลงชื่อเข้าใช้และอีกครั้งเมื่อเริ่มเซสชัน การปฏิเสธจะระบุชื่อนโยบาย
admin-policies-list = นโยบาย
admin-policies-empty = ไม่มีนโยบายการเข้าถึงแบบมีเงื่อนไข ผู้ช่วยเหลือทุกคนที่ลงชื่อเข้าใช้ได้จะใช้คอนโซลได้
admin-policy-create = สร้างนโยบาย
admin-policy-create-title = สร้างนโยบายการเข้าถึงแบบมีเงื่อนไข
admin-policy-create-submit = สร้างนโยบาย
admin-policy-created = สร้างนโยบาย { $name } แล้ว
admin-policy-edit-title = แก้ไขนโยบาย { $name }
admin-policy-edit-label = แก้ไขนโยบาย { $name }
admin-policy-saved = บันทึกนโยบาย { $name } แล้ว
admin-policy-delete-label = ลบนโยบาย { $name }
admin-policy-delete-title = ลบนโยบาย { $name } ใช่ไหม
admin-policy-delete-text = นโยบายจะหยุดมีผลทันที การดำเนินการนี้ไม่สามารถเลิกทำได้
admin-policy-delete-confirm = ลบนโยบาย
admin-policy-deleted = ลบนโยบาย { $name } แล้ว
admin-policy-name = ชื่อนโยบาย
admin-policy-name-hint = ผู้ช่วยเหลือจะเห็นชื่อนี้เมื่อนโยบายปฏิเสธ จึงควรระบุเหตุผล เช่น “ปัจจัยที่สองเมื่ออยู่นอกสำนักงาน”
admin-policy-state = สถานะ
admin-policy-state-enabled = เปิดใช้งาน
admin-policy-state-enabled-hint = มีการบังคับใช้นโยบาย
admin-policy-state-report-only = รายงานเท่านั้น
admin-policy-state-report-only-hint = ระบบจะประเมินนโยบายและบันทึกสิ่งที่นโยบายจะทำไว้ในบันทึกการตรวจสอบ แต่จะไม่ปฏิเสธผู้ใด ควรทดลองนโยบายใหม่ด้วยวิธีนี้ก่อน
admin-policy-state-disabled = ปิดใช้งาน
admin-policy-state-disabled-hint = นโยบายจะถูกละเว้น
admin-policy-targets = ใช้กับ
admin-policy-targets-hint = ผู้ช่วยเหลือที่นโยบายนี้เกี่ยวข้อง
admin-policy-all-users = ผู้ใช้ทั้งหมด
admin-policy-users = บุคคลเหล่านี้
admin-policy-groups = สมาชิกของกลุ่มเหล่านี้
admin-policy-needs-targets = เลือกผู้ที่นโยบายนี้ใช้กับ: ผู้ใช้ทั้งหมด บุคคล หรือกลุ่ม
admin-policy-conditions = เงื่อนไข
admin-policy-conditions-hint = นโยบายจะมีผลเฉพาะเมื่อเงื่อนไขทั้งหมดที่ตั้งไว้ที่นี่เป็นจริง เว้นว่างไว้เพื่อให้มีผลเสมอ
admin-policy-inside = ที่อยู่ของไคลเอ็นต์อยู่ในเครือข่ายใดเครือข่ายหนึ่งต่อไปนี้
admin-policy-inside-hint = หนึ่งช่วงต่อบรรทัดในรูปแบบ CIDR เช่น 10.0.0.0/8 หรือ 2001:db8::/32
admin-policy-outside = ที่อยู่ของไคลเอ็นต์ไม่อยู่ในเครือข่ายใดต่อไปนี้
admin-policy-outside-hint = สำหรับกฎที่ใช้เมื่ออยู่นอกสำนักงาน หนึ่งช่วงต่อบรรทัด
admin-policy-network-invalid = “{ $value }” ไม่ใช่ช่วงเครือข่าย โปรดเขียนช่วงในรูปแบบ เช่น 192.168.0.0/16
admin-policy-second-factor = ปัจจัยที่สองเมื่อลงชื่อเข้าใช้
admin-policy-second-factor-any = อย่างใดก็ได้
admin-policy-second-factor-yes = ใช้ปัจจัยที่สองแล้ว
admin-policy-second-factor-no = ไม่ได้ใช้ปัจจัยที่สอง
admin-policy-grant = ผลลัพธ์
admin-policy-grant-allow = อนุญาต
admin-policy-grant-allow-hint = บันทึกไว้ในบันทึกการตรวจสอบ นโยบายอื่นอาจยังคงปฏิเสธได้
admin-policy-grant-block = บล็อก
admin-policy-grant-block-hint = ปฏิเสธการลงชื่อเข้าใช้คอนโซลและการเริ่มเซสชัน
admin-policy-grant-second-factor = กำหนดให้ใช้ปัจจัยที่สอง
admin-policy-grant-second-factor-hint = อนุญาตเฉพาะการลงชื่อเข้าใช้ที่ใช้ปัจจัยที่สอง
admin-policy-lockout-warning = ระวังอย่าล็อกตัวเองออกจากระบบ นโยบายที่บล็อกคุณจะมีผลตั้งแต่การลงชื่อเข้าใช้ครั้งถัดไป โปรดใช้โหมดรายงานเท่านั้นเพื่อตรวจสอบนโยบายก่อน
admin-policy-when-inside = ภายใน { $networks }
admin-policy-when-outside = ภายนอก { $networks }
admin-policy-when-second-factor = ใช้ปัจจัยที่สองแล้ว
admin-policy-when-no-second-factor = ไม่ได้ใช้ปัจจัยที่สอง
admin-policy-always = เสมอ

## Devices

admin-devices-title = อุปกรณ์
admin-devices-intro = อุปกรณ์ที่ลงทะเบียนด้วยแอป { -product-name } พร้อมข้อมูลที่รายงานล่าสุด และสถานะว่าเป็นไปตามนโยบายการปฏิบัติตามข้อกำหนดของคุณหรือไม่
admin-devices-enroll-link = ลงทะเบียนอุปกรณ์
admin-devices-filters = กรองอุปกรณ์
admin-devices-search = ค้นหา
admin-devices-search-hint = ชื่อโฮสต์ หมายเลขซีเรียล รุ่น หรือผู้ใช้หลัก
admin-devices-platform = ระบบปฏิบัติการ
admin-devices-compliance = การปฏิบัติตามข้อกำหนด
admin-devices-state = การลงทะเบียน
admin-devices-pages = หน้าของอุปกรณ์
admin-devices-empty = ยังไม่มีอุปกรณ์ที่ลงทะเบียน สร้างโทเค็นการลงทะเบียนเพื่อลงทะเบียนอุปกรณ์เครื่องแรก
admin-devices-none-match = ไม่มีอุปกรณ์ที่ตรงกับตัวกรองเหล่านี้
admin-devices-back = อุปกรณ์ทั้งหมด
admin-device-remote-help = เซสชันความช่วยเหลือระยะไกลใหม่
admin-device-unnamed = อุปกรณ์ที่ไม่มีชื่อ
admin-device-compliant = เป็นไปตามข้อกำหนด
admin-device-not-compliant = ไม่เป็นไปตามข้อกำหนด
admin-device-failing-count =
    { $count ->
       *[other] ไม่ผ่านกฎ { $count } ข้อ
    }
admin-device-state-active = ลงทะเบียนแล้ว
admin-device-state-retired = ปลดระวางแล้ว
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = ไม่มีการรายงาน
admin-device-details = รายละเอียด
admin-device-host-name = ชื่อโฮสต์
admin-device-model = รุ่น
admin-device-serial = หมายเลขซีเรียล
admin-device-agent-version = เวอร์ชันแอป
admin-device-disk = การเข้ารหัสดิสก์
admin-device-disk-encrypted = เข้ารหัสแล้ว
admin-device-disk-not-encrypted = ไม่ได้เข้ารหัส
admin-device-enrolled-at = ลงทะเบียนเมื่อ
admin-device-id = ID อุปกรณ์
admin-device-compliance = การปฏิบัติตามข้อกำหนด
admin-device-meets-all = อุปกรณ์นี้เป็นไปตามกฎทั้งหมดของนโยบายการปฏิบัติตามข้อกำหนดของคุณ
admin-device-failing-intro = ไม่เป็นไปตามกฎต่อไปนี้:
admin-device-policies-link = ตรวจทานนโยบายการปฏิบัติตามข้อกำหนด
admin-device-retire = ปลดระวางอุปกรณ์
admin-device-retire-title = ปลดระวาง { $name } ใช่ไหม
admin-device-retire-text = ข้อมูลประจำตัวของอุปกรณ์จะใช้งานไม่ได้ทันที อุปกรณ์จะรายงานสถานะหรือยืนยันตัวตนไม่ได้อีกเมื่อมีผู้ขอความช่วยเหลือบนอุปกรณ์นั้น อุปกรณ์จะยังอยู่ในรายการโดยมีเครื่องหมายว่าปลดระวางแล้ว
admin-device-retire-confirm = ปลดระวางอุปกรณ์
admin-device-retired = ปลดระวาง { $name } แล้ว
admin-device-delete = ลบอุปกรณ์
admin-device-delete-title = ลบ { $name } ใช่ไหม
admin-device-delete-text = อุปกรณ์และประวัติของอุปกรณ์จะถูกนำออกจากรายการอุปกรณ์ หากต้องการใช้อีกครั้ง ให้ลงทะเบียนใหม่ การดำเนินการนี้ไม่สามารถเลิกทำได้
admin-device-delete-confirm = ลบอุปกรณ์

## Enrollment tokens

admin-tokens-title = โทเค็นการลงทะเบียน
admin-tokens-intro = อุปกรณ์จะลงทะเบียนด้วยโทเค็นที่คุณสร้างที่นี่ โทเค็นแต่ละรายการใช้ได้ในระยะเวลาและจำนวนอุปกรณ์ที่จำกัด
admin-tokens-list = โทเค็น
admin-tokens-empty = ยังไม่มีโทเค็นการลงทะเบียน
admin-token-create = สร้างโทเค็น
admin-token-create-title = สร้างโทเค็นการลงทะเบียน
admin-token-create-submit = สร้างโทเค็น
admin-token-created = สร้างโทเค็น { $name } แล้ว
admin-token-name = ชื่อ
admin-token-name-hint = สถานที่ที่ใช้ เช่น “แล็ปท็อปสำนักงานเบอร์ลิน”
admin-token-hours = ใช้ได้นาน (ชั่วโมง)
admin-token-hours-hint = 1 ถึง 720 ชั่วโมง (30 วัน)
admin-token-max-uses = จำนวนอุปกรณ์ที่ลงทะเบียนได้
admin-token-max-uses-hint = 1 ถึง 10,000
admin-token-shown-once = คัดลอกโทเค็นนี้ทันที โทเค็นจะแสดงเพียงครั้งเดียว หากทำหาย ให้เพิกถอนแล้วสร้างโทเค็นใหม่
admin-token-secret = โทเค็น “{ $name }”
admin-token-secret-hint = ให้โทเค็นนี้แก่แอป { -product-name } เมื่อลงทะเบียนอุปกรณ์ (assist-agent enroll) ผู้ที่มีโทเค็นนี้จะลงทะเบียนอุปกรณ์เข้ากับองค์กรของคุณได้จนกว่าโทเค็นจะหมดอายุหรือถูกเพิกถอน
admin-token-copy-label = คัดลอกโทเค็น
admin-token-copied = คัดลอกโทเค็นไปยังคลิปบอร์ดแล้ว
admin-token-copy-failed = ไม่สามารถคัดลอกโทเค็นได้ โปรดเลือกแล้วคัดลอกด้วยตนเอง
admin-token-active = ใช้งานอยู่
admin-token-revoked = เพิกถอนแล้ว
admin-token-expired = หมดอายุแล้ว
admin-token-used-up = ใช้ครบแล้ว
admin-token-uses = { $uses } จาก { $max }
admin-token-revoke-label = เพิกถอนโทเค็น { $name }
admin-token-revoke-title = เพิกถอนโทเค็น { $name } ใช่ไหม
admin-token-revoke-text = อุปกรณ์จะลงทะเบียนด้วยโทเค็นนี้ไม่ได้อีก อุปกรณ์ที่ลงทะเบียนด้วยโทเค็นนี้แล้วจะยังคงลงทะเบียนอยู่
admin-token-revoke-confirm = เพิกถอนโทเค็น
admin-token-revoked-done = เพิกถอนโทเค็น { $name } แล้ว

## Compliance policies

admin-compliance-title = นโยบายการปฏิบัติตามข้อกำหนด
admin-compliance-intro = กฎที่อุปกรณ์ที่ลงทะเบียนแล้วต้องปฏิบัติตาม อุปกรณ์ที่ไม่ผ่านกฎใดกฎหนึ่งจะถูกทำเครื่องหมายว่าไม่เป็นไปตามข้อกำหนด และผู้ช่วยเหลือจะได้รับคำเตือนก่อนช่วยเหลือบนอุปกรณ์นั้น
admin-compliance-list = นโยบาย
admin-compliance-empty = ไม่มีนโยบายการปฏิบัติตามข้อกำหนด อุปกรณ์ทุกเครื่องจึงถือว่าเป็นไปตามข้อกำหนด
admin-compliance-create = สร้างนโยบาย
admin-compliance-create-title = สร้างนโยบายการปฏิบัติตามข้อกำหนด
admin-compliance-create-submit = สร้างนโยบาย
admin-compliance-created = สร้างนโยบาย { $name } แล้ว ตรวจสอบอุปกรณ์อีกครั้งแล้ว
admin-compliance-edit-title = แก้ไขนโยบาย { $name }
admin-compliance-edit-label = แก้ไขนโยบาย { $name }
admin-compliance-saved = บันทึกนโยบาย { $name } แล้ว ตรวจสอบอุปกรณ์อีกครั้งแล้ว
admin-compliance-delete-label = ลบนโยบาย { $name }
admin-compliance-delete-title = ลบนโยบาย { $name } ใช่ไหม
admin-compliance-delete-text = กฎของนโยบายจะหยุดมีผล และอุปกรณ์จะถูกตรวจสอบอีกครั้ง การดำเนินการนี้ไม่สามารถเลิกทำได้
admin-compliance-delete-confirm = ลบนโยบาย
admin-compliance-deleted = ลบนโยบาย { $name } แล้ว
admin-compliance-name = ชื่อนโยบาย
admin-compliance-name-hint = แสดงพร้อมกับกฎแต่ละข้อที่ไม่ผ่าน เช่น “ความปลอดภัยพื้นฐาน”
admin-compliance-os-legend = เวอร์ชันระบบปฏิบัติการขั้นต่ำ
admin-compliance-os-hint = เว้นแพลตฟอร์มว่างไว้เพื่อยอมรับทุกเวอร์ชัน
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = เช่น 14.2.1
admin-compliance-version-invalid = เขียนเวอร์ชันเป็นตัวเลขคั่นด้วยจุด เช่น 14.2.1
admin-compliance-other-legend = กฎอื่นๆ
admin-compliance-min-agent = เวอร์ชันขั้นต่ำของแอป { -product-name }
admin-compliance-max-days = จำนวนวันสูงสุดนับจากการรายงานล่าสุด
admin-compliance-max-days-hint = 1 ถึง 365 เว้นว่างไว้หากไม่ต้องการจำกัด
admin-compliance-disk = กำหนดให้เข้ารหัสดิสก์
admin-compliance-disk-hint = ดิสก์ระบบต้องได้รับการเข้ารหัส (BitLocker, FileVault, LUKS)
admin-rule-min-os = { $platform } { $version } ขึ้นไป
admin-rule-min-agent = แอป { $version } ขึ้นไป
admin-rule-check-in =
    { $days ->
       *[other] รายงานภายใน { $days } วันที่ผ่านมา
    }
admin-rule-disk = ดิสก์เข้ารหัสแล้ว
admin-rule-none = ไม่มีกฎ

## Settings

admin-settings-title = การตั้งค่า
admin-settings-intro = วิธีการทำงานของความช่วยเหลือระยะไกลในองค์กรของคุณ การเปลี่ยนแปลงทุกครั้งจะถูกบันทึกไว้ในบันทึกการตรวจสอบ
admin-settings-organisation = องค์กร
admin-settings-name-hint = แสดงให้ผู้ที่คุณช่วยเหลือเห็นแทนชื่อบริษัท เมื่อโปรไฟล์ไม่ได้ระบุบริษัท
admin-settings-remote-help-heading = ความช่วยเหลือระยะไกล
admin-settings-remote-help = อนุญาตความช่วยเหลือระยะไกล
admin-settings-remote-help-hint = ผู้ช่วยเหลือจะเริ่มเซสชันได้เฉพาะเมื่อเปิดการตั้งค่านี้ การปิดจะสิ้นสุดเซสชันที่กำลังดำเนินอยู่ด้วย
admin-settings-unenrolled = อนุญาตความช่วยเหลือบนอุปกรณ์ที่ไม่ได้ลงทะเบียน
admin-settings-unenrolled-hint = ให้ผู้ใช้แชร์หน้าจอจากเว็บเบราว์เซอร์หรืออุปกรณ์ที่ไม่ได้ลงทะเบียนได้ ผู้ช่วยเหลือจะยังคงได้รับคำเตือนว่าไม่รู้จักอุปกรณ์นั้น
admin-settings-chat = แชทระหว่างเซสชัน
admin-settings-chat-hint = ผู้ช่วยเหลือและผู้รับความช่วยเหลือสามารถส่งข้อความถึงกันได้ ข้อความจะถูกเก็บไว้พร้อมกับรายงานเซสชัน
admin-settings-limits = รหัสและรายงาน
admin-settings-code-lifetime = อายุของรหัสความปลอดภัย (นาที)
admin-settings-code-lifetime-hint = ระยะเวลาที่รหัสซึ่งผู้ช่วยเหลืออ่านให้ฟังยังใช้ได้: { $min } ถึง { $max } นาที
admin-settings-retention = เก็บรายงานเซสชันไว้ (วัน)
admin-settings-retention-hint = รายงานที่เก่ากว่านี้และแชทของรายงานจะถูกลบ: { $min } ถึง { $max } วัน
admin-settings-save = บันทึกการตั้งค่า
admin-settings-saved = บันทึกการตั้งค่าแล้ว
admin-settings-updated-at = เปลี่ยนแปลงล่าสุดเมื่อ { $time }
admin-settings-defaults = นี่คือการตั้งค่าเริ่มต้น ยังไม่เคยมีการเปลี่ยนแปลง

## Live sessions

admin-live-title = เซสชันที่กำลังดำเนินอยู่
admin-live-intro = เซสชันความช่วยเหลือระยะไกลที่ยังไม่สิ้นสุด รายการจะรีเฟรชทุกๆ สองสามวินาที
admin-live-list = เซสชันที่กำลังดำเนินการ
admin-live-empty = ไม่มีเซสชันที่กำลังดำเนินการ
admin-live-updated = อัปเดตเมื่อ { $time }
admin-live-count =
    { $count ->
        [0] ไม่มีเซสชันที่กำลังดำเนินการ
       *[other] มี { $count } เซสชันที่กำลังดำเนินการ
    }
admin-live-not-joined = ยังไม่ได้เข้าร่วม
admin-live-nobody = ยังไม่มีใคร
admin-live-state-waiting = กำลังรอรหัส
admin-live-state-joined = เข้าร่วมแล้ว
admin-live-state-requested = กำลังขอสิทธิ์เข้าถึง
admin-live-state-active = กำลังแชร์
admin-live-state-ended = สิ้นสุดแล้ว
admin-live-revoke-label = เพิกถอนเซสชันของ { $helper } กับ { $sharer }
admin-live-revoke-title = หยุดเซสชันนี้ใช่ไหม
admin-live-revoke-text = เซสชันของ { $helper } กับ { $sharer } จะสิ้นสุดทันทีสำหรับทั้งสองฝ่าย
admin-live-revoke-confirm = หยุดเซสชัน
admin-live-revoked = หยุดเซสชันของ { $helper } แล้ว

## Session reports

admin-reports-title = รายงานเซสชัน
admin-reports-intro = เซสชันความช่วยเหลือระยะไกลทุกรายการ: ใครช่วยเหลือใคร บนอุปกรณ์ใด ได้รับสิทธิ์เข้าถึงใด และสิ้นสุดอย่างไร
admin-reports-filters = กรองรายงานเซสชัน
admin-reports-export-label = ส่งออก CSV ของรายงานเซสชันที่ตรงกับตัวกรอง
admin-reports-helper = ผู้ช่วยเหลือ
admin-reports-sharer = ผู้รับความช่วยเหลือ
admin-reports-device = อุปกรณ์
admin-reports-end-reason = วิธีที่สิ้นสุด
admin-reports-from = เริ่มตั้งแต่
admin-reports-to = เริ่มก่อน
admin-reports-pages = หน้าของรายงานเซสชัน
admin-reports-empty = ยังไม่มีรายงานเซสชัน
admin-reports-none-match = ไม่มีเซสชันที่ตรงกับตัวกรองเหล่านี้
admin-reports-back = รายงานเซสชันทั้งหมด
admin-report-open-label = เซสชันของ { $helper } เริ่มเมื่อ { $time }
admin-report-title = { $helper } ช่วยเหลือ { $sharer }
admin-report-title-alone = เซสชันของ { $helper }
admin-report-started = เริ่มเมื่อ { $time }
admin-report-details = รายละเอียด
admin-report-client = แชร์จาก
admin-report-joined = เข้าร่วมเมื่อ
admin-report-ended = สิ้นสุดเมื่อ
admin-report-id = ID เซสชัน
admin-report-no-device = ไม่มีอุปกรณ์
admin-report-mode-control = ควบคุมเต็มรูปแบบ
admin-report-mode-view = ดูอย่างเดียว
admin-report-mode-none = ไม่มี
admin-report-transcript = บันทึกการแชท
admin-report-transcript-count =
    { $count ->
        [0] บันทึกการแชท
       *[other] บันทึกการแชท ({ $count } ข้อความ)
    }
admin-report-no-chat = ไม่มีการเขียนข้อความแชทในเซสชันนี้
admin-role-helper = ผู้ช่วยเหลือ
admin-role-sharer = ผู้รับความช่วยเหลือ
admin-client-agent = แอป { -product-name }
admin-client-web = เว็บเบราว์เซอร์

admin-end-helper-left = ผู้ช่วยเหลือสิ้นสุดเซสชัน
admin-end-sharer-left = ผู้รับความช่วยเหลือสิ้นสุดเซสชัน
admin-end-helper-disconnected = การเชื่อมต่อของผู้ช่วยเหลือขาดหาย
admin-end-sharer-disconnected = การเชื่อมต่อของผู้รับความช่วยเหลือขาดหาย
admin-end-code-expired = รหัสหมดอายุโดยไม่ได้ใช้
admin-end-declined-timeout = ไม่มีการตอบคำขอ
admin-end-revoked = ผู้ดูแลระบบหยุดเซสชัน
admin-end-policy = กฎขององค์กรหยุดเซสชัน
admin-end-access-withdrawn = หยุดแล้ว: สิทธิ์การเข้าถึงถูกเพิกถอน

## Audit log

admin-audit-title = บันทึกการตรวจสอบ
admin-audit-intro = การเปลี่ยนแปลง การลงชื่อเข้าใช้ และเหตุการณ์ของเซสชันทั้งหมด เรียงจากใหม่ไปเก่า บันทึกนี้เพิ่มได้อย่างเดียว และห่วงโซ่ของบันทึกจะตรวจพบการปลอมแปลง
admin-audit-filters = กรองบันทึกการตรวจสอบ
admin-audit-export-label = ส่งออก CSV ของเหตุการณ์การตรวจสอบที่ตรงกับตัวกรอง
admin-audit-actor = ผู้ดำเนินการ
admin-audit-action = การดำเนินการ
admin-audit-action-hint = เช่น user.created หรือ settings.updated
admin-audit-since = ตั้งแต่
admin-audit-until = ก่อน
admin-audit-pages = หน้าของเหตุการณ์การตรวจสอบ
admin-audit-empty = บันทึกการตรวจสอบว่างเปล่า
admin-audit-none-match = ไม่มีเหตุการณ์ที่ตรงกับตัวกรองเหล่านี้
admin-audit-show-detail = แสดงรายละเอียด
admin-actor-cli = บรรทัดคำสั่งของเซิร์ฟเวอร์
admin-actor-setup-link = ลิงก์ตั้งค่า
admin-actor-sso = การลงชื่อเข้าใช้ครั้งเดียว
admin-actor-anonymous = ไม่ได้ลงชื่อเข้าใช้

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = เริ่มที่นี่
admin-start-title = เริ่มต้นใช้งาน
admin-start-intro = สามเรื่องที่ต้องกำหนดก่อนเซสชันความช่วยเหลือระยะไกลครั้งแรก ทุกเรื่องเปลี่ยนได้ในภายหลัง
admin-start-done = เสร็จแล้ว
admin-start-todo = ยังไม่เสร็จ
admin-start-settings-needed = การเปลี่ยนแปลงนี้ต้องมีสิทธิ์จัดการการตั้งค่า โปรดขอผู้ดูแลระบบที่มีสิทธิ์นี้
admin-start-remote-heading = เปิดความช่วยเหลือระยะไกล
admin-start-remote-off = ความช่วยเหลือระยะไกลปิดอยู่ จึงยังไม่มีใครเริ่มเซสชันได้
admin-start-remote-on = ความช่วยเหลือระยะไกลเปิดอยู่: ผู้ช่วยเหลือเริ่มเซสชันได้
admin-start-remote-enable = เปิดความช่วยเหลือระยะไกล
admin-start-remote-turned-on = เปิดความช่วยเหลือระยะไกลแล้ว
admin-start-browser-heading = การแชร์จากเว็บเบราว์เซอร์
admin-start-browser-allowed = อนุญาต
admin-start-browser-not-allowed = ไม่อนุญาต
admin-start-browser-explain = เว็บเบราว์เซอร์พิสูจน์ไม่ได้ว่าทำงานอยู่บนคอมพิวเตอร์เครื่องใด จึงนับเป็นอุปกรณ์ที่ไม่ได้ลงทะเบียน การอนุญาตความช่วยเหลือบนอุปกรณ์ที่ไม่ได้ลงทะเบียนทำให้ผู้ใช้แชร์หน้าจอจากเบราว์เซอร์ได้โดยไม่ต้องติดตั้งอะไร ผู้ช่วยเหลือจะดูหน้าจอได้อย่างเดียว ควบคุมไม่ได้ และจะได้รับคำเตือนว่าไม่รู้จักอุปกรณ์นั้น
admin-start-browser-off = ขณะนี้ไม่อนุญาต: มีเพียงแอป { -product-name } บนอุปกรณ์ที่ลงทะเบียนแล้วเท่านั้นที่แชร์ได้ ผู้ที่เปิดหน้าการแชร์ในเบราว์เซอร์แล้วป้อนรหัสจะถูกปฏิเสธ
admin-start-browser-on = ขณะนี้อนุญาต: ผู้ใช้แชร์หน้าจอจากเบราว์เซอร์หรือจากอุปกรณ์ที่ไม่ได้ลงทะเบียนได้
admin-start-browser-allow = อนุญาตการแชร์จากเบราว์เซอร์
admin-start-browser-stop = หยุดการแชร์จากเบราว์เซอร์
admin-start-browser-allowed-now = อนุญาตการแชร์จากเบราว์เซอร์แล้ว
admin-start-browser-stopped = ไม่อนุญาตการแชร์จากเบราว์เซอร์อีกต่อไป
admin-start-helpers-heading = กำหนดผู้ช่วยเหลือ
admin-start-helpers-none = ยังไม่มีใครให้ความช่วยเหลือระยะไกลได้
admin-start-helpers-count =
    { $count ->
       *[other] { $count } คนให้ความช่วยเหลือระยะไกลได้
    }
admin-start-helpers-explain = ผู้ช่วยเหลือให้ความช่วยเหลือระยะไกลแก่ทุกคนในองค์กร เลือกบุคคลแล้วเลือก "กำหนดผู้ช่วยเหลือ": พวกเขาจะเข้าร่วมกลุ่ม { $group } ซึ่งมีบทบาท Help Desk Operator เหนือผู้ใช้ทั้งหมด
admin-start-helpers-pick = บุคคลที่จะเป็นผู้ช่วยเหลือ
admin-start-helpers-nobody = ทุกคนที่นี่เป็นผู้ช่วยเหลืออยู่แล้ว สร้างผู้ใช้เพื่อเพิ่มคนใหม่
admin-start-helpers-roles-needed = ครั้งแรก การกำหนดผู้ช่วยเหลือจะมอบบทบาทให้กลุ่ม { $group } ด้วย ซึ่งต้องมีสิทธิ์จัดการบทบาท โปรดขอผู้ดูแลระบบที่มีสิทธิ์นี้
admin-start-helpers-submit = กำหนดผู้ช่วยเหลือ
admin-start-helpers-choose = โปรดเลือกอย่างน้อยหนึ่งคน
admin-start-helpers-made =
    { $count ->
       *[other] ตอนนี้ { $count } คนเป็นผู้ช่วยเหลือในกลุ่ม { $group }
    }
admin-start-create-user = สร้างผู้ใช้
admin-start-first-heading = เซสชันแรกของคุณ
admin-start-not-ready = เมื่อทำขั้นตอนข้างต้นเสร็จแล้ว:
admin-start-ready = ทุกอย่างพร้อมสำหรับเซสชันแรก:
admin-start-first-helper = ผู้ช่วยเหลือลงชื่อเข้าใช้ เปิด "{ $page }" และเริ่มเซสชันความช่วยเหลือระยะไกลใหม่ ซึ่งจะให้รหัสความปลอดภัย:
admin-start-first-sharer = ผู้ที่ต้องการความช่วยเหลือลงชื่อเข้าใช้ เปิดหน้านี้ และป้อนรหัสนั้น:
admin-user-role = บทบาท
admin-user-role-member = สมาชิก
admin-user-role-member-hint = ลงชื่อเข้าใช้ ขอความช่วยเหลือ และแชร์หน้าจอของตน
admin-user-role-helper = ผู้ช่วยเหลือ
admin-user-role-helper-hint = ให้ความช่วยเหลือระยะไกลแก่ทุกคนในองค์กร ในฐานะสมาชิกของกลุ่ม { $group }
admin-user-role-administrator = ผู้ดูแลระบบ
admin-user-created-helper = สร้าง { $name } แล้ว และตอนนี้ให้ความช่วยเหลือระยะไกลได้
