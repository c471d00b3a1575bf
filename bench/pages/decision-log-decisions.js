// Decisions as a real group writes them, for the decision-log benches (in the
// browser and in Node): a title, what and why in a sentence or two, how, three
// or four names, what it answers, two tags, and a history that has moved on
// (agreed, in progress, done or not possible, what happened) for older ones.
const STATUSES = ['proposed', 'agreed', 'in-progress', 'done', 'not-possible'];
const NAMES = ['Ana Jones', 'Bryn Evans', 'Cerys Morgan', 'Dai Price', 'Efa Hughes', 'Gwen Lloyd'];
const TOPICS = ['café', 'opening hours', 'transport', 'payment', 'meetings', 'accessibility', 'newsletter'];

const day = (index, offset = 0) => {
  const month = (index % 12) + 1 + offset;
  return `${2006 + (index % 20)}-${String(Math.min(month, 12)).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
};

export function realisticDecision(index) {
  const on = day(index);
  const at = (date) => `${date}T10:00:00.000Z`;
  const status = STATUSES[index % STATUSES.length];
  const history = [{ type: 'status', status: status === 'proposed' ? 'proposed' : 'agreed', on, note: '', at: at(on) }];
  if (status === 'in-progress' || status === 'done') {
    history.push({
      type: 'status',
      status: 'in-progress',
      on: day(index, 1),
      note: 'Volunteer rota started; Ana is leading it.',
      at: at(day(index, 1)),
    });
  }
  if (status === 'done') {
    history.push({
      type: 'outcome',
      result: 'did',
      text: 'Opened on the first Saturday of the month. About 30 people came, and most said they would come back.',
      on: day(index, 2),
      at: at(day(index, 2)),
    });
    history.push({ type: 'status', status: 'done', on: day(index, 2), note: '', at: at(day(index, 2)) });
  }
  if (status === 'not-possible') {
    history.push({
      type: 'status',
      status: 'not-possible',
      on: day(index, 1),
      note: 'The council has no budget for this until next year.',
      at: at(day(index, 1)),
    });
  }
  return {
    id: `d${index}`,
    title: `Decision ${index}: open the café on Saturdays`,
    decidedOn: on,
    what: 'The café opens 10 till 2 on Saturdays, run by volunteers, from April. We will look at numbers after three months.',
    why: 'Weekdays are hard for people who work or care for someone, and several people asked for it.',
    how:
      index % 3 === 0
        ? { method: 'vote', votes: { for: 9, against: 2, abstained: 1 }, who: '' }
        : { method: 'consensus', votes: null, who: '' },
    people: NAMES.slice(index % 3, (index % 3) + 3 + (index % 2)),
    youSaid: ['Please open at weekends: I can’t come in the week.'],
    tags: [TOPICS[index % TOPICS.length], TOPICS[(index + 3) % TOPICS.length]],
    reviewOn: index % 4 === 0 ? day(index + 6) : null,
    board: { shown: true, fields: ['why', 'you-said', 'outcome', 'progress'] },
    recordedAt: at(on),
    history,
  };
}

export const realisticLog = (count) => ({
  decisions: Array.from({ length: count }, (_, index) => realisticDecision(index)),
});
