import { z } from 'zod';

import { LANGUAGES, THEMES } from './settings-values';

/** User preferences, kept by the main process. */
export const settingsSchema = z.object({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
  /** Discount rate of cumulative costs in comparisons. */
  discountRate: z.number().min(0).max(1),
  /** Draws of the Monte Carlo bands. */
  draws: z.int().min(20).max(5000),
  author: z.string().max(200),
  /** The app has asked for the user's name once (answered or skipped): it never asks again. */
  askedForName: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Something the app must tell the user at start (a damaged library moved aside, a migration). */
export const startupNoticeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('library-recovered'),
    reason: z.string(),
    movedTo: z.string(),
    newestBackup: z.string().nullable(),
  }),
  z.object({ kind: z.literal('library-migrated'), from: z.number(), to: z.number(), backup: z.string() }),
  z.object({ kind: z.literal('examples-seeded'), count: z.number() }),
]);

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  modelVersion: z.number(),
  formatVersion: z.number(),
  platform: z.string(),
  /** Where the library database lives. */
  libraryPath: z.string(),
  notices: z.array(startupNoticeSchema),
});

export type AppInfo = z.infer<typeof appInfoSchema>;
export type StartupNotice = z.infer<typeof startupNoticeSchema>;

export const recentFileSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentFile = z.infer<typeof recentFileSchema>;

/** A file's name and text as read by the main process or dropped on the page. */
export const fileTextSchema = z.object({
  fileName: z.string().min(1).max(260),
  text: z.string().max(20 * 1024 * 1024 + 1024),
});
export type FileText = z.infer<typeof fileTextSchema>;
