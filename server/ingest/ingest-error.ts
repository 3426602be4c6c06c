// The one error the ingest stages raise for bad input: it names the file and says what is wrong with it.

export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
