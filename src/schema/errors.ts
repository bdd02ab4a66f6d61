// The one error type for bad input: it names the file, the place (line, field or flag) and the cause, and the
// CLIs print it as one line. Lives with the schema because the site's readers throw it too.

export class InputError extends Error {
  readonly file: string;
  readonly where: string;
  constructor(file: string, where: string, cause: string) {
    super(`${file}${where ? `:${where}` : ''}: ${cause}`);
    this.name = 'InputError';
    this.file = file;
    this.where = where;
  }
}
