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
  declare readonly code: BroadsheetErrorCode;
  declare readonly status?: number;
  declare readonly body?: unknown;
  declare readonly serverCode?: string;
  declare readonly reason?: CommentRejectReason;
  declare readonly field?: CommentField;
  declare readonly path?: string;
  declare readonly retryAfterMs?: number;
  /** Whether a GET that failed this way is worth trying again: network, timeout, rate-limited, 5xx. */
  declare readonly retryable: boolean;

  constructor(code: BroadsheetErrorCode, message: string, options: BroadsheetErrorOptions = {}) {
    // `cause` goes to Error itself (only when given); the other options become fields.
    super(message, options);
    Object.assign(this, options, {
      name: 'BroadsheetError',
      code,
      retryable: /^(network|timeout|rate-limited)$/.test(code) || (code == 'http' && options.status! >= 500),
    });
  }
}

/**
 * Whether `value` is a BroadsheetError: by its name and code, not `instanceof`, so an error
 * from another copy of Broadsheet on the page (the embed beside an app's npm copy) counts too.
 */
export function isBroadsheetError(value: unknown): value is BroadsheetError {
  return (value as BroadsheetError)?.name == 'BroadsheetError' && typeof (value as BroadsheetError).code == 'string';
}
