"""Founder bios on invented demo-day posts: founders and roles, nicknames, schools with degree and
field, former employers, competitions whose sponsor is no employer, Traditional input."""

from pedigree.ingest.text.bios import extract_bios, is_bio_list
from pedigree.ingest.text.extract import extract
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.zh.bios import projects

POST = """# 某创业营路演日

# **星河织梦**

**一句话介绍：**给猫看的动画片。

**团队介绍：**

王小明：创始人 / CEO，复旦大学计算机本科，斯坦福大学博士；前谷歌工程师；获阿里巴巴天池大赛冠军。

赵大海（Ocean）：联合创始人 / CTO，曾任职于腾讯，发表论文 5 篇，拥有专利 3 项。

# **青木机器**

**团队介绍：**

李青：CEO，浙江大学机械工程硕士，大疆创新前结构工程师。
"""


def facts_of(kind, facts):
    return [f for f in facts if f.kind == kind]


def test_founders_with_roles_and_nicknames():
    facts = extract_bios(Text(POST))
    founded = {
        (f.fields["org"], f.fields["person"], f.fields["role"]) for f in facts_of("founded", facts)
    }
    assert founded == {
        ("星河织梦", "王小明", "创始人/CEO"),
        ("星河织梦", "赵大海", "联合创始人/CTO"),
        ("青木机器", "李青", "CEO"),
    }
    zhao = next(f for f in facts_of("founded", facts) if f.fields["person"] == "赵大海")
    assert zhao.aliases["赵大海"] == "赵大海（Ocean）"


def test_education_with_degree_and_field():
    facts = extract_bios(Text(POST))
    education = {
        (f.fields["person"], f.fields["org"], f.fields["degree"], f.fields["field"])
        for f in facts_of("education", facts)
    }
    assert ("王小明", "复旦大学", "本科", "计算机") in education
    assert ("王小明", "斯坦福大学", "博士", None) in education
    assert ("李青", "浙江大学", "硕士", "机械工程") in education
    phd = [f for f in facts_of("credential", facts) if f.fields["type"] == "phd"]
    assert [f.fields["person"] for f in phd] == ["王小明"]


def test_former_employment_and_sponsor_is_not_employer():
    facts = extract_bios(Text(POST))
    jobs = {
        (f.fields["person"], f.fields["org"], f.fields["current"])
        for f in facts_of("employment", facts)
    }
    assert ("王小明", "谷歌", False) in jobs
    assert ("赵大海", "腾讯", False) in jobs
    assert ("李青", "大疆创新", False) in jobs
    assert not any(org == "阿里巴巴" for _, org, _ in jobs)
    kinds = {(f.fields["person"], f.fields["type"]) for f in facts_of("credential", facts)}
    assert {("王小明", "competition"), ("赵大海", "paper"), ("赵大海", "patent")} <= kinds


def test_spans_quote_the_clause():
    text = Text(POST)
    for fact in extract_bios(text):
        assert fact.quote == text.original[fact.start : fact.end]
        assert "\n" not in fact.quote and len(fact.quote) < 40


def test_traditional_input_keeps_offsets():
    post = (
        "# **雲端織夢**\n\n**團隊介紹：**\n\n"
        "陳曉東：創始人，清華大學電子工程學士，前騰訊產品經理。\n\n"
        "林美玲：聯合創始人，北京大學碩士。\n"
    )
    text = Text(post)
    facts = extract_bios(text)
    for fact in facts:
        assert fact.quote == text.original[fact.start : fact.end]
    founded = {(f.fields["person"], f.fields["role"]) for f in facts_of("founded", facts)}
    assert founded == {("陈晓东", "创始人"), ("林美玲", "联合创始人")}
    chen = next(f for f in facts_of("founded", facts) if f.fields["person"] == "陈晓东")
    assert chen.aliases["陈晓东"] == "陳曉東"
    schools = {(f.fields["person"], f.fields["org"]) for f in facts_of("education", facts)}
    assert schools == {("陈晓东", "清华大学"), ("林美玲", "北京大学")}
    jobs = [f for f in facts_of("employment", facts)]
    assert [(f.fields["org"], f.quote) for f in jobs] == [("腾讯", "前騰訊產品經理")]


def test_is_bio_list():
    assert is_bio_list(Text(POST))
    lines = "\n\n".join(f"{name}：CEO，某大学本科。" for name in ("张一", "李二", "王三"))
    assert is_bio_list(Text(lines))
    assert not is_bio_list(Text("商汤科技今天发布了新模型，创始人汤晓鸥曾在香港中文大学任教。"))
    assert not is_bio_list(Text("# **项目**\n\n**团队介绍：**\n\n团队来自多所高校。"))


EMPLOYERS = """# **云帆计划**

**团队介绍：**

周一帆：CEO，曾任职于星桥动力、Bluefin Labs，青禾生物等公司；岚山智造销售总监。

吴二水：CTO，曾就职于硅谷独角兽公司Quillpoint；曾任某饮料公司市场总监，AI 音乐公司 CTO。

孙三木：联合创始人，教育品牌 Lumio 创始人，2015年创办了青柚网；谷歌学术引用 500 次。

郑五岳：顾问，师从 Alan Brook 教授。

钱四海：COO，丹麦科技大学博士，在 Norvik 担任数据科学家，前云梯科技北美销售总监。
"""


def _jobs(facts):
    return {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "employment"}


