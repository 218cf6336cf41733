"""What an employer slot holds when it holds no name: a description (饮料公司, AI 音乐公司), a
field, rank or duty (硅基光子学领域, 常务副, 国家重点), a product or a count (上千家工厂), or Latin
words for a team (AI Lab, AI research).
"""

from __future__ import annotations

import re

# Stems of a description, not a name: 饮料公司, AI 音乐公司, 机器人实验室.
CATEGORY = re.compile(
    r"^(?![A-Za-z0-9]{1,4}$)(?:[A-Za-z0-9]{0,4}[ ]?)?(?:AIoT|AIDD|SaaS|AI|Web3|IT|IoT|风险投资|"
    r"风投|创投|协作|科技|技术|高科技|音乐|动画|文化|传播|教育|制药|医药|药企|"
    r"品牌|营销|"
    r"咨询|机器人|无人机|金融|建筑|设计|饮料|食品|厨房用品|互联网|游戏|软件|硬件|芯片|半导体|汽车|"
    r"能源|物流|电商|投资|基金|云|数据|智能|人工智能|自动驾驶|工程|器械|化学|合成|自动化|生物|"
    r"医疗|娱乐|数字|网络|信息|服务|管理|贸易|电子|通信|安全|企服|业务|跨国|上市|初创|创业|时尚|"
    r"端|型|度|新|材料|消费|零售|社交|媒体|传媒|广告|影视|出版|房地产|地产|制造|工业|农业|"
    r"物联网|区块链|元宇宙|量化|对冲|私募|公募|券商|咨询|会计|律师|法律|外包|智慧|城市|空间|"
    r"计算|边缘|交叉|创新|决策|科学|社会|行为|实验|视觉|感知|语音|算法|系统|平台|研究|多段|"
    r"高度|大型|小型|中型|领先|顶尖|知名|著名|一流|头部|世界|全球|国际|国内|海外|美国|中国|"
    r"目前|现在|当前|自己|该|此|本|其|这|那|多家|几家|一家|两家|某|十大|百强|五百强|强|的|"
    r"和|与|及|、|[ ]|\d)*"
    r"(?:公司|企业|集团|工作室|实验室|事务所|机构|基金|研究所|研究院|中心|品牌)?$"
)
_NOT_NAME_WORD = re.compile(
    r"领域|方向|行业|学科|技术|系统|工程师|计算|实验|测量|通信|模块|解决方案|研究生|计划|项目|经验|"
    r"科研|国家|重点|青年|人才|学者|丰富|多年|超过|以上|[一二三四五六七八九十几\d]+年|个|性|了|过|的|"
    r"等|常务|副|执行|特聘|客座|兼职|名誉|终身|博导|硕导|某|多家|一线|大厂|领先|最大|全国|首个|"
    r"第一|排名|前\d|专业|课程|学术|论文|产品|业务|营销|运营|销售|市场|品质|架构|设计|开发|算法|"
    r"博士|硕士|本科|学士|毕业|大学生|学院|独立|长期|主要|积累|具有|拥有|擅长|熟悉|精通|懂|"
    r"我们|他们|其|此|该|自己|一起|个人|内地|当地|海外|国内|国外|两国|城市|上海|北京|杭州|深圳|"
    r"广州|香港|英国|美国|非洲|欧洲|亚洲|北美|南美|拉美|东南亚|中东|撒哈拉|主|生物学|材料学|[^A-Za-z]学$|会议|期刊|委员会|协会|学会|论坛|大会|"
    r"双年展|展会|邀请|机会|营收|盈利|千万|上亿|大二|大三|大四|家族|作品|系$|部$|^部|外企|央企|国企|"
    r"上市|高新|产投|风投|投资机构|平台|所有|搭建|最早|大模型|欧盟|特邀|型$|明星|华人|体验|仿真|"
    r"模型|拒绝|高校|企业$|杂志|媒体报道|课题|[千百万几数多]+家|无人机$"
)
# Latin words that describe a team or a field, not an employer: AI Lab, AI research.
GENERIC_LATIN = re.compile(
    r"^(?:(?:AI|ML|NLP|CV|Research|research|Data|data|Software|Lab|Labs|lab|labs|Team|team|"
    r"Group|group|Cloud|Platform|DevOps|MLOps|RPA|SRE|QA|Infra|Backend|Frontend)[ ]?)+$"
)
_ENGLISH_WORD = re.compile(
    r"^(?:Product|Solution|Data|Cloud|Infra|Marketing|Sales|Engineering|Research|Design|Tech|"
    r"Software|Hardware|Security|Growth|Operations|Business|Global|Senior|Principal|Staff|Lead|"
    r"Open|Access|Pre-?print|Physics|Nature|Science|Cell|Computer|Engineering|Python|Java|"
    r"MATLAB|Linux|and|And|The)\b"
)
NOT_NAME = re.compile(
    r"^(?:AI|AIGC|AGI|LLM|GPT|NLP|CV|ML|AR|VR|XR|MR|IT|IP|APP|App|SaaS|B2B|B2C|Top\d*|TOP\d*|"
    r"PhD|MBA|EMBA|C[A-Z]O|VP|PM|IEEE|ACM|Fellow|MVP|Web3|Offer|offer|T\d+|P\d+|L\d+|[A-Z]|"
    r"名为|名叫|叫做|"
    r"[a-z][a-z ]*|\d.*|.*(?:学术|引用|奖学金|奖|榜|赛|项目|课程|论文|专利|系统|平台|产品)"
    r"|.*(?:职位|职务|岗位|身份|头衔)[为是]?"  # 最后职位为高级经理: the post, no employer
    r"|.*(?:创业|开发|爱好|从业|研究|参与|贡献)者)$"  # 连续创业者: a person, no employer
)


