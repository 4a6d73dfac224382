# Messages of the remote help pages (Thai): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = สิ้นสุดเซสชัน
session-ended-heading = เซสชันสิ้นสุดแล้ว
session-reconnecting = การเชื่อมต่อขาดหาย กำลังเชื่อมต่อใหม่…
session-replaced = เซสชันนี้ถูกเปิดในหน้าต่างอื่น จึงหยุดทำงานในหน้าต่างนี้
session-connection-closed = การเชื่อมต่อกับเซิร์ฟเวอร์ถูกปิดแล้ว
go-home = กลับไปที่หน้าแรก

## The trust card: who is on the other side

trust-helper-heading = ผู้ช่วยเหลือของคุณ
trust-sharer-heading = ผู้ที่คุณกำลังช่วยเหลือ
trust-job-title = ตำแหน่งงาน
trust-company = บริษัท
trust-domain = โดเมนขององค์กร
trust-domain-verified = ยืนยันแล้ว
trust-domain-unverified = ยังไม่ได้ยืนยัน
trust-not-set = ไม่ได้ระบุ

## The device the helper is about to help with

device-heading = อุปกรณ์
device-name = ชื่อ
device-system = ระบบปฏิบัติการ
device-compliance = การปฏิบัติตามข้อกำหนด
device-compliant = เป็นไปตามข้อกำหนด
device-not-compliant = ไม่เป็นไปตามข้อกำหนด
device-web-browser = ผู้ใช้เข้าร่วมจากเว็บเบราว์เซอร์ จึงไม่สามารถระบุอุปกรณ์ได้
device-none = ไม่มีข้อมูลอุปกรณ์
warning-device-not-enrolled = อุปกรณ์นี้ไม่ได้ลงทะเบียนกับองค์กรของคุณ
warning-device-not-enrolled-detail = ไม่ทราบข้อมูลประจำตัวและสถานะความปลอดภัยของอุปกรณ์ โปรดระมัดระวังสิ่งที่คุณเปิดหรือพิมพ์บนอุปกรณ์นี้
warning-device-not-compliant = อุปกรณ์นี้ไม่เป็นไปตามนโยบายการปฏิบัติตามข้อกำหนดขององค์กรคุณ:

## Chat

chat-heading = แชท
chat-list-label = ข้อความ
chat-input-label = ข้อความ
chat-placeholder = เขียนข้อความ…
chat-send = ส่ง
chat-you = คุณ
chat-role-helper = ผู้ช่วยเหลือ
chat-role-sharer = ผู้รับความช่วยเหลือ
chat-sending = กำลังส่ง…
chat-too-long = ข้อความมีได้ไม่เกิน { $max } อักขระ

## Helper console

