"""Seed data for the gazetteer: Kazakhstan's 20 regions (ISO 3166-2:KZ, after the 2022 reform)
with their other spellings, and the places of detention confirmed in the reference notes."""

# Kazakh and Russian names are Cyrillic by design, not look-alikes of Latin letters.

from typing import NamedTuple


class RegionSeed(NamedTuple):
    iso: str
    kk: str
    ru: str
    en: str
    aliases: tuple[str, ...]


class FacilityRegionSeed(NamedTuple):
    region: str
    valid_from: str | None
    valid_to: str | None


class FacilitySeed(NamedTuple):
    legacy_code: str
    kind: str
    name_ru: str
    name_kk: str
    name_en: str
    nicknames: tuple[str, ...]
    settlement: str
    department: str
    closed: bool
    regions: tuple[FacilityRegionSeed, ...]


# The regional reform (new Abai, Jetisu and Ulytau regions) took effect on this day.
REFORM_2022 = "2022-06-08"


# Aliases: table spellings, Kazakh Latin (2021 alphabet), bare names in the three scripts and
# Russian adjectives. No alias is shared by two regions: bare "Алматы"/"Almaty" is the city
# (KZ-71/75/79 are named after their city), and "Akmola" is the region, not Astana's old name.
REGIONS: tuple[RegionSeed, ...] = (
    RegionSeed(
        "KZ-10",
        "Абай облысы",
        "область Абай",
        "Abai Region",
        (
            "Abai",
            "Abay",
            "Abay Region",
            "Abai oblysy",
            "Абай",
            "Абайская",
            "Абайская область",
        ),
    ),
    RegionSeed(
        "KZ-11",
        "Ақмола облысы",
        "Акмолинская область",
        "Akmola Region",
        (
            "Akmola",
            "Aqmola",
            "Aqmola oblysy",
            "Akmola oblast",
            "Ақмола",
            "Акмола",
            "Акмолинская",
        ),
    ),
    RegionSeed(
        "KZ-15",
        "Ақтөбе облысы",
        "Актюбинская область",
        "Aktobe Region",
        (
            "Aktobe",
            "Aqtöbe",
            "Aqtobe",
            "Aktyubinsk",
            "Aqtöbe oblysy",
            "Aktobe oblast",
            "Ақтөбе",
            "Актобе",
            "Актюбинская",
        ),
    ),
    RegionSeed(
        "KZ-19",
        "Алматы облысы",
        "Алматинская область",
        "Almaty Region",
        (
            "Almaty oblast",
            "Almaty oblysy",
            "Almaty Province",
            "Алматинская",
        ),
    ),
    RegionSeed(
        "KZ-23",
        "Атырау облысы",
        "Атырауская область",
        "Atyrau Region",
        (
            "Atyrau",
            "Atyraū",
            "Atyrau Province",
            "Atyrau oblysy",
            "Атырау",
            "Атырауская",
        ),
    ),
    RegionSeed(
        "KZ-27",
        "Батыс Қазақстан облысы",
        "Западно-Казахстанская область",
        "West Kazakhstan Region",
        (
            "West Kazakhstan",
            "Batys Qazaqstan",
            "Batys Qazaqstan oblysy",
            "Батыс Қазақстан",
            "Западный Казахстан",
            "Западно-Казахстанская",
            "ЗКО",
        ),
    ),
    RegionSeed(
        "KZ-31",
        "Жамбыл облысы",
        "Жамбылская область",
        "Zhambyl Region",
        (
            "Zhambyl",
            "Jambyl",
            "Jambyl oblysy",
            "Жамбыл",
            "Жамбылская",
        ),
    ),
    RegionSeed(
        "KZ-33",
        "Жетісу облысы",
        "область Жетісу",
        "Jetisu Region",
        (
            "Jetisu",
            "Zhetysu",
            "Zhetisu",
            "Zhetysu Region",
            "Jetısu",
            "Jetısu oblysy",
            "Жетісу",
            "Жетысу",
            "область Жетысу",
            "Жетысуская",
            "Жетысуская область",
        ),
    ),
    RegionSeed(
        "KZ-35",
        "Қарағанды облысы",
        "Карагандинская область",
        "Karaganda Region",
        (
            "Karaganda",
            "Karagandy",
            "Qaraghandy",
            "Qaragandy",
            "Qarağandy",
            "Qarağandy oblysy",
            "Karaganda oblast",
            "Қарағанды",
            "Караганда",
            "Карагандинская",
        ),
    ),
    RegionSeed(
        "KZ-39",
        "Қостанай облысы",
        "Костанайская область",
        "Kostanay Region",
        (
            "Kostanay",
            "Kostanai",
            "Qostanai",
            "Qostanay",
            "Kustanai",
            "Qostanai oblysy",
            "Қостанай",
            "Костанай",
            "Костанайская",
            "Кустанайская",
        ),
    ),
    RegionSeed(
        "KZ-43",
        "Қызылорда облысы",
        "Кызылординская область",
        "Kyzylorda Region",
        (
            "Kyzylorda",
            "Qyzylorda",
            "Qyzylorda oblysy",
            "Қызылорда",
            "Кызылорда",
            "Кызылординская",
        ),
    ),
    RegionSeed(
        "KZ-47",
        "Маңғыстау облысы",
        "Мангистауская область",
        "Mangystau Region",
        (
            "Mangystau",
            "Mangghystau",
            "Mangistau",
            "Mañğystau",
            "Mañğystau oblysy",
            "Маңғыстау",
            "Мангистау",
            "Мангистауская",
        ),
    ),
    RegionSeed(
        "KZ-55",
        "Павлодар облысы",
        "Павлодарская область",
        "Pavlodar Region",
        (
            "Pavlodar",
            "Pavlodar oblysy",
            "Павлодар",
            "Павлодарская",
        ),
    ),
    RegionSeed(
        "KZ-59",
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan Region",
        (
            "North Kazakhstan",
            "Soltüstik Qazaqstan",
            "Soltüstık Qazaqstan",
            "Soltüstık Qazaqstan oblysy",
            "Солтүстік Қазақстан",
            "Северный Казахстан",
            "Северо-Казахстанская",
            "СКО",
        ),
    ),
    RegionSeed(
        "KZ-61",
        "Түркістан облысы",
        "Туркестанская область",
        "Turkistan Region",
        (
            "Turkistan",
            "Turkestan",
            "Türkıstan",
            "Türkıstan oblysy",
            "Түркістан",
            "Туркестан",
            "Туркестанская",
            "South Kazakhstan",
            "South Kazakhstan Region",
            "Oñtüstık Qazaqstan",
            "Оңтүстік Қазақстан",
            "Оңтүстік Қазақстан облысы",
            "Южно-Казахстанская",
            "Южно-Казахстанская область",
            "ЮКО",
        ),
    ),
    RegionSeed(
        "KZ-62",
        "Ұлытау облысы",
        "область Ұлытау",
        "Ulytau Region",
        (
            "Ulytau",
            "Ūlytau",
            "Ūlytau oblysy",
            "Ұлытау",
            "Улытау",
            "область Улытау",
            "Улытауская",
            "Улытауская область",
        ),
    ),
    RegionSeed(
        "KZ-63",
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        "East Kazakhstan Region",
        (
            "East Kazakhstan",
            "Shyghys Qazaqstan",
            "Şyğys Qazaqstan",
            "Şyğys Qazaqstan oblysy",
            "Шығыс Қазақстан",
            "Восточный Казахстан",
            "Восточно-Казахстанская",
            "ВКО",
        ),
    ),
    RegionSeed(
        "KZ-71",
        "Астана",
        "Астана",
        "Astana",
        (
            "Astana city",
            "Астана қаласы",
            "город Астана",
            "Nur-Sultan",
            "Nūr-Sūltan",
            "Нұр-Сұлтан",
            "Нур-Султан",
            "Tselinograd",
            "Целиноград",
        ),
    ),
    RegionSeed(
        "KZ-75",
        "Алматы",
        "Алматы",
        "Almaty",
        (
            "Almaty city",
            "Алматы қаласы",
            "город Алматы",
            "Alma-Ata",
            "Алма-Ата",
        ),
    ),
    RegionSeed(
        "KZ-79",
        "Шымкент",
        "Шымкент",
        "Shymkent",
        (
            "Shymkent city",
            "Şymkent",
            "Шымкент қаласы",
            "город Шымкент",
            "Chimkent",
            "Чимкент",
        ),
    ),
)


