#!/usr/bin/env python3
"""Generate the crimegraph sample case ("Operation Tidewater", invented).

Deterministic: the same script always writes the same CSV files (fixed seed, no clock).
Run from anywhere:  python3 sample-data/generate.py
Every person, phone number, account, vehicle, address and report here is invented.
Phone numbers come from ranges reserved for fiction (UK Ofcom +44 7700 900xxx,
French ARCEP 06 39 98 xx xx); IBANs are well-formed (mod-97 valid) but belong to
invented banks; addresses are neighbourhood-level placeholders, never real homes.
"""
import csv
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240117)

# --------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------
REPORTS = [
    # reportId, agency, receivedAt, caseId, grade, handling, summary
    ("RPT-001", "NCA", "2024-01-17T09:30:00Z", "NCA-OP-TIDEWATER", "1B", "P",
     "Opening assessment: organised crime group moving people, cigarettes and cocaine from Calais/Dunkirk to Kent and London."),
    ("RPT-002", "OFAST", "2024-01-24T14:05:00Z", "OFAST-2024-059", "1B", "P",
     "Calais logistics cell: warehouse loading of HGV trailers, identification of members."),
    ("RPT-003", "Police aux frontières", "2024-02-02T08:40:00Z", "PAF-CAL-2024-033", "2B", "P",
     "Dunkirk (Grande-Synthe) recruitment cell: persons organising clandestine passages."),
    ("RPT-004", "Gendarmerie nationale", "2024-02-12T17:20:00Z", "GN-DKK-2024-017", "2C", "P",
     "Addresses of the Dunkirk cell; meeting observed in Grande-Synthe."),
    ("RPT-005", "DNRED", "2024-02-20T10:00:00Z", "DNRED-2024-0210", "1A", "C",
     "Customs financial enquiry: payments for cigarette consignments, French accounts."),
    ("RPT-006", "Border Force", "2024-03-01T06:15:00Z", "BF-2024-0312", "1A", "P",
     "ANPR and manifest records of vehicles arriving at the Port of Dover."),
    ("RPT-007", "Border Force", "2024-03-08T06:45:00Z", "BF-2024-0312", "1B", "P",
     "ANPR records of vehicles at the Folkestone Eurotunnel terminal."),
    ("RPT-008", "Police aux frontières", "2024-03-11T12:00:00Z", "PAF-CAL-2024-033", "1A", "P",
     "Outbound controls: vehicles at the Port of Calais and Eurotunnel Coquelles."),
    ("RPT-009", "Kent Police", "2024-03-19T15:30:00Z", "KENT-24-0871", "2B", "P",
     "Dover/Kent drivers: identities, addresses and vehicles of the haulage yard."),
    ("RPT-010", "Metropolitan Police", "2024-03-27T11:10:00Z", "MPS-24-1142", "2B", "P",
     "London distribution cell: identities and addresses."),
    ("RPT-011", "Metropolitan Police", "2024-04-05T19:45:00Z", "MPS-24-1187", "3C", "C",
     "Informant: a courier supplies a small drop-off group in east London."),
    ("RPT-012", "NCA", "2024-04-16T09:00:00Z", "NCA-OP-TIDEWATER", "1B", "C",
     "Call data records for UK mobile numbers attributed to the group."),
    ("RPT-013", "OFAST", "2024-04-23T16:20:00Z", "OFAST-2024-059", "1B", "C",
     "Judicial interceptions: call records for French mobile numbers."),
    ("RPT-014", "NCA", "2024-05-06T10:30:00Z", "NCA-FIN-2024-044", "2C", "P",
     "Financial intelligence: UK accounts receiving cash deposits and onward transfers."),
    ("RPT-015", "DNRED", "2024-05-14T13:00:00Z", "DNRED-2024-0210", "2B", "P",
     "French vehicles and crossings at the Port of Dunkirk."),
    ("RPT-016", "OFAST", "2024-05-29T18:00:00Z", "OFAST-2024-071", "2C", "C",
     "Surveillance: two discreet meetings of the presumed head of the network in Lille."),
    ("RPT-017", "NCA", "2024-06-10T08:50:00Z", "NCA-OP-TIDEWATER", "3C", "P",
     "Informant reporting on relationships between members."),
    ("RPT-018", "Kent Police", "2024-06-18T14:40:00Z", "KENT-24-0933", "3D", "P",
     "Anonymous call about a haulier's lorry at Dover; not corroborated."),
    ("RPT-019", "Gendarmerie nationale", "2024-06-25T09:15:00Z", "GN-CAL-2024-041", "3E", "P",
     "Anonymous letter naming a Calais resident; assessed as probably malicious."),
    ("RPT-020", "Metropolitan Police", "2024-07-15T21:00:00Z", "MPS-24-1142", "2A", "P",
     "Observation of meetings in London (pub and lock-up garage)."),
    ("RPT-021", "Border Force", "2024-07-30T07:30:00Z", "BF-2024-0388", "2B", "C",
     "Recurring HGV route Calais-Dover-London used for concealed loads."),
    ("RPT-022", "Police aux frontières", "2024-08-06T10:10:00Z", "PAF-CAL-2024-047", "2B", "P",
     "Recurring van route Dunkirk-Coquelles-Folkestone-London."),
    ("RPT-023", "NCA", "2024-08-20T12:00:00Z", "NCA-OP-TIDEWATER", "1C", "P",
     "Attribution of mobile numbers to subjects (subscriber checks)."),
    ("RPT-024", "OFAST", "2024-09-03T15:00:00Z", "OFAST-2024-071", "1B", "P",
     "Presumed head of the network: identity, phone, account, vehicle."),
    ("RPT-025", "Kent Police", "2024-09-17T11:25:00Z", "KENT-24-1010", "2C", "P",
     "Couple in Folkestone reported by a neighbour; no link to the group found."),
    ("RPT-026", "Gendarmerie nationale", "2024-10-01T09:40:00Z", "GN-DKK-2024-017", "2B", "P",
     "Call records of the Dunkirk cell."),
    ("RPT-027", "Border Force", "2024-10-22T08:00:00Z", "BF-2024-0451", "1B", "P",
     "Convoy observed at Calais and Dover: van and HGV travelling together."),
    ("RPT-028", "NCA", "2024-11-12T10:00:00Z", "NCA-FIN-2024-044", "2B", "C",
     "Money flows from the London cell to accounts in France; the Lille accountant."),
]

