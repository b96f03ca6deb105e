"""A thirty-first outside attack on the privacy gate, written from the README's promises (section "Personal data:
one budget in, one gate out") without reading the gate's code nor the earlier attacks' cases. It presses the young
layouts of the thirtieth round both ways: mails' salutations, closings, signatures and quoted replies' headers in
languages and mail clients they may not know (Czech, Hungarian, Greek, Romanian, Vietnamese, Indonesian, Thai,
Hebrew, Finnish, Danish, Norwegian, Ukrainian, Japanese, Korean, Chinese; Outlook's `From: … Sent: …` block and
its translations, Gmail's and Apple Mail's headers), support widgets' and messengers' exported transcripts, reviews
and surveys signed by their writer, an account's title with its holder's name in the forms shops render; and
ordinary shop data sharing those shapes (titles opening on `Dear`, `Hello`, `Love`, films and books, orders and
invoices of a brand, account pages without a name, Asian products with an honorific in their name, business
signatures, in-app user agents and ad-click URLs), which must go out unchanged.

Each case is (name, kind, make_event overrides, forms): the first word of a name is its family (`mail`, `chat`,
`review`, `account`), the rest names the layout and `@` the place in Meta's payload.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import Case, Ordinary, crossed

__all__ = ["Case", "Ordinary", "cases", "ordinary_cases"]

_SHOP = "https://shop.example.com"


def _place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting an attack's `value` in the leaf `where` of Meta's payload."""
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"detail": value}}),
        "JSON property": ("track", {"properties": {"widget_state": json.dumps({"last_message": value},
                                                                              ensure_ascii=False)}}),
        "page title": ("page", {"title": value}),
        "page title property": ("page", {"properties": {"page_title": value}}),
        "query value": ("page", {"url": f"{_SHOP}/support?msg={quote(value, safe='')}"}),
        "referrer": ("page", {"referrer": f"{_SHOP}/help?text={quote(value, safe='')}"}),
        "content title": ("track", {"name": "Product Viewed",
                                    "products": [{"product_id": "P-31", "name": value, "price": "5"}]}),
        # a mail's HTML body as a widget exports it: each line break a `<br>` (a browser's line break)
        "HTML property": ("track", {"properties": {"body_html": "<p>" + value.replace("\n", "<br>") + "</p>"}}),
    }
    return table[where]


_MAIL_PLACES = ["custom property", "JSON property", "query value", "HTML property"]
_MAIL_MORE_PLACES = ["custom property", "HTML property"]
_CHAT_PLACES = ["custom property", "JSON property", "referrer"]
_REVIEW_PLACES = ["custom property", "content title", "JSON property"]
_ACCOUNT_PLACES = ["page title", "page title property", "JSON property"]


