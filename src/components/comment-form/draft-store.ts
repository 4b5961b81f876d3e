/**
 * The reader's unsent comment, kept in `localStorage` so that a reload, a network failure or a
 * closed tab loses nothing. It holds exactly what the reader typed into the four fields —
 * comment, name, email (needed to send it again) and website — plus `pending`, set while an
 * attempt may have reached the server. Nothing else (no honeypot, no timestamps, no ids).
 * It is removed as soon as the server confirms the comment.
 *
 * `localStorage` can be missing or throw (Safari private mode, a full quota, storage disabled
 * by policy): the draft then lives in memory for as long as the page does, silently.
 */
import { FIELDS, type CommentFormValues } from './fields.js';

export interface CommentDraft extends CommentFormValues {
  /** An attempt was in flight or failed in a way that may have reached the server: send with `resend`. */
  pending?: boolean;
}

/** Drafts whose last write to localStorage failed. */
const memory = new Map<string, string>();

/** `broadsheet:comment-draft:<source key>:<article>:<parent or 0>`. */
export const draftKey = (source: string, article: string, parent?: string): string =>
  `broadsheet:comment-draft:${source}:${article}:${parent || 0}`;

export function loadDraft(key: string): CommentDraft | undefined {
  let raw = memory.get(key);
  if (raw == null) {
    try {
      raw = localStorage.getItem(key) ?? undefined;
    } catch {
      // unreadable storage: nothing was kept there
    }
  }
  try {
    const d = raw && JSON.parse(raw);
    if (!d || typeof d != 'object') return undefined;
    const draft = {} as CommentDraft;
    for (const f of FIELDS) draft[f] = typeof d[f] == 'string' ? d[f] : '';
    draft.pending = d.pending === true;
    return draft;
  } catch {
    return undefined;
  }
}

/** Saves the draft, or removes it when every field is empty and no attempt is pending. */
export function saveDraft(key: string, draft: CommentDraft): void {
  const pending = draft.pending;
  if (!pending && !FIELDS.some((f) => draft[f])) return clearDraft(key);
  // The four fields in order, then `pending` only when set (a replacer list skips `false`).
  const raw = JSON.stringify(draft, [...FIELDS, pending && 'pending'] as string[]);
  try {
    localStorage.setItem(key, raw);
    memory.delete(key);
  } catch {
    memory.set(key, raw);
  }
}

export function clearDraft(key: string): void {
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing was kept there
  }
}
