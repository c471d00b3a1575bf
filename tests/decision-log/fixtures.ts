import type { Change, Decision, DecisionLogDocument } from '../../packages/decision-log/src/index.js';

export const AT = '2026-03-01T10:00:00.000Z';

/** A decision as stored: agreed by consensus on 1 March 2026 unless patched. */
export function decision(id: string, patch: Partial<Decision> = {}): Decision {
  return {
    id,
    title: `Decision ${id}`,
    decidedOn: '2026-03-01',
    what: `What was decided in ${id}`,
    why: '',
    how: { method: 'consensus', votes: null, who: '' },
    people: [],
    youSaid: [],
    tags: [],
    reviewOn: null,
    board: { shown: false, fields: [] },
    recordedAt: AT,
    history: [{ type: 'status', status: 'agreed', on: '2026-03-01', note: '', at: AT }],
    ...patch,
  };
}

export const status = (value: Extract<Change, { type: 'status' }>['status'], on: string, note = ''): Change => ({
  type: 'status',
  status: value,
  on,
  note,
  at: `${on}T12:00:00.000Z`,
});

export const outcome = (result: 'did' | 'could-not', text: string, on: string): Change => ({
  type: 'outcome',
  result,
  text,
  on,
  at: `${on}T12:00:00.000Z`,
});

/**
 * A small log: the café opening on Saturdays (public, with everything private
 * filled in), a bus pass scheme that was not ours to decide, and a private
 * staffing decision.
 */
export function smallLog(): DecisionLogDocument {
  return {
    decisions: [
      decision('cafe', {
        title: 'Open the café on Saturdays',
        decidedOn: '2026-02-10',
        what: 'The café opens 10 till 2 on Saturdays from April.',
        why: 'Weekdays are hard for people who work or care for someone.',
        how: { method: 'vote', votes: { for: 9, against: 2, abstained: 1 }, who: '' },
        people: ['Ana Jones', 'Bryn Evans'],
        youSaid: ['Please open at weekends', 'https://example.org/feedback/12'],
        tags: ['café', 'opening hours'],
        reviewOn: '2099-09-01',
        board: { shown: true, fields: ['you-said', 'outcome'] },
        history: [
          status('agreed', '2026-02-10'),
          status('in-progress', '2026-03-01', 'Volunteer rota started, private note from Ana'),
          outcome('did', 'Opened on 4 April. About 30 people came.', '2026-04-04'),
        ],
      }),
      decision('bus', {
        title: 'Free bus passes for volunteers',
        decidedOn: '2026-01-20',
        what: 'We asked the council for free bus passes.',
        how: { method: 'not-ours', votes: null, who: 'The county council' },
        tags: ['travel'],
        board: { shown: true, fields: ['how', 'progress'] },
        history: [
          status('proposed', '2026-01-20'),
          status('not-possible', '2026-02-15', 'The council has no budget this year.'),
        ],
      }),
      decision('staff', {
        title: 'Who chairs the group',
        decidedOn: '2026-03-05',
        what: 'Cerys chairs until the summer.',
        how: { method: 'delegated', votes: null, who: 'Cerys Morgan' },
        people: ['Cerys Morgan', 'Dai Price'],
        tags: ['group'],
        reviewOn: '2026-03-06',
      }),
    ],
  };
}

/** A long log: `count` decisions over many years, in all statuses, with a few tags. */
export function longLog(count: number): DecisionLogDocument {
  const statuses = ['proposed', 'agreed', 'in-progress', 'done', 'not-possible'] as const;
  const decisions: Decision[] = [];
  for (let index = 0; index < count; index++) {
    const day = `${2000 + (index % 26)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
    const which = statuses[index % statuses.length]!;
    decisions.push(
      decision(`n${index}`, {
        title: `Decision number ${index}`,
        decidedOn: day,
        tags: [`tag${index % 7}`],
        board: { shown: index % 2 === 0, fields: ['why'] },
        history: [
          {
            type: 'status',
            status: which,
            on: day,
            note: which === 'not-possible' ? 'No money' : '',
            at: `${day}T10:00:00.000Z`,
          },
        ],
      }),
    );
  }
  return { decisions };
}
