"""A small made-up world written as import files (no real facts)."""

from __future__ import annotations

from pathlib import Path

# A made-up world (no real facts): Alpha Vision is the academy; Beta Labs and Gamma AI are its
# spin-outs; Delta 3D comes from Beta (generation 2) and directly from Alpha; Zeta is unrelated.
WORLD = {
    "sources.csv": """id,title,publisher,published,url
news-2020,Alpha alumni feature,Daily Tech,2020-06-01,https://example.org/a
news-2023,Delta founding report,Daily Tech,2023-05-10,https://example.org/d
later-2024,Gamma round report,Daily Tech,2024-02,
""",
    "organizations.csv": """id,name,aliases,kind,sector,country,founded,source_id
alpha,阿尔法视觉,阿爾法視覺|Alpha Vision|阿尔法|上海阿尔法智能科技有限公司,company,computer_vision,CN,2014,news-2020
beta,Beta Labs,贝塔,company,llm,CN,2019-03,news-2020
gamma,Gamma AI,,company,multimodal,CN,2021,later-2024
delta,Delta 3D,,company,3d_generation,CN,2023-04,news-2023
zeta,Zeta Robotics,,company,robotics,CN,2018,news-2020
uni,清华大学,清華大學|Tsinghua University,university,,CN,1911,news-2020
""",
    "people.csv": """id,name,aliases,domains
wang,王伟,王偉|Wang Wei,computer_vision|llm
li,李娜,Li Na,multimodal
song,宋一,Song Yi,3d_generation
zhao,赵六,,robotics
""",
    "stints.csv": """person_id,org_id,kind,title,field,team_size,start,end,source_id
wang,alpha,employment,vice president,,700,2015,2019,news-2020
wang,beta,founder,CEO,,,2019-03,,news-2020
wang,uni,education,PhD,computer science,,2008,2013,news-2020
li,alpha,employment,research director,,100,2016,2020-12,news-2020
li,gamma,founder,founder,,,2021,,later-2024
song,alpha,employment,engineer,,,2017,2018,news-2023
song,beta,founder,co-founder,,,2019-03,2022-12,news-2023
song,delta,founder,founder,,,2023-04,,news-2023
zhao,zeta,founder,founder,,,2018,,news-2020
zhao,alpha,employment,advisor to CEO,,,2020,,news-2020
""",
    "rounds.csv": """org_id,date,round,amount,currency,post_money_valuation,investors,source_id
beta,2021-06,B,600000000,USD,2500000000,Fund One|Fund Two,news-2020
gamma,2024-01,A,,CNY,9000000000,Fund Two,later-2024
delta,2023-05,angel,,USD,200000000,,news-2023
""",
}


def write_tables(folder: Path, tables: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in tables.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
