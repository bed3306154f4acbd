import type { Language } from '../../language'
import { escapeHtml } from './html'
import { href, pageHtml } from './pageLayout'

/** One section of the explanation: a heading and paragraphs, plain text. */
interface Part {
  readonly heading: string
  readonly paragraphs: readonly string[]
}

const zh = (script: boolean): { title: string; parts: Part[]; key: string; keyNote: string } => ({
  title: '如何验证信用信息',
  parts: [
    {
      heading: '只增不改的日志',
      paragraphs: [
        '登记管理机关记录的每一条信用信息——登记、年度工作报告、年检、评估等级、表彰、行政处罚、名录的列入和移出、异议和更正——都按时间顺序追加到同一个日志中，只能追加，不能修改或删除。',
        '日志是一棵默克尔树（RFC 9162）：每条记录的哈希值逐层合并为一个“树根”。任何一条记录被改动、删除或调换顺序，树根都会改变。',
      ],
    },
    {
      heading: '签名的检查点',
      paragraphs: [
        '登记管理机关用自己的密钥对日志的大小和树根签名，形成“检查点”。本站的 /api/checkpoint 提供最新的检查点。',
        '/api/consistency?from=旧大小&to=新大小 提供两个检查点之间的一致性证明：它证明新的日志只是在旧的日志之后追加了记录，没有改写已经公布的历史。保存过旧检查点的人都可以据此核对。',
      ],
    },
    {
      heading: '包含证明',
      paragraphs: [
        '公示报告中的每一项都附有包含证明：从这条记录的哈希值出发，按证明中的哈希逐层计算，必须恰好得到检查点中的树根。',
        '依法不公开的字段和个人信息不出现在报告中，只以加盐哈希（承诺）代替，因此只公开部分内容的记录仍然可以验证；个人信息日后被依法删除，证明也依然成立。',
      ],
    },
    {
      heading: '浏览器核对了什么',
      paragraphs: script
        ? [
            '打开组织页面时，页面中的验证脚本在您自己的浏览器里核对：检查点的签名是否出自下面的公钥；每一项公开的内容是否与其承诺相符，其包含证明是否算出检查点的树根；整份报告的签名声明是否覆盖页面显示的全部内容。',
            '结果显示在报告顶部，未通过的项目会单独标出。这些计算在您的设备上完成；但脚本、报告和公钥都由本站提供，能改写页面的人也能一并替换它们。因此请把下面的公钥与登记管理机关在别处公布的公钥比对，或按下面的方法离线验证。',
          ]
        : ['本站没有提供浏览器验证脚本，组织页面显示为“未验证”。请按下面的方法离线验证。'],
    },
    {
      heading: '离线验证',
      paragraphs: [
        '下载报告原文：/api/organizations/统一社会信用代码/report?on=日期，得到含全部证明的 JSON，用本库的 verifyReport 函数和下面的公钥验证，不需要联系本站。',
        '登记管理机关发布日志的导出文件时，可以用命令行 integrity-ledger verify 导出文件 --public-key 公钥 逐行验证整个日志及其检查点，并与本站的检查点比对。',
      ],
    },
  ],
  key: '登记管理机关的公钥',
  keyNote:
    '请通过登记管理机关的官方网站或公告等其他渠道核对这个公钥：如果公钥本身被替换，验证就失去意义。文本形式见 /api/public-key。',
})

const en = (script: boolean): { title: string; parts: Part[]; key: string; keyNote: string } => ({
  title: 'How verification works',
  parts: [
    {
      heading: 'An append-only log',
      paragraphs: [
        'Every item of credit information the registry records — registrations, annual work reports, inspections, evaluation grades, commendations, administrative penalties, listings and removals, objections and corrections — is appended, in order, to one log. Nothing in it is ever changed or deleted.',
        'The log is a Merkle tree (RFC 9162): the hashes of all records combine, level by level, into one root. Changing, removing or reordering any record changes the root.',
      ],
    },
    {
      heading: 'Signed checkpoints',
      paragraphs: [
        "The registry signs the log's size and root with its key: a checkpoint. /api/checkpoint serves the latest one.",
        '/api/consistency?from=OLD&to=NEW serves a consistency proof between two checkpoints: it proves the newer log only appended records to the older one and rewrote nothing already published. Anyone who kept an older checkpoint can check it.',
      ],
    },
    {
      heading: 'Inclusion proofs',
      paragraphs: [
        "Each item of a public report carries an inclusion proof: hashing from the record's own hash up through the hashes of the proof must give exactly the checkpoint's root.",
        'Fields the law keeps from the public and personal data never appear in a report; a salted hash (a commitment) stands in for them, so a record shown in part still verifies, and still does after personal data are lawfully erased.',
      ],
    },
    {
      heading: 'What your browser checks',
      paragraphs: script
        ? [
            "On an organization's page, the verifier script checks in your own browser that the checkpoint is signed by the key below; that every field shown matches its commitment and every inclusion proof leads to the checkpoint's root; and that the report's signed statement covers everything on the page.",
            'The result is shown at the top of the report, and any item that fails is marked. It is computed on your device, but the script, the report and the key all come from this site, and whoever could rewrite the page could replace them together: compare the key below with the one the registry publishes elsewhere, or verify offline as below.',
          ]
        : [
            'This site serves no verifier script, so report pages say "Not verified". Verify offline as below.',
          ],
    },
    {
      heading: 'Verifying offline',
      paragraphs: [
        "Download the report itself: /api/organizations/ID/report?on=DAY gives the JSON with all its proofs. The library's verifyReport function checks it with the key below, without asking this site anything.",
        "Where the registry publishes an export of its log, the command line integrity-ledger verify EXPORT --public-key KEY checks the whole log and its checkpoints line by line, to compare with this site's checkpoint.",
      ],
    },
  ],
  key: "The registry's public key",
  keyNote:
    "Check this key against the registry's own website or notices: if the key itself were replaced, verification would prove nothing. As text: /api/public-key.",
})

/** The page explaining how verification works, with the log's public key. */
export function verificationPage(
  lang: Language,
  options: { readonly publicKey: string; readonly script: boolean },
): string {
  const text = (lang === 'en' ? en : zh)(options.script)
  const parts = text.parts.map(
    (part) =>
      `<section><h2>${escapeHtml(part.heading)}</h2>${part.paragraphs
        .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
        .join('')}</section>`,
  )
  return pageHtml(
    lang,
    { path: '/verification', params: {} },
    text.title,
    `<h1>${escapeHtml(text.title)}</h1>
${parts.join('\n')}
<section><h2>${escapeHtml(text.key)}</h2><code class="key">${escapeHtml(options.publicKey)}</code><p>${escapeHtml(text.keyNote)}</p>
<p><a href="${escapeHtml(href('/api/checkpoint', {}, 'zh-CN'))}">/api/checkpoint</a> · <a href="/api/public-key">/api/public-key</a></p></section>`,
  )
}