# --------------------------------------------------------------------------------------------
# Persons: id, name, aliases, dob, nationality, group, reportId
# --------------------------------------------------------------------------------------------
PERSONS = [
    # leader (the "head"), seen only through his brother and the accountant
    ("P001", "Olivier Marchand", "Le Vieux", "1966-04-11", "FR", "LEAD", "RPT-024"),
    # CAL: Calais logistics cell
    ("P002", "Julien Marchand", "Ju", "1974-09-02", "FR", "CAL", "RPT-002"),
    ("P003", "Sébastien Lefèvre", "", "1979-01-23", "FR", "CAL", "RPT-002"),
    ("P004", "Nadia Haddad", "", "1985-06-30", "FR", "CAL", "RPT-002"),
    ("P005", "Thomas Caron", "", "1990-11-14", "FR", "CAL", "RPT-002"),
    ("P006", "Kévin Dubois", "Kéké", "1993-03-08", "FR", "CAL", "RPT-002"),
    ("P007", "Mélanie Roussel", "", "1981-12-19", "FR", "CAL", "RPT-002"),
    ("P008", "Florian Petit", "", "1988-07-05", "FR", "CAL", "RPT-002"),
    ("P009", "Arnaud Delattre", "", "1976-02-27", "FR", "CAL", "RPT-002"),
    ("P010", "Yannick Boulanger", "Le Docker|Yann", "1972-10-16", "FR", "BROKER", "RPT-002"),
    # DKK: Dunkirk recruitment cell
    ("P011", "Ardit Hoxha", "Ari", "1987-05-21", "AL", "DKK", "RPT-003"),
    ("P012", "Rebaz Karim", "", "1991-08-09", "IQ", "DKK", "RPT-003"),
    ("P013", "Dilan Karim", "", "1995-01-17", "IQ", "DKK", "RPT-003"),
    ("P014", "Gentian Shehu", "", "1984-04-02", "AL", "DKK", "RPT-003"),
    ("P015", "Nguyen Van Long", "Long", "1983-12-01", "VN", "DKK", "RPT-003"),
    ("P016", "Tran Thi Mai", "", "1986-06-12", "VN", "DKK", "RPT-003"),
    ("P017", "Ludovic Vandamme", "Ludo", "1978-09-28", "FR", "DKK", "RPT-003"),
    ("P018", "Sarah Deconinck", "", "1992-02-14", "FR", "DKK", "RPT-003"),
    ("P019", "Hawre Mahmoud", "", "1994-10-30", "IQ", "DKK", "RPT-003"),
    # KENT: Dover/Kent drivers cell (P020 is the haulage-yard owner and a broker)
    ("P020", "Gary Whitfield", "Whitey", "1969-03-03", "GB", "BROKER", "RPT-009"),
    ("P021", "Darren Cooke", "", "1980-08-18", "GB", "KENT", "RPT-009"),
    ("P022", "Lee Masters", "Lenny", "1977-05-25", "GB", "KENT", "RPT-009"),
    ("P023", "Stacey Pearce", "", "1983-11-07", "GB", "KENT", "RPT-009"),
    ("P024", "Craig Dunmore", "", "1989-01-29", "GB", "KENT", "RPT-009"),
    ("P025", "Wayne Ashby", "", "1975-07-13", "GB", "KENT", "RPT-009"),
    ("P026", "Ryan Holloway", "", "1991-04-04", "GB", "KENT", "RPT-009"),
    ("P027", "Paul Kettering", "", "1968-12-22", "GB", "KENT", "RPT-009"),
    ("P028", "Dean Saunders", "", "1986-09-15", "GB", "KENT", "RPT-009"),
    ("P029", "Michelle Harker", "", "1982-03-19", "GB", "KENT", "RPT-009"),
    # LDN: London distribution cell (P039 is the courier)
    ("P030", "Arben Krasniqi", "Beni", "1980-06-06", "AL", "LDN", "RPT-010"),
    ("P031", "Erion Dema", "", "1988-02-11", "AL", "LDN", "RPT-010"),
    ("P032", "Marcus Reid", "", "1984-10-03", "GB", "LDN", "RPT-010"),
    ("P033", "Jamal Osei", "", "1990-05-27", "GB", "LDN", "RPT-010"),
    ("P034", "Hoang Minh Tuan", "Tony", "1987-08-20", "VN", "LDN", "RPT-010"),
    ("P035", "Kelly Brennan", "", "1993-12-09", "GB", "LDN", "RPT-010"),
    ("P036", "Liam O'Connor", "", "1985-03-16", "IE", "LDN", "RPT-010"),
    ("P037", "Besnik Gashi", "", "1982-07-31", "AL", "LDN", "RPT-010"),
    ("P038", "Tyrone Blake", "", "1996-01-05", "GB", "LDN", "RPT-010"),
    ("P039", "Danny Fisher", "Fish", "1994-09-12", "GB", "COURIER", "RPT-011"),
    # broker between London and the money cell
    ("P040", "Nathan Cole", "", "1979-11-28", "GB", "BROKER", "RPT-014"),
    # MONEY: money-laundering cell (P041 the Lille accountant, lieutenant of the leader)
    ("P041", "Claire Fontaine", "", "1971-02-08", "FR", "MONEY", "RPT-005"),
    ("P042", "Hugo Mercier", "", "1983-05-19", "FR", "MONEY", "RPT-005"),
    ("P043", "Alistair Grant", "", "1970-08-24", "GB", "MONEY", "RPT-014"),
    ("P044", "Fiona McLeod", "", "1976-10-10", "GB", "MONEY", "RPT-014"),
    ("P045", "Benoît Lambert", "", "1980-01-31", "FR", "MONEY", "RPT-005"),
    # DROP: east-London drop-off group, reached only through the courier
    ("P046", "Callum Price", "", "1997-04-23", "GB", "DROP", "RPT-011"),
    ("P047", "Jade Turner", "", "1998-06-17", "GB", "DROP", "RPT-011"),
    ("P048", "Mehmet Yılmaz", "Memo", "1990-03-02", "TR", "DROP", "RPT-011"),
    ("P049", "Bogdan Ionescu", "", "1989-12-28", "RO", "DROP", "RPT-011"),
    # PERIPHERAL: mentioned in reports, no link to anyone in the network
    ("P050", "Émilie Garnier", "", "1958-07-07", "FR", "PERIPH", "RPT-004"),
    ("P051", "Robert Hughes", "Bob", "1963-02-15", "GB", "PERIPH", "RPT-018"),
    ("P052", "Dritan Leka", "", "1985-11-11", "AL", "PERIPH", "RPT-017"),
    ("P053", "Sophie Laurent", "", "1990-09-09", "FR", "PERIPH", "RPT-019"),
    ("P054", "Ian Pritchard", "", "1972-06-01", "GB", "PERIPH", "RPT-025"),
    ("P055", "Karen Pritchard", "", "1974-08-21", "GB", "PERIPH", "RPT-025"),
    ("P056", "Vo Thi Hoa", "", "2001-05-14", "VN", "PERIPH", "RPT-003"),
]
GROUP = {p[0]: p[5] for p in PERSONS}

