// teams-js fetches a list of valid origins from a CDN when it is imported; keep unit tests offline.
if (typeof globalThis.fetch !== 'function') {
  globalThis.fetch = () => Promise.reject(new TypeError('fetch is disabled in unit tests'));
}
// jsdom has no crypto.subtle; msal-browser needs it.
if (!globalThis.crypto || !globalThis.crypto.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: require('node:crypto').webcrypto, configurable: true });
}
