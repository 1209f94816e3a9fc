/**
 * Errors with a stable machine-readable code and an HTTP status. One handler answers them in HTML or JSON;
 * nothing ever branches on message text.
 */
export type ErrorCode =
  | "not_found"
  | "bad_request"
  | "invalid_page"
  | "validation_failed"
  | "slug_taken"
  | "conflict"
  | "import_unparseable"
  | "config_invalid"
  | "unauthorized"
  | "forbidden"
  | "too_many_attempts"
  | "payload_too_large"
  | "invalid_transition";

const statusByCode: Record<ErrorCode, number> = {
  not_found: 404,
  bad_request: 400,
  invalid_page: 400,
  validation_failed: 422,
  slug_taken: 409,
  conflict: 409,
  import_unparseable: 422,
  config_invalid: 500,
  unauthorized: 401,
  forbidden: 403,
  too_many_attempts: 429,
  payload_too_large: 413,
  invalid_transition: 409,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra facts for the caller (field names, the conflicting slug…); never secrets. */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = statusByCode[code];
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