def members(*groups):
    return [p[0] for p in PERSONS if p[5] in groups]

CELLS = {
    "CAL": members("CAL") + ["P010"],
    "DKK": members("DKK"),
    "KENT": members("KENT") + ["P020"],
    "LDN": members("LDN") + ["P039"],
    "MONEY": members("MONEY"),
    "DROP": members("DROP"),
}

# --------------------------------------------------------------------------------------------
# Locations
# --------------------------------------------------------------------------------------------
LOCATIONS = [
    # locationId, name, country, kind, lat, lon, reportId
    ("L001", "Port of Calais", "FR", "port", "50.9650", "1.8620", "RPT-008"),
    ("L002", "Port of Dover", "GB", "port", "51.1265", "1.3300", "RPT-006"),
    ("L003", "Eurotunnel terminal, Coquelles", "FR", "border_crossing", "50.9230", "1.8100", "RPT-008"),
    ("L004", "Eurotunnel terminal, Folkestone", "GB", "border_crossing", "51.0940", "1.1330", "RPT-007"),
    ("L005", "Port of Dunkirk (Loon-Plage ferry terminal)", "FR", "port", "51.0150", "2.2150", "RPT-015"),
    ("L006", "Calais", "FR", "city", "50.9513", "1.8587", "RPT-002"),
    ("L007", "Dunkirk", "FR", "city", "51.0344", "2.3768", "RPT-003"),
    ("L008", "Dover", "GB", "city", "51.1279", "1.3134", "RPT-009"),
    ("L009", "London", "GB", "city", "51.5072", "-0.1276", "RPT-010"),
    ("L010", "Lille", "FR", "city", "50.6292", "3.0573", "RPT-016"),
    ("L011", "Grande-Synthe", "FR", "city", "51.0150", "2.3030", "RPT-004"),
    ("L012", "Folkestone", "GB", "city", "51.0814", "1.1695", "RPT-025"),
    # addresses: neighbourhood-level placeholders (invented, no street numbers)
    ("L101", "Warehouse unit, industrial zone east of Calais", "FR", "address", "50.94", "1.90", "RPT-002"),
    ("L102", "House, Calais-Nord (Marchand/Roussel)", "FR", "address", "50.96", "1.85", "RPT-002"),
    ("L103", "Flat, Beau-Marais, Calais (Caron/Dubois)", "FR", "address", "50.96", "1.88", "RPT-002"),
    ("L104", "Flat, Calais centre (Lefèvre)", "FR", "address", "50.95", "1.86", "RPT-002"),
    ("L105", "House, Coquelles (Boulanger)", "FR", "address", "50.93", "1.80", "RPT-002"),
    ("L106", "House, Grande-Synthe (Karim brothers/Mahmoud)", "FR", "address", "51.01", "2.30", "RPT-004"),
    ("L107", "Flat, Dunkirk centre (Nguyen/Tran)", "FR", "address", "51.03", "2.37", "RPT-004"),
    ("L108", "House, Gravelines (Vandamme)", "FR", "address", "50.99", "2.13", "RPT-004"),
    ("L109", "Haulage yard, Whitfield, Dover outskirts", "GB", "address", "51.15", "1.29", "RPT-009"),
    ("L110", "House, Dover (Masters/Pearce)", "GB", "address", "51.13", "1.30", "RPT-009"),
    ("L111", "Flat, Folkestone (Cooke)", "GB", "address", "51.08", "1.17", "RPT-009"),
    ("L112", "Flat, Deal (Harker)", "GB", "address", "51.22", "1.40", "RPT-009"),
    ("L113", "Flat, Barking, London (Dema/Gashi)", "GB", "address", "51.54", "0.08", "RPT-010"),
    ("L114", "House, Lewisham, London (Krasniqi)", "GB", "address", "51.46", "-0.01", "RPT-010"),
    ("L115", "Flat, Tottenham, London (Reid)", "GB", "address", "51.60", "-0.07", "RPT-010"),
    ("L116", "Flat, Stratford, London (Fisher)", "GB", "address", "51.54", "-0.00", "RPT-011"),
    ("L117", "Flat, Ilford, London (Price/Turner)", "GB", "address", "51.56", "0.07", "RPT-011"),
    ("L118", "House, Lille, Vieux-Lille (Fontaine)", "FR", "address", "50.64", "3.06", "RPT-005"),
    ("L119", "Flat, Roubaix (Mercier/Lambert)", "FR", "address", "50.69", "3.18", "RPT-005"),
    ("L120", "Villa near Wimereux (O. Marchand)", "FR", "address", "50.77", "1.61", "RPT-024"),
    ("L121", "House, Calais-Sud (Garnier)", "FR", "address", "50.94", "1.84", "RPT-004"),
    ("L122", "House, Folkestone (Pritchard)", "GB", "address", "51.09", "1.16", "RPT-025"),
    ("L123", "Flat, Dunkirk-Malo (Vo)", "FR", "address", "51.05", "2.39", "RPT-003"),
    # meeting venues
    ("L201", "Restaurant, Lille centre", "FR", "address", "50.637", "3.063", "RPT-016"),
    ("L202", "Hotel bar, Lille-Europe", "FR", "address", "50.639", "3.075", "RPT-016"),
    ("L203", "Pub, Bermondsey, London", "GB", "address", "51.498", "-0.068", "RPT-020"),
    ("L204", "Lock-up garage, Leyton, London", "GB", "address", "51.560", "-0.010", "RPT-020"),
    ("L205", "Motorway services near Folkestone", "GB", "address", "51.090", "1.100", "RPT-009"),
]