def test_employer_lists_titles_and_descriptions():
    facts = extract_bios(Text(EMPLOYERS))
    jobs = _jobs(facts)
    # a cue and a list, running over a comma; a name right before a title; a branch dropped
    assert {("周一帆", o) for o in ("星桥动力", "Bluefin Labs", "青禾生物", "岚山智造")} <= jobs
    # a description before the name is not the name; a bare description is no employer
    assert ("吴二水", "Quillpoint") in jobs
    assert {org for person, org in jobs if person == "吴二水"} == {"Quillpoint"}
    assert {("钱四海", "Norvik"), ("钱四海", "云梯科技")} <= jobs


def test_founded_companies_and_non_employers():
    facts = extract_bios(Text(EMPLOYERS))
    founded = {
        (f.fields["person"], f.fields["org"])
        for f in facts
        if f.kind == "founded" and f.confidence < 0.9
    }
    assert {("孙三木", "Lumio"), ("孙三木", "青柚网")} <= founded
    # a product (谷歌学术) and an adviser (师从 … 教授) are no employers
    assert not any(p in ("孙三木", "郑五岳") and org != "云帆计划" for p, org in _jobs(facts))


def test_country_kept_in_generic_school_name():
    facts = extract_bios(Text(EMPLOYERS))
    schools = {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "education"}
    assert ("钱四海", "丹麦科技大学") in schools


ROLES = """# **星火工坊（属青岚科技团队）**

**团队介绍：**

甲一鸣：解决方案事业部总监，原某厂产品经理。

乙二川：联合创始人、常务副总/CTO。浙江大学本科。

Mark Sun：Solution/Product VP，二十年行业经验。

丙三石：初创团队成员，技术总监，复旦大学博士。

丁四海：创始人/CEO首席执行官，连续创业者。

戊五湖：AI 合伙人，北京大学硕士。

己六合：前云杉科技产品总监，清华大学本科。

庚七星：创始人，首席科学家，南京大学博士。

L博士：CTO，加州理工学院博士。

# **Nimbus - 好用省钱的云**

**团队介绍：**

公司由韩八方、魏九州与赵十全联合创立，团队来自多所高校。

# **某某调度平台（ **云杉科技** ）**

**团队介绍：**

辛一：CEO，东海大学本硕。

# **木兰（Magnolia）**

**团队介绍：**

壬二：CEO，武汉大学学士。
"""


def test_roles_are_the_first_titled_stretch():
    facts = extract_bios(Text(ROLES))
    roles = {f.fields["person"]: f.fields["role"] for f in facts_of("founded", facts)}
    assert roles["甲一鸣"] == "解决方案事业部总监"
    assert roles["乙二川"] == "联合创始人、常务副总/CTO"
    assert roles["Mark Sun"] == "Solution/Product VP"
    assert roles["丙三石"] == "技术总监"  # team membership gives way to the title after it
    assert roles["丁四海"] == "创始人/CEO"  # CEO首席执行官 is one title written twice
    assert roles["戊五湖"] == "AI合伙人"
    assert roles["己六合"] is None  # a former job is no role
    assert roles["庚七星"] == "创始人,首席科学家"
    assert roles["L"] == "CTO"


def test_project_names_without_notes_and_prose_founders():
    facts = extract_bios(Text(ROLES))
    orgs = {f.fields["person"]: f.fields["org"] for f in facts_of("founded", facts)}
    assert orgs["甲一鸣"] == "星火工坊"
    assert orgs["辛一"] == "云杉科技"  # a product heading whose bracket names the company
    assert orgs["壬二"] == "木兰(Magnolia)"  # a bracket holding another name stays
    prose = {
        (f.fields["org"], f.fields["person"], f.fields["role"]) for f in facts_of("founded", facts)
    }
    assert {("Nimbus", p, "联合创始人") for p in ("韩八方", "魏九州", "赵十全")} <= prose
    text = Text(ROLES)
    for fact in extract_bios(text):
        assert fact.quote == text.original[fact.start : fact.end]


STUDIES = """# **青禾**

**团队介绍：**

甲一：CEO，东海大学本硕，伦敦大学AI博士，中国科学院长春某所博士。

乙二：CTO，南湖大学博士生导师，著作已由清华出版社付梓，论文被芝加哥大学引用。

丙三：COO，在QTX，Zorbit和Flenn拥有十年软件经验；曾在VC Nova Labs工作过。

丁四：CPO，Kora 魁北克人工智能研究所研究员，曾就职于字节跳动 AI Lab。
"""


def test_schools_studied_at_and_not():
    facts = extract_bios(Text(STUDIES))
    schools = {(f.fields["person"], f.fields["org"]) for f in facts_of("education", facts)}
    assert {("甲一", "东海大学"), ("甲一", "伦敦大学"), ("甲一", "中国科学院")} <= schools
    assert not any(person == "乙二" for person, _ in schools)
    degree = {f.fields["org"]: f.fields["degree"] for f in facts_of("education", facts)}
    assert degree["东海大学"] == "本硕"


def test_short_latin_employers_and_generic_units():
    jobs = _jobs(extract_bios(Text(STUDIES)))
    assert {("丙三", "QTX"), ("丙三", "Zorbit"), ("丙三", "Flenn"), ("丙三", "Nova Labs")} <= jobs
    assert not any(org in ("AI Lab", "Kora 魁北克") for _, org in jobs)


