// A log of ?count= decisions (100, 1,000 or 10,000) for the decision-log
// measures, set before the element is defined, as a host page would.
const count = Number(new URLSearchParams(location.search).get('count') ?? 100);
const statuses = ['proposed', 'agreed', 'in-progress', 'done', 'not-possible'];
const decisions = [];
for (let index = 0; index < count; index++) {
  const on = `${2000 + (index % 26)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
  const status = statuses[index % statuses.length];
  decisions.push({
    id: `d${index}`,
    title: `Decision ${index}: open the café on Saturdays`,
    decidedOn: on,
    what: 'The café opens 10 till 2 on Saturdays, run by volunteers, from April.',
    why: 'Weekdays are hard for people who work or care for someone.',
    how: { method: 'vote', votes: { for: 9, against: 2, abstained: 1 }, who: '' },
    people: ['Ana', 'Bryn', 'Cerys'],
    youSaid: ['Please open at weekends'],
    tags: [`topic ${index % 7}`, 'café'],
    reviewOn: null,
    board: { shown: true, fields: ['why', 'you-said', 'outcome'] },
    recordedAt: `${on}T10:00:00.000Z`,
    history: [
      {
        type: 'status',
        status,
        on,
        note: status === 'not-possible' ? 'No money this year.' : '',
        at: `${on}T10:00:00.000Z`,
      },
    ],
  });
}
document.querySelector('decision-log').data = { decisions };
