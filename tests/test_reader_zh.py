"""The Chinese reader on texts it was not built against: each fixture is invented for these
tests (people, companies and sentences), one kind of evidence at a time."""

from __future__ import annotations

from datetime import date

from pedigree.ingest.text.extract import extract
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.layout import read_layout
from pedigree.ingest.text.zh.mentions import read_mentions
from pedigree.ingest.text.zh.name_bounds import starts_here

PUBLISHED = date(2025, 9, 1)


def facts(text: str, kind: str | None = None) -> list[dict]:
    found = extract(text, lang="zh", published=PUBLISHED)
    for fact in found:
        assert fact.quote == text[fact.start : fact.end]
    return [f.fields for f in found if kind is None or f.kind == kind]


def has(rows: list[dict], **expected) -> bool:
    return any(all(row.get(k) == v for k, v in expected.items()) for row in rows)


def pairs(text: str, kind: str) -> set[tuple[str, str]]:
    return {(f["person"], f["org"]) for f in facts(text, kind)}


def entities(text: str, kind: str) -> set[str]:
    t = Text(text)
    _, registry = read_mentions(t, read_layout(t.folded, "zh"))
    return {e.name for e in registry.all(kind)}


# -- mentions ---------------------------------------------------------------------------------


def test_names_need_words_around_them_not_a_list():
    text = "合伙人蒲青禾表示，行业正在洗牌。蒲青禾此前在美团工作。夏天的商超促销很热闹。"
    people = entities(text, "person")
    assert "蒲青禾" in people
    assert "商超" not in people and "夏天" not in people


def test_the_longer_reading_of_a_name_wins_when_the_text_supports_it():
    text = "创始人兼CEO邬承岳本科毕业于南京大学。邬承岳的团队不到二十人。"
    assert "邬承岳" in entities(text, "person")
    assert "邬承" not in entities(text, "person")


def test_companies_found_by_what_is_said_of_them():
    text = (
        "储能管理系统研发商栎川能源近日完成8000万元A轮融资。栎川成立于2022年，总部在合肥。"
        "创始人兼CEO翟墨言是栎川能源的灵魂人物。"
    )
    assert "栎川能源" in entities(text, "org")
    assert has(facts(text, "funding"), org="栎川能源", amount=80_000_000)
    assert has(facts(text, "founded"), person="翟墨言", org="栎川能源")


def test_defined_terms_and_short_forms_are_the_same_company():
    text = "苏州栎湖半导体有限公司（下称“栎湖”）成立于2023年。多位知情人士确认，栎湖由车沐阳创办。"
    assert pairs(text, "founded") == {("车沐阳", "苏州栎湖半导体有限公司")}


def test_a_registered_place_in_brackets_is_inside_the_name():
    text = (
        "栎链（宁波）智能科技有限公司近日完成数千万元A轮融资。"
        "栎链创始人卜言曾任海康威视算法总监。"
    )
    orgs = entities(text, "org")
    assert "智能科技有限公司" not in orgs
    assert any(name.startswith("栎链") and "智能科技" in name for name in orgs)
    assert {org for person, org in pairs(text, "founded") if person == "卜言"} <= {
        name for name in orgs if name.startswith("栎链")
    }


def test_a_demo_day_sections_topic_is_one_of_its_own_team():
    from pedigree.ingest.text.zh.context import Context

    text = Text("# 栎甲\n车言：创始人。\n\n# 栎乙\n栎乙致力于打造内容平台。\n濮宁：创始人。\n")
    mentions, registry = read_mentions(text, read_layout(text.folded, "zh"))
    ctx = Context(text, read_layout(text.folded, "zh"), mentions, registry)
    first, second = text.folded.index("# 栎甲"), text.folded.index("# 栎乙")
    ctx.sections += [(first, second, None), (second, len(text.folded), None)]
    person = registry.find("person", "车言")
    assert person is not None
    ctx.note_person(text.folded.index("车言"), person)
    assert ctx.topic_person(text.folded.index("内容")) is None  # not the last project's 车言
    assert ctx.topic_person(text.folded.index("创始人。")) is person


def test_companies_named_by_who_founded_them_and_what_they_raised():
    text = (
        "芥舟座舱由前理想汽车座舱产品总监岳栎与前蔚来工程师班棠共同创立，做车内大模型助手。"
        "去年12月，芥舟座舱拿到红杉中国领投的数千万元天使轮融资。"
        "前理想汽车供应链副总裁鄢栎的选择有些意外。他创办的踏栎机器人主打汽车工厂的搬运场景，"
        "今年6月完成1亿元Pre-A轮融资，经纬创投领投。"
    )
    founded = pairs(text, "founded")
    assert {("岳栎", "芥舟座舱"), ("班棠", "芥舟座舱"), ("鄢栎", "踏栎机器人")} <= founded
    assert has(facts(text, "funding"), org="芥舟座舱", round="天使轮")
    assert has(facts(text, "funding"), org="踏栎机器人", amount=100_000_000)


def test_a_role_taken_at_the_company_just_joined_or_founded_and_a_name_the_next_she_means():
    text = (
        "小红书前副总裁庄栎已于今年离职，并创办了一家名为“句栎互动”的AI营销公司，出任CEO。"
        "与庄栎一起创业的还有司徒岚。她曾在宝洁中国担任数字媒介总监。"
        "另一位高管池栎已于本月加入快手，担任电商事业部副总裁。"
        "小红书方面表示，公司“未参与该项目投资”。"
    )
    assert has(facts(text, "founded"), person="庄栎", org="句栎互动", role="CEO")
    assert ("司徒岚", "句栎互动") in pairs(text, "founded")
    assert ("司徒岚", "宝洁") in pairs(text, "employment")
    assert ("庄栎", "宝洁") not in pairs(text, "employment")
    assert has(facts(text, "employment"), person="池栎", org="快手", title="电商事业部副总裁")
    assert not any("未参与" in name for name in entities(text, "org"))


def test_a_prospectus_board_table_with_honorifics_and_a_co_founder_named_by_her_post():
    text = (
        "栎石数据科技股份有限公司\n招股章程　2025年11月3日\n\n董事及高级管理层\n\n"
        "| 姓名 | 年龄 | 职位 | 加入本集团日期 |\n| --- | --- | --- | --- |\n"
        "| 倪栎先生 | 46 | 执行董事兼首席执行官 | 2016年3月 |\n"
        "| 景韬先生 | 50 | 非执行董事 | 2022年5月 |\n"
        "| 管颖芝教授 | 57 | 独立非执行董事 | 2025年10月 |\n\n"
        "娄嘉慧女士为本集团联合创办人，主要负责产品及研发管理。\n"
    )
    company = "栎石数据科技股份有限公司"
    jobs = facts(text, "employment")
    assert has(jobs, person="景韬", org=company, title="非执行董事")
    assert has(jobs, person="管颖芝", org=company, title="独立非执行董事")
    assert ("娄嘉慧", company) in pairs(text, "founded")


def test_a_field_of_business_and_an_address_are_no_company_or_person():
    text = (
        "新创公司栎穹科技完成A轮募资，金额3亿元。栎穹科技的这一轮，也是台湾长照科技领域"
        "今年规模最大的一笔募资。"
        "创办人暨执行长谢栎庭是工程师出身。他找来的伙伴，是在台北荣总担任护理长多年的游栎蓉。"
    )
    from pedigree.ingest.text.zh.org_endings import suffix_candidates

    assert not any("长照" in name for name in suffix_candidates(text))  # …领域: a field
    assert "荣总" not in entities(text, "person")
    assert ("谢栎庭", "栎穹科技") in pairs(text, "founded")


def test_companions_listed_with_their_former_posts_and_a_rare_surname():
    text = (
        "栎镜智能近日完成4.5亿元B轮融资。创始人兼CEO籍远栎是华中科技大学光学工程博士。"
        "2021年他离职，与前华为2012实验室工程师阙思栎、前海康威视算法专家卜俊栎一起创办了栎镜智能。"
    )
    founded = pairs(text, "founded")
    assert {("籍远栎", "栎镜智能"), ("阙思栎", "栎镜智能"), ("卜俊栎", "栎镜智能")} <= founded
    jobs = pairs(text, "employment")
    assert ("卜俊栎", "海康威视") in jobs and ("阙思栎", "海康威视") not in jobs


def test_a_team_page_with_square_bullets_and_taiwan_titles():
    text = (
        "關於我們｜團隊介紹\n\n栎杉生技\n\n栎杉生技成立於2022年，總部位於台北。2025年11月，我們完成"
        "1,200萬美元A輪募資。\n\n創辦團隊\n\n"
        "■ 許芷栎　共同創辦人暨執行長\n"
        "台大分子醫學博士。創立栎杉前，她在輝瑞擔任資深科學家七年。\n\n"
        "核心成員\n\n"
        "■ 廖思栎　營運長\n2023年加入。曾任台灣輝瑞業務發展經理。\n"
    )
    founded = pairs(text, "founded")
    assert ("许芷栎", "栎杉生技") in founded
    assert not any(org.endswith("前") for _, org in founded)
    assert has(facts(text, "employment"), person="廖思栎", org="栎杉生技", title="营运长")


def test_the_company_a_description_names_takes_the_round_the_next_sentence_gives_it():
    text = (
        "栎墨科技上半年期内亏损为3.1亿元。栎墨科技表示，上半年AI写作功能贡献了约四成的新增付费。"
        "离开栎墨后，柴明栎创办了面向律所的AI公司墨栎智能；今年3月，该公司宣布完成5000万元天使轮融资，"
        "由蓝驰创投领投。"
    )
    assert has(facts(text, "funding"), org="墨栎智能", amount=50_000_000)
    assert ("柴明栎", "墨栎智能") in pairs(text, "founded")
    assert not any("上半年" in name for name in entities(text, "org"))


def test_products_named_by_what_they_are_called_and_a_brand_with_a_latin_part():
    text = (
        "现在，判断由一套名为“栎瞳”的视觉系统完成。据介绍，栎瞳目前已部署在超过60家工厂。"
        "这台音箱叫“暖栎”，出自一家叫做声栎科技的创业公司。"
        "外界都知道栎舟科技的产品栎舟IDE。栎舟科技完成A轮融资。"
        "句栎互动完成天使轮融资。另一家公司叫“栎页科技”。为什么叫“句栎”？"
    )
    products = {f["product"] for f in facts(text, "product")}
    assert {"栎瞳", "暖栎", "栎舟IDE"} <= products
    assert "句栎" not in products and "栎页科技" not in products


def test_a_company_joined_to_take_a_post_ends_before_the_post():
    text = "栎电科技完成B轮融资。財務長鍾佩栎曾任台積電財務經理，2021年加入栎电担任財務長。"
    orgs = {org for _, org in pairs(text, "employment")}
    assert not any("担任" in org for org in orgs)


def test_joining_to_become_a_co_founder_and_the_same_post_said_again():
    text = (
        "站在角落里看着这一幕的，是栎屿科技创始人戈承栎。戈承栎首先想到的是他的老同事计语栎。"
        "两人聊了一下午，计语栎答应加入，成为联合创始人兼COO。"
        "最终加入的是护理专业出身的闫秋栎，她此前在养老机构担任照护服务总监，同样是联合创始人。"
    )
    founded = pairs(text, "founded")
    assert {("计语栎", "栎屿科技"), ("闫秋栎", "栎屿科技")} <= founded


def test_a_department_after_a_former_is_no_name_and_a_quoted_company_founded_together():
    text = (
        "栎萝智能完成A轮融资。原产品负责人霍星栎离职，创办了面向老年人的AI陪伴硬件公司“暮栎科技”。"
        "芥栎数科创始人邝栎此前在快手工作。他和前美团产品专家覃晓栎一起创办了“邻里栎店”。"
    )
    assert "原产品" not in entities(text, "person")
    founded = pairs(text, "founded")
    assert ("霍星栎", "暮栎科技") in founded
    assert ("覃晓栎", "邻里栎店") in founded and ("覃晓栎", "芥栎数科") not in founded


def test_what_someone_founded_is_a_company_even_when_it_looks_like_a_name():
    text = (
        "三、栗栎：做出海的社区\n\n前小红书国际化业务负责人冉栖栎在2024年创立栗栎，主打东南亚市场。"
        "据了解，栗栎已在去年11月完成500万美元天使轮融资，投资方为真格基金。"
        "有媒体报道称，栗栎正在与腾讯洽谈A轮融资。"
    )
    assert "栗栎" in entities(text, "org") and "栗栎" not in entities(text, "person")
    assert ("冉栖栎", "栗栎") in pairs(text, "founded")
    assert has(facts(text, "funding"), org="栗栎", amount=5_000_000)


def test_a_founder_named_like_a_known_fund_listed_with_the_other_founders():
    text = (
        "栎澜新材近日完成3.5亿元Pre-B轮融资。栎澜新材由殷拓、罗颂栎、祁远栎三人于2022年在苏州共同创立。"
        "殷拓任董事长兼总经理。“电解质是最卡脖子的一环，”殷拓说。"
    )
    assert "EQT" not in entities(text, "org")
    assert ("殷拓", "栎澜新材") in pairs(text, "founded")


def test_his_partner_is_the_subject_not_him():
    text = (
        "栎枢科技完成天使轮融资。宓启栎2016年加入蔚来，今年3月离职。在此之前，他曾在博世中国任工程经理。"
        "他的合伙人郏芷栎是其在蔚来时期的同事，曾任蔚来智能座舱产品总监，现为栎枢科技联合创始人兼COO。"
    )
    jobs = pairs(text, "employment")
    assert ("郏芷栎", "蔚来") in jobs
    assert ("郏芷栎", "栎枢科技") in pairs(text, "founded")
    assert ("宓启栎", "栎枢科技") not in pairs(text, "founded")


def test_an_app_named_like_its_company_does_not_hide_the_company():
    text = (
        "專訪｜記帳App「錢途」創辦人簡若晴：我們不怕大銀行\n\n"
        "她創辦的個人理財App「錢途」，累計下載數已突破320萬。今年5月，錢途科技完成新台幣3億元A輪融資，"
        "由台杉投資領投。"
    )
    assert "钱途科技" in entities(text, "org")
    assert has(facts(text, "funding"), org="钱途科技", amount=300_000_000)


def test_school_abbreviations_only_before_study_words():
    text = "创始人兼CEO柏望川是北航硕士，曾在华科读博。"
    schools = {f["org"] for f in facts(text, "education")}
    assert schools == {"北京航空航天大学", "华中科技大学"}
    assert not has(facts("这个平台大受欢迎。"), kind="education")


# -- who is who -------------------------------------------------------------------------------


def test_pronouns_and_company_words_land_on_entities():
    text = (
        "创始人兼CEO韦沐禾曾在字节跳动担任算法负责人。2023年，她离开字节跳动，创办了栎星智能。"
        "公司今年完成了数千万元天使轮融资，由高瓴资本领投。"
    )
    assert ("韦沐禾", "栎星智能") in pairs(text, "founded")
    assert has(facts(text, "employment"), person="韦沐禾", org="字节跳动", end="2023")
    assert has(facts(text, "funding"), org="栎星智能")


def test_two_people_together_and_in_turn():
    text = (
        "01｜栎石机器人：庄牧川、邢一苇\n"
        "两人都是大疆机器人团队出身。2023年，他们共同创办了栎石机器人，前者任CEO，后者负责硬件。"
    )
    assert pairs(text, "founded") >= {("庄牧川", "栎石机器人"), ("邢一苇", "栎石机器人")}
    assert pairs(text, "employment") >= {("庄牧川", "大疆创新"), ("邢一苇", "大疆创新")}


def test_the_topic_chain_follows_the_clause_subject():
    text = (
        "据了解，钮晴是车沐阳在阿里云时期的老部下，曾任阿里云产品专家，今年5月加入栎湖，出任COO。"
    )
    jobs = pairs(text, "employment")
    assert ("钮晴", "阿里云") in jobs
    assert not any(person == "车沐阳" for person, _ in jobs)


# -- relations by evidence ---------------------------------------------------------------------


def test_triggers_before_an_organisation():
    text = (
        "庞叙白2012年从复旦大学硕士毕业后进入腾讯，2018年跳槽到快手，2021年从快手离职。"
        "他此前还就职于微软亚洲研究院。"
    )
    assert pairs(text, "employment") == {
        ("庞叙白", "腾讯"),
        ("庞叙白", "快手"),
        ("庞叙白", "微软亚洲研究院"),
    }
    assert has(facts(text, "education"), person="庞叙白", org="复旦大学", degree="master")


def test_clients_rivals_advisers_and_denials_are_not_jobs():
    text = (
        "雷知远在麦肯锡工作时服务过的客户包括招商银行。他并没有在华为工作过。"
        "前小米副总裁温砚秋以顾问身份加入栎星智能。竞争对手商汤科技也推出了类似产品。"
    )
    jobs = pairs(text, "employment")
    assert ("雷知远", "麦肯锡") in jobs and ("温砚秋", "小米") in jobs
    assert not {org for _, org in jobs} & {"招商银行", "华为", "栎星智能", "商汤科技"}


def test_a_relative_clause_gives_the_person_after_it():
    text = "她拉着在网易工作了八年的老朋友荀一鸣一起创业。"
    assert ("荀一鸣", "网易") in pairs(text, "employment")


def test_organisation_title_name_in_a_row():
    text = "启明创投合伙人阎书阳表示，这家公司的增长很健康。"
    assert has(facts(text, "employment"), person="阎书阳", org="启明创投", title="合伙人")
    assert not facts(text, "founded")


# -- money --------------------------------------------------------------------------------


def test_rounds_their_investors_and_what_is_not_a_round():
    text = (
        "栎星智能近日完成1.5亿元B轮融资。本轮由红杉中国领投，源码资本、经纬创投跟投，"
        "华兴资本担任独家财务顾问，投后估值约20亿元。"
        "有消息称，腾讯投资也参与了本轮，腾讯方面回应称消息不实。"
        "公司正在洽谈C轮融资。"
    )
    funding = facts(text, "funding")
    assert has(funding, org="栎星智能", round="B轮", amount=150_000_000, currency="CNY")
    investors = {f["investor"] for f in facts(text, "investor")}
    assert investors == {"红杉中国", "源码资本", "经纬创投"}
    assert has(facts(text, "valuation"), org="栎星智能", amount=2_000_000_000)
    assert not has(funding, round="C轮")


def test_financial_figures_with_their_periods():
    text = (
        "栎星智能披露，2025年1月至6月公司营业收入3.2亿元，经调整净亏损4500万元；"
        "去年全年营收5.1亿元。"
    )
    found = facts(text, "financial")
    assert has(
        found,
        metric="revenue",
        amount=320_000_000,
        period_start="2025-01-01",
        period_end="2025-06-30",
    )
    assert has(found, metric="adjusted_net_loss", amount=45_000_000)
    assert has(found, metric="revenue", amount=510_000_000, period_end="2024-12-31")


def test_products_and_their_counts():
    text = "栎星智能推出了AI记账应用“栎账”。上线半年，月活跃用户达到85万，付费用户约6万。"
    assert has(facts(text, "product"), org="栎星智能", product="栎账")
    metrics = facts(text, "product_metric")
    assert has(metrics, product="栎账", metric="mau", value=850_000)
    assert has(metrics, product="栎账", metric="paying_users", value=60_000)


# -- layouts ------------------------------------------------------------------------------


def test_demo_day_members_in_a_table():
    text = (
        "栎湾加速营第三期路演日\n\n| 项目 | 成员 | 职务 | 背景 |\n|---|---|---|---|\n"
        "| 栎光检测 | 常知远 | 创始人兼CEO | 浙江大学博士；前海康威视算法专家 |\n"
        "| 栎光检测 | 应一帆 | 联合创始人 | 北航硕士 |\n"
        "| 栎信 | 贲若川 | 创始人 | 前蚂蚁集团风控总监 |\n"
    )
    assert pairs(text, "founded") == {
        ("常知远", "栎光检测"),
        ("应一帆", "栎光检测"),
        ("贲若川", "栎信"),
    }
    assert ("常知远", "海康威视") in pairs(text, "employment")


def test_demo_day_members_inline_and_an_adviser():
    text = (
        "栎湾创新营结营日\n\n【栎云】面向药店的AI库存系统\n"
        "**桑子谦**（创始人兼CEO）：复旦大学本科，前京东健康供应链总监；"
        "**濮清扬**（顾问）：前阿里健康副总裁。\n\n"
        "【栎语】AI外语陪练\n**郦嘉树**（创始人）：北京外国语大学硕士，前网易有道产品经理。\n"
    )
    assert pairs(text, "founded") == {("桑子谦", "栎云"), ("郦嘉树", "栎语")}
    assert ("濮清扬", "阿里健康") in pairs(text, "employment")
    assert not has(facts(text, "employment"), person="濮清扬", org="栎云")


def test_demo_day_numbered_in_brackets_with_bar_separated_team_lines():
    text = (
        "栎汐创新营第五期路演日｜3个项目\n\n栎汐创新营　2026-06-28　深圳\n\n"
        "【01】踏栎动力——船用电推进系统\n团队：\n"
        "柏知栎 | 创始人兼CEO | 上海交通大学博士，前中国船舶集团高级工程师\n"
        "窦晴栎 | 联合创始人兼CTO | 前比亚迪电机研发经理\n\n"
        "【02】芥栎——面向小团队的AI设计助手\n团队：\n"
        "闵书栎 | 创始人 | 前腾讯CDC设计中心设计总监\n"
    )
    assert pairs(text, "founded") == {
        ("柏知栎", "踏栎动力"), ("窦晴栎", "踏栎动力"), ("闵书栎", "芥栎")
    }  # fmt: skip
    assert ("窦晴栎", "比亚迪") in pairs(text, "employment")


def test_demo_day_bold_name_and_role_lines_are_members_not_projects():
    text = (
        "原创　栎崖孵化器　2026-09-20 18:40　杭州\n\n栎崖孵化器第五期路演日回顾：2 个项目\n\n"
        "一、砚栎 AI —— 给中小学老师的备课 Agent\n\n"
        "**温知栎｜创始人兼CEO**\n温知栎毕业于华东师范大学教育学系，此前在好未来工作了八年。\n\n"
        "**牟栎｜联合创始人兼CTO**\n牟栎此前在阿里巴巴达摩院担任算法专家。\n\n"
        "二、声栎 —— 给听障人士的实时字幕眼镜\n\n"
        "**施沐栎｜创始人兼CEO**\n施沐栎 2019 年至 2024 年在 Rokid 担任光学产品经理。\n\n"
        "**查雨栎｜首席运营官**\n查雨栎 2025 年加入声栎，此前是云米科技的渠道经理。\n\n"
        "**黎曼栎｜顾问**\n黎曼栎现任浙江农林大学茶学系教授，并不在公司任职。\n"
    )
    founded = facts(text, "founded")
    assert {(f["person"], f["org"]) for f in founded} == {
        ("温知栎", "砚栎 AI"), ("牟栎", "砚栎 AI"), ("施沐栎", "声栎")
    }  # fmt: skip
    assert all("*" not in (f.get("role") or "") for f in founded)


def test_an_alumni_roundup_heading_with_a_tagline_after_the_name():
    text = (
        "快栎系创业者盘点\n\n▍01 祁栎：本地生活SaaS\n"
        "祁栎曾任快手区域运营总监，2022年创办了“邻栎云店”。\n\n"
        "▍02 樊栎：离开内容行业\n"
        "樊栎曾是快手海外产品的巴西市场负责人。2024年，他回国创办了宠物营养品牌“拾栎”。\n"
    )
    assert not any(org.startswith("离开") for _, org in pairs(text, "founded"))


def test_demo_day_numbered_by_rules_with_bold_names_alone_on_their_lines():
    text = (
        "原创　栎橙创业营　2025-12-12 21:05　深圳\n\n栎橙创业营 Demo Day｜2 支团队\n\n"
        "— 01 —\n鲸栎 · 给宠物医院用的 AI 影像助手\n\n"
        "**房思栎**\n鲸栎创始人兼 CEO。中国农业大学兽医学博士，又去联影医疗当了两年产品经理。\n\n"
        "**邰一栎**\n联合创始人兼 CTO，华中科技大学计算机硕士。曾在腾讯优图担任研究员。\n\n"
        "— 02 —\n拾栎 · 农产品批发市场的 AI 定价工具\n\n"
        "**黎曼栎**\n创始人。前拼多多农产品上行项目负责人，华南理工大学本科。\n"
    )
    assert pairs(text, "founded") == {
        ("房思栎", "鲸栎"), ("邰一栎", "鲸栎"), ("黎曼栎", "拾栎")
    }  # fmt: skip


def test_a_part_time_chief_scientist_in_a_team_cell_is_no_founder():
    text = (
        "栎测创业营路演日\n\n| 序号 | 项目 | 方向 | 团队 | 进展 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 晶栎精密 | 晶圆检测 | 创始人 尉迟栎：前中微公司工艺整合资深经理；首席科学家 郝青栎："
        "浙江大学光电学院教授（兼职） | 完成Pre-A轮 |\n"
        "| 2 | 栎云 | 工业软件 | 创始人 卜栎：前西门子工程师 | 种子轮 |\n"
    )
    founded = pairs(text, "founded")
    assert ("尉迟栎", "晶栎精密") in founded and ("郝青栎", "晶栎精密") not in founded


def test_demo_day_name_line_then_bio_line():
    text = (
        "栎山加速营路演回顾\n\n栎码\n一句话介绍：给测试工程师用的AI助手\n团队介绍：\n"
        "卜嘉言：\n创始人兼CEO。清华大学计算机系博士，曾任百度资深研发工程师。\n\n"
        "栎途\n一句话介绍：县域物流调度\n团队介绍：\n"
        "储亦舟：\n创始人。前京东物流区域总监。\n"
    )
    assert pairs(text, "founded") == {("卜嘉言", "栎码"), ("储亦舟", "栎途")}
    assert ("卜嘉言", "百度") in pairs(text, "employment")


def test_interview_answers_are_the_interviewees():
    text = (
        "栎星智能韦沐禾：把记账做成习惯\n采访整理／葛书宁\n\n"
        "问：你的经历？\n答：我在复旦大学读完硕士，之后加入腾讯做了六年产品。\n"
        "问：融资情况？\n答：去年拿到了源码资本的天使轮。\n"
    )
    assert ("韦沐禾", "腾讯") in pairs(text, "employment")
    assert ("韦沐禾", "复旦大学") in pairs(text, "education")
    assert not any(f.get("person") == "葛书宁" for f in facts(text))


def test_prospectus_back_references():
    text = (
        "栎衡科技股份有限公司\n招股章程\n\n董事及高級管理層\n\n"
        "淳于朗先生，45歲，本公司創辦人兼執行董事。淳于先生於2010年至2018年任職於聯想集團，"
        "持有浙江大學碩士學位。\n"
    )
    assert has(facts(text, "founded"), person="淳于朗", org="栎衡科技股份有限公司")
    assert ("淳于朗", "联想集团") in pairs(text, "employment")
    assert has(facts(text, "education"), person="淳于朗", degree="master")


def test_a_results_release_with_field_lines_and_the_year_before():
    text = (
        "栎川智能发布截至2025年6月30日止六个月的未经审计业绩。\n"
        "· 收入：2.40亿元人民币，上年同期为1.60亿元；\n"
        "· 毛利：1.10亿元人民币；\n"
        "· 经营活动产生的现金流量净额：3000万元人民币。\n"
        "市场此前的一致预期约为2.3亿元，公司预计下半年收入将介于2.6亿元至2.9亿元之间。\n"
    )
    found = facts(text, "financial")
    half = {"period_start": "2025-01-01", "period_end": "2025-06-30"}
    assert has(found, metric="revenue", amount=240_000_000, **half)
    assert has(found, metric="revenue", amount=160_000_000, period_start="2024-01-01")
    assert has(found, metric="gross_profit", amount=110_000_000, **half)
    assert has(found, metric="operating_cash_flow", amount=30_000_000, **half)
    assert not {f["amount"] for f in found} & {230_000_000, 260_000_000}  # forecasts


def test_a_quarter_written_without_its_year_takes_the_year_the_text_named():
    text = "栎川智能披露了2025年第三季度业绩。第三季度公司净亏损1.35亿元，研发开支为2.9亿元。"
    found = facts(text, "financial")
    q3 = {"period_start": "2025-07-01", "period_end": "2025-09-30"}
    assert has(found, metric="net_loss", amount=135_000_000, **q3)
    assert has(found, metric="rd_expense", amount=290_000_000, **q3)


def test_joining_a_company_described_before_its_name_and_a_title_before_a_name():
    assert pairs("2016年，佟观澜加盟尚处于创业期的理想汽车，出任产品副总裁。", "employment") == {
        ("佟观澜", "理想汽车")
    }
    text = "栎川智能创始人邬岚说。加速营负责人、浙江大学管理学院教授聂培源表示，项目不错。"
    assert ("聂培源", "浙江大学") in pairs(text, "employment")
    assert ("邬岚", "浙江大学") not in pairs(text, "employment")


def test_a_name_before_the_words_that_follow_names_and_a_listed_bare_role():
    text = (
        "喻昭宁是晶衍智药的创始人兼CEO。与她搭档的祁野则是制药工艺出身，现任公司联合创始人、"
        "首席科学官。这位四川大学的本科生，此前在百济神州做了九年工艺开发。"
    )
    assert ("祁野", "晶衍智药") in pairs(text, "founded")
    assert pairs(text, "employment") == {("祁野", "百济神州")}


def test_a_bracketed_founding_belongs_to_the_name_before_it_and_a_valuation_amount_first():
    text = (
        "口碑源于栎川科技（由前字节跳动工程师贺远创立）、星渚智能等公司。"
        "据了解，星渚智能很快拿到了约2亿美金的估值。"
    )
    assert pairs(text, "founded") == {("贺远", "栎川科技")}
    assert has(facts(text, "valuation"), org="星渚智能", amount=200_000_000, currency="USD")


def test_a_company_that_is_someones_new_company():
    text = "衡川智能于2025年4月成立。多位知情人士证实，衡川智能正是郑奕航的新公司。"
    assert pairs(text, "founded") == {("郑奕航", "衡川智能")}


def test_demo_day_cards_a_team_in_a_table_cell_and_a_pitch_transcript():
    cards = (
        "栖湾加速营结营｜3 张项目卡片\n\n"
        "🔹 卡片 01｜栎光传感\n"
        "掌舵人 ▸ 贲若川｜创始人 · CEO｜东南大学本硕 · 前博世汽车电子研发经理\n"
        "搭档 ▸ 谷梁一帆｜联合创始人 · CTO｜前敏芯股份工艺总监\n\n"
        "🔹 卡片 02｜氢程\n"
        "掌舵人 ▸ 隗其安｜创始人｜上海交通大学材料博士\n"
    )
    assert pairs(cards, "founded") == {
        ("贲若川", "栎光传感"),
        ("谷梁一帆", "栎光传感"),
        ("隗其安", "氢程"),
    }
    table = (
        "一张表看完栖湾加速营 Demo Day 的项目\n\n"
        "| 项目 | 在做什么 | 核心团队 |\n|---|---|---|\n"
        "| 镜湖检测 | 晶圆检测 | 宦一苒（创始人兼CEO）：浙大博士；"
        "戚向川（联合创始人兼CTO）：前中芯国际工程师 |\n"
        "| 纺芯 | AI 验布 | 逄其朗（创始人）：东华大学本科；"
        "逄其朗的搭档、联合创始人郦向北：前阿里云架构师 |\n"
    )
    assert pairs(table, "founded") == {
        ("宦一苒", "镜湖检测"),
        ("戚向川", "镜湖检测"),
        ("逄其朗", "纺芯"),
        ("郦向北", "纺芯"),
    }
    pitch = (
        "路演实录｜栖湾创新营第二期\n\n"
        "〔01〕岳工智控 · 工程机械的远程遥控\n路演人：禤之行\n\n"
        "“各位好，我叫禤之行。我在中南大学读机械工程，毕业后进了三一重工。"
        "今年 3 月我出来创办了岳工智控。”\n\n"
        "〔02〕茶序 · 茶饮门店的 AI 排班\n路演人：夔之桐\n\n"
        "“我是夔之桐，茶序的创始人。我在湖南大学读的是统计，之后在茶颜悦色做了五年。”\n"
    )
    assert pairs(pitch, "founded") == {("禤之行", "岳工智控"), ("夔之桐", "茶序")}
    assert ("禤之行", "三一重工") in pairs(pitch, "employment")
    assert ("禤之行", "中南大学") in pairs(pitch, "education")


def test_names_ending_in_wei_and_a_name_before_ze_laizi():
    text = "蒯为毕业于复旦大学，此后在百度工作。拾穗的联合创始人兼CTO宇文舟则来自阿里巴巴。"
    assert ("蒯为", "复旦大学") in pairs(text, "education")
    assert ("宇文舟", "阿里巴巴") in pairs(text, "employment")


# -- demo-day posts: teams, backers, what is read without facts --------------------------------

DEMO_DAY = """岭上加速营第二期路演日

3月2日，岭上加速营在杭州举办了第二期路演日，共有 4 家岭上加速营投资并加速的公司参与路演。

**澄湖智造**

**一句话介绍：** 给注塑工厂用的排产软件

**团队介绍：**

**祁望舒**：创始人兼CEO，曾任海天塑机副总裁，领导 1200 人生产团队。浙江大学博士。

**柯一鸣**：联合创始人，前用友工程师。

**穗禾农服**

**一句话介绍：** 用无人机给果园做植保

**团队介绍：**

戚晚晴：创始人，前大疆产品经理，带领 30 人团队。

**听潮声学**

**一句话介绍：** 会议室降噪模组

**项目简介：** 听潮声学的团队来自声学实验室。

**折枝文创**

**一句话介绍：** 博物馆文创设计

**项目简介：** 折枝文创做小批量的文创生产。
"""


def test_a_bold_name_heads_its_line_in_a_team_list():
    assert {("祁望舒", "澄湖智造"), ("柯一鸣", "澄湖智造"), ("戚晚晴", "穗禾农服")} <= pairs(
        DEMO_DAY, "founded"
    )


def test_team_sizes_in_a_bio_belong_to_the_job_before_them():
    jobs = facts(DEMO_DAY, "employment")
    assert has(jobs, person="祁望舒", org="海天塑机", team_size=1200)
    assert has(jobs, person="戚晚晴", org="大疆创新", team_size=30)


def test_an_accelerator_that_invested_in_every_company_presented_backs_each():
    backed = {(f["investor"], f["org"]) for f in facts(DEMO_DAY, "investor")}
    assert backed == {
        ("岭上加速营", org) for org in ("澄湖智造", "穗禾农服", "听潮声学", "折枝文创")
    }
    some = DEMO_DAY.replace(
        "共有 4 家岭上加速营投资并加速的公司参与路演", "其中 2 家获岭上加速营投资的公司已签约"
    )
    assert not facts(some, "investor")


def test_presented_projects_without_a_named_founder_are_reported():
    from pedigree.ingest.text.extract import unread

    notes = unread(DEMO_DAY, extract(DEMO_DAY, lang="zh"))
    assert [n.split(": ", 1)[1] for n in notes] == [
        "project '听潮声学' names no founder",
        "project '折枝文创' names no founder",
    ]
    line = DEMO_DAY[: DEMO_DAY.index("**听潮声学")].count("\n") + 1
    assert notes[0].startswith(f"line {line}:")


def test_a_title_after_a_place_or_a_length_of_time_is_the_title_alone():
    text = (
        "岑望川此前在西门子中国担任PLC项目经理。随后他在华为做了五年伺服算法总监，"
        "2024年创办了衡石控制。"
    )
    jobs = facts(text, "employment")
    assert has(jobs, person="岑望川", org="西门子", title="PLC项目经理")
    assert has(jobs, person="岑望川", org="华为", title="伺服算法总监", current=False)


def test_two_degrees_from_one_school_written_together():
    text = "浙江大学本硕毕业的钭望舒，2023年创办了栖木机器人，此前在海康威视任算法经理。"
    degrees = {(f["org"], f["degree"]) for f in facts(text, "education")}
    assert degrees == {("浙江大学", "bachelor"), ("浙江大学", "master")}


def test_a_partner_named_before_a_verb_of_partnering_founded_it_too():
    text = "顾临川曾任蔚来产品总监。2023年，他与尉迟朗合伙创办岚桥智驾。"
    assert pairs(text, "founded") == {("顾临川", "岚桥智驾"), ("尉迟朗", "岚桥智驾")}


def test_a_latin_name_a_founding_verb_governs_is_a_company():
    text = "邬清远在大疆做了三年云台算法负责人。去年5月，他在东莞成立Torvane，研发巡检无人机。"
    assert ("邬清远", "Torvane") in pairs(text, "founded")


FILING = """公開資訊觀測站　重大訊息

公司代號：6123　公司簡稱：晶澈光電
發言日期：2025/03/02

主旨：本公司參與沐禾感測股份有限公司B輪現金增資

說明：
1.標的物之名稱：沐禾感測股份有限公司（以下簡稱沐禾感測）普通股。
2.沐禾感測本次B輪現金增資總額為新台幣200,000,000元，已全數募足。
3.標的公司簡介：沐禾感測成立於2019年5月，由邰予恆創立並擔任董事長。邰予恆於2012年至2018年任職於本公司，離職前為研發部經理。沐禾感測2024年度營業收入為新台幣0.8億元。
4.本公司已取得沐禾感測董事席次一席。
"""


def test_a_filing_names_its_filer_and_the_company_it_invested_in():
    assert "晶澈光电" in entities(FILING, "org")
    assert ("邰予恒", "沐禾感测股份有限公司") in pairs(FILING, "founded")
    jobs = facts(FILING, "employment")
    assert has(jobs, person="邰予恒", org="晶澈光电", start="2012", end="2018")
    rounds = facts(FILING, "funding")
    assert has(rounds, org="沐禾感测股份有限公司", round="B轮", amount=200_000_000, currency="TWD")
    figures = facts(FILING, "financial")
    assert has(figures, org="沐禾感测股份有限公司", metric="revenue", amount=80_000_000)
    assert not has(facts(FILING, "investor"), investor="沐禾感测股份有限公司")


def test_a_job_held_then_ends_when_the_story_says():
    text = (
        "2021年，時任工研院材料所研究員的甯予謙，帶著團隊走出實驗室，創立了熠川科技。"
        "甯予謙是清大材料博士。"
    )
    jobs = facts(text, "employment")
    assert has(jobs, person="甯予谦", org="工业技术研究院", end="2021", current=False)
    assert ("甯予谦", "熠川科技") in pairs(text, "founded")


def test_an_unfinished_doctorate_and_an_advisors_honour_are_no_credentials():
    post = DEMO_DAY.replace(
        "浙江大学博士。", "师从图灵奖获得者某教授，帝国理工学院博士四年级。"
    ).replace("前大疆产品经理，", "北京大学博士休学，前大疆产品经理，")
    found = extract(post, lang="zh")
    credentials = [f.fields for f in found if f.kind == "credential"]
    assert not has(credentials, type="phd") and not has(credentials, type="award")
    degrees = {(f.fields["person"], f.fields["org"]) for f in found if f.kind == "education"}
    assert {("祁望舒", "帝国理工学院"), ("戚晚晴", "北京大学")} <= degrees


def test_a_visiting_research_post_is_a_job_not_study():
    post = DEMO_DAY.replace("浙江大学博士。", "香港大学客座研究科学家。")
    found = extract(post, lang="zh")
    assert not [f for f in found if f.kind == "education" and f.fields["org"] == "香港大学"]
    assert has(
        [f.fields for f in found if f.kind == "employment"],
        person="祁望舒", org="香港大学", title="客座研究科学家",
    )  # fmt: skip


def test_after_and_a_department_are_no_names():
    text = (
        "問：你的背景？\n答：我在政大企管系畢業。回台後先在貝恩策略顧問做了四年，"
        "接著加入Uber。\n\n2020年，邵品妍和邱冠宇共同創辦鮮鏈科技。"
    )
    people = entities(text, "person")
    assert not {"后先", "管系"} & people


def test_a_name_ending_in_wei_before_a_dash():
    text = "一位投资人——云启资本合伙人栾可为——这样总结：他们见过量产。"
    assert "栾可为" in entities(text, "person")


ALUMNI_LIST = """地平线系创业者盘点

No.1 詹朝晖 → 矽桥微电子

詹朝晖是地平线早期员工，2022年创办了矽桥微电子。

No.2 仇立秋 → 深澜智算（已被收购）

这位前地平线首席架构师2021年出走，带着编译器团队做了深澜智算。

No.3 阎瑾 → 映川科技

2023年12月，她创立映川科技。
"""


def test_an_entry_heading_that_names_its_founder_is_an_entry():
    assert ("仇立秋", "深澜智算") in pairs(ALUMNI_LIST, "founded")


def test_a_company_a_member_founded_before_is_founded():
    post = DEMO_DAY.replace(
        "柯一鸣**：联合创始人，前用友工程师。",
        "柯一鸣**：联合创始人，连续创业者，2018 年创办的票务工具“票栈”于 2022 年被收购。",
    )
    assert {("柯一鸣", "澄湖智造"), ("柯一鸣", "票栈")} <= pairs(post, "founded")


def test_terms_that_end_like_a_fund_or_bank_are_no_organisations():
    text = (
        "上海澜叠科技有限公司成立于2025年6月，注册资本500万元，法定代表人为郦屿白。"
        "投资人邬朗轩形容，澜叠最难得的是「两个创办人一个懂银行、一个懂系统」。"
    )
    orgs = entities(text, "org")
    assert not {"注册资本", "人一个懂银行"} & orgs
    assert not has(facts(text, "founded"), person="邬朗轩")


def test_a_numbered_heading_with_founders_and_a_dot_before_the_company():
    post = "驼峰加速营 Demo Day\n\n" + "\n\n".join(
        f"**0{i}｜{people} · {company}**\n\n{company}做{what}，{lead}创立了{company}。"
        for i, (people, company, what, lead) in enumerate(
            [
                ("尚可言、雍宁", "驭川科技", "矿卡无人驾驶", "两人"),
                ("靳岚", "芯屿半导体", "车规芯片", "靳岚"),
            ],
            start=1,
        )
    )
    found = pairs(post, "founded")
    assert {("尚可言", "驭川科技"), ("雍宁", "驭川科技"), ("靳岚", "芯屿半导体")} <= found
    assert not any(org.isdigit() for _, org in found)


FIELD_LIST_POST = """星桥加速器 S2 Demo Day 项目手册

### 01 垄望农科

- **方向**：农业无人机植保数据
- **创始人**：邰振川，CEO。中国农业大学博士，前极飞科技研发总监
- **联合创始人**：鄢一朵，COO。前拼多多区域运营负责人
- **顾问**：巫敏行，中山医院病理科主任

### 02 砚川医疗

- **方向**：AI病理
- **创始人**：庄泊舟，CEO。复旦大学博士，前联影医疗算法负责人
"""


def test_field_lines_that_name_one_person_then_their_bio():
    found = pairs(FIELD_LIST_POST, "founded")
    assert found == {("邰振川", "垄望农科"), ("鄢一朵", "垄望农科"), ("庄泊舟", "砚川医疗")}
    jobs = facts(FIELD_LIST_POST, "employment")
    assert has(jobs, person="邰振川", org="极飞科技", title="研发总监")
    assert has(jobs, person="鄢一朵", org="拼多多")
    assert has(jobs, person="巫敏行", org="中山医院", title="病理科主任")
    assert not has(jobs, person="巫敏行", org="砚川医疗")


def test_figures_for_two_years_in_one_sentence():
    text = (
        "擎岳智能科技成立于2019年，做仓储机器人。擎岳收入由2023年的1.12亿元（人民币，下同）"
        "增至2024年的3.05亿元；2023年及2024年分别录得年内亏损5.3亿元及4.1亿元。"
    )
    figures = {
        (f["metric"], f["amount"], f["period_start"]) for f in facts(text, "financial")
    }
    assert figures == {
        ("revenue", 112_000_000, "2023-01-01"), ("revenue", 305_000_000, "2024-01-01"),
        ("net_loss", 530_000_000, "2023-01-01"), ("net_loss", 410_000_000, "2024-01-01"),
    }  # fmt: skip


def test_yearless_spans_take_the_paragraphs_year_else_the_publications():
    text = (
        "翔川智能成立于2019年，总部在新竹。2022年8月，翔川办理私募。\n\n"
        "营运方面，翔川前三季营收新台币9.6亿元。比亚迪2025年首九个月收入为2.88亿元。"
    )
    figures = {
        (f["org"], f["period_start"], f["period_end"]) for f in facts(text, "financial")
    }
    assert figures == {
        ("翔川智能", "2025-01-01", "2025-09-30"), ("比亚迪", "2025-01-01", "2025-09-30"),
    }  # fmt: skip


def test_counts_of_reach_with_a_measure_word_and_their_noun():
    text = (
        "翎川科技成立于2020年。翎川科技已服务农田面积超过120万亩，"
        "模型已在9家三甲医院开展临床试用。"
    )
    values = {f["value"] for f in facts(text, "product_metric")}
    assert {1_200_000, 9} <= values
    counted = "翎川加速营第三期6个项目中已有3个完成融资，5 个项目依次登台。"
    assert not facts(counted, "product_metric")


def test_model_codes_after_a_brand_and_a_product_field_name_products():
    text = (
        "听澜科技成立于2021年，做AI助听器。听澜H2到去年底累计出货超过8万台。"
        "启苗科技的启苗学习机Q1卖出了超过20万台。"
    )
    made = {(f["org"], f["product"]) for f in facts(text, "product")}
    assert {("听澜科技", "听澜H2"), ("启苗科技", "启苗学习机Q1")} <= made
    counted = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert ("听澜H2", 80_000) in counted
    post = FIELD_LIST_POST.replace(
        "- **顾问**：巫敏行，中山医院病理科主任",
        "- **产品**：漫川Pro，已累计翻译漫画超过12,000话",
    )
    assert ("垄望农科", "漫川Pro") in {(f["org"], f["product"]) for f in facts(post, "product")}
    assert has(facts(post, "product_metric"), product="漫川Pro", value=12_000)


ROUNDUP = """一周融资速递

3.【跨境出海】远帆跨境完成1200万美元A轮融资

跨境电商供应链服务商远帆跨境完成1200万美元A轮融资，由光速中国领投。

4.【企业服务】云栈获天使投资人牟思远个人投资

AI文档协作工具云栈宣布获得天使投资人牟思远的数百万元个人投资。

7.【战略投资】映川AR获京东方战略投资

AR光学模组公司映川AR宣布获得京东方战略投资，金额未披露。

象限储能科技去年11月完成6亿元B轮融资，由深创投领投。
"""


def test_a_roundup_entry_heading_names_its_own_company():
    backed = {(f["investor"], f["org"]) for f in facts(ROUNDUP, "investor")}
    assert ("牟思远", "云栈") in backed and ("牟思远", "远帆跨境") not in backed
    assert ("深创投", "象限储能科技") in backed  # not 由深创投
    rounds = {(f["org"], f["round"]) for f in facts(ROUNDUP, "funding")}
    assert ("映川AR", "战略") in rounds
    assert not {org for org, _ in rounds} - {"远帆跨境", "云栈", "映川AR", "象限储能科技"}
    angel = [r for r in facts(ROUNDUP, "funding") if r["round"] == "天使"]
    assert not [r for r in angel if r["org"] == "远帆跨境"]


def test_projects_introduced_in_prose_by_the_order_they_took_the_stage():
    text = (
        "西岸创客营第五期结营路演在徐汇滨江落幕。\n\n"
        "第一个上台的是「锚川空间」。创始人兼CEO段知远在同济大学读完硕士。\n\n"
        "第四个登场的是「盐川冷链」。创始人侯嘉远在顺丰冷运做过区域总经理。\n\n"
        "最后一个项目是做少儿编程AI助教的「方川编程」。创始人兼CEO蒲云帆曾任作业帮产品总监。"
        "与前文锚川空间的创始人不同，他没有读过MBA。"
    )
    assert pairs(text, "founded") == {
        ("段知远", "锚川空间"), ("侯嘉远", "盐川冷链"), ("蒲云帆", "方川编程"),
    }  # fmt: skip


def test_a_name_then_then_was_is_a_person():
    text = (
        "离开字节后，殷晚川先找到了郝既明。两人在一次供应链会议上认识，郝既明当时是小米生态链的"
        "硬件总监，在小米待了八年。2022年6月，两人在北京创办启苗科技。"
    )
    assert ("郝既明", "启苗科技") in pairs(text, "founded")
    assert ("郝既明", "小米") in pairs(text, "employment")


def test_a_former_title_and_a_rare_surname_in_a_dotted_heading():
    post = "驼峰加速营 Demo Day\n\n" + "\n\n".join(
        [
            "**01｜靳岚 · 芯屿半导体**\n\n2023年，靳岚创办芯屿半导体。",
            "**02｜沐晨 · 行川机器人**\n\n沐晨没有在华为工作过，而是地平线的前规划控制负责人。"
            "今年3月，沐晨创办行川机器人。",
        ]
    )
    assert ("沐晨", "行川机器人") in pairs(post, "founded")
    assert has(facts(post, "employment"), person="沐晨", title="规划控制负责人", current=False)


def test_a_planned_move_a_listing_venue_and_a_described_name_are_no_facts():
    text = (
        "栎川电子公告，殳其峰拟出任栎川电子副总经理。亢之远自2019年起担任公司首席财务官，"
        "曾主导公司于2023年在香港联交所的上市工作。栗之远2018 年创办的光伏运维公司“晴川”"
        "已于 2022 年被收购，他离开时任苏州工厂研发经理。"
    )
    jobs = pairs(text, "employment")
    assert ("殳其峰", "栎川电子") not in jobs
    assert not [org for _, org in jobs if "交易所" in org or "联交所" in org]
    assert "光伏运维公司" not in entities(text, "org")
    assert not [org for org in entities(text, "org") if org.startswith("离开")]


def test_a_member_with_an_honorific_before_the_colon():
    post = DEMO_DAY.replace("**柯一鸣**：联合创始人", "柯一鸣博士：联合创始人").replace(
        "戚晚晴：创始人", "Michael Wen 博士：创始人"
    )
    found = pairs(post, "founded")
    assert ("柯一鸣", "澄湖智造") in found and ("Michael Wen", "穗禾农服") in found


def test_a_mastheads_paper_is_no_person_and_huode_is_no_name():
    text = (
        "明報｜創科人物｜2025年8月5日\n\n侯綽妍是港大經濟系畢業的創業者。"
        "麦穗数科创始人罗晓川表示，公司获得深创投领投的A轮融资。"
    )
    assert "明报" not in entities(text, "person")
    assert "得深创投" not in entities(text, "org")


def test_a_company_named_with_the_word_for_adviser_can_be_founded():
    text = (
        "栢川科技成立於2021年，由韋卓遠創立。韋卓遠並非首次創業。"
        "他在城大讀博期間曾參與創辦能源審計公司「綠格顧問」，但於2019年退出。"
    )
    assert ("韦卓远", "绿格顾问") in pairs(text, "founded")


def test_a_speakers_post_named_after_a_quotation():
    text = (
        "潮川科技做養殖監測浮標。「養殖業是台灣少數還沒被數位化的傳產，」"
        "心禾資本合夥人曾品睿說，「她用做晶片的標準在做浮標。」"
    )
    assert has(facts(text, "employment"), person="曾品睿", org="心禾资本", title="合伙人")


def test_a_place_where_someone_worked_is_no_employer():
    post = DEMO_DAY.replace("前用友工程师。", "前用友工程师，在慕尼黑工作6年。")
    prose = "栾泽川曾在慕尼黑工作6年，2023年回国创办了深蓝鲸川。"
    jobs = pairs(post, "employment") | pairs(prose, "employment")
    assert not [org for _, org in jobs if org == "慕尼黑"]


def test_a_dispatch_byline_a_department_and_an_abbreviated_co_founder():
    text = (
        "白鹭 发自 凹非寺\n量子位 | 公众号\n\n澜引科技成立于2023年，做推理加速。"
        "创始人兼CEO阙之远，北大信科本科，UIUC博士。"
        "另一位联创亓向川担任CTO。"
    )
    assert "白鹭" in read_layout(Text(text).folded, "zh").bylined
    assert "信科" not in entities(text, "person")
    assert ("亓向川", "澜引科技") in pairs(text, "founded")


def test_joined_with_le_is_joined():
    text = (
        "敖其川本科在中国农业大学读农学。2013年毕业后他没有回国，"
        "而是加入了先正达，做了六年育种数据科学。"
    )
    assert ("敖其川", "先正达集团") in pairs(text, "employment")


def test_an_institute_written_with_its_parent_is_one_employer():
    text = "一禾川谷做AI育种。江汉农业科学院作物科学研究所研究员鲍之远认为，AI育种仍处于早期。"
    jobs = {(f["person"], f["org"], f.get("title")) for f in facts(text, "employment")}
    assert ("鲍之远", "江汉农业科学院作物科学研究所", "研究员") in jobs
    # a known academy's institute is the academy, its full name kept as written (as 中国科学院…所)
    text = text.replace("江汉", "中国")
    found = extract(text, lang="zh", published=PUBLISHED)
    job = next(f for f in found if f.kind == "employment")
    assert job.fields["org"] == "中国农业科学院"
    assert job.aliases == {"中国农业科学院": "中国农业科学院作物科学研究所"}


def test_more_ways_to_say_who_invested():
    text = (
        "晶川智药成立于2022年。晶川智药已完成1.2亿元人民币Pre-A+轮融资，君联资本领投，"
        "礼来亚洲基金跟投，线性资本作为老股东追加了投资。"
        "栖川科技完成A轮融资，高榕创投领投本轮，顺为资本参与，A轮投资方峰瑞资本也追加了投资。"
    )
    backed = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert {("线性资本", "晶川智药"), ("顺为资本", "栖川科技"), ("峰瑞资本", "栖川科技")} <= backed


def test_a_brand_and_an_english_word_after_it_name_a_product():
    text = (
        "垦川智行成立于2021年，做矿区无人驾驶。垦川Kit已在12座矿山部署。"
        "驼川加速器第七期 Demo Day｜6 个项目全览"
    )
    made = {(f["org"], f["product"]) for f in facts(text, "product")}
    assert ("垦川智行", "垦川Kit") in made
    assert not [p for _, p in made if "Demo Day" in p]


def test_media_titles_and_a_job_said_with_yuanlai():
    text = (
        "青川云成立于2022年。联合创始人卫向川负责运营，她原来是芒果TV的编导。"
        "创始人夔之川之后在茶颜悦色做了五年，离开前是区域运营总监。"
    )
    jobs = {(f["person"], f["org"], f.get("title")) for f in facts(text, "employment")}
    assert ("卫向川", "芒果TV", "编导") in jobs
    assert "茶颜悦色" in {org for _, org, _ in jobs}


def test_a_pitch_in_quotes_reads_clause_by_clause():
    text = (
        "路演人：缑其远\n\n“大家好，我是缑其远，湘雅医院脊柱外科的主治医师，现在还在湘雅上班。”\n"
    )
    jobs = {(f["person"], f["org"], f.get("title")) for f in facts(text, "employment")}
    assert ("缑其远", "中南大学湘雅医院", "主治医师") in jobs


def test_the_issuer_is_the_filings_company_not_a_name():
    text = (
        "合肥曜川智能装备股份有限公司\n首次公开发行股票并在科创板上市招股说明书\n\n"
        "季云远，1988年出生，2011年7月至2020年7月，任科大讯飞股份有限公司项目经理；"
        "2020年8月加入发行人，现任售后服务部经理。"
    )
    assert "发行人" not in entities(text, "org")
    assert ("季云远", "合肥曜川智能装备股份有限公司") in pairs(text, "employment")


def test_a_person_called_by_the_given_name_alone():
    text = (
        "2020年，侯品妍和邱冠宇共同創辦鮮鏈科技。侯品妍畢業於政大企管系。"
        "冠宇是陽明交大資工碩士，曾在蝦皮擔任資深工程師。"
    )
    degrees = {(f["person"], f["org"]) for f in facts(text, "education")}
    assert ("邱冠宇", "国立阳明交通大学") in degrees
    assert ("侯品妍", "国立阳明交通大学") not in degrees


def test_a_belief_the_story_corrects_is_no_job():
    text = "潮川科技做养殖监测。创始人郑玮川在联发科做了七年芯片设计，不少人以为她出身台积电。"
    jobs = pairs(text, "employment")
    assert ("郑玮川", "联发科") in jobs and ("郑玮川", "台积电") not in jobs


NAME_FIELD_POST = """启帆创新营第五期路演日｜3个项目资料汇总

—— 项目一：微川光电 ——
方向：硅基OLED微显示屏
团队：
姓名：边川
创始人兼CEO。中国科学院长春光机所博士；2015年至2024年在京东方任微显示技术部部长。
姓名：柯小川
联合创始人兼COO。电子科技大学本科；曾任华星光电采购总监。

—— 项目二：蜂川质检 ——
方向：3C产品外观缺陷检测
团队：
姓名：陶乐川
创始人。华中科技大学硕士；前富士康工业互联网AI视觉负责人。
"""

BOLD_ROLE_POST = """維港加速器 Demo Day回顧｜6間初創登場

一、聆川科技——長者跌倒偵測雷達

**鄧卓川**｜創辦人兼行政總裁
前匯豐銀行數碼銀行部副總裁，香港理工大學計算機碩士。

**黃曉川**｜聯合創辦人兼技術總監
香港科技大學電子工程博士，曾於華為任職雷達算法工程師四年。

二、匯川通——中小企跨境收款

**Gareth Chan（陳家川）**｜創辦人
前渣打銀行交易銀行部董事，倫敦政治經濟學院碩士。
"""


def test_a_name_as_a_fields_value_with_the_bio_on_the_next_line():
    assert pairs(NAME_FIELD_POST, "founded") == {
        ("边川", "微川光电"), ("柯小川", "微川光电"), ("陶乐川", "蜂川质检"),
    }  # fmt: skip
    assert ("柯小川", "华星光电") in pairs(NAME_FIELD_POST, "employment")


def test_a_bold_name_and_role_on_one_line_with_the_bio_on_the_next():
    founded = pairs(BOLD_ROLE_POST, "founded")
    assert {("邓卓川", "聆川科技"), ("黄晓川", "聆川科技"), ("Gareth Chan", "汇川通")} <= founded
    assert ("黄晓川", "华为") in pairs(BOLD_ROLE_POST, "employment")


def test_a_title_acronym_is_no_company_and_a_funds_founding_partner_works_there():
    text = (
        "云川智行成立于2021年。今年3月，宇文拓加盟云川智行，出任首席技术官；"
        "此前担任CTO的联合创始人马骁转任首席科学家。星火资本创始合伙人莫如川表示，项目不错。"
    )
    assert "CTO" not in entities(text, "org")
    assert not [p for p, _ in pairs(text, "founded") if p in ("马骁转", "莫如川")]
    assert ("莫如川", "星火资本") in pairs(text, "employment")


def test_a_roundup_headline_in_quotes_names_its_company():
    text = (
        "硬氪一周融资速递\n\n5. 「数川科技」传完成新一轮融资\n"
        "数据库公司数川科技创始人仇川表示不予置评。\n\n"
        "6. 「叁川动力」完成A+轮融资\n电动船舶动力系统公司叁川动力完成1.2亿元A+轮融资。"
        "创始人兼CEO鲍海远曾任中国船舶集团工程师。\n"
    )
    assert ("鲍海远", "叁川动力") in pairs(text, "founded")


def test_a_quoted_experts_firm_is_their_employer_whatever_its_name_ends_in():
    text = (
        "对于这份成绩单，招银国际分析师鄂子涵认为，盈利拐点比预期早。"
        "对于行业前景，高工锂电（GGII）研究总监车以恒判断，成本仍要再降。"
        "对于它的打法，洛图科技分析师茅湘持保留态度。"
    )
    employment = pairs(text, "employment")
    assert {("鄂子涵", "招银国际"), ("车以恒", "高工锂电"), ("茅湘", "洛图科技")} <= employment
    assert not [p for p, _ in employment if p == "茅湘持"]


def test_a_universitys_hospital_and_a_legal_name_are_employers_and_former_can_follow_the_unit():
    text = (
        "予澄医疗成立于2022年。公司同时宣布，北京大学肿瘤医院病理科前副主任岳晚澄已加入予澄医疗，"
        "出任首席医学官。卓颖琳女士为本公司联席公司秘书，现为卓佳专业商务有限公司企业服务部高级经理。"
    )
    rows = facts(text, "employment")
    assert has(rows, person="岳晚澄", org="北京大学肿瘤医院", title="病理科副主任", current=False)
    assert "北京大学肿瘤医院" not in entities(text, "school")
    assert "卓佳专业商务有限公司" in entities(text, "org")


def test_a_headline_company_that_raised_a_round_is_not_its_investor():
    text = (
        "储能材料再获融资：砾川新材完成2亿元A轮\n\n"
        "砾川新材近日宣布完成2亿元A轮融资，由松禾资本领投。砾川新材由邝远于2021年创立。"
        "邝远此前在宁德时代研究院任部长。"
    )
    rounds = facts(text, "funding")
    assert rounds and {r["org"] for r in rounds} == {"砾川新材"}
    assert not [r for r in facts(text, "investor") if r["investor"] == "砾川新材"]


def test_a_bold_name_alone_with_the_role_opening_the_next_line_is_a_member():
    text = (
        "栖川创业营第三期路演日回顾\n\n——————\n\n项目一：砾芯能源｜固态电芯\n\n**郦向北**\n"
        "创始人兼CEO。清华大学材料学博士，曾在宁德时代任研发经理。\n\n**卞知秋**\n"
        "联合创始人。曾任比亚迪储能事业部销售总监。\n\n——————\n\n项目二：栖木医疗｜康复机器人\n\n"
        "**庞若川**\n创始人。北京航空航天大学机械工程博士，曾在优必选担任工程师。\n"
    )
    founded = pairs(text, "founded")
    assert {("郦向北", "砾芯能源"), ("卞知秋", "砾芯能源"), ("庞若川", "栖木医疗")} <= founded
    assert not [o for _, o in founded if o in ("郦向北", "卞知秋", "庞若川")]


def test_a_table_cell_of_members_with_role_and_bio_in_brackets():
    text = (
        "栖川加速器 Demo Day｜项目一表看懂\n\n"
        "| 序号 | 项目 | 做什么 | 创始团队 | 融资情况 |\n|---|---|---|---|---|\n"
        "| 1 | 栎语 | 出海客服 | 戚向川（CEO，前Shopee产品负责人）；"
        "郦北（CTO，前腾讯云高级工程师） | 未融资 |\n"
        "| 2 | 砚川 | 商品图生成 | 管若溪（创始人，前美图设计总监，中国美术学院本科） | 种子轮 |\n"
    )
    assert {("戚向川", "栎语"), ("郦北", "栎语"), ("管若溪", "砚川")} <= pairs(text, "founded")
    assert ("管若溪", "美图公司") in pairs(text, "employment")  # 美图: its canonical name


def test_a_spin_out_described_as_the_company_then_named_in_quotes():
    text = (
        "栎桥智能成立于2023年。前栎桥工程师宓一川今年离职，创办了专做测试生成的公司“测栎科技”。"
        "原感知负责人芮卓离职，创办了专注矿区无人驾驶的“岩栎科技”。"
    )
    founded = pairs(text, "founded")
    assert {("宓一川", "测栎科技"), ("芮卓", "岩栎科技")} <= founded
    assert ("宓一川", "栎桥智能") not in founded
    assert ("宓一川", "栎桥智能") in pairs(text, "employment")
    assert not [p for p, _ in founded if p.startswith("原")]


def test_founders_named_in_a_later_clause_or_after_a_colon_and_an_adverb_before_a_round():
    text = (
        "房远川加入的灵栎机器人成立于2023年，由前清华大学交叉信息研究院助理教授龚书川创立。"
        "褚明川在2023年11月与两位搭档一起创立了栎桥智能：一位是他的老同事、前产品总监樊竹川，"
        "另一位是曾在微软担任首席软件工程师的邢晓舟。"
        "2023年8月，麓栎曾获得峰瑞资本独家投资的8000万元A轮。麓栎生物成立于2021年。"
    )
    founded = pairs(text, "founded")
    assert {("龚书川", "灵栎机器人"), ("樊竹川", "栎桥智能"), ("邢晓舟", "栎桥智能")} <= founded
    assert {r["org"] for r in facts(text, "funding")} == {"麓栎生物"}


def test_product_metrics_named_by_the_noun_before_the_count():
    text = (
        "栎云科技成立于2019年。其产品“栎云搭”的注册企业数超过12万家，日均对话量约200万次。"
        "另一款产品“栎驾3.0”已搭载于6家车企的14款车型，累计检测零部件超过40亿件。"
    )
    metrics = {(r["product"], r["value"]) for r in facts(text, "product_metric")}
    assert {("栎云搭", 120000.0), ("栎云搭", 2000000.0), ("栎驾3.0", 14.0)} <= metrics
    assert ("栎驾3.0", 4000000000.0) in metrics
    assert not [m for m in facts(text, "product_metric") if "员工" in m["metric"]]


def test_investors_listed_after_the_word_for_them_and_joining_later_and_a_reported_one_is_not():
    text = (
        "栎里云店成立于2020年。栎里云店今年3月完成2000万美元B轮融资，投资方为启明创投和GGV纪源资本。"
        "栎纹机器人成立于2024年。栎纹机器人的天使轮于今年4月交割，星栎创投营也参与了跟投。"
        "栎衡智能成立于2023年。栎衡智能已于今年1月完成1.5亿元天使轮融资，由IDG资本领投。"
        "有报道称地平线也参与了本轮投资，但地平线方面表示，公司并未投资该项目。"
    )
    investors = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert {("启明创投", "栎里云店"), ("星栎创投营", "栎纹机器人")} <= investors
    assert [i for i, o in investors if o == "栎里云店" and "纪源资本" in i]
    assert not [i for i, _ in investors if i == "地平线"]


def test_a_filings_board_table_printed_without_outer_bars_with_the_date_each_joined():
    text = (
        "栎穹医疗科技股份有限公司\n招股章程\n\n董事及高级管理层\n\n"
        "姓名｜年龄｜职位｜加入本集团日期\n"
        "凌翊川｜48｜执行董事兼首席执行官｜2016年5月\n"
        "卢婉川｜61｜独立非执行董事｜2026年9月\n\n"
        "凌翊川博士于2016年5月创立本集团。\n"
        "掌舵人 ▸ 栗之川｜创始人｜连续创业者\n搭档 ▸ 汲一川｜联合创始人｜河海大学本科\n"
    )
    rows = facts(text, "employment")
    assert has(rows, person="卢婉川", org="栎穹医疗科技股份有限公司", title="独立非执行董事",
               start="2026-09")
    assert not [r for r in facts(text) if r.get("org") == "联合创始人"]


def test_where_someone_held_a_post_is_an_employer_and_a_table_rows_round_is_its_projects():
    prose = "矽栎新材成立于2022年。葛远舟则负责量产工艺，他曾在贝特瑞担任工艺总监。"
    assert ("葛远舟", "贝特瑞") in pairs(prose, "employment")
    text = (
        "栎光加速器 Demo Day\n\n| 序号 | 项目 | 方向 | 团队 | 融资 |\n|---|---|---|---|---|\n"
        "| 1 | 晶栎精密 | 检测设备 | 创始人 尉迟川：前中微公司资深经理，在中微工作9年 "
        "| 完成5000万元Pre-A轮融资，由深圳高新投领投 |\n"
        "| 2 | 栎语 | 客服 | 创始人 戚向川：前腾讯产品经理 | 未融资 |\n"
    )
    assert {r["org"] for r in facts(text, "funding")} == {"晶栎精密"}


def test_a_press_releases_media_contact_works_at_the_agency_named_with_them():
    text = (
        "栎芷医疗宣布完成B轮融资。栎芷医疗成立于2020年。\n\n媒体联系人：\n童知夏\n"
        "栎道公关（代表栎芷医疗）\nmedia@example.com\n"
    )
    assert pairs(text, "employment") == {("童知夏", "栎道公关")}


def test_annual_recurring_revenue_is_a_product_metric_not_a_periods_revenue():
    text = (
        "栎岬科技成立于2023年，产品为“栎码”。截至今年9月，栎码的付费企业客户达到460家，"
        "ARR约1.1亿元。"
    )
    assert {(r["product"], r["metric"], r["value"]) for r in facts(text, "product_metric")} >= {
        ("栎码", "arr", 110000000.0)
    }
    assert not facts(text, "financial")


def test_a_hong_kong_filings_revenue_and_a_round_named_again_without_its_amount():
    text = (
        "栢栎智运控股有限公司\n招股章程\n\n截至2024年12月31日止年度，本集团收益为1,286.4百万港元。"
        "于2023年9月，本公司完成C轮融资，合共筹得390.0百万港元，由维港投资领投。"
        "紧随C轮融资完成后，本公司的投后估值约为3,900百万港元。"
    )
    assert has(facts(text, "financial"), metric="revenue", amount=1_286_400_000.0, currency="HKD")
    assert len(facts(text, "funding")) == 1


def test_a_co_founder_written_共同创办人_after_a_company_makes_it_a_name():
    text = "唐知远是栎川智能的共同创办人暨执行长，此前在腾讯任职。"
    assert ("唐知远", "栎川智能") in pairs(text, "founded")


def test_a_field_of_business_before_a_title_is_no_person():
    text = (
        "理想汽车智驾前负责人俞承川加盟驭衡科技任联席CEO。俞承川在智驾圈并不陌生。"
        "他2018年加入理想汽车。驭衡科技的端到端智驾方案已量产。"
    )
    people = {p for p, _ in pairs(text, "employment")}
    assert "智驾" not in people
    assert ("俞承川", "理想汽车") in pairs(text, "employment")


def test_牵头_after_a_name_is_no_part_of_it():
    text = "栎垣加速器成立于2020年。该项目由栎垣加速器投资经理阎川牵头组建团队。"
    assert ("阎川", "栎垣加速器") in pairs(text, "employment")


def test_高层_is_a_post_not_a_name():
    text = "泓栎科技完成B轮融资　前PayPal亚太区高层加盟任总裁。泓栎科技成立于2019年。"
    assert not [p for p, _ in pairs(text, "employment") if p.endswith("高层")]


def test_a_companion_founds_the_company_named_after_a_description_not_their_old_employer():
    text = (
        "驭栎科技成立于2021年。据悉，卞野已经与驭栎前规划控制负责人左晴舟共同创立了新公司「远栎智能」，"
        "专注矿区无人驾驶。"
    )
    founded = pairs(text, "founded")
    assert ("左晴舟", "远栎智能") in founded
    assert ("左晴舟", "驭栎科技") not in founded


def test_the_company_just_named_and_its_other_co_founder_is():
    text = "拾栎科技成立于2025年。该公司的另一位联合创始人为庞小禾，此前曾任快手电商运营总监。"
    assert ("庞小禾", "拾栎科技") in pairs(text, "founded")


def test_another_co_founder_in_a_members_bio_is_no_company():
    text = (
        "栖穗创业营路演日回顾\n\n项目一：潮栎算力｜算力调度\n\n**费嘉远**\n创始人。中国人民大学计算机本科。"
        "另一位联合创始人为其多年好友**柏远**，此前在商汤科技做分布式训练。\n\n"
        "项目二：栎步机器人｜康复外骨骼\n\n**鄢子川**\n创始人兼CEO。北京航空航天大学博士。\n"
    )
    assert not [o for _, o in pairs(text, "founded") if o.startswith("另")]


def test_an_employer_described_between_at_and_its_name_is_still_the_employer():
    # 在 + a kind of company or its places + the name: the description is not the employer.
    text = (
        "禾序生物近日完成A轮融资。禾序生物成立于2021年，创始人为郝知岚。2015年至2020年，她在丹麦酶制剂公司诺维信担任高级科学家。"
        "联合创始人申屠栎此前在德国博世担任软件工程师，更早在美国西雅图的微软做了两年测试。"
    )
    rows = facts(text, "employment")
    assert has(rows, person="郝知岚", org="诺维信", title="高级科学家", start="2015", end="2020")
    assert has(rows, person="申屠栎", org="博世", title="软件工程师")
    assert has(rows, person="申屠栎", org="微软")
    # 创始人为郝知岚: the post named before 为 is hers, at the company in question, and 她
    # after it is her; the employer is no topic, so 联合创始人 is the company's, not 诺维信's.
    assert pairs(text, "founded") == {("郝知岚", "禾序生物"), ("申屠栎", "禾序生物")}


def test_the_place_left_for_the_next_job_and_a_description_after_a_joining_verb():
    text = (
        "快手电商换帅。接替严澍的柏原此前是快手商业化部门的负责人，2021年从百度加入快手。"
        "原Klook产品总监文浩谦已加盟物流平台栎运通，出任产品副总裁。"
    )
    rows = facts(text, "employment")
    # 从百度加入快手: 百度 was his employer until the move; the move's details are 快手's.
    assert has(rows, person="柏原", org="百度", end="2021", current=False, title=None)
    assert has(rows, person="柏原", org="快手", start="2021")
    # 加盟物流平台栎运通: the description sits between the verb and the company it joined.
    assert ("文浩谦", "栎运通") in pairs(text, "employment")


def test_a_word_after_a_byline_word_is_no_reporter_unless_it_starts_with_a_surname():
    assert read_layout("采访最后，她提到公司刚请来新的营运长。\n", "zh").bylined == set()
    assert read_layout("文｜李栎舟\n\n栎川科技完成A轮融资。\n", "zh").bylined == {"李栎舟"}


def test_an_officer_named_by_title_alone_serves_the_company_the_sentence_or_page_is_about():
    text = (
        "声栎科技近日完成B轮融资。声栎科技成立于2019年。同日，声栎科技宣布，首席财务官俞曼宁因个人原因"
        "将于12月31日卸任，由现任财务副总裁谭少钧接任。\n\n"
        "离开后，俞曼宁的前同事创办了墨栎智能，该公司宣布完成天使轮融资。\n\n"
        "在业绩会上，首席运营官司徒静姝表示，下半年将控制费用。"
    )
    rows = facts(text, "employment")
    assert has(rows, person="俞曼宁", org="声栎科技", title="首席财务官")
    assert has(rows, person="谭少钧", org="声栎科技", title="财务副总裁")
    # a new paragraph names no company: the officer is the page's company's, not the one
    # the last sentence spoke of
    assert has(rows, person="司徒静姝", org="声栎科技")
    # 前途家副总裁: a firm's name before 副总裁 is no department of the company in question
    other = "青栎云完成A轮融资。青栎云成立于2020年。前途家副总裁阚为礼担任顾问。"
    assert ("阚为礼", "青栎云") not in pairs(other, "employment")


def test_a_company_founded_with_a_description_between_the_verb_and_its_name():
    text = (
        "码隙的前产品负责人潘一禾今年初离职，随后创办了AI测试工具公司墨栎。"
        "泓汇前技术总监冯志朗则已于今年初离职，创立区块链对帐公司链栎科技。"
        "几个月前，拾萤一位早期产品经理黎昭离职，创办了面向幼儿阅读的公司伴读栎，并拿到了奇绩创坛的种子轮投资。"
    )
    founded = pairs(text, "founded")
    assert {("潘一禾", "墨栎"), ("冯志朗", "链栎科技"), ("黎昭", "伴读栎")} <= founded
    assert ("奇绩创坛", "伴读栎") in {(r["investor"], r["org"]) for r in facts(text, "investor")}
    # 一家名为“X”的…公司: 名为 names the company, it is no 为 of a client
    named = "闵晟已经离职，创办了一家名为“驭栎智能”的端到端智驾公司。"
    assert pairs(named, "founded") == {("闵晟", "驭栎智能")}
    # X由NAME于…创立: what someone founded is a company, whatever its ending
    assert "有栖云" in entities("有栖云由阮既白于2014年在上海创立。有栖云做企业云服务。", "org")


def test_an_analyst_quoted_with_the_firm_a_description_introduces():
    text = (
        "栎驰智驾完成B轮融资。栎驰智驾成立于2021年。"
        "汽车行业分析机构佐栎汽研的首席分析师韦长庚对智能涌现说：“双CEO的架构很少能长期稳定。”"
    )
    assert has(facts(text, "employment"), person="韦长庚", org="佐栎汽研", title="首席分析师")
    assert ("韦长庚", "栎驰智驾") not in pairs(text, "employment")


def test_investors_listed_with_a_parents_fund_and_one_after_you():
    text = (
        "青栎智能完成4亿元B+轮融资。本轮融资由中金资本领投，苏州元禾控股、宁德时代旗下的问鼎投资跟投，"
        "老股东线性资本继续追加投资。"
    )
    backers = {r["investor"] for r in facts(text, "investor")}
    assert {"中金资本", "问鼎投资", "线性资本"} <= backers
    assert "宁德时代" not in backers  # the parent of the fund that invested
    # 由招銀國際領投: 由 opens the list, it is no part of the first name
    filing = (
        "栢栎智运控股有限公司（「本公司」）是物流公司。於2023年9月，本公司完成C輪融資，"
        "由招銀國際領投，維港投資參與。"
    )
    assert "招银国际" in {r["investor"] for r in facts(filing, "investor")}
    # 語橋也有參與投資: the words before the verb are no part of the name
    assert "语桥也有" not in entities("他們拿到天使輪，語橋也有參與投資。", "org")


def test_a_core_product_named_after_a_long_description_and_registered_developers_counted():
    text = (
        "栖栎生物完成B轮融资。目前，栖栎的核心产品是重组Ⅲ型人源化胶原蛋白原料“栖原-III”。\n"
        "枢栎科技完成融资。枢栎科技推出了枢栎Pilot。如今，枢栎Pilot的付费企业客户超过300家，注册开发者约80万。"
    )
    assert ("栖栎生物", "栖原-III") in {(r["org"], r["product"]) for r in facts(text, "product")}
    assert has(facts(text, "product_metric"), product="枢栎Pilot", value=800000.0)


def test_gross_merchandise_value_is_a_figure_of_its_period_but_a_deals_ceiling_is_none():
    text = (
        "回栎完成融资。回栎做咖啡供应链。2025年，回栎平台GMV约6000万元，服务咖啡馆超过1500家。"
        "穹栎生物完成融资。穹栎生物与药企达成授权合作，潜在总交易额最高可达6.8亿美元。"
    )
    rows = facts(text, "financial")
    assert has(rows, org="回栎", metric="gmv", amount=60000000.0, period_end="2025-12-31")
    assert not any(r["org"] == "穹栎生物" for r in rows)


def test_quoted_words_that_make_a_clause_are_no_product():
    text = (
        "云栎智行完成融资。分析师在研报中指出，自动驾驶重卡的单车经济模型“仍高度依赖油价和司机替代率”。"
        "云栎智行推出了调度平台“云栎T3”。"
    )
    assert {r["product"] for r in facts(text, "product")} == {"云栎T3"}


def test_a_product_named_after_the_kind_of_software_it_is():
    text = (
        "栖栎数据完成融资。产品层面，栖栎目前有两条产品线：一是向量与分析一体化数据库“栖栎DB”，"
        "二是检索服务“栎索”。截至目前，栖栎DB已服务超过80家企业客户。"
    )
    assert {r["product"] for r in facts(text, "product")} == {"栖栎DB", "栎索"}
    assert has(facts(text, "product_metric"), product="栖栎DB", value=80.0)


def test_colleagues_at_a_place_and_two_people_once_together_there_worked_there():
    text = (
        "雾栎科技完成融资。雾栎科技的联合创始人黎芷和费朗曾同在米哈游技术美术中心，前者是角色组组长。"
        "澜栎完成融资。澜栎的创始人奚东篱是我在百度的老同事，他很厉害。"
    )
    rows = facts(text, "employment")
    assert {("黎芷", "米哈游"), ("费朗", "米哈游")} <= pairs(text, "employment")
    assert has(rows, person="奚东篱", org="百度", current=False)
    # studying together is no job
    assert not pairs("黎芷和费朗曾同在清华大学读书。", "employment")


def test_the_parent_named_before_the_unit_someone_worked_at_is_not_their_employer():
    text = (
        "環栎完成融資。公司技術總監范雪晴於去年加入，她此前在寧德時代旗下的邦普循環任職工藝經理五年。"
    )
    jobs = pairs(text, "employment")
    assert ("范雪晴", "邦普循环") in jobs and ("范雪晴", "宁德时代") not in jobs


def test_a_columns_note_on_its_author_is_read_as_the_authors_bio():
    text = (
        "“米哈游系”创业者图鉴\n\n来源：创业邦专栏\n\n出海是游戏公司的必选项。帆栎科技为游戏公司提供出海发行服务。\n\n"
        "（作者系出海发行服务商帆栎科技创始人，曾任米哈游海外发行总监。本文仅代表作者个人观点。作者：贝知秋）"
    )
    assert pairs(text, "founded") == {("贝知秋", "帆栎科技")}
    assert has(facts(text, "employment"), person="贝知秋", org="米哈游", title="海外发行总监")
    # the note's name from the byline when the note names none
    bylined = (
        "文｜贝知秋\n\n帆栎科技完成A轮融资。帆栎科技提供出海服务。\n\n（作者系帆栎科技联合创始人。）"
    )
    assert has(facts(bylined, "founded"), person="贝知秋", org="帆栎科技", role="联合创始人")


def test_a_verb_after_a_year_is_no_person():
    text = (
        "深栎智能完成融资。深栎智能创始人兼CEO蒙清越说。她的第一份工作是在谷歌做编译器优化，"
        "从2014年干到2019年。更早的时候，她在中国科学技术大学读完本科。"
    )
    assert "干到" not in entities(text, "person")
    assert ("蒙清越", "中国科学技术大学") in pairs(text, "education")


# A demo-day post in the accelerator's own layout, with the forms its team lists take: a name,
# an honorific and a comma before the role; a role between name and colon; a surname that is also
# a preposition; two headings stacked; a tagline after a hyphen; a product over its company.
STACKED = """# 某创新营第五期路演日

# **Lumenrig**

# **让每台相机都会思考的平台**

**一句话介绍：** 相机里的视觉模型。

**项目简介：** Lumenrig为安防相机提供端侧模型。

**团队介绍：**

苗栎言：CEO，浙江大学计算机博士。

于闻舟：CTO，曾任海康威视算法工程师。

# **栎行动力-具身智能“关节模组”**

**一句话介绍：** 便宜的关节电机。

**团队介绍：**

葛晓川博士，创始人/CEO。上海交通大学机械工程博士。

QK CTO：清华大学自动化硕士，曾在大疆工作。

# **机器人调度平台（栎序科技）**

**团队介绍：**

孔栎然：创始人，曾任京东物流调度负责人。

# **Quiet Harbour Learning Platform**

**团队介绍：**

Ilse Varga：创始人，曾任职于Coursera。
"""


def test_demo_day_team_lines_and_headings_in_the_accelerators_forms():
    founded = pairs(STACKED, "founded")
    assert ("苗栎言", "Lumenrig") in founded  # the heading the text names, not the tagline under it
    assert ("于闻舟", "Lumenrig") in founded
    assert ("葛晓川", "栎行动力") in founded  # not the project above; the tagline left off
    assert ("QK", "栎行动力") in founded
    assert ("孔栎然", "栎序科技") in founded  # the company in brackets, not the product before it
    assert ("Ilse Varga", "Quiet Harbour Learning Platform") in founded
    assert not any("让每台" in org or "关节" in org for _, org in founded)


def test_a_short_name_that_is_an_everyday_word_is_an_employer_only_where_a_job_frames_it():
    from pedigree.ingest.text.gazetteer import find_known

    text = "岑栎舟2012年至2016年在联想担任产品经理，2016年从理想离职后加入顺丰。"
    jobs = pairs(text, "employment")
    assert {("岑栎舟", "联想集团"), ("岑栎舟", "理想汽车"), ("岑栎舟", "顺丰")} <= jobs
    assert has(facts("戈栎言此前是菜鸟的技术专家。", "employment"), org="菜鸟网络")
    for words in ("这让人联想到当年的手机大战。", "在理想的状态下，团队会更快。", "他只是个菜鸟。"):
        assert find_known(words) == [], words


def test_a_company_known_by_its_brand_alone_where_founding_and_jobs_frame_it():
    text = (
        "【專訪】栎影互動范書亭：把遊戲「做完」比什麼都重要\n\n"
        "位於台北的栎影互動（Oakshade Interactive）辦公室不大。"
        "創辦人暨執行長范書亭接受本刊專訪。\n\n"
        "問：栎影是你一個人創辦的嗎？\n\n"
        "范書亭：不是，我們三個人一起。2022年我們拿到之初創投的種子輪。\n"
    )
    assert has(facts(text, "founded"), person="范书亭", org="栎影互动")
    assert has(facts(text, "investor"), investor="之初创投", org="栎影互动")
    assert not facts(text, "product")  # 把遊戲「做完」: no product's name


def test_a_half_year_report_and_a_companion_who_came_along():
    text = (
        "8月28日晚，科创板上市公司栎衡软件披露2025年半年度报告。报告期内，公司实现营业收入2.74亿元，"
        "上年同期为1.94亿元。\n\n这家公司的起点在2009年。当年，在ANSYS中国担任技术总监的岑朗离职，"
        "与大连理工大学力学博士毕栎澄一道，在上海创立了栎衡软件。岑朗目前担任董事长，毕栎澄则任首席科学家。"
    )
    figures = {(f["amount"], f["period_start"], f["period_end"]) for f in facts(text, "financial")}
    assert (274_000_000, "2025-01-01", "2025-06-30") in figures  # 半年度报告: the first half
    assert (194_000_000, "2024-01-01", "2024-06-30") in figures  # 上年同期: a year before
    founded = pairs(text, "founded")
    assert {("岑朗", "栎衡软件"), ("毕栎澄", "栎衡软件")} <= founded


def test_what_a_company_is_and_the_topics_a_story_turns_to_are_not_company_names():
    text = (
        "Chiplet互连IP公司「栎石互连」完成2.5亿元B轮融资，君联资本领投\n\n"
        "36氪近日从「栎石互连」处独家获悉，这家芯粒（Chiplet）互连IP公司已完成2.5亿元人民币B轮融资。"
        "本轮由君联资本领投，国投创业、中芯聚源跟投。交易完成后，栎石互连的投后估值约为25亿元。\n\n"
        "对于一家成立刚满四年的IP公司来说，这个节奏并不算慢。\n\n"
        "财务数据方面，栎石互连2024年实现营收1.3亿元。公司方面预计，2026年收入有望突破3亿元。"
    )
    orgs = {f.get("org") for f in facts(text)}
    assert not orgs & {"IP公司", "财务数据", "财务"}
    assert has(facts(text, "investor"), investor="国投创业", org="栎石互连")
    assert has(facts(text, "financial"), org="栎石互连", amount=130_000_000)


DEMO_TABLE = (
    "栎槎创投营 Demo Day 回顾｜一张表看懂3个项目\n\n"
    "12月6日，栎槎创投营秋季营 Demo Day 在北京举行，本期共有3个项目登台。\n\n"
    "| 序号 | 项目 | 一句话介绍 | 团队 | 当前进展 |\n|---|---|---|---|---|\n"
    "| 01 | 酶栎生物 | 用AI设计工业酶 | 创始人兼CEO 訾若岚，北京大学生物学博士，"
    "曾在金斯瑞生物科技任蛋白工程部门主管；联合创始人兼CSO 东方砚，美国加州大学圣地亚哥分校博士后"
    " | 已与两家饲料企业签订合同 |\n"
    "| 02 | 筑栎 | 装修设计的 AI 出图工具 | 创始人 宰父听澜，连续创业者，曾创办设计师社区“图栎”"
    "（已被收购） | 月活用户约 9 万 |\n"
)


def test_a_demo_tables_team_cell_written_role_first_and_the_progress_cell_after_it():
    founded = pairs(DEMO_TABLE, "founded")
    assert {("訾若岚", "酶栎生物"), ("东方砚", "酶栎生物"), ("宰父听澜", "筑栎")} <= founded
    jobs = pairs(DEMO_TABLE, "employment")
    assert ("宰父听澜", "连续创业者") not in jobs  # what she is, not where she worked
    assert has(facts(DEMO_TABLE, "product_metric"), value=90_000)  # the progress cell's figure


def test_a_founding_after_leaving_and_names_with_yue():
    text = (
        "逆栎互动完成3000万美元A轮融资。\n\n2019年至2023年，冉北岑在米哈游担任AI技术中心负责人。"
        "他离开后创立的逆栎互动想用大模型实时生成剧情。\n\n"
        "格物栎擎的早期员工蓝溪月在今年离职，创办了做AI动作捕捉的跃帧栎科技。"
    )
    founded, jobs = pairs(text, "founded"), pairs(text, "employment")
    assert ("冉北岑", "逆栎互动") in founded and ("冉北岑", "逆栎互动") not in jobs
    assert ("冉北岑", "米哈游") in jobs  # not a company named 游担任AI
    assert ("蓝溪月", "跃帧栎科技") in founded  # 月 ends names as well as months


def test_then_after_a_name_is_no_part_of_it_unless_the_name_goes_on_being_written_so():
    text = (
        "拾栎完成A轮融资。拾栎的联合创始人、CTO晏川则是真正的小红书老兵。"
        "公司由祁正则一手创立。祁正则本科毕业于中山大学。"
    )
    people = {f.get("person") for f in facts(text)}
    assert "晏川" in people and "晏川则" not in people
    assert "祁正则" in people  # a name that ends in 则, written so every time


def test_someone_done_together_with_is_a_person():
    text = (
        "【專訪】霧栎互動詹宇辰：把遊戲做完\n\n創辦人暨執行長詹宇辰接受本刊專訪。\n\n"
        "問：為什麼離開雷亞？\n\n詹宇辰：我想做的東西比較慢。\n\n問：霧栎是你一個人創辦的嗎？\n\n"
        "詹宇辰：不是，是我和柯品妤一起。她是我在台灣科技大學的學妹，後來去了育碧新加坡工作室當"
        "程式設計師，做過好幾款3A遊戲的開發工具。"
    )
    jobs = pairs(text, "employment")
    assert ("柯品妤", "育碧") in jobs and ("詹宇辰", "育碧") not in jobs


def test_the_kind_of_company_between_is_and_its_name():
    text = (
        "汇栎科技完成融资。闫慕岚已于今年6月离职。他目前的新身份，是跨境支付初创企业汇栎科技的创始人兼CEO。"
    )
    assert has(facts(text, "founded"), person="闫慕岚", org="汇栎科技")


def test_demo_day_member_lines_that_open_with_the_role():
    text = (
        "启栎加速器秋季营路演日回顾：2个项目\n\n12月9日，启栎加速器秋季营路演日在上海举行。\n\n"
        "**01｜星栎测控——为商业卫星提供地面站服务**\n"
        "在西北自建6座地面站，已为4家卫星公司提供测控服务。\n"
        "创始人（CEO）司马骁：北京航空航天大学飞行器设计博士，2013年至2022年在中国航天科技集团五院任设计师\n"
        "联合创始人（COO）伍清扬：中山大学管理学学士，前银河航天商务总监\n\n"
        "**02｜拾栎课堂——给乡村小学的AI阅读老师**\n"
        "用语音交互带读绘本，已进入58所学校。\n"
        "创始人（CEO）葛小棠：北京师范大学教育学硕士，2016年至2023年在好未来任语文教研总监\n"
    )
    founded = pairs(text, "founded")
    assert {("司马骁", "星栎测控"), ("伍清扬", "星栎测控"), ("葛小棠", "拾栎课堂")} <= founded
    assert ("葛小棠", "好未来") in pairs(text, "employment")


def test_a_registration_certificate_is_no_company_registered():
    text = (
        "36氪获悉，便携式超声设备研发商「声栎医疗」已完成2.5亿元B轮融资。该公司表示，新一轮资金将投向"
        "三类医疗器械注册证的临床试验。\n\n本轮完成后，公司投后估值为18亿元。创始人兼CEO鲁怀瑾毕业于"
        "华中科技大学。"
    )
    orgs = {f.get("org") for f in facts(text)}
    assert "证的临床试验" not in orgs


def test_a_city_written_after_in_is_no_person():
    text = (
        "據悉，Gogoro前營運副總裁司徒樺已於今年3月卸任，並在4月於高雄創立電動船新創「澄栎動力」。"
        "澄栎動力已與高雄港一家拖船業者簽下合約。"
    )
    assert "高雄" not in {f.get("person") for f in facts(text)}


def test_a_quoted_sources_firm_and_post():
    # A firm the reader has never seen, a post there, a name, then what was said — after an
    # aside, or with a unit of the firm between.
    text = (
        "澄湾资本董事总经理甘若曦表示：“储能的下一步是工商业。”"
        "信拓证券电力设备首席分析师蒲闻笛认为，价格战还会持续。"
        "北辰产业研究中心研究员庹清则更为谨慎，认为订单可能前移。"
    )
    found = pairs(text, "employment")
    assert ("甘若曦", "澄湾资本") in found
    assert ("蒲闻笛", "信拓证券") in found
    assert ("庹清", "北辰产业研究中心") in found
    # one's own post is no firm: 联合创始人兼总裁 names no organisation
    own = pairs("联合创始人兼总裁凤鸣远表示，今年会盈利。", "employment")
    assert not any(org.endswith("兼") for _, org in own)


def test_an_investment_bank_department_after_the_employer():
    text = (
        "阮佩芝女士为本公司首席财务官。阮女士于2011年至2019年任职于华泽证券股份有限公司投资银行部，"
        "最后职位为董事总经理。"
    )
    assert ("阮佩芝", "华泽证券股份有限公司") in pairs(text, "employment")


def test_employers_named_with_digits_or_latin_legal_names():
    text = (
        "澜序医疗科技股份有限公司\n滕若川女士为本集团联合创办人。加入本集团前，滕女士于2009年5月至2015年3月在"
        "Brightwave Systems, Inc.担任软件工程师。路晓东曾在58同城担任产品总监，后来创办了鹿鸣科技。"
        "上官岚此前在3M中国担任研发经理。"
    )
    found = pairs(text, "employment")
    assert ("滕若川", "Brightwave Systems, Inc.") in found
    assert ("路晓东", "58同城") in found
    assert ("上官岚", "3M公司") in found  # (3M is known: its China arm is 3M, as 宝洁中国 is 宝洁)
    dated = pairs("路晓东曾在2019年担任产品总监。", "employment")
    assert not any("2019" in org for _, org in dated)


def test_former_said_after_a_business_line():
    text = "2023年，京东秒送前运营总监甄一帆创办了预制菜品牌“锅友”。"
    assert has(facts(text, "employment"), person="甄一帆", org="京东", current=False)


def test_the_company_founded_after_leaving_with_a_weak_ending_or_a_description():
    left = "澄热科技完成融资。公司前销售负责人钟岳2024年离职，创办了瓴匠能源，做热泵运维。"
    assert ("钟岳", "瓴匠能源") in pairs(left, "founded")
    described = "乔予安是雾隐科技的首批员工之一，2025年初从雾隐离职，创办了关卡编辑器公司格致互动。"
    assert ("乔予安", "格致互动") in pairs(described, "founded")
    # a registration director is a post, not a company registered
    post = "今年4月，前西门子医疗中国区注册总监黎宛加入公司，出任副总裁。"
    assert not any("黎宛" in org for org in entities(post, "org"))


def test_the_person_someone_worked_with_is_the_subject_not_them():
    text = (
        "游承晔是微曦科技的创始人。他在联发科的老部下郝敬之，去年就先一步离职，"
        "创办了专做边缘AI模型压缩工具的算盘科技。"
    )
    found = pairs(text, "founded")
    assert ("郝敬之", "算盘科技") in found and ("游承晔", "算盘科技") not in found


def test_work_done_at_a_place_and_names_that_end_in_zhong():
    jobs = pairs("商芸在米哈游负责过两年的用户研究，之后在小红书担任社区产品经理。", "employment")
    assert ("商芸", "米哈游") in jobs and ("商芸", "小红书") in jobs
    # a place at the head of a name is how names start
    assert ("司徒桦", "台湾电力公司") in pairs(
        "在此之前，司徒桦曾于台湾电力公司担任配电工程师五年。", "employment"
    )
    # 中 ends real names, as 为 does
    moved = "值得一提的是，前电池技术处处长乔翊中，今年5月转战光宝科技，出任能源事业部副总经理。"
    assert ("乔翊中", "光宝科技") in pairs(moved, "employment")


def test_founded_by_after_a_defined_term_a_date_or_an_editors_label():
    defined = (
        "企业服务商栖溪云科技（股票代码：2599.HK，下称“栖溪云”）发布中期业绩。"
        "栖溪云由卢既明于2014年在上海创立。卢既明毕业于复旦大学。"
    )
    assert ("卢既明", "栖溪云科技") in pairs(defined, "founded")
    dated = (
        "【编者按】霁昼生物是一家用AI做抗体发现的初创公司，2022年由甘白和言澈在上海创立。"
        "今年9月，霁昼生物完成8000万元融资。甘白毕业于北京大学。"
    )
    assert {("甘白", "霁昼生物"), ("言澈", "霁昼生物")} <= pairs(dated, "founded")


def test_a_filing_names_who_holds_the_companys_shares():
    text = (
        "澜颐医疗科技股份有限公司\n招股章程\n\n"
        "华子谦先生由远澜资本提名，于2022年5月获委任为非执行董事。"
        "华先生现任远澜资本董事总经理，远澜资本为本公司的首次公开发售前投资者。"
        "杭立言先生由本公司首次公开发售前投资者高瓴资本提名加入董事会。"
    )
    found = pairs_of_investors(text)
    assert ("远澜资本", "澜颐医疗科技股份有限公司") in found
    assert ("高瓴资本", "澜颐医疗科技股份有限公司") in found
    # said not to be: no holder
    denied = "澜颐医疗科技股份有限公司\n招股章程\n\n远澜资本并非本公司股东。"
    assert not pairs_of_investors(denied)


def pairs_of_investors(text: str) -> set[tuple[str, str]]:
    return {(f["investor"], f["org"]) for f in facts(text, "investor")}


def test_degrees_from_schools_the_text_shows_and_from_institutes():
    text = "邬星岚是创始人。她本科毕业于江南大学，博士毕业于中国科学院天津工业生物技术研究所。"
    found = facts(text, "education")
    assert has(found, person="邬星岚", org="江南大学", degree="bachelor")
    assert any(f["person"] == "邬星岚" and f["org"].startswith("中国科学院") for f in found)
    assert has(facts("焦若澜是中国科学院博士，此前在微众银行担任风控专家。", "education"),
               person="焦若澜", org="中国科学院", degree="phd")


def test_a_thing_counted_elsewhere_is_no_brand_of_a_company():
    text = (
        "箱式搬运机器人企业「仓迹智能」完成2.5亿元B轮融资。该公司表示，新资金将投向新一代多层"
        "料箱机器人的量产。其主力产品“迹行T3”是一款多层料箱机器人，单台一次可搬运8个料箱。"
        "2025年全年，公司实现营收约3.2亿元。"
    )
    assert "料箱机器人" not in entities(text, "org")
    assert {f["org"] for f in facts(text, "financial")} == {"仓迹智能"}


def test_joined_an_unknown_employer_and_a_customers_supply_chain():
    text = (
        "衡锂再生由万泊舟与柴若溪在2022年联手创立。柴若溪在中南大学拿到博士学位后，进入格林美担任"
        "工艺总监，现为衡锂再生联合创始人兼CTO。其产出的碳酸锂已进入宁德时代的供应链。"
    )
    jobs = pairs(text, "employment")
    assert ("柴若溪", "格林美") in jobs
    assert ("柴若溪", "宁德时代") not in jobs
    assert not any(p == "林美" for p, _ in pairs(text, "founded"))


def test_a_long_employer_name_between_zai_and_a_post():
    text = (
        "港股上市的宠物医疗服务商安宠医疗发布中期业绩，宠物医疗收入增长。"
        "那一年，曾在新瑞鹏宠物医疗集团担任华东区域总经理的雷晏，"
        "与郝青禾在杭州合伙开出了第一家门店。雷晏目前担任公司董事会主席。"
    )
    jobs = pairs(text, "employment")
    assert ("雷晏", "新瑞鹏宠物医疗集团") in jobs
    assert ("郝青禾", "新瑞鹏宠物医疗集团") not in jobs


def test_two_founders_described_apart_then_founding_together():
    text = (
        "▍序川生物\n\n匡一帆在华大基因工作了八年，2021年在深圳创办序川生物。\n\n"
        "▍谱岚生命\n\n谱岚生命的两位创始人背景截然不同。覃梓涵曾是华大智造研发副总裁；左骁则从未在"
        "华大系统任职，他在赛默飞做了七年质谱应用科学家。2022年，两人共同成立谱岚生命，做检测试剂。"
    )
    founded = pairs(text, "founded")
    assert {("覃梓涵", "谱岚生命"), ("左骁", "谱岚生命")} <= founded
    assert ("匡一帆", "谱岚生命") not in founded
    assert ("左骁", "赛默飞世尔") in pairs(text, "employment")


def test_a_bare_ren_names_a_founders_post():
    text = (
        "宠物医疗公司「澜宠医疗」完成C轮融资。雷晏目前担任公司董事会主席兼CEO；郝青禾任联合创始人、首席医疗官，"
        "她毕业于南京农业大学。"
    )
    assert has(facts(text, "founded"), person="郝青禾", org="澜宠医疗")


def test_ta_agrees_with_what_the_text_shows_of_a_persons_gender():
    text = (
        "星栈科技完成融资。邝一帆女士是星栈科技的创始人，曾在腾讯担任产品总监。"
        "项目负责人许嘉树先生此前在百度工作。她2019年从阿里巴巴离职，加入星栈。"
    )
    jobs = pairs(text, "employment")
    assert ("邝一帆", "阿里巴巴") in jobs and ("许嘉树", "阿里巴巴") not in jobs


def test_a_section_heading_that_ends_with_a_name_names_a_person():
    text = (
        "▍第一代：阚星辞\n\n阚星辞在奇安信负责过安全咨询，2024年创办衡审数据。\n\n"
        "▍第二代：骆冬青\n\n严格来说，骆冬青算不上“奇安信系”——他从没在奇安信工作过，而是赤隼安全的"
        "首位员工。今年5月，他离开赤隼，创办了专注于大模型安全测评的“镜渊智能”。"
    )
    founded = pairs(text, "founded")
    assert ("骆冬青", "镜渊智能") in founded and ("阚星辞", "镜渊智能") not in founded


def test_a_rare_surname_is_not_cut_from_its_name():
    text = (
        "衍澈生物成立于2021年6月。公司由郗明澈、殷若岚和聂嘉树三人共同创立。"
        "三人中，担任CEO的郗明澈是计算化学背景，2016年至2020年任晶泰科技算法总监。"
        "“算法和化学家各说各话。”郗明澈告诉记者。"
    )
    assert "郗明澈" in entities(text, "person") and "明澈" not in entities(text, "person")
    assert ("郗明澈", "晶泰科技") in pairs(text, "employment")


def test_a_new_companys_legal_representative_founded_it_unless_given_another_post():
    founder = "工商信息显示，上海栖澜机器人科技有限公司成立于2026年5月，宓启航为法定代表人。"
    assert ("宓启航", "上海栖澜机器人科技有限公司") in pairs(founder, "founded")
    stand_in = (
        "企查查信息显示，北京予澜科技有限公司成立于2025年8月，法定代表人为欧芷。予澜由宓骁创办，"
        "他本人出任CEO，欧芷目前担任公司行政负责人。"
    )
    assert not any(p == "欧芷" for p, _ in pairs(stand_in, "founded"))


def test_an_employer_named_only_by_the_post_held_there():
    # 是…的 + a post, or a verb of office + a department's post: the name is an employer
    text = (
        "仓迹由康予恒创办。联合创始人沙沐阳在哈尔滨工业大学获得博士学位，此前是极智嘉的运动控制"
        "负责人；与他一起创业的甘霁云此前担任G7易流产品副总裁。"
    )
    jobs = pairs(text, "employment")
    assert ("沙沐阳", "极智嘉") in jobs and ("甘霁云", "G7易流") in jobs
    # …but after an employer, the same frame names a unit or a product line of it
    unit = (
        "卫之遥2016年进入腾讯，2024年离开时是混元大模型的技术专家。"
        "靳岚在华为海思工作了11年，最后担任车规芯片产品线总监。"
    )
    orgs = entities(unit, "org")
    assert "混元大模型" not in orgs and "车规芯片产品线" not in orgs


def test_a_possessor_is_not_the_subject_of_the_partner_named_after_it():
    text = (
        "团队：创始人兼CEO蒲安澜，中国传媒大学硕士。她的搭档、联合创始人车晓霁负责技术，"
        "此前是字节跳动的算法工程师。她的合伙人郏芷兰曾任阿里巴巴产品总监。"
    )
    jobs = pairs(text, "employment")
    assert ("车晓霁", "字节跳动") in jobs and ("郏芷兰", "阿里巴巴") in jobs
    assert ("蒲安澜", "字节跳动") not in jobs and ("蒲安澜", "阿里巴巴") not in jobs


def test_a_colleague_at_an_employer_the_text_names_only_there():
    text = (
        "墨衡由庄予白创办。联合创始人甘露白是他在Ansys时期的同事，当时担任华东区销售总监。"
    )
    jobs = [f for f in facts(text, "employment") if f["person"] == "甘露白"]
    assert [(f["org"], f["current"]) for f in jobs] == [("Ansys", False)]


def test_someone_hired_away_from_an_employer_worked_there():
    text = (
        "千帧近日完成A轮融资。公司还从腾讯挖来了前主程序麦锦程，出任千帧的技术VP。"
        "公司也从研华科技挖角前工业物联网事业群业务总监蒋文琪担任营运长。"
    )
    jobs = {(f["person"], f["org"]): f for f in facts(text, "employment")}
    assert ("麦锦程", "腾讯") in jobs and ("麦锦程", "千帧") in jobs
    assert jobs[("蒋文琪", "研华科技")]["title"] == "工业物联网事业群业务总监"
    assert not jobs[("蒋文琪", "研华科技")]["current"]


def test_an_industry_is_no_company_and_a_quoted_company_no_product():
    text = (
        "冷链物流正在从“有没有”转向“好不好”，冷链物流需求总量持续增长。\n\n"
        "投资界获悉，冷链运力与冷库调度平台「霜程科技」日前完成1.5亿元A+轮融资，本轮由招银国际领投。"
        "该公司成立于2020年，其核心产品“霜程云仓”已接入冷库超过420座。"
    )
    orgs = entities(text, "org")
    assert "冷链物流" not in orgs and "霜程科技" in orgs
    assert {f["org"] for f in facts(text, "funding")} == {"霜程科技"}
    assert ("霜程科技", "霜程云仓") in {(f["org"], f["product"]) for f in facts(text, "product")}


def test_founders_listed_after_the_post_and_a_field_described_before_the_name():
    text = (
        "國泰金控前數位數據長倪承緯今年初卸任後，創辦法遵科技（RegTech）新創「律衡數據」。"
        "律衡數據昨日宣布完成新台幣6,000萬元種子輪募資。倪承緯透露，產品已進入概念驗證。"
        "法遵科技在台灣仍處於早期階段。\n\n"
        "律衡數據成立於2025年3月，共同創辦人還包括前勤業眾信風險諮詢服務副總經理施佩穎，"
        "以及曾任玉山銀行資深AI工程師的杜宇恆。"
    )
    founded = pairs(text, "founded")
    assert {("倪承纬", "律衡数据"), ("施佩颖", "律衡数据"), ("杜宇恒", "律衡数据")} <= founded
    assert "法遵科技" not in entities(text, "org")
    plain = "律衡科技成立于2025年3月，联合创始人为张伟和李强。"
    assert {("张伟", "律衡科技"), ("李强", "律衡科技")} <= pairs(plain, "founded")


def test_a_headline_short_name_and_a_founder_described_after_is():
    text = (
        "用AI看懂青少年足球　本地初創躍動科技：我們想做教練的第二雙眼\n\n"
        "唐梓軒是本地體育科技初創躍動運動科技（KineticPlay）的創辦人兼行政總裁。公司2021年成立。"
        "今年4月，躍動完成2,500萬港元Pre-A輪融資，由維港投資領投。"
    )
    assert ("唐梓轩", "跃动运动科技") in pairs(text, "founded")
    assert {f["org"] for f in facts(text, "funding")} == {"跃动运动科技"}


def test_founders_named_before_a_year_and_a_place_of_founding():
    text = (
        "职业教育公司启程教育今日发布中期业绩。"
        "启程教育由江牧之和黎蔓于2012年在成都共同创立，2023年在港交所主板上市。"
        "江牧之现任公司董事长兼首席执行官，创业前曾在新东方担任西南区域总经理。"
    )
    assert {("江牧之", "启程教育"), ("黎蔓", "启程教育")} <= pairs(text, "founded")
    assert ("江牧之", "新东方") in pairs(text, "employment")


def test_a_name_that_ends_in_he():
    text = (
        "2020年初，贝予安决定出来单干。她找的第一个人是喻清和——两人是伯克利同一位导师门下的师兄妹。"
        "喻清和此前在新思科技（Synopsys）做了十二年的算法研发。"
    )
    assert "喻清和" in entities(text, "person") and "喻清" not in entities(text, "person")
    assert ("喻清和", "新思科技") in pairs(text, "employment")
    # 和 between two names still joins them
    assert {"张伟", "李强"} <= entities("公司由张伟和李强共同创立。", "person")


def test_a_name_after_a_clause_of_the_work_done_somewhere():
    text = (
        "霜程科技由陶景澜创办。与他一起创业的，还有前京东物流冷链运营负责人乔芷若，"
        "以及曾在海尔智家从事制冷设备研发长达十年的殷博。"
    )
    assert "殷博" in entities(text, "person")
    jobs = {(f["person"], f["org"]): f for f in facts(text, "employment")}
    haier = [f for (p, o), f in jobs.items() if p == "殷博" and o.startswith("海尔")]
    assert haier and haier[0].get("title") in (None, "")  # not 研发长 of 研发长达十年
    assert not any(p == "乔芷若" and o.startswith("海尔") for p, o in jobs)


def test_a_quoted_short_name_that_raised_a_round_is_the_company():
    text = (
        "速卖通前副总经理应昭离职创业，跨境电商SaaS「舶智」已拿下天使轮\n\n"
        "她创办的跨境电商SaaS公司「舶智科技」近期完成了数千万元人民币的天使轮融资。"
        "卢慕言曾任速卖通技术部资深技术专家，目前在舶智担任联合创始人兼CTO。"
    )
    assert not any(f["product"] == "舶智" for f in facts(text, "product"))
    assert ("卢慕言", "舶智科技") in pairs(text, "founded")


def test_a_rumoured_move_with_the_name_between_is_no_job():
    text = (
        "舶智科技近期完成天使轮融资。此前业内一度传出骆一帆将加盟舶智科技，"
        "但骆一帆本人否认了这一说法。"
    )
    assert ("骆一帆", "舶智科技") not in pairs(text, "employment")


def test_a_regions_qu_is_no_surname():
    text = "几乎在同一时间，速卖通欧洲区商家负责人骆一帆也离开了阿里巴巴。"
    people = entities(text, "person")
    assert "骆一帆" in people and "区商家" not in people
    assert {("骆一帆", "速卖通"), ("骆一帆", "阿里巴巴")} <= pairs(text, "employment")
    park = "2019年，戴文澜和骆一鸣在苏州工业园区一起创办了衡泰生物。两人是中国药科大学的本科同学。"
    assert "区一起" not in entities(park, "person")
    assert {("戴文澜", "衡泰生物"), ("骆一鸣", "衡泰生物")} <= pairs(park, "founded")


def test_a_brand_and_the_kind_of_software_it_is_name_a_product():
    text = (
        "全屋智能解决方案提供商栖屋科技今日宣布完成5亿元人民币C轮融资。"
        "栖屋OS目前已连接超过2800万台智能设备，服务家庭用户约420万户。"
    )
    metrics = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert {("栖屋OS", 28_000_000), ("栖屋OS", 4_200_000)} <= metrics


def test_counts_of_teams_and_households_a_product_reaches():
    text = (
        "AI剪辑工具“球迹”完成天使轮融资。目前球迹已服务1800支业余球队。"
        "其智能家居系统“栖屋OS”已覆盖约42万户家庭。"
    )
    metrics = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert {("球迹", 1800), ("栖屋OS", 420_000)} <= metrics


def test_a_taiwanese_xieli_is_a_post_at_the_firm_before_it():
    text = "律衡數據完成種子輪募資。對於這筆投資，中華開發資本協理柯昱辰表示，市場空間大。"
    assert ("柯昱辰", "中华开发资本") in pairs(text, "employment")


def test_where_a_team_came_from_is_no_ones_job():
    text = (
        "微曦科技由游承曄創辦。微曦的團隊目前約有25人，多數來自聯發科、瑞昱等IC設計公司。"
        "据悉，镜澜科技目前团队约40人，其中近半数来自小米、OPPO和歌尔股份。"
    )
    jobs = pairs(text, "employment")
    assert not any(org in ("联发科", "瑞昱半导体", "小米", "歌尔股份") for _, org in jobs)


def test_an_employer_after_a_year_and_zai():
    text = "伍卓恒現任拓形營運總裁，曾於2010年至2018年在偉易達擔任供應鏈總監。"
    assert ("伍卓恒", "伟易达") in pairs(text, "employment")
    assert "易达" not in entities(text, "person")


def test_a_roundup_heading_with_a_phrase_after_the_name_names_no_project():
    text = (
        "三、庞思远：给工厂算碳账\n\n庞思远是蔚来最早的ESG负责人之一，2019年至2023"
        "年在公司任可持续发展总监。2024年，他创立绿账科技，做面向制造业的碳核算SaaS。绿账"
        "的首款产品“碳账本”已有约200家企业客户。天使轮由奇绩创坛投资，金额为1500万元。庞"
        "思远毕业于清华大学环境学院，获硕士学位。\n\n四、第二代：从擎羽走出的卓凡\n\n除了"
        "以上几位，还有更多“蔚来系”的名字在一级市场被提起。网传前蔚来用户运营副总裁岳澄正在筹备"
        "一个新能源汽车后市场项目，但截至发稿，工商信息中尚无相关公司，岳澄本人也未回应创业邦的询"
        "问。"
    )
    assert "给工厂算碳账" not in entities(text, "org")
    assert {f["org"] for f in facts(text, "funding")} == {"绿账科技"}


def test_a_columns_word_before_a_colon_is_no_person():
    text = (
        "海康系创业者盘点：走出“摄像头帝国”之后，他们去了哪里\n\n越来越多的海康老兵选择出来创业。"
    )
    assert "盘点" not in entities(text, "person")


def test_a_companys_investors_listed_after_it_without_a_round():
    text = "保险科技公司保睿科技今日发布新品。保睿科技的投资方包括IDG资本、蓝驰创投和高瓴资本。"
    investors = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert {("IDG资本", "保睿科技"), ("蓝驰创投", "保睿科技")} <= investors


def test_an_executives_post_at_an_employer_named_only_there():
    text = (
        "保睿科技由任景川和司马岚共同创立。任景川担任公司董事长兼CEO，此前曾任平安产险副总经理，"
        "在保险行业拥有二十余年从业经验。"
    )
    assert ("任景川", "平安产险") in pairs(text, "employment")
    assert not any(o.endswith("兼") for _, o in pairs(text, "employment"))


def test_a_table_cell_of_members_each_with_a_bracketed_role_then_a_comma():
    table = (
        "栖湾加速营第三期 Demo Day 项目一览\n\n"
        "| 项目 | 方向 | 创始团队 | 进展 |\n|---|---|---|---|\n"
        "| 岚测科技 | 风机叶片巡检 | 司徒岚（CEO），前金风科技运维总监，华北电力大学硕士；"
        "钮一鸣（CTO），前大疆飞控工程师 | 已在4座风场试点 |\n"
        "| 稻语 | 水稻病害识别 | 仉秋禾（创始人），中国农业大学植物保护博士 | 已签约2家农场 |\n"
    )
    assert pairs(table, "founded") == {
        ("司徒岚", "岚测科技"), ("钮一鸣", "岚测科技"), ("仉秋禾", "稻语")}
    assert {("司徒岚", "金风科技"), ("钮一鸣", "大疆创新")} <= pairs(table, "employment")


def test_a_round_told_by_a_source_close_to_the_deal_is_hearsay():
    text = (
        "数据标注公司栖标科技由郗明远于2023年创办。据一位接近本轮交易的人士透露，栖标科技已完成"
        "由源码资本领投的A轮融资，金额约8000万元，公司方面未予回应。\n"
    )
    assert not facts(text, "funding") and not facts(text, "investor")
    assert ("郗明远", "栖标科技") in pairs(text, "founded")


def test_a_post_held_where_segmentation_joins_the_verb_to_the_employer():
    # jieba reads 曾|任意|动科技: the employer still starts after the verb 曾任
    text = "栖标科技由郗明远于2023年创办。联合创始人俞森曾任意动科技研发总监。\n"
    assert ("俞森", "意动科技") in pairs(text, "employment")


def test_co_founders_counted_then_named_as_the_subjects_that_follow():
    text = (
        "岚测科技由司徒岚于2022年创立。岚测的另外两位联合创始人同样出身能源行业。钮一鸣曾在金风科技"
        "负责叶片检测；仉秋禾则来自远景能源，此前担任算法总监。\n\n"
        "投资方之一的合伙人鲍原表示，团队很扎实。\n"
    )
    founded = pairs(text, "founded")
    assert {("钮一鸣", "岚测科技"), ("仉秋禾", "岚测科技")} <= founded
    assert not any(person == "鲍原" for person, _ in founded)
    # a count the clauses after it do not meet names nobody
    short = (
        "岚测科技由司徒岚创立。岚测的另外三位联合创始人同样出身能源行业。钮一鸣曾在金风科技工作。\n"
    )
    assert not any(person == "钮一鸣" for person, _ in pairs(short, "founded"))


def test_a_post_in_a_unit_named_after_its_company_is_a_post_at_the_company():
    text = "据悉，美的集团原楼宇科技事业部总经理邝一舟已离职，创办了暖通软件公司栖暖科技。\n"
    jobs = {(f["person"], f["org"], f["title"], f["current"]) for f in facts(text, "employment")}
    assert ("邝一舟", "美的集团", "楼宇科技事业部总经理", False) in jobs
    assert not any(org.endswith("事业部") for _, org, _, _ in jobs)


def test_a_cantonese_interview_and_an_answer_that_names_nobody():
    text = (
        "【經濟一週】專訪栢匯科技甘柏謙：用AI幫診所排班\n\n"
        "甘柏謙在2021年創辦栢匯科技。\n\n"
        "問：團隊點樣分工？\n答：我嘅拍檔岑綺雯負責技術，佢係聯合創辦人，之前喺德勤做咗六年顧問。\n\n"
        "問：你讀咩出身？\n答：香港大學醫療管理系畢業，之後去倫敦大學學院讀咗個碩士。\n"
    )
    assert ("岑绮雯", "栢汇科技") in pairs(text, "founded")
    assert ("岑绮雯", "德勤") in pairs(text, "employment")
    # the answer names nobody: it is the interviewee's own story, not the partner's
    assert {("甘柏谦", "香港大学"), ("甘柏谦", "伦敦大学学院")} <= pairs(text, "education")


def test_devices_and_materials_named_after_the_word_for_them_are_products():
    text = (
        "牙科设备公司栎齿科技成立于2020年。公司有两条产品线：桌上型光固化打印机QX-Mini，以及自研"
        "的牙科树脂ResiLume。QX-Mini已售出约500台。另一款便携式扫描仪“齿影Go”今年上市。\n"
    )
    products = {(f["org"], f["product"]) for f in facts(text, "product")}
    assert {("栎齿科技", "QX-Mini"), ("栎齿科技", "ResiLume"), ("栎齿科技", "齿影Go")} <= products
    assert ("QX-Mini", 500.0) in {(f["product"], f["value"]) for f in facts(text, "product_metric")}


def test_a_field_named_ai_in_a_post_and_an_employers_own_things_name_no_company():
    for post in ("核保AI负责人", "核保负责人"):
        text = (
            "保险科技公司舟衡智能宣布完成8000万元A轮融资。舟衡智能成立于2021年。\n\n"
            f"创始人兼CEO祁向川对这个行业并不陌生。2016年至2022年，他在安途科技担任{post}，"
            "带领约80人的团队搭建了安途的智能核保系统。\n\n"
            "另一位联合创始人郦晚舟曾是众安保险的精算师。2024年，公司营收约6000万元。\n"
        )
        # 核保AI is a field, not a company; 安途's system is its employer's, not the topic
        assert {("祁向川", "舟衡智能"), ("郦晚舟", "舟衡智能")} == pairs(text, "founded")
        assert {f["org"] for f in facts(text, "financial")} == {"舟衡智能"}
        assert {org for _, org in pairs(text, "employment")} == {"安途科技", "众安保险"}


def test_an_answer_labelled_by_the_surname_alone_is_the_interviewees():
    text = (
        "【創業專訪】甘柏謙：把排班交給AI\n\n"
        "問：你入行前做甚麼？\n甘柏謙：我在德勤做了六年顧問。\n\n"
        "問：團隊呢？\n甘：2021年我和岑綺雯一起創辦栢匯科技。她是聯合創辦人，以前是瑪麗醫院的護士長，"
        "在香港大學讀護理學碩士。\n"
    )
    # 她, in 甘's answer, is the partner just named, not 甘 himself
    assert ("岑绮雯", "香港大学") in pairs(text, "education")
    assert not any(person == "甘柏谦" for person, _ in pairs(text, "education"))


def test_a_post_after_a_year_and_a_weakly_ended_name_said_to_be_founded():
    text = (
        "燃料电池公司栎川能源成立于2020年，专注车用电堆。创始人、董事长邬泓在同济大学汽车学院先后"
        "取得本科和博士学位，2016年至2020年任捷氢科技总工程师，主导过多款电堆的车规级认证。\n"
    )
    # …能源 ends many phrases, but only a company is founded in a year
    assert pairs(text, "founded") == {("邬泓", "栎川能源")}
    # 任 after a year, where jieba reads 任捷|氢: a post held at the employer named next
    assert ("邬泓", "捷氢科技") in pairs(text, "employment")


def test_an_employer_named_after_ren_zhi_yu_stays_an_employer():
    text = (
        "航运软件公司舶安科技完成5000万元A轮融资。舶安科技成立于2022年，为港口提供调度系统。\n\n"
        "创始人兼CEO鄢远航2015年至2021年任职于马士基（Maersk）亚太区，担任运营总监。"
        "马士基在全球运营着约700艘集装箱船。与他搭档的是联合创始人兼CTO濮一舟。\n"
    )
    # 马 is a surname, but only an organisation is worked at; its own fleet is no product's count
    assert ("鄢远航", "马士基") in pairs(text, "employment")
    assert pairs(text, "founded") == {("鄢远航", "舶安科技"), ("濮一舟", "舶安科技")}
    assert not facts(text, "product_metric")


def test_a_filing_that_defines_its_own_company_at_the_end():
    text = (
        "董事及高級管理層\n\n"
        "聶朗山先生，52歲，為本公司創辦人兼首席執行官。加入本集團前，聶先生於2005年至2012年"
        "任職於登士柏西諾德（Dentsply Sirona）中國區，最後職位為副總裁。\n\n"
        "費啟華先生，49歲，為執行董事兼首席營運官。\n\n"
        "本節中「本公司」指韶安醫療科技股份有限公司。\n"
    )
    founded = pairs(text, "founded")
    assert founded and {org for _, org in founded} == {"韶安医疗科技股份有限公司"}
    assert ("费启华", "韶安医疗科技股份有限公司") in pairs(text, "employment")


def test_bold_names_each_followed_by_a_role_and_a_bio_on_one_line():
    text = (
        "栖湾秋季路演日｜3个项目\n\n"
        "01 豆栈｜连接咖啡庄园与咖啡馆的采购平台\n\n"
        "**岳清禾** 创始人兼CEO。前星巴克中国生豆采购经理；云南农业大学本科。\n"
        "**檀一舟（Leo Tan）** 联合创始人兼CTO。前美团快驴供应链产品专家。\n"
        "**闵小菲** 顾问。执业兽医，瑞派宠物医院前医疗总监。\n\n"
        "02 墨钥安全｜帮银行换上后量子密码\n\n"
        "**阙明远** 创始人。2016年至2023年任华为2012实验室密码算法专家。\n"
    )
    assert pairs(text, "founded") == {
        ("岳清禾", "豆栈"), ("檀一舟", "豆栈"), ("阙明远", "墨钥安全")}
    jobs = pairs(text, "employment")
    assert ("檀一舟", "美团") in jobs
    assert any(p == "岳清禾" and org.startswith("星巴克") for p, org in jobs)
    assert not any(org == "执业兽医" for _, org in jobs)  # a profession, not an employer


def test_a_list_heading_of_founder_company_and_tagline():
    text = (
        "盘点｜从大疆出走的硬件创业者\n\n"
        "一、郜立远｜骑途科技：共享单车的“大脑”\n\n"
        "郜立远2014年加入大疆，2019年离开时是飞控硬件部门经理。同年他创办了骑途科技。\n\n"
        "二、黎清澍｜渔眸智能：把传感器沉到海里\n\n"
        "黎清澍原是大疆农业无人机团队的产品经理，2021年离职，创办渔眸智能。\n"
    )
    assert pairs(text, "founded") == {("郜立远", "骑途科技"), ("黎清澍", "渔眸智能")}


def test_an_outlet_named_like_a_person_is_no_person():
    text = (
        "盘点｜从大疆出走的创业者\n\n雷锋网  作者｜冼嘉怡\n2025年8月19日\n\n"
        "雷锋网梳理了几位从大疆离开后自立门户的创业者。郜立远2019年创办了骑途科技。\n"
    )
    assert "雷锋网" not in entities(text, "person")
    assert not any(person == "雷锋网" for person, _ in pairs(text, "employment"))


def test_a_taiwanese_surname_leads_a_founders_name():
    text = (
        "鈞測科技（ProbeNova）創辦人暨執行長粘耀明說，測試是瓶頸。粘耀明2008年進入聯發科，"
        "2020年底與詹佩如共同創辦鈞測科技。\n"
    )
    assert ("粘耀明", "钧测科技") in pairs(text, "founded")
    text = "心理健康平台栖岚科技由郦岚与精神科医生顼远舟于2019年共同创立。\n"
    assert ("顼远舟", "栖岚科技") in pairs(text, "founded")


def test_a_loss_in_the_currency_of_the_figure_before_it():
    for loss in ("全年亏损约800万", "全年蝕咗大約800萬"):
        text = (
            "宠物保险公司爪迹科技成立于2021年。"
            f"2024年爪迹科技营收约4500万港元，仍未盈利，{loss}。\n"
        )
        figures = {(f["metric"], f["amount"], f["currency"]) for f in facts(text, "financial")}
        assert ("net_loss", 8_000_000, "HKD") in figures


def test_an_answer_names_the_investors_of_the_round_the_question_asked_about():
    text = (
        "【专访】爪迹科技岳清禾：宠物保险要一键理赔\n\n"
        "爪迹科技成立于2021年，2023年拿到天使轮，去年8月完成3000万元A轮融资。\n\n"
        "问：A轮是谁投的？\n岳清禾：由维港投资领投，阿里巴巴创业者基金跟投。\n"
    )
    rounds = {f["round"]: f["investors"] for f in facts(text, "funding")}
    assert rounds["A轮"] == ["维港投资", "阿里巴巴创业者基金"]
    assert not rounds.get("天使轮")


def test_hopes_capacities_guesses_and_other_companies_scale_are_no_product_counts():
    text = (
        "陪护机器人公司暖岚科技成立于2021年，已交付1200台。创始人说，希望明年交付量能冲到一万台。"
        "公司在苏州运营一座年产能3万台的工厂。2018年华为智能手机发货量超过2亿台。"
        "老东家的规模以数十万台计。\n"
    )
    assert {f["value"] for f in facts(text, "product_metric")} == {1200.0}


def test_the_person_a_relative_clause_describes_is_the_subject():
    text = (
        "曜岚光电成立于2022年，创始人是仉嘉禾。与仉嘉禾一起创业的尉迟岚是清华大学微电子专业博士，"
        "此前在台积电做了七年工艺工程师。\n"
    )
    assert ("尉迟岚", "清华大学") in pairs(text, "education")
    assert ("尉迟岚", "台积电") in pairs(text, "employment")
    assert not any(person == "仉嘉禾" for person, _ in pairs(text, "employment"))


def test_the_one_who_started_the_company_with_its_founder_is_a_founder():
    text = (
        "曜岚光电成立于2022年，创始人是仉嘉禾。与仉嘉禾一起创业的尉迟岚是清华大学微电子专业博士。"
        "栖川机器人由钮远创立，和他一起创业的是前同事岑一舟。\n"
    )
    assert {("尉迟岚", "曜岚光电"), ("岑一舟", "栖川机器人")} <= pairs(text, "founded")


def test_sustainability_is_a_department_before_a_post():
    text = "2020年，他与前安踏可持续发展总监兰珏共同创立了再纺科技。\n"
    assert ("兰珏", "安踏") in pairs(text, "employment")


def test_a_quoted_product_named_after_its_project_in_a_demo_day_post():
    text = (
        "栖湾秋季路演日｜2个项目\n\n"
        "01 宠安保｜按月订阅的宠物医疗险\n\n"
        "宠安保与众安保险合作推出宠物医疗险「宠安保月付险」，上线8个月累计售出保单4.3万张。\n\n"
        "**邰芊远** 创始人兼CEO。前蚂蚁集团保险事业部产品总监。\n\n"
        "02 戏音｜用AI给短剧配方言\n\n"
        "戏音的配音工具「戏音工坊」已为超过300部短剧完成方言配音。\n\n"
        "**幸子远** 创始人。前快手短剧业务运营负责人。\n"
    )
    products = {(f["org"], f["product"]) for f in facts(text, "product")}
    assert {("宠安保", "宠安保月付险"), ("戏音", "戏音工坊")} <= products


def test_a_school_named_before_its_major_and_degree():
    text = (
        "舶岚科技完成A轮融资。创始人兼CEO鄢远帆是少见的创业者。大连海事大学航海技术专业本科毕业后，"
        "他在散货船上做了三年二副。\n"
    )
    assert ("鄢远帆", "大连海事大学") in pairs(text, "education")


def test_a_filing_that_says_which_company_it_means_by_benggongsi_with_wei():
    text = (
        "董事及高級管理層\n\n"
        "閔遠山先生，49歲，為本集團創辦人兼首席執行官。於2004年至2010年，閔先生任職於無錫藥明康德"
        "新藥開發股份有限公司（「藥明康德」），擔任高級研究員。\n\n"
        "本文件所指「本公司」為衡安醫藥研究（控股）有限公司。\n"
    )
    assert {org for _, org in pairs(text, "founded")} == {"衡安医药研究(控股)有限公司"}


def test_a_directors_former_employer_is_never_the_filings_own_company():
    text = (
        "董事及高級管理層\n\n"
        "閔遠山先生，49歲，為本集團創辦人兼首席執行官。於2004年至2010年，閔先生任職於無錫藥明康德"
        "新藥開發股份有限公司（「藥明康德」），擔任高級研究員。閔先生在藥明康德期間負責臨床藥理。\n\n"
        "甯曉雲女士，47歲，為本集團聯合創辦人兼首席運營官。\n"
    )
    # the filing never names its own company: better no founding than the employer's
    assert not pairs(text, "founded")
    assert ("闵远山", "无锡药明康德新药开发股份有限公司") in pairs(text, "employment")


def test_a_round_an_insider_lets_slip_is_hearsay_but_one_an_insider_confirms_is_not():
    text = (
        "播岚科技由钮一帆创办。有知情人士称，播岚科技已完成数千万元天使轮融资，由经纬创投领投。\n"
    )
    assert not facts(text, "funding")
    text = "播岚科技由钮一帆创办。多位知情人士向本刊确认，播岚科技已完成3000万元天使轮融资。\n"
    assert facts(text, "funding")


def test_joined_then_a_bare_post_is_a_post_at_the_company_and_not_a_founding():
    text = (
        "天眼查信息显示，翊航科技（深圳）有限公司成立于2025年4月，法定代表人为蓟安。"
        "翊航方面表示，庹骁是公司创始人并担任CEO；蓟安于2025年6月加入，任COO，此前在"
        "顺丰旗下的丰翼科技负责运营。\n"
    )
    assert ("蓟安", "翊航科技(深圳)有限公司") not in pairs(text, "founded")
    jobs = pairs(text, "employment")
    assert ("蓟安", "丰翼科技") in jobs
    assert any(person == "蓟安" and org.startswith("翊航科技") for person, org in jobs), jobs


def test_two_who_left_together_then_founded_are_both_founders_and_a_name_does_not_end_in_zuo():
    text = (
        "焰屿电竞是一家电竞赛事运营公司。郜北川说，2023年他和钮练一起出来，创办了焰屿电竞。"
        "今年公司请来了前网易雷火的技术总监阎澍做CTO。\n"
    )
    assert {("郜北川", "焰屿电竞"), ("钮练", "焰屿电竞")} <= pairs(text, "founded")
    assert ("阎澍", "网易雷火") in pairs(text, "employment")


def test_what_someone_is_still_doing_after_zai_is_no_person():
    text = (
        "潮汐科技的创办人游子萱从小在鱼塘旁长大，父亲至今仍在养石斑。她在台湾大学取得硕士学位后，"
        "2017年进入联发科担任产品经理。\n"
    )
    people = {person for person, _ in pairs(text, "employment") | pairs(text, "education")}
    assert people == {"游子萱"}, people


def test_a_latin_script_name_in_chinese_text_is_a_person():
    text = (
        "卷宗：法律AI工具。创始人 戈思齐，前君合律师事务所律师；联合创始人 Leo Zhang，前 Google "
        "软件工程师。另有矽序科技请来了Alan Hsu担任CTO，他此前在西门子EDA工作了十几年。"
        "本轮由Leo Capital领投。\n"
    )
    jobs = pairs(text, "employment")
    assert {("Leo Zhang", "谷歌"), ("Alan Hsu", "西门子EDA")} <= jobs, jobs
    assert ("戈思齐", "谷歌") not in jobs
    assert "Leo Capital" not in entities(text, "person")


def test_an_answer_that_opens_with_a_partners_name_gives_the_partner_not_the_speaker():
    text = (
        "矽衡科技成立于2020年。以下是本刊与矽衡科技创始人兼CEO端木衡的对话。\n\n"
        "本刊：你的合伙人是怎么找到的？\n"
        "端木衡：仝欣悦是我们的联合创始人兼COO。她原来在华为海思做验证架构师。\n\n"
        "本刊：公司多大了？\n"
        "端木衡：两百人左右。\n"
    )
    founders = {(f["person"], f.get("role")) for f in facts(text, "founded")}
    assert ("仝欣悦", "联合创始人兼COO") in founders, founders
    assert all("仝欣悦" not in (role or "") for _, role in founders), founders
    assert ("仝欣悦", "海思") in pairs(text, "employment")



def test_a_former_employer_in_the_headline_is_not_the_company_the_story_is_about():
    # 大力教育 is named as where the founder worked (前…副总裁, a unit right after 字节跳动,
    # 出身…); 砺数科技, told of first as the new company, stays it when someone joins it
    text = (
        "前大力教育副总裁蒯天朗创业，新公司切入职业教育SaaS\n\n"
        "新浪科技获悉，前字节跳动大力教育副总裁蒯天朗已低调创业，新公司名为北京砺数科技有限公司"
        "（下称“砺数科技”）。\n\n"
        "工商信息显示，砺数科技成立于2025年8月，法定代表人为曲栎。蒯天朗确认，自己是砺数科技的"
        "创始人兼CEO。\n\n"
        "蒯天朗2020年加入字节跳动，任大力教育副总裁，今年5月离职。同样出身大力教育的邬静也已加入"
        "砺数科技。\n\n"
        "据砺数科技方面介绍，公司已于今年10月完成天使轮融资，金额为数千万元，由源码资本领投。\n"
    )
    orgs = {f["org"] for f in facts(text, "funding")}
    assert orgs and all("砺数科技" in org for org in orgs), orgs


def test_a_name_found_once_by_its_context_is_weighed_wherever_the_text_writes_it():
    text = (
        "盘点从远景出走的创业者\n\n"
        "四、第二代：沐晨｜风帆智维\n"
        "沐晨本科毕业于大连理工大学，曾任澜巡科技算法负责人，于2025年离开澜巡，创办风帆智维，"
        "做海缆故障的声学监测。风帆智维在2025年11月拿到奇绩创坛500万元种子轮。\n"
    )
    assert ("沐晨", "风帆智维") in pairs(text, "founded")
    assert {f["org"] for f in facts(text, "funding")} == {"风帆智维"}


def test_a_field_someone_took_up_is_not_a_company():
    text = (
        "【創業有道】前銀行家做安老科技　尹柏熙：院舍夜更最需要一雙眼\n\n"
        "凌晨三點，是安老院最容易出事的時間。頤康科技創辦人兼行政總裁尹柏熙說，他創業的起點，"
        "是母親在院舍跌倒。\n\n"
        "問：你本身做銀行，為何會轉做安老科技？\n"
        "答：我2014年入匯豐，2021年辭職，於是2021年尾成立頤康。\n\n"
        "問：融資情況如何？\n"
        "答：去年11月我們完成了1,500萬港元Pre-A輪融資，由維港投資領投。\n"
    )
    assert "安老科技" not in entities(text, "org")
    orgs = {f["org"] for f in facts(text, "funding")}
    assert orgs and all("颐康" in org for org in orgs), orgs


def test_quoted_names_in_a_list_of_products_are_products():
    text = (
        "舶汇科技成立于2019年。公司旗下有两款产品：面向跨境电商卖家的「舶汇收款」和面向B2B外贸"
        "企业的「舶汇全球账户」。截至今年9月，舶汇收款已服务超过21万家跨境卖家。\n"
    )
    assert {f["product"] for f in facts(text, "product")} == {"舶汇收款", "舶汇全球账户"}
    assert has(facts(text, "product_metric"), product="舶汇收款", value=210000)


def test_where_a_team_came_from_gives_no_one_a_job():
    text = (
        "隐域安全由蒯正阳创办。公司CTO詹书安于今年1月加入，此前是华为云的安全专家。"
        "一位接近公司的人士透露，隐域目前团队约40人，主要来自深信服、奇安信和华为。\n"
    )
    jobs = pairs(text, "employment")
    assert ("詹书安", "深信服") not in jobs and ("詹书安", "奇安信") not in jobs, jobs


def test_someone_a_company_hired_to_do_a_post_holds_it_there():
    text = (
        "築躍科技成立於2022年。\n\n問：團隊有多大？\n"
        "答：40人左右。今年初我們請了閔卓言做技術總監，他之前在大疆做工程師。\n\n"
        "問：最大的挑戰？\n答：地盤每天都在變。\n"
    )
    jobs = pairs(text, "employment")
    assert {("闵卓言", "筑跃科技"), ("闵卓言", "大疆创新")} <= jobs, jobs


def test_a_school_before_a_major_and_degree_or_a_degree_earned_there_is_a_school():
    text = (
        "湖岚生物成立于2022年。创始人张伟，江渚大学发酵工程博士，此前在帝斯曼任研发经理。"
        "联合创始人李娜本科毕业于中国农业大学，后在美国塔夫茨大学取得细胞农业方向博士学位。\n"
    )
    schools = pairs(text, "education")
    assert ("张伟", "江渚大学") in schools, schools
    assert any(p == "李娜" and "塔夫茨大学" in s for p, s in schools), schools


def test_the_first_text_a_process_reads_gets_the_same_name_hints_as_any_later():
    import subprocess
    import sys

    script = (
        "from pedigree.ingest.text.zh.name_spans import _segmenter_hints\n"
        "t = '濮小禾、褚骏创办了光穗农业。甘柏谦说，公司今年盈利。'\n"
        "first = _segmenter_hints(t)\n"
        "print(first == _segmenter_hints(t), bool(first))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.stdout.split() == ["True", "True"], run.stdout + run.stderr


def test_this_founder_of_a_company_is_the_person_the_story_is_about():
    text = (
        "晚点｜钮博文和他的大豆\n\n"
        "禾衍生物成立于2021年。钮博文蹲在一块大豆试验田边，用指甲掐开一颗豆荚。“这是第七代。”"
        "钮博文说。\n\n"
        "很少有人知道，这位禾衍生物创始人兼CEO，四年前还在先正达做着稳定的高管。\n"
    )
    assert ("钮博文", "禾衍生物") in pairs(text, "founded")


def test_a_quoted_company_that_raises_a_round_in_the_headline_is_no_product():
    text = (
        "融资快讯｜光伏清洗机器人「霁岚机器人」完成3亿元B轮融资\n\n"
        "投资界消息，光伏电站运维机器人企业霁岚机器人宣布完成3亿元人民币B轮融资，由经纬创投领投。\n"
        "霁岚机器人2020年创立于合肥，创始人兼CEO俞岚川此前在大疆任职。"
        "联合创始人兼CTO聂禾加入霁岚之前是新松机器人的高级工程师。\n"
    )
    assert not facts(text, "product")
    assert {f["org"] for f in facts(text, "funding")} == {"霁岚机器人"}
    assert ("俞岚川", "霁岚机器人") in pairs(text, "founded")


def test_a_filing_that_defines_its_company_with_its_group_is_that_companys():
    text = (
        "董事及高級管理層\n\n"
        "智研教育科技控股有限公司（「本公司」，連同其附屬公司統稱「本集團」）的董事會由四名董事組成。\n\n"
        "舒朗先生，49歲，為本集團聯合創辦人兼首席技術官，負責「智研機器人套件」等硬件產品的研發。\n\n"
        "魯啟航先生，44歲，於2021年獲委任為非執行董事。\n"
    )
    jobs = pairs(text, "employment")
    assert ("鲁启航", "智研教育科技控股有限公司") in jobs, jobs
    assert not any(org == "智研机器人" for _, org in jobs), jobs


def test_the_one_who_works_somewhere_named_after_a_relative_clause_is_a_person():
    text = "衍晶生物成立于2023年。闵笙找到了在斯坦福大学做博士后研究员的庹若溪。\n"
    assert ("庹若溪", "斯坦福大学") in pairs(text, "employment")
    assert ("闵笙", "斯坦福大学") not in pairs(text, "employment")


def test_a_compound_surname_is_not_a_word_that_makes_the_name_one():
    # 钟离 is also a word in the segmenter's dictionary; the name is named again and again
    # as a noun ends, which is evidence enough
    text = (
        "晚点｜钟离澈和他的磁体工厂\n\n2025年的合肥，钟离澈蹲在线圈旁边，半天没说话。很少有人"
        "知道，钟离澈创业前在中国科学院等离子体物理研究所当副研究员。后来，钟离澈的老同事评价"
        "他是最像工程师的人。"
    )
    assert "钟离澈" in entities(text, "person")


def test_a_former_employer_named_by_the_post_held_there_and_its_holder():
    # the employer is known only by where it stands: "former", the name, a department and a
    # post, and the one who held it named right after the post or right before "former"
    text = "2023年，前时代天使销售副总裁蓟晨加盟齿衡医疗，出任首席运营官。"
    assert ("蓟晨", "时代天使") in pairs(text, "employment")
    text = "创始人 伍嘉泽，江南大学发酵工程博士；联合创始人 嵇晨，前华熙生物工艺总监。"
    assert ("嵇晨", "华熙生物") in pairs(text, "employment")
    text = "联合创始人 蓝柯，前中建三局项目安全总监。"
    assert ("蓝柯", "中建三局") in pairs(text, "employment")


def test_a_deputy_directors_title_is_whole():
    rows = facts("创始人 樊茉莉，前华为副总监。张伟曾任华为副总经理。", "employment")
    assert {(r["person"], r["title"]) for r in rows} == {("樊茉莉", "副总监"), ("张伟", "副总经理")}


def test_a_post_held_before_makes_an_employer_not_the_story_company():
    # 此前任/此前是 X + post: X is where the founder worked, not what she founded, and 公司
    # later is still the story's company
    text = (
        "栖心健康由郦棠与精神科医生顼思远于2019年共同创立。联合创始人兼CEO郦棠此前任蓝鲸优选"
        "副总经理。"
    )
    assert ("郦棠", "蓝鲸优选") in pairs(text, "employment")
    assert not {org for _, org in pairs(text, "founded")} & {"蓝鲸优选"}
    text = (
        "驰诺数科于2022年成立，已完成两轮融资。驰诺数科的另一位联合创始人岳澄，此前是优信集团"
        "金融业务负责人。公司CTO则由前京东科技风控算法专家阚蕴担任。"
    )
    assert ("岳澄", "优信集团") in pairs(text, "employment")
    assert ("阚蕴", "优信集团") not in pairs(text, "employment")


def test_a_quoted_product_after_the_word_for_what_kind_of_thing_it_is():
    text = (
        "栈枢科技成立于2021年。如今，栈枢的产品分为两块：通用编译器StackCC，以及高性能算子库"
        "“栈算Lib”。其乡村服务站网络“栈链驿站”已在300个村落地，面向C端的商城“栈选优品”"
        "也已上线，另有配套的“栈控”能量管理云平台。"
    )
    products = {f["product"] for f in facts(text, "product")}
    assert {"栈算Lib", "栈链驿站", "栈选优品", "栈控"} <= products


def test_a_quoted_phrase_before_a_verb_or_a_colon_is_no_product():
    text = (
        "晏骋和他的“翻译官”：一家编译器公司的故事\n把“店长经验”装进系统，茶饮数字化服务商"
        "「沏茶科技」完成1.2亿元A轮融资。"
    )
    products = {f["product"] for f in facts(text, "product")}
    assert not products & {"翻译官", "店长经验"}


def test_rounds_in_a_tables_funding_column_and_investors_named_as_is():
    text = (
        "启航孵化器秋季路演回顾\n\n"
        "| 项目 | 赛道 | 创始人 | 融资情况 |\n|---|---|---|---|\n"
        "| 晶格视界 | 冷冻电镜数据分析SaaS | 戈蔚（CEO） | 2025年6月天使轮1000万元，峰瑞资本 |\n"
        "| 宠安堂 | 宠物殡葬 | 隗思琪 | 洽谈中 |\n"
    )
    funding = {(f["org"], f["round"], f["amount"]) for f in facts(text, "funding")}
    assert funding == {("晶格视界", "天使轮", 10_000_000)}  # (宠安堂 is still in talks)
    investors = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert investors == {("峰瑞资本", "晶格视界")}
    text = "黎澍2021年离职，创办渔眸科技。渔眸2024年收入约3000万元。公司的天使轮投资人是奇绩创坛。"
    investors = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert investors == {("奇绩创坛", "渔眸科技")}


def test_a_line_of_business_before_a_unit_is_no_name_and_a_name_with_her_things_is():
    text = (
        "三、仉晓光：冷链先行\n\n仉晓光在京东物流冷链事业部担任产品总监多年，离职后创办农产品冷链"
        "公司鲜驿物流。\n\n四、第二代：俞悠和她的“乡递”\n\n严格来说，俞悠并不算京东物流出身。"
        "她在顺丰做了八年区域经理，后来加入村链通，担任运营副总裁，直到今年离开，创办了农村"
        "即时配送平台“乡递”。\n"
    )
    people = entities(text, "person")
    assert "冷链" not in people and "俞悠" in people
    assert ("俞悠", "乡递") in pairs(text, "founded")


def test_a_move_still_to_come_is_no_post():
    text = (
        "闻舟智能由蒯天朗于2025年创办。此前曾有报道说，蒯天朗离开字节后将加入百度，负责教育"
        "业务。"
    )
    assert ("蒯天朗", "百度") not in pairs(text, "employment")
    assert ("蒯天朗", "百度") in pairs("蒯天朗离开字节后加入百度，负责教育业务。", "employment")


def test_a_taiwan_school_abbreviation_with_a_field_and_degree_belongs_to_the_name_after_it():
    text = (
        "游子萱说，2021年底，她找來成大電機博士卓冠廷，一起創辦潮養科技。\n\n汪柏睿表示，晶片"
        "很難做。汪柏睿台大電機所碩士畢業，2014年進入聯發科。"
    )
    rows = facts(text, "education")
    assert {(r["person"], r["degree"]) for r in rows} == {("卓冠廷", "phd"), ("汪柏睿", "master")}


def test_posts_of_doctors_curators_and_section_heads_name_their_employers():
    text = (
        "栖心健康由郦棠与精神科医生顼思远于2019年共同创立。顼思远曾任北京安定医院主治医师。\n\n"
        "詹佩珊是鈞探共同創辦人暨技術長，曾任美商科磊（KLA）台灣分公司資深應用工程師。鈞探的"
        "營運長溫書豪正是日月光出身，曾任日月光處長，2022年加入鈞探。"
    )
    employers = {org for _, org in pairs(text, "employment")}
    assert {"北京安定医院", "科磊", "日月光投控"} <= employers


def test_a_former_employer_named_with_yiqian_shi_is_not_the_story_company():
    text = (
        "尋跡文化科技創辦人冼浩賢正在測試新版AR導賞。\n\n問：為甚麼創業？\n\n冼：2022年我和麥穎彤"
        "一起創辦尋跡。她以前是香港故宮文化博物館的策展人。\n\n問：融資呢？\n\n冼：2024年8月我們"
        "完成800萬港元種子輪，由香港科技園創投基金投資。"
    )
    assert ("麦颖彤", "香港故宫文化博物馆") in pairs(text, "employment")
    funded = {f["org"] for f in facts(text, "funding")}
    assert funded and "香港故宫文化博物馆" not in funded


def test_a_table_cell_listing_two_founders_and_prose_after_the_table():
    text = (
        "启梭孵化器秋季路演回顾\n\n"
        "| 项目 | 赛道 | 创始人 | 背景 | 融资情况 |\n|---|---|---|---|---|\n"
        "| 晶格视界 | 冷冻电镜数据分析SaaS | 戈蔚（CEO） | 前赛默飞世尔应用科学家 | 洽谈中 |\n"
        "| 回声手语 | 手语翻译AI | 甄一、周棣 | 甄一：前百度语音技术部高级工程师；周棣："
        "上海交通大学计算机硕士 | 种子轮，金额未披露 |\n"
        "| 聚能精工 | 聚变装置真空室部件 | 司马锐 | 2012—2020年任中国核工业集团工程师 "
        "| 洽谈中 |\n\n"
        "几点补充：\n\n回声手语的首款产品已进入3家医院试用。据团队介绍，周棣负责算法，甄一担任CEO。\n"
    )
    founded = pairs(text, "founded")
    assert {("甄一", "回声手语"), ("周棣", "回声手语")} <= founded
    assert ("甄一", "聚能精工") not in pairs(text, "employment") | founded
    jobs = pairs(text, "employment")
    assert ("甄一", "百度") in jobs and ("周棣", "百度") not in jobs


def test_a_round_every_project_of_a_demo_day_post_took():
    text = (
        "燎原加速营第六期路演日｜这2个项目值得关注\n\n"
        "1. 念宠｜宠物殡葬数字化\n创始人 韦一鸣，前新瑞鹏宠物医疗集团区域经理。\n\n"
        "2. 手语派｜手语翻译AI\n创始人 司空晴，前华为硬件工程师。\n\n"
        "以上2个项目均已获得燎原加速营的种子轮投资。\n"
    )
    funding = {(f["org"], f["round"]) for f in facts(text, "funding")}
    assert funding == {("念宠", "种子轮"), ("手语派", "种子轮")}
    investors = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert investors == {("燎原加速营", "念宠"), ("燎原加速营", "手语派")}


def test_a_post_at_a_business_unit_named_alone_is_at_its_company():
    text = (
        "知情人士称，蚂蚁集团原副总裁、汽车金融事业部总经理屠亦舟已于去年底离职，并创办了驰诺数科。"
        "蚂蚁集团回应称，其职务已由冼卓接任。今年1月起，冼卓正式出任汽车金融事业部总经理。\n\n"
        "另一位联合创始人钱蔓此前就职于英特尔硅光子事业部，长期负责先进封装工艺。"
    )
    rows = facts(text, "employment")
    assert has(rows, person="冼卓", org="蚂蚁集团", title="汽车金融事业部总经理")
    assert not {r["org"] for r in rows} & {"汽车金融事业部"}
    jobs = pairs(text, "employment")
    assert ("钱蔓", "英特尔") in jobs or ("钱蔓", "英特尔硅光子事业部") in jobs


def test_moving_to_a_company_then_a_regions_post_there():
    text = "粘家瑜2017年轉往輝瑞，出任亞太臨床營運經理，帶領15人團隊。粘家瑜表示很辛苦。"
    assert pairs(text, "employment") == {("粘家瑜", "辉瑞")}


def test_a_post_said_to_be_the_employers_and_one_held_before_with_wei():
    text = (
        "筑隼机器人成立于2023年，由晏清创办。晏清是公司的联合创始人，此前是中建三局的项目总工。"
        "CTO濮晨于2022年加入公司，此前为英维克高级研发经理。"
    )
    jobs = pairs(text, "employment")
    assert ("晏清", "中建三局") in jobs


def test_a_post_after_joining_an_unread_employer_is_not_the_story_companys():
    text = (
        "穗衍生物成立于2020年。詹若寧的履歷很「車」。她2012年進入捷安特，做了六年行銷經理，"
        "2018年轉戰Gogoro擔任產品經理，2020年離職。"
    )
    rows = facts(text, "employment")
    assert not has(rows, person="詹若宁", org="穗衍生物")
    assert has(rows, person="詹若宁", org="Gogoro", title="产品经理")


def test_a_postdoc_at_a_school_is_a_post_there():
    text = (
        "穗衍生物成立于2020年，由仉博闻创办。仉博闻2012年从中国农业大学博士毕业，随后去了"
        "加州大学戴维斯分校做博士后，直到2015年回国。"
    )
    assert ("仉博闻", "加州大学戴维斯分校") in pairs(text, "employment")
    assert ("仉博闻", "加州大学戴维斯分校") not in pairs(text, "education")


def test_the_founder_of_a_brand_the_text_does_not_name_founded_nothing_here():
    text = (
        "經濟一週｜小熊戴上咖啡杯：本地潮玩品牌的生意經\n\n"
        "本地潮玩公司「栢樂創意」（Parklo Studio）由鄺詠詩於2022年創立。\n\n問：融資進展如何？\n\n"
        "鄺：對，今年9月完成了A輪，6,000萬港元，由維港投資領投。之前的天使輪是2023年初，由我們的"
        "第一位投資人、潮流品牌創辦人葉兆軒個人投的。\n"
    )
    assert pairs(text, "founded") == {("邝咏诗", "栢乐创意")}


def test_a_rare_surname_leads_a_name():
    text = "京东国际业务部原副总裁妫澄已于去年离职，并创办了跨境电商SaaS公司「舶序科技」。"
    assert pairs(text, "founded") == {("妫澄", "舶序科技")}


def test_where_money_came_from_is_no_ones_employer():
    text = "念川医疗由綦昊于2022年创立。公司最早的钱来自奇绩创坛和蓝驰创投，2023年10月的天使轮。"
    assert not facts(text, "employment")


def test_a_pronoun_after_a_dash_means_the_one_the_dash_describes():
    text = (
        "念川医疗由周昊于2022年创立。周昊找到了伍樾——他此前在腾讯做神经接口研究员。"
        "伍樾在2024年春天加入。"
    )
    assert ("伍樾", "腾讯") in pairs(text, "employment")
    assert ("周昊", "腾讯") not in pairs(text, "employment")


def test_a_rounds_amount_after_a_comma_when_the_clause_names_only_a_month():
    text = "星澜智能由邝颖彤于2022年创办。\n\n今年9月完成了A轮，6000万港元，由维港投资领投。"
    assert has(facts(text, "funding"), org="星澜智能", round="A轮", amount=60_000_000)


def test_a_quoted_ip_is_a_product_and_a_count_sold_is_units():
    text = "本地潮玩公司「栢乐创意」的招牌IP「啡啡熊」很受欢迎。啡啡熊盲盒累计卖出约85万只。"
    assert ("栢乐创意", "啡啡熊") in {(f["org"], f["product"]) for f in facts(text, "product")}
    assert has(facts(text, "product_metric"), product="啡啡熊", metric="units", value=850_000)


def test_a_field_that_describes_a_company_is_no_name_before_group():
    text = "这是本地潮玩公司「栢乐创意」的招牌IP。有传栢乐创意会被内地大型潮玩集团收购。"
    assert entities(text, "org") == {"栢乐创意"}


def test_an_english_name_in_brackets_and_its_given_name_are_the_same_person():
    text = (
        "本地潮玩公司「栢乐创意」由创办人邝颖彤（Winnie Kwong）创立。\n"
        "褚：Winnie是中大毕业。"
    )
    assert ("邝颖彤", "中大") in pairs(text, "education")
    assert entities(text, "person") == {"邝颖彤"}


def test_a_founder_title_without_a_company_is_not_the_last_employers():
    text = (
        "硕碳科技的会议室白板上写满了良率数字。成立于2021年的硕碳科技，专做碳化硅功率元件。"
        "创办人暨执行长涂韵婷2016年转战本土碳化硅代工厂汉磊科技，出任副总经理，直到2020年离职。"
        "\n\n「在汉磊学到的是耐心。」她说。\n\n共同创办人暨技术长蔡孟勋，是她在清华大学的学弟。"
    )
    assert ("蔡孟勋", "硕碳科技") in pairs(text, "founded")
    assert ("蔡孟勋", "汉磊科技") not in pairs(text, "founded")


def test_a_heading_tagline_that_ends_in_a_kind_of_thing_is_not_the_company():
    text = (
        "洄游创业营Demo Day项目速览\n\n01 毛孩子保｜用AI核保的宠物医疗险平台\n\n"
        "创始人 麦芊芊，前众安保险健康险产品总监。\n\n03 海哨｜海上风电叶片巡检无人船\n\n"
        "创始人 鄂涛，前明阳智能海上运维工程师。\n"
    )
    assert pairs(text, "founded") == {("麦芊芊", "毛孩子保"), ("鄂涛", "海哨")}


def test_the_year_before_ends_with_its_clause():
    text = (
        "民宿SaaS服务商途宿云今日公布经营数据。"
        "2025年上半年，途宿云实现营业收入1.38亿元，去年同期为9800万元；毛利8600万元。"
        "去年同期，公司经调整净亏损为2400万元。"
    )
    rows = {(f["metric"], f["period_start"]) for f in facts(text, "financial")}
    assert ("gross_profit", "2025-01-01") in rows
    assert ("adjusted_net_loss", "2024-01-01") in rows


def test_a_headline_count_a_product_also_has_is_the_products():
    text = (
        "途宿云发布经营数据：签约商户突破5.2万家\n\n"
        "截至6月末，途宿云核心产品途宿PMS的签约民宿商户达52000家。"
    )
    rows = {(f["product"], f["metric"]) for f in facts(text, "product_metric")}
    assert rows == {("途宿PMS", "customers")}


def test_a_brand_after_a_known_employer_and_before_a_post_is_no_person():
    text = "靳骁2019年起在上汽红岩担任副总经理，2021年离职创办氢驰。靳骁是氢驰创始人。"
    assert "红岩" not in entities(text, "person")


def test_a_compound_surname_he_lan():
    text = "见微智能的另一位创始人是贺兰颂。贺兰颂任见微智能联合创始人兼CTO，浙江大学博士。"
    assert "贺兰颂" in entities(text, "person")


def test_cantonese_that_time_is_no_name_and_together_names_a_partner():
    text = (
        "烘道科技（Roastway）由卓颖琳创办。\n问：点解会转行？\n"
        "答：做顾问嗰阵成日飞。2023年我同司马俊杰一齐创办烘道。"
    )
    people = entities(text, "person")
    assert "司马俊杰" in people
    assert not any(p.startswith("那") for p in people)


def test_a_school_name_does_not_run_back_over_holds():
    text = (
        "尉迟明教授，61岁，于2025年5月获委任为独立非执行董事。尉迟教授自2008年起担任香港中文大学"
        "医学院教授。尉迟教授持有英国伦敦大学学院博士学位。"
    )
    assert ("尉迟明", "英国伦敦大学") in pairs(text, "education")


def test_people_named_together_are_each_employed_where_they_were_colleagues():
    text = (
        "2. 宓然、喻舟｜轻翼科技\n宓然和喻舟是大疆行业应用部门的老同事，前者曾任产品总监。"
        "两人2022年一起创办了轻翼科技。\n\n3. 卜晓晴、戚一帆｜禾翼农服\n"
        "两人都是大疆影像算法部门的前工程师，卜晓晴曾任算法组组长。她和戚一帆一起创办了禾翼农服。"
    )
    employed = {p for p, org in pairs(text, "employment") if org == "大疆创新"}
    assert employed == {"宓然", "喻舟", "卜晓晴", "戚一帆"}


def test_coming_out_of_an_employer_and_a_post_held_there():
    text = (
        "三、冼博、乔亦舟：锐栅电子\n\n冼博在大疆负责电源系统；他的搭档乔亦舟同样出自大疆，"
        "做过多年嵌入式开发。两人共同创办了「锐栅电子」。\n\n四、司徒芊：澜巡科技\n\n"
        "和多数大疆系创业者不同，司徒芊选择了海上风电运维这个方向。在大疆，她的职务是农业无人机"
        "产品总监。"
    )
    employed = {p for p, org in pairs(text, "employment") if org == "大疆创新"}
    assert employed == {"冼博", "乔亦舟", "司徒芊"}


def test_quoted_words_with_a_degree_adverb_are_no_product():
    text = (
        "盘点｜从大疆出走的硬件创业者\n\n一、隗铭：步擎医疗\n\n隗铭是大疆最早一批机器人工程师。"
        "离开大疆后，隗铭创办了康复外骨骼公司「步擎医疗」。\n\n二、司徒芊：澜巡科技\n\n"
        "和多数大疆系创业者不同，司徒芊选择了一个离无人机“很远又很近”的方向——海上风电运维。"
    )
    assert not facts(text, "product")


def test_a_product_named_after_its_makers_brand_is_named_again_without_it():
    text = (
        "齿衡医疗成立于2021年，主要产品包括口内扫描仪“齿衡iScan 3”与椅旁3D打印系统“印齿P1”。"
        "其中，iScan 3累计装机量已超过2300台。"
    )
    rows = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert rows == {("齿衡iScan 3", 2300)}


def test_posts_held_at_employers_the_text_names_once():
    text = (
        "谷禾科技成立于2023年。联合创始人兼COO 庹婉：曾任光明乳业研发中心总监。"
        "创始人 宓雪，此前在帝斯曼任研发经理。闵如松2024年加入谷禾，同时是江南大学食品学院教授。"
        "顾问樊茉莉，前喜茶供应链副总监。"
    )
    assert pairs(text, "employment") >= {
        ("庹婉", "光明乳业"),
        ("宓雪", "帝斯曼"),
        ("闵如松", "江南大学"),
        ("樊茉莉", "喜茶"),
    }


def test_latin_employers_after_a_description_or_before_a_bracket():
    text = (
        "齿衡医疗成立于2021年。创始人兼CEO覃思远为北京大学口腔医学博士，2015年至2020年任丹麦口扫"
        "厂商3Shape中国区总经理。联合创始人阚一帆此前曾在美国宠物诊断巨头IDEXX（爱德士）担任高级"
        "研发科学家。伍樾此前在Meta Reality Labs做神经接口研究员。钮晴之前在雅马哈做声学工程师。"
    )
    jobs = pairs(text, "employment")
    assert jobs >= {
        ("覃思远", "3Shape"),
        ("阚一帆", "IDEXX"),
        ("伍樾", "Meta Reality Labs"),
        ("钮晴", "雅马哈"),
    }
    assert pairs(text, "founded") == {("覃思远", "齿衡医疗"), ("阚一帆", "齿衡医疗")}
    assert not facts(text, "product")


def test_an_earlier_rounds_name_is_no_investor():
    text = (
        "智能门锁品牌「栖栈科技」已于9月完成2亿元人民币B轮融资，由经纬创投领投，美团龙珠跟投，"
        "A轮领投方顺为资本超额跟投。"
    )
    assert {i for i, _ in pairs_of_investors(text)} == {"经纬创投", "美团龙珠", "顺为资本"}


def test_a_company_registrys_new_shareholders_are_its_investors():
    text = (
        "舶序科技成立于2024年9月。工商变更记录显示，经纬创投旗下基金于今年1月新进成为舶序科技股东。"
        "\n\n药隅科技成立于2023年。今年3月，公司股东新增五源资本旗下关联主体。"
    )
    assert pairs_of_investors(text) == {("经纬创投", "舶序科技"), ("五源资本", "药隅科技")}


def test_in_an_answer_i_goes_on_being_the_speaker():
    text = (
        "護爪保（PawGuard）創辦人兼行政總裁尹卓謙接受本刊訪問。\n\n問：團隊是怎樣組成的？\n\n"
        "答：我的拍檔蕭曉琳是聯合創辦人兼精算總監，她之前在保誠做了十年精算師。我自己讀書時在"
        "香港科技大學唸商科學士，後來在倫敦商學院讀MBA，精算那部分要靠她。\n"
    )
    assert pairs(text, "education") == {("尹卓谦", "香港科技大学"), ("尹卓谦", "伦敦商学院")}


def test_jumping_to_an_employer_is_joining_it():
    text = "星播科技由宓安琪创办。宓安琪2017年跳到阿里巴巴，在淘宝直播担任运营总监，2019年离开。"
    assert ("宓安琪", "阿里巴巴") in pairs(text, "employment")


def test_virtual_is_no_plan_and_a_mobile_games_name_is_a_product():
    text = (
        "三、敖雪：绘梦次元\n敖雪曾任网易美术总监。2023年她创办绘梦次元，专做二次元风格的美术外包与"
        "虚拟形象，今年初完成Pre-A轮融资，哔哩哔哩领投，金额未披露。其卡牌手游《星梦回响》今年6月上线。"
    )
    assert has(facts(text, "funding"), org="绘梦次元", round="Pre-A轮")
    assert ("绘梦次元", "星梦回响") in {(f["org"], f["product"]) for f in facts(text, "product")}


def test_a_wish_a_specification_and_a_model_number_are_no_product_counts():
    text = (
        "燃点电竞由郜子墨创办，旗下赛事品牌“城市杯”已办到30个城市。明年想把城市杯做到100个城市。"
        "衍晶生物的冷冻电镜平台“晶眼”很受欢迎，但一台300kV电镜动辄数千万元。"
        "另有一款自动光学检测机台「钧眼AOI-7」。"
    )
    values = {f["value"] for f in facts(text, "product_metric")}
    assert not values & {100, 300, 7}


def test_a_defined_honorific_is_the_person_not_an_organisation():
    text = (
        "甄啟航先生（「甄先生」），49歲，於2022年9月獲委任為非執行董事。"
        "甄先生現任中金資本運營有限公司董事總經理。"
    )
    assert "甄先生" not in entities(text, "org")
    assert ("甄启航", "中金资本") in pairs(text, "employment")


def test_a_firm_a_company_engages_is_no_ones_employer():
    text = (
        "睿信医药成立于2015年。麦绮琪女士为本公司执行董事。"
        "本公司已委任中信证券（香港）有限公司为独家保荐人。"
    )
    assert pairs(text, "employment") == {("麦绮琪", "睿信医药")}


def test_a_product_entering_a_customers_site_is_no_ones_job():
    text = "擎力科技由蒲涛创办。擎力的腰部助力外骨骼「擎腰」已进入京东物流、菜鸟的分拣仓。"
    assert not facts(text, "employment")


def test_a_roundups_bullet_entries_each_name_their_company():
    text = (
        "融资快讯｜风电叶片材料商「风骨复材」完成2亿元A+轮融资\n\n"
        "4月21日，江苏风骨复合材料有限公司宣布完成2亿元A+轮融资，由经纬创投领投。"
        "华兴资本未参与本轮。\n\n【本周其他融资】\n\n"
        "· 坚叶科技：专注退役叶片回收再利用，近日完成数千万元天使轮融资，投资方为奇绩创坛。"
        "创始人戚晓芃为清华大学材料学院硕士。\n\n"
        "· 碳翎新材：风电叶片芯材供应商，获8000万元Pre-A轮融资，元禾原点领投。创始人亓振宇曾任中复"
        "连众技术总监。\n"
    )
    assert pairs(text, "founded") == {("戚晓芃", "坚叶科技"), ("亓振宇", "碳翎新材")}
    assert pairs_of_investors(text) == {
        ("经纬创投", "江苏风骨复合材料有限公司"),
        ("奇绩创坛", "坚叶科技"),
        ("元禾原点", "碳翎新材"),
    }


def test_every_graduating_project_took_the_accelerators_seed_round():
    text = (
        "启岸加速器第九期路演日在深圳前海举行。每个毕业项目均已获得启岸加速器50万元的种子投资。\n\n"
        "01 肤衡医疗｜射频紧致类医美器械\n\n创始人 岳青，前复星医药产品总监。\n\n"
        "02 鲜格｜社区生鲜冷链柜\n\n创始人 龚林，前美团买菜区域经理。\n"
    )
    rows = {(f["org"], f["amount"]) for f in facts(text, "funding")}
    assert rows == {("肤衡医疗", 500_000), ("鲜格", 500_000)}


def test_a_time_before_completing_a_round_is_no_company():
    text = (
        "肤衡医疗由岳青创办。另据了解，肤衡医疗已于路演前完成由元璟资本领投的2000万元天使轮融资。"
    )
    assert {f["org"] for f in facts(text, "funding")} == {"肤衡医疗"}


def test_a_post_verb_before_group_names_no_company():
    text = "橡芽托育集团由缪雯婷创办。暨晨现任集团联合创始人兼首席运营官。"
    assert "暨晨现任集团" not in entities(text, "org")


def test_a_heading_that_says_not_yet_names_no_company():
    text = (
        "盘点｜从大疆出走的硬件创业者\n\n作者｜苗禾\n\n一、詹屹：洁光智能\n\n"
        "詹屹是大疆前工程师，2023年创办洁光智能，做光伏板清洁机器人。\n\n二、冉牧：影刻科技\n\n"
        "冉牧曾任大疆产品经理，2022年创办影刻科技。\n\n四、钭文彬：尚未落地\n\n"
        "最受关注的是前大疆影像事业部副总裁钭文彬。市场传出他正在筹备一家影像方向的新公司，"
        "但截至发稿，工商信息中尚未出现相关主体。\n"
    )
    assert ("钭文彬", "尚未落地") not in pairs(text, "founded")


def test_a_headline_after_learnt_is_the_company_raising_not_an_investor():
    # 获悉 is "learnt", not "got": the company in quotes after it raised the round itself
    text = (
        "界面新闻获悉｜冷库商「霜格智能」完成3亿元B轮融资，雅枫资本领投\n\n"
        "界面新闻获悉，冷库机器人企业「霜格智能」已于近日完成3亿元B轮融资，由雅枫资本领投。"
        "创始人兼CEO隆宇此前在海康机器人工作了九年。\n"
    )
    assert ("隆宇", "霜格智能") in pairs(text, "founded")
    assert {f["org"] for f in facts(text, "funding")} == {"霜格智能"}
    assert pairs_of_investors(text) == {("雅枫资本", "霜格智能")}


def test_a_known_investor_after_this_round_by_is_named_alone():
    # jieba reads 由深 as one word; the name still starts after 由
    text = "霜格智能完成3亿元B轮融资。本轮由深创投领投，雅枫资本跟投。"
    orgs = entities(text, "org")
    assert "深创投" in orgs and not any(o.startswith(("本轮", "轮由")) for o in orgs)


def test_a_quoted_name_with_founders_or_a_round_after_it_is_a_company():
    text = (
        "专访「栖麦酿造」创办人龚朗：在荃湾工厦酿啤酒\n\n"
        "龚朗2019年创业。「栖麦酿造」已完成2000万元天使轮融资。"
    )
    assert "栖麦酿造" in entities(text, "org")
    assert ("龚朗", "栖麦酿造") in pairs(text, "founded")


def test_a_name_glossed_in_english_before_its_founders_is_a_company():
    text = "寇思远说话不快。这位澜舟储运（LanZhou Cargo）创办人兼行政总裁，2020年与拍档冼雅文创业。"
    assert "澜舟储运" in entities(text, "org")
    assert ("寇思远", "澜舟储运") in pairs(text, "founded")


def test_an_employers_legal_name_in_brackets_is_no_story_company():
    text = (
        "澜舟储运（LanZhou Cargo）创办人兼行政总裁寇思远接受访问。\n\n问：你以前做甚么？\n"
        "答：我在中电（中华电力有限公司）由2008年做到2019年。\n\n问：团队呢？\n"
        "答：雅文是联合创办人兼技术总监。收入是2,300万港元。\n"
    )
    assert {f["org"] for f in facts(text, "financial")} == {"澜舟储运"}
    assert not any(org.startswith("中华电力") for _, org in pairs(text, "founded"))


def test_two_known_schools_sharing_a_city_and_ending_stay_two():
    text = "寇思远在香港理工大学读电机工程学士。冼雅文倒是香港大学机械工程博士。"
    assert {"香港理工大学", "香港大学"} <= entities(text, "school")
    assert ("冼雅文", "香港大学") in pairs(text, "education")


def test_an_unnamed_counted_investor_is_no_name():
    text = "栖麦酿造完成2000万元A轮融资，由维港投资领投，另外有一位家族办公室跟投。"
    assert {f["investor"] for f in facts(text, "investor")} == {"维港投资"}


def test_a_person_taking_a_post_with_yi_is_no_company():
    text = "他和学者冼雅文一起创办潮澜。冼雅文以共同创办人暨首席科学家身分负责校准。"
    assert "冼雅文以" not in entities(text, "org")


def test_a_quoted_platform_raising_a_round_is_the_company_not_a_product():
    text = (
        "宠物鲜食平台「犬舍」获2亿元B轮融资，京东前总监冷悠然：新鲜才是门槛\n\n"
        "投资界获悉，宠物鲜食平台「犬舍」（英文名Kennelry）近日宣布完成2亿元B轮融资，本轮由IDG资本领投。"
        "创始人兼CEO冷悠然此前在京东工作六年。\n"
    )
    assert {f["org"] for f in facts(text, "funding")} == {"犬舍"}
    assert ("冷悠然", "犬舍") in pairs(text, "founded")


def test_a_brand_the_text_declares_stays_a_product_of_its_company():
    text = (
        "投资界｜宠物SaaS「宠掌柜」完成1亿元B轮融资\n\n"
        "投资界获悉，宠物门店软件服务商「云舍科技」（品牌名“宠掌柜”）近日宣布完成1亿元B轮融资。"
    )
    assert {f["org"] for f in facts(text, "funding")} == {"云舍科技"}


def test_si_stands_inside_a_given_name_but_never_ends_one():
    text = "联合创始人兼CTO侯司远出身京东。该公司远期目标是上市。"
    assert "侯司远" in entities(text, "person")
    assert not any(name.startswith("公司") for name in entities(text, "person"))


def test_a_filing_that_says_which_company_it_is_in_passing():
    text = (
        "董事及高級管理層\n\n"
        "龔承恩先生，52歲，為本公司創辦人、執行董事兼首席執行官。龔先生於2016年創立本集團。\n\n"
        "鄺淑媛女士為本公司聯席公司秘書，為合益企業服務集團（香港）有限公司的董事。\n\n"
        "本公司，即翔梭智能科技股份有限公司，主要從事倉儲機器人的研發與銷售。\n"
    )
    assert pairs(text, "founded") == {("龚承恩", "翔梭智能科技股份有限公司")}
    assert not any(o.startswith("集团") for o in entities(text, "org"))


def test_a_rare_word_after_a_title_can_be_a_name():
    # 甘露 is a word, but a rare one: after a post and before 则, a person
    text = "溪钠科技完成B轮融资。负责供应链的副总裁甘露则来自蔚来，2023年加入溪钠科技。"
    assert "甘露" in entities(text, "person")
    assert ("甘露", "蔚来") in pairs(text, "employment")


def test_at_that_time_the_company_is_no_company_name():
    text = "溪钠上一次融资是在2024年3月，彼时公司拿到了顺为资本领投的A轮。"
    assert "彼时公司" not in entities(text, "org")


def test_a_background_said_with_shi_chushen_shows_a_person():
    text = "联合创始人兼CTO谯以北是材料学出身，此前在比亚迪担任高级工程师。"
    assert "谯以北" in entities(text, "person")


def test_former_and_latter_products_and_a_giants_own_revenue():
    text = (
        "溪钠科技有两款产品：圆柱钠电芯“溪芯N2”，以及储能柜“溪储300”。"
        "前者累计出货超过200万颗；后者已交付20余家客户。"
        "“宁德时代证明了规模能力。”创始人谯以北说。作为参照，这家电池龙头2024年的营业收入约为3620亿元。"
        "2024年，溪钠科技实现营收约3.1亿元。"
    )
    metrics = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert metrics == {("溪芯N2", 2_000_000), ("溪储300", 20)}
    assert {f["amount"] for f in facts(text, "financial")} == {310_000_000}


def test_an_app_named_like_its_company_and_a_motto_in_quotes():
    text = (
        "晚点对话｜岑悦：做一个“不靠焦虑卖课”的心理平台\n\n"
        "这是岑悦创办心理平台「栖云」的第二年，公司主体为栖云健康科技。"
        "栖云的另一位联合创始人、CTO蒯川，此前在字节跳动做推荐算法。"
        "栖云的产品分两部分：App“栖云”负责咨询匹配；AI助手“小云”承担陪伴。"
        "截至今年4月，栖云App注册用户约500万。"
    )
    assert ("蒯川", "栖云健康科技") in pairs(text, "founded")
    products = {f["product"] for f in facts(text, "product")}
    assert "不靠焦虑卖课" not in products and "栖云App" not in products
    assert {f["product"] for f in facts(text, "product_metric")} == {"栖云"}


def test_a_figures_name_is_no_person_and_a_name_ending_in_wei_before_a_verb():
    text = (
        "眠舟科技上半年实现营收3.1亿元；毛利1.4亿元，毛利率提升至45.2%。"
        "创始人兼CEO虢澄表示，会员续费率持续提升。创始人兼董事长甄可为毕业于郑州大学。"
        "“很好。”甄可为说。"
    )
    people = entities(text, "person")
    assert "毛利" not in people
    assert {"虢澄", "甄可为"} <= people and "甄可" not in people


def test_a_long_name_glossed_in_english_and_a_kind_of_school_in_common_words():
    text = (
        "【創業人物】前投行女將辦兒童體育學院　冼悅怡：讓孩子先愛上運動\n\n"
        "小朋友正在軟墊上翻滾。躍動兒童體育（LeapMove Sports）創辦人兼行政總裁冼悅怡站在場邊。"
        "這家由前投資銀行家創立的兒童體育學院，今年1月剛完成2,000萬港元Pre-A輪融資，由維港投資領投。"
        "之前我在港科大讀數學本科，之後去倫敦帝國學院讀碩士。"
    )
    assert ("冼悦怡", "跃动儿童体育") in pairs(text, "founded")
    assert "儿童体育学院" not in entities(text, "school")
    assert "伦敦帝国学院" in entities(text, "school")


def test_a_legal_representative_the_text_shows_in_another_post_founded_nothing():
    text = (
        "记者获悉，原宁德时代储能事业部副总裁覃岩已投身创业，新公司深圳市曦澜能源科技有限公司"
        "（下称“曦澜能源”）主攻家庭储能市场。"
        "工商信息显示，曦澜能源成立于2025年3月，注册资本2000万元，法定代表人为郦雯。"
        "曦澜能源方面向记者确认，覃岩是公司创始人和实际控制人。"
        "郦雯此前在宁德时代担任财务经理，今年加入曦澜，任CFO。"
    )
    assert pairs(text, "founded") == {("覃岩", "深圳市曦澜能源科技有限公司")}


def test_a_legal_representative_of_a_new_company_is_its_founder_by_default():
    text = (
        "天眼查显示，邻舟科技（杭州）有限公司成立于2024年7月，法定代表人为阚岑。"
        "与阚岑搭档的是前有赞产品总监符佳，目前担任邻舟科技联合创始人兼CTO。"
    )
    assert ("阚岑", "邻舟科技(杭州)有限公司") in pairs(text, "founded")


def test_a_given_name_ending_in_nian_and_years_that_are_no_names():
    text = (
        "卢柏年教授，58歲，於2025年獲委任為獨立非執行董事。卢教授自2010年起擔任香港大學教授。"
        "张去年加入公司，王多年来一直在华为。"
    )
    people = entities(text, "person")
    assert "卢柏年" in people
    assert not {"张去年", "王多年"} & people


def test_a_team_page_headed_by_its_company_with_ampersand_roles_and_advisors():
    text = (
        "杏林堂中医 ｜ 关于我们 · 团队介绍\n\n"
        "杏林堂成立于2019年，是一家社区中医连锁品牌。\n\n"
        "——— 创始团队 ———\n\n"
        "戚鸿文 ｜ 创始人 & CEO\n"
        "2009年至2016年任上海市中医医院主治医师。2019年创立杏林堂。\n\n"
        "幸安然（Angela Xing）｜ 联合创始人 & COO\n"
        "复旦大学学士。\n\n"
        "——— 核心管理层 ———\n\n"
        "钮承远 ｜ 首席医疗官\n"
        "2021年加入杏林堂。\n\n"
        "——— 学术顾问 ———\n\n"
        "谷长年 教授\n"
        "上海中医药大学教授。谷教授为杏林堂提供学术指导。\n"
    )
    assert pairs(text, "founded") == {("戚鸿文", "杏林堂"), ("幸安然", "杏林堂")}
    jobs = pairs(text, "employment")
    assert ("钮承远", "杏林堂") in jobs and ("谷长年", "杏林堂") not in jobs
    assert not any(org == "上海市中医医院" and p != "戚鸿文" for p, org in jobs)


def test_where_someone_is_from_is_no_name():
    text = (
        "答：我嘅拍檔Tiago Moreira係巴西人，佢之前喺% Arabica做烘焙主管。"
        "2018年我哋一齊創立啡園。"
    )
    people = entities(text, "person")
    assert "巴西人" not in people and "Tiago Moreira" in people


def test_a_headlines_former_employer_raised_no_round():
    text = (
        "前TikTok Shop东南亚负责人宓嘉川创业，做跨境直播SaaS，真格基金投了天使轮\n\n"
        "贝壳财经获悉，TikTok Shop原东南亚区域负责人宓嘉川已离职创业，新公司名为“潮音出海”。"
        "天眼查信息显示，潮音出海（杭州）科技有限公司成立于2024年9月，法定代表人为宓嘉川。\n"
    )
    assert "TikTok Shop" not in {f["org"] for f in facts(text, "funding")}


def test_a_unit_a_company_owns_where_someone_worked_is_no_person():
    text = "2021年，仉景川从碧桂园旗下的博智林离职。郜远是仉景川在博智林时的甲方。"
    assert "博智林" in entities(text, "org")
    assert "智林" not in entities(text, "person")


def test_a_question_word_is_no_given_name():
    text = "問：技術部分由誰負責？\n答：浩賢。他之前在滙豐做數據工程師。"
    assert "由谁" not in entities(text, "person")


def test_a_reporter_whose_name_ends_in_he_is_one_person_and_reading_goes_on():
    text = (
        "投资界｜仪器商「百川生物」获3亿元B轮融资\n\n"
        "投资界消息 2026-01-08 文｜喻清和\n\n"
        "投资界获悉，仪器研发商「百川生物」已完成3亿元人民币B轮融资，本轮由红杉中国领投。\n"
    )
    assert {f["org"] for f in facts(text, "funding")} == {"百川生物"}
    assert "喻清和" in read_layout(Text(text).folded, "zh").bylined


def test_every_other_project_took_the_seed_round_but_the_one_that_took_none():
    text = (
        "潮音加速营第二期Demo Day\n\n"
        "除一个仅作展示的项目外，其余3个项目在今年6月入营时均已获得澜山天使基金100万元种子轮投资。\n\n"
        "| 项目 | 方向 | 创始人 | 背景 |\n"
        "| 渊海科技 | 深远海养殖网箱 | 邝海川 | 前中集来福士项目总监 |\n"
        "| 鲟渡 | 鲟鱼养殖数字化 | 蒙岚、卢泓（Ethan Lu） | "
        "蒙岚前京东物流冷链经理；卢泓前海尔架构师 |\n"
        "| 蚝田 | 牡蛎苗种繁育 | 栾舒 | 前国联水产技术总监 |\n"
        "| 鲜舟 | 海鲜冷链运输 | 司马骏 | 连续创业者 |\n\n"
        "需要说明的是，鲜舟本期仅作展示，未获澜山天使基金投资。\n"
    )
    funded = {f["org"] for f in facts(text, "funding")}
    assert funded == {"渊海科技", "鲟渡", "蚝田"}
    assert "鲜舟" not in {f["org"] for f in facts(text, "investor")}
    assert {("蒙岚", "鲟渡"), ("卢泓", "鲟渡")} <= pairs(text, "founded")
    assert ("蒙岚", "京东物流") in pairs(text, "employment")


def test_a_groups_unit_in_common_words_is_no_company():
    text = (
        "在观塘一个工厦单位，鲜味宠食的中央厨房每天蒸出上千份猫狗鲜食。"
        "尹浩然是联合创办人兼营运总监，之前在美心集团中央厨房做营运经理。"
    )
    assert "中央厨房" not in entities(text, "org")


def test_a_name_with_year_or_month_inside_is_no_time():
    """年 and 月 inside a name (悠年, 望月) are no date: only a count or a time word before them,
    or a time word after, makes a time of them."""
    text = "离开后，他和前同事甘霖共同创办了悠年旅居。今年1月，悠年旅居拿到3000万元天使轮融资。"
    assert pairs(text, "founded") == {("甘霖", "悠年旅居")}
    assert has(facts(text, "funding"), org="悠年旅居", amount=30_000_000)
    assert "三年" not in entities("韦澄创办了三年，公司已有百人。", "org")


def test_a_roundup_heading_beside_a_name_can_be_what_the_entry_is_about():
    """3. 姓名：儿童口腔连锁 — when the entry's body names what was founded and never the heading's
    words, those words describe the entry; the body's company is the founders'."""
    text = (
        "盘点｜从大厂出走的创业者们\n\n"
        "1. 殳青禾：社区宠物医疗\n"
        "殳青禾曾是美团到店事业群总监。她和兽医蔺晓一起创办了宠物诊所品牌毛球驿站，"
        "2024年6月完成数千万元Pre-A轮融资。\n\n"
        "2. 缑以宁：企业SaaS\n"
        "缑以宁曾是腾讯云架构师。他创办的栈桥做企业流程自动化，今年2月完成2亿元B轮融资，经纬创投领投。\n"
    )
    founded = pairs(text, "founded")
    assert ("殳青禾", "毛球驿站") in founded and ("缑以宁", "栈桥") in founded
    assert not {org for _, org in founded} & {"社区宠物医疗", "企业SaaS"}
    assert has(facts(text, "funding"), org="栈桥", amount=200_000_000)


def test_a_brand_described_before_its_name():
    text = "2022年，祁嘉言创办跨境美妆品牌沃芷，主打底妆。"
    assert pairs(text, "founded") == {("祁嘉言", "沃芷")}


def test_a_name_whose_end_could_start_the_next_word_is_the_name_written_elsewhere():
    """缑立新任创始人 reads as 缑立 + 新任 or 缑立新 + 任; 缑立新与… elsewhere settles it."""
    text = (
        "澜石科技由前研究员缑立新与前投行董事萨仁共同创立。缑立新任创始人兼首席科学家，"
        "本科毕业于清华大学。萨仁出任联合创始人兼CEO。"
    )
    assert entities(text, "person") == {"缑立新", "萨仁"}
    assert pairs(text, "founded") == {("缑立新", "澜石科技"), ("萨仁", "澜石科技")}


def test_straight_quotes_typed_in_chinese_text_quote_a_name():
    text = (
        '公司旗下"栈云标注"平台累计服务企业客户超过420家。'
        '今年上线的"栈云质检Agent"已被约110家客户采用。'
    )
    names = {f.get("product") for f in facts(text, "product_metric")}
    assert names == {"栈云标注", "栈云质检Agent"}


def test_a_post_then_who_holds_it():
    text = (
        "关于衡码科技\n衡码科技成立于2018年。"
        "公司联合创始人兼CTO为郜晨，曾任微软亚洲研究院研究员。"
    )
    assert pairs(text, "founded") == {("郜晨", "衡码科技")}
    assert pairs(text, "employment") == {("郜晨", "微软亚洲研究院")}


def test_a_name_no_dictionary_knows_written_again_and_again_is_a_person():
    text = (
        "研发楼里，佘闻笛把白板擦了又写。在创办芯衍科技之前，佘闻笛最长的一段经历在美国。"
        "两人联合创办芯衍科技，佘闻笛任CEO。资本来得比佘闻笛预想的早。"
    )
    assert "佘闻笛" in entities(text, "person")
    assert ("佘闻笛", "芯衍科技") in pairs(text, "founded")


def test_a_post_right_after_the_company_joined_is_no_part_of_its_name():
    text = "蒲青禾此前是中芯国际设计服务部门负责人，2023年加入芯衍科技任COO。"
    assert ("蒲青禾", "芯衍科技") in pairs(text, "employment")
    assert "芯衍科技任COO" not in entities(text, "org")


def test_former_then_a_firm_then_a_post_names_no_person():
    """前英维克工程师司马牧: "former", where the post was, the post, then the person."""
    text = "此外，前英维克工程师司马牧已加入沁冷科技，担任首席架构师。"
    assert entities(text, "person") == {"司马牧"}
    assert ("司马牧", "沁冷科技") in pairs(text, "employment")


def test_a_year_in_numerals_after_the_surname_yu_is_no_name():
    text = (
        "董事及高級管理層\n\n"
        "甘澤霖先生，58歲，為本集團創辦人兼主席。甘先生於二零一二年創立本集團。"
        "甘先生於二零零一年至二零零八年任職於新鴻基地產發展有限公司。\n\n"
        "屈詠恩女士，49歲，為執行董事。屈女士於二零零六年至二零一二年任職於仲量聯行。\n\n"
        "蔡德明先生，52歲，於二零一五年加入本集團，並於二零零零年取得香港中文大學工商管理碩士學位。"
    )
    assert entities(text, "person") == {"甘泽霖", "屈咏恩", "蔡德明"}
    assert entities("滕一是江苏风骨的联合创始人兼总经理。", "person") == {"滕一"}


def test_no_company_name_runs_across_a_possessive():
    """砺研的AI-Tox: the company's product after 的, not a company named 研的AI."""
    text = (
        "砺研医药成立于2022年，创始人兼CEO禤立恒曾任药明康德副总裁。"
        "其自研的AI-Tox毒理预测平台已为85家客户提供服务。"
        "礼来亚洲基金董事总经理覃楚表示，“砺研的AI-Tox在客户那里已经是付费产品”。"
    )
    assert not any("的" in org for org in entities(text, "org"))
    assert ("禤立恒", "砺研医药") in pairs(text, "founded")


def test_a_longer_name_that_lost_a_place_to_a_word_keeps_the_evidence_there():
    """联合创始人兼CTO卜一凡是她的同事 reads 卜一 + 凡是 or 卜一凡 + 是; 卜一凡带着… elsewhere, and
    the post before the first, make one person of 卜一凡."""
    text = (
        "帧序科技由诸葛岚创立。联合创始人兼CTO卜一凡是她在字节的同事，更早在清华大学拿到博士学位。"
        "2023年，卜一凡带着团队做出了第一版调色工具。"
    )
    assert "卜一凡" in entities(text, "person") and "卜一" not in entities(text, "person")


def test_latin_products_listed_or_counted_by_what_they_ship():
    """产品：UltraGrid金载网和VitroPrep自动制样仪 lists two products; UltraGrid年出货量… and
    YH-Sigma累计出货量… are counts of a product, not of the company."""
    text = (
        "析微生物成立于2019年，目前有两款产品：UltraGrid金载网和VitroPrep自动制样仪。"
        "其中UltraGrid年出货量已超过40万片。曜衡能源的YH-Sigma累计出货量超过18万台。"
    )
    products = {f["product"] for f in facts(text, "product")}
    assert {"UltraGrid", "VitroPrep"} <= products
    counted = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert {("UltraGrid", 400_000), ("YH-Sigma", 180_000)} <= counted


def test_a_conjunction_or_verb_after_a_name_is_not_its_last_character():
    """汲晨则来自博世, 裘曼则有十年…: then 则 (on the other hand); 宫澈接手: a verb after a name."""
    text = (
        "刃川精密由柴默创立，联合创始人兼CTO汲晨则来自博世。另一位副总裁宫澈接手了电商业务。"
        "联合创始人兼COO裘曼则有十年高通经验。技术副总裁甄朗则于2019年加入。"
    )
    people = entities(text, "person")
    assert {"汲晨", "宫澈", "裘曼", "甄朗"} <= people
    assert not people & {"汲晨则", "宫澈接", "裘曼则", "甄朗则"}


def test_a_company_named_alone_elsewhere_then_a_word_of_time():
    """加入翎途前在美团担任…, 在瞳禾主要负责…: 翎途 and 瞳禾, then 前 (before) and 主要 (mainly)."""
    text = (
        "「翎途科技」完成A轮融资。翎途由钭雨桐创立，她加入翎途前在美团担任飞控算法负责人。"
        "「瞳禾医疗」完成B轮融资。覃朗现为中山大学研究员，在瞳禾主要负责临床研究设计。"
    )
    orgs = entities(text, "org")
    assert not orgs & {"翎途前", "瞳禾主要"}
    assert ("钭雨桐", "美团") in pairs(text, "employment")


def test_a_roundup_heading_that_says_where_someone_went_names_no_project():
    """4. 尉迟蔚：转投兴盛优选 — he joined another company, founded nothing (and 兴盛优选, a known
    company whose name starts with a common word, is where he works)."""
    text = (
        "盘点：从美团优选出走的创业者\n\n"
        "1. 乔嘉树：社区生鲜仓\n\n原美团优选华北区总经理乔嘉树2023年离职后创办了鲜邻仓，任CEO。\n\n"
        "2. 柴默：团长SaaS\n\n柴默2022年创办了团掌柜，此前在美团优选负责团长运营。\n\n"
        "3. 尉迟蔚：转投兴盛优选\n\n"
        "并非所有人都选择了创业。原美团优选华南区运营负责人尉迟蔚在2024年加入兴盛优选，担任副总裁。"
        "他并未参与任何创业项目。\n"
    )
    founders = {f["person"] for f in facts(text, "founded")}
    assert "尉迟蔚" not in founders and {"乔嘉树", "柴默"} <= founders
    assert ("尉迟蔚", "兴盛优选") in pairs(text, "employment")


def test_a_part_of_the_year_is_no_person():
    """去年年中离职前: 年中 (mid-year), not the surname 年 and a given name 中."""
    text = (
        "闵承泽2016年加入滴滴，去年年中离职前的职务是网约车事业部副总裁。"
        "他今年年底创办了泊安科技。"
    )
    assert not entities(text, "person") & {"年中", "年底"}


def test_the_projects_below_all_backed_by_the_organiser():
    """以下四个项目均已获得奇绩创坛的投资: the organiser invested in each project presented."""
    text = (
        "奇绩创坛2025秋季路演日\n\n以下两个项目均已获得奇绩创坛的投资，按登台顺序排列。\n\n"
        "## 1. 迎宾仔｜酒店配送机器人\n\n创始人 闵朗，前优必选硬件工程师。\n\n"
        "## 2. 聘灵｜AI面试官\n\n创始人 臧悦，前字节跳动产品经理。\n"
    )
    backed = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert {("奇绩创坛", "迎宾仔"), ("奇绩创坛", "聘灵")} <= backed


def test_a_valuation_an_unnamed_investor_claims_is_not_stated():
    """有投资人称本轮投后估值“接近20亿元”，但公司未予确认: a claim, not a fact."""
    text = (
        "星衡聚变完成5亿元A轮融资，由红杉中国领投。"
        "对于估值，有投资人称本轮投后估值“接近20亿元”，但星衡聚变未予确认。"
    )
    assert not facts(text, "valuation")
    assert facts(text, "funding")


def test_a_figure_per_unit_is_no_count_reached():
    """单台日均配送40单 is a rate per robot; 累计交付1200台 is the count reached."""
    text = "迎宾仔的送物机器人“小迎”已累计交付1200台，单台日均配送40单。"
    counted = {f["value"] for f in facts(text, "product_metric")}
    assert 1200 in counted and 40 not in counted


def test_products_listed_after_baokuo():
    """主要产品包括深远海养殖工船“蔚牧1号”和智能网箱“深蓝笼”: each quoted name a product, and 深蓝笼
    已累计交付46套 counts it, not the company."""
    text = (
        "蔚牧海洋成立于2019年。公司的主要产品包括深远海养殖工船“蔚牧1号”和智能网箱“深蓝笼”。"
        "据介绍，深蓝笼已累计交付46套。"
    )
    made = {(f["org"], f["product"]) for f in facts(text, "product")}
    assert {("蔚牧海洋", "蔚牧1号"), ("蔚牧海洋", "深蓝笼")} <= made
    assert {(f["product"], f["value"]) for f in facts(text, "product_metric")} == {("深蓝笼", 46)}


def test_uyghur_names_with_and_without_a_dot():
    """阿依古丽, 阿依努尔 and 阿依古丽·买买提 start with no Han surname; each is one person, and
    提出 after 努尔 is the next word."""
    text = (
        "奇绩创坛路演日｜本期3个项目\n\n## 01 爪爪营养｜宠物处方粮\n\n"
        "创始人冼蔚，前字节跳动运营负责人；联合创始人阿依古丽，"
        "前新瑞鹏宠物医疗集团执业兽医，中国农业大学兽医学硕士。\n\n"
        "## 02 明眸仓｜县域平价眼镜连锁\n\n创始人阿依古丽·买买提，前宝岛眼镜区域总经理。\n\n"
        "## 03 汪听｜宠物听诊\n\n创始人 阿依努尔，前瑞派宠物医院主治兽医。阿依努尔提出了方案。\n"
    )
    people = entities(text, "person")
    assert {"阿依古丽", "阿依古丽·买买提", "阿依努尔"} <= people
    assert not people & {"阿依古", "阿依努", "阿依努尔提"}


def test_words_that_follow_a_name_are_not_its_last_character():
    """骆一凡是温州医科大学硕士 (一凡, then 是), 小米智能家居部前总经理葛砚秋 (部 ends 家居部),
    韦芃兼任 (兼 starts 兼任)."""
    text = (
        "另一位联合创始人骆一凡是温州医科大学眼视光学硕士。"
        "小米智能家居部前总经理葛砚秋已离开小米。小米集团副总裁韦芃兼任董事。"
    )
    people = entities(text, "person")
    assert {"骆一凡", "葛砚秋", "韦芃"} <= people
    assert not people & {"骆一", "居部", "韦芃兼"}


def test_a_label_after_the_last_project_is_no_member():
    """报名下一期：请在公众号后台回复“申请” closes the post: a label, not a member."""
    text = (
        "奇绩创坛路演日｜本期2个项目\n\n1. 仿真码｜云端CAE\n\n"
        "创始人东方睿，前达索系统高级工程师，清华大学工程力学博士。\n\n"
        "2. 云哨｜社区安防巡检机器人\n\n创始人司马尧，前大疆结构工程师。\n\n"
        "报名下一期：请在公众号后台回复“申请”。\n"
    )
    founders = {f["person"] for f in facts(text, "founded")}
    assert "报名下一期" not in founders and "司马尧" in founders


def test_companies_listed_together_took_the_same_round():
    """爪爪营养和仿真码已完成由奇绩创坛领投的种子轮融资: both companies, one round each."""
    text = (
        "爪爪营养成立于2024年。仿真码成立于2023年。"
        "本期路演项目中，爪爪营养和仿真码已完成由奇绩创坛领投的种子轮融资，金额未披露。"
    )
    assert {f["org"] for f in facts(text, "funding")} == {"爪爪营养", "仿真码"}
    backed = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert backed == {("奇绩创坛", "爪爪营养"), ("奇绩创坛", "仿真码")}


def test_a_kind_of_university_is_no_school():
    """有一半係本地大學畢業: graduates of local universities, not a school 有一半系本地大学."""
    text = "區卓謙表示，我哋40個人入面，有一半係本地大學畢業。他本科畢業於香港大學。"
    assert entities(text, "school") == {"香港大学"}


def test_a_latin_model_with_a_number_listed_after_baokuo():
    """核心产品包括JC-Cool 300系列液冷机组: the product is JC-Cool 300 (not 包括JC), and its counts
    are its own."""
    text = (
        "霁川热控成立于2019年。核心产品包括JC-Cool 300系列液冷机组，以及浸没式温控方案「川流」。"
        "JC-Cool 300系列累计出货超过6000台。"
    )
    assert {f["product"] for f in facts(text, "product")} == {"JC-Cool 300", "川流"}
    assert {(f["product"], f["value"]) for f in facts(text, "product_metric")} == {
        ("JC-Cool 300", 6000)
    }


def test_a_valuation_after_companies_listed_together_stays_with_the_round():
    """爪爪营养和仿真码已完成…种子轮融资，投后估值1亿元: one valuation, the round's company's."""
    text = (
        "爪爪营养成立于2024年。仿真码成立于2023年。"
        "爪爪营养和仿真码已完成由奇绩创坛领投的种子轮融资，投后估值1亿元。"
    )
    assert [f["org"] for f in facts(text, "valuation")] == ["仿真码"]


def test_words_of_the_trade_are_no_names():
    """冷链技术专家, 由…领投完成: 冷链 (cold chain) is no person and 领投 (led the round)
    no company, though jieba's dictionary knows neither word."""
    text = (
        "【融资】冻途物流获数千万元A轮融资，丰泉资本领投\n"
        "冻途物流宣布完成A轮融资，本轮由丰泉资本领投。冻途物流成立于2021年。"
        "2022年5月，公司拿到天使轮投资；2023年9月，由晨岚创投领投完成Pre-A轮融资。"
        "原顺丰冷链技术专家甘屹加入公司出任CTO。丰泉资本合伙人表示，这是我们决定领投的原因。"
    )
    assert "冷链" not in entities(text, "person")
    assert "领投" not in entities(text, "org")
    assert "领投" not in {f["org"] for f in facts(text, "funding")}


def test_an_adverb_before_a_verb_is_no_person():
    """一批老兵陆续离开: 陆续 (one after another) names no one who left."""
    text = "编者按：过去三年，一批华为数字能源的老兵陆续离开，去做储能温控。甘屹是其中之一。"
    assert "陆续" not in entities(text, "person")


def test_counts_of_supply_install_and_cases():
    """已供应35家实验室, 已在62家宠物医院装机, 已有14家芯片公司付费采购, 完成了23例临床植入: what a
    product reached, by verbs of supply and installation and the measure words 例 and 册."""
    text = (
        "量栅科技成立于2020年。核心产品“栅网Q1”已供应35家高校和药企实验室。"
        "第二款产品“栅检V2”目前已在62家宠物医院装机。"
        "硅序科技成立于2019年。其设计工具“序芯”已有14家芯片公司付费采购。"
        "脑桥医疗成立于2018年。脑机接口系统“桥光-1”过去一年完成了23例临床植入。"
    )
    counts = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert {("栅网Q1", 35), ("栅检V2", 62), ("序芯", 14), ("桥光-1", 23)} <= counts


def test_a_quoted_platform_with_founders_is_the_company_though_it_reads_as_a_name():
    """「山嵐」的共同創辦人: 山岚 (山 a surname, 岚 a given name) has founders and raises a round,
    so it is the company, and its round is its own."""
    text = (
        "游書涵是鄉村旅宿平台「山嵐」的共同創辦人暨執行長。"
        "2024年8月，山嵐完成新台幣1.2億元A輪募資，由中華開發資本領投。"
    )
    founded = {(f["person"], f["org"]) for f in facts(text, "founded")}
    assert ("游书涵", "山岚") in founded
    assert [f["org"] for f in facts(text, "funding")] == ["山岚"]


def test_a_kind_of_firm_after_one_is_no_name():
    """同一間大型婚紗集團合併: "a large wedding-dress group", which one unsaid — not a company,
    and not what 我哋 later means."""
    text = (
        "婚禮籌備平台「囍窩」創辦人兼行政總裁司徒思敏接受訪問。\n"
        "問：有傳你哋會同一間大型婚紗集團合併，係咪真？\n答：冇呢回事。我哋同好多婚紗店都有合作。\n"
        "問：融資方面呢？\n答：2023年6月我哋拿到維港投資嘅種子輪投資，金額係港幣800萬元。\n"
    )
    assert "婚纱集团" not in entities(text, "org")
    assert {f["org"] for f in facts(text, "funding")} == {"囍窝"}


def test_a_person_named_as_a_company_s_owner_is_not_who_she_means():
    """在谷雨棠的次元仓担任…她创办了「拾徽」: 她 is the subject, not the owner named in passing."""
    text = (
        "盘点：从B站出走的创业者\n\n"
        "1. 谷雨棠：次元仓\n谷雨棠离开B站后创办了动漫周边平台「次元仓」。\n\n"
        "2. 郇晓：拾徽\n郇晓从未在B站任职，而是在谷雨棠的次元仓担任供应链负责人，直到2024年底。"
        "今年初，她自立门户创办了定制徽章品牌「拾徽」。\n"
    )
    founded = {(f["person"], f["org"]) for f in facts(text, "founded")}
    assert ("郇晓", "拾徽") in founded and ("谷雨棠", "拾徽") not in founded


def test_a_roundup_entry_with_no_company_yet_names_none():
    """5. 庞澍：尚无定论 — "undecided": the words stand where a company would, but name none."""
    text = (
        "盘点：从B站出走的创业者\n\n1. 谷雨棠：次元仓\n谷雨棠2018年至2022年任B站会员购业务负责人，"
        "离职后创办了动漫周边电商平台「次元仓」。\n\n2. 东方珏：漫拾\n东方珏在B站直播事业部做过产品"
        "总监，2021年离开后创办「漫拾」。\n\n3. 庞澍：尚无定论\n"
        "B站前副总裁庞澍去年离职后一直备受关注。"
        "有传言称他在筹备一个潮玩项目，但截至发稿，我们未能查到其名下的新公司。\n"
    )
    assert not [f for f in facts(text, "founded") if f["person"] == "庞澍"]


def test_a_unit_named_after_its_owner_is_an_employer_not_the_story_s_company():
    """在澜港集团旗下置业公司担任…: where he worked, so 公司 and a bare 联合创办人 later mean
    the startup the story is about."""
    text = (
        "本地回收初创绿屉环保科技宣布完成8000万港元A轮融资，由维港投资领投。\n\n"
        "创办人兼行政总裁司徒朗，创业前在澜港集团旗下置业公司担任物业管理经理。"
        "联合创办人兼技术总监雷颖，毕业于香港科技大学。公司去年收入约1800万港元。\n"
    )
    founded = {(f["person"], f["org"]) for f in facts(text, "founded")}
    assert ("雷颖", "绿屉环保科技") in founded
    assert {f["org"] for f in facts(text, "financial")} == {"绿屉环保科技"}


def test_a_brand_before_its_field_is_a_short_form():
    """绿屉环保科技 written 绿屉 in the headline: one company (brand, field, ending)."""
    text = (
        "本地回收初创绿屉完成8000万港元A轮融资\n\n"
        "本地智能回收初创绿屉环保科技宣布完成8000万港元A轮融资，由维港投资领投。\n"
    )
    assert entities(text, "org") >= {"绿屉环保科技"} and "绿屉" not in entities(text, "org")


def test_a_kind_of_bank_is_no_name():
    """入汇丰做投资银行部分析师: 投资银行 (investment bank) is a kind of firm, and a co-founder
    named later founded the story's company, not it."""
    text = (
        "經濟一週｜專訪泊茶創辦人麥卓婷：投資銀行分析師轉行賣茶\n\n"
        "在西貢海旁，這是「泊茶」（Parkbrew）旗下的茶車，創辦人麥卓婷正親自沖茶。\n\n"
        "問：由滙豐到茶車，落差好大？\n答：我2015年畢業後，入滙豐做投資銀行部分析師，做到2019年。\n"
        "問：泊茶幾時成立？\n答：2022年成立。聯合創辦人雷子峰係我識咗十年嘅朋友。\n"
        "問：融資呢？\n答：2024年11月我哋完成咗600萬港元天使輪，投資者係維港投資。\n"
    )
    assert "投资银行" not in entities(text, "org")
    assert ("雷子峰", "泊茶") in {(f["person"], f["org"]) for f in facts(text, "founded")}


def test_a_post_at_a_company_a_group_owns_is_a_post_there():
    """此前是阿里巴巴旗下菜鸟网络的IoT算法专家: she worked at 菜鸟网络, as an IoT algorithm
    expert — not at 阿里巴巴 with 旗下… for a title."""
    text = "箐回环境成立于2021年。联合创始人柴婧此前是阿里巴巴旗下菜鸟网络的IoT算法专家。"
    jobs = {(f["person"], f["org"], f.get("title")) for f in facts(text, "employment")}
    assert jobs == {("柴婧", "菜鸟网络", "IoT算法专家")}


def test_what_someone_founded_is_a_company_though_it_reads_as_a_name():
    """创办了乡村民宿预订平台"山汀" … 山汀完成A轮融资: 山汀 (山 a surname) is the company she
    founded and its round is its own; a longer description before the quoted name
    (创办了面向村集体的民宿运营SaaS"乡游云") still names what was founded."""
    text = (
        "1. 邬晴岚：把民宿经验搬到县城\n\n邬晴岚在美团待了七年。"
        '2021年底，她在杭州创办了乡村民宿预订平台"山汀"，主打山村精品民宿。\n\n今年8月，山汀完成8000万元A轮融资，由经纬创投领投。\n\n'
        "2. 慕容松：从CTO到创始人\n\n2021年，他加入山汀担任首任CTO，2023年离开，"
        '随后创办了面向村集体的民宿运营SaaS"乡游云"。乡游云今年6月拿到奇绩创坛的种子轮投资。\n'
    )
    founded = {(f["person"], f["org"]) for f in facts(text, "founded")}
    assert {("邬晴岚", "山汀"), ("慕容松", "乡游云")} <= founded
    assert {f["org"] for f in facts(text, "funding")} == {"山汀", "乡游云"}


def test_a_listed_company_s_short_name_and_a_post_in_its_unit():
    """任栎捷股份研发中心副主任: 栎捷股份 (a listed company's short name) and a deputy post in
    its R&D centre; 在比亚迪旗下弗迪电池负责…: the unit a group owns, where she worked."""
    text = (
        "纤衡新材成立于2020年。创始人毕承岳2012年至2020年任栎捷股份研发中心副主任。"
        "联合创始人钭蔚然此前在比亚迪旗下弗迪电池负责隔膜采购，任职长达九年。"
        "公司创始人持有公司股份约30%。"
    )
    jobs = {(f["person"], f["org"]) for f in facts(text, "employment")}
    assert {("毕承岳", "栎捷股份"), ("钭蔚然", "弗迪电池")} <= jobs
    assert "公司股份" not in entities(text, "org")


def test_a_title_keeps_its_last_character_before_a_name():
    """首席运营官霍琳: 官 ends the title (and is a surname too); the name is 霍琳."""
    text = (
        "毛毛纪成立于2020年。2023年，首席运营官霍琳加入毛毛纪，"
        "她此前是新瑞鹏宠物医疗集团区域运营总经理。"
    )
    assert "官霍琳" not in entities(text, "person")
    jobs = {(f["person"], f["org"]) for f in facts(text, "employment")}
    assert ("霍琳", "新瑞鹏宠物医疗集团") in jobs
    # …but a whole title, then a name whose surname is 官: 首席财务官官若岚
    text = "穹驿通信成立于2019年。公司引入首席财务官官若岚，她曾任中金公司投资银行部副总裁。"
    assert "官若岚" in entities(text, "person")


def test_a_founder_title_before_a_sentence_that_founds_a_company():
    """创始人兼CEO牟川和岑小野一起创办了氙澜气体: the title is of the company the sentence goes on
    to found, not of the employer the story last named (他加入杭氢股份…)."""
    text = (
        "牟川不太愿意谈杭氢。2016年，他加入杭氢股份，出任电子气体事业部总经理。\n\n"
        "2019年12月，创始人兼CEO牟川和老相识岑小野一起创办了氙澜气体。"
    )
    founded = {(f["person"], f["org"]) for f in facts(text, "founded")}
    assert ("牟川", "氙澜气体") in founded and ("牟川", "杭氢股份") not in founded


def test_a_company_founded_and_glossed_in_english_though_its_name_starts_with_a_word():
    """成立本草智醫（Herbmind）: 本草 is a word, but a name founded and glossed in English is a
    company (not 本草 and a person 智医); 她創辦的騎跡運動（RideTrace）likewise."""
    text = (
        "註冊中醫師甘卓琳在東華三院中醫診所看了六年症，2020年轉身創業，成立本草智醫（Herbmind）。"
        "公司今年5月完成3,000萬港元Pre-A輪融資，由維港投資領投。\n\n"
        "她創辦的騎跡運動（RideTrace），是台灣少數從布料研發做起的騎行服品牌。"
    )
    assert {"本草智医", "骑迹运动"} <= entities(text, "org")
    assert "智医" not in entities(text, "person")
    assert {f["org"] for f in facts(text, "funding")} == {"本草智医"}


def test_someone_who_started_out_and_the_new_company_named():
    """晏秋白已创业，新公司名为"回澜"…回澜的另一位联合创始人为栾青: both founded 回澜, which is
    a name wherever the text writes it."""
    text = (
        "贝壳财经获悉，京东物流前国际供应链副总裁晏秋明已创业，新公司名为“回汐”，切入海外仓退货翻新"
        "赛道。\n\n工商信息显示，深圳回汐供应链科技有限公司成立于2025年8月。\n\n"
        "回汐的另一位联合创始人为栾青，此前担任菜鸟海外仓运营总监。"
    )
    founded = {(f["person"], f["org"]) for f in facts(text, "founded")}
    company = "深圳回汐供应链科技有限公司"
    assert {("晏秋明", company), ("栾青", company)} <= founded


def test_a_person_by_her_school_and_her_denial():
    """詹予晴台大機械系畢業, 詹予晴對此否認: a person, who graduated from a school's department and
    denied a rumour, though no title names her."""
    text = (
        "清晨的北宜公路上，詹予晴指著其中幾件黑底橘線的車衣說：「那幾件是我們的。」\n\n"
        "詹予晴台大機械系畢業，2012年進入巨大機械（捷安特）。\n\n"
        "市場一度傳出合作消息，詹予晴對此否認。"
    )
    assert "詹予晴" in entities(text, "person")


def test_a_company_founded_by_people_described_not_named():
    """她提到…同样由前大厂员工创办的"爆品雷达": founded by former big-tech staff, unnamed — not
    by the analyst who mentions it."""
    text = (
        "选象智能成立于2025年。网经社电子商务研究中心分析师侯语认为，选品是卖家最痛的环节之一。"
        "她提到，深圳已有不少同类创业公司，其中包括同样由前大厂员工创办的“爆品雷达”。"
    )
    assert not [f for f in facts(text, "founded") if f["person"] == "侯语"]


def test_posts_markets_and_categories_are_no_organisations():
    """首席运营官（COO）: a post glossed in English; 进入日本市场: a market; 保健品類的採購經理: a
    category of goods — none is an organisation."""
    text = (
        "谜屿文化成立于2020年。公司首席运营官（COO）伍樱于2023年加入，此前在海底捞担任运营经理。"
        "公司计划在2026年进入日本市场。\n答：我2012年入屈臣氏，做到2019年，最後是保健品類的採購經理。"
    )
    orgs = entities(text, "org")
    assert not {"首席运营官", "日本市场", "保健品类"} & orgs
    assert {"谜屿文化", "海底捞"} <= orgs


def test_a_model_number_after_a_hyphen_and_a_capability_that_is_no_count():
    """核心产品瞳析-10可同时筛查10种高发癌症: 瞳析-10 is the product; screening ten cancers at
    once is what it can do, not a count it reached."""
    text = "瞳析生物成立于2022年。核心产品瞳析-10可同时筛查10种高发癌症，已在12家医院落地。"
    assert {f["product"] for f in facts(text, "product")} == {"瞳析-10"}
    assert {f["value"] for f in facts(text, "product_metric")} == {12}


def test_a_post_s_credits_are_no_members():
    """文字：小奇｜排版：大绩 under the last project: who wrote the post, not its team."""
    text = (
        "奇绩创坛2025秋季路演日项目速览\n\n"
        "01 游刃｜景区闸机\n创始人 逄然，前美团门票业务高级产品经理。\n\n"
        "02 汽修通｜给汽修门店用的AI接待员\n创始人 梁凯文，前途虎养车技术总监。\n\n"
        "—— END ——\n文字：小奇　｜　排版：大绩\n"
    )
    assert "文字" not in {f["person"] for f in facts(text, "founded")}


def test_a_known_name_jieba_glued_to_the_words_around_it():
    """前小鹏汽车底盘高级专家: jieba reads 前小鹏 and 汽车底盘, but 小鹏汽车 is the employer (a long
    known name is cut only by a word the dictionary knows: 京东 in 京东方 still is)."""
    text = "栗屿成立于2020年。创始人郗鸿，前小鹏汽车底盘高级专家，同济大学博士。"
    assert ("郗鸿", "小鹏汽车") in {(f["person"], f["org"]) for f in facts(text, "employment")}
    assert "京东" not in entities("他曾在京东方担任工程师。", "org")


def test_a_roundup_heading_s_sum_is_no_founder():
    """1. 川屿科技 — 天使轮，800万元: 万元 after the figure is the sum's unit (万 is also a
    surname)."""
    text = (
        "2025年银发科技融资盘点\n\n"
        "1. 川屿科技 — 天使轮，800万元\n"
        "川屿科技由前京东物流产品总监蔺知远于2024年创办，今年4月获得800万元天使轮投资。\n\n"
        "2. 青禾纪念 — A轮，数千万美元\n"
        "做海葬服务的青禾纪念今年完成A轮融资。创始人邬嘉言曾是贝恩的顾问。\n"
    )
    assert {f["person"] for f in facts(text, "founded")} == {"蔺知远", "邬嘉言"}


def test_a_filing_headed_by_a_legal_name_with_a_service_word_in_it():
    """汀兰颐养服务集团有限公司 heads the filing: 服务 inside the name does not cut it to
    集团有限公司 (which names nothing), so 本集团 is that company and not another firm the pages
    name."""
    text = (
        "汀兰颐养服务集团有限公司\n（于开曼群岛注册成立的有限公司）\n\n董事及高级管理层\n\n"
        "冼明朗先生，50岁，本集团创办人、执行董事兼行政总裁。冼先生于2011年创立本集团。\n"
        "柯以宁女士为本公司联席公司秘书，现为卓衡企业服务有限公司董事。\n"
    )
    founded = {(f["person"], f["org"]) for f in facts(text, "founded")}
    assert ("冼明朗", "汀兰颐养服务集团有限公司") in founded


def test_a_brand_before_its_industry_stands_for_the_company():
    """沁屿水产科技 is 沁屿 wherever the story writes the brand alone (沁屿 + the field 水产), and
    鲜水产 inside 冰鲜水产 is no brand standing alone that would cut the name to 鲜水产科技."""
    text = (
        "冰鲜水产平台沁屿完成A轮融资\n\n"
        "本地冰鲜水产供应平台沁屿水产科技昨日宣布完成6,000万元A轮融资，由鼎晖投资领投。"
        "沁屿于2021年由阎子谦创立。沁屿曾于2022年完成800万元种子轮融资，由晨岚天使基金投资。"
    )
    rounds = {(f["org"], f.get("round")) for f in facts(text, "funding")}
    assert ("沁屿水产科技", "种子轮") in rounds
    assert ("阎子谦", "沁屿水产科技") in pairs(text, "founded")


def test_a_founding_verb_far_before_the_name_it_made():
    """并创办了一家面向中小学生的AI书法练习公司「墨迹岛」: a long description between the verb and
    the name."""
    text = (
        "网易有道前副总裁闵若谷已于去年离职，"
        "并创办了一家面向中小学生的AI书法练习公司「墨迹岛」。"
    )
    assert ("闵若谷", "墨迹岛") in pairs(text, "founded")


def test_former_said_after_a_company_s_bracketed_gloss():
    """网易云音乐（NCM）前副总裁: 前 after the gloss still makes the post a former one."""
    text = "网易云音乐（NCM）前副总裁郦望舒已于去年离职。"
    jobs = facts(text, "employment")
    assert has(jobs, person="郦望舒", title="副总裁", current=False)


def test_a_legal_representative_the_text_says_founded_nothing():
    """法定代表人为庞… then 她并非公司创始人，而是加入青苇出任COO: no founder; her post is read, at
    the company whose brand (青苇 of 青苇动保) the text writes alone; 网传青苇 names nothing."""
    text = (
        "前硕腾高管尉迟朗创办的宠物药企「青苇动保」浮出水面。工商信息显示，青苇动物保健（杭州）"
        "有限公司成立于2024年11月，法定代表人为庞霁月。至于庞霁月，她并非公司创始人，而是去年12月"
        "加入青苇出任COO。此前网传青苇已获得高瓴数亿元天使轮融资，公司回应称消息不实。"
    )
    assert "庞霁月" not in {f["person"] for f in facts(text, "founded")}
    assert any(p == "庞霁月" and "青苇" in o for p, o in pairs(text, "employment"))
    assert not any("网传" in name for name in entities(text, "org"))
    # 他并非唯一的创始人: one founder of several, not a denial
    other = "青苇由尉迟朗创办。尉迟朗并非唯一的创始人，严舟也是联合创始人。"
    assert ("尉迟朗", "青苇") in pairs(other, "founded")


def test_a_company_not_yet_named_is_no_back_reference():
    """并创办了一家专注老旧楼宇改造的公司: 公司 after 一家 and its description is a new company the
    story does not name, not the employer it named before."""
    text = (
        "界面新闻获悉，迅达电梯（中国）有限公司（下称“迅达电梯”）前副总裁郗远山已于今年3月离职，"
        "并创办了一家专注老旧楼宇加装电梯的公司。迅达电梯方面确认郗远山已经离职。"
    )
    assert not facts(text, "founded")


def test_an_accelerator_camp_s_founding_partner_and_a_rumoured_founding():
    """青桐创投营创始合伙人: a post at the camp, not a founding; 一度被传将创办…: hearsay of a
    plan."""
    text = (
        "本期路演由青桐创投营主办。青桐创投营创始合伙人任之遥表示，民乐项目很少。"
        "泰康之家前副总经理鲍一宁今年初离职后，一度被传将创办养老社区运营公司。"
    )
    assert not facts(text, "founded")
    assert ("任之遥", "青桐创投营") in pairs(text, "employment")


def test_a_known_name_is_not_cut_by_a_longer_one_starting_inside_it():
    """对外经济贸易大学保险学院教授: 对 reads as a function word, but the known university stands;
    外经济贸易大学保险学院 (starting inside it) is no name."""
    text = "对外经济贸易大学保险学院教授孔令岩对记者表示，需求明显上升。"
    assert ("孔令岩", "对外经济贸易大学") in pairs(text, "employment")
    assert not any(name.startswith("外经济") for name in entities(text, "org"))


def test_public_institutions_are_employers_and_have_no_short_forms():
    """上海图书馆数字化部主任, 沈阳消防研究所研究员, 中国精算师协会: institutions by their endings;
    精算师 alone stays the profession, not a short form of the association."""
    text = (
        "典藏云由林晚照创办。林晚照此前是上海图书馆数字化部主任。她早年做过精算师，"
        "也是中国精算师协会会员。"
    )
    assert ("林晚照", "上海图书馆") in pairs(text, "employment")
    orgs = entities(text, "org")
    assert any(o.endswith("精算师协会") for o in orgs) and "精算师" not in orgs
    # 攻读图书馆学硕士 is a discipline; 香港一间私人艺术基金会 names no foundation
    other = "她赴香港大学攻读图书馆学硕士。她还担任香港一间私人艺术基金会的义务顾问。"
    assert not any(o.endswith(("图书馆", "基金会")) for o in entities(other, "org"))


def test_colleagues_named_and_offers_taken():
    """海康威视的老同事龙啸天, 前奥迪康同事蒯力: the colleague worked there; 接受了阿里巴巴的
    offer: a job taken; 没有接受…的offer: none."""
    text = (
        "最早和葛明川一起讨论方向的还有海康威视的老同事龙啸天。"
        "储文博与前奥迪康同事蒯力共同创立声川科技。"
        "公司注册前两个月，葛遥接受了阿里巴巴的offer，去做产品专家。他没有接受腾讯的offer。"
    )
    jobs = pairs(text, "employment")
    assert {("龙啸天", "海康威视"), ("蒯力", "奥迪康"), ("葛遥", "阿里巴巴")} <= jobs
    assert not any(org == "腾讯" for _, org in jobs)


def test_a_surname_before_an_everyday_verb_is_no_name():
    """一年后离职创办了穗衡: 后 is a surname, but 后离职 is "left later", not a person."""
    text = "他在华为做了五年工程师，一年后离职创办了穗衡科技。"
    assert "后离职" not in {f["person"] for f in facts(text, "founded")}


def test_a_city_named_like_a_person_is_no_founder():
    """在胡志明市创办了…: 胡志明 before 市 is the city, and 明市 no name either."""
    text = "我们第一位精算师欧凌霄去年离职，在胡志明市创办了做水稻洪涝险的田汐科技。"
    assert {f["person"] for f in facts(text, "founded")} == {"欧凌霄"}


def test_team_members_parted_by_a_line_break_tag_in_a_table_cell():
    """| 牙途AI | … | 宫砚秋（创始人）：前…主治医师<br>秦越（联合创始人兼CTO）：前推想科技… |:
    <br> ends one member's bio; each member founded the project, with their own past post."""
    text = (
        "青禾医疗加速营第五期 Demo Day｜口腔专场，2 个项目一表看完\n\n"
        "| 序号 | 项目 | 方向 | 创始团队 | 项目进展 |\n|---|---|---|---|---|\n"
        "| 1 | 牙途AI | 口腔影像AI | 宫砚秋（创始人）：北京大学口腔医学博士，前北京大学口腔医院"
        "放射科主治医师<br>秦越（联合创始人兼CTO）：前推想科技算法总监 | 种子轮 |\n"
        "| 2 | 颌正科技 | 正畸托槽 | 路晴岚（创始人）：天津医科大学本科，"
        "曾任登士柏西诺德正畸产品经理 | 天使轮 |\n"
    )
    assert {("宫砚秋", "牙途AI"), ("秦越", "牙途AI")} <= pairs(text, "founded")
    assert ("秦越", "推想科技") in pairs(text, "employment")


def test_a_short_brand_raising_a_sum_with_a_thousands_comma():
    """本地精品健身连锁力坊完成8,000万港元A轮: the comma of 8,000 ends no clause, so the round shows
    力坊 to be a company; 另一初创票速去年亦完成…: 年亦 (year, also) is no name."""
    text = (
        "本地精品健身连锁力坊完成8,000万港元A轮融资，由晨兴资本领投。力坊于2021年由简浩贤创立。"
        "另一本地票务初创票速去年亦完成3,000万港元天使轮融资。"
    )
    assert ("力坊", "A轮") in {(f["org"], f.get("round")) for f in facts(text, "funding")}
    assert "年亦" not in entities(text, "org")


def test_a_planned_partnership_is_no_founding():
    """与聚光科技的同事贺兰舟一起筹划创业: a plan with a colleague, who worked at 聚光科技 and
    founded nothing."""
    text = (
        "测岚环境由覃若谷创办。覃若谷最初是与聚光科技的同事贺兰舟一起筹划创业，"
        "但贺兰舟在公司注册前两个月决定留在聚光科技。"
    )
    assert "贺兰舟" not in {f["person"] for f in facts(text, "founded")}


def test_a_background_is_no_employer():
    """程昱川是科班出身的正畸医生: 科班出身 (trained in the field) says where he comes from, not
    where he works; the officers after go to the company."""
    text = (
        "齿悦科技近日完成融资。创始人兼CEO程昱川是科班出身的正畸医生，"
        "联合创始人兼COO苏宛宁负责运营。"
    )
    assert "科班出身" not in entities(text, "org")
    assert ("苏宛宁", "齿悦科技") in pairs(text, "founded")


def test_a_company_named_for_its_machinery_trade():
    """2010年进入巨大机械: 机械 ends a company's name as 科技 does (a candidate by its ending)."""
    from pedigree.ingest.text.zh.org_endings import suffix_candidates

    text = "赖宥辰是台大机械所硕士，2010年进入巨大机械，一待就是8年。"
    assert "巨大机械" in suffix_candidates(text)


def test_a_hospital_department_is_no_person():
    """联合创始人兼首席医疗官卓漪是皮肤科医生: 皮肤科 is a department (皮 is also a surname)."""
    text = (
        "澜肌完成B轮融资。联合创始人兼首席医疗官卓漪是皮肤科医生，"
        "她在北京大学医学部取得博士学位。"
    )
    people = {f.get("person") for f in facts(text)}
    assert "皮肤科" not in people and "卓漪" in people


def test_organisations_known_from_the_alias_table_need_no_frame():
    """申洲国际, 去哪儿网: real organisations the alias table lists are names wherever written,
    with nothing said of them."""
    assert {"申洲国际", "去哪儿网"} <= entities("申洲国际和去哪儿网都提到了这个问题。", "org")


def test_a_dateline_byline_opening_the_first_paragraph_hides_only_itself():
    # 某报社讯（记者 …）then the story on the same line: the figures after it are the story's.
    text = (
        "栎越科技发布年度业绩\n\n"
        "財经社3月20日讯（记者 冼乐）港股上市的球拍器材商栎越科技昨日晚间发布2024年度业绩。"
        "公告显示，截至2024年12月31日止年度，公司实现收入8.6亿元人民币，较2023年的7.1亿元增长约21%；"
        "毛利3.3亿元。\n\n"
        "另据业内估计，栎越的主要竞争对手栎川科技去年营收约5亿元。"
    )
    found = facts(text, "financial")
    assert has(found, metric="revenue", amount=860_000_000, period_end="2024-12-31")
    assert has(found, metric="revenue", amount=710_000_000, period_end="2023-12-31")
    assert has(found, metric="gross_profit", amount=330_000_000)
    assert not has(found, amount=500_000_000)  # an estimate, and another company's
    assert not any(f.get("person") == "冼乐" for f in facts(text))


def test_a_deals_target_is_not_the_company_in_question():
    # 拟收购X: X is the deal's object, so a later 公司 is still the buyer (named as a listed
    # company by its ticker); the target's registered name runs from after the verb (not
    # 消防工程有限公司 alone).
    text = (
        "栎焱消防2024年营收18亿元；拟3.6亿元收购栎澜消防工程51%股权\n\n"
        "栎焱消防（300917.SZ）昨晚披露2024年年度报告。2024年，公司实现营业收入18.64亿元，较上年的15.50亿元增长。"
        "同日，公司发布公告称，拟以自有资金3.6亿元收购杭州栎澜消防工程有限公司（下称“栎澜消防工程”）51%股权。"
    )
    found = facts(text, "financial")
    assert has(found, org="栎焱消防", metric="revenue", amount=1_864_000_000)
    assert has(found, org="栎焱消防", amount=1_550_000_000, period_end="2023-12-31")  # 较上年的
    assert not has(found, org="杭州栎澜消防工程有限公司")
    assert "消防工程有限公司" not in {f.get("org") for f in facts(text)}


def test_a_brand_that_reads_like_a_name_is_a_company_when_founded_joined_or_backed():
    # 山 is a surname, so 山岫 reads like a person; only a company is founded, joined and
    # backed. 当时 before a known name is when, not part of it.
    text = (
        "冉知夏和她的茶叶供应链\n\n"
        "这是山岫茶链的第14个产地站。去年，公司营收4.6亿元。"
        "2022年春天，她从喜茶离职。最初约好一起出来的，是当时喜茶的采购总监岳一帆。"
        "最终和她一起创办山岫的是邝野。2022年11月，峰瑞领投了山岫3000万元的天使轮。"
        "今年3月，前顺丰冷运副总裁钱朗加入山岫，出任COO。"
    )
    assert has(facts(text, "founded"), person="邝野", org="山岫")
    assert has(facts(text, "funding"), org="山岫", amount=30_000_000)
    assert has(facts(text, "employment"), person="钱朗", org="山岫")
    assert not any("当时" in (f.get("org") or "") for f in facts(text))
    assert not any(f.get("person") == "山岫" for f in facts(text))
    # 和她一起创办…的是X: X founded it; 她 is not whoever was named last (岳一帆)
    assert not has(facts(text, "founded"), person="岳一帆")


def test_a_cleft_founder_unread_gives_the_founding_to_no_one_else():
    # 和她一起创办X的是Y with Y no name: 她 must not become the last person named.
    text = (
        "冉知夏从喜茶离职。最初约好一起出来的，是当时喜茶的采购总监岳一帆。"
        "最终和她一起创办山岫的是她在喜茶的一位老同事。2022年11月，峰瑞领投了山岫3000万元的天使轮。"
    )
    assert not has(facts(text, "founded"), person="岳一帆")


def test_a_move_made_before_the_company_was_founded_is_no_founding():
    # 在公司成立前已转投X: 成立 says when; X is where he went, not what he founded.
    text = (
        "本地电池回收初创循川科技昨日宣布完成8,000万港元A轮融资。"
        "循川于2021年由钟颖琛及谭启朗共同创立，现时团队约35人。"
        "行政总裁钟颖琛为香港理工大学应用化学博士。钟颖琛最初构思项目时，曾与中学同学庞家豪一起做实验，"
        "但庞家豪在公司成立前已转投特斯拉上海超级工厂，并无参与创办。"
    )
    founded = facts(text, "founded")
    assert has(founded, org="循川科技")
    assert {f["person"] for f in founded} <= {"钟颖琛", "谭启朗"}


def test_a_funding_roundups_entries_each_speak_of_their_own_company():
    # ◆ NAME｜ROUND｜AMOUNT headings: each entry's 本轮 and bare founder titles are its own
    # company's, its investors are not the next entry's, and the heading gives the amount.
    text = (
        "硬科技融资周报｜本周4起融资，栎芯微拿下2亿元B轮\n\n"
        "【轨道交通】\n\n"
        "◆ 栎芯微｜B轮｜2亿元\n"
        "栎芯微是一家轨道交通安全芯片公司。本轮2亿元B轮融资由国家制造业转型升级基金领投，中车资本跟投。\n"
        "团队：创始人兼CEO闻人澈，曾任中国铁路通信信号股份有限公司研究设计院总工程师，东南大学博士。\n\n"
        "◆ 岔检智能｜天使轮｜数千万元\n"
        "岔检智能做高铁道岔的状态监测。本轮天使轮由英诺天使基金投资。\n"
        "团队：创始人宓子航，前中国铁路上海局集团工务段工程师；西南交通大学本科。\n\n"
        "【建材陶瓷】\n\n"
        "◆ 瓷栎新材｜A轮｜8000万元\n"
        "瓷栎新材研发陶瓷平板膜。本轮A轮由深创投领投，合肥产投跟投。\n"
        "团队：创始人栾一鸥，此前是中国科学院上海硅酸盐研究所研究员。\n\n"
        "【传闻与澄清】\n"
        "有媒体报道称，建材平台“砼栎云”已完成由高瓴领投的1亿元A轮融资。砼栎云方面回应称消息不实。\n"
    )
    founded = pairs(text, "founded")
    assert {("宓子航", "岔检智能"), ("栾一鸥", "瓷栎新材"), ("闻人澈", "栎芯微")} <= founded
    funding = facts(text, "funding")
    assert has(funding, org="瓷栎新材", round="A轮", amount=80_000_000)
    assert has(funding, org="岔检智能", round="天使轮", amount=None)
    investors = pairs_of_investors(text)
    assert investors >= {("英诺天使基金", "岔检智能"), ("深创投", "瓷栎新材")}
    assert ("深创投", "岔检智能") not in investors
    assert not has(funding, org="砼栎云")  # said by "some media", denied


def test_a_colon_led_roundup_entry_and_a_rare_hong_kong_surname():
    # ■ NAME：ROUND is an entry like ◆ NAME｜ROUND; 祈 is a surname (as 祁 is).
    text = (
        "一周融资｜法律科技密集获投\n\n"
        "■ 栎镜科技：3000万美元B轮\n"
        "AI视频翻译公司栎镜科技宣布完成3000万美元B轮融资，由红杉中国领投。创始人兼CEO庄以恒此前是快手国际化产品负责人。\n\n"
        "■ 契栎猫：Pre-A轮\n"
        "面向个体工商户的电子签平台契栎猫完成Pre-A轮融资，投资方为梅花创投，金额未披露。创始人龙晋曾任e签宝产品总监。\n\n"
        "另一创办人、技术总监祈家朗在香港科技大学取得计算机科学博士学位。\n"
    )
    assert ("龙晋", "契栎猫") in pairs(text, "founded")
    assert ("梅花创投", "契栎猫") in pairs_of_investors(text)
    assert has(facts(text, "education"), person="祈家朗", org="香港科技大学")


def test_a_registered_name_keeps_its_city_and_the_legal_representative_past_its_short_form():
    # 北京律见科技有限公司（下称“律见”）成立于…，法定代表人为X: the whole registered name, with
    # its city, though 律见 stands alone; 北京和弦岛…: 和 opens the name, it joins nothing;
    # 2019年晋升为集团…: a date and a promotion are no organisation.
    text = (
        "施予衡在腾讯工作了十五年，2019年晋升为集团法务部副总经理。"
        "企查查信息显示，北京律见科技有限公司（下称“律见”）成立于2025年6月，注册资本500万元，"
        "法定代表人为施予衡。律见的首款产品已上线。"
    )
    assert ("施予衡", "北京律见科技有限公司") in pairs(text, "founded")
    assert not any("晋升" in (f.get("org") or "") for f in facts(text))
    other = "工商信息显示，北京和弦岛科技有限公司成立于今年1月，注册资本500万元，法定代表人为郦晴。"
    assert pairs(other, "founded") == {("郦晴", "北京和弦岛科技有限公司")}


def test_spaces_typed_between_chinese_and_figures_change_nothing():
    # 2017 年, 于 2022 年, 做过 4 年: the same facts as without the spaces, quotes as written.
    text = (
        "路演项目一览\n\n| 项目 | 方向 | 团队 | 融资 |\n|---|---|---|---|\n"
        "| 契栎 | 合同风控 | 桑若谷（创始人兼CEO）：连续创业者，"
        "2017 年创办的电子签约公司签栎通于 2022 年被收购，更早在德勤做过 4 年法务咨询经理；"
        "范一川（联合创始人兼CTO）：前签栎通技术负责人 | — |\n"
        "| 帧栎 | 视频翻译 | 霍宜珊（创始人）：前字节跳动产品经理 | — |\n"
    )
    found = extract(text, lang="zh", published=PUBLISHED)
    for fact in found:
        assert fact.quote == text[fact.start : fact.end]
    founded = pairs(text, "founded")
    assert ("桑若谷", "签栎通") in founded
    assert not {org for _, org in founded} & {"电子签约公司", "签栎通于2022", "签栎通于 2022"}
    assert ("桑若谷", "德勤") in pairs(text, "employment")


def test_founders_denied_in_a_later_clause_or_without_founding_and_a_heading_names_no_one():
    # 并无参与创办X; 覃安…，目前在逐风担任COO，但并非公司联合创始人 (the legal representative
    # too); 本集团创办人 alone on a line heads the section after it.
    text = (
        "天眼查信息显示，常州逐栎智能科技有限公司成立于2024年11月，注册资本500万元，法定代表人为覃安。"
        "据知情人士介绍，覃安原为小牛电动供应链总监，目前在逐栎担任COO，但并非公司联合创始人。"
        "与邰晨阳共同创办逐栎智能的，是前哈啰出行硬件研发负责人戚雨桐。"
        "彭子朗在公司成立前已转投阿联酋航空货运部，并无参与创办逐栎。\n\n"
        "黄珮琪女士，于2025年6月获委任为本公司联席公司秘书。\n\n本集团创办人\n\n"
        "如上文所述，苏州逐栎由邰晨阳先生与戚雨桐先生于2023年共同创立。\n"
    )
    people = {person for person, _ in pairs(text, "founded")}
    assert "邰晨阳" in people
    assert not people & {"覃安", "彭子朗", "黄珮琪"}


def test_taiwan_words_are_no_names_and_yu_opens_a_given_name():
    # 雷射 (laser), 解键合 (debonding), 封测厂: words, not 雷/解/封 and a given name;
    # 洪于婷: 于 opens her given name (not 公司于今年).
    text = (
        "光栎科技由賴俊廷於2020年創辦。他與洪于婷共同創辦光栎科技。洪于婷是清華大學材料系碩士，"
        "現為光栎共同創辦人暨營運長。光栎主攻晶圓解鍵合，賴俊廷曾在竹南先進封測廠擔任製程整合工程師。"
        "簡宏毅去年離職，創辦了雷射清洗新創淨栎。公司於今年完成A輪融資。"
    )
    found = facts(text)
    people = {f.get("person") for f in found} - {None}
    assert "洪于婷" in people
    assert not people & {"雷射", "解键合", "封测厂", "司于今"}


def test_arabic_transliterations_and_hyphenated_latin_glosses_are_whole_names():
    text = (
        "沙舟物流由庞晓岚创办。和她一起创办沙舟物流的，是沙特人哈立德·奥泰比（Khalid Al-Otaibi），"
        "他曾在阿美石油工作。"
    )
    people = {f.get("person") for f in facts(text)} - {None}
    assert "哈立德·奥泰比" in people
    assert not people & {"德·奥泰比", "Khalid Al"}


def test_posts_held_where_someone_went_or_was_a_researcher():
    # 在X当了四年研究员; 2010年进入X，历任…: X is where they worked, though nothing else
    # shows it is an organisation.
    text = (
        "濮砚秋从西南交通大学博士毕业后，她在中国铁道科学研究院当了四年研究员。"
        "彭曜是华中科技大学光学工程博士，2010年进入锐栎激光，历任研发工程师、研发中心主任。"
    )
    jobs = pairs(text, "employment")
    assert ("濮砚秋", "中国铁道科学研究院") in jobs
    assert ("彭曜", "锐栎激光") in jobs


def test_taiwan_compound_surnames_and_hou_before_an_everyday_word():
    # 范姜宜蓁: the Hakka compound surname 范姜; 辞去…职务后全职加入: 后 is "after" there.
    text = (
        "兰序生技由范姜宜蓁于2018年创办。范姜宜蓁曾任台糖研究员。"
        "鲍知岳今年1月辞去作科所职务后全职加入禾栎，担任CEO。"
    )
    people = {f.get("person") for f in facts(text)} - {None}
    assert "范姜宜蓁" in people
    assert "后全职" not in people


def test_a_numbered_roundup_entry_gives_its_round_from_the_heading():
    # 1. NAME｜ROUND｜AMOUNT, then 【投资方】…领投 with no round word: the heading's round, with
    # the entry's investors; X战略投资 is who invested, not a round of X's.
    text = (
        "虚拟内容投融资周报｜本周5起融资\n\n【融资事件】\n\n"
        "1. 蜃栎数字｜B轮｜3亿元\n【公司简介】XR虚拟演唱会服务商。\n"
        "【投资方】腾讯投资领投，华映资本跟投。\n【创始团队】创始人兼CEO叶澜舟，前华强方特数字动画总监。\n\n"
        "2. 幕栎智能｜A+轮｜5,000万元\n【公司简介】动画与游戏AI配音。\n"
        "【投资方】字节跳动战略投资，老股东启明创投跟投。\n【创始团队】创始人兼CEO尹若川，中国科学技术大学博士。\n"
    )
    funding = facts(text, "funding")
    assert has(funding, org="蜃栎数字", round="B轮", amount=300_000_000)
    assert has(funding, org="幕栎智能", round="A+轮", amount=50_000_000)
    assert not has(funding, org="字节跳动")
    assert {("腾讯投资", "蜃栎数字"), ("字节跳动", "幕栎智能")} <= pairs_of_investors(text)
    assert {("叶澜舟", "蜃栎数字"), ("尹若川", "幕栎智能")} <= pairs(text, "founded")


def test_a_span_of_years_is_no_products_count():
    text = (
        "兰序生技由范姜宜蓁创办，主打兰花育种。"
        "她说，在台糖那八年（2009到2017年），她学会了耐心。"
    )
    assert not facts(text, "product_metric")


def test_the_investors_in_the_room_are_no_products_count():
    text = (
        "栎苗科技做种业基因检测，产品栎苗芯片已覆盖120家育种企业。"
        "路演当天，台下坐着50多家机构的投资人。"
    )
    values = {f["value"] for f in facts(text, "product_metric")}
    assert 50 not in values


def test_a_name_ends_before_a_preposition_that_opens_a_time():
    """冷秋实在2024年离开, 曾偉樂於2023年加入: 在 and 於 open the time, so 实在 and 乐于 (words
    of their own) do not cut the name."""
    text = (
        "砚川科技的第一任CTO沈秋实在2024年离开公司，创办了面向民宿的客服公司“应声猫”。"
        "技术总监韩伟乐于2023年加入砚川科技，此前在客路担任工程经理。"
    )
    assert ("沈秋实", "应声猫") in pairs(text, "founded")
    jobs = pairs(text, "employment")
    assert ("韩伟乐", "客路") in jobs
    assert not any(person in ("沈秋", "韩伟") for person, _ in jobs)


def test_a_denial_after_the_company_named_as_its_subject():
    """谈越仅以个人身份参与了公司天使轮投资，并非联合创始人: 公司 stands between the person and
    the denial, and is the company, not the one denied."""
    text = (
        "锻岩科技完成3亿元A轮融资。此前有报道称，前蓝箭航天副总裁谈越为锻岩科技联合创始人。"
        "对此，锻岩科技方面澄清称，谈越仅以个人身份参与了公司天使轮投资，并非联合创始人。"
    )
    assert not any(person == "谈越" for person, _ in pairs(text, "founded"))
    assert ("谈越", "蓝箭航天") in pairs(text, "employment")


def test_a_name_ending_in_he_before_what_a_person_does():
    """骆清和是学前教育科班出身, 骆清和转投金宝贝中国: 和 ends the name (no second name follows);
    a company someone moves to (转投) is an employer, and the co-founder named after it is the
    story's company's."""
    text = (
        "36氪获悉，托育品牌「栖木托育」完成1.2亿元A+轮融资。栖木托育成立于2022年，总部位于杭州。\n\n"
        "创始人兼CEO骆清和是学前教育科班出身：本科就读于华东师范大学学前教育专业。2011年，她加入"
        "红黄蓝教育。2020年，骆清和转投金宝贝中国，出任加盟事业部总经理。\n\n"
        "联合创始人兼COO邝书阳负责选址与拓店。他毕业于上海财经大学。"
    )
    founded = pairs(text, "founded")
    assert {("骆清和", "栖木托育"), ("邝书阳", "栖木托育")} <= founded
    assert ("骆清和", "金宝贝中国") in pairs(text, "employment")
    assert not any(person == "骆清" for person, _ in founded)


def test_the_headline_names_the_company_in_a_short_form():
    """A headline that names the company as 晶澈医疗 while the text names it most as
    晶澈医疗(苏州)有限公司: the story's company, not the former employer the headline also names
    (which the text names just as often)."""
    from pedigree.ingest.text.zh.context import Context

    text = Text(
        "博视健前大中华区总经理邬静文加盟晶澈医疗任CEO\n\n"
        "界面新闻获悉，晶澈医疗(苏州)有限公司（下称“晶澈医疗”）近日迎来新任首席执行官邬静文。"
        "邬静文2017年加入博视健，2020年起出任博视健大中华区总经理。晶澈医疗成立于2016年。"
    )
    layout = read_layout(text.folded, "zh")
    mentions, registry = read_mentions(text, layout)
    main = Context(text, layout, mentions, registry).main_company
    assert main is not None and main.name.startswith("晶澈医疗")


def test_a_town_after_its_province_is_a_place():
    """陸先生於2005年3月在福建晉江創立本集團: 晋江 after 在福建 is a town (the dictionary's place
    name), not a person 晋 江."""
    text = (
        "陸振華先生，56歲，本集團創辦人、執行董事、董事會主席兼行政總裁，主要負責本集團的整體戰略規劃。"
        "陸先生於2005年3月在福建晉江創立本集團。創立本集團前，陸先生於1991年7月至1999年6月任職於"
        "中國紡織品進出口總公司，擔任業務經理；並於1999年7月至2005年2月於遠東新世紀股份有限公司擔任"
        "銷售總監。陸先生於1991年7月取得蘇州大學紡織工程學士學位。\n\n"
        "陸綺華女士，33歲，執行董事兼副總經理，於2016年7月加入本集團。"
    )
    people = {row["person"] for row in facts(text) if "person" in row}
    assert "晋江" not in people and "陆振华" in people


def test_a_coined_brand_that_opens_like_an_adverb():
    """再舍: 再 ("again") opens no name, but the segmenter keeps 再舍 whole and the dictionary
    lacks it, and the text founds it and says it was set up: a company."""
    text = (
        "最终和卜宛清一起创办再舍的，是前顺丰仓储规划经理牟家俊，他如今是联合创始人。"
        "再舍在2021年1月正式成立。两个月后，险峰长青投了数百万元天使轮。"
        "2022年7月，再舍完成1.5亿元A轮融资，由今日资本领投。"
    )
    funded = {row["org"] for row in facts(text, "funding")}
    assert funded == {"再舍"}
    assert ("牟家俊", "再舍") in pairs(text, "founded")


def test_xi_is_a_surname():
    """习 is a surname (习蔓清): a demo-day table's first member is read."""
    text = (
        "蓝湾加速营第二期Demo Day回顾：2个项目一表看懂\n\n"
        "| 序号 | 项目 | 一句话介绍 | 创始团队 | 进展 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 潮岸数科 | 船舶能效管理SaaS | 习蔓清（创始人兼CEO）：大连海事大学本科，"
        "前马士基船队能效经理；甄朗清（联合创始人兼CTO）：前阿里云IoT架构师 | "
        "已接入210艘远洋船舶 |\n"
        "| 2 | 锐桨动力 | 内河船舶推进电机 | 卜怀渊（创始人）：湖南大学博士 | 已签订2份样机合同 |\n"
    )
    assert {("习蔓清", "潮岸数科"), ("甄朗清", "潮岸数科")} <= pairs(text, "founded")


def test_a_trade_ending_makes_a_company_name():
    """北麓牧业, 柏溪纸业: a name ending in a trade (牧业, 乳业, 纸业 …) is a company, and its
    short form (北麓) is the company wherever written."""
    text = (
        "这是北岚牧业创始人兼董事长阎知秋每个月至少要做一次的事。这家公司在黑龙江有7座牧场。\n\n"
        "北岚的第一笔外部资金来自2019年，高瓴领投了2亿元A轮。2023年8月，北岚完成8亿元B轮融资，"
        "由鼎晖投资领投。2024年，北岚营收21亿元。"
    )
    funded = {row["org"] for row in facts(text, "funding")}
    assert funded == {"北岚牧业"}
    assert ("阎知秋", "北岚牧业") in pairs(text, "founded")


def test_a_long_description_before_the_company_founded():
    """创办了塔式起重机租赁与智能运维公司鹤衡科技: a long description of the kind of company, then
    its name — the company founded is the name, not the description."""
    text = (
        "中联重科前副总裁奚正鹏已于去年9月正式离职，并在长沙创办了塔式起重机租赁与智能运维公司"
        "鹤衡科技。"
    )
    assert pairs(text, "founded") == {("奚正鹏", "鹤衡科技")}


def test_institutions_by_their_endings():
    """A kindergarten, a trade chamber, a design institute and a court are employers, named by
    their endings as a library or an association is."""
    text = (
        "杭州市云栖实验幼儿园园长方筱说，老师们最喜欢的是摔不坏。香港洗衣業商會主席何志強表示，"
        "行業正在轉型。曾任深圳市水务规划设计院高级工程师的许明远加入了公司。"
        "前上海市高级人民法院法官龙望舒以顾问身份加入衡契。"
    )
    found = pairs(text, "employment")
    assert {
        ("方筱", "杭州市云栖实验幼儿园"),
        ("何志强", "香港洗衣业商会"),
        ("许明远", "深圳市水务规划设计院"),
        ("龙望舒", "上海市高级人民法院"),
    } <= found


def test_a_trade_ending_found_by_its_frame_needs_no_more_evidence():
    """加入通力电梯, 在彩条屋影业担任: a frame of work finds a name ending in a trade, which alone
    would need more evidence; a place and a trade (美国农业科技公司) and a known firm and the field
    its post covers (华泰证券食品饮料分析师) are no names."""
    text = (
        "2005年毕业后，他加入通力电梯，做了六年现场维保工程师。夏知秋此前在彩条屋影业担任动画导演。"
        "她從美國農業科技公司回到台南。华泰证券食品饮料分析师庞冠宇认为，单店收入已连续回升。"
    )
    names = entities(text, "org")
    assert {"通力电梯", "彩条屋影业"} <= names
    assert not {"美国农业", "华泰证券食品"} & names
    assert ("夏知秋", "彩条屋影业") in pairs(text, "employment")
    text = (
        "2019年10月成立的回合創意，是台灣少數以原創桌遊為主業的公司。回合創意去年營收達"
        "新台幣8,600萬元。"
    )
    assert {row["org"] for row in facts(text, "financial")} == {"回合创意"}


def test_a_post_ends_where_its_holder_is_named_and_formerly_is_the_first_firms():
    """曾任百度高级工程师的许明远加入公司: the post at 百度 is 高级工程师 (not running over the
    holder's name), and the company joined is current — 曾 was said of 百度."""
    text = "星澜智能今日宣布完成数千万元A轮融资。曾任百度高级工程师的许明远加入公司。"
    rows = facts(text, "employment")
    assert {r.get("title") for r in rows if r["org"] == "百度"} == {"高级工程师"}
    assert has(rows, person="许明远", org="星澜智能", current=True)


def test_well_known_employers_are_known_even_where_they_read_like_a_name():
    """The alias table knows large firms the press names bare (贝因美, 伊利集团), a name that reads
    like a person's (贝因美) among them: a post framing it makes it the firm."""
    text = (
        "星澜智能今日宣布完成数千万元A轮融资。前贝因美品控经理龙知韵参与了讨论。"
        "伊利集团研发总监祁文静说，配方很好。"
    )
    assert {("龙知韵", "贝因美"), ("祁文静", "伊利集团")} <= pairs(text, "employment")


def test_a_degree_from_a_research_centre():
    """在中国科学院生态环境研究中心取得博士学位: a research centre that grants a degree is where
    one studied."""
    text = (
        "创始人兼CEO覃若谷在中国科学院生态环境研究中心取得博士学位，2015年至2022年在聚光科技"
        "工作。"
    )
    assert pairs(text, "education") == {("覃若谷", "中国科学院生态环境研究中心")}


def test_the_companys_own_people_named_in_its_voice():
    """我们第一位精算师欧凌霄去年离职, 公司最早的产品经理丘晓, …卢怀瑛加入我们: "we" in an answer
    is the speaker's company and 公司 the company in question; leaving ends the post. An
    advisor, an analyst of a firm called …公司 and a company secretary are no staff."""
    text = (
        "晴耕科技创始人鲍清野接受了采访。\n\n问：团队里有人出去创业吗？\n\n"
        "鲍清野：有。我们第一位精算师欧凌霄去年离职，在胡志明市创办了田汐科技。"
        "今年3月，前友邦中国理赔总监卢怀瑛加入我们，负责理赔服务。我们的顾问姚鹤鸣每月来一次。"
        "中金公司分析师雷书言认为，这个市场还很早。"
    )
    rows = facts(text, "employment")
    assert has(rows, person="欧凌霄", org="晴耕科技", title="精算师", current=False)
    assert has(rows, person="卢怀瑛", org="晴耕科技", current=True)
    staff = {r["person"] for r in rows if r["org"] == "晴耕科技"}
    assert not {"姚鹤鸣", "雷书言"} & staff


def test_a_common_noun_is_no_employer_for_a_post_about_it():
    """担任车架研发经理: a post about a thing (车架, a frame) names no firm; but 瓜子 is the brand
    of 瓜子二手车 named in the text, and a post there is at the firm."""
    text = (
        "逆坡完成近亿元A轮融资。“这只车架是790克。”戈澜2019年转入捷安特昆山研发中心，担任"
        "车架研发经理。我们的车架全部在东莞自己的工厂里生产。"
    )
    assert "车架" not in entities(text, "org")
    text = (
        "瓜子二手车以一句广告语打遍全国。郁青山2015年加入瓜子，先后负责过车源采购。"
        "缪晨曾是瓜子的车商产品总监，党一帆则在瓜子做过华北大区总经理。"
    )
    # (the alias table knows 瓜子 as 瓜子二手车's short name: one firm, by its full name)
    assert {("郁青山", "瓜子二手车"), ("缪晨", "瓜子二手车")} <= pairs(text, "employment")


def test_a_trade_word_after_a_field_is_no_name():
    """远洋渔业装备的国产替代, 选远洋渔业这么冷的赛道: deep-sea fishing as a field, not a firm."""
    text = (
        "声渔科技完成数千万元A轮融资。经纬创投合伙人表示，远洋渔业装备的国产替代空间很大。"
        "问：为什么选远洋渔业这么“冷”的赛道？"
    )
    assert "远洋渔业" not in entities(text, "org")


def test_a_name_said_to_be_a_kind_of_firm():
    """栖禾康复是一家社区康复诊所连锁: what the name is said to be makes it a company."""
    text = (
        "早上七点，栖禾康复的门诊还没开门。\n\n栖禾康复是一家社区康复诊所连锁，2021年5月在上海"
        "成立。2024年栖禾营收3.1亿元。"
    )
    assert "栖禾康复" in entities(text, "org")
    assert {row["org"] for row in facts(text, "financial")} == {"栖禾康复"}


def test_a_stake_and_a_time_are_no_names():
    """并不持有竹屿股份: shares in the company; 在公司注册前就退出了: before it was registered."""
    text = (
        "竹屿完成1.2亿元A+轮融资。最早参与筹备的还有方楠，但他在公司注册前就退出了，"
        "并不持有竹屿股份。"
    )
    assert not {"竹屿股份", "前就退出了"} & entities(text, "org")


def test_a_coined_name_founded_by_people_is_no_person():
    """沐炊由赖品妤与萧宇辰共同创办: 沐 is a surname, but what people founded is a company; and
    沐炊2022年取得心元资本的种子轮投资 is its round."""
    text = (
        "走进沐炊位于新北三重的办公室，创办人暨执行长赖品妤拿起一个内锅。2021年4月，沐炊由赖品妤"
        "与萧宇辰共同创办。资金方面，沐炊2022年取得心元资本的种子轮投资。"
    )
    assert "沐炊" in entities(text, "org")
    assert ("赖品妤", "沐炊") in pairs(text, "founded")


def test_one_meant_to_start_the_company_who_never_joined_founded_nothing():
    """原本要和她一起创业的大学同学杨子瑜，在公司成立前决定赴美攻读博士，最后没有加入: a plan
    undone, no founder."""
    text = (
        "极肌营养由许安琪于2021年创办。原本要和她一起创业的大学同学杨子瑜，在公司成立前决定赴美"
        "攻读博士，最后没有加入。"
    )
    founders = {person for person, _ in pairs(text, "founded")}
    assert "许安琪" in founders and "杨子瑜" not in founders


def test_formerly_after_a_name_and_a_long_name_founded():
    """汤昊原为普华永道审计经理: 原为 is "formerly was", not the end of the name 汤昊原;
    孔令章创办的北辰远景留学完成…融资: a six-character name after 创办的 is the company that
    raised."""
    text = "峻德教育完成融资。公司首席财务官汤昊原为普华永道审计经理，2017年加入公司。"
    assert ("汤昊", "普华永道") in pairs(text, "employment")
    text = (
        "去年9月，前途出国前执行总裁孔令章创办的北辰远景留学完成数千万元天使轮融资，由险峰长青"
        "独家投资。"
    )
    assert {row["org"] for row in facts(text, "funding")} == {"北辰远景留学"}


def test_a_fiscal_year_ended_and_the_one_before():
    """截至2025年8月31日止财年: the year to that day; 期内 carries it on, and 上一财年 is the year
    before it."""
    text = (
        "峻德教育集团昨日晚间发布截至2025年8月31日止财年的年度业绩。期内，公司实现营业收入18.6亿元。"
        "上一财年，峻德教育的营收为15.9亿元。"
    )
    spans = {
        (row["amount"], row["period_start"], row["period_end"])
        for row in facts(text, "financial")
    }
    assert spans == {
        (1860000000.0, "2024-09-01", "2025-08-31"),
        (1590000000.0, "2023-09-01", "2024-08-31"),
    }


def test_money_put_into_a_company_and_a_person_in_a_list_of_investors():
    """向醇汇注资: 醇汇 took the money, it is no investor (and stays the company the story is
    about); 数码港投资创业基金及天使投资者罗启华跟投: a person named as an angel in the list; 今轮
    is "this round", no name."""
    text = (
        "醇汇昨日宣布完成8,000万港元A轮融资，由戈壁创投领投，数码港投资创业基金及天使投资者罗启华"
        "跟投。公司表示，今轮融资后估值约4亿港元。罗启华早于2022年3月以个人身份向醇汇注资1,200万"
        "港元。"
    )
    found = facts(text, "investor")
    assert {(r["investor"], r["org"]) for r in found} == {
        ("戈壁创投", "醇汇"),
        ("数码港投资创业基金", "醇汇"),
        ("罗启华", "醇汇"),
    }
    assert {r["org"] for r in facts(text, "valuation")} == {"醇汇"}


def test_founded_in_a_year_by_people_and_an_unnamed_foreign_owned_firm():
    """广聆于2021年由尹嘉朗、赖颖欣及邬卓轩共同创立: the year between the name and 由 still says
    people founded it; 一家日资客服集团 is a firm left unnamed."""
    text = (
        "三语客服中心广聆完成8,000万元A轮融资。广聆于2021年由尹嘉朗、赖颖欣及邬卓轩共同创立，"
        "为银行提供客服。对于有传闻指一家日资客服集团有意入股，尹嘉朗表示没有此事。"
    )
    names = entities(text, "org")
    assert "广聆" in names and "客服集团" not in names
    assert ("尹嘉朗", "广聆") in pairs(text, "founded")


def test_a_company_pages_section_heading_is_no_project():
    """【管理团队】 on a company's own page heads its officers, not a project they founded."""
    text = (
        "煦桥物业服务集团 ｜ 首页 › 关于煦桥 › 管理团队\n\n【关于煦桥】\n\n煦桥物业服务集团2009年"
        "创立于武汉，是一家综合物业服务企业。\n\n【管理团队】\n\n梅启元｜创始人、董事长\n"
        "梅启元先生于二〇〇九年创立煦桥物业，负责集团战略。\n\n褚立秋｜联合创始人\n"
        "褚立秋先生与梅启元先生共同创立煦桥。\n\n段清禾｜总裁\n段清禾女士于2020年加入煦桥。\n\n"
        "【顾问委员会】\n\n向朗｜顾问\n向朗先生为武汉大学教授。\n"
    )
    assert "管理团队" not in entities(text, "org")
    assert not any(org == "管理团队" for _, org in pairs(text, "founded"))


def test_one_who_prepared_the_company_and_stayed_away_founded_nothing():
    """她和工研院的学长魏承恩一起筹备创业，但公司登记前两个月，魏承恩决定留在工研院: a plan, and
    he stayed where he was."""
    text = (
        "晴瓦材料科技成立于2022年。起初，她和工研院的学长魏承恩一起筹备创业，但公司登记前两个月，"
        "魏承恩决定留在工研院继续做研究。"
    )
    assert not any(person == "魏承恩" for person, _ in pairs(text, "founded"))


def test_a_part_in_the_preparations_left_before_the_company_was_formed():
    """曾参与创立上海冰衡的筹备工作，惟于上海冰衡正式成立前已退出: no founder."""
    text = (
        "冰衡医药供应链控股有限公司由贺景行创办。本集团另一名早期发起人周晓岚女士曾参与创立上海冰衡"
        "的筹备工作，惟于上海冰衡正式成立前已退出，其后未有担任本集团任何职务。"
    )
    founders = {person for person, _ in pairs(text, "founded")}
    assert "周晓岚" not in founders


def test_an_employer_described_at_length_is_not_the_story_company():
    # (加入当时还叫X的Y: a long description between the verb and the employer)
    text = (
        "汇渡科技成立于2021年，为出口工厂提供多币种收款服务。创办人暨执行长庄以宁毕业于政大。"
        "2015年，她加入当时还叫TransferWise的Wise，担任亚太区合规经理，直到2020年。"
        "共同创办人暨技术长邬承远是台大资工硕士，曾任街口支付资深工程师。"
        "邬承远曾于2012年与友人共同创办二手书交易平台书栈，该平台已于2014年关闭。"
    )
    founded = {
        (f.fields["person"], f.fields["org"])
        for f in extract(text, lang="zh")
        if f.kind == "founded"
    }
    assert founded == {("庄以宁", "汇渡科技"), ("邬承远", "汇渡科技"), ("邬承远", "书栈")}


def test_a_company_called_by_the_first_two_characters_of_its_name():
    # (岚舟酿造 in full once, then 岚舟 alone as the subject: the story's short form)
    text = (
        "罗听雨2016年在宁波创立岚舟酿造（Lanzhou Brewing），做手工精酿啤酒。"
        "资金方面，岚舟于2023年5月完成3000万元A轮融资，由峰瑞资本领投。"
        "岚舟是少数自建麦芽厂的精酿品牌。"
    )
    found = extract(text, lang="zh")
    assert {f.fields["org"] for f in found if f.kind in ("funding", "investor")} == {"岚舟酿造"}


def test_interview_answers_under_a_publication_label_with_digits():
    # (36氪：… asks, the founder answers: 公司 in an answer is the interview's company, not the
    # studio a co-founder once ran)
    text = (
        "对话岚针科技甘远：把纹身机做成消费电子\n\n"
        "甘远是岚针科技的创始人兼CEO。他的搭档梅川2009年在广州创办过“川刺青”工作室。\n\n"
        "36氪：现在卖得怎么样？\n"
        "甘远：主力产品卖了8万多台。去年公司营收1.6亿元。\n\n"
        "36氪：下一步呢？\n"
        "甘远：先把欧洲做深。\n"
    )
    found = extract(text, lang="zh", published=date(2025, 6, 1))
    assert {f.fields["org"] for f in found if f.kind == "financial"} == {"岚针科技"}


def test_products_named_after_what_they_are():
    # (主力产品是…“X”，另一条线是…“Y”; “X”，以及…“Y”: the second joined to the first)
    text = (
        "岚竹家居成立于2019年。岚竹的主力产品是户外重竹地板“岚石”，另一条线是室内复合地板“岚栖”。"
        "潮味记成立于2020年。目前，潮味记的主力产品是古法鱼露“潮味三年”，以及面向年轻人的调味汁“潮味一滴”。"
        "潮味记的口号是“让海更近”和“慢一点”。"
    )
    found = extract(text, lang="zh")
    assert {(f.fields["org"], f.fields["product"]) for f in found if f.kind == "product"} == {
        ("岚竹家居", "岚石"),
        ("岚竹家居", "岚栖"),
        ("潮味记", "潮味三年"),
        ("潮味记", "潮味一滴"),
    }


def test_a_legal_representative_when_another_is_the_actual_founder():
    text = (
        "天眼查信息显示，成都禾川循环农业科技有限公司（下称“禾川循环”）成立于2025年2月，"
        "法定代表人为贺兰舟。知情人士确认，彭远川是公司的实际创始人，担任董事长兼CEO。"
        "贺兰舟是彭远川在新希望时期的老部下，今年3月加入禾川，出任COO。"
    )
    assert {p for p, _ in pairs(text, "founded")} == {"彭远川"}


def test_a_filing_headed_by_its_chinese_and_english_names():
    text = (
        "岚川管业科技控股有限公司\n"
        "Lanchuan Pipe Technology Holdings Limited\n"
        "（於開曼群島註冊成立的有限公司）\n"
        "招股章程　2025年12月8日\n\n"
        "董事及高級管理層\n\n"
        "祁遠樑先生，58歲，本公司創辦人、執行董事兼董事會主席。祁先生於2003年3月創立本集團。\n"
    )
    assert pairs(text, "founded") == {("祁远梁", "岚川管业科技控股有限公司")}


def test_a_company_short_name_that_reads_like_a_person():
    # (沐 is a surname, but 沐岚 begins 沐岚养发科技 and earns revenue and rounds: the company)
    text = (
        "台北东区的一栋大楼里，沐岚养发科技的旗舰门市刚刚开门。创办人暨执行长简若庭曾任莱雅品牌经理。"
        "去年，沐岚营收达新台币3.2亿元。沐岚2021年取得新台币3,000万元种子轮，"
        "2024年完成新台币2亿元A轮融资。"
    )
    assert "沐岚" not in entities(text, "person")
    assert ("简若庭", "莱雅") not in pairs(text, "founded")


def test_a_founding_by_a_relative_is_the_relatives():
    # whose grandfather, whose brother: the one the 的 leads to founded it
    text = (
        "瓷記由魏嘉朗的祖父魏金水在1958年創立，至今仍在台南營業。"
        "魏嘉朗與前誠品書店採購經理龔芷瑜共同創立陶里文創股份有限公司。"
    )
    founded = pairs(text, "founded")
    assert ("魏金水", "瓷记") in founded
    assert ("魏嘉朗", "瓷记") not in founded
    filing = (
        "恒邦精密控股有限公司\n招股章程\n\n董事及高級管理層\n\n"
        "章振邦先生，55歲，本集團創辦人、主席兼執行董事。"
        "章振邦先生的胞弟章振宇先生於2009年創辦寧波振宇模具有限公司（「振宇模具」）。"
    )
    assert ("章振宇", "宁波振宇模具有限公司") in pairs(filing, "founded")
    assert ("章振邦", "宁波振宇模具有限公司") not in pairs(filing, "founded")


def test_a_company_founded_before_the_group_is_named_whole():
    # 前身 (predecessor) is a word: the predecessor's name starts after it
    text = "莫先生於2004年6月創立本集團前身東莞恒晟五金製品有限公司（「東莞恒晟」）。"
    assert entities(text, "org") >= {"东莞恒晟五金制品有限公司"}
    assert not any(name.startswith("身") for name in entities(text, "org"))


def test_a_founder_of_a_rival_named_at_the_end_of_the_clause_before():
    # a story about one company, then a rival described and named, its founder in the next
    # clause: the rival's founder, and no founder of the story's company
    text = (
        "澜汐科技昨日宣布完成5,000萬港元A輪融資。澜汐科技由鄺思行於2021年創立。"
        "同樣做社區洗衣的淨衫，創辦人龐曉晴曾是澜汐科技的營運經理，去年離職後自立門戶。"
        "做外賣包裝的另一家公司綠盒科技同樣積極擴張，其創辦人莫穎欣曾在澜汐科技擔任採購主任。"
    )
    founded = pairs(text, "founded")
    assert ("庞晓晴", "净衫") in founded
    assert ("莫颖欣", "绿盒科技") in founded
    assert not {p for p, o in founded if o == "澜汐科技"} - {"邝思行"}


def test_a_firm_named_after_a_director_leaves_the_director_a_person():
    text = (
        "駿川物流控股有限公司\n招股章程\n\n董事及高級管理層\n\n"
        "鍾德明先生，61歲，於2025年6月獲委任為獨立非執行董事。鍾先生為香港執業律師，"
        "於1999年創辦鍾德明律師行並擔任創辦合夥人至今。\n"
    )
    assert "钟德明" in entities(text, "person")
    assert pairs(text, "founded") == {("钟德明", "钟德明律师行")}


def test_a_units_field_describing_a_new_company_is_no_mention_of_the_unit():
    text = (
        "据媒体梳理，信义玻璃前光伏玻璃事业部总经理聂远川于去年6月创办了光伏玻璃回收企业澄光科技，"
        "该公司同年11月完成3000万元天使轮融资。"
    )
    founded = pairs(text, "founded")
    assert ("聂远川", "澄光科技") in founded
    assert not any(org.endswith("事业部") or org == "光伏玻璃" for _, org in founded)


def test_a_quoted_product_then_when_then_its_count():
    text = (
        "嘉禾包装上半年营收约9亿元。"
        "产品层面，嘉禾包装自有品牌的可降解快递袋“青驿”上半年销量约1.2亿只；"
        "纸基快递袋“纸途”去年出货量约8000万只。"
    )
    metrics = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert metrics >= {("青驿", 120000000.0), ("纸途", 80000000.0)}


def test_a_partner_founded_what_the_founder_founded_not_their_former_employer():
    text = (
        "记者获悉，湖南雪峰盐业集团股份有限公司（下称“雪峰盐业”）前副总经理许长庚已于今年2月离职，"
        "并创办了一家功能盐品牌公司——湖南湘澜盐品科技有限公司（下称“湘澜盐品”）。"
        "与许长庚一同创业的，是江苏苏盐井神股份有限公司前市场总监戴雯婷。"
        "雪峰盐业是国内井矿盐龙头之一，许长庚在雪峰盐业工作了十二年。"
    )
    founded = pairs(text, "founded")
    assert ("戴雯婷", "湖南湘澜盐品科技有限公司") in founded
    employers = {"雪峰盐业集团", "江苏苏盐井神股份有限公司", "苏盐井神股份有限公司"}
    assert not {o for _, o in founded} & employers


def test_an_employer_described_as_a_chain_before_its_name():
    text = (
        "犬宿科技完成融资。"
        "创始人麦嘉宁此前在宠物医院连锁瑞派担任店长，毕业后在坚朗五金做了五年渠道销售。"
    )
    jobs = pairs(text, "employment")
    assert ("麦嘉宁", "瑞派") in jobs
    assert ("麦嘉宁", "坚朗五金") in jobs


def test_a_company_secretary_who_is_no_employee_and_a_guessed_move():
    filing = (
        "嵐橋建材控股有限公司\n招股章程\n\n董事及高級管理層\n\n"
        "鄧卓謙先生，52歲，本集團創辦人兼執行董事。\n\n"
        "聯席公司秘書\n\n"
        "文綺琳女士於2025年6月獲委任為本公司聯席公司秘書。文女士現為卓佳專業商務有限公司"
        "企業服務部董事，彼並非本集團僱員。\n"
    )
    jobs = pairs(filing, "employment")
    assert ("文绮琳", "卓佳专业商务有限公司") in jobs
    assert ("文绮琳", "岚桥建材控股有限公司") not in jobs
    story = "殷朔去年从一汽解放离职。外界一度猜测他会加盟中国重汽，但他最终选择了创业。"
    assert ("殷朔", "中国重汽") not in pairs(story, "employment")


def test_a_plant_of_a_company_is_a_job_at_the_company():
    text = "星河钓具完成融资。创始人梅向东曾在日本达亿瓦（Daiwa）的苏州工厂担任生产课长。"
    jobs = pairs(text, "employment")
    assert ("梅向东", "达亿瓦") in jobs
    assert ("梅向东", "苏州工厂") not in jobs


def test_a_rival_doing_something_then_its_founder():
    text = (
        "綠熔於2021年由伍朗晴及卓家俊共同創立。同業方面，本地另一家回收科技公司循金科技亦在研發"
        "類似設備，其創辦人莫志恒曾於新世界發展與伍朗晴共事。"
    )
    founded = pairs(text, "founded")
    assert ("莫志恒", "循金科技") in founded
    assert ("莫志恒", "绿熔") not in founded


def test_someone_who_accepted_another_firms_invitation_works_there():
    text = (
        "栗壳童品成立于2019年。但就在公司注册前两个月，郜安宁接受了无印良品的邀请，"
        "去做商品企划，最终没有加入。"
    )
    jobs = pairs(text, "employment")
    assert ("郜安宁", "无印良品") in jobs or ("郜安宁", "良品计画") in jobs  # (its owner's name)


def test_a_best_seller_named_in_quotes_and_its_count():
    text = "野岚户外完成A轮融资。其爆款充气帐篷“暖岚Air”上市两年累计卖出超过18万顶。"
    assert "暖岚Air" in {f["product"] for f in facts(text, "product")}
    metrics = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert ("暖岚Air", 180000.0) in metrics


def test_a_workplace_right_after_a_name_and_在():
    text = "星河科技完成融资。联合创始人张维舟在坚朗五金工作了五年，负责华东区渠道。"
    assert ("张维舟", "坚朗五金") in pairs(text, "employment")


def test_a_founder_title_beside_a_relatives_founding():
    text = (
        "鲤灯文旅近日完成数千万元Pre-A轮融资。鲤灯文旅2021年创立于四川自贡。"
        "创始人兼CEO罗晏清出身彩灯世家，父亲罗德坤早在1993年就创办了当地老牌灯组作坊“罗记灯坊”。"
    )
    founded = pairs(text, "founded")
    assert ("罗晏清", "鲤灯文旅") in founded
    assert ("罗晏清", "罗记灯坊") not in founded


def test_her_co_founder_makes_her_a_founder_too():
    text = (
        "庆乐科技成立于2021年，做节庆装饰的出海品牌。屠嘉宁是宁波大学本科，后来在香港科技大学读了MBA。"
        "2014年到2018年，她在亚马逊全球开店担任客户经理。"
        "她的联合创始人管毅是义乌本地人，此前在小商品城集团负责数字化部门。"
    )
    founded = pairs(text, "founded")
    assert {("屠嘉宁", "庆乐科技"), ("管毅", "庆乐科技")} <= founded
    assert "开店" not in entities(text, "person")


def test_a_two_character_name_the_next_sentence_calls_him():
    text = (
        "未来消费：晨露的联合创始人是怎么找到的？\n\n"
        "邝知秋：霍晏是我创业第一天就拉上的人。他在伊利做了六年研发总监，带过三十多人的团队。"
        "现在他是晨露的联合创始人兼CTO，所有配方都要过他那一关。\n"
    )
    assert "霍晏" in entities(text, "person")


INTERVIEW_BOLD = """对话澄洗智能冉川：从工厂到洗车房

采访｜林鹿

澄洗智能是一家做隧道式洗车设备的公司。我们和澄洗智能创始人冉川聊了聊。

**问：先说说你的经历？**

冉川：我2011年从清华大学本科毕业，第一份工作在博世，做测试工程师，干了五年。

**问：有报道说你在小米汽车工作过？**

冉川：没有，这是误传。小米汽车是我们的客户。

**问：团队是怎么搭起来的？**

冉川：2022年我和沈默一起创办了澄洗。另外，我在博世时的老领导吕向东答应做我们的顾问，他当时是博世中国区副总裁。
"""


def test_an_interview_with_questions_in_bold():
    # the bold questions are an interviewer's (问 is no project of a demo-day post), what they
    # suppose is no fact; 沈默 stays a surname and a name; the old boss is a person
    assert pairs(INTERVIEW_BOLD, "founded") == {("冉川", "澄洗智能"), ("沈默", "澄洗智能")}
    jobs = pairs(INTERVIEW_BOLD, "employment")
    assert {("冉川", "博世"), ("吕向东", "博世")} <= jobs
    assert ("冉川", "小米") not in jobs and ("冉川", "小米汽车") not in jobs


def test_a_demo_day_heading_whose_project_reads_like_a_name():
    # 路考通 reads like 路 and a given name; a tagline after the colon that names a kind of
    # thing (…系统) says it is the project
    post = (
        "奇点营路演实录：4个驾培项目\n\n"
        "**1. 路考通：科目三路考智能评判系统**\n\n"
        "用车载摄像头替代考官人工评判。\n\n"
        "| 姓名 | 职务 | 背景 |\n|---|---|---|\n"
        "| 倪嘉 | 创始人兼CEO | 东南大学硕士，前多伦科技产品总监 |\n\n"
        "**2. 车享净：洗车门店 SaaS**\n\n"
        "给单体洗车店用的会员系统。\n\n"
        "| 姓名 | 职务 | 背景 |\n|---|---|---|\n"
        "| 甘露 | 创始人兼CEO | 武汉大学本科，前有赞行业运营总监 |\n"
    )
    assert pairs(post, "founded") == {("倪嘉", "路考通"), ("甘露", "车享净")}


def test_an_interview_headline_names_the_company_and_a_two_role_byline_founds_nothing():
    text = (
        "对话绣岚创始人杨芷：把刺绣做进卫衣\n\n采访、撰文｜闻嘉树\n\n"
        "2020年创立的国潮刺绣服饰品牌绣岚，今年6月完成5000万元A轮融资，由黑蚁资本领投。\n\n"
        "问：你最早是怎么进入服装行业的？\n答：我是北京服装学院本科毕业的，2012年去了安踏做设计师。\n"
    )
    founded = pairs(text, "founded")
    assert ("杨芷", "绣岚") in founded
    assert not {p for p, _ in founded} & {"闻嘉树"}
    assert has(facts(text, "funding"), org="绣岚")


def test_a_demo_day_member_in_a_crafts_chief_post_is_hired():
    post = (
        "丝路加速营 Demo Day 项目回顾\n\n### 染知\n\n植物染配方数据库。\n\n**团队介绍**\n\n"
        "罗佩：创始人，东华大学博士，前德司达应用技术经理\n"
        "何悠然：首席染色师，前嘉禾丝绸技术主管\n\n"
        "### 丝链\n\n桑蚕丝溯源服务。\n\n**团队介绍**\n\n谭越：创始人兼CEO，前顺丰科技产品经理\n"
    )
    assert pairs(post, "founded") == {("罗佩", "染知"), ("谭越", "丝链")}
    assert ("何悠然", "染知") in pairs(post, "employment")


def test_a_brand_described_before_its_quoted_name_and_names_right_after_posts():
    # 香氛家居品牌「栖岚」 describes the company as a brand (not 品牌名“…”, a product's name);
    # COO裴晓岚复旦大学: the post's acronym, the person, then the school; 首席运营官邵可则: 官
    # ends the post
    text = (
        "36氪获悉，香氛家居品牌「栖岚」已于近日完成近2亿元人民币A轮融资，本轮由黑蚁资本领投。\n"
        "创始人兼CEO孟书禾曾在宝洁担任品牌经理。联合创始人兼COO裴晓岚复旦大学新闻学院硕士毕业，"
        "此前在美团任运营总监。公司首席运营官邵可则于2024年加入，他曾任名创优品供应链总监。\n"
    )
    assert has(facts(text, "funding"), org="栖岚")
    assert pairs(text, "founded") == {("孟书禾", "栖岚"), ("裴晓岚", "栖岚")}
    assert ("裴晓岚", "复旦大学") in pairs(text, "education")
    assert {("邵可", "栖岚"), ("邵可", "名创优品")} <= pairs(text, "employment")


def test_an_interview_headline_names_the_guests_company_without_a_post():
    text = (
        "对话老派理容社贺启明：一个理发学徒，怎么开出36家店\n\n记者｜方予宁\n\n"
        "在广州东山口，老派理容社的门口永远排着队。创始人贺启明16岁进理发店当学徒，"
        "他和太太苏晚在2018年一起创办了这家公司。\n\n"
        "问：现在规模多大？\n答：36家店。我们自己还做了一款发油，叫“老派理容社到家”。\n"
    )
    assert pairs(text, "founded") == {("贺启明", "老派理容社"), ("苏晚", "老派理容社")}


def test_team_table_roles_with_a_note_in_brackets():
    post = (
        "奇点创新营 Demo Day 项目介绍\n\n### 叠云机器人\n\n"
        "| 姓名 | 角色 | 背景 |\n| --- | --- | --- |\n"
        "| 宫澈 | 创始人兼CEO | 前海尔工程师 |\n"
        "| 蔡明远 | 首席科学顾问（兼职） | 华南理工大学教授 |\n"
        "| 蓝天 | 首席设计师（2024 年加入） | 前小米设计师 |\n\n"
        "### 洗界\n\n| 姓名 | 角色 | 背景 |\n| --- | --- | --- |\n"
        "| 闵昭 | 创始人 | 前蓝月亮经理 |\n"
    )
    assert pairs(post, "founded") == {("宫澈", "叠云机器人"), ("闵昭", "洗界")}
    assert ("蓝天", "叠云机器人") in pairs(post, "employment")


def test_a_companys_own_stores_are_its_count_not_its_slogans():
    text = (
        "砺锋格斗成立于2022年6月，主打“下班后一小时”的拳击团课，目前在上海、杭州共运营38家直营门店。\n"
        "风岚电器主打专业吹风机“风岚P3”，上线一年已进入约3500家门店。\n"
    )
    rows = facts(text, "product_metric")
    assert has(rows, product="砺锋格斗", value=38.0)
    assert has(rows, product="风岚P3", value=3500.0)


def test_a_company_named_in_everyday_words_shown_a_company_twice():
    # 月亮船 is made of everyday words (月亮, 船); raising a round and having founders, twice,
    # shows it is a company
    text = (
        "任秋池跪在地上，把一张画稿往左挪了十厘米。这是月亮舟童书新系列的第七版分镜。\n"
        "10月，月亮舟完成2.6亿元B轮融资，由高瓴创投领投。作为月亮舟的创始人兼CEO，任秋池却说，"
        "她最常被投资人问的问题是“为什么这么慢”。\n"
    )
    assert "月亮舟" in entities(text, "org")
    assert ("任秋池", "月亮舟") in pairs(text, "founded")


INTERVIEW_LABELLED = """对话鲸幕科技柯远航：门头上的那块屏

采访｜邓珂
Tech星球 2025-02-18

鲸幕科技的创始人兼CEO柯远航做了十年户外广告，2020年创业。去年9月，鲸幕完成5000万元A轮融资。

**Tech星球：你的第一份工作就和“屏”有关？**

柯远航：对。2010年我从华南理工大学本科毕业，进了分众传媒，做城市拓展经理。

**Tech星球：创业团队是怎么搭起来的？**

柯远航：联合创始人兼CTO龙嘉是我的高中同学，他在华为终端做了七年硬件工程师。
"""


def test_an_interview_whose_bold_questions_are_labelled_with_the_publication():
    # the publication asks, in bold, ending in a question mark: no demo-day project, no person
    founded = pairs(INTERVIEW_LABELLED, "founded")
    assert founded == {("柯远航", "鲸幕科技"), ("龙嘉", "鲸幕科技")}
    assert ("龙嘉", "华为") in pairs(INTERVIEW_LABELLED, "employment")


def test_by_whom_work_is_done_is_no_investor():
    # 由匠招自有工厂排产: 由 names who makes it, in a sentence with no money; the company is
    # still the one the story is about
    text = (
        "36氪获悉，门头招牌服务商「匠衡科技」近日完成1.2亿元A+轮融资，本轮由顺为资本领投。\n"
        "商户在小程序里上传照片，确认后由匠衡自有工厂排产，再由合作师傅上门施工。\n"
        "匠衡科技成立于2022年。创始人兼CEO方屹此前在美团工作。\n"
    )
    assert has(facts(text, "funding"), org="匠衡科技")
    assert ("方屹", "匠衡科技") in pairs(text, "founded")


def test_an_investor_list_item_holds_no_verb_of_raising():
    text = "凛溪是一家冷萃茶饮品牌。就在今年2月，凛溪刚拿下由拾穗资本领投的A轮，当时未披露金额。"
    assert has(facts(text, "funding"), org="凛溪")
    assert {(f["investor"], f["org"]) for f in facts(text, "investor")} == {("拾穗资本", "凛溪")}


def test_a_roundup_entrys_round_and_investors_in_labelled_fields():
    text = (
        "融资周报丨本周2起融资\n\n01丨湖颖笔业：湖州善琏的新湖笔品牌\n\n"
        "· 轮次及金额：天使轮，2000万元\n· 投资方：险峰长青领投，天使投资人章墨林跟投\n"
        "· 团队：创始人兼CEO沈颖川此前在得力集团担任产品总监。\n\n"
        "02丨格物习字：AI硬笔练字App\n\n· 轮次及金额：Pre-A轮，5000万元\n· 投资方：蓝驰创投领投\n"
        "· 团队：创始人兼CEO卢一禾曾任作业帮产品副总裁。\n"
    )
    rows = facts(text, "funding")
    assert has(rows, org="湖颖笔业", amount=20000000.0)
    assert has(rows, org="格物习字", amount=50000000.0)
    investors = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert investors == {("险峰长青", "湖颖笔业"), ("章墨林", "湖颖笔业"), ("蓝驰创投", "格物习字")}


def test_a_given_name_opened_by_yu_whose_next_character_is_rare():
    # 廖于萱: 于 opens a given name whose second character the model's training text lacks
    text = "升联科技创办人廖于萱表示，公司明年将扩张。廖于萱2009年加入研华，担任嵌入式系统工程师。"
    assert ("廖于萱", "升联科技") in pairs(text, "founded")
    assert "公司于今年" not in entities("公司于今年完成融资。", "person")


def test_what_was_founded_named_after_a_kind_of_firm_ending_in_shang():
    # 创办了宠物理赔服务商宠立方: the name after the kind of firm is what was founded and raised
    text = (
        "2023年，蚂蚁保险前产品总监柴晋创办了宠物理赔服务商宠立方，"
        "并于2024年6月获得蓝驰创投数千万元天使轮投资。"
    )
    assert ("柴晋", "宠立方") in pairs(text, "founded")
    assert {(f["investor"], f["org"]) for f in facts(text, "investor")} == {("蓝驰创投", "宠立方")}


def test_hearsay_is_no_part_of_a_companys_name():
    text = (
        "企查查显示，杭州毛伴科技有限公司（下称“毛伴科技”）成立于2025年1月。"
        "此前，有消息称毛伴科技已获得高瓴数千万元天使轮投资，庞世钧否认了这一说法。"
    )
    assert not any("消息" in org for org in entities(text, "org"))


ROUNDUP_MIXED_MARKS = """融资快讯丨户外装备一周融资

【一】鳍动科技：3000万元Pre-A轮，险峰长青领投

智能渔具公司鳍动科技近日完成3000万元Pre-A轮融资，由险峰长青领投。创始人唐砚秋曾在小米担任产品经理。

2. 山屿装备丨数千万元A轮

钛合金炊具品牌山屿装备已于5月完成数千万元A轮融资，青崖资本独家投资。山屿由霍云深于2022年创立。

• 钓客星球：500万美元天使轮

钓鱼社区App“钓客星球”的运营方星渔网络近日完成500万美元天使轮融资，真格基金独家投资。创始人司徒奕此前在快手担任运营负责人。目前钓客星球月活跃用户约180万。

【四】营管家：1200万元种子轮

营地管理SaaS服务商「营管家」宣布获得奇绩创坛1200万元种子轮投资。创始人冼博，前美团产品专家。
"""


def test_a_roundup_numbered_in_brackets_and_bulleted_with_a_round_after_a_colon():
    # 【一】 and 【四】 number entries (no company called 一); • 钓客星球：500万美元天使轮 opens one
    founded = pairs(ROUNDUP_MIXED_MARKS, "founded")
    assert {("唐砚秋", "鳍动科技"), ("冼博", "营管家"), ("司徒奕", "星渔网络")} <= founded
    assert not any(org in ("一", "四") for _, org in founded)
    investors = {(f["investor"], f["org"]) for f in facts(ROUNDUP_MIXED_MARKS, "investor")}
    assert ("真格基金", "星渔网络") in investors and ("真格基金", "山屿装备") not in investors


def test_the_two_are_the_story_s_person_and_the_colleague_she_started_with():
    text = (
        "冷霁是霁野户外的创始人。在探路者时，她的上司、前探路者副总裁严柏回忆，她总在问帐篷为什么那么重。"
        "2015年，她辞职去英国利兹大学读了纺织技术硕士。\n\n"
        "创业是和老同事郗晨一起开始的。两人是探路者同一批入职的新人，后来郗晨去了迪卡侬做供应链经理。"
        "2021年春天，两人在杭州注册了霁野，冷霁任CEO，郗晨任COO。"
    )
    founded = pairs(text, "founded")
    assert ("严柏", "霁野户外") not in founded
    assert ("冷霁", "利兹大学") in pairs(text, "education")


def test_a_conjunction_he_and_a_father_named_by_kin_are_not_the_story_s_she():
    text = (
        "冷霁在浙江临海长大。1998年，她的父亲冷国栋在临海创办了国栋篷业，给欧美品牌代工遮阳篷和帐篷，"
        "她的童年是在缝纫车间里度过的。2011年从东华大学纺织工程专业本科毕业后，她进了探路者。"
    )
    assert "和帐篷" not in entities(text, "person")
    assert ("冷霁", "东华大学") in pairs(text, "education")
    assert ("冷国栋", "东华大学") not in pairs(text, "education")


def test_a_compound_surname_s_head_alone_is_a_surname_and_a_given_name():
    # 贺兰 before a comma is 贺 and 兰; 歐陽先生 still the compound surname's address
    text = (
        "3. 雪线｜高海拔帐篷\n"
        "创始人闫朔，哈尔滨工业大学本科；联合创始人贺兰，前凯乐石产品经理，北京服装学院本科。"
    )
    assert ("贺兰", "北京服装学院") in pairs(text, "education")
    filing = "歐陽朗先生，52歲，獨立非執行董事。歐陽先生持有清華大學經濟學學士學位。"
    assert "欧阳" not in entities(filing, "person")


def test_a_name_ending_in_tong_and_a_city_after_its_province():
    text = (
        "早上六点，河南周口城郊，麦田纪的石磨车间已经转了两个小时。甘叔同抓起一把面粉。"
        "2022年，甘叔同辞职回到周口，接手父亲的面粉厂。2023年初，甘叔同和卓婉清一起创办了麦田纪。"
    )
    people = entities(text, "person")
    assert "甘叔同" in people and "周口" not in people
    assert ("甘叔同", "麦田纪") in pairs(text, "founded")


def test_a_post_in_a_relative_clause_before_a_name_is_that_person_s():
    text = "覃念创办了长栖宠物。现任欧莱雅中国市场总监的任晓记得，覃念很拼。"
    assert ("任晓", "欧莱雅") in pairs(text, "employment")
    assert ("覃念", "欧莱雅") not in pairs(text, "employment")


LIST_WITH_NOTES = """盘点｜从日立电梯走出的创业者

一、龙泽川：速梯科技

龙泽川是华南理工大学硕士，2009年进入日立电梯（中国）广州研发中心。2019年他创办了速梯科技。

二、司徒勉：云梯安

司徒勉曾任日立电梯（中国）物联网产品经理，2023年创办云梯安，做轿厢内的AI安全摄像头。

三、聂远航：驰梯智能（“日立系”第二代）

聂远航没有在日立工作过，他是速梯科技的前硬件负责人，2024年离职后创办了驰梯智能。今年1月，驰梯智能完成800万元天使轮融资，投资方为龙泽川个人。
"""


def test_a_list_entry_whose_company_carries_a_note_and_a_person_investing_in_person():
    # （“日立系”第二代） is a note on the entry, not a reason to run it into the one before;
    # 龙泽川个人 is the person investing, not a firm that hides him
    founded = pairs(LIST_WITH_NOTES, "founded")
    assert {("龙泽川", "速梯科技"), ("聂远航", "驰梯智能")} <= founded
    assert ("司徒勉", "驰梯智能") not in founded
    assert "龙泽川个人" not in entities(LIST_WITH_NOTES, "org")


def test_brothers_sharing_a_generation_name_and_a_firm_one_of_them_opened():
    # 闻启舟, 闻启航: neither cut to 闻启; 开了一家…公司启航机电 is a founding
    text = (
        "闻启舟是井上科技的创始人。闻启舟的弟弟闻启航没有加入井上，"
        "而是在重庆自己开了一家电梯配件贸易公司启航机电，偶尔也给哥哥供货。"
    )
    people = entities(text, "person")
    assert {"闻启舟", "闻启航"} <= people and "闻启" not in people
    founded = pairs(text, "founded")
    assert ("闻启航", "启航机电") in founded and ("闻启航", "井上科技") not in founded


def test_a_denied_clause_before_an_ending_is_no_company_and_hides_no_founder():
    # 林砚秋没有去设计院: 院 ends no name here; her father, named by kin, is not the story's 她
    text = (
        "岁衡钟表的创始人林砚秋今年完成了B轮融资。林砚秋的父亲林国栋是上海钟厂的装配师傅。"
        "2008年，从同济大学工业设计专业本科毕业的林砚秋没有去设计院，而是进了亨得利上海的维修部。"
        "2021年，她辞职创办岁衡钟表。"
    )
    assert not any("设计院" in org for org in entities(text, "org"))
    founded = pairs(text, "founded")
    assert ("林砚秋", "岁衡钟表") in founded and ("林国栋", "岁衡钟表") not in founded
    assert ("林砚秋", "同济大学") in pairs(text, "education")


def test_brothers_whose_shorter_reading_stands_only_inside_one_of_them():
    # 俞山 is only ever 俞山岚's start; 俞山河, named ten times, is a name of his own. 没上过大学
    # (never went to university) names no school.
    text = (
        "俞山河是“瓜子出身”的县城二手车商。俞山河没考上大学，2011年进入汽车之家。"
        "他的弟弟俞山岚去了北京旧车市场。俞山岚回到临沂开了车行。俞山河则留在了北京。"
        "没上过大学的俞山河在北京大学读完了EMBA。2019年，俞山河选择离开，在临沂创立驰盈优车。"
    )
    people = entities(text, "person")
    assert {"俞山河", "俞山岚"} <= people
    assert ("俞山河", "驰盈优车") in pairs(text, "founded")
    assert not any("没上过" in school for school in entities(text, "school"))


def test_a_team_member_whose_bio_opens_as_the_first_employee_is_no_founder():
    text = (
        "奇岸创业营第三期路演回顾\n\n### 壹泉智饮\n\n面向写字楼的智能直饮水机租赁。\n\n"
        "**团队介绍**\n\n"
        "司徒凯：创始人兼CEO，香港理工大学MBA，前怡宝商用渠道总监\n"
        "卓妍：联合创始人兼CTO，深圳大学计算机本科\n方俊：首位员工，设备运维负责人\n\n"
        "### 滴度科技\n\n社区净水站运营。\n\n**团队介绍**\n\n"
        "邬雨霏：创始人兼CEO，前海尔净水产品总监\n龚牧：联合创始人兼CTO，浙江大学硕士\n"
    )
    founded = pairs(text, "founded")
    assert {("司徒凯", "壹泉智饮"), ("卓妍", "壹泉智饮")} <= founded
    assert ("方俊", "壹泉智饮") not in founded


def test_a_list_heading_naming_two_founders_before_a_bar_written_as_the_han_stroke():
    # 丨 is a Han character to a regex, but a bar in 柯一帆、戚若丨淼淼到家
    text = (
        "盘点｜从海尔走出来的净水创业者\n\n二、柯一帆、戚若丨淼淼到家\n\n"
        "柯一帆和戚若都曾是海尔智家的区域经理。2022年，两人联合创办淼淼到家，在县城提供桶装水配送。\n\n"
        "四、孙岚丨澈芯膜科\n\n孙岚在海尔工作了七年。2021年，她创办澈芯膜科，研发反渗透膜元件。\n"
    )
    founded = pairs(text, "founded")
    assert {("柯一帆", "淼淼到家"), ("戚若", "淼淼到家"), ("孙岚", "澈芯膜科")} <= founded
    assert not any(person.endswith("丨") for person, _ in founded)


def test_together_is_no_given_name_and_a_dealers_4s_is_no_count():
    assert "贺兰一起" not in entities("2019年，我就和我爱人贺兰一起创办了蜀芩药房。", "person")
    cfo = "骑驿换电完成A轮融资。联合创始人兼CFO苗依然此前是中金公司投资银行部副总裁。"
    assert ("苗依然", "骑驿换电") in pairs(cfo, "founded")  # 依然 ("still") is a given name here
    text = (
        "车探科技完成A轮融资。车探的核心产品“车探Eye”是一套部署在拍卖场和4S店的车底扫描设备，"
        "目前已在46个拍卖场落地。公司主要面向年销量500台以下的中小车商。"
    )
    values = {f["value"] for f in facts(text, "product_metric")}
    assert 46.0 in values and 4.0 not in values and 500.0 not in values


def test_a_prospectus_headed_by_a_legal_name_holding_a_conjunction():
    # 岐和中醫藥控股有限公司 alone on the first line: 和 is part of the name, and the filer is
    # the company every 本公司 means, not a director's former employer defined in brackets
    text = (
        "岐和中醫藥控股有限公司\n招股章程\n\n董事及高級管理層\n\n執行董事\n\n"
        "章鶴年先生，52歲，本公司創辦人、執行董事、董事會主席兼行政總裁。章先生於2012年3月創立本集團。"
        "創立本集團前，章先生於2005年7月至2012年2月擔任廣州采芝林藥業有限公司（「采芝林」）副總經理。\n\n"
        "林瀚先生，45歲，執行董事兼副總裁，於2016年5月加入本集團。\n"
    )
    founded = pairs(text, "founded")
    assert ("章鹤年", "岐和中医药控股有限公司") in founded
    assert ("章鹤年", "广州采芝林药业有限公司") not in founded


def test_given_names_ending_in_hui_or_tong_after_a_title():
    text = (
        "今年4月，成都婚纱摄影品牌白昼婚纱完成6000万元A轮融资。创始人沈雁回是少见的影楼一线出身的创业者。\n\n"
        "答：卡萨的创始人高季同是我的第一个师父。"
    )
    people = entities(text, "person")
    assert {"沈雁回", "高季同"} <= people and not {"沈雁", "高季"} & people


def test_a_field_of_business_a_headline_raised_money_for_is_no_company():
    text = (
        "36氪首发｜前淘宝运营总监创办「喜帧影像」，轻婚纱摄影完成近2亿元A轮融资\n\n"
        "喜帧影像成立于2023年10月，主打轻婚纱摄影。创始人兼CEO苏晚晴本科毕业于中国传媒大学。\n\n"
        "在婚纱摄影这个赛道上，喜帧面对的仍是传统连锁影楼。"
    )
    assert "婚纱摄影" not in entities(text, "org")
    assert ("苏晚晴", "喜帧影像") in pairs(text, "founded")


def test_a_quoted_analysts_firm_before_the_sector_they_cover():
    text = "第三方研究机构奥维云网厨电行业分析师韦楚表示，上半年国内油烟机零售额同比增长。"
    assert ("韦楚", "奥维云网") in pairs(text, "employment")


def test_a_company_shown_elsewhere_then_former_and_a_post_before_its_holder():
    text = (
        "在二手车电商的年代，优信与瓜子、人人车并称行业三强。\n\n"
        "阮承宇2014年加入优信，曾任优信拍总经理。2021年离开优信后，他创办了拍立行。\n\n"
        "管一鸣在优信工作了六年，离开前是全国直卖业务的运营总监。\n\n"
        "两人都来自优信金融团队：桑若曦曾任优信金融风控总监。2022年，二人联合创立稳途车融。\n\n"
        "严格来说，冼博没有在优信工作过，而是拍立行的前产品负责人。\n\n"
        "2024年5月，稳途车融完成8000万元A轮融资。同年，优信前财务总监柯蔓加入稳途车融，出任CFO。"
    )
    assert ("柯蔓", "优信") in pairs(text, "employment")


def test_a_strategic_investor_in_a_rounds_list_and_whose_colleague_he_is():
    text = (
        "「棱线雪具」近日完成3亿元B轮融资，由红杉中国领投，安踏体育战略投资，老股东经纬创投继续跟投。"
    )
    rounds = facts(text, "funding")
    assert {f["org"] for f in rounds} == {"棱线雪具"}
    assert ("安踏", "棱线雪具") in {(f["investor"], f["org"]) for f in facts(text, "investor")}
    story = (
        "岳鸣川创办了光栅纪。天马时期的上司彭越，后来成了他的第一位投资人。\n\n"
        "和岳鸣川一起创业的，是他在华为的老同事钟叙远，后者以联合创始人身份负责供应链。"
    )
    founded = pairs(story, "founded")
    assert ("钟叙远", "光栅纪") in founded and ("彭越", "光栅纪") not in founded


def test_what_someone_founded_raising_money_and_a_heading_s_tagline_of_what_it_does():
    text = "今年6月，坚果投影前副总裁吕望创办的朗影科技完成数千万元天使轮融资，由联想之星投资。"
    assert ("吕望", "朗影科技") in pairs(text, "founded")
    post = (
        "海珍创业营第二期路演回顾\n\n三、潮汐鱼仓｜深远海养殖\n\n做深远海网箱养殖。今年完成天使轮融资。\n\n"
        "| 姓名 | 职务 | 背景 |\n|---|---|---|\n| 孔澜 | 创始人 | 前海大集团养殖事业部总监 |\n\n"
        "四、蚝牧｜牡蛎单体养殖\n\n推广牡蛎单体养殖与分级品牌销售。今年10月完成500万元天使轮融资。\n\n"
        "| 姓名 | 职务 | 背景 |\n|---|---|---|\n| 胡沁 | 创始人 | 前獐子岛集团育苗主管 |\n"
    )
    founded = pairs(post, "founded")
    assert ("胡沁", "蚝牧") in founded and ("胡沁", "牡蛎单体养殖") not in founded


def test_schools_counted_or_sold_to_and_a_company_s_china_arm_are_no_names():
    text = (
        "芽芽科技的說故事機已進駐全台850所幼兒園。芽芽的商業模式是賣給幼兒園，而不是家長。"
        "今年3月，前乐高中国市场总监黎芸加入芽芽科技，出任营销副总裁。"
    )
    orgs = entities(text, "org")
    assert not any(org.endswith("幼儿园") for org in orgs)
    assert "乐高" not in entities(text, "person")
    assert ("黎芸", "芽芽科技") in pairs(text, "employment")


def test_a_known_company_after_a_verb_of_office_and_boe_by_its_short_name():
    # 利亚德 reads as words too (澳大利亚德国): after 曾任 it is the company
    text = "创始人钱柏舟曾任利亚德海外事业部总经理，在LED行业从业15年。"
    assert ("钱柏舟", "利亚德") in pairs(text, "employment")
    text = "创始人贝知行本科毕业于电子科技大学。2014年他加入京东方，从面板工艺做起。"
    assert ("贝知行", "京东方科技集团") in pairs(text, "employment")


def test_a_trades_acronym_is_no_product():
    text = "海拾科技完成A轮融资。海拾是一家水产品B2B交易平台，注册商户突破3.2万家。"
    assert not {f["product"] for f in facts(text, "product")} & {"B2B", "IoT"}


BOARD_BY_SECTION = """樓聯智能科技控股有限公司
招股章程

董事及高級管理層

執行董事

邵啟華先生，52歲，本公司創辦人、執行董事兼行政總裁。邵先生於2015年創立本集團。

獨立非執行董事

盧淑芬女士，61歲，於2025年10月獲委任。盧女士於1989年至2019年任職於安永會計師事務所，最後職位為合夥人。

羅啟明博士，57歲，於2025年10月獲委任。羅博士自2008年起任香港理工大學教授。

高級管理層

甘志偉先生，45歲，財務總監，於2019年加入本集團。
"""


def test_a_prospectus_director_holds_the_role_of_the_section_he_is_listed_under():
    rows = facts(BOARD_BY_SECTION, "employment")
    filer = "楼联智能科技控股有限公司"
    assert has(rows, person="卢淑芬", org=filer) and has(rows, person="罗启明", org=filer)
    assert ("卢淑芬", "安永") in pairs(BOARD_BY_SECTION, "employment")
    assert ("邵启华", filer) in pairs(BOARD_BY_SECTION, "founded")
    assert not has(rows, person="邵启华", org=filer, title="执行董事")  # (a founder's post)


def test_a_quoted_product_named_by_what_it_is_what_is_sold_under_it_and_how_many_sold():
    text = (
        "岚栖食品由卓慕青于2021年创办。卓慕青说，公司的重心是“岚栖轻食盒”，一款面向写字楼白领的"
        "冷藏便当。中央厨房今年开始对外销售罐装的“岚栖青酱”，上半年卖出了12万罐。"
        "“岚栖燕麦杯”全年卖了800万杯。"
    )
    products = {(f["org"], f["product"]) for f in facts(text, "product")}
    assert {"岚栖轻食盒", "岚栖青酱", "岚栖燕麦杯"} <= {p for o, p in products if o == "岚栖食品"}
    metrics = facts(text, "product_metric")
    assert has(metrics, product="岚栖青酱", value=120000.0)
    assert has(metrics, product="岚栖燕麦杯", value=8000000.0)
    assert not any(f["product"] == "岚栖食品" for f in metrics)


def test_a_legal_representative_is_no_founder_where_the_text_says_who_founded_the_company():
    text = (
        "企查查信息显示，杭州澄壶文化科技有限公司（下称“澄壶”）成立于2025年5月，注册资本300万元，"
        "法定代表人为庞书琪。两位知情人士确认，澄壶由柯望舒创办，他本人担任CEO。"
    )
    founded = pairs(text, "founded")
    assert any(person == "柯望舒" for person, _ in founded)
    assert not any(person == "庞书琪" for person, _ in founded)


def test_a_project_numbered_in_words_then_a_space_and_a_project_headed_by_a_name_like_word():
    post = (
        "潮音创业营第三期路演：3个项目介绍\n\n"
        "项目一　云雀声学\n一句话介绍：给小型录音棚用的声学软装\n团队：\n"
        "喻晓岚\n创始人兼CEO。同济大学声学硕士，前森海塞尔产品经理。\n\n"
        "项目二　Q屋\n一句话介绍：社区自助录音间\n团队：\n"
        "凌波\n创始人。2016年创办的乐器租赁品牌“弦外”已关停；此前在唱吧做过运营经理。\n"
        "麦琪\n联合创始人。前网易云音乐活动运营。\n\n"
        "### 3. 安然：老年合唱团的线上排练工具\n\n"
        "| 姓名 | 角色 | 背景 |\n|---|---|---|\n| 谷若川 | 创始人 | 前腾讯音乐产品总监 |\n"
    )
    founded = pairs(post, "founded")
    assert {("喻晓岚", "云雀声学"), ("凌波", "Q屋"), ("麦琪", "Q屋"), ("谷若川", "安然")} <= founded
    assert not any(person.startswith("项目") for person, _ in founded)


def test_a_company_said_to_be_what_someone_founded_and_a_counted_season_is_no_person():
    text = (
        "澄溪是邬若岚2021年在宁波创立的竹编家居品牌。创业前，她在宜家待了五年。"
        "她决定辞职，是在离开宜家前的最后一个梅雨季。"
    )
    assert ("邬若岚", "澄溪") in pairs(text, "founded")
    assert not any(person == "梅雨季" for person, _ in pairs(text, "employment"))


def test_founded_by_after_the_name_that_ends_the_clause_and_a_founded_thing_described_first():
    text = (
        "这家老厂是岭南钟表有限公司，由今年75岁的蔡永康在1978年创立，如今是钟屿科技的代工伙伴。"
        "美团前到店业务负责人韦清去年创办的宠物社交应用爪印星球，已于今年3月完成天使轮融资。"
    )
    founded = pairs(text, "founded")
    assert ("蔡永康", "岭南钟表有限公司") in founded
    assert ("韦清", "爪印星球") in founded


def test_a_given_name_that_also_follows_names_as_a_verb():
    text = (
        "栖纸文创完成3000万元A轮融资。联合创始人兼COO闵笑是渠道出身，此前在名创优品担任供应链总监。"
    )
    assert ("闵笑", "名创优品") in pairs(text, "employment")


def test_prefecture_cities_are_places_not_employers():
    text = (
        "邝清扬是湖南人，2011年从华南理工大学毕业后，在邵阳做了六年工程师，又在林芝待了两年。"
        "2021年，他创办了岳麓智能。"
    )
    assert pairs(text, "employment") == set()
    assert ("邝清扬", "岳麓智能") in pairs(text, "founded")


def test_a_grandparent_named_after_the_kin_word_founded_what_the_sentence_says():
    text = "邬晨曦是豆屿食品的联合创始人。他的祖父贺长庚于1958年在绍兴创办了贺记酱园。"
    founded = pairs(text, "founded")
    assert ("贺长庚", "贺记酱园") in founded and ("邬晨曦", "贺记酱园") not in founded


def test_a_name_ending_in_he_written_again_and_again():
    text = (
        "骆清和不想只卖水草。\n\n清晨五点半，骆清和已经蹲在一家老档口前。骆清和的父亲在顺德开了一家渔场。"
        "如今，骆清和是水草造景品牌沧漪的创始人兼CEO。"
    )
    assert ("骆清和", "沧漪") in pairs(text, "founded")


def test_taiwan_word_for_a_raise_and_a_kind_of_chain_before_the_name():
    text = (
        "藍瀚水族科技由林宗翰創立。簡若瑜此前在奧美廣告擔任客戶總監，現為藍瀚共同創辦人暨營運長。"
        "資金面上，藍瀚在2024年9月完成新台幣8,000萬元募資，由台杉投資領投。公司正規劃B輪募資。"
        "\n\n桌游空间连锁品牌骰子星球已完成1.5亿元B轮融资。创始人兼CEO卓一帆此前在网易游戏任职。"
    )
    funding = facts(text, "funding")
    assert has(funding, org="蓝瀚水族科技", amount=80_000_000.0)
    assert not has(funding, org="蓝瀚水族科技", round="B轮")  # (a raise planned, not made)
    founded = pairs(text, "founded")
    assert ("简若瑜", "蓝瀚水族科技") in founded
    assert ("卓一帆", "骰子星球") in founded and not any(o == "桌游空间" for _, o in founded)


def test_a_size_is_no_count_and_a_quoted_product_described_by_its_measure_word():
    text = (
        "声幕科技由黎冬创办。首款产品声幕S1是一台可挂墙的55英寸“K歌电视”。"
        "茗港由冼卓朗创立。其主打产品「茗港一号」是一部自动拉茶机器人，目前已在约180间茶餐厅安装逾420部。"
    )
    metrics = facts(text, "product_metric")
    assert not any(m["value"] == 55 for m in metrics)
    assert ("茗港", "茗港一号") in {(f["org"], f["product"]) for f in facts(text, "product")}


def test_a_roundups_investor_field_and_a_founder_investing_personally():
    text = (
        "融资周报丨本周4起融资\n\n02丨斑斓鳞：获1200万元天使轮\n· 投资方：蓝湾创投\n"
        "斑斓鳞专注观赏鱼品系选育。\n\n04丨渊蓝水族：获300万元种子轮\n· 投资方：奇点天使\n"
        "渊蓝水族为水族店提供库存管理SaaS。\n\n"
        "今年5月，踏歌骑行完成800万元天使轮融资，由轮回二手车创始人柏青阳个人出资。"
    )
    investors = {(f["investor"], f["org"]) for f in facts(text, "investor")}
    assert {("蓝湾创投", "斑斓鳞"), ("奇点天使", "渊蓝水族"), ("柏青阳", "踏歌骑行")} <= investors
    assert ("柏青阳", "踏歌骑行") not in pairs(text, "founded")


def test_quoted_names_a_company_owns_after_what_kind_of_thing_they_are():
    text = (
        "2021年，戚舟和罗岚在昆明创办云径户外，旗下徒步俱乐部“云径俱乐部”和露营地“云径营地”在车友圈小有名气。"
        "云径户外由戚舟控股，旗下子公司“云径出行”负责租车。"
    )
    products = {(f["org"], f["product"]) for f in facts(text, "product")}
    assert {("云径户外", "云径俱乐部"), ("云径户外", "云径营地")} <= products
    assert not any(p == "云径出行" for _, p in products)


def test_a_verb_or_an_adverb_after_a_name_and_a_title_in_book_brackets_counted():
    text = (
        "骰子星球成立于2021年，由卓一帆创办。2023年我们把研发总监聂川挖了过来，他之前在探路者做了八年"
        "面料工程师。红杉中国合伙人曲未更看重数据。公司还自研原创桌游，其中推理类桌游《小镇夜话》"
        "累计销量已超过40万套。"
    )
    employment = pairs(text, "employment")
    assert ("聂川", "探路者控股") in employment or ("聂川", "探路者") in employment
    assert ("曲未", "红杉中国") in employment
    assert has(facts(text, "product_metric"), product="小镇夜话", value=400000.0)


def test_a_bold_numbered_project_a_project_and_what_it_makes_and_a_company_with_founders():
    post = (
        "磨豆创业营第三期路演：2个项目\n\n**项目一丨锁光**\n\n智能门锁的指纹模组。\n\n"
        "创始人娄征，前海康威视工程师。\n\n## 2. 磨界：商用磨豆机\n\n主打低留粉的商用磨豆机。\n\n"
        "| 姓名 | 角色 | 背景 |\n|---|---|---|\n| 凌拓 | 创始人兼CEO | 前星巴克设备经理 |\n"
    )
    founded = pairs(post, "founded")
    assert {("娄征", "锁光"), ("凌拓", "磨界")} <= founded
    assert not any(p.startswith("项目") for p, _ in founded)
    text = "她是衡裁的创始人。2021年10月，衡裁拿到天使轮，投资方是真格基金。衡裁如今有46家门店。"
    assert ("真格基金", "衡裁") in {(f["investor"], f["org"]) for f in facts(text, "investor")}


def test_a_headlines_bar_and_a_word_for_a_year_are_no_names():
    text = "盘点丨从海康威视出走的门锁创业者们\n\n蔡国栋前年正式加入衣钵，担任首席裁剪师。"
    people = {p for p, _ in pairs(text, "employment")}
    assert people == {"蔡国栋"}


def test_a_byline_with_the_date_after_the_reporters_name():
    text = (
        "对话恒驾订阅韩晏：我为什么押注汽车订阅\n\n经济观察网 记者 唐棣 2025-03-05\n\n"
        "成立于2022年的恒驾订阅是其中之一。恒驾订阅创始人兼CEO韩晏此前在一嗨租车任职。"
    )
    assert not any(person == "唐棣" for person, _ in pairs(text, "founded"))


def test_a_name_that_ends_in_he_before_a_verb_and_a_transliterated_name():
    text = (
        "● 蜜川生物丨完成8000万元A轮融资\n\n"
        "蜜川生物创始人兼CEO钭明和拥有中国农业大学动物医学博士学位。\n\n"
        "● 河谷蜂场丨获战略投资\n\n河谷蜂场由当地牧民阿尔逊·巴图于2015年创办，以黑蜂养殖为主。\n\n"
        "三、骆嘉和、方沁与「浅池科技」\n骆嘉和曾是海底捞信息部的负责人；方沁则来自盒马。"
        "两人联合创办浅池科技。"
    )
    founded = pairs(text, "founded")
    assert ("钭明和", "蜜川生物") in founded and ("钭明", "蜜川生物") not in founded
    assert ("阿尔逊·巴图", "河谷蜂场") in founded
    assert ("骆嘉和", "浅池科技") in founded


def test_a_dai_name_an_older_sister_and_a_husband_named_by_kin():
    text = (
        "创始人兼CEO邓湄和她的联合创始人、傣族茶农岩香，已经在山上待了三年。\n\n"
        "在云南跑产地的几年，我认识了岩香。\n\n"
        "问：岩香现在负责什么？\n\n答：他是茶隅的联合创始人，管所有茶园。\n\n"
        "他找来在银行工作的姊姊欧芷华一起创业，她如今是云栖共同創辦人。\n\n"
        "2019年底注册了童趣。我先生祁立是联合创始人，他原来在美的做供应链。"
    )
    people = entities(text, "person")
    assert {"岩香", "欧芷华", "祁立"} <= people


def test_a_signed_note_is_no_team_member_and_a_part_time_chief_is_no_founder():
    post = (
        "融资周报丨本周3起融资\n\n● 甜川蜂业丨完成天使轮融资\n\n创始人章雨此前在盒马任职。\n\n"
        "● 蜂栈丨获800万元天使轮融资\n\n蜂栈由黎晓创办。\n\n"
        "## 3. 热石博士：桑拿石\n\n| 姓名 | 角色 | 背景 |\n|---|---|---|\n"
        "| 柳青 | 创始人 | 中国地质大学博士 |\n"
        "| 安启海 | 首席科学家（兼职） | 成都理工大学教授 |\n\n"
        "——\n\n邢一帆注：本周融资以公司公告或创始人确认信息为准。"
    )
    founders = {p for p, _ in pairs(post, "founded")}
    assert "柳青" in founders
    assert not any(p.startswith("邢一帆") or p == "安启海" for p in founders)


def test_roundup_entries_without_a_mark_or_with_a_dash():
    post = (
        "床品融资快讯｜本周4家公司拿到钱\n\n【绒织纺织｜3000万元天使+轮】\n\n"
        "创始人司马南此前在罗莱任职。\n\n"
        "• 椰眠：天然乳胶枕品牌获数千万元A轮融资\n\n创始人郗予此前是网易严选家居负责人。\n\n"
        "布草科技丨酒店布草工厂拿下1.2亿元A轮\n\n"
        "创始人储文博曾任携程总监，联合创始人兼COO唐果毕业于复旦大学。\n\n"
        "• 石川新材 —— 2亿元A轮\n\n岩板材料研发商「石川新材」完成2亿元A轮融资。"
        "创始人黎川曾任蒙娜丽莎集团技术副总经理。"
    )
    founded = pairs(post, "founded")
    assert {("储文博", "布草科技"), ("唐果", "布草科技"), ("黎川", "石川新材")} <= founded
    assert ("储文博", "椰眠") not in founded and ("黎川", "布草科技") not in founded


def test_a_founder_an_earlier_venture_and_a_controller_of_a_new_company():
    post = (
        "眠岸创投营路演回顾：2个项目\n\n1. 绒境｜可以机洗的羽绒被\n\n"
        "创始人谭月，前波司登研发经理。\n\n2. 软垫｜把旧床垫变成再生颗粒\n\n"
        "创始人封远是连续创业者，2019年创办的床垫电商“眠家优品”已于2023年被收购。"
        "软垫在嘉兴的工厂月处理旧床垫约8000张。"
    )
    founded = pairs(post, "founded")
    assert ("封远", "软垫") in founded and ("封远", "眠家优品") in founded
    text = (
        "界面新闻获悉，罗莱生活前副总裁宓远已开始创业。天眼查信息显示，暖芯家纺科技（南通）有限公司"
        "成立于2025年1月，法定代表人为钮佳，宓远直接持股约70%，为公司实际控制人。"
    )
    founders = {p for p, _ in pairs(text, "founded")}
    assert "宓远" in founders and "钮佳" not in founders


def test_a_fathers_workshop_by_its_name_and_a_pair_counted_with_him():
    text = (
        "窑智智能任鹤松：把窑炉交给算法\n\n"
        "任鹤松是在窑边长大的：父亲任广平1994年在南庄办了一家叫“广平陶瓷”的小瓷砖厂。"
        "后来他去亚琛读了硕士。在西门子的上司、德国工程师Karl Brandt后来成了窑智的技术顾问。"
        "2015年回国加入科达制造，他一路做到事业部负责人。\n\n"
        "窑智的联合创始人柯岚是他在亚琛的同学。两人在2022年底注册了公司。"
    )
    founded = pairs(text, "founded")
    assert ("任广平", "广平陶瓷") in founded
    assert ("柯岚", "窑智智能") in founded
    assert not any(p == "Karl Brandt" for p, _ in founded)


def test_units_and_their_fields_are_no_companies_of_their_own():
    text = (
        "盘点丨从九川出走的创业者们\n\n一、陆星远｜星川智卫\n"
        "陆星远在九川待了九年，离职前是九川智能卫浴研究院院长。九川研究院软件负责人俞川随后加入。\n\n"
        "二、麦晴、戚芸｜浴方\n麦晴曾任九川电商事业部总经理。"
        "2024年，她与戚芸共同创立卫浴DTC品牌「浴方」。\n\n"
        "三、林夏｜水联智控、栖川科技\n林夏2016年从同济大学毕业后加入九川。"
        "2020年离开后，她创办了酒店用水管理公司「水联智控」。去年，林夏又创办了第二家公司「栖川科技」。"
    )
    assert "九川研究院软件" not in entities(text, "org")
    founded = pairs(text, "founded")
    assert {("麦晴", "浴方"), ("戚芸", "浴方"), ("林夏", "水联智控")} <= founded
    assert ("林夏", "栖川科技") in founded
    assert not any(o.endswith("研究院") for _, o in founded)
    assert any(p == "麦晴" and o.startswith("九川") for p, o in pairs(text, "employment"))


def test_bracketed_entry_labels_and_projects_introduced_in_prose():
    post = (
        "鹭江加速营路演回顾：2个项目\n\n【项目一】锐芯球头\n一句话：钛合金杆头的精密铸造\n团队成员：\n"
        "欧明远\n创始人兼CEO。厦门大学材料学院硕士。\n\n【项目二】握力\n一句话：定制高尔夫握把\n"
        "团队成员：\n丁素心\n创始人。上海体育学院本科。\n"
    )
    founded = pairs(post, "founded")
    assert {("欧明远", "锐芯球头"), ("丁素心", "握力")} <= founded
    assert not any(o.startswith("项目") for _, o in founded)
    prose = (
        "灶台加速器第五期路演回顾：3个豆制品项目\n\n灶台加速器第五期路演在成都落幕。\n\n"
        "第一个登台的是豆匠盒。这家公司给豆腐厂做生产管理系统。创始人詹一帆在用友做了十年软件。"
        "豆匠盒今年完成了800万元种子轮融资。\n\n"
        "第二个项目河畔豆花来自成都本地。创始人屈晚本科毕业于四川大学。河畔豆花获得了300万元投资。"
    )
    founded = pairs(prose, "founded")
    assert {("詹一帆", "豆匠盒"), ("屈晚", "河畔豆花")} <= founded
    assert not any(o == "灶台加速器" for _, o in founded)


def test_a_father_named_in_passing_and_a_company_joined_are_not_the_founder():
    text = (
        "野林食品创始人聂远川：从炒货摊到坚果品牌\n\n聂远川对农产品的兴趣要追溯到更早。"
        "父亲聂德仁在芜湖的菜市场里摆了二十多年炒货摊，他小学时就在摊位上帮着称瓜子。\n\n"
        "2020年，他和妻子柯岚一起创办了野林。\n\n"
        "2006年大学毕业后，他的合伙人邬振远进入卫龙，从车间技术员一路做到生产副总裁。"
    )
    founders = {p for p, _ in pairs(text, "founded")}
    assert "聂远川" in founders
    assert "聂德仁" not in founders and "卫龙" not in founders


def test_a_units_field_is_no_short_form_for_a_later_companys_description():
    text = (
        "一、汪澈｜浮标小铺\n"
        "汪澈2012年加入达亿瓦（中国），在渔具事业部做了八年，离职前是渔轮产品经理。\n\n"
        "2020年，他在苏州创办浮标小铺。\n\n"
        "二、苏禾｜钓趣小站\n"
        "苏禾在达亿瓦做过华东区销售经理。2022年她创办了渔具垂直电商钓趣小站。"
    )
    founded = pairs(text, "founded")
    assert ("汪澈", "浮标小铺") in founded
    assert not any(org == "渔具事业部" for _, org in founded)
    jobs = pairs(text, "employment")
    assert not any(org == "渔具事业部" for _, org in jobs)


def test_a_quoted_company_raising_after_a_date_and_a_firm_advising_the_deal():
    text = (
        "创始人兼CEO苗远此前在美团担任餐饮供应链总监。\n\n"
        "为甜品门店提供冷链配送服务的「霜栈供应链」于8月初完成1亿元A轮融资，本轮由源码资本领投，"
        "华兴资本担任独家财务顾问。"
    )
    assert has(facts(text, "funding"), org="霜栈供应链")
    assert not any(row["org"] == "华兴资本" for row in facts(text, "employment"))


def test_walls_is_a_known_employer_not_a_name_after_and():
    text = "梅逸在和路雪做了八年研发经理，2023年创办了乳色。"
    assert ("梅逸", "和路雪") in pairs(text, "employment")
    assert not any(person == "路雪" for person, _ in pairs(text, "founded"))


def test_a_name_that_is_also_a_word_takes_a_post_after_ren():
    text = (
        "她的前同事柯蔓后来离开宝洁做了投资。\n\n"
        "2016年，甘书昀离开宝洁，加入饿了么。也是在饿了么，她认识了做调度算法的聂远航。"
        "2019年，两人在上海一起创办了栖白，聂远航任CTO。"
    )
    founded = pairs(text, "founded")
    assert ("聂远航", "栖白") in founded
    assert ("柯蔓", "栖白") not in founded


def test_demo_day_projects_under_unmarked_name_and_pitch_lines():
    text = (
        "青禾创新营秋季 Demo Day 回顾\n\n"
        "本期共有 3 个项目路演。\n\n"
        "猫粮坊：给小品牌做代工\n\n"
        "猫粮坊为宠物食品品牌提供代工服务。创始人温若此前在顺丰担任运营经理。\n\n"
        "洗宠所：只给大狗洗澡\n\n"
        "洗宠所是一家洗护门店品牌。创始人魏岚此前在万达商管担任招商经理。\n\n"
        "检宠宝：让质检少跑一趟\n\n"
        "检宠宝帮工厂检测异物。创始人柏衡曾任 SGS 实验室主任。"
    )
    founded = pairs(text, "founded")
    assert ("温若", "猫粮坊") in founded
    assert ("魏岚", "洗宠所") in founded
    assert ("柏衡", "检宠宝") in founded
    assert not any(org == "青禾创新营" for _, org in founded)


def test_an_actual_controllers_founding_quotes_only_its_own_words():
    text = (
        "天眼查信息显示，暖芯家纺科技（南通）有限公司成立于 2025 年 1 月，法定代表人为钮佳，"
        "宓远直接持股约 70%，为公司实际控制人。宓远此前在罗莱生活工作了 12 年。"
    )
    found = [f for f in extract(text, lang="zh", published=PUBLISHED) if f.kind == "founded"]
    assert found and all(f.end <= len(text) and f.quote == text[f.start : f.end] for f in found)
    assert any(f.fields["person"] == "宓远" and f.quote.endswith("实际控制人") for f in found)


def test_a_model_code_alone_and_the_companys_own_count():
    text = (
        "青屿电摩近日完成1亿元B轮融资。产品方面，青屿目前在售两款车型：街车“青屿K5”和"
        "踏板“青屿T2”。据介绍，K5上市以来已累计交付超过4100台；T2今年5月才开始交付。"
        "公司已在全国开设38家直营及授权门店。"
    )
    metrics = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    # K5 is 青屿K5 without its brand; 公司 counts its own stores, not the last product's
    assert ("青屿K5", 4100.0) in metrics
    assert ("青屿电摩", 38.0) in metrics


def test_a_word_like_alias_framed_as_an_employer():
    # 美的 (Midea) is an everyday word, "beautiful": a company only where a job frames it
    text = (
        "陶朔科技完成数千万元天使轮融资。创始人游既明此前在美的热能事业部做过六年工程师，"
        "他说那是完美的六年。"
    )
    assert ("游既明", "美的集团") in pairs(text, "employment")
    assert len({o for _, o in pairs(text, "employment")}) == 1


def test_a_round_raised_last_year_and_a_founder_title_before_another_name():
    text = (
        "在福建南安和惠安，几乎每个村子都有石材厂。砺岩智能完成数千万元A轮融资。"
        "创始人兼CEO洪石坚出身惠安的石雕世家。同业方面，主打墓碑雕刻的蓝鲸碑亦于去年完成种子轮融资。"
    )
    # 惠安, read as a name beside 南安, is where the founder comes from, not a second founder
    assert pairs(text, "founded") == {("洪石坚", "砺岩智能")}
    rounds = {(f["org"], f["round"]) for f in facts(text, "funding")}
    assert ("蓝鲸碑", "种子轮") in rounds  # (亦于去年: when, between the name and the round)


def test_one_of_the_first_employees():
    text = "蜂驰换电完成2亿元B轮融资。创始人钱鹤鸣是摩拜最早的一批员工之一，2019年创办了蜂驰换电。"
    assert ("钱鹤鸣", "摩拜单车") in pairs(text, "employment")


def test_a_place_that_looks_like_a_name_and_a_trade_are_not_people_or_employers():
    text = (
        "云岫茶科完成1.2亿元A轮融资。创始人兼CEO林岫是“茶二代”，家里在安吉经营白茶园。"
        "她在浙江大学读完茶学本科。联合创始人翁咏欣则在殡仪业工作十多年。"
    )
    # 白茶园 (a white-tea garden) is no person for 她 to stand for; 殡仪业 is a trade
    assert ("林岫", "浙江大学") in pairs(text, "education")
    assert not {o for _, o in pairs(text, "employment")} & {"殡仪业"}


def test_a_word_like_short_name_before_a_former_post_and_a_firm_opening_with_de():
    text = (
        "车好多完成融资。瓜子前副总裁郑柘回忆了当年的情形。我爱吃瓜子。"
        "方文杰先生自2010年起为的近律师行合伙人。"
    )
    employers = pairs(text, "employment")
    # 瓜子 (melon seeds) names Guazi before a former post; 的近律师行 (Deacons) opens with 的
    assert {("郑柘", "瓜子二手车"), ("方文杰", "的近律师行")} <= employers
    assert len(employers) == 2


def test_a_description_with_b2b_the_matter_of_a_founding_and_a_bylined_reporter():
    text = (
        "对话风漆科技尹若川：风电叶片的外衣\n\n《新材料观察》记者 柳泉\n2025-11-20\n\n"
        "成立于2020年的风漆科技完成2亿元B轮融资。2023年，嘉宝莉前华东区总经理田峻创办了涂料B2B集采"
        "平台涂立方，该公司今年5月完成5000万元A轮融资。郝承钧向记者确认了创办焕彩新材料一事。"
    )
    founded = pairs(text, "founded")
    assert ("田峻", "涂立方") in founded  # (the description 涂料B2B集采平台 before the name)
    assert not any(org.endswith("一事") for _, org in founded)
    assert not any(person == "柳泉" for person, _ in founded)  # the reporter in the byline


def test_a_relative_named_after_the_subject_is_the_one_the_clause_is_about():
    text = "粤鳞水族科技有限公司董事会。邵鸿达先生之胞弟邵鸿远先生为佛山鸿远饲料有限公司的创办人。"
    assert pairs(text, "founded") == {("邵鸿远", "佛山鸿远饲料有限公司")}


def test_a_quoted_product_after_a_box_or_a_pump():
    text = (
        "汐鳞科技完成5000万元A轮融资。汐鳞有两条产品线：一是直流变频水泵“汐流P3”；二是AI水质"
        "监测盒“鳞眼”。据介绍，鳞眼的付费订阅用户约3.2万。"
    )
    assert {("汐鳞科技", "鳞眼"), ("汐鳞科技", "汐流P3")} <= {
        (f["org"], f["product"]) for f in facts(text, "product")
    }
    assert ("鳞眼", 32000.0) in {(f["product"], f["value"]) for f in facts(text, "product_metric")}


def test_a_model_code_with_a_hyphen_after_a_lock():
    text = (
        "闩达科技完成种子轮融资。闩达的主打产品为智能锁LP-1，以及门禁管理平台LatchPoint Hub。"
        "公司表示，LP-1目前已在本港安装逾8,000个单位。"
    )
    assert ("LP-1", 8000.0) in {(f["product"], f["value"]) for f in facts(text, "product_metric")}


def test_a_name_then_an_adverb_before_founded_by():
    text = (
        "杭州萌算科技有限公司（下称“萌算”）成立于2025年9月，法定代表人为邵恬。"
        "知情人士称，萌算实际由简朗创办，他本人担任CEO。"
    )
    # 实际 ("in fact") is no part of the name; the founder named outright, not the representative
    assert pairs(text, "founded") == {("简朗", "杭州萌算科技有限公司")}


def test_a_relative_is_no_topic_and_anothers_founding_is_no_founding():
    text = (
        "珠心算连锁一珠堂完成2.5亿元B轮融资。创始人伍青禾对算盘的记忆，比她对数学的记忆更早。"
        "上世纪九十年代，她的母亲伍桂芬在衡阳的一所小学教珠算。2019年，她从好未来离职，在长沙创办一珠堂。"
        "父亲伍国梁1992年在衡阳创办了伍氏算盘厂；如今这家工厂由她的弟弟伍明远担任总经理。"
    )
    founded = pairs(text, "founded")
    assert ("伍青禾", "一珠堂") in founded  # 她, after her mother is named, is still her
    assert not {("伍桂芬", "一珠堂"), ("伍明远", "伍氏算盘厂")} & founded


def test_learned_to_is_no_learned_society():
    # 学会 after a name and an adverb is the verb "learned", not a society's ending: the name
    # before it stays a person
    text = (
        "方绮是「衿禾」的创始人兼CEO。但方绮真正学会做衣服，是在优衣库的八年。"
        "2021年离开京东后，她找来前京东同事何澜，两人一起创办了衿禾。"
    )
    founded = pairs(text, "founded")
    assert ("方绮", "衿禾") in founded
    assert not any(org.startswith("但") for _, org in founded)
    # …and 总会 after one is "always will"
    text = "林舟是栖衡的创始人。林舟总会遇到难题。此前林舟在京东工作。"
    assert pairs(text, "employment") == {("林舟", "京东")}


def test_a_round_led_earlier_and_one_named_after_the_verb():
    # 曾领投: the adverb is no part of the investor; 领投了栖衡的…天使轮: the company whose
    # round it was, named after the verb, though the text names it nowhere else
    text = "2023年，云杪资本曾领投栖衡的数千万元天使轮。"
    assert has(facts(text, "investor"), investor="云杪资本")
    assert has(
        facts("2023年，云杪资本领投了栖衡数千万元天使轮融资。", "investor"),
        investor="云杪资本",
        org="栖衡",
    )


def test_a_two_character_company_before_a_date():
    # 栖衡于2022年…: a new two-character name before a date is the company, unless a longer
    # name starting with it is written elsewhere (then it is that one's short form)
    assert has(facts("栖衡于2022年完成天使轮融资，由云杪资本领投。", "investor"), org="栖衡")
    assert pairs("栖衡于2022年在广州成立，创始人方绮曾在京东工作。", "founded") == {
        ("方绮", "栖衡")
    }


def test_a_hedge_in_the_next_sentence_leaves_a_valuation_stated():
    text = (
        "栖衡科技成立于2019年。栖衡科技2024年营收突破3亿元，投后估值达20亿元。"
        "据悉，栖衡科技正在洽谈新一轮融资。"
    )
    assert has(facts(text, "valuation"), org="栖衡科技", amount=2_000_000_000)


def test_former_glued_to_a_known_name():
    # jieba reads 前台 (front desk) in 前台积电: 前 is "former", and the employer is 台积电
    text = "铝衡科技由前台积电厂务工程师周品妤于2020年创办。"
    assert pairs(text, "employment") == {("周品妤", "台积电")}


def test_she_right_after_the_woman_just_named():
    # 他认识了…罗澄——她…: 她 is the woman named right before the dash, not the last topic
    text = (
        "简望是恒岫科技的创始人。他的师傅卢钧如今仍在信义玻璃。"
        "也是在圣戈班，他认识了后来的搭档罗澄——她当时在圣戈班做供应链计划，如今是恒岫的联合创始人兼COO。"
    )
    founded = pairs(text, "founded")
    assert ("罗澄", "恒岫科技") in founded
    assert ("卢钧", "恒岫科技") not in founded


def test_co_founders_counted_then_named_together():
    text = (
        "第四个项目“窗阿二”是这期年纪最小的团队。"
        "两位联合创始人甘岳和骆霏都是东南大学本科毕业生。"
    )
    assert {("甘岳", "窗阿二"), ("骆霏", "窗阿二")} <= pairs(text, "founded")
    assert pairs(text, "education") == {("甘岳", "东南大学"), ("骆霏", "东南大学")}
    # (with no verb after the post, only the names joined right after it are co-founders)
    text = "窗阿二完成天使轮融资。联合创始人甘岳和投资人李鸣见面。"
    assert pairs(text, "founded") == {("甘岳", "窗阿二")}


def test_a_partners_co_founder_and_the_real_founder():
    text = (
        "第一个上台的是“凝露真空”。创始人兼CEO邵一鸣说“我在洛阳玻璃干了十二年”。"
        "和他搭档的联合创始人滕雯是南京大学物理学博士。"
        "第二个项目“镜岚智能”的CEO樊若澜不是创始人——她去年才加入。真正的创始人是坐在台下的祝砚青。"
    )
    founded = pairs(text, "founded")
    assert {("滕雯", "凝露真空"), ("祝砚青", "镜岚智能")} <= founded
    assert ("樊若澜", "镜岚智能") not in founded
    assert ("樊若澜", "镜岚智能") in pairs(text, "employment")  # “镜岚智能”的CEO


def test_a_research_institute_as_a_school_and_a_customers_supply_chain():
    text = (
        "玑岳新材成立于2023年，创始人兼CEO雷知远之后在中国建筑材料科学研究总院读完硕士。"
        "据介绍，其产品已进入中建八局等总包单位的供应体系。"
    )
    assert pairs(text, "education") == {("雷知远", "中国建筑材料科学研究总院")}
    assert not pairs(text, "employment")


def test_an_associations_post_before_joining_as_an_adviser():
    text = "玑岳新材成立于2023年。今年4月，前华北玻璃行业协会秘书长申立行以顾问身份加入玑岳。"
    assert has(facts(text, "employment"), person="申立行", org="华北玻璃行业协会", title="秘书长")
    assert not has(facts(text, "employment"), org="玑岳新材")


def test_trades_and_workshops_and_fields_are_no_people_or_employers():
    text = (
        "陶烬坊成立于2021年，创始人詹秋岚创业前曾在昌北瓷业担任设计总监。"
        "付成岳毕业后进入贵州茅台酒厂，在制酒车间干了14年。贺敬远是釉料配方方面的专家。"
    )
    assert pairs(text, "employment") == {("詹秋岚", "昌北瓷业"), ("付成岳", "贵州茅台")}
    text = (
        "琉彩瓶器完成天使轮融资。台湾菸酒公司包材主管郑宇桓去年离职，"
        "创办了专做玻璃与陶瓷酒瓶设计的琉彩瓶器。"
    )
    assert pairs(text, "founded") == {("郑宇桓", "琉彩瓶器")}


def test_a_sportswear_brand_named_like_a_person():
    # 李宁 the company where a job frames it; 李宁 a person elsewhere
    text = (
        "宋听雨先在李宁做了四年鞋类产品经理，2009年加入特步。"
        "另据透露，李宁前鞋类研发总监韦渊也在筹备创业。"
    )
    employment = pairs(text, "employment")
    assert {("宋听雨", "李宁有限公司"), ("韦渊", "李宁有限公司")} <= employment
    text = "栖岳科技完成天使轮融资。创始人李宁毕业于清华大学，此前在腾讯工作。"
    assert pairs(text, "founded") == {("李宁", "栖岳科技")}


def test_founded_in_a_city_and_a_post_then_its_holder():
    text = (
        "“这批是今晚第四车。”沙澜看了一眼屏幕。这是穹岳医学的中心实验室，沙澜是这家公司的创始人兼CEO。"
        "两个月后，穹岳医学在武汉成立。另一位前同事、现任迪安诊断华中区域总监的阮菁，则评价她很偏执。"
    )
    assert ("沙澜", "穹岳医学") in pairs(text, "founded")
    assert has(facts(text, "employment"), person="阮菁", org="迪安诊断", title="华中区域总监")


def test_an_investor_with_the_sum_it_put_in():
    text = "泊屿成立于2022年。2023年6月，真格基金以数百万美元领投了泊屿的天使轮。"
    assert has(facts(text, "investor"), investor="真格基金", org="泊屿")


def test_a_business_unit_after_its_company_and_a_unit_after_a_glossed_company():
    text = "康途药房完成A轮融资。联合创始人兼COO韩岚此前在华远医药零售事业部担任运营总监。"
    assert pairs(text, "employment") == {("韩岚", "华远医药")}
    text = (
        "刻度坊成立于2022年。"
        "2022年，她与曾任华为（Huawei）台湾服务中心技师主任的张凯岳共同创办刻度坊。"
    )
    assert ("张凯岳", "华为") in pairs(text, "employment")


def test_a_name_that_opens_with_an_everyday_word_before_mr():
    text = (
        "房振華先生，56歲，本集團創辦人。房子睿先生，31歲，執行董事兼首席執行官。"
        "房子睿先生持有賓夕法尼亞大學經濟學學士學位。"
    )
    assert pairs(text, "education") == {("房子睿", "宾夕法尼亚大学")}


def test_a_surname_and_honorific_shared_by_a_father_and_a_daughter():
    # 梁先生 is the man of the two named 梁 in full, 梁女士 the woman
    text = (
        "梁振东先生，61歲，本集團創辦人。梁先生於1986年8月至1997年12月任職於YKK香港有限公司。\n"
        "梁詩雅女士，34歲，執行董事，為梁振东先生及陳麗芬女士之女兒。"
        "梁女士持有倫敦政治經濟學院會計學士學位。"
    )
    assert pairs(text, "education") == {("梁诗雅", "伦敦政治经济学院")}
    assert ("梁振东", "YKK") in pairs(text, "employment")  # (a subsidiary, by its parent)


def test_a_site_named_by_its_place_is_the_company_just_named():
    text = "鲍思远从江南大学高分子材料专业硕士毕业，随后加入巴斯夫中国，在上海创新园做了八年研发。"
    assert pairs(text, "employment") == {("鲍思远", "巴斯夫中国")}


def test_a_common_surname_whose_given_name_makes_a_word_and_a_firm_acquired():
    # 林立 is a word, 林立新 a name after 创始人; 创办的五金模具厂立新模具已…被收购: the firm
    text = (
        "扣岳科技完成A轮融资。创始人林立新是连续创业者，"
        "2012 年创办的五金模具厂立新模具已于 2021 年被收购。"
    )
    assert pairs(text, "founded") == {("林立新", "扣岳科技"), ("林立新", "立新模具")}


def test_the_second_of_two_product_lines_and_a_metric_of_each():
    text = (
        "玄岳墨业成立于2019年。目前，玄岳有两条产品线：一是手工墨锭系列“玄岳·松烟”，"
        "主要面向书画家和收藏人群；"
        "二是面向书法学习者的瓶装墨汁“玄岳墨液”。公司披露，玄岳墨液上线两年累计售出超过80万瓶。"
    )
    assert {"玄岳·松烟", "玄岳墨液"} <= {f["product"] for f in facts(text, "product")}
    metrics = {(f["product"], f["value"]) for f in facts(text, "product_metric")}
    assert ("玄岳墨液", 800000.0) in metrics


def test_a_quoted_product_described_before_its_count_and_a_products_short_form():
    text = "日岳科技成立于2015年。“日岳S系列”智能太阳能热水器累计安装量突破52万台。"
    assert ("日岳S系列", 520000.0) in {
        (f["product"], f["value"]) for f in facts(text, "product_metric")
    }
    text = (
        "念岳有两条产品线：面向家庭的“念岳助手”小程序，以及面向殡仪馆的“安岳殡仪管理系统”。"
        "念岳助手已覆盖全国60座城市，安岳系统则已签约120家殡仪馆。"
    )
    assert ("安岳殡仪管理系统", 120.0) in {
        (f["product"], f["value"]) for f in facts(text, "product_metric")
    }


def test_a_rare_surname():
    text = (
        "鲜岳生物获得天使轮投资。"
        "创始人秋映岚为江南大学食品科学博士，曾在安琪酵母研发中心工作四年。"
    )
    assert pairs(text, "founded") == {("秋映岚", "鲜岳生物")}


def test_a_products_latin_part_called_a_series():
    text = (
        "舟岳箱包成立于2020年。产品上，舟岳目前有两条产品线：一是铝镁合金框架箱“舟岳Frame”系列；"
        "二是面向年轻人的软箱“小岳”。Frame系列2024年全年销量超过28万只。"
    )
    assert ("舟岳Frame", 280000.0) in {
        (f["product"], f["value"]) for f in facts(text, "product_metric")
    }


def test_tibetan_and_mongolian_names():
    # no surname leads a Tibetan name (多吉次仁); a Mongolian given name has three characters
    text = (
        "雪岭光电科技完成天使轮融资。"
        "创始人多吉次仁毕业于西藏大学，曾任国家电网西藏公司运维班长。"
    )
    assert pairs(text, "founded") == {("多吉次仁", "雪岭光电科技")}
    assert "包其木格" in entities("总经理包其木格曾任伊利奶源事业部经理。", "person")


def test_a_roundup_heading_with_a_number_and_a_bar():
    text = (
        "融资周报丨标签赛道本周2起融资\n\n"
        "01丨柯岳新材：1.2亿元B轮，国投创业领投\n"
        "柯岳新材是一家导电油墨研发商。\n\n"
        "02丨标岳智能：3000万元A轮\n"
        "标岳智能为标签印刷厂提供AI视觉检测设备。本轮由联想创投领投，老股东奇绩创坛跟投。\n"
    )
    assert has(facts(text, "funding"), org="标岳智能", round="A轮", amount=30_000_000)
    assert ("联想创投", "标岳智能") in {(f["investor"], f["org"]) for f in facts(text, "investor")}


def test_a_quoted_product_launched_or_counting_its_members():
    text = "谷岳宠物食品成立于2019年。“谷岳慢烘”上市一年累计售出超过600万包。"
    assert ("谷岳慢烘", 6_000_000.0) in {
        (f["product"], f["value"]) for f in facts(text, "product_metric")
    }
    text = "泉岳旅居集团成立于2010年。“泉岳会”会员突破310万，其中付费年卡会员约27万。"
    assert ("泉岳会", 3_100_000.0) in {
        (f["product"], f["value"]) for f in facts(text, "product_metric")
    }


def test_a_figures_acronym_in_brackets_makes_no_name():
    text = (
        "蜜岳公布上半年经营数据：品牌累计用户突破1200万，品牌小程序月活跃用户（MAU）约85万。"
        "产品方面，冻干蜂蜜片“岳片”上半年销量达900万盒。"
    )
    assert "小程序月活跃用户" not in entities(text, "org")


def test_a_roundup_heading_naming_the_lead_investor_and_a_platforms_users():
    text = (
        "融资周报丨咖啡赛道本周2起融资\n\n"
        "01丨豆岳科技：完成数千万元Pre-A轮融资\n\n"
        "咖啡生豆供应链服务商「豆岳科技」近日完成数千万元Pre-A轮融资，由真格基金领投。\n\n"
        "02丨匠岳机械：IDG资本领投B轮\n\n"
        "商用咖啡机制造商「匠岳机械」完成B轮融资，金额未披露，由IDG资本领投。\n"
    )
    assert {f["org"] for f in facts(text, "funding")} == {"豆岳科技", "匠岳机械"}
    # (印岳 is the brand: 印岳平台 is no product named 印岳平)
    text = "印岳科技成立于2018年。截至6月30日，印岳平台注册用户达到210万，付费企业客户8.6万家。"
    assert not any(f["product"].startswith("印岳平") for f in facts(text, "product_metric"))


# -- thirty-first session: sets 289–300 -----------------------------------------------------


def test_a_national_squad_employs_its_athletes_coaches_and_doctors():
    text = (
        "创始人江沐川是前国家跳水队运动员，退役后在北京体育大学取得硕士学位。"
        "前国家跳水队主教练宁远山是公司的顾问。柯晓梅曾任国家体操队队医。"
    )
    employment = pairs(text, "employment")
    assert ("江沐川", "国家跳水队") in employment
    assert ("宁远山", "国家跳水队") in employment
    assert ("柯晓梅", "国家体操队") in employment


def test_what_a_founded_brand_features_in_quotes_is_no_name_of_it():
    text = (
        "盛岚2012年加入万岳乐园。2020年，她在杭州创办了主打“攀爬+滑梯”的室内乐园品牌跳岳星球。"
    )
    assert pairs(text, "founded") == {("盛岚", "跳岳星球")}
    assert not facts(text, "product")


def test_as_for_a_topic_is_no_company_speaking():
    text = (
        "岳朵乐园成立于2017年，创始人为钱一鸣。\n\n门店网络方面，岳朵乐园在全国运营门店86家。\n\n"
        "2025年3月，公司完成3亿元B轮融资，由春华资本领投。"
    )
    assert "门店网络" not in entities(text, "org")
    assert {f["org"] for f in facts(text, "funding")} == {"岳朵乐园"}


def test_a_quoted_product_named_after_its_company_is_the_product():
    text = (
        "室内儿童乐园连锁品牌岳朵乐园（Cloudy Park）今日发布上半年经营数据。"
        "岳朵乐园实现营业收入3.4亿元。会员方面，岳朵乐园的预约小程序“岳朵乐园+”月活跃用户约30万。"
        "“我们不追求开店速度。”岳朵乐园创始人兼CEO钱一鸣表示。岳朵乐园成立于2017年，由钱一鸣创办。"
    )
    assert ("岳朵乐园+", 300_000.0) in {
        (f["product"], f["value"]) for f in facts(text, "product_metric")
    }


def test_a_roundup_entrys_description_after_its_bar_is_no_company():
    text = (
        "融资快讯丨再生资源赛道本周2家公司获投\n\n"
        "▍岚岳科技丨建筑垃圾分拣机器人，完成1亿元A轮\n\n"
        "建筑垃圾智能分拣机器人研发商岚岳科技近日完成1亿元A轮融资，由蓝驰创投领投。"
        "创始人兼CEO苗一川毕业于四川大学。\n\n"
        "▍序岳机器人丨社区垃圾分类机器人，获奇绩创坛种子轮\n\n"
        "序岳机器人近日获得奇绩创坛种子轮投资。公司由前科沃斯（Ecovacs）产品经理蓝星野创办。\n"
    )
    orgs = {f["org"] for f in facts(text, "funding")}
    assert orgs == {"岚岳科技", "序岳机器人"}
    assert has(facts(text, "founded"), person="苗一川", org="岚岳科技")
    assert has(facts(text, "employment"), person="蓝星野", org="科沃斯")


def test_a_post_the_company_gives_after_a_cofounder_came_from_a_rival():
    text = (
        "岳衡环境成立于2021年。联合创始人柏启航则来自光学分选设备巨头陶朗（TOMRA），"
        "曾任陶朗中国区销售总监。公司CTO由前大华股份图像算法专家甘朗担任，他于2022年加入。"
    )
    assert has(facts(text, "employment"), person="甘朗", org="岳衡环境", title="CTO")
    assert not has(facts(text, "employment"), person="甘朗", org="陶朗")


def test_a_works_named_by_its_town_but_not_by_what_it_makes():
    text = "他的母亲柯秀兰在柳州机械厂工作了二十年。后来他在锅炉厂干了九年，又去了深圳。"
    assert pairs(text, "employment") == {("柯秀兰", "柳州机械厂")}
    text = "他在宁波的一家座套厂里长大。那家厂叫宁波岳根汽车用品厂，1998年由他的父亲聂岳根创办。"
    assert pairs(text, "founded") == {("聂岳根", "宁波岳根汽车用品厂")}


def test_a_post_right_after_the_company_joined_ends_its_name():
    text = "澜岳科技成立于2018年。2020年，庞岳桐辞去公务员工作，加入澜岳任生产副总裁。"
    assert has(facts(text, "employment"), person="庞岳桐", org="澜岳科技")
    assert "澜岳任生产副总裁" not in entities(text, "org")


def test_a_relative_he_went_along_with_is_not_who_the_story_follows():
    text = (
        "庞岳梧是岳木吉他的创始人。十几岁时，他跟着舅舅庞德山在湖南的家具作坊里刨木头。"
        "2003年从南京林业大学本科毕业后，他南下广州。"
    )
    assert pairs(text, "education") == {("庞岳梧", "南京林业大学")}


def test_a_projects_pitch_in_words_and_letters_is_no_team_member():
    text = (
        "岳谷创新营冬季 Demo Day：项目一览\n\n"
        "## 01 拾岳记\n\n"
        "AI 扒谱工具：上传一段吉他录音，自动生成六线谱。\n\n"
        "| 成员 | 角色 | 背景 |\n|---|---|---|\n"
        "| 陶知岳 | 创始人兼CEO | 清华大学电子工程系博士；前腾讯音乐研究员 |\n\n"
        "## 02 响岳乐器\n\n"
        "碳纤维旅行吉他品牌。\n\n"
        "| 成员 | 角色 | 背景 |\n|---|---|---|\n"
        "| 丁越岳 | 创始人 | 哈尔滨工业大学硕士；前中国商飞工程师 |\n"
    )
    founders = {f["person"] for f in facts(text, "founded")}
    assert founders == {"陶知岳", "丁越岳"}


def test_a_demo_day_entry_labelled_by_its_kind_of_project():
    text = (
        "岳定加速营　2026-03-12\n\n结营路演回顾｜第三期2个项目\n\n"
        "【路演项目 01】绒岳\n按需生产的个性化座套工厂。已完成种子轮融资，由九合创投投资。\n"
        "核心团队\n柏清岳\n创始人兼CEO。东华大学服装设计本科，前海澜之家供应链总监。\n"
        "冉岳书\n联合创始人。前京东汽车用品类目经理。\n\n"
        "【路演项目 02】顶岳家\n汽车顶棚的上门翻新服务连锁。\n"
        "核心团队\n谷岳川\n创始人。此前在途虎养车任门店运营总监。\n"
    )
    assert pairs(text, "founded") == {
        ("柏清岳", "绒岳"), ("冉岳书", "绒岳"), ("谷岳川", "顶岳家")
    }


def test_a_roundup_entry_led_by_a_bullet_and_its_pitch():
    text = (
        "融资周报丨汽车内饰\n\n【本周看点】\n\n"
        "01丨绒岳驰：售后定制座套品牌，B轮1.2亿元\n"
        "定制座套品牌绒岳驰近日完成1.2亿元B轮融资。创始人许岳明曾任途虎养车品类总监。\n\n"
        "02丨饰岳智造：内饰门板柔性产线，Pre-A轮8000万元\n"
        "内饰件柔性制造服务商饰岳智造近日完成8000万元Pre-A轮融资。创始人温岳言毕业于同济大学。\n\n"
        "【早期项目】\n\n"
        "• 座岳科技：座椅通风加热模组\n"
        "座岳科技获得数千万元天使+轮融资，由奇绩创坛领投。创始人丁岳恒曾在安道拓担任工程经理。\n"
    )
    assert pairs(text, "founded") == {
        ("许岳明", "绒岳驰"), ("温岳言", "饰岳智造"), ("丁岳恒", "座岳科技")
    }


def test_a_name_before_a_word_of_time():
    text = "据了解，长城汽车前座椅平台负责人柯知远近期也已离职。"
    assert "柯知远" in entities(text, "person")


def test_a_research_unit_is_neither_the_company_nor_its_field_alone():
    text = (
        "比亚迪汽车工程研究院内饰研究所前所长庞岳东已离职创业，新公司名为深圳岳座科技有限公司。"
        "苗岳则是他在比亚迪时期的老部下，此前担任内饰采购经理。"
        "对此，比亚迪回应称，内饰研究所团队稳定。庞岳东并不是唯一一位创业的车企内饰老兵。"
    )
    assert not {o for _, o in pairs(text, "employment")} & {"内饰研究所", "内饰"}


def test_a_units_company_written_alone_elsewhere():
    text = (
        "作为国内最大的汽车内饰供应商之一，澄锋培养了大批中层骨干，他们在澄锋工作多年，从澄锋离职后创业。\n\n"
        "韦霁川2012年进入澄锋座椅事业部，曾任面套工艺经理，2019年离职。"
        "2020年，他在上海创办缝岳智能。\n"
    )
    assert has(facts(text, "employment"), person="韦霁川", org="澄锋")


def test_mongolian_names_without_a_surname():
    text = (
        "那日松是朔岳绒业的创始人兼CEO。那日松在清华大学读经济学本科。"
        "创始人乌兰其其格本科毕业于内蒙古大学，此前在伊利集团担任牧场运营经理。"
    )
    people = entities(text, "person")
    assert {"那日松", "乌兰其其格"} <= people
    assert "乌兰" not in people


def test_the_founder_of_a_company_described_is_not_the_clauses_subject():
    text = (
        "盘点｜从鄂尔多斯走出的创业者们\n\n"
        "一、阿拉坦：绒岳科技\n"
        "阿拉坦在鄂尔多斯工作了12年，离职前任原料部总经理。2021年，他创办了绒岳科技。\n\n"
        "二、白音：针岳智能\n"
        "白音本科毕业于内蒙古工业大学，在鄂尔多斯生产技术部干到副总监。2022年，他创办针岳智能。\n\n"
        "三、温晴岚：山岳牧场\n"
        "严格来说，温晴岚不算“鄂尔多斯系”。她从未在鄂尔多斯任职，而是阿拉坦创办的绒岳科技的"
        "前运营总监，2024年离职后创办了山岳牧场。\n"
    )
    assert pairs(text, "founded") == {
        ("阿拉坦", "绒岳科技"), ("白音", "针岳智能"), ("温晴岚", "山岳牧场")
    }


def test_a_roundup_headings_company_before_its_colon_raised_the_round():
    text = (
        "融资快讯丨纹身赛道一周融资盘点\n\n"
        "01丨绛岳生物：可降解纹身色料获3000万元天使轮\n\n"
        "绛岳生物近日完成3000万元天使轮融资。刺岳为纹身工作室提供预约管理。\n\n"
        "02丨刺岳：纹身店SaaS获数千万元Pre-A轮\n\n"
        "刺岳近日完成数千万元Pre-A轮融资，由创新工场领投。\n"
    )
    assert {f["org"] for f in facts(text, "funding")} == {"绛岳生物", "刺岳"}


def test_he_after_his_father_is_named_is_the_father():
    text = (
        "2021年春天，邵岳叙从宝洁辞职，回到老家。辞职的原因很简单：父亲邵国栋身体不好，"
        "他在1998年创办的庆元岳笔文具有限公司需要有人接手。"
    )
    assert pairs(text, "founded") == {("邵国栋", "庆元岳笔文具有限公司")}


def test_a_foreign_city_and_a_brand_hold_no_person():
    # (罗 of 佛罗伦萨 is the city's, no surname opening a name there)
    assert not starts_here("被古驰在佛罗伦萨的皮具部门招进去", 5)
    text = "简若萱没有进动物医院，而是加入雀巢台湾，在宠物食品品牌普岳纳担任品牌经理。"
    assert "普岳纳" not in entities(text, "person")


def test_a_city_companys_everyday_words_alone_are_not_the_company():
    text = (
        "远岳客车成立于2022年，创始人姚闻岳。他的父亲姚国栋在厦门公交集团开了三十年公交车。"
        "2022年，他找到老同事林岳穗一起创业。高瓴合伙人宋知行则认为，拉美的公交电动化还在第二局。"
    )
    assert "厦门公交集团" not in {o for _, o in pairs(text, "founded")}


def test_an_adverb_after_a_short_name_is_no_part_of_it():
    text = "净岳科技成立于2021年。早在2022年3月，净岳就拿到了峰瑞资本数千万元天使轮投资。"
    assert {f["org"] for f in facts(text, "funding")} == {"净岳科技"}


def test_a_quoted_product_that_shipped_a_count():
    text = (
        "岳木文具成立于2016年。产品方面，岳木旗舰款自动铅笔「TM-07」上半年销量达1500万支；"
        "无尘橡皮「岳木云擦」上半年出货2600万块。"
    )
    assert ("岳木云擦", 26_000_000.0) in {
        (f["product"], f["value"]) for f in facts(text, "product_metric")
    }


def test_a_post_at_a_firms_china_arm_held_by_her_boss_then():
    text = (
        "白芷文具成立于2021年，创始人詹岳溪。詹岳溪毕业后去了广州。"
        "她当时的老板陶维明是辉岳嘉中国区市场总监，对她影响很大。"
    )
    assert pairs(text, "employment") == {("陶维明", "辉岳嘉")}


def test_a_company_named_after_its_county_and_her_former_subordinate_founding():
    text = (
        "从长兴材料到自己的油墨厂：陈品岳的十年\n\n"
        "2010年，陈品岳进入长兴材料担任研发工程师；2015年转往杜邦台湾。"
        "去年，前长兴材料副总经理许明哲也以顾问身份加入。"
    )
    assert ("陈品岳", "长兴材料") in pairs(text, "employment")
    text = (
        "龚若岳是足岳科技的创始人。离开荣泰的不止她一个。"
        "她当年的下属、结构工程师汪岳澄，2023年出来创办了足浴器品牌汤泉岳。"
    )
    founded = pairs(text, "founded")
    assert ("龚若岳", "汤泉岳") not in founded


def test_a_fathers_trade_at_the_works_he_worked_for():
    text = "闻启岳是岳达电梯的创始人。父亲闻德厚是重庆电梯厂的老安装工，在厂里干了三十年。"
    assert has(facts(text, "employment"), person="闻德厚", org="重庆电梯厂")


def test_another_founder_is_no_company_named_another():
    text = (
        "豆岳科技成立于2022年，行政总裁冼启岳。另一创办人兼营运总裁杜颖岳曾任职麦当劳。"
        "公司于2023年3月曾完成港币1,000万元天使轮融资。"
    )
    assert pairs(text, "founded") >= {("杜颖岳", "豆岳科技")}
    assert {f["org"] for f in facts(text, "funding")} == {"豆岳科技"}


def test_a_given_name_ending_in_ke_before_shi():
    text = (
        "豆屿食品成立于2021年。联合创始人宣可是中国农业大学食品学院的博士，"
        "此前在该学院任副教授。"
    )
    assert "宣可" in entities(text, "person")
    assert ("宣可", "中国农业大学") in pairs(text, "education")


def test_a_clause_with_no_subject_after_her_father_is_named_is_hers():
    text = (
        "植岳食品的创始人岳晚岳在老家临沂长大。她的父亲岳长庚在镇上经营一家豆制品作坊三十多年。"
        "再往前，是江南大学的食品科学本科，和荷兰瓦赫宁根大学的硕士。"
    )
    assert {p for p, _ in pairs(text, "education")} == {"岳晚岳"}


def test_a_registered_name_whose_brand_reads_like_a_person():
    text = (
        "蒙牛前副总裁邰振岳已于今年年中离职，并创办了一家大豆蛋白公司。\n\n"
        "工商信息显示，沃豆生物科技（上海）有限公司成立于2025年9月，注册资本500万元，"
        "法定代表人为柯芮。\n\n"
        "一位知情人士透露，柯芮是邰振岳在蒙牛时的老部下，目前在沃豆担任运营负责人。"
        "沃豆计划于2026年推出首款产品。"
    )
    assert not facts(text, "founded")  # (a legal representative who works there, no founder)
    assert has(facts(text, "employment"), person="柯芮", org="沃豆生物科技(上海)有限公司")


def test_a_demo_day_project_labelled_project_one_and_a_roundups_half_block_mark():
    text = (
        "岳花创投营　2026-03-20\n\n春季 Demo Day 回顾｜2 个精酿项目\n\n"
        "3 月 19 日，岳花创投营 2026 春季 Demo Day 在厦门举行。\n\n"
        "#### 项目 1：醴岳精酿\n\n用岩茶做基酒风味的茶啤。项目已完成 300 万元种子轮融资。\n\n"
        "| 姓名 | 职位 | 背景 |\n| --- | --- | --- |\n"
        "| 白岳露 | 创始人 & CEO | 厦门大学本科；前八马茶业产品总监 |\n\n"
        "#### 项目 2：铜岳酒馆\n\n精酿加现场音乐的酒馆。\n\n"
        "| 姓名 | 职位 | 背景 |\n| --- | --- | --- |\n"
        "| 阎岳烁 | 创始人 | 西北大学本科；前摩登天空演出经理 |\n"
    )
    assert pairs(text, "founded") == {("白岳露", "醴岳精酿"), ("阎岳烁", "铜岳酒馆")}
    text = (
        "精酿周报丨本周4个项目获投\n\n"
        "▌老岳头啤酒丨获8000万元A轮融资\n\n老岳头啤酒近日获得8000万元A轮融资。\n\n"
        "▌泡岳星球丨获奇绩创坛500万元天使投资\n\n"
        "泡岳星球是一家精酿酒馆品牌。创始人程岳朵此前在百威工作。\n"
    )
    assert has(facts(text, "founded"), person="程岳朵", org="泡岳星球")


def test_her_former_colleague_described_at_length_founded_it():
    text = (
        "绾岳科技的创始人葛岳芸曾任欧莱雅中国品牌经理。"
        "她的前同事、欧莱雅中国前数字营销总监鲍岳蕾，2023年创办了头皮护理品牌蕾岳芙。"
    )
    founded = pairs(text, "founded")
    assert ("鲍岳蕾", "蕾岳芙") in founded and ("葛岳芸", "蕾岳芙") not in founded


def test_a_taiwan_biotech_name_and_a_large_group_left_unnamed():
    text = (
        "从医院走出的假发：林宛岳与绮岳生技\n\n"
        "走进绮岳生技位于新北林口的工作室，十几颗头模整齐排在窗边。创办人暨执行长林宛岳说，"
        "医疗假发要先懂病人。今年5月，绮岳完成新台币2亿元A轮募资，由国发基金领投。"
        "有媒体报道绮岳已获日本大型假发集团入股，林宛岳否认。"
    )
    assert pairs(text, "founded") == {("林宛岳", "绮岳生技")}


def test_a_verb_with_me_as_its_object_after_a_name():
    text = (
        "问：当时身边的人怎么看？\n"
        "答：那时候老同事叶岳劝我别冲动，他现在是高瓴的合伙人，后来还帮我们介绍过投资人。"
    )
    people = entities(text, "person")
    assert "叶岳" in people and "叶岳劝" not in people


def test_a_trade_ending_in_gong_inside_engineering_is_no_title():
    text = (
        "问：你怎么入行的？\n"
        "答：2008年从同济大学汽车工程专业本科毕业，我进了上汽集团做产品规划。"
    )
    assert "程专业" not in entities(text, "person")
    text = "创始人兼CEO林岳为清华大学汽车工程系博士，她是上海交通大学机电工程硕士。"
    assert not facts(text, "employment")
