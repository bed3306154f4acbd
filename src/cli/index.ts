// The command line as a library: run it in-process with your own streams.
export type { ExitCode } from './exitCodes'
export { EXIT } from './exitCodes'
export type { CliIo, CliOutput } from './io'
export { runCli } from './runCli'
export { type Workspace, workspaceSchema } from './workspace'
