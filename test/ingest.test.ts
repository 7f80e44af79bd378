import {describe, expect, it} from 'vitest'
import {mkdtempSync, writeFileSync, appendFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {IngestError, decode, readTranscript} from '../src/ingest.js'

const transcript = 'JOSÉ PÉREZ: Buenos días a todos.\n\nANA: Hola.\n'

function refusal(action: () => unknown): IngestError {
  try {
    action()
  } catch (error) {
    if (error instanceof IngestError) return error
    throw error
  }
  throw new Error('expected an IngestError')
}

describe('ingest', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(String(decode('a.txt', Buffer.from(transcript)).value)).toBe(transcript)
    expect(String(decode('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(transcript)])).value)).toBe(transcript)
  })

  it('decodes UTF-16 with a byte order mark, and without one', () => {
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(transcript, 'utf16le')])
    const file = decode('a.txt', withBom)
    expect(String(file.value)).toBe(transcript)
    expect(file.data.source?.encoding).toBe('utf-16le')
    const bare = decode('b.txt', Buffer.from(transcript, 'utf16le'))
    expect(String(bare.value)).toBe(transcript)
    expect(bare.data.source?.encoding).toBe('utf-16le')
  })

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    const file = decode('a.txt', Buffer.from(transcript, 'latin1'))
    expect(String(file.value)).toBe(transcript)
    expect(file.data.source?.encoding).toBe('windows-1252')
    expect(file.messages[0]?.ruleId).toBe('decoded-as-windows-1252')
  })

  it('refuses empty, blank and binary files, naming the file and the reason', () => {
    expect(refusal(() => decode('empty.txt', Buffer.alloc(0)))).toMatchObject({path: 'empty.txt', ruleId: 'empty-file'})
    expect(refusal(() => decode('blank.txt', Buffer.from(' \n\t\n')))).toMatchObject({ruleId: 'empty-file'})
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const binary = refusal(() => decode('scan.png', png))
    expect(binary.ruleId).toBe('binary-file')
    expect(binary.message).toMatch(/binary/)
  })

  it('hashes the original bytes and counts lines', () => {
    const file = decode('a.txt', Buffer.from(transcript))
    expect(file.data.source).toMatchObject({path: 'a.txt', lines: 3, bytes: Buffer.byteLength(transcript), sha256: expect.stringMatching(/^[0-9a-f]{64}$/)})
  })

  it('refuses files over the size limit, and files still being written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'minutes-ingest-'))
    const big = path.join(dir, 'big.txt')
    writeFileSync(big, transcript.repeat(100))
    await expect(readTranscript(big, {maxBytes: 1000, settleMs: 0})).rejects.toMatchObject({ruleId: 'file-too-large'})

    const growing = path.join(dir, 'growing.txt')
    writeFileSync(growing, transcript)
    const reading = readTranscript(growing, {settleMs: 300})
    setTimeout(() => appendFileSync(growing, transcript), 100)
    await expect(reading).rejects.toMatchObject({ruleId: 'file-still-being-written'})
    await expect(readTranscript(path.join(dir, 'missing.txt'))).rejects.toMatchObject({ruleId: 'unreadable-file'})
  })

  it('reads a file from disk as decode reads its bytes, whatever falls at the edges of the pieces it is read in', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'minutes-ingest-'))
    // Two-, three- and four-byte characters at every offset around the 64 KB edges.
    const line = 'JOSÉ PÉREZ: ça coûte 5 € — 🙂 ok.\n'
    const long = line.repeat(Math.ceil((3 * 65536) / Buffer.byteLength(line)) + 1)
    const cases: Array<[string, Buffer]> = [
      ['short.txt', Buffer.from(transcript)],
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(long)])],
      ['exact.txt', Buffer.from('a'.repeat(65535) + 'é'.repeat(32768))],
      ['latin1.txt', Buffer.concat([Buffer.from(long), Buffer.from(transcript, 'latin1')])],
      ['utf16.txt', Buffer.from(long, 'utf16le')],
      ['blank.txt', Buffer.from(' \n'.repeat(40000))]
    ]
    for (let shift = 0; shift < 4; shift++) cases.push([`shift-${shift}.txt`, Buffer.from('x'.repeat(shift) + long)])
    for (const [name, bytes] of cases) {
      const file = path.join(dir, name)
      writeFileSync(file, bytes)
      let expected: unknown
      try {
        const decoded = decode(file, bytes)
        expected = {value: String(decoded.value), source: decoded.data.source, messages: decoded.messages.map(String)}
      } catch (error) {
        expected = {error: (error as IngestError).ruleId}
      }
      let actual: unknown
      try {
        const read = await readTranscript(file, {settleMs: 0})
        actual = {value: String(read.value), source: read.data.source, messages: read.messages.map(String)}
      } catch (error) {
        actual = {error: (error as IngestError).ruleId}
      }
      expect(actual, name).toEqual(expected)
    }
  })
})
