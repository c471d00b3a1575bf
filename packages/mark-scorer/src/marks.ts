/** The four stages of the marks of co-production, in order. */
export const STAGES = ['planning', 'process', 'completing', 'review'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The default marks for each stage. Each id is also the stem of its catalogue
 * keys (`mark.<id>.name`, `mark.<id>.description`, and `mark.<id>.more` in the
 * guidance fetched apart), so the wording follows the language. Groups can
 * reword, hide and add to these.
 */
export const PRESET_MARKS = {
  planning: [
    'starting-positively',
    'right-for-this',
    'shared-purpose',
    'who-is-missing',
    'what-can-change',
    'our-words',
    'easy-to-join',
  ],
  process: [
    'listening',
    'new-skills',
    'icebreakers',
    'creative-ways',
    'conflict',
    'community',
    'power',
    'ongoing-reviews',
    'decompress',
    'planning-for-change',
    'allyship',
    'online-comfort',
    'admin-support',
  ],
  completing: ['crediting', 'sharing-change', 'celebrating', 'accessible-sharing'],
  review: ['looking-back', 'take-forward', 'drop', 'staying-in-touch'],
} as const satisfies Record<Stage, readonly string[]>;

export type PresetMarkId = (typeof PRESET_MARKS)[Stage][number];

export const PRESET_IDS: readonly string[] = Object.values(PRESET_MARKS).flat();

export function isPresetId(id: string): id is PresetMarkId {
  return PRESET_IDS.includes(id);
}