# --------------------------------------------------------------------------------------------
# Addresses (who lives where). Shared addresses stay inside a cell.
# --------------------------------------------------------------------------------------------
ADDRESSES = [
    # reportId, personId, locationId, from, to
    ("RPT-024", "P001", "L120", "2015-06-01", ""),
    ("RPT-002", "P002", "L102", "2019-03-01", ""),
    ("RPT-002", "P007", "L102", "2019-03-01", ""),
    ("RPT-002", "P005", "L103", "2022-09-01", ""),
    ("RPT-002", "P006", "L103", "2023-01-15", ""),
    ("RPT-002", "P003", "L104", "2018-05-01", ""),
    ("RPT-002", "P010", "L105", "2010-01-01", ""),
    ("RPT-004", "P012", "L106", "2023-06-01", ""),
    ("RPT-004", "P013", "L106", "2023-06-01", ""),
    ("RPT-004", "P019", "L106", "2023-11-01", ""),
    ("RPT-004", "P015", "L107", "2022-04-01", ""),
    ("RPT-004", "P016", "L107", "2022-04-01", ""),
    ("RPT-004", "P017", "L108", "2016-02-01", ""),
    ("RPT-009", "P020", "L109", "2005-01-01", ""),
    ("RPT-009", "P027", "L109", "2021-07-01", ""),   # lives in a caravan on the yard
    ("RPT-009", "P022", "L110", "2020-10-01", ""),
    ("RPT-009", "P023", "L110", "2020-10-01", ""),
    ("RPT-009", "P021", "L111", "2019-01-01", ""),
    ("RPT-009", "P029", "L112", "2017-08-01", ""),
    ("RPT-010", "P031", "L113", "2022-02-01", ""),
    ("RPT-010", "P037", "L113", "2022-02-01", ""),
    ("RPT-010", "P030", "L114", "2016-05-01", ""),
    ("RPT-010", "P032", "L115", "2020-03-01", ""),
    ("RPT-011", "P039", "L116", "2023-05-01", ""),
    ("RPT-011", "P046", "L117", "2023-09-01", ""),
    ("RPT-011", "P047", "L117", "2023-09-01", ""),
    ("RPT-005", "P041", "L118", "2012-01-01", ""),
    ("RPT-005", "P042", "L119", "2021-01-01", ""),
    ("RPT-005", "P045", "L119", "2021-01-01", ""),
    # peripheral persons: their own addresses only
    ("RPT-004", "P050", "L121", "1995-01-01", ""),
    ("RPT-025", "P054", "L122", "2008-01-01", ""),
    ("RPT-025", "P055", "L122", "2008-01-01", ""),
    ("RPT-003", "P056", "L123", "2024-01-10", ""),
]

# --------------------------------------------------------------------------------------------
# Phones (fiction ranges). Some persons change phone; two burners are shared inside a cell.
# --------------------------------------------------------------------------------------------
uk_pool = iter(rng.sample(range(100, 1000), 200))
fr_pool = iter(rng.sample(range(0, 10000), 200))

def uk():
    return "+447700900%03d" % next(uk_pool)

def fr():
    return "+3363998%04d" % next(fr_pool)

FR_SIDE = {"LEAD", "CAL", "DKK", "MONEY_FR"}
PHONES = []       # reportId, personId, phone, from, to
PHONE_OF = {}     # personId -> list of (phone, from, to)

def add_phone(pid, number, frm="2023-06-01", to="", rep=None):
    g = GROUP[pid]
    if rep is None:
        rep = {"LEAD": "RPT-024", "CAL": "RPT-013", "DKK": "RPT-026", "BROKER": "RPT-023",
               "KENT": "RPT-023", "LDN": "RPT-023", "COURIER": "RPT-012", "MONEY": "RPT-023",
               "DROP": "RPT-012", "PERIPH": "RPT-023"}[g]
    PHONES.append((rep, pid, number, frm, to))
    PHONE_OF.setdefault(pid, []).append((number, frm, to))

for pid, name, aliases, dob, nat, grp, rep in PERSONS:
    french = grp in ("LEAD", "CAL", "DKK") or pid in ("P010", "P041", "P042", "P045", "P050", "P053", "P056")
    if pid == "P006":
        continue  # shares P005's burner, added below
    if pid == "P019":
        continue  # shares P013's phone
    if pid in ("P052", "P055"):
        continue  # no phone known
    add_phone(pid, fr() if french else uk())

