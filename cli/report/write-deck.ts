import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { DeckInput } from '../../shared/deck/deck-input';
import { buildDeck } from '../../shared/deck/build-deck';
import type { CliIo } from '../io';
import { writeOutput } from '../write-output';

/** Builds the PowerPoint deck and writes its bytes to `out` (relative to the working folder). */
export async function writeDeck(input: DeckInput, out: string, io: CliIo): Promise<void> {
  const bytes = await buildDeck(
    input,
    () => new PptxGenJS(),
    (zip) => JSZip.loadAsync(zip),
  );
  await writeOutput(bytes, out, io);
}