def name_like(text: str, how: str) -> bool:
    """Whether an unknown name looks like one: a description of a field, a rank or a duty
    (硅基光子学领域, 常务副, 国家重点) does not."""
    if _NOT_NAME_WORD.search(text) or (how == "start" and _ENGLISH_WORD.match(text)):
        return False
    if GENERIC_LATIN.match(text):
        return False
    return len(text) <= 12 or bool(re.match(r"[A-Za-z]", text))


# What follows a parent's name when the whole names one of its units: a faculty, an institute or a
# lab (北京大学光华管理学院, 中科院化学所, 百度研究院), a division (网易游戏, 百度金融). Not a
# branch campus (加州大学伯克利分校, 哈工大(深圳)), a hospital or school it runs, a regional lab
# (微软亚洲研究院) or a cloud business sold under its own brand (腾讯云, AWS): those are
# institutions of their own.
_UNIT = re.compile(
    r"[ ]?(?!(?:亚洲|中国|亚太|北美|欧洲|美国|日本|印度|硅谷)[^ ]*研究)"
    r"(?:[\u4e00-\u9fff]{0,12}(?:学院|研究生院|研究院|研究所|[^大]所|实验室|学系|系|"
    r"研究中心|创新中心|事业部|事业群|达摩院)|游戏|金融|"
    r"(?:[A-Z][A-Za-z]* )?(?:Research|Brain|Games|Labs?|AI Lab))$"
)


# A unit named for a place is an institution of its own (not so an academy's institutes).
_PLACE_LED = re.compile(
    r"[ ]?(?:北京|上海|天津|重庆|深圳|广州|杭州|苏州|南京|无锡|宁波|成都|武汉|西安|长沙|合肥|青岛|"
    r"厦门|佛山|东莞|珠海|济南|郑州|沈阳|大连|长春|哈尔滨|福州|昆明|南昌|香港|澳门|台湾)"
)


def unit_parent(written: str) -> tuple[str, int] | None:
    """(the parent's canonical name, where its name ends in `written`) when `written` names a
    unit of an organisation the alias table knows, led by the parent's name: 阿里达摩院 →
    阿里巴巴, 网易游戏 → 网易, 中科院声学所 → 中国科学院. A unit the table knows, written without
    its parent (达摩院, 长春光机所), has it in the table's canonical name: that is read too."""
    from pedigree.ingest.text.gazetteer import canonical_name, known_organization

    own = known_organization(written)
    own_name = own.name if own else canonical_name(written)
    for form in (written, own_name):
        for i in range(len(form) - 1, 1, -1):
            head, rest = form[:i], form[i:]
            if all(ch.isascii() and ch.isalnum() for ch in (head[-1], rest[0])):
                continue  # "Googler": no name ends inside a Latin word
            parent = known_organization(head.strip())
            if parent is None or parent.name == own_name:
                continue
            if not (_UNIT.fullmatch(rest) or own and known_organization(rest) == own):
                continue  # 华为海思: the unit's own name after its parent's
            if parent.kind not in ("company", "university", "lab"):
                continue
            if parent.kind != "lab" and _PLACE_LED.match(rest):
                continue  # 清华大学苏州汽车研究院: a university's institute in a city of its own
            return parent.name, len(head.rstrip()) if form is written else 0
    return None
