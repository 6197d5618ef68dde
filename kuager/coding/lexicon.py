"""What the rules look for: word beginnings (stems) in Russian, Kazakh and English that mark a
method, a purpose, a perpetrator, a kind of place, a consequence or a sign of risk. Written by
the team from how letters put things, prison slang included; each rule is named, so every
proposal says which rule made it.

A pattern is a tuple of stems that must all occur within a few words of each other, in any
order; a stem matches a word that starts with it (Russian and Kazakh endings vary), and a tuple
in a pattern's place offers stems any of which will do. `unless`
names stems that, next to the match, mean something else ("отбываю наказание" is serving a
sentence, not punishment; "punishment cell" is a place).

Patterns that carry their own negation ("не давали спать", "no food") are in rules marked
negatable=False, so the negation is not read as denying the act.
"""

from __future__ import annotations

from typing import NamedTuple

# A place in a pattern: one stem, or a tuple of stems any of which will do.
Slot = str | tuple[str, ...]


class Rule(NamedTuple):
    name: str
    field: str  # methods, purposes, perpetrators, place_kinds, consequences, urgency
    code: str
    patterns: tuple[tuple[Slot, ...], ...]
    confidence: float = 0.8
    negatable: bool = True
    unless: tuple[str, ...] = ()
    # How many words apart a pattern's stems may stand, when not the engine's usual few.
    window: int = 0


M, P, W, K, C, U = "methods", "purposes", "perpetrators", "place_kinds", "consequences", "urgency"

# Someone telling the victim something, and his next of kin, for threats without a threat word.
_TOLD = ("told", "said", "tell", "warned", "сказал", "говорил", "предупред", "велел")
_KIN = ("wife", "mother", "children", "son", "daughter", "family", "parents", "sister",
        "brother", "сестр", "брат", "жен", "мать",
        "матер", "дет", "сын", "доч", "семь")

# A window's glass, and a window.
_GLASS = ("стекл", "glass", "pane", "әйнек", "әйнег", "айнек", "шыны")
_PANES = ("окн", "окон", "window", "терезе", "рам", "frame", *_GLASS)
# Where a broken window lets the cold in: the cell, or the cold itself.
_A_CELL_OR_THE_COLD = ("камер", "cell", "шизо", "shizo", "карцер", "пкт", "барак", "barrack",
                       "отряд", "палат", "ward", "холод", "cold", "мороз", "frost", "winter",
                       "зим", "суық", "аяз", "қыс", "дует", "сквозн", "жел", "wind", "minus",
                       "минус", "тоң", "мерз", "freez",
                       # covered against the wind: «целлофан жапсырдық», "taped plastic"
                       "целлофан", "cellophane", "плёнк", "пленк", "plastic",
                       "одеял", "blanket", "көрпе",
                       # "one piece was missing, the hole was the size of a hand"
                       "hole", "дыр", "missing", "тесік")

# Kazakh «таң-» (to tie, bind over), its forms: not «таңертең» (morning), «таңға» (dawn).
_TIED = ("таңып", "таңды", "таңған", "таңыл", "таңа", "таңу")

# Saying or writing it: "скажи, что ничего не было", "write that nothing happened".
_TO_SAY = ("скаж", "сказать", "говори", "напиш", "пиши", "say", "write", "tell", "айт", "жаз")

MEDICINES = ("лекарств", "таблетк", "инсулин", "ингалятор", "препарат", "дәрі", "medicin",
             "medication", "pills", "tablets", "insulin", "inhaler", "injections", "инсулин",
             "уколы",
             # named by the drug: epilepsy, asthma, pressure, tuberculosis, diabetes
             "карбамазеп", "carbamazep", "финлепсин", "finlepsin", "вальпро", "valpro",
             "сальбутамол", "salbutamol", "эналаприл", "enalapril", "изониазид", "isoniazid",
             "метформин", "metformin", "нитроглицерин", "nitroglycerin", "конкор", "concor")