# shared burners (inside a cell)
add_phone("P006", PHONE_OF["P005"][0][0], "2023-06-01", "", "RPT-013")
add_phone("P019", PHONE_OF["P013"][0][0], "2023-11-01", "", "RPT-026")
# phone changes during 2024 (old number ends, new number starts)
for pid, day in (("P010", "2024-06-15"), ("P020", "2024-05-01"), ("P030", "2024-08-01")):
    old, frm, _ = PHONE_OF[pid][0]
    i = next(i for i, r in enumerate(PHONES) if r[1] == pid and r[2] == old)
    PHONES[i] = (PHONES[i][0], pid, old, frm, day)
    PHONE_OF[pid][0] = (old, frm, day)
    add_phone(pid, fr() if pid == "P010" else uk(), day, "")

def phone_at(pid, when):
    """Phone a person uses on a given date (ISO date string)."""
    for number, frm, to in PHONE_OF[pid]:
        if frm <= when and (to == "" or when < to):
            return number
    return PHONE_OF[pid][0][0]

# --------------------------------------------------------------------------------------------
# Calls: dense inside cells, few planted calls between cells
# --------------------------------------------------------------------------------------------
YEAR0 = datetime(2024, 1, 1, tzinfo=timezone.utc)

def rand_ts(day_lo=0, day_hi=365):
    d = YEAR0 + timedelta(days=rng.randrange(day_lo, day_hi), hours=rng.randrange(6, 24),
                          minutes=rng.randrange(60))
    return d

call_pairs = []   # (a, b, count, reportId)
CELL_DENSITY = {"CAL": 0.55, "DKK": 0.5, "KENT": 0.5, "LDN": 0.5, "MONEY": 0.7, "DROP": 0.7}
CELL_REPORT = {"CAL": "RPT-013", "DKK": "RPT-026", "KENT": "RPT-012", "LDN": "RPT-012",
               "MONEY": "RPT-013", "DROP": "RPT-012"}
NO_CALLS = {"P039"}  # the courier's calls are planted explicitly below
for cell, mem in CELLS.items():
    mem = [m for m in mem if m not in NO_CALLS]
    # ring so the cell is connected, then random chords
    pairs = set()
    for i in range(len(mem)):
        pairs.add(tuple(sorted((mem[i], mem[(i + 1) % len(mem)]))))
    for i in range(len(mem)):
        for j in range(i + 1, len(mem)):
            if rng.random() < CELL_DENSITY[cell]:
                pairs.add((mem[i], mem[j]))
    for a, b in sorted(pairs):
        if {a, b} <= {"P005", "P006"} or {a, b} <= {"P013", "P019"}:
            continue  # same phone
        call_pairs.append((a, b, rng.randint(1, 5), CELL_REPORT[cell]))

PLANTED_CALLS = [
    # leader: two short calls with his brother, nothing else
    ("P001", "P002", 2, "RPT-013"),
    # broker 1 (Yannick Boulanger): Calais <-> Dunkirk and Calais <-> Kent
    ("P010", "P011", 6, "RPT-013"),
    ("P010", "P012", 3, "RPT-013"),
    ("P010", "P020", 7, "RPT-012"),
    ("P010", "P021", 4, "RPT-012"),
    # weak redundant ties (so the brokers are not cut vertices)
    ("P005", "P017", 1, "RPT-013"),
    ("P009", "P026", 1, "RPT-012"),
    # broker 2 (Gary Whitfield): Kent <-> London
    ("P020", "P030", 6, "RPT-012"),
    ("P020", "P032", 3, "RPT-012"),
    # broker 3 (Nathan Cole): London <-> money cell
    ("P040", "P030", 5, "RPT-012"),
    ("P040", "P033", 3, "RPT-012"),
    ("P040", "P041", 4, "RPT-012"),
    ("P040", "P043", 2, "RPT-012"),
    # courier (Danny Fisher): London cell <-> drop-off group
    ("P039", "P030", 5, "RPT-012"),
    ("P039", "P033", 4, "RPT-012"),
    ("P039", "P038", 3, "RPT-012"),
    ("P039", "P046", 6, "RPT-012"),
    ("P039", "P047", 3, "RPT-012"),
]
call_pairs += PLANTED_CALLS

CALLS = []
for a, b, n, rep in call_pairs:
    for _ in range(n):
        t = rand_ts(0, 355)
        caller, callee = (a, b) if rng.random() < 0.6 else (b, a)
        day = t.strftime("%Y-%m-%d")
        CALLS.append([rep, None, phone_at(caller, day), phone_at(callee, day),
                      t.strftime("%Y-%m-%dT%H:%M:%SZ"), rng.choice([12, 25, 38, 47, 61, 95, 140, 210, 330, 600])])
CALLS.sort(key=lambda r: r[4])
for i, r in enumerate(CALLS, 1):
    r[1] = "C%04d" % i

# --------------------------------------------------------------------------------------------
# Accounts: valid IBANs for invented banks
# --------------------------------------------------------------------------------------------
def iban_check(country, bban):
    s = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(digits) % 97)

def gb_iban(bank, sort, acct):
    bban = "%s%06d%08d" % (bank, sort, acct)
    return "GB" + iban_check("GB", bban) + bban

def fr_iban(bank, branch, acct):
    key = 97 - ((89 * bank + 15 * branch + 3 * acct) % 97)   # RIB key (numeric account)
    bban = "%05d%05d%011d%02d" % (bank, branch, acct, key)
    return "FR" + iban_check("FR", bban) + bban