helper-page-title = ความช่วยเหลือระยะไกล – Assist
helper-page-title-org = ความช่วยเหลือระยะไกล – { $organisation }
helper-start-heading = เริ่มเซสชันความช่วยเหลือระยะไกล
helper-start-intro = คุณจะได้รับรหัสความปลอดภัย 8 หลัก ให้รหัสนี้แก่ผู้ที่คุณช่วยเหลือ แล้วผู้นั้นจะป้อนรหัสเพื่อเชื่อมต่อ
helper-device-label = อุปกรณ์ (ไม่บังคับ)
helper-device-none = ไม่ระบุอุปกรณ์
helper-device-hint = เลือกอุปกรณ์ของผู้ใช้หากคุณทราบ แล้วเซสชันจะใช้งานได้บนอุปกรณ์นั้นเท่านั้น และคุณจะเห็นสถานะการปฏิบัติตามข้อกำหนดของอุปกรณ์
helper-start-button = เซสชันความช่วยเหลือระยะไกลใหม่
helper-start-another = เริ่มเซสชันอื่น
helper-session-heading = เซสชันความช่วยเหลือระยะไกล
helper-code-heading = รหัสความปลอดภัย
helper-code-copy = คัดลอกรหัส
helper-code-copied = คัดลอกรหัสแล้ว
helper-code-copy-failed = ไม่สามารถคัดลอกรหัสได้ โปรดอ่านรหัสให้ผู้ใช้ฟังแทน
helper-code-expires-in = หมดอายุใน { $time }
helper-code-expired = รหัสหมดอายุแล้ว
helper-code-one-minute = รหัสความปลอดภัยจะหมดอายุในหนึ่งนาที
helper-code-instructions = ขอให้ผู้ใช้เปิด { $address } ลงชื่อเข้าใช้ และป้อนรหัสนี้
helper-code-not-shown-again = รหัสความปลอดภัยจะแสดงเพียงครั้งเดียว หากผู้ใช้ยังไม่ได้เข้าร่วม ให้สิ้นสุดเซสชันนี้แล้วเริ่มเซสชันใหม่
helper-status-waiting = กำลังรอให้ผู้ใช้ป้อนรหัส…
helper-status-joined = { $name } เข้าร่วมแล้ว ขอดูหน้าจอได้เมื่อคุณพร้อม
helper-status-asked-view = กำลังรอให้ { $name } อนุญาตให้คุณดูหน้าจอ…
helper-status-asked-control = กำลังรอให้ { $name } อนุญาตการควบคุมเต็มรูปแบบ…
helper-status-connecting = กำลังเชื่อมต่อกับหน้าจอของ { $name }…
helper-status-viewing = คุณกำลังดูหน้าจอของ { $name }
helper-sharer-joined = { $name } เข้าร่วมเซสชันแล้ว
helper-request-declined = { $name } ปฏิเสธคำขอของคุณ
helper-granted-view = { $name } อนุญาตให้คุณดูหน้าจอแล้ว
helper-granted-control = { $name } อนุญาตการควบคุมเต็มรูปแบบแล้ว
helper-granted-view-only = { $name } อนุญาตให้ดูอย่างเดียว
helper-escalation-declined = { $name } เลือกให้ดูอย่างเดียวต่อไป
helper-control-taken-back = { $name } ยึดการควบคุมคืนแล้ว คุณยังคงเห็นหน้าจอได้
helper-control-paused = { $name } หยุดการควบคุมของคุณชั่วคราว
helper-control-resumed = { $name } ให้คุณควบคุมอีกครั้งแล้ว
helper-connection-failed = ไม่สามารถเชื่อมต่อหน้าจอได้ โปรดตรวจสอบเครือข่าย หรือสิ้นสุดเซสชันแล้วลองอีกครั้ง
helper-mode-heading = คุณต้องการอะไร
helper-mode-hint = ขอดูอย่างเดียวเพื่อดูหน้าจอ หรือขอควบคุมเต็มรูปแบบเพื่อใช้เมาส์และแป้นพิมพ์ของผู้ใช้ ผู้ใช้จะเป็นผู้ตัดสินใจ
helper-mode-web-hint = ผู้ใช้อยู่ในเว็บเบราว์เซอร์ ซึ่งแชร์หน้าจอได้เพื่อการดูอย่างเดียวเท่านั้น การควบคุมเต็มรูปแบบต้องใช้แอป Assist บนอุปกรณ์ของผู้ใช้
helper-escalate-hint = คุณสามารถขอควบคุมเต็มรูปแบบได้ ผู้ใช้จะตัดสินใจอีกครั้ง
helper-request-view = ขอดูอย่างเดียว
helper-request-control = ขอควบคุมเต็มรูปแบบ

## The remote screen in the helper console

