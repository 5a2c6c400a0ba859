import type { SaveKind } from './save-kinds';

// Every kind the app saves is in the table (a new kind is a type error here until it has a type), beside
// what the page's servers (the app:// scheme and the preview) hand out.
type Extension = SaveKind | 'js' | 'mjs' | 'css' | 'json' | 'ico' | 'woff2' | 'md';

const MEDIA_TYPES: Readonly<Record<Extension, string>> = {
  chokepoint: 'application/json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const UNKNOWN = 'application/octet-stream';

/** The media type of a file the app serves or saves, by the extension of its name (any case). */
export function mediaTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return Object.hasOwn(MEDIA_TYPES, extension) ? MEDIA_TYPES[extension as Extension] : UNKNOWN;
}

/** The media type of a kind of file the app saves. */
export function savedMediaType(kind: SaveKind): string {
  return MEDIA_TYPES[kind];
}
