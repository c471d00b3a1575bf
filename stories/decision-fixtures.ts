import type { Change, Decision, DecisionLogDocument } from '../packages/decision-log/src/index.js';

const status = (value: Extract<Change, { type: 'status' }>['status'], on: string, note = ''): Change => ({
  type: 'status',
  status: value,
  on,
  note,
  at: `${on}T12:00:00.000Z`,
});

function decision(id: string, patch: Partial<Decision>): Decision {
  return {
    id,
    title: id,
    decidedOn: '2026-01-15',
    what: '',
    why: '',
    how: { method: 'consensus', votes: null, who: '' },
    people: [],
    youSaid: [],
    tags: [],
    reviewOn: null,
    board: { shown: true, fields: ['why', 'how', 'you-said', 'outcome', 'progress'] },
    recordedAt: '2026-01-15T12:00:00.000Z',
    history: [status('agreed', patch.decidedOn ?? '2026-01-15')],
    ...patch,
  };
}

/** A year of a community group's decisions: every status, every way of deciding. */
export function sampleLog(): DecisionLogDocument {
  return {
    decisions: [
      decision('cafe', {
        title: 'Open the café on Saturdays',
        decidedOn: '2026-02-10',
        what: 'The café opens 10 till 2 on Saturdays from April.',
        why: 'Weekdays are hard for people who work or care for someone.',
        how: { method: 'vote', votes: { for: 9, against: 2, abstained: 1 }, who: '' },
        people: ['Ana', 'Bryn', 'Cerys', 'Dee'],
        youSaid: ['Please open at weekends', 'https://example.org/feedback/12'],
        tags: ['café', 'opening hours'],
        reviewOn: '2026-09-01',
        history: [
          status('agreed', '2026-02-10'),
          status('in-progress', '2026-03-01', 'Volunteer rota started.'),
          {
            type: 'outcome',
            result: 'did',
            text: 'Opened on 4 April. About 30 people came.',
            on: '2026-04-04',
            at: '2026-04-04T12:00:00.000Z',
          },
          status('done', '2026-04-04'),
        ],
      }),
      decision('bus', {
        title: 'Free bus passes for volunteers',
        decidedOn: '2026-01-20',
        what: 'We asked the council for free bus passes for volunteers.',
        how: { method: 'not-ours', votes: null, who: 'The county council' },
        youSaid: ['The bus fare stops me coming'],
        tags: ['travel'],
        history: [
          status('proposed', '2026-01-20'),
          status('not-possible', '2026-02-15', 'The council has no budget this year. We will ask again in the spring.'),
        ],
      }),
      decision('chair', {
        title: 'Who chairs the group',
        decidedOn: '2026-03-05',
        what: 'Cerys chairs the meetings until the summer.',
        how: { method: 'delegated', votes: null, who: 'Cerys' },
        people: ['Cerys', 'Dee', 'Ellis'],
        tags: ['group'],
        reviewOn: '2026-07-01',
        board: { shown: false, fields: [] },
      }),
      decision('quiet', {
        title: 'A quiet room at every event',
        decidedOn: '2026-03-18',
        what: 'Every event has a quiet room with soft light.',
        how: { method: 'consent', votes: null, who: '' },
        youSaid: ['Events are too loud for me'],
        tags: ['events', 'access'],
        history: [
          status('agreed', '2026-03-18'),
          status('in-progress', '2026-04-02', 'Booked rooms for the next three events.'),
        ],
      }),
      decision('pay', {
        title: 'Paying people for their time',
        decidedOn: '2026-04-22',
        what: 'People with lived experience are paid for meetings, at the same rate as staff.',
        why: 'Everyone’s time is worth the same.',
        tags: ['money'],
        history: [status('proposed', '2026-04-22')],
      }),
    ],
  };
}

/** `count` decisions over many years, for the long-log story. */
export function longLog(count: number): DecisionLogDocument {
  const statuses = ['proposed', 'agreed', 'in-progress', 'done', 'not-possible'] as const;
  const decisions: Decision[] = [];
  for (let index = 0; index < count; index++) {
    const on = `${2000 + (index % 26)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
    const which = statuses[index % statuses.length]!;
    decisions.push(
      decision(`n${index}`, {
        title: `Decision number ${index}`,
        decidedOn: on,
        what: `What was decided, number ${index}.`,
        tags: [`topic ${index % 7}`],
        history: [status(which, on, which === 'not-possible' ? 'No money this year.' : '')],
      }),
    );
  }
  return { decisions };
}

/** A published log as a saved copy's text, as `src` would fetch it. */
export const published = (doc: unknown) =>
  JSON.stringify({ format: 'coproduce/decision-log', version: 1, savedAt: '2026-05-01T00:00:00.000Z', data: doc });
