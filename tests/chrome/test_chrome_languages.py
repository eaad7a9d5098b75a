"""CHROME001 beyond Chinese and English: the phrase lists of German, French, Spanish,
Portuguese, Italian, Russian and Indonesian pages, and headings in those languages that open
with a furniture word but are content. Every text here was written for these tests.
"""
from __future__ import annotations

import pytest

BODY_DE = ("Die Stadt hat am Montag ein neues Radwegenetz vorgestellt, das bis 2030 alle Stadtteile verbinden soll.\n"
           "Die Kosten von rund zwölf Millionen Euro teilen sich Land und Kommune, wie der Bürgermeister erklärte.\n")

PAGES = {
    "de": ("Startseite\n" + BODY_DE + "Artikel teilen\nHinterlasse einen Kommentar\n"
           "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert.\n"
           "Impressum\nDatenschutz\n", [1, 4, 5, 6, 7, 8]),
    "fr": ("Accueil\nLa mairie a présenté lundi un nouveau réseau de pistes cyclables qui reliera tous les quartiers.\n"
           "Partager cet article\nÀ lire aussi\nMentions légales\n", [1, 3, 4, 5]),
    "es": ("Inicio\nEl ayuntamiento presentó el lunes una nueva red de carriles bici que unirá todos los barrios.\n"
           "Compartir en Facebook\nNoticias relacionadas\nPolítica de privacidad\n", [1, 3, 4, 5]),
    "pt": ("Página inicial\nA prefeitura apresentou na segunda-feira uma nova rede de ciclovias para toda a cidade.\n"
           "Leia também\nPolítica de privacidade\nTodos os direitos reservados.\n", [1, 3, 4, 5]),
    "it": ("Il comune ha presentato lunedì una nuova rete di piste ciclabili che collegherà tutti i quartieri.\n"
           "Condividi su Facebook\nLeggi anche\nTutti i diritti riservati\n", [2, 3, 4]),
    "ru": ("Главная\nМэрия в понедельник представила новую сеть велосипедных дорожек для всех районов города.\n"
           "Читайте также\nВсе права защищены.\n", [1, 3, 4]),
    "id": ("Beranda\nPemerintah kota pada hari Senin memperkenalkan jaringan jalur sepeda baru untuk semua wilayah.\n"
           "Baca juga\nKebijakan privasi\n", [1, 3, 4]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_furniture_of_pages_in_other_languages(check, lang):
    text, rows = PAGES[lang]
    assert check(text, "CHROME001").rows() == rows


HEADINGS = (
    "Suche nach Überlebenden geht weiter\n"
    "Die Einsatzkräfte arbeiten seit Stunden in den Trümmern, unterstützt von Hunden und Drohnen.\n\n"
    "Accueil des réfugiés à Paris\n"
    "La mairie a ouvert trois nouveaux centres cette semaine pour héberger les familles arrivées.\n\n"
    "Compartir es vivir\n"
    "El proyecto vecinal reparte cada sábado los alimentos que sobran en los mercados del barrio.\n\n"
    "Поиск пропавших продолжается\n"
    "Спасатели работают на месте обрушения уже вторые сутки, сообщили в министерстве.\n\n"
    "Главная новость дня\n"
    "Парламент принял закон о бесплатном проезде для школьников в пригородных поездах.\n\n"
    "Condividi la tua storia\n"
    "Il museo raccoglie le testimonianze degli abitanti sul terremoto del 1980.\n\n"
    "Beranda rumah kami menghadap ke sawah\n"
    "Setiap pagi kami minum kopi di sana sambil melihat petani mulai bekerja.\n")


def test_headings_opening_with_a_furniture_word_are_content(check):
    # a one-word phrase of a space-separated script (Поиск, Главная, Beranda) needs a separator
    # after it, as an English one does; only CJK phrases stand without one
    assert check(HEADINGS).diagnostics == []
