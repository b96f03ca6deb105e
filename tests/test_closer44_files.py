"""File names, paths and links of attack 36 closed by closer 44 (issue 16), with values nobody listed: an address
whose domain a known top-level domain ends before a file name's words, a provider's slug named as an uploaded file,
four dotted numbers between a file name's separators, an account's dotted or capitalised name after a home folder's
parent, base64 of an address as one piece of a run that `/` glues, and an id document's label joined to its number by
`_`; and the file names, paths and links a shop writes that go out beside them (images at a scale, versions, dates,
codes, breadcrumbs, Windows' own profile folders, one-word accounts, web pages' slugs). Text is read by
detector.reason, URLs by privacy.clean_url (review_cases.review_tests); ids by detector.reason as ids."""

from __future__ import annotations

import pytest

from meta_capi import detector
from review_cases import review_tests

ORDINARY = [
    # file names and paths beside an address's rule: an image's scale, a package's version, a slug's words
    "/uploads/blue-sneakers.jpg", "size-guide_EU-42.pdf", "logo@2x.png", "icon@2x.de-DE.png", "hero@3x_banner.jpg",
    "react@18.2.0_bundle.js", "gmail-com-setup-guide.pdf", "outlook_com_tips.pdf", "newsletter-2026_gmail.pdf",
    "data-export_shop-example-com_2026.csv", "Versand_DHL_2026-12-01.pdf",
    # versions, dates and codes beside the rule for four dotted numbers
    "invoice_2026-12-01.pdf", "app-1.2.3.4-setup.exe", "v10.0.19045.1234", "tool-2.4.1.120-win64.zip",
    "node-v18.17.1-linux-x64.tar.gz", "firmware_12.40.18.20_x.bin", "SKU-185.61.27.99-blue",
    "release-4.12.33.21-final.zip", "backup_2026.12.01_nightly.zip", "cam-01.12.26.14-snapshot.jpg",
    "photo_12.05.2026_beach.jpg", "report_1.0.2.3_final.pdf", "IMG_2026.12.01.1530_beach.jpg",
    # paths beside the home folder's rule: a shop's pages, breadcrumbs, Windows' own profiles, one word, files
    "/home/products/blue-sneakers", "C:/Users/Public/Documents/catalogue.pdf", "/home/new-arrivals/",
    "/home/summer_sale/", "/home/index.html", "/home/example.com/public_html/img/logo.png", "/home/style.css",
    "Home/Garden Tools/Chairs", "Home/Kitchen.Dining/Plates", "/home/Kitchen.Dining/Plates", "/shop/home/gift.ideas/",
    "C:/Users/All Users/Microsoft/x.log", "C:\\Users\\Default User\\NTUSER.DAT", "/Users/Shared/Catalogue/x.pdf",
    "/users/jsmith/settings", "/home/jsmith/exports/cart.csv", "C:/Users/Administrator/Desktop/x.txt",
    "/docs/user.guide/intro.html", "Users Guide/Getting.Started/",
    # image CDNs' paths with hashes and transformations, beside the reading of base64 pieces between `/`
    "https://cdn.example.com/images/Ab3dE5fG7hI9jK1lM3nO/product-42.jpg",
    "https://images.example-cdn.net/t_Product_1200/v1701234567/AbCdEfGhIjKlMnOp/sneaker.jpg",
    "https://res.cloudinary.com/demo/image/upload/w_400,h_400,c_fill/v1571218039/Sample_Shoe_Red.jpg",
    "see /assets/Qm9vdHNfV2ludGVy/Boots-Winter.png",
    # passport accessories beside the id document's label joined by `_`
    "passport_holder_black_v2.jpg", "Passport Cover Leather", "passport_wallet_RFID_2024.jpg",
    "passport-photo_35x45mm.jpg", "travel_passport_case_SKU123456.jpg", "rfc_7231_section.pdf",
]