UNITS = """# **青禾**

**团队介绍：**

甲一：CEO，北京大学光华管理学院 MBA，中科院声学所博士，曾就职于阿里达摩院 / 快手。

乙二：CTO，前网易游戏主策，微软亚洲研究院研究员，腾讯云架构师，中科院化学所研究员。
"""


def test_units_are_read_as_their_parent():
    facts = extract_bios(Text(UNITS))
    schools = {(f.fields["person"], f.fields["org"]) for f in facts_of("education", facts)}
    # a faculty is its university's; an institute that gives degrees is a school of its own
    assert {("甲一", "北京大学"), ("甲一", "中国科学院声学研究所")} <= schools
    jobs = {f.fields["org"]: f for f in facts_of("employment", facts)}
    assert {"阿里巴巴", "快手", "网易", "中国科学院"} <= set(jobs)
    assert jobs["阿里巴巴"].fields["title"] == "阿里达摩院"  # the unit is kept in the title
    assert jobs["阿里巴巴"].aliases == {"阿里巴巴": "阿里"}
    # a regional lab and a cloud brand are institutions of their own
    assert {"微软亚洲研究院", "腾讯云"} <= set(jobs)


NOT_JOBS = """# **青禾**

**团队介绍：**

甲一：CEO，硅谷已上市2B独角兽Quorvane早期资深工程师，前Tessaly的全球首席技术官。

甲二：曾在青岚机器人，Zentrix 做核心研发。

乙二：CTO，曾任 AI 公司星澜智算深圳分公司总经理，前 AIoT 公司联合创始人。

乙三：GitHub 星标累计 2 万，知乎 30 万粉丝，曾独立研发 Google S2 算法引擎。

丙三：COO，顾问团队成员来自中科院、某某大学，师从北湖大学计算机学院创始院长。

丙四：多次拒绝 xAI 联创的邀请，2011年进入复旦大学校友会工作。
"""


def test_latin_names_after_descriptions_titles_and_commas():
    jobs = _jobs(extract_bios(Text(NOT_JOBS)))
    assert {("甲一", "Quorvane"), ("甲一", "Tessaly")} <= jobs
    assert {("甲二", "青岚机器人"), ("甲二", "Zentrix")} <= jobs
    assert ("乙二", "星澜智算") in jobs  # a branch named for its city is the company's


def test_platforms_categories_and_others_are_no_employers():
    facts = extract_bios(Text(NOT_JOBS))
    ties = {
        (f.fields["person"], f.fields["org"])
        for f in facts
        if f.kind in ("employment", "founded") and f.confidence < 0.9
    }
    assert {org for person, org in ties if person == "乙二"} == {"星澜智算"}
    assert not any(person == "乙三" for person, _ in ties)
    # a team's schools, a supervisor's school, a declined offer: only the association is a job
    assert not any(person == "丙三" for person, _ in ties)
    assert {org for person, org in ties if person == "丙四"} == {"复旦大学校友会"}


FACULTY = """# **青禾**

**团队介绍：**

甲一：CEO，香港理工大学电子计算学系教授，格拉斯哥大学 Research Fellow。

乙二：CTO，2009年起任教于Emory大学，清华大学博士生导师，IEEE Fellow。

丙三：COO，复旦大学计算机系本科，斯坦福大学博士后。
"""


def test_faculty_posts_are_jobs_not_studies():
    facts = extract_bios(Text(FACULTY))
    jobs = _jobs(facts)
    schools = {(f.fields["person"], f.fields["org"]) for f in facts_of("education", facts)}
    assert {("甲一", "香港理工大学"), ("甲一", "格拉斯哥大学")} <= jobs
    assert {("乙二", "埃默里大学"), ("乙二", "清华大学")} <= jobs
    assert not any(person in ("甲一", "乙二") for person, _ in schools)
    # a department of study is still a study, and a postdoc is read as the labels read it
    assert {("丙三", "复旦大学"), ("丙三", "斯坦福大学")} <= schools


LISTS = """# **青禾**

**团队介绍：**

甲一：CEO，师从某某教授，曾就职于字节跳动 AI Lab、青岚投资深度学习团队。

乙二：CTO，前星河之外技术合伙人、Infra 负责人，曾在航天九院总体部工作。

丙三：COO，八年科尔摩根/云帆传动工作经历，专注于运动控制。
"""


def test_employer_lists_after_a_supervisor_and_before_experience():
    jobs = _jobs(extract_bios(Text(LISTS)))
    # a supervisor named in an earlier clause does not make the list his
    assert {("甲一", "字节跳动"), ("甲一", "青岚投资")} <= jobs  # 投资|深度, not 资深
    # 之 inside a name; a department (航天九院 is the alias table's 中国航天电子技术研究院)
    assert {("乙二", "星河之外"), ("乙二", "中国航天电子技术研究院")} <= jobs
    assert {("丙三", "科尔摩根"), ("丙三", "云帆传动")} <= jobs  # years, names, 工作经历


def test_degree_obtained_from_a_school():
    post = (
        "# **青禾**\n\n**团队介绍：**\n\n甲一：CEO，获得McGill University生物化学学位。\n\n"
        "乙二：CTO，获得苏黎世联邦理工学院博士学位，获得 Google offer。\n"
    )
    facts = extract_bios(Text(post))
    schools = {(f.fields["person"], f.fields["org"]) for f in facts_of("education", facts)}
    assert {("甲一", "麦吉尔大学"), ("乙二", "苏黎世联邦理工学院")} <= schools
    assert not _jobs(facts)