RULES: tuple[Rule, ...] = (
    # --- methods (HURIDOCS MT05) ---------------------------------------------------------
    Rule("kicking", M, "030101000000", (
        ("пинал",), ("пинк",), ("пинать",), ("ногами",), ("ногой",), ("кулак",), ("пощечин",),
        ("оплеух",), ("затрещин",), ("пнул",), ("ботинком",), ("сапогом",),
        ("тепкіле",), ("тепті",), ("тепкен",), ("тебу",), ("тебеді",), ("тебетін",), ("теуіп",),
        ("жұдырық",), ("жұдырығ",), ("шапалақ",),
        ("kick",), ("punch",), ("slap",), ("fist",),
        # blows with the open hand are slaps: "hit me with open palms", «алақанмен ұрды»
        ("open", ("palm", "palms", "hand", "hands")), ("ладонью",), ("ладонями",),
        # "went at him with their boots", "got a boot", "stamped on him"
        ("got", "boot"),
        (("boots", "boot"), ("went", "put", "stamp", "stamped")), ("stamped", "on"),
        ("алақанмен",), ("алақанымен",)), 0.85,
        # "пинали стул": the chair, not the man on it; «ногами еле пола касался» (his feet,
        # hanging)
        unless=("касал", "пола", "стул", "двер", "мяч", "chair", "door", "ball",
                "вперед", "вперёд",
                # «орындығын теуіп» (kicked his chair)
                "орындығ", "орындық",
                # "kicked the wall next to his head", «есікті тепкілеп оятқан» (the door),
                # «нарды теуіп оятады» (kicks the bunk to wake him)
                "wall", "стен", "есік", "нарды", "нарын", "нарға", "bunk",
                # "стучал ладонью по столу": the table, to keep him awake
                "стол", "table", "үстел",
                # "the window opens a hand's width"; "got the winter boots"
                "window", "width", "opens", "winter", "pair", "issued", "felt")),
    Rule("batons", M, "030102000000", (
        ("дубинк",), ("дубин",), ("шланг",), ("палк",), ("dubink",),
        ("арматур",), ("прикла",), ("плеть",), ("плетк",),
        # the "democratiser", prison slang for the rubber truncheon
        ("демократизатор",), ("democratiz",), ("democratis",),
        ("таяқ",), ("шлангі",),
        ("baton",), ("truncheon",), ("stick",),
        # a hose beats only with a verb of beating: "poured water from a hose" does not
        ("hose", ("beat", "beaten", "hit", "struck", "blows", "rubber", "lash", "whip",
                  "piece")),
        # a mop handle, a piece of pipe: "черенком от швабры по спине"
        ("черенк",), ("швабр", ("бил", "удар", "избив", "ұр")),
        ("mop", ("handle", "stick")), ("pipe", ("beat", "hit", "struck", "blows", "piece",
                                                "pieces")),
        ("трубой",), ("құбырмен",), ("киянк",), ("кувалд",),
        # "the Human Rights club" is a society: a club beats only with a verb of beating
        (("club", "clubs"), ("beat", "hit", "struck", "blow", "with")),
        ("rifle", "butt")), 0.8,
        # "скрутил руки ремнями" ties with belts; "пережимали шланг" of a gas mask chokes.
        unless=("противогаз", "gas", "скрут", "связ", "привяз", "пережим", "пережа", "tied",
                # («шлангісін қолымен қысып», squeezed its hose shut)
                "қысып", "қысты",
                "strapped",
                # "turned a fire hose on them", "поливали из шланга": water, not blows
                "fire", "полива", "облива", "water", "ледян", "pinch",
                # "squeezed the hose so he could not breathe"; "walking with a stick", «таяққа
                # сүйеніп» (leaning on a stick)
                "squeez", "breath", "mask", "walking", "ходит", "опира", "сүйен", "пережм",
                # "put the gas mask on him and closed the hose with the hand"
                "closed", "clos", "зажал", "перекрыл", "slonik", "слоник", "противогаз",
                # «дубинкой по решётке гремят», «стучат дубинкой по двери»: a noise to wake
                # him; «без палки не ходи», «хожу с тростью»: a walking stick
                "грем", "стуч", "тарабан", "ходи", "хожу", "трост")),
    # A belt also ties and strangles: it is a beating only with a verb of beating, and not
    # when it goes round the neck ("ремень на шею накинули и душили").
    Rule("belt", M, "030102000000", (
        (("ремн", "ремень", "белбеу", "belt"),
         ("бил", "бьют", "изби", "удар", "ұр", "соқ", "beat", "hit", "whip")),), 0.8,
        unless=("шею", "шеи", "шее", "neck", "мойн", "скрут", "связ", "привяз", "tied",
                "strapped")),
    Rule("beating", M, "030100000000", (
        ("изби",), ("избив",), ("бил",), ("бьют",), ("бить",), ("удар",),
        # (not «сердце колотится», the heart pounds)
        ("колотил",), ("колотить",), ("отбил",), ("отбив",), ("лупил",), ("мутузи",), ("отделал",),
        ("ұрып",), ("ұрды",), ("ұрад",), ("ұрған",), ("ұрғ",), ("ұру",), ("соқты",),
        ("соққы",), ("сабад",), ("сабап",), ("сабау",), ("ұрып", "соқ"),
        ("beat",), ("beaten",), ("hit",), ("struck",)), 0.8,
        # "били током", "ток бил" is electric shock; a heart beats, a deadline is beaten.
        unless=("билет", "door", "током", "ток", "тока", "heart", "deadline", "drum",
                # «бил ключами по батарее» (the radiator, to keep him awake); «бил ладонью по
                # столу рядом с его головой» (the table, to keep him awake)
                "батаре", "столу", "столе", "стола",
                "электрошок", "шокер", "taser",
                # Idioms: "бить тревогу" (to raise the alarm), "beat my record", "beat the ice
                # off", «жел ұрып тұр» (the wind is blowing), «бұршақ ұрып» (hail).
                "тревог", "record", "ice", "жел", "бұршақ", "нөсер",
                # "to beat the traffic", «жүрегім ұрып тұр» (my heart is pounding)
                "traffic", "rush", "жүрег",
                # "hitting the phones", "beating a dead horse"
                "phones", "horse",
                # «телефон соқты» is a phone call
                "телефон", "қоңырау",
                # "our otryad was beaten 4-1 in the football tournament"
                "football", "tournament", "футбол", "турнир", "матч", "score",
                # "поскользнулся и ударился об лавку": he struck something, nobody struck him
                "ударился", "ударилась", "ударяюсь",
                # "beat the alarm" (a translated «бить тревогу»); «белсенділер билейді» (the
                # activists rule)
                "alarm", "билейд", "билейт", "билеп", "билеу",
                # "struck the table next to his ear"; "the wind beats on the windows"; "сердце
                # колотится"
                "table", "wind", "window", "ветер", "ветр", "сердц",
                # «үстелді ұрып оятады» (bangs the table to wake him)
                "үстел",
                # "упал, ударившись лицом о скамью"; "написал, что ударил человека ножом"
                "ударившись", "ножом", "knife", "пышақ",
                # «жаңбыр ұрып» (the rain beating down)
                "жаңбыр",
                # «ветер бил в окно», «дождь бьёт по стеклу», «град бил по крыше», «морозы
                # бьют под сорок»: the weather; «били ключом по двери»: a door, to wake him
                "окн", "стекл", "крыш", "мороз", "двер",
                # "the project was hit hard by the end of one grant"
                "project", "grant", "funding", "budget")),
    # Words that name the assault as a whole ("the assault", "следы побоев"): the same beating
    # when the letter says elsewhere how he was beaten.
    Rule("beating named", M, "030100000000", (
        ("побо",), ("избиени",), ("assault",), ("beatings",)), 0.7,
        unless=("билет", "сексуал", "sexual")),
    Rule("blows to the ears", M, "030103000000", (
        # «құлағына» (his ear), not «құлаған» (fell)
        ("по", "ушам"), ("ладонями", "уш"), ("телефон", "уш"),
        (("құлағы", "құлағын", "құлақ"), ("ұрған", "ұрды", "алақан")),
        ("ears", "slap"), ("ears", "clap"), ("both", "ears"),
        # a doctor's "open-palm blow to the ear"
        (("palm", "palms"), ("blow", "blows"), ("ear", "ears"))), 0.8,
        # («құлағының тұсынан алақанымен»: a palm by one ear is a slap)
        unless=("frostbit", "обморож", "үсік", "тұсынан", "тұсына")),
    Rule("falanga", M, "030104000000", (
        ("пятк",), ("ступн",), ("подошв",), ("табан",), ("soles",), ("falang",),
        # "hit the bottoms of his feet", "on the bare heels with a stick"
        (("bottoms", "bottom"), ("feet", "foot")),
        ("bare", "heels"),
        (("heels", "heel"), ("stick", "truncheon", "rod", "pipe", "hose")),
        (("feet", "foot"), ("truncheon", "baton", "rod", "pipe", "hose"))), 0.8,
        # «сесть на пятки» (to sit back on his heels) is a posture
        unless=("сесть", "сел", "сидеть", "садил", "присел",
                # «пытался опуститься на пятки» (to sink back on his heels while kneeling)
                "опуститься", "опустился", "опускал")),
    Rule("broken bones", M, "030300000000", (
        ("сломал",), ("перелом",), ("сломан",),
        # a bone named: «қабырғасын сындырды» (not «сындырмақ болды», to break his will)
        (("сынды", "сындыр", "сынған"), ("қабырға", "сүйек", "мұрн", "мұрын", "қол", "аяқ",
                                        "тіс", "жақ", "саусақ", "омыртқа", "білек")),
        # «қабырғалардың жабық сынығы»: a fracture named by its bone (a window breaks too)
        (("сынығ", "сынық"), ("қабырға", "сүйег", "сүйек", "мұрн", "омыртқа")),
        # English "broke" is mostly glasses, phones and money: the bone must be named.
        (("broke", "broken"), (
            "rib", "arm", "leg", "nose", "jaw", "finger", "bone", "wrist", "skull", "collarbone",
            "tooth", "teeth", "hand", "foot", "toe")),
        ("fractur",),
        # "T. heard a crack… the bone was cracked", «трещина ребра»
        (("crack", "cracked"), ("bone", "rib", "wrist", "skull", "jaw", "arm", "leg")),
        # "a cracked collarbone", "a cracked cheekbone": the bone named by its own word
        (("crack", "cracked"), ("collarbone", "cheekbone", "vertebra", "pelvis", "finger")),
        ("трещин", ("ребр", "кост", "череп", "челюст", "запяст", "рук", "ног")),
        # "bent it back until it cracked", "twisted his finger until it snapped"
        (("bent", "twisted"), "until", ("cracked", "snapped", "broke"))), 0.7,
        unless=("очк", "телефон", "glasses", "phone", "excluded", "исключ", "rule",
                # "упала на гололёде и сломала руку": a fall on the ice at home
                "гололед", "гололёд", "поскользнул", "slipped", "тайып",
                # «терезенің әйнегі сынық» (a broken window pane)
                "терезе", "әйнег", "әйнек", "window", "окн", "стекл",
                # a window pane: «терезе шынысы сынған»
                "терезе", "шыны", "әйнек", "окн", "стекл", "window", "glass",
                # «сені сындырады», "чтобы человек сломался": his will; a road accident
                "сені", "сенi", "тебя", "человек", "сломался", "сломалась", "көлік", "апат",
                "авари", "дтп", "accident", "crash",
                # "broke his wrist playing football"; «пандус сломан» (the ramp is broken)
                "football", "playing", "футбол", "спорт", "пандус", "коляск",
                # «аппарат сломан» (the machine is out of order)
                "аппарат")),
    Rule("burns", M, "030400000000", (
        ("ожог",), ("обжиг",), ("прижиг",), ("жгли",), ("күйдір",), ("burns", "on"),
        ("burn", ("me", "him", "us", "them", "with", "iron", "lighter")),
        ("утюг", ("приклад", "прижим", "прижал"))), 0.75,
        # "my heart is burning", "burned her hand on the kettle", "burned the soup"
        unless=("heart", "сердц", "жүрег", "kettle", "чайник", "soup", "суп", "палау", "ас",
                "cooking", "out",
                # «батареялар күйдіріп тұр» (the radiators are scorching), «табаны күйдіріп
                # ауырады» (a burning pain in his soles)
                "батарея", "ауыр")),
    Rule("boiling water", M, "030401000000", (
        ("кипят",), ("қайнаған", "су"), ("boiling",)), 0.85,
        # "кипяток давали" on the convoy: for tea
        unless=("давал", "чай", "tea", "шай", "kettle", "чайник", "кипятильник")),
    Rule("cigarette burns", M, "030402000000", (
        ("сигарет", "туш"), ("сигарет", "ожог"), ("сигарет", "прижиг"), ("сигарет", "прижег"),
        ("окурк",),
        ("темекі", "күйдір"), ("темекі", ("басты", "басқан", "басып", "басқа", "басад")),
        ("шылым", "күйдір"),
        ("cigarette", "burn"), ("cigarettes", "on"),
        # "put out his cigarette on the back of his hand"
        ("cigarette", ("out", "stubbed"), "on")), 0.9),
    Rule("burns with fire", M, "030404000000", (
        ("зажигалк",), ("lighter",), ("оттықпен",)), 0.8),
    Rule("rape", M, "030500000000", (
        ("изнасил",), ("насилов",), ("опустил",), ("опустить",), ("зорла",), ("rape",),
        ("sodomi",)), 0.8,
        # «разрешения опустить руки» (to lower his hands)
        unless=("руки", "руку", "голову", "глаза", "взгляд",
                # «опуститься на пятки», «опустился на пол»: he lowered himself; «опустил её в
                # ящик для жалоб» (dropped it into the complaint box)
                "опуститься", "опустился", "опустилась", "опустились", "ящик", "почтов")),
    Rule("rape with objects", M, "030502000000", (
        ("бутылк", "задн"), ("дубинк", "задн"), ("изнасил", "дубинк"), ("изнасил", "бутылк"),
        ("изнасил", "швабр"), ("изнасил", "палк"), ("зорла", "таяқ"),
        (("черенк", "швабр", "дубинк", "бутылк"), ("задн", "анал", "прямую")),
        ("таяқ", "артқы"),
        ("rape", "baton"), ("rape", "bottle"), ("rape", "mop"), ("rape", "stick"),
        ("raped", "with")), 0.85,
        # «дубинкой по задней поверхности бёдер»: blows on the backs of the thighs
        unless=("поверхност", "бедер", "бёдер", "бедра", "ягодиц")),
    # "took a rubber baton and pushed it into me, from behind", "pushed the end of it into his
    # anus": told at length
    Rule("rape with objects", M, "030502000000", (
        (("baton", "bottle", "stick", "truncheon", "mop", "handle"),
         ("pushed", "shoved", "forced", "inserted", "put", "push"), "it", "into"),
        (("baton", "bottle", "stick", "truncheon", "mop", "handle"),
         ("pushed", "shoved", "forced", "inserted", "put", "push"),
         ("anus", "rectum", "anal"))), 0.8, window=12,
        unless=("mouth", "pocket", "bag", "ground", "cell", "floor", "lock", "door")),
    Rule("sexual threats", M, "030602000000", (
        ("угрож", "изнасил"), ("угрож", "опуст"), ("threat", "rape"),
        ("зорлаймыз",),
        # "сені әйел қылады" (they will make a woman of you), «с тобой сделают то, что с
        # девочками делают», "put her in the men's cell": said as what will be done to him
        ("әйел", ("қылады", "қыламыз", "қыл", "етеміз", "етеді")), ("девочк", "сделают"),
        ("men", "s", "cell", ("would", "will")), ("петух", ("сделаем", "сделают", "будешь")),
        # «сені петух қыламыз» (we will make a rooster of you)
        ("петух", ("қыламыз", "қылады", "қыламын", "етеміз", "етеді")),
        ("rooster", ("make", "will", "would")),
        # "in the morning you come out a woman", "we will make a girl of you"
        (("woman", "girl"), ("come", "make", "turn"), ("you", "him"))),
        0.8, negatable=False),
    # named as such in a note: "a threat of sexual assault", «угроза сексуального насилия»;
    # and denied there («жыныстық сипаттағы қорқыту болған жоқ»)
    Rule("sexual threats", M, "030602000000", (
        (("threat", "угроз", "қорқыт"), ("sexual", "сексуал", "жыныстық")),), 0.8),
    Rule("sexual comments", M, "030603000000", (
        ("непристойн",), ("похабн",), ("пошлост",), ("ұятты", "сөз"), ("әдепсіз", "сөз"),
        ("obscene",), ("lewd",), ("sexual", ("remark", "comment", "joke"))), 0.7),
    Rule("sexual touching", M, "030604000000", (
        ("лапал",), ("трогал", "интим"), ("grop",),
        # a hand laid on her thigh, on her body: «денеме қолын тигізді»
        (("руку", "руки", "hand"), ("бедр", "груд", "ягодиц", "thigh", "breast", "buttock")),
        (("денеме", "денесіне"), ("тигіз", "ұста"))), 0.7,
        # «опускал руки — удар ботинком по бедру»: a kick on the thigh
        # («положили грудью на стол», face down on the desk; «заболело в груди», chest pain)
        unless=("удар", "ботинк", "сапог", "kick", "blow", "тепті", "грудью", "заболе",
                "боль", "болит", "отдава")),
    # Cold or heat is ill-treatment when it is imposed: a cold cell, made to stand in the snow,
    # cold water poured over him. "У нас холодно, минус 25" is the weather.
    Rule("cold or heat", M, "030700000000", (
        ("неотаплив",), ("без", "отоплен"), ("отоплени", "не"), ("ледян", "вод"),
        # «в жару за сорок, в камере не работала вентиляция»
        (("жару", "жара", "жаре", "жарой"), ("камер", "вентиляц", "духот")),
        ("жылытылмай",), ("жылытылма",), ("unheated",), ("тоңдыр",), ("жарко", "камер"),
        ("духот", "камер"), ("ыстық", "камера"), ("heating", "not"), ("no", "heating"),
        # a cold word and where or how it was imposed
        ((
            "мороз", "холод", "снег", "ледян", "минус", "иней", "инее", "мерзл", "мерзн", "замерз",
            "қардың", "қарда",
            "промерз", "тоңды", "тоңып", "аяз", "суық", "мұздай", "cold", "snow", "freez",
            "froze", "icy", "minus"),
         (
            "камер", "карцер", "шизо", "пкт", "изолятор", "одиночк", "подвал", "стакан", "бетон",
            "облил", "облива", "вод", "раздет", "раздел", "держал", "держат", "стоя", "стоять",
            "оставил", "босиком", "трусах", "окно", "стекл", "батаре",
            "одеял", "дрож",
            "камера", "камерада", "камераға", "жалаңаш", "ұстады", "ұстап", "тұрғыз", "су",
            "терезе", "әйнек", "көрпе", "қалтыра", "дірілде",
            "blanket", "shiver", "trembl", "далаға",
            "сидел", "сидет", "футболк", "күрте", "gloves", "перчат", "қолғап", "киім",
            "cell", "shizo", "basement", "concrete", "poured", "water", "naked", "kept", "held",
            "stand", "made", "window", "glass", "radiator", "without", "underwear", "barefoot",
            # "держали на плацу стоя… мороз", "стояли… около минус пятнадцати"
            "плац", "стоя", "стоял", "держали", "вывели", "выгнали",
            # "put on his knees in the snow"
            "knees", "kneel")),
        # "we are being cooked alive in there": the heat
        (("cooked", "cooking", "baked", "roasted", "roasting"), "alive"),
        # breath that steams, frost on the wall, heating that does not work, warm clothes
        # taken: "изо рта шёл пар", "на стене у окна иней", "почти не отапливается"
        ("изо", "рта", "пар"), ("иней", ("стен", "камер", "окн")),
        ("отоплени", "не", ("работ", "было")), ("не", "отаплива"),
        (("бушлат", "тёпл", "тепл", "куртк"), ("забира", "отобра", "забрали", "отняли")),
        # «бушлатын шешіп алған» (his coat was taken off him)
        (("бушлат", "күрте", "куртка"), ("шешіп", "шешкіз", "шештір", "тартып")),
        # "на плацу в одних робах, без бушлатов", "without the winter jackets"
        ("без", ("бушлат", "телогре")), ("without", ("winter", "jackets", "coats")),
        ("heat", "cell"), ("heat", "kept"), ("hot", "cell"),
        # «днём было как в бане, за сорок градусов»
        ("как", "в", ("бане", "парилке")),
        # water frozen in the mug; warm clothes refused; shaking all night with his jacket
        # taken
        (("су", "вода", "воде", "water"), ("қатып", "замерз", "froze", "frozen", "ice", "лед",
                                           "мұз")),
        # "ice grew on the inside of the window"
        (("ice", "лед", "мұз"), ("window", "wall", "inside", "окн", "стен", "терезе", "қабырға")),
        (("жылы", "warm", "тепл", "тёпл"), ("бермед", "бермей", "refused", "забрал", "отобрал",
                                           "took", "taken", "not")),
        # a coat he was not let put on: «куртка киюге рұқсат бермеген», «куртку надеть не
        # дали»
        (("куртк", "күрте", "бушлат", "телогре"), ("киюге", "кигізбе", "надеть", "одеть"),
         ("бермеген", "бермеді", "бермей", "не")),
        (("shaking", "shivering", "shook", "қалтыра", "дрожал", "трясл"),
         ("night", "morning", "таң", "түн", "ноч", "утр"),
         ("jacket", "coat", "freez", "cold", "window", "куртк", "бушлат", "холод", "окн",
          "суық", "терезе", "күрте", "курт")),
        ("heating", "off"), ("отоплени", ("выключ", "отключ")),
        (("conditioner", "conditioning", "кондиционер"), ("cold", "coldest", "full", "max")),
        (("boiler", "котел", "котёл", "қазандық"), ("broke", "broken", "сломал", "істемей")),
        # a window opened wide and left so, on a cold night: «окно открыли на всю ночь»,
        # «терезені ашып кеткен»
        (("window", "окно", "терезе"), ("opened", "open", "открыл", "открыт", "ашып", "ашық"),
         ("wide", "left", "оставил", "кеткен", "қойған", "қойды", "night", "morning", "zero",
          "frost", "ноч", "утр", "мороз", "түн", "таң", "аяз")),
        # «окно открыли настежь», «окно специально держали открытым»
        (("окно", "окна", "окон"), ("открыл", "открыт"), ("настежь", "держал")),
        # radiators dead, blankets withheld: «батареи не работают», "they gave no blanket"
        (("батаре", "radiator", "батарея"), ("не", "суық", "cold", "not", "холод")),
        (("одеял", "blanket", "көрпе"), ("не", "no", "берме", "бермед", "жоқ", "without",
                                         "забира", "took"))),
        0.8, unless=("погод", "weather",
                     # «әйнегі сынып қалды, өзіміз жөндедік» (the pane broke, we fixed it)
                     "жөнде", "починил", "вставил", "замен", "поменял", "repaired",
                     "fixed", "replaced",
                     # «су құбыры қатып» (the water pipe froze at home)
                     "құбыры",
                     # "it has turned cold… but the barrack is heated"
                     "heated",
                     # a journalist's hotel; "пристегнули наручниками к батарее"
                     "гостиниц", "hotel", "қонақ", "пристегн", "приков", "наручник", "cuffed",
                     "кісен", "works",
                     # the writer's own house; radiators that do heat
                     "house", "home", "flat", "apartment", "квартир", "үйде", "пәтер",
                     "греют", "грее", "топят", "натоплен",
                     # «отопление в доме ещё не дали»: at home
                     "доме")),
    # Heat with no air: «аптап ыстық, терезесі шегеленген, желдеткіш жоқ»
    # A cell window with no glass or a broken one (not a shop's, broken in the burglary he is
    # charged with): the cell or the cold named near it
    Rule("cold or heat", M, "030700000000", (
        (_PANES, ("разбит", "выбит", "broken", "cracked", "треснул", "трещин", "сынық",
                  "сынған", "сынып"),
         _A_CELL_OR_THE_COLD),), 0.75, window=12),
    # a window with no glass: «окна без стекла», "no glass in the window"
    Rule("cold or heat", M, "030700000000", (
        (_GLASS, ("без", "нет", "no", "without", "missing", "instead", "вместо", "жоқ")),), 0.75),
    Rule("cold or heat", M, "030700000000", (
        (("ыстық", "ыстығ", "аптап"), ("желдеткіш", "шегеле", "ашылмай")),), 0.75,
        unless=("үйде", "пәтер")),
    # kept out on the parade ground in the frost or the sun, told at length: «выгнала весь
    # отряд на плац, и мы стояли… до полуночи, мороз под тридцать», «держал на самом солнце»
    Rule("cold or heat", M, "030700000000", (
        ("плац", ("мороз", "минус", "холод", "солнц", "солнцепек"),
         ("стоя", "стоял", "держал", "выгна", "выстро")),
        (("солнц", "солнцепек"), ("держал", "держали"), "час"),), 0.75,
        # («держали без солнца по 23 часа»: no sun at all)
        unless=("без",), window=12),
    Rule("electric shock", M, "030800000000", (
        ("током",), ("тока",), ("электрошок",), ("шокер",), ("щокер",), ("электр",),
        ("провод", "ток"),
        ("ток", "берд"), ("ток", "бер"), ("тогы",), ("тогымен",), ("ток", "бил"), ("ток", "бьет"),
        # «пускали ток», «пустили ток через пальцы»
        (("пуска", "пусти"), "ток"),
        ("провод", "намота"), ("провод", "пальц"), ("провод", "палец"), ("тапик",),
        ("wires", "fingers"), ("wires", "toes"),
        # «саусақтарына сым орап, ескі әскери телефонның тұтқасын бұрады»
        ("сым", ("саусақ", "орап")), ("телефон", ("айналдыр", "бұрады", "бұрап", "крутил")),
        # clips on the fingers, wired to a box with a crank: a field telephone
        ("clips", ("fingers", "toes", "ears", "wires")), ("crank", ("wires", "box", "turned")),
        ("зажим", ("пальц", "уш", "провод")), ("клемм", ("пальц", "уш", "провод")),
        ("shock",), ("electric",), ("taser",), ("stun", "gun"),
        # "a device like the ones farmers use for cattle", a cattle prod, «для скота»
        (("cattle", "livestock"), ("prod", "device", "pressed", "jabbed", "touched")),
        ("prod", ("pressed", "touched", "jabbed")),
        (("скот", "коров"), ("прибор", "штук", "палк"))), 0.85),
    Rule("asphyxiation", M, "030900000000", (
        ("противогаз",), ("слоник",), ("slonik",), ("protivogaz",),
        ("gas", "mask"), ("suffocat",), ("asphyx",)), 0.8),
    Rule("water", M, "030901000000", (
        # Water splashed on the face to wake him is not this: a cloth, a head held under.
        ("топил",), ("вод", "голов"), ("вод", "тряпк"), ("захлеб",),
        ("бак", "вод"), ("суға", "батыр"), ("су", "құй", "бет"), ("су", "шүберек"),
        ("water", "head"), ("water", "cloth"), ("water", "towel"),
        ("water", "rag"), ("drown",), ("waterboard",)), 0.8,
        # «головой в унитаз… смывали воду»: the toilet (filthy water), not a cloth
        unless=("унитаз", "параш", "toilet", "bowl", "flush", "дәретхана")),
    Rule("bag", M, "030902000000", (
        ("пакет", "голов"), ("пакет", "лиц"), ("пакет", "надел"), ("пакет", "натян"),
        ("пакет", "одел"), ("кулек",), ("целлофан", "голов"), ("целлофан", "бас"),
        ("мешок", "голов"),
        ("пакет", "бас"), ("пакет", "кигіз"), ("пакет", "кид"), ("пакет", "тұншық"),
        (("полиэтилен", "мешок"), ("бас", "кигіз", "кид", "надел", "натян")),
        (("bag", "packet", "sack"), ("head", "over", "face")), ("plastic", "bag"),
        ("paket",), ("bag", ("asphyx", "suffocat", "choke", "breath")),
        # "took a bin bag, pulled it over my head"
        (("bin", "rubbish", "garbage", "shopping"), "bag"), ("bag", ("pulled", "twisted")),
        # "pulled a bin liner over his head"
        ("liner", ("head", "over", "face", "pulled"))),
        0.85,
        # «терезесінде жыртық полиэтилен … қабырғаны қырау басады» (plastic on the window)
        unless=("терезе", "window", "окн", "қырау")),
    Rule("filthy water", M, "030903000000", (
        ("унитаз", "голов"), ("парашу", "голов"),
        # his head into the toilet; not "with the unit head present… scrub the toilet"
        # «басын унитазға тығып ұстады» (held his head down in the toilet), a scan's «унитазга»
        (("унитаз", "дәретхана", "параша"), ("басын", "басым", "басыңды", "басына"),
         ("тығ", "тық", "батыр", "малып", "малды", "сұқ", "ұста", "басып", "басты")),
        ("toilet", "head", ("into", "in", "down", "under", "dunk", "pushed", "shoved")),
        # "pushed his head into the bowl and pulled the flush"
        (("bowl", "flush"), "head", ("into", "pushed", "shoved", "held", "dunk"))), 0.75,
        unless=("unit", "scrub", "clean", "wash")),
    Rule("strangling", M, "031000000000", (
        ("душил",), ("удуш",), ("скотч", "шею"), ("горл", "сдав"), ("горл", "сжим"),
        ("шею", "сдав"), ("удавк",), ("придуш",),
        # «буындырды» (strangled); «қолының буындары» are his joints
        ("буындыр",), ("тұншық", ("мойн", "тамағ", "буындыр")), ("мойн", "қыс"),
        ("strangl",), ("throat",), ("neck", "squeez"),
        # «держал локтем за горло»
        ("горло", ("держал", "локт", "сжал")),
        # «зажимал шею сгибом локтя», «обхватил шею локтем и давил»
        (("шею", "шеи", "шее"), ("локт", "давил")),
        # "looped a belt round his neck", «ремень на шею накинули»
        (("belt", "rope", "cord", "ремень", "ремн", "шнур", "веревк", "белбеу", "арқан"),
         ("neck", "шею", "шее", "мойн")),
        # his own T-shirt or a towel twisted round the neck: «футболку на шее закрутили»
        (("shirt", "towel", "scarf"), "neck"), (("футболк", "полотенц", "шарф"), ("шею", "шее")),
        # "pressed a knee on his neck", «коленом на шею», «тізесімен мойнына басты»
        (("knee", "knees"), "neck", ("pressed", "pressing", "pushed", "put", "held", "leaned",
                                     "pinned")),
        (("коленом", "колено"), ("шею", "шее"), ("давил", "прижал", "надавил", "упер", "встал")),
        ("тізесімен", "мойн"),
        # «мойныма сүлгі орап, артымнан тартты»
        (("сүлгі", "белдік", "арқан", "жіп"), ("мойн",), ("орап", "тартты", "тартып", "қысты")),
        # "choked him until…", not "choked on a piece of apple"
        ("chok", ("me", "him", "us", "them", "neck", "until", "belt", "rope", "hands", "arm",
                  "towel", "wire"))), 0.8,
        # "задушили налогами", «қарыз мойнымды қысып тұр» (debt has me by the throat)
        unless=("налог", "tax", "қарыз", "несие", "долг", "кредит", "debt", "loan",
                # «приступ удушья», «чувство удушья»: breathlessness, a symptom; a bag or a
                # gas mask is asphyxiation
                "приступ", "астм", "чувств", "одышк", "жалоб", "bag", "mask", "пакет",
                "противогаз")),
    # "took me by the neck… until I could not breathe": the "not" is the point
    Rule("strangling", M, "031000000000", (
        (("neck", "шею", "шеи", "горло", "мойн"), ("breathe", "breath", "дыш", "тыныс")),),
        0.75, negatable=False,
        unless=("bag", "mask", "пакет", "противогаз", "қап", "down")),
    Rule("forced postures", M, "031100000000", (
        ("стресс", "поз"), ("неудобн", "поз"), ("stress", "position"),
        # face down on the ground for hours: «положили лицом в землю и держали часа три»
        (("лицом", "мордой", "ничком"), ("земл", "пол", "асфальт", "снег", "плац"),
         ("час", "утр", "ноч")),
        ("face", "down", ("hours", "until", "morning", "night"))), 0.7),
    # «положили лицом в пол… и держали так до утра, часов пять»: told at length, so its
    # words stand further apart; standing face to the wall is standing
    Rule("forced postures", M, "031100000000", (
        (("лицом", "мордой", "ничком"), ("пол", "земл", "асфальт", "снег", "плац", "бетон"),
         ("час", "утр", "ноч")),), 0.7, unless=("стен", "стоя"), window=14),
    # «таңға дейін еденге етпетімнен жатқызып қойды» (made to lie face down until dawn)
    Rule("forced postures", M, "031100000000", (
        ("етпет", "жатқыз", ("таң", "түні", "түнімен", "сағат")),), 0.7),
    Rule("suspension", M, "031101000000", (
        ("подвеш",), ("подвес",), ("дыб",), ("асып", "қойды"), ("ілін",), ("ілді",),
        # «аяқтарым жерге әрең тиіп тұрды» (his feet barely touched the ground)
        ("аяқ", "жерге", "әрең"),
        ("асып", "қой"),
        # «іліп қойды» (hung) is suspension when what he hung by or from is named: the cuffs,
        # a chain, the bars, a pipe, a hook, his wrists; not a picture «іліп қойдым»
        ("іліп", ("кісен", "шынжыр", "тор", "құбыр", "труб", "ілгек", "ілмек", "темір",
                  "наручник", "решет", "крюк", "қолынан", "білегінен")),
        ("hung", "by"), ("hung", "from"), ("hang",), ("suspend",), ("hanging", "by"),
        # a doctor's "consistent with suspension by handcuffs"
        ("suspension", "by", ("handcuffs", "cuffs", "arms", "wrists", "hands")),
        # cuffed high up "so that he stood on tiptoe", "only my toes touched the floor"
        (("стоял", "стоять", "стоя", "висел"), "на", ("носках", "носочках", "цыпочках")),
        ("tiptoe", ("stood", "stand", "hung", "cuffed")), ("toes", ("touch", "floor")),
        ("аяқ", "ұшы", "әрең"),
        # «зацепили цепочку наручников за решётку»
        ("зацепил", ("наручник", "крюк", "решет", "решёт")),
        # «цепляли их к решётке окна», «носки едва доставали до пола»
        (("цепля", "зацеп"), ("решет", "решёт", "крюк", "потол")),
        (("носк", "пальц", "ноги"), ("доставал", "касал"), "пол"),
        # "hung the cuffs on the upper bars of the door, so I stood on the toes", "the cuffs
        # were hooked to the bars of the window"
        (("hung", "hooked", "hook"), ("cuffs", "handcuffs"), ("bars", "door", "window", "grate",
                                                              "grille", "hook", "pipe")),
        ("toes", ("stood", "stand", "standing"))), 0.8,
        # ("long visits suspended since October")
        unless=("himself", "myself", "herself", "себя", "өзін", "трубк", "phone", "sentence",
                "visit",
                "приговор", "условн", "сурет", "photo",
                "picture", "картин", "қабырға", "wall", "стен", "көз", "calendar",
                # "I was hanging out the washing"
                "washing", "laundry")),
    Rule("parrot's perch", M, "031102000000", (
        ("попугай",), ("parrot",), ("palm", "tree")), 0.85),
    Rule("forced standing", M, "031103000000", (
        ("стоя", "час"), ("стоять", "час"), ("стоять", "ночь"), ("стоять", "сутк"),
        ("стоять", "утр"), ("растяжк",), ("стоять", "стен"), ("стоя", "всю"),
        ("тік", "тұрғыз"), ("тұрғызып", "қой"), ("тұрғызды",),
        # «аяғынан тік тұрғызды» (not «аяқпен» ұрды, kicked: a foot that strikes)
        (("аяққа", "аяғынан", "аяғына", "аяқтан"), "тұрғыз"),
        # «таңға дейін тік тұрдым», «бір жарым сағат тұрғызыпты», «таң атқанша тұрғызған»
        ("тік", ("тұрдым", "тұрды", "тұрдық"), ("таң", "сағат", "түні", "түнімен", "дейін")),
        # (for how long: not «түнде сағат екіде тұрғызған», got up at two o'clock)
        (("бойы", "атқанша", "таңға", "түнімен", "жарым", "сағаттай", "сағатқа"),
         ("тұрғызыпты", "тұрғызған")),
        # «тік тұруға мәжбүрледі» (made him stand upright)
        ("тік", ("тұруға", "тұрға"), "мәжбүр"),
        # «қабырғаға қаратып, аяғымызды кең ашқызып» (legs spread wide at the wall: the
        # растяжка told in Kazakh)
        (("аяғ", "аяқ"), "кең", ("ашқыз", "аштыр", "ашып", "ашқан")),
        ("rastyazhk",), ("rastiazhk",),
        # "простоял три часа", "kept on his feet", "not allowed to sit down", «отыруға
        # рұқсат бермеді»
        ("простоя", "час"), ("простоя", "ноч"), ("простоя", "утр"), ("простоя", "сут"),
        (("kept", "keep", "keeping"), "on", "feet"), ("not", "allowed", "sit"),
        ("сидеть", "не", ("давал", "разреш", "позвол")), ("сидеть", "запрещ"),
        (("отыруға", "отырғызба"), ("рұқсат", "бермед", "жібермед")), ("facing", "wall"),
        ("stand", "hours"), ("standing", "hours"), ("stand", "wall"), ("stand", "night"),
        ("stood", ("him", "her", "them", "us", "me"), ("wall", "hours", "night", "till", "until")),
        ("standing", ("until", "till", "all")),
        # "so he stands from 6 in the morning until lights out"
        ("stand", ("until", "till"), ("lights", "evening", "night", "morning")),
        (("had", "forced", "made", "ordered", "told"), "to", "stand"),
        # "I stood until morning", "we stood from 10:00 until 16:00"
        ("stood", ("until", "till"), ("morning", "evening", "night", "lights", "hours")),
        ("stood", "from", ("until", "till")), ("stood", ("like", "there"), "hours"),
        # «садиться не давали»; «поставили лицом к стене… всю ночь»
        ("садиться", "не", ("давал", "разреш", "позвол")),
        ("лицом", ("стене", "стенке", "стену"), ("ноч", "утр", "сутк")),
        # «стоял, пока не начало светать», «пока ноги не подкашивались»
        (("стоял", "стояли", "стоя"), "пока", ("светать", "рассвет", "утр", "подкашив", "падал")),
        ("standing", "night"), ("made", "stand"), ("stand", "all"),
        # "the unit was kept standing on the parade ground"; "he stood most of the night"
        (("kept", "keep", "keeping", "forced"), "standing"),
        ("stood", ("most", "all", "whole"), ("night", "day"))), 0.8,
        # "every time he tried to stand up" is getting up; made to kneel facing the wall is
        # kneeling
        # («отырғызып-тұрғызды»: made to squat and rise, squatting)
        unless=("up", "knee", "колен", "тізе", "отырғызып",
                # «құлап қалдым, бетіме су шашып тұрғызды» (stood back up after fainting)
                "құлап", "шашып", "есім", "есін")),

    # «плацқа шығарып… үш сағат» (taken out to the parade ground and kept there for hours):
    # told at length, the hours a dozen words on
    Rule("forced standing", M, "031103000000", (("плац", "шығар", "сағат"),), 0.75,
         # (made to run: «плацта екі сағат жүгіртті»)
         unless=("жүгірт",), window=12),
    # «шамамен бес сағат тұрғызған» (made to stand about five hours; not «сағат екіде
    # тұрғызған», got up at two o'clock)
    Rule("forced standing", M, "031103000000", (
        ("сағат", ("тұрғызған", "тұрғызыпты")),), 0.75,
        unless=("бірде", "екіде", "үште", "төртте", "бесте", "алтыда", "жетіде", "сегізде",
                "тоғызда", "онда", "түнгі", "таңғы")),
    # «выгнала весь отряд на плац, и мы стояли с восьми вечера почти до полуночи», «выстроил
    # на плацу и держал… три часа»: the same told in Russian
    Rule("forced standing", M, "031103000000", (
        (("плац",), ("выгна", "выстро", "построи", "держал", "стояли", "стоял"),
         ("час", "полуноч", "утра", "отбоя")),), 0.75,
        # (not «выгнали на плац, положили лицом в землю и держали так часа три»: lying)
        unless=("бега", "бегать", "марш", "положил", "лицом", "лежа", "лёжа"), window=12),
    Rule("stretching", M, "031104000000", (("шпагат",), ("stretch", "legs")), 0.7),
    Rule("squatting or kneeling", M, "031105000000", (
        # ("как её колени?" asks after a mother's knees)
        # (made to kneel is «тізерлет-»; «тізерлеп жүріпті», he went about on his knees, is
        # what the beating left him)
        ("корточк",), ("гусин",), ("присед",), ("на", "колен"), ("тізерлет",),
        ("тізерле", ("отырғыз", "тұрғыз", "ұста", "мәжбүр", "қой")),
        ("шоқи",), ("шоқай",), ("тізе", "бүгіп"),
        ("тізе", "бүк"), ("тізесіне",), ("жүрелет",), ("жүрелеп",), ("қортық",), ("kortyk",),
        # «аяғының ұшымен отырғызып, қолын алға созғызып» (on his toes, arms out)
        (("отырғызып", "отырғызды", "отырғызған"), ("ұшымен", "созғыз", "шоқ")),
        ("qortyq",), ("zhurelet",), ("кортачк",), ("жүресінен",), ("haunches",),
        (("присесть", "присел", "присели"), ("догола", "раздет")),
        # "made them sit on their heels in the corridor"
        (("sit", "sat", "sitting"), "on", ("heels", "haunches")),
        # a half-squat against the wall: «жартылай отырып тұру», «отыр, тұрма»
        ("жартылай", "отыр"), ("отыр", "тұрма"),
        # ("her knees are bad" is a mother's health)
        ("squat",), ("kneel",), ("on", "knees"), ("duck", "walk"),
        # «үйрек» (the duck): squatting on the toes
        ("үйрек", ("қыл", "отырғыз", "жүргіз")), ("шөгеріп",), ("шөгер", "отырғыз"),
        # «отырғызып-тұрғызды» (made to squat and rise, over and over)
        ("отырғызып", ("тұрғызды", "тұрғызған", "тұрғызып"))), 0.8,
        unless=("обня", "обхват", "hug", "пишу", "писал", "папы", "мамы", "отца", "матери",
                "lap",
                # "if his knees went" (buckled while standing); crouching to rest when standing
                # was the order: «кто присаживался на корточки, тому добавлял»
                "went", "gave", "buckl", "подкос", "присажива", "садился",
                # «как только он опускался на корточки — кричали "встать!"»: rest cut short
                "опускался", "опускались", "опускалась",
                # «встал коленом на шею»: his knee on the man's neck, no posture of the man's
                "коленом")),
    Rule("nail removal", M, "031200000000", (
        ("ногт", "выр"), ("ногт", "сорв"), ("тырнақ", "жұл"), ("fingernail",),
        ("nails", "pull"), ("nails", "ripp"), ("nails", "tore")), 0.85),
    # A dog set on a man or let maul him: «на него собаку пустили», «натравили овчарку»
    # (not a dog handler standing by).
    Rule("animals", M, "031300000000", (
        (("собак", "овчарк", "псы", "пса", "псов"),
         ("пустил", "спустил", "натрав", "травил", "порвал", "покусал", "искусал", "укусил")),
        ("натрав", ("собак", "овчарк", "псов", "пса"))), 0.75),
    Rule("food or water deprived", M, "031501000000", (
        ("не", "корми"), ("без", "еды"), ("без", "пищи"), ("без", "воды"), ("голодом",),
        ("не", "давали", "есть"), ("не", "давали", "пить"), ("не", "давали", "вод"),
        ("не", "давали", ("еды", "еду")), ("лиш", "пищи"), ("лиш", ("еды", "еду")),
        ("кушать", "не", ("дают", "дава")), (("ужинать", "ужина", "ужин"), "не", ("дава", "дают")),
        # «в столовую не водили весь день», «даже хлеба не дали»
        ("столов", "не", ("водил", "вывод", "пуска", "пустил")),
        (("хлеб", "хлеба"), "не", ("дали", "дава", "дают")),
        # "asked for water many times and was told he would get a drink when he remembers"
        (("asked", "begged"), "water", ("times", "told", "refused", "nobody", "until")),

        ("not", "give", ("drink", "water", "food")), ("not", ("bring", "brought"), "food"),
        # "only bread and hot water, three days"
        (("only", "только", "тек"), ("bread", "хлеб", "нан")),
        (("просил", "просился"), ("пить", "воды", "воду"), ("не", "никто", "отказ")),
        # «воды не дали», «воду не давали до утра»
        (("воды", "воду"), "не", ("дали", "дал", "давал")),
        ("тамақ", "берме"), ("тамақсыз",), ("су", "берме"), ("сусыз",), ("ашықтыр",),
        ("тамақ", "бермей"), ("ішуге", "берме"),
        # «тамақ та, су да берілмеген» (neither food nor water was given)
        (("тамақ", "су"), "берілме"),
        ("without", "food"), ("without", "water"), ("no", "food"), ("no", "water"),
        ("denied", "food"), ("deprived", "food"), ("starv",), ("food", "withheld"),
        ("nothing", "to", "eat"), ("nothing", "to", "drink")), 0.8, negatable=False,
        # "no hot water" is for washing; «шелектегі су қатып қалатын, көрпе бермеді»: the
        # water froze, the blanket was not given
        unless=("hot", "горяч", "ыстық", "shower", "душ", "wash", "қатып", "көрпе")),
    # «Су сұрағанда "мойындасаң, су да болады" деп, таңға дейін бермеген»: told at length
    Rule("food or water deprived", M, "031501000000", (
        ("су", ("сұрағанда", "сұрадым", "сұрады", "сұраса"), ("берме", "бермей")),), 0.75,
        negatable=False, window=12),
    # "first you write, then you drink", "you drink when you sign": water refused in the very
    # words that set its price, not a threat of something still to come
    Rule("water for a confession", M, "031501000000", (
        ("drink", ("first", "after", "until", "once", "when"),
         ("sign", "write", "confess", "talk", "admit", "remember")),), 0.8),
    # «Когда он начинал засыпать, сотрудник бил ладонью по столу»: kept awake
    Rule("sleep deprived", M, "031502000000", (
        (("засыпа", "засып", "уснуть", "задремал", "дремать"),
         ("бил", "стучал", "хлопал", "стучали", "били"), ("стол", "столу", "дверь", "двери")),),
        0.75, negatable=False, window=10),
    # "did not let him sleep", "allowed to sleep two hours" (not "he sleeps when the bed is let
    # down at night": the bunk)
    Rule("sleep deprived", M, "031502000000", (("let", "sleep"), ("allow", "sleep")), 0.8,
         negatable=False, unless=("bed", "bunk")),
    Rule("sleep deprived", M, "031502000000", (
        ("спать", "не", "дава"), ("спать", "не", "дают"), ("лиш", "сна"), ("не", "давали", "спа"),
        ("спать", "не", ("дали", "дал")),
        (("закрыва", "закрыл"), "глаз", ("пина", "пнул", "орал", "кричал")),
        ("будил",), ("будят",), ("спал", "кусками"), ("не", "дава", "уснуть"), ("ұйқы", "берме"),
        ("ұйқы", "бермей"),
        ("ұйқысыз", "қалдыр"), ("ұйқыдан", "айыр"), ("ұйықтатпа",), ("ұйықтатпай",),
        ("ұйықтатқан", "жоқ"), ("оятып",), ("оятты",), ("ұйықтауға", "берме"),
        ("without", "sleep"),
        ("deprived", "sleep"), ("sleep", "depriv"), ("could", "sleep"), ("kept", "awake"),
        ("keep", "awake"), ("woke", "every"), ("waken", "every"), ("dozed",),
        (("shaken", "shook", "kept"), "awake"),
        (("closed", "close"), "eyes", ("every", "each", "time")),
        ("засыпа", ("будил", "толка", "стуча", "облива")),
        ("урывками",), ("ночь", "стуча"),
        # "whenever he nodded off, an officer woke him"
        (("nodded", "nodding", "dozed", "dozing", "drifted"), ("woke", "wake", "waken",
                                                               "shook", "kick", "bang")),
        ("засыпал", ("будил", "стучал", "толкал", "облива")),
        # "the guards bang on the door of his cell every hour at night"
        (("bang", "banged", "banging", "knock", "knocked", "knocking"), ("night", "every")),
        ("every", "hour", "night"),
        # «көзін жұмғызбаған», «көз ілдірмеген» (did not let him close his eyes); «әр жарты
        # сағат сайын есікті тарсылдатып» (banged on the door every half hour)
        ("жұмғызба",), (("көз", "көзін", "көзім"), "ілдірме"), ("сайын", "тарсылдат"),
        # «көзі жұмылса тұрғызып» (made to stand whenever his eyes closed)
        (("көзі", "көзім", "көзін"), ("жұмылса", "ілінсе", "жұмса", "ілініп"),
         ("оят", "айқай", "қағып", "теуіп", "түрт", "ұр", "су", "тұрғыз")),
        # a torch in his face every night, made to get up: «фонариком в лицо»
        ("torch", "face"), ("фонар", "лицо"), ("every", "night", ("get", "up", "woken", "wake")),
        # "whenever he fell asleep the officers woke him"
        ("asleep", ("woke", "wake", "waking", "kick", "shout")),
        # "so he would not sleep", "whenever his head dropped they banged on the table"
        (("would", "could"), "not", "sleep"),
        (("head", "eyes"), ("dropped", "drooped", "closed", "fell"),
         ("bang", "banged", "knock", "shout", "woke", "table", "slap", "slam", "slammed")),
        # "in three days I slept maybe two hours"
        ("slept", ("hour", "hours"), ("days", "nights")),
        # «стучал по столу, как только он закрывал глаза»
        (("закрыва", "закрыл"), "глаз", ("стуча", "будил", "толка", "окрик", "облива"))),
        0.8,
        negatable=False),
    # "whenever he closed his eyes, one of them kicked the chair": not "whenever I close my
    # eyes I see that corridor"
    Rule("sleep deprived", M, "031502000000", (
        ("eyes", ("closed", "close", "shut"), "whenever"),), 0.75,
        unless=("see", "saw", "dream", "pictur", "remember", "think")),
    Rule("medical care denied", M, "031503000000", (
        ("медицинск", "помощ", "не"), ("медпомощ",), (("помощ", "медицин"), "отказ"),
        ("врач", "отказ"), ("врач", "не"),
        ("без", "медицин"), ("скор", "не", ("вызыва", "вызвал")), ("лечени", "не"),
        ("лечени", "отказ"),
        ("медик", "не"), ("фельдшер", "не"), ("не", "лечат"), ("не", "оказ", "помощ"),
        # «медициналық көмек көрсетпеді» (gave no medical help), not a report's «медициналық
        # көмекке қатысты» (about medical help) nor a demand «…көмек көрсету»
        ("медициналық", "көмек", ("көрсетпе", "көрсетілме", "берме", "бермей", "берілме",
                                   "жасалма", "жоқ", "алмады", "алмаған", "алмай")),
        # the ambulance that never came or was not called: «жедел жәрдем келмеді»
        ("жедел", "жәрдем", ("келмеді", "келмеген", "келмей", "шақырма", "шақыртпа",
                             "шақырылма")),
        # the guard's brush-off: «өлмейсің, жата тұр» (you won't die, lie there)
        ("өлмейсің", ("жата", "жатып", "апар", "аурухана", "медчас", "медбөлім", "дәрігер")),
        ("дәрігер", "қарама"), ("дәрігер", "келме"),
        # the nurse who did not look at him; the medic's «өлмейсің, көбейтпе» (you won't die,
        # don't make a fuss) through the hatch
        (("медбике", "фельдшер", "медбибі"), "қарама"),
        (("медбике", "фельдшер", "дәрігер", "врач"), "өлмейсің"),
        ("дәрігер", "жоқ"), ("дәрігерге", "апарма"), ("емдеме",), ("ем", "жасалма"),
        # «дәрігер шақырмады» (nobody called a doctor), «дәрігерге көрсетпеді»
        ("дәрігер", ("шақырма", "шақыртпа", "көрсетпе", "шақырылма", "көрсетілме")),
        # asked the medical unit and nobody came: «медчастқа жазды, ешкім келген жоқ»
        (("медчаст", "медбөлім", "санчаст", "дәрігер", "фельдшер", "врач"), "ешкім",
         ("келген", "келме", "қарамаған", "қарамады")),
        ("врач", "жоқ"), (("өтініш", "арыз"), "жауапсыз"),
        # the medic who looked through the hatch, said «ештеңе етпейді» and left
        (("фельдшер", "дәрігер", "врач", "медбике"), ("ештеңе", "кетіп"), ("етпейді", "қалды")),
        ("denied", "medical"), ("medical", "refused"), ("no", "medical", "care"),
        ("no", "medical", "help"), ("no", "medical", "attention"), ("no", "doctor"),
        ("hospital", "refuses"), ("refuses", "hospital"),
        ("no", "ambulance"),
        # "for four days nobody looked at it"; X-rays asked for again and again
        (("nobody", "никто", "ешкім"), ("looked", "examined", "посмотрел", "осмотрел", "қарамады"),
         ("at", "it", "him", "его", "ее")),
        ("no", "one", ("looked", "examined"), ("at", "it", "him", "her")),
        # the brush-off "you are not dying yet", "you won't die of a toothache"
        (("not", "won"), ("dying", "die"), ("yet", "toothache", "cough", "hospital", "doctor")),
        (("рентген", "ray"), ("refus", "asks", "again", "просит", "отказ", "сұрайды")),
        # «больницаға жіберіңіздер деп арыз берген, ол бас тартыпты»
        (("больниц", "аурухана"), "бас", "тарт"),
        # "they said the ShIZO is not a sanatorium"
        (("sanatorium", "санатори", "шипажай"),
         ("medic", "doctor", "санчаст", "медчаст", "врач", "фельдшер", "медбөлім", "дәрігер")),
        # "the doctor did not come", "not allowed to a doctor" (not "I did not tell the doctor",
        # "visits not recommended by the doctor", "you are not at the doctor's")
        ("doctor", "refused"), ("without", "medical"),
        ("doctor", "not", ("come", "came", "examin", "allow", "give", "gave", "let",
                           "bring", "brought", "take", "took", "sent", "send", "called",
                           # "the doctor is not for people like you", "doctor is not here",
                           # "was not seen by a doctor"
                           "for", "here", "seen")),
        ("treatment", "denied"), ("treatment", "refused"), ("refused", "treatment"),
        ("denied", "treatment"), ("medical", "care", "denied"), ("never", "saw", "doctor"),
        # the doctor calls him a faker: «симулирует», "malingering"
        ("симулир",), ("симулянт",), ("malinger",), ("faking",),
        # asked for the medical unit or a doctor and was not taken, or nobody came: "просился
        # в санчасть, его не повели", «медчастқа… жібермеді», "still has no treatment"
        # ("отвели только через три дня", days of delay; not «в санчасть меня водили один
        # раз, дали таблетки», taken there: «водили» only with its «не»)
        (("санчаст", "медчаст", "медпункт", "медбөлім", "медчастка"),
         ("повели", "отвели", "пустил", "жібермед", "апарма", "жибермед", "выводил")),
        (("санчаст", "медчаст", "медпункт", "медчастка"), "не", "водили"),
        # the medic's "it'll heal before the wedding" and two painkillers
        ("свадьбы", "заживет"),
        (("врача", "doctor"), ("никто", "nobody", "no", "one"), ("приш", "came", "come",
                                                                  "приход")),
        # taking him to hospital refused; only painkillers; a dentist asked for in vain
        (("hospital", "больниц", "аурухана", "ауруханаға"), ("refused", "отказали", "отказано",
                                                            "denied", "апарма", "жібермед",
                                                            "бермед")),
        (("only", "только", "тек"), ("painkiller", "обезбол", "анальгин", "зеленк", "зелёнк",
                                    "ауырсынуды", "analgin", "paracetamol", "парацетамол")),
        (("стоматолог", "dentist", "тіс"), ("просит", "asks", "asked", "отказ", "refused",
                                           "сұрап", "сұрады")),
        (("no", "still"), "treatment", ("has", "no")),
        # months of paracetamol "and said it's a cold", requests that got nothing
        (("paracetamol", "painkiller", "analgin", "парацетамол"), ("months", "weeks")),
        (("requests", "applications", "заявлени"), ("nothing", "ignored", "unanswered")),
        # the medic's brush-off: "take analgin", «не коси», «придуриваешься», "theatre";
        # "did not look at my knee"; asked and told «не положено»
        ("take", ("analgin", "painkiller", "paracetamol")), ("не", "коси"), ("косишь",),
        ("putting", "it", "on", ("said", "nurse", "medic", "doctor")),
        ("придурива",), ("притворя",), (("medic", "doctor", "feldsher"), "theatre"),
        ("рентген", ("жіберме", "апарма")),
        (("medic", "doctor", "feldsher"), "not", ("look", "examine")),
        (("просил", "просился", "попросился"), ("врач", "больниц", "санчаст", "медчаст"),
         ("положено", "отказ")),
        (("written", "wrote", "asked"), ("medical", "medic", "doctor"), ("times", "twice")),
        ("medical", "unit", "closed")),
        0.8, negatable=False,
        # a finding, not a refusal: "the doctor also found no injuries", «врач ничего не нашел»
        unless=("found", "нашел", "нашла", "выявил", "тапқан", "тапты", "экспертиз",
                # "от освидетельствования отказался сам", "did not ask for a doctor", «за
                # медпомощью не обращался» (he did not seek it)
                "освидетельств", "ask", "обращал", "обращался",
                # "I did not go to a doctor": his own choice
                "go", "went",
                # "the parcel was refused 'as medicines only via the medical unit'": the
                # medicines (withheld), not care
                "parcel",
                # "he does not trust the doctors there"; "his requests to be moved were
                # ignored": another cell
                "trust", "moved",
                # «врачу ничего не говорил»: what he did not tell the doctor
                "говорил")),
    # Care refused in Russian as the letters tell it: not taken to the medical unit or the
    # hospital, a doctor asked for day after day, the medic's brush-off.
    Rule("medical care denied", M, "031503000000", (
        # «в санчасть не выводят», «в медчасть так и не вывели», «в больницу не вывозят»
        # (not «если в больницу не вывезут»: what is to come)
        (("санчаст", "медчаст", "больниц"), "не", ("вывод", "вывел", "вывоз", "вывезли")),
        # «в медчасть даже не положили», «в больницу не госпитализировали»
        (("санчаст", "медчаст", "больниц", "стационар"), "не", ("положили", "госпитализир")),
        # «в санчасть не взяли», «в больницу так и не отвезли»
        (("санчаст", "медчаст", "больниц", "стационар"), "не", ("взяли", "забрали", "отвез")),
        # «просили врача, стучали», «каждый день прошу врача»
        (("просит", "прошу", "просил", "просили"), ("врача", "медика", "фельдшера"),
         ("никто", "стуча", "каждый", "дней", "недел")),
        # «потерпишь, конвоя нет», «не помрёшь, терпи», «не сдохнешь», «само срастётся»
        ("конвоя", ("потерп", "жди", "очеред")),
        (("фельдшер", "врач", "медик", "медсестр"),
         ("помрешь", "помрёшь", "сдохнешь", "потерпишь", "терпи")),
        ("само", ("срастется", "срастётся", "заживет", "заживёт", "пройдет", "пройдёт")),
        # «ШИЗО-да санчасть жоқ, өлмейсің» (there is no medical unit, you won't die)
        (("санчаст", "медбөлім", "дәрігер", "врач", "фельдшер"), ("өлмейсің", "олмейсин"))),
        0.75, negatable=False, unless=("обращал", "освидетельств")),
    # A medicine and a verb of keeping it from him: taking it away, not giving it, refusing it.
    Rule("medicine withheld", M, "031504000000", (
        (MEDICINES, ("не", "отобр", "забр", "изъя", "лиш", "отказ", "берме", "бермей",
                     "берілме", "жоқ", "алып", "тартып", "not", "withheld", "refused",
                     "denied", "taken", "took", "confiscat", "removed",
                     # given only now and then: «с перебоями», "irregularly"
                     "перебо", "irregular", "үзіліс",
                     # "they don't give him the pills", «не возвращён»
                     "don", "didn", "doesn", "возвращ")),
        ("без", MEDICINES), ("without", MEDICINES), ("no", MEDICINES), ("дәрісін", "ал"),
        # medicine brought in a parcel and not taken in: «передачамен дәрілерін апардым,
        # қабылдамады», «сәлемдемедегі дәріні өткізбеді»
        (("передач", "сәлемдеме", "посылк"), MEDICINES,
         ("қабылдама", "өткізбе", "алмады", "алмаған", "алмай")),
        # given only every other time: «стали давать через раз: то одного препарата нет»
        (("давать", "дают", "давали", "выдают", "выдавать"), "через", "раз", MEDICINES)),
        0.8, negatable=False,
        # the pills that did not help, the medicine he is not taking, "the name of the drug
        # he does not know"
        # («отказался пить таблетки»: he refused them; «уколы делали ещё не меньше трёх раз»:
        # no fewer)
        unless=("помог", "help", "work", "пьет", "пью", "пей", "принима", "taking", "эконом",
                "отказался", "отказывался", "отказалась", "меньше", "менее",
                # "No complaints received about medication"; «ингалятор он с собой не взял» (he
                # did not take it with him)
                "complaints", "собой",
                "забыв", "forget", "назван", "знает", "name",
                # "no insulin pens in stock": a supply, no one deprived
                "stock", "наличии")),
    # "I brought his inhaler to the IVS on Tuesday, they did not take it"
    Rule("medicine withheld", M, "031504000000", (
        (("brought", "bring", "bringing"), MEDICINES, ("not", "refused", "wouldn", "won")),),
        0.7, negatable=False, window=10),
    # "the tablets are given to him with interruptions, a week yes, a week no"
    Rule("medicine withheld", M, "031504000000", (
        (MEDICINES, ("interruption", "interruptions")),), 0.75,
        negatable=False, window=10),
    # the pills named before, then «медсестра их не выдаёт»
    Rule("medicine withheld", M, "031504000000", (
        (("медсестр", "фельдшер", "медчаст", "санчаст"), "не", ("выдает", "выдаёт", "выдают")),),
        0.7, negatable=False),
    Rule("forced feeding", M, "031600000000", (
        ("принудительн", "корм"), ("насильн", "корм"), ("force", "fed"), ("forced", "feed"),
        # a tube through the nose: «засунул ему через нос трубку и залил кашу»
        ("через", "нос", ("трубк", "зонд", "шланг")), ("tube", "nose"), ("мұрн", "түтік")),
        0.85),
    Rule("binding", M, "031701000000", (
        # "У меня руки связаны" and "my hands are tied" are idioms: the verb forms are not.
        ("связанн", "рук"), ("связанн", "ног"), ("связыва", "рук"), ("связыва", "ног"),
        ("связал",), ("наручник",),
        ("приковал",),
        ("пристегн",), ("стяжк",), ("скотч", "рук"), ("цепь",), ("байлад",), ("байлап",),
        ("кісен",), ("таңып",), ("handcuff",), ("cuffed",), ("chained",),
        ("tied", ("me", "him", "us", "them", "to", "hands", "legs", "arms", "feet", "wrists",
                  "behind")),
        # "Ласточка" (the swallow): wrists and ankles tied together behind the back.
        ("ласточк",), ("lastochk",),
        ("shackle",), ("bound",), ("zip", "tie"),
        # «привязали к кровати», «руки стянули хомутами», «руки застегнули сзади»
        ("привяза",), ("хомут",), ("стянул", ("рук", "ног")),
        ("застегн", ("рук", "сзади", "спин")),
        # the swallow, in translation: "put me in the 'swallow'"
        ("swallow", ("put", "into")),
        # cuffs tightened until the hands went numb
        (("cuffs", "handcuffs"), "tighten"),
        # "taped my arms and legs to a chair"
        ("taped", ("arms", "legs", "hands", "wrists", "feet", "chair", "me", "him")),
        # "wrapped my arms to the arms of the chair… with wide brown tape"
        (("wrapped", "wound", "strapped"), ("arms", "legs", "hands", "wrists"),
         ("tape", "chair", "belt", "belts", "straps"))), 0.8,
        # «есінен танып қалды» (lost consciousness) reads like таңып without Kazakh letters.
        # A wound is bandaged (жарасын дәкемен байлап), not its owner bound.
        unless=("есі", "есім", "естен", "қойғандай", "exams", "work", "are", "жара", "дәке",
                "бинт", "wound", "bandage",
                # «жарасын жеңімен таңып» (his sleeve round the wound); swallows that nest;
                # bunks locked up by day; "связался не с теми" (fell in with the wrong crowd)
                "жеңімен", "жеңін", "гнезд", "свил", "птиц", "балкон", "nest", "нары", "нарах",
                "койк", "bunk", "связался", "связалась",
                # «медбөлімде таңып» (bandaged in the medical unit)
                "медбөлім", "медчаст", "санчаст", "medical",
                # «әріп танып қалды» (learnt his letters); «связала свитер» (knitted)
                "әріп", "свитер", "шарф", "носк", "вязал")),
    Rule("isolation", M, "031800000000", (
        ("одиночк",), ("одиночн",), ("жалғыз", "камера"), ("жеке", "камера"),
        ("solitary",), ("alone", "cell"), ("isolation",), ("single", "cell"),
        ("alone", ("kept", "keep", "sit", "sat", "held", "there", "days", "weeks")),
        ("жалғыз", ("камера", "отыр", "ұста", "қамады", "жап", "шизо", "карцер")),
        # "содержался в камере ШИЗО один", "Сидел один", "Сидит он в камере один"
        ("один", ("камер", "шизо", "карцер", "сидел", "сидит", "сижу", "содерж", "посадил")),
        ("одного", ("камер", "шизо", "карцер", "держ", "содерж", "посадил")),
        # «никого к нему не сажают»
        ("никого", "не", ("сажа", "подсажива")),
        ("alone", ("shizo", "punishment", "put")),
        # "On my own in there."
        ("on", ("my", "his", "her"), "own", ("there", "cell", "shizo"))), 0.7,
        # "they left him alone", "alone she is nervous", «балам жалғыз» (my only son); the
        # "disciplinary isolation unit" is the ШИЗО's name, not solitary confinement
        unless=("left", "leave", "leaving", "оставил", "балам", "ұлым", "unit", "disciplinary",
                # "the isolation cell has no window; not used this month"; «мен жалғыз не
                # істерімді білмей отырмын» (I sit alone not knowing what to do)
                "used", "has", "істерім", "білмей",
                "ward", "facility", "investigative",
                # "нас было шесть, один спал на полу", "один из них", "один раз"
                "нас", "человек", "из", "раз", "них", "двое", "трое", "четверо", "пятеро",
                # «10 суток ареста за одиночный пикет»
                "пикет",
                # "7 persons held, none alone"; "my brother is there alone with them"
                "none", "with")),
    Rule("noise", M, "031901000000", (
        ("музык", "громк"), ("громк", "музык"), ("loud", "music"), ("loud", "noise"),
        # "music was played at very high volume", «радио қатты қойылған», "радио на всю ночь"
        ("music", "volume"), ("радио", ("қатты", "громк", "ночь", "түні")),
        ("radio", ("loud", "night", "volume")), ("музыка", "қатты")), 0.75),
    Rule("bright light", M, "031903000000", (
        ("ярк", "свет"), ("свет", "не", "выключ"), ("лампа", "глаз"), ("жарық", "өшір"),
        ("bright", "light"), ("lights", "on"),
        # "the light in my cell was never switched off", "a strong lamp… day and night"
        ("light", "never", ("switched", "turned")), (("strong", "bright"), "lamp")),
        0.75, negatable=False),
    Rule("blindfolding", M, "031904000000", (
        # («көзін таңды», not «таңертең», in the morning)
        ("глаз", "завяз"), ("повязк", "глаз"), ("мешок", "глаз"), ("көзін", "байла"),
        ("көзін", _TIED), ("көзімді", "байла"), ("көзімді", _TIED),
        ("blindfold",),
        # «заклеили глаза скотчем», «натянули шапку на глаза», «шапкасын көзіне түсіріп»
        ("глаз", ("заклеи", "заклея", "замота")),
        (("шапк", "капюшон", "тряпк"), "на", "глаз"),
        (("шапк", "қалпақ", "қалпағ", "капюшон", "скотч", "бөрік"),
         ("көзіне", "көзін", "көзіме", "көзімнің", "көзінің")),
        # "a knitted hat was pulled down over his eyes", "tape over his eyes"
        (("hat", "cap", "beanie", "balaclava", "scarf", "cloth", "rag", "tape", "towel"),
         ("over", "across"), "eyes")),
        0.85),
    # "a dark cloth hood over his head so that he could not see": a hood keeps him from
    # seeing (a bag that chokes is named as a bag); the "not" is the point.
    Rule("blindfolding", M, "031904000000", (
        ("hood", ("head", "over", "face", "eyes")),
        (("мешок", "шапк", "капюшон", "қап"), ("see", "видел", "видно", "көрмей",
                                              "көрін")),
        # «натянули вязаную шапку до подбородка», «…до самого носа»
        (("шапк", "капюшон"), ("подбород", "носа"))), 0.8, negatable=False),
    Rule("overcrowding", M, "031905000000", (
        ("переполн",), ("человек", "камер", "мест"), ("рассчитан", "человек"),
        # «камера рассчитана на 8 мест, находились 19 человек»: a monitor's count
        ("рассчитан", ("мест", "места")),
        ("спали", "очеред"), ("спим", "очеред"), ("кезекпен", "ұйықта"), ("slept", "turns"),
        ("sleep", "turns"), ("built", "for", "persons"), ("designed", "for"),
        ("turns", ("lie", "lying", "sleep", "slept", "sleeping")), ("очеред", "лежа"),
        ("overcrowd",),
        # "crowded but normal" is no complaint: crowded with people, beds or turns to sleep
        ("crowded", ("people", "men", "beds", "bunks", "sleep", "floor", "twenty", "thirty"))),
        0.7),
    Rule("verbal abuse", M, "032101000000", (
        ("оскорб",), ("матом",), ("маты",), ("матерн",), ("нецензур",), ("обзыва",), ("балағат",),
        ("боқта",), ("тілдеп",), ("insult",), ("swore", "at"), ("verbal", "abuse"),
        # "called him a 'sheep' and other swear words", "dirty words I cannot write" (not "I
        # swear these words are true")
        (("dirty", "filthy", "obscene"), "words"), ("swear", "words", ("called", "other")),
        ("obscenit",),
        # «обозвал меня ваххабитом», «"сатқын" деп мазақтаған» (mocked him as a traitor)
        ("обозвал",), ("мазақта",), ("чушок",), ("чушк",),
        # "you are nobody, you are dust"
        ("you", "are", ("dust", "nobody", "nothing", "animal", "animals", "cattle", "scum",
                        "pigs", "dogs")),
        ("called", ("me", "him", "her", "us", "them"), "names"),
        # "called him a 'rat' and a 'woman'", «назвал крысой», «сен итсің деп қорлаған»
        ("called", ("him", "me", "her", "us", "them"),
         ("rat", "dog", "woman", "pig", "animal", "goat", "petukh", "cock", "scum", "snitch",
          "monkey", "bitch", "beast")),
        (("назва", "называ"), ("крыс", "собак", "петух", "козл", "скот", "животн", "баб",
                                "чмо", "сук", "тварь", "твар")),
        (("қорла", "корла"), "деп"),
        # «называли такими словами, что писать стыдно», «по-всякому называли»
        (("назва", "называ"), ("словами", "всяк")),
        # "called me a traitor", «предателем», «сатқын»
        ("called", ("traitor", "terrorist", "extremist")), ("предател",),
        ("words", ("not", "won"), "want", ("repeat", "write")),
        # "and other words I will not write here", "other bad words in Russian"
        ("other", "words", ("not", "won", "cannot", "can"), ("write", "repeat")),
        (("bad", "foul", "rude"), "words"),
        # «сен адам емессің», «сендер адам емессіңдер» (you are not human), said to him; not
        # the writer's own «мен… адам емеспін»
        ("адам", ("емессің", "емессіз"))), 0.75),
    Rule("nakedness", M, "032102000000", (
        ("раздел",), ("догола",), ("голым",), ("голышом",), ("нагишом",), ("нагой",), ("нагим",),
        ("нагие",), ("нагих",),
        ("шешіндір",), ("жалаңаш",), ("strip",), ("naked",), ("undress",),
        ("раздеться",), ("раздева",), ("раздет",), ("догола",),
        (("take", "took", "taken", "remove"), "off", ("clothes", "everything")),
        ("without", "clothes"),
        ("снять", ("одежд", "всё", "все")), ("снимать", "одежд"),
        ("киім", ("шешкіз", "шешіндір", "шештір"))), 0.8,
        unless=("раздельн", "руками", "search",
                # «по голым стопам», «голыми ногами»: bare feet, not stripped
                "стоп", "ступн", "пятк", "подошв", "ногам",
                # «аяқ киімін шешкізіп» (made him take off his shoes)
                "аяқ", "shoes", "обув", "раздевалк")),
    # "they told him he sleeps on the floor by the toilet now" (not "slept on the floor by the
    # toilet partition" for want of beds)
    Rule("degrading acts", M, "032103000000", (
        (("told", "made", "forced", "ordered", "put"), ("sleep", "sleeps", "slept", "sleeping"),
         ("by", "next", "near"), ("toilet", "toilets")),), 0.75, window=10),
    Rule("degrading acts", M, "032103000000", (
        ("униж",), ("унитаз", "мыть"), ("туалет", "мыть"), ("туалет", "чист"),
        ("парашу",), ("кукарек",),
        # a toilet cleaned with his own toothbrush, crawling on all fours (filmed on a phone
        # or not: the filming has no code of its own)
        ("зубн", "щетк", ("унитаз", "толчок", "туалет", "чист", "мыть", "драить")),
        (("ползти", "ползать", "ползли", "ползал", "ползком"), "четвереньк"),
        ("дәретхана", "жуд"), ("дәретхана", "жуғыз"), ("дәретхана", "қолмен"),
        ("дәретхана", "тазала"),
        # «туалетті тіс щеткасымен жуудырып»
        (("туалет", "дәретхана", "унитаз"), ("жуғыз", "жудыр", "жуудыр", "тазалат")),
        # made to crawl along the floor and bark: «еденде еңбектетіп», «иттей үріңдер»
        ("еңбектет",), ("иттей", ("үріңдер", "үрсін", "үргіз", "үрдір", "үріп")),
        ("тіс", ("щетка", "щеткасы", "щеткамен")),
        ("humiliat",), ("degrad",), ("toilet", "clean"), ("clean", "toilet"),
        ("toothbrush",), ("wash", "toilet"), ("мыть", "туалет"),
        # made to sleep by the toilet; made to read a repentance to a camera
        (("спать", "лечь", "лежать"), ("у", "возле", "около"), ("туалет", "параш", "унитаз")),
        ("на", "камеру", ("зачит", "прочит", "раская", "извин"))), 0.75,
        # "за отказ мыть туалет": what he refused to do; "cruel, inhuman or degrading
        # treatment" named in a mandate or a law
        unless=("отказ", "refus", "бас тартқ", "inhuman", "cruel", "бесчеловеч", "жесток",
                "rapporteur", "treatment",
                # «высказывания, направленные на унижение национальной чести»: a charge of
                # speech, an expert's words
                "чести", "национальн", "религиозн", "высказыван")),
    # «қорлады» humiliated him; with «деп» (saying) it was words, coded above as verbal abuse.
    Rule("humiliation", M, "032103000000", (("қорла",),), 0.7, unless=("деп",)),
    # («мені қорқытатыны басқа»: what frightens the writer)
    Rule("threats", M, "032201000000", (
        ("угрожа",), ("угроз",), ("запуга",), ("пригрозил",), ("грозил",), ("шантаж",),
        ("пугали",), ("пугал",), ("пугают",),
        # "it would be a pity if the traffic police found something in his boot"
        ("pity", "if", ("found", "find", "happened", "happen")),
        # «әйеліңнің жұмысы да біздің қолымызда» (your wife's job is in our hands)
        (("жұмыс", "жұмысы"), ("қолымызда", "қолымда")),
        ("қорқыт",), ("threat",), ("intimidat",), ("иначе", "будешь"), ("or", "else"),
        # evidence to be planted: "they would 'find' more phones in his flat", «подбросим»,
        # «в карман тебе порошок положить»
        ("подброс",), ("подкин",), ("порошок", ("карман", "положи", "подлож")),
        ("plant", ("drugs", "evidence", "phones", "bullets", "on", "him", "me")),
        ("find", ("drugs", "phones", "bullets", "more"), ("would", "will")),
        # "the police can find something in your car any day", "we can find a packet on him"
        (("can", "could", "will", "would", "ll", "may", "might"), "find",
         ("something", "packet", "drugs", "powder", "bullets", "cartridges", "weapon", "gun"),
         ("in", "on"), ("you", "your", "him", "his", "her")),
        (("найдем", "найдём"), ("наркот", "телефон", "патрон")),
        # «вот это сейчас найдём у тебя в кармане»
        (("найдем", "найдём"), ("кармане", "карман", "сумке", "куртке")),
        # «есірткі тауып аламыз», «қалтаңа салып қоямыз»
        (("есірткі", "патрон"), ("табамыз", "саламыз", "тауып")),
        # "it will be like this every week", «так будет каждый раз», «әр апта осылай болады»
        ("will", "like", "this", ("every", "each", "again")),
        ("будет", "так", ("каждый", "каждую", "кажд", "всегда", "снова")),
        ("осылай", "бола", ("әр", "күнде", "тағы")),
        # «УДО тебе теперь не светит», «ты же не хочешь упасть»
        # (said to him, or said of him: not the writer's own «УДО мне не светит»)
        ("удо", ("тебе", "вам"), "не", "светит"),
        (("сказал", "сказали", "говорит", "заявил"), "удо", "светит"),
        ("не", "хочешь", ("упасть", "пострадать", "заболеть")),
        # «ты же не хочешь, чтобы…»; a case made up: «можно найти дело», «заведём дело»
        ("же", "хочешь", "чтобы"),
        (("найти", "найдем", "найдём", "завести", "заведем", "заведём", "состряпа"), "дело"),
        # "you know what happens to people like you", "nobody will protect you there"
        # (not "I know what happens without treatment": the writer's own knowledge)
        ("you", "know", "what", "happens"), ("nobody", "protect"), ("никто", "не", "защит"),
        # «по-другому поговорят», «басқаша сөйлесеміз», "said he could send me to the
        # psychiatric hospital"
        ("по", "другому", "поговор"), ("басқаша", "сөйлес"),
        (("send", "put", "lock"), ("said", "told"), ("could", "would", "will", "can"),
         ("psychiatric", "psych", "shizo", "punishment")),
        # "the commission leaves at noon, and we stay here"
        (("комиссия", "commission"), ("кетеді", "уедет", "уйдет", "leave", "leaves"),
         ("қаламыз", "останемся", "остаемся", "stay", "қаласың", "останетесь",
          "останешься")),
        # «кто начнёт жаловаться — после их ухода останется с нами»
        ("после", ("ухода", "отъезда"), ("останет", "останешь", "останемся", "остаемся")),
        # «жалко будет, если со здоровьем что-то случится»: harm held out without a word for it
        ("если", ("жалко", "жаль"), "будет", ("случит", "случил"))),
        0.8,
        # "my boss threatens to fire me", "the threat of a blizzard"
        unless=("boss", "начальниц", "fire", "blizzard", "буран", "уволить", "жұмыстан",
                "қорқытатыны",
                # «мүмкін жай қорқытқаны шығар» (maybe he only meant to scare)
                "шығар", "болар",
                # debt collectors calling a relative at large
                "коллектор", "collector", "кредит", "банк", "bank",
                # «найдём два миллиона — дело рассыплется»: a case dropped for a price
                "рассып",
                # «шешеме айтып бер, бірақ қорқытпа» (tell my mother, but don't frighten her)
                "қорқытпа",
                # «перевод только… если угроза безопасности» (a security risk)
                "безопасност", "security")),
    # "They told him his wife will also be taken": a threat with no word for threatening.
    # The children sent to an orphanage, the wife jailed "as an accomplice": said only as threats.
    Rule("threat to the family", M, "032202000000", (
        (("said", "told"), ("will", "would", "can", "could", "might"),
         ("wife", "mother", "brother", "sister", "children", "son", "daughter", "family",
          "parents")),
        ("детдом",), ("детский", "дом"), ("соучастниц",),
        ("балалар", ("үйі", "үйіне", "үйінде", "үйіндегі")),
        ("orphanage",), (("wife", "mother", "brother", "sister", "son", "daughter"), "accomplice"),
        # "we will bring her in as an accomplice", said to a man of his wife
        ("bring", "her", "accomplice"),
        ("children", "s", "home"), ("guardianship",), ("опек",),
        # "your wife walks home alone", "your brother works at the akimat", «у тебя сестра в
        # акимате работает, да?», «жена твоя в школе работает?»
        ("your", ("wife", "daughter", "son", "mother", "children", "kids", "brother", "sister"),
         ("works", "walks", "goes", "studies", "lives")),
        # "your little brother is at the college in Taraz, yes?"
        ("your", ("daughter", "son", "children", "kids", "brother", "sister"), "is",
         ("college", "school", "university", "kindergarten", "institute")),
        (("тебя", "твоя", "твой"), ("сестр", "брат", "жен", "мать", "доч", "сын"),
         ("работает", "учится", "живет", "ходит")),
        ("дом", "малютк"), ("соучаст", ("оформ", "закро", "посад")),
        # Said without a threat word: "told him they know where his wife works", "told him to
        # think about his daughter", «сказал: подумай о детях». The writer's own "I think
        # about my daughter" has no one telling him.
        (("know", "knew", "знаем", "знают"), _TOLD, ("where", "где"), _KIN),
        (("білеміз",), ("қайда", "қай"), ("әйел", "бала", "ана", "қыз", "отбас", "іні", "аға")),
        # «әйелің мектепте істейді ғой», «қызың мектептен жалғыз қайтады ғой, ә?»: his family's
        # days, told to him
        (("әйелің", "балаң", "балаларың", "қызың", "ұлың", "анаң", "келінің", "інің", "ағаң",
          "әпкең", "әкең"),
         ("істейді", "оқиды", "қайтады", "тұрады", "жүреді", "жүр"), "ғой"),
        # «анаң… абайласын» (let your mother be careful)
        (("анаң", "әйелің", "әкең", "балаң", "інің", "әпкең", "қарындасың"),
         ("абайласын", "абай")),
        (("think", "подума"), _TOLD, _KIN)), 0.6),
    # «Ей же проблемы не нужны»: the "not" is the point
    Rule("threat to the family", M, "032202000000", (
        (("ей", "ему", "им"), ("проблем", "неприятност"), "не", "нужн"),
        # a relative's job threatened: «сестре его в акимате работать не дадут», «а матери,
        # учительнице, "в школе работать не дадут"»
        (("сестр", "брат", "жен", "мать", "матер", "доч", "сын", "отц", "отец"), "работать",
         ("дадут", "дадим", "даст"))), 0.6, negatable=False),
    # "next time you will not walk out of our office on your own feet": carried out, said to
    # him (not "he could not walk on his own feet after it")
    Rule("death threats", M, "032301000000", (
        (("walk", "leave"), "your", "own", "feet"),), 0.75, negatable=False, window=10),
    Rule("death threats", M, "032301000000", (
        # "меня здесь убьют" is the writer's fear; "тебя убьют" is said to him.
        ("убить",), ("убью",), ("убьем",), ("закапыва",), ("тебя", "убьют"), ("убьют", "тебя"),
        ("угрож", "убьют"),
        ("грозил", "убьют"), ("обеща", "убьют"), ("угроз", "убийств"), ("закопа",),
        ("живым", "не"),
        ("не", "выйдешь", "жив"), ("сгноим",),
        ("өлтір",), ("тірі", "шықпай"), ("тірі", "шығарма"), ("өлесің",),
        ("угрожа", "повес"), ("kill",), ("threaten", "hang"),
        ("alive", "not", ("out", "leave", "get", "come", "walk")), ("never", "alive"),
        ("won", "leave", "alive"),
        # Carried out dead: "вперёд ногами вынесут", "you will leave here in a box".
        ("ногами", "вперед"), ("feet", "first"), ("leave", "box"),
        # "people here fall down the stairs and break their necks": an accident foretold
        (("stairs", "лестниц", "баспалдақ"), ("fall", "упад", "пада", "құла"),
         ("neck", "шею", "шеи", "мойн")),
        # «ещё одна бумажка — и тебя отсюда вынесут» (carried out dead)
        (("вынесут", "вынесем"), ("отсюда", "тебя")),
        # "you'll leave the zone horizontally", «уйдёшь горизонтально»
        (("disappear", "исчеза", "пропада"), ("like", "такие", "nobody", "никто", "steppe",
                                               "степ")),
        # «вывезем в степь и там тебя никто не найдёт»; "go out to the steppe and not come
        # back"
        ("степ", "никто", "найд"), ("steppe", ("not", "never"), ("come", "back", "return")),

        (("leave", "out"), "horizontally"),
        # "you will go out of here in a black bag" (not "took a black plastic bag out of the
        # drawer")
        (("out", "leave", "carried"), "in", ("black", "body"), "bag"),
        # "bury you in the foothills", "come home in a coffin", «домой в гробу приедешь»
        ("bury", ("you", "him")), ("coffin", ("home", "come", "leave", "out", "go")),
        ("гробу", ("домой", "приедешь", "вернешься", "выйдешь", "уедешь")),
        (("выйдешь", "уйдешь", "выйдет", "уйдет", "вынесут"), "горизонтально"),
        # «до суда не доживёшь»; «повесишься в камере» and «асылып қаласың», a death staged as
        # his own
        ("не", ("доживешь", "доживет", "доживете")), ("повесишься",),
        ("асылып", ("қаласың", "каласын", "каласың", "қаласын"))), 0.85,
        negatable=False,
        # «кісі өлтіру» is the crime of murder he is charged with, not a threat; "kill
        # myself" is self-harm
        # («мен ол жігітті өлтірген жоқпын»: I did not kill him, said of the charge)
        unless=("кісі", "myself", "himself", "herself", "өзімді", "өзін", "жоқпын", "жоқпыз",
                # "a killer headache"
                "killer", "headache",
                # "killed his appetite", "killing them with the norm", «осы қағазбастылық
                # өлтіреді» (this paperwork is killing us)
                "appetite", "norm", "paperwork", "қағаз", "бюрократ",
                # «уақыт өлтіріп жүрмін» (killing time), «бумагамен өлтіріп жатыр» (killing
                # me with paperwork)
                "уақыт", "бумага")),
    Rule("forced to witness", M, "032400000000", (
        ("застав", "смотре"), ("постав", "смотре"), ("смотреть", "как"), ("қарауға", "мәжбүр"),
        ("көруге", "мәжбүр"), ("forced", "watch"), ("made", "watch")), 0.75),
    Rule("drugs", M, "032500000000", (
        ("психотроп",), ("укол", "неизвест"), ("injection", "unknown"), ("drugged",),
        # what the injections did to him: «после которых не мог говорить», «содан кейін
        # ұйқышыл болып»; or that they were forced
        (("укол", "инъекц", "injection", "injected"), ("после", "кейін")),
        (("укол", "инъекц", "injection", "injected"), ("насильн", "принуд", "forced",
                                                       "force", "күштеп", "against")),
        ("sedat",), ("транквилиз",), ("галоперид",), ("haloperidol",),
        # an injection given as a punishment: "that evening he got an extra injection"
        (("extra", "лишний", "лишнюю", "дополнительн", "қосымша"),
         ("injection", "укол", "инъекц"))), 0.7),
    # --- purposes (MT38 and local extensions) --------------------------------------------
    Rule("confession", P, "010000000000", (
        ("признат",), ("признани",), ("признаться",), ("сознат",), ("явк", "повинн"),
        ("показани",), ("подписать",), ("подписа", "признан"), ("подписа", "протокол"),
        ("подписа", "бумаг"), ("взял", "себя"), ("взять", "себя"), ("сдать",),
        ("мойында",), ("айғақ",), ("куәлік",), ("қол", "қой"),
        ("confess",), ("testimony",), ("testify",), ("sign", "statement"), ("sign", "papers"),
        ("sign", "protocol"), ("sign", "what"), ("made", "sign"), ("forced", "sign"),
        ("until", "sign"), ("yavka",), ("take", "blame"),
        # what the interrogators wanted him to tell: names, where someone is
        (("wanted", "demanded", "demanding"), ("name", "names", "tell", "reveal")),
        (("требова", "хотели", "чтобы"), ("назвал", "назвать", "выдал", "сдал")),
        ("questioned", "about")), 0.75),
    Rule("intimidation", P, "020100000000", (
        ("чтобы", "боял"), ("запуга",), ("чтобы", "знал"), ("кто", "хозяин"),
        ("молчал",), ("қорқу", "үшін"), ("so", "that", "afraid"), ("keep", "quiet"),
        ("who", "master")), 0.6),
    Rule("punishment", P, "030000000000", (
        ("наказ",), ("жаза",), ("в", "наказание"), ("punish",), ("за", "нарушени"),
        ("за", "то", "что", "отказ"), ("за", "неповинов"), ("тәртіп", "бұз"),
        ("as", "punishment"),
        # what he was caught at: smoking, a phone, refusing work
        (("for", "за", "caught"), ("smoking", "курени", "курил", "phone", "телефон")),
        ("темекі", "шег")), 0.6,
        unless=("отбыва", "срок", "өтеп", "өте", "cell", "camera", "изолятор", "карцер",
                "мерзім")),
    Rule("extortion", P, "070000000000", (
        ("вымога",), ("денег", "треб"), ("деньги", "треб"), ("деньг", "заплат"), ("взятк",),
        ("заплат", "чтобы"), ("заплат", "иначе"), ("заплат", "если"), ("дань",),
        ("ақша", "талап"), ("ақша", "сұра"), ("ақша", "төле"), ("ақша", "бер"), ("пара",),
        ("extort",), ("bribe",), ("money", "demand"), ("demand", "money"), ("pay", "money"),
        ("demand", "pay"), ("wanted", "money"),
        ("tenge", "demand"), ("tenge", "want"), ("tenge", "pay"), ("тенге", "треб"),
        ("тенге", "заплат"), ("теңге", "талап"), ("теңге", "сұра")), 0.7),
    Rule("retaliation for a complaint", P, "910000000000", (
        ("за", "жалоб"), ("за", "заявлени"), ("после", "жалоб"), ("отомст",), ("месть",),
        ("мести",), ("местью",), ("мстят",), ("мстил",),
        ("шағым", "үшін"), ("шағымданған", "үшін"), ("шағым", "жазғаным"), ("кек",),
        ("шағым", "кейін"),
        ("because", "complain"), ("for", "complain"), ("revenge",), ("retaliat",),
        ("after", "complain"), ("for", "complaint")), 0.7),
    Rule("withdraw the complaint", P, "920000000000", (
        ("отозва", "жалоб"), ("забра", "жалоб"), ("забер", "жалоб"), ("отозва", "заявлен"),
        ("забра", "заявлен"), ("забер", "заявлен"), ("отказ", "от", "жалоб"),
        ("отказаться", "показан"), ("упал", "сам"), ("сам", "упал"), ("объяснени",),
        ("претензий", "не"), ("нет", "претензий"), ("отказ", "жалоб"),
        ("шағым", "кері"), ("шағым", "қайтар"), ("арыз", "кері"), ("арыз", "қайтар"),
        ("өзім", "құлад"), ("өзі", "құлад"), ("шағымым", "жоқ"), ("шағымым", "жоқ"),
        ("withdraw", "complaint"), ("withdraw",), ("retract",), ("no", "complaints"),
        ("fell", "himself"), ("that", "fell"), ("that", "he", "fell"), ("that", "i", "fell"),
        # to keep quiet before monitors, a prosecutor or a commission, or to say nothing
        # happened: "keep quiet when the commission comes", «комиссияға ауыз ашсаң…»
        (("молч", "промолч", "keep", "ауыз", "ауз"),
         ("комисси", "прокурор", "монитор", "онк", "нпм", "commission", "monitor", "prosecutor",
          "ombudsman", "омбудсмен", "уполномоченн", "npm")),
        *((_TO_SAY, *nothing) for nothing in (("ничего", "не", "было"), ("nothing", "happened"),
                                              ("ештеңе", "болған", "жоқ")))),
        0.8, negatable=False),
    # --- perpetrators (MT24) --------------------------------------------------------------
    Rule("police", W, "010104000000", (
        ("полицейск",), ("полици",), ("оперативник",), ("опер",), ("оперуполномоч",),
        ("следовател",), ("участковы",), ("участково",), ("дознават",), ("патрул",), ("мент",),
        ("ровд",),
        ("увд",), ("говд",), ("полиция",), ("тергеуш",), ("учаскелік",),
        ("police",), ("policem",), ("investigator",), ("detective",), ("operativ",)), 0.8,
        unless=("ментал", "комментар", "момент", "документ", "элемент", "процент", "монумент",
                "операц", "оперир")),
    Rule("prison staff", W, "010105000000", (
        ("сотрудник",), ("надзират",), ("контролер",), ("конвой",), ("охран",), ("дпнк",),
        ("кум",), ("оперотдел",), ("администрац",), ("начальник", "колони"),
        ("начальник", "отряд"), ("начальник", "учрежд"), ("начальник", "режим"),
        ("начальник", "оперчаст"), ("отрядник",), ("режимник",), ("дежурн", "помощник"),
        ("вертухай",), ("спецназ",), ("дуис",),
        ("қызметкер",), ("бақылаушы",), ("күзетші",), ("әкімшілік",), ("отряд", "бастығ"),
        ("колония", "бастығ"), ("мекеме", "бастығ"),
        ("guard",), ("warden",), ("officer",), ("staff",), ("administration",),
        ("head", "unit"), ("unit", "head"), ("deputy", "head")), 0.75,
        unless=("кумыс",)),
    Rule("security service", W, "010106000000", (
        ("кнб",), ("ұқк",), ("нқк",), ("nsc",), ("kgb",), ("knb",), ("кгб",), ("чекист",),
        ("security", "service"), ("national", "security"), ("комитет", "безопасност"),
        ("ұлттық", "қауіпсіздік")), 0.85),
    Rule("prisoners for staff", W, "910000000000", (
        ("активист",), ("белсенді",), ("пресс", "хат"), ("завхоз",), ("сдп",),
        ("осужденн", "указ"), ("осужденн", "приказ"), ("осужденн", "ведом"),
        ("заключенн", "указ"), ("заключенн", "приказ"), ("сокамерник", "указ"),
        ("сотталған", "тапсырма"), ("сотталғандар", "бұйрық"),
        ("activist",), ("aktivist",), ("press", "khata"), ("press", "hut"), ("sdp",),
        ("prisoners", "order"), ("inmates", "order"), ("inmates", "sent"),
        ("prisoners", "sent"), ("prisoners", "instruct"), ("inmates", "instruct")), 0.75),
    # --- kinds of place (location types) ----------------------------------------------------
    Rule("police station", K, "030500000000", (
        ("отдел", "полиц"), ("отделени", "полиц"), ("ровд",), ("увд",), ("говд",),
        ("полиция", "бөлім"), ("police", "station"), ("police", "department")),
        0.75),
    Rule("temporary holding cell (IVS)", K, "910000000000", (
        ("ивс",), ("изолятор", "временн"), ("уақытша", "ұстау"), ("ivs",),
        ("temporary", "detention"), ("temporary", "holding"), ("holding", "cell")), 0.85),
    Rule("pre-trial detention (SIZO)", K, "920000000000", (
        ("сизо",), ("следственн", "изолятор"), ("тергеу", "изолятор"), ("sizo",),
        ("pre", "trial"), ("remand",)), 0.85),
    Rule("colony", K, "930000000000", (
        ("колони",), ("колония",), ("зоне",), ("мекеме",), ("colony",), ("prison", "camp")),
        0.7),
    Rule("punishment cell", K, "940000000000", (
        ("шизо",), ("пкт",), ("дизо",), ("карцер",), ("штрафн", "изолятор"),
        ("shizo",), ("pkt",), ("punishment", "cell")), 0.85),
    Rule("duty room", K, "950000000000", (
        ("дежурн", "част"), ("кезекші", "бөлім"), ("duty", "room"), ("duty", "unit")), 0.8),
    Rule("security service building", K, "090400000000", (
        ("здани", "кнб"), ("подвал", "кнб"), ("ұқк", "ғимарат"), ("building", "nsc"),
        ("building", "knb"), ("kgb", "building")), 0.8),
    Rule("special reception centre", K, "980000000000", (
        ("спецприемник",), ("арнаулы", "қабылда"), ("special", "reception")), 0.85),
    # --- consequences -----------------------------------------------------------------------
    Rule("loss of consciousness", C, "910000000000", (
        ("сознани", "потер"), ("сознани", "терял"), ("без", "сознания"), ("отключил",),
        ("вырубил",), ("есін", "жоғалт"), ("естен", "тан"), ("есінен", "тан"),
        ("unconscious",), ("passed", "out"), ("lost", "consciousness"), ("blacked", "out")),
        0.8, negatable=False),
    Rule("hospitalisation", C, "920000000000", (
        ("госпитализ",), ("реанимац",), ("в", "больниц"), ("ауруханаға",), ("hospitalis",),
        ("hospitaliz",), ("intensive", "care"), ("to", "hospital")), 0.75),
    Rule("injuries", C, "010200000000", (
        ("травм",), ("синяк",), ("гематом",), ("ссадин",), ("кровоподтек",), ("жарақат",),
        ("көгер",), ("injur",), ("bruis",), ("wound",)), 0.7),
    Rule("death", C, "010100000000", (
        ("скончал",), ("погиб",), ("умер",), ("қайтыс",), ("қаза", "тап"), ("died",)), 0.5),
    # --- signs of risk now (urgency) ---------------------------------------------------------
    Rule("hunger strike", U, "930000000000", (
        ("голодовк",), ("голодает",), ("голодаю",), ("аштық",), ("hunger", "strike"),
        ("refusing", "food"), ("refuses", "food")), 0.9),
    Rule("self-harm", U, "940000000000", (
        ("вскрыл", "вен"), ("вены", "порез"), ("вены", "вскр"), ("порезал",),
        ("членовред",), ("суицид",), ("повеситься",), ("повесился",), ("покончить", "собой"),
        ("кесті",), ("кесіп", "алды"), ("пышақ", "өзі"), ("өзін", "өлтір"), ("өзіне", "зиян"),
        ("венасын",), ("нанес", "себе"), ("cut", "myself"), ("cut", "himself"),
        ("self", "harm"), ("suicid",), ("kill", "myself"), ("kill", "himself"),
        ("stabbed", "himself"), ("stabbed", "myself"), ("cut", "arms"), ("cut", "arm"),
        ("cut", "wrist"), ("slit",), ("hang", ("himself", "myself")), ("повешусь",)), 0.85),
    Rule("sewn mouth", U, "950000000000", (
        ("зашил", "рот"), ("аузын", "тік"), ("sewed", "mouth"), ("sewn", "mouth"),
        ("sew", "mouth")), 0.95),
    Rule("swallowed objects", U, "960000000000", (
        ("проглотил",), ("жұтып",), ("жұтты",), ("swallow",)), 0.85),
    Rule("held incommunicado", U, "980000000000", (
        ("письм", "не", "отправ"), ("письм", "не", "выда"), ("письм", "не", "переда"),
        ("письм", "не", "доход"), ("письм", "не", "приход"), ("письма", "задерж"),
        ("звон", "не", "да"), ("звонки", "запрет"), ("звонить", "не"), ("позвонить", "не"),
        ("адвокат", "не", "пуска"), ("адвокат", "не", "допуска"), ("к", "адвокат", "не"),
        ("без", "связи"), ("связи", "нет"),
        ("хат", "жібер", "жоқ"), ("хат", "жібермей"), ("хат", "жетпей"), ("хаттар", "жетпей"),
        ("хат", "жіберм"), ("хаттарым", "жетпей"), ("қоңырау", "шалдырма"),
        ("қоңырау", "шалуға", "рұқсат"), ("адвокат", "жіберме"), ("адвокатқа", "жіберме"),
        ("letters", "withheld"), ("letters", "not", "sent"), ("letters", "not", "pass"),
        ("letters", "blocked"), ("letters", "not", "arriv"), ("no", "letters"),
        ("calls", "blocked"), ("calls", "refused"), ("no", "calls"), ("lawyer", "refused"),
        ("lawyer", "not", "allowed"), ("lawyer", "denied"), ("incommunicado",),
        ("consul", "refused"), ("consul", "not", "allowed"),
        # no word from him, the lawyer kept out, visits and calls refused, whereabouts unknown
        ("хабарласпай",), ("хабар", "жоқ"), ("хаттарыма", "жауап"), ("адвокат", "кіргізбе"),
        ("адвокат", "кіргізбей"), ("свидани", "отказ"), ("звонки", "не", "разреш"),
        ("неизвестно", "где"), ("где", "неизвестно"), ("whereabouts",),
        ("no", "word", "from")), 0.7, negatable=False),
    Rule("fear for life", U, "985000000000", (
        ("боюсь", "убь"), ("боюсь", "жизн"), ("опасаюсь", "жизн"), ("убьют",),
        ("өмірім", "қауіп"), ("өлтіріп", "жібер"), ("өмір", "қорқам"), ("өлтіреді", "деп"),
        ("fear", "life"), ("fears", "life"), ("afraid", "kill"), ("will", "kill", "me")),
        0.7, negatable=False),
)

