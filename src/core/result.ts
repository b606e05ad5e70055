/** A value or a named failure: boundaries return this instead of throwing at the UI. */
export type Result<T, E = ImportError> =
  | { ok: true; value: T; warnings: string[] }
  | { ok: false; error: E };

export type ImportErrorKind =
  | 'empty'
  | 'tooLarge'
  | 'binary'
  | 'notJson'
  | 'unknownFormat'
  | 'notAThreadmapFile'
  | 'versionTooNew'
  | 'invalidDocument'
  | 'invalidThread'
  | 'network'
  | 'notFound'
  | 'rateLimited'
  | 'timeout'
  | 'cancelled'
  | 'blockedByBrowser';

export interface ImportError {
  kind: ImportErrorKind;
  /** A sentence a person can act on. */
  message: string;
}

export function ok<T>(value: T, warnings: string[] = []): Result<T, never> {
  return { ok: true, value, warnings };
}

export function fail<E = ImportError>(error: E): Result<never, E> {
  return { ok: false, error };
}

export function importError(kind: ImportErrorKind, message: string): Result<never, ImportError> {
  return fail({ kind, message });
}
