import { z } from 'zod';

const id = z.string().min(1).max(100);

/** How a saved comparison is shown: the variable of the sector charts, bands, the discount rate, the focus. */
export const comparisonViewOptionsSchema = z
  .object({
    variable: z.enum(['S', 'C']),
    bands: z.boolean(),
    discountRate: z.number().min(0).max(1),
    /** The sector and year the attribution and the detail panels focus on, when chosen. */
    sector: id.optional(),
    year: z.int().min(1900).max(2200).optional(),
  })
  .strict();

/**
 * A comparison view as the page sends it to be saved: without an id it is new, with one it replaces the
 * view of that id. 2–4 scenarios, each once, in display order; the reference is one of them.
 */
export const comparisonViewDraftSchema = z
  .object({
    id: id.optional(),
    name: z.string().min(1).max(200),
    scenarioIds: z.array(id).min(2).max(4),
    referenceId: id,
    options: comparisonViewOptionsSchema,
  })
  .strict()
  .superRefine((view, context) => {
    const repeated = view.scenarioIds.findIndex(
      (scenarioId, i) => view.scenarioIds.indexOf(scenarioId) !== i,
    );
    if (repeated >= 0)
      context.addIssue({
        code: 'custom',
        path: ['scenarioIds', repeated],
        message: `scenario ${view.scenarioIds[repeated]} is listed twice`,
      });
    if (!view.scenarioIds.includes(view.referenceId))
      context.addIssue({
        code: 'custom',
        path: ['referenceId'],
        message: 'the reference must be one of scenarioIds',
      });
  });

/** A saved comparison view as the library returns it. */
export const comparisonViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  scenarioIds: z.array(z.string()),
  referenceId: z.string(),
  options: comparisonViewOptionsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Scenarios of the view no longer in the library (the trash was emptied since): the view cannot be shown whole. */
  missingScenarioIds: z.array(z.string()),
});

export type ComparisonViewOptions = z.infer<typeof comparisonViewOptionsSchema>;
export type ComparisonViewDraft = z.infer<typeof comparisonViewDraftSchema>;
export type ComparisonView = z.infer<typeof comparisonViewSchema>;
