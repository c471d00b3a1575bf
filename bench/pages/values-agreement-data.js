// A full agreement for the ready-time measure: 10 values, 15 ground rules and
// 8 people who have all answered, set before the element is defined.
const people = ['Ana', 'Ben', 'Cy', 'Dee', 'Eve', 'Fola', 'Gwen', 'Hari'];
const answers = ['agree', 'agree', 'concern', 'agree', 'not-yet', 'agree', 'pass', 'agree'];
const at = '2026-03-01T10:00:00.000Z';
const item = (kind, index) => ({
  id: `${kind}${index}`,
  kind,
  text: `${kind === 'value' ? 'Value' : 'Ground rule'} ${index + 1}: we listen first and speak second`,
  meaning: kind === 'value' ? 'In practice: people with lived experience speak first, and nobody is rushed.' : '',
  responses: Object.fromEntries(
    people.map((name, n) => {
      const answer = answers[(n + index) % answers.length];
      return [
        name,
        { answer, note: answer === 'concern' || answer === 'not-yet' ? 'We need to talk about this more.' : '', at },
      ];
    }),
  ),
});
document.querySelector('values-agreement').data = {
  version: 1,
  participants: [],
  items: [
    ...Array.from({ length: 10 }, (_, i) => item('value', i)),
    ...Array.from({ length: 15 }, (_, i) => item('rule', i)),
  ],
  history: [],
  reviewDate: '2027-03-01',
  privateAnswers: false,
  revealed: false,
};
