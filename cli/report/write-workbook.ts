import ExcelJS from 'exceljs';
import type { WorkbookInput } from '../../shared/workbook/build-workbook';
import { buildWorkbook } from '../../shared/workbook/build-workbook';
import type { CliIo } from '../io';
import { writeOutput } from '../write-output';

/** Builds the Excel workbook and writes its bytes to `out` (relative to the working folder). */
export async function writeWorkbook(input: WorkbookInput, out: string, io: CliIo): Promise<void> {
  const bytes = await buildWorkbook(input, () => new ExcelJS.Workbook());
  await writeOutput(bytes, out, io);
}
