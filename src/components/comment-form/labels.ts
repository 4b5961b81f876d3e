/**
 * Every text `<comment-form>` shows, in English. A site translates them once per language with
 * `registerLabels('fr', { submit: 'Publier' })`, or per element with the `labels` property.
 * Field messages follow the GOV.UK advice: they say how to put the problem right.
 */
export interface CommentFormLabels {
  /** The heading; `heading=""` on the element hides it. */
  heading: string;
  /** The heading when the form replies to a comment (`parent`). */
  replyHeading: string;
  body: string;
  name: string;
  email: string;
  /** Under the email label. */
  emailHint: string;
  website: string;
  submit: string;
  /** Read (not shown) before every field message, e.g. "Error: Please enter your name here". */
  errorPrefix: string;
  /** A field is missing or invalid (on submit, on blur after a failed submit, or from the server). */
  bodyInvalid: string;
  nameInvalid: string;
  emailInvalid: string;
  websiteInvalid: string;
  /** The server found a field too long. */
  bodyTooLong: string;
  nameTooLong: string;
  emailTooLong: string;
  websiteTooLong: string;
  sending: string;
  published: string;
  /** Held for moderation. */
  pending: string;
  /** A resend that the server answered "duplicate": the first attempt had landed. */
  received: string;
  /** Shown on the reader's pending comment. */
  awaiting: string;
  closed: string;
  duplicate: string;
  flood: string;
  authRequired: string;
  unknownArticle: string;
  replyGone: string;
  /** A network error or timeout while the browser is offline: the comment is sent again when it is back online. */
  offline: string;
  /** Any other failure (server error, rate limit, no data source). */
  failed: string;
  /** The spam check refused the comment (a filled honeypot or a submit faster than `min-fill-ms`). */
  refused: string;
  /** Label of the honeypot field (hidden from people and assistive technology). */
  honeypot: string;
}

export const commentFormLabels: CommentFormLabels = {
  heading: 'Leave a comment',
  replyHeading: 'Leave a reply',
  body: 'Comment',
  name: 'Name',
  email: 'Email',
  emailHint: 'Your email address will not be published.',
  website: 'Website (optional)',
  submit: 'Post comment',
  errorPrefix: 'Error:',
  bodyInvalid: 'Please enter your comment!',
  nameInvalid: 'Please enter your name here',
  emailInvalid: 'Please enter a valid email address',
  websiteInvalid: 'Please enter a valid website address',
  bodyTooLong: 'Your comment is too long.',
  nameTooLong: 'Your name is too long.',
  emailTooLong: 'Your email address is too long.',
  websiteTooLong: 'Your website address is too long.',
  sending: 'Sending your comment…',
  published: 'Your comment has been published.',
  pending: 'Your comment is awaiting moderation.',
  received: 'Your comment was received.',
  awaiting: 'Awaiting moderation',
  closed: 'Comments are closed on this article.',
  duplicate: 'It looks like you already said that.',
  flood: 'You are posting comments too quickly. Please wait a moment and try again.',
  authRequired: 'This site only accepts comments from signed-in readers.',
  unknownArticle: 'This article can no longer receive comments.',
  replyGone: 'The comment you are replying to is no longer available.',
  offline: 'You appear to be offline. Your comment is saved and will be sent when you are back online.',
  failed: 'Your comment could not be sent. It is saved here; please try again.',
  refused: 'Your comment could not be sent. Please wait a moment and try again.',
  honeypot: 'Leave this field empty',
};