viewer-heading = หน้าจอของ { $name }
viewer-stage-label = หน้าจอระยะไกลของ { $name }
viewer-toolbar-label = มุมมองหน้าจอ
viewer-fit = พอดีกับหน้าต่าง
viewer-actual-size = ขนาดจริง
viewer-full-screen = เต็มหน้าจอ
viewer-monitor-label = จอภาพ
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = ดูอย่างเดียว
viewer-mode-control = ควบคุมเต็มรูปแบบ
viewer-mode-paused = หยุดการควบคุมชั่วคราว
viewer-role-view = หน้าจอระยะไกล ดูอย่างเดียว
viewer-role-control = หน้าจอระยะไกล เมาส์และแป้นพิมพ์ของคุณจะควบคุมคอมพิวเตอร์อีกเครื่อง
viewer-hint-view = คุณเห็นหน้าจอได้ แต่ใช้งานไม่ได้
viewer-hint-control = คลิกที่หน้าจอเพื่อใช้งาน ขณะที่หน้าจอได้รับโฟกัส ทุกแป้นรวมถึงแป้นลัดจะถูกส่งไปยังคอมพิวเตอร์อีกเครื่อง กด Ctrl+Alt+Home เพื่อกลับไปยังแถบเครื่องมือ

## Sharer web app

share-page-title = รับความช่วยเหลือ – Assist
share-page-title-org = รับความช่วยเหลือ – { $organisation }
share-join-heading = รับความช่วยเหลือ
share-join-intro = ป้อนรหัสความปลอดภัยที่ผู้ช่วยเหลือให้คุณ คุณจะเห็นว่าผู้ช่วยเหลือเป็นใครก่อนที่เขาจะเห็นสิ่งใดๆ
share-code-label = รหัสความปลอดภัย
share-code-hint = ตัวเลข 8 หลัก เช่น 1234 5678
share-code-invalid-format = ป้อนรหัสความปลอดภัย 8 หลัก
share-join-button = ดำเนินการต่อ
share-join-another = ป้อนรหัสอื่น
share-session-heading = ความช่วยเหลือระยะไกล
share-status-joined = เชื่อมต่อกับ { $name } แล้ว ผู้ช่วยเหลือจะขอดูหน้าจอของคุณ
share-status-asked = { $name } กำลังรอคำตอบจากคุณ
share-status-sharing = คุณกำลังแชร์หน้าจอกับ { $name }
share-request-view-heading = { $name } ขอดูหน้าจอของคุณ
share-request-view-text = { $name } จะเห็นทุกอย่างบนหน้าจอที่คุณเลือก แต่ไม่สามารถใช้เมาส์หรือแป้นพิมพ์ของคุณได้ คุณหยุดได้ทุกเมื่อ
share-request-control-heading = { $name } ขอควบคุมเต็มรูปแบบ
share-request-control-text = เมื่อควบคุมเต็มรูปแบบ { $name } จะใช้เมาส์และแป้นพิมพ์ของคุณได้
share-control-needs-app = การควบคุมเต็มรูปแบบต้องใช้แอป Assist บนอุปกรณ์นี้ ในเบราว์เซอร์ คุณแชร์หน้าจอได้เพื่อการดูอย่างเดียวเท่านั้น
share-allow = อนุญาต
share-allow-view-only = อนุญาตให้ดูอย่างเดียว
share-decline = ปฏิเสธ
share-keep-view-only = ให้ดูอย่างเดียวต่อไป
share-picker-cancelled = ไม่ได้เลือกหน้าจอ จึงไม่มีการแชร์สิ่งใด เลือก “อนุญาต” อีกครั้งเพื่อเลือกหน้าจอ หรือเลือก “ปฏิเสธ”
share-capture-failed = เบราว์เซอร์นี้ไม่สามารถแชร์หน้าจอได้ โปรดลองใช้เบราว์เซอร์อื่น หรือปฏิเสธคำขอ
share-reshare-heading = หน้าจอของคุณไม่ได้แชร์อีกต่อไป
share-reshare-text = หน้านี้ถูกโหลดใหม่ { $name } จึงไม่เห็นหน้าจอของคุณอีกต่อไป โปรดแชร์หน้าจออีกครั้ง หรือสิ้นสุดเซสชัน
share-reshare-button = แชร์หน้าจอของฉันอีกครั้ง
share-bar-label = การแชร์หน้าจอ
share-bar-text = คุณกำลังแชร์หน้าจอกับ { $name }
share-stop = หยุดแชร์
share-connection-failed = ไม่สามารถส่งหน้าจอของคุณได้ โปรดตรวจสอบเครือข่าย หรือสิ้นสุดเซสชันแล้วลองอีกครั้ง

