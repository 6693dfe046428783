#!/usr/bin/env python3
"""Writes a deterministic RMC/DUO list for the list-import benchmark.

make-list.py ROWS SEED > lijst.csv   (UTF-8 with BOM, ';', CRLF; every 1,000th row has a bad BSN)
"""
import datetime
import random
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
rnd = random.Random(seed)
today = datetime.date.today()
places = ["Den Haag", "'s-Gravenhage", "Delft", "Zoetermeer", "Westland", "Rijswijk", "Wassenaar",
          "Leidschendam-Voorburg", "Pijnacker-Nootdorp", "Midden-Delfland"]
given = ["Ayşe", "Mohammed", "Sanne", "Daan", "Fatima", "Emre", "Lotte", "Gül", "Noah", "Chaimae"]
family = ["Öztürk", "Çelik", "Jansen", "de Vries", "Bakker", "El Amrani", "Visser", "Yılmaz", "Smit", "Boukhari"]


def bsn(n):
    while True:
        body = f"{n % 100_000_000:08d}"
        check = sum((9 - i) * int(c) for i, c in enumerate(body)) % 11
        if check < 10 and body + str(check) != "000000000":
            return body + str(check)
        n += 1


out = sys.stdout.buffer
out.write("\ufeffBSN;Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;Postcode;Huisnummer;Gemeente;School;BRIN;"
          "Opleiding;Datum uitschrijving;Reden\r\n".encode("utf-8"))
for i in range(rows):
    number = "123456789" if i % 1000 == 999 else bsn(seed * 10_000_019 + i * 13)
    born = today - datetime.timedelta(days=rnd.randint(16 * 366, 27 * 365))
    left = today - datetime.timedelta(days=rnd.randint(1, 300))
    line = ";".join([number, f"{rnd.choice(family)}{seed}x{i}", "", rnd.choice(given), born.strftime("%d-%m-%Y"),
                     f"{rnd.randint(1000, 9999)} {rnd.choice('ABCDEFGH')}{rnd.choice('JKLMNP')}",
                     str(rnd.randint(1, 300)), rnd.choice(places), "ROC Mondriaan", "25LX", "Verzorgende IG",
                     left.strftime("%d-%m-%Y"), '"Geen startkwalificatie; verhuisd"'])
    out.write((line + "\r\n").encode("utf-8"))
