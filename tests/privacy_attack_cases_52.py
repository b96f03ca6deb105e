"""The fifty-second outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity", "Events" and "Meta's own fields") and issue 16's text only, without
reading the gate's code nor the earlier attacks' cases: real sites' URLs. The page URL and the referrer are on every
event, and a URL that loses its path or its query loses what Meta attributes, so most of this attack is ordinary:
product, category, search, filter, sort and pagination URLs as Shopify, WooCommerce, Magento, PrestaShop, Shopware,
BigCommerce, Wix, Squarespace and marketplaces (eBay, Etsy, Amazon, Walmart, AliExpress, Zalando, Allegro, Mercado
Libre, Rakuten) write them, and travel, car parts, pharmacy, grocery, electronics, fashion, B2B, news, forum and
video sites; numeric ids of every length in paths and queries, slugs with numbers and dates, every ad network's click
and tracking parameters (`utm_*`, `gclid`, `gbraid`, `wbraid`, `fbclid`, `msclkid`, `ttclid`, `twclid`, `li_fat_id`,
`epik`, `ScCid`, `dclid`, `yclid`, `_gl`, `mc_cid`), CDN and image URLs, SPA hash routes, percent-encoded UTF-8 paths
of many scripts, IDN hosts and ports; each as the page's URL and as its referrer, some as text leaves, and each must
go out whole. The personal side puts a person's email, phone, name, address or national id into the same shapes
where real sites put them (a path segment, a query value, a fragment, a nested redirect URL), so ordinary neighbours
sit beside personal ones of the same shape.

The personal values carry made-up markers (`quendrix`, `Tarvenholm`, the digits `481726`) so a leak is findable.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_36 import URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]


def _q(text: str) -> str:
    return quote(text, safe="")


def _p(text: str) -> str:  # a path segment as browsers encode it
    return quote(text, safe="")


# --- the personal side ---------------------------------------------------------------------------------------------
EMAIL = "quendrix.tarvenholm@example.com"
EMAIL_FORMS = ["quendrix.tarvenholm"]
PHONE = "+44 7700 481726"
PHONE_DIGITS = "7700481726"
NAME = "Quendrix Tarvenholm"
NAME_FORMS = ["Tarvenholm"]
STREET = "12 Tarvenholm Lane"
NINO = "JT481726C"  # a UK National Insurance number's layout
SSN = "219-48-1726"  # a US social security number's layout
SHOPIFY = "https://quill-and-thread.myshopify.com"
WOO = "https://www.gartenzauber.de"
MAGENTO = "https://www.autoteile-kraft.de"



# Where real sites put a person into a URL (each row: name -> (url, forms)).
PATH: Dict[str, Tuple[str, Any]] = {
    "shopify account email segment": (f"{SHOPIFY}/account/{_p(EMAIL)}/orders", EMAIL_FORMS),
    "woo lost password email": (f"{WOO}/mein-konto/lost-password/{_p(EMAIL)}/", EMAIL_FORMS),
    "magento customer raw email": (f"{MAGENTO}/customer/account/edit/email/{EMAIL}/", EMAIL_FORMS),
    "etsy people slug name": ("https://www.etsy.com/people/quendrix-tarvenholm-481726", NAME_FORMS),
    "ebay usr phone": (f"https://www.ebay.co.uk/usr/{_p(PHONE)}", [PHONE_DIGITS]),
    "booking guest email": (f"https://secure.booking.com/myreservations/{_p(EMAIL)}/4817260391", EMAIL_FORMS),
    "pharmacy rx patient email": (f"https://www.apotheke-sonnenhof.de/rezept/{_p(EMAIL)}/status", EMAIL_FORMS),
    "b2b quote contact phone": (f"https://b2b.industriebedarf.de/angebot/A-4817/kontakt/{_p(PHONE)}",
                                [PHONE_DIGITS]),
    "forum user email": (f"https://forum.example-cars.net/members/{_p(EMAIL)}.481/", EMAIL_FORMS),
    "prestashop address raw": (f"https://www.boutique-lumiere.fr/adresse/{_p(STREET)}/edit", ["Tarvenholm"]),
    "wix member email": (f"https://www.studio-nord.com/profile/{_p(EMAIL)}/profile", EMAIL_FORMS),
    "tracking nino segment": (f"https://www.gov-portal.example.uk/claims/{NINO}/status", ["481726"]),
    "mercadolibre perfil phone": (f"https://perfil.mercadolibre.com.ar/{_p('+54 9 11 7700 481726')}",
                                  ["7700481726"]),
    "allegro user email raw": (f"https://allegro.pl/uzytkownik/{EMAIL}/oceny", EMAIL_FORMS),
    "travel pnr name": (f"https://www.airline-nord.example/manage/4XK7PZ/{_p(NAME)}", NAME_FORMS),
    "squarespace order name": (f"https://www.hollow-oak-ceramics.com/commerce/orders/{_p(NAME)}-1051",
                               NAME_FORMS),
}
QUERY: Dict[str, Tuple[str, Any]] = {
    "shopify checkout email": (f"{SHOPIFY}/checkouts/cn/Z2NwLWV1/information?checkout%5Bemail%5D={_q(EMAIL)}",
                               EMAIL_FORMS),
    "woo billing phone": (f"{WOO}/kasse/?billing_phone={_q(PHONE)}&billing_country=DE", [PHONE_DIGITS]),
    "magento newsletter email": (f"{MAGENTO}/newsletter/subscriber/new/?email={_q(EMAIL)}", EMAIL_FORMS),
    "bigcommerce login email": (f"https://store-k4x9.mybigcommerce.com/login.php?action=check_login&login_email="
                                f"{_q(EMAIL)}", EMAIL_FORMS),
    "shopware register name": ("https://www.moebel-hafen.de/account/register?firstName=Quendrix&lastName="
                               "Tarvenholm", NAME_FORMS),
    "amazon gift recipient email": (f"https://www.amazon.com/gp/gc/create?recipientEmail={_q(EMAIL)}&amount=50",
                                    EMAIL_FORMS),
    "walmart pickup phone": (f"https://www.walmart.com/orders/pickup?storeId=1726&phone={PHONE_DIGITS}",
                             [PHONE_DIGITS]),
    "aliexpress address": (f"https://www.aliexpress.com/p/address/edit.html?address={_q(STREET + ', London')}"
                           f"&zip=SW1A%201AA", ["Tarvenholm"]),
    "utm with email": (f"{SHOPIFY}/collections/sale?utm_source=klaviyo&utm_medium=email&utm_term={_q(EMAIL)}"
                       f"&_kx=Xy7AbC12.dEf345", EMAIL_FORMS),
    "ga4 user email beside gclid": (f"https://www.fahrrad-werk.de/e-bikes/?gclid=Cj0KCQiA4481726&user_email="
                                    f"{_q(EMAIL)}", EMAIL_FORMS),
    "pharmacy patient dob name": ("https://www.shop-apotheke.com/rezept?patient=Quendrix+Tarvenholm&dob=1985-05-17",
                                  NAME_FORMS),
    "car parts vin and phone": (f"{MAGENTO}/teilesuche?vin=WVWZZZ1JZXW000001&rueckruf={_q(PHONE)}",
                                [PHONE_DIGITS]),
    "grocery delivery address": (f"https://www.rewe.example/lieferservice?strasse={_q(STREET)}&plz=50667",
                                 ["Tarvenholm"]),
    "travel passenger name": ("https://www.ryanair.example/booking/home?lastName=Tarvenholm&firstName=Quendrix"
                              "&pnr=4XK7PZ", NAME_FORMS),
    "news comment email": (f"https://www.tagesblatt.example/kommentare?article=481726&mail={_q(EMAIL)}",
                           EMAIL_FORMS),
    "ssn in verify query": (f"https://benefits.example.gov/verify?ssn={SSN}&step=2", ["481726"]),
    "nino in query": (f"https://www.payroll-nord.example.uk/onboard?ni_number={NINO}", ["481726"]),
    "wix form phone": (f"https://www.studio-nord.com/kontakt?field_phone={_q(PHONE)}&submitted=1", [PHONE_DIGITS]),
    "rakuten member email": (f"https://my.rakuten.co.jp/?mail={_q(EMAIL)}&l-id=top_normal_mymenu",
                             EMAIL_FORMS),
    "zalando search own email": (f"https://www.zalando.de/katalog/?q={_q(EMAIL)}", EMAIL_FORMS),
    "etsy search own phone": (f"https://www.etsy.com/search?q={_q(PHONE)}&ref=search_bar", [PHONE_DIGITS]),
}
FRAGMENT: Dict[str, Tuple[str, Any]] = {
    "spa hash account email": (f"https://app.kartenwerk.example/#/account/{_q(EMAIL)}/settings", EMAIL_FORMS),
    "spa hash query phone": (f"https://app.kartenwerk.example/#/checkout?phone={_q(PHONE)}", [PHONE_DIGITS]),
    "spa hashbang email": (f"https://www.hotel-alpenblick.example/#!/booking/guest/{EMAIL}", EMAIL_FORMS),
    "fragment raw email": (f"{SHOPIFY}/pages/thanks#email={EMAIL}", EMAIL_FORMS),
    "fragment name": ("https://www.squarespace-site.example/rsvp#guest=Quendrix%20Tarvenholm", NAME_FORMS),
    "fragment nino": (f"https://portal.example.uk/#/claims?nino={NINO}", ["481726"]),
    "vue router address": (f"https://app.umzug-profi.example/#/quote?from={_q(STREET)}&to=Berlin",
                           ["Tarvenholm"]),
    "fragment text directive": (f"https://www.forum-technik.example/thread/481726#:~:text={_q(EMAIL)}",
                                EMAIL_FORMS),
}
_INNER_EMAIL = f"{SHOPIFY}/account/login?checkout_url=%2Fcart&email={_q(EMAIL)}"
_INNER_PHONE = f"{WOO}/kasse/?billing_phone={_q(PHONE)}"
_INNER_NAME = f"{MAGENTO}/customer/account?firstname=Quendrix&lastname=Tarvenholm"
REDIRECT: Dict[str, Tuple[str, Any]] = {
    "shopify return_to email": (f"{SHOPIFY}/account/login?return_to={_q(_INNER_EMAIL)}", EMAIL_FORMS),
    "woo redirect_to phone": (f"{WOO}/wp-login.php?redirect_to={_q(_INNER_PHONE)}", [PHONE_DIGITS]),
    "magento referer name twice": (f"{MAGENTO}/customer/account/login/referer/{_q(_q(_INNER_NAME))}/",
                                   NAME_FORMS),
    "google url email": (f"https://www.google.com/url?q={_q(_INNER_EMAIL)}&sa=D&source=editors", EMAIL_FORMS),
    "facebook l.php phone": (f"https://l.facebook.com/l.php?u={_q(_INNER_PHONE)}&h=AT0x481", [PHONE_DIGITS]),
    "ebay rover email": (f"https://rover.ebay.com/rover/1/711-53200-19255-0/1?mpre={_q(_INNER_EMAIL)}",
                         EMAIL_FORMS),
    "amazon signin return name": ("https://www.amazon.de/ap/signin?openid.return_to=" + _q(_INNER_NAME),
                                  NAME_FORMS),
    "awin deeplink email": (f"https://www.awin1.com/cread.php?awinmid=4817&awinaffid=26&ued={_q(_INNER_EMAIL)}",
                            EMAIL_FORMS),
    "path embedded email url": (f"https://click.example-mail.net/ls/click/{_q(_INNER_EMAIL)}", EMAIL_FORMS),
    "fragment next email": (f"https://app.kartenwerk.example/login#next={_q(_INNER_EMAIL)}", EMAIL_FORMS),
    "nested nino": ("https://sso.example.uk/auth?continue=" + _q(f"https://portal.example.uk/claim?nino={NINO}"),
                    ["481726"]),
    "nested address": (f"{SHOPIFY}/cart?return_url={_q(WOO + '/adresse?street=' + _q(STREET))}", ["Tarvenholm"]),
}
REFERRAL: Dict[str, Tuple[str, Any]] = {
    "gmail message referrer email": (f"https://mail.google.com/mail/u/0/#search/{_q(EMAIL)}/FMfcgzGw", EMAIL_FORMS),
    "outlook compose to": (f"https://outlook.live.com/mail/0/deeplink/compose?to={_q(EMAIL)}", EMAIL_FORMS),
    "whatsapp send phone": (f"https://api.whatsapp.com/send?phone={PHONE_DIGITS}&text=Hi", [PHONE_DIGITS]),
    "wa.me phone path": (f"https://wa.me/44{PHONE_DIGITS}?text=Bestellung", [PHONE_DIGITS]),
    "tel link in query": (f"https://www.pizzeria-roma.example/?call={_q('tel:' + PHONE)}", [PHONE_DIGITS]),
    "mailto in query": (f"https://www.studio-nord.com/share?link={_q('mailto:' + EMAIL)}", EMAIL_FORMS),
    "crm contact referrer": (f"https://app.hubspot.com/contacts/481726/contact/9?email={_q(EMAIL)}", EMAIL_FORMS),
    "zendesk requester": (f"https://help.example.zendesk.com/agent/tickets?requester={_q(EMAIL)}",
                          EMAIL_FORMS),
}

IDN: Dict[str, Tuple[str, Any]] = {
    "idn host email query": (f"https://www.bücher-stube.de/konto?email={_q(EMAIL)}", EMAIL_FORMS),
    "punycode host phone path": (f"https://xn--bcher-stube-5ob.de:8443/rueckruf/{_p(PHONE)}", [PHONE_DIGITS]),
    "cyrillic path name": (f"https://магазин.example.ru/{_p('покупатель')}/{_p(NAME)}", NAME_FORMS),
    "japanese path email": (f"https://www.example.co.jp/{_p('会員')}/{_p(EMAIL)}", EMAIL_FORMS),
    "port query nino": (f"http://intranet.example.uk:8080/hr/staff?ni={NINO}&view=full", ["481726"]),
}


def cases() -> List[Case]:
    return [
        *rotated("path", PATH, URL_PLACES, 2, 0, "52"),
        *rotated("query", QUERY, URL_PLACES, 2, 3, "52"),
        *rotated("fragment", FRAGMENT, URL_PLACES, 2, 5, "52"),
        *rotated("redirect", REDIRECT, URL_PLACES, 3, 7, "52"),
        *rotated("idn", IDN, URL_PLACES, 2, 2, "52"),
        *rotated("referral", REFERRAL, URL_PLACES, 2, 11, "52"),
    ]


# --- the ordinary side: URLs as real sites write them, by platform or vertical -------------------------------------
_TRACK = ("utm_source=facebook&utm_medium=paid_social&utm_campaign=bf_2026_prospecting&utm_content=carousel_v3"
          "&utm_term=winter+boots")
ORDINARY_URLS: Dict[str, List[str]] = {
    "shopify": [
        f"{SHOPIFY}/products/linen-apron-olive?variant=44817260391234",
        f"{SHOPIFY}/collections/aprons/products/linen-apron-olive",
        f"{SHOPIFY}/collections/all?sort_by=price-ascending&filter.v.price.gte=10&filter.v.price.lte=50",
        f"{SHOPIFY}/collections/sale?page=3&filter.p.m.custom.material=linen",
        f"{SHOPIFY}/search?q=apron&options%5Bprefix%5D=last&type=product",
        f"{SHOPIFY}/cart/44817260391234:2,44817260391235:1?discount=WINTER20",
        f"{SHOPIFY}/checkouts/cn/Z2NwLWV1cm9wZS13ZXN0NDowMUhYWjg/information",
        f"{SHOPIFY}/pages/size-guide?{_TRACK}",
        f"{SHOPIFY}/blogs/journal/how-we-dye-linen-2026-11-28",
        f"{SHOPIFY}/products/linen-apron-olive?_pos=1&_sid=8f3a2b1c9&_ss=r",
        "https://cdn.shopify.com/s/files/1/0481/7260/3912/products/apron-olive_1024x1024.jpg?v=1700000000",
        f"{SHOPIFY}/collections/new?fbclid=IwAR2x9Fq-7Lm3KpZ8vT4wQeRtY6uI1oP0aSdFgHjKlZxCvBnM",
        f"{SHOPIFY}/products/gift-card?variant=39281726&_gl=1*1x2y3z*_ga*MTIzNDU2Nzg5MC4xNzAwMDAwMDAw",
        f"{SHOPIFY}/en-gb/products/linen-apron-olive?currency=GBP",
    ],
    "woocommerce": [
        f"{WOO}/produkt/hochbeet-laerche-200x100/",
        f"{WOO}/produkt-kategorie/hochbeete/page/2/?orderby=price-desc",
        f"{WOO}/shop/?filter_farbe=natur&query_type_farbe=or&min_price=50&max_price=300",
        f"{WOO}/?s=hochbeet&post_type=product&dgwt_wcas=1",
        f"{WOO}/?add-to-cart=4817&quantity=2",
        f"{WOO}/kasse/order-received/104817/?key=wc_order_aB3dE5fG7hJ9k",
        f"{WOO}/2026/11/28/hochbeet-anlegen-schritt-fuer-schritt/",
        f"{WOO}/produkt/hochbeet-laerche-200x100/?attribute_pa_groesse=200x100&gclid=CjwKCAiA1234567890abcdEFG",
        f"{WOO}/wp-content/uploads/2026/11/hochbeet-laerche-200x100-600x600.webp",
        f"{WOO}/mein-konto/orders/",
    ],
    "magento": [
        f"{MAGENTO}/bremsscheiben-vorne-282mm-vw-golf-iv-1j1-1-9-tdi.html",
        f"{MAGENTO}/bremsen/bremsscheiben.html?p=4&product_list_order=price&product_list_limit=36",
        f"{MAGENTO}/catalogsearch/result/?q=1J0615301M",
        f"{MAGENTO}/catalog/product/view/id/48172/s/bremsscheibe-282mm/category/26/",
        f"{MAGENTO}/checkout/cart/add/uenc/aHR0cHM6Ly93d3cuYXV0b3RlaWxlLWtyYWZ0LmRlLw,,/product/48172/",
        f"{MAGENTO}/media/catalog/product/cache/1/image/600x/040ec09b1e35df139433887a97daa66f/b/r/brake.jpg",
        f"{MAGENTO}/filter/hersteller-ate/baujahr-1998-2004.html?msclkid=3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c",
        f"{MAGENTO}/checkout/onepage/success/",
    ],
    "prestashop": [
        "https://www.boutique-lumiere.fr/lampes/2481-lampe-de-chevet-laiton-3760123456789.html",
        "https://www.boutique-lumiere.fr/12-suspensions?order=product.price.asc&page=2",
        "https://www.boutique-lumiere.fr/recherche?controller=search&s=abat-jour",
        "https://www.boutique-lumiere.fr/index.php?id_product=2481&id_product_attribute=17&rewrite=lampe"
        "&controller=product",
        "https://www.boutique-lumiere.fr/12-suspensions?q=Couleur-Noir-Blanc/Mati%C3%A8re-Laiton",
        "https://www.boutique-lumiere.fr/2481-large_default/lampe-de-chevet-laiton.jpg",
    ],
    "shopware": [
        "https://www.moebel-hafen.de/Wohnzimmer/Sofas/Ecksofa-Lund-3-Sitzer-anthrazit/SW10481",
        "https://www.moebel-hafen.de/search?search=ecksofa&order=price-asc&p=2",
        "https://www.moebel-hafen.de/Wohnzimmer/?properties=0181a2b3c4d5e6f7a8b9c0d1e2f3a4b5&min-price=200",
        "https://www.moebel-hafen.de/detail/0189e4f2a7b34c1d9e8f7a6b5c4d3e2f",
        "https://www.moebel-hafen.de/checkout/finish?orderId=0189e4f2a7b34c1d9e8f7a6b5c4d3e2f",
    ],
    "bigcommerce": [
        "https://store-k4x9.mybigcommerce.com/trail-running-shoes-men-v2/",
        "https://store-k4x9.mybigcommerce.com/shoes/?sort=bestselling&page=3",
        "https://store-k4x9.mybigcommerce.com/search.php?search_query=trail+shoes&section=product",
        "https://store-k4x9.mybigcommerce.com/cart.php?action=add&product_id=481",
        "https://cdn11.bigcommerce.com/s-k4x9ab/images/stencil/500x659/products/481/1726/shoe__12345.1700000000.jpg",
    ],
    "wix": [
        "https://www.studio-nord.com/product-page/keramik-vase-sand-24cm",
        "https://www.studio-nord.com/shop?page=2&sort=price_ascending",
        "https://www.studio-nord.com/search?q=vase&type=products",
        "https://static.wixstatic.com/media/4817ab_26c3f1e9d8b74a6f9e2c1b0a_mv2.jpg/v1/fill/w_480,h_640,q_90/vase.jpg",
        "https://www.studio-nord.com/post/neue-kollektion-herbst-2026",
    ],
    "squarespace": [
        "https://www.hollow-oak-ceramics.com/shop/p/speckled-mug-12oz",
        "https://www.hollow-oak-ceramics.com/shop?category=Mugs",
        "https://www.hollow-oak-ceramics.com/journal/2026/11/28/firing-the-anagama",
        "https://images.squarespace-cdn.com/content/v1/5f4817260391/1700000000000-ABCDEF/mug.jpg?format=750w",
        "https://www.hollow-oak-ceramics.com/cart?ScCid=0a1b2c3d-4e5f-6789-abcd-ef0123456789",
    ],
    "ebay": [
        "https://www.ebay.com/itm/325948172603",
        "https://www.ebay.de/itm/Bosch-Akkuschrauber-GSR-18V-55-Professional/145817260391?hash=item21f3a4b5c6",
        "https://www.ebay.com/sch/i.html?_nkw=thinkpad+x1+carbon&_sacat=0&_sop=15&_pgn=2&LH_BIN=1",
        "https://www.ebay.co.uk/b/Laptops-Netbooks/175672/bn_1648276",
        "https://www.ebay.com/str/retrovintagefinds?_trksid=p2047675.m3561.l2563",
        "https://i.ebayimg.com/images/g/4x8AAOSw1726Zabc/s-l1600.jpg",
        "https://www.ebay.com/itm/325948172603?mkcid=1&mkrid=711-53200-19255-0&siteid=0&campid=5338481726"
        "&toolid=10001&customid=deal",
    ],
    "etsy": [
        "https://www.etsy.com/listing/1481726039/handmade-linen-apron-with-pockets",
        "https://www.etsy.com/listing/1481726039/handmade-linen-apron?ga_order=most_relevant&ga_search_type=all"
        "&ref=sr_gallery-1-3&sts=1&organic_search_click=1",
        "https://www.etsy.com/shop/QuillAndThreadStudio?section_id=38172604&page=2",
        "https://www.etsy.com/search?q=linen%20apron&explicit=1&price_bucket=2&order=price_asc",
        "https://www.etsy.com/c/clothing/womens-clothing/aprons?ref=catnav-10923",
        "https://www.etsy.com/listing/1481726039/handmade-linen-apron?epik=dj0yJnU9Zm9vYmFyJnA9MCZuPWFiYyZ0PUFBQUFB",
    ],
    "amazon": [
        "https://www.amazon.com/dp/B0C4817263",
        "https://www.amazon.de/Bosch-Professional-Akku-Bohrschrauber-GSR-18V-55/dp/B07Z8X1726/ref=sr_1_3"
        "?keywords=akkuschrauber&qid=1700000000&sr=8-3",
        "https://www.amazon.com/s?k=usb+c+hub&rh=n%3A172282%2Cp_72%3A1248879011&s=price-asc-rank&page=2",
        "https://www.amazon.co.uk/gp/product/B0C4817263/ref=ppx_yo_dt_b_asin_title_o00_s00?ie=UTF8&psc=1",
        "https://www.amazon.com/b?node=16225009011&ref_=nav_em_T1_0_4_13_1",
        "https://m.media-amazon.com/images/I/71k4817260L._AC_SL1500_.jpg",
        "https://www.amazon.co.jp/dp/B0C4817263?tag=affiliate-22&linkCode=ogi&th=1",
    ],
    "walmart": [
        "https://www.walmart.com/ip/Great-Value-Whole-Milk-1-Gallon-128-fl-oz/10450114",
        "https://www.walmart.com/search?q=paper+towels&sort=price_low&page=2&affinityOverride=default",
        "https://www.walmart.com/browse/electronics/tvs/3944_1060825_447913?facet=brand%3ATCL",
        "https://www.walmart.com/ip/481726039?selected=true&wmlspartner=wlpa&adid=22222222224481726",
        "https://i5.walmartimages.com/seo/Great-Value-Milk_4817.jpeg?odnHeight=640&odnWidth=640&odnBg=FFFFFF",
    ],
    "aliexpress": [
        "https://www.aliexpress.com/item/1005004817260391.html",
        "https://www.aliexpress.com/item/1005004817260391.html?spm=a2g0o.productlist.main.1.4f3a2b1c&algo_pvid="
        "8f3a2b1c-9d7e&aem_p4p_detail=202611280123456789&pdp_npi=4%40dis%21EUR%2112.50",
        "https://www.aliexpress.com/w/wholesale-usb-c-cable.html?SearchText=usb+c+cable&sortType=price_asc&page=2",
        "https://www.aliexpress.com/category/200216607/tablets.html",
        "https://ae01.alicdn.com/kf/S4817260391a24b1c9d7e6f5a4b3c2d1eX.jpg_640x640.jpg",
    ],
    "zalando": [
        "https://www.zalando.de/nike-sportswear-air-max-90-sneaker-low-white-ni112o0g4-a11.html",
        "https://www.zalando.de/herrenschuhe-sneaker/?order=price&p=2&size=43",
        "https://www.zalando.de/katalog/?q=winterjacke",
        "https://img01.ztat.net/article/spp-media-p1/4817260391a24b1c/9d7e6f5a4b3c.jpg?imwidth=762",
        "https://www.zalando.fr/femme-chaussures/?wbraid=CjkKCQiA4817260391EiQA1726abc&gbraid=0AAAAADr1726",
    ],
    "allegro": [
        "https://allegro.pl/oferta/smartfon-samsung-galaxy-a55-8-256gb-granatowy-14817260391",
        "https://allegro.pl/kategoria/smartfony-i-telefony-komorkowe-165?order=p&stan=nowe&p=2",
        "https://allegro.pl/listing?string=etui%20galaxy%20a55&bmatch=cl-e2101-d3794-c3683-ele-1-5-0319",
        "https://allegro.pl/" + _p("kategoria/książki-i-komiksy-7"),
    ],
    "mercadolibre": [
        "https://articulo.mercadolibre.com.ar/MLA-1481726039-zapatillas-running-hombre-_JM",
        "https://listado.mercadolibre.com.ar/zapatillas-running_OrderId_PRICE_Desde_49_NoIndex_True",
        "https://www.mercadolibre.com.mx/p/MLM24817260?pdp_filters=category:MLM1055#searchVariation=MLM24817260",
        "https://http2.mlstatic.com/D_NQ_NP_481726-MLA74817260391_022024-O.webp",
    ],
    "rakuten": [
        "https://item.rakuten.co.jp/shop-nihon/4817260/",
        "https://search.rakuten.co.jp/search/mall/" + _p("水筒") + "/?s=2&p=2",
        "https://item.rakuten.co.jp/shop-nihon/4817260/?iasid=07rpp_10095___ee-lxy2m4sk-3c-4f3a2b1c&scid=af_pc_etc",
        "https://www.rakuten.com/shop/bestbuy?query=laptop&ebtoken=abc123",
    ],
    "travel": [
        "https://www.booking.com/hotel/de/adlon-kempinski-berlin.de.html?checkin=2026-12-24&checkout=2026-12-27"
        "&group_adults=2&no_rooms=1&sid=8f3a2b1c9d7e6f5a4b3c2d1e0f9a8b7c",
        "https://www.booking.com/searchresults.html?ss=Lisboa&dest_id=-2167973&dest_type=city&nflt=price%3DEUR-min-"
        "150-1%3Bclass%3D4&order=price",
        "https://www.airbnb.com/rooms/48172603912345678?adults=2&check_in=2026-12-24&check_out=2026-12-27",
        "https://www.skyscanner.net/transport/flights/lond/bcn/261224/261227/?adultsv2=2&cabinclass=economy",
        "https://www.expedia.com/Hotel-Search?destination=Paris&startDate=2026-12-24&endDate=2026-12-27&rooms=1"
        "&adults=2&sort=RECOMMENDED",
        "https://www.bahn.de/buchung/fahrplan/suche#sts=true&so=Berlin%20Hbf&zo=M%C3%BCnchen%20Hbf&hd=2026-12-24T08:00",
        "https://www.tripadvisor.com/Hotel_Review-g187147-d481726-Reviews-Hotel_Lumiere-Paris_Ile_de_France.html",
    ],
    "car parts": [
        "https://www.autodoc.de/ate/1726481",
        "https://www.autodoc.de/autoteile/bremsscheibe-10132/vw/golf/golf-iv-1j1/4817-1-9-tdi?page=2",
        "https://www.rockauto.com/en/catalog/volkswagen,2002,golf,1.9l+l4+turbo+diesel,1440481,brake+&+wheel+hub,"
        "brake+rotor,1896",
        "https://www.kfzteile24.de/ersatzteile-verschleissteile/bremsanlage/bremsscheibe?ktypnr=4817&search=1J0615301",
    ],
    "pharmacy": [
        "https://www.shop-apotheke.com/arzneimittel/4817260/ibuprofen-400-akut-20-st.htm",
        "https://www.docmorris.de/ibuprofen-ratiopharm-400-mg/04817260?pzn=04817260",
        "https://www.shop-apotheke.com/search.htm?q=vitamin+d3&i=1&sortBy=price_asc",
        "https://www.cvs.com/shop/cvs-health-allergy-relief-24-count-prodid-1726481?skuId=481726",
    ],
    "groceries": [
        "https://shop.rewe.de/p/ja-vollmilch-3-5-1l/8726481",
        "https://www.tesco.com/groceries/en-GB/products/301726481",
        "https://www.tesco.com/groceries/en-GB/shop/fresh-food/milk-butter-and-eggs/all?page=2&sortBy=price-ascending",
        "https://www.instacart.com/store/costco/products/17264810-kirkland-signature-eggs-24-ct",
        "https://www.ocado.com/search?entry=oat%20milk&dnr=y",
    ],
    "electronics": [
        "https://www.bestbuy.com/site/apple-airpods-pro-2nd-generation/4817260.p?skuId=4817260",
        "https://www.mediamarkt.de/de/product/_samsung-galaxy-s24-128-gb-onyx-black-2917260.html",
        "https://www.newegg.com/p/N82E16814126481?Item=N82E16814126481&cm_sp=Homepage_SS-_-P1_14-126-481",
        "https://www.bhphotovideo.com/c/product/1726481-REG/sony_a7_iv.html/overview",
        "https://www.alternate.de/Grafikkarten/RTX-4090?s=price_asc&filter_-2=true&page=2",
        "https://geizhals.de/?cat=gra16_512&xf=9816_03+05+17+-+RTX+4090&sort=p",
    ],
    "fashion": [
        "https://www2.hm.com/de_de/productpage.1172648001.html",
        "https://www.asos.com/asos-design/asos-design-oversized-t-shirt-in-black/prd/204817260#colourWayId="
        "204817261",
        "https://www.zara.com/de/de/wollmantel-p04817260.html?v1=348172603&v2=2419032",
        "https://www.uniqlo.com/de/de/products/E481726-000/00?colorDisplayCode=09&sizeDisplayCode=004",
        "https://www.aboutyou.de/p/nike/sneaker-air-force-1-4817260?vid=4817261&utm_source=tiktok&ttclid="
        "E.C.P.CsABAbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
    ],
    "b2b": [
        "https://www.wuerth.de/de/shop/schrauben/holzschrauben/0150-481726.html",
        "https://www.grainger.com/product/DAYTON-Motor-1-2-HP-4KH48",
        "https://uk.rs-online.com/web/p/resistors/1726481?gb=s",
        "https://www.mouser.de/ProductDetail/Texas-Instruments/LM317T?qs=481726%252BabcDEF%3D%3D",
        "https://www.digikey.com/en/products/filter/ceramic-capacitors/60?s=N4IgTCBcDaIAQGcDGAXMAGAHGALgWgCsAjEA",
        "https://b2b.industriebedarf.de/katalog/ARTNR-00004817260/?li_fat_id=1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
    ],
    "news": [
        "https://www.nytimes.com/2026/11/28/technology/ai-chips-export.html",
        "https://www.spiegel.de/wirtschaft/inflation-dezember-2026-a-4817260a-1b2c-4d3e-9f8a-7b6c5d4e3f2a",
        "https://www.bbc.co.uk/news/articles/c4817260391o",
        "https://www.lemonde.fr/economie/article/2026/11/28/le-prix-du-gaz_6481726_3234.html",
        "https://www.theguardian.com/world/live/2026/nov/28/news-live?page=with:block-6481726aa#block-6481726aa",
        "https://news.yahoo.co.jp/articles/4817260391abcdef0123456789abcdef01234567",
    ],
    "forums": [
        "https://www.reddit.com/r/buildapc/comments/1h48172/best_gpu_under_500_dec_2026/",
        "https://stackoverflow.com/questions/48172603/how-to-parse-url-query-in-python?answertab=votes#tab-top",
        "https://forum.example-cars.net/threads/golf-iv-brake-discs.481726/page-3#post-17264810",
        "https://www.motor-talk.de/forum/bremsscheiben-golf-4-t4817260.html?page=2",
        "https://discourse.example.org/t/release-notes-v2-10/4817/26",
    ],
    "video": [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL4817260391ABCDEF",
        "https://youtu.be/dQw4w9WgXcQ?si=8f3a2b1c9d7e6f5a",
        "https://vimeo.com/481726039",
        "https://www.tiktok.com/@quillandthread/video/7304817260391234567?is_from_webapp=1&sender_device=pc",
        "https://www.twitch.tv/videos/2481726039?t=01h02m03s",
    ],
    "ad clicks": [
        "https://www.fahrrad-werk.de/e-bikes/?gclid=Cj0KCQiA4817260391BhCnARIsAKZ8Ubc_wcB",
        "https://www.fahrrad-werk.de/e-bikes/?gad_source=1&gbraid=0AAAAADr481726&gclid=EAIaIQobChMI4817260",
        "https://www.fahrrad-werk.de/?wbraid=CjkKCQiA4817260391EiQA1726abcdefghijklmnopqrstuvwxyzAB",
        "https://www.fahrrad-werk.de/?msclkid=3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c&utm_source=bing&utm_medium=cpc",
        "https://www.fahrrad-werk.de/?ttclid=E.C.P.CsABAbCdEfGhIjKlMnOpQrStUvWxYz&utm_campaign=__CAMPAIGN_NAME__",
        "https://www.fahrrad-werk.de/?twclid=2-4817260391abcdefghijklmnop",
        "https://www.fahrrad-werk.de/?li_fat_id=1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
        "https://www.fahrrad-werk.de/?epik=dj0yJnU9Zm9vYmFyJnA9MCZuPWFiYyZ0PUFBQUFBR1Y",
        "https://www.fahrrad-werk.de/?ScCid=0a1b2c3d-4e5f-6789-abcd-ef0123456789",
        "https://www.fahrrad-werk.de/?dclid=CJa4817260391FQbHwQodAbC&utm_source=dv360",
        "https://www.fahrrad-werk.de/?yclid=4817260391234567890&utm_source=yandex",
        "https://www.fahrrad-werk.de/?_gl=1*1x2y3z*_ga*MTIzNDU2Nzg5MC4xNzAwMDAwMDAw*_ga_ABC123*MTcwMDAwMDAwMC4x",
        "https://www.fahrrad-werk.de/?mc_cid=4817260391&mc_eid=0f1e2d3c4b",
        f"https://www.fahrrad-werk.de/?{_TRACK}&fbclid=IwAR2x9Fq-7Lm3KpZ8vT4wQeRtY6uI1oP0aS",
        "https://www.fahrrad-werk.de/?utm_source=google&utm_medium=cpc&utm_campaign=17264810391&utm_term=e%20bike"
        "&utm_content=481726039&hsa_acc=4817260391&hsa_grp=172648103&hsa_kw=e%20bike&hsa_net=adwords",
        "https://www.fahrrad-werk.de/?irclickid=TxR4817260391abc&irgwc=1",
        "https://www.fahrrad-werk.de/?s_kwcid=AL!4817!3!648172603912!e!!g!!e%20bike&ef_id=Cj0KCQiA:G:s",
        "https://www.fahrrad-werk.de/?cjevent=4817260391abcdef0123456789abcdef&utm_source=cj",
    ],
    "spa routes": [
        "https://app.kartenwerk.example/#/products/4817?sort=price&page=2",
        "https://www.hotel-alpenblick.example/#!/rooms/deluxe-double/2026-12-24",
        "https://app.kartenwerk.example/#/checkout/shipping",
        "https://shop.example-spa.io/#/category/shoes/filter/size-43,color-black",
        "https://app.kartenwerk.example/?ref=nav#/search/winterreifen%20205%2F55%20R16",
    ],
    "scripts": [
        "https://www.ozon.ru/category/" + _p("смартфоны") + "-15502/?sorting=price",
        "https://www.wildberries.ru/catalog/" + _p("обувь") + "/4817260/detail.aspx",
        "https://www.example.co.jp/" + _p("家電") + "/" + _p("冷蔵庫") + "?page=2",
        "https://www.coupang.com/np/search?q=" + _p("노트북") + "&page=2",
        "https://item.jd.com/" + "100048172603.html?" + "keyword=" + _p("手机"),
        "https://www.noon.com/uae-ar/" + _p("هواتف-ذكية") + "/N48172603A/p/",
        "https://www.zap.co.il/" + _p("טלוויזיות") + "?sort=1",
        "https://www.skroutz.gr/c/40/" + _p("κινητά-τηλέφωνα") + ".html?order_by=pricevat",
        "https://www.flipkart.com/" + _p("मोबाइल") + "/p/itm4817260391?pid=MOBG4817260",
        "https://shopee.co.th/" + _p("โทรศัพท์มือถือ") + "-cat.11044951?page=1",
        "https://www.trendyol.com/" + _p("kadın-çanta") + "-x-g1-c117?pi=2",
        "https://www.emag.ro/" + _p("telefoane-mobile") + "/c?ref=hp_menu_quick-nav_1_1",
    ],
    "idn and ports": [
        "https://www.bücher-stube.de/romane/der-zauberberg-978-3-596-29433-6",
        "https://xn--bcher-stube-5ob.de/suche?q=zauberberg&seite=2",
        "https://магазин.example.ru/catalog/4817?sort=price",
        "https://shop.example.com:8443/products/4817260?variant=2",
        "http://localhost:3000/products/linen-apron-olive?preview_theme_id=148172603912",
        "https://staging.gartenzauber.de:8080/produkt/hochbeet-laerche-200x100/",
        "https://www.müller.de/p/nivea-creme-150-ml/481726/",
    ],
}
# The text leaves an ordinary URL is put in (each URL of a platform in one of them, in turn).
ORDINARY_TEXT_PLACES = ["custom property", "page title", "search string", "product name",
                        "listed custom property"]


def ordinary_cases() -> Iterator[Ordinary]:
    count = 0
    for platform, urls in ORDINARY_URLS.items():
        for url in urls:
            yield (f"{platform} as page URL: {url}", "page", {"url": url}, url)
            yield (f"{platform} as referrer: {url}", "page", {"referrer": url}, url)
            if count % 3 == 0:
                where = ORDINARY_TEXT_PLACES[(count // 3) % len(ORDINARY_TEXT_PLACES)]
                yield (f"{platform} @ {where}: {url}", *place(where, url, "52"), url)
            count += 1
