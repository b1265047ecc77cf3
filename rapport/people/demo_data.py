"""Word lists for the demo organisation, in English and Simplified Chinese."""

EN_FIRST = (
    "Olivia Liam Emma Noah Amelia Oliver Sophia Elijah Charlotte James Ava William Mia Benjamin "
    "Harper Lucas Evelyn Henry Abigail Theodore Emily Jack Ella Levi Elizabeth Alexander Sofia "
    "Jackson Avery Mateo Scarlett Daniel Grace Michael Chloe Mason Victoria Sebastian Riley Ethan "
    "Aria Logan Lily Owen Aurora Samuel Zoey Jacob Nora Asher Hannah Aiden Layla John Priya Omar "
    "Fatima Diego Ingrid Kwame Yuki Ravi Leila Mateus Anika Tomas"
).split()
EN_LAST = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez "
    "Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores "
    "Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Okafor Patel Novak "
    "Fischer Haddad Kowalski Lindqvist Mensah Costa Sato"
).split()
ZH_SURNAMES = (
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
    "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈"
).split()
ZH_GIVEN = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 萍 红 鹏 飞 "
    "斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 欣 晨 佳 琳 雪 婷 颖 倩 晓 梦 雨 思 涵 博 文 子 "
    "嘉 一 诗 怡 家 睿 泽 辰 瑶 悦 昊 然 天 海 东 志 建 国 春 晖"
).split()

# (English name, Chinese name, [(sub-department English, Chinese)], weight of headcount,
#  (job titles: head, manager, member) each as (en, zh))
DIVISIONS = (
    (
        "Sales", "销售部",
        [("North Region", "华北区"), ("East Region", "华东区"), ("South Region", "华南区"),
         ("West Region", "西部区"), ("Key Accounts", "大客户组")],
        22,
        (("Head of Sales", "销售总监"), ("Sales Manager", "销售经理"), ("Account Executive", "客户经理")),
    ),
    (
        "Research & Development", "研发中心",
        [("Platform", "平台组"), ("Mobile", "移动端组"), ("Data", "数据组"),
         ("Quality Assurance", "测试组"), ("Infrastructure", "基础架构组")],
        24,
        (("Head of R&D", "研发总监"), ("Engineering Manager", "研发经理"), ("Software Engineer", "软件工程师")),
    ),
    (
        "Manufacturing", "生产部",
        [("Plant Suzhou", "苏州工厂"), ("Plant Chengdu", "成都工厂"), ("Quality Control", "质量控制组")],
        20,
        (("Head of Manufacturing", "生产总监"), ("Production Supervisor", "生产主管"), ("Production Technician", "生产技术员")),
    ),
    (
        "Operations", "运营部",
        [("Logistics", "物流组"), ("Procurement", "采购组"), ("Customer Service", "客户服务组")],
        14,
        (("Head of Operations", "运营总监"), ("Operations Manager", "运营经理"), ("Operations Specialist", "运营专员")),
    ),
    (
        "Marketing", "市场部",
        [("Brand", "品牌组"), ("Digital Marketing", "数字营销组")],
        7,
        (("Head of Marketing", "市场总监"), ("Marketing Manager", "市场经理"), ("Marketing Specialist", "市场专员")),
    ),
    (
        "Finance", "财务部",
        [("Accounting", "会计组"), ("Treasury", "资金组")],
        6,
        (("Chief Financial Officer", "财务总监"), ("Finance Manager", "财务经理"), ("Accountant", "会计")),
    ),
    (
        "People & Culture", "人力资源部",
        [("Recruiting", "招聘组"), ("HR Business Partners", "HRBP组"), ("Learning & Development", "培训发展组")],
        7,
        (("Head of People", "人力资源总监"), ("HR Manager", "人力资源经理"), ("HR Specialist", "人力资源专员")),
    ),
)
EXECUTIVE_OFFICE = ("Executive Office", "总裁办")
CEO_TITLE = ("Chief Executive Officer", "总经理")
SENIOR_PREFIX = ("Senior ", "高级")