## Why a session ended, as the helper hears it

ended-helper-helper-left = คุณสิ้นสุดเซสชันแล้ว
ended-helper-sharer-left = { $name } สิ้นสุดเซสชันแล้ว
ended-helper-helper-disconnected = การเชื่อมต่อของคุณขาดหายนานเกินไป เซสชันจึงสิ้นสุดลง
ended-helper-sharer-disconnected = การเชื่อมต่อของ { $name } ขาดหายและไม่กลับมา เซสชันจึงสิ้นสุดลง
ended-helper-code-expired = ไม่มีผู้ใดป้อนรหัสก่อนที่รหัสจะหมดอายุ
ended-helper-declined-timeout = { $name } ไม่ได้ตอบคำขอของคุณภายในเวลาที่กำหนด
ended-helper-revoked = ผู้ดูแลระบบสิ้นสุดเซสชันนี้แล้ว
ended-helper-policy = เซสชันสิ้นสุดลงเนื่องจากความช่วยเหลือระยะไกลถูกปิดสำหรับองค์กรของคุณ
ended-helper-access-withdrawn = เซสชันสิ้นสุดลงเนื่องจากสิทธิ์การเข้าถึงของคุณเปลี่ยนไป: บัญชี การลงชื่อเข้าใช้ หรือบทบาทความช่วยเหลือระยะไกลของคุณไม่อนุญาตให้ใช้เซสชันนี้อีกต่อไป
ended-helper-other = เซสชันสิ้นสุดแล้ว

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } สิ้นสุดเซสชันแล้ว
ended-sharer-sharer-left = คุณสิ้นสุดเซสชันแล้ว ไม่มีการแชร์สิ่งใดอีกต่อไป
ended-sharer-helper-disconnected = การเชื่อมต่อของ { $name } ขาดหายและไม่กลับมา เซสชันจึงสิ้นสุดลง
ended-sharer-sharer-disconnected = การเชื่อมต่อของคุณขาดหายนานเกินไป เซสชันจึงสิ้นสุดลง
ended-sharer-code-expired = รหัสหมดอายุแล้ว
ended-sharer-declined-timeout = คุณไม่ได้ตอบภายในเวลาที่กำหนด เซสชันจึงสิ้นสุดลง ไม่มีการแชร์สิ่งใด
ended-sharer-revoked = ผู้ดูแลระบบสิ้นสุดเซสชันนี้แล้ว
ended-sharer-policy = เซสชันสิ้นสุดลงเนื่องจากความช่วยเหลือระยะไกลถูกปิดสำหรับองค์กรของคุณ
ended-sharer-access-withdrawn = เซสชันสิ้นสุดลงเนื่องจาก { $name } ไม่ได้รับอนุญาตให้ช่วยเหลือคุณอีกต่อไป หรือสิทธิ์การเข้าถึงของคุณเองเปลี่ยนไป ไม่มีการแชร์สิ่งใดอีกแล้ว
ended-sharer-other = เซสชันสิ้นสุดแล้ว

## Refusals from the server