# Words that deny what follows them in the same clause ("меня не били").
NEGATIONS = frozenset({"не", "нет", "ни", "никто", "никогда", "ешкім", "not", "never", "no",
                       "nothing", "ештеңе",
                       # "he denies any sexual violence"; "now they don't beat"
                       "denies", "deny", "отрицает", "отрицал", "don", "dont",
                       "isn", "aren",
                       "didn", "didnt", "wasn", "wasnt", "weren", "werent", "nobody", "nor",
                       "neither", "none"})
# "Бить его никто не бил": the denial after the act.
NOBODY = frozenset({"никто", "nobody", "ешкім"})
# Particles that make a question: «бьют ли?», «ұра ма?», «Маңғыстауда қалдыра ма?».
QUESTION_PARTICLES = frozenset({"ли", "ма", "ме", "ба", "бе", "па", "пе"})
# "Переломов не выявлено", "fractures were not found": a finding that denies.
NOT_FOUND = ("выявл", "обнаруж", "установл", "найден", "зафиксир", "found", "observed", "seen",
             "detected", "confirmed",
             # "на избиения не жалуется", "does not complain of beatings", "ударов не наносили"
             "жалу", "complain", "нанос",
             # "дубинки не пускали / не применяли", "ласточку не делали"
             "пуска", "примен", "использ", "делал",
             # "угроз не поступает", "доводы не подтвердились", "об этом не заявлял"
             "поступа", "подтверд", "заявлял")
