/**
 * The transcript syntax tree: mdast, plus a few nodes of our own.
 *
 * - `turn`: what one speaker said, from their label to the next label.
 *   Its first child is the `speakerLabel`; the rest are mdast flow content.
 * - `speakerLabel`: the label as written (`SERGIO SALINAS PORTO`,
 *   `[ROBERT CASTONGUAY]`, `Project Manager`), without markup and colon.
 * - `uncertain`: a passage the transcriber marked as inaudible, guessed or
 *   noise (`[inaudible]`, `[Guajara]`, `{vocalsound}`).
 * - `filler`: a hesitation (`uh`, `euh`) with the commas that set it off;
 *   quoted as said, left out of the text the stages read.
 *
 * Every node carries the position of the original file.
 */
import type {Literal, Parent} from 'unist'
import type {BlockContent, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'

export interface SpeakerLabel extends Literal {
  type: 'speakerLabel'
  /** Label text without brackets, bold markers or colon. */
  value: string
  /** Bracketed label: the transcriber guessed the name. */
  uncertain: boolean
  /** A label that names nobody (`UNIDENTIFIED MALE`). */
  unidentified: boolean
}

export interface Turn extends Parent {
  type: 'turn'
  /** Display name of the resolved speaker; null until resolved or when unidentified. */
  speaker: string | null
  children: Array<SpeakerLabel | BlockContent>
}

export interface Uncertain extends Literal {
  type: 'uncertain'
  kind: 'inaudible' | 'guess' | 'noise'
  value: string
}

export interface Filler extends Literal {
  type: 'filler'
  value: string
}

declare module 'mdast' {
  interface RootContentMap {
    turn: Turn
    speakerLabel: SpeakerLabel
    uncertain: Uncertain
    filler: Filler
  }
  interface PhrasingContentMap {
    uncertain: Uncertain
    filler: Filler
  }
  interface ParagraphData {
    /** Set when clean joined this paragraph with the one a page break cut off. */
    rejoined?: boolean
  }
}

export type {BlockContent, Paragraph, PhrasingContent, Root, RootContent}
