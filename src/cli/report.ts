/** How the CLI prints problems: `path:line:column: reason [rule-id]`, one per line. */
import type {VFileMessage} from 'vfile-message'

export function formatProblem(path: string, reason: string, ruleId: string, line?: number | null, column?: number | null): string {
  return `${path}:${line ?? 1}:${column ?? 1}: ${reason} [${ruleId}]`
}

export function formatMessage(path: string, message: VFileMessage): string {
  return formatProblem(path, message.reason, message.ruleId ?? 'minutes', message.line, message.column)
}
