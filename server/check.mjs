// Proves the pinned sync server works as the live room needs it: two clients sync a map through it, and after
// a restart a third client gets everything back from its LevelDB store. Starts its own server on a free
// loopback port with a temporary store; exits 0 when all holds, 1 with a message otherwise.
// Run: node server/check.mjs (after `npm ci` in server/).
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

const here = dirname(fileURLToPath(import.meta.url))
const TIMEOUT_MS = 10_000
const store = mkdtempSync(join(tmpdir(), 'querwerk-room-'))
let server = null
const providers = []

const freePort = () => new Promise((resolve, reject) => {
  const probe = createServer()
  probe.once('error', reject)
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address()
    probe.close(() => resolve(port))
  })
})

const within = (what, promise) => Promise.race([
  promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), TIMEOUT_MS))
])

/** Waits until `test()` holds, checking on every change of `doc`. */
const until = (what, doc, test) => within(what, new Promise(resolve => {
  if (test()) return resolve()
  const check = () => { if (test()) { doc.off('update', check); resolve() } }
  doc.on('update', check)
}))

const start = port => within('server start', new Promise((resolve, reject) => {
  server = spawn(process.execPath, [join(here, 'node_modules/y-websocket/bin/server.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: store },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  const seen = chunk => {
    log += chunk
    if (log.includes('running at')) resolve()
  }
  server.stdout.on('data', seen)
  server.stderr.on('data', seen)
  server.once('exit', code => reject(new Error(`server exited (${code}):\n${log}`)))
}))

const stop = () => new Promise(resolve => {
  if (!server || server.exitCode !== null) return resolve()
  server.removeAllListeners('exit')
  server.once('exit', resolve)
  server.kill('SIGTERM')
})

const connect = async (port, room) => {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}`, room, doc, {
    WebSocketPolyfill: WebSocket,
    disableBc: true
  })
  providers.push(provider)
  await within('sync', new Promise(resolve => {
    if (provider.synced) return resolve()
    provider.once('synced', resolve)
  }))
  return { doc, provider }
}

const close = () => {
  for (const p of providers.splice(0)) p.destroy()
}

const main = async () => {
  const port = await freePort()
  const room = 'check-' + Math.random().toString(36).slice(2)
  await start(port)
  const a = await connect(port, room)
  const b = await connect(port, room)
  a.doc.getMap('notes').set('n1', 'from a')
  b.doc.getMap('notes').set('n2', 'from b')
  await until('b sees a', b.doc, () => b.doc.getMap('notes').get('n1') === 'from a')
  await until('a sees b', a.doc, () => a.doc.getMap('notes').get('n2') === 'from b')
  // The server stores each update as it arrives; give LevelDB a moment to write before the restart.
  await new Promise(resolve => setTimeout(resolve, 300))
  close()
  await stop()
  if (readdirSync(store).length === 0) throw new Error('the server wrote nothing to its store')
  await start(port)
  const c = await connect(port, room)
  // y-websocket 1.5 answers the first sync before its store is loaded; the stored state follows as an update.
  const notes = c.doc.getMap('notes')
  await until('the stored state after the restart', c.doc, () => notes.get('n1') === 'from a' && notes.get('n2') === 'from b')
    .catch(e => { throw new Error(`${e.message}; the room holds ${JSON.stringify(notes.toJSON())}`) })
  // The summary line scripts/test.sh adds up.
  console.log('room server: 2 clients synced, state kept across a restart\n1 passed')
}

main()
  .then(() => 0, e => { console.error('room server check failed:', e.message); return 1 })
  .then(async code => {
    close()
    await stop()
    rmSync(store, { recursive: true, force: true })
    process.exit(code)
  })