SERIAL = """# 某创业营路演日

# **栎甲**

**团队介绍：**

卜言：CEO，2018 年创立了一家名为“栎丙科技”的公司，曾在美国创立过一家机器人公司。

吴同：CTO，北京邮电大学硕士，曾因游戏开发比赛第 1 名入职 Unity，3 年做了近 20 款游戏。

韩典：COO，大二辍学在 Microsoft Research 独立开发了 Excel 插件；中科院自动化所硕士。

曹丹：CMO，曾任知乎签约写手、五年 RPA 架构师。

# **栎乙**

**团队介绍：**

濮宁：创始人 / CEO，浙江大学博士。
"""


def test_founded_by_description_hires_after_prizes_and_labs_that_are_not_schools():
    from pedigree.ingest.text.extract import extract

    facts = extract(SERIAL, lang="zh")
    founded = {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "founded"}
    assert ("卜言", "栎丙科技") in founded
    assert {org for person, org in founded if person == "卜言"} <= {"栎丙科技", "栎甲"}
    jobs = _jobs(facts)
    assert ("吴同", "Unity") in jobs  # a prize, then the job it won
    schools = {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "education"}
    assert not any(person == "韩典" and "微软" in org for person, org in schools)
    assert any(person == "韩典" and "自动化" in org for person, org in schools)
    assert ("曹丹", "知乎") in jobs and not any(org == "RPA" for _, org in jobs)


def test_the_last_post_held_is_no_employer():
    from pedigree.ingest.text.bio_employers import employer_spans

    clause = "曾在普华永道从事金融合规咨询工作7年，最后职位为高级经理"
    assert [clause[s:e] for s, e, _ in employer_spans(clause)] == ["普华永道"]


def test_a_table_cell_with_one_role_for_listed_founders_and_a_bio_each():
    text = (
        "| 序号 | 项目 | 团队 | 融资 |\n|---|---|---|---|\n"
        "| 1 | 稷禾生物 | 联合创始人卜晓、阙岚；卜晓前隆平高科育种总监，"
        "阙岚曾在康奈尔大学做博士后 | 暂未融资 |\n"
        "| 2 | 田衡 | 创始人武蕤，前大疆农业产品经理 | 暂未融资 |\n"
    )
    found = extract(text, lang="zh")
    founded = {(f.fields["person"], f.fields["org"]) for f in found if f.kind == "founded"}
    assert {("卜晓", "稷禾生物"), ("阙岚", "稷禾生物")} <= founded
    jobs = {(f.fields["person"], f.fields["org"]) for f in found if f.kind == "employment"}
    assert ("卜晓", "隆平高科") in jobs


def test_a_table_cell_of_name_role_bio_per_member():
    """宓思远，创始人兼CEO，…；骆韶，联合创始人兼CTO，前…: each member the name, a role, a bio (an
    English name in brackets after a name is no role)."""
    text = (
        "| 项目 | 方向 | 创始团队 | 融资进展 |\n|---|---|---|---|\n"
        "| 天衡遥感 | 农险定损 | 宓思远，创始人兼CEO，武汉大学遥感博士，前人保财险产品经理；"
        "骆韶，联合创始人兼CTO，前航天宏图算法工程师 | 已获种子投资 |\n"
        "| 锂探 | 锂矿分选 | 谭启明（Adrian Tan），创始人，2018年至2023年任赣锋锂业工艺工程师；"
        "聂冉，联合创始人，中国科学院过程工程研究所博士 | 暂未融资 |\n"
    )
    found = extract(text, lang="zh")
    founded = {(f.fields["person"], f.fields["org"], f.fields["role"]) for f in found
               if f.kind == "founded"}
    assert founded == {
        ("宓思远", "天衡遥感", "创始人兼CEO"), ("骆韶", "天衡遥感", "联合创始人兼CTO"),
        ("谭启明", "锂探", "创始人"), ("聂冉", "锂探", "联合创始人"),
    }
    jobs = {(f.fields["person"], f.fields["org"]) for f in found if f.kind == "employment"}
    assert {("骆韶", "航天宏图"), ("谭启明", "赣锋锂业")} <= jobs


def test_every_project_presented_took_the_hosts_money():
    """本期路演项目均已获得奇绩创坛投资: the organisation after 获得 invested in each project."""
    text = (
        "奇绩创坛2025秋季路演日｜这3个项目值得关注\n\n"
        "以下是我们挑选的3个项目，本期路演项目均已获得奇绩创坛投资。\n\n"
        "01　旧巷新生｜老旧小区改造的施工管理平台\n"
        "创始人 诸晏，前万科城市更新事业部总经理。\n\n"
        "02　蚕解科技｜可家庭堆肥的包装材料\n"
        "创始人 兰苡，前金发科技研发经理。\n\n"
        "03　络光｜面向机器人的激光雷达芯片\n"
        "创始人 钮芷若，前禾赛科技芯片架构师。\n"
    )
    found = extract(text, lang="zh")
    backed = {f.fields["org"] for f in found
              if f.kind == "investor" and f.fields["investor"] == "奇绩创坛"}
    assert {"旧巷新生", "蚕解科技", "络光"} <= backed


