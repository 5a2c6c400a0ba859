import type { FileFormatError, ScenarioFile } from '../../shared/file-format';
import type { Result } from '../../shared/result';

export interface ParseJob {
  readonly id: number;
  readonly text: string;
  readonly fileName: string;
}

export interface ParseReply {
  readonly id: number;
  readonly result: Result<ScenarioFile, FileFormatError>;
}