PERSONAL = [
    # an address's domain ended by a known top-level domain before a file name's words
    "korvath@example.org_statement.pdf", "m.quillon@example.de-ausweis.png", "tilda+promo@example.co.uk_receipt.jpg",
    "/scans/korvath.q@example.net-lease-signed.pdf", "dl korvath%40example.com_avatar.webp",
    # a large provider's slug named as an uploaded file
    "cv_korvath-quillon-yahoo-com.docx", "bewerbung_korvath_quillon_outlook_com.pdf", "scan-korvath-hotmail-co-uk.pdf",
    # four dotted numbers between a file name's separators
    "dashcam_93.184.216.34_clip.mp4", "door-77.88.55.242-cam.jpg", "/var/log/nginx_141.94.17.203_error.log",
    # an account's name after a home folder's parent
    "/home/korvath.quillon/.bash_history", "D:\\Users\\korvath.quillon\\Pictures\\x.jpg",
    "/Users/Korvath.Quillon/Desktop/", "C:/Documents and Settings/korvath.quillon/x",
    "C:\\Users\\Korvath Quillon\\Downloads\\order.pdf", "file:///C:/Users/k.quillon/Documents/order.pdf",
    "see https://uni.example.edu/home/korvath.quillon/cv.pdf", "/Users/Korvath_Quillon/Library/x.plist",
    "C:/Users/Jo Smith",  # (a profile's folder after a drive, no folder inside: review 22, closer 53)
    # base64 of an address as a piece between `/`
    "see https://x.example/r/a29ydmF0aC5xdWlsbG9uQGV4YW1wbGUub3Jn/zz9",
    "open app/v/dGlsZGEucUBleGFtcGxlLmRl/confirm",
    # an id document's label joined to its number by `_`
    "pasaporte_no_PAB482173_escaneo.pdf", "reisepass_C01X00T47_front.jpg", "passport_number_K7281935_scan.png",
]


ORDINARY_URLS = [
    "https://shop.example.com/home/products/blue-sneakers", "https://shop.example.com/uploads/size-guide_EU-42.pdf",
    "https://cdn.example.com/files/app-1.2.3.4-setup.exe", "https://shop.example.com/downloads/invoice_2026-12-01.pdf",
    "https://cdn.example.com/images/Ab3dE5fG7hI9jK1lM3nO/product-42.jpg",
    "https://shop.example.com/Users/Public/catalogue.pdf", "https://shop.example.com/home/new-arrivals/",
    "https://shop.example.com/static/logo@2x.png", "https://shop.example.com/dl/tool-2.4.1.120-win64.zip",
    "https://shop.example.com/s/Passport-Cover-Leather",
]


PERSONAL_URLS = [
    "https://shop.example.com/home/korvath.quillon/cv.pdf",
    "https://shop.example.com/uploads/korvath%40example.org_statement.pdf",
    "https://shop.example.com/logs/door-77.88.55.242-cam.jpg",
    "https://shop.example.com/dl/passport_no_PAB482173_scan.pdf",
    "https://shop.example.com/files/cv_korvath-quillon-yahoo-com.docx",
    "https://shop.example.com/p?file=C%3A%5CUsers%5Ckorvath.quillon%5Cx.pdf",
    "https://shop.example.com/m/a29ydmF0aC5xdWlsbG9uQGV4YW1wbGUub3Jn/zz9",
    "https://shop.example.com/Users/Korvath%20Quillon/Desktop/x.pdf",
]


globals().update(review_tests(globals()))

# Ids (an order's, a content's): the rules above but the id document's (a label's number is read in free text only).
PERSONAL_IDS = [value for value in PERSONAL if not any(
    label in value for label in ("pasaporte", "reisepass", "passport"))]
ORDINARY_IDS = ["size-guide_EU-42.pdf", "app-1.2.3.4-setup.exe", "tool-2.4.1.120-win64.zip", "logo@2x.png",
                "icon@2x.de-DE.png", "SKU-185.61.27.99-blue", "C:/Users/Public/Documents/catalogue.pdf",
                "/home/new-arrivals/", "Home/Kitchen.Dining/Plates", "/users/jsmith/settings", "invoice_2026-12-01.pdf"]


@pytest.mark.parametrize("value", PERSONAL_IDS)
def test_personal_ids_are_kept(value: str) -> None:
    assert detector.reason(value, id_like=True) != ""


@pytest.mark.parametrize("value", ORDINARY_IDS)
def test_ordinary_ids_go_out(value: str) -> None:
    assert detector.reason(value, id_like=True) == ""
