import type { AppInfo as RawAppInfo, FileText, Settings as RawSettings } from '../../shared/api/app-schemas';
import type { LANGUAGES, THEMES } from '../../shared/api/settings-values';
import type { ChannelOutput, DeepReadonly } from '../../shared/api/contract';
import type {
  ConflictPolicy,
  ImportPreviewItem as RawImportPreviewItem,
  ImportReport as RawImportReport,
  RevisionInfo as RawRevisionInfo,
  ScenarioSummary as RawScenarioSummary,
} from '../../shared/api/library-schemas';

/** The API's values as the page receives them (read-only, like every channel's output). */
export type Language = (typeof LANGUAGES)[number];
export type Theme = (typeof THEMES)[number];
export type Settings = DeepReadonly<RawSettings>;
export type AppInfo = DeepReadonly<RawAppInfo>;
export type ScenarioSummary = DeepReadonly<RawScenarioSummary>;
export type RevisionInfo = DeepReadonly<RawRevisionInfo>;
export type ImportReport = DeepReadonly<RawImportReport>;
export type ImportPreviewItem = DeepReadonly<RawImportPreviewItem>;
export type { ConflictPolicy, FileText };

export type StoredPackage = ChannelOutput<'listPackages'>[number];
export type PackageRevision = ChannelOutput<'packageHistory'>[number];
export type PackagePreviewItem = ChannelOutput<'previewImportPackages'>[number];
export type PackageConflictPolicy = 'keep-both' | 'replace' | 'skip';
