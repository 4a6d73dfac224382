# Messages of the Assist app (Thai): the native program that shares the screen of the person
# being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }: กำลังแชร์หน้าจอของคุณ
agent-starting = กำลังเริ่มต้น…
agent-working = โปรดรอสักครู่…

## Signing in

agent-sign-in-heading = ลงชื่อเข้าใช้เพื่อรับความช่วยเหลือ
agent-email = อีเมล
agent-password = รหัสผ่าน
agent-sign-in = ลงชื่อเข้าใช้
agent-sign-in-sso = ใช้การลงชื่อเข้าใช้ครั้งเดียว
agent-second-factor-heading = ขั้นตอนที่สองของการลงชื่อเข้าใช้
agent-second-factor = รหัสจากแอปยืนยันตัวตน
agent-second-factor-hint = ป้อนรหัสที่แสดงในแอปยืนยันตัวตนของคุณ หรือรหัสกู้คืนรหัสใดรหัสหนึ่ง
agent-continue = ดำเนินการต่อ
agent-sso-continues = การลงชื่อเข้าใช้จะดำเนินต่อในเว็บเบราว์เซอร์ของคุณ หากเบราว์เซอร์ไม่เปิดขึ้น ให้ไปที่: { $url }

## The security code the helper gives

agent-code-heading = ป้อนรหัสความปลอดภัย
agent-code-hint = ผู้ช่วยเหลือของคุณจะให้รหัสความปลอดภัย 8 หลักแก่คุณ
agent-code = รหัสความปลอดภัย
agent-connect = เชื่อมต่อ

## The trust card: who the helper is, before anything is shared

agent-trust-heading = ผู้ช่วยเหลือของคุณ
agent-trust-name = ชื่อ
agent-trust-job-title = ตำแหน่งงาน
agent-trust-company = บริษัท
agent-trust-domain = โดเมนอีเมล
agent-trust-not-given = ไม่ได้ระบุ
agent-trust-domain-verified = { $domain } (ยืนยันโดเมนแล้ว)
agent-trust-domain-unverified = { $domain } (คำเตือน: โดเมนนี้ยังไม่ได้รับการยืนยัน)
agent-trust-not-enrolled = อุปกรณ์นี้ไม่ได้ลงทะเบียนกับองค์กรของคุณ และผู้ช่วยเหลือของคุณได้รับแจ้งเรื่องนี้แล้ว
agent-waiting-for-request = กำลังรอให้ { $name } ขอดูหน้าจอของคุณ จะไม่มีการแชร์สิ่งใดจนกว่าคุณจะอนุญาต

## The helper's request

agent-request-control = { $name } ขอควบคุมเต็มรูปแบบ (เมาส์และแป้นพิมพ์)
agent-request-view = { $name } ขอดูหน้าจอของคุณ
agent-allow = อนุญาต
agent-allow-view-only = อนุญาตให้ดูอย่างเดียว
agent-decline = ปฏิเสธ

## Sharing

agent-sharing-control = กำลังแชร์กับ { $name }: ควบคุมเต็มรูปแบบ
agent-sharing-view = กำลังแชร์กับ { $name }: ดูอย่างเดียว
agent-sharing-paused = กำลังแชร์กับ { $name }: หยุดการควบคุมแล้ว
agent-stop-control = หยุดการควบคุม
agent-give-control-back = คืนการควบคุม
agent-end-session = สิ้นสุดเซสชัน

## Chat

agent-chat-heading = แชท
agent-chat-input = ข้อความ
agent-chat-send = ส่ง
agent-chat-you = คุณ

## Notices

agent-helper-away = การเชื่อมต่อของ { $name } ขาดหาย กำลังรอให้กลับมา…
agent-helper-away-time = เซสชันจะสิ้นสุดในอีก { $time } หากการเชื่อมต่อไม่กลับมา
agent-helper-away-unseen = ระหว่างนี้จะไม่มีใครเห็นหรือควบคุมหน้าจอของคุณได้
agent-end-now = สิ้นสุดทันที
agent-helper-back = { $name } กลับมาแล้ว
agent-notice-server-lost = ไม่สามารถติดต่อเซิร์ฟเวอร์ได้ หยุดการควบคุมแล้ว
agent-notice-server-back = ติดต่อเซิร์ฟเวอร์ได้อีกครั้งแล้ว การควบคุมจะยังหยุดอยู่จนกว่าคุณจะคืนการควบคุม
agent-notice-connection-lost = การเชื่อมต่อกับผู้ช่วยเหลือขาดหาย หยุดการควบคุมแล้ว
agent-notice-connected = เชื่อมต่อแล้ว: ผู้ช่วยเหลือเห็นหน้าจอของคุณ
agent-notice-control-stopped = หยุดการควบคุมแล้ว: ผู้ช่วยเหลือไม่สามารถใช้เมาส์และแป้นพิมพ์ของคุณได้อีกต่อไป