def spaced(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

GB_BANKS = [("TMBK", 401276, "Thames Mutual Bank (fictitious)"), ("KSBK", 208815, "Kentish Savings Bank (fictitious)"),
            ("HRBK", 309442, "Harbourside Bank (fictitious)")]
FR_BANKS = [(19870, 410, "Banque de la Côte d'Opale (fictive)"), (17665, 2231, "Crédit des Flandres (fictif)"),
            (18342, 905, "Banque Lilloise de Commerce (fictive)")]

ACCOUNTS = []   # reportId, personId, iban, bank, from, to
IBAN_OF = {}

def add_account(pid, country, rep, bank_idx, holders=None, frm="2020-01-01"):
    if country == "GB":
        code, sort, bank = GB_BANKS[bank_idx]
        iban = gb_iban(code, sort, rng.randrange(10000000, 99999999))
    else:
        code, branch, bank = FR_BANKS[bank_idx]
        iban = fr_iban(code, branch, rng.randrange(10**9, 10**10))
    for h in (holders or [pid]):
        ACCOUNTS.append((rep, h, spaced(iban) if len(ACCOUNTS) % 3 == 0 else iban, bank, frm, ""))
        IBAN_OF[h] = iban
    return iban

add_account("P001", "FR", "RPT-024", 2)
add_account("P002", "FR", "RPT-005", 0)
add_account("P003", "FR", "RPT-005", 0)
add_account("P010", "FR", "RPT-005", 1)
add_account("P011", "FR", "RPT-005", 1)
add_account("P041", "FR", "RPT-005", 2)
add_account("P042", "FR", "RPT-005", 2, holders=["P042", "P045"])   # joint account
add_account("P043", "GB", "RPT-014", 2)
add_account("P044", "GB", "RPT-014", 0)
add_account("P040", "GB", "RPT-014", 0)
add_account("P030", "GB", "RPT-014", 1)
add_account("P037", "GB", "RPT-014", 1)
add_account("P032", "GB", "RPT-014", 0)
add_account("P020", "GB", "RPT-014", 1)
add_account("P021", "GB", "RPT-014", 1)
add_account("P022", "GB", "RPT-014", 1)
add_account("P052", "GB", "RPT-017", 2)   # peripheral: account known, no transactions

# --------------------------------------------------------------------------------------------
# Transactions
# --------------------------------------------------------------------------------------------
FLOWS = [
    # from, to, count, lo, hi, reportId
    ("P037", "P040", 8, 1800, 9500, "RPT-014"),   # London cash proceeds to the collector
    ("P030", "P040", 5, 4000, 15000, "RPT-014"),
    ("P032", "P030", 3, 900, 3000, "RPT-014"),
    ("P040", "P043", 6, 5000, 20000, "RPT-014"),  # collector to the money cell
    ("P040", "P044", 4, 3000, 12000, "RPT-014"),
    ("P043", "P041", 5, 8000, 25000, "RPT-028"),
    ("P044", "P042", 4, 5000, 15000, "RPT-028"),
    ("P042", "P041", 3, 4000, 9000, "RPT-005"),
    ("P041", "P001", 4, 15000, 40000, "RPT-005"),  # "consultancy fees" to the leader
    ("P010", "P011", 5, 1500, 4000, "RPT-005"),    # broker 1 pays the Dunkirk organiser
    ("P010", "P020", 4, 2500, 8000, "RPT-005"),    # broker 1 pays the haulier
    ("P002", "P003", 3, 1000, 3000, "RPT-005"),
    ("P020", "P021", 6, 600, 1500, "RPT-014"),     # drivers' cash-in-hand "bonuses"
    ("P020", "P022", 6, 600, 1500, "RPT-014"),
]
TRANSACTIONS = []
for a, b, n, lo, hi, rep in FLOWS:
    src = IBAN_OF[a]
    cur = "GBP" if src.startswith("GB") else "EUR"
    for _ in range(n):
        t = rand_ts(10, 340)
        amt = lo if lo == hi else rng.randrange(lo, hi)
        TRANSACTIONS.append([rep, None, IBAN_OF[a], IBAN_OF[b], t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "%d.%02d" % (amt, rng.choice([0, 0, 0, 50])), cur])
TRANSACTIONS.sort(key=lambda r: r[4])
for i, r in enumerate(TRANSACTIONS, 1):
    r[1] = "T%04d" % i

# --------------------------------------------------------------------------------------------
# Vehicles
# --------------------------------------------------------------------------------------------
VEHICLES = [
    # reportId, personId, vrm, country, relation, make
    ("RPT-015", "P003", "EF-482-KL", "FR", "KEEPER_OF", "Renault Master"),
    ("RPT-015", "P008", "EF-482-KL", "FR", "DRIVES", "Renault Master"),
    ("RPT-015", "P009", "GH-915-TZ", "FR", "KEEPER_OF", "Peugeot Boxer"),
    ("RPT-015", "P009", "GH-915-TZ", "FR", "DRIVES", "Peugeot Boxer"),
    ("RPT-015", "P010", "CA-226-DE", "FR", "KEEPER_OF", "Renault Trafic"),
    ("RPT-015", "P017", "DK-307-MB", "FR", "KEEPER_OF", "Citroën Berlingo"),
    ("RPT-015", "P011", "DK-307-MB", "FR", "DRIVES", "Citroën Berlingo"),
    ("RPT-015", "P014", "AL-554-RS", "FR", "DRIVES", "Mercedes-Benz Sprinter"),
    ("RPT-009", "P020", "KX19 HTD", "GB", "KEEPER_OF", "DAF XF"),
    ("RPT-009", "P021", "KX19 HTD", "GB", "DRIVES", "DAF XF"),
    ("RPT-009", "P020", "KY68 RBV", "GB", "KEEPER_OF", "Scania R450"),
    ("RPT-009", "P022", "KY68 RBV", "GB", "DRIVES", "Scania R450"),
    ("RPT-009", "P029", "GJ17 WPN", "GB", "KEEPER_OF", "Ford Transit"),
    ("RPT-009", "P024", "GJ17 WPN", "GB", "DRIVES", "Ford Transit"),
    ("RPT-009", "P027", "GN21 OXL", "GB", "KEEPER_OF", "Volvo FH"),
    ("RPT-009", "P026", "GN21 OXL", "GB", "DRIVES", "Volvo FH"),
    ("RPT-010", "P032", "LV20 KZX", "GB", "KEEPER_OF", "BMW 5 Series"),
    ("RPT-011", "P046", "LB66 TRM", "GB", "KEEPER_OF", "Ford Transit Custom"),
    ("RPT-011", "P039", "LB66 TRM", "GB", "DRIVES", "Ford Transit Custom"),
    ("RPT-024", "P001", "FP-717-OM", "FR", "KEEPER_OF", "Range Rover"),
    ("RPT-018", "P051", "PN15 RHK", "GB", "KEEPER_OF", "Mercedes-Benz Actros"),
]
VEH_COUNTRY = {}
for r in VEHICLES:
    VEH_COUNTRY[r[2]] = r[3]

# --------------------------------------------------------------------------------------------
# Crossings: trips; only planted convoys share a location within 30 minutes.
# --------------------------------------------------------------------------------------------
MODES = {
    # mode: (departure, arrival, minutes, reports (dep, arr))
    "ferry_calais": ("L001", "L002", 95, ("RPT-008", "RPT-006")),
    "ferry_dunkirk": ("L005", "L002", 130, ("RPT-015", "RPT-006")),
    "tunnel": ("L003", "L004", 40, ("RPT-008", "RPT-007")),
}
REVERSE = {"ferry_calais": ("L002", "L001"), "ferry_dunkirk": ("L002", "L005"), "tunnel": ("L004", "L003")}

# planted convoys
CONVOYS = [
    # broker 1's van with the haulier's lorry (Calais -> Dover): links P010 with P020 and P021
    (datetime(2024, 3, 14, 21, 5, tzinfo=timezone.utc), "ferry_calais", [("CA-226-DE", 0), ("KX19 HTD", 12)], "RPT-027"),
    (datetime(2024, 10, 9, 4, 40, tzinfo=timezone.utc), "ferry_calais", [("CA-226-DE", 0), ("KX19 HTD", 18)], "RPT-027"),
    # Kent lorries travelling together (inside the Kent cell)
    (datetime(2024, 5, 2, 2, 30, tzinfo=timezone.utc), "tunnel", [("KY68 RBV", 0), ("GN21 OXL", 9)], None),
    (datetime(2024, 8, 21, 23, 10, tzinfo=timezone.utc), "ferry_calais", [("KY68 RBV", 0), ("GJ17 WPN", 22)], None),
    # Dunkirk vans together (inside the Dunkirk cell)
    (datetime(2024, 6, 11, 5, 15, tzinfo=timezone.utc), "ferry_dunkirk", [("DK-307-MB", 0), ("AL-554-RS", 7)], None),
]
# solo trips, each on its own day (so no accidental co-crossings)
SOLO = [("KX19 HTD", "ferry_calais", 6), ("KY68 RBV", "ferry_calais", 5), ("GJ17 WPN", "tunnel", 4),
        ("GN21 OXL", "ferry_calais", 3), ("EF-482-KL", "tunnel", 3), ("GH-915-TZ", "ferry_calais", 2),
        ("DK-307-MB", "tunnel", 3), ("AL-554-RS", "ferry_dunkirk", 3), ("CA-226-DE", "ferry_calais", 2),
        ("PN15 RHK", "ferry_calais", 3), ("FP-717-OM", "tunnel", 1)]
convoy_days = {(c[0] + timedelta(days=k)).date() for c in CONVOYS for k in (-1, 0, 1)}
free_days = [d for d in range(8, 350) if (YEAR0 + timedelta(days=d)).date() not in convoy_days]
rng.shuffle(free_days)
day_iter = iter(free_days)

CROSSINGS = []

for start, mode, members_, rep in CONVOYS:
    back_offset = timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 6))
    for vrm, off in members_:
        t0 = start + timedelta(minutes=off)
        # outbound together; return on their own (separate days)
        dep, arr = MODES[mode][0], MODES[mode][1]
        t1 = t0 + timedelta(minutes=MODES[mode][2])
        CROSSINGS.append([rep or MODES[mode][3][0], None, vrm, VEH_COUNTRY[vrm], dep, t0, "to_uk"])
        CROSSINGS.append([rep or MODES[mode][3][1], None, vrm, VEH_COUNTRY[vrm], arr, t1, "to_uk"])
        d = next(day_iter)
        tb = YEAR0 + timedelta(days=d, hours=rng.randrange(0, 20), minutes=rng.randrange(60))
        rdep, rarr = REVERSE[mode]
        CROSSINGS.append([MODES[mode][3][1], None, vrm, VEH_COUNTRY[vrm], rdep, tb, "to_fr"])
        CROSSINGS.append([MODES[mode][3][0], None, vrm, VEH_COUNTRY[vrm], rarr,
                          tb + timedelta(minutes=MODES[mode][2]), "to_fr"])