def test_member_named_without_a_listed_surname():
    """远辉：首席失眠官，… — a member line's name whose surname the table lacks (or a given name
    alone) is read where a role follows the colon; a field label before a role is not a name,
    and MR (mixed reality) is no employer."""
    text = (
        "奇绩创坛2025秋季路演日\n\n"
        "# **眠川科技**\n\n"
        "**团队介绍：**\n\n"
        "远辉：首席失眠官，慕尼黑工业大学电子系博士。\n\n"
        "颖璇：联合创始人 / COO，伦敦大学学院硕士，知名 MR 体验设计师。\n\n"
        "职位：首席执行官\n\n"
        "# **砚台机器**\n\n"
        "**团队介绍：**\n\n"
        "钟黎：创始人 / CEO，浙江大学硕士，前海康威视工程师。\n"
    )
    found = extract(text, lang="zh")
    founded = {(f.fields["person"], f.fields["org"]) for f in found if f.kind == "founded"}
    assert founded == {("远辉", "眠川科技"), ("颖璇", "眠川科技"), ("钟黎", "砚台机器")}
    jobs = {(f.fields["person"], f.fields["org"]) for f in found if f.kind == "employment"}
    assert ("钟黎", "海康威视") in jobs
    assert not any(org == "MR" for _, org in jobs)


def test_a_company_team_page_with_name_and_role_lines():
    # one company's own page: its name heads the page, each member a name｜role line over a bio
    page = (
        "岚谷茶事 LANGU TEA ｜ 关于我们 › 团队\n\n"
        "我们相信，一杯好茶不需要添加任何香精。\n\n"
        "苗清和｜创始人 & CEO\n"
        "清和在联合利华做了七年品牌管理，2019年起在喜茶担任供应链副总裁。她毕业于浙江大学。\n\n"
        "蔺远｜联合创始人 & CTO\n"
        "蔺远此前在美团做了五年后端工程师，本科毕业于电子科技大学。\n\n"
        "管理团队\n\n"
        "阮星禾｜品控负责人\n"
        "星禾2023年加入，此前在一家检测机构做了四年食品检测工程师。\n\n"
        "韦立｜首席技术官\n"
        "韦立负责门店系统，此前在饿了么做了六年后端开发。\n"
    )
    facts = extract(page, lang="zh")
    founded = {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "founded"}
    # a chief without the founder's word on a company's own page was hired, not a founder
    assert founded == {("苗清和", "岚谷茶事"), ("蔺远", "岚谷茶事")}
    schools = {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "education"}
    assert schools == {("苗清和", "浙江大学"), ("蔺远", "电子科技大学")}


def test_a_table_cell_of_members_each_name_role_colon_bio():
    post = (
        "启航加速器第三期 Demo Day 项目一览\n\n"
        "| # | 项目 | 做什么 | 核心团队 |\n"
        "|---|---|---|---|\n"
        "| 1 | 岩序科技 | 隧道渗水巡检 | 邝明远，创始人兼CEO：同济大学土木工程硕士，"
        "前中铁隧道局工程师<br>司空雪，联合创始人兼CTO：浙江大学本科，前大华股份算法工程师 |\n"
        "| 2 | 青砾 | 建筑垃圾再生骨料 | 伏小川，创始人：长安大学本科，曾在中国建材任工程师"
        "<br>沐言，顾问：长安大学教授 |\n"
    )
    facts = extract(post, lang="zh")
    founded = {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "founded"}
    assert founded == {("邝明远", "岩序科技"), ("司空雪", "岩序科技"), ("伏小川", "青砾")}
    jobs = {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "employment"}
    assert ("司空雪", "大华股份") in jobs


def test_a_cell_member_whose_role_opens_the_bio():
    post = (
        "启航加速器第四期 Demo Day 项目一览\n\n"
        "| # | 项目 | 做什么 | 核心团队 |\n"
        "|---|---|---|---|\n"
        "| 1 | 岩序科技 | 隧道渗水巡检 | 邝明远：创始人，同济大学土木工程硕士；"
        "司空雪：联合创始人兼CTO，浙江大学本科；沐言：顾问，长安大学教授 |\n"
        "| 2 | 青砾 | 建筑垃圾再生骨料 | 伏小川：创始人，长安大学本科；"
        "严冬：联合创始人，前中国建材工程师 |\n"
    )
    founded = {(f.fields["person"], f.fields["org"]) for f in extract(post, lang="zh")
               if f.kind == "founded"}  # fmt: skip
    assert founded == {
        ("邝明远", "岩序科技"), ("司空雪", "岩序科技"), ("伏小川", "青砾"), ("严冬", "青砾")
    }


def _founders(text):
    facts = extract(text, lang="zh")
    return {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "founded"}


def test_a_roundup_entry_is_the_company_its_headline_names_not_the_sector():
    # a funding roundup: sector brackets before (or over) each entry's headline, and a sector
    # beside the company in one bracket; each founder belongs to the company of their entry
    roundup = (
        "消费投融资周报（5.6—5.12）｜宠物食品、咖啡、烘焙本周4起融资\n\n"
        "【宠物食品】毛球厨房完成5,000万元A轮融资\n"
        "宠物鲜食品牌「毛球厨房」宣布完成5,000万元A轮融资，由峰瑞资本领投。"
        "创始人兼CEO祁望舒此前在玛氏中国担任品牌经理。\n\n"
        "【咖啡｜焙野】\n"
        "精品咖啡连锁「焙野」获得数千万元天使轮投资，由梅花创投独家投资。"
        "创始人尹若川曾任星巴克中国区域经理。\n\n"
        "【烘焙】\n\n"
        "■ 麦丘烘焙获1,200万元Pre-A轮融资\n"
        "社区烘焙品牌麦丘烘焙完成1,200万元Pre-A轮融资。创始人兰芷毕业于江南大学。\n\n"
        "■ 酥坊获800万元种子轮\n"
        "酥坊由柯北辰于2023年创办，创始人柯北辰此前在好利来任产品总监。\n"
    )
    assert _founders(roundup) == {
        ("祁望舒", "毛球厨房"),
        ("尹若川", "焙野"),
        ("兰芷", "麦丘烘焙"),
        ("柯北辰", "酥坊"),
    }


