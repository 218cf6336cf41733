"""Chinese words that carry relations: triggers, titles, degrees, and the words that say a
statement is denied, rumoured, planned or about a customer rather than an employer.

Each list is a class of evidence, not a sentence: a rule asks "is there a joining verb right
before this organisation?", and any of these verbs will do.
"""

from __future__ import annotations

import re

# Trades and offices held by one person, as titles and before a name (法官龙望舒, 调香师)
TRADES = (
    r"法官|检察官|外交官|警官|飞行员|机长|船长|教练|建筑师|规划师|营养师|兽医|厨师|主厨|调香师|培训师|"
    r"技术员|运动员|队医|"
    # a works' and a depot's hands (重庆电梯厂的老安装工, 公交集团的调度员)
    # (not the 车工 of 汽车工程, the 电工 of 机电工程, the 装配工 of 装配工艺)
    r"(?:钳|车|焊|电|安装|维修|装配|窑炉)工(?![程艺作厂具业人序位种时资期会商])|"
    r"调度员|售票员|公交车司机|货车司机"
)
# A title: a run ending in a word for a position (副总裁, 算法负责人, 首席技术官, CTO).
TITLE_WORD = (
    r"(?:联合创始人|联合创办人|共同创办人|创始合伙人|创始人|创办人|合伙人|董事长|董事总经理|执行董事|"
    r"非执行董事|独立非执行董事|董事|副总裁|总裁|总经理|副总(?![监经])|经理|总监|主管|负责人|专家|分析师|研究员|"
    r"工程师|科学家|架构师|设计师|主任医师|医师|医生|主任|院长|副教授|助理教授|教授|讲师|顾问|实习生|"
    r"高管|律师|制作人|制片人|导演|编导|主持人|护士长|护士|会计师|审计师|精算师|药剂师|教师|老师|协理|"
    r"策划|主编|记者|编辑|助理|秘书长|理事长|理事|秘书|主席|处长|局长|部长|行长|组长|所长|会长|厂长|店长|园长|"
    r"职业选手|选手|策展人|总工(?!程)|"
    rf"{TRADES}|"
    r"技术美术|主策|首席[\u4e00-\u9fff]{1,6}官|执行官|技术官|运营官|财务官|产品官|科学官|"
    # Taiwan: 执行长, 营运长 (not 研发长达十年: 长达, "as long as")
    r"(?:执行|技术|营运|财务|行销|产品|策略|资讯|研发|人资|法务)长(?![达期久远大])|"
    r"CEO|CTO|COO|CFO|CPO|CSO|CMO|CIO|VP|Owner|PM|Leader|Lead|Head)"
)
# A department of a company, as it stands before a post there (产品总监, 供应链负责人).
DEPARTMENT = (
    r"(?:技术|产品|财务|市场|销售|运营|营运|研发|工程|算法|设计|人力资源|人力|品牌|战略|商务|法务|海外|"
    r"业务|数据|安全|供应链|制造|质量|投资者关系|公关|政府事务|行政|合规|风控|风险|客户|临床|医学|"
    r"注册|生产|采购|渠道|国际|增长|内容|硬件|软件|芯片|平台|云|AI|运维|测试|交付|售后|可持续发展|"
    r"公共事务|商业化|工艺|项目|金融|区域|品质|研究|教研|课程)"
)
FOUNDER_WORD = re.compile(r"创始人|创办人|创始合伙人|联创|共同创办|联合创办|发起人")
ADVISOR_WORD = re.compile(r"顾问|advisor", re.IGNORECASE)
# The words of a title: any but those that join clauses (是, 的, 在 …), so a title never runs
# over "创始人是前百度副总裁".
_TITLE_CHAR = r"(?:(?![是为的在于和与及曾前原从由])[\u4e00-\u9fffA-Za-z0-9+&/ ])"
TITLE = re.compile(
    rf"(?:{_TITLE_CHAR}{{0,16}}?{TITLE_WORD})"
    rf"(?:\s?[、/兼及和&＆]\s?(?:{_TITLE_CHAR}{{0,10}}?{TITLE_WORD}))*"  # (创始人 & CEO)
)
# Verbs that found a company.
# (a verb, not the noun inside 创办人 or 联合创始人)
FOUND_VERB = (
    r"(?:(?:联合创办|联合创立|共同创办|共同创立|共同创建|共同发起|一手打造|一手创办|一手创立|一手创建|"
    r"(?<!联)合创|共创|创办|创立|创建|成立|创设|打造|孵化|发起|注册了|注册成立|拉起|开办"
    # 自己开了一家电梯配件贸易公司启航机电: opened a firm (not 开了一家门店, a shop of its own)
    # (or with the firm's description cut away before its name: …开了一家|启航机电)
    # (办了一家叫“广德陶瓷”的小瓷砖厂 likewise)
    r"|[开办]了一?家(?=[^，。；,;]{0,16}?(?:公司|工厂|厂|作坊|工作室|事务所|企业)"
    r"|(?:叫做?|名叫|名为)?\s?$))(?![人者始]))"
)
# A firm's China or Asia arm, then a post there, after the firm's name (辉柏嘉|中国区市场总监).
ARM_POST = rf"(?:中国区|大中华区|亚太区)[\u4e00-\u9fff]{{0,6}}?(?:{TITLE_WORD})"
# A founding that describes the company named next: 阿拉坦创办的绒脉科技.
FOUNDED_WHICH = r"(?:一手|联合|共同)?(?:创办|创立|创建|打造)的"
# The verb of a founding, compiled once: 创办了, 共同创立, 注册成立.
FOUNDING = re.compile(FOUND_VERB + "了?")
# A founder's title before a name: 创始人兼CEO, 创办人暨执行长, 另一位联合创始人, 创始人为.
FOUNDER_TITLE = (
    r"(?:另一位|另一名|另一|公司|其|该公司)?(?:联合创始人|创始人|联合创办人|共同创办人|创办人|共同创始人|发起人|"
    r"联创)"
    r"(?:(?:兼|暨|及|和|、)\s?[A-Za-z\u4e00-\u9fff]{1,8}?)?\s?(?:为|是|系)?\s?$"
)
# Words of kin, by the gender they give the person named after them (她的父亲冷国栋, 其胞妹), and
# all of them (爱人: either).
FEMALE_KIN = (
    "母亲", "妈妈", "姐姐", "妹妹", "妻子", "女儿", "太太", "夫人", "胞姐", "胞妹",
    # (她的祖母, 我表姐: the wider family)
    "祖母", "奶奶", "外婆", "外祖母", "姥姥", "姑姑", "姑妈", "姨妈", "舅妈", "婶婶", "伯母",
    "表姐", "表妹", "堂姐", "堂妹", "岳母", "孙女", "侄女", "儿媳", "嫂子",
    # (Taiwan's 姊姊游美華; 大姐, 二姐 by birth order)
    "姊姊", "胞姊", "大姐", "二姐",
)  # fmt: skip
MALE_KIN = (
    "父亲", "爸爸", "哥哥", "弟弟", "丈夫", "儿子", "胞兄", "胞弟", "兄长",
    # (他的祖父贺长庚, 她的堂兄陆明川)
    "祖父", "爷爷", "外公", "外祖父", "姥爷", "叔叔", "伯父", "伯伯", "舅舅", "姑父", "姨父",
    "表哥", "表弟", "表兄", "堂哥", "堂弟", "堂兄", "岳父", "孙子", "侄子", "外甥", "女婿",
    "大哥", "二哥", "姐夫", "姊夫",
)  # fmt: skip
KIN = "|".join((*FEMALE_KIN, *MALE_KIN, "爱人"))
# What one person is to another at work or school (的上司严柏, 他在华为的老同事).
RELATION = r"同事|下属|上司|搭档|部下|领导|老板|同学|室友|导师|老师|学生|朋友|好友|合伙人|投资人"
# After where someone worked, those they worked with there: 他在转转的老同事, 在Ansys时期的同事.
COLLEAGUES_AFTER = (
    r"(?:时期|时|期间|工作时|任职时|那几年)?的(?:老|前|昔日)?(?:同事|下属|上司|搭档|部下)"
)
# Verbs and prepositions that put a person at an employer.
JOIN_BEFORE = re.compile(
    r"(?:加入|入职|加盟|进入|(?<![引推促先改增跟前演精走])进了?|转投|转往|转至|转到|跳槽(?:到|至)?|跳到|跳去|回到|来到|去到|"
    r"(?<![拿得收达提做办])去了?|投身|重返|转战|回归)(?:了|过)?$"
)
# (就职于, 第一份工作在博世)
AT_BEFORE = re.compile(r"(?:就职|任职|供职|效力|服务|工作|受雇|任教|执教|受聘)[于在]?$")
WORK_AFTER = re.compile(
    r"^(?:的)?[^，。；,;]{0,24}?(?:工作|任职|就职|担任|出任|任|做|干|负责|带领|带过|带着|主导|领导|从事|参与|"
    r"待|驻点|实习|当|搭建|一干|一待|长期|先后|主攻|管|跟|搞|研发|开发|设计|职务|职位|头衔|岗位)"
)
LEFT_AFTER = re.compile(r"^[^，。；,;]{0,10}?(?:离职|出走|辞职|离开|退休|卸任|出去)")
LEAVE_BEFORE = re.compile(r"(?:离开|辞去|告别|离职于|出走)了?$")
ORIGIN_AFTER = re.compile(
    r"^(?:的)?[^，,。；;]{0,10}?(?:出身|老兵|元老|老员工|早期员工"
    r"|(?:最早|首批|第一批|初创)[^，,。；;]{0,4}?(?:员工|成员))"  # 是摩拜最早的一批员工之一
)
ORIGIN_BEFORE = re.compile(r"(?:出身于?|出身自|来自|(?<![名钱款])出自|毕业后(?:进入|加入))$")
# Before or after an organisation that is a client, partner, rival or investor — not a job.
NOT_WORK_BEFORE = re.compile(
    r"(?:服务过?|客户(?:包括|有)?|(?<![名称])为|跟|给|向|对|替|帮|被|收购|投资了?|领投|跟投|参投|竞争|对手|"
    r"合作|签约|落地|部署|供货|采购|卖给|售予|接入|同|比|像|如|对标|超过|追赶|包括|例如|比如)$"
)
NOT_WORK_AFTER = re.compile(
    # (not 大客户部总经理, 客户成功经理: a post that serves clients)
    r"^(?:等)?(?:[^，。；,;]{0,6})?(?:的)?(?:客户(?!部|经理|总监|主管|服务|成功|事业|运营|代表)|合作伙伴|合作方|竞争对手|对手|竞品|股东|投资方|投资人|"
    r"供应商|用户|渠道|平台上|合作|提供|投资(?!合伙人|总监|经理|副总裁|总裁|部|人员|者关系|银行)|领投|跟投|参投|"
    r"收购|并购|洽购|天使轮|种子轮|"
    r"[A-Z]\+?轮|Pre-?[A-Z]\+?轮|融资|的融资|注资|加注)"
)
NEGATION = re.compile(
    r"(?:没有|没|未曾|从未|从来没有?|并未|并没有|并无|不曾|并非|不是|未|并不|不在|不再|无意|拒绝|不属于|不担任)\s?(?:参与|参加|直接)?\S{0,3}$"
)
ADVISOR_CLAUSE = re.compile(r"顾问|顾问委员会|科学顾问|advisor")
# Words that make a school a place of study …
EDU_CUE = re.compile(
    r"毕业|就读|读博|读研|读了|攻读|学位|学士|硕士|博士(?!后研究员)|本科|本硕|MBA|EMBA|博士后|校友|深造|"
    r"留学|求学|考入|师从|学习|进修|研究生|专业|系|学院|读书|修读|获得|取得|拿到|念|(?<![解阅朗宣])读(?![者懂到])"
)
# Right before where someone studied: 本科毕业于|江南大学, 硕士就读于|…研究所.
STUDIED_AT = re.compile(r"(?:毕业于|毕业自|就读于|考入|考上|求学于|攻读于)\s?$")
# … and words that make it an employer.
SCHOOL_JOB = re.compile(
    r"教授|讲师|研究员|任教|执教|助理教授|副教授|研究助理|博士后研究员|博导|院长|系主任|教职"
)
DEGREES = (
    ("emba", re.compile(r"EMBA|高级管理人员工商管理硕士")),
    ("mba", re.compile(r"MBA|工商管理硕士")),
    ("postdoc", re.compile(r"博士后")),
    ("phd", re.compile(r"博士|读博|PhD|Ph\.D")),
    ("master", re.compile(r"硕士|研究生|读研|master", re.IGNORECASE)),
    ("bachelor", re.compile(r"本科|学士|bachelor|学位(?=.{0,2}毕业)", re.IGNORECASE)),
)
# A statement that did not (yet) happen: rumour, plan, negotiation, denial, speculation.
HEDGE = re.compile(
    r"据传|网传|传出|传闻|有消息称|消息称|市场消息|据悉.{0,6}或|或将|有望|拟(?<![虚模比]拟)|计划|筹备|打算|准备|"
    r"正在(?:寻求|洽谈|接洽|筹划|进行)|洽谈|接洽|寻求|意向书|投资意向|尽调|尽职调查|尚未交割|尚未完成|未交割|尚在交割|仍在交割|交割中|预计|将于|即将|"
    r"猜测|揣测|否认|不实|未予回应|未作回应|未参与|没有参与|并未参与|不排除|有意|"
    r"未予确认|未确认|不予置评|未予置评|未置可否"
)
# What was only rumoured, and what is only planned or under negotiation.
RUMOUR = re.compile(
    r"据传|网传|传出|传闻|有消息称|消息称|市场消息|有自媒体称|自媒体称|有报道称|有媒体(?:报道)?称|据报道称|爆料|猜测|揣测|"
    r"市场消息指|坊间|据称|"
    # an unnamed investor or insider (有投资人称本轮投后估值…), said and not confirmed
    r"有(?:投资人|投资方|业内人士|行业人士|人士)士?(?:称|透露|表示|爆料)|"
    # a source "close to the deal" (接近交易的人士), as English "people familiar with"
    r"接近(?:交易|本轮|此次|该轮|这笔|融资|投资方|公司)[^，。；]{0,4}人士|"
    # an insider who says or lets slip (知情人士称), not one who confirms (知情人士确认)
    r"知情人士(?:称|透露|表示|爆料|指出)"
)
PLAN = re.compile(
    r"拟(?<![虚模比]拟)|计划|规划|筹备|筹划|打算|准备|(?:也|仍|还)?在评估中?|正在(?:寻求|洽谈|接洽|筹划|进行)|洽谈|接洽|寻求|意向书|投资意向|尽调|尽职调查|条款书|尚未交割|尚未完成|"
    r"未交割|预计|将于|即将|有意|不排除|最快|启动[^，。,]{0,6}轮"
)
# A part of an organisation, by its name's ending: 焊接事业部, 机器智能实验室.
# A unit named by where it is and what it is (苏州工厂, 中国研发中心, 慕尼黑总部): a part of the
# company named right before it.
PLACED_UNIT = re.compile(
    r"^[\u4e00-\u9fff]{0,5}?(?:工厂|研发中心|研究中心|总部|分公司|子公司|办事处|办公室|门店|分部|基地)$"
)
UNIT = re.compile(
    r"(?:事业群|事业部|实验室|研究院|研究所|工作室群|工作室|团队|部门|分公司|中国区)$"
)
# A business unit's ending (汽车金融事业部, 微信事业群): one of a company's own units.
BUSINESS_UNIT = r"(?:事业部|事业群|业务部)"
# Someone meant to found a company who went elsewhere before it existed, in a sentence that
# takes back what came before (TAKEN_BACK): 但在公司注册前两个月，余檀选择加入东方雨虹 / 但…黄冠霖
# 决定留在中兴工程，最终没有加入.
TAKEN_BACK = ("但", "不过", "可是", "然而", "可惜")
WENT_ELSEWHERE = re.compile(
    r"(?:成立|注册|登记|创立)(?:之)?前[^。]{0,24}?"
    r"(?:(?:选择|决定|转而|还是|最终)(?:了)?(?:加入|留在|去了|回到|转投|赴)|留在|留任|退出)"
    r"|(?:最终|最后|始终|终究)(?:还是)?(?:没有|并未|未曾|没|未)(?:正式)?(?:加入|参与)"
)
DENIAL = re.compile(
    r"否认|不实|未参与|没有参与|并未参与|纯属揣测|没有这回事|并不属实|并非事实|没在谈|并未投资|从未投资|"
    r"没有投资"
)
# How many people someone led: 带领一支200多人的团队, 手下有60多人, 帶領約30人的機械臂團隊.
TEAM = re.compile(
    r"(?:带领|带着|带过|领导|管理|手下有|率领|负责|组建|搭建|建立|管着|统领|掌管)(?:了|过)?(?:一支|一个)?"
    r"\s?(?:约|近|超过|逾|将近|接近|上)?\s?(?P<size>\d[\d,]*|[一二两三四五六七八九十百千]+)\s?(?:多|余)?\s?(?:人|名)"
)

