// What a figure states: a result, a goal, or a change.
import { z } from 'zod';

export const KINDS = ['actual', 'target', 'change'] as const;
export type Kind = (typeof KINDS)[number];
export const kindSchema = z.enum(KINDS, { error: `expected one of ${KINDS.join(', ')}` });
