/**
 * Word documents (`.docx`: Teams and Google Docs transcript downloads). The
 * text is extracted with mammoth, one paragraph of the document to a line
 * with a blank line after it, and then read as the transcript it holds
 * (Otter-style headers for Teams, `Name: text` lines for Google Docs).
 * Lines and evidence refer to that extracted text; the record says so
 * (`source.extractedFrom: "docx"`).
 */

/** Why a file that should be a Word document is not one. */
export class NotAWordDocument extends Error {
  override readonly name = 'NotAWordDocument'
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04]
/** The signature of an OLE compound file: an encrypted `.docx`, or an old binary `.doc`. */
const compoundSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const documentPart = Buffer.from('word/document.xml')

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}

/** Whether `bytes` are a Word document: a zip archive holding `word/document.xml`. */
export function isWordDocument(bytes: Uint8Array): boolean {
  return startsWith(bytes, zipSignature) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(documentPart)
}

/** Whether `bytes` look like something meant to be a Word document: a zip archive or a compound file. */
export function looksLikeOfficeFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, zipSignature) || startsWith(bytes, compoundSignature)
}

/** The text of a Word document; throws `NotAWordDocument` saying why when it cannot be read. */
export async function extractWordText(bytes: Uint8Array): Promise<string> {
  if (startsWith(bytes, compoundSignature)) {
    throw new NotAWordDocument('File is an encrypted Word document or an old binary .doc, not a .docx; remove the password or save it as .docx')
  }
  if (!isWordDocument(bytes)) throw new NotAWordDocument('File is not a Word document (no word/document.xml inside); export the transcript as .docx, .txt or .vtt')
  try {
    // Loaded when a Word document comes: it costs start-up time every other file would pay.
    const {default: mammoth} = await import('mammoth')
    const result = await mammoth.extractRawText({buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)})
    return result.value
  } catch (error) {
    throw new NotAWordDocument(`File is not a readable Word document (${error instanceof Error ? error.message : String(error)})`)
  }
}
