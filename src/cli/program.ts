import { Command, Help, Option } from 'commander'
import { appendCommand } from './commands/append'
import { checkpointCommand } from './commands/checkpoint'
import { dueCommand } from './commands/due'
import { exportCommand } from './commands/export'
import { fileCommand } from './commands/file'
import { importCommand } from './commands/import'
import { initCommand } from './commands/init'
import { listsCommand } from './commands/lists'
import { monitorCommand } from './commands/monitor'
import { reportCommand } from './commands/report'
import { rulesCommand } from './commands/rules'
import { searchCommand } from './commands/search'
import { serveCommand } from './commands/serve'
import { statsCommand } from './commands/stats'
import { tilesCommand } from './commands/tiles'
import { verifyCommand } from './commands/verify'
import type { CliContext } from './context'

/** The whole command tree, its help in the context's language, writing to the context's streams. */
export function buildProgram(context: CliContext, version: string, json = false): Command {
  const { t, io } = context
  const program = new Command('integrity-ledger')
    .description(t.program)
    .version(version, '-V, --version', t.version)
    .addOption(new Option('--lang <language>', t.global.lang).choices(['zh', 'en']))
    .option('--json', t.global.json)
    .option('--config <file>', t.global.config)
    .option('--store <store>', t.global.store)
    .option('--key <file>', t.global.key)
    .helpCommand('help [command]', t.helpCommand)
  const commands = [
    initCommand,
    appendCommand,
    importCommand,
    exportCommand,
    verifyCommand,
    fileCommand,
    reportCommand,
    listsCommand,
    searchCommand,
    statsCommand,
    dueCommand,
    rulesCommand,
    checkpointCommand,
    tilesCommand,
    monitorCommand,
    serveCommand,
  ]
  for (const make of commands) program.addCommand(make(context))
  // Settings every command shares: help words, the streams, and errors thrown rather than exits.
  const configure = (command: Command) => {
    command
      .helpOption('-h, --help', t.help)
      .configureHelp({
        styleTitle: (title) => t.titles[title] ?? title,
        showGlobalOptions: true,
        // commander's own words inside usage lines and option notes.
        formatHelp: (command, helper) =>
          t.helpWords.reduce(
            (text, [english, local]) => text.replace(new RegExp(english, 'g'), local),
            Help.prototype.formatHelp.call(helper, command, helper),
          ),
      })
      .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
        // With --json the error is answered as JSON on stdout instead (see runCli).
        outputError: (text, write) => {
          if (!json) write(`${t.errors.usage} ${text.replace(/^error: /, '')}`)
        },
      })
      .exitOverride()
      .showSuggestionAfterError()
    for (const sub of command.commands) configure(sub)
  }
  configure(program)
  return program
}