# "не только": not a denial.
NOT_A_NEGATION_AFTER = frozenset({"только", "лишь", "only", "just", "once", "долго"})
# Words that deny what comes before them: "ұрған жоқ" (did not beat), "побоев не было".
NEGATIONS_AFTER = frozenset({"жоқ", "жок", "емес", "нет",
                             # «басқа соққы болмаған» (there were no other blows)
                             "болмаған", "болмады"})
# Kazakh negates inside the verb (ұрмады, "did not beat"): a verb stem followed by -ма/-ме/
# -ба/-бе/-па/-пе and a tense ending. Listed by stem, because a suffix alone is ambiguous.
KAZAKH_NEGATED = ("ұрмад", "ұрмаған", "ұрмай", "соқпад", "соқпаған", "соқпай", "қорқытпад",
                  "қорқытпаған", "тепкілемед", "тепкілемеген", "азаптамад", "азаптамаған",
                  "тиіспед", "тиіспеген", "байламад", "байламаған", "қинамад", "қинамаған",
                  "сабамад", "сабамаған")
# Words that make what follows in the sentence a threat, not an act ("угрожал повесить",
# "сказал, что если не дам показания, наденут пакет", "said that if I do not confess...").
THREAT_VERBS = ("угрожа", "грозил", "пригрозил", "обещал", "пообещал", "грозились",
                "угроз", "қорқыт", "threaten", "әйтпесе",
                # «…ШИЗО-дан шықпайды», – деп ескертті (warned)
                "ескерт")