for vrm, mode, n in SOLO:
    for _ in range(n):
        d = next(day_iter)
        start = YEAR0 + timedelta(days=d, hours=rng.randrange(0, 20), minutes=rng.randrange(60))
        dep, arr = MODES[mode][0], MODES[mode][1]
        t1 = start + timedelta(minutes=MODES[mode][2])
        CROSSINGS.append([MODES[mode][3][0], None, vrm, VEH_COUNTRY[vrm], dep, start, "to_uk"])
        CROSSINGS.append([MODES[mode][3][1], None, vrm, VEH_COUNTRY[vrm], arr, t1, "to_uk"])
        d2 = next(day_iter)
        tb = YEAR0 + timedelta(days=d2, hours=rng.randrange(0, 20), minutes=rng.randrange(60))
        rdep, rarr = REVERSE[mode]
        CROSSINGS.append([MODES[mode][3][1], None, vrm, VEH_COUNTRY[vrm], rdep, tb, "to_fr"])
        CROSSINGS.append([MODES[mode][3][0], None, vrm, VEH_COUNTRY[vrm], rarr,
                          tb + timedelta(minutes=MODES[mode][2]), "to_fr"])

CROSSINGS.sort(key=lambda r: (r[5], r[2]))
for i, r in enumerate(CROSSINGS, 1):
    r[1] = "X%04d" % i
    r[5] = r[5].strftime("%Y-%m-%dT%H:%M:%SZ")