def test_a_roundup_headline_gives_its_subject_before_the_round():
    # headlines numbered, in brackets with the event's label, with the amount after a bar, and a
    # rumour's headline: each entry is the company before the round
    roundup = (
        "医疗健康投融资周报（3.3—3.9）\n\n"
        "一、澄源医疗完成1.2亿元A轮融资\n"
        "透析耗材企业澄源医疗完成1.2亿元A轮融资，君联资本领投。"
        "创始人邵知行曾任威高血液净化研发总监。\n\n"
        "【融资事件二：析微生物获3,000万美元B轮融资】\n"
        "析微生物完成3,000万美元B轮融资。创始人练思远为北京大学生物统计学博士。\n\n"
        "【衡心科技｜800万美元天使+轮】\n"
        "衡心科技完成800万美元天使+轮融资。创始人濮若溪此前在美敦力担任产品经理。\n\n"
        "四、澜帆科技：否认已完成天使轮\n"
        "有媒体称澜帆科技已完成天使轮融资，公司予以否认。澜帆科技由前迈瑞医疗工程师岑望舒于2023年创办。\n"
    )
    names = [p.name for p in projects(roundup)]
    assert names == ["澄源医疗", "析微生物", "衡心科技", "澜帆科技"]
    assert _founders(roundup) == {
        ("邵知行", "澄源医疗"),
        ("练思远", "析微生物"),
        ("濮若溪", "衡心科技"),
        ("岑望舒", "澜帆科技"),
    }


def test_a_team_table_under_each_projects_numbered_heading():
    # headings numbered in Chinese numerals, each over a table of its own team with no column
    # naming the project: the members belong to the heading's project, not to the accelerator
    post = (
        "青禾加速器第二期 Demo Day 项目手册\n\n"
        "## 一、渡云家政\n\n"
        "**项目简介**：社区家政保洁的派单系统。\n\n"
        "| 姓名 | 角色 | 背景 |\n| --- | --- | --- |\n"
        "| 卓岚 | 创始人兼CEO | 武汉大学本科，前58同城家政事业部经理 |\n"
        "| 苗以宁 | 联合创始人 | 前美团到家运营专家 |\n\n"
        "## 二、禾穗材料\n\n"
        "**项目简介**：可降解育苗盘。\n\n"
        "| 姓名 | 角色 | 背景 |\n| --- | --- | --- |\n"
        "| 郁川 | 创始人 | 江南大学博士，前金发科技研究员 |\n"
        "| 查言 | 研发总监 | 2025年加入 |\n"
    )
    assert [p.name for p in projects(post)] == ["渡云家政", "禾穗材料"]
    assert _founders(post) == {("卓岚", "渡云家政"), ("苗以宁", "渡云家政"), ("郁川", "禾穗材料")}
    jobs = {(f.fields["person"], f.fields["org"]) for f in extract(post, lang="zh")
            if f.kind == "employment"}  # fmt: skip
    assert ("查言", "禾穗材料") in jobs and ("郁川", "金发科技") in jobs


def test_a_name_alone_on_its_line_then_a_bio_opening_with_the_role():
    post = (
        "青苔创业营第一期结营路演项目回顾\n\n"
        "【镜序科技】\n一句话介绍：镜片厂的排产系统\n团队介绍：\n"
        "葛远舟\n创始人兼CEO。温州医科大学硕士，曾在明月镜片担任研发经理。\n"
        "隋宁\n联合创始人兼CTO。浙江大学本科，前海康威视工程师。\n\n"
        "【齿匠】\n一句话介绍：义齿加工厂的管理软件\n团队介绍：\n"
        "韦青禾\n创始人。前用友网络事业部总经理；厦门大学本科。\n"
        "骆川\n首席工程师。前金蝶软件工程师，2025年加入。\n"
    )
    assert _founders(post) == {("葛远舟", "镜序科技"), ("隋宁", "镜序科技"), ("韦青禾", "齿匠")}
    jobs = {(f.fields["person"], f.fields["org"]) for f in extract(post, lang="zh")
            if f.kind == "employment"}  # fmt: skip
    assert {("隋宁", "海康威视"), ("骆川", "齿匠")} <= jobs


def test_a_chief_engineer_on_a_team_table_is_hired_not_a_founder():
    post = (
        "云杉加速器 Demo Day 项目手册\n\n## 一、织序智能\n\n"
        "| 姓名 | 角色 | 背景 |\n| --- | --- | --- |\n"
        "| 詹若水 | 创始人兼CEO | 苏州大学本科，前海康威视产品经理 |\n"
        "| 满川 | 首席工程师 | 前汇川技术工程师 |\n"
        "| 桑禾 | 首席运营官 | 前京东物流运营经理 |\n\n"
        "## 二、丝路染坊\n\n"
        "| 姓名 | 角色 | 背景 |\n| --- | --- | --- |\n"
        "| 齐越 | 创始人 | 前鲁泰纺织工程师 |\n"
    )
    assert _founders(post) == {("詹若水", "织序智能"), ("桑禾", "织序智能"), ("齐越", "丝路染坊")}