# "если не подпишешь, наденем пакет" is a threat; "если падал, били" tells what was done.
THREAT_IF = ("если", "иначе", "otherwise")
# Conditions: "если жена принесет деньги" is about the wife, not a threat against her.
CONDITIONS = ("если", "if", "егер")
# Weaker signs of a threat, counted only right before the act: "they would put a bag".
THREAT_SOON = ("would", "will", "going", "будут", "будешь", "будем", "наденут", "повесят")
# Words after a Kazakh quoted threat: "басыңа пакет киеміз деп қорқытты".
KAZAKH_QUOTE = ("деп", "депті", "деді", "деген", "дейді",
                # typed without Kazakh letters
                "депти", "деди", "дейди")
# A fear, not a threat: "боюсь, что меня убьют" is a sign of risk, not a death threat.
FEAR = ("боюсь", "боял", "боим", "опасаюсь", "страшно", "қорқамын", "қорқам", "қорқамыз",
        "қорқатын", "fear", "afraid",
        "scared",
        # "worried about being stopped with 'planted' drugs", «переживаю, что подбросят»
        "worried", "worries", "переживаю", "переживает")
# Kazakh fear after the feared words: «өлтіріп тастай ма деп қорқамын».
KAZAKH_FEAR = ("қорқам", "қорқып", "қорқа", "уайымда")
# «…деген әңгіме бар», «…деген сөз тарап кетті»: talk that goes round.
TALK = ("әңгіме", "сөз", "қауесет", "өсек")
# Family, for threats against the victim's family rather than the victim.
FAMILY = ("семь", "родн", "родител", "мать", "мам", "матер", "жен", "дет", "сын", "дочь",
          "отец", "отц", "father",
          "дочер", "сестр", "брат", "отбас", "туыс", "әйел", "бала", "ана", "анам", "әке",
          "шеше", "қарындас", "іні", "әпке", "жұбай", "немере", "ағам", "ағаң", "husband", "келін",
          # «апаң» (your mother, your elder sister), «жездең» (your sister's husband)
          "апаң", "жездең",
          "grandchild",
          "family", "wife", "mother", "children", "son", "daughter", "relatives", "brother",
          "sister", "parents", "kids")
