"""Letters of every script that Unicode's confusables data draws as one ASCII letter: generated data, no code.

Source: Unicode's confusables.txt (UTS #39 security data, version 15.1.0), as carried by the confusable-homoglyphs
3.3.1 wheel's confusables.json; kept: single letters (categories L*) outside ASCII without a compatibility
decomposition whose prototype is one ASCII letter, or else one ASCII letter under combining marks (Cherokee `Ꮎ`, `O̵`;
Greek `θ`). Each pair is the letter and the ASCII letter it draws.
"""

CONFUSABLE_LETTERS = (
    "ÐD ØO øo ĐD đd ĦH ħh ıi ŁL łl ŦT ŧt ƀb Ƃb ƃb Ƅb ƉD ƌd ƍg ƑF ƒf Ɩl Ɨl ƙk ƚl ƝN ƞn ƟO ƥp ƦR ƭt ƮT ƴy ƵZ ƶz ƽs ǀl "
    "ǤG ǥg ȤZ ȥz ȼc ȾT ɄU ɆE ɇe ɈJ ɉj ɍr ɎY ɏy ɑa ɓb ɖd ɗd ɠg ɡg ɣy ɦh ɨi ɩi ɪi ɫl ɭl ɯw ɳn ɵo ɼr ɽr ʂs ʋu ʏy ʐz ʠq "
    "ͿJ ΑA ΒB ΕE ΖZ ΗH ΘO Ιl ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX αa γy ηn θO ιi νv οo ρp σo υu ϜF ϳj ϺM ЅS Іl ЈJ АA Бb ВB ЕE КK "
    "МM НH ОO РP СC ТT УY ХX Ьb аa гr еe оo рp сc уy хx ѕs іi јj ћh ѡw Ѣb ѣb ѲO ѳo ѴV ѵv ѽw Ҍb ҍb ғr ҚK ҞK ҢH ҪC ҫc "
    "ҬT ҮY үy ҰY ұy ҲX һh ҽe ҿe Ӏl ӇH ӉH ӍM ӏi ӨO өo ԁd ԌG ԛq ԜW ԝw ՍU ՏS ՕO աw գq զq հh ոn ռn սu ցg քf օo ଠO ഠo ဝo "
    "ყy ჿo ሀU ዐO ᎠD ᎡR ᎢT Ꭵi ᎩY ᎪA ᎫJ ᎬE ᎳW ᎷM ᎻH ᎽY ᎾO ᏀG Ꮒh ᏃZ ᏌU Ꮟb ᏒR ᏔW ᏕS ᏙV ᏚS ᏞL ᏟC ᏢP ᏦK Ꮷd ᏫO Ᏺh ᏳG ᏴB ᐯV "
    "ᑌU ᑭP ᑯd ᑲb ᑳb ᒍJ ᒪL ᕁx ᕼH ᕽx ᖇR ᖯb ᖴF ᗅA ᗞD ᗪD ᗰM ᗷB ᚷX ᛁl ᛕK ᛖM ᴄc ᴏo ᴑo ᴜu ᴠv ᴡw ᴢz ᴦr ᵮf ᵰn ᵲr ᵴs ᵵt ᵶz ᵻi "
    "ᵼi ᵽp ᵾu ᶃg ᶌy ẝf ỿy ⱧH ⱩK ⲅr ⲎH Ⲓl ⲔK ⲘM ⲚN ⲞO ⲟo ⲢP ⲣp ⲤC ⲥc ⲦT ⲨY ⲬX ⳐL ⴱO ⴸV ⴹE ⵁO ⵏl ⵔO ⵕQ ⵝX ꓐB ꓑP ꓒd ꓓD "
    "ꓔT ꓖG ꓗK ꓙJ ꓚC ꓜZ ꓝF ꓟM ꓠN ꓡL ꓢS ꓣR ꓦV ꓧH ꓪW ꓫX ꓬY ꓮA ꓰE ꓲl ꓳO ꓴU ꙇi ꚕh ꛟV ꜱs ꝀK ꝊO ꝋo ꝡw ꞘF ꞙf ꞟu ꞲJ ꞳX ꞴB ꬲe "
    "ꬵf ꬽo ꬾo ꭇr ꭈr ꭎu ꭒu ꭚy ꭴo ꭵi ꮁr ꮃw ꮎo ꮓz ꮜu ꮩv ꮪs ꮯc ꮻo 𐊂B 𐊆E 𐊇F 𐊊l 𐊐X 𐊒O 𐊕P 𐊖S 𐊗T 𐊠A 𐊡B 𐊢C 𐊥F 𐊫O 𐊰M 𐊱T 𐊲Y 𐊴X "
    "𐋏H 𐌁B 𐌂C 𐌉l 𐌑M 𐌕T 𐌗X 𐐄O 𐐕C 𐐛L 𐐠S 𐐬o 𐐽c 𐑈s 𐒴R 𐓂O 𐓎U 𐓪o 𐓶u 𐔓N 𐔖O 𐔘K 𐔜C 𐔝V 𐔥F 𐔦L 𐔧X 𑓅w 𑜆v 𑜊w 𑜎w 𑜏w 𑢠V 𑢢F 𑢣L 𑢤Y 𑢦E "
    "𑢩Z 𑢮E 𑢲L 𑢵O 𑢸U 𑢼T 𑣀v 𑣁s 𑣂F 𑣃i 𑣄z 𑣈o 𑣗o 𑣘u 𑣜y 𖼈V 𖼊T 𖼖L 𖼨l 𖼵R 𖼺S 𖽀A 𖽂U 𖽃Y "
).split()