# An unnamed count of things (一家, 一个, 几款): what follows is a description, not a name —
# 创立过一家机器人公司, 创建了一个众包平台.
SOME = r"(?:一|几|两|多|数)(?:家|个|款|所|间|支|项)"
# Annual recurring revenue: a product's run rate, not a reporting period's figure.
RECURRING = r"(?:ARR|(?:年度|年化|年)?经常性(?:收入|营收))"
# Verbs of holding a post somewhere, right after the place: 曾在贝特瑞担任工艺总监, 此前在丰翼科技
# 负责运营, 在利丰做了三年采购.
# (在帝斯曼任研发经理, 在西门子做产品经理: 任 or 做 before a post)
WORK_AT = re.compile(
    r"(?:担任|任职|工作|就职|实习|负责(?!人)|做了|做过|待了|干了"
    # (当了四年研究员: what one was there)
    rf"|[任做当](?=[^，。；,;]{{0,8}}?{TITLE_WORD}))"
)
# An aside in brackets, said nothing by: 跃动运动科技（KineticPlay）的创办人.
ASIDE = re.compile(r"[（(][^()（）]{0,20}[)）]")
# A founding verb and the words before the name of what was founded: 创办了一家名为“句点互动”的.
FOUNDED_OF = re.compile(
    FOUND_VERB
    # (在公司成立前已转投特斯拉: when, then another move; 创办…后加入: the later one's)
    + r"(?!之?(?:前|后|时|以来|以后|之初|初期))(?:了)?"
    + r"(?:(?!转投|加入|入职|跳槽|任职|就职|转战)[^，。；“”,;)）]){0,24}$"
)
# After 从/自 and an organisation: someone hired away from it (从腾讯天美挖来了前主程序麦锦程).
POACHED = re.compile(r"^\s?(?:挖来|挖角|挖了|挖走|请来|招来|招揽|引进|聘来)了?")