# Mails: greetings, closings and signatures, phone footers, quoted replies' headers, Outlook's block, by language.
MAILS: Dict[str, Tuple[str, Any]] = {
    # Czech
    "cs greeting vazena pani": ("Vážená paní Dvořákqa,\nděkujeme za Vaši objednávku.", "Dvořákqa"),
    "cs closing s pozdravem": ("Dobrý den, kdy dorazí balík?\nS pozdravem\nJana Dvořákqa", "Dvořákqa"),
    "cs outlook block": ("Od: Jana Svobodqa\nOdesláno: pondělí 3. prosince 2026 10:14\nKomu: Zákaznický servis\n"
                         "Předmět: Reklamace", "Svobodqa"),
    "cs gmail quoted": ("Děkuji.\n\npo 3. 12. 2026 v 10:14 odesílatel Jana Svobodqa <jana@example.cz> napsal:\n"
                        "> Dobrý den", "Svobodqa"),
    # Hungarian (family name first)
    "hu greeting kedves": ("Kedves Horváthqa Eszter!\nKöszönjük a rendelését.", "Horváthqa"),
    "hu closing udv": ("Mikor érkezik a csomag?\nÜdv,\nHorváthqa Eszter", "Horváthqa"),
    "hu gmail quoted": ("Köszönöm!\n\nHorváthqa Eszter <eszter@example.hu> ezt írta (időpont: 2026. dec. 3., H, "
                        "10:14):\n> Szia", "Horváthqa"),
    "hu outlook block": ("Feladó: Horváthqa Eszter\nElküldve: 2026. december 3., hétfő 10:14\nCímzett: "
                         "Ügyfélszolgálat\nTárgy: Rendelés", "Horváthqa"),
    # Greek
    "el greeting agapiti": ("Αγαπητή κυρία Καραγιαννοπούλου,\nσας ευχαριστούμε για την παραγγελία.",
                            "Καραγιαννοπούλου"),
    "el closing me ektimisi": ("Πότε θα έρθει το δέμα;\nΜε εκτίμηση,\nΜαρία Καραγιαννοπούλου", "Καραγιαννοπούλου"),
    "el outlook block": ("Από: Μαρία Καραγιαννοπούλου\nΣτάλθηκε: Δευτέρα, 3 Δεκεμβρίου 2026 10:14 π.μ.\nΠρος: "
                         "Εξυπηρέτηση πελατών\nΘέμα: Παραγγελία", "Καραγιαννοπούλου"),
    # Romanian
    "ro greeting buna ziua doamna": ("Bună ziua, doamna Popescuqa,\ncomanda dumneavoastră a fost expediată.",
                                     "Popescuqa"),
    "ro closing cu drag iphone": ("Mulțumesc!\nCu drag,\nIoana Popescuqa\n\nTrimis de pe iPhone-ul meu",
                                  "Popescuqa"),
    "ro gmail quoted": ("Mulțumesc.\n\nÎn lun., 3 dec. 2026 la 10:14, Ioana Popescuqa <ioana@example.ro> a scris:\n"
                        "> Bună", "Popescuqa"),
    # Vietnamese
    "vi greeting kinh gui": ("Kính gửi anh Trần Văn Hùngqa,\ncảm ơn anh đã đặt hàng.", "Hùngqa"),
    "vi closing tran trong": ("Khi nào hàng đến?\nTrân trọng,\nTrần Văn Hùngqa", "Hùngqa"),
    "vi gmail quoted": ("Cảm ơn.\n\nVào Th 2, 3 thg 12, 2026 vào lúc 10:14 Trần Văn Hùngqa <hung@example.vn> đã "
                        "viết:\n> Chào shop", "Hùngqa"),
    # Indonesian
    "id greeting halo kak": ("Halo Kak Rahmawatiqa,\npesanan kakak sudah dikirim ya.", "Rahmawatiqa"),
    "id closing salam hangat": ("Kapan paket saya sampai?\nSalam hangat,\nSiti Rahmawatiqa", "Rahmawatiqa"),
    "id outlook block": ("Dari: Siti Rahmawatiqa\nDikirim: Senin, 03 Desember 2026 10.14\nKepada: CS Toko\n"
                         "Perihal: Pesanan", "Rahmawatiqa"),
    "id gmail quoted": ("Terima kasih.\n\nPada tanggal Sen, 3 Des 2026 pukul 10.14 Siti Rahmawatiqa "
                        "<siti@example.co.id> menulis:\n> Halo", "Rahmawatiqa"),
    # Thai
    "th greeting rian khun": ("เรียน คุณสมศรี ศรีสุวรรณพงศ์\nขอบคุณสำหรับคำสั่งซื้อ", "ศรีสุวรรณพงศ์"),
    "th closing khob khun": ("สินค้าจะมาถึงเมื่อไหร่คะ\nขอแสดงความนับถือ\nสมศรี ศรีสุวรรณพงศ์", "ศรีสุวรรณพงศ์"),
    # Hebrew
    "he closing bevracha": ("מתי החבילה תגיע?\nבברכה,\nדנה אברמוביץ", "אברמוביץ"),
    "he outlook block": ("מאת: דנה אברמוביץ\nנשלח: יום שני 03 דצמבר 2026 10:14\nאל: שירות לקוחות\nנושא: הזמנה",
                         "אברמוביץ"),
    # Finnish
    "fi greeting hei": ("Hei Aino Virtasqa,\ntilauksesi on lähetetty.", "Virtasqa"),
    "fi closing ystavallisin": ("Milloin paketti tulee?\nYstävällisin terveisin\nAino Virtasqa", "Virtasqa"),
    "fi closing terveisin no comma": ("Kiitos nopeasta toimituksesta!\nTerveisin Aino Virtasqa", "Virtasqa"),
    "fi outlook block": ("Lähettäjä: Aino Virtasqa\nLähetetty: maanantai 3. joulukuuta 2026 10.14\n"
                         "Vastaanottaja: Asiakaspalvelu\nAihe: Tilaus", "Virtasqa"),
    "fi gmail quoted": ("Kiitos.\n\nma 3. jouluk. 2026 klo 10.14 Aino Virtasqa (aino@example.fi) kirjoitti:\n> Hei",
                        "Virtasqa"),
    # Danish
    "da greeting kaere": ("Kære Mette Jørgensqa,\ntak for din ordre.", "Jørgensqa"),
    "da closing med venlig hilsen": ("Hvornår kommer pakken?\nMed venlig hilsen\nMette Jørgensqa", "Jørgensqa"),
    "da outlook block": ("Fra: Mette Jørgensqa\nSendt: 3. december 2026 10:14\nTil: Kundeservice\nEmne: Ordre",
                         "Jørgensqa"),
    "da gmail quoted": ("Tak.\n\nDen man. 3. dec. 2026 kl. 10.14 skrev Mette Jørgensqa <mette@example.dk>:\n> Hej",
                        "Jørgensqa"),
    # Norwegian
    "no closing hilsen iphone": ("Takk for hjelpen!\nHilsen Ingrid Haugqa\n\nSendt fra min iPhone", "Haugqa"),
    "no gmail quoted": ("Takk.\n\nman. 3. des. 2026 kl. 10:14 skrev Ingrid Haugqa <ingrid@example.no>:\n> Hei",
                        "Haugqa"),
    "no outlook block": ("Fra: Ingrid Haugqa\nSendt: mandag 3. desember 2026 10:14\nTil: Kundeservice\n"
                         "Emne: Bestilling", "Haugqa"),
    # Ukrainian
    "uk greeting dobroho dnia": ("Доброго дня, Олено Ковальчишин!\nВаше замовлення відправлено.", "Ковальчишин"),
    "uk closing z povahoiu": ("Коли прийде посилка?\nЗ повагою,\nОлена Ковальчишин", "Ковальчишин"),
    "uk outlook block": ("Від: Олена Ковальчишин\nНадіслано: понеділок, 3 грудня 2026 р. 10:14\nКому: Служба "
                         "підтримки\nТема: Замовлення", "Ковальчишин"),
    # Japanese
    "ja sama spaced": ("鷲尾 伊佐子 様\nいつもご利用ありがとうございます。", "鷲尾"),
    "ja dono": ("鷲尾伊佐子殿\nご注文の商品を発送いたしました。", "鷲尾"),
    "ja haikei keigu": ("拝啓 時下ますますご清栄のこととお慶び申し上げます。\n敬具\n鷲尾伊佐子", "鷲尾"),
    "ja yoroshiku": ("配送日を変更できますか？\nよろしくお願いします。\n鷲尾伊佐子", "鷲尾"),
    "ja outlook block": ("差出人: 鷲尾伊佐子\n送信日時: 2026年12月3日 10:14\n宛先: カスタマーサポート\n件名: 注文",
                         "鷲尾"),
    # Korean
    "ko closing ollim": ("배송 언제 되나요?\n감사합니다.\n남궁민서 올림", "남궁민서"),
    "ko gmail quoted": ("감사합니다.\n\n2026년 12월 3일 (월) 오전 10:14, 남궁민서 <minseo@example.kr>님이 작성:\n"
                        "> 안녕하세요", "남궁민서"),
    # Chinese
    "zh cizhi jingli split": ("请问什么时候发货？\n此致\n敬礼\n欧阳晓婷", "欧阳晓婷"),
    "zh closing zhuhao": ("谢谢！\n祝好，\n欧阳晓婷", "欧阳晓婷"),
    "zh gmail quoted": ("好的。\n\n欧阳晓婷 <xt@example.cn> 于2026年12月3日周一 10:14写道：\n> 你好", "欧阳晓婷"),
    "zh hant jingshang": ("請問何時出貨？\n敬祝 商祺\n歐陽曉婷 敬上", "歐陽曉婷"),
    # English and German, the clients' other shapes
    "en apple quoted": ("Thanks!\n\nOn 3 Dec 2026, at 10:14, Annabel Whitcombqa <a@example.com> wrote:\n> Hi",
                        "Whitcombqa"),
    "en outlook block": ("From: Annabel Whitcombqa\nSent: Monday, December 3, 2026 10:14 AM\nTo: Customer Service\n"
                         "Subject: Order", "Whitcombqa"),
    "de outlook block": ("Von: Katrin Oberhauserqa\nGesendet: Montag, 3. Dezember 2026 10:14\nAn: Kundenservice\n"
                         "Betreff: Bestellung", "Oberhauserqa"),
}