# Words that begin like a stem but are other words: дәрігер (doctor) is not дәрі (medicine).
LONGER_WORDS: dict[str, tuple[str, ...]] = {"дәрі": ("дәрігер", "даригер"),
                                            "убью": ("убьют",),
                                            # a rebar fitter, an electrician
                                            "арматур": ("арматурщик",),
                                            "электр": ("электрик", "электрон"),
                                            "electric": ("electrician",),
                                            # early, earn, earth are no ear
                                            "ear": ("earl", "earn", "eart", "earm"),
                                            # "било током" (the current struck), OCR'd
                                            # «білмеймін» (I do not know)
                                            "бить": ("биться",),
                                            "бил": ("било", "билме", "билег", "билеу",
                                                    "билік"),
                                            "побо": ("побоя",), "басты": ("бастығ",),
                                            # «бастықтың көзінше» (before the boss's eyes)
                                            "көзін": ("көзінше", "козінше"),
                                            # a phone's sticker is no stick
                                            "stick": ("sticker",),
                                            # Kazakh bread, not «наняли» (hired), «нанесли»
                                            "нан": ("наня", "нане", "нано", "нанима"),
                                            # «мені қорқытатыны» (what frightens me), not
                                            # «…деп қорқытатынын айтты» (said they threaten)
                                            "қорқытатыны": ("қорқытатынын",),
                                            # Kazakh in Latin letters: "sonda" (there)
                                            "son": ("sonda", "song"),
                                            # «әкелмесең» (if you do not bring), not әке
                                            "әке": ("әкел",),
                                            # «безотлагательно» (at once), «безопасность»
                                            "без": ("безотлаг", "безопас", "безусл"),
                                            # "an office", "plain-clothes officers"; a
                                            # device that "crackled"; a livestock market;
                                            # «прикладываю справку» (I enclose)
                                            "off": ("offic", "offer", "offen"),
                                            "strip": ("stripe",),
                                            # the washroom he was taken to; a note from a
                                            # doctor
                                            "wash": ("washroom",),
                                            "not": ("note", "notic", "notif"),
                                            # Kazakh breaking, not a Russian son
                                            "сын": ("сынды", "сындыр", "сынған", "сынық",
                                                    "сынып", "сынақ", "сынай"),
                                            "crack": ("crackl",), "live": ("livestock",),
                                            "lives": ("livestock",),
                                            "прикла": ("прикладыва", "прикладыв"),
                                            # «дыбыс» (a sound) is no rack; the
                                            # children are not an orphanage
                                            "дыб": ("дыбыс",), "балалар": ("балалармен",),
                                            # the sole of the foot, a factory
                                            "plant": ("plantar", "plantation"),
                                            # a Kazakh sack is not a Russian store-room
                                            "қап": ("каптер", "каптёр", "капит", "капуст",
                                                    "капел", "капот", "капрал")}
