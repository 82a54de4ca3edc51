// The project feature's catalogues, one namespace each (listed in src/lib/i18n/messages/index.ts):
// the project page, the framing form, publishing, and the home page's commitment card.
export { framing } from './i18n/framing';
export { home } from './i18n/home';
export { projects } from './i18n/projects';
export { publication } from './i18n/publication';