# More mails: the customer as a mail's recipient in Outlook's block (`To:` under a header only a mail has), the
# quoted replies' headers of the other clients' languages, informal greetings with a given name, phone footers.
MORE_MAILS: Dict[str, Tuple[str, Any]] = {
    "en outlook to": ("From: Demo Shop\nSent: Monday, December 3, 2026 10:14 AM\nTo: Annabel Whitcombqa\n"
                      "Subject: Your order", "Whitcombqa"),
    "de outlook an": ("Von: Demo Shop\nGesendet: Montag, 3. Dezember 2026 10:14\nAn: Katrin Oberhauserqa\n"
                      "Betreff: Ihre Bestellung", "Oberhauserqa"),
    "cs outlook komu": ("Od: Alza.cz\nOdesláno: pondělí 3. prosince 2026 10:14\nKomu: Jana Svobodqa\n"
                        "Předmět: Vaše objednávka", "Svobodqa"),
    "hu outlook cimzett": ("Feladó: eMAG\nElküldve: 2026. december 3., hétfő 10:14\nCímzett: Horváthqa Eszter\n"
                           "Tárgy: Rendelés", "Horváthqa"),
    "el outlook pros": ("Από: Skroutz\nΣτάλθηκε: Δευτέρα, 3 Δεκεμβρίου 2026 10:14 π.μ.\nΠρος: Μαρία "
                        "Καραγιαννοπούλου\nΘέμα: Παραγγελία", "Καραγιαννοπούλου"),
    "id outlook kepada": ("Dari: Tokopedia\nDikirim: Senin, 03 Desember 2026 10.14\nKepada: Siti Rahmawatiqa\n"
                          "Perihal: Pesanan", "Rahmawatiqa"),
    "fi outlook vastaanottaja": ("Lähettäjä: Verkkokauppa.com\nLähetetty: maanantai 3. joulukuuta 2026 10.14\n"
                                 "Vastaanottaja: Aino Virtasqa\nAihe: Tilaus", "Virtasqa"),
    "da outlook til": ("Fra: Zalando\nSendt: 3. december 2026 10:14\nTil: Mette Jørgensqa\nEmne: Ordre",
                       "Jørgensqa"),
    "uk outlook komu": ("Від: Rozetka\nНадіслано: понеділок, 3 грудня 2026 р. 10:14\nКому: Олена Ковальчишин\n"
                        "Тема: Замовлення", "Ковальчишин"),
    "ja outlook atesaki": ("差出人: サポート\n送信日時: 2026年12月3日 10:14\n宛先: 鷲尾伊佐子\n件名: 注文", "鷲尾"),
    "he outlook el": ("מאת: שירות לקוחות\nנשלח: יום שני 03 דצמבר 2026 10:14\nאל: דנה אברמוביץ\nנושא: הזמנה",
                      "אברמוביץ"),
    "uk gmail quoted": ("Дякую.\n\nпн, 3 груд. 2026 р. о 10:14 Олена Ковальчишин <olena@example.ua> пише:\n> Добрий "
                        "день", "Ковальчишин"),
    "el gmail quoted": ("Ευχαριστώ.\n\nΣτις Δευ 3 Δεκ 2026 στις 10:14, ο/η Μαρία Καραγιαννοπούλου "
                        "<maria@example.gr> έγραψε:\n> Γεια", "Καραγιαννοπούλου"),
    "he gmail quoted": ("תודה.\n\nב-יום ב׳, 3 בדצמ׳ 2026 ב-10:14 מאת דנה אברמוביץ <dana@example.co.il>:\n> שלום",
                        "אברמוביץ"),
    "th gmail quoted": ("ขอบคุณค่ะ\n\nเมื่อ จ. 3 ธ.ค. 2026 เวลา 10:14 สมศรี ศรีสุวรรณพงศ์ <somsri@example.co.th> "
                        "เขียนว่า:\n> สวัสดี", "ศรีสุวรรณพงศ์"),
    "ja gmail quoted": ("承知しました。\n\n2026年12月3日(月) 10:14 鷲尾伊佐子 <isako@example.jp>:\n> こんにちは",
                        "鷲尾"),
    "cs ahoj vocative": ("Ahoj Bohumilo,\nbalík už je na cestě.", "Bohumil"),
    "hu szia": ("Szia Boglárka!\nMegérkezett a csomagod?", "Boglárka"),
    "da hej given": ("Hej Sigrunqa,\ndin pakke er afsendt.", "Sigrunqa"),
    "el geia sou": ("Γεια σου Ευανθία,\nη παραγγελία σου στάλθηκε.", "Ευανθία"),
    "vi chao chi": ("Chào chị Lanqa,\nđơn hàng của chị đã được gửi.", "Lanqa"),
    "ko given name comma": ("민서님, 안녕하세요.\n주문하신 상품이 발송되었습니다.", "민서님"),
    "zh qinai de": ("亲爱的晓婷，\n您的订单已发货。", "晓婷"),
    "de samsung footer": ("Danke!\nViele Grüße\nKatrin Oberhauserqa\n\nVon meinem Samsung Galaxy gesendet",
                          "Oberhauserqa"),
}