# Words that open a clause of purpose: a relative named there is not the one threatened.
PURPOSE_WORDS = frozenset({"чтобы", "чтоб", "until", "so", "үшін"})
# "Did they beat you there?", "Тебя били?", «Сені ұрды ма?»: an interviewer's question, not an
# account. Only questions put to the listener count; "за что меня били?" tells what was done.
ASKING_FIRST = frozenset({"did", "do", "does", "were", "was", "have", "has", "had", "are", "is",
                          # "Would they beat him there?", "Can they put him in shizo again?"
                          "would", "will", "can", "could", "should", "might", "may"})
ASKING = frozenset({"ли", "вас", "тебя", "вам", "тебе", "сізді", "сені", "сізге", "саған",
                    "ма", "ме", "ба", "бе", "па", "пе", "you"})
# What the writer only heard or saw on a screen: "по телевизору показывали", «естуімше»,
# "I watched a film", "rumours". Such a sentence codes no method and no place.
HEARSAY = ("слух", "слышал", "слыхал", "телевизор", "фильм", "новост", "интернет", "сериал",
           "естуімше", "естідім", "естіген", "өсек", "теледидар", "rumour", "rumor", "film",
           "movie", "documentary", "news", "tv", "television", "online", "internet", "heard",
           "serial",
           # a reconstructed cell in a museum, a video online
           "museum", "музе", "reconstruct", "youtube", "ютуб", "programme", "тикток", "tiktok",
           "series", "hearsay", "posts",
           )
