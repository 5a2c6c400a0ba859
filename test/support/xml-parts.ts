import JSZip from 'jszip';
import { createRequire } from 'node:module';

/** jsdom's XML parser (saxes underneath: strict XML 1.0, characters included), typed by hand. */
interface XmlParser {
  parseFromString(
    xml: string,
    type: 'application/xml',
  ): { getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }> };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: new () => XmlParser } };
};
const parser = new new JSDOM('').window.DOMParser();

/** Why `xml` is not well-formed XML 1.0, or undefined when it is. */
export function xmlProblem(xml: string): string | undefined {
  const errors = parser.parseFromString(xml, 'application/xml').getElementsByTagName('parsererror');
  return errors.length === 0 ? undefined : (errors[0]!.textContent ?? 'not well-formed');
}

/**
 * Every XML part of an Office file, by name, including those of the files embedded in it (a deck's
 * charts carry their data as embedded workbooks: `ppt/embeddings/x.xlsx!xl/worksheets/sheet1.xml`).
 */
export async function officeXmlParts(bytes: Uint8Array, prefix = ''): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (!file) continue;
    if (/\.(xml|rels)$/.test(name)) parts.set(prefix + name, await file.async('string'));
    else if (/\.(xlsx|docx|pptx)$/.test(name)) {
      const inner = await officeXmlParts(await file.async('uint8array'), `${prefix}${name}!`);
      for (const [innerName, xml] of inner) parts.set(innerName, xml);
    }
  }
  return parts;
}