# Closings, footers and honorifics of the round's languages beyond the lexicons the README names: informal
# closings (`Ciao,`, `Beijos,`, `Groeten,`, `Bonne journée,`, `Hezký den`, `Гарного дня,`, `Warmly,`, `Vh`), phone
# footers by language (`Lähetetty iPhonesta`, `Στάλθηκε από το iPhone μου`, `Get Outlook for Android`), a
# signature after a single dash or a tilde, Japanese `先生` and `サマ`, Korean `씨`, `님` after a blank and `배상`,
# a Chinese given name before `女士`.
CLOSINGS: Dict[str, Tuple[str, Any]] = {
    "it ciao": ("Grazie\nCiao,\nGiulia Rossiqa", "Rossiqa"),
    "pt beijos": ("Obrigada!\nBeijos,\nMariana Costaqa", "Costaqa"),
    "nl groeten": ("Bedankt!\nGroeten,\nSanne de Vriesqa", "Vriesqa"),
    "fr bonne journee": ("Merci !\nBonne journée,\nCamille Durandqa", "Durandqa"),
    "cs hezky den": ("Dobrý den,\nděkuji.\nHezký den\nJana Dvořákqa", "Dvořákqa"),
    "uk harnoho dnia": ("Дякую!\nГарного дня,\nОлена Ковальчишин", "Ковальчишин"),
    "en warmly": ("Thanks!\nWarmly,\nAnnabel Whitcombqa", "Whitcombqa"),
    "da vh": ("Tak!\nVh Mette Jørgensqa", "Jørgensqa"),
    "hu colon line": ("Köszönöm!\nÜdvözlettel:\nHorváthqa Eszter", "Horváthqa"),
    "fi footer": ("Kiitos!\nTerveisin,\nAino Virtasqa\n\nLähetetty iPhonesta", "Virtasqa"),
    "el footer": ("Ευχαριστώ!\nΜε εκτίμηση,\nΜαρία Καραγιαννοπούλου\n\nΣτάλθηκε από το iPhone μου",
                  "Καραγιαννοπούλου"),
    "uk footer": ("Дякую!\nЗ повагою,\nОлена Ковальчишин\n\nНадіслано з iPhone", "Ковальчишин"),
    "hu footer": ("Köszönöm!\nÜdvözlettel,\nHorváthqa Eszter\n\niPhone-ról küldve", "Horváthqa"),
    "en outlook android footer": ("Thanks!\nBest,\nAnnabel Whitcombqa\n\nGet Outlook for Android", "Whitcombqa"),
    "en single dash": ("Thanks!\n-Annabel Whitcombqa", "Whitcombqa"),
    "en tilde": ("Thanks!\n~ Annabel Whitcombqa", "Whitcombqa"),
    "en em dash line": ("Thanks!\n— Annabel Whitcombqa", "Whitcombqa"),
    "en hey given": ("Hey Annabel,\nyour order has shipped", "Annabel"),
    "en hi wave": ("Hi Annabel Whitcombqa 👋\nyour order has shipped", "Whitcombqa"),
    "ja sensei": ("鷲尾伊佐子先生\nお世話になっております", "鷲尾"),
    "ja katakana sama": ("鷲尾伊佐子サマ\nご注文ありがとうございます", "鷲尾"),
    "ko nim spaced": ("남궁민서 님, 주문이 완료되었습니다", "남궁민서"),
    "ko ssi": ("남궁민서씨 안녕하세요", "남궁민서"),
    "ko baesang": ("감사합니다.\n남궁민서 배상", "남궁민서"),
    "ko given name customer": ("민서 고객님, 주문이 완료되었습니다", "민서 고객"),
    "zh given name nvshi": ("晓婷女士：您好！", "晓婷"),
}

# Support widgets' and messengers' exports.
CHATS: Dict[str, Tuple[str, Any]] = {
    "whatsapp export bracket": ("[03/12/2026, 10:42:11] Anna Schmidtqa: Hallo, wo ist mein Paket?", "Schmidtqa"),
    "whatsapp export dash": ("03/12/2026, 10:42 - Anna Schmidtqa: Hallo, wo ist mein Paket?", "Schmidtqa"),
    "time capital message": ("[10:42] Anna Schmidtqa: Wo ist mein Paket?", "Schmidtqa"),
    "time no brackets": ("10:42 Anna Schmidtqa: wo ist mein Paket", "Schmidtqa"),
    "customer said": ("Anna Schmidtqa (Customer) said:\nwhere is my order?", "Schmidtqa"),
    "visitor arrow agent": ("Visitor 4821 → Anna Schmidtqa: hi, I need help with my order", "Schmidtqa"),
    "zendesk block": ("Anna Schmidtqa\nDec 3, 2026, 10:42 AM\nHi, where is my order?", "Schmidtqa"),
    "intercom replied": ("Anna Schmidtqa replied:\nthe parcel never arrived", "Schmidtqa"),
    "intercom conversation with": ("Conversation with Anna Schmidtqa", "Schmidtqa"),
    "gorgias via chat": ("From: Anna Schmidtqa via Chat\nwhere is my order", "Schmidtqa"),
    "freshdesk reported": ("Anna Schmidtqa reported via chat: parcel damaged", "Schmidtqa"),
    "livechat visitor": ("Visitor Anna Schmidtqa: hi, is this in stock?", "Schmidtqa"),
    "chat started by": ("Chat started by Anna Schmidtqa on Dec 3, 2026", "Schmidtqa"),
    "agent joined": ("Anna Schmidtqa joined the chat", "Schmidtqa"),
    "de kundin schreibt": ("Kundin Anna Schmidtqa hat geschrieben: wo bleibt mein Paket", "Schmidtqa"),
    "fr client a ecrit": ("Anna Schmidtqa a écrit :\nbonjour, où est ma commande ?", "Schmidtqa"),
    "es cliente dijo": ("Anna Schmidtqa dijo:\nhola, ¿dónde está mi pedido?", "Schmidtqa"),
    "emoji speaker": ("[10:42] 🙂 Anna Schmidtqa: where is my order", "Schmidtqa"),
}

