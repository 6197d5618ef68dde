"""rules-26, corrected on letters 443-482 by classes of error. Methods: a slap with a taunt about
films is no film seen; water refused «воды не дали»; shocks «пускали ток» and the burn marks
they left (the shock alone); standing on the parade ground told at length, in the frost or
the sun (cold or heat); a strong lamp never switched off; "dirty words"; "a threat of rape"
and a bottle "you will sit on" are sexual threats; «не доживёшь», «повесишься в камере»,
«асылып қаласың», "not walk out on your own feet", "the steppe… not come back" threaten his
life; Kazakh standing «тік тұрдым», «тұрғызыпты», a wool cap over the eyes, a towel round the
neck, water asked for and not given, «әйеліңнің жұмысы қолымызда»; and what is none of these:
feet that barely touch the floor while hanging, pills he refused or no longer takes, «не
меньше трёх раз», a baton on the backs of the thighs, «Угроз… никто не высказывал», "I will cut
my veins" said by the prisoner, "the guys here talk that…", «бастықтың көзінше», «таңертең»,
«бірақ қорқытпа», a palm by one ear (a slap), a phone's "sticker", «наняли» (no bread).
Places: a prisoner's "у нас (тут)
в…" beside his camp's own words is where he is held; a relative "in the special reception
centre in…" is held there; a place of detention he was brought from, or a past stay where
nobody touched him, is where nothing happened; a meeting in the SIZO is where the client is
held; a detention told right outside his house is still a detention; a place named "now" in
a letter of 2021 takes its region of 2021; initials run together («А.С.») end no sentence; a
scan's Latin letters in «кoлонии» are read. And what names no place: «бүгін қарағанда»
(looking today), «нашёл Абая» (the poet), a story about a town, a job there, a colony wished
closer to home, a letter that came by post from a town, what the guys say."""

import datetime as dt

import pytest

from kuager.coding.tests.test_engine import assert_found, codes

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a prisoner's "with us here", beside his camp's own words
    ("Привет, мама. У нас тут в Павлодаре морозы под сорок. Вчера весь отряд выгнали на "
     "проверку.", {"KZ-55"}, set()),
    ("У нас в Кызылординской области пекло, но в цеху есть вентилятор.", {"KZ-43"}, set()),
    # …and a family's, with none
    ("У нас в Павлодаре морозы под сорок, внуки дома. Сына перевели в колонию в Караганду.",
     {"KZ-35"}, {"KZ-55"}),
    # a brother held in a special reception centre, not living there
    ("Інім Таразда спецприемникте отыр, он бес тәулік берді.", {"KZ-31"}, set()),
    ("Інім Таразда тұрады, ал мен Ақтөбеде тергеу изоляторындамын.", {"KZ-15"}, {"KZ-31"}),
    # released from a special reception centre: held there
    ("Free at last! Fifteen days in the special reception centre in Aktobe, no window.",
     {"KZ-15"}, set()),
])
def test_where_the_writer_or_his_kin_is_held(text: str, present: set[str],
                                             absent: set[str]) -> None:
    assert_found(text, "regions", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # brought from a place of detention where nothing happened
    ("Бізді 3 наурызда Таразадағы СИЗО-дан этаппен Шымкенттегі колонияға әкелді. Колонияда "
     "бірінші күні ұрып-соқты.", {"KZ-79"}, {"KZ-31"}),
    # …but not when something happened on the way out
    ("Тараздағы СИЗО-дан әкелгенде бізді ұрып-соқты.", {"KZ-31"}, set()),
    # a past stay where nobody touched him (other regions than where he was beaten)
    ("Павлодардағы СИЗО-да бір жыл отырдым, онда ешкім қол көтерген жоқ. Қазір "
     "Қарағандыдағы колониядамын, мұнда күзетшілер ұрады.", {"KZ-35"}, {"KZ-55"}),
    ("Я сидел полгода в СИЗО Костаная, там никто меня не трогал. А в Темиртау били.",
     {"KZ-35"}, {"KZ-39"}),
    # …but not when something was done there too, or "nobody" denies something else
    ("Павлодардағы СИЗО-да отырғанда мені ұрды, ешкім жауап берген жоқ.", {"KZ-55"}, set()),
    ("В СИЗО Костаная сидел, сначала били, потом никто не трогал.", {"KZ-39"}, set()),
    ("Бізді Астанадағы СИЗО-дан этаппен әкелді. Онда бізді ұрып-соқты.", {"KZ-71"}, set()),
    # a mother at home says "у нас", though her son writes of his unit
    ("У нас в Таразе всё по-старому. Сын пишет из колонии, что в отряде его избили.",
     set(), {"KZ-31"}),
])
def test_places_where_nothing_happened(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "regions", present, absent)


