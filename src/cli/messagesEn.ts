import { reportLabels } from '../disclosure'
import type { CliMessages } from './messages'

/** The command line's words in English. */
export const cliWordsEn: CliMessages = {
  program:
    'integrity-ledger: the integrity record (诚信档案) of social organizations: init, append, import, export, verify, query and run the rules.',
  titles: {},
  helpWords: [],
  help: 'show help',
  helpCommand: 'show help for a command',
  version: 'show the version',
  global: {
    lang: 'language of the output: zh (Chinese) or en (English); follows LANG by default',
    json: 'print JSON, for programs',
    config:
      'workspace configuration file (default ./integrity-ledger.json, or INTEGRITY_LEDGER_CONFIG)',
    store:
      'the store: a SQLite file or a postgres:// URL (for init, where to create it, default ledger.db; then it overrides the configuration)',
    key: 'the signing key file (for init, an existing key to use instead of a new one; then it overrides the configuration)',
  },
  init: {
    describe: 'create a ledger workspace: the store, a signing key file and a configuration file',
    origin: 'the log name every checkpoint carries (default integrity-ledger)',
    exists: (file: string): string =>
      `the configuration ${file} exists already; nothing was changed`,
    keyExists: (file: string): string =>
      `the key file ${file} exists already: use it with --key, or choose another place; nothing was changed`,
    done: (config: string, store: string, key: string): string =>
      `created a workspace: configuration ${config}, store ${store}, signing key ${key} (readable by you only)`,
    verifier: 'public verifier key (give it to whoever verifies):',
  },
  append: {
    describe:
      'append entries from stdin (one JSON value, or JSON Lines), all of them or none of them',
    idempotencyKey: 'idempotency key: a repeat with the same key writes nothing',
    migration:
      'migration mode: each entry carries migrated.recordedAt, its original recording date',
    empty: 'no entries on stdin',
    notJson: (line: number, reason: string): string => `line ${line} is not JSON: ${reason}`,
    refusedLine: (line: number): string => `line ${line} refused:`,
    refusedEntry: (entry: number): string => `entry ${entry} refused:`,
    nothingWritten: 'nothing of the batch was written',
    written: (count: number, size: number): string =>
      `wrote ${count} entries; the log holds ${size} entries`,
  },
  import: {
    describe:
      'import existing records (CSV, XLSX or JSONL) through a mapping, row by row, safe to run again',
    file: 'the sheet or JSONL file to import',
    mapping: 'the mapping (JSON): which column is the USCC, the date, the type and each field',
    sheet: 'the XLSX sheet: its name, or its place from 1 (default the first)',
    format: 'csv, xlsx or jsonl (default by the extension)',
    encoding: 'utf-8, gbk or gb18030 (Excel in China often saves CSV as gbk; default utf-8)',
    delimiter: 'the CSV delimiter: , ; or tab (default ,)',
    headerLine: 'the line of the header, when a title stands above it (default 1)',
    dryRun: 'check every row and list the refused ones, writing nothing',
    migration:
      'migration mode: entries carry the other system’s recording date and are marked migrated',
    progress: 'import',
    refusedRow: (line: number): string => `row ${line} refused:`,
    summary: (rows: number, written: number, repeated: number, refused: number): string =>
      `${rows} rows: ${written} written, ${repeated} written before, ${refused} refused`,
    dryRunSummary: (rows: number, refused: number): string =>
      `dry run: ${rows} rows, ${rows - refused} would be written, ${refused} refused; nothing was written`,
    stopped: 'stopped; rows already written are skipped when run again',
  },
  export: {
    describe: 'export the ledger and its checkpoints as JSON Lines, for import or verify',
    out: 'write to this file (default stdout)',
    personal: 'include the people entries name (for authorised backups only)',
    done: (lines: number, file: string): string => `exported ${lines} lines to ${file}`,
    exists: (file: string): string => `${file} exists already; an export only writes a new file`,
  },
  verify: {
    describe:
      'verify an export, or without a file the workspace store: every entry, every checkpoint signature and root',
    file: 'an export (JSON Lines); without it, the workspace store is verified',
    publicKey: "the public verifier key (text or file); default the workspace's key",
    entryTypes: "a module exporting the host's entry types; default the workspace's",
    progress: 'verify',
    ok: (entries: number, checkpoints: number, verified: number, root: string): string =>
      `verified: ${entries} entries, ${checkpoints} checkpoints, ${verified} entries vouched for by a signed checkpoint; root ${root}`,
    unverified: (count: number): string => `${count} more entries have no checkpoint yet`,
    failed: 'verification failed:',
    noCheckpoint: 'the store holds no signed checkpoint to verify against; run `checkpoint` first',
    needKey: 'outside a workspace, --public-key gives the verifier key (its text or a file)',
  },
  file: {
    describe: "show an organization's credit file",
    org: 'a USCC or filing number',
    asOf: 'the facts as of this day (YYYY-MM-DD)',
    knownAt: 'as recorded by this day or instant',
  },
  report: {
    describe: "write an organization's public report, verified first",
    asOf: 'the day of the report (default today, China time)',
    format: 'text, html or json',
    out: 'write to this file (default stdout)',
    failed: 'the report did not verify:',
    done: (file: string): string => `public report written to ${file}, verified`,
    jsonNeedsJson: '--json prints JSON only: use --format json, or --out FILE',
  },
  lists: {
    describe: 'show the abnormal list or the serious list (abnormal or serious)',
    list: 'abnormal (活动异常名录) or serious (严重违法失信名单)',
    on: 'the day of the list (default today)',
    registrar: 'only this registrar (its full name)',
    division: 'only this division code (2, 4 or 6 digits)',
    offset: 'start at this row (default 0)',
    limit: 'rows per page (default 50, at most 1000)',
    header: (list: string, on: string, total: number): string => `${list} on ${on}: ${total} rows`,
    abnormal: 'abnormal list',
    serious: 'serious list',
  },
  search: {
    describe: 'find organizations by USCC or part of the name',
    text: 'a USCC, a filing number or part of a name',
    header: (text: string, total: number): string => `"${text}": ${total} organizations`,
  },
  stats: {
    describe: 'register statistics: counts by status, kind, division, grade and list',
    on: 'the day counted (default today)',
    from: 'compare with this day',
  },
  due: {
    describe: 'list what falls due (run `rules run` first)',
    from: 'from this day (default today)',
    to: 'to this day (default 30 days after from)',
    kind: 'kind: social_group, social_service_organization, foundation, community_group',
    noState: (file: string): string => `no rules run yet (${file}); run \`rules run\` first`,
    header: (asOf: string, total: number): string =>
      `due (as of the rules run on ${asOf}): ${total}`,
  },
  rules: {
    describe: 'rules: run the national pack',
    run: 'run the rules up to a day: automatic decisions are appended, the state kept, resumable',
    to: 'run up to this day (YYYY-MM-DD)',
    from: 'the first day of a first run (ignored once there is a state)',
    progress: 'rules',
    summary: (days: number, appended: number, already: number, rejected: number): string =>
      `rules run done: entries appended on ${days} days, ${appended} appended, ${already} applied before, ${rejected} refused`,
    stopped: (at: string): string => `stopped on ${at}; the state is kept, run again to carry on`,
  },
  checkpoint: {
    describe: 'sign and print a checkpoint of the log as it stands',
  },
  tiles: {
    describe:
      'write the log in the C2SP tiled layout (checkpoint, hash tiles, entry bundles) for anyone to follow; entries show commitments, never content',
    dir: 'the directory to write the tiles under',
    done: (size: number, files: number, dir: string): string =>
      `wrote ${size} entries as ${files} files under ${dir}`,
  },
  monitor: {
    describe:
      'check a tiled log (a directory or an http(s) prefix) and hold it to the last look: a fork is reported with both checkpoints',
    source: 'the directory or http(s) prefix the log is served under',
    publicKey: "the log's verifier key",
    state: 'a file that keeps the last checkpoint accepted, read and updated',
    fork: (reason: string): string => `fork: ${reason}; the two signed checkpoints:`,
    consistent: (size: number, added: number): string =>
      `consistent: ${size} entries, ${added} new since the last look`,
  },
  serve: {
    describe:
      'serve the public status inquiry (search, report and list pages, and the JSON API) until Ctrl-C',
    host: 'the address to listen on (default 127.0.0.1)',
    port: 'the port (default 8080; 0 for any free port)',
    listening: (url: string): string =>
      `the public query service is up at ${url} (Ctrl-C stops it)`,
  },
  catchUp: 'catching up the register',
  errors: {
    usage: 'usage error:',
    failed: 'failed:',
    noWorkspace: (file: string): string =>
      `no workspace configuration at ${file}; run integrity-ledger init first`,
    interrupted: 'interrupted',
  },
  statuses: reportLabels('en').status.states,
  words: {
    status: 'status',
    registeredOn: 'registered on',
    registrar: 'registrar',
    grade: 'grade',
    onLists: 'lists',
    none: 'none',
    annualReports: 'annual reports',
    penalties: 'penalties',
    entries: 'entries',
  },
}