# The places of detention confirmed in the reference notes. Current numbered official names
# ("Учреждение № N") are not known, so names describe the facility by legacy code and place.
FACILITIES: tuple[FacilitySeed, ...] = (
    FacilitySeed(
        "ЛА-155/8",
        "colony_max",
        "Учреждение ЛА-155/8 (Заречный)",
        "ЛА-155/8 мекемесі (Заречный)",
        "Institution ЛА-155/8 (Zarechny)",
        ("Заречное", "Заречный", "Zarechnoye", "Zarechnoe", "Zarechny", "Zarechnyy"),
        "Zarechny",
        "ДУИС по Алматинской области",
        False,
        (FacilityRegionSeed("KZ-19", None, None),),
    ),
    FacilitySeed(
        "ЛА-155/6",
        "colony_juvenile",
        "Учреждение ЛА-155/6 (колония для несовершеннолетних, Алматы)",
        "ЛА-155/6 мекемесі (кәмелетке толмағандарға арналған колония, Алматы)",
        "Institution ЛА-155/6 (juvenile colony, Almaty)",
        (),
        "Almaty",
        "ДУИС по городу Алматы",
        False,
        (FacilityRegionSeed("KZ-75", None, None),),
    ),
    FacilitySeed(
        "АК-159/7",
        "colony",
        "Учреждение АК-159/7 (Долинка)",
        "АК-159/7 мекемесі (Долинка)",
        "Institution АК-159/7 (Dolinka)",
        ("Долинка", "Dolinka"),
        "Dolinka",
        "ДУИС по Карагандинской области",
        False,
        (FacilityRegionSeed("KZ-35", None, None),),
    ),
    FacilitySeed(
        "АК-159/11",
        "colony_tb",
        "Учреждение АК-159/11 (туберкулезная колония, Карагандинская область)",
        "АК-159/11 мекемесі (туберкулез колониясы, Қарағанды облысы)",
        "Institution АК-159/11 (TB colony, Karaganda Region)",
        (),
        "",
        "ДУИС по Карагандинской области",
        False,
        (FacilityRegionSeed("KZ-35", None, None),),
    ),
    FacilitySeed(
        "АК-159/18",
        "colony",
        "Учреждение АК-159/18 (Карабас)",
        "АК-159/18 мекемесі (Қарабас)",
        "Institution АК-159/18 (Karabas)",
        ("Карабас", "Қарабас", "Karabas", "Qarabas"),
        "Karabas",
        "ДУИС по Карагандинской области",
        False,
        (FacilityRegionSeed("KZ-35", None, None),),
    ),
    FacilitySeed(
        "АК-159/25",
        "colony",
        "Учреждение АК-159/25 (Жезказган)",
        "АК-159/25 мекемесі (Жезқазған)",
        "Institution АК-159/25 (Zhezkazgan)",
        ("Жезказган", "Жезқазған", "Zhezkazgan", "Jezqazğan", "Zhezqazghan"),
        "Zhezkazgan",
        "ДУИС по Карагандинской области",
        False,
        (
            FacilityRegionSeed("KZ-35", None, REFORM_2022),
            FacilityRegionSeed("KZ-62", REFORM_2022, None),
        ),
    ),
    FacilitySeed(
        "ЕЦ-166/5",
        "colony",
        "Учреждение ЕЦ-166/5 (Вишневка)",
        "ЕЦ-166/5 мекемесі (Вишневка)",
        "Institution ЕЦ-166/5 (Vishnevka)",
        ("Вишневка", "Вишнёвка", "Vishnevka", "Vishnyovka"),
        "Arshaly district",
        "ДУИС по городу Астане",
        False,
        (FacilityRegionSeed("KZ-11", None, None),),
    ),
    FacilitySeed(
        "УК-161/12",
        "colony",
        "Учреждение УК-161/12 (Аркалык)",
        "УК-161/12 мекемесі (Арқалық)",
        "Institution УК-161/12 (Arkalyk)",
        ("Аркалык", "Арқалық", "Arkalyk", "Arqalyq"),
        "Arkalyk",
        "ДУИС по Костанайской области",
        False,
        (FacilityRegionSeed("KZ-39", None, None),),
    ),
    FacilitySeed(
        "УК-161/4",
        "colony",
        "Учреждение УК-161/4 (Кушмурун)",
        "УК-161/4 мекемесі (Құсмұрын)",
        "Institution УК-161/4 (Kushmurun)",
        ("Кушмурун", "Құсмұрын", "Kushmurun", "Qusmūryn"),
        "Kushmurun",
        "ДУИС по Костанайской области",
        True,
        (FacilityRegionSeed("KZ-39", None, None),),
    ),
    FacilitySeed(
        "ОВ-156/17",
        "colony",
        "Учреждение ОВ-156/17 (Шуак)",
        "ОВ-156/17 мекемесі (Шуак)",
        "Institution ОВ-156/17 (Shuak)",
        ("Шуак", "Shuak"),
        "Shuak",
        "ДУИС по Восточно-Казахстанской области",
        True,
        (FacilityRegionSeed("KZ-63", None, None),),
    ),
    FacilitySeed(
        "ЗК-169/5",
        "colony",
        "Учреждение ЗК-169/5 (Кызылординская область)",
        "ЗК-169/5 мекемесі (Қызылорда облысы)",
        "Institution ЗК-169/5 (Kyzylorda Region)",
        (),
        "",
        "ДУИС по Кызылординской области",
        False,
        (FacilityRegionSeed("KZ-43", None, None),),
    ),
)


