import type { ProblemsController } from '@coproduce/core';
import type { Meeting } from './fit.js';
import type { IcebreakerPickerKey } from './i18n/catalogues.js';
import type { IcebreakerPickerEasyKey } from './i18n/easy-read.js';
import { budgetPercentSchema, groupSizeSchema, meetingMinutesSchema, settingSchema, type Setting } from './schema.js';

/** What the picker assumes when the page says nothing. */
export const MEETING_DEFAULTS = { minutes: 60, groupSize: 8, setting: 'in-person', budgetPercent: 10 } as const;

/** The element's properties that describe the meeting: each is the `Meeting` field of the same name. */
export const MEETING_PROPERTIES = [
  'minutes',
  'groupSize',
  'setting',
  'budgetPercent',
  'camerasOff',
  'someNotSpeaking',
  'materials',
  'allowPersonal',
] as const satisfies readonly (keyof Meeting)[];

/** The meeting as the page or the person gave it: numbers may still be the text of an attribute. */
export interface GivenMeeting {
  minutes: number | string | undefined;
  groupSize: number | string | undefined;
  setting: Setting | string | undefined;
  budgetPercent: number | string | undefined;
  camerasOff: boolean;
  someNotSpeaking: boolean;
  materials: boolean;
  allowPersonal: boolean;
}

/**
 * The meeting in use: each value given, where it can be used; otherwise its
 * default, with the problem (naming the attribute and the value) shown and
 * reported until it is put right.
 */
export function readMeeting(
  given: GivenMeeting,
  problems: ProblemsController<IcebreakerPickerKey | IcebreakerPickerEasyKey>,
): Meeting {
  const number = (
    attribute: string,
    schema: typeof groupSizeSchema,
    value: unknown,
    fallback: number,
    key: IcebreakerPickerKey,
  ) => problems.readChoice(attribute, schema(), value ?? fallback, fallback, key, { fallback });
  return {
    minutes: number('minutes', meetingMinutesSchema, given.minutes, MEETING_DEFAULTS.minutes, 'error.minutesAttribute'),
    groupSize: number(
      'group-size',
      groupSizeSchema,
      given.groupSize,
      MEETING_DEFAULTS.groupSize,
      'error.groupSizeAttribute',
    ),
    budgetPercent: number(
      'budget-percent',
      budgetPercentSchema,
      given.budgetPercent,
      MEETING_DEFAULTS.budgetPercent,
      'error.budgetAttribute',
    ),
    setting: problems.readChoice(
      'setting',
      settingSchema(),
      given.setting ?? MEETING_DEFAULTS.setting,
      MEETING_DEFAULTS.setting,
      'error.settingAttribute',
    ),
    camerasOff: given.camerasOff,
    someNotSpeaking: given.someNotSpeaking,
    materials: given.materials,
    allowPersonal: given.allowPersonal,
  };
}

/** True when two meetings are the same in every answer. */
export function sameMeeting(a: Meeting, b: Meeting): boolean {
  return MEETING_PROPERTIES.every((name) => a[name] === b[name]);
}
