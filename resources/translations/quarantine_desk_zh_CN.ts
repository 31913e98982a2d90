<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="55"/>
        <source>About Quarantine Desk</source>
        <translation>关于隔离点工作台</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="60"/>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="114"/>
        <source>Quarantine Desk</source>
        <translation>隔离点工作台</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="62"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="75"/>
        <source>Database in use</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="76"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="78"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="114"/>
        <source>the project's own terms</source>
        <translation>本项目自身的条款</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="118"/>
        <source>WenQuanYi Micro Hei (font)</source>
        <translation>文泉驿微米黑（字体）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="120"/>
        <source>Hanazono Font License</source>
        <translation>花园字体许可证</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="120"/>
        <source>Hanazono Mincho (font)</source>
        <translation>花园明朝（字体）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="129"/>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="130"/>
        <source>Quarantine Desk {version}, the desk application of a centralized quarantine hotel.

It is built with the parts listed here, each under its own licence; their texts travel with the program.</source>
        <translation>隔离点工作台 {version}，集中隔离医学观察点的桌面工作程序。

它由此处列出的各部分构成，各部分适用各自的许可证；许可证文本随程序一同提供。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/about.py" line="139"/>
        <source>The licence text {name} is missing from this installation.</source>
        <translation>本次安装中缺少许可证文本 {name}。</translation>
    </message>