def test_a_brought_from_place_alone_is_dropped() -> None:
    assert "KZ-71" not in codes("Мені Астанадағы СИЗО-дан этаппен Көкшетауға әкелді. Мұнда "
                                "ұрып-соқты.", "regions")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a detention right outside his house
    ("Қорғалушы 2023 жылы Тараз қаласында, үйінің алдында ұсталғанын айтады.", {"KZ-31"},
     set()),
    # the house alone is where he lives
    ("Тараз қаласында, үйінің жанында дүкен бар.", set(), {"KZ-31"}),
    # a meeting in the SIZO: where the client is held
    ("Meeting: 3 March 2024, Aktobe SIZO, interview room.\n\nThe client says he was kicked.",
     {"KZ-15"}, set()),
    ("Кездесу: 2024 жылғы 3 наурыз, Ақтөбе қаласындағы СИЗО, тергеу бөлмесі.\n\nОны ұрды.",
     {"KZ-15"}, set()),
    # initials run together: «Н.К.» ends no sentence, the writer writes from her town
    ("Сіздерге Тараз қаласынан Н.К. жазып отыр. Ұлымды Шымкенттегі полиция бөлімінде ұрды.",
     {"KZ-79"}, {"KZ-31"}),
    # a scan's Latin letters: «кoлонии» is a colony
    ("Пишу вам из кoлонии под Тapазом. Письмо передаю не через цензуру.", {"KZ-31"}, set()),
])
def test_places_of_detention_told_plainly(text: str, present: set[str],
                                          absent: set[str]) -> None:
    assert_found(text, "regions", present, absent)


@pytest.mark.parametrize(("day", "region"), [
    (dt.date(2021, 3, 1), "KZ-35"),
    (dt.date(2024, 3, 1), "KZ-62"),
])
def test_a_place_written_from_takes_the_region_of_the_letters_day(day: dt.date,
                                                                   region: str) -> None:
    text = "Мен Жезқазғандағы колониядан жазып отырмын. Мұнда күзетшілер ұрады."
    assert codes(text, "regions", letter_date=day) == {region}


@pytest.mark.parametrize(("text", "absent"), [
    ("Бүгін қарағанда білегінде көгерген із бар.", {"KZ-35"}),
    ("Соған қарағанда, оны ИВС-те ұрған.", {"KZ-35"}),
    ("В библиотеке нашёл Абая на русском, читаю по вечерам.", {"KZ-10"}),
    ("At night I read a novel about Shymkent in the sixties.", {"KZ-79"}),
    ("Кеше клубта Алматы туралы кино көрсетті.", {"KZ-75"}),
    ("He was under house arrest until May. He could not go to his job in Aktau.", {"KZ-47"}),
    ("Родные просят перевода в колонию ближе к дому (Тараз).", {"KZ-31"}),
    ("The letter came by post from Taraz, with a photo of the bruises.", {"KZ-31"}),
    ("The guys here talk that in Vishnevka people are hung by the handcuffs.", {"KZ-11"}),
])
def test_words_that_name_no_place(text: str, absent: set[str]) -> None:
    assert not codes(text, "regions") & absent


