import type { ArgTypes, InputType } from 'storybook/internal/types';

/*
 * ArgTypes (the Docs tables and the Controls panel) from custom-elements.json.
 *
 * Storybook's built-in mapping keys every row by its bare name, so an attribute and a part
 * with the same name (`heading` on <comment-form> and <related-stories>) collapse into one
 * row and the default slot (name "") is dropped; it also lists protected/static fields and
 * gives read-only getters a control. This mapping keeps one row per attribute (naming its
 * property), public properties that have no attribute, public methods, events (with an
 * action), slots, CSS custom properties (with a text control that the global decorator
 * applies) and CSS parts, each under its own key.
 */

interface CemItem {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  inheritedFrom?: { name: string };
  parameters?: { name: string; type?: { text: string } }[];
  return?: { type?: { text: string } };
}
interface CemDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: CemItem[];
  members?: CemItem[];
  events?: CemItem[];
  slots?: CemItem[];
  cssProperties?: CemItem[];
  cssParts?: CemItem[];
}
export interface CemManifest {
  modules: { declarations?: CemDeclaration[] }[];
}

export const declarationOf = (manifest: CemManifest, tagName: string): CemDeclaration | undefined =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);

/** `'a' | 'b' | undefined` → ['a', 'b']; undefined when the type is not a union of string literals. */
function literalOptions(type: string): string[] | undefined {
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

function controlFor(type = ''): InputType['control'] {
  const bare = type.replace(/\s*\|\s*undefined/g, '').trim();
  const options = literalOptions(type);
  if (options) return { type: 'select' };
  if (bare === 'number') return { type: 'number' };
  if (bare === 'boolean') return { type: 'boolean' };
  if (bare === 'string') return { type: 'text' };
  return false;
}

const row = (
  name: string,
  category: string,
  item: CemItem,
  extra: Partial<InputType> & { typeText?: string } = {},
): InputType => {
  const { typeText = item.type?.text, ...rest } = extra;
  return {
    name,
    description: item.description ?? item.summary ?? '',
    table: {
      category,
      type: typeText ? { summary: typeText } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
    control: false,
    ...rest,
  };
};

/** `comment-submitted` → `onCommentSubmitted`. */
export const handlerName = (event: string): string =>
  'on' + event.replace(/(?:^|[-_:.\s]+)(\w)/g, (_, c: string) => c.toUpperCase());

export function argTypesFor(manifest: CemManifest, tagName: string): ArgTypes | null {
  const d = declarationOf(manifest, tagName);
  if (!d) return null;
  const out: ArgTypes = {};
  const isPublic = (m: CemItem) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#');
  const members = (d.members ?? []).filter(isPublic);

  for (const a of d.attributes ?? []) {
    if (a.name.startsWith('_')) continue;
    const prop = a.fieldName && a.fieldName !== a.name ? `\n\nProperty: \`${a.fieldName}\`` : '';
    const options = literalOptions(a.type?.text ?? '');
    out[a.name] = row(a.name, 'attributes', a, {
      description: (a.description ?? '') + prop,
      control: controlFor(a.type?.text),
      ...(options ? { options } : {}),
    });
  }
  const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName ?? a.name));
  for (const m of members) {
    if (m.kind === 'field' && !attributeFields.has(m.name)) {
      const readOnly = m.readonly ? 'Read-only. ' : '';
      out[m.name] = row(m.name, 'properties', m, {
        description: readOnly + (m.description ?? ''),
        control: m.readonly || /client/i.test(m.type?.text ?? '') ? false : { type: 'object' },
      });
    } else if (m.kind === 'method') {
      const params = (m.parameters ?? []).map((p) => p.name).join(', ');
      out[`${m.name}()`] = row(`${m.name}(${params})`, 'methods', m, { typeText: m.return?.type?.text ?? 'void' });
    }
  }
  for (const e of d.events ?? []) {
    // The action arg: any story that binds `args.onX` logs the event in the Actions panel.
    out[handlerName(e.name)] = { name: handlerName(e.name), action: e.name, table: { disable: true } };
    out[`event:${e.name}`] = row(e.name, 'events', e, { typeText: e.type?.text ?? 'CustomEvent' });
  }
  for (const s of d.slots ?? []) {
    out[`slot:${s.name || 'default'}`] = row(s.name || '(default)', 'slots', s, { typeText: 'HTML' });
  }
  for (const p of d.cssProperties ?? []) {
    out[p.name] = row(p.name, 'css custom properties', p, { control: { type: 'text' }, typeText: 'CSS value' });
  }
  for (const p of d.cssParts ?? []) {
    out[`part:${p.name}`] = row(`::part(${p.name})`, 'css shadow parts', p, { typeText: '' });
  }
  return out;
}
