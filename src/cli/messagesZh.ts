import { reportLabels } from '../disclosure'
import type { OrganizationStatus } from '../events'

/** Words for where an organization stands. */
type StatusWords = Readonly<Record<OrganizationStatus, string>>

// Every word the command line says to a person is written in both languages (here and in
// messagesEn.ts, which must have the same keys), grouped by command.

/** The command line's words in Chinese; their shape is the shape of every language's. */
export const cliWordsZh = {
  program:
    '社会组织诚信档案账本（integrity-ledger）命令行：初始化、追加、导入、导出、核验、查询与规则运行。',
  titles: {
    'Usage:': '用法：',
    'Arguments:': '参数：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Global Options:': '全局选项：',
  } as Record<string, string>,
  // Patterns of commander's own words and what they read as here ($1: what they enclose).
  helpWords: [
    ['\\[options\\]', '[选项]'],
    ['\\[command\\]', '[命令]'],
    ['\\(choices: ([^)]*)\\)', '（可选值：$1）'],
    ['\\(default: ([^)]*)\\)', '（默认：$1）'],
  ] as [string, string][],
  help: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  version: '显示版本号',
  global: {
    lang: '输出语言：zh（中文）或 en（英文）；默认随 LANG',
    json: '以 JSON 输出，供程序读取',
    config: '工作区配置文件（默认 ./integrity-ledger.json，或环境变量 INTEGRITY_LEDGER_CONFIG）',
    store:
      '存储：SQLite 文件路径或 postgres:// 连接串（init 时为新建位置，默认 ledger.db；其后覆盖配置）',
    key: '签名密钥文件（init 时使用已有密钥而不新建；其后覆盖配置）',
  },
  init: {
    describe: '新建账本工作区：存储、签名密钥文件和配置文件',
    origin: '日志名称，写入每个检查点（默认 integrity-ledger）',
    exists: (file: string): string => `配置文件 ${file} 已存在，未做任何改动`,
    keyExists: (file: string): string =>
      `密钥文件 ${file} 已存在：用 --key 使用它，或换一个位置；未做任何改动`,
    done: (config: string, store: string, key: string): string =>
      `已新建工作区：配置 ${config}，存储 ${store}，签名密钥 ${key}（仅本人可读）`,
    verifier: '公开核验密钥（发给核验方）：',
  },
  append: {
    describe: '从标准输入追加条目（JSON 或每行一个 JSON 的 JSONL），整批写入或整批不写',
    idempotencyKey: '幂等键：同一键重复提交不会重复写入',
    migration: '迁移模式：每个条目须带 migrated.recordedAt（原系统的登记日期）',
    empty: '标准输入中没有条目',
    notJson: (line: number, reason: string): string => `第 ${line} 行不是 JSON：${reason}`,
    refusedLine: (line: number): string => `第 ${line} 行被拒绝：`,
    refusedEntry: (entry: number): string => `第 ${entry} 个条目被拒绝：`,
    nothingWritten: '整批未写入任何条目',
    written: (count: number, size: number): string =>
      `已写入 ${count} 个条目，日志共 ${size} 个条目`,
  },
  import: {
    describe: '按映射文件导入已有记录（CSV、XLSX 或 JSONL），逐行写入，可中断后重跑',
    file: '要导入的表格或 JSONL 文件',
    mapping: '映射文件（JSON）：哪一列是统一社会信用代码、日期、类型和各字段',
    sheet: 'XLSX 工作表：名称，或从 1 起的序号（默认第一个）',
    format: '文件格式 csv、xlsx 或 jsonl（默认按扩展名）',
    encoding: '文本编码 utf-8、gbk 或 gb18030（Excel 另存的 CSV 常为 gbk；默认 utf-8）',
    delimiter: 'CSV 分隔符：逗号 ,、分号 ; 或 tab（默认逗号）',
    headerLine: '表头所在行（表头上方有标题行时使用；默认第 1 行）',
    dryRun: '只校验每一行并列出被拒绝的行，不写入任何内容',
    migration: '迁移模式：条目带原系统的登记日期，并标记为迁移记录',
    progress: '导入',
    refusedRow: (line: number): string => `第 ${line} 行被拒绝：`,
    summary: (rows: number, written: number, repeated: number, refused: number): string =>
      `共 ${rows} 行：写入 ${written}，此前已写入 ${repeated}，拒绝 ${refused}`,
    dryRunSummary: (rows: number, refused: number): string =>
      `试运行：共 ${rows} 行，可以写入 ${rows - refused}，拒绝 ${refused}；未写入任何内容`,
    stopped: '已中断；已写入的行会在重跑时跳过',
  },
  export: {
    describe: '把账本及其检查点导出为 JSONL，供 import 或 verify 使用',
    out: '写入此文件（默认标准输出）',
    personal: '同时导出条目所涉人员的个人信息（仅限授权的备份）',
    done: (lines: number, file: string): string => `已导出 ${lines} 行到 ${file}`,
    exists: (file: string): string => `${file} 已存在；导出只写入新文件`,
  },
  verify: {
    describe: '核验导出文件，或不给文件时核验当前存储：每个条目、每个检查点的签名和根哈希',
    file: '导出文件（JSONL）；省略则核验工作区的存储',
    publicKey: '公开核验密钥（文本或文件）；默认取工作区密钥',
    entryTypes: '导出宿主自定义条目类型的模块；默认取工作区配置',
    progress: '核验',
    ok: (entries: number, checkpoints: number, verified: number, root: string): string =>
      `核验通过：${entries} 个条目，${checkpoints} 个检查点，其中 ${verified} 个条目有签名检查点担保；根哈希 ${root}`,
    unverified: (count: number): string => `另有 ${count} 个条目尚无检查点担保`,
    failed: '核验失败：',
    noCheckpoint: '存储中还没有签名检查点，无从核验；请先运行 checkpoint',
    needKey: '不在工作区中：请用 --public-key 给出公开核验密钥（文本或文件）',
  },
  file: {
    describe: '显示一个组织的诚信档案',
    org: '统一社会信用代码或备案编号',
    asOf: '按此日期的事实状态（YYYY-MM-DD）',
    knownAt: '按此日期当时已登记的内容（YYYY-MM-DD 或带时区的时刻）',
  },
  report: {
    describe: '生成一个组织的公开报告（先核验再输出）',
    asOf: '报告日期（默认今天，北京时间）',
    format: '输出格式：text、html 或 json',
    out: '写入此文件（默认标准输出）',
    failed: '报告未通过核验：',
    done: (file: string): string => `公开报告已写入 ${file}，核验通过`,
    jsonNeedsJson: '--json 只输出 JSON：请用 --format json，或用 --out 写入文件',
  },
  lists: {
    describe: '显示活动异常名录或严重违法失信名单（abnormal 或 serious）',
    list: 'abnormal（活动异常名录）或 serious（严重违法失信名单）',
    on: '名录所在日期（默认今天）',
    registrar: '只看这个登记管理机关（全称）',
    division: '只看这个行政区划代码（2、4 或 6 位）',
    offset: '从第几条开始（默认 0）',
    limit: '每页条数（默认 50，最多 1000）',
    header: (list: string, on: string, total: number): string => `${list}（${on}）：共 ${total} 条`,
    abnormal: '活动异常名录',
    serious: '严重违法失信名单',
  },
  search: {
    describe: '按统一社会信用代码或名称的一部分查找组织',
    text: '统一社会信用代码、备案编号或名称的一部分',
    header: (text: string, total: number): string => `“${text}”：共 ${total} 个组织`,
  },
  stats: {
    describe: '登记统计：按状态、类型、区划、等级和名录计数',
    on: '统计日期（默认今天）',
    from: '与此日期比较变化',
  },
  due: {
    describe: '列出到期事项（需先运行 rules run）',
    from: '起始日期（默认今天）',
    to: '截止日期（默认起始日期后 30 天）',
    kind: '组织类型：social_group、social_service_organization、foundation、community_group',
    noState: (file: string): string => `尚无规则运行状态（${file}）；请先运行 rules run`,
    header: (asOf: string, total: number): string =>
      `到期事项（截至 ${asOf} 的规则运行）：共 ${total} 项`,
  },
  rules: {
    describe: '规则：按国家规则包运行',
    run: '运行规则到某一天：自动作出的决定写入账本，状态保存，可中断后续跑',
    to: '运行到这一天（YYYY-MM-DD）',
    from: '首次运行的起始日期（有状态时忽略）',
    progress: '规则运行',
    summary: (days: number, appended: number, already: number, rejected: number): string =>
      `规则运行完成：${days} 天有写入，写入 ${appended} 个条目，此前已写入 ${already}，被拒绝 ${rejected}`,
    stopped: (at: string): string => `已中断于 ${at}；状态已保存，再次运行即从此处继续`,
  },
  checkpoint: {
    describe: '签署并打印当前日志头的检查点',
  },
  tiles: {
    describe:
      '以 C2SP 瓦片布局（检查点、哈希瓦片、条目包）写出日志，供任何人跟踪；条目只含承诺，不含内容',
    dir: '写出瓦片的目录',
    done: (size: number, files: number, dir: string): string =>
      `已将 ${size} 条记录写为 ${files} 个文件，位于 ${dir}`,
  },
  monitor: {
    describe: '检查瓦片日志（目录或 http(s) 前缀）并与上次所见比对：发现分叉时给出两份检查点',
    source: '日志所在的目录或 http(s) 前缀',
    publicKey: '日志的验证公钥',
    state: '保存上次接受的检查点的文件（读取并更新）',
    fork: (reason: string): string => `分叉：${reason}；两份已签名检查点如下：`,
    consistent: (size: number, added: number): string =>
      `一致：共 ${size} 条记录，自上次检查以来新增 ${added} 条`,
  },
  serve: {
    describe: '提供诚信状况公开查询服务（查询页、报告页、名录页和 JSON 接口），按 Ctrl-C 停止',
    host: '监听地址（默认 127.0.0.1）',
    port: '端口（默认 8080；0 为任一空闲端口）',
    listening: (url: string): string => `公开查询服务已启动：${url}（按 Ctrl-C 停止）`,
  },
  catchUp: '同步登记读模型',
  errors: {
    usage: '用法错误：',
    failed: '失败：',
    noWorkspace: (file: string): string =>
      `找不到工作区配置 ${file}；请先运行 integrity-ledger init`,
    interrupted: '已中断',
  },
  // The words the public report uses, so that the command line and the page agree.
  statuses: reportLabels('zh-CN').status.states as StatusWords,
  words: {
    status: '状态',
    registeredOn: '登记日期',
    registrar: '登记管理机关',
    grade: '评估等级',
    onLists: '名录',
    none: '无',
    annualReports: '年度报告',
    penalties: '行政处罚',
    entries: '条目',
  },
}
