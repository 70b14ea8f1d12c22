// Querwerk's service worker: after one visit the app starts and works without a network (rural venues often
// have none). scripts/post_build.mjs writes it to the site's root with the build's file list and version.
//
// - install: caches every file of this build; VERSION is a hash of every cached file's name and content
//   (scripts/offline_worker.mjs), so a changed method text, manifest or icon installs a new worker too;
// - activate: drops the caches of older builds;
// - pages: network first, so a new deployment is seen at once; offline, or when the network has not answered
//   within NAVIGATION_TIMEOUT_MS (a venue's overloaded Wi-Fi), the cached app shell answers, which routes any
//   deep link itself;
// - files: from the cache, else from the network.
// A new build installs next to the running one and waits; the app offers "reload" and then sends SKIP_WAITING.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `querwerk-${VERSION}`;
// How long a page load waits for the network before the cached app starts instead.
const NAVIGATION_TIMEOUT_MS = 3000;

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
    event.respondWith(navigate(request));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});

// Network first, but never stalled by it: the cached shell answers when the network fails or is too slow. With
// nothing cached yet, a slow network is still waited for.
async function navigate(request) {
  const network = fetch(request);
  const shell = () => caches.open(CACHE).then((cache) => cache.match('./index.html'));
  let timer;
  const slow = new Promise((resolve) => { timer = setTimeout(resolve, NAVIGATION_TIMEOUT_MS, null); });
  try {
    const response = await Promise.race([network, slow]);
    if (response) return response;
  } catch {
    return (await shell()) ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
  network.catch(() => {});
  return (await shell()) ?? network;
}