# What a neighbour says: "Соседка говорит…", «Көршім … дейді» (not "my neighbour's son was
# beaten", nor a cellmate, «сосед по камере», who saw it).
NEIGHBOURS = ("соседк", "соседи", "көршім", "көршілер", "neighbo", "мужики", "соседск",
              "пацаны", "ребята", "жігіттер")
# A translator's or editor's gloss: "[T: slang for a cell where prisoners are beaten…]".
GLOSS = ("usage", "slang", "жаргон", "glossary", "literally", "означает", "дословно")
# "Пацаны говорят, в Заречном…": hearsay when it opens the sentence.
HEARSAY_OPENING = ("говорят", "рассказывают", "поговаривают")
# Everyday idioms built on a word for a method: "hang in there" (keep going), "the office is
# killing me with paperwork", "beat the traffic".
IDIOMS: tuple[tuple[str, ...], ...] = (
    ("hang", "in", "there"), ("hanging", "in", "there"), ("is", "killing", "me"),
    ("are", "killing", "me"), ("s", "killing", "me"), ("killing", "me", "with"),
    ("beat", "the", "traffic"), ("beat", "the", "rush"), ("beat", "the", "queue"),
    ("hung", "up", "the", "phone"), ("hang", "up", "the", "phone"),
    ("killing", "time"), ("kill", "time"), ("kill", "the", "time"),
    ("t", "hang", "up"), ("hang", "up", "on"), ("hung", "up", "on"),
    ("walking", "with", "a", "stick"), ("walks", "with", "a", "stick"),
    ("i", "hung", "up"), ("hung", "up", "by", "mistake"), ("beat", "me", "to", "the"),
    ("been", "killing", "me"), ("beaten", "path"), ("beaten", "track"), ("beaten", "a", "path"),
    ("beating", "herself", "up"), ("beating", "himself", "up"), ("beating", "myself", "up"),
    ("beat", "herself", "up"), ("beat", "himself", "up"), ("beat", "myself", "up"),
    ("beating", "my", "head"), ("beat", "my", "head"), ("beating", "our", "heads"),
    # "my editor is beating the drum", "the sun was beating down", "the wind beat against
    # the windows"
    ("beating", "the", "drum"), ("beat", "the", "drum"), ("beating", "down"), ("beat", "down"),
    ("beat", "against"), ("beating", "against"), ("beat", "the", "bushes"),
    ("beating", "the", "bushes"), ("hanging", "over"), ("is", "killing", "us"),
    # the charge, not what was said to him: "10 days for insulting staff"
    ("insulting", "staff"), ("оскорбление", "сотрудника"), ("оскорбление", "сотрудников"),
    # "kicking the leg of his chair", "kicked the pipe": the chair and the pipe
    ("kicking", "the", "leg", "of"), ("kicked", "the", "leg", "of"), ("kicked", "the", "pipe"),
    ("kicking", "the", "pipe"), ("standing", "by"), ("is", "killing", "everybody"),
    ("is", "killing", "everyone"), ("will", "kill", "me", "if", "i", "take"),
    # «тут бьют только в домино» (they only play dominoes here)
    ("бьют", "только", "в", "домино"), ("бьют", "в", "домино"),
    # «я уже голову сломала» (racked my brains), «я его уже убить готова» (could kill him)
    ("голову", "сломала"), ("голову", "сломал"), ("убить", "готова"), ("убить", "готов"),
    # a complaint of pain, not hanging: "cannot stand on tiptoe"
    ("cannot", "stand", "on", "tiptoe"), ("walking", "on", "toes"),
    # "hit rock bottom", "hanging by a thread", "the cold is killing his hands", «бұл хабар
    # үлкен соққы болды» (the news was a heavy blow)
    ("hit", "rock", "bottom"), ("hanging", "by", "a", "thread"), ("hangs", "by", "a", "thread"),
    ("is", "killing", "his"), ("is", "killing", "her"), ("соққы", "болды"),
    # "they are killing him slowly", "I'm killing her with my questions", "the paperwork nearly
    # killed us": what is done or nearly was, not a threat
    *((be, "killing") for be in ("is", "are", "s", "m", "re", "was", "were", "been")),
    *((almost, killed) for almost in ("nearly", "almost") for killed in ("killed", "kill")),
    # "he has been knocking on every door"; "the officer standing next to her told him…"
    *((knock, "on", "every", "door") for knock in ("knocking", "knocked", "knock")),
    ("standing", "next", "to"), ("stood", "next", "to"),
    ("breathing", "down"), ("breathe", "down"), ("killing", "them", "with"),
    ("killing", "us", "with"),
    # «мені қағазбен өлтіріп барады» (killing me with paperwork)
    ("қағазбен", "өлтіріп"), ("сол", "мені", "қатты", "қорқытты"),
    # «басын темір кереуетке ұрып алыпты» (he struck his head on the iron bed): he hit it
    # himself, in a fall or a fit
    *(("ұрып", took) for took in ("алыпты", "алды", "алған", "алдым", "алдық", "алады")),
    # breathlessness, a symptom: «приступ удушья», «с чувством удушья»
    ("приступ", "удушья"), ("приступы", "удушья"), ("приступа", "удушья"),
    ("чувством", "удушья"), ("чувство", "удушья"), ("ощущение", "удушья"),
    # "they say 'he is fine' and hang up"
    ("and", "hang", "up"), ("they", "hang", "up"), ("he", "hung", "up"), ("she", "hung", "up"),
    ("hung", "up", "or"),
    # "he always beats me at chess"
    ("beats", "me", "at"), ("beat", "me", "at"), ("beats", "him", "at"),
    # "beats me how I got that job": I do not know how
    ("beats", "me", "how"), ("beats", "me", "why"),
    ("beats", "everyone", "at"),
    # "something hitting me from inside": how a shock felt, not a blow
    *(("hitting", who, "from", "inside") for who in ("me", "him", "her", "us")),
    # "the administration is beating around the bush"; "I am boiling inside" (anger)
    *((beat, about, "the", "bush") for beat in ("beat", "beating", "beats")
      for about in ("around", "about")),
    ("boiling", "inside"), ("boils", "inside"),
    # «с покупателем ударили по рукам» (shook hands on a deal); «сидит там не один» (not
    # alone); «его никто не будил» (nobody woke him): the act or the state denied
    *((hit, "по", "рукам") for hit in ("ударили", "ударил", "ударим", "ударила")),
    *(("не", alone) for alone in ("один", "одна", "одного")),
    *(("не", woke) for woke in ("будил", "будили", "будят", "будит")),
    # "my boss will kill me if I leave early again": someone of her own everyday life
    *(("my", who, will, "kill", "me") for who in ("boss", "wife", "husband", "mum", "mom",
                                                   "mother", "father", "dad")
      for will in ("will", "ll", "would", "d")),
    # "the bus goes a day and a night and knocks all your bones loose": a bumpy road
    *((knock, "all", whose, "bones") for knock in ("knocks", "knocked", "knock", "knocking")
      for whose in ("your", "my", "his", "her", "the")))
# "you asked me if they beat him", "бьют ли", «сені де ұра ма»: a question about it.
ASKED_ABOUT = ("asked", "ask", "спрашива", "спросил", "сұрады", "сұрадың", "wonder")
# "he refused to wash the toilets": what he refused was not done to him.
REFUSED = ("refused", "refuse", "отказал", "отказыва")
