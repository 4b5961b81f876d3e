/**
 * The SDK's one error class. Callers switch on `code` (and `reason` for rejected comments);
 * `status` and `body` keep what the server said, for debugging.
 */

export type BroadsheetErrorCode =
  | 'not-found'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'invalid-response'
  | 'rate-limited'
  | 'comment-rejected';

/** Why a comment was refused. */
export type CommentRejectReason =
  /** Comments are closed on this article (or it is not published). */
  | 'closed'
  /** The same comment was already posted. */
  | 'duplicate'
  /** Posting too quickly; try again in a little while. */
  | 'flood'
  /** The site does not accept anonymous comments. */
  | 'auth-required'
  /** A field is missing or invalid: see `field`. */
  | 'invalid-field'
  /** A field is too long: see `field`. */
  | 'too-long'
  /** The article does not exist. */
  | 'unknown-article'
  /** Any other refusal; `message` has the server's words. */
  | 'other';

/** The `CommentInput` field an error is about. */
export type CommentField = 'name' | 'email' | 'website' | 'body' | 'parentId';

export interface BroadsheetErrorOptions {
  status?: number;
  /** The server's response body (parsed JSON when it was JSON, else text), for debugging. */
  body?: unknown;
  /** The server's own error code, e.g. WordPress's `rest_comment_closed`. */
  serverCode?: string;
  reason?: CommentRejectReason;
  field?: CommentField;
  /** For `invalid-response`: where in the payload, e.g. `posts[2].title.rendered`. */
  path?: string;
  /** For `rate-limited` and `flood`: how long the server asked us to wait. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class BroadsheetError extends Error {
  readonly code: BroadsheetErrorCode;
  readonly status?: number;
  readonly body?: unknown;
  readonly serverCode?: string;
  readonly reason?: CommentRejectReason;
  readonly field?: CommentField;
  readonly path?: string;
  readonly retryAfterMs?: number;

  constructor(code: BroadsheetErrorCode, message: string, options: BroadsheetErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BroadsheetError';
    this.code = code;
    this.status = options.status;
    this.body = options.body;
    this.serverCode = options.serverCode;
    this.reason = options.reason;
    this.field = options.field;
    this.path = options.path;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Whether a GET that failed this way is worth trying again. */
  get retryable(): boolean {
    return (
      this.code === 'network' ||
      this.code === 'timeout' ||
      this.code === 'rate-limited' ||
      (this.code === 'http' && this.status !== undefined && this.status >= 500)
    );
  }
}

export function isBroadsheetError(value: unknown): value is BroadsheetError {
  return value instanceof BroadsheetError;
}