class SettlementSeed(NamedTuple):
    en: str
    ru: str
    kk: str
    aliases: tuple[str, ...]
    regions: tuple[FacilityRegionSeed, ...]


def _in(region: str) -> tuple[FacilityRegionSeed, ...]:
    return (FacilityRegionSeed(region, None, None),)


def _moved(before: str, after: str) -> tuple[FacilityRegionSeed, ...]:
    return (FacilityRegionSeed(before, None, REFORM_2022),
            FacilityRegionSeed(after, REFORM_2022, None))


# Towns where letters place police stations, IVS, SIZO and colonies. Left out on purpose: names
# that are also common words or street names (Есік "door", Шу "noise", Панфилов, Ермак).
# Cities that share their region's name (Aktobe, Atyrau, Kostanay, Kyzylorda, Pavlodar,
# Turkistan) are region aliases above and are not repeated. Towns of the regions created in
# 2022 carry both periods.
SETTLEMENTS: tuple[SettlementSeed, ...] = (
    SettlementSeed("Semey", "Семей", "Семей", ("Semei", "Semipalatinsk", "Семипалатинск"),
                   _moved("KZ-63", "KZ-10")),
    SettlementSeed("Ayagoz", "Аягоз", "Аягөз", ("Ayagöz", "Аягуз"), _moved("KZ-63", "KZ-10")),
    SettlementSeed("Kurchatov", "Курчатов", "Курчатов", (), _moved("KZ-63", "KZ-10")),
    SettlementSeed("Kokshetau", "Кокшетау", "Көкшетау", ("Kökşetau", "Kokchetav", "Кокчетав"),
                   _in("KZ-11")),
    SettlementSeed("Stepnogorsk", "Степногорск", "Степногорск", (), _in("KZ-11")),
    SettlementSeed("Shchuchinsk", "Щучинск", "Щучинск", ("Shuchinsk", "Шучинск"),
                   _in("KZ-11")),
    SettlementSeed("Atbasar", "Атбасар", "Атбасар", (), _in("KZ-11")),
    SettlementSeed("Khromtau", "Хромтау", "Хромтау", ("Hromtau",), _in("KZ-15")),
    SettlementSeed("Kandyagash", "Кандыагаш", "Қандыағаш", ("Qandyağaş",), _in("KZ-15")),
    SettlementSeed("Konaev", "Конаев", "Қонаев", ("Qonaev", "Kunaev", "Kapshagay", "Kapchagay",
                   "Qapshagai", "Капшагай", "Қапшағай"), _in("KZ-19")),
    SettlementSeed("Talgar", "Талгар", "Талғар", ("Talğar",), _in("KZ-19")),
    SettlementSeed("Kaskelen", "Каскелен", "Қаскелең", ("Qaskeleñ",), _in("KZ-19")),
    SettlementSeed("Kulsary", "Кульсары", "Құлсары", ("Qūlsary",), _in("KZ-23")),
    SettlementSeed("Oral", "Уральск", "Орал", ("Uralsk", "Орал қаласы"), _in("KZ-27")),
    SettlementSeed("Aksay", "Аксай", "Ақсай", ("Aksai", "Aqsai"), _in("KZ-27")),
    SettlementSeed("Taraz", "Тараз", "Тараз", ("Dzhambul", "Zhambyl city", "Джамбул"),
                   _in("KZ-31")),
    SettlementSeed("Karatau", "Каратау", "Қаратау", ("Qaratau",), _in("KZ-31")),
    SettlementSeed("Zhanatas", "Жанатас", "Жаңатас", ("Janatas",), _in("KZ-31")),
    SettlementSeed("Taldykorgan", "Талдыкорган", "Талдықорған", ("Taldyqorğan", "Taldy-Kurgan",
                   "Талды-Курган"), _moved("KZ-19", "KZ-33")),
    SettlementSeed("Tekeli", "Текели", "Текелі", (), _moved("KZ-19", "KZ-33")),
    SettlementSeed("Zharkent", "Жаркент", "Жаркент", ("Jarkent",),
                   _moved("KZ-19", "KZ-33")),
    SettlementSeed("Ushtobe", "Уштобе", "Үштөбе", ("Üştöbe",), _moved("KZ-19", "KZ-33")),
    SettlementSeed("Sarkand", "Сарканд", "Сарқан", ("Sarqan",), _moved("KZ-19", "KZ-33")),
    SettlementSeed("Temirtau", "Темиртау", "Теміртау", ("Temırtau",), _in("KZ-35")),
    SettlementSeed("Balkhash", "Балхаш", "Балқаш", ("Balqaş", "Balkash"), _in("KZ-35")),
    SettlementSeed("Saran", "Сарань", "Саран", (), _in("KZ-35")),
    SettlementSeed("Shakhtinsk", "Шахтинск", "Шахтинск", ("Şahtinsk",), _in("KZ-35")),
    SettlementSeed("Priozersk", "Приозерск", "Приозёрск", ("Приозёрск",), _in("KZ-35")),
    SettlementSeed("Satpayev", "Сатпаев", "Сәтбаев", ("Satbayev", "Sätbaev", "Satpaev"),
                   _moved("KZ-35", "KZ-62")),
    SettlementSeed("Karazhal", "Каражал", "Қаражал", ("Qarajal",), _moved("KZ-35", "KZ-62")),
    SettlementSeed("Rudny", "Рудный", "Рудный", ("Rudnyy", "Rudnyi"), _in("KZ-39")),
    SettlementSeed("Lisakovsk", "Лисаковск", "Лисаков", (), _in("KZ-39")),
    SettlementSeed("Zhitikara", "Житикара", "Жітіқара", ("Jitiqara",), _in("KZ-39")),
    SettlementSeed("Baikonur", "Байконур", "Байқоңыр", ("Baikonyr", "Baykonur", "Bayqoñyr"),
                   _in("KZ-43")),
    SettlementSeed("Aral", "Аральск", "Арал", ("Aralsk",), _in("KZ-43")),
    SettlementSeed("Kazaly", "Казалинск", "Қазалы", ("Kazalinsk", "Qazaly"), _in("KZ-43")),
    SettlementSeed("Aktau", "Актау", "Ақтау", ("Aqtau",), _in("KZ-47")),
    SettlementSeed("Zhanaozen", "Жанаозен", "Жаңаөзен", ("Janaozen", "Jañaözen",
                   "Новый Узень"), _in("KZ-47")),
    SettlementSeed("Beineu", "Бейнеу", "Бейнеу", ("Beyneu",), _in("KZ-47")),
    SettlementSeed("Ekibastuz", "Экибастуз", "Екібастұз", ("Ekibastūz", "Екибастуз"),
                   _in("KZ-55")),
    SettlementSeed("Aksu", "Аксу", "Ақсу", ("Aqsu",), _in("KZ-55")),
    SettlementSeed("Petropavl", "Петропавловск", "Петропавл", ("Petropavlovsk",), _in("KZ-59")),
    SettlementSeed("Taiynsha", "Тайынша", "Тайынша", ("Tayynsha",), _in("KZ-59")),
    SettlementSeed("Kentau", "Кентау", "Кентау", (), _in("KZ-61")),
    SettlementSeed("Arys", "Арыс", "Арыс", (), _in("KZ-61")),
    SettlementSeed("Saryagash", "Сарыагаш", "Сарыағаш", ("Saryağaş",), _in("KZ-61")),
    SettlementSeed("Zhetysai", "Жетысай", "Жетісай", ("Jetisai", "Zhetisay"), _in("KZ-61")),
    SettlementSeed("Shardara", "Шардара", "Шардара", ("Chardara", "Чардара"), _in("KZ-61")),
    SettlementSeed("Lenger", "Ленгер", "Леңгір", ("Leñgır",), _in("KZ-61")),
    SettlementSeed("Oskemen", "Усть-Каменогорск", "Өскемен", ("Ust-Kamenogorsk", "Öskemen",
                   "Ust Kamenogorsk"), _in("KZ-63")),
    SettlementSeed("Ridder", "Риддер", "Риддер", ("Leninogorsk", "Лениногорск"), _in("KZ-63")),
    SettlementSeed("Zyryanovsk", "Зыряновск", "Зыряновск", ("Altai town",), _in("KZ-63")),
    SettlementSeed("Zaisan", "Зайсан", "Зайсаң", ("Zaysan",), _in("KZ-63")),
    SettlementSeed("Shemonaikha", "Шемонаиха", "Шемонаиха", (), _in("KZ-63")),
)