error-remote-help-disabled = ความช่วยเหลือระยะไกลถูกปิดสำหรับองค์กรของคุณ ผู้ดูแลระบบสามารถเปิดได้
error-code-invalid = รหัสนี้ไม่ถูกต้อง โปรดตรวจสอบตัวเลขแล้วลองอีกครั้ง
error-code-expired = รหัสนี้หมดอายุแล้ว โปรดขอรหัสใหม่จากผู้ช่วยเหลือของคุณ
error-code-used = รหัสนี้ถูกใช้ไปแล้ว โปรดขอรหัสใหม่จากผู้ช่วยเหลือของคุณ
error-unenrolled-device = องค์กรของคุณอนุญาตให้ช่วยเหลือได้เฉพาะบนอุปกรณ์ที่ลงทะเบียนแล้วเท่านั้น โปรดติดตั้งแอป Assist บนอุปกรณ์นี้ หรือสอบถามผู้ดูแลระบบของคุณ
error-wrong-device = เซสชันนี้เริ่มขึ้นสำหรับอุปกรณ์อื่น โปรดขอรหัสสำหรับอุปกรณ์นี้จากผู้ช่วยเหลือของคุณ
error-chat-disabled = แชทถูกปิดสำหรับองค์กรของคุณ
error-invalid-transition = ไม่สามารถดำเนินการนี้ได้ในขั้นตอนนี้ของเซสชัน
error-session-ended = เซสชันนี้สิ้นสุดไปแล้ว
error-control-needs-agent = การควบคุมเต็มรูปแบบต้องใช้แอป Assist บนอุปกรณ์ของอีกฝ่าย
error-session-not-found = ไม่มีเซสชันนี้ หรือคุณไม่ได้เป็นส่วนหนึ่งของเซสชันนี้

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = บัญชีของคุณเสนอความช่วยเหลือระยะไกลไม่ได้ เพราะต้องมีสิทธิ์ “เสนอความช่วยเหลือระยะไกล” และ “ดูหน้าจอ” โปรดขอให้ผู้ดูแลระบบขององค์กรตั้งคุณเป็นผู้ช่วยเหลือ
error-browser-sharing-not-allowed = องค์กรของคุณไม่อนุญาตให้แชร์หน้าจอจากเว็บเบราว์เซอร์ โปรดติดตั้งแอป Assist บนอุปกรณ์นี้แล้วป้อนรหัสในแอป หรือติดต่อฝ่ายช่วยเหลือ
error-sharer-out-of-scope = ผู้ช่วยเหลือคนนี้ช่วยคุณไม่ได้ เพราะบทบาทของเขาไม่ครอบคลุมคุณหรืออุปกรณ์นี้ โปรดถามฝ่ายช่วยเหลือว่าใครช่วยคุณได้
error-own-session = คุณเป็นผู้เริ่มเซสชันนี้เอง โปรดให้รหัสแก่คนที่คุณกำลังช่วย แล้วเขาจะป้อนรหัสเพื่อเชื่อมต่อ
error-helper-unavailable = ผู้ช่วยเหลือที่ให้รหัสนี้แก่คุณช่วยต่อไม่ได้แล้ว โปรดขอคนอื่นจากฝ่ายช่วยเหลือ
error-device-in-other-organisation = อุปกรณ์นี้ลงทะเบียนไว้กับองค์กรอื่น โปรดติดต่อผู้ดูแลระบบ
error-device-out-of-scope = อุปกรณ์นี้อยู่นอกขอบเขตบทบาทของคุณ คุณจึงช่วยเหลือบนอุปกรณ์นี้ไม่ได้ โปรดเลือกอุปกรณ์อื่น หรือไม่เลือกเลย
error-chat-empty = โปรดพิมพ์ข้อความก่อนส่ง
error-chat-too-long = ข้อความนี้ยาวเกินไป โปรดย่อให้สั้นลงแล้วส่งอีกครั้ง
error-chat-invalid-characters = ข้อความนี้มีอักขระควบคุมที่มองไม่เห็นซึ่งส่งไม่ได้ โปรดลบออกแล้วลองอีกครั้ง
helper-permission-heading = คุณยังเสนอความช่วยเหลือระยะไกลไม่ได้
helper-permission-text = การเสนอความช่วยเหลือระยะไกลต้องมีสิทธิ์ “เสนอความช่วยเหลือระยะไกล” และ “ดูหน้าจอ” ซึ่งบัญชีของคุณไม่มี
helper-ask-admin = โปรดขอให้ผู้ดูแลระบบของ { $organisation } เปลี่ยนการตั้งค่านี้
helper-disabled-heading = ความช่วยเหลือระยะไกลปิดอยู่
helper-disabled-text = องค์กรของคุณยังไม่ได้เปิดความช่วยเหลือระยะไกล จึงยังเริ่มเซสชันไม่ได้
helper-open-settings = เปิดการตั้งค่าขององค์กร
helper-browser-note = องค์กรของคุณไม่อนุญาตให้แชร์จากเว็บเบราว์เซอร์ คนที่คุณช่วยต้องใช้แอป Assist บนอุปกรณ์ที่ลงทะเบียนแล้ว
helper-join-refused-heading = มีคนพยายามเข้าร่วมด้วยรหัสนี้
helper-join-refused-browser-sharing-not-allowed = เขาใช้เว็บเบราว์เซอร์ และองค์กรของคุณไม่อนุญาตให้แชร์จากเบราว์เซอร์ โปรดขอให้เขาป้อนรหัสเดิมในแอป Assist รหัสยังใช้ได้อยู่
helper-join-refused-unenrolled-device = อุปกรณ์ของเขายังไม่ได้ลงทะเบียน และองค์กรของคุณอนุญาตให้ช่วยเหลือเฉพาะบนอุปกรณ์ที่ลงทะเบียนแล้ว โปรดขอให้เขาใช้แอป Assist บนอุปกรณ์ที่ลงทะเบียนแล้ว รหัสยังใช้ได้อยู่
helper-join-refused-sharer-out-of-scope = บทบาทของคุณไม่ครอบคลุมคนนั้นหรืออุปกรณ์ของเขา เขาจึงเข้าร่วมไม่ได้ โปรดส่งต่อให้ผู้ช่วยเหลือที่บทบาทครอบคลุมเขา หรือขอให้ผู้ดูแลระบบขยายบทบาทของคุณ
helper-join-refused-wrong-device = เขาใช้อุปกรณ์อื่นที่ไม่ใช่เครื่องที่คุณเลือกไว้สำหรับเซสชันนี้ โปรดขอให้เขาใช้แอป Assist บนอุปกรณ์นั้น รหัสยังใช้ได้อยู่
share-app-explained = แอป Assist คือโปรแกรมขององค์กรคุณสำหรับรับความช่วยเหลือบนคอมพิวเตอร์เครื่องนี้ แอปนี้ช่วยให้ผู้ช่วยเหลือใช้เมาส์และคีย์บอร์ดของคุณได้ขณะที่คุณดูอยู่ และคุณเอาการควบคุมคืนหรือหยุดได้ทุกเมื่อ หากยังไม่ได้ติดตั้ง โปรดติดต่อฝ่ายช่วยเหลือ
share-app-download = ดาวน์โหลดแอป Assist

## Presence: the other person's connection dropped, or came back.
presence-away = การเชื่อมต่อของ { $name } หลุด กำลังรอให้กลับมา…
presence-grace-left = เซสชันจะสิ้นสุดใน { $time } หากไม่กลับมา
presence-nobody-sees = ไม่มีใครเห็นหน้าจอของคุณระหว่างที่อีกฝ่ายไม่อยู่ การแชร์จะดำเนินต่อเมื่อกลับมา
presence-end-now = สิ้นสุดตอนนี้
presence-back = { $name } กลับมาแล้ว
presence-back-reshare = { $name } กลับมาแล้ว และได้รับการขอให้แชร์หน้าจออีกครั้ง
share-bar-paused-text = ตอนนี้ไม่มีใครเห็นหน้าจอของคุณ: การเชื่อมต่อของ { $name } หลุด
