## Service-guide rendering (banshi guides show, and checklists later).

guide-sample-notice = 【示例数据】本指南依据全国通行做法整理，各地要求可能不同，办理前请向当地窗口或 12345 热线确认。
guide-updated = 更新日期：{ $date }
guide-source = 来源：{ $source }
guide-audience = 适用对象
guide-eligibility = 办理条件
guide-situations = 您的情况
guide-materials = 需要带的材料
guide-steps = 办理步骤
guide-where = 去哪里办
guide-online = 网上办理
guide-online-none = 暂无全国统一的网上渠道，请到窗口办理。
guide-time-limit = 办理时限
guide-fees = 费用
guide-free = 免费
guide-fee-item = { $label }：{ $amount } 元
guide-proxy = 能否代办
guide-proxy-yes = 可以由他人代办。
guide-proxy-no = 必须本人到场，不能代办。
guide-proxy-partly = 部分环节可以代办。
guide-proxy-bring = 代办人需要带：
guide-proxy-can-do = 代办人还可以：
guide-legal = 政策依据
guide-only-when = （仅当：{ $condition }）
guide-copies = { $copies ->
    [1] 1 份
   *[other] { $copies } 份
}
guide-not-found = 没有找到编号为 “{ $id }” 的服务。可以用 banshi guides show 加上以下编号之一：{ $ids }
guide-store-empty = 办事指南还没有加载，请先运行 banshi guides load。

form-original = 原件
form-copy = 复印件
form-original_and_copy = 原件和复印件
form-electronic = 电子版
form-on_site = 现场办理

office-type-county_service_center = 县政务服务中心
office-type-police_household_window = 公安户籍窗口（派出所）
office-type-social_security_office = 社保经办机构
office-type-medical_insurance_office = 医保经办机构
office-type-civil_affairs_office = 民政部门
office-type-marriage_registry = 婚姻登记处
office-type-disabled_persons_federation = 残疾人联合会
office-type-housing_fund_center = 住房公积金管理中心
office-type-agriculture_office = 农业农村部门
office-type-township_service_center = 乡镇（街道）便民服务中心
office-type-village_service_station = 村（社区）便民服务站
office-type-hospital = 定点医疗机构

## Offices
weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日