# Reviews and surveys signed by their writer.
REVIEWS: Dict[str, Tuple[str, Any]] = {
    "dash name city": ("Super Schuhe, passen perfekt! – Anna Kowalczykqa, Berlin", "Kowalczykqa"),
    "verified buyer": ("Verified buyer: Anna Kowalczykqa", "Kowalczykqa"),
    "reviewed by on": ("Reviewed by Anna Kowalczykqa on 3 Dec 2026", "Kowalczykqa"),
    "stars after name": ("Anna Kowalczykqa ★★★★★ Great shoes", "Kowalczykqa"),
    "quoted em dash": ("„Super Schuhe!“ — Anna Kowalczykqa, München", "Kowalczykqa"),
    "posted by": ("Posted by Anna Kowalczykqa · 3 days ago", "Kowalczykqa"),
    "de bewertet von": ("Bewertet von Anna Kowalczykqa am 3. Dezember 2026", "Kowalczykqa"),
    "fr avis de": ("Avis de Anna Kowalczykqa : très bon produit", "Kowalczykqa"),
    "stars verified brackets": ("5 stars - Anna Kowalczykqa (verified)", "Kowalczykqa"),
    "survey signed": ("Q: How was your delivery? A: fast, thanks! -- Anna Kowalczykqa", "Kowalczykqa"),
}

# An account's title with its holder's name, in the forms shops render.
ACCOUNTS: Dict[str, Tuple[str, Any]] = {
    "hi comma caret": ("Hi, Ottilie ▾ | Demo Shop", "Ottilie"),
    "hello bang my account": ("Hello Ottilie! | My Account", "Ottilie"),
    "initial surname": ("Ottilie S. · Mein Konto", "Ottilie"),
    "initial first": ("O. Schimmelpfennig | My Account", "Schimmelpfennig"),
    "guillemet": ("Mein Konto » Ottilie Schimmelpfennig", "Schimmelpfennig"),
    "double colon": ("My Account :: Ottilie Schimmelpfennig", "Schimmelpfennig"),
    "en dash": ("My Account – Ottilie Schimmelpfennig", "Schimmelpfennig"),
    "local part": ("ottilie.schimmelpfennig | My Account", "schimmelpfennig"),
    "emoji in name": ("Ottilie 🌸 Schimmelpfennig | My Account", "Schimmelpfennig"),
    "brackets initial": ("My Account (O. Schimmelpfennig)", "Schimmelpfennig"),
    "de willkommen zurueck": ("Willkommen zurück, Ottilie! | Mein Konto", "Ottilie"),
    "fr bienvenue spaced bang": ("Bienvenue Ottilie ! – Mon compte", "Ottilie"),
    "it bentornato full": ("Bentornato, Ottilie Schimmelpfennig", "Schimmelpfennig"),
    "en welcome back wave": ("Welcome back Ottilie 👋", "Ottilie"),
    "pt bem vinda": ("Bem-vinda de volta, Ottilie!", "Ottilie"),
    "pl witaj ponownie": ("Witaj ponownie, Ottilie! | Moje konto", "Ottilie"),
    "nl welkom terug": ("Welkom terug, Ottilie!", "Ottilie"),
    "sv valkommen tillbaka": ("Välkommen tillbaka, Ottilie!", "Ottilie"),
    "fi tervetuloa takaisin": ("Tervetuloa takaisin, Ottilie!", "Ottilie"),
    "cs vitejte zpet": ("Vítejte zpět, Ottilie Schimmelpfennig | Můj účet", "Schimmelpfennig"),
    "hu udv ujra": ("Üdv újra, Ottilie!", "Ottilie"),
    "el kalos irthate": ("Καλώς ήρθατε ξανά, Οτίλια Σιμελπφένιχ!", "Σιμελπφένιχ"),
    "ru s vozvrashcheniem": ("С возвращением, Оттилия Шиммельпфенниг!", "Шиммельпфенниг"),
    "vi xin chao": ("Xin chào, Ottilie Schimmelpfennig | Tài khoản của tôi", "Schimmelpfennig"),
    "id selamat datang": ("Selamat datang kembali, Ottilie!", "Ottilie"),
    "name pipe orders": ("Ottilie Schimmelpfennig | Meine Bestellungen", "Schimmelpfennig"),
    "name middot account": ("Ottilie Schimmelpfennig · Mein Konto", "Schimmelpfennig"),
    "ko given name nim": ("민서님 안녕하세요 | 마이페이지", "민서님"),
    "ja mypage sama": ("マイページ | 鷲尾伊佐子様", "鷲尾"),
    "zh hant account": ("我的帳戶 | 歐陽曉婷", "歐陽曉婷"),
    "ar guillemet": ("حسابي » فاطمة الزهراني", "الزهراني"),
    "he pipe": ("החשבון שלי | דנה אברמוביץ", "אברמוביץ"),
    "th pipe": ("บัญชีของฉัน | สมศรี ศรีสุวรรณพงศ์", "ศรีสุวรรณพงศ์"),
}


