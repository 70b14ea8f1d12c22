// Querwerk's service worker: after one visit the app starts and works without a network (rural venues often
// have none). scripts/post_build.mjs writes it to the site's root with the build's file list and version.
//
// - install: caches every file of this build (the names of the wasm, JS and CSS carry content hashes);
// - activate: drops the caches of older builds;
// - pages: network first, so a new deployment is seen at once; offline, the cached app shell answers, which
//   routes any deep link itself;
// - files: from the cache, else from the network.
// A new build installs next to the running one and waits; the app offers "reload" and then sends SKIP_WAITING.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `querwerk-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('querwerk-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match('./index.html'))
        .then((shell) => shell ?? Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
