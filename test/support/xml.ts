import { createRequire } from 'node:module';

/** The little of an XML element the tests read (jsdom ships no type declarations). */
export interface XmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<XmlElement>;
  readonly parentElement: XmlElement | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

interface XmlDocument {
  readonly documentElement: XmlElement;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => {
    window: { DOMParser: new () => { parseFromString(xml: string, type: 'application/xml'): XmlDocument } };
  };
};
const parser = new new JSDOM('').window.DOMParser();

/**
 * `xml` parsed strictly (a document that is not well-formed throws, naming the first error), so a test
 * reads a produced file as Office and LibreOffice would, not by pattern matching.
 */
export function parseXml(xml: string): XmlDocument {
  const document = parser.parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent?.slice(0, 200)}`);
  return document;
}

/** The elements named `name` (with its prefix, "c:ser") below `root`, as an array. */
export function elements(root: { getElementsByTagName(name: string): ArrayLike<XmlElement> }, name: string) {
  return Array.from(root.getElementsByTagName(name));
}

/** The direct children of `element` named `name`. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return Array.from(element.children).filter((child) => child.tagName === name);
}

/** The `val` attribute of the first `name` element below `root`, or null. */
export function val(root: { getElementsByTagName(name: string): ArrayLike<XmlElement> }, name: string) {
  return root.getElementsByTagName(name)[0]?.getAttribute('val') ?? null;
}
