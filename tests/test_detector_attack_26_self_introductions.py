"""The twenty-sixth attack's self-introductions (tests/privacy_attack_cases_26.py): "my name is", "I am" and "they
call me" in the languages of Southeast Asia, the Caucasus, the Horn of Africa, West Africa, Central Asia, the
Pacific, the Nordic and Baltic countries, Greece and Israel; in Latin letters before a full name, in the scripts
without capitals (or whose capitals the canonical form folds) before a given and a family name and the language's
copula or closing words, in Thai, Lao and Khmer after a blank, in Hawaiian the name between `ʻo` and `koʻu inoa`. With
the near misses each rule leaves alone: the book and film titles translated into those languages, whose one word
follows "my name is" (`Tên tôi là Đỏ`, `Nimeni on Punainen`, `მე მქვია წითელი`), slogans and the Nordic title with a
full name (`Mitt namn är Lucy Barton`)."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize("text", [
    # Latin letters: a full name after the phrase, opening the text or a clause
    "Tên tôi là Trần Thị Hoa, tôi muốn đổi size",
    "Ten toi la Tran Thi Hoa",
    "Xin chào, tôi là Lê Minh Khoa, cho tôi hỏi đơn hàng",
    "Chào shop, em tên là Nguyễn Lan, em muốn đổi hàng",
    "Magandang araw! Ako si Maricel Dimaculangan, taga-Cebu.",
    "Ako si Maricel Dimaculangan, taga-Cebu",
    "Ang pangalan ko ay Jericho Macapagal",
    "Halo, nama saya Siti Rahmawati dari Bandung",
    "Nama saya Nurul Izzati binti Ahmad",
    "Salam, mənim adım Leyla Hüseynova",
    "Mening ismim Dilnoza Toshpulatova",
    "Magacaygu waa Cabdiraxmaan Xasan",
    "Orúkọ mi ni Adébáyọ̀ Ọlátúnjí",
    "Aha m bụ Chukwuemeka Okonkwo",
    "Maa ngi tudd Mamadou Diop",
    "Sama tur mooy Awa Ndiaye",
    "O loʻu igoa o Sione Tuilagi",
    "Ko hoku hingoa ko Sione Fifita",
    "Hei, jeg heter Ingrid Haugstveit og har et spørsmål",
    "Hej! Jag heter Astrid Lindqvist, var är mitt paket?",
    "Jeg hedder Mette Kjærgaard",
    "Nimeni on Aino Virtanen",
    "Minu nimi on Kadri Tamm",
    "Mani sauc Jānis Bērziņš",
    "Mano vardas Jonas Kazlauskas",
    "Me lene Giorgos Papadopoulakis",
    # scripts without capitals, or folded: a given and a family name, the copula or closing words after them or not
    "สวัสดีครับ ผมชื่อ สมชาย ศรีสุวรรณวงศ์ ครับ",
    "ดิฉันชื่อ มาลี ใจดี",
    "ខ្ញុំឈ្មោះ ស្រីនាង ហេងសំណាង",
    "ຂ້ອຍຊື່ ບຸນມີ ພົມມະຈັນ",
    "ကျွန်မနာမည် ခင်မာဝင်းထွဋ် ပါ",
    "მე მქვია ნინო გელაშვილი",
    "Իմ անունը Արամ Մկրտչյան է",
    "ስሜ ሰላም ወልደጊዮርጊስ ነው",
    "ስመይ ሚካኤል ተስፋጽዮን እዩ",
    "Менің атым Айгерім Жақсыбекова",
    "Менинг исмим Дилноза Тошпулатова",
    "Миний нэр Дорждагва Болормаа",
    "Ονομάζομαι Γιώργος Παπαδοπουλάκης",
    "שמי נועה אברמוביץ",
    "קוראים לי נועה אברמוביץ",
    # Hawaiian: the name between the opening and closing words
    "ʻO Kaleo Kealoha koʻu inoa",
    "Aloha! ʻO Kaleo Kealoha koʻu inoa.",
])
def test_a_self_introduction_of_the_twenty_sixth_attacks_languages_is_read(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    # a title's one word after "my name is", in each language it is translated into, with its author or not
    "Tên tôi là Đỏ - Orhan Pamuk",
    "Tên tôi là Đỏ",
    "Minu nimi on Punane – Orhan Pamuk",
    "Nimeni on Punainen - Orhan Pamuk",
    "Mani sauc Sarkans",
    "Mano vardas Raudonas",
    "Me lene Kokkino - Orhan Pamouk",
    "Με λένε Κόκκινο - Ορχάν Παμούκ",
    "Με λένε Κόκκινο",
    "მე მქვია წითელი",
    "Իմ անունը Կարմիր է",
    "שמי אדום",
    "Менің атым Қызыл",
    "ผมชื่อ แดง",
    # "I am" and the name as a whole text: a slogan's, a film's
    "Ako si Ninoy (DVD)",
    "Tôi là Người Việt",
    "Tôi là Người Việt T-shirt",
    # the Nordic "my name is" before a full name: a book's title
    "Mitt namn är Lucy Barton – Elizabeth Strout",
    # the phrase's words elsewhere
    "Orúkọ Mi – Yoruba naming ceremony book",
    "Nama Produk: Batik Tulis",
    "Aloha ʻOe songbook",
    "Ko Aotearoa Tōku Kāinga",
    "Jeg heter ikke Kari",
])
def test_the_titles_and_slogans_shaped_like_them_go_out(text: str) -> None:
    assert detector.reason(text) == ""