def cases() -> List[Case]:
    return [
        *crossed("mail", MAILS, _MAIL_PLACES, _place),
        *crossed("mail", MORE_MAILS, _MAIL_MORE_PLACES, _place),
        *crossed("mail", CLOSINGS, ["custom property", "JSON property"], _place),
        *crossed("chat", CHATS, _CHAT_PLACES, _place),
        *crossed("review", REVIEWS, _REVIEW_PLACES, _place),
        *crossed("account", ACCOUNTS, _ACCOUNT_PLACES, _place),
    ]


# Ordinary shop data sharing those shapes: it must go out unchanged.
ORDINARY_TEXT: Dict[str, List[str]] = {
    "titles opening on a greeting or closing": [
        "Dear Evan Hansen (Original Broadway Cast Recording)", "Hello Kitty Plush 20 cm", "Cheers Big Ears Mug",
        "Love Actually (DVD)", "Yours Truly Eau de Parfum 50 ml", "Letters to Juliet", "P.S. I Love You",
        "Dear John (Blu-ray)", "Best Friends Forever Necklace", "Regards from Paris Postcard",
        "Thanks a Latte Mug", "LG OLED55C3 Fernseher", "MfG Schraubenset 120-teilig", "Love, Simon",
        "Love, Rosie", "Hi, Mom! (2021)", "Hello, Dolly! DVD", "Dear Edward – Apple TV+",
        "Welcome Back, Kotter: The Complete Series", "Willkommen bei den Hartmanns", "Bienvenue chez les Ch'tis",
        "Hello, My Name Is Doris", "Good Bye, Lenin!", "Sincerely Yours Vintage Print", "Dear Comrades!",
        "To All the Boys I've Loved Before", "P.S. I Still Love You", "Letters from Iwo Jima",
        "Thank You for Smoking", "Yours, Mine & Ours", "Best Wishes Greeting Card Set", "Love Letters Candle",
        "Hej Hej Monika", "Kære Dagbog", "Hei Hei Uusi Mallisto", "Dear Santa Letter Kit",
    ],
    "orders and invoices of a brand": [
        "Order for Nike", "Pedido de Zara", "Order #48213 for Nike Air Max", "Invoice for Web Design Services",
        "Rechnung für Adobe Creative Cloud", "Factura de Movistar Fibra", "Invoice for Shopify Plus",
        "Commande Decathlon n° 48213", "Objednávka pro Alza.cz", "Tilaus: Marimekko Unikko", "Ordre til IKEA",
        "Ordine n. 48213 di Gucci",
    ],
    "account pages without a name": [
        "Mein Konto · Übersicht", "Hi there! Sign in", "Mon compte – Mes commandes", "Můj účet – Objednávky",
        "Fiókom | Rendeléseim", "Ο λογαριασμός μου | Παραγγελίες", "Contul meu – Comenzi",
        "Tài khoản của tôi | Đơn hàng", "Akun Saya - Pesanan", "บัญชีของฉัน | คำสั่งซื้อ", "החשבון שלי | הזמנות",
        "Oma tili – Tilaukset", "Min konto | Ordrer", "Мій кабінет | Замовлення", "マイページ | 注文履歴",
        "마이페이지 | 주문내역", "我的账户 | 我的订单", "Welcome back! Sign in to your account",
        "Willkommen zurück! | Mein Konto", "Hello, Guest | Sign in", "Hi, Sign in ▾ | Account & Lists",
        "Bentornato! Accedi", "Bienvenue ! Connectez-vous",
    ],
    "business signatures and newsletters": [
        "Ystävällisin terveisin, Asiakaspalvelu", "S pozdravem, tým Alza.cz", "Med venlig hilsen\nKundeservice",
        "Trân trọng,\nĐội ngũ CSKH", "Salam hangat,\nTim Tokopedia", "Με εκτίμηση,\nΗ ομάδα εξυπηρέτησης",
        "З повагою,\nКоманда Rozetka", "敬具\nカスタマーサポート", "此致\n敬礼\n客服部", "בברכה,\nצוות השירות",
        "Hei! Uusi mallisto on täällä", "Kære kunde, tak for din ordre", "Cu drag,\nEchipa eMAG",
        "Üdvözlettel: az eMAG csapata", "Med vennlig hilsen\nKundeservice", "Kind regards,\nThe Demo Shop Team",
        "감사합니다.\n고객센터 드림", "よろしくお願いします。\nサポートチーム",
    ],
    "asian products with an honorific": [
        "殿様ランチ", "お嬢様ドレス 白", "王様のブランチ", "神様のカルテ 文庫", "お姫様ベッド", "お客様感謝セール",
        "햇님 이불 세트", "별님달님 동화책", "선생님 선물세트", "고객님 감사 쿠폰", "我的小确幸 手账本",
        "妈妈的味道 辣酱", "老干妈的辣椒酱", "周末的早餐 麦片", "今日の仕様書",
    ],
    "chat-like product copy and reviews without a name": [
        "Q: Does it fit true to size? A: Yes", "[10:42] Flash Sale: 20% off everything", "Visitor Center Poster",
        "Verified buyer", "★★★★★ Great shoes – Berlin", "5 stars - verified purchase", "Chat Noir T-Shirt",
        "Customer Service: Mon-Fri 9-17", "Live Chat 24/7", "Reviewed by Wirecutter", "Posted by Demo Shop",
        "Conversation Hearts Candy", "Agent Provocateur Bra", "WhatsApp Business Sticker Pack",
    ],
    "greetings, closings and headers of the round's languages": [
        "你好，李焕英 (Hi, Mom) Blu-ray", "Dear Zindagi DVD", "Halo Halo Bandung", "Chào Việt Nam Cookbook",
        "Γεια σου Ελλάδα T-shirt", "สวัสดีปีใหม่ การ์ดอวยพร", "こんにちは赤ちゃん", "안녕 자두야 스티커", "Szia Nyár Póló",
        "Ahoj Léto Tričko", "Hej Sommer Kjole", "Liebe Grüße aus Wien Postkarte", "Beste Grüße Tee-Set",
        "Von: Berlin – An: Hamburg Zugticket", "To: Mom, From: Santa Gift Tag", "Sent from my iPhone Phone Case",
        "Kedves Olvasó Könyvjelző", "Kære Mor Krus", "Terveisin Muumilaakso Postikortti",
        "Med venlig hilsen Danmark Plakat", "Trân trọng,\nShopee Việt Nam", "Salam hangat,\nTim Shopee",
        "Hilsen\nKundeservice", "S pozdravem\nZákaznická podpora", "Üdv,\nAz ügyfélszolgálat",
        "Rakas Ystävä Kortti", "Welcome Back Potter Mug", "Hello Sunshine Candle",
    ],
    "near misses of the thirtieth round's rules": [
        "My Account :: Order History", "Mein Konto » Meine Daten", "Mon compte » Adresses",
        "My Account – Wishlist (3)", "Hi, Sign in | Account", "Hello, Sign in", "Welcome back! | Zalando",
        "Willkommen zurück, Schnäppchenjäger!", "Welcome back, Summer!", "Hi, Guest ▾", "고양이님 간식",
        "강아지님 방석", "하느님 십자가", "부처님 오신날 연등", "공주님 드레스", "왕자님 케이크",
        "我的订单 - 王府井百货", "我的账户 | 李宁官方旗舰店",
        "حسابي - متجر نون", "お母さん食堂 ハンバーグ", "くまさんのはちみつ", "Kære kunde,\ntak for din ordre.",
        "Hyvä asiakas,\nkiitos tilauksestasi.", "Vážený zákazníku,\nděkujeme.", "Tisztelt Vásárlónk!",
        "Αγαπητέ πελάτη,\nευχαριστούμε.", "Stimate client,\nvă mulțumim.", "Kính gửi Quý khách,\ncảm ơn quý khách.",
        "Yth. Pelanggan,\nterima kasih.", "เรียน ลูกค้าผู้มีอุปการคุณ", "Дорогий покупцю!", "お客様各位",
        "고객님께 감사드립니다", "尊敬的客户：您好", "Kind Regards Greeting Card", "Salam Hangat Kopi Blend",
        "[Official] Nike Store: New arrivals", "[Sale] Summer Collection: up to 50% off",
        "Q&A: Anna Karenina (Penguin Classics)", "Review: Anna Karenina – Penguin Classics", "Posted by Nike Running",
        "Bewertet von Stiftung Warentest", "Avis de Que Choisir", "Verified buyer: Yes",
        "Sehr gut (1,5) – Stiftung Warentest, Berlin", "Love, Victor (Season 1)", "Dear White People",
        "Yours Truly, Johnny Dollar", "Bentornato Presidente", "Von: Zalando – An: Kundenservice",
        "From: Paris To: London Print", "[03/12/2026] Black Friday: -50%", "Chat with Customer Service",
        "Conversation with God (Book)", "Welcome back, Potter fans!", "Hello, Gorgeous Lipstick", "Ahoj Praha Mug",
        "Szia Budapest Póló", "Hej Hej Sverige Tote", "Halo Bali T-shirt", "Xin chào Hà Nội Postcard",
        "Bună ziua România Magnet", "Kære Jul Julekort", "Hei Hei Helsinki Muki", "Dear Prudence Vinyl",
        "Hey Jude Poster", "Mrs Doubtfire DVD", "Martha Stewart Living Omnimedia", "Ralph Lauren Romance 100ml",
        "Gift for Him – Leather Wallet", "Invoice for Spotify Premium", "Order for Samsung Galaxy S24",
        "Pedido de Mango Outlet", "Ordine n. 48213 di Giorgio Armani", "Bestellung für Tom Ford",
        "Commande pour Yves Saint Laurent", "Thank you, Next (Ariana Grande)", "Merci Cherie Chocolates",
        "Danke Schön Schokolade", "Grazie Mille Biscotti", "Tack så mycket kort", "Kiitos Paljon Kortti",
        "Cheers, Love! Mug", "Best, Bestie Card", "LG, Samsung & Sony TVs", "VG Wort",
        "MfG – Meister für Grillen Schürze", "民宿的订单", "我的订单 | 京东", "我的购物车 - 王府井",
        "Hi, Anna Karenina Fan? | Book Club", "My Account | Orders | Demo Shop", "Hello Sunshine | Candles",
        "Mein Konto | Wunschzettel (3)", "Cheers | Beer Glasses", "Dear John | Nicholas Sparks", "Love Actually | DVD",
        "Konto · Zamówienia", "Tài khoản · Đơn mua", "Mijn account » Bestellingen", "Min sida :: Ordrar",
        "Welcome back | Sign in", "Hi, Mom! | Film", "Anna Karenina | Penguin Classics", "Dear Evan Hansen | Tickets",
        "Tom Ford | Mein Konto", "Hugo Boss · Mein Konto", "Mein Konto » Tommy Hilfiger", "Bienvenue ! – Mon compte",
        "Hello! | My Account", "Hi, there ▾ | Demo Shop", "Hi, Sign in ▾", "Konto » Übersicht » Adressen",
        "Ottakringer Bier · Mein Konto",
    ],
    "near misses of the headers, chats, closings and honorifics": [
        "On Sale, Nike Wrote: Just Do It Tee", "Am Montag schrieb Goethe: Gedichte (Reclam)",
        "Le 3 décembre, Victor Hugo a écrit : anthologie", "Then Jesus Said: Bible Verse Print",
        "As Shakespeare Wrote: Quote Mug", "Sent: 3 items | To: Berlin", "From: Paris, Sent: Love – Postcard Set",
        "To: Berlin Hauptbahnhof – Sent: 10:14", "Kepada: Jakarta – Dikirim hari ini", "Til: Oslo S – Sendt: i dag",
        "Komu: Praha – Odesláno: dnes", "[10:42] Morning Run: Playlist", "10:42 Uhr Berlin Hbf: Abfahrt",
        "Customer (Returning) said: loves it", "Chat Noir (Black Cat) Poster", "Stiftung Warentest: Sehr gut (1,5)",
        "Reviewed by Good Housekeeping", "Verified by Visa", "Posted by PostNL", "Grazie Mille,\nLa Dolce Vita Pasta",
        "Beijos,\nBom Apetite Café", "Groeten uit Amsterdam,\nVan Gogh Museum", "Ciao,\nBella Italia",
        "Warmly,\nWilliams Sonoma", "Vh – Volkswagen Händler", "Hezký den, Praha! Hrnek",
        "Bonne journée, Paris! Affiche", "先生のおすすめ 文庫", "ヒーローサマ Tシャツ", "오빠님 선물",
        "아저씨 티셔츠", "女士香水 50ml", "先生 西装", "王女士 定制款", "Konto » Nike",
        "Mein Konto » Adidas Originals", "حسابي » الطلبات", "החשבון שלי | הזמנות שלי", "บัญชีของฉัน | รายการโปรด",
        "Hey Jude,\ndon't make it bad (Beatles Poster)", "Hi Barbie!\nthe movie soundtrack",
        "Hey Arnold! The Complete Series", "Dear Diary,\na journal for teens", "Hola Amigo,\nLatin Grill Sauce",
        "Hallo Welt!\nProgrammieren lernen", "Hej Sverige,\nvälkommen hem Tavla",
        "Kedves Mikulás,\nlevélpapír készlet", "Αγαπητέ Άγιε Βασίλη,\nγράμμα", "Дорогий Миколаю,\nлист",
        "親愛的聖誕老人，卡片", "-Nike Running", "~ Handmade in Berlin", "— Best of Tchaikovsky",
        "Thanks!\n-The Demo Shop Team", "Thanks!\n~ Demo Shop",
    ],
}
BRANDS = ["Hello Kitty", "Love Moschino", "Yours Clothing", "Cheers Beer Co.", "Dear Frances", "Hi-Tec",
          "Best Buy", "Thanks Sisters", "LG", "MfG Berlin", "Ted Baker", "Tommy Hilfiger", "Hugo Boss"]
