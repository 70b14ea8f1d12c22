// The other half of tests/room_interop.rs: proves that the pinned JavaScript Yjs reads a state written by
// Querwerk (yrs) and that Querwerk reads what Yjs writes.
// Usage: node server/interop.mjs <state from Rust> <note id> <update out>
// Applies the state, checks its shape (sealed texts are bytes, structure is plain), sets the note's colour to
// "green" as any Yjs client would, and writes that update.
import { readFileSync, writeFileSync } from 'node:fs'
import * as Y from 'yjs'

const [statePath, noteId, outPath] = process.argv.slice(2)
const doc = new Y.Doc()
Y.applyUpdate(doc, readFileSync(statePath))
const fail = message => { console.error(`interop: ${message}`); process.exit(1) }
const note = doc.getMap('notes').get(noteId)
if (!(note instanceof Y.Map)) fail(`note ${noteId} is not a map`)
if (!(note.get('text') instanceof Uint8Array)) fail('a note text is not sealed bytes')
if (typeof note.get('colour') !== 'string') fail('a note colour is not plain text')
if (typeof doc.getMap('workshop').get('id') !== 'string') fail('the workshop has no id')
const before = Y.encodeStateVector(doc)
note.set('colour', 'green')
writeFileSync(outPath, Y.encodeStateAsUpdate(doc, before))
console.log('interop: Yjs read the room and wrote an edit')