BEATING, KICKING, BATON = "030100000000", "030101000000", "030102000000"
EARS, BURNS, RAPE, RAPE_OBJECT = "030103000000", "030400000000", "030500000000", "030502000000"
SEXUAL_THREAT, COLD, SHOCK = "030602000000", "030700000000", "030800000000"
STRANGLING, SUSPENSION, STANDING = "031000000000", "031101000000", "031103000000"
SQUATTING, FOOD, MEDICINE = "031105000000", "031501000000", "031504000000"
LIGHT, BLINDFOLD, VERBAL = "031903000000", "031904000000", "032101000000"
THREAT, FAMILY, DEATH = "032201000000", "032202000000", "032301000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Когда я попросил позвонить, один ударил ладонью по затылку и сказал \"насмотрелся "
     "сериалов\".", {KICKING}, set()),
    ("Она боится за сына, насмотрелась фильмов, где в полиции бьют.", set(), {BEATING}),
    ("Всю ночь воды не дали, хотя он просил.", {FOOD}, set()),
    ("В подвале ему пускали ток через пальцы. Врач потом описал следы ожогов на руках.",
     {SHOCK}, {BURNS}),
    # (the investigator who burned him is no mark the shock left)
    ("Следователь обжигал ему спину зажигалкой, потом пытали током.", {SHOCK}, set()),
    ("Следователь обжигал ему спину, потом пытали током.", {SHOCK, BURNS}, set()),
    ("В ИВС держали без солнца, по 23 часа в камере.", set(), {COLD}),
    ("Начальник выгнал отряд на плац, и мы стояли до отбоя, мороз был под двадцать пять.",
     {STANDING, COLD}, set()),
    ("Дежурный выстроил нас на плацу и держал на солнце до обеда, часа четыре.",
     {STANDING, COLD}, set()),
    ("На плацу летом жара, по утрам там зарядка.", set(), {COLD}),
    ("Выгнали на плац, положили лицом в землю и держали так часа два.", set(), {STANDING}),
    ("In the IVS the light was never switched off, and a strong lamp hung over the bunk.",
     {LIGHT}, set()),
    ("The guards called him a 'goat' and other filthy words.", {VERBAL}, set()),
    ("I swear these words are true.", set(), {VERBAL}),
    ("Ударов было столько, что я не мог встать.", {BEATING}, set()),
    ("Угроз и побоев было много, меня не выпускали.", {THREAT}, set()),
])
def test_acts_told_in_other_words(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("She took it as a threat of rape and said nothing more.", {SEXUAL_THREAT}, {RAPE}),
    ("The officer put a beer bottle on the desk and said: \"If you don't confess, you will sit "
     "on this.\"", {SEXUAL_THREAT}, {THREAT}),
    ("Следователь сказал: «будешь жаловаться — до суда не доживёшь».", {DEATH}, set()),
    ("Кум сказал: «напишешь ещё — повесишься в камере, а мы напишем, что сам».", {DEATH},
     set()),
    ("Ол: «арызыңды қайтарып ал, әйтпесе камерада асылып қаласың» деді.", {DEATH}, set()),
    ("He told me: \"Complain again and you will not leave this room on your own feet.\"",
     {DEATH}, set()),
    ("After that night he could not stand on his own feet for two days.", set(), {DEATH}),
    ("And someone tells me at night: you will not leave here alive.", {DEATH}, set()),
    ("The major said: \"One night we will drive you to the steppe and you will never come "
     "back.\"", {DEATH}, set()),
    ("Тергеуші: «ағаңның жұмысы да біздің қолымызда» деді.", {FAMILY}, set()),
])
def test_threats_told_in_other_words(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Оны түні бойы тік тұрғызып қойды, таңға дейін тік тұрды.", {STANDING}, set()),
    ("Бізді дәлізде екі сағат тұрғызыпты, қолымызды көтертіп.", {STANDING}, set()),
    ("Белсенділер бізді қабырғаға қаратып, аяқпен тепті.", {KICKING}, {STANDING}),
    ("Күзетшілер оны дәлізде шамамен төрт сағат тұрғызған.", {STANDING}, set()),
    ("Түнде орнымыздан тұрғызған, сағат екіде.", set(), {STANDING}),
    ("Машинада басыма қалың бөрікті көзімнің үстіне дейін киғізді.", {BLINDFOLD}, set()),
    ("Біреуі мойныма белдік орап, артымнан қысты.", {STRANGLING}, set()),
    ("Су сұрадым, «айтсаң, су болады» деп, кешке дейін бермеді.", {FOOD}, set()),
    ("Таңертең бастықтың көзінше бізді тексерді.", set(), {BLINDFOLD}),
    ("Ол «апама айт, бірақ қорқытпа» деп жазды.", set(), {THREAT}),
    ("Күзетші құлағының тұсынан алақанымен бір ұрды.", {KICKING}, {EARS}),
])
def test_kazakh_acts(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Его подвесили наручниками к решётке, он ногами еле пола касался.", {SUSPENSION},
     {KICKING}),
    ("Меня постоянно доставали, били ногами.", {KICKING}, set()),
    ("В больнице я отказался пить таблетки, которые мне не назвали.", set(), {MEDICINE}),
    ("Кашель прошёл, таблетки больше не пью.", set(), {MEDICINE}),
    ("Уколы ему делали не меньше четырёх раз.", set(), {MEDICINE}),
    ("Били дубинкой по задней поверхности бёдер.", {BATON}, {RAPE_OBJECT}),
    ("Угроз, по словам матери, никто ему не высказывал.", set(), {THREAT}),
    ("He said, mama, if they touch me again I will cut my veins.", set(), {THREAT}),
    ("The guys here talk that in Dolinka they hang people by the handcuffs.", set(),
     {SUSPENSION}),
    ("Mama: <sticker omitted>", set(), {BATON}),
    ("Адвоката мы наняли, только он видел его один раз.", set(), {FOOD}),
])
def test_what_is_none_of_these(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)