_ORDINARY_PLACES = ["page title", "custom property", "content title", "page title property"]
IN_APP_AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Instagram 307.0.0.34.111 (iPhone15,3; iOS 17_1; de_DE; de; scale=3.00; 1290x2796; 531584563)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "[FBAN/FBIOS;FBAV/440.0.0.32.110;FBBV/543213210;FBDV/iPhone15,3;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;"
    "FBID/phone;FBLC/da_DK;FBOP/5]",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/441.0.0.23.105;]",
    "Mozilla/5.0 (Linux; Android 13; 2201117TG Build/TKQ1.221114.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/118.0.5993.111 Mobile Safari/537.36 trill_320104 JsSdk/1.0 NetType/WIFI Channel/googleplay "
    "AppName/musical_ly app_version/32.1.4 ByteLocale/vi ByteFullLocale/vi Region/VN",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Line/13.19.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36;KAKAOTALK 2410420",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "MicroMessenger/8.0.44(0x18002c2b) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Pinterest/iOS/12.1 (iPhone15,3; 17.1)",
    "Mozilla/5.0 (Linux; Android 13; V2207 Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Snapchat/12.60.0.38 (V2207; Android 13#a5b1c#33; gzip; )",
]
AD_CLICK_URLS = [
    f"{_SHOP}/products/hat?gclid=Cj0KCQiA4NWrBhD-ARIsAFCKwWs1Yvq3bX8p&gad_source=1",
    f"{_SHOP}/products/hat?fbclid=IwAR2F4x8Zq1k7cLmN0pQrStUvWxYz123AbCdEfGhIjK",
    f"{_SHOP}/products/hat?ttclid=E.C.P.CsQBkQ2m4x8Zq1k7cLmN0pQrStUvWxYz",
    f"{_SHOP}/products/hat?msclkid=4b8f0e3a2c1d4e5f9a8b7c6d5e4f3a2b&utm_source=bing",
    f"{_SHOP}/products/hat?epik=dj0yJnU9T2xvMk9jZ2pXa3FrTFJmS3A&utm_medium=social",
    f"{_SHOP}/products/hat?ScCid=b2e4c1a8-7d3f-4e9a-8c2b-1f0e9d8c7b6a",
    f"{_SHOP}/products/hat?twclid=2-7q3k9x8m5n4b2v1c0z&utm_campaign=winter",
    f"{_SHOP}/products/hat?li_fat_id=5a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
    f"{_SHOP}/products/hat?yclid=1234567890123456789&utm_source=yandex",
    f"{_SHOP}/produkte/brief-an-julia-dvd?utm_content=dear-john&utm_term=love-actually",
]