## Updates

agent-update-available = แอป { -product-name } เวอร์ชันใหม่กว่าพร้อมให้ใช้งานแล้ว: { $version }
agent-update-required = แอป { -product-name } นี้ล้าสมัย ต้องอัปเดตเป็นเวอร์ชัน { $version } ก่อนจึงจะแชร์หน้าจอได้
agent-update-download = ดาวน์โหลดได้จาก { $url }

## The end of the session

agent-ended-heading = เซสชันสิ้นสุดแล้ว
agent-ended = เซสชันสิ้นสุดแล้ว
agent-ended-helper-left = เซสชันสิ้นสุดแล้ว: ผู้ช่วยเหลือเป็นผู้สิ้นสุดเซสชัน
agent-ended-sharer-left = เซสชันสิ้นสุดแล้ว: คุณเป็นผู้สิ้นสุดเซสชัน
agent-ended-sharer-disconnected = เซสชันสิ้นสุดแล้ว: การเชื่อมต่อของคุณขาดหายและไม่กลับมาภายในเวลาที่กำหนด
agent-ended-helper-disconnected = เซสชันสิ้นสุดแล้ว: การเชื่อมต่อของผู้ช่วยเหลือขาดหายและไม่กลับมาภายในเวลาที่กำหนด
agent-ended-code-expired = เซสชันสิ้นสุดแล้ว: รหัสความปลอดภัยหมดอายุ
agent-ended-declined-timeout = เซสชันสิ้นสุดแล้ว: ไม่มีการตอบคำขอภายในเวลาที่กำหนด
agent-ended-revoked = เซสชันสิ้นสุดแล้ว: ผู้ดูแลระบบหยุดเซสชันนี้
agent-ended-policy = เซสชันสิ้นสุดแล้ว: กฎขององค์กรของคุณหยุดเซสชันนี้
agent-ended-access-withdrawn = เซสชันสิ้นสุดแล้ว: ผู้ช่วยเหลือไม่ได้รับอนุญาตให้ช่วยเหลือคุณอีกต่อไป หรือสิทธิ์การเข้าถึงของคุณเองถูกเพิกถอน
agent-ended-error = เซสชันสิ้นสุดแล้ว: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = อุปกรณ์นี้ยังไม่ได้ลงทะเบียน และองค์กรของคุณอนุญาตให้ช่วยเหลือเฉพาะบนอุปกรณ์ที่ลงทะเบียนแล้ว โปรดขอให้ผู้ดูแลระบบลงทะเบียนอุปกรณ์นี้
agent-close = ปิด

## Terminal mode only

agent-terminal-email = อีเมล:
agent-terminal-password = รหัสผ่าน (เว้นว่างไว้เพื่อใช้การลงชื่อเข้าใช้ครั้งเดียว):
agent-terminal-second-factor = รหัสจากแอปยืนยันตัวตน:
agent-terminal-code = รหัสความปลอดภัย:
agent-terminal-field = { $label }: { $value }
# Latin letters, as for the /commands: equal to agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [a] อนุญาต, [v] ดูอย่างเดียว, [d] ปฏิเสธ:
agent-terminal-choices-view = [a] อนุญาต, [d] ปฏิเสธ:
agent-terminal-key-allow = a
agent-terminal-key-view-only = v
agent-terminal-key-decline = d
agent-terminal-help = คำสั่ง: /stop ยึดการควบคุมคืน, /resume คืนการควบคุม, /end สิ้นสุดเซสชัน; บรรทัดอื่นๆ จะถูกส่งเป็นข้อความแชท
agent-terminal-resume-hint = พิมพ์ /resume เพื่อคืนการควบคุม
agent-terminal-end-now-hint = พิมพ์ /end เพื่อสิ้นสุดเซสชันทันที
agent-terminal-unknown-command = ไม่รู้จักคำสั่ง: { $command } ใช้ /help เพื่อดูรายการคำสั่ง หากต้องการส่งข้อความแชทที่ขึ้นต้นด้วย / ให้ขึ้นต้นบรรทัดด้วย //
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = แอป { -product-name } เวอร์ชันนี้เก่าเกินไปสำหรับองค์กรของคุณ โปรดอัปเดตแล้วลองอีกครั้ง
agent-sso-browser-done = คุณลงชื่อเข้าใช้แล้ว ปิดแท็บนี้และกลับไปที่แอป { -product-name } ได้เลย
agent-sso-browser-failed = การลงชื่อเข้าใช้ครั้งเดียวไม่สำเร็จ กลับไปที่แอป { -product-name } เพื่อดูสาเหตุ