# --------------------------------------------------------------------------------------------
# Routes, meetings, associations
# --------------------------------------------------------------------------------------------
ROUTES = [
    ("RPT-021", "R01", "Calais-Dover HGV route (concealed loads)", "P010"),
    ("RPT-021", "R01", "Calais-Dover HGV route (concealed loads)", "P021"),
    ("RPT-021", "R01", "Calais-Dover HGV route (concealed loads)", "P022"),
    ("RPT-022", "R02", "Dunkirk-Coquelles-Folkestone van route", "P011"),
    ("RPT-022", "R02", "Dunkirk-Coquelles-Folkestone van route", "P014"),
    ("RPT-022", "R02", "Dunkirk-Coquelles-Folkestone van route", "P017"),
]
ROUTE_STOPS = [
    ("RPT-021", "R01", 1, "L101"), ("RPT-021", "R01", 2, "L001"), ("RPT-021", "R01", 3, "L002"),
    ("RPT-021", "R01", 4, "L109"), ("RPT-021", "R01", 5, "L009"),
    ("RPT-022", "R02", 1, "L011"), ("RPT-022", "R02", 2, "L007"), ("RPT-022", "R02", 3, "L003"),
    ("RPT-022", "R02", 4, "L004"), ("RPT-022", "R02", 5, "L009"),
]
MEETINGS = [
    ("RPT-016", "M01", "2024-02-10T12:30:00Z", "L201", "P001|P002"),
    ("RPT-002", "M02", "2024-03-02T19:00:00Z", "L101", "P002|P003|P004|P010"),
    ("RPT-016", "M03", "2024-04-22T18:15:00Z", "L202", "P001|P041"),
    ("RPT-020", "M04", "2024-05-18T20:00:00Z", "L203", "P020|P030|P031"),
    ("RPT-004", "M05", "2024-06-07T16:45:00Z", "L011", "P010|P011|P012|P017"),
    ("RPT-020", "M06", "2024-07-12T22:10:00Z", "L204", "P039|P046|P048"),
    ("RPT-009", "M07", "2024-08-30T05:30:00Z", "L205", "P020|P021|P024|P026"),
]
ASSOCIATIONS = [
    ("RPT-024", "P001", "P002", "family"),      # brothers
    ("RPT-002", "P002", "P007", "lives_with"),
    ("RPT-002", "P003", "P009", "criminal"),
    ("RPT-003", "P012", "P013", "family"),      # brothers
    ("RPT-003", "P015", "P016", "family"),      # married
    ("RPT-003", "P011", "P014", "criminal"),
    ("RPT-009", "P022", "P023", "lives_with"),
    ("RPT-009", "P020", "P029", "criminal"),
    ("RPT-017", "P026", "P035", "social"),      # weak Kent <-> London tie
    ("RPT-010", "P030", "P031", "criminal"),
    ("RPT-010", "P031", "P037", "lives_with"),
    ("RPT-017", "P043", "P044", "social"),
    ("RPT-028", "P040", "P041", "criminal"),
    ("RPT-011", "P046", "P047", "lives_with"),
    ("RPT-011", "P048", "P049", "family"),      # cousins
    ("RPT-025", "P054", "P055", "family"),      # married, peripheral
]

# --------------------------------------------------------------------------------------------
# Write
# --------------------------------------------------------------------------------------------
def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)

write("reports.csv", ["reportId", "agency", "receivedAt", "caseId", "grade", "handling", "summary"], REPORTS)
write("persons.csv", ["reportId", "personId", "name", "aliases", "dob", "nationality"],
      [(p[6], p[0], p[1], p[2], p[3], p[4]) for p in PERSONS])
write("locations.csv", ["reportId", "locationId", "name", "country", "kind", "lat", "lon"],
      [(l[6], l[0], l[1], l[2], l[3], l[4], l[5]) for l in LOCATIONS])
write("addresses.csv", ["reportId", "personId", "locationId", "from", "to"], ADDRESSES)
write("phones.csv", ["reportId", "personId", "phone", "from", "to"], PHONES)
write("calls.csv", ["reportId", "callId", "caller", "callee", "start", "durationS"], CALLS)
write("accounts.csv", ["reportId", "personId", "iban", "bank", "from", "to"], ACCOUNTS)
write("transactions.csv", ["reportId", "txId", "fromIban", "toIban", "ts", "amount", "currency"], TRANSACTIONS)
write("vehicles.csv", ["reportId", "personId", "vrm", "country", "relation", "make"], VEHICLES)
write("crossings.csv", ["reportId", "crossingId", "vrm", "country", "locationId", "ts", "direction"], CROSSINGS)
write("routes.csv", ["reportId", "routeId", "name", "operatorId"], ROUTES)
write("route_stops.csv", ["reportId", "routeId", "seq", "locationId"], ROUTE_STOPS)
write("meetings.csv", ["reportId", "meetingId", "ts", "locationId", "attendees"], MEETINGS)
write("associations.csv", ["reportId", "personA", "personB", "kind"], ASSOCIATIONS)

if __name__ == "__main__":
    for n in sorted(os.listdir(OUT)):
        if n.endswith(".csv"):
            with open(os.path.join(OUT, n), encoding="utf-8") as f:
                print("%-18s %4d rows" % (n, sum(1 for _ in f) - 1))
