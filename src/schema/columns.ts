// How a published table is defined: each column once, with the zod schema that reads its CSV cell, its
// Frictionless type and its description. Column order, the row type, the CSV header and the datapackage.json
// field list all come from that one definition.
import { z } from 'zod';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';
export interface Field { name: string; type: FieldType; description: string; constraints?: Record<string, unknown> }

export interface Column<Out> {
  /** Reads the cell as it stands in the CSV. */
  cell: z.ZodType<Out, string>;
  type: FieldType;
  description: string;
  constraints?: Record<string, unknown>;
}

/** 'a, b, c or d': a vocabulary in a description, so that the description follows the vocabulary. */
export const orList = (values: readonly string[]): string => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`);

const emptyToNull = (s: string) => (s.trim() === '' ? null : s.trim());

export const column = {
  /** Free text, kept as written (quotes and subjects are verbatim). */
  text: (description: string, options: { required?: boolean; trim?: boolean; constraints?: Record<string, unknown> } = {}): Column<string> => {
    let cell = z.string();
    if (options.trim) cell = cell.trim();
    if (options.required) cell = cell.refine((s) => s.trim() !== '', 'required');
    return { cell, type: 'string', description, constraints: options.constraints };
  },
  /** A value with a pattern (a code, a period, a date): the schema is the one every input is checked with. */
  value: (schema: z.ZodType<string, string>, description: string, constraints?: Record<string, unknown>): Column<string> =>
    ({ cell: schema, type: 'string', description, constraints }),
  /** The same, empty meaning 'none'. */
  optional: (schema: z.ZodType<string, string>, description: string): Column<string | null> =>
    ({ cell: z.string().transform(emptyToNull).pipe(schema.nullable()), type: 'string', description }),
  oneOf: <T extends string>(values: readonly [T, ...T[]], description: string): Column<T> =>
    ({ cell: z.enum(values, { error: `expected one of ${values.join(', ')}` }) as unknown as z.ZodType<T, string>, type: 'string', description, constraints: { enum: [...values] } }),
  integer: (description: string): Column<number> =>
    ({ cell: z.string().regex(/^-?\d+$/, 'expected an integer').transform(Number), type: 'integer', description }),
  number: (description: string): Column<number> => ({
    cell: z.string().refine((s) => s.trim() !== '' && Number.isFinite(Number(s)), 'expected a number').transform(Number),
    type: 'number', description,
  }),
  /** A number, empty meaning 'none'. */
  optionalNumber: (description: string): Column<number | null> => ({
    cell: z.string().refine((s) => s === '' || Number.isFinite(Number(s)), 'expected a number or empty').transform((s) => (s === '' ? null : Number(s))),
    type: 'number', description,
  }),
  /** Items separated by '|'; empty is none. */
  list: <T>(item: z.ZodType<T, string>, description: string): Column<T[]> => ({
    cell: z.string().transform((s) => (s === '' ? [] : s.split('|'))).pipe(z.array(item)),
    type: 'string', description,
  }),
  /** true or false; with nullable, empty means neither. */
  boolean: <N extends boolean = false>(description: string, options: { nullable?: N } = {}): Column<N extends true ? boolean | null : boolean> => ({
    cell: z.string().refine((s) => s === 'true' || s === 'false' || (options.nullable === true && s === ''), options.nullable ? 'expected true, false or empty' : 'expected true or false')
      .transform((s) => (s === '' ? null : s === 'true')) as unknown as z.ZodType<N extends true ? boolean | null : boolean, string>,
    type: 'boolean', description,
  }),
};

type Columns = Record<string, Column<any>>;
type Row<C extends Columns> = { [K in keyof C]: C[K] extends Column<infer O> ? O : never };

export interface Table<C extends Columns, R = Row<C>> {
  name: string;
  /** data/<file>. */
  file: string;
  description: string;
  columns: readonly (keyof C & string)[];
  fields: Field[];
  primaryKey?: string[];
  /** Reads one CSV record (column -> cell) into a typed row. */
  row: z.ZodType<R, Record<string, string>>;
}

/**
 * One table from its columns. `check` states what must hold across the fields of one row
 * (figure_id = report:number_start); it returns the column at fault and why, or null.
 */
export function defineTable<C extends Columns>(spec: {
  name: string; file: string; description: string; columns: C; primaryKey?: string[];
  check?: (row: Row<C>) => [keyof C & string, string] | null;
}): Table<C> {
  const shape = Object.fromEntries(Object.entries(spec.columns).map(([name, c]) => [name, c.cell]));
  const check = spec.check;
  const object = z.object(shape) as unknown as z.ZodType<Row<C>, Record<string, string>>;
  const row = check
    ? object.superRefine((r, ctx) => {
      const fault = check(r);
      if (fault) ctx.addIssue({ code: 'custom', path: [fault[0]], message: fault[1], params: { crossField: true } });
    })
    : object;
  return {
    name: spec.name,
    file: spec.file,
    description: spec.description,
    columns: Object.keys(spec.columns) as (keyof C & string)[],
    fields: Object.entries(spec.columns).map(([name, c]) => ({ name, type: c.type, description: c.description, ...(c.constraints ? { constraints: c.constraints } : {}) })),
    ...(spec.primaryKey ? { primaryKey: spec.primaryKey } : {}),
    row,
  };
}

/** The row type of a table. */
export type RowOf<T extends { row: z.ZodType }> = z.output<T['row']>;
