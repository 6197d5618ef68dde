"""rules-23, Kazakh and Russian methods: a head held in the toilet told in Kazakh, acts denied a
word after their noun or after an aside, relatives said to be jailed too, threats told after a
quote against the family or through a relative, acts told after a quote, cold and heat as the
letters tell them, headings, veiled threats and words that only look like methods."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db

KICKING, EARS, BEATING, BATONS = "030101000000", "030103000000", "030100000000", "030102000000"
COLD, SHOCK, BAG, FILTHY = "030700000000", "030800000000", "030902000000", "030903000000"
CHOKING, SQUATTING, FOOD, CARE = "031000000000", "031105000000", "031501000000", "031503000000"
THREAT, FAMILY = "032201000000", "032202000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the head pushed into the toilet, in Kazakh; a toilet he was made to scrub is not that
    ("Күзетшілер басымды дәретханаға малып ұстады.", {FILTHY}, set()),
    ("Түнде басын унитазға батырды, тұншығып қала жаздады.", {FILTHY}, set()),
    ("Унитазды жуғызды, содан басым ауырып жүр.", set(), {FILTHY}),
    # a Kazakh denial a word after the noun: «тогымен қинамаған», «пакет кигізбеген»
    ("Электр тогымен қинамаған, өзі солай айтты.", set(), {SHOCK}),
    ("Электр тогымен қинады, өзі солай айтты.", {SHOCK}, set()),
    ("Басына пакет кигізбеген, тек айқайлаған.", set(), {BAG}),
    ("Басына пакет кигізіп, ұрмады.", {BAG}, set()),
    ("Резеңке таяқпен арқасынан ұрды.", {BATONS}, set()),
    # the Russian verb repeated with its denial, an aside between, or a scan's 6 for б
    ("Душить, мол, не душили, только орали.", set(), {CHOKING}),
    ("Пакет не надевали, и бить не 6или.", set(), {BEATING}),
    ("Били его, говорит, не раз и не два.", {BEATING}, set()),
    # a taunt's "чтоб слышал" is no rumour; a fist beside a clap on the ears is a blow of its own
    ("Один бил кулаком по рёбрам, другой хлопал ладонями по ушам («чтоб слышал лучше»).",
     {KICKING, EARS}, set()),
    ("Он хлопнул мне открытыми ладонями по обоим ушам.", {EARS}, {KICKING}),
])
def test_acts_told_and_denied(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a relative said to be jailed or taken too
    ("Следователь сказал, что сестру тоже посадят, если будет жаловаться.", {FAMILY}, set()),
    ("Опер говорил ему: «заберём и отца, он тоже в деле».", {FAMILY}, set()),
    ("Начальник сказал: «Напишешь ещё — старшего тоже закроем».", {FAMILY}, set()),
    ("Брат сказал, что его тоже посадят.", set(), {FAMILY}),
    ("Мама сказала, что брата заберут в армию весной.", set(), {FAMILY}),
    ("Следователь сказал, что отца не посадят.", set(), {FAMILY}),
    ("Боюсь, что следователь прав и мужа тоже посадят.", set(), {FAMILY}),
    # the Kazakh threat verb after a quote against the family
    ("«Қарындасыңды да осында әкелеміз, ол да отырады» деп қорқытты.", {FAMILY}, {THREAT}),
    ("«Сені де ұзақ отырғызамыз» деп қорқытты.", {THREAT}, {FAMILY}),
    # a relative through whom money was asked is no one threatened
    ("Он сказал, что опер через жену требовал деньги и говорил, что иначе тот не выйдет из "
     "ШИЗО до конца срока.", {THREAT}, {FAMILY}),
    ("Опер говорил, что иначе его жена останется без работы.", {FAMILY}, set()),
    # a scan's «ширитемиз» (we will let you rot), with a price asked
    ("Тергеуші: «Ақша тапсаң, ісіңді жабамыз, таппасаң түрмеде ширитемиз» деди.", {THREAT},
     set()),
    # worse to come: «бұл әлі гүлі»
    ("Кезекші «Шағым жазсаң, бұл әлі гүлі болады» деді.", {THREAT}, set()),
    # harm held out without a word for it, and a pity that threatens nobody
    ("Офицер сказал ему: «Будет жаль, если с тобой что-нибудь случится».", {THREAT}, set()),
    ("Жаль, что не дозвонилась; если что-то случится, звоните.", set(), {THREAT}),
    # a case dropped for a price is no case made up
    ("Сказали, что если найдём миллион, то «дело рассыплется».", set(), {THREAT}),
    ("Сказали, что заведём дело и на тебя.", {THREAT}, set()),
])
def test_threats_and_whom_they_are_against(text: str, present: set[str],
                                          absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the act told after the quote that offered to end it
    ("Тамақ сұрағанда «қол қойсаң береміз» деп, тамақ бермеді.", {FOOD}, set()),
    ("«Қол қоймасаң, тамақ бермейміз» деп қорқытты.", {THREAT}, set()),
    # a coat he was not let put on in the frost; heat in the cell
    ("Аулада аяз, күрте киюге рұқсат бермеді, жейдемен тұрдық.", {COLD}, set()),
    ("Вывели на плац, куртку надеть не дали.", {COLD}, set()),
    ("Разрешили надеть куртку и вывели на прогулку.", set(), {COLD}),
    ("В жару камеру не проветривали по три дня.", {COLD}, set()),
    ("В жару работал на стройке, а потом его задержали.", set(), {COLD}),
    # e-mail is no electricity; a gas mask's hose squeezed is no baton
    ("Жалобу я отправила по электронке.", set(), {SHOCK}),
    ("Противогаздың шлангісін қолымен қысып тұрды.", set(), {BATONS}),
    ("Шлангпен тізесінен ұрды.", {BATONS}, set()),
    # a doctor from elsewhere asked for; a medical unit that would not take him in
    ("Прошу, чтобы его осмотрел врач не из этого учреждения.", set(), {CARE}),
    ("Врач не пришёл, хотя он стучал всю ночь.", {CARE}, set()),
    ("У него кровь горлом, а в больницу его не положили.", {CARE}, set()),
    ("Если в больницу не положат, напишу прокурору.", set(), {CARE}),
    # crouching to rest, cut short, is no forced squatting
    ("Когда он опускался на корточки, конвойный орал «встать!».", set(), {SQUATTING}),
    ("Заставили сидеть на корточках в коридоре.", {SQUATTING}, set()),
    # a rumour the writer says is all she heard
    ("Бір жігіт «онда таяқпен ұрады» деді. Естігенім осы ғана.", set(), {BATONS}),
])
def test_what_was_done_and_what_only_looks_so(text: str, present: set[str],
                                              absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # "there were none", closing the clause
    ("Жалоб на сотрудников нет, угроз со стороны конвоя не было.", set(), {THREAT}),
    ("Угрожали ему в коридоре, и адвоката рядом не было.", {THREAT}, set()),
    # a heading over a section that tells the threat more exactly is that threat
    ("Справка.\n\n3. Угроза. 2 мая следователь сказал ему: «Скажешь судье — мать твою тоже "
     "закроем».\n", {FAMILY}, {THREAT}),
    # a heading over a section the rules read nothing more from stays
    ("Справка.\n\n3. Угроза. 2 мая его вызвали к начальнику.\n", {THREAT}, set()),
])
def test_findings_and_headings(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present"), [
    # carried out on a stretcher, held out on a condition, typed with or without Kazakh letters
    ("Кум: «Арызыңды қайтып ал, әйтпесе бұл жерден зембілмен шығасың» деді.", {THREAT}),
    ("Кум: «Арызынды кайтып ал. Эйтпесе бул жерден зембiлмен шыгасын» дедi.", {THREAT}),
])
def test_a_stretcher_held_out(text: str, present: set[str]) -> None:
    assert_found(text, "methods", present, set())


def test_a_stretcher_told_is_no_threat() -> None:
    assert_found("Ол «ауылда анамды зембілмен әкелді» деді.", "methods", set(), {THREAT})
