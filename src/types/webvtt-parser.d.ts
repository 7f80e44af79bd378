declare module 'webvtt-parser' {
  /** A node of a cue's text: plain text, or a tag (`v`, `c`, `i`, `b`, `u`, `lang`, `ruby`) with children. */
  export interface CueNode {
    type: 'text' | 'object' | 'timestamp'
    name?: string
    /** Text of a text node; the annotation of a tag (`<v Name>` gives `Name`). */
    value?: string
    children?: CueNode[]
  }
  export interface Cue {
    id: string
    startTime: number
    endTime: number
    text: string
    tree: {children: CueNode[]} | null
  }
  export interface ParseError {
    message: string
    /** 1-based line of the input. */
    line: number
    col?: number
  }
  export interface ParseResult {
    cues: Cue[]
    errors: ParseError[]
    styles: string[]
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>)
    parse(input: string, mode?: 'metadata' | 'chapters'): ParseResult
  }
  const webvtt: {WebVTTParser: typeof WebVTTParser}
  export default webvtt
}