def _ordinary_place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "page title": ("page", {"title": value}),
        "custom property": ("track", {"properties": {"label": value}}),
        "content title": ("track", {"name": "Product Viewed",
                                    "products": [{"product_id": "P-31", "name": value, "price": "5"}]}),
        "page title property": ("page", {"properties": {"page_title": value}}),
        "content brand": ("track", {"name": "Product Viewed",
                                    "products": [{"product_id": "P-31", "name": "Gift Card", "brand": value,
                                                  "price": "5"}]}),
    }
    return table[where]


def ordinary_cases() -> Iterator[Ordinary]:
    for family, values in ORDINARY_TEXT.items():
        for value in values:
            for where in _ORDINARY_PLACES:
                yield (f"{family}: {value} @ {where}", *_ordinary_place(where, value), value)
    for brand in BRANDS:
        for where in ["content brand", "custom property"]:
            yield (f"brands: {brand} @ {where}", *_ordinary_place(where, brand), brand)
    for agent in IN_APP_AGENTS:
        yield (f"in-app user agents: {agent[-40:]}", "page", {"user_agent": agent}, agent)
    for url in AD_CLICK_URLS:
        yield (f"ad-click urls as page URL: {url}", "page", {"url": url}, url)
        yield (f"ad-click urls as referrer: {url}", "page", {"referrer": url}, url)