</context>
<context>
    <name>AffectedView</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="78"/>
        <source>Stays keep the rules in force at their check-in. Tick those that move to this version: their planned release is recomputed and the change is recorded for each stay.</source>
        <translation>隔离记录沿用入住时有效的规则。勾选要改用此版本的记录：将重新计算其计划解除日期，并为每条记录留下变更记录。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="82"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="82"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="82"/>
        <source>Release now</source>
        <translation>现解除日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="82"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="83"/>
        <source>New release</source>
        <translation>新解除日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="83"/>
        <source>What changes</source>
        <translation>变化内容</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="87"/>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="89"/>
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="91"/>
        <source>&amp;Re-apply to the ticked stays…</source>
        <translation>对勾选记录重新套用(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="118"/>
        <source>Stays on other rules</source>
        <translation>使用其他规则的记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="120"/>
        <source>Compared with “{name}”, in force: {n} stay(s) in quarantine would change.</source>
        <translation>与现行的“{name}”相比：{n} 条在隔记录将发生变化。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="122"/>
        <source>Compared with “{name}”: {n} stay(s) in quarantine would change.</source>
        <translation>与“{name}”相比：{n} 条在隔记录将发生变化。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="125"/>
        <source>Nothing to re-apply: every stay in quarantine already has these dates.</source>
        <translation>无需重新套用：所有在隔记录的日期已与此一致。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="146"/>
        <source>release {n} day(s) earlier</source>
        <translation>提前 {n} 天解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="148"/>
        <source>release {n} day(s) later</source>
        <translation>推迟 {n} 天解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="150"/>
        <source>extra {kind} on {days}</source>
        <translation>{days}加做{kind}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="154"/>
        <source>no {kind} on {days}</source>
        <translation>{days}不再做{kind}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="158"/>
        <source>home period changes</source>
        <translation>居家期变化</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="160"/>
        <source>no longer held at a site</source>
        <translation>不再集中隔离</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="173"/>
        <source>&amp;Re-apply to {n} ticked stay(s)…</source>
        <translation>对勾选的 {n} 条记录重新套用(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="177"/>
        <source>Re-apply</source>
        <translation>重新套用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="177"/>
        <source>Re-apply the rules</source>
        <translation>重新套用规则</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="184"/>
        <source>Re-apply “{name}” to {n} stay(s)? Their planned release dates are recomputed under these rules.</source>
        <translation>对 {n} 条记录重新套用“{name}”？将按此规则重新计算其计划解除日期。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/affected.py" line="191"/>
        <source>“{name}” now applies to {n} more stay(s).</source>
        <translation>“{name}”已新套用于 {n} 条记录。</translation>
    </message>
    <message>
        <source>extra PCR on {days}</source>
        <translation type="vanished">增加核酸：{days}</translation>
    </message>
    <message>
        <source>no PCR on {days}</source>
        <translation type="vanished">取消核酸：{days}</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="14"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="39"/>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="15"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="39"/>
        <source>Positive result</source>
        <translation>阳性结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="16"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="39"/>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="19"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="43"/>
        <source>Alert opened</source>
        <translation>异常已登记</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="20"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="43"/>
        <source>Further finding</source>
        <translation>新情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="21"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="43"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="22"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="43"/>
        <source>Reported to the command centre</source>
        <translation>已上报指挥部</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="23"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="43"/>
        <source>Hospital transfer requested</source>
        <translation>已申请转运医院</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="24"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="43"/>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="54"/>
        <source>Resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="27"/>
        <source>command centre</source>
        <translation>指挥部</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="28"/>
        <source>hospital transfer</source>
        <translation>转运医院</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="51"/>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="51"/>
        <source>Escalated: {target}</source>
        <translation>已上报：{target}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/wording.py" line="55"/>
        <source>Open</source>
        <translation>待处置</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="vanished">发生时间</translation>
    </message>
</context>
<context>
    <name>AlertsBadge</name>
    <message>
        <location filename="../../quarantine_desk/ui/shell/alerts_badge.py" line="42"/>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/panel.py" line="25"/>
        <source>&amp;Alerts</source>
        <translation>异常情况(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/panel.py" line="26"/>
        <source>&amp;Key persons</source>
        <translation>重点人员(&amp;K)</translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="64"/>
        <source>Show &amp;resolved</source>
        <translation>显示已处置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="69"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="70"/>
        <source>Guest</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="70"/>
        <source>Latest note</source>
        <translation>最新备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="70"/>
        <source>Opened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="83"/>
        <source>&amp;Escalate…</source>
        <translation>上报(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="84"/>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="85"/>
        <source>Resol&amp;ve…</source>
        <translation>处置完毕(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="86"/>
        <source>Transferred to &amp;hospital…</source>
        <translation>已转运医院(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="88"/>
        <source>Report to the command centre or request a hospital transfer (Ctrl+E)</source>
        <translation>上报指挥部或申请转运医院（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="90"/>
        <source>Record what was done (Ctrl+N)</source>
        <translation>记录处置经过（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="91"/>
        <source>Close the alert with a note (Ctrl+R)</source>
        <translation>填写说明并关闭异常情况（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="92"/>
        <source>The guest has left for hospital: ends the stay, frees the room for disinfection (Ctrl+H)</source>
        <translation>隔离人员已转运医院：结束隔离记录，房间转入终末消毒（Ctrl+H）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="100"/>
        <source>Read only: alerts are handled by medical staff and the point manager.</source>
        <translation>只读：异常情况由医护人员和点位长处置。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="103"/>
        <source>History, newest first</source>
        <translation>处置经过（最新在前）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="105"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="105"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="105"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="106"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="152"/>
        <source>No open alerts</source>
        <translation>无待处置的异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="154"/>
        <source>{open} open alerts, {escalated} of them escalated</source>
        <translation>{open} 条待处置异常情况，其中 {escalated} 条已上报</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="193"/>
        <source>No alert chosen</source>
        <translation>未选择异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="194"/>
        <source>Nothing needs action: no open alerts.</source>
        <translation>无需处置：没有待处置的异常情况。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="200"/>
        <source>{kind} — room {room}, {name}</source>
        <translation>{kind} — {room} 房间，{name}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="205"/>
        <source>{status} · opened {opened}</source>
        <translation>{status} · 发生于 {opened}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="208"/>
        <source> · resolved {at}: {how}</source>
        <translation> · 处置于 {at}：{how}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="249"/>
        <source>room {room}, {name}</source>
        <translation>{room} 房间，{name}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="254"/>
        <source>Escalate alert</source>
        <translation>上报异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="255"/>
        <source>Escalate the alert of {who}. It stays open until resolved.</source>
        <translation>上报 {who} 的异常情况。处置完毕前保持未关闭。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="257"/>
        <source>Report to the &amp;command centre</source>
        <translation>上报指挥部(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="258"/>
        <source>Request a &amp;hospital transfer</source>
        <translation>申请转运医院(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="259"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="259"/>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="260"/>
        <source>e.g. reported by phone to the duty officer</source>
        <translation>如：已电话报告值班人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="263"/>
        <source>Alert escalated</source>
        <translation>异常情况已上报</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="267"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="268"/>
        <source>What was done for {who}?</source>
        <translation>对 {who} 做了哪些处置？</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="269"/>
        <source>&amp;Note (required)</source>
        <translation>备注（必填）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="269"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="270"/>
        <source>e.g. measured again: 37.0 °C; doctor informed</source>
        <translation>如：复测 37.0 °C；已告知医生</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="273"/>
        <source>Note added</source>
        <translation>备注已添加</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="277"/>
        <source>Resolve alert</source>
        <translation>处置完毕</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="278"/>
        <source>Close the alert of {who}. Say how it ended.</source>
        <translation>关闭 {who} 的异常情况，请说明处置结果。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="280"/>
        <source>&amp;How it was resolved (required)</source>
        <translation>处置结果（必填）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="280"/>
        <source>Resolve</source>
        <translation>处置完毕</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="281"/>
        <source>e.g. repeat reading 36.8 °C, no symptoms</source>
        <translation>如：复测 36.8 °C，无症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="284"/>
        <source>Alert resolved</source>
        <translation>异常情况已处置</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="291"/>
        <source>Transferred to hospital</source>
        <translation>已转运医院</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="292"/>
        <source>{name} (room {room}) has been transferred to hospital? Their stay ends with the reason "transferred to hospital", their open alerts are resolved, and room {room} goes to terminal disinfection once empty. This cannot be undone here.</source>
        <translation>{name}（{room} 房间）已转运医院？其隔离记录将以“转运医院”结束，未处置的异常情况一并关闭，{room} 房间腾空后转入终末消毒。此操作在此无法撤销。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="297"/>
        <source>&amp;Transfer details (required)</source>
        <translation>转运详情（必填）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="298"/>
        <source>Confirm transfer of {name}</source>
        <translation>确认 {name} 已转运</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="299"/>
        <source>hospital, vehicle, time</source>
        <translation>医院、车辆、时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/open_alerts.py" line="303"/>
        <source>{name} transferred to hospital; room {room} awaits disinfection</source>
        <translation>{name} 已转运医院；{room} 房间待消毒</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="vanished">摘要</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="75"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="76"/>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="77"/>
        <source>Every change anyone made, with who made it and when. The trail cannot be edited or deleted.</source>
        <translation>每一处更改，以及由谁、在何时所做。审计记录不能修改或删除。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="91"/>
        <source>Guest name or ID number</source>
        <translation>隔离人员姓名或证件号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="98"/>
        <source>&amp;Export .xlsx…</source>
        <translation>导出 .xlsx(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="101"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="101"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="102"/>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="110"/>
        <source>Guest</source>
        <translation>隔离人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="102"/>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="109"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="109"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="109"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="109"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="110"/>
        <source>Change</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="155"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="177"/>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="178"/>
        <source>The newest {n} matching events are shown; narrow the filter, or export them all.</source>
        <translation>仅显示最新的 {n} 条符合条件的记录；请缩小筛选范围，或全部导出。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="181"/>
        <source>{n} event(s).</source>
        <translation>{n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="188"/>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="190"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="207"/>
        <source>The file could not be written: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/audit_trail.py" line="210"/>
        <source>{n} audit events written to {path}.</source>
        <translation>已将 {n} 条审计记录写入 {path}。</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/auto_backup.py" line="77"/>
        <source>Today's automatic backup was not taken: {reason}. Settings › Backups shows the folder and the backups there are.</source>
        <translation>今天的自动备份未完成：{reason}。请在“设置 › 备份”中查看备份文件夹和已有备份。</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="70"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="74"/>
        <source>Choose &amp;folder…</source>
        <translation>选择文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="79"/>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="80"/>
        <source>The window backs up by itself on its first start each day and when it closes, into this folder, and keeps the last {n} automatic backups; backups made by hand are kept. Choose a second disk or a USB stick.</source>
        <translation>窗口每天首次启动时和关闭时会自动备份到此文件夹，保留最近 {n} 份自动备份；手动备份一律保留。请选择另一块硬盘或 U 盘。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="84"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="87"/>
        <source>Back up &amp;to a file…</source>
        <translation>备份到文件(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="96"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="96"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="96"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="97"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="97"/>
        <source>Verified</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="102"/>
        <source>No backup has been taken of this database yet.</source>
        <translation>此数据库尚未备份过。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="104"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="116"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="121"/>
        <source>Check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="123"/>
        <source>Reads everything without changing it: SQLite's own integrity check, then the site's rules (one room per guest, rooms within capacity, room states that match who is in them, release numbers never reused).</source>
        <translation>只读不改：先做 SQLite 完整性检查，再核对隔离点规则（一人一间、房间不超员、房间状态与入住人员相符、解除编号不重复）。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="127"/>
        <source>C&amp;heck the database</source>
        <translation>检查数据库(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="138"/>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="302"/>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="310"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="141"/>
        <source>Restore from a fi&amp;le…</source>
        <translation>从文件恢复(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="147"/>
        <source>From the command line (with Quarantine Desk closed):</source>
        <translation>在命令行中（先关闭隔离点工作台）：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="154"/>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="183"/>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="184"/>
        <source>A copy of the whole database, taken while everyone keeps working, checked before it is kept, readable by your account only.</source>
        <translation>整个数据库的副本，备份时大家可照常工作；保存前经过校验，仅您的账户可读。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="190"/>
        <source>Backups go to {folder}</source>
        <translation>备份保存到 {folder}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="191"/>
        <source>Backups go to {folder} (on this disk: choose another one)</source>
        <translation>备份保存到 {folder}（与数据库在同一块硬盘上：请另选一个）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="194"/>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="195"/>
        <source>Restoring replaces the whole database with the backup; a safety copy of the current database is kept. Close Quarantine Desk on the other desks first.</source>
        <translation>恢复会用备份替换整个数据库，并保留当前数据库的安全副本。请先关闭其他工作台上的隔离点工作台。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="197"/>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="198"/>
        <source>A PostgreSQL database is restored with pg_restore into a new, empty database (see the README), not from a window that has it open.</source>
        <translation>PostgreSQL 数据库用 pg_restore 恢复到新建的空数据库（见 README），不能在打开它的窗口中恢复。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="207"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="207"/>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="209"/>
        <source>not whole</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="209"/>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="232"/>
        <source>DATABASE</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="233"/>
        <source>BACKUP-FILE</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="238"/>
        <source>The restore command is copied.</source>
        <translation>恢复命令已复制。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="249"/>
        <source>The file could not be read or written: {error}</source>
        <translation>无法读写该文件：{error}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="262"/>
        <source>Backed up to {path} ({size}).</source>
        <translation>已备份到 {path}（{size}）。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="265"/>
        <source>The database is backed up.</source>
        <translation>数据库已备份。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="275"/>
        <source>Back up to a file</source>
        <translation>备份到文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="276"/>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="303"/>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>数据库备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="284"/>
        <source>The folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="293"/>
        <source>Backups now go to {folder}.</source>
        <translation>备份今后保存到 {folder}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="310"/>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="311"/>
        <source>Replace the whole database with the backup of {when}?

Everything written since then is lost; the current database is kept as a safety copy in {folder}. Close Quarantine Desk on the other desks first.

{path}</source>
        <translation>用 {when} 的备份替换整个数据库？

此后写入的所有内容都将丢失；当前数据库会作为安全副本保存在 {folder}。请先关闭其他工作台上的隔离点工作台。

{path}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="315"/>
        <source>Restore the backup of {when}</source>
        <translation>恢复 {when} 的备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="329"/>
        <source>Restored the backup of {when}.</source>
        <translation>已恢复 {when} 的备份。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="331"/>
        <source>The database it replaced is kept in {path}.</source>
        <translation>被替换的数据库保存在 {path}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="342"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/backups.py" line="346"/>
        <source>{n} problem(s) found:</source>
        <translation>发现 {n} 个问题：</translation>
    </message>
    <message>
        <source>A copy of the whole database, taken while everyone keeps working, readable by your account only. Back up now goes to {folder}.</source>
        <translation type="vanished">整个数据库的副本，备份时大家可照常工作，仅您的账户可读取。“立即备份”保存到 {folder}。</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="vanished">操作人</translation>
    </message>
    <message>
        <source>Recent backups</source>
        <translation type="vanished">最近的备份</translation>
    </message>
    <message>
        <source>Restoring replaces the whole database, so it is not done from a window that has it open. Close Quarantine Desk on every desk, then run this command (a safety copy of the current database is kept):</source>
        <translation type="vanished">恢复会替换整个数据库，不能在已打开该库的窗口中进行。请先关闭所有工作台上的隔离点工作台程序，再运行以下命令（会保留当前数据库的安全副本）：</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="112"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="112"/>
        <source>no room</source>
        <translation>无房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="114"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="115"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="116"/>
        <source>Planned release</source>
        <translation>计划解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="119"/>
        <source>What still stands in the way</source>
        <translation>尚未满足的条件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="133"/>
        <source>{criterion}: yes</source>
        <translation>{criterion}：是</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="134"/>
        <source>{criterion}: no — {why}</source>
        <translation>{criterion}：否 — {why}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="147"/>
        <source>{date} (today)</source>
        <translation>{date}（今天）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="153"/>
        <source>Ready for release</source>
        <translation>可解除</translation>
    </message>
</context>
<context>
    <name>CategoriesEditor</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="331"/>
        <source>Add a cate&amp;gory</source>
        <translation>新增类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="332"/>
        <source>Add a category (Insert in the list)</source>
        <translation>新增一个类别（在列表中按 Insert）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="333"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="334"/>
        <source>Remove the selected category (Delete in the list); Reset brings it back</source>
        <translation>删除选中的类别（在列表中按 Delete）；“重置”可恢复</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="339"/>
        <source>Categories</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="344"/>
        <source>No category: add at least one.</source>
        <translation>没有类别：请至少新增一个。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="346"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="346"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="346"/>
        <source>Day 0</source>
        <translation>第0天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="346"/>
        <source>Held</source>
        <translation>集中隔离</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="347"/>
        <source>Admission</source>
        <translation>入住检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="347"/>
        <source>At home</source>
        <translation>居家</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="347"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="347"/>
        <source>Tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="539"/>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="540"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="540"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="541"/>
        <source>arrival</source>
        <translation>入住日</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="541"/>
        <source>last exposure</source>
        <translation>末次暴露</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="542"/>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="564"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="565"/>
        <source>{kind} on day(s) {days}</source>
        <translation>第{days}天{kind}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="570"/>
        <source>{kind}, {n} day(s)</source>
        <translation>{kind}，{n}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="574"/>
        <source>{home}; {kind} on day(s) {days}</source>
        <translation>{home}；第{days}天{kind}</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="137"/>
        <source>Stored with every stay: lower-case letters, digits and _</source>
        <translation>随每次入住保存：小写字母、数字和 _</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="142"/>
        <source>Held at a site</source>
        <translation>集中隔离</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="143"/>
        <source>Ticked: the category is taken in at a site; unticked: check-in refuses it</source>
        <translation>勾选：该类别在隔离点集中隔离；不勾选：入住时拒收</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="146"/>
        <source>last exposure</source>
        <translation>末次暴露</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="147"/>
        <source>arrival</source>
        <translation>入住日</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="148"/>
        <source>Day 0: the last exposure (the arrival when it is not known), or always the arrival</source>
        <translation>第0天：末次暴露日（未知时取入住日），或始终为入住日</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="155"/>
        <source>Taken on the arrival day unless a scheduled test falls on it</source>
        <translation>入住当天采样，除非当天已有排定的检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="164"/>
        <source>Home day k is the day of leaving + k</source>
        <translation>居家第k天为解除当天加k天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="172"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="173"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="173"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="174"/>
        <source>Day 0</source>
        <translation>第0天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="174"/>
        <source>Days here</source>
        <translation>集中隔离天数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="175"/>
        <source>Test days</source>
        <translation>检测日</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="175"/>
        <source>Tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="176"/>
        <source>Admission test</source>
        <translation>入住检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="177"/>
        <source>Days at home</source>
        <translation>居家天数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="177"/>
        <source>Then at home</source>
        <translation>随后居家</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="178"/>
        <source>Home tests</source>
        <translation>居家检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="179"/>
        <source>Home test days</source>
        <translation>居家检测日</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="233"/>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="238"/>
        <location filename="../../quarantine_desk/ui/settings/policy_categories.py" line="251"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/charts_tab.py" line="57"/>
        <source>room or name</source>
        <translation>房间号或姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/charts_tab.py" line="58"/>
        <source>&amp;Guest</source>
        <translation>隔离人员(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/charts_tab.py" line="115"/>
        <source>Fevers per day, {start} to {end}</source>
        <translation>每日发热人数，{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/charts_tab.py" line="127"/>
        <source>Nobody is housed on this sheet</source>
        <translation>此表上无入住人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/charts_tab.py" line="133"/>
        <source>Room {room}, {name}: {count} readings</source>
        <translation>{room} 房间，{name}：{count} 次体温</translation>
    </message>
</context>
<context>
    <name>CollectionSheet</name>
    <message>
        <source>抗原</source>
        <translation type="vanished">抗原</translation>
    </message>
    <message>
        <source>核酸</source>
        <translation type="vanished">核酸</translation>
    </message>
</context>
<context>
    <name>ComingPanel</name>
    <message>
        <source>Nothing is lost meanwhile: the data stays in the database, and the other panels and the quarantine-desk command keep working.</source>
        <translation type="vanished">期间数据不会丢失：数据仍在数据库中，其他页面和 quarantine-desk 命令照常可用。</translation>
    </message>
    <message>
        <source>{panel} arrives in a later version</source>
        <translation type="vanished">“{panel}”将在后续版本提供</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/conflict.py" line="60"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/conflict.py" line="62"/>
        <source>{section}: someone else saved this record while you were editing it</source>
        <translation>{section}：您编辑期间他人已保存了此记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/conflict.py" line="68"/>
        <source>Nothing of yours was saved, and nothing of theirs was overwritten. Reload their version, then make your changes again where they still apply.</source>
        <translation>您的修改未保存，对方的内容也未被覆盖。请重新载入对方的版本，再重做仍需要的修改。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/conflict.py" line="74"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/conflict.py" line="75"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/conflict.py" line="76"/>
        <source>{value} (unchanged)</source>
        <translation>{value}（未改）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/conflict.py" line="78"/>
        <source>Theirs (saved)</source>
        <translation>对方的（已保存）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/conflict.py" line="91"/>
        <source>Reload their version</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/conflict.py" line="95"/>
        <source>Keep my edits on screen (not saved)</source>
        <translation>保留我的修改在屏幕上（未保存）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="42"/>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="62"/>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="56"/>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="57"/>
        <source>Cover the window until your password is typed again; everything stays as it is.</source>
        <translation>遮住窗口，直到再次输入你的密码；一切保持原样。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="56"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="58"/>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="59"/>
        <source>Hand the desk to the next person: they sign in with their own account, and what they do is recorded under their name.</source>
        <translation>把工作台交给下一位：对方用自己的账户登录，之后的操作记在其名下。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="58"/>
        <source>Switch user</source>
        <translation>换班</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="67"/>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="68"/>
        <source>The database server cannot be reached: what you typed is kept, and the desk reconnects by itself.</source>
        <translation>无法连接数据库服务器：您输入的内容已保留，工作台会自动重新连接。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="89"/>
        <source>Signed in: {name} · {role}</source>
        <translation>已登录：{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="91"/>
        <source>Account: {username}</source>
        <translation>账户：{username}</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="79"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="101"/>
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="104"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="105"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="153"/>
        <source>Destination check — {who}</source>
        <translation>居家条件核实 — {who}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="161"/>
        <source>the community worker who confirmed</source>
        <translation>核实的社区工作人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="166"/>
        <source>&amp;Suitable</source>
        <translation>符合(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="167"/>
        <source>&amp;Unsuitable</source>
        <translation>不符合(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="168"/>
        <source>Not answered &amp;yet</source>
        <translation>尚未答复(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="172"/>
        <source>&amp;Handed to another authority (hospital, another site) instead of going home</source>
        <translation>不回家，移交其他单位（医院、其他隔离点）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="176"/>
        <source>point-to-point vehicle, e.g. 苏F·12345</source>
        <translation>点对点转运车辆，如 苏F·12345</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="188"/>
        <source>Where the person goes</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="189"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="190"/>
        <source>S&amp;treet</source>
        <translation>街道(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="191"/>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="244"/>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="194"/>
        <source>&amp;Grid worker</source>
        <translation>网格员(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="195"/>
        <source>Grid worker's &amp;phone</source>
        <translation>网格员电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="197"/>
        <source>The community's answer</source>
        <translation>社区答复</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="198"/>
        <source>Verified &amp;by</source>
        <translation>核实人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="199"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="200"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="201"/>
        <source>Transfer</source>
        <translation>转运</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="202"/>
        <source>Vehicle p&amp;late</source>
        <translation>车牌号(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="203"/>
        <source>&amp;Escort</source>
        <translation>转运人员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="204"/>
        <source>Escort's ph&amp;one</source>
        <translation>转运人员电话(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="205"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="208"/>
        <source>Destination check of {who}</source>
        <translation>{who} 的居家条件核实</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="209"/>
        <source>The receiving street/community checks that the home meets the home-isolation standard (one person, one self-contained unit).</source>
        <translation>由接收街道/社区核实居所是否符合居家隔离条件（单人单套）。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="243"/>
        <source>&amp;Receiving authority</source>
        <translation>接收单位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Escort's p&amp;hone</source>
        <translation type="vanished">转运人员电话(&amp;H)</translation>
    </message>
    <message>
        <source>Receiving &amp;authority</source>
        <translation type="vanished">接收单位(&amp;A)</translation>
    </message>
</context>
<context>
    <name>DestinationTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="25"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="26"/>
        <source>Home</source>
        <translation>居所</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="27"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="28"/>
        <source>Street and community</source>
        <translation>街道和社区</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="29"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="30"/>
        <source>Verified</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="31"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="32"/>
        <source>Release</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="33"/>
        <source>Community told</source>
        <translation>已告知社区</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="34"/>
        <source>Transfer</source>
        <translation>转运</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="35"/>
        <source>Then at home</source>
        <translation>之后居家</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="36"/>
        <source>Destination checks and notices are recorded in the Releases panel.</source>
        <translation>居家条件核实和通知在“解除隔离”页面中登记。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="44"/>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="50"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="52"/>
        <source>nothing follows</source>
        <translation>无后续管理</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="63"/>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="67"/>
        <source>{who}, {when}</source>
        <translation>{who}，{when}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="69"/>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="76"/>
        <source>not recorded yet</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="78"/>
        <source>handed to another authority</source>
        <translation>已移交其他单位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="80"/>
        <source>home confirmed suitable by the community</source>
        <translation>社区已核实居所符合条件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="82"/>
        <source>home NOT suitable: the guest cannot be released there</source>
        <translation>居所不符合条件：不能解除至该处</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_destination.py" line="85"/>
        <source>recorded, waiting for the community's confirmation</source>
        <translation>已登记，等待社区核实</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="88"/>
        <source>Fill the draft from the rules in force, a preset or an imported file</source>
        <translation>用现行规则、预设方案或导入的文件填写草稿</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="90"/>
        <source>Res&amp;et</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="91"/>
        <source>Undo every change since the draft was filled</source>
        <translation>撤销草稿填写以来的所有修改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="93"/>
        <source>Im&amp;port…</source>
        <translation>导入(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="94"/>
        <source>Fill the draft from a policy file (.json)</source>
        <translation>用政策文件（.json）填写草稿</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="96"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="97"/>
        <source>Write the draft as a policy file for other sites</source>
        <translation>将草稿写成政策文件，供其他隔离点使用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="100"/>
        <source>&amp;Start from</source>
        <translation>起始模板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="115"/>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="116"/>
        <source>No test kind: the disease is followed by temperature and symptoms alone.</source>
        <translation>没有检测种类：仅凭体温和症状观察。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="115"/>
        <source>Test kinds</source>
        <translation>检测种类</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="117"/>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="118"/>
        <source>No symptom: the rounds sheet offers none.</source>
        <translation>没有症状：测温表不列症状。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="117"/>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="130"/>
        <source>&amp;Adopt this version…</source>
        <translation>启用此版本(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="132"/>
        <source>Put the draft in force from its date (Ctrl+Enter)</source>
        <translation>自所填日期起启用此草稿（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="137"/>
        <source>New check-ins from the date above get these rules; stays already here keep theirs until you re-apply them (below). Export… writes the draft as a policy file other sites can import.</source>
        <translation>自上述日期起新入住的人员适用这些规则；已在住人员保留原规则，除非在下方重新适用。“导出…”将草稿写成其他隔离点可导入的政策文件。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="150"/>
        <source>Release</source>
        <translation>解除隔离</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="190"/>
        <source>in Chinese, e.g. 第九版防控方案</source>
        <translation>中文，如 第九版防控方案</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="190"/>
        <source>in English, e.g. 9th edition</source>
        <translation>英文，如 9th edition</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="192"/>
        <source>in Chinese, e.g. 新型冠状病毒感染</source>
        <translation>中文，如 新型冠状病毒感染</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="192"/>
        <source>in English, e.g. COVID-19</source>
        <translation>英文，如 COVID-19</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="194"/>
        <source>the order's number, if any</source>
        <translation>文号（如有）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="196"/>
        <source>where the rules were published: title, publisher, date</source>
        <translation>规则出处：标题、发布机构、日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="207"/>
        <source>The times of the daily temperature rounds, HH:MM</source>
        <translation>每日测温时间，HH:MM</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="212"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="213"/>
        <source>&amp;Disease</source>
        <translation>病种(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="214"/>
        <source>&amp;Order</source>
        <translation>文号(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="215"/>
        <source>So&amp;urce</source>
        <translation>出处(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="220"/>
        <source>Fe&amp;ver at or above</source>
        <translation>发热标准（≥）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="221"/>
        <source>Readings accepted</source>
        <translation>可录入体温范围</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="229"/>
        <source>In force &amp;from</source>
        <translation>生效日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="233"/>
        <source>times of the daily rounds, e.g. 08:00 16:00</source>
        <translation>每日测温时间，如 08:00 16:00</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="235"/>
        <source>Round ti&amp;mes</source>
        <translation>测温时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="274"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="281"/>
        <source>No reading at or above the fever threshold in this many hours before release</source>
        <translation>解除前这么多小时内无达到发热标准的体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="284"/>
        <source>At least one reading in this many hours before release</source>
        <translation>解除前这么多小时内至少有一次体温记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="286"/>
        <source>Destination confirmed by the community</source>
        <translation>去向已由社区确认</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="291"/>
        <source>The test kind whose latest result must be negative before release</source>
        <translation>解除前最近一次结果须为阴性的检测种类</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="296"/>
        <source>No fever for</source>
        <translation>无发热时长</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="297"/>
        <source>A reading within</source>
        <translation>体温记录时限</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="298"/>
        <source>Final test</source>
        <translation>末次检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="314"/>
        <source>The version in force: {name}</source>
        <translation>现行版本：{name}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="315"/>
        <source>Preset: {name}</source>
        <translation>预设：{name}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="340"/>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="401"/>
        <source>none — temperature and symptoms only</source>
        <translation>无——仅体温和症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="411"/>
        <source>the final test</source>
        <translation>末次检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="413"/>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="414"/>
        <source>Test kind {kinds} is no longer listed: {uses} now name no test there. Choose another kind, or Reset.</source>
        <translation>检测种类 {kinds} 已不在列表中：{uses} 因此没有检测。请选择其他种类，或点“重置”。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="433"/>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="434"/>
        <source>Round times: '{text}' is not a list of times: write them like 08:00 16:00</source>
        <translation>测温时间：“{text}”不是时间列表，请写成 08:00 16:00 的形式</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="443"/>
        <source>{category}: test days</source>
        <translation>{category}：检测日</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="444"/>
        <source>{category}: home test days</source>
        <translation>{category}：居家检测日</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="449"/>
        <source>{category}: name the category in Chinese and in English</source>
        <translation>{category}：请填写类别的中文和英文名称</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="453"/>
        <source>Two categories have the code '{code}': give each its own</source>
        <translation>两个类别的代码都是“{code}”：请各取一个</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_editor.py" line="457"/>
        <source>Name: write it in Chinese and in English</source>
        <translation>名称：请填写中文和英文</translation>
    </message>
    <message>
        <source>&amp;Fever at or above</source>
        <translation type="vanished">发热标准（≥）(&amp;F)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="vanished">天数</translation>
    </message>
    <message>
        <source>Days here</source>
        <translation type="vanished">集中天数</translation>
    </message>
    <message>
        <source>Fill the draft from the rules in force or a preset</source>
        <translation type="vanished">用现行规则或预设填充草稿</translation>
    </message>
    <message>
        <source>Held here</source>
        <translation type="vanished">集中隔离</translation>
    </message>
    <message>
        <source>Home tests</source>
        <translation type="vanished">居家检测</translation>
    </message>
    <message>
        <source>PCR on days</source>
        <translation type="vanished">核酸检测日</translation>
    </message>
    <message>
        <source>S&amp;tart from</source>
        <translation type="vanished">起始模板(&amp;T)</translation>
    </message>
    <message>
        <source>Then at home</source>
        <translation type="vanished">之后居家</translation>
    </message>
    <message>
        <source>Ticked: {category} are taken in at a site; unticked: check-in refuses them</source>
        <translation type="vanished">勾选：{category}集中隔离；不勾选：拒绝入住</translation>
    </message>
    <message>
        <source>Untick a category the order no longer holds at a site. New check-ins from the date above get these rules; stays already here keep theirs until you re-apply (below).</source>
        <translation type="vanished">取消勾选文件不再要求集中隔离的人员类别。自上述日期起新入住人员适用此规则；已在隔人员沿用原规则，除非在下方重新套用。</translation>
    </message>
    <message>
        <source>the order's title, e.g. 第九版防控方案</source>
        <translation type="vanished">文件名称，如 第九版防控方案</translation>
    </message>
    <message>
        <source>{category}: PCR days</source>
        <translation type="vanished">{category}：核酸检测日</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="76"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="77"/>
        <source>Back to today's list</source>
        <translation>回到今天的名单</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="81"/>
        <source>Save sheet as PDF…</source>
        <translation>将采样单存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="82"/>
        <source>Save the collection sheet of this day (Ctrl+S)</source>
        <translation>保存当日采样单（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="85"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="86"/>
        <source>Print the collection sheet of this day (Ctrl+P)</source>
        <translation>打印当日采样单（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="90"/>
        <source>Sampling day</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="114"/>
        <source>Record sample</source>
        <translation>登记采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="124"/>
        <source>✓ sampled</source>
        <translation>✓ 已采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="126"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="127"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="128"/>
        <source>Guest</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="130"/>
        <source>Test</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="131"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="132"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="132"/>
        <source>to sample</source>
        <translation>待采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="134"/>
        <source>Sample no.</source>
        <translation>样本编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="135"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="139"/>
        <source>Scan or type the tube number</source>
        <translation>扫描或输入试管编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="144"/>
        <source>Record the sample for the selected guest (Enter)</source>
        <translation>为所选人员登记采样（Enter）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="149"/>
        <source>Sample number</source>
        <translation>样本编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="185"/>
        <source>{due} due · {done} sampled · {left} to go</source>
        <translation>应采 {due} · 已采 {done} · 剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="188"/>
        <source>Nobody is due</source>
        <translation>无人需采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="189"/>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="190"/>
        <source>Nobody is due a test on {day}: no scheduled test day, admission or extra test falls on it.</source>
        <translation>{day} 无人需检测：当天没有计划检测、入住检测或加测。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="198"/>
        <source>Samples are recorded on today's list; this day is shown and printed only.</source>
        <translation>采样只在今天的名单上登记；此日期仅供查看和打印。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="201"/>
        <source>Everyone on the list is sampled.</source>
        <translation>名单上的人员已全部采样。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="203"/>
        <source>Enter records the sample for the selected guest and selects the next one to sample.</source>
        <translation>按 Enter 为所选人员登记采样并跳到下一位待采样人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="268"/>
        <source>Select the guest the sample was taken from, then scan again.</source>
        <translation>请先选择该样本对应的人员，再重新扫描。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="272"/>
        <source>Type or scan the tube number first.</source>
        <translation>请先输入或扫描试管编号。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="276"/>
        <source>Second sample</source>
        <translation>二次采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="277"/>
        <source>{name} (room {room}) already gave a sample today ({no}). Record a second sample {new}?</source>
        <translation>{name}（{room} 房间）今天已采样（{no}）。是否登记第二份样本 {new}？</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="280"/>
        <source>Record second sample</source>
        <translation>登记第二份样本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="287"/>
        <source>Sample {no} recorded for {name} (room {room}).</source>
        <translation>已为 {name}（{room} 房间）登记样本 {no}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="302"/>
        <source>Save collection sheet</source>
        <translation>保存采样单</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="303"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="315"/>
        <source>Cannot write {path}: {error}. Choose another folder.</source>
        <translation>无法写入 {path}：{error}。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="318"/>
        <source>Collection sheet saved: {path}</source>
        <translation>采样单已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="333"/>
        <source>The printer {printer} did not accept the sheet: check that it is on and try again.</source>
        <translation>打印机 {printer} 未接受采样单：请检查是否开机后重试。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/due.py" line="338"/>
        <source>Collection sheet sent to the printer ({n} pages).</source>
        <translation>采样单已发送到打印机（{n} 页）。</translation>
    </message>
    <message>
        <source>Cannot prepare the sheet for printing: {error}</source>
        <translation type="vanished">无法准备打印采样单：{error}</translation>
    </message>
    <message>
        <source>No PDF viewer opened the sheet. It is saved at {path}: open it and print from there.</source>
        <translation type="vanished">没有 PDF 阅读器打开采样单。文件已保存在 {path}：请打开后打印。</translation>
    </message>
    <message>
        <source>Open the collection sheet in the PDF viewer to print it (Ctrl+P)</source>
        <translation type="vanished">在 PDF 阅读器中打开采样单以打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>The collection sheet opened in the PDF viewer: print it from there.</source>
        <translation type="vanished">采样单已在 PDF 阅读器中打开，请在其中打印。</translation>
    </message>
</context>
<context>
    <name>DutyToggle</name>
    <message>
        <location filename="../../quarantine_desk/ui/shell/duty_toggle.py" line="19"/>
        <source>On duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/duty_toggle.py" line="21"/>
        <source>Tick at the start of your shift: the overview lists the doctors and nurses on duty with their phone numbers.</source>
        <translation>上班时勾选：总览会列出值班医护人员及其电话。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/duty_toggle.py" line="44"/>
        <source>You are on duty: the overview lists you with your phone.</source>
        <translation>您已设为值班：总览会列出您和您的电话。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/duty_toggle.py" line="45"/>
        <source>You are off duty.</source>
        <translation>您已取消值班。</translation>
    </message>
</context>
<context>
    <name>ExampleView</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="55"/>
        <source>&amp;Last exposure</source>
        <translation>末次暴露(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="66"/>
        <source>Ca&amp;tegory</source>
        <translation>人员类别(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="70"/>
        <source>Arr&amp;ival</source>
        <translation>入住(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="82"/>
        <source>Day 0</source>
        <translation>第0天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="83"/>
        <source>Tests here</source>
        <translation>隔离期检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="84"/>
        <source>Planned release</source>
        <translation>计划解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="85"/>
        <source>Release needs</source>
        <translation>解除条件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="86"/>
        <source>Then at home</source>
        <translation>之后居家</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="87"/>
        <source>Home tests</source>
        <translation>居家检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="88"/>
        <source>Fix the problems in the draft to see its dates.</source>
        <translation>请先修正草稿中的问题，再查看日期。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="156"/>
        <source>These rules do not hold {category} at a site: check-in refuses them.</source>
        <translation>此规则不对{category}集中隔离：入住时将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="159"/>
        <source>The last exposure is after the arrival: check the dates.</source>
        <translation>末次暴露晚于入住：请核对日期。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="164"/>
        <source>arrival (this category counts from it)</source>
        <translation>入住日（该类别自入住日起算）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="166"/>
        <source>last exposure</source>
        <translation>末次暴露</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="168"/>
        <source>arrival (last exposure not known)</source>
        <translation>入住（末次暴露不详）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="173"/>
        <source>day {n}</source>
        <translation>第{n}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="180"/>
        <source>none: temperature and symptoms only</source>
        <translation>无：仅体温和症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="186"/>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="207"/>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="218"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="193"/>
        <source>no fever in the last {h} h</source>
        <translation>最近{h}小时无发热</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="194"/>
        <source>a reading in the last {h} h</source>
        <translation>最近{h}小时内有体温记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="197"/>
        <source>latest {kind} negative</source>
        <translation>最近一次{kind}阴性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="200"/>
        <source>destination confirmed</source>
        <translation>去向已确认</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="206"/>
        <source>nothing: the stay ends at release</source>
        <translation>无：解除即结束</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="211"/>
        <source>from {first}
to {last}</source>
        <translation>自 {first}
至 {last}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_example.py" line="215"/>
        <source>day {k}</source>
        <translation>第{k}天</translation>
    </message>
    <message>
        <source>A&amp;rrival</source>
        <translation type="vanished">入住(&amp;R)</translation>
    </message>
    <message>
        <source>PCR tests here</source>
        <translation type="vanished">在点核酸</translation>
    </message>
</context>
<context>
    <name>FeversPerDay</name>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/charts.py" line="137"/>
        <source>guests</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/charts.py" line="168"/>
        <source>No fever in these days</source>
        <translation>这些天无发热</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="53"/>
        <source>First-run setup — Quarantine Desk</source>
        <translation>首次设置 — 隔离点工作台</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="55"/>
        <source>Welcome to Quarantine Desk</source>
        <translation>欢迎使用隔离点工作台</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="58"/>
        <source>This database is new. Name the site and create the point manager's account. Next, the manager adds the site's rooms and the other staff in Settings.</source>
        <translation>这是一个新数据库。请填写隔离点名称并创建点位长账号。之后，点位长在“设置”中添加房间和其他工作人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="67"/>
        <source>as on the command centre's notice</source>
        <translation>与指挥部通知一致</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="70"/>
        <source>printed on handover forms</source>
        <translation>打印在交接单上</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="72"/>
        <source>letters and digits, e.g. zhang.wei</source>
        <translation>字母和数字，如 zhang.wei</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="80"/>
        <source>The site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="81"/>
        <source>Site &amp;name</source>
        <translation>隔离点名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="82"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="83"/>
        <source>Duty &amp;phone</source>
        <translation>值班电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="84"/>
        <source>The point manager's account</source>
        <translation>点位长账户</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="85"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="86"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="87"/>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="88"/>
        <source>&amp;Repeat password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="92"/>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="92"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/setup.py" line="119"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次密码不一致：请输入相同的密码。</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation type="vanished">数据库：{db}</translation>
    </message>
    <message>
        <source>This database is new. Name the site and create the point manager's account; the manager then adds the other staff in Settings.</source>
        <translation type="vanished">这是新数据库。请填写隔离点名称并创建点位长账户；其他工作人员由点位长在“设置”中添加。</translation>
    </message>
</context>
<context>
    <name>GuestCurve</name>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/charts.py" line="110"/>
        <source>fever {threshold} °C</source>
        <translation>发热线 {threshold} °C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/charts.py" line="115"/>
        <source>No readings yet</source>
        <translation>暂无体温记录</translation>
    </message>
</context>
<context>
    <name>GuestHistory</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_history.py" line="55"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>GuestLabels</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="21"/>
        <source>in quarantine</source>
        <translation>隔离中</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="22"/>
        <source>expected</source>
        <translation>待入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="23"/>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="155"/>
        <source>released</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="24"/>
        <source>transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="25"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="29"/>
        <source>resident ID</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="30"/>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="31"/>
        <source>HK/Macau permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="32"/>
        <source>other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="36"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="37"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="41"/>
        <source>pending</source>
        <translation>待出</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="42"/>
        <source>negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="43"/>
        <source>positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="44"/>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="48"/>
        <source>forehead</source>
        <translation>额温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="49"/>
        <source>ear</source>
        <translation>耳温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="50"/>
        <source>armpit</source>
        <translation>腋温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="51"/>
        <source>oral</source>
        <translation>口温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="55"/>
        <source>fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="56"/>
        <source>positive result</source>
        <translation>阳性结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="57"/>
        <source>symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="61"/>
        <source>open</source>
        <translation>待处置</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="62"/>
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="63"/>
        <source>resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="68"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="69"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="70"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="71"/>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="72"/>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="73"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="74"/>
        <source>home address</source>
        <translation>居家地址</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="75"/>
        <source>work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="76"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="77"/>
        <source>details incomplete</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="78"/>
        <source>transfer batch</source>
        <translation>转运批次</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="79"/>
        <source>origin</source>
        <translation>来源地</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="80"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="81"/>
        <source>last exposure</source>
        <translation>末次暴露</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="82"/>
        <source>basis date</source>
        <translation>起算日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="83"/>
        <source>planned release</source>
        <translation>计划解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="84"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="85"/>
        <source>category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="86"/>
        <source>arrival</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="87"/>
        <source>expected arrival</source>
        <translation>预计入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="88"/>
        <source>left at</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="89"/>
        <source>reason for leaving</source>
        <translation>离开原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="90"/>
        <source>conditions</source>
        <translation>基础疾病</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="91"/>
        <source>medication</source>
        <translation>用药</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="92"/>
        <source>allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="93"/>
        <source>pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="94"/>
        <source>vaccination doses</source>
        <translation>疫苗剂次</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="95"/>
        <source>psychological state</source>
        <translation>心理状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="96"/>
        <source>needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="97"/>
        <source>temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="98"/>
        <source>taken at</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="99"/>
        <source>symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="100"/>
        <source>voided at</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="101"/>
        <source>reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="102"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="103"/>
        <source>sample number</source>
        <translation>样本编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="104"/>
        <source>sampled at</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="105"/>
        <source>reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="106"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="107"/>
        <source>suitable</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="108"/>
        <source>verified by</source>
        <translation>核实人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="109"/>
        <source>verified at</source>
        <translation>核实时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="110"/>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="111"/>
        <source>by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="112"/>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="113"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="114"/>
        <source>method</source>
        <translation>测量方式</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="115"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="116"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="117"/>
        <source>entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="118"/>
        <source>entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="119"/>
        <source>voided by</source>
        <translation>作废人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="120"/>
        <source>opened at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="121"/>
        <source>resolved at</source>
        <translation>处置时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="122"/>
        <source>resolution</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="123"/>
        <source>escalated to</source>
        <translation>上报至</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="124"/>
        <source>lab</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="125"/>
        <source>scheduled for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="126"/>
        <source>Ct ORF1ab</source>
        <translation>Ct ORF1ab</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="127"/>
        <source>Ct N</source>
        <translation>Ct N</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="128"/>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="129"/>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="130"/>
        <source>household</source>
        <translation>同住编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="131"/>
        <source>released by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="132"/>
        <source>release serial</source>
        <translation>解除编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="133"/>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="134"/>
        <source>grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="135"/>
        <source>grid worker's phone</source>
        <translation>网格员电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="136"/>
        <source>handed to another authority</source>
        <translation>已移交其他单位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="137"/>
        <source>vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="138"/>
        <source>escort</source>
        <translation>转运人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="139"/>
        <source>escort's phone</source>
        <translation>转运人员电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="140"/>
        <source>community told by</source>
        <translation>告知社区人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="141"/>
        <source>community told at</source>
        <translation>告知社区时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="146"/>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="147"/>
        <source>identity edited</source>
        <translation>修改身份信息</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="148"/>
        <source>health record edited</source>
        <translation>修改健康档案</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="149"/>
        <source>stay edited</source>
        <translation>修改隔离记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="150"/>
        <source>arrival expected</source>
        <translation>预计入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="151"/>
        <source>checked in</source>
        <translation>已入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="152"/>
        <source>admitted</source>
        <translation>已收治</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="153"/>
        <source>arrival cancelled</source>
        <translation>取消入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="154"/>
        <source>moved room</source>
        <translation>调换房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="156"/>
        <source>transferred to hospital</source>
        <translation>转运医院</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="157"/>
        <source>period restarted</source>
        <translation>隔离期重新计算</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="158"/>
        <source>temperature recorded</source>
        <translation>登记体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="159"/>
        <source>temperature voided</source>
        <translation>作废体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="160"/>
        <source>test scheduled</source>
        <translation>安排检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="161"/>
        <source>sample taken</source>
        <translation>已采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="162"/>
        <source>test result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="163"/>
        <source>alert opened</source>
        <translation>发生异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="164"/>
        <source>alert note</source>
        <translation>异常情况备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="165"/>
        <source>alert finding</source>
        <translation>异常情况新情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="166"/>
        <source>alert escalated</source>
        <translation>异常情况上报</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="167"/>
        <source>alert resolved</source>
        <translation>异常情况处置完毕</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="168"/>
        <source>destination checked</source>
        <translation>居家条件核实</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="169"/>
        <source>community told</source>
        <translation>已告知社区</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="170"/>
        <source>follow-up call</source>
        <translation>电话随访</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="250"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/labels.py" line="251"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation type="vanished">核酸</translation>
    </message>
    <message>
        <source>antigen</source>
        <translation type="vanished">抗原</translation>
    </message>
    <message>
        <source>close contact</source>
        <translation type="vanished">密切接触者</translation>
    </message>
    <message>
        <source>from high-risk area</source>
        <translation type="vanished">高风险区人员</translation>
    </message>
    <message>
        <source>inbound traveller</source>
        <translation type="vanished">入境人员</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="vanished">其他</translation>
    </message>
    <message>
        <source>secondary close contact</source>
        <translation type="vanished">密接的密接</translation>
    </message>
</context>
<context>
    <name>GuestRecordView</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="120"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="122"/>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="218"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="123"/>
        <source>Save the changed tabs (Ctrl+S)</source>
        <translation>保存已修改的标签页（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="172"/>
        <source>Correct the marked fields in {tabs} to save.</source>
        <translation>请更正{tabs}中标出的项目后再保存。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="176"/>
        <source>Unsaved changes in {tabs}.</source>
        <translation>{tabs}中有未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="205"/>
        <source>Not saved: correct the marked fields in {tabs} first.</source>
        <translation>未保存：请先更正{tabs}中标出的字段。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="213"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="214"/>
        <source>Your changes to {name} are not saved.</source>
        <translation>您对{name}的修改尚未保存。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="219"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="220"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="260"/>
        <source>Room {room}</source>
        <translation>{room} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="261"/>
        <source>no room</source>
        <translation>无房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="265"/>
        <source>day {n} of {m}</source>
        <translation>第{n}/{m}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="266"/>
        <source>release {date}</source>
        <translation>解除 {date}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="268"/>
        <source>aged {age}</source>
        <translation>{age}岁</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="282"/>
        <source>Key person: {why}</source>
        <translation>重点人员：{why}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="289"/>
        <source>Fever {c:.1f} °C on {when}</source>
        <translation>{when} 发热 {c:.1f} °C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="293"/>
        <source>Positive {kind}</source>
        <translation>{kind}阳性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="297"/>
        <source>{n} open alerts</source>
        <translation>{n} 条待处置异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="303"/>
        <source>Due for release</source>
        <translation>应解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="305"/>
        <source>Details incomplete</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="337"/>
        <source>Saved: {name}.</source>
        <translation>已保存：{name}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="339"/>
        <source>The period now counts from {basis}; planned release {release}.</source>
        <translation>隔离期现自 {basis} 起算；计划解除 {release}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="363"/>
        <source>Your changes are still on screen, not saved: reload their version to save anything.</source>
        <translation>您的修改仍在屏幕上，尚未保存：请载入对方的版本后再保存。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/record.py" line="373"/>
        <source>Their version of {section} is loaded. Make your changes again where they still apply.</source>
        <translation>已载入对方的{section}。请重做仍需要的修改。</translation>
    </message>
    <message>
        <source>Save or undo your changes to {name} first.</source>
        <translation type="vanished">请先保存或撤销对 {name} 的修改。</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="67"/>
        <source>day {n} of {m}</source>
        <translation>第{n}/{m}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="69"/>
        <source>expected {when}</source>
        <translation>预计 {when}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="84"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="85"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="87"/>
        <source>Details still to be completed (walk-in)</source>
        <translation>信息待补全（临时入住）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="89"/>
        <source>Stay</source>
        <translation>隔离记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="92"/>
        <source>Due for release</source>
        <translation>应解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="93"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="94"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="95"/>
        <source>Release</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/table_model.py" line="96"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>GuestsPanel</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="89"/>
        <source>Name, ID number (or its last 4 digits), room or phone</source>
        <translation>姓名、证件号码（或后4位）、房间号或电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="91"/>
        <source>Search as you type (Ctrl+F); Enter opens the first guest, ↓ goes to the list</source>
        <translation>边输入边查找（Ctrl+F）；Enter 打开第一位，↓ 进入列表</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="95"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="99"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="112"/>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="113"/>
        <source>Type a name, an ID number or its last four digits, a room or a phone number.
Press Enter or double-click a guest to open the record.</source>
        <translation>输入姓名、证件号码或其后四位、房间号或电话号码。
按 Enter 或双击人员打开档案。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="328"/>
        <source>{n}+ guests, counting…</source>
        <translation>{n}+ 人，统计中…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="330"/>
        <source>1 guest</source>
        <translation>1 人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="332"/>
        <source>No guest with this status or category.</source>
        <translation>没有该状态或类别的人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="334"/>
        <source>No guests yet. They appear here once someone is checked in on the Rooms panel or an arrival list is imported (quarantine-desk import arrivals).</source>
        <translation>还没有隔离人员。在“房间”面板办理入住，或导入到达名单（quarantine-desk import arrivals）后，人员会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="338"/>
        <source>No guest matches: try fewer letters, or the last four digits of the ID.</source>
        <translation>无匹配人员：请少输几个字，或输入证件号后四位。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="341"/>
        <source>{n} guests</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/panel.py" line="343"/>
        <source>sorted: the {n} listed so far (scroll for more)</source>
        <translation>已排序：目前列出的 {n} 人（滚动查看更多）</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="42"/>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="43"/>
        <source>Read-only: the health record is kept by the medical staff.</source>
        <translation>只读：健康档案由医护人员维护。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="47"/>
        <source>&amp;Follow-up calls…</source>
        <translation>随访电话(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="48"/>
        <source>The key persons' list with this guest's calls, to read them or log a new one</source>
        <translation>打开重点人员名单并定位到此人，查看或登记随访电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="56"/>
        <source>Key person</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="57"/>
        <source>Conditions</source>
        <translation>基础疾病</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="59"/>
        <source>e.g. 高血压、糖尿病</source>
        <translation>如 高血压、糖尿病</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="60"/>
        <source>Medication</source>
        <translation>用药</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="61"/>
        <source>Allergies</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="62"/>
        <source>Pregnancy</source>
        <translation>妊娠</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="62"/>
        <source>pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="63"/>
        <source>Vaccination doses</source>
        <translation>疫苗剂次</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="64"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="65"/>
        <source>Psychological state</source>
        <translation>心理状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="66"/>
        <source>worries, sleep, mood</source>
        <translation>顾虑、睡眠、情绪</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="67"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="68"/>
        <source>requests: food, medicine, calls home</source>
        <translation>诉求：饮食、药品、与家人通话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="69"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="75"/>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_health.py" line="90"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/help.py" line="60"/>
        <source>Help: {panel}</source>
        <translation>帮助：{panel}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_history.py" line="71"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_history.py" line="72"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_history.py" line="73"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_history.py" line="74"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_history.py" line="80"/>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_history.py" line="88"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="33"/>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="34"/>
        <source>Read-only: identity details are kept by the liaison officers.</source>
        <translation>只读：身份信息由联络员维护。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="37"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="40"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="43"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="46"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="50"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="52"/>
        <source>Home address</source>
        <translation>居家地址</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="53"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="54"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="55"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="56"/>
        <source>details still to be completed</source>
        <translation>信息待补全</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="61"/>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="78"/>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="80"/>
        <source>the name is longer than {n} characters</source>
        <translation>姓名超过 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="91"/>
        <source>valid: born {date}, {sex}</source>
        <translation>有效：{date} 出生，{sex}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_identity.py" line="100"/>
        <source>{date} is not a possible birth date: check the year</source>
        <translation>{date} 不是可能的出生日期：请核对年份</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="46"/>
        <source>Choose lab file…</source>
        <translation>选择检测结果文件…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="47"/>
        <source>Open the lab's results spreadsheet (Ctrl+O)</source>
        <translation>打开检测机构的结果表格（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="56"/>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="57"/>
        <source>An .xlsx or .csv file with the columns sample_no (样本编号) or id_number (身份证号), kind (检测类型), sampled_at (采样时间), result (检测结果), and optionally reported_at, lab, ct_orf1ab, ct_n. Nothing is written until you press Apply.</source>
        <translation>.xlsx 或 .csv 文件，列为 sample_no（样本编号）或 id_number（身份证号）、kind（检测类型）、sampled_at（采样时间）、result（检测结果），可选 reported_at、lab、ct_orf1ab、ct_n。按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="67"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="68"/>
        <source>Guest</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="70"/>
        <source>Sample no.</source>
        <translation>样本编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="71"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="72"/>
        <source>Becomes</source>
        <translation>变为</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="77"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="78"/>
        <source>Why it cannot be used</source>
        <translation>无法使用的原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="86"/>
        <source>Will change</source>
        <translation>将变更</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="87"/>
        <source>Cannot be used</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="95"/>
        <source>Apply</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="96"/>
        <source>Import the file as previewed</source>
        <translation>按预览导入文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="99"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="100"/>
        <source>Forget this file; nothing was written</source>
        <translation>放弃此文件；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="151"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="162"/>
        <source>{n} rows will be imported</source>
        <translation>将导入 {n} 行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="163"/>
        <source>{n} results set</source>
        <translation>{n} 个结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="165"/>
        <source>{n} POSITIVE</source>
        <translation>{n} 个阳性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="166"/>
        <source>{n} rows cannot be used</source>
        <translation>{n} 行无法使用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="182"/>
        <source>Opens a positive alert for {name} (room {room}): {summary}</source>
        <translation>为 {name}（{room} 房间）新建阳性异常情况：{summary}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="184"/>
        <source>Adds to the open alert of {name} (room {room}): {summary}</source>
        <translation>追加到 {name}（{room} 房间）未处置的异常情况：{summary}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="188"/>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="189"/>
        <source>Restarts the period of {name} (room {room}): exposure {exposure}, release {release} (was {before})</source>
        <translation>{name}（{room} 房间）重新计算隔离期：暴露 {exposure}，解除 {release}（原 {before}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="201"/>
        <source>Choose the lab's results file</source>
        <translation>选择检测机构的结果文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="202"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="231"/>
        <source>{file}: {imported} rows imported, {skipped} skipped.</source>
        <translation>{file}：已导入 {imported} 行，跳过 {skipped} 行。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="234"/>
        <source>As previewed.</source>
        <translation>与预览一致。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="237"/>
        <location filename="../../quarantine_desk/ui/tests/lab_import.py" line="238"/>
        <source>This differs from the preview: the data changed meanwhile (someone entered samples or results). Check the results list.</source>
        <translation>与预览不同：期间数据有变化（有人登记了采样或结果）。请核对结果列表。</translation>
    </message>
</context>
<context>
    <name>KeyPersonsTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="54"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="54"/>
        <source>Guest</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="54"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="55"/>
        <source>Medication</source>
        <translation>用药</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="55"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="55"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="56"/>
        <source>Last call</source>
        <translation>最近随访</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="56"/>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="79"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="64"/>
        <source>how the guest is, what was said</source>
        <translation>人员状况、沟通内容</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="66"/>
        <source>e.g. blood pressure tablets, a kettle</source>
        <translation>如：降压药、电水壶</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="67"/>
        <source>&amp;Log call</source>
        <translation>登记随访(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="71"/>
        <source>&amp;What was said</source>
        <translation>沟通内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="75"/>
        <source>N&amp;eeds</source>
        <translation>需求(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="78"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="78"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="79"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="116"/>
        <source>No key persons in quarantine</source>
        <translation>无在隔重点人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="118"/>
        <source>{count} key persons, {waiting} not called today</source>
        <translation>重点人员 {count} 人，今天未随访 {waiting} 人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="127"/>
        <source>never called</source>
        <translation>从未随访</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="129"/>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="131"/>
        <source>not today (last {when})</source>
        <translation>今天未随访（上次 {when}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="159"/>
        <source>Choose a key person to log a call</source>
        <translation>选择重点人员以登记随访</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="162"/>
        <source>Follow-up call with {name}, room {room} ({phone})</source>
        <translation>随访 {name}，{room} 房间（{phone}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="163"/>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/alerts/key_persons.py" line="190"/>
        <source>Call with {name} logged</source>
        <translation>已登记对 {name} 的随访</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../quarantine_desk/ui/shell/lock.py" line="45"/>
        <source>Quarantine Desk is locked</source>
        <translation>隔离点工作台已锁定</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/lock.py" line="54"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/lock.py" line="57"/>
        <source>Switch user…</source>
        <translation>换班…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/lock.py" line="58"/>
        <location filename="../../quarantine_desk/ui/shell/lock.py" line="59"/>
        <source>Someone else takes over the desk and signs in with their own account.</source>
        <translation>由另一位接班，用自己的账户登录。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/lock.py" line="96"/>
        <source>{name} ({role}) stepped away. Enter your password to carry on where you left off; nothing you typed is lost.</source>
        <translation>{name}（{role}）已离开。输入密码即可继续，已输入的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/lock.py" line="99"/>
        <source>password of {username}</source>
        <translation>{username} 的密码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="94"/>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="420"/>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="424"/>
        <source>Quarantine Desk</source>
        <translation>隔离点工作台</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="96"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="97"/>
        <source>&amp;Switch user…</source>
        <translation>换班(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="100"/>
        <source>&amp;Help for this panel</source>
        <translation>本页帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="102"/>
        <source>&amp;About Quarantine Desk</source>
        <translation>关于隔离点工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="104"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="246"/>
        <source>Lock the desk, switch user or quit</source>
        <translation>锁定工作台、换班或退出</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="413"/>
        <source>The database server answers again; the panels are up to date.</source>
        <translation>数据库服务器已恢复连接，各页面已更新。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/main_window.py" line="423"/>
        <source>{site} — Quarantine Desk</source>
        <translation>{site} — 隔离点工作台</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../quarantine_desk/ui/common/messages.py" line="39"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NamedList</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_lists.py" line="113"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_lists.py" line="113"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_lists.py" line="113"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_lists.py" line="133"/>
        <source>Type to change a cell; Insert adds a row, Delete removes the selected one</source>
        <translation>直接输入修改单元格；Insert 新增一行，Delete 删除选中行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_lists.py" line="139"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_lists.py" line="140"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_lists.py" line="250"/>
        <source>The list takes at most {n} rows</source>
        <translation>列表最多 {n} 行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_lists.py" line="251"/>
        <source>Add a row (Insert in the list)</source>
        <translation>新增一行（在列表中按 Insert）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy_lists.py" line="253"/>
        <source>Remove the selected row (Delete in the list)</source>
        <translation>删除选中行（在列表中按 Delete）</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="48"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="49"/>
        <source>Today's figures, alerts needing action, arrivals and releases due, overdue stays and the rooms free over the next 14 days.</source>
        <translation>今日数据、待处置异常情况、待入住与应解除人员、超期人员，以及未来14天空余房间。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="55"/>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="56"/>
        <source>The floor plan: every room coloured by state, with its guest and badges; check in, move, release, disinfect.</source>
        <translation>楼层平面：每个房间按状态着色，显示入住人员和标记；入住、调房、解除、消毒。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="61"/>
        <source>Guests</source>
        <translation>隔离人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="62"/>
        <source>Search as you type by name, ID, room or phone, and open a guest's record: stay, health, temperatures, tests, history.</source>
        <translation>按姓名、证件号、房间号或电话边输入边查找，打开人员档案：隔离记录、健康、体温、检测、历史。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="67"/>
        <source>Temperatures</source>
        <translation>体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="68"/>
        <source>The rounds sheet for a date and slot: type each temperature and press Enter; fevers turn red at once.</source>
        <translation>按日期和时段的测温表：逐个输入体温后按 Enter；发热立即标红。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="73"/>
        <source>Tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="74"/>
        <source>Who is due for sampling today in walking order, samples taken and results entered or imported.</source>
        <translation>今日应采样人员（按巡房顺序）、已采样本，以及录入或导入的结果。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="79"/>
        <source>Releases</source>
        <translation>解除隔离</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="80"/>
        <source>The stays due for release with each criterion, destination checks, approval, handover forms and the release list.</source>
        <translation>应解除人员及各项条件、居家条件核实、审批、交接单和解除名单。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="85"/>
        <source>Alerts</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="86"/>
        <source>Fever, positive and symptom alerts with their history: escalate, or resolve with a note.</source>
        <translation>发热、阳性和症状异常情况及处置经过：上报，或填写说明后处置完毕。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="91"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/registry.py" line="92"/>
        <source>The site's details, the quarantine policy, staff accounts and backups.</source>
        <translation>隔离点信息、隔离规则、工作人员账户和备份。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="79"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="101"/>
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="104"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="105"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="275"/>
        <source>Community told — {who}</source>
        <translation>已告知社区 — {who}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="277"/>
        <source>name (and post) of the person told</source>
        <translation>被告知人姓名（及职务）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="284"/>
        <source>&amp;Who was told</source>
        <translation>被告知人(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="285"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="287"/>
        <source>The community was told when {who} is released</source>
        <translation>已告知社区 {who} 的解除时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="288"/>
        <source>Record who at the receiving street/community was told the release date ({date}) and time, and when.</source>
        <translation>登记接收街道/社区中被告知解除日期（{date}）和时间的人员及告知时间。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="121"/>
        <source>In quarantine</source>
        <translation>在隔人数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="122"/>
        <source>Arrived today</source>
        <translation>今日入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="123"/>
        <source>Released today</source>
        <translation>今日解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="124"/>
        <source>Fevers today</source>
        <translation>今日发热</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="125"/>
        <source>Positives today</source>
        <translation>今日阳性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="126"/>
        <source>Open alerts</source>
        <translation>待处置异常</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="127"/>
        <source>Key persons</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="130"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="148"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="224"/>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="138"/>
        <source>Alerts needing action</source>
        <translation>待处置的异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="139"/>
        <source>Guest</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="139"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="139"/>
        <source>Opened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="139"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="151"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="155"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="159"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="140"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="140"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="141"/>
        <source>No open alert. Fevers and positive results open one at once.</source>
        <translation>无待处置异常情况。发热和阳性结果会立即生成异常情况。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="142"/>
        <source>Alerts</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="144"/>
        <source>Expected arrivals</source>
        <translation>待入住人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="145"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="151"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="155"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="145"/>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="145"/>
        <source>ID</source>
        <translation>证件号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="145"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="151"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="155"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="159"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="164"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="146"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="151"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="155"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="146"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="147"/>
        <source>No one is announced. Check arrivals in from a room tile.</source>
        <translation>暂无通知待入住人员。可在房间方块上办理入住。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="150"/>
        <source>Due for release today</source>
        <translation>今日应解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="152"/>
        <source>No release is planned for today.</source>
        <translation>今日无计划解除人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="152"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="156"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="161"/>
        <source>Releases</source>
        <translation>解除隔离</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="154"/>
        <source>Due for release tomorrow</source>
        <translation>明日应解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="156"/>
        <source>No release is planned for tomorrow.</source>
        <translation>明日无计划解除人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="158"/>
        <source>Overdue stays</source>
        <translation>超期人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="159"/>
        <source>Days over</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="159"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="160"/>
        <source>Why still here</source>
        <translation>未解除原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="161"/>
        <source>Nobody is past their planned release date.</source>
        <translation>无人超过计划解除日期。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="163"/>
        <source>Medical staff on duty</source>
        <translation>值班医护</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="164"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="164"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="165"/>
        <source>No doctor or nurse is marked on duty: the point manager marks them in Settings › Staff.</source>
        <translation>尚无医生或护士标记为值班：由点位长在“设置 › 工作人员”中标记。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="180"/>
        <source>Rooms free over the next {n} days</source>
        <translation>未来 {n} 天空余房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="183"/>
        <source>Counted from planned releases: each room is taken as free from its last guest's release date.</source>
        <translation>按计划解除日期推算：房间自最后一位入住人员解除之日起视为空余。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="196"/>
        <source>&amp;Copy report</source>
        <translation>复制日报(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="201"/>
        <source>Daily report for the command centre</source>
        <translation>报送指挥部的日报</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="222"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="251"/>
        <source>Open the panel behind this figure</source>
        <translation>打开此数据对应的页面</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="319"/>
        <source>The overview could not be read: {error}</source>
        <translation>无法读取总览：{error}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="337"/>
        <source>{n} more expected</source>
        <translation>另有 {n} 人待入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="339"/>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="340"/>
        <source>due: {today} today, {tomorrow} tomorrow</source>
        <translation>应解除：今日 {today}，明日 {tomorrow}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="342"/>
        <source>guests at or above threshold</source>
        <translation>人达到发热标准</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="343"/>
        <source>guests, results today</source>
        <translation>人（今日结果）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="345"/>
        <source>{n} escalated</source>
        <translation>{n} 条已上报</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="347"/>
        <source>aged, young, pregnant or ill</source>
        <translation>老、幼、孕、病</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="352"/>
        <source>{n} guests in them</source>
        <translation>入住 {n} 人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="368"/>
        <source>eligible: waiting for approval</source>
        <translation>符合条件：待审批</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="379"/>
        <source>fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="380"/>
        <source>positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="381"/>
        <source>symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="382"/>
        <source>open</source>
        <translation>待处置</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="383"/>
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="390"/>
        <source>doctor / nurse</source>
        <translation>医生 / 护士</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="391"/>
        <source>liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="392"/>
        <source>point manager</source>
        <translation>点位长</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="413"/>
        <source>The report is still being prepared; try again in a moment.</source>
        <translation>日报仍在生成，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/overview/panel.py" line="417"/>
        <source>Daily report copied: paste it into the command centre's group.</source>
        <translation>日报已复制：请粘贴到指挥部工作群。</translation>
    </message>
    <message>
        <source>No doctor or nurse is marked on duty.</source>
        <translation type="vanished">未设置值班医生或护士。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="53"/>
        <source>Reset the password of {user}</source>
        <translation>重置 {user} 的密码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="58"/>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="59"/>
        <source>&amp;Repeat it</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="60"/>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="62"/>
        <source>Tell {user} the new password in person; they can change it after signing in.</source>
        <translation>请当面告知 {user} 新密码；登录后可自行修改。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="72"/>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>两次密码不一致：请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="169"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="170"/>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="172"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="173"/>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="176"/>
        <source>Smaller (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="179"/>
        <source>Larger (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="181"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="182"/>
        <source>Fit the page to the window's width (Ctrl+0)</source>
        <translation>页面适合窗口宽度（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="184"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="185"/>
        <source>Show the whole page in the window (Ctrl+9)</source>
        <translation>在窗口中显示整页（Ctrl+9）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="210"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/common/pdf_preview.py" line="239"/>
        <source>Page {page} of {count} — {label}</source>
        <translation>第 {page}/{count} 页 — {label}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="217"/>
        <source>Type to narrow the list</source>
        <translation>输入以筛选列表</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="245"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="59"/>
        <source>Draft a new version</source>
        <translation>起草新版本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="62"/>
        <source>Example stay</source>
        <translation>示例人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="64"/>
        <source>The dates the draft gives one stay:</source>
        <translation>按草稿推算的日期：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="76"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="77"/>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="77"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="78"/>
        <source>Adopted</source>
        <translation>启用时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="78"/>
        <source>Stays here</source>
        <translation>在隔人数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="79"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="82"/>
        <source>&amp;Compare the stays</source>
        <translation>对比在隔人员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="84"/>
        <source>List the stays in quarantine this version would change</source>
        <translation>列出此版本将影响的在隔人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="86"/>
        <source>Cop&amp;y into the draft</source>
        <translation>复制到草稿(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="131"/>
        <source>In force today: {name} — since {day}, fever at or above {t} °C</source>
        <translation>现行：{name} — 自 {day} 起，发热标准 ≥ {t} °C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="140"/>
        <source>{day} · in force</source>
        <translation>{day} · 生效中</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="142"/>
        <source>{day} · not yet</source>
        <translation>{day} · 尚未生效</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="170"/>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="181"/>
        <source>Select a version in the list first.</source>
        <translation>请先在列表中选择一个版本。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="187"/>
        <source>Adopt</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="187"/>
        <source>Adopt a new version</source>
        <translation>启用新版本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="199"/>
        <source>“{name}” is adopted, in force from {day}.</source>
        <translation>已启用“{name}”，自 {day} 起生效。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="216"/>
        <source>Import a policy file</source>
        <translation>导入政策文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="217"/>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>政策文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="229"/>
        <source>{file} was not imported: its problems are listed in the editor.</source>
        <translation>{file} 未导入：问题已列在编辑器中。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="234"/>
        <source>{file} is in the draft, in force from {day} as the file says: check it, then adopt it.</source>
        <translation>{file} 已填入草稿，按文件所写自 {day} 起施行：请核对后采用。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="246"/>
        <source>Export the draft</source>
        <translation>导出草稿</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="247"/>
        <source>Policy files (*.json)</source>
        <translation>政策文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="256"/>
        <source>Not exported: the draft has {n} problem(s): {problems}</source>
        <translation>未导出：草稿有 {n} 处问题：{problems}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="270"/>
        <source>The file could not be written: {error}</source>
        <translation>文件无法写入：{error}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="273"/>
        <source>The draft is written to {path}.</source>
        <translation>草稿已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/policy.py" line="278"/>
        <source>Adopt “{name}”, in force from {day}? Check-ins from that date get these rules; you can then re-apply them to stays already here.</source>
        <translation>启用“{name}”并自 {day} 起生效？此后入住人员适用此规则；之后可对已在隔人员重新套用。</translation>
    </message>
</context>
<context>
    <name>PositiveBox</name>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="124"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="125"/>
        <source>Guest</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="126"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="131"/>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="195"/>
        <source>Schedule extra test for all of them</source>
        <translation>为他们全部安排加测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="134"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="135"/>
        <source>Close this summary (the alert stays open in Alerts)</source>
        <translation>关闭此摘要（异常情况仍在“异常情况”中待处置）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="138"/>
        <source>Test on</source>
        <translation>检测日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="162"/>
        <source>Positive: {name}, room {room}</source>
        <translation>阳性：{name}，{room} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="165"/>
        <source>Positive alert: {summary}. Act on it in the Alerts panel (isolate, transfer to hospital).</source>
        <translation>阳性异常情况：{summary}。请在“异常情况”页面处置（隔离、转运医院）。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="167"/>
        <source>{name} already had a positive alert open: this result was added to it.</source>
        <translation>{name} 已有未处置的阳性异常情况：此结果已追加到其中。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="169"/>
        <source>{name}: exposure {exposure}, release now {release} (was {before})</source>
        <translation>{name}：暴露 {exposure}，现解除 {release}（原 {before}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="174"/>
        <source>Period restarted for the others in the room:</source>
        <translation>同室其他人员隔离期重新计算：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="182"/>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="183"/>
        <source>Neighbours to test — same floor within two rooms either side, or the same transfer batch: {n}</source>
        <translation>需检测的邻近人员 — 同楼层左右两间以内或同一转运批次：{n}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="186"/>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="187"/>
        <source>Nobody else to test: no one in quarantine nearby or in the same batch.</source>
        <translation>无需加测其他人：附近及同批次无在隔人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="192"/>
        <source>Tomorrow, {day}</source>
        <translation>明天，{day}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="193"/>
        <source>Today, {day}</source>
        <translation>今天，{day}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="208"/>
        <source>neighbour of positive {room}</source>
        <translation>阳性 {room} 的邻近房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="212"/>
        <source>Extra test scheduled for {n} guests on {day}.</source>
        <translation>已为 {n} 人安排 {day} 加测。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="217"/>
        <source>Scheduled for {day}</source>
        <translation>安排于 {day}</translation>
    </message>
</context>
<context>
    <name>PositiveDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="69"/>
        <source>Positive result</source>
        <translation>阳性结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="70"/>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="71"/>
        <source>Enter POSITIVE for {who}? This opens a positive alert, and the period of anyone sharing the room starts again.</source>
        <translation>为 {who} 录入“阳性”？将生成阳性异常情况，同室人员隔离期重新计算。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="79"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="81"/>
        <source>Ct ORF1ab</source>
        <translation>Ct ORF1ab</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="82"/>
        <source>Ct N</source>
        <translation>Ct N</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/positive.py" line="84"/>
        <source>Enter positive</source>
        <translation>录入阳性</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QuickCheckInDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="96"/>
        <source>Quick check-in to room {room}</source>
        <translation>快速入住 {room} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="97"/>
        <source>Walk-in to room {room}</source>
        <translation>临时入住 {room} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="99"/>
        <source>Only what is needed now. The rest of the record is completed later; until then the guest is flagged incomplete.</source>
        <translation>只填当前必需的信息，其余稍后补全；补全前该人员标记为信息不全。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="106"/>
        <source>resident ID, passport or permit number</source>
        <translation>身份证、护照或通行证号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="110"/>
        <source>mobile, e.g. 13812345678</source>
        <translation>手机号，如 13812345678</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="116"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="117"/>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="119"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="120"/>
        <source>&amp;Category</source>
        <translation>人员类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="123"/>
        <source>Check in</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="141"/>
        <source>The check digit of a resident ID is verified as you type.</source>
        <translation>输入时即校验身份证号校验码。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="146"/>
        <source>{n} of 18 characters</source>
        <translation>{n}/18 位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="161"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="161"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="162"/>
        <source>Valid resident ID: {sex}, born {date}</source>
        <translation>身份证号有效：{sex}，{date} 出生</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="164"/>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="165"/>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="166"/>
        <source>other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="167"/>
        <source>Taken as a {kind} number</source>
        <translation>按{kind}号码登记</translation>
    </message>
</context>
<context>
    <name>ReleaseConfirmDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="45"/>
        <source>Approve release</source>
        <translation>审批解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="50"/>
        <source>&amp;Only the {n} selected in the list</source>
        <translation>仅限列表中选中的 {n} 人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="52"/>
        <source>Release only the rows selected in the list instead of everyone due who is ready</source>
        <translation>只解除列表中选中的人员，而非全部符合条件的应解除人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="68"/>
        <source>Their stays end now under your name, each gets a handover serial number, and their rooms go to terminal disinfection.</source>
        <translation>将以您的名义结束其隔离，每人获得交接单编号，房间转入终末消毒。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="103"/>
        <source>no room</source>
        <translation>无房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="105"/>
        <source>Nobody selected can be released on {date}.</source>
        <translation>所选人员均不能在 {date} 解除。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="106"/>
        <source>&amp;Release</source>
        <translation>解除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="108"/>
        <source>Release 1 person on {date}?</source>
        <translation>{date} 解除 1 人？</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="109"/>
        <source>&amp;Release 1 person</source>
        <translation>解除 1 人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="111"/>
        <source>Release {n} people on {date}?</source>
        <translation>{date} 解除 {n} 人？</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="112"/>
        <source>&amp;Release {n} people</source>
        <translation>解除 {n} 人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/confirm.py" line="122"/>
        <source>Not ready — these will be refused and stay in quarantine:</source>
        <translation>尚不符合条件 — 以下人员将被拒绝，继续隔离：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not ready — the service will refuse these and write nothing for them:</source>
        <translation type="vanished">尚不符合条件 — 以下人员将被拒绝，不做任何记录：</translation>
    </message>
</context>
<context>
    <name>ReleaseDetail</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="60"/>
        <source>Destination check</source>
        <translation>居家条件核实</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="84"/>
        <source>Pick a person in the list to see each criterion and their destination check here.</source>
        <translation>在列表中选择人员，在此查看各项条件及居家条件核实情况。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="104"/>
        <source>no room</source>
        <translation>无房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="105"/>
        <source>{name} · room {room}</source>
        <translation>{name} · {room} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="109"/>
        <source>{date}, {overdue}</source>
        <translation>{date}，{overdue}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="112"/>
        <source>{date} (today)</source>
        <translation>{date}（今天）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="113"/>
        <source>{category} · planned release {due}</source>
        <translation>{category} · 计划解除 {due}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="133"/>
        <source>Nothing recorded yet. Record the address and the community's answer with “Destination check…”.</source>
        <translation>尚无记录。请用“居家条件核实…”登记地址和社区答复。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="138"/>
        <source>Handed to</source>
        <translation>移交至</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="140"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="141"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="143"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="145"/>
        <source>Verified</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="145"/>
        <source>{who}, {when}</source>
        <translation>{who}，{when}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="148"/>
        <source>Transfer</source>
        <translation>转运</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="151"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="158"/>
        <source>Community told the release time: {who}, {when}</source>
        <translation>已告知社区解除时间：{who}，{when}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="160"/>
        <source>Community not yet told the release time</source>
        <translation>尚未告知社区解除时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="168"/>
        <source>Handed to another authority</source>
        <translation>移交其他单位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="170"/>
        <source>The community has not answered yet</source>
        <translation>社区尚未答复</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="172"/>
        <source>The community confirmed the home is suitable</source>
        <translation>社区已核实居所符合条件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/detail.py" line="173"/>
        <source>The community found the home unsuitable</source>
        <translation>社区核实居所不符合条件</translation>
    </message>
</context>
<context>
    <name>ReleaseDocuments</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="53"/>
        <source>Not released yet, so marked as drafts without a serial number: {names}.</source>
        <translation>尚未解除，故标为草稿且无编号：{names}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="64"/>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="119"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="65"/>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="120"/>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="67"/>
        <source>Handover forms ({n})</source>
        <translation>交接单（{n}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="76"/>
        <source>Folder for the handover forms</source>
        <translation>交接单保存文件夹</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="86"/>
        <source>Saved {n} handover form(s) in {folder}.</source>
        <translation>已在 {folder} 保存 {n} 份交接单。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="94"/>
        <source>handover-forms-{date}.pdf</source>
        <translation>交接单-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="95"/>
        <source>Save the handover forms</source>
        <translation>保存交接单</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="96"/>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="130"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="105"/>
        <source>Saved {n} handover form(s) to {path}.</source>
        <translation>已将 {n} 份交接单保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="116"/>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="122"/>
        <source>Release list {date}</source>
        <translation>解除名单 {date}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="131"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="132"/>
        <source>Save the release list</source>
        <translation>保存解除名单</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="133"/>
        <source>release-list-{date}</source>
        <translation>解除名单-{date}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="145"/>
        <source>Release list of {date} saved to {path}.</source>
        <translation>{date} 的解除名单已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="168"/>
        <source>Could not write {path}: {error}. Choose another folder or close the file where it is open.</source>
        <translation>无法写入 {path}：{error}。请选择其他文件夹，或关闭已打开该文件的程序。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="176"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="189"/>
        <source>The printer {printer} did not accept the job: check that it is on and try again.</source>
        <translation>打印机 {printer} 未接受打印任务：请检查是否开机后重试。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/documents.py" line="193"/>
        <source>Sent {n} page(s) to the printer.</source>
        <translation>已发送 {n} 页到打印机。</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="25"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>Period</source>
        <translation>隔离期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="26"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>Quarantine period complete</source>
        <translation>隔离期满</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="29"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>Tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="30"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>Every required PCR done and negative</source>
        <translation>应检核酸均已完成且为阴性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="33"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>No fever</source>
        <translation>无发热</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="34"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>No fever in the last 48 hours, read in the last 24</source>
        <translation>48小时内无发热，24小时内有测温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="37"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="38"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>Destination confirmed by the community</source>
        <translation>社区已核实居家条件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="41"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>No alerts</source>
        <translation>无异常</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="42"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="52"/>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="56"/>
        <source>No open alert</source>
        <translation>无待处置异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="67"/>
        <source>1 day overdue</source>
        <translation>超期1天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="68"/>
        <source>{n} days overdue</source>
        <translation>超期{n}天</translation>
    </message>
</context>
<context>
    <name>ReleasedModel</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="161"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="162"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="163"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="164"/>
        <source>Serial number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="165"/>
        <source>Released at</source>
        <translation>解除时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/model.py" line="166"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
</context>
<context>
    <name>ReleasesPanel</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="105"/>
        <source>Everyone due by this date (Ctrl+Left / Ctrl+Right for the day before / after)</source>
        <translation>截至此日期应解除的全部人员（Ctrl+← / Ctrl+→ 前一天 / 后一天）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="109"/>
        <source>Due b&amp;y</source>
        <translation>截至(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="111"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="112"/>
        <source>Back to today (Ctrl+Home)</source>
        <translation>回到今天（Ctrl+Home）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="118"/>
        <source>&amp;Destination check…</source>
        <translation>居家条件核实(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="119"/>
        <source>Record or change where the selected person goes and the community's answer (Ctrl+D)</source>
        <translation>登记或修改所选人员的去向及社区答复（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="122"/>
        <source>Community &amp;told…</source>
        <translation>已告知社区(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="123"/>
        <source>Record who at the street/community was told the release date and time (Ctrl+Shift+D)</source>
        <translation>登记街道/社区中被告知解除日期和时间的人员（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="126"/>
        <source>&amp;Approve release…</source>
        <translation>审批解除(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="127"/>
        <source>Release everyone due who meets every criterion, or only the selected (Ctrl+R)</source>
        <translation>解除全部符合条件的应解除人员，或仅解除所选人员（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="131"/>
        <source>Approve release of the selected…</source>
        <translation>审批解除所选人员…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="133"/>
        <source>Release only the selected people who meet every criterion</source>
        <translation>仅解除所选且符合全部条件的人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="136"/>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="152"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="137"/>
        <source>Show the handover forms of the selected people (Ctrl+P)</source>
        <translation>查看所选人员的交接单（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="140"/>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="155"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="141"/>
        <source>Print the handover forms of the selected people (Ctrl+Shift+P)</source>
        <translation>打印所选人员的交接单（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="144"/>
        <source>Save as PDF, one file per person…</source>
        <translation>存为 PDF，每人一个文件…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="145"/>
        <source>Write one PDF per selected person into a folder (Ctrl+S)</source>
        <translation>为每位所选人员在文件夹中生成一个 PDF（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="148"/>
        <source>Save as one PDF…</source>
        <translation>存为一个 PDF…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="149"/>
        <source>Write the selected people's forms into one PDF (Ctrl+Shift+S)</source>
        <translation>将所选人员的交接单合并为一个 PDF（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="153"/>
        <source>Show the release list of the date (Ctrl+Alt+P)</source>
        <translation>查看当日解除名单（Ctrl+Alt+P）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="156"/>
        <source>Print the release list of the date</source>
        <translation>打印当日解除名单</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="158"/>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="159"/>
        <source>Write the signed release list of the date as a PDF</source>
        <translation>将当日解除名单（含签字栏）存为 PDF</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="161"/>
        <source>Save as spreadsheet (.xlsx)…</source>
        <translation>存为表格（.xlsx）…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="162"/>
        <source>Write the release list of the date as an Excel file</source>
        <translation>将当日解除名单存为 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="183"/>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="453"/>
        <source>Handover forms</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="187"/>
        <source>Release list</source>
        <translation>解除名单</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="203"/>
        <source>Selected person</source>
        <translation>所选人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="327"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="329"/>
        <source>{n} due by {day}: &lt;b style='color:{ok}'&gt;{ready} ready&lt;/b&gt;, &lt;b style='color:{bad}'&gt;{waiting} not yet&lt;/b&gt;</source>
        <translation>截至 {day} 应解除 {n} 人：&lt;b style='color:{ok}'&gt;{ready} 人可解除&lt;/b&gt;，&lt;b style='color:{bad}'&gt;{waiting} 人尚不符合&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="334"/>
        <source>, &lt;b style='color:{warn}'&gt;{overdue} overdue&lt;/b&gt;</source>
        <translation>，&lt;b style='color:{warn}'&gt;{overdue} 人超期&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="337"/>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="557"/>
        <source>Nobody is due for release by {day}.</source>
        <translation>截至 {day} 无应解除人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="339"/>
        <source>Nobody in quarantine is due for release by {day}.
The tabs below show who is due next.</source>
        <translation>截至 {day} 无在隔人员应解除。
下方标签页显示之后应解除的人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="344"/>
        <source>Next {n} days ({days}): {count}</source>
        <translation>未来 {n} 天（{days}）：{count}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="346"/>
        <source>Nobody is due on {days}.</source>
        <translation>{days} 无应解除人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="348"/>
        <source>Released on {day}: {count}</source>
        <translation>{day} 已解除：{count}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="350"/>
        <source>Nobody was released on {day}.</source>
        <translation>{day} 无人解除。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="452"/>
        <source>Handover forms ({n})</source>
        <translation>交接单（{n}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="475"/>
        <source>{name} (room {room})</source>
        <translation>{name}（{room} 房间）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="476"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="509"/>
        <source>Destination check of {who} saved.</source>
        <translation>{who} 的居家条件核实已保存。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="534"/>
        <source>Noted that the community of {who} was told the release time.</source>
        <translation>已登记已告知 {who} 所属社区解除时间。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="555"/>
        <source>Nobody due by {date} can be released yet: {why}</source>
        <translation>截至 {date} 的应解除人员暂均不能解除：{why}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="585"/>
        <source>{who}: {why}</source>
        <translation>{who}：{why}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="592"/>
        <source>Released {n}: {names}. Their rooms await terminal disinfection; print their handover forms from the list below.</source>
        <translation>已解除 {n} 人：{names}。其房间待终末消毒；请在下方列表打印交接单。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="598"/>
        <source>Not released: {why}</source>
        <translation>未解除：{why}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="599"/>
        <source>{name}: {why}</source>
        <translation>{name}：{why}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/panel.py" line="613"/>
        <source>Select the people whose handover forms you need.</source>
        <translation>请选择需要交接单的人员。</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation type="vanished">截至(&amp;D)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}. Choose another folder or close the file where it is open.</source>
        <translation type="vanished">无法写入 {path}：{error}。请选择其他文件夹，或关闭已打开该文件的程序。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="vanished">Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for the handover forms</source>
        <translation type="vanished">交接单保存文件夹</translation>
    </message>
    <message>
        <source>Nobody selected can be released on {date}: {why}</source>
        <translation type="vanished">所选人员均不能在 {date} 解除：{why}</translation>
    </message>
    <message>
        <source>Not released yet, so marked as drafts without a serial number: {names}.</source>
        <translation type="vanished">尚未解除，故标为草稿且无编号：{names}。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="vanished">打印</translation>
    </message>
    <message>
        <source>Release list of {date} saved to {path}.</source>
        <translation type="vanished">{date} 的解除名单已保存到 {path}。</translation>
    </message>
    <message>
        <source>Release list {date}</source>
        <translation type="vanished">解除名单 {date}</translation>
    </message>
    <message>
        <source>Release the selected people who meet every criterion (Ctrl+R)</source>
        <translation type="vanished">解除所选且符合全部条件的人员（Ctrl+R）</translation>
    </message>
    <message>
        <source>Save the handover forms</source>
        <translation type="vanished">保存交接单</translation>
    </message>
    <message>
        <source>Save the release list</source>
        <translation type="vanished">保存解除名单</translation>
    </message>
    <message>
        <source>Saved {n} handover form(s) in {folder}.</source>
        <translation type="vanished">已在 {folder} 保存 {n} 份交接单。</translation>
    </message>
    <message>
        <source>Saved {n} handover form(s) to {path}.</source>
        <translation type="vanished">已将 {n} 份交接单保存到 {path}。</translation>
    </message>
    <message>
        <source>Select the people to release in the list first.</source>
        <translation type="vanished">请先在列表中选择要解除的人员。</translation>
    </message>
    <message>
        <source>Sent {n} page(s) to the printer.</source>
        <translation type="vanished">已发送 {n} 页到打印机。</translation>
    </message>
    <message>
        <source>Show the release list of the date (Ctrl+L)</source>
        <translation type="vanished">查看当日解除名单（Ctrl+L）</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job: check that it is on and try again.</source>
        <translation type="vanished">打印机 {printer} 未接受打印任务：请检查是否开机后重试。</translation>
    </message>
    <message>
        <source>handover-forms-{date}.pdf</source>
        <translation type="vanished">交接单-{date}.pdf</translation>
    </message>
    <message>
        <source>release-list-{date}</source>
        <translation type="vanished">解除名单-{date}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="61"/>
        <source>Find by sample number, name or room</source>
        <translation>按样本编号、姓名或房间号查找</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="72"/>
        <source>Sampled</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="73"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="74"/>
        <source>Guest</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="75"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="76"/>
        <source>Sample no.</source>
        <translation>样本编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="77"/>
        <source>Lab</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="87"/>
        <source>No sample is waiting for a result.</source>
        <translation>没有待出结果的样本。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="94"/>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="95"/>
        <source>Positive…</source>
        <translation>阳性…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="96"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="98"/>
        <source>{label}  ({key})</source>
        <translation>{label}  （{key}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="99"/>
        <source>Enter this result for the current sample: press {key} on the table</source>
        <translation>为当前样本录入此结果：在表格中按 {key}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="108"/>
        <source>All selected negative…</source>
        <translation>所选全部阴性…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="109"/>
        <source>Enter negative for every selected sample (Ctrl+Shift+N); select with Shift or Ctrl</source>
        <translation>为所选样本全部录入阴性（Ctrl+Shift+N）；用 Shift 或 Ctrl 多选</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="116"/>
        <source>N negative · P positive · I invalid, then the next sample is selected</source>
        <translation>N 阴性 · P 阳性 · I 无效，随后自动选中下一个样本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="148"/>
        <source>{n} samples awaiting results</source>
        <translation>{n} 个样本待出结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="149"/>
        <source>No results awaited</source>
        <translation>无待出结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="191"/>
        <source>{name} (room {room}), sample {no}</source>
        <translation>{name}（{room} 房间），样本 {no}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="203"/>
        <source>{result} entered for {who}.</source>
        <translation>已为 {who} 录入{result}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="217"/>
        <source>Select the samples first (Shift or Ctrl and click, or Ctrl+A for all).</source>
        <translation>请先选择样本（按住 Shift 或 Ctrl 点击，或 Ctrl+A 全选）。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="222"/>
        <source>All selected negative</source>
        <translation>所选全部阴性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="223"/>
        <source>Enter NEGATIVE for the {n} selected samples?</source>
        <translation>为所选 {n} 个样本录入“阴性”？</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="224"/>
        <source>Enter {n} negatives</source>
        <translation>录入 {n} 个阴性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/results.py" line="230"/>
        <source>{n} negative results entered.</source>
        <translation>已录入 {n} 个阴性结果。</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="108"/>
        <source>Take room {number} out of service</source>
        <translation>停用房间 {number}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="111"/>
        <source>e.g. heating broken, used as a store room</source>
        <translation>例如：暖气坏了、用作库房</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="114"/>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="115"/>
        <source>Take out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="118"/>
        <source>No one can be checked in to room {number} until it is back in service.</source>
        <translation>恢复使用前，房间 {number} 不能再安排入住。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="129"/>
        <source>Say why the room is out of service; its tile shows it.</source>
        <translation>请填写停用原因，房间卡片上会显示。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="25"/>
        <source>liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="25"/>
        <source>medical staff</source>
        <translation>医护</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/status.py" line="25"/>
        <source>point manager</source>
        <translation>点位长</translation>
    </message>
</context>
<context>
    <name>RoomBoardView</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="91"/>
        <source>Room board</source>
        <translation>房间看板</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="187"/>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="406"/>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="419"/>
        <source>day {n} of {m}</source>
        <translation>第{n}/{m}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="188"/>
        <source>day {first}–{last} of {m}</source>
        <translation>第{first}–{last}/{m}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="220"/>
        <source>Floor {floor}</source>
        <translation>{floor} 楼</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="239"/>
        <source>Rooms {n}</source>
        <translation>房间 {n}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="240"/>
        <source>Guests {n}</source>
        <translation>人员 {n}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="403"/>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="411"/>
        <source>Room {number}</source>
        <translation>{number} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="413"/>
        <source>{kind} room for {n}</source>
        <translation>{kind}（{n}人）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="420"/>
        <source>release {date}</source>
        <translation>解除 {date}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="422"/>
        <source>batch {batch}</source>
        <translation>批次 {batch}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="429"/>
        <source>(highest {t} °C in 48 h)</source>
        <translation>（48小时内最高 {t} °C）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="511"/>
        <source>for {n}</source>
        <translation>{n}人间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/board.py" line="528"/>
        <source>{name} +{more}</source>
        <translation>{name} +{more}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="71"/>
        <source>Room {number}</source>
        <translation>房间 {number}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="75"/>
        <source>shown on the room's tile</source>
        <translation>显示在房间卡片上</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="78"/>
        <source>&amp;Kind</source>
        <translation>房型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="79"/>
        <source>&amp;Beds</source>
        <translation>床位(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="80"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="81"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="83"/>
        <source>Floor {floor} · {state}</source>
        <translation>{floor} 层 · {state}</translation>
    </message>
</context>
<context>
    <name>RoomLabels</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="21"/>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="69"/>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="22"/>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="69"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="23"/>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="69"/>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="24"/>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="69"/>
        <source>Awaiting disinfection</source>
        <translation>待消毒</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="25"/>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="69"/>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="29"/>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="80"/>
        <source>single</source>
        <translation>单人间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="30"/>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="80"/>
        <source>double</source>
        <translation>双人间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="31"/>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="80"/>
        <source>family</source>
        <translation>家庭间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="46"/>
        <source>F</source>
        <translation>热</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="47"/>
        <source>fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="48"/>
        <source>P</source>
        <translation>阳</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="49"/>
        <source>positive result</source>
        <translation>阳性结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="51"/>
        <source>K</source>
        <translation>重</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="52"/>
        <source>key person</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="54"/>
        <source>R</source>
        <translation>解</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="55"/>
        <source>due for release</source>
        <translation>应解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="57"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/labels.py" line="58"/>
        <source>record incomplete</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <source>close contact</source>
        <translation type="vanished">密切接触者</translation>
    </message>
    <message>
        <source>from high-risk area</source>
        <translation type="vanished">高风险区人员</translation>
    </message>
    <message>
        <source>inbound traveller</source>
        <translation type="vanished">入境人员</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="vanished">其他</translation>
    </message>
    <message>
        <source>secondary close contact</source>
        <translation type="vanished">密接的密接</translation>
    </message>
</context>
<context>
    <name>RoomsPanel</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="119"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="122"/>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="124"/>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="139"/>
        <source>Rooms on the site:</source>
        <translation>本点房间：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="148"/>
        <source>Badges:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="164"/>
        <source>Arrows move between rooms · Enter or right-click: actions</source>
        <translation>方向键切换房间 · Enter 或右键：操作</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="196"/>
        <source>No rooms yet</source>
        <translation>还没有房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="202"/>
        <source>&amp;Add rooms in Settings…</source>
        <translation>到设置中添加房间(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="209"/>
        <source>Add the site's rooms in Settings › Rooms: ranges like 301-320 with their kind and beds. They appear here at once.</source>
        <translation>请在“设置 › 房间”中添加本隔离点的房间：可按号段（如 301-320）添加，并设定房型和床位。添加后会立即显示在这里。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="211"/>
        <source>Ask the point manager to add the site's rooms in Settings › Rooms.</source>
        <translation>请联系点位长在“设置 › 房间”中添加房间。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="259"/>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="261"/>
        <source>Floor {floor}</source>
        <translation>{floor} 楼</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="276"/>
        <source>No rooms match these filters.</source>
        <translation>没有符合筛选条件的房间。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="284"/>
        <source>Rooms shown {n} of {total}</source>
        <translation>显示房间 {n}/{total}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="286"/>
        <source>Guests {n}</source>
        <translation>人员 {n}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="289"/>
        <source>neighbours outlined {n}</source>
        <translation>已标出邻近 {n} 人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="307"/>
        <source>Quick check-in of a walk-in…</source>
        <translation>临时人员快速入住…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="309"/>
        <source>Check in an expected arrival…</source>
        <translation>为待入住人员办理入住…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="314"/>
        <source>Move {name} to another room…</source>
        <translation>为 {name} 调换房间…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="321"/>
        <source>Outline {name}'s neighbours</source>
        <translation>标出 {name} 的邻近人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="324"/>
        <source>Clear the outlines (Esc)</source>
        <translation>清除标记（Esc）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="328"/>
        <source>Open {name}'s record</source>
        <translation>打开 {name} 的档案</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="334"/>
        <source>Release {name}… (Releases panel)</source>
        <translation>解除 {name}…（解除隔离页面）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="344"/>
        <source>Mark disinfected (room becomes available)</source>
        <translation>标记已消毒（房间转为空闲）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="347"/>
        <source>Room {number} disinfected and available</source>
        <translation>{number} 房间已消毒，转为空闲</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="350"/>
        <source>Reserve</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="352"/>
        <source>Room {number} reserved</source>
        <translation>{number} 房间已预留</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="354"/>
        <source>Release the reservation</source>
        <translation>取消预留</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="356"/>
        <source>Room {number} is available again</source>
        <translation>{number} 房间已恢复空闲</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="359"/>
        <source>Take out of service…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="362"/>
        <source>Back in service</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="364"/>
        <source>Room {number} is back in service</source>
        <translation>{number} 房间已恢复使用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="369"/>
        <source>Room {number} — {state}</source>
        <translation>{number} 房间 — {state}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="378"/>
        <source>Nothing to do here for your role</source>
        <translation>您的角色在此无可用操作</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="418"/>
        <source>{name} checked in to room {room}; complete the record in Guests</source>
        <translation>{name} 已入住 {room} 房间；请在“隔离人员”中补全信息</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="438"/>
        <source>{name} checked in to room {room}</source>
        <translation>{name} 已入住 {room} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="442"/>
        <source>Check in to room {room}</source>
        <translation>入住 {room} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="443"/>
        <source>Who arrives in room {room}?</source>
        <translation>谁入住 {room} 房间？</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="444"/>
        <source>Check in</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="445"/>
        <source>No one is expected: arrivals announced by the command centre appear here.</source>
        <translation>暂无待入住人员：指挥部通知的待入住人员将显示在此。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="452"/>
        <source>Room {number}  ·  floor {floor}  ·  {kind} for {n}</source>
        <translation>{number} 房间  ·  {floor} 楼  ·  {kind}（{n}人）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="459"/>
        <source>{name} moved from room {old} to room {new}</source>
        <translation>{name} 已从 {old} 房间调至 {new} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="463"/>
        <source>Move {name}</source>
        <translation>为 {name} 调房</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="464"/>
        <source>Move {name} from room {room} to:</source>
        <translation>将 {name} 从 {room} 房间调至：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="466"/>
        <source>&amp;Reason (optional)</source>
        <translation>原因（选填）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="466"/>
        <source>Move</source>
        <translation>调房</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="467"/>
        <source>No room is free. Mark a room disinfected or bring one back into service first.</source>
        <translation>没有空闲房间。请先将房间标记为已消毒或恢复使用。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="482"/>
        <source>and {n} more</source>
        <translation>等另外 {n} 间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="483"/>
        <source>Neighbours of {name} in rooms {rooms} (guests: {n}). The Tests panel lists them for extra testing; Esc clears the outlines.</source>
        <translation>{name} 的邻近人员在 {rooms} 房间（共 {n} 人）。“检测”页面已列出供加测；按 Esc 清除标记。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="487"/>
        <source>{name} has no neighbours in quarantine.</source>
        <translation>{name} 附近无在隔人员。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="493"/>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="494"/>
        <source>Why is room {number} out of service? (shown on its tile)</source>
        <translation>{number} 房间停用原因？（显示在房间方块上）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/panel.py" line="500"/>
        <source>Room {number} is out of service</source>
        <translation>{number} 房间已停用</translation>
    </message>
    <message>
        <source>Neighbours of {name}: {n} guests in rooms {rooms}. The Tests panel lists them for extra testing; Esc clears the outlines.</source>
        <translation type="vanished">{name} 的邻近人员：{rooms} 房间共 {n} 人。“检测”页面已列出供加测；按 Esc 清除标记。</translation>
    </message>
    <message>
        <source>No rooms yet. Add them with: quarantine-desk rooms add 301-320</source>
        <translation type="vanished">尚无房间。可用命令添加：quarantine-desk rooms add 301-320</translation>
    </message>
    <message>
        <source>Open the Guests panel</source>
        <translation type="vanished">打开“隔离人员”页面</translation>
    </message>
    <message>
        <source>Release… (Releases panel)</source>
        <translation type="vanished">解除…（解除隔离页面）</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="154"/>
        <source>Rooms of the site</source>
        <translation>本隔离点的房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="156"/>
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="156"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="156"/>
        <source>Kind</source>
        <translation>房型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="156"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="157"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="157"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="164"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="166"/>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="271"/>
        <source>Take &amp;out of service…</source>
        <translation>停用(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="177"/>
        <source>Add rooms</source>
        <translation>添加房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="179"/>
        <source>Type room numbers and ranges, separated by commas. The floor is the number's hundreds unless you choose one.</source>
        <translation>输入房间号或号段，用逗号分隔。楼层默认取房号的百位，也可另选。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="183"/>
        <source>e.g. 301-320, 401</source>
        <translation>例如 301-320, 401</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="188"/>
        <source>from the number</source>
        <translation>按房号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="192"/>
        <source>Room &amp;numbers</source>
        <translation>房间号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="193"/>
        <source>&amp;Kind</source>
        <translation>房型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="194"/>
        <source>&amp;Beds each</source>
        <translation>每间床位(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="195"/>
        <source>F&amp;loor</source>
        <translation>楼层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="199"/>
        <source>&amp;Add the rooms</source>
        <translation>添加这些房间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="227"/>
        <source>{n} rooms on {floors} floor(s), {beds} beds</source>
        <translation>共 {n} 间房，{floors} 个楼层，{beds} 张床位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="230"/>
        <source> · {n} out of service</source>
        <translation> · 停用 {n} 间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="231"/>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="232"/>
        <source>No rooms yet: add the site's rooms with the form on the right.</source>
        <translation>还没有房间：请用右侧表单添加本隔离点的房间。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="270"/>
        <source>&amp;Back in service</source>
        <translation>恢复使用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="274"/>
        <source>Select one room to change its kind, beds or note, or to take it out of service.</source>
        <translation>选中一间房可修改房型、床位或备注，或将其停用。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="277"/>
        <source>Room {number} has guests in it: move them to another room or release them before taking it out of service.</source>
        <translation>房间 {number} 有人入住：请先将其调往其他房间或解除隔离，再停用该房间。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="305"/>
        <source>Nothing to add yet: type rooms like 301-320, 401.</source>
        <translation>尚未输入房间：请输入如 301-320, 401。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="308"/>
        <source>Already on the site or named twice: {rooms}</source>
        <translation>已存在或重复输入：{rooms}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="316"/>
        <source>Adds room {number} on floor {floor}.</source>
        <translation>将在 {floor} 层添加房间 {number}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="318"/>
        <source>Adds {n} rooms on floor {floors}: {first} … {last}.</source>
        <translation>将在 {floors} 层添加 {n} 间房：{first} … {last}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="320"/>
        <source>Adds {n} rooms on floors {floors}: {first} … {last}.</source>
        <translation>将在 {floors} 层添加 {n} 间房：{first} … {last}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="344"/>
        <source>Room {first} is added.</source>
        <translation>已添加房间 {first}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="345"/>
        <source>{n} rooms are added: {first} … {last}.</source>
        <translation>已添加 {n} 间房：{first} … {last}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="381"/>
        <source>Room {number} is saved.</source>
        <translation>房间 {number} 已保存。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="393"/>
        <source>Room {number} is back in service.</source>
        <translation>房间 {number} 已恢复使用。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/rooms.py" line="399"/>
        <source>Room {number} is out of service.</source>
        <translation>房间 {number} 已停用。</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="45"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="46"/>
        <source>Guest</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="47"/>
        <source>Last reading</source>
        <translation>最近体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="48"/>
        <source>Temperature °C</source>
        <translation>体温 °C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="49"/>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="179"/>
        <source>{celsius} °C · {time}</source>
        <translation>{celsius} °C · {time}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="188"/>
        <source>to measure</source>
        <translation>待测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="190"/>
        <source>FEVER (≥ {threshold} °C) · {time}</source>
        <translation>发热（≥ {threshold} °C）· {time}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="192"/>
        <source>taken {time}</source>
        <translation>测于 {time}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="230"/>
        <source>Type the right value and press Enter to correct this reading (it is voided with your reason)</source>
        <translation>输入正确数值后按 Enter 更正此体温（原记录按您填写的原因作废）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="232"/>
        <source>Type the temperature and press Enter (fever from {threshold} °C)</source>
        <translation>输入体温后按 Enter（≥ {threshold} °C 为发热）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/model.py" line="235"/>
        <source>Ticked: saved with the temperature</source>
        <translation>勾选：随体温一并保存</translation>
    </message>
</context>
<context>
    <name>RoundsSheet</name>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="76"/>
        <source>Current &amp;round</source>
        <translation>当前轮次(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="77"/>
        <source>Today's sheet for the time of day now</source>
        <translation>今天当前时段的测温表</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="80"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="82"/>
        <source>S&amp;lot</source>
        <translation>时段(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="118"/>
        <source>Symptoms…</source>
        <translation>症状…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="120"/>
        <source>Void reading…</source>
        <translation>作废体温…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="202"/>
        <source>Morning (before {time})</source>
        <translation>上午（{time}前）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="203"/>
        <source>Afternoon (from {time})</source>
        <translation>下午（{time}起）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="204"/>
        <source>Round {time} ({start}–{end})</source>
        <translation>{time} 测温（{start}–{end}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="279"/>
        <source>Nobody is housed in this slot</source>
        <translation>此时段无入住人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="281"/>
        <source>All {total} guests measured</source>
        <translation>全部 {total} 人已测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="283"/>
        <source>1 room still to measure</source>
        <translation>还有 1 间未测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="285"/>
        <source>{rooms} rooms still to measure</source>
        <translation>还有 {rooms} 间未测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="287"/>
        <source>{rooms} rooms ({guests} guests) still to measure</source>
        <translation>还有 {rooms} 间（{guests} 人）未测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="296"/>
        <source>Type the temperature and press Enter: it is saved at once and the cursor moves on (leaving the cell saves it too). S ticks symptoms first; type over a saved reading to correct it, or Delete to void it, with a reason. Enter on an empty cell skips the room.</source>
        <translation>输入体温后按 Enter：立即保存并跳到下一间（离开该格也会保存）。按 S 先勾选症状；在已存体温上直接输入可更正，按 Delete 可作废，均需填写原因。空格处按 Enter 跳过该房间。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="301"/>
        <source>Read only: temperatures are entered by medical staff.</source>
        <translation>只读：体温由医护人员录入。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="338"/>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="339"/>
        <source>Room {room} already has {old} °C: press Enter to correct it to {new} (you are asked for a reason), or Esc to leave it.</source>
        <translation>{room} 房间已有 {old} °C：按 Enter 更正为 {new}（需填写原因），或按 Esc 放弃。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="359"/>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="537"/>
        <source>Not saved — room {room}, {name}: {reason}</source>
        <translation>未保存 — {room} 房间，{name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="398"/>
        <source>Fever: room {room}, {name}, {celsius} °C (from {threshold} °C). A fever alert is open in Alerts.</source>
        <translation>发热：{room} 房间，{name}，{celsius} °C（≥ {threshold} °C）。已在“异常情况”中生成发热异常。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="408"/>
        <source>Saved: room {room}, {celsius} °C</source>
        <translation>已保存：{room} 房间，{celsius} °C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="418"/>
        <source>Round complete: every guest on this sheet is measured.</source>
        <translation>本轮完成：表上人员均已测温。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="455"/>
        <source>Symptoms are saved with the reading: void it (Delete) and type it again to correct them.</source>
        <translation>症状随体温保存：如需更正，请作废该体温（Delete）后重新录入。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="458"/>
        <source>room {room}, {name}</source>
        <translation>{room} 房间，{name}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="481"/>
        <source>Room {room} has no reading in this slot to void.</source>
        <translation>{room} 房间在此时段没有可作废的体温。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="485"/>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="491"/>
        <source>Void reading</source>
        <translation>作废体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="486"/>
        <source>Void {celsius} °C taken at {time} for room {room}, {name}? The reading stays on record as voided; type the right value afterwards.</source>
        <translation>作废 {room} 房间 {name} 于 {time} 测得的 {celsius} °C？该记录将保留并标为作废；之后请录入正确数值。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="491"/>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="550"/>
        <source>&amp;Reason (required)</source>
        <translation>原因（必填）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="492"/>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="551"/>
        <source>e.g. typing error, measured again</source>
        <translation>如：录入错误，已复测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="512"/>
        <source>Reading voided: type the right value and press Enter.</source>
        <translation>体温已作废：请输入正确数值后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="544"/>
        <source>Correct reading — room {room}, {name}</source>
        <translation>更正体温 — {room} 房间，{name}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="546"/>
        <source>Correct the reading of {old} °C at {time}? It is voided with your reason and {new} is recorded.</source>
        <translation>更正 {time} 测得的 {old} °C？原记录将按您填写的原因作废，并记录 {new}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="550"/>
        <source>Correct reading</source>
        <translation>更正体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="599"/>
        <source>{value} typed for room {room}, {name} is not saved.</source>
        <translation>为 {room} 房间 {name} 输入的 {value} 尚未保存。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="611"/>
        <source>Temperature not saved</source>
        <translation>体温未保存</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/rounds.py" line="615"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Afternoon (from 12:00)</source>
        <translation type="vanished">下午（12:00起）</translation>
    </message>
    <message>
        <source>Morning (before 12:00)</source>
        <translation type="vanished">上午（12:00前）</translation>
    </message>
    <message>
        <source>Type the temperature and press Enter: it is saved at once and the cursor moves on. S ticks symptoms first; Delete voids a saved reading with a reason. Enter on an empty cell skips the room.</source>
        <translation type="vanished">输入体温后按 Enter：立即保存并跳到下一间。按 S 先勾选症状；按 Delete 填写原因作废已存体温。空格处按 Enter 跳过该房间。</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <location filename="../../quarantine_desk/ui/tests/common.py" line="49"/>
        <source>new sample</source>
        <translation>新样本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/common.py" line="51"/>
        <source>pending</source>
        <translation>待出</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/common.py" line="52"/>
        <source>negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/common.py" line="53"/>
        <source>POSITIVE</source>
        <translation>阳性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/common.py" line="54"/>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/common.py" line="70"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/sheet.py" line="28"/>
        <source>collection-sheet-{date}.pdf</source>
        <translation>采样单-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/sheet.py" line="42"/>
        <source>Collection sheet {date}</source>
        <translation>采样单 {date}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/sheet.py" line="49"/>
        <source>Print the collection sheet</source>
        <translation>打印采样单</translation>
    </message>
    <message>
        <source>Antigen</source>
        <translation type="vanished">抗原</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation type="vanished">核酸</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/common.py" line="37"/>
        <location filename="../../quarantine_desk/ui/settings/common.py" line="53"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/common.py" line="38"/>
        <location filename="../../quarantine_desk/ui/settings/common.py" line="53"/>
        <source>home health monitoring</source>
        <translation>居家健康监测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/common.py" line="39"/>
        <location filename="../../quarantine_desk/ui/settings/common.py" line="53"/>
        <source>home isolation</source>
        <translation>居家隔离</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="39"/>
        <source>Site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="40"/>
        <source>Policy</source>
        <translation>隔离规则</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="41"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="42"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="43"/>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="44"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="74"/>
        <source>Rooms {numbers} are typed but not added yet.</source>
        <translation>已输入房间 {numbers}，但尚未添加。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="75"/>
        <source>Add them</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="77"/>
        <source>The site's details are changed but not saved.</source>
        <translation>隔离点信息已修改，尚未保存。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="78"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="79"/>
        <source>A new account is typed but not added.</source>
        <translation>新账号已填写，尚未添加。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="80"/>
        <source>Add it</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/panel.py" line="103"/>
        <source>Not saved</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Rooms not added</source>
        <translation type="vanished">房间尚未添加</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="34"/>
        <source>Switch user — Quarantine Desk</source>
        <translation>换班 — 隔离点工作台</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="35"/>
        <source>Sign in — Quarantine Desk</source>
        <translation>登录 — 隔离点工作台</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="37"/>
        <source>Quarantine Desk</source>
        <translation>隔离点工作台</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="40"/>
        <source>The next person signs in with their own account.</source>
        <translation>接班人员请用自己的账户登录。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="41"/>
        <source>Quarantine Desk · sign in to continue</source>
        <translation>隔离点工作台 · 请登录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="46"/>
        <source>your staff account</source>
        <translation>您的工作人员账户</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="51"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="52"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="56"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="57"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/signin.py" line="89"/>
        <source>Type your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation type="vanished">数据库：{db}</translation>
    </message>
</context>
<context>
    <name>SiteTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="27"/>
        <source>The site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="30"/>
        <source>Printed on handover forms and release lists and at the head of the daily report: write them as the command centre does.</source>
        <translation>打印在交接单、解除名单和日报抬头：请按指挥部的写法填写。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="33"/>
        <source>e.g. 城东集中隔离医学观察点</source>
        <translation>如 城东集中隔离医学观察点</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="36"/>
        <source>the command centre's number for the site</source>
        <translation>指挥部为本点编的号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="38"/>
        <source>the number guests and communities call</source>
        <translation>隔离人员和社区拨打的电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="43"/>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="44"/>
        <source>The window's language from the next sign-in, and whether handover forms carry English labels beside the Chinese.</source>
        <translation>下次登录起窗口使用的语言，以及交接单是否在中文旁加注英文。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="48"/>
        <source>Site &amp;name</source>
        <translation>隔离点名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="49"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="50"/>
        <source>Site &amp;code</source>
        <translation>隔离点编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="51"/>
        <source>Duty &amp;phone</source>
        <translation>值班电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="52"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="54"/>
        <source>&amp;Save the site's details</source>
        <translation>保存隔离点信息(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/site.py" line="100"/>
        <source>The site's details are saved.</source>
        <translation>隔离点信息已保存。</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="89"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="90"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="90"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="91"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="91"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="92"/>
        <source>On duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="95"/>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="175"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="97"/>
        <source>Reset the pass&amp;word…</source>
        <translation>重置密码(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="99"/>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="179"/>
        <source>On d&amp;uty</source>
        <translation>设为值班(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="100"/>
        <source>The overview lists the doctors and nurses on duty with their phone numbers.</source>
        <translation>总览会列出值班的医生和护士及其电话。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="113"/>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="116"/>
        <source>letters and digits, e.g. zhang.wei</source>
        <translation>字母和数字，如 zhang.wei</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="126"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="127"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="128"/>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="129"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="130"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="131"/>
        <source>Repe&amp;at it</source>
        <translation>再次输入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="133"/>
        <source>Add the a&amp;ccount</source>
        <translation>添加账户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="160"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="160"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="161"/>
        <source>  (you)</source>
        <translation>  （本人）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="162"/>
        <source>on duty</source>
        <translation>值班中</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="174"/>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="178"/>
        <source>Off d&amp;uty</source>
        <translation>取消值班(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="183"/>
        <source>Select an account to mark it on or off duty, deactivate it or reset its password.</source>
        <translation>选择一个账号，可设为值班或取消值班、停用账号或重置密码。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="186"/>
        <source>This is your own account: another manager deactivates it if needed.</source>
        <translation>这是您本人的账户：如需停用，请由另一位点位长操作。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="209"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次密码不一致：请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="221"/>
        <source>Account {user} is added.</source>
        <translation>已添加账户 {user}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="235"/>
        <source>{user} can sign in again.</source>
        <translation>{user} 已可重新登录。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="236"/>
        <source>{user} can no longer sign in.</source>
        <translation>{user} 已不能登录。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="245"/>
        <source>{user} is on duty.</source>
        <translation>{user} 已设为值班。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="246"/>
        <source>{user} is off duty.</source>
        <translation>{user} 已取消值班。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/settings/staff.py" line="267"/>
        <source>The password of {user} is reset.</source>
        <translation>{user} 的密码已重置。</translation>
    </message>
    <message>
        <source>Select an account to deactivate it or reset its password.</source>
        <translation type="vanished">选择账户以停用或重置密码。</translation>
    </message>
</context>
<context>
    <name>StayTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="39"/>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="40"/>
        <source>Read-only: stay details are kept by the liaison officers.</source>
        <translation>只读：隔离记录由联络员维护。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="42"/>
        <source>Period</source>
        <translation>隔离期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="43"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="44"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="45"/>
        <source>Arrival</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="46"/>
        <source>Day</source>
        <translation>第几天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="47"/>
        <source>Basis date</source>
        <translation>起算日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="48"/>
        <source>Planned release</source>
        <translation>计划解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="49"/>
        <source>Then at home</source>
        <translation>之后居家</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="50"/>
        <source>Policy</source>
        <translation>隔离规则</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="51"/>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="52"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="53"/>
        <source>Last exposure</source>
        <translation>末次暴露</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="55"/>
        <source>unknown: the period counts from arrival</source>
        <translation>不详：隔离期自入住起算</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="58"/>
        <source>Transfer batch</source>
        <translation>转运批次</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="59"/>
        <source>Origin</source>
        <translation>来源地</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="60"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="62"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="63"/>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="65"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="66"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="67"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="68"/>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="68"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="69"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="73"/>
        <source>Other stays at this site</source>
        <translation>在本点的其他隔离记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="83"/>
        <source>Stay</source>
        <translation>隔离记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="94"/>
        <source>expected {when}</source>
        <translation>预计 {when}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="96"/>
        <source>day {n} of {m}</source>
        <translation>第{n}/{m}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="100"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="102"/>
        <source>nothing follows</source>
        <translation>无后续管理</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="104"/>
        <source>{when}: {reason}</source>
        <translation>{when}：{reason}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="110"/>
        <source>The stay has ended: its dates no longer change.</source>
        <translation>隔离已结束：日期不再变动。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="117"/>
        <source>{start} – {end}: {category}, {status}</source>
        <translation>{start} – {end}：{category}，{status}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="122"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="127"/>
        <source>{date} (last exposure)</source>
        <translation>{date}（末次暴露）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="128"/>
        <source>{date} (arrival)</source>
        <translation>{date}（入住）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="139"/>
        <source>longer than {n} characters</source>
        <translation>超过 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="154"/>
        <source>{date} is in the future: check the date</source>
        <translation>{date} 是将来的日期：请核对</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="158"/>
        <source>the period would end on {release}, before the arrival on {arrival}: check the date</source>
        <translation>隔离期将于 {release} 结束，早于 {arrival} 入住：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_stay.py" line="167"/>
        <source>after saving: day 0 is {basis}, planned release {release}</source>
        <translation>保存后：第0天为 {basis}，计划解除 {release}</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>cough</source>
        <translation type="vanished">咳嗽</translation>
    </message>
    <message>
        <source>diarrhoea</source>
        <translation type="vanished">腹泻</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation type="vanished">乏力</translation>
    </message>
    <message>
        <source>loss of smell or taste</source>
        <translation type="vanished">嗅觉或味觉减退</translation>
    </message>
    <message>
        <source>sore throat</source>
        <translation type="vanished">咽痛</translation>
    </message>
</context>
<context>
    <name>SymptomsDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/symptoms.py" line="45"/>
        <source>Symptoms — {who}</source>
        <translation>症状 — {who}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/symptoms.py" line="48"/>
        <source>Symptoms of {who}</source>
        <translation>{who} 的症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/symptoms.py" line="51"/>
        <source>Number keys tick and untick, 0 clears; Enter keeps them for the temperature you type next.</source>
        <translation>数字键勾选/取消，0 清空；Enter 保留，随接下来录入的体温保存。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/symptoms.py" line="65"/>
        <source>&amp;{number}  other:</source>
        <translation>&amp;{number}  其他：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/symptoms.py" line="66"/>
        <source>Other:</source>
        <translation>其他：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/symptoms.py" line="68"/>
        <source>what else the guest reports</source>
        <translation>隔离人员自述的其他情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/symptoms.py" line="92"/>
        <source>other symptom</source>
        <translation>其他症状</translation>
    </message>
</context>
<context>
    <name>TemperaturesPanel</name>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/panel.py" line="24"/>
        <source>Rounds &amp;sheet</source>
        <translation>测温表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/temperatures/panel.py" line="25"/>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TemperaturesTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="53"/>
        <source>Taken at</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="54"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="56"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="57"/>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="59"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="60"/>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="78"/>
        <source>Temperatures</source>
        <translation>体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="129"/>
        <source>fever {t:.1f} °C</source>
        <translation>发热 {t:.1f} °C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="162"/>
        <source>{when} by {who}: {why}</source>
        <translation>{when} {who}：{why}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="173"/>
        <source>No temperature readings yet.</source>
        <translation>暂无体温记录。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="178"/>
        <source>{n} readings</source>
        <translation>{n} 次测温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="180"/>
        <source>highest {c:.1f} °C on {when}</source>
        <translation>最高 {c:.1f} °C（{when}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="182"/>
        <source>{n} at or above {t:.1f} °C</source>
        <translation>{n} 次 ≥ {t:.1f} °C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_temperatures.py" line="184"/>
        <source>{n} voided</source>
        <translation>{n} 次作废</translation>
    </message>
</context>
<context>
    <name>TestsPanel</name>
    <message>
        <location filename="../../quarantine_desk/ui/tests/panel.py" line="32"/>
        <source>&amp;Sampling</source>
        <translation>采样(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/panel.py" line="39"/>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/panel.py" line="40"/>
        <source>&amp;Lab file</source>
        <translation>结果文件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/panel.py" line="60"/>
        <source>&amp;Sampling ({n} to go)</source>
        <translation>采样（剩 {n} 人）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/tests/panel.py" line="62"/>
        <source>&amp;Results ({n} awaited)</source>
        <translation>结果（待出 {n}）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TestsTab</name>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="48"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="49"/>
        <source>Due</source>
        <translation>应检日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="50"/>
        <source>Sample no.</source>
        <translation>样本编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="51"/>
        <source>Sampled</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="52"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="55"/>
        <source>Ct ORF1ab / N</source>
        <translation>Ct ORF1ab / N</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="56"/>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="57"/>
        <source>Lab</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="58"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="63"/>
        <source>Required by the policy</source>
        <translation>规则要求</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="70"/>
        <source>Tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="88"/>
        <source>No tests required.</source>
        <translation>无需检测。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="97"/>
        <source>not sampled</source>
        <translation>未采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="99"/>
        <source>due today</source>
        <translation>今日应检</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/guests/tab_tests.py" line="101"/>
        <source>to come</source>
        <translation>待检</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="79"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="101"/>
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="104"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/releases/destination.py" line="105"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="38"/>
        <location filename="../../quarantine_desk/services/release.py" line="172"/>
        <source>fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="38"/>
        <location filename="../../quarantine_desk/services/release.py" line="172"/>
        <source>positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="38"/>
        <location filename="../../quarantine_desk/services/release.py" line="172"/>
        <source>symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="70"/>
        <source>there is no alert {id}</source>
        <translation>没有编号为 {id} 的异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="289"/>
        <source>alert {id} is already resolved: nothing more can be done on it</source>
        <translation>异常情况 {id} 已处置完毕：不能再操作</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="306"/>
        <source>write the note to add to the alert</source>
        <translation>请填写要添加到异常情况的备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="323"/>
        <source>escalate to command_centre or hospital, not '{to}'</source>
        <translation>上报对象应为 command_centre 或 hospital，而不是“{to}”</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="357"/>
        <source>write how the alert was resolved before closing it</source>
        <translation>关闭前请填写异常情况的处置结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="373"/>
        <source>write the transfer details (hospital, vehicle, time) before confirming</source>
        <translation>确认前请填写转运详情（医院、车辆、时间）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="379"/>
        <source>this guest is not in quarantine here ({status})</source>
        <translation>此人不在本点隔离（{status}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alerts.py" line="397"/>
        <source>transferred to hospital: {note}</source>
        <translation>已转运医院：{note}</translation>
    </message>
</context>
<context>
    <name>arrivals</name>
    <message>
        <location filename="../../quarantine_desk/services/arrivals.py" line="86"/>
        <source>{column}: {problem}</source>
        <translation>{column}：{problem}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/arrivals.py" line="97"/>
        <source>name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/arrivals.py" line="102"/>
        <source>ID number was saved as a number in Excel and lost its last digits: format the 证件号码 column as text and type the number again</source>
        <translation>证件号码在 Excel 中被存为数字，末几位已丢失：请将“证件号码”列设为文本格式后重新输入</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/arrivals.py" line="107"/>
        <source>ID number is missing</source>
        <translation>缺少证件号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/arrivals.py" line="110"/>
        <source>category is missing</source>
        <translation>缺少人员类别</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/arrivals.py" line="139"/>
        <source>{file} has no column {columns}: add it to the header row</source>
        <translation>{file} 缺少 {columns} 列：请在表头行中添加</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>close contact</source>
        <translation type="vanished">密切接触者</translation>
    </message>
    <message>
        <source>from high-risk area</source>
        <translation type="vanished">高风险区人员</translation>
    </message>
    <message>
        <source>inbound traveller</source>
        <translation type="vanished">入境人员</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="vanished">其他</translation>
    </message>
    <message>
        <source>secondary close contact</source>
        <translation type="vanished">密接的密接</translation>
    </message>
    <message>
        <source>入境人员</source>
        <translation type="vanished">入境人员</translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="vanished">其他</translation>
    </message>
    <message>
        <source>密切接触者</source>
        <translation type="vanished">密切接触者</translation>
    </message>
    <message>
        <source>密接的密接</source>
        <translation type="vanished">密接的密接</translation>
    </message>
    <message>
        <source>高风险区人员</source>
        <translation type="vanished">高风险区人员</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="130"/>
        <source>name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="233"/>
        <source>ID number {number} appears twice in the list (row {row})</source>
        <translation>证件号码 {number} 在名单中重复（第 {row} 行）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="252"/>
        <source>{column}: {problem}</source>
        <translation>{column}：{problem}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="257"/>
        <source>the policy in force ({policy}) does not manage {category} at a site</source>
        <translation>现行规则（{policy}）不对{category}实行集中隔离</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="263"/>
        <source>{name} ({number}) is already registered here</source>
        <translation>{name}（{number}）已在本点登记</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="368"/>
        <source>room {number} does not exist</source>
        <translation>{number} 房间不存在</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="371"/>
        <source>room {number} is {state}</source>
        <translation>{number} 房间{state}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="375"/>
        <source>room {number} holds {cap}, not {n}</source>
        <translation>{number} 房间可住 {cap} 人，不能住 {n} 人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="379"/>
        <source>room {number} is occupied</source>
        <translation>{number} 房间已有人入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="461"/>
        <location filename="../../quarantine_desk/services/checkin.py" line="540"/>
        <source>no free room left</source>
        <translation>没有空余房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="530"/>
        <source>this person is not an expected arrival</source>
        <translation>此人不是待入住人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="562"/>
        <source>only an expected arrival can be cancelled</source>
        <translation>只能取消待入住人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="564"/>
        <source>give a reason for cancelling</source>
        <translation>请填写取消原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="583"/>
        <source>only a guest in quarantine can be moved</source>
        <translation>只能为在隔人员调房</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/checkin.py" line="587"/>
        <source>the guest is already in room {number}</source>
        <translation>此人已在 {number} 房间</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../quarantine_desk/cli/commands/arrivals.py" line="55"/>
        <source>dry run, nothing written: {n} arrival(s) from {file} would be checked in</source>
        <translation>试运行，未写入：{file} 中将有 {n} 人入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/arrivals.py" line="58"/>
        <source>checked in {n} arrival(s) from {file}</source>
        <translation>已从 {file} 办理 {n} 人入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/arrivals.py" line="61"/>
        <location filename="../../quarantine_desk/cli/commands/medical.py" line="61"/>
        <source>skipped {n} row(s):</source>
        <translation>跳过 {n} 行：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/arrivals.py" line="63"/>
        <location filename="../../quarantine_desk/cli/commands/medical.py" line="63"/>
        <source>  row {row}: {reason}</source>
        <translation>  第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/audit.py" line="47"/>
        <source>--until {until} is before --since {since}</source>
        <translation>--until {until} 早于 --since {since}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/audit.py" line="57"/>
        <source>{n} audit events written to {path}</source>
        <translation>已将 {n} 条审计记录写入 {path}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/audit.py" line="64"/>
        <source>no audit events match</source>
        <translation>没有符合条件的审计记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/demo.py" line="43"/>
        <source>Entering the site's past: {done} of {total} stays ({seconds:.0f} s)</source>
        <translation>正在录入隔离点的既往记录：{done} / {total} 人次（{seconds:.0f} 秒）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/demo.py" line="60"/>
        <source>Demo site made in {target}: {rooms} rooms, {guests} guests in quarantine.</source>
        <translation>已在 {target} 生成演示隔离点：{rooms} 个房间，在隔 {guests} 人。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/demo.py" line="63"/>
        <source>Staff accounts (demo passwords; change them before real use):</source>
        <translation>工作人员账户（演示密码，正式使用前请修改）：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/demo.py" line="64"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/demo.py" line="64"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/demo.py" line="64"/>
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/gui.py" line="154"/>
        <source>set {env} to the password of '{user}' to time the start of the window</source>
        <translation>请将 {env} 设为“{user}”的密码，以便测量窗口启动时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="48"/>
        <source>backup list takes no --to: it lists the site's backup folder</source>
        <translation>backup list 不接受 --to：它列出本点的备份文件夹</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="53"/>
        <source>folder {folder} does not exist: choose an existing folder</source>
        <translation>文件夹 {folder} 不存在：请选择已有的文件夹</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="58"/>
        <source>backup written to {path} ({kb} KB)</source>
        <translation>备份已写入 {path}（{kb} KB）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="69"/>
        <source>no backup of this database yet</source>
        <translation>此数据库还没有备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="74"/>
        <source>NOT WHOLE</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="74"/>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="75"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="75"/>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="100"/>
        <source>Replace {db} with {backup}? A safety copy of the current database is kept. [y/N] </source>
        <translation>用 {backup} 替换 {db}？将保留当前数据库的安全副本。[y/N] </translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="103"/>
        <source>restore cancelled; nothing was changed</source>
        <translation>已取消恢复；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="105"/>
        <source>restored {db} from {backup}</source>
        <translation>已从 {backup} 恢复 {db}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="107"/>
        <source>the database it replaced is kept in {path}</source>
        <translation>被替换的数据库保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="116"/>
        <source>no problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/maintenance.py" line="126"/>
        <source>restored {backup} into {db}</source>
        <translation>已将 {backup} 恢复到 {db}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/medical.py" line="42"/>
        <source>readings</source>
        <translation>条体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/medical.py" line="46"/>
        <source>results</source>
        <translation>条结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/medical.py" line="58"/>
        <source>imported {n} {what} from {file}</source>
        <translation>已从 {file} 导入 {n} {what}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/policy.py" line="67"/>
        <source>unknown preset '{name}': choose {choices}</source>
        <translation>未知的预设方案“{name}”：请选择 {choices}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/policy.py" line="68"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/policy.py" line="86"/>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/policy.py" line="86"/>
        <source>not yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/policy.py" line="87"/>
        <source>{n} stay(s)</source>
        <translation>{n} 人在隔</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/policy.py" line="107"/>
        <source>'{name}' written to {path}</source>
        <translation>“{name}”已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/policy.py" line="122"/>
        <source>'{name}' is adopted, in force from {day}</source>
        <translation>已启用“{name}”，自 {day} 起生效</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/policy.py" line="125"/>
        <source>{n} stay(s) in quarantine would change under it; they keep their rules until you re-apply it in the window (Settings › Policy)</source>
        <translation>在隔的 {n} 人将受其影响；在窗口中（设置 › 隔离规则）重新应用之前，他们仍按原规则执行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="118"/>
        <source>{path} exists: add --force to replace it</source>
        <translation>{path} 已存在：加 --force 可替换它</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="121"/>
        <source>cannot write {path}: it is a folder, give a file name</source>
        <translation>无法写入 {path}：这是一个文件夹，请给出文件名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="124"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="127"/>
        <source>cannot write {path}: no permission to write in {folder}</source>
        <translation>无法写入 {path}：没有在 {folder} 中写入的权限</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="130"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="176"/>
        <source>destination of {name} recorded: {community} {address}</source>
        <translation>已登记 {name} 的去向：{community} {address}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="206"/>
        <source>release list for {date}: {n} due, {ok} eligible</source>
        <translation>{date} 解除名单：应解除 {n} 人，符合条件 {ok} 人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="209"/>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="210"/>
        <source> ({n} day(s) overdue)</source>
        <translation>（超期 {n} 天）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="223"/>
        <source>cannot record a release at {when}: that moment has not come yet</source>
        <translation>不能登记 {when} 的解除：这一时刻还没有到</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="250"/>
        <source>released {name} ({id}), room {room}, serial {serial}</source>
        <translation>已解除 {name}（{id}），{room} 房间，编号 {serial}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="258"/>
        <source>quarantine-desk: not released: {who}: {reasons}</source>
        <translation>quarantine-desk：未解除：{who}：{reasons}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="281"/>
        <source>{path} is a file: give a folder or a .pdf for several forms</source>
        <translation>{path} 是文件：多份交接单请指定文件夹或 .pdf 文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/release.py" line="288"/>
        <source>draft (not released yet): {names}</source>
        <translation>草稿（尚未解除）：{names}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/rooms.py" line="69"/>
        <source>added {n} {kind} room(s) on floor(s) {floors}: {first} … {last}</source>
        <translation>已在 {floors} 楼添加 {n} 间{kind}：{first} … {last}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/rooms.py" line="83"/>
        <source>floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/rooms.py" line="105"/>
        <source>room {number} is now {state}</source>
        <translation>{number} 房间现为{state}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/site.py" line="59"/>
        <source>nothing to change: give --name, --address, --phone, --code or --language</source>
        <translation>没有要修改的内容：请给出 --name、--address、--phone、--code 或 --language</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/site.py" line="64"/>
        <source>the site's details are saved: {name}</source>
        <translation>隔离点信息已保存：{name}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/site.py" line="73"/>
        <source>no site is set up yet: set it with site set --name NAME</source>
        <translation>尚未设置隔离点：请用 site set --name 名称 设置</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/site.py" line="75"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/site.py" line="75"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/site.py" line="76"/>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/site.py" line="76"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/site.py" line="77"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="66"/>
        <source>New password for {user}: </source>
        <translation>{user} 的新密码：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="68"/>
        <source>give the new password of {user} in {env} or run at a terminal</source>
        <translation>请在 {env} 中给出 {user} 的新密码，或在终端中运行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="70"/>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="71"/>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="87"/>
        <source>created {role} account '{user}'</source>
        <translation>已创建 {role} 账号“{user}”</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="100"/>
        <source>  (inactive)</source>
        <translation>  （已停用）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="101"/>
        <source>  (on duty)</source>
        <translation>  （值班中）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="111"/>
        <source>{user} is off duty</source>
        <translation>{user} 已取消值班</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="111"/>
        <source>{user} is on duty</source>
        <translation>{user} 已设为值班</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="124"/>
        <source>new password set for '{user}'</source>
        <translation>已为“{user}”设置新密码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="132"/>
        <source>'{user}' is active: it can sign in</source>
        <translation>“{user}”已启用：可以登录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/staff.py" line="133"/>
        <source>'{user}' is deactivated: it can no longer sign in</source>
        <translation>“{user}”已停用：不能再登录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="38"/>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="40"/>
        <source>available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="38"/>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="40"/>
        <source>awaiting disinfection</source>
        <translation>待消毒</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="38"/>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="40"/>
        <source>guests in quarantine</source>
        <translation>在隔人数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="38"/>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="40"/>
        <source>occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="38"/>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="40"/>
        <source>out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="38"/>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="40"/>
        <source>reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="38"/>
        <location filename="../../quarantine_desk/cli/commands/vacancy.py" line="40"/>
        <source>rooms</source>
        <translation>房间总数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/context.py" line="77"/>
        <source>this database has staff accounts: give yours with --user NAME and its password in {env} or at a terminal</source>
        <translation>此数据库已有工作人员账号：请用 --user 用户名 指明您的账号，并在 {env} 中给出其密码或在终端输入</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/context.py" line="82"/>
        <source>--user is empty: give the name of your staff account</source>
        <translation>--user 为空：请给出您的工作人员账号名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/context.py" line="85"/>
        <source>Password of {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/context.py" line="87"/>
        <source>give the password of {user} in {env} or run at a terminal</source>
        <translation>请在 {env} 中给出 {user} 的密码，或在终端中运行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/main.py" line="93"/>
        <source>unexpected error ({error}); this is a fault in Quarantine Desk</source>
        <translation>意外错误（{error}）；这是隔离点工作台的程序故障</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/cli/main.py" line="95"/>
        <source>unexpected error ({error}); this is a fault in Quarantine Desk: the details are in {log}, please send them to whoever looks after the desk</source>
        <translation>意外错误（{error}）；这是隔离点工作台的程序故障：详情见 {log}，请发给负责维护工作台的人员</translation>
    </message>
</context>
<context>
    <name>criteria</name>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="98"/>
        <source>quarantine period not over: release date {release} ({days} more day(s))</source>
        <translation>隔离期未满：解除日期 {release}（还有 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="151"/>
        <source>{label} {kind} ({date}) not sampled</source>
        <translation>{label}{kind}（{date}）未采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="153"/>
        <source>{label} {kind} ({date}) invalid: take a new sample</source>
        <translation>{label}{kind}（{date}）结果无效：请重新采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="155"/>
        <source>{label} {kind} ({date}) has no result</source>
        <translation>{label}{kind}（{date}）尚无结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="162"/>
        <source>{label} {kind} ({date}) sampled late, at {when}</source>
        <translation>{label}{kind}（{date}）为补采，采样时间 {when}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="169"/>
        <source>{kind} positive, sampled {when}</source>
        <translation>{kind}阳性，采样于 {when}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="173"/>
        <source>{kind} positive at {when} without a later negative {final}</source>
        <translation>{when} {kind}阳性，其后无{final}阴性结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="177"/>
        <source>the latest {kind} is not negative</source>
        <translation>最近一次{kind}不是阴性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="189"/>
        <source>fever {celsius:.1f} °C at {when}</source>
        <translation>{when} 发热 {celsius:.1f} °C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="196"/>
        <source>no temperature reading in the {hours} hours before {when}</source>
        <translation>{when} 前{hours}小时内无体温记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="205"/>
        <source>no destination recorded</source>
        <translation>未登记去向</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="207"/>
        <source>community has not confirmed the home</source>
        <translation>社区尚未核实居家条件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="209"/>
        <source>community found the home unsuitable</source>
        <translation>社区核实居所不符合条件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/criteria.py" line="217"/>
        <source>{n} open alert(s): {kinds}</source>
        <translation>{n} 条异常情况未处置：{kinds}</translation>
    </message>
    <message>
        <source>PCR positive, sampled {when}</source>
        <translation type="vanished">核酸阳性，采样于 {when}</translation>
    </message>
    <message>
        <source>antigen positive at {when} without a later negative PCR</source>
        <translation type="vanished">{when} 抗原阳性，其后无核酸阴性结果</translation>
    </message>
    <message>
        <source>no temperature reading in the 24 hours before {when}</source>
        <translation type="vanished">{when} 前24小时内无体温记录</translation>
    </message>
    <message>
        <source>the latest PCR is not negative</source>
        <translation type="vanished">最近一次核酸不是阴性</translation>
    </message>
    <message>
        <source>{label} PCR ({date}) has no result</source>
        <translation type="vanished">{label}核酸（{date}）尚无结果</translation>
    </message>
    <message>
        <source>{label} PCR ({date}) invalid: take a new sample</source>
        <translation type="vanished">{label}核酸（{date}）结果无效：请重新采样</translation>
    </message>
    <message>
        <source>{label} PCR ({date}) not sampled</source>
        <translation type="vanished">{label}核酸（{date}）未采样</translation>
    </message>
    <message>
        <source>{label} PCR ({date}) sampled late, at {when}</source>
        <translation type="vanished">{label}核酸（{date}）为补采，采样时间 {when}</translation>
    </message>
</context>
<context>
    <name>daily_report</name>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="246"/>
        <source>{category}{n}人</source>
        <translation>{category}{n}人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="250"/>
        <source>（其中{parts}）</source>
        <translation>（其中{parts}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="250"/>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="258"/>
        <source>或</source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="264"/>
        <source>（未设置隔离点名称）</source>
        <translation>（未设置隔离点名称）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="265"/>
        <source>，预留{n}间</source>
        <translation>，预留{n}间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="267"/>
        <source>【隔离点日报】{site}</source>
        <translation>【隔离点日报】{site}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="268"/>
        <source>报告时间：{year}年{month}月{day}日{hour}时</source>
        <translation>报告时间：{year}年{month}月{day}日{hour}时</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="270"/>
        <source>统计日期：{year}年{month}月{day}日</source>
        <translation>统计日期：{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="272"/>
        <source>一、房间：共{total}间，已使用{occupied}间，空余{available}间，待终末消毒{awaiting}间，停用{out}间{reserved}。</source>
        <translation>一、房间：共{total}间，已使用{occupied}间，空余{available}间，待终末消毒{awaiting}间，停用{out}间{reserved}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="277"/>
        <source>其中{n}间当时的状态无法从操作记录还原，未计入以上各项。</source>
        <translation>其中{n}间当时的状态无法从操作记录还原，未计入以上各项。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="279"/>
        <source>二、尚在集中隔离医学观察{n}人{breakdown}。</source>
        <translation>二、尚在集中隔离医学观察{n}人{breakdown}。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="282"/>
        <source>三、当日新入住{arrivals}人，尚在转运途中{expected}人。</source>
        <translation>三、当日新入住{arrivals}人，尚在转运途中{expected}人。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="284"/>
        <source>四、当日解除集中隔离医学观察{released}人，明日计划解除{tomorrow}人。</source>
        <translation>四、当日解除集中隔离医学观察{released}人，明日计划解除{tomorrow}人。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="286"/>
        <source>五、当日发热{fevers}人，{kinds}检测阳性{positives}人，未处置完毕的异常情况{alerts}起。</source>
        <translation>五、当日发热{fevers}人，{kinds}检测阳性{positives}人，未处置完毕的异常情况{alerts}起。</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/daily_report.py" line="290"/>
        <source>六、累计接收隔离人员{admitted}人，累计解除集中隔离医学观察{released}人。</source>
        <translation>六、累计接收隔离人员{admitted}人，累计解除集中隔离医学观察{released}人。</translation>
    </message>
    <message>
        <source>五、当日发热{fevers}人，核酸或抗原检测阳性{positives}人，未处置完毕的异常情况{alerts}起。</source>
        <translation type="vanished">五、当日发热{fevers}人，核酸或抗原检测阳性{positives}人，未处置完毕的异常情况{alerts}起。</translation>
    </message>
    <message>
        <source>入境人员</source>
        <translation type="vanished">入境人员</translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="vanished">其他</translation>
    </message>
    <message>
        <source>密切接触者</source>
        <translation type="vanished">密切接触者</translation>
    </message>
    <message>
        <source>密接的密接</source>
        <translation type="vanished">密接的密接</translation>
    </message>
    <message>
        <source>高风险区人员</source>
        <translation type="vanished">高风险区人员</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../quarantine_desk/cli/commands/gui.py" line="180"/>
        <source>Demo database, made-up people. Accounts:
{accounts}</source>
        <translation>演示数据库，人员均为虚构。账户：
{accounts}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/demo/arrivals.py" line="101"/>
        <source>the demo cannot place its guests ({reason}): give about as many rooms as guests</source>
        <translation>演示无法安排人员入住（{reason}）：房间数应与人数相当</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/demo/player.py" line="68"/>
        <source>the demo needs between {low} and {high} rooms, not {n}</source>
        <translation>演示需要 {low} 至 {high} 个房间，而不是 {n} 个</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/demo/player.py" line="71"/>
        <source>the demo needs between {low} and {high} guests, not {n}</source>
        <translation>演示需要 {low} 至 {high} 名人员，而不是 {n} 名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/demo/player.py" line="74"/>
        <source>a demo with more guests than rooms needs at least {n} rooms: the guests beyond the rooms' number become the site's past</source>
        <translation>人数多于房间数的演示至少需要 {n} 间房：超出房间数的人员将成为隔离点的既往记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/demo/player.py" line="81"/>
        <source>the database is not empty; use --db with a new file</source>
        <translation>数据库不是空的；请用 --db 指定新文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/demo/player.py" line="122"/>
        <source>{rooms} rooms would take {years} years to have held {guests} guests: give about {needed} rooms for a past of a year</source>
        <translation>{rooms} 间房要 {years} 年才能接待 {guests} 人：若要一年的既往记录，请给约 {needed} 间房</translation>
    </message>
</context>
<context>
    <name>destinations</name>
    <message>
        <location filename="../../quarantine_desk/services/destinations.py" line="93"/>
        <source>stay {id} is {status}: its destination can no longer change</source>
        <translation>隔离记录 {id} {status}：去向不能再修改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/destinations.py" line="134"/>
        <source>name the receiving community (or the authority the person is handed to)</source>
        <translation>请填写接收社区（或移交的单位）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/destinations.py" line="137"/>
        <source>the destination address is missing: type the home address</source>
        <translation>缺少去向地址：请填写居家地址</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/destinations.py" line="140"/>
        <source>say who verified the destination (the community worker's name)</source>
        <translation>请填写核实人（社区工作人员姓名）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/destinations.py" line="144"/>
        <source>the verification time {when} is in the future: check the date</source>
        <translation>核实时间 {when} 是将来的时间：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/destinations.py" line="186"/>
        <source>record the destination of stay {id} before noting who was told</source>
        <translation>登记告知人之前，请先登记隔离记录 {id} 的去向</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/destinations.py" line="192"/>
        <source>say who was told the release date and time</source>
        <translation>请填写被告知解除日期和时间的人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/destinations.py" line="196"/>
        <source>the notification time {when} is in the future: check the date</source>
        <translation>告知时间 {when} 是将来的时间：请核对日期</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../quarantine_desk/ui/rooms/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="35"/>
        <source>another desk is writing to the database {db}: try again in a moment</source>
        <translation>另一台工作台正在写入数据库 {db}：请稍后再试</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="38"/>
        <source>the database {db} is read-only (a read-only disk, or no permission to write it): this command changes it, so run it where the file can be written</source>
        <translation>数据库 {db} 是只读的（磁盘只读或没有写入权限）：此命令会修改数据库，请在可写入该文件的地方运行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="42"/>
        <source>the disk holding {db} is full: free some space and try again; nothing was saved</source>
        <translation>{db} 所在的磁盘已满：请腾出空间后重试；未保存任何内容</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="45"/>
        <source>the disk holding {db} failed to read or write ({reason}): check the disk, then run quarantine-desk check</source>
        <translation>{db} 所在的磁盘读写出错（{reason}）：请检查磁盘，然后运行 quarantine-desk check</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="48"/>
        <source>cannot open the database {db}: check --db and the folder's permissions</source>
        <translation>无法打开数据库 {db}：请检查 --db 和文件夹权限</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="60"/>
        <source>the disk is full ({path}): free some space and try again</source>
        <translation>磁盘已满（{path}）：请腾出空间后重试</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="62"/>
        <source>{path} is on a read-only disk: choose a writable place</source>
        <translation>{path} 位于只读磁盘：请选择可写的位置</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="64"/>
        <source>no permission to use {path}: choose another place or ask whoever owns it</source>
        <translation>无权使用 {path}：请选择其他位置，或联系其所有者</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="67"/>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} 是文件夹：请给出文件名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="69"/>
        <source>{path} does not exist: check the name</source>
        <translation>{path} 不存在：请检查名称</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="70"/>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="85"/>
        <source>the database server failed ({reason}): check that it is running and try again</source>
        <translation>数据库服务器出错（{reason}）：请确认服务器在运行后重试</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/failures.py" line="92"/>
        <source>the input ended before an answer was given: run the command at a terminal or give the answer beforehand</source>
        <translation>输入在作答前已结束：请在终端中运行此命令，或事先给出答案</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../quarantine_desk/services/first_run.py" line="38"/>
        <source>enter a username for the point manager, e.g. zhang.wei</source>
        <translation>请输入点位长的用户名，例如 zhang.wei</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <location filename="../../quarantine_desk/ui/common/fonts.py" line="35"/>
        <source>cannot load the font {path}: reinstall Quarantine Desk</source>
        <translation>无法加载字体 {path}：请重新安装隔离点工作台</translation>
    </message>
</context>
<context>
    <name>guests</name>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="72"/>
        <source>cannot edit {fields}: editable are {allowed}</source>
        <translation>不能修改 {fields}：可修改的是 {allowed}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="81"/>
        <source>{what} was changed by someone else meanwhile: compare their version with yours and save again</source>
        <translation>{what}期间已被他人修改：请对比双方版本后重新保存</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="126"/>
        <source>{field} is longer than {n} characters</source>
        <translation>{field}超过 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="155"/>
        <source>{field} must be yes or no</source>
        <translation>{field}只能为是或否</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="172"/>
        <source>name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="173"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="185"/>
        <source>ID number {number} already belongs to {name}</source>
        <translation>证件号码 {number} 已属于 {name}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="200"/>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="209"/>
        <source>home address</source>
        <translation>居家地址</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="209"/>
        <source>work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="210"/>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="262"/>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="322"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="214"/>
        <source>incomplete</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="222"/>
        <source>there is no guest {id}</source>
        <translation>没有编号为 {id} 的人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="234"/>
        <source>the record of {name}</source>
        <translation>{name} 的档案</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="257"/>
        <source>conditions</source>
        <translation>基础疾病</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="260"/>
        <source>allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="260"/>
        <source>medication</source>
        <translation>用药</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="261"/>
        <source>needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="261"/>
        <source>psychological state</source>
        <translation>心理状态</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="266"/>
        <source>pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="275"/>
        <source>vaccination doses must be a number</source>
        <translation>疫苗剂次必须是数字</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="278"/>
        <location filename="../../quarantine_desk/services/rounds_bulk.py" line="239"/>
        <source>vaccination doses must be between 0 and {n}</source>
        <translation>疫苗剂次应在 0 至 {n} 之间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="293"/>
        <source>the health record of {name}</source>
        <translation>{name} 的健康档案</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="298"/>
        <source>{what} was removed meanwhile: open it again</source>
        <translation>{what}期间已被删除：请重新打开</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="321"/>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="321"/>
        <source>origin</source>
        <translation>来源地</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="322"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="329"/>
        <source>last exposure date</source>
        <translation>末次暴露日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="332"/>
        <source>the stay has ended ({status}): its dates can no longer change</source>
        <translation>隔离已结束（{status}）：日期不能再修改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="343"/>
        <source>last exposure {date} would end the period on {release}, before the arrival on {arrival}: check the date</source>
        <translation>末次暴露 {date} 将使隔离期于 {release} 结束，早于 {arrival} 入住：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_editing.py" line="361"/>
        <source>the stay of {name}</source>
        <translation>{name} 的隔离记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/guest_search.py" line="203"/>
        <source>unknown status '{status}'</source>
        <translation>未知状态“{status}”</translation>
    </message>
    <message>
        <source>birth date {date} is not possible: check the year</source>
        <translation type="vanished">出生日期 {date} 不可能：请核对年份</translation>
    </message>
    <message>
        <source>last exposure {date} is in the future: check the date</source>
        <translation type="vanished">末次暴露 {date} 是将来的日期：请核对</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../quarantine_desk/domain/identity.py" line="47"/>
        <source>old 15-digit resident ID: enter the 18-digit number</source>
        <translation>旧版15位身份证号：请填写18位身份证号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/identity.py" line="51"/>
        <source>resident ID must have 18 characters, not {n}: check the number</source>
        <translation>身份证号应为18位，而不是 {n} 位：请核对号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/identity.py" line="57"/>
        <source>resident ID must be 17 digits followed by a digit or X</source>
        <translation>身份证号应为17位数字加1位数字或X</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/identity.py" line="62"/>
        <source>resident ID check digit is {got}, should be {want}: check the number</source>
        <translation>身份证号校验码为 {got}，应为 {want}：请核对号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/identity.py" line="75"/>
        <source>resident ID holds no valid birth date ({digits})</source>
        <translation>身份证号中的出生日期无效（{digits}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/identity.py" line="106"/>
        <source>ID number is missing</source>
        <translation>缺少证件号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/identity.py" line="111"/>
        <source>document number must be 5 to 20 letters or digits</source>
        <translation>证件号码应为5至20位字母或数字</translation>
    </message>
    <message>
        <source>resident ID must have 18 characters, not {n}</source>
        <translation type="vanished">身份证号应为18位，而不是 {n} 位</translation>
    </message>
</context>
<context>
    <name>idle</name>
    <message>
        <location filename="../../quarantine_desk/ui/shell/idle.py" line="38"/>
        <source>{var} must be a number of minutes (0 turns the idle lock off), not '{value}'</source>
        <translation>{var} 应为分钟数（0 表示关闭自动锁定），而不是“{value}”</translation>
    </message>
</context>
<context>
    <name>key_persons</name>
    <message>
        <location filename="../../quarantine_desk/domain/key_persons.py" line="33"/>
        <source>aged {age}</source>
        <translation>{age}岁</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/key_persons.py" line="35"/>
        <source>child, aged {age}</source>
        <translation>儿童，{age}岁</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/key_persons.py" line="38"/>
        <source>pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/key_persons.py" line="111"/>
        <source>write how the guest is (a few words) before saving the call</source>
        <translation>保存随访前请简要填写人员状况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/key_persons.py" line="115"/>
        <source>{name} is not in quarantine here ({status})</source>
        <translation>{name} 不在本点隔离（{status}）</translation>
    </message>
</context>
<context>
    <name>labtests</name>
    <message>
        <location filename="../../quarantine_desk/services/alert_text.py" line="38"/>
        <source>{kind} positive, sampled {day}</source>
        <translation>{kind}阳性，采样于 {day}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alert_text.py" line="41"/>
        <source>, sample {no}</source>
        <translation>，样本 {no}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alert_text.py" line="43"/>
        <source> (Ct ORF1ab {orf}, N {n})</source>
        <translation>（Ct ORF1ab {orf}，N {n}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="70"/>
        <source>there is no test {id}</source>
        <translation>没有编号为 {id} 的检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="144"/>
        <source>{problem} (the rules of this stay: {policy})</source>
        <translation>{problem}（本次隔离适用的规则：{policy}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="191"/>
        <source>extra</source>
        <translation>加测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="241"/>
        <location filename="../../quarantine_desk/services/results_batch.py" line="176"/>
        <source>{name} is not in quarantine here ({status}): no sample can be recorded</source>
        <translation>{name} 不在本点隔离（{status}）：不能登记采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="282"/>
        <location filename="../../quarantine_desk/services/results_batch.py" line="183"/>
        <source>sample number {no} is already recorded ({name}, {day}): check the tube label</source>
        <translation>样本编号 {no} 已登记（{name}，{day}）：请核对试管标签</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="322"/>
        <source>Ct {name} = {value} is outside {low}–{high}: check the lab report</source>
        <translation>Ct {name} = {value} 超出 {low}–{high}：请核对检测报告</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="335"/>
        <location filename="../../quarantine_desk/services/labtests.py" line="370"/>
        <source>enter the result as negative, positive or invalid</source>
        <translation>结果请录入阴性、阳性或无效</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="338"/>
        <source>test {id} has not been sampled yet: record the sample first</source>
        <translation>检测 {id} 尚未采样：请先登记采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="347"/>
        <source>the report date {reported} is before the sampling date {sampled}</source>
        <translation>报告日期 {reported} 早于采样日期 {sampled}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="442"/>
        <source>select the tests to enter the result for</source>
        <translation>请选择要录入结果的检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="485"/>
        <source>same room</source>
        <translation>同室</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="486"/>
        <source>near room {room} on floor {floor}</source>
        <translation>{floor} 楼 {room} 房间附近</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="492"/>
        <source>same transfer batch {batch}</source>
        <translation>同一转运批次 {batch}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="517"/>
        <source>give the reason for the extra tests</source>
        <translation>请填写加测原因</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="520"/>
        <source>{day} has passed: schedule extra tests for today or later</source>
        <translation>{day} 已过：加测请安排在今天或之后</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="525"/>
        <source>select the guests to test</source>
        <translation>请选择要检测的人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/labtests.py" line="531"/>
        <source>{name} is not in quarantine here ({status})</source>
        <translation>{name} 不在本点隔离（{status}）</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation type="vanished">核酸</translation>
    </message>
    <message>
        <source>antigen</source>
        <translation type="vanished">抗原</translation>
    </message>
    <message>
        <source>the sampling time {time} is in the future: check the date</source>
        <translation type="vanished">采样时间 {time} 是将来的时间：请核对日期</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../quarantine_desk/domain/text.py" line="83"/>
        <source>en</source>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <location filename="../../quarantine_desk/services/backup_folder.py" line="75"/>
        <location filename="../../quarantine_desk/services/maintenance.py" line="99"/>
        <source>folder {folder} does not exist: choose an existing folder</source>
        <translation>文件夹 {folder} 不存在：请选择已有的文件夹</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/backup_folder.py" line="78"/>
        <source>cannot write in {folder}: choose a folder you may write in</source>
        <translation>无法在 {folder} 中写入：请选择有写入权限的文件夹</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/integrity.py" line="33"/>
        <source>stay {id} ({name}) has {n} readings at {time}: void all but one</source>
        <translation>{name}（入住记录 {id}）在 {time} 有 {n} 条体温记录：只保留一条，其余作废</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/integrity.py" line="43"/>
        <source>sample number {no} is on {n} tests</source>
        <translation>样本编号 {no} 出现在 {n} 条检测记录上</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="79"/>
        <source>this works on SQLite files only: a PostgreSQL server is backed up with pg_dump (the backup command runs it)</source>
        <translation>此操作仅适用于 SQLite 文件：PostgreSQL 服务器用 pg_dump 备份（backup 命令会运行它）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="105"/>
        <source>{path} already exists: choose another name</source>
        <translation>{path} 已存在：请换一个名称</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="207"/>
        <source>cannot write the backup {path} ({reason}): choose a writable place with free space; no backup was written</source>
        <translation>无法写入备份 {path}（{reason}）：请选择可写且有剩余空间的位置；未写入任何备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="211"/>
        <location filename="../../quarantine_desk/services/maintenance.py" line="254"/>
        <source>no backup was written: {damage}</source>
        <translation>未写入备份：{damage}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="235"/>
        <source>the backup {path} does not match the database (table {table}: {copied} rows in the copy, {n} in the database); no backup was written</source>
        <translation>备份 {path} 与数据库不一致（表 {table}：副本中 {copied} 行，数据库中 {n} 行）；未写入备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="279"/>
        <source>the database {db} is damaged ({problem}) and no sound backup of it is in {folder}: keep the file as it is and restore a backup kept elsewhere with quarantine-desk --db {db} restore PATH</source>
        <translation>数据库 {db} 已损坏（{problem}），且 {folder} 中没有它的完好备份：请保持该文件原样，并用 quarantine-desk --db {db} restore PATH 恢复存放在别处的备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="283"/>
        <source>the database {db} is damaged ({problem}): restore the newest sound backup with quarantine-desk --db {db} restore {backup}</source>
        <translation>数据库 {db} 已损坏（{problem}）：请用 quarantine-desk --db {db} restore {backup} 恢复最新的完好备份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="297"/>
        <location filename="../../quarantine_desk/services/pg_backup.py" line="75"/>
        <source>{path} is not a file: give the path of a backup</source>
        <translation>{path} 不是文件：请指定备份文件路径</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="298"/>
        <source>{path} is not a Quarantine Desk database; nothing was changed</source>
        <translation>{path} 不是隔离点工作台数据库；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="313"/>
        <source>{path} fails the integrity check ({problem}); nothing was changed</source>
        <translation>{path} 未通过完整性检查（{problem}）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="321"/>
        <source>{path} was made by a newer version of Quarantine Desk (schema {rev}): update the application first; nothing was changed</source>
        <translation>{path} 由较新版本的隔离点工作台生成（结构 {rev}）：请先升级程序；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="378"/>
        <source>{path} is the database itself: choose a backup file</source>
        <translation>{path} 就是当前数据库：请选择备份文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="451"/>
        <source>{table} row {rowid} points to a missing {parent} row</source>
        <translation>{table} 第 {rowid} 行指向不存在的 {parent} 行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="474"/>
        <source>stay {id} ({name}) is in quarantine with {n} open room assignments instead of one: put them in one room</source>
        <translation>隔离记录 {id}（{name}）在隔但同时占用 {n} 个房间：请安排到一个房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="486"/>
        <source>stay {id} ({name}) is {status} but still holds room {room}: end that room assignment</source>
        <translation>隔离记录 {id}（{name}）{status}，但仍占用 {room} 房间：请结束该房间安排</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="494"/>
        <source>release serial {serial} is used by {n} stays</source>
        <translation>解除编号 {serial} 被 {n} 条隔离记录使用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="511"/>
        <source>room {room} holds {n} guests but has room for {cap}</source>
        <translation>{room} 房间住了 {n} 人，但只能住 {cap} 人</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="514"/>
        <source>room {room} has {n} guest(s) but is marked {state}</source>
        <translation>{room} 房间有 {n} 人入住，但标记为{state}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/maintenance.py" line="518"/>
        <source>room {room} is marked occupied but nobody is in it: mark it awaiting disinfection</source>
        <translation>{room} 房间标记为已入住但无人：请标记为待消毒</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/pg_backup.py" line="39"/>
        <source>{tool} is not installed on this desk: install the PostgreSQL client tools (on Debian: sudo apt-get install postgresql-client) and try again</source>
        <translation>本机未安装 {tool}：请安装 PostgreSQL 客户端工具（Debian：sudo apt-get install postgresql-client）后重试</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/pg_backup.py" line="61"/>
        <source>{tool} could not be run ({reason})</source>
        <translation>无法运行 {tool}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/pg_backup.py" line="65"/>
        <source>exit status {code}</source>
        <translation>退出状态 {code}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/pg_backup.py" line="66"/>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/pg_backup.py" line="79"/>
        <source>{path} is not a sound PostgreSQL backup ({reason}); nothing was changed</source>
        <translation>{path} 不是完好的 PostgreSQL 备份（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/pg_backup.py" line="124"/>
        <source>{db} is not empty: a PostgreSQL backup is restored into a new, empty database (createdb NAME, then --db with its URL); nothing was changed</source>
        <translation>{db} 不是空数据库：PostgreSQL 备份须恢复到新建的空数据库（先 createdb 名称，再用 --db 指定其 URL）；未做任何更改</translation>
    </message>
    <message>
        <source>backup and restore work on SQLite files only: for a PostgreSQL server use pg_dump and pg_restore</source>
        <translation type="vanished">备份和恢复仅适用于 SQLite 文件：PostgreSQL 服务器请使用 pg_dump 和 pg_restore</translation>
    </message>
    <message>
        <source>integrity check: {problem}</source>
        <translation type="vanished">完整性检查：{problem}</translation>
    </message>
</context>
<context>
    <name>medical_import</name>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="90"/>
        <source>{a} or {b}</source>
        <translation>{a}或{b}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="94"/>
        <source>{file} has no column {columns}: add it to the header row</source>
        <translation>{file} 缺少 {columns} 列：请在表头行中添加</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="103"/>
        <source>{what} is missing</source>
        <translation>缺少{what}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="107"/>
        <source>{what}: {error}</source>
        <translation>{what}：{error}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="125"/>
        <source>the temperature is missing</source>
        <translation>缺少体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="128"/>
        <source>measuring time</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="131"/>
        <source>neither an ID number nor a room is given</source>
        <translation>既无证件号码也无房间号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="200"/>
        <source>Ct value: {problem}</source>
        <translation>Ct 值：{problem}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="208"/>
        <source>sampling time</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/medical_import.py" line="210"/>
        <source>report time</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/results_batch.py" line="151"/>
        <source>sample {no} belongs to {name}, not to ID number {number}</source>
        <translation>样本 {no} 属于 {name}，不属于证件号码 {number}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/results_batch.py" line="155"/>
        <source>unknown sample number {no} and no ID number given</source>
        <translation>未知样本编号 {no}，且未提供证件号码</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/results_batch.py" line="159"/>
        <source>neither an ID number nor a sample number is given</source>
        <translation>既无证件号码也无样本编号</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/results_batch.py" line="206"/>
        <source>{problem} (the rules of this stay: {policy})</source>
        <translation>{problem}（本次隔离适用的规则：{policy}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/results_batch.py" line="219"/>
        <source>sample {no} is a {recorded} test, the file says {given}</source>
        <translation>样本 {no} 登记为{recorded}检测，文件中为{given}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/results_batch.py" line="225"/>
        <source>the test kind is missing: write pcr/核酸 or antigen/抗原</source>
        <translation>缺少检测类型：请填写 pcr/核酸 或 antigen/抗原</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/results_batch.py" line="227"/>
        <source>sampling time is missing</source>
        <translation>缺少采样时间</translation>
    </message>
    <message>
        <source>Ct value '{text}' is not a number</source>
        <translation type="vanished">Ct 值“{text}”不是数字</translation>
    </message>
</context>
<context>
    <name>paperwork</name>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="129"/>
        <source>检测</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="223"/>
        <source>草稿（未解除）-{stay}</source>
        <translation>草稿（未解除）-{stay}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="227"/>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="227"/>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="230"/>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="230"/>
        <source>护照</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="230"/>
        <source>港澳通行证</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="230"/>
        <source>身份证</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="245"/>
        <source>待出</source>
        <translation>待出</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="245"/>
        <source>无效</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="245"/>
        <source>阳性</source>
        <translation>阳性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="245"/>
        <source>阴性</source>
        <translation>阴性</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="280"/>
        <source>居家第{k}天</source>
        <translation>居家第{k}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="287"/>
        <source>居家健康监测</source>
        <translation>居家健康监测</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="287"/>
        <source>居家隔离</source>
        <translation>居家隔离</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="298"/>
        <source>居家期间尽量单独居住，与同住人员保持距离，不共用生活用品</source>
        <translation>居家期间尽量单独居住，与同住人员保持距离，不共用生活用品</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="298"/>
        <source>居家隔离期间不得外出，单人单间居住，不接待来访</source>
        <translation>居家隔离期间不得外出，单人单间居住，不接待来访</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="298"/>
        <source>每日早、晚各测量一次体温，如实向社区报告体温和健康状况</source>
        <translation>每日早、晚各测量一次体温，如实向社区报告体温和健康状况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="298"/>
        <source>除就医等必要情况外不外出；确需外出时全程做好个人防护，不乘坐公共交通工具，不前往人员密集场所</source>
        <translation>除就医等必要情况外不外出；确需外出时全程做好个人防护，不乘坐公共交通工具，不前往人员密集场所</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="301"/>
        <source>于{days}配合社区完成上门{kind}采样</source>
        <translation>于{days}配合社区完成上门{kind}采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="302"/>
        <source>配合社区按时完成上门{kind}采样</source>
        <translation>配合社区按时完成上门{kind}采样</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="336"/>
        <source>入境人员：个人信息推送至目的地{province}</source>
        <translation>入境人员：个人信息推送至目的地{province}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/paperwork.py" line="337"/>
        <source>入境人员：个人信息推送至目的地省份</source>
        <translation>入境人员：个人信息推送至目的地省份</translation>
    </message>
    <message>
        <source>于{days}配合社区完成上门核酸采样</source>
        <translation type="vanished">于{days}配合社区完成上门核酸采样</translation>
    </message>
    <message>
        <source>入境人员</source>
        <translation type="vanished">入境人员</translation>
    </message>
    <message>
        <source>密切接触者</source>
        <translation type="vanished">密切接触者</translation>
    </message>
    <message>
        <source>密接的密接</source>
        <translation type="vanished">密接的密接</translation>
    </message>
    <message>
        <source>居家隔离医学观察</source>
        <translation type="vanished">居家隔离医学观察</translation>
    </message>
    <message>
        <source>抗原</source>
        <translation type="vanished">抗原</translation>
    </message>
    <message>
        <source>核酸</source>
        <translation type="vanished">核酸</translation>
    </message>
    <message>
        <source>配合社区按时完成上门核酸采样</source>
        <translation type="vanished">配合社区按时完成上门核酸采样</translation>
    </message>
    <message>
        <source>高风险区人员</source>
        <translation type="vanished">高风险区人员</translation>
    </message>
</context>
<context>
    <name>parsing</name>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="122"/>
        <source>the name contains {char}, which is not a letter: check the name</source>
        <translation>姓名中含有 {char}，它不是文字：请核对姓名</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="139"/>
        <source>date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="145"/>
        <source>cannot read '{text}' as a date: write it like 2022-04-07</source>
        <translation>无法将“{text}”识别为日期：请写成 2022-04-07 的格式</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="154"/>
        <source>'{text}' is not a real date or time</source>
        <translation>“{text}”不是有效的日期或时间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="165"/>
        <source>number {n} is not a date</source>
        <translation>数字 {n} 不是日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="182"/>
        <source>phone number '{text}' has {n} digits</source>
        <translation>电话号码“{text}”有 {n} 位</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="223"/>
        <location filename="../../quarantine_desk/domain/parsing.py" line="269"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="224"/>
        <source>unknown category '{text}': use {names}</source>
        <translation>未知的人员类别“{text}”：请用 {names}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="238"/>
        <source>unknown sex '{text}': use 男 or 女</source>
        <translation>未知性别“{text}”：请填 男 或 女</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="255"/>
        <source>unknown ID type '{text}': use 身份证, 护照, 港澳通行证 or 其他</source>
        <translation>未知证件类型“{text}”：请使用 身份证、护照、港澳通行证 或 其他</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="270"/>
        <source>unknown test kind '{text}': use {kinds}</source>
        <translation>未知的检测种类“{text}”：请用 {kinds}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="271"/>
        <source>none (the policy has no tests)</source>
        <translation>无（该政策不设检测）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="286"/>
        <source>unknown result '{text}': use negative/阴性, positive/阳性, invalid/无效 or pending/待出</source>
        <translation>未知结果“{text}”：请使用 negative/阴性、positive/阳性、invalid/无效 或 pending/待出</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="317"/>
        <source>'{text}' is ambiguous: write the decimal point as a dot (25.3) and no thousands separator</source>
        <translation>“{text}”有歧义：小数点请写作“.”（如 25.3），不要用千位分隔符</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="321"/>
        <source>'{text}' is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="339"/>
        <source>'{text}' is not a temperature</source>
        <translation>“{text}”不是体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="343"/>
        <source>{value} °C is outside {low}–{high} °C: probably a typing error</source>
        <translation>{value} °C 超出 {low}–{high} °C：可能是输入错误</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="364"/>
        <source>room range '{text}' is not valid</source>
        <translation>房间范围“{text}”无效</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/parsing.py" line="371"/>
        <source>room '{text}' should look like 301 or 301-320</source>
        <translation>房间“{text}”应写成 301 或 301-320</translation>
    </message>
    <message>
        <source>unknown category '{text}': use 密切接触者, 密接的密接, 入境人员, 高风险区人员 or 其他</source>
        <translation type="vanished">未知人员类别“{text}”：请使用 密切接触者、密接的密接、入境人员、高风险区人员 或 其他</translation>
    </message>
    <message>
        <source>unknown test kind '{text}': use pcr/核酸 or antigen/抗原</source>
        <translation type="vanished">未知检测类型“{text}”：请使用 pcr/核酸 或 antigen/抗原</translation>
    </message>
    <message>
        <source>{value} °C is outside 34.0–43.0 °C: probably a typing error</source>
        <translation type="vanished">{value} °C 超出 34.0–43.0 °C：可能是录入错误</translation>
    </message>
</context>
<context>
    <name>past_stays</name>
    <message>
        <location filename="../../quarantine_desk/services/past_stays.py" line="149"/>
        <source>past stay of {name} ({id_number}): {reason}</source>
        <translation>{name}（{id_number}）的既往隔离记录：{reason}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/past_stays.py" line="156"/>
        <source>arrival, release and disinfection must follow each other and be in the past</source>
        <translation>入住、解除和消毒时间须依次先后，且均在过去</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/past_stays.py" line="160"/>
        <source>a reading or sample lies outside the stay</source>
        <translation>有体温或采样时间不在隔离期内</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/past_stays.py" line="162"/>
        <source>a result is reported before its sample or in the future</source>
        <translation>有检测结果的报告时间早于采样或在将来</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/past_stays.py" line="172"/>
        <source>room {number} does not exist</source>
        <translation>房间 {number} 不存在</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/past_stays.py" line="181"/>
        <source>the batch names this person twice</source>
        <translation>本批记录中此人出现了两次</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/past_stays.py" line="188"/>
        <source>this person is already recorded</source>
        <translation>此人已有记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/past_stays.py" line="221"/>
        <source>room {number} would hold more guests than its {beds} beds</source>
        <translation>房间 {number} 的入住人数将超过其 {beds} 个床位</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="61"/>
        <source>{user} ({role}) may not {action}</source>
        <translation>{user}（{role}）无权{action}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="63"/>
        <source>liaison</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="63"/>
        <source>manager</source>
        <translation>点位长</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="63"/>
        <source>medical</source>
        <translation>医护人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>back up or restore the database</source>
        <translation>备份或恢复数据库</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>change rooms</source>
        <translation>修改房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>change the quarantine policy</source>
        <translation>修改隔离规则</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>check guests in</source>
        <translation>办理入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>edit guest details</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>edit health records</source>
        <translation>修改健康档案</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>enter samples and test results</source>
        <translation>登记采样和检测结果</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>enter temperature readings</source>
        <translation>录入体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>handle alerts</source>
        <translation>处置异常情况</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>log follow-up calls to key persons</source>
        <translation>登记重点人员随访</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>manage staff accounts</source>
        <translation>管理工作人员账户</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>move guests between rooms</source>
        <translation>为人员调房</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>record destination checks</source>
        <translation>登记居家条件核实</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>release guests</source>
        <translation>解除隔离</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>see reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/context.py" line="64"/>
        <source>view the site</source>
        <translation>查看隔离点</translation>
    </message>
</context>
<context>
    <name>plausibility</name>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="54"/>
        <source>arrival {date} is more than {days} days ago: check the year</source>
        <translation>入住时间 {date} 早于 {days} 天前：请核对年份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="60"/>
        <source>expected arrival {date} is more than {days} days ahead: check the date</source>
        <translation>预计到达时间 {date} 超过 {days} 天之后：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="65"/>
        <source>arrival {time} is in the future: check the date, or register the person as expected</source>
        <translation>入住时间 {time} 在将来：请核对日期，或将此人登记为预计到达</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="74"/>
        <source>last exposure {date} is in the future: check the date</source>
        <translation>末次暴露日期 {date} 在将来：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="79"/>
        <source>last exposure {date} is more than {days} days ago: check the year</source>
        <translation>末次暴露日期 {date} 早于 {days} 天前：请核对年份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="96"/>
        <source>birth date {date} is not possible: it is in the future</source>
        <translation>出生日期 {date} 不可能：它在将来</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="101"/>
        <source>birth date {date} is not possible: more than {years} years ago, check the year</source>
        <translation>出生日期 {date} 不可能：早于 {years} 年前，请核对年份</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="113"/>
        <source>the sampling time {time} is in the future: check the date</source>
        <translation>采样时间 {time} 在将来：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="118"/>
        <source>the sampling time {time} is before the arrival on {arrival}: check the date</source>
        <translation>采样时间 {time} 早于入住时间 {arrival}：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="123"/>
        <source>the sampling time {time} is after the stay ended on {exit}: check the date</source>
        <translation>采样时间 {time} 晚于离开时间 {exit}：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/plausibility.py" line="132"/>
        <source>the report time {time} is in the future: check the date</source>
        <translation>报告时间 {time} 在将来：请核对日期</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../quarantine_desk/domain/policy.py" line="192"/>
        <source>day-{k}</source>
        <translation>第{k}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy.py" line="194"/>
        <source>admission</source>
        <translation>入住</translation>
    </message>
</context>
<context>
    <name>policy_changes</name>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="65"/>
        <source>{what}: '{text}' is not a list of day numbers: write them like 1,2,3,5,7</source>
        <translation>{what}：“{text}”不是天数列表：请写成 1,2,3,5,7</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="75"/>
        <source>{category}: centralized days must be 1 to {max}, not {n}</source>
        <translation>{category}：集中隔离天数应为 1 至 {max}，而不是 {n}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="80"/>
        <source>{category}: test day(s) {days} fall outside the {n}-day centralized stay: use days 1 to {n}</source>
        <translation>{category}：检测日 {days} 超出 {n} 天集中隔离期：请使用第1至{n}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="86"/>
        <source>{category}: home days or home tests are set but nothing follows at home: choose home health monitoring or home isolation, or clear them</source>
        <translation>{category}：设置了居家天数或居家检测，但没有居家管理：请选择居家健康监测或居家隔离，或清除这些设置</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="92"/>
        <source>{category}: home days must be 1 to {max} when a home period follows, not {n}</source>
        <translation>{category}：有居家期时居家天数应为 1 至 {max}，而不是 {n}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="98"/>
        <source>{category}: home test day(s) {days} fall outside the {n} days at home: use days 1 to {n}</source>
        <translation>{category}：居家检测日 {days} 超出 {n} 天居家期：请使用第1至{n}天</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="109"/>
        <source>the version needs a name, e.g. the order's title and date</source>
        <translation>版本需要名称，如文件标题和日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="111"/>
        <source>the name has more than {n} characters: shorten it</source>
        <translation>名称超过 {n} 个字符：请缩短</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="116"/>
        <source>fever threshold {t} °C is outside {low}–{high} °C: check the order</source>
        <translation>发热标准 {t} °C 超出 {low}–{high} °C：请核对文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="119"/>
        <source>the version has no category: add at least one</source>
        <translation>该版本没有人员类别：请至少新增一个</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="147"/>
        <source>this version would take effect on {day}, before '{newest}' (from {since}), so it would never be in force: choose {since} or later</source>
        <translation>此版本将于 {day} 生效，早于“{newest}”（自 {since} 起），因此永远不会生效：请选择 {since} 或之后的日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="154"/>
        <source>'{name}' is already adopted from {day}: adopting it again would change nothing</source>
        <translation>“{name}”已自 {day} 起启用：再次启用不会有任何变化</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="263"/>
        <source>select the stays to re-apply the rules to</source>
        <translation>请选择要重新套用规则的隔离记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="266"/>
        <source>there is no policy version {id}</source>
        <translation>没有编号为 {id} 的规则版本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="272"/>
        <source>there is no stay {id}</source>
        <translation>没有编号为 {id} 的隔离记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="277"/>
        <source>{name} is no longer in quarantine ({status}): only stays in quarantine can take new rules; leave them out</source>
        <translation>{name} 已不在隔离中（{status}）：只有在隔人员可套用新规则；请不要选择</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_changes.py" line="282"/>
        <source>{name} is a {category}, a category '{version}' does not have: leave them out</source>
        <translation>{name}属于{category}，而“{version}”没有这一类别：请不要列入</translation>
    </message>
    <message>
        <source>{category}: the version has no rule for it</source>
        <translation type="vanished">{category}：此版本没有相应规则</translation>
    </message>
</context>
<context>
    <name>policy_file</name>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="56"/>
        <source>(the file)</source>
        <translation>（文件）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="127"/>
        <source>missing: this field is required</source>
        <translation>缺少：此字段必填</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="133"/>
        <source>unknown field; the fields here are {names}</source>
        <translation>未知字段；此处的字段为 {names}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="136"/>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="140"/>
        <source>must be {rule}, not {value}</source>
        <translation>应为{rule}，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="137"/>
        <source>must be at least {rule}, not {value}</source>
        <translation>至少应为 {rule}，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="138"/>
        <source>must be at most {rule}, not {value}</source>
        <translation>至多应为 {rule}，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="139"/>
        <source>must be one of {rule}, not {value}</source>
        <translation>应为 {rule} 之一，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="141"/>
        <source>needs at least {rule} item(s)</source>
        <translation>至少需要 {rule} 项</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="142"/>
        <source>takes at most {rule} item(s)</source>
        <translation>至多 {rule} 项</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="143"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="144"/>
        <source>is longer than {rule} characters</source>
        <translation>超过 {rule} 个字符</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="145"/>
        <source>lists the same value twice</source>
        <translation>同一个值列了两次</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="146"/>
        <source>{value} is not in the expected form</source>
        <translation>{value} 格式不对</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="153"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="161"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="161"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="161"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="162"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="162"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="163"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="168"/>
        <source>{value} is not a code: use lower-case letters, digits and _, starting with a letter</source>
        <translation>{value} 不是代码：请用小写字母、数字和 _，并以字母开头</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="170"/>
        <source>{value} is not a date: write YYYY-MM-DD</source>
        <translation>{value} 不是日期：请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="171"/>
        <source>{value} is not a time: write HH:MM (00:00–23:59)</source>
        <translation>{value} 不是时间：请写成 HH:MM（00:00–23:59）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="182"/>
        <source>{value} is not a date of the calendar</source>
        <translation>{value} 不是日历上的日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="189"/>
        <source>the lowest reading must be below the highest</source>
        <translation>最低读数必须低于最高读数</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="191"/>
        <source>must lie within plausible_celsius ({low}–{high})</source>
        <translation>必须在 plausible_celsius（{low}–{high}）之内</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="195"/>
        <source>the times must be in order, each once</source>
        <translation>时间须按先后排列，且各出现一次</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="223"/>
        <source>{value} is used twice; each must be different</source>
        <translation>{value} 用了两次；每个都必须不同</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="233"/>
        <source>none: the file lists no test_kinds</source>
        <translation>无：文件未列出 test_kinds</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="234"/>
        <source>unknown test kind {kind}; the file's test_kinds are {known}</source>
        <translation>未知的检测种类 {kind}；文件的 test_kinds 为 {known}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="247"/>
        <source>must be the schedule's kind ({kind}) or null</source>
        <translation>必须是检测安排的种类（{kind}）或 null</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="252"/>
        <source>nothing follows at home (kind none): days must be 0 and tests empty</source>
        <translation>居家无后续（kind 为 none）：days 必须为 0，tests 必须为空</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="256"/>
        <source>must be at least 1 when something follows at home</source>
        <translation>居家有后续时至少为 1</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="262"/>
        <source>one test kind per schedule: list the days of a single kind</source>
        <translation>每个检测安排只能有一种检测：请只列一种检测的日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="269"/>
        <source>day {day} is outside the period (days {first}–{last})</source>
        <translation>第{day}天不在期限内（第{first}–{last}天）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="387"/>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/domain/policy_file.py" line="391"/>
        <source>not JSON: {reason} at line {line}, column {column}</source>
        <translation>不是 JSON：第{line}行第{column}列 {reason}</translation>
    </message>
</context>
<context>
    <name>policy_files</name>
    <message>
        <location filename="../../quarantine_desk/services/policy_files.py" line="34"/>
        <source>{path}: the policy file has {n} problem(s); nothing was changed:</source>
        <translation>{path}：政策文件有 {n} 处问题；未做任何更改：</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_files.py" line="44"/>
        <source>{path} is a folder: give a policy file (.json)</source>
        <translation>{path} 是文件夹：请给出政策文件（.json）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_files.py" line="49"/>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_files.py" line="51"/>
        <source>cannot read {path}: no permission</source>
        <translation>无法读取 {path}：没有权限</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/policy_files.py" line="75"/>
        <source>no policy named '{name}': give a preset ({presets}), current, or a version's number or name (policy list)</source>
        <translation>没有名为“{name}”的政策：请给出预设方案（{presets}）、current，或版本的编号或名称（见 policy list）</translation>
    </message>
</context>
<context>
    <name>readings</name>
    <message>
        <location filename="../../quarantine_desk/services/alert_text.py" line="26"/>
        <source>fever {celsius} °C at {time}</source>
        <translation>{time} 发热 {celsius} °C</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alert_text.py" line="29"/>
        <source>, with {symptoms}</source>
        <translation>，伴{symptoms}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/alert_text.py" line="31"/>
        <source>{symptoms} at {time} ({celsius} °C)</source>
        <translation>{time} 出现{symptoms}（{celsius} °C）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="96"/>
        <location filename="../../quarantine_desk/services/rounds_bulk.py" line="105"/>
        <source>unknown method '{method}': use forehead, ear, armpit or oral</source>
        <translation>未知测量方式“{method}”：请使用 forehead（额温）、ear（耳温）、armpit（腋温）或 oral（口温）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="101"/>
        <source>the reading time {time} is in the future: check the date</source>
        <translation>测量时间 {time} 是将来的时间：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="112"/>
        <source>{name} is not in quarantine here ({status}): no readings can be added</source>
        <translation>{name} 不在本点隔离（{status}）：不能录入体温</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="117"/>
        <source>{time} is before {name} arrived ({arrival}): check the date</source>
        <translation>{time} 早于 {name} 入住时间（{arrival}）：请核对日期</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="125"/>
        <location filename="../../quarantine_desk/services/rounds_bulk.py" line="119"/>
        <source>a reading at {time} is already recorded for this guest: void it to correct it</source>
        <translation>此人 {time} 的体温已录入：如需更正请先作废</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="299"/>
        <source>give the reason for voiding the reading (e.g. typing error)</source>
        <translation>请填写作废体温的原因（如录入错误）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="302"/>
        <location filename="../../quarantine_desk/services/readings.py" line="329"/>
        <source>there is no reading {id}</source>
        <translation>没有编号为 {id} 的体温记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="305"/>
        <source>this reading was already voided by {user}: {reason}</source>
        <translation>此体温已被 {user} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="334"/>
        <source>{celsius} °C is already the recorded value</source>
        <translation>{celsius} °C 已是记录的数值</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="350"/>
        <source>reading {celsius} °C of {time} voided: {reason}</source>
        <translation>{time} 的体温 {celsius} °C 已作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="480"/>
        <source>slot must be morning or afternoon, not '{slot}'</source>
        <translation>时段应为 morning（上午）或 afternoon（下午），而不是“{slot}”</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="482"/>
        <source>slot must be a round time of the day ({times}), not '{slot}'</source>
        <translation>测温时段必须是当天的测温时间（{times}），而不是“{slot}”</translation>
    </message>
</context>
<context>
    <name>release</name>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="352"/>
        <source>nobody with ID number {number} is registered here</source>
        <translation>本点没有证件号码为 {number} 的人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="361"/>
        <source>there is no stay {id}</source>
        <translation>没有编号为 {id} 的隔离记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="365"/>
        <source>{name} was already released on {date} (serial {serial})</source>
        <translation>{name} 已于 {date} 解除（编号 {serial}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="369"/>
        <source>{name} is not in quarantine (status: {status})</source>
        <translation>{name} 不在隔离中（状态：{status}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="422"/>
        <source>choose at least one person to release</source>
        <translation>请至少选择一名要解除的人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="425"/>
        <source>cannot release for {date}: that day has not come yet</source>
        <translation>不能按 {date} 解除：该日期尚未到来</translation>
    </message>
</context>
<context>
    <name>rooms</name>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="38"/>
        <source>there is no room {number}</source>
        <translation>没有 {number} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="107"/>
        <source>capacity must be between 1 and 12</source>
        <translation>可住人数应在 1 至 12 之间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="128"/>
        <source>name at least one room, like 301 or 301-320</source>
        <translation>请至少指定一个房间，如 301 或 301-320</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="130"/>
        <source>room(s) already exist: {rooms}</source>
        <translation>房间已存在：{rooms}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="165"/>
        <source>room {number} was changed meanwhile: look at it again</source>
        <translation>房间 {number} 已被他人修改，请重新查看</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="170"/>
        <source>room {number} has {n} guest(s) in it: it needs at least {n} beds</source>
        <translation>房间 {number} 住有 {n} 人，床位不能少于 {n} 张</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="211"/>
        <source>room {number} has guests in it: move them to another room or release them before taking it out of service</source>
        <translation>房间 {number} 有人入住：请先调房或解除隔离，再停用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="215"/>
        <source>a room becomes {state} only through check-in or release</source>
        <translation>房间只能通过入住或解除变为{state}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="221"/>
        <source>room {number} is {current}: it cannot become {state}</source>
        <translation>{number} 房间{current}：不能变为{state}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rooms.py" line="246"/>
        <source>room {number} is not awaiting disinfection</source>
        <translation>{number} 房间不在待消毒状态</translation>
    </message>
    <message>
        <source>room {number} has a guest in it</source>
        <translation type="vanished">{number} 房间有人入住</translation>
    </message>
</context>
<context>
    <name>rounds</name>
    <message>
        <location filename="../../quarantine_desk/services/rounds_bulk.py" line="116"/>
        <source>{celsius} °C at {time} is a fever: enter it on its own so that its alert opens</source>
        <translation>{time} 的体温 {celsius} °C 为发热：请单独录入，以便生成预警</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rounds_bulk.py" line="173"/>
        <source>sample number {no} is recorded twice: check the tube labels</source>
        <translation>样本编号 {no} 重复录入：请核对采样管标签</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/rounds_bulk.py" line="179"/>
        <source>a {result} result is entered on its own, so that it is acted on</source>
        <translation>{result} 结果须单独录入，以便及时处置</translation>
    </message>
</context>
<context>
    <name>screenshot</name>
    <message>
        <location filename="../../quarantine_desk/ui/shell/screenshot.py" line="27"/>
        <source>size '{text}' is not WIDTHxHEIGHT in pixels, e.g. 1366x768</source>
        <translation>尺寸“{text}”不是“宽x高”像素格式，如 1366x768</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/screenshot.py" line="34"/>
        <source>size '{text}' is smaller than {w}x{h}</source>
        <translation>尺寸“{text}”小于 {w}x{h}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/screenshot.py" line="54"/>
        <source>cannot write the picture to {path}</source>
        <translation>无法将图片写入 {path}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/screenshot.py" line="66"/>
        <source>{user} may not open the {panel} panel</source>
        <translation>{user} 无权打开 {panel} 页面</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/ui/shell/screenshot.py" line="75"/>
        <source>the {panel} panel was still loading after {s} seconds</source>
        <translation>{panel} 页面 {s} 秒后仍在加载</translation>
    </message>
</context>
<context>
    <name>serialize</name>
    <message>
        <location filename="../../quarantine_desk/services/serialize.py" line="91"/>
        <source>another desk is writing: waiting for it to finish…</source>
        <translation>另一台工作台正在写入：正在等待其完成…</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <location filename="../../quarantine_desk/services/site.py" line="61"/>
        <source>the site needs a name: type it as the command centre writes it</source>
        <translation>隔离点需要名称：请按指挥部的写法填写</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/site.py" line="65"/>
        <source>the site name has more than {n} characters: shorten it</source>
        <translation>隔离点名称超过 {n} 个字符：请缩短</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/site.py" line="71"/>
        <source>the site's language '{language}' is not one of {choices}</source>
        <translation>隔离点语言“{language}”不在可选范围内（{choices}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/site.py" line="110"/>
        <source>there is no site yet: give its name too</source>
        <translation>尚未设置隔离点：请同时给出名称</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="102"/>
        <source>the first account must be a manager</source>
        <translation>第一个账户必须是点位长</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="109"/>
        <source>username '{name}' must be 2–32 letters, digits, '.', '_' or '-'</source>
        <translation>用户名“{name}”应为2–32位字母、数字、“.”、“_”或“-”</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="114"/>
        <source>username '{name}' is already taken</source>
        <translation>用户名“{name}”已被使用</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="117"/>
        <location filename="../../quarantine_desk/services/staff.py" line="202"/>
        <source>password must have at least {n} characters</source>
        <translation>密码至少需要 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="142"/>
        <source>wrong username or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="148"/>
        <location filename="../../quarantine_desk/services/staff.py" line="161"/>
        <source>account locked after {n} wrong passwords: try again in {m} minute(s)</source>
        <translation>密码错误 {n} 次，账户已锁定：请 {m} 分钟后再试</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="193"/>
        <location filename="../../quarantine_desk/services/staff.py" line="216"/>
        <location filename="../../quarantine_desk/services/staff.py" line="240"/>
        <source>no staff account '{name}'</source>
        <translation>没有工作人员账户“{name}”</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="219"/>
        <source>you cannot deactivate your own account: ask another manager</source>
        <translation>不能停用本人账户：请另一位点位长操作</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="243"/>
        <source>{name} is not a doctor or nurse: only medical staff are listed on duty</source>
        <translation>{name} 不是医生或护士：值班名单只列医护人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/staff.py" line="247"/>
        <source>{name} is deactivated: reactivate the account before marking it on duty</source>
        <translation>{name} 的账号已停用：请先恢复账号再设为值班</translation>
    </message>
</context>
<context>
    <name>stays</name>
    <message>
        <location filename="../../quarantine_desk/services/readings.py" line="203"/>
        <location filename="../../quarantine_desk/services/rounds_bulk.py" line="64"/>
        <location filename="../../quarantine_desk/services/stays.py" line="41"/>
        <source>there is no stay {id}</source>
        <translation>没有编号为 {id} 的隔离记录</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="370"/>
        <location filename="../../quarantine_desk/services/stay_lookup.py" line="24"/>
        <location filename="../../quarantine_desk/services/stays.py" line="24"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="370"/>
        <location filename="../../quarantine_desk/services/stay_lookup.py" line="24"/>
        <location filename="../../quarantine_desk/services/stays.py" line="24"/>
        <source>expected</source>
        <translation>待入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="370"/>
        <location filename="../../quarantine_desk/services/stay_lookup.py" line="24"/>
        <location filename="../../quarantine_desk/services/stays.py" line="24"/>
        <source>in_quarantine</source>
        <translation>隔离中</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="370"/>
        <location filename="../../quarantine_desk/services/stay_lookup.py" line="24"/>
        <location filename="../../quarantine_desk/services/stays.py" line="24"/>
        <source>released</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/release.py" line="370"/>
        <location filename="../../quarantine_desk/services/stay_lookup.py" line="24"/>
        <location filename="../../quarantine_desk/services/stays.py" line="24"/>
        <source>transferred_out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/stay_lookup.py" line="72"/>
        <location filename="../../quarantine_desk/services/stays.py" line="119"/>
        <source>nobody with ID number {number} is in quarantine here</source>
        <translation>本点没有证件号码为 {number} 的在隔人员</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/stay_lookup.py" line="102"/>
        <location filename="../../quarantine_desk/services/stays.py" line="128"/>
        <source>there is no room {number}</source>
        <translation>没有 {number} 房间</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/stay_lookup.py" line="106"/>
        <location filename="../../quarantine_desk/services/stays.py" line="131"/>
        <source>nobody is in room {number}</source>
        <translation>{number} 房间无人入住</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/stay_lookup.py" line="109"/>
        <location filename="../../quarantine_desk/services/stays.py" line="134"/>
        <source>room {number} holds {n} guests: give the ID number instead</source>
        <translation>{number} 房间住有 {n} 人：请改用证件号码</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="56"/>
        <source>the database {path} is damaged ({problem})</source>
        <translation>数据库 {path} 已损坏（{problem}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="98"/>
        <source>{first}, and {n} more</source>
        <translation>{first}，另有 {n} 处问题</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="121"/>
        <source>cannot open {path} ({reason}): check --db and the file's permissions</source>
        <translation>无法打开 {path}（{reason}）：请检查 --db 和文件权限</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="150"/>
        <source>folder {folder} does not exist: check --db (a new database is made only in an existing folder)</source>
        <translation>文件夹 {folder} 不存在：请检查 --db（新数据库只会建在已有的文件夹中）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="153"/>
        <source>{folder} is not a folder: check --db</source>
        <translation>{folder} 不是文件夹：请检查 --db</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="159"/>
        <source>cannot make a database in {folder} ({reason}): choose a writable folder with --db</source>
        <translation>无法在 {folder} 中新建数据库（{reason}）：请用 --db 选择可写的文件夹</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="163"/>
        <source>created a new database at {path}</source>
        <translation>已在 {path} 新建数据库</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="170"/>
        <source>{path} is a folder, not a database: give a file name, e.g. {example}</source>
        <translation>{path} 是文件夹，不是数据库：请给出文件名，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="176"/>
        <source>{path} is not a file: check --db</source>
        <translation>{path} 不是文件：请检查 --db</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="181"/>
        <source>cannot read {path} ({reason}): check --db and the file's permissions</source>
        <translation>无法读取 {path}（{reason}）：请检查 --db 和文件权限</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="186"/>
        <source>{path} is not a Quarantine Desk database (not a SQLite file): check --db</source>
        <translation>{path} 不是隔离点工作台数据库（不是 SQLite 文件）：请检查 --db</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="198"/>
        <source>{path} is a SQLite database of another program, not Quarantine Desk: check --db</source>
        <translation>{path} 是其他程序的 SQLite 数据库，不是隔离点工作台的：请检查 --db</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="237"/>
        <source>{target} is neither a file name nor a database URL: check --db</source>
        <translation>{target} 既不是文件名也不是数据库 URL：请检查 --db</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="244"/>
        <source>{scheme} databases are not supported: give a SQLite file or a postgresql:// URL with --db</source>
        <translation>不支持 {scheme} 数据库：请用 --db 给出 SQLite 文件或 postgresql:// URL</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="250"/>
        <source>cannot open {url}: its driver is not installed ({reason})</source>
        <translation>无法打开 {url}：未安装其驱动程序（{reason}）</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/engine.py" line="279"/>
        <source>cannot reach the database {url} ({reason}): check --db and that the server is running</source>
        <translation>无法连接数据库 {url}（{reason}）：请检查 --db 以及服务器是否在运行</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/migrate.py" line="43"/>
        <source>{url} was made by a newer version of Quarantine Desk (schema {rev}): update the application</source>
        <translation>{url} 由更新版本的隔离点工作台创建（数据结构版本 {rev}）：请先升级程序</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/store/migrate.py" line="48"/>
        <source>{url} needs its schema upgraded but is read-only: copy it to a writable place and open the copy</source>
        <translation>{url} 需要升级数据结构，但它是只读的：请复制到可写的位置后打开副本</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="134"/>
        <source>{file} is an Excel 97-2003 (.xls) or password-protected workbook: save it in Excel as .xlsx (without a password) or as CSV and import that file</source>
        <translation>{file} 是 Excel 97-2003（.xls）或加密的工作簿：请在 Excel 中另存为 .xlsx（不加密码）或 CSV 后再导入</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="153"/>
        <source>an .xlsx or .csv file with a header row such as {header}</source>
        <translation>带表头行的 .xlsx 或 .csv 文件，表头如 {header}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="159"/>
        <source>{file} is not a spreadsheet: expected {expected}</source>
        <translation>{file} 不是表格文件：应为{expected}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="174"/>
        <source>file {path} not found: check the name and folder</source>
        <translation>找不到文件 {path}：请核对文件名和文件夹</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="178"/>
        <source>{path} is a folder: give the spreadsheet file inside it</source>
        <translation>{path} 是文件夹：请指定其中的表格文件</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="184"/>
        <source>cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="187"/>
        <source>{file} is empty: expected {expected}</source>
        <translation>{file} 是空的：应为{expected}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="199"/>
        <source>{file} has no worksheet: expected {expected}</source>
        <translation>{file} 没有工作表：应为{expected}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="257"/>
        <source>{file} cannot be read as CSV ({error}): expected {expected}</source>
        <translation>{file} 无法按 CSV 读取（{error}）：应为{expected}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="290"/>
        <source>{file} has no recognisable header row: expected {expected}</source>
        <translation>{file} 没有可识别的表头行：应为{expected}</translation>
    </message>
    <message>
        <location filename="../../quarantine_desk/services/tabular.py" line="317"/>
        <source>contains a NUL character ({cell}): the file may be damaged here; check this row</source>
        <translation>含有 NUL 字符（{cell}）：文件此处可能已损坏，请检查这一行</translation>
    </message>
</context>
</TS>