def test_a_hires_partner_title_or_bracketed_join_date_is_no_founding():
    post = (
        "青橙加速营 Demo Day 项目介绍\n\n## 1. 柑研生物\n\n柑橘病害检测。\n\n"
        "| 姓名 | 职务 | 背景 |\n|---|---|---|\n"
        "| 苗青 | 创始人兼CEO | 华中农业大学博士 |\n"
        "| 蒙川 | COO（2025 年加入） | 前百果园区域经理 |\n\n"
        "## 2. 小满书袋\n\n儿童绘本订阅。\n\n"
        "| 姓名 | 职务 | 背景 |\n|---|---|---|\n"
        "| 童岚 | 创始人 | 前当当童书主编 |\n"
        "| 童欣 | 运营合伙人 | 2025年加入，前得到运营经理 |\n"
    )
    assert _founders(post) == {("苗青", "柑研生物"), ("童岚", "小满书袋")}


def test_roundup_headings_with_a_description_after_the_name_and_other_bullets():
    roundup = (
        "融资快讯丨本周儿童阅读赛道4家公司获投\n\n"
        "【识字星球母公司星球启蒙完成近2亿元B轮融资】\n"
        "儿童识字应用“识字星球”的运营方星球启蒙科技宣布完成近2亿元B轮融资，由高瓴创投领投。"
        "创始人兼CEO庞一苇曾任腾讯产品总监。\n\n"
        "2. 青蛙巷｜社区亲子绘本馆连锁获数千万元天使轮\n"
        "社区亲子绘本馆品牌青蛙巷获得数千万元天使轮融资。创始人温絮此前任当当网采购经理。"
        "青蛙巷目前开设门店18家。\n\n"
        "· 声声绘：AI有声绘本平台获1000万美元Pre-A轮\n"
        "AI有声绘本平台声声绘完成1000万美元Pre-A轮融资。创始人兼CEO戚远航为清华大学博士。\n\n"
        "丨 派宝阅读：出海英文分级阅读获300万美元种子轮\n"
        "英文分级阅读应用派宝阅读完成300万美元种子轮融资。创始人洪嘉树曾在Google担任产品经理。\n"
    )
    assert [p.name for p in projects(roundup)] == ["星球启蒙", "青蛙巷", "声声绘", "派宝阅读"]
    founders = _founders(roundup)
    assert {("温絮", "青蛙巷"), ("戚远航", "声声绘"), ("洪嘉树", "派宝阅读")} <= founders
    assert any(p == "庞一苇" and o.startswith("星球启蒙") for p, o in founders)


def test_a_roundups_bulleted_fields_are_no_entries():
    roundup = (
        "融资周报丨文房赛道本周2家公司获投\n\n"
        "01丨湖颖笔业：湖州善琏的“新湖笔”品牌\n\n"
        "· 轮次及金额：天使轮，2000万元\n· 投资方：险峰长青领投\n"
        "· 团队：创始人兼CEO沈颖川毕业于中国美术学院，此前在得力集团担任产品总监。\n\n"
        "02丨格物习字：AI硬笔练字App\n\n"
        "· 轮次及金额：Pre-A轮，5000万元\n· 投资方：蓝驰创投领投\n"
        "· 团队：创始人兼CEO卢一禾曾任作业帮产品副总裁。\n"
    )
    assert [p.name for p in projects(roundup)] == ["湖颖笔业", "格物习字"]
    assert _founders(roundup) == {("沈颖川", "湖颖笔业"), ("卢一禾", "格物习字")}


def test_a_weekly_funding_roundup_whose_headings_name_company_then_kind():
    roundup = (
        "融资周报丨本周2起融资：理发与文房齐获投\n\n"
        "01丨湖颖笔业：湖州善琏的“新湖笔”品牌\n\n"
        "· 轮次及金额：天使轮，2000万元\n"
        "· 团队：创始人兼CEO沈颖川此前在得力集团担任产品总监。\n\n"
        "丨潮序理发：社区快剪连锁获战略投资\n\n"
        "潮序目前在北京拥有直营门店86家。创始人邹原曾任美团到店事业群经理。\n"
    )
    assert [p.name for p in projects(roundup)] == ["湖颖笔业", "潮序理发"]
    assert _founders(roundup) == {("沈颖川", "湖颖笔业"), ("邹原", "潮序理发")}


def test_demo_day_projects_under_marked_short_titles_with_prose():
    post = (
        "路演回顾｜蓉城营秋季班：这 3 个线下电竞项目\n\n下面逐个介绍。\n\n"
        "▍夜猫电竞旅馆\n夜猫做的是开在高校城旁边的小型电竞旅馆。创始人司马骁毕业后在锦江酒店集团做了"
        "六年店长；联合创始人龚雨桐此前在网鱼网咖担任区域运营经理。\n\n"
        "▍帧率实验室\n这是一个给网咖做电脑体检的硬件项目。创始人凌澈在英伟达做过四年应用工程师。\n"
    )
    assert [p.name for p in projects(post)] == ["夜猫电竞旅馆", "帧率实验室"]
    founders = _founders(post)
    assert {("凌澈", "帧率实验室")} <= founders
    assert any(p == "司马骁" and o.startswith("夜猫") for p, o in founders)


def test_a_member_s_name_and_role_on_one_line_separated_by_a_space_the_bio_on_the_next():
    post = (
        "穗光创投 · 农业科技训练营结营路演｜4个项目速览\n\n"
        "一、瓜棚AI\n\n一句话介绍：给温室种植户用的AI农艺师。\n\n团队介绍：\n\n"
        "申屠嘉　创始人兼CEO\n浙江大学农学硕士，前拼多多农研科技产品经理。\n\n"
        "管若岚　联合创始人\n前字节跳动抖音电商生鲜类目运营。\n\n"
        "二、棚易修\n\n一句话介绍：温室设备的上门维修平台。\n\n团队介绍：\n\n"
        "覃海川　创始人\n前京东物流华南区运营经理。\n\n苏婧　顾问\n中国农业大学教授。\n"
    )
    founded = {(f.fields["person"], f.fields["org"]) for f in extract(post) if f.kind == "founded"}
    assert {("申屠嘉", "瓜棚AI"), ("管若岚", "瓜棚AI"), ("覃海川", "棚易修")} <= founded
    assert ("苏婧", "棚易修") not in founded


NOT_EMPLOYER_LISTS = """# **云帆**

**团队介绍：**

甲一：CTO，推荐系统、在线教育、跨境支付等领域的资深架构师，前网易工程师。

甲二：COO，Growth 型产品经理，曾任某头部物流公司合伙人，百人规模风控团队负责人。

甲三：CEO，曾任盒马公司事务总监，曾任澄星人工智能研究院研究员。

甲四：CFO，曾在红杉中国、高瓴资本等机构从事投资工作。

甲五：CPO，曾就职于德国汽车公司 Bosch 软件部门、SaaS上市公司Zuora产品策略部门。

甲六：顾问，复旦大学管理学院教授、IEEE Fellow，连续创业者。

甲七：工程师，研究成果落地于京东、顺丰等公司，曾在知乎做讲座，个人小红书有 2 万获赞。
"""


def test_fields_kinds_sizes_and_uses_are_no_employers():
    jobs = _jobs(extract_bios(Text(NOT_EMPLOYER_LISTS)))
    by_person = {}
    for person, org in jobs - {(p, "云帆") for p, _ in jobs}:  # (the adviser's post at 云帆)
        by_person.setdefault(person, set()).add(org)
    # a list of fields before 等领域; a type (Growth 型), a withheld name (某头部), a team's size
    assert by_person["甲一"] == {"网易"}
    assert "甲二" not in by_person
    # a department inside a name runs on to its ending; 公司事务 is a department
    assert by_person["甲三"] == {"盒马", "澄星人工智能研究院"}
    assert by_person["甲四"] == {"红杉中国", "高瓴资本"}  # a known name keeps its 中国
    # a list of posts, each with its unit: both employers
    assert by_person["甲五"] == {"博世", "Zuora"}
    # a professor beside an honour; a serial founder is no employer
    assert by_person["甲六"] == {"复旦大学"}
    # where the work was used, a talk given, a platform's likes
    assert "甲七" not in by_person


TITLE_WORDS = """# 某创业营路演日

# **星河织梦**

**团队介绍：**

周六：CEO，港科大计算机学士，荣获深圳创新科技奖学金。

钱七：创新产品经理，曾任网易产品经理。

# **青木机器**

**团队介绍：**

李青：CEO，浙江大学机械工程硕士，大疆创新前结构工程师。
"""


def test_an_everyday_short_form_before_a_title_is_the_titles_word():
    # 创新 of 深圳创新科技 stands before 产品经理: an innovation PM, not a post at that company
    jobs = _jobs(extract(TITLE_WORDS, lang="zh"))
    assert ("钱七", "网易") in jobs
    assert not any(org == "深圳创新科技" for _, org in jobs)


PROSE_PROJECTS = """首期路演回顾｜这 3 个项目，想让裁缝铺变个样

10 月 22 日，某服装科技加速营首期路演日举行，3 个项目登台。

**江序**

江序做的是面向小单快反工厂的生产管理系统。创始人韦书杭在溢达集团做了 9 年，离开前是集团 IT 总监。

**一缝**

一缝是一家旧衣改造工作室。创始人詹嘉怡毕业于伦敦艺术大学。

**量裁**

量裁提供上门量体的西装定制服务。创始人高骏曾任报喜鸟定制事业部总经理。
"""


def test_a_bold_project_name_over_its_prose_is_no_member():
    facts = extract(PROSE_PROJECTS, lang="zh")
    people = {f.fields.get("person") for f in facts}
    assert "江序" not in people
    founded = {(f.fields["person"], f.fields["org"]) for f in facts_of("founded", facts)}
    assert ("韦书杭", "江序") in founded


RESEARCH_INSTITUTE = """# 某农创营 Demo Day

### 虾苗优选

用图像识别给小龙虾苗计数。

**团队介绍**

覃思源：创始人兼CEO，华中科技大学自动化硕士
戴小荷：联合创始人，华中农业大学水产养殖本科，曾在湖北省水产科学研究所任助理研究员 5 年
"""


def test_a_research_institute_the_bio_worked_at():
    # 研究 in the institute's own ending is no word of a description (某研究机构)
    assert ("戴小荷", "湖北省水产科学研究所") in _jobs(extract(RESEARCH_INSTITUTE, lang="zh"))
